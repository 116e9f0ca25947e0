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
    dos_score,
    looks_garbled,
    rows_look_garbled,
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
        raise ImportFailed(tr("{name} is not a text file (it contains binary data).", name=name))
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
    except UnicodeDecodeError:
        ansi = data.decode("cp1252", errors="replace")
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


def _line_numbers(text: str, delimiter: str) -> list[int]:
    """The line each row of the CSV text starts on."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    numbers: list[int] = []
    start = 1
    for _row in reader:
        numbers.append(start)
        start = reader.line_num + 1
    return numbers


# The columns a vCard becomes (property names as vCard users know them).
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
)

_QP_LINE = re.compile(r"ENCODING=QUOTED-PRINTABLE", re.IGNORECASE)


def _join_qp_soft_breaks(text: str) -> str:
    """vCard 2.1 quoted-printable values continue after "=" at the end of a line, unindented."""
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


def _photo(prop: Any, index: int) -> Photo | None:
    value = prop.value
    if isinstance(value, str):
        if value.startswith("data:") and "," in value:
            try:
                value = base64.b64decode(value.split(",", 1)[1])
            except (binascii.Error, ValueError):
                return None
        else:
            return None  # a web address: nothing to file
    if not isinstance(value, bytes) or not value:
        return None
    if value.startswith(b"\xff\xd8"):
        extension = "jpg"
    elif value.startswith(b"\x89PNG"):
        extension = "png"
    elif value.startswith(b"GIF8"):
        extension = "gif"
    else:
        extension = "bin"
    return Photo(content=value, file_name=f"Foto {index}.{extension}")


def _card_row(card: Any, index: int) -> tuple[list[str], Photo | None]:
    by_name: dict[str, list[Any]] = {}
    for prop in card.getChildren():
        by_name.setdefault(prop.name.upper(), []).append(prop)
    values = dict.fromkeys(VCARD_COLUMNS, "")
    if "N" in by_name:
        name = by_name["N"][0].value
        if hasattr(name, "family"):
            values["N:Family"] = _text(name.family)
            values["N:Given"] = _text(name.given)
            values["N:Prefix"] = _text(name.prefix)
    if "FN" in by_name:
        values["FN"] = _text(by_name["FN"][0].value)
    if "ORG" in by_name:
        org = by_name["ORG"][0].value
        values["ORG"] = _text(org[0] if isinstance(org, list) and org else org)
        values["ORG:Unit"] = _text(org[1:] if isinstance(org, list) else "")
    own = "X-MEINBUERO-CUSTOMER" in by_name
    if own and "CATEGORIES" in by_name:
        # our customer groups; other programs' categories (Google's "myContacts") are not
        value = by_name["CATEGORIES"][0].value
        values["CATEGORIES"] = ", ".join(value) if isinstance(value, list) else _text(value)
    if own:
        values["X-MEINBUERO-CUSTOMER"] = _text(by_name["X-MEINBUERO-CUSTOMER"][0].value)
    if "X-ABSHOWAS" in by_name:
        values["X-ABSHOWAS"] = _text(by_name["X-ABSHOWAS"][0].value).casefold()
        if values["X-ABSHOWAS"] == "company" and values["N:Family"] == values["ORG"]:
            # Apple's company card: N holds the company's name, not a person's
            values["N:Family"] = values["N:Given"] = values["N:Prefix"] = ""
    elif own:
        values["X-ABSHOWAS"] = "person"  # our export marks every company card
    if "TITLE" in by_name:
        values["TITLE"] = _text(by_name["TITLE"][0].value)
    if "EMAIL" in by_name:
        values["EMAIL"] = _text(_preferred(by_name["EMAIL"])[0].value)
    for prop in _preferred(by_name.get("TEL", [])):
        number = _text(prop.value)
        number = number[4:] if number.lower().startswith("tel:") else number
        kinds = _params(prop)
        column = "TEL;CELL" if "CELL" in kinds else "TEL;FAX" if "FAX" in kinds else "TEL"
        if not values[column]:
            values[column] = number
    addresses = _preferred(by_name.get("ADR", []))
    if addresses:
        address = addresses[0].value
        street = _text(getattr(address, "street", ""))
        extended = _text(getattr(address, "extended", ""))
        values["ADR:Street"] = street or extended.split("\n")[0]
        values["ADR:Postcode"] = _text(getattr(address, "code", ""))
        values["ADR:City"] = _text(getattr(address, "city", ""))
        values["ADR:Country"] = _text(getattr(address, "country", ""))
    if "BDAY" in by_name:
        values["BDAY"] = birthday_text(_text(by_name["BDAY"][0].value))
    if "URL" in by_name:
        values["URL"] = _text(by_name["URL"][0].value).replace("\\:", ":")
    if "NOTE" in by_name:
        values["NOTE"] = _text(by_name["NOTE"][0].value)
    photo = None
    for prop in by_name.get("PHOTO", []):
        photo = _photo(prop, index)
        if photo is not None:
            values["PHOTO"] = photo.file_name
            break
    return [values[c] for c in VCARD_COLUMNS], photo


def _contact_person(card: Any) -> dict[str, str]:
    """A contact person's card of our export as the fields of the Ansprechpartner form."""
    row, _ = _card_row(card, 0)
    values = dict(zip(VCARD_COLUMNS, row, strict=True))
    return {
        "salutation": values["N:Prefix"],
        "first_name": values["N:Given"],
        "last_name": values["N:Family"],
        "position": values["TITLE"],
        "department": values["ORG:Unit"],
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
    text = text.replace("\r\r\n", "\n").replace("\r\n", "\n").replace("\r", "\n")
    if "BEGIN:VCARD" not in text.upper():
        raise ImportFailed(tr("{name} contains no vCards.", name=path.name))
    text = _join_qp_soft_breaks(text)
    rows: list[list[str]] = []
    numbers: list[int] = []
    photos: dict[int, Photo] = {}
    cards = 0
    customers: dict[str, int] = {}  # customer number -> row
    persons: dict[int, list[dict[str, str]]] = {}
    number_column = VCARD_COLUMNS.index("X-MEINBUERO-CUSTOMER")
    try:
        for card in vobject.readComponents(text, ignoreUnreadable=True):
            if card.name.upper() != "VCARD":
                continue
            cards += 1
            contact_of = card.contents.get("x-meinbuero-contact-of")
            if contact_of and _text(contact_of[0].value) in customers:
                row_index = customers[_text(contact_of[0].value)]
                persons.setdefault(row_index, []).append(_contact_person(card))
                continue
            row, photo = _card_row(card, len(rows) + 1)
            if photo is not None:
                photos[len(rows)] = photo
            if row[number_column]:
                customers.setdefault(row[number_column], len(rows))
            rows.append(row)
            numbers.append(cards)
    except Exception as error:  # vobject raises ParseError and plain errors on broken cards
        raise ImportFailed(
            tr("{name} cannot be read as vCards: {reason}", name=path.name, reason=str(error))
        ) from error
    if not rows:
        raise ImportFailed(tr("{name} contains no vCards.", name=path.name))
    table = SourceTable(
        path,
        "vcf",
        list(VCARD_COLUMNS),
        rows,
        numbers,
        photos=photos,
        contact_persons=persons,
        encoding="utf-8",
    )
    _warn_if_garbled(table)
    return table
