"""Cell values of foreign files turned into text as the details window would take it.

Excel hands over numbers, dates and booleans; CSV and vCard hand over text in many spellings
("Mr.", "Herrn", "Deutschland", "--0416", an Excel serial day). The customer service reads
typed German text, so everything is brought into that form here and then checked there.
"""

from __future__ import annotations

import codecs
import re
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import cache
from itertools import chain

from babel import Locale

from meinbuero.domain.salutation import FormOfAddress, Salutation, letter_salutation
from meinbuero.domain.values import format_decimal_de
from meinbuero.store.models import CustomerKind, FieldType

# Excel counts days from 30.12.1899 (its 1900 leap-year bug included).
_EXCEL_EPOCH = date(1899, 12, 30)
# A year Apple and CardBook write for "no year" (BDAY:16040101); any year before this one is
# taken as such a placeholder rather than as a real year of birth.
_NO_YEAR_BELOW = 1800
_NO_YEAR_DATE = re.compile(r"^--(\d{2})-?(\d{2})$")
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
    if not text or is_empty_date(text):
        return ""
    serial = excel_serial_date(text)
    if serial is not None:
        return serial.strftime("%d.%m.%Y")
    no_year = _NO_YEAR_DATE.match(text)
    if no_year:  # vCard's "--0416", "--04-16"
        return f"{int(no_year[2]):02d}.{int(no_year[1]):02d}."
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
    if is_empty_date(text):
        return ""
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
            "bundesrepublik": "DE",
            "brd": "DE",
            "d": "DE",
            "deu": "DE",
            "ger": "DE",
            "a": "AT",
            "aut": "AT",
            "republikösterreich": "AT",
            "ch": "CH",
            "che": "CH",
            "schweiz": "CH",
            "suisse": "CH",
            "svizzera": "CH",
            "switzerland": "CH",
            "schweizerischeeidgenossenschaft": "CH",
            "fl": "LI",
            "l": "LU",
            "holland": "NL",
            "nl": "NL",
        }
    )
    # "Oesterreich", "Osterreich": the umlauts spelt out or left out
    for name, code in list(names.items()):
        for spelt in (_spelt_out(name), _spelt_out(name, plain=True)):
            names.setdefault(spelt, code)
    return names


def _spelt_out(name: str, *, plain: bool = False) -> str:
    pairs = {"ä": "a", "ö": "o", "ü": "u"} if plain else {"ä": "ae", "ö": "oe", "ü": "ue"}
    for umlaut, spelt in pairs.items():
        name = name.replace(umlaut, spelt)
    return name


def _fold_country(name: str) -> str:
    return re.sub(r"[\s.\-()]", "", name.casefold()).replace("ß", "ss")


def country_code(text: str) -> str:
    """ "Deutschland", "Germany", "U.S.A.", "de" → ISO code; unknown text is returned as is."""
    text = text.strip()
    if not text:
        return ""
    found = _country_names().get(_fold_country(text))
    if found is not None:
        return found
    if len(text) == 2 and text.isalpha():
        return text.upper()
    return text


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


# --- what a file holds, kept whole ------------------------------------------------------------

# Control characters no field holds (a NUL from a broken export, a form feed); line breaks and
# tabs are handled by the field (see :func:`single_line`).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Outlook's empty date: "0.0.00" (German), "0/0/00" (English), all zeros in any spelling.
_ZERO_DATE = re.compile(r"^0{1,4}[./-]0{1,2}[./-]0{1,4}$")


def clean_text(text: str) -> str:
    """Control characters removed; line ends as "\\n" (a CR LF inside a cell, a lone CR)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", text)


def has_controls(text: str) -> bool:
    return "\r" in text or _CONTROLS.search(text) is not None


def single_line(text: str) -> str:
    """A value for a field of one line: line breaks and tabs become spaces."""
    return " ".join(text.split()) if "\n" in text or "\t" in text else text


def is_empty_date(text: str) -> bool:
    """Outlook's "0.0.00" for a date not given."""
    return _ZERO_DATE.match(text.strip()) is not None


# "PLZ Ort" with an optional country prefix, as the last line of an address: "A-1010 Wien".
_POSTCODE_CITY = re.compile(r"^(?:([A-Z]{1,3})\s*-\s*)?(\d{4,5})\s+(\S.*)$")


def split_street(street: str) -> tuple[str, str, str, str] | None:
    """A street holding the rest of the address in lines of its own ("PLZ Ort", a country),
    split into (street, postcode, city, country code or ""); None when it holds neither.

    "PLZ Ort" may also follow the last comma of a street of one line.
    """
    lines = [line.strip() for line in street.split("\n") if line.strip()]
    if len(lines) < 2 and "," in street:
        head, _, tail = street.rpartition(",")
        lines = [head.strip(), tail.strip()]
    if len(lines) < 2:
        return None
    country = ""
    code = country_code(lines[-1])
    if len(lines) > 2 and code != lines[-1].strip() and len(code) == 2:
        country = code  # "Deutschland", "United States of America" as the last line
        lines.pop()
    match = _POSTCODE_CITY.match(lines[-1])
    if match is None:
        return (", ".join(lines), "", "", country) if country else None
    if match[1]:
        country = country_code(match[1]) or country
    return ", ".join(lines[:-1]), match[2], match[3].strip(), country


# Google's own groups: every contact is in "myContacts"; "starred" is a mark, not a group.
_SYSTEM_GROUPS = {"mycontacts", "starred", "* mycontacts", "* starred"}


def group_names(text: str) -> list[str]:
    """Customer groups from a categories cell: Outlook "A;B", vCard "A,B", Google "A ::: B"."""
    names: list[str] = []
    for part in re.split(r" ::: |[;,\n]", text):
        name = part.strip()
        if not name or name.casefold() in _SYSTEM_GROUPS:
            continue
        if name.startswith("* "):  # Google's other system groups ("* friends")
            name = name[2:].strip()
        if name not in names:
            names.append(name)
    return names


# Our CSV export puts "'" before a cell that Excel would take for a formula (see
# exporting.neutralise_formula); such a cell is read back without it.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def unquote_formula(text: str) -> str:
    """ "'=SUMME(A1)" → "=SUMME(A1)": a cell our CSV export neutralised, as it was."""
    if text.startswith("'") and text[1:2] and text[1] in "=+-@\t\r":
        return text[1:]
    return text


# --- text read with the wrong code page ---------------------------------------------------


def _decode_c1(error: UnicodeError) -> tuple[str, int]:
    """Bytes Windows-1252 leaves undefined (0x81 is DOS "ü") kept as U+0081…, so that the
    text can be encoded back to the very bytes of the file."""
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


def _encode_c1(error: UnicodeError) -> tuple[bytes, int]:
    assert isinstance(error, UnicodeEncodeError)
    text = error.object[error.start : error.end]
    if all(0x80 <= ord(c) <= 0x9F for c in text):
        return text.encode("latin-1"), error.end
    raise error


def _c1(error: UnicodeError) -> tuple[str | bytes, int]:
    if isinstance(error, UnicodeDecodeError):
        return _decode_c1(error)
    return _encode_c1(error)


codecs.register_error("meinbuero-c1", _c1)


def decode_ansi(data: bytes) -> str:
    """Windows-1252, the five bytes it leaves undefined kept (see :func:`repaired`)."""
    return data.decode("cp1252", errors="meinbuero-c1")


def _redecoded(text: str, read_as: str, meant: str) -> str | None:
    try:
        return text.encode(read_as, errors="meinbuero-c1").decode(meant)
    except (UnicodeError, LookupError):
        return None


# Sure signs of a wrong code page: control characters, „”™š inside a word or ™Ž opening one
# ("K”ln", "™sterreich"), UTF-8's "Ã¤"; read as DOS: "³" inside a word ("M³ller").
_MISREAD = {
    "cp1252": re.compile(
        r"[\x80-\x9f]|(?<=\w)[„”‚™šŽ‰](?=\w)|(?<!\w)[™Žš](?=\w)|Ã[\xa0-\xbf¤¶¼Ÿ„–œ©]"
    ),
    "dos": re.compile(r"(?<=\w)[³õ÷▀─Í▄](?=\w)"),
}
# A sign only where the table shows sure ones: "á" is DOS "ß" in "Groákopf", but "Málaga".
_MAYBE_MISREAD = re.compile(r"(?<=\w)á(?=\w)")


def misread(text: str, *, read_as: str = "cp1252", sure: bool = True) -> bool:
    """Whether the text shows signs of a wrong code page (``sure``: only sure signs)."""
    pattern = _MISREAD["dos" if read_as in ("cp850", "cp437") else "cp1252"]
    if pattern.search(text) is not None:
        return True
    dos = read_as in ("cp850", "cp437")
    return not sure and not dos and _MAYBE_MISREAD.search(text) is not None


def repaired(text: str, *, read_as: str = "cp1252", sure: bool = True) -> str | None:
    """The text as it was meant when it was read with the wrong code page, or None.

    ``read_as`` is the code page the file was read with ("" for an Excel cell, which holds
    what Excel read: Windows-1252). Tried: DOS (850 and 437) and UTF-8 read as Windows-1252,
    Windows-1252 read as DOS. Only text with signs of a wrong code page (:func:`misread`;
    ``sure=False`` also takes the weaker ones) is repaired, and only when the repair reads more
    German (umlauts for, control characters and „” inside words against): "José", "„Zitat“"
    stay.
    """
    if text.isascii() or not misread(text, read_as=read_as, sure=sure):
        return None
    read_as = read_as if read_as in ("cp850", "cp437") else "cp1252"
    meanings = ("cp1252", "utf-8") if read_as != "cp1252" else ("cp850", "cp437", "utf-8")
    best, best_score = None, dos_score(text) + (2 if _CONTROLS.search(text) is None else 0)
    for meant in meanings:
        candidate = _redecoded(text, read_as, meant)
        if candidate is None or candidate == text or "\ufffd" in candidate:
            continue
        score = dos_score(candidate) + (2 if _CONTROLS.search(candidate) is None else 0)
        if score > best_score:
            best, best_score = candidate, score
    return best


# --- a new custom field for a column ------------------------------------------------------

_NUMBER = re.compile(r"^[+-]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?$")
_LEADING_ZERO = re.compile(r"^[+-]?0\d")  # "0221", "00123": a code, not a number
_GERMAN_DATE = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{4}$")
_YES_NO = {"ja", "nein", "yes", "no", "true", "false", "wahr", "falsch", "x"}


def guess_field_type(values: list[str]) -> tuple[FieldType, list[str]]:
    """The custom field type that fits every value of a column, and its choices (a choice
    list: at most 12 short values, each used at least twice)."""
    filled = [v.strip() for v in values if v.strip()]
    if not filled:
        return FieldType.TEXT, []
    if all(_NUMBER.match(v) and not _LEADING_ZERO.match(v) for v in filled):
        return FieldType.NUMBER, []
    if all(_GERMAN_DATE.match(date_text(v)) or _ISO_DATE.match(v) for v in filled):
        return FieldType.DATE, []
    if all(v.casefold() in _YES_NO for v in filled) and len({v.casefold() for v in filled}) <= 2:
        return FieldType.BOOL, []
    distinct = list(dict.fromkeys(filled))
    if (
        len(distinct) <= 12
        and len(filled) >= 2 * len(distinct)
        and all(len(v) <= 40 and "\n" not in v for v in distinct)
    ):
        return FieldType.CHOICE, sorted(distinct, key=str.casefold)
    return FieldType.TEXT, []
