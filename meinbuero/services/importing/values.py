"""Cell values of foreign files turned into text as the details window would take it.

Excel hands over numbers, dates and booleans; CSV and vCard hand over text in many spellings
("Mr.", "Herrn", "Deutschland", "--0416", an Excel serial day). The customer service reads
typed German text, so everything is brought into that form here and then checked there.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import cache
from itertools import chain

from babel import Locale

from meinbuero.domain.salutation import FormOfAddress, Salutation, letter_salutation
from meinbuero.domain.values import format_decimal_de
from meinbuero.store.models import CustomerKind

# Excel counts days from 30.12.1899 (its 1900 leap-year bug included).
_EXCEL_EPOCH = date(1899, 12, 30)
# A year Apple and CardBook write for "no year" (BDAY:16040101); any year before this one is
# taken as such a placeholder rather than as a real year of birth.
_NO_YEAR_BELOW = 1800
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$")
_SERIAL = re.compile(r"^\d{4,5}(?:[.,]0+)?$")
# The extension (Durchwahl) as our export writes it after the number: "030 1234567 x12".
_EXTENSION = re.compile(r"^(.*\S)\s+x(\d{1,10})$")
_TITLES = ("prof.", "dr.", "dipl.", "ing.", "mag.")
_MR = {"herr", "herrn", "hr.", "hr", "mr", "mr.", "mister", "m", "male", "männlich"}
_MS = {"frau", "fr.", "fr", "ms", "ms.", "mrs", "mrs.", "miss", "f", "female", "weiblich"}
_INFORMAL = {"du", "informal", "informell", "ja", "yes", "x", "1", "true"}
_PERSON = {"person", "privat", "privatperson", "privatkunde", "private", "individual"}
_COMPANY = {"firma", "company", "unternehmen", "firmenkunde", "organization", "org", "business"}
# Text that was UTF-8 but read as Windows-1252, and DOS code page 850 read as Windows-1252:
# the tell-tale pairs of German letters.
_MOJIBAKE = ("Ã¤", "Ã¶", "Ã¼", "ÃŸ", "Ã„", "Ã–", "Ãœ", "Ã©")
_DOS_LETTERS = "\x84\x94\x81\xe1\x8e\x99\x9a"


def cell_text(value: object) -> str:
    """A cell as German text: dates "22.11.2026", whole numbers without ",0", yes/no."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "ja" if value else "nein"
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, time | timedelta):
        return str(value)
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return format_decimal_de(Decimal(repr(value)))
    return str(value).strip()


def excel_serial_date(text: str) -> date | None:
    """The date of an Excel serial day number ("29221" is 01.01.1980), or None."""
    if not _SERIAL.match(text):
        return None
    days = int(re.split(r"[.,]", text)[0])
    if not 1 <= days <= 2958465:
        return None
    return _EXCEL_EPOCH + timedelta(days=days)


def birthday_text(text: str) -> str:
    """A birthday in the form the details window takes ("16.04.1980" or "16.04.")."""
    text = text.strip()
    if not text:
        return ""
    serial = excel_serial_date(text)
    if serial is not None:
        return serial.strftime("%d.%m.%Y")
    match = _COMPACT_DATE.match(text) or _ISO_DATE.match(text)
    if match:
        year, month, day = int(match[1]), int(match[2]), int(match[3])
        if year < _NO_YEAR_BELOW:
            return f"{day:02d}.{month:02d}."
        return f"{day:02d}.{month:02d}.{year:04d}"
    german = re.match(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$", text)
    if german and int(german[3]) < _NO_YEAR_BELOW:
        return f"{int(german[1]):02d}.{int(german[2]):02d}."
    return text


def birthday_from_parts(*, year: str, month: str, day: str) -> str:
    """Thunderbird's three birthday columns as one birthday ("" when day or month is missing)."""
    if not (month.strip().isdigit() and day.strip().isdigit()):
        return ""
    result = f"{int(day):02d}.{int(month):02d}."
    if year.strip().isdigit() and int(year) >= _NO_YEAR_BELOW:
        result += f"{int(year):04d}"
    return result


def date_text(text: str) -> str:
    """A date for a custom date field: Excel serial days and ISO dates become German."""
    serial = excel_serial_date(text)
    if serial is not None:
        return serial.strftime("%d.%m.%Y")
    match = _ISO_DATE.match(text.strip())
    if match:
        return f"{int(match[3]):02d}.{int(match[2]):02d}.{match[1]}"
    return text


def salutation_and_title(text: str) -> tuple[str, str]:
    """ "Herr", "Mr.", "Frau Dr." → (salutation, title); anything else is kept as the title."""
    words = text.split()
    salutation = ""
    title: list[str] = []
    for word in words:
        folded = word.casefold()
        if folded in _MR and not salutation:
            salutation = Salutation.MR
        elif folded in _MS and not salutation:
            salutation = Salutation.MS
        elif folded in {"firma", "company", "familie", "family"}:
            continue
        else:
            title.append(word)
    return salutation, " ".join(title)


def is_title(text: str) -> bool:
    return text.casefold().startswith(_TITLES)


def form_of_address_text(text: str) -> str:
    """ "du", "Du", "informal" → du; everything else (also empty) → Sie."""
    if text.strip().casefold() in _INFORMAL:
        return FormOfAddress.INFORMAL
    return FormOfAddress.FORMAL


def phone_and_extension(text: str) -> tuple[str, str]:
    """ "030 1234567 x12" → ("030 1234567", "12"); a number without " x…" has no extension."""
    match = _EXTENSION.match(text.strip())
    return (match[1], match[2]) if match else (text, "")


def own_letter_salutation(
    text: str,
    *,
    kind: str,
    salutation: str,
    title: str,
    first_name: str,
    last_name: str,
    form_of_address: str,
) -> str:
    """A "Briefanrede" column as an override: "" where it is the one the program makes anyway.

    Our export prints the salutation a letter starts with; stored as an override it would stop
    following later changes of name or du/Sie.
    """
    text = text.strip()
    try:
        computed = letter_salutation(
            salutation=Salutation(salutation),
            title=title,
            first_name="" if kind == CustomerKind.COMPANY else first_name,
            last_name="" if kind == CustomerKind.COMPANY else last_name,
            form_of_address=FormOfAddress(form_of_address),
        )
    except ValueError:
        return text  # a salutation or du/Sie the customer service refuses
    return "" if text == computed else text


def kind_text(text: str, *, has_company: bool) -> str:
    """Company or person from a "Art" column; without one, a company name makes a company."""
    folded = text.strip().casefold()
    if folded in _PERSON:
        return CustomerKind.PERSON
    if folded in _COMPANY:
        return CustomerKind.COMPANY
    if folded:
        return text.strip()  # refused by the customer service with its own message
    return CustomerKind.COMPANY if has_company else CustomerKind.PERSON


@cache
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for language in ("en", "de"):
        for code, name in Locale.parse(language).territories.items():
            if len(code) == 2 and code.isalpha():
                names[_fold_country(name)] = code
    names.update(
        {
            "usa": "US",
            "us": "US",
            "unitedstatesofamerica": "US",
            "uk": "GB",
            "england": "GB",
            "grossbritannien": "GB",
            "bundesrepublikdeutschland": "DE",
            "brd": "DE",
            "d": "DE",
            "a": "AT",
            "ch": "CH",
            "schweiz": "CH",
            "österreich": "AT",
            "holland": "NL",
        }
    )
    return names


def _fold_country(name: str) -> str:
    return re.sub(r"[\s.\-()]", "", name.casefold()).replace("ß", "ss")


def country_code(text: str) -> str:
    """ "Deutschland", "Germany", "U.S.A.", "de" → ISO code; unknown text is returned as is."""
    text = text.strip()
    if not text:
        return ""
    if len(text) == 2 and text.isalpha():
        return text.upper()
    return _country_names().get(_fold_country(text), text)


# All marks in one pattern. No mark holds a "\n": values joined with "\n" can be searched at
# once.
_GARBLED = re.compile("|".join(map(re.escape, (*_MOJIBAKE, *_DOS_LETTERS))))
# The letters a mark starts with: most texts have none, and looking for one letter is fast.
_MARK_STARTS = "".join({mark[0]: None for mark in (*_MOJIBAKE, *_DOS_LETTERS)})


def looks_garbled(text: str) -> bool:
    """Whether text shows the marks of a wrong code page (UTF-8 read as ANSI, DOS as ANSI)."""
    return any(c in text for c in _MARK_STARTS) and _GARBLED.search(text) is not None


def rows_look_garbled(rows: list[list[str]]) -> bool:
    """Whether a value of the rows :func:`looks_garbled`, read 10 000 rows at a time."""
    for start in range(0, len(rows), 10_000):
        if looks_garbled("\n".join(chain.from_iterable(rows[start : start + 10_000]))):
            return True
    return False


def dos_score(text: str) -> int:
    """How German the text reads: umlauts count for, control characters and „” in words against."""
    good = sum(text.count(c) for c in "äöüßÄÖÜ")
    bad = len(re.findall(r"\w[„”‚]\w", text)) + sum(text.count(c) for c in "\x81\x8d\x8f\x90\x9d")
    return good - 2 * bad
