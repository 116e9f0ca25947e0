"""Known layouts (Outlook, Google, Thunderbird, our own export) and header-name proposals.

A *target* names where a column goes: ``customer.<field of CustomerInput>``,
``contact.<field of ContactPersonInput>`` (the first contact person), ``custom.<slot>``, a few
helpers (``customer.full_name``, ``customer.birth_year``/``birth_month``/``birth_day``) or
``""`` (ignore). Several columns may share a target: the first one with a value wins, except for
``customer.remark``, where all are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from meinbuero.i18n import tr
from meinbuero.services.importing.readers import VCARD_COLUMNS

IGNORE = ""


@dataclass(frozen=True)
class Layout:
    key: str
    name: str  # shown to the user
    columns: dict[str, str]  # header -> target
    #: Headers not counted when deciding whether a file has (nearly) all of the layout's.
    optional: frozenset[str] = frozenset()


def _c(name: str) -> str:
    return f"customer.{name}"


#: Into the remark with the column's name ("Telefon geschäftlich 2: 0221 …"): values the
#: customer has no field for (a second phone number, e-mail address or address).
LABELLED = "customer.remark_labelled"


# Our own export (columns in this order; defined custom fields follow under their labels).
MEINBUERO = {
    "Kundennummer": _c("number"),
    "Art": _c("kind"),
    "Firma": _c("company_name"),
    "Anrede": _c("salutation"),
    "Titel": _c("title"),
    "Vorname": _c("first_name"),
    "Nachname": _c("last_name"),
    "Straße": _c("street"),
    "PLZ": _c("postcode"),
    "Ort": _c("city"),
    "Land": _c("country"),
    "Telefon": _c("phone"),
    "Mobil": _c("mobile"),
    "Fax": _c("fax"),
    "E-Mail": _c("email"),
    "Internet": _c("website"),
    "Geburtstag": _c("birthday"),
    "Gruppen": _c("groups"),
    "Briefanrede": _c("letter_salutation_override"),
    "Du/Sie": _c("form_of_address"),
    "USt-IdNr.": _c("vat_id"),
    "IBAN": _c("iban"),
    "BIC": _c("bic"),
    "Bank": _c("bank_name"),
    # added later: not needed to recognise the export (a partial one has few columns anyway)
    "Firmenzusatz": _c("company_addition"),
    "E-Mail für Rechnungen": _c("invoice_email"),
    "Steuernummer": _c("tax_number"),
    "Kontoinhaber": _c("account_holder"),
    "Anmerkungen / Notiz": _c("remark"),
}

MEINBUERO_ADDED = frozenset(
    {"Firmenzusatz", "E-Mail für Rechnungen", "Steuernummer", "Kontoinhaber", "Anmerkungen / Notiz"}
)

OUTLOOK_DE = {
    "Anrede": _c("salutation"),
    "Vorname": _c("first_name"),
    "Weitere Vornamen": LABELLED,
    "Nachname": _c("last_name"),
    "Suffix": LABELLED,
    "Firma": _c("company_name"),
    "Abteilung": _c("department"),
    "Position": _c("position"),
    "Straße geschäftlich": _c("street"),
    "Straße geschäftlich 2": LABELLED,
    "Straße geschäftlich 3": LABELLED,
    "Ort geschäftlich": _c("city"),
    "Region geschäftlich": LABELLED,
    "Postleitzahl geschäftlich": _c("postcode"),
    "Land/Region geschäftlich": _c("country"),
    "Straße privat": _c("street"),
    "Straße privat 2": LABELLED,
    "Straße privat 3": LABELLED,
    "Ort privat": _c("city"),
    "Region privat": LABELLED,
    "Postleitzahl privat": _c("postcode"),
    "Land/Region privat": _c("country"),
    "Weitere Straße": LABELLED,
    "Weiterer Ort": LABELLED,
    "Weitere Postleitzahl": LABELLED,
    "Weiteres Land/Region": LABELLED,
    "Telefon Assistent": LABELLED,
    "Fax geschäftlich": _c("fax"),
    "Telefon geschäftlich": _c("phone"),
    "Telefon geschäftlich 2": LABELLED,
    "Rückmeldung": IGNORE,
    "Autotelefon": LABELLED,
    "Telefon Firma": _c("phone"),
    "Fax privat": _c("fax"),
    "Telefon privat": _c("phone"),
    "Telefon privat 2": LABELLED,
    "ISDN": LABELLED,
    "Mobiltelefon": _c("mobile"),
    "Weiteres Fax": LABELLED,
    "Weiteres Telefon": LABELLED,
    "Pager": LABELLED,
    "Haupttelefon": _c("phone"),
    "Mobiltelefon 2": LABELLED,
    "Telefon für Hörbehinderte": IGNORE,
    "Telex": IGNORE,
    "Geburtstag": _c("birthday"),
    "Jahrestag": LABELLED,
    "Kategorien": _c("groups"),
    "E-Mail-Adresse": _c("email"),
    "E-Mail-Typ": IGNORE,
    "E-Mail: Angezeigter Name": IGNORE,
    "E-Mail 2: Adresse": LABELLED,
    "E-Mail 2: Typ": IGNORE,
    "E-Mail 2: Angezeigter Name": IGNORE,
    "E-Mail 3: Adresse": LABELLED,
    "E-Mail 3: Typ": IGNORE,
    "E-Mail 3: Angezeigter Name": IGNORE,
    "Notizen": _c("remark"),
    "Webseite": _c("website"),
    "Initialen": IGNORE,
    "Geschlecht": IGNORE,
    "Privat": IGNORE,
    "Priorität": IGNORE,
    "Vertraulichkeit": IGNORE,
}

OUTLOOK_EN = {
    "Title": _c("salutation"),
    "First Name": _c("first_name"),
    "Middle Name": LABELLED,
    "Last Name": _c("last_name"),
    "Suffix": LABELLED,
    "Company": _c("company_name"),
    "Department": _c("department"),
    "Job Title": _c("position"),
    "Business Street": _c("street"),
    "Business Street 2": LABELLED,
    "Business Street 3": LABELLED,
    "Business City": _c("city"),
    "Business State": LABELLED,
    "Business Postal Code": _c("postcode"),
    "Business Country/Region": _c("country"),
    "Home Street": _c("street"),
    "Home Street 2": LABELLED,
    "Home Street 3": LABELLED,
    "Home City": _c("city"),
    "Home State": LABELLED,
    "Home Postal Code": _c("postcode"),
    "Home Country/Region": _c("country"),
    "Other Street": LABELLED,
    "Other City": LABELLED,
    "Other Postal Code": LABELLED,
    "Other Country/Region": LABELLED,
    "Assistant's Phone": LABELLED,
    "Business Fax": _c("fax"),
    "Business Phone": _c("phone"),
    "Business Phone 2": LABELLED,
    "Callback": IGNORE,
    "Car Phone": LABELLED,
    "Company Main Phone": _c("phone"),
    "Home Fax": _c("fax"),
    "Home Phone": _c("phone"),
    "Home Phone 2": LABELLED,
    "ISDN": LABELLED,
    "Mobile Phone": _c("mobile"),
    "Other Fax": LABELLED,
    "Other Phone": LABELLED,
    "Pager": LABELLED,
    "Primary Phone": _c("phone"),
    "Birthday": _c("birthday"),
    "Anniversary": LABELLED,
    "Categories": _c("groups"),
    "E-mail Address": _c("email"),
    "E-mail Type": IGNORE,
    "E-mail Display Name": IGNORE,
    "E-mail 2 Address": LABELLED,
    "E-mail 2 Type": IGNORE,
    "E-mail 2 Display Name": IGNORE,
    "E-mail 3 Address": LABELLED,
    "E-mail 3 Type": IGNORE,
    "E-mail 3 Display Name": IGNORE,
    "Notes": _c("remark"),
    "Web Page": _c("website"),
    "Initials": IGNORE,
    "Gender": IGNORE,
    "Priority": IGNORE,
    "Private": IGNORE,
    "Sensitivity": IGNORE,
}

_GOOGLE_COMMON = {
    "Name Prefix": _c("salutation"),
    "Name Suffix": LABELLED,
    "Nickname": LABELLED,
    "Birthday": _c("birthday"),
    "Notes": _c("remark"),
    "Photo": IGNORE,
    "E-mail 1 - Value": _c("email"),
    "E-mail 2 - Value": LABELLED,
    "Phone 1 - Value": _c("phone"),
    "Phone 2 - Value": _c("mobile"),
    "Phone 3 - Value": LABELLED,
    "Address 1 - Formatted": IGNORE,
    "Address 1 - Street": _c("street"),
    "Address 1 - City": _c("city"),
    "Address 1 - PO Box": LABELLED,
    "Address 1 - Region": LABELLED,
    "Address 1 - Postal Code": _c("postcode"),
    "Address 1 - Country": _c("country"),
    "Address 1 - Extended Address": LABELLED,
}

GOOGLE_OLD = {
    "Name": _c("full_name"),
    "Given Name": _c("first_name"),
    "Additional Name": LABELLED,
    "Family Name": _c("last_name"),
    "Yomi Name": IGNORE,
    "Given Name Yomi": IGNORE,
    "Additional Name Yomi": IGNORE,
    "Family Name Yomi": IGNORE,
    "Initials": IGNORE,
    "Short Name": IGNORE,
    "Maiden Name": IGNORE,
    "Gender": IGNORE,
    "Location": IGNORE,
    "Billing Information": IGNORE,
    "Directory Server": IGNORE,
    "Mileage": IGNORE,
    "Occupation": _c("position"),
    "Hobby": IGNORE,
    "Sensitivity": IGNORE,
    "Priority": IGNORE,
    "Subject": IGNORE,
    "Language": IGNORE,
    "Group Membership": _c("groups"),
    "E-mail 1 - Type": IGNORE,
    "E-mail 2 - Type": IGNORE,
    "Phone 1 - Type": IGNORE,
    "Phone 2 - Type": IGNORE,
    "Phone 3 - Type": IGNORE,
    "Address 1 - Type": IGNORE,
    "Organization 1 - Type": IGNORE,
    "Organization 1 - Name": _c("company_name"),
    "Organization 1 - Yomi Name": IGNORE,
    "Organization 1 - Title": _c("position"),
    "Organization 1 - Department": _c("department"),
    "Website 1 - Type": IGNORE,
    "Website 1 - Value": _c("website"),
    **_GOOGLE_COMMON,
}

GOOGLE_NEW = {
    "First Name": _c("first_name"),
    "Middle Name": LABELLED,
    "Last Name": _c("last_name"),
    "Phonetic First Name": IGNORE,
    "Phonetic Middle Name": IGNORE,
    "Phonetic Last Name": IGNORE,
    "File As": IGNORE,
    "Organization Name": _c("company_name"),
    "Organization Title": _c("position"),
    "Organization Department": _c("department"),
    "Labels": _c("groups"),
    "E-mail 1 - Label": IGNORE,
    "E-mail 2 - Label": IGNORE,
    "Phone 1 - Label": IGNORE,
    "Phone 2 - Label": IGNORE,
    "Phone 3 - Label": IGNORE,
    "Address 1 - Label": IGNORE,
    "Website 1 - Label": IGNORE,
    "Website 1 - Value": _c("website"),
    **_GOOGLE_COMMON,
}

THUNDERBIRD_EN = {
    "First Name": _c("first_name"),
    "Last Name": _c("last_name"),
    "Display Name": _c("full_name"),
    "Nickname": LABELLED,
    "Primary Email": _c("email"),
    "Secondary Email": LABELLED,
    "Screen Name": IGNORE,
    "Work Phone": _c("phone"),
    "Home Phone": _c("phone"),
    "Fax Number": _c("fax"),
    "Pager Number": LABELLED,
    "Mobile Number": _c("mobile"),
    "Home Address": _c("street"),
    "Home Address 2": LABELLED,
    "Home City": _c("city"),
    "Home State": LABELLED,
    "Home ZipCode": _c("postcode"),
    "Home Country": _c("country"),
    "Work Address": _c("street"),
    "Work Address 2": LABELLED,
    "Work City": _c("city"),
    "Work State": LABELLED,
    "Work ZipCode": _c("postcode"),
    "Work Country": _c("country"),
    "Job Title": _c("position"),
    "Department": _c("department"),
    "Organization": _c("company_name"),
    "Web Page 1": _c("website"),
    "Web Page 2": LABELLED,
    "Birth Year": _c("birth_year"),
    "Birth Month": _c("birth_month"),
    "Birth Day": _c("birth_day"),
    "Custom 1": _c("remark"),
    "Custom 2": _c("remark"),
    "Custom 3": _c("remark"),
    "Custom 4": _c("remark"),
    "Notes": _c("remark"),
}

THUNDERBIRD_DE = {
    "Vorname": _c("first_name"),
    "Nachname": _c("last_name"),
    # Thunderbird writes "Anzeigename" twice (display name and chat name): the first counts.
    "Anzeigename": _c("full_name"),
    "Spitzname": LABELLED,
    "Primäre E-Mail-Adresse": _c("email"),
    "Sekundäre E-Mail-Adresse": LABELLED,
    "Chat-Name": IGNORE,
    "Tel. dienstlich": _c("phone"),
    "Tel. privat": _c("phone"),
    "Fax-Nummer": _c("fax"),
    "Pager-Nummer": LABELLED,
    "Mobil-Tel.-Nr.": _c("mobile"),
    "Privat: Adresse": _c("street"),
    "Privat: Adresse 2": LABELLED,
    "Privat: Ort": _c("city"),
    "Privat: Bundesland": LABELLED,
    "Privat: PLZ": _c("postcode"),
    "Privat: Land": _c("country"),
    "Dienstlich: Adresse": _c("street"),
    "Dienstlich: Adresse 2": LABELLED,
    "Dienstlich: Ort": _c("city"),
    "Dienstlich: Bundesland": LABELLED,
    "Dienstlich: PLZ": _c("postcode"),
    "Dienstlich: Land": _c("country"),
    "Arbeitstitel": _c("position"),
    "Abteilung": _c("department"),
    "Organisation": _c("company_name"),
    "Webseite 1": _c("website"),
    "Webseite 2": LABELLED,
    "Geburtsjahr": _c("birth_year"),
    "Geburtsmonat": _c("birth_month"),
    "Geburtstag": _c("birth_day"),
    "Benutzerdef. 1": _c("remark"),
    "Benutzerdef. 2": _c("remark"),
    "Benutzerdef. 3": _c("remark"),
    "Benutzerdef. 4": _c("remark"),
    "Notizen": _c("remark"),
}

VCARD = dict(
    zip(
        VCARD_COLUMNS,
        (
            _c("salutation"),
            _c("first_name"),
            _c("last_name"),
            _c("full_name"),
            _c("company_name"),
            IGNORE,
            _c("email"),
            _c("phone"),
            _c("mobile"),
            _c("fax"),
            _c("street"),
            _c("postcode"),
            _c("city"),
            _c("country"),
            _c("birthday"),
            _c("website"),
            _c("remark"),
            IGNORE,
            _c("company_addition"),
            _c("groups"),
            _c("kind"),
            _c("number"),
            _c("position"),
            _c("department"),
            _c("street"),
        ),
        strict=True,
    )
)
# TITLE: the position (of a person at a company: as its contact person)
VCARD["TITLE"] = _c("position")
#: vCard properties of no column of their own, kept in the remark with their name.
VCARD_LABELLED = (
    "EMAIL",
    "TEL",
    "ADR",
    "URL",
    "NOTE",
    "NICKNAME",
    "ANNIVERSARY",
    "X-ABDATE",
    "IMPP",
    "N:Additional",
    "N:Suffix",
    "ADR:Box",
    "ADR:Region",
)


def layouts() -> list[Layout]:
    """Known layouts, most specific first (ties are decided by this order)."""
    return [
        Layout("meinbuero", tr("meinbuero export"), MEINBUERO, optional=MEINBUERO_ADDED),
        Layout("vcard", tr("vCard"), VCARD),
        Layout("thunderbird_de", tr("Thunderbird (German)"), THUNDERBIRD_DE),
        Layout("thunderbird_en", tr("Thunderbird (English)"), THUNDERBIRD_EN),
        Layout("outlook_de", tr("Outlook (German)"), OUTLOOK_DE),
        Layout("outlook_en", tr("Outlook (English)"), OUTLOOK_EN),
        Layout("google_new", tr("Google Contacts"), GOOGLE_NEW),
        Layout("google_old", tr("Google Contacts (old format)"), GOOGLE_OLD),
    ]


def detect_layout(headers: list[str], *, extra_known: set[str] = frozenset()) -> Layout | None:  # type: ignore[assignment]
    """The known layout whose headers the file has (nearly) all of, or None.

    ``extra_known`` are headers that belong to any layout (our custom field labels).
    """
    named = [h for h in headers if h.strip() and h not in extra_known]
    if len(named) < 3:
        return None
    best: tuple[float, Layout] | None = None
    for layout in layouts():
        found = sum(1 for h in named if h in layout.columns)
        share = found / len(named)
        # the layout's own headers must be mostly present too (Outlook has ~90 columns, but
        # a sheet with "Vorname, Nachname, Firma" alone is not an Outlook export)
        needed = [h for h in layout.columns if h not in layout.optional]
        coverage = sum(1 for h in named if h in needed) / len(needed)
        if share >= 0.9 and coverage >= 0.5 and (best is None or share > best[0]):
            best = (share, layout)
    return best[1] if best else None


def layout_targets(layout: Layout, headers: list[str]) -> list[str]:
    """Targets per column; a header repeated later (Thunderbird's "Anzeigename") is ignored."""
    seen: set[str] = set()
    result = []
    for header in headers:
        result.append(IGNORE if header in seen else layout.columns.get(header, IGNORE))
        seen.add(header)
    return result


def _fold(header: str) -> str:
    folded = header.casefold().replace("ß", "ss").replace("_", " ").replace("-", " ")
    folded = re.sub(r"[/\\|+&]", " ", folded)
    words = re.sub(r"[^\wäöü ]", "", re.sub(r"\s+", " ", folded)).split()
    return " ".join(_ABBREVIATIONS.get(word, word) for word in words)


# Abbreviations in headers, written out before headers are compared ("Tel. geschäftl. 2").
_ABBREVIATIONS = {
    "tel": "telefon",
    "str": "strasse",
    "nr": "nummer",
    "hausnr": "hausnummer",
    "geschäftl": "geschäftlich",
    "gesch": "geschäftlich",
    "dienstl": "dienstlich",
    "priv": "privat",
    "mob": "mobil",
    "kd": "kunden",
    "kdnr": "kundennummer",
    "kundennr": "kundennummer",
}
#: How alike (0–100, rapidfuzz's ratio) a header must be to a known one to be proposed.
SIMILAR = 85


# Header names in German and English (folded) -> target, for sheets of no known layout.
_ALIASES = {
    "kundennummer": "number",
    "nummer": "number",
    "customer number": "number",
    "customer no": "number",
    "reference": "number",
    "art": "kind",
    "typ": "kind",
    "kundenart": "kind",
    "type": "kind",
    "firma": "company_name",
    "firmenname": "company_name",
    "unternehmen": "company_name",
    "company": "company_name",
    "company name": "company_name",
    "organisation": "company_name",
    "organization": "company_name",
    "name": "full_name",
    "vollständiger name": "full_name",
    "full name": "full_name",
    "display name": "full_name",
    "anzeigename": "full_name",
    "firmenzusatz": "company_addition",
    "zusatz": "company_addition",
    "anrede": "salutation",
    "salutation": "salutation",
    "titel": "title",
    "title": "title",
    "vorname": "first_name",
    "first name": "first_name",
    "firstname": "first_name",
    "given name": "first_name",
    "nachname": "last_name",
    "familienname": "last_name",
    "last name": "last_name",
    "lastname": "last_name",
    "surname": "last_name",
    "family name": "last_name",
    "strasse": "street",
    "str": "street",
    "strasse und hausnummer": "street",
    "adresse": "street",
    "anschrift": "street",
    "street": "street",
    "address": "street",
    "plz": "postcode",
    "postleitzahl": "postcode",
    "zip": "postcode",
    "zip code": "postcode",
    "zipcode": "postcode",
    "postcode": "postcode",
    "postal code": "postcode",
    "ort": "city",
    "stadt": "city",
    "wohnort": "city",
    "city": "city",
    "town": "city",
    "land": "country",
    "country": "country",
    "telefon": "phone",
    "tel": "phone",
    "telefonnummer": "phone",
    "phone": "phone",
    "telephone": "phone",
    "phone number": "phone",
    "durchwahl": "phone_extension",
    "mobil": "mobile",
    "mobiltelefon": "mobile",
    "handy": "mobile",
    "mobile": "mobile",
    "mobile phone": "mobile",
    "cell": "mobile",
    "fax": "fax",
    "telefax": "fax",
    "email": "email",
    "e mail": "email",
    "e mail adresse": "email",
    "email address": "email",
    "mail": "email",
    "internet": "website",
    "homepage": "website",
    "webseite": "website",
    "website": "website",
    "web": "website",
    "url": "website",
    "geburtstag": "birthday",
    "geburtsdatum": "birthday",
    "birthday": "birthday",
    "date of birth": "birthday",
    "gruppen": "groups",
    "gruppe": "groups",
    "kundengruppe": "groups",
    "groups": "groups",
    "briefanrede": "letter_salutation_override",
    "du sie": "form_of_address",
    "duzen": "form_of_address",
    "ustidnr": "vat_id",
    "ust idnr": "vat_id",
    "umsatzsteuer id": "vat_id",
    "vat id": "vat_id",
    "vat": "vat_id",
    "tax number": "vat_id",
    "steuernummer": "tax_number",
    "iban": "iban",
    "bic": "bic",
    "bank": "bank_name",
    "kreditinstitut": "bank_name",
    "kontoinhaber": "account_holder",
    "bemerkung": "remark",
    "bemerkungen": "remark",
    "notiz": "remark",
    "notizen": "remark",
    "notes": "remark",
    "note": "remark",
    "kommentar": "remark",
    "strasse hausnummer": "street",
    "position": "position",
    "funktion": "position",
    "job title": "position",
    "abteilung": "department",
    "department": "department",
    "kategorien": "groups",
    "kategorie": "groups",
    "categories": "groups",
    "e mail 2": "remark_labelled",
    "e mail 3": "remark_labelled",
    "email 2": "remark_labelled",
    "telefon 2": "remark_labelled",
    "telefon geschäftlich 2": "remark_labelled",
    "telefon privat 2": "remark_labelled",
    "mobil 2": "remark_labelled",
    "fax 2": "remark_labelled",
}


@cache
def _known_headers() -> dict[str, tuple[str, str]]:
    """Folded header -> (target, header as written) of the aliases and the known layouts."""
    result: dict[str, tuple[str, str]] = {}
    for layout in layouts():
        for header, target in layout.columns.items():
            if target != IGNORE:
                result.setdefault(_fold(header), (target, header))
    for alias, name in _ALIASES.items():  # an alias wins, under a known header's spelling
        result[alias] = (_c(name), result.get(alias, ("", alias))[1])
    return result


@dataclass(frozen=True)
class Proposal:
    """The target proposed for a column, and the known header it is like (fuzzy matches)."""

    target: str
    similar_to: str = ""
    score: int = 100


def proposals(headers: list[str], *, custom_labels: dict[str, int]) -> list[Proposal]:
    """A target per column from its header (German or English, abbreviated, misspelt);
    custom field labels first. A header like a known one (rapidfuzz's ratio of at least
    :data:`SIMILAR`) gets its target, and says which it is like."""
    from rapidfuzz import fuzz, process

    folded_custom = {_fold(label): slot for label, slot in custom_labels.items()}
    known = _known_headers()
    choices = list(known)
    taken: set[str] = set()
    result: list[Proposal] = []
    for header in headers:
        folded = _fold(header)
        proposal = Proposal(IGNORE)
        if folded in folded_custom:
            proposal = Proposal(f"custom.{folded_custom[folded]}")
        elif folded in known:
            # the same words: worth a word only when it is a header of another program
            target, written = known[folded]
            plain = written.casefold() in (header.strip().casefold(), written)
            proposal = Proposal(target) if plain else Proposal(target, written)
        elif len(folded) > 3:
            found = process.extractOne(folded, choices, scorer=fuzz.ratio, score_cutoff=SIMILAR)
            if found is not None:
                target, written = known[found[0]]
                written = written[:1].upper() + written[1:]  # an alias of ours: "Vorname"
                proposal = Proposal(target, written, round(found[1]))
        if proposal.target in taken and proposal.target not in _SHARED_TARGETS:
            proposal = Proposal(IGNORE)
        taken.add(proposal.target)
        result.append(proposal)
    if _c("first_name") in taken and _c("last_name") not in taken and _c("full_name") in taken:
        # "Vorname" beside "Name": the name column is the surname
        index = [p.target for p in result].index(_c("full_name"))
        result[index] = Proposal(_c("last_name"))
    return result


# Targets several columns may go to (their values are joined).
_SHARED_TARGETS = frozenset({_c("remark"), LABELLED, _c("groups"), IGNORE})


def propose(headers: list[str], *, custom_labels: dict[str, int]) -> list[str]:
    """A target per column from its header (see :func:`proposals`)."""
    return [p.target for p in proposals(headers, custom_labels=custom_labels)]
