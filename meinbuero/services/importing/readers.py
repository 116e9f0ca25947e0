"""Read .xlsx (python-calamine), .csv (sniffed) and .vcf (vobject) into one table shape.

A vCard file becomes a table too: one row per card, one column per vCard property we take
(``VCARD_COLUMNS``), so the preview and the import treat all three formats alike.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import csv
import gc
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from meinbuero.i18n import tr
from meinbuero.services.importing.values import (
    birthday_text,
    cell_text,
    decode_ansi,
    dos_score,
    looks_garbled,
    rows_look_garbled,
    unquote_formula,
)


class ImportFailed(Exception):
    """The file cannot be imported at all; the message is for the user (German)."""


@dataclass(frozen=True)
class Photo:
    """A picture from a vCard, to be filed as a document of the customer."""

    content: bytes
    file_name: str


@dataclass
class SourceTable:
    """A file read: its header, its rows as text, and where each row stood in the file."""

    path: Path
    file_kind: str  # "xlsx", "csv" or "vcf"
    headers: list[str]
    rows: list[list[str]]
    line_numbers: list[int]
    photos: dict[int, Photo] = field(default_factory=dict)
    #: Contact persons of a row (vCards of our export: a card per contact person, found by
    #: X-MEINBUERO-CONTACT-OF): ContactPersonInput field -> text, by row index.
    contact_persons: dict[int, list[dict[str, str]]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    encoding: str = ""
    delimiter: str = ""


SUFFIXES = (".xlsx", ".csv", ".txt", ".vcf")


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a table is built (or its rows prepared, written).

    A table of 100 000 rows is millions of new strings and lists, none in a cycle, and the
    collector would walk the growing table again and again: half the time of reading it.
    Reference counting frees as usual meanwhile; cycles wait for the collector's next run.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# What a file to import may hold: far above any address book, far below what takes the
# machine down (a zip bomb disguised as .xlsx, a CSV of whitespace).
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024  # an .xlsx's parts, unpacked
MAX_ROWS = 500_000
MAX_COLUMNS = 1_000
MAX_CELL_CHARS = 32_767  # Excel's own limit of a cell


def _too_large(name: str) -> ImportFailed:
    return ImportFailed(
        tr(
            "{name} is too large to import (at most {rows} rows of {columns} columns, "
            "{cell} characters a cell). Please split it into smaller files.",
            name=name,
            rows=f"{MAX_ROWS:,}".replace(",", "."),
            columns=f"{MAX_COLUMNS:,}".replace(",", "."),
            cell=f"{MAX_CELL_CHARS:,}".replace(",", "."),
        )
    )


def read_source(path: Path) -> SourceTable:
    """Read a file to import; raises :class:`ImportFailed` with a German message."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise ImportFailed(tr("The file {name} does not exist.", name=str(path)))
    if path.stat().st_size == 0:
        raise ImportFailed(tr("The file {name} is empty.", name=path.name))
    if path.stat().st_size > MAX_FILE_BYTES:
        raise _too_large(path.name)
    if suffix == ".xlsx":
        table = read_xlsx(path)
    elif suffix in (".csv", ".txt"):
        table = read_csv(path)
    elif suffix == ".vcf":
        table = read_vcf(path)
    else:
        raise ImportFailed(
            tr(
                "{name}: this kind of file cannot be imported. Please choose an Excel workbook "
                "(.xlsx), a CSV file (.csv) or vCards (.vcf).",
                name=path.name,
            )
        )
    if not table.rows:
        raise ImportFailed(
            tr("{name} contains no rows to import (only the column headings).", name=path.name)
        )
    return table


def _warn_if_garbled(table: SourceTable, text: str | None = None) -> None:
    """Warn of values that look garbled; ``text``, the whole file as read, holds every value:
    where it shows no mark, no value does."""
    if (text is None or looks_garbled(text)) and rows_look_garbled(table.rows):
        table.warnings.append(
            tr(
                "Some text looks garbled (e.g. “Ã¤” or “„” instead of umlauts): the file was "
                "probably saved with another character set. Please check the preview."
            )
        )


def _table(
    path: Path, file_kind: str, raw: list[list[str]], numbers: list[int], **extra: Any
) -> SourceTable:
    """The table of rows read (``raw``, the first is the header), without empty rows, each row
    padded to the width of the widest. ``raw``'s lists are taken over, not copied."""
    if not all(map(any, raw)):  # rows of nothing but empty values (most files have none)
        kept = [i for i, row in enumerate(raw) if any(row)]
        raw, numbers = [raw[i] for i in kept], [numbers[i] for i in kept]
    if not raw:
        raise ImportFailed(tr("{name} contains nothing to import.", name=path.name))
    headers = [h.strip() for h in raw[0]]
    rows = raw[1:]
    width = max(len(headers), *map(len, rows)) if rows else len(headers)
    headers += [""] * (width - len(headers))
    for row in rows:
        if len(row) < width:
            row += [""] * (width - len(row))
    return SourceTable(path, file_kind, headers, rows, numbers[1:], **extra)


def read_xlsx(path: Path) -> SourceTable:
    from python_calamine import CalamineWorkbook

    _check_unpacked_size(path)
    with collector_paused():
        try:
            workbook = CalamineWorkbook.from_path(str(path))
            sheet = workbook.get_sheet_by_index(0)
            if sheet.height > MAX_ROWS or sheet.width > MAX_COLUMNS:
                raise _too_large(path.name)
            values = sheet.to_python(skip_empty_area=False)
        except ImportFailed:
            raise
        except Exception as error:  # calamine raises several kinds for a damaged file
            raise ImportFailed(
                tr(
                    "{name} cannot be read as an Excel workbook (the file is damaged or not an "
                    ".xlsx file).",
                    name=path.name,
                )
            ) from error
        raw = [[v.strip() if type(v) is str else cell_text(v) for v in row] for row in values]
        del values
        _check_cells(path.name, raw)
        table = _table(path, "xlsx", raw, list(range(1, len(raw) + 1)))
    _warn_if_garbled(table)
    return table


def _check_unpacked_size(path: Path) -> None:
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError):
        return  # calamine says it is damaged, in its words
    if unpacked > MAX_UNPACKED_BYTES:
        raise _too_large(path.name)


def _check_cells(name: str, raw: list[list[str]]) -> None:
    if len(raw) > MAX_ROWS + 1 or any(
        len(row) > MAX_COLUMNS or any(len(v) > MAX_CELL_CHARS for v in row) for row in raw
    ):
        raise _too_large(name)


def decode_text(data: bytes, *, name: str) -> tuple[str, str, list[str]]:
    """Text, encoding and warnings of a text file in UTF-8/UTF-16/Windows-1252/DOS."""
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig", warnings
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16", warnings
    head = data[:400]
    if b"\x00" in head:
        # UTF-16 without a BOM has a zero in every other byte of ASCII text; anything else with
        # zero bytes is not text.
        if head[1::2].count(0) > len(head) // 4 and head[0::2].count(0) == 0:
            return data.decode("utf-16-le", errors="replace"), "utf-16-le", warnings
        if head[0::2].count(0) > len(head) // 4 and head[1::2].count(0) == 0:
            return data.decode("utf-16-be", errors="replace"), "utf-16-be", warnings
        if head.count(0) > 4:
            raise ImportFailed(
                tr("{name} is not a text file (it contains binary data).", name=name)
            )
        # a stray NUL in a value (a broken export): dropped, the rest is text
        data = data.replace(b"\x00", b"")
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        ansi = decode_ansi(data)
        dos = data.decode("cp850")
        if dos_score(dos) > dos_score(ansi):
            warnings.append(
                tr(
                    "The file was written in the old DOS character set (code page 850); umlauts "
                    "were converted. Please check them in the preview."
                )
            )
            text, encoding = dos, "cp850"
        else:
            text, encoding = ansi, "cp1252"
    controls = sum(1 for c in text[:2000] if ord(c) < 32 and c not in "\r\n\t")
    if controls > 4:
        raise ImportFailed(tr("{name} is not a text file (it contains binary data).", name=name))
    return text, encoding, warnings


def sniff_delimiter(text: str) -> str:
    """The delimiter of the header line: semicolon, comma, tab or bar, whichever it has most."""
    first = text.lstrip("\r\n").split("\n", 1)[0]
    # Quoted headers may contain delimiters; count outside quotes only.
    outside = re.sub(r'"[^"]*"', "", first)
    counts = {d: outside.count(d) for d in (";", ",", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(path: Path) -> SourceTable:
    text, encoding, warnings = decode_text(path.read_bytes(), name=path.name)
    if "\x00" in text:
        text = text.replace("\x00", "")
    if not text.strip():
        raise ImportFailed(tr("The file {name} is empty.", name=path.name))
    delimiter = sniff_delimiter(text)
    csv.field_size_limit(MAX_CELL_CHARS)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    strip = str.strip
    with collector_paused():
        try:
            raw = [list(map(strip, row)) for row in reader]
            _check_cells(path.name, raw)
            if _NEUTRALISED.search(text):
                raw = [[unquote_formula(v) for v in row] for row in raw]
            if reader.line_num == len(raw):
                numbers = list(range(1, len(raw) + 1))  # each row one line
            else:
                numbers = _line_numbers(text, delimiter)  # values with line breaks
        except csv.Error as error:
            if "field larger than field limit" in str(error):
                raise _too_large(path.name) from None
            raise ImportFailed(
                tr("{name} is not a readable CSV file: {reason}", name=path.name, reason=str(error))
            ) from error
        table = _table(
            path, "csv", raw, numbers, warnings=warnings, encoding=encoding, delimiter=delimiter
        )
    _warn_if_garbled(table, text)
    return table


# A cell our CSV export neutralised ("'=…", see exporting): at the start of a line or cell.
_NEUTRALISED = re.compile(r"(?:^|[;,\t|\n\"])'[=+\-@\t\r]", re.MULTILINE)


def _line_numbers(text: str, delimiter: str) -> list[int]:
    """The line each row of the CSV text starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    numbers: list[int] = []
    start = 1
    for _row in reader:
        numbers.append(start)
        start = reader.line_num + 1
    return numbers


# The columns a vCard becomes (property names as vCard users know them); the properties of no
# column follow, one column each ("NICKNAME", "EMAIL 2"), so that nothing a card holds is lost.
VCARD_COLUMNS = (
    "N:Prefix",
    "N:Given",
    "N:Family",
    "FN",
    "ORG",
    "TITLE",
    "EMAIL",
    "TEL",
    "TEL;CELL",
    "TEL;FAX",
    "ADR:Street",
    "ADR:Postcode",
    "ADR:City",
    "ADR:Country",
    "BDAY",
    "URL",
    "NOTE",
    "PHOTO",
    "ORG:Unit",
    "CATEGORIES",
    "X-ABSHOWAS",
    "X-MEINBUERO-CUSTOMER",
    "ROLE",
    "ORG:Department",
    "LABEL",
)
# Properties that say nothing about the person (which program, which version, when).
_TECHNICAL = {
    "VERSION",
    "PRODID",
    "UID",
    "REV",
    "CLASS",
    "SORT-STRING",
    "X-ABUID",
    "X-ABLABEL",
    "X-MEINBUERO-CONTACT-OF",
    "X-MEINBUERO-CUSTOMER",
}
#: A vCard photo larger than this is not taken (a phone's photo has some 100 KB).
MAX_PHOTO_BYTES = 10 * 1024 * 1024

_QP_LINE = re.compile(r"ENCODING=QUOTED-PRINTABLE", re.IGNORECASE)


def _join_qp_soft_breaks(text: str) -> str:
    """vCard 2.1 quoted-printable values continue after "=" at the end of a line, unindented
    (also inside the bytes of one character: "=C3=" + "=9F" is "ß")."""
    out: list[str] = []
    carry = False
    for line in text.split("\n"):
        if carry and out:
            out[-1] = out[-1][:-1] + line
        else:
            out.append(line)
        current = out[-1]
        head = current.split(":", 1)[0]
        carry = bool(_QP_LINE.search(head)) and current.endswith("=")
    return "\n".join(out)


def _params(prop: Any) -> set[str]:
    """TYPE values and bare vCard 2.1 parameters (TEL;HOME), in capitals."""
    found: set[str] = set()
    for key, values in prop.params.items():
        if key.upper() == "TYPE":
            found.update(str(v).upper() for v in values)
        else:
            found.add(key.upper())
    if getattr(prop, "singletonparams", None):
        found.update(str(v).upper() for v in prop.singletonparams)
    return found


def _preferred(props: list[Any]) -> list[Any]:
    """PREF=1 / TYPE=pref first, then in file order."""

    def rank(prop: Any) -> int:
        pref = prop.params.get("PREF")
        if pref:
            try:
                return int(pref[0])
            except ValueError:
                return 1
        return 1 if "PREF" in _params(prop) else 100

    return sorted(props, key=rank)


def _text(value: Any) -> str:
    if isinstance(value, list):
        return " ".join(str(v) for v in value if v)
    return str(value or "").strip()


def _property_name(line: str) -> str:
    """ "item1.PHOTO;ENCODING=b:…" → "PHOTO"."""
    head = re.split(r"[;:]", line, maxsplit=1)[0]
    return head.rsplit(".", 1)[-1].strip().upper()


# vCard 2.1 knows no escaping of commas (and none of semicolons in a value of one part): a
# NOTE "Mo 8–12, 15–18" is one text. The parser reads by the 3.0 rules, so they are escaped
# for it first. ORG, ADR and N keep their semicolons, which separate their parts.
_WHOLE_TEXT = {"NOTE", "TITLE", "ROLE", "LABEL", "FN", "NICKNAME"}
_PARTS = {"ORG", "ADR", "N"}
_UNESCAPED_COMMA = re.compile(r"(?<!\\),")
_UNESCAPED_BOTH = re.compile(r"(?<!\\)([,;])")


def _escape_21(name: str, value: str) -> str:
    if name in _WHOLE_TEXT or name.startswith("X-"):
        return _UNESCAPED_BOTH.sub(r"\\\1", value)
    if name in _PARTS:
        return _UNESCAPED_COMMA.sub(r"\\,", value)
    return value


@dataclass
class _RawCard:
    """A card's lines with its photos taken out (the parser takes 150 times a photo's size)."""

    lines: list[str]
    photos: list[tuple[str, str]] = field(default_factory=list)  # (parameters, base64/URI)
    photo_too_large: bool = False


def _split_cards(text: str) -> Iterator[_RawCard]:
    """The cards of the text, each without its PHOTO properties (kept apart, or dropped when
    larger than MAX_PHOTO_BYTES), vCard 2.1 values escaped for the parser."""
    card: _RawCard | None = None
    name = ""
    version_21 = False
    photo: list[str] | None = None  # the photo being read: its parameters, then its lines
    photo_chars = 0
    largest = 4 * -(-MAX_PHOTO_BYTES // 3)  # base64 of the largest photo taken
    for line in text.split("\n"):
        upper = line[:12].upper()
        if card is None:
            if upper.startswith("BEGIN:VCARD"):
                card, version_21, photo = _RawCard([line]), False, None
            continue
        continued = line[:1] in (" ", "\t")
        if photo is not None:
            bare = line.strip()
            # vCard 2.1 base64 lines need no indent; a blank line ends them
            if continued or (version_21 and bare and _BASE64_LINE.fullmatch(bare)):
                photo_chars += len(bare)
                if photo_chars > largest:
                    card.photo_too_large = True
                    photo[1:] = []
                else:
                    photo.append(bare)
                continue
            if photo_chars <= largest:
                card.photos.append((photo[0], "".join(photo[1:])))
            photo = None
            if not line.strip():
                continue
        if upper.startswith("END:VCARD"):
            card.lines.append(line)
            yield card
            card = None
            continue
        if continued:
            card.lines.append(_escape_21(name, line) if version_21 else line)
            continue
        name = _property_name(line)
        if name == "VERSION":
            version_21 = line.split(":", 1)[-1].strip() == "2.1"
        if name == "PHOTO" and ":" in line:
            head, value = line.split(":", 1)
            photo, photo_chars = [head, value.strip()], len(value)
            continue
        if version_21 and ":" in line:
            head, value = line.split(":", 1)
            line = f"{head}:{_escape_21(name, value)}"
        card.lines.append(line)


_BASE64_LINE = re.compile(r"[A-Za-z0-9+/=]+")


def _photo(head: str, value: str, index: int) -> Photo | None:
    """The picture of a PHOTO property (base64 or a data: URI; a web address is none)."""
    if value.startswith("data:"):
        if "," not in value:
            return None
        value = value.split(",", 1)[1]
    elif not re.search(r"ENCODING=(B|BASE64)\b|;BASE64\b", head, re.IGNORECASE):
        return None
    try:
        content = base64.b64decode(value)
    except (binascii.Error, ValueError):
        return None
    if not content:
        return None
    if content.startswith(b"\xff\xd8"):
        extension = "jpg"
    elif content.startswith(b"\x89PNG"):
        extension = "png"
    elif content.startswith(b"GIF8"):
        extension = "gif"
    else:
        extension = "bin"
    return Photo(content=content, file_name=f"Foto {index}.{extension}")


def _card_row(card: Any) -> tuple[dict[str, str], dict[str, str]]:
    """The values of a card by column, and those of the properties of no column."""
    by_name: dict[str, list[Any]] = {}
    for prop in card.getChildren():
        by_name.setdefault(prop.name.upper(), []).append(prop)
    values = dict.fromkeys(VCARD_COLUMNS, "")
    taken: set[int] = set()  # ids of the properties read into a column

    def first(name: str) -> Any:
        prop = by_name[name][0]
        taken.add(id(prop))
        return prop.value

    own = "X-MEINBUERO-CUSTOMER" in by_name
    additional = suffix = box = region = ""
    if "N" in by_name:
        full = first("N")
        if hasattr(full, "family"):
            values["N:Family"] = _text(full.family)
            values["N:Given"] = _text(full.given)
            values["N:Prefix"] = _text(full.prefix)
            additional, suffix = _text(full.additional), _text(full.suffix)
    if "FN" in by_name:
        values["FN"] = _text(first("FN"))
    if "ORG" in by_name:
        org = first("ORG")
        values["ORG"] = _text(org[0] if isinstance(org, list) and org else org)
        unit = ", ".join(_text(u) for u in org[1:] if _text(u)) if isinstance(org, list) else ""
        values["ORG:Unit" if own else "ORG:Department"] = unit
    if "CATEGORIES" in by_name:
        categories = first("CATEGORIES")
        values["CATEGORIES"] = (
            ", ".join(categories) if isinstance(categories, list) else _text(categories)
        )
    if own:
        values["X-MEINBUERO-CUSTOMER"] = _text(first("X-MEINBUERO-CUSTOMER"))
    if "X-ABSHOWAS" in by_name:
        values["X-ABSHOWAS"] = _text(first("X-ABSHOWAS")).casefold()
        if values["X-ABSHOWAS"] == "company" and values["N:Family"] == values["ORG"]:
            # Apple's company card: N holds the company's name, not a person's
            values["N:Family"] = values["N:Given"] = values["N:Prefix"] = ""
    elif own:
        values["X-ABSHOWAS"] = "person"  # our export marks every company card
    for name in ("TITLE", "ROLE", "NOTE"):
        if name in by_name:
            values[name] = _text(first(name))
    if "EMAIL" in by_name:
        prop = _preferred(by_name["EMAIL"])[0]
        taken.add(id(prop))
        values["EMAIL"] = _text(prop.value)
    for prop in _preferred(by_name.get("TEL", [])):
        number = _text(prop.value)
        number = number[4:] if number.lower().startswith("tel:") else number
        kinds = _params(prop)
        column = "TEL;CELL" if "CELL" in kinds else "TEL;FAX" if "FAX" in kinds else "TEL"
        if not values[column]:
            values[column] = number
            taken.add(id(prop))
    addresses = _preferred(by_name.get("ADR", []))
    if addresses:
        taken.add(id(addresses[0]))
        address = addresses[0].value
        street = _text(getattr(address, "street", ""))
        extended = _text(getattr(address, "extended", ""))
        values["ADR:Street"] = street or extended
        values["ADR:Postcode"] = _text(getattr(address, "code", ""))
        values["ADR:City"] = _text(getattr(address, "city", ""))
        values["ADR:Country"] = _text(getattr(address, "country", ""))
        if street and extended:
            values["ADR:Street"] = f"{street}, {extended}"
        box, region = _text(getattr(address, "box", "")), _text(getattr(address, "region", ""))
    if "LABEL" in by_name:
        label = first("LABEL")
        if not addresses:  # the address as one text: split into street, postcode and city
            values["LABEL"] = _text(label)
    if "BDAY" in by_name:
        values["BDAY"] = birthday_text(_text(first("BDAY")))
    if "URL" in by_name:
        values["URL"] = _text(_preferred(by_name["URL"])[0].value).replace("\\:", ":")
        taken.add(id(_preferred(by_name["URL"])[0]))
    extras: dict[str, str] = {}
    if addresses and box:
        extras["ADR:Box"] = box
    if addresses and region:  # state, Bundesland
        extras["ADR:Region"] = region
    if additional:  # middle names
        extras["N:Additional"] = additional
    if suffix:  # "Jr.", "III"
        extras["N:Suffix"] = suffix
    for name, props in by_name.items():
        if name in _TECHNICAL or name in ("PHOTO", "X-ABSHOWAS"):
            continue
        for prop in props:
            if id(prop) in taken:
                continue
            value = _text(prop.value).replace("\\:", ":")
            if not value:
                continue
            count = 2
            column = f"{name} 2" if name in values or name in ("ADR", "N") else name
            while column in extras:
                count += 1
                column = f"{name} {count}"
            extras[column] = value
    return values, extras


def _contact_person(values: dict[str, str]) -> dict[str, str]:
    """A contact person's card of our export as the fields of the Ansprechpartner form."""
    return {
        "salutation": values["N:Prefix"],
        "first_name": values["N:Given"],
        "last_name": values["N:Family"],
        "position": values["TITLE"],
        "department": values["ORG:Unit"] or values["ORG:Department"],
        "email": values["EMAIL"],
        "phone": values["TEL"],
        "mobile": values["TEL;CELL"],
        "birthday": values["BDAY"],
        "notes": values["NOTE"],
    }


def read_vcf(path: Path) -> SourceTable:
    import vobject

    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text, _, _ = decode_text(data, name=path.name)
    del data
    text = text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n")
    if "BEGIN:VCARD" not in text.upper():
        raise ImportFailed(tr("{name} contains no vCards.", name=path.name))
    text = _join_qp_soft_breaks(text)
    rows: list[dict[str, str]] = []
    numbers: list[int] = []
    photos: dict[int, Photo] = {}
    warnings: list[str] = []
    cards = 0
    customers: dict[str, int] = {}  # customer number -> row
    persons: dict[int, list[dict[str, str]]] = {}
    extra_columns: dict[str, None] = {}
    try:
        for raw in _split_cards(text):
            cards += 1
            card = vobject.readOne("\n".join(raw.lines), ignoreUnreadable=True)
            values, extras = _card_row(card)
            contact_of = card.contents.get("x-meinbuero-contact-of")
            if contact_of and _text(contact_of[0].value) in customers:
                row_index = customers[_text(contact_of[0].value)]
                persons.setdefault(row_index, []).append(_contact_person(values))
                continue
            if raw.photo_too_large:
                warnings.append(
                    tr(
                        "Card {number}: its photo is larger than {size} MB and was not taken.",
                        number=cards,
                        size=MAX_PHOTO_BYTES // (1024 * 1024),
                    )
                )
            for head, value in raw.photos:
                photo = _photo(head, value, len(rows) + 1)
                if photo is not None:
                    photos[len(rows)] = photo
                    values["PHOTO"] = photo.file_name
                    break
            raw.photos.clear()
            if values["X-MEINBUERO-CUSTOMER"]:
                customers.setdefault(values["X-MEINBUERO-CUSTOMER"], len(rows))
            values.update(extras)
            extra_columns.update(dict.fromkeys(extras))
            rows.append(values)
            numbers.append(cards)
    except Exception as error:  # vobject raises ParseError and plain errors on broken cards
        raise ImportFailed(
            tr("{name} cannot be read as vCards: {reason}", name=path.name, reason=str(error))
        ) from error
    if not rows:
        raise ImportFailed(tr("{name} contains no vCards.", name=path.name))
    headers = [*VCARD_COLUMNS, *extra_columns]
    table = SourceTable(
        path,
        "vcf",
        headers,
        [[row.get(h, "") for h in headers] for row in rows],
        numbers,
        photos=photos,
        contact_persons=persons,
        warnings=warnings,
        encoding="utf-8",
    )
    _warn_if_garbled(table)
    return table
