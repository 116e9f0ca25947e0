"""The demo company: a realistic German company file to try the program out and to test with.

Everything is made from a seed: the same seed and the same ``today`` give the same file, row for
row. Names, streets and company names come from Faker's de_DE locale, drawn once into pools and
then combined with a seeded :class:`random.Random`, because calling Faker per customer would
dominate the run time of a 100 000-customer file. Cities, postcodes and area codes come from
:mod:`meinbuero.services.demo_places`, so that addresses and phone numbers fit together.

Rows are written with SQLAlchemy Core in batches inside one transaction, bypassing the ORM and
its flush hooks; the search index is rebuilt once at the end, in the same transaction.
"""

from __future__ import annotations

import calendar
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from random import Random
from typing import Any

import phonenumbers
from faker import Faker
from schwifty import IBAN
from sqlalchemy import Connection, Table, func, insert, select, update
from stdnum.de import stnr
from stdnum.iso7064 import mod_11_10

from meinbuero.domain.numbering import format_number
from meinbuero.i18n import tr
from meinbuero.services.demo_places import (
    MOBILE_PREFIXES,
    NATIONWIDE_BANKS,
    PLACES,
    SAVINGS_BANKS,
    SEATS,
    Place,
)
from meinbuero.services.errors import Refused
from meinbuero.store import search
from meinbuero.store.database import Database
from meinbuero.store.models import Base, CustomerKind, FieldType, SocialNetwork

BATCH_SIZE = 5000
DISPLAY_NAME_KEY = "user_display_name"
# How far back the demo company's history reaches.
HISTORY_DAYS = 5 * 365

Row = dict[str, Any]
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class DemoSummary:
    """What :func:`make_demo` wrote."""

    customers: int
    contact_persons: int
    notes: int
    archived: int
    events: int = 0
    tasks: int = 0
    appointments: int = 0
    articles: int = 0
    #: Finalised sales documents, and how many of each kind (quote, invoice, …).
    sales_documents: int = 0
    sales_by_kind: dict[str, int] = field(default_factory=dict)


class CompanyNotEmptyError(Refused):
    """The company file already has customers; the message is for the user."""


# --- Data the texts are made of --------------------------------------------------------------

# (branch, pattern): {last} and {last2} are last names, {legal} a legal form (maybe empty).
TRADES: tuple[tuple[str, str], ...] = (
    ("Handwerk", "Schreinerei {last}"),
    ("Handwerk", "Malerbetrieb {last} {legal}"),
    ("Handwerk", "{last} Haustechnik {legal}"),
    ("Handwerk", "Elektro {last} {legal}"),
    ("Handwerk", "Dachdeckerei {last} {legal}"),
    ("Handwerk", "Sanitär {last} {legal}"),
    ("Kfz", "Autohaus {last} {legal}"),
    ("Kfz", "Kfz-Werkstatt {last}"),
    ("Gastronomie", "Café {last}"),
    ("Gastronomie", "Gasthaus {last}"),
    ("Gastronomie", "Hotel {last} {legal}"),
    ("Einzelhandel", "Blumen {last}"),
    ("Einzelhandel", "Buchhandlung {last}"),
    ("Einzelhandel", "{last} Optik {legal}"),
    ("Lebensmittel", "Bäckerei {last}"),
    ("Lebensmittel", "Metzgerei {last}"),
    ("Beratung", "Steuerberatung {last} & {last2}"),
    ("Beratung", "{last} & {last2} Rechtsanwälte"),
    ("Beratung", "{last} Consulting {legal}"),
    ("IT", "{last} IT-Systeme {legal}"),
    ("IT", "{last} Software {legal}"),
    ("Gesundheit", "Zahnarztpraxis Dr. {last}"),
    ("Gesundheit", "Physiotherapie {last}"),
    ("Immobilien", "{last} Immobilien {legal}"),
    ("Logistik", "Spedition {last} {legal}"),
    ("Bau", "{last} Bau {legal}"),
    ("Bau", "Architekturbüro {last}"),
    ("Industrie", "{last} Maschinenbau {legal}"),
    ("Industrie", "{last} Metallbau {legal}"),
    ("Medien", "{last} Werbeagentur {legal}"),
    ("Medien", "Druckerei {last} {legal}"),
    ("Bildung", "Fahrschule {last}"),
)
BRANCHES = tuple(dict.fromkeys(branch for branch, _ in TRADES))
LEGAL_FORMS = ("GmbH", "GmbH & Co. KG", "e.K.", "KG", "OHG", "UG (haftungsbeschränkt)", "AG", "")
LEGAL_WEIGHTS = (45, 12, 10, 5, 3, 8, 2, 15)
# Words of a company name that do not belong in its web address.
_LEGAL_WORDS = re.compile(
    r"\b(GmbH|mbH|Co\.|KGaA|KG|AG|OHG|GbR|UG|e\.\s?K\.|e\.\s?V\.|e\.\s?G\.|Stiftung|Dr\.)"
    r"|\(haftungsbeschränkt\)|&"
)
COMPANY_ADDITIONS = ("Niederlassung Nord", "Zentrale", "Abteilung Einkauf", "Werk 2", "Filiale")

# (male, female, department)
MAIN_ROLES: tuple[tuple[str, str, str], ...] = (
    ("Geschäftsführer", "Geschäftsführerin", "Geschäftsleitung"),
    ("Geschäftsführer", "Geschäftsführerin", "Geschäftsleitung"),
    ("Inhaber", "Inhaberin", ""),
    ("Prokurist", "Prokuristin", "Geschäftsleitung"),
    ("Einkaufsleiter", "Einkaufsleiterin", "Einkauf"),
)
OTHER_ROLES: tuple[tuple[str, str, str], ...] = (
    ("Sachbearbeiter", "Sachbearbeiterin", "Einkauf"),
    ("Einkäufer", "Einkäuferin", "Einkauf"),
    ("Buchhalter", "Buchhalterin", "Buchhaltung"),
    ("Leiter Buchhaltung", "Leiterin Buchhaltung", "Buchhaltung"),
    ("Assistent der Geschäftsführung", "Assistentin der Geschäftsführung", "Geschäftsleitung"),
    ("Vertriebsleiter", "Vertriebsleiterin", "Vertrieb"),
    ("Projektleiter", "Projektleiterin", "Technik"),
    ("IT-Administrator", "IT-Administratorin", "IT"),
    ("Personalreferent", "Personalreferentin", "Personal"),
    ("Office-Manager", "Office-Managerin", "Verwaltung"),
    ("Lagerleiter", "Lagerleiterin", "Logistik"),
)
INTERESTS = (
    "Golf",
    "Segeln",
    "Fußball",
    "Radfahren",
    "Wandern",
    "Kochen",
    "Oldtimer",
    "Jazz",
    "Tennis",
    "Fotografie",
)
PREFERENCES = (
    "Termine lieber vormittags",
    "Kaffee schwarz",
    "Bitte nicht vor 9 Uhr anrufen",
    "Bevorzugt E-Mail statt Telefon",
    "Tee statt Kaffee",
    "Schriftliche Angebote gewünscht",
)
REMARKS = (
    "Lieferungen bitte nur Mo–Fr zwischen 8 und 12 Uhr.",
    "Anlieferung über den Hof, Klingel „Lager“.",
    "Rechnungen bitte immer mit Bestellnummer.",
    "Ansprechpartner wechselt häufig – vorher nachfragen.",
    "Zahlt zuverlässig, gern auch größere Aufträge.",
    "Parkplätze hinter dem Haus.",
)
FREE_MAIL = ("gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de")
FREE_MAIL_WEIGHTS = (28, 28, 18, 16, 5, 5)
# Goods of the demo company, as (accusative, dative): "bestellt Drucker", "Bedarf an Druckern".
PRODUCTS: tuple[tuple[str, str], ...] = (
    ("Bürostühle", "Bürostühlen"),
    ("Schreibtische", "Schreibtischen"),
    ("Drucker", "Druckern"),
    ("Laptops", "Laptops"),
    ("Netzwerktechnik", "Netzwerktechnik"),
    ("Besprechungsmöbel", "Besprechungsmöbeln"),
    ("Aktenschränke", "Aktenschränken"),
    ("Telefonanlagen", "Telefonanlagen"),
    ("Beamer", "Beamern"),
)
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag")

# Notes a small office writes; {person} is a contact ("Herr Weber"), {person_dative} the same
# after "mit" ("Herrn Weber"); the rest is filled in by _Generator.note_text.
NOTES: tuple[str, ...] = (
    "Angebot telefonisch besprochen, meldet sich nächste Woche.",
    "Rückruf erbeten wegen Liefertermin.",
    "{person} hat angerufen: Rechnung {invoice} nicht erhalten, Kopie per E-Mail geschickt.",
    "Termin vor Ort am {weekday} vereinbart, 10 Uhr.",
    "Angebot über {amount} verschickt.",
    "Auftrag über {amount} erteilt, Auftragsbestätigung ist raus.",
    "Zahlungserinnerung verschickt, Rechnung {invoice} seit drei Wochen offen.",
    "Zahlung zu Rechnung {invoice} eingegangen.",
    "Reklamation: Lieferung unvollständig, Ersatz ist unterwegs.",
    "Auf der Messe kennengelernt, Interesse an {product_dative}.",
    "Katalog und Preisliste per Post geschickt.",
    "{person} ist bis {date} im Urlaub.",
    "Preiserhöhung zum 1. Januar angekündigt, keine Einwände.",
    "Wünscht künftig Rechnungen per E-Mail.",
    "Jahresgespräch mit {person_dative}: sehr zufrieden, möchte den Rahmenvertrag verlängern.",
    "Nicht erreicht, Nachricht auf dem Anrufbeantworter hinterlassen.",
    "E-Mail mit Fragen zum Angebot beantwortet.",
    "Muster verschickt.",
    "Weihnachtskarte verschickt.",
    "Bestellt regelmäßig Toner und Büromaterial, Lieferung immer Anfang des Monats.",
    "Bitte nur vormittags anrufen.",
    "Besuch vor Ort: neue Räume, Bedarf an {product_dative}.",
    "Angebot abgelehnt – zu teuer. In einem halben Jahr noch einmal nachfragen.",
    "Bankverbindung geändert, SEPA-Mandat erneuert.",
    "Hat uns weiterempfohlen – kleines Dankeschön geschickt.",
    "Termin verschoben auf {weekday}.",
    "Rechnung {invoice} korrigiert und neu verschickt.",
    "Wartungsvertrag für {year} verlängert.",
    "Telefonat mit {person_dative}: Budget für nächstes Jahr noch offen.",
    "Lieferung angekommen, alles in Ordnung.",
    "Interessiert an {product_dative}, Unterlagen per E-Mail geschickt.",
    "Skonto vereinbart: 2 % bei Zahlung innerhalb von 10 Tagen.",
)
COMPANY_NOTES: tuple[str, ...] = (
    "Neue Ansprechpartnerin im Einkauf, Kontaktdaten ergänzt.",
    "Lieferadresse geändert (neues Lager).",
    "Firma ist umgezogen, Adresse aktualisiert.",
    "Ausschreibung für {product} angekündigt, wir sollen ein Angebot abgeben.",
)
PERSON_NOTES: tuple[str, ...] = (
    "Geburtstagsgruß geschickt.",
    "Hat nach einem Hausbesuch gefragt, Termin am {weekday}.",
    "Gutschein zum Jubiläum verschickt.",
)
ARCHIVE_NOTES = {
    CustomerKind.COMPANY: (
        "Firma aufgelöst – archiviert.",
        "Geschäftsbeziehung beendet, archiviert.",
        "Vom Wettbewerber übernommen, kein Bedarf mehr – archiviert.",
    ),
    CustomerKind.PERSON: (
        "Verzogen, neue Anschrift unbekannt – archiviert.",
        "Kein Bedarf mehr, archiviert.",
    ),
}

# Event type (as seeded by migration 0003) -> subjects; {product}, {invoice}, {year} filled in.
EVENT_SUBJECTS: dict[str, tuple[str, ...]] = {
    "E-Mail eingegangen": ("Anfrage {product}", "Frage zur Rechnung {invoice}", "Bestellung"),
    "E-Mail gesendet": ("Angebot {product}", "Rechnung {invoice}", "Unterlagen {product}"),
    "Anruf eingehend": ("Rückfrage zum Angebot", "Liefertermin erfragt", "Reklamation"),
    "Anruf ausgehend": ("Angebot nachgefasst", "Terminabsprache", "Zahlung {invoice} erfragt"),
    "Rückruf": ("Rückruf wegen Liefertermin", "Rückruf zur Bestellung"),
    "Mailing": ("Frühjahrsaktion {year}", "Herbstkatalog {year}"),
    "Newsletter": ("Newsletter {year}",),
    "Gesprächsnotiz": ("Jahresgespräch {year}", "Besuch vor Ort"),
    "Rechercheergebnis": ("Handelsregisterauszug geprüft", "Neue Website gesehen"),
    "Bonitätsprüfung": ("Bonitätsauskunft: gut", "Bonitätsauskunft: mittel"),
}
EVENT_WEIGHTS = (18, 22, 14, 16, 6, 4, 4, 10, 3, 3)
TASK_SUBJECTS = (
    "Angebot nachfassen",
    "Rückruf wegen {product}",
    "Unterlagen zu {product} schicken",
    "Rechnung {invoice} prüfen",
    "Termin vereinbaren",
    "Preisliste {year} schicken",
)
APPOINTMENT_SUBJECTS = (
    "Beratung {product}",
    "Jahresgespräch",
    "Lieferung und Aufbau {product}",
    "Wartung vor Ort",
    "Besprechung Angebot",
)
# Follow-ups are set on what happened within this many days before today.
RECENT_DAYS = 30

# (slot, label, type, choices); the other slots stay undefined.
CUSTOM_FIELDS: tuple[tuple[int, str, FieldType, str], ...] = (
    (1, "Branche", FieldType.TEXT, ""),
    (2, "Mitarbeiterzahl", FieldType.NUMBER, ""),
    (3, "Kunde seit", FieldType.DATE, ""),
    (4, "Newsletter", FieldType.BOOL, ""),
    (5, "Bewertung", FieldType.CHOICE, "A\nB\nC"),
    (6, "Umsatz Vorjahr (€)", FieldType.NUMBER, ""),
    (7, "Kontakt über", FieldType.CHOICE, "Empfehlung\nWebsite\nMesse\nTelefon\nAnzeige"),
    (8, "Letzter Besuch", FieldType.DATE, ""),
)
SOURCES = ("Empfehlung", "Website", "Messe", "Telefon", "Anzeige")

# The regional Steuernummer formats (F tax office, B district, U serial, P check digit), as
# python-stdnum's ``stnr`` knows them; it checks what is made from them.
TAX_NUMBER_FORMATS = {
    "Baden-Württemberg": "FFBBBUUUUP",
    "Bayern": "FFFBBBUUUUP",
    "Berlin": "FFBBBUUUUP",
    "Brandenburg": "0FFBBBUUUUP",
    "Bremen": "FFBBBUUUUP",
    "Hamburg": "FFBBBUUUUP",
    "Hessen": "0FFBBBUUUUP",
    "Mecklenburg-Vorpommern": "0FFBBBUUUUP",
    "Niedersachsen": "FFBBBUUUUP",
    "Nordrhein-Westfalen": "FFFBBBBUUUP",
    "Rheinland-Pfalz": "FFBBBUUUUP",
    "Saarland": "0FFBBBUUUUP",
    "Sachsen": "2FFBBBUUUUP",
    "Sachsen-Anhalt": "1FFBBBUUUUP",
    "Schleswig-Holstein": "FFBBBUUUUP",
    "Thüringen": "1FFBBBUUUUP",
}

_LAST_NAME = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?")
_FIRST_NAME = re.compile(r"[A-ZÄÖÜ][a-zäöüßéèëï]+(?:[- ][A-ZÄÖÜ][a-zäöüßéèëï]+)?")
_STREET = re.compile(r"[A-ZÄÖÜ][A-Za-zÄÖÜäöüßéè\-]*(?:str\.)?")
_NOT_ASCII_WORD = re.compile(r"[^a-z0-9]+")
_TRANSLITERATION = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ł": "l", "ø": "o", "æ": "ae", "đ": "d"}
)


def ascii_words(text: str) -> list[str]:
    """The words of ``text`` in lower-case ASCII, umlauts written out: "Müller" -> ["mueller"]."""
    lowered = text.casefold().translate(_TRANSLITERATION)
    decomposed = unicodedata.normalize("NFKD", lowered)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return [word for word in _NOT_ASCII_WORD.split(plain) if word]


def company_domain(company_name: str) -> str:
    """A web domain for a company: "Müller & Schmidt GmbH" -> "mueller-schmidt.de"."""
    words = ascii_words(_LEGAL_WORDS.sub(" ", company_name)) or ascii_words(company_name)
    return "-".join(words[:3]) + ".de"


def vat_id(number: int) -> str:
    """A German VAT ID with a valid check digit from an eight-digit number (10000000 up)."""
    digits = f"{number:08d}"
    return "DE" + digits + mod_11_10.calc_check_digit(digits)


def _unique(values: Iterable[str]) -> list[str]:
    # dict keeps the first-seen order; a set would order by hash, which changes per process.
    return list(dict.fromkeys(values))


def _euro(cents: int) -> str:
    return f"{cents // 100:,}".replace(",", ".") + f",{cents % 100:02d} €"


@dataclass
class _Batch:
    customers: list[Row] = field(default_factory=list)
    contact_persons: list[Row] = field(default_factory=list)
    conditions: list[Row] = field(default_factory=list)
    group_links: list[Row] = field(default_factory=list)
    custom_values: list[Row] = field(default_factory=list)
    notes: list[Row] = field(default_factory=list)
    social_profiles: list[Row] = field(default_factory=list)
    events: list[Row] = field(default_factory=list)
    tasks: list[Row] = field(default_factory=list)
    appointments: list[Row] = field(default_factory=list)
    archived: int = 0


@dataclass(frozen=True)
class _Person:
    salutation: str
    title: str
    first_name: str
    last_name: str

    def addressed(self, *, dative: bool = False) -> str:
        """As named in a note: "Frau Dr. Schmidt", "(mit) Herrn Weber"."""
        salutation = "Herrn" if dative and self.salutation == "Herr" else self.salutation
        return " ".join(p for p in (salutation, self.title, self.last_name) if p)


@dataclass(frozen=True)
class _Phone:
    typed: str
    e164: str


@dataclass
class _Ids:
    customer: int
    contact_person: int
    note: int
    social_profile: int
    event: int = 1
    task: int = 1
    appointment: int = 1


class _Generator:
    """Makes the rows; all randomness comes from one seeded Random and Faker pools."""

    def __init__(self, *, seed: int, today: date) -> None:
        self.rng = Random(seed)
        fake = Faker("de_DE")
        fake.seed_instance(seed)
        self.male = _unique(
            n
            for n in (str(fake.first_name_male()) for _ in range(1500))
            if _FIRST_NAME.fullmatch(n)
        )
        self.female = _unique(
            n
            for n in (str(fake.first_name_female()) for _ in range(1500))
            if _FIRST_NAME.fullmatch(n)
        )
        last_names = [str(fake.last_name()) for _ in range(3000)]
        self.last = _unique(n for n in last_names if _LAST_NAME.fullmatch(n))
        # Faker's de_DE last names include a few oddities ("auch Schlauchin", "Grein Groth").
        odd_names = {n for n in last_names if not _LAST_NAME.fullmatch(n)}
        self.streets = _unique(
            s for s in (str(fake.street_name()) for _ in range(3000)) if _STREET.fullmatch(s)
        )
        self.faker_companies = _unique(
            c
            for c in (str(fake.company()) for _ in range(3000))
            if not any(odd in c for odd in odd_names)
        )
        self.places = PLACES
        self.place_weights = list(_cumulative(math.sqrt(place.population) for place in self.places))
        self.start_day = today - timedelta(days=HISTORY_DAYS)
        self.today = today
        self.author = f"{self.rng.choice(self.female)} {self.rng.choice(self.last)}"
        self.leap_birthday_done = False
        self._bank_names: dict[str, tuple[str, str]] = {}

    # -- small pieces --

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def person(self, *, titled: float = 0.08) -> _Person:
        rng = self.rng
        female = rng.random() < 0.5
        first = rng.choice(self.female if female else self.male)
        title = ""
        if rng.random() < titled:
            title = "Prof. Dr." if rng.random() < 0.1 else "Dr."
        return _Person("Frau" if female else "Herr", title, first, rng.choice(self.last))

    def place(self) -> Place:
        return self.rng.choices(self.places, cum_weights=self.place_weights)[0]

    def address(self, place: Place) -> tuple[str, str]:
        """Street with house number, and a postcode of ``place``."""
        rng = self.rng
        number = str(rng.randint(1, 80) if rng.random() < 0.8 else rng.randint(81, 240))
        if rng.random() < 0.08:
            number += rng.choice("abc")
        postcode = place.postcode(rng.randint(place.postcode_first, place.postcode_last))
        return f"{rng.choice(self.streets)} {number}", postcode

    def landline(self, place: Place) -> _Phone:
        """A valid fixed-line number of the city, typed the way people type them."""
        rng = self.rng
        area = place.area_code[1:]
        for _ in range(100):
            length = rng.choice((9, 10, 10)) - len(area)
            subscriber = str(rng.randint(2, 9)) + "".join(rng.choices("0123456789", k=length - 1))
            number = phonenumbers.PhoneNumber(
                country_code=49, national_number=int(area + subscriber)
            )
            if phonenumbers.is_valid_number(number):
                separator = rng.choices((" ", "/", "-"), weights=(80, 15, 5))[0]
                return _Phone(f"0{area}{separator}{subscriber}", f"+49{area}{subscriber}")
        raise RuntimeError(f"no valid phone number for area code {place.area_code}")

    def mobile(self) -> _Phone:
        rng = self.rng
        for _ in range(100):
            prefix = rng.choice(MOBILE_PREFIXES)
            length = 8 if prefix.startswith("15") else rng.choice((7, 8))
            subscriber = str(rng.randint(1, 9)) + "".join(rng.choices("0123456789", k=length - 1))
            number = phonenumbers.PhoneNumber(
                country_code=49, national_number=int(prefix + subscriber)
            )
            if phonenumbers.is_valid_number(number):
                return _Phone(f"0{prefix} {subscriber}", f"+49{prefix}{subscriber}")
        raise RuntimeError("no valid mobile number")

    def personal_email(self, person: _Person) -> str:
        rng = self.rng
        first = "".join(ascii_words(person.first_name))
        last = "".join(ascii_words(person.last_name))
        local = rng.choice(
            (
                f"{first}.{last}",
                f"{first}.{last}",
                f"{first[0]}.{last}",
                f"{first}{last}",
                f"{last}.{first}",
                f"{first}.{last}{rng.randint(1, 99)}",
                f"{first}{rng.randint(60, 99)}",
            )
        )
        domain = rng.choices(FREE_MAIL, weights=FREE_MAIL_WEIGHTS)[0]
        return f"{local}@{domain}"

    def work_email(self, person: _Person, domain: str) -> str:
        first = "".join(ascii_words(person.first_name))
        last = "".join(ascii_words(person.last_name))
        local = self.rng.choices(
            (f"{first}.{last}", f"{first[0]}.{last}", last, first), weights=(60, 20, 15, 5)
        )[0]
        return f"{local}@{domain}"

    def bank_account(self, city: str) -> tuple[str, str, str]:
        """A valid IBAN (national check digit too) of a real bank, with BIC and bank name."""
        rng = self.rng
        savings = SAVINGS_BANKS.get(city)
        bank_code = savings if savings and rng.random() < 0.4 else rng.choice(NATIONWIDE_BANKS)
        iban = IBAN.random("DE", random=rng, bank_code=bank_code)
        if bank_code not in self._bank_names:
            self._bank_names[bank_code] = (str(iban.bic or ""), str(iban.bank_name or ""))
        bic, bank_name = self._bank_names[bank_code]
        return str(iban.compact), bic, bank_name

    def tax_number(self, state: str) -> str:
        """A Steuernummer in the regional format of ``state``, written with slashes."""
        rng = self.rng
        pattern = TAX_NUMBER_FORMATS[state]
        while True:
            digits = "".join(c if c.isdigit() else str(rng.randint(0, 9)) for c in pattern)
            if stnr.is_valid(digits, state):
                break
        # The tax office part, the district and the serial number, as printed on letters.
        office = len(pattern.rstrip("BUP"))
        district = office + pattern.count("B")
        return f"{digits[:office]}/{digits[office:district]}/{digits[district:]}"

    def workday(self, day: date) -> date:
        # Offices are closed at weekends: move to the Friday before.
        return day - timedelta(days=max(0, day.weekday() - 4))

    def office_time(self, day: date) -> datetime:
        # 7–17 h UTC is 8–19 h in Germany, summer or winter.
        moment = time(self.rng.randint(7, 16), self.rng.randint(0, 59), self.rng.randint(0, 59))
        return datetime.combine(day, moment, UTC)

    def moment_after(self, after: datetime) -> datetime:
        """An office-hours moment after ``after`` and before today."""
        last_day = self.today - timedelta(days=1)
        first_day = after.date()
        if last_day > first_day:
            day = first_day + timedelta(days=self.rng.randint(1, (last_day - first_day).days))
            moment = self.office_time(self.workday(day))
            if moment > after:
                return moment
        return after + timedelta(minutes=self.rng.randint(3, 90))

    def birthday(self, *, with_year: float) -> tuple[int, int, int | None]:
        rng = self.rng
        year = rng.randint(self.today.year - 80, self.today.year - 22)
        if not self.leap_birthday_done:
            # Every demo file has a 29 February, the date birthday code most often gets wrong.
            self.leap_birthday_done = True
            while not calendar.isleap(year):
                year -= 1
            return 29, 2, year
        day = date(year, 1, 1) + timedelta(days=rng.randint(0, 364))
        return day.day, day.month, year if rng.random() < with_year else None

    def note_text(self, template: str, person: _Person, moment: datetime) -> str:
        rng = self.rng
        if "{" not in template:
            return template
        product, product_dative = rng.choice(PRODUCTS)
        return template.format(
            person=person.addressed(),
            person_dative=person.addressed(dative=True),
            invoice=f"RE-{moment.year}-{rng.randint(1, 999):04d}",
            weekday=rng.choice(WEEKDAYS),
            amount=_euro(rng.randint(80, 2500) * 500 + rng.choice((0, 0, 50, 90))),
            product=product,
            product_dative=product_dative,
            date=(moment + timedelta(days=rng.randint(5, 21))).strftime("%d.%m."),
            year=moment.year + 1,
        )

    def company_name(self) -> tuple[str, str]:
        """A company name and its branch."""
        rng = self.rng
        if rng.random() < 0.4:
            return rng.choice(self.faker_companies), rng.choice(BRANCHES)
        branch, pattern = rng.choice(TRADES)
        legal = rng.choices(LEGAL_FORMS, weights=LEGAL_WEIGHTS)[0]
        name = pattern.format(
            last=rng.choice(self.last), last2=rng.choice(self.last), legal=legal
        ).strip()
        return name, branch


def _cumulative(values: Iterable[float]) -> Iterable[float]:
    total = 0.0
    for value in values:
        total += value
        yield total


# --- Rows --------------------------------------------------------------------------------


def _customer_row(customer_id: int, number: str, kind: CustomerKind, created: datetime) -> Row:
    return {
        "id": customer_id,
        "number": number,
        "kind": str(kind),
        "salutation": "",
        "title": "",
        "first_name": "",
        "last_name": "",
        "company_name": "",
        "company_addition": "",
        "street": "",
        "postcode": "",
        "city": "",
        "country": "DE",
        "phone": "",
        "phone_e164": None,
        "phone_extension": None,
        "mobile": "",
        "mobile_e164": None,
        "fax": "",
        "fax_e164": None,
        "email": "",
        "invoice_email": "",
        "website": "",
        "form_of_address": "Sie",
        "letter_salutation_override": "",
        "birthday_day": None,
        "birthday_month": None,
        "birthday_year": None,
        "vat_id": "",
        "tax_number": "",
        "iban": "",
        "bic": "",
        "bank_name": "",
        "account_holder": "",
        "remark": "",
        "sort_key": "",
        "created_at": created,
        "last_processed_at": created,
        "archived_at": None,
    }


def _contact_row(contact_id: int, customer_id: int, person: _Person, created: datetime) -> Row:
    return {
        "id": contact_id,
        "customer_id": customer_id,
        "is_main": False,
        "salutation": person.salutation,
        "title": person.title,
        "first_name": person.first_name,
        "last_name": person.last_name,
        "position": "",
        "department": "",
        "email": "",
        "phone": "",
        "phone_e164": None,
        "phone_extension": None,
        "mobile": "",
        "mobile_e164": None,
        "form_of_address": "Sie",
        "letter_salutation_override": "",
        "birthday_day": None,
        "birthday_month": None,
        "birthday_year": None,
        "partner": "",
        "preferences": "",
        "interests": "",
        "notes": "",
        "created_at": created,
    }


def _custom_value(customer_id: int, slot: int, **value: object) -> Row:
    row: Row = {
        "customer_id": customer_id,
        "slot": slot,
        "text_value": None,
        "number_value": None,
        "date_value": None,
        "bool_value": None,
    }
    row.update(value)
    return row


class _Builder:
    """Turns the generator's pieces into the rows of one customer after another."""

    def __init__(
        self,
        generator: _Generator,
        *,
        ids: _Ids,
        number_prefix: str,
        first_number: int,
        number_width: int,
        groups: dict[str, int],
        total: int,
        event_types: dict[str, int] | None = None,
        seed: int = 1,
    ) -> None:
        self.gen = generator
        self.ids = ids
        # The history draws from a Random of its own, so that the customers stay as they were.
        self.history_rng = Random(seed * 1_000_003 + 17)
        known = event_types or {}
        self.event_types = [(known[name], name) for name in EVENT_SUBJECTS if name in known]
        self.number_prefix = number_prefix
        self.first_number = first_number
        self.number_width = number_width
        self.groups = groups
        self.total = total

    def created_at(self, index: int) -> datetime:
        # Spread over the history in number order: K10001 is the oldest customer.
        gen = self.gen
        # Days 3 and later, so that moving a weekend to Friday stays inside the history.
        offset = 3 + int((HISTORY_DAYS - 4) * (index + gen.rng.random()) / self.total)
        return gen.office_time(gen.workday(gen.start_day + timedelta(days=offset)))

    def batch(self, start: int, stop: int) -> _Batch:
        batch = _Batch()
        for index in range(start, stop):
            self.customer(index, batch)
        return batch

    def customer(self, index: int, batch: _Batch) -> None:
        gen, rng = self.gen, self.gen.rng
        customer_id = self.ids.customer
        self.ids.customer += 1
        number = format_number(
            prefix=self.number_prefix, number=self.first_number + index, width=self.number_width
        )
        kind = CustomerKind.COMPANY if rng.random() < 0.7 else CustomerKind.PERSON
        created = self.created_at(index)
        row = _customer_row(customer_id, number, kind, created)
        place = gen.place()
        row["street"], row["postcode"] = gen.address(place)
        row["city"] = place.city
        if gen.chance(0.1):
            row["remark"] = rng.choice(REMARKS)
        if kind == CustomerKind.COMPANY:
            people, branch = self.company(row, place, created, batch)
        else:
            people, branch = self.private_person(row, place, batch), ""
        batch.customers.append(row)
        self.conditions(customer_id, kind, batch)
        self.group_links(customer_id, kind, batch)
        self.custom_values(customer_id, kind, branch, created, bool(row["email"]), batch)
        last = self.notes(customer_id, kind, people, created, batch)
        if gen.chance(0.03):
            archived = gen.moment_after(last)
            note_texts = ARCHIVE_NOTES[kind]
            batch.notes.append(self.note(customer_id, None, rng.choice(note_texts), archived))
            row["archived_at"] = last = archived
            batch.archived += 1
            self.history(customer_id, people, created, archived, batch)
        else:
            last = max(last, self.history(customer_id, people, created, None, batch))
        row["last_processed_at"] = last
        # Customer.display_name, which the ORM hooks would fold into the sort key.
        if kind == CustomerKind.COMPANY:
            row["sort_key"] = search.fold(row["company_name"])
        else:
            row["sort_key"] = search.fold(f"{row['last_name']}, {row['first_name']}")

    def company(
        self, row: Row, place: Place, created: datetime, batch: _Batch
    ) -> tuple[list[tuple[_Person, int]], str]:
        gen, rng = self.gen, self.gen.rng
        name, branch = gen.company_name()
        domain = company_domain(name)
        row["company_name"] = name
        if gen.chance(0.06):
            row["company_addition"] = rng.choice(COMPANY_ADDITIONS)
        phone = gen.landline(place)
        row["phone"], row["phone_e164"] = phone.typed, phone.e164
        if gen.chance(0.35):
            fax = gen.landline(place)
            row["fax"], row["fax_e164"] = fax.typed, fax.e164
        row["email"] = f"{rng.choice(('info', 'info', 'kontakt', 'mail', 'office'))}@{domain}"
        if gen.chance(0.3):
            row["invoice_email"] = f"{rng.choice(('rechnung', 'buchhaltung'))}@{domain}"
        row["website"] = f"https://www.{domain}"
        if gen.chance(0.05):
            row["form_of_address"] = "du"
        if gen.chance(0.45):
            row["vat_id"] = vat_id(rng.randint(10_000_000, 99_999_999))
        elif gen.chance(0.15):
            row["tax_number"] = gen.tax_number(place.state)
        if gen.chance(0.3):
            row["iban"], row["bic"], row["bank_name"] = gen.bank_account(place.city)
            row["account_holder"] = name
        customer_id = row["id"]
        if gen.chance(0.12):
            network, url = rng.choice(
                (
                    (SocialNetwork.LINKEDIN, f"https://www.linkedin.com/company/{domain[:-3]}"),
                    (SocialNetwork.XING, f"https://www.xing.com/pages/{domain[:-3]}"),
                )
            )
            batch.social_profiles.append(self.social(customer_id, None, network, url))
        people: list[tuple[_Person, int]] = []
        further = rng.choices((0, 1, 2, 3), weights=(40, 30, 20, 10))[0]
        for position in range(1 + further):
            person = gen.person(titled=0.06)
            contact_id = self.ids.contact_person
            self.ids.contact_person += 1
            contact = _contact_row(contact_id, customer_id, person, created)
            roles = MAIN_ROLES if position == 0 else OTHER_ROLES
            male, female, department = rng.choice(roles)
            contact["is_main"] = position == 0
            contact["position"] = female if person.salutation == "Frau" else male
            contact["department"] = department
            contact["email"] = gen.work_email(person, domain)
            if gen.chance(0.8):
                contact["phone"], contact["phone_e164"] = phone.typed, phone.e164
                contact["phone_extension"] = str(rng.randint(10, 299))
            if gen.chance(0.4):
                mobile = gen.mobile()
                contact["mobile"], contact["mobile_e164"] = mobile.typed, mobile.e164
            if gen.chance(0.12):
                contact["form_of_address"] = "du"
            if gen.chance(0.3):
                day, month, year = gen.birthday(with_year=0.6)
                contact["birthday_day"], contact["birthday_month"] = day, month
                contact["birthday_year"] = year
            if gen.chance(0.1):
                contact["interests"] = ", ".join(rng.sample(INTERESTS, rng.randint(1, 2)))
            if gen.chance(0.08):
                contact["preferences"] = rng.choice(PREFERENCES)
            if gen.chance(0.2):
                batch.social_profiles.append(self.person_profile(customer_id, contact_id, person))
            batch.contact_persons.append(contact)
            people.append((person, contact_id))
        return people, branch

    def private_person(self, row: Row, place: Place, batch: _Batch) -> list[tuple[_Person, int]]:
        gen = self.gen
        person = gen.person()
        row["salutation"], row["title"] = person.salutation, person.title
        row["first_name"], row["last_name"] = person.first_name, person.last_name
        if gen.chance(0.6):
            phone = gen.landline(place)
            row["phone"], row["phone_e164"] = phone.typed, phone.e164
        if gen.chance(0.6):
            mobile = gen.mobile()
            row["mobile"], row["mobile_e164"] = mobile.typed, mobile.e164
        if gen.chance(0.8):
            row["email"] = gen.personal_email(person)
        if gen.chance(0.2):
            row["form_of_address"] = "du"
        elif gen.chance(0.02):
            row["letter_salutation_override"] = f"Sehr geehrte Familie {person.last_name},"
        if gen.chance(0.7):
            row["birthday_day"], row["birthday_month"], row["birthday_year"] = gen.birthday(
                with_year=0.75
            )
        if gen.chance(0.2):
            row["iban"], row["bic"], row["bank_name"] = gen.bank_account(place.city)
            row["account_holder"] = f"{person.first_name} {person.last_name}"
        if gen.chance(0.08):
            batch.social_profiles.append(self.person_profile(row["id"], None, person))
        return [(person, 0)]

    def person_profile(self, customer_id: int, contact_id: int | None, person: _Person) -> Row:
        rng = self.gen.rng
        first = "-".join(ascii_words(person.first_name))
        last = "-".join(ascii_words(person.last_name))
        if rng.random() < 0.5:
            handle = f"{first.title()}_{last.title()}".replace("-", "")
            return self.social(
                customer_id,
                contact_id,
                SocialNetwork.XING,
                f"https://www.xing.com/profile/{handle}",
            )
        suffix = f"{rng.getrandbits(32):08x}"
        return self.social(
            customer_id,
            contact_id,
            SocialNetwork.LINKEDIN,
            f"https://www.linkedin.com/in/{first}-{last}-{suffix}",
        )

    def social(
        self, customer_id: int, contact_id: int | None, network: SocialNetwork, url: str
    ) -> Row:
        profile_id = self.ids.social_profile
        self.ids.social_profile += 1
        return {
            "id": profile_id,
            "customer_id": customer_id,
            "contact_person_id": contact_id,
            "network": str(network),
            "label": "",
            "url": url,
        }

    def conditions(self, customer_id: int, kind: CustomerKind, batch: _Batch) -> None:
        gen, rng = self.gen, self.gen.rng
        company = kind == CustomerKind.COMPANY
        net_days = rng.choice((14, 30, 30)) if company else 14
        skonto = company and gen.chance(0.25)
        terms = ""
        if gen.chance(0.02):
            net_days, skonto, terms = 0, False, "Lieferung nur gegen Vorkasse."
        discount = rng.choices((0, 2, 3, 5, 10), weights=(75, 8, 7, 7, 3))[0] if company else 0
        credit = None
        if company and gen.chance(0.25):
            credit = Decimal(rng.choice((2000, 5000, 10000, 25000, 50000)))
        price_list = ""
        if company and gen.chance(0.15):
            price_list = rng.choice(("Händler", "Händler", "Großkunde"))
        delivery = ""
        if company and gen.chance(0.3):
            delivery = rng.choice(("frei Haus", "ab Werk", "frei Haus ab 250 € Bestellwert"))
        batch.conditions.append(
            {
                "customer_id": customer_id,
                "price_list": price_list,
                "discount_percent": Decimal(discount),
                "delivery_terms": delivery,
                "net_days": net_days,
                "skonto_percent": Decimal(2) if skonto else None,
                "skonto_days": 10 if skonto else None,
                "payment_terms_text": terms,
                "credit_limit": credit,
            }
        )

    def group_links(self, customer_id: int, kind: CustomerKind, batch: _Batch) -> None:
        gen = self.gen
        wanted: list[str] = []
        if gen.chance(0.75):
            wanted.append("Kunde")
        elif gen.chance(0.6):
            wanted.append("Interessent")
        if kind == CustomerKind.COMPANY and gen.chance(0.08):
            wanted.append("Lieferant")
        if gen.chance(0.08):
            wanted.append("Messekontakt")
        batch.group_links.extend(
            {"customer_id": customer_id, "group_id": self.groups[name]}
            for name in wanted
            if name in self.groups
        )

    def custom_values(
        self,
        customer_id: int,
        kind: CustomerKind,
        branch: str,
        created: datetime,
        has_email: bool,
        batch: _Batch,
    ) -> None:
        gen, rng = self.gen, self.gen.rng
        values = batch.custom_values
        company = kind == CustomerKind.COMPANY
        if company and gen.chance(0.9):
            values.append(_custom_value(customer_id, 1, text_value=branch))
        if company and gen.chance(0.7):
            staff = rng.choices(
                (rng.randint(1, 9), rng.randint(10, 49), rng.randint(50, 250)), weights=(60, 30, 10)
            )[0]
            values.append(_custom_value(customer_id, 2, number_value=Decimal(staff)))
        if gen.chance(0.6):
            since = created.date() - timedelta(days=rng.randint(0, 1500) if gen.chance(0.3) else 0)
            values.append(_custom_value(customer_id, 3, date_value=since))
        if has_email and gen.chance(0.8):
            values.append(_custom_value(customer_id, 4, bool_value=gen.chance(0.4)))
        if gen.chance(0.7):
            rating = rng.choices(("A", "B", "C"), weights=(20, 50, 30))[0]
            values.append(_custom_value(customer_id, 5, text_value=rating))
        if gen.chance(0.5):
            turnover = Decimal(rng.randint(5_000, 5_000_000)).scaleb(-2)
            values.append(_custom_value(customer_id, 6, number_value=turnover))
        if gen.chance(0.5):
            values.append(_custom_value(customer_id, 7, text_value=rng.choice(SOURCES)))
        if company and gen.chance(0.4):
            visit = gen.moment_after(created).date()
            values.append(_custom_value(customer_id, 8, date_value=visit))

    def notes(
        self,
        customer_id: int,
        kind: CustomerKind,
        people: Sequence[tuple[_Person, int]],
        created: datetime,
        batch: _Batch,
    ) -> datetime:
        """The customer's notes; returns the newest moment (created_at if none)."""
        gen, rng = self.gen, self.gen.rng
        count = rng.choices(range(7), weights=(20, 25, 20, 15, 10, 6, 4))[0]
        extra = COMPANY_NOTES if kind == CustomerKind.COMPANY else PERSON_NOTES
        moments = sorted(gen.moment_after(created) for _ in range(count))
        for moment in moments:
            template = rng.choice(NOTES) if rng.random() < 0.85 else rng.choice(extra)
            person, contact_id = rng.choice(people)
            text = gen.note_text(template, person, moment)
            # A note about a contact person of a company is filed with that person.
            linked = contact_id if contact_id and "{person" in template else None
            batch.notes.append(self.note(customer_id, linked, text, moment))
        return moments[-1] if moments else created

    def history(
        self,
        customer_id: int,
        people: Sequence[tuple[_Person, int]],
        created: datetime,
        archived: datetime | None,
        batch: _Batch,
    ) -> datetime:
        """Events, tasks and appointments over the years; returns the newest creation moment.

        An archived customer's history ends before ``archived``; the others have open tasks
        (some due or overdue), follow-ups of the last weeks and appointments to come.
        """
        rng, today = self.history_rng, self.gen.today
        end = archived or datetime.combine(today, time(0), UTC)
        newest = created
        if not self.event_types:
            return newest

        def moment() -> datetime:
            span = max(int((end - created).total_seconds()), 1)
            for _ in range(3):
                day = (created + timedelta(seconds=rng.randint(1, span))).date()
                # Office hours, as the notes: 7–17 h UTC is 8–19 h in Germany.
                candidate = datetime.combine(
                    day, time(rng.randint(7, 16), rng.randint(0, 59), rng.randint(0, 59)), UTC
                )
                if day.weekday() < 5:
                    break
            return min(max(candidate, created + timedelta(seconds=1)), end - timedelta(seconds=1))

        def contact() -> int | None:
            person_id = rng.choice(people)[1] if people else 0
            return person_id or None

        def fill(template: str, when: datetime) -> str:
            product = rng.choice(PRODUCTS)[0]
            invoice = f"RE-{when.year}-{rng.randint(1, 999):04d}"
            return template.format(product=product, invoice=invoice, year=when.year)

        recent = today - timedelta(days=RECENT_DAYS)
        for _ in range(rng.choices(range(8), weights=(10, 15, 20, 18, 14, 10, 8, 5))[0]):
            when = moment()
            type_id, type_name = rng.choices(self.event_types, weights=EVENT_WEIGHTS)[0]
            follow_up = None
            if archived is None and when.date() >= recent and rng.random() < 0.4:
                follow_up = when.date() + timedelta(days=rng.randint(3, 21))
            batch.events.append(
                {
                    "id": self.ids.event,
                    "customer_id": customer_id,
                    "contact_person_id": contact(),
                    "event_type_id": type_id,
                    "occurred_at": when,
                    "subject": fill(rng.choice(EVENT_SUBJECTS[type_name]), when),
                    "text": "",
                    "author": self.gen.author,
                    "created_at": when,
                    "follow_up_on": follow_up,
                }
            )
            self.ids.event += 1
            newest = max(newest, when)
        for _ in range(rng.choices(range(4), weights=(40, 35, 17, 8))[0]):
            when = moment()
            due = when.date() + timedelta(days=rng.randint(1, 21))
            done_at: datetime | None = when + timedelta(days=rng.randint(0, 20), hours=2)
            if archived is None and (due >= recent or rng.random() < 0.03):
                # The last weeks' tasks are open, so some are due today or overdue.
                done_at = None if rng.random() < 0.7 else done_at
            if done_at is not None and done_at >= end:
                done_at = end - timedelta(seconds=1)
            batch.tasks.append(
                {
                    "id": self.ids.task,
                    "customer_id": customer_id,
                    "contact_person_id": contact(),
                    "subject": fill(rng.choice(TASK_SUBJECTS), when),
                    "text": "",
                    "due_on": due,
                    "priority": rng.choices((1, 2, 3), weights=(15, 70, 15))[0],
                    "done_at": done_at,
                    "author": self.gen.author,
                    "created_at": when,
                    "follow_up_on": None,
                }
            )
            self.ids.task += 1
            newest = max(newest, when)
        count = rng.choices(range(3), weights=(55, 35, 10))[0]
        for number in range(count):
            when = moment()
            if archived is None and number == 0 and rng.random() < 0.25:
                # One in the coming weeks, made some days ago.
                day = today + timedelta(days=rng.randint(1, 35))
                day -= timedelta(days=max(0, day.weekday() - 4))
                if day <= today:
                    day = today + timedelta(days=1)
                start = datetime.combine(day, time(rng.randint(7, 15), rng.choice((0, 30))), UTC)
            else:
                start = when + timedelta(days=rng.randint(1, 30))
                start = start.replace(minute=rng.choice((0, 30)), second=0, microsecond=0)
                if start >= end:
                    start = when
            batch.appointments.append(
                {
                    "id": self.ids.appointment,
                    "customer_id": customer_id,
                    "contact_person_id": contact(),
                    "subject": fill(rng.choice(APPOINTMENT_SUBJECTS), when),
                    "text": "",
                    "place": rng.choice(("bei uns", "beim Kunden", "Telefonkonferenz")),
                    "starts_at": start,
                    "ends_at": start + timedelta(minutes=rng.choice((30, 60, 60, 90, 120))),
                    "reminder_minutes": rng.choice((None, 15, 30, 60)),
                    "author": self.gen.author,
                    "created_at": when,
                    "follow_up_on": None,
                }
            )
            self.ids.appointment += 1
            newest = max(newest, when)
        return newest

    def note(self, customer_id: int, contact_id: int | None, text: str, moment: datetime) -> Row:
        note_id = self.ids.note
        self.ids.note += 1
        return {
            "id": note_id,
            "customer_id": customer_id,
            "contact_person_id": contact_id,
            "text": text,
            "created_at": moment,
            "author": self.gen.author,
        }


# --- Writing -------------------------------------------------------------------------------


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _next_id(connection: Connection, name: str) -> int:
    table = _table(name)
    highest = connection.execute(select(func.max(table.c.id))).scalar_one()
    return int(highest or 0) + 1


def _company_row(gen: _Generator) -> Row:
    """Meine Firma: a small office-equipment business in one of the seat cities."""
    rng = gen.rng
    place = rng.choice([p for p in PLACES if p.city in SEATS])
    register_court, tax_office = SEATS[place.city]
    owner = gen.author
    name = f"{owner.split()[-1]} Bürotechnik GmbH"
    domain = company_domain(name)
    street, postcode = gen.address(place)
    iban, bic, bank_name = gen.bank_account(place.city)
    return {
        "id": 1,
        "name": name,
        "name_addition": "Büroeinrichtung · IT-Service · Wartung",
        "owner": owner,
        "street": street,
        "postcode": postcode,
        "city": place.city,
        "country": "DE",
        "phone": gen.landline(place).typed,
        "fax": gen.landline(place).typed,
        "email": f"info@{domain}",
        "website": f"https://www.{domain}",
        "vat_id": vat_id(rng.randint(10_000_000, 99_999_999)),
        "tax_number": gen.tax_number(place.state),
        "tax_office": tax_office,
        "register_court": register_court,
        "register_number": f"HRB {rng.randint(10_000, 99_999)}",
        "managing_director": owner,
        "iban": iban,
        "bic": bic,
        "bank_name": bank_name,
        "kleinunternehmer": False,
        "phone_region": "DE",
    }


def _write_settings(connection: Connection, gen: _Generator) -> None:
    company = _table("company")
    row = _company_row(gen)
    if connection.execute(select(company.c.id).where(company.c.id == 1)).first() is None:
        connection.execute(insert(company), row)
    else:
        connection.execute(update(company).where(company.c.id == 1).values(row))
    setting = _table("setting")
    connection.execute(setting.delete().where(setting.c.key == DISPLAY_NAME_KEY))
    connection.execute(insert(setting), {"key": DISPLAY_NAME_KEY, "value": gen.author})
    definition = _table("custom_field_definition")
    for slot, label, field_type, choices in CUSTOM_FIELDS:
        connection.execute(
            update(definition)
            .where(definition.c.slot == slot)
            .values(label=label, field_type=str(field_type), choices=choices)
        )


def _insert(connection: Connection, batch: _Batch) -> None:
    # Parents before children: the foreign keys are checked per statement.
    for name, rows in (
        ("customer", batch.customers),
        ("contact_person", batch.contact_persons),
        ("conditions", batch.conditions),
        ("customer_group_link", batch.group_links),
        ("custom_field_value", batch.custom_values),
        ("note", batch.notes),
        ("social_profile", batch.social_profiles),
        ("event", batch.events),
        ("task", batch.tasks),
        ("appointment", batch.appointments),
    ):
        if rows:
            connection.execute(insert(_table(name)), rows)


def make_demo(
    database: Database,
    *,
    customers: int = 200,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
    sales_years: int = 3,
) -> DemoSummary:
    """Fill an empty company file with a German demo company, all in one transaction.

    Args:
        database: An open, migrated company file without customers.
        customers: How many customers to make (100 000 take a few minutes).
        seed: The same seed and ``today`` give the same file.
        today: The day the history ends before; everything is dated before it, except the
            appointments to come and the due dates and follow-ups of open tasks and events.
        progress: Called with (customers written, ``customers``) after each batch; the last
            call comes when everything is committed.
        sales_years: Years of selling ending yesterday: articles, quotes carried on to order
            confirmations, delivery notes and invoices, a few cancellations, each finalised
            with its PDF filed (:mod:`meinbuero.services.demo_sales`). 0: no articles and no
            sales documents (fast, and the same file row for row for the same seed).

    Raises:
        CompanyNotEmptyError: The file already has customers; it is left unchanged.
    """
    if customers < 0:
        raise ValueError(f"customers must not be negative: {customers}")
    today = today or date.today()
    customer_table = _table("customer")
    with database.engine.begin() as connection:
        if connection.execute(select(func.count()).select_from(customer_table)).scalar_one():
            raise CompanyNotEmptyError(
                tr(
                    "The company file already contains customers. A demo company can only be"
                    " created in an empty company file."
                )
            )
        gen = _Generator(seed=seed, today=today)
        _write_settings(connection, gen)
        number_range = _table("number_range")
        found = connection.execute(
            select(number_range.c.prefix, number_range.c.next_number, number_range.c.width).where(
                number_range.c.key == "customer"
            )
        ).first()
        prefix, first_number, width = found if found is not None else ("K", 10001, 5)
        if found is None:
            connection.execute(
                insert(number_range),
                {"key": "customer", "prefix": prefix, "next_number": first_number, "width": width},
            )
        group = _table("customer_group")
        groups = {
            name: group_id
            for name, group_id in connection.execute(select(group.c.name, group.c.id))
        }
        event_type = _table("event_type")
        event_types = {
            name: type_id
            for name, type_id in connection.execute(select(event_type.c.name, event_type.c.id))
        }
        builder = _Builder(
            gen,
            ids=_Ids(
                customer=_next_id(connection, "customer"),
                contact_person=_next_id(connection, "contact_person"),
                note=_next_id(connection, "note"),
                social_profile=_next_id(connection, "social_profile"),
                event=_next_id(connection, "event"),
                task=_next_id(connection, "task"),
                appointment=_next_id(connection, "appointment"),
            ),
            number_prefix=prefix,
            first_number=first_number,
            number_width=width,
            groups=groups,
            total=customers,
            event_types=event_types,
            seed=seed,
        )
        contact_persons = notes = archived = events = tasks = appointments = 0
        for start in range(0, customers, BATCH_SIZE):
            stop = min(start + BATCH_SIZE, customers)
            batch = builder.batch(start, stop)
            _insert(connection, batch)
            contact_persons += len(batch.contact_persons)
            notes += len(batch.notes)
            archived += batch.archived
            events += len(batch.events)
            tasks += len(batch.tasks)
            appointments += len(batch.appointments)
            if progress is not None and stop < customers:
                progress(stop, customers)
        connection.execute(
            update(number_range)
            .where(number_range.c.key == "customer")
            .values(next_number=first_number + customers)
        )
        search.rebuild(connection)
    sold = None
    if sales_years > 0:
        from meinbuero.services.demo_sales import make_sales

        # Through the sales services, as a user sells: drafts, finalised in date order, each
        # PDF filed. One transaction: a failure leaves the customers without half the selling.
        with database.sessions.begin() as session:
            sold = make_sales(
                session, years=sales_years, today=today, seed=seed, customers=customers
            )
    if progress is not None:
        progress(customers, customers)
    return DemoSummary(
        customers=customers,
        contact_persons=contact_persons,
        notes=notes,
        archived=archived,
        events=events,
        tasks=tasks,
        appointments=appointments,
        articles=sold.articles if sold else 0,
        sales_documents=sold.documents if sold else 0,
        sales_by_kind=dict(sold.by_kind) if sold else {},
    )
