"""Export customers to Excel (.xlsx), CSV and vCard (.vcf).

Customers are read with Core queries a block of ids at a time and streamed to the writer, so
100 000 customers take as little memory as 500. The file is written next to the target under a
temporary name and moved over it at the end: a cancelled or failed export leaves no half file.

The columns carry the German headers of the details window in a fixed order (the import
recognises its own export by them); values are written as the details window shows them.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import errno
import glob
import io
import operator
import os
import re
import tempfile
import threading
import time
from collections import namedtuple
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from itertools import chain
from pathlib import Path
from typing import IO, Any, Literal

import vobject
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from meinbuero.domain.birthday import Birthday
from meinbuero.domain.salutation import FormOfAddress, Salutation, letter_salutation
from meinbuero.domain.values import format_date_de
from meinbuero.i18n import tr
from meinbuero.paths import scratch_folder
from meinbuero.services import faults
from meinbuero.services.customers import countries
from meinbuero.services.errors import Refused
from meinbuero.store import listing
from meinbuero.store.models import (
    ContactPerson,
    Customer,
    CustomerKind,
    CustomFieldDefinition,
    CustomFieldValue,
    FieldType,
    display_name_of,
)

#: Customers per block: one query each for customers, groups, custom values, contact persons.
BLOCK = 500
#: How Excel shows a date cell (German order whatever the user's Excel language).
DATE_FORMAT = "DD.MM.YYYY"

# Read once, at import: os.umask can only be read by setting it, which is not thread-safe.
_UMASK = os.umask(0o022)
os.umask(_UMASK)

Format = Literal["xlsx", "csv", "vcf"]


class ValueKind(StrEnum):
    TEXT = "text"
    DATE = "date"
    NUMBER = "number"


@dataclass(frozen=True)
class ExportField:
    """One column: ``key`` as the program names it, ``header`` as the file does."""

    key: str
    header: str
    kind: ValueKind = ValueKind.TEXT
    #: Column width in Excel (characters).
    width: float = 14


@dataclass(frozen=True)
class CsvOptions:
    """How a CSV file is written; the defaults open correctly in a German Excel."""

    delimiter: str = ";"
    #: "utf-8-sig" is UTF-8 with BOM (Excel needs it to read umlauts); "cp1252" is Windows ANSI.
    encoding: str = "utf-8-sig"


@dataclass(frozen=True)
class ExportReport:
    path: Path
    format: Format
    customers: int = 0
    #: vCards of contact persons (vcf only).
    contact_persons: int = 0
    cancelled: bool = False


def standard_fields() -> list[ExportField]:
    """The columns every export can have, in their fixed order."""
    text, day = ValueKind.TEXT, ValueKind.DATE
    return [
        ExportField("number", tr("Customer number"), text, 14),
        ExportField("kind", tr("Type"), text, 12),
        ExportField("company_name", tr("Company"), text, 34),
        ExportField("salutation", tr("Salutation"), text, 9),
        ExportField("title", tr("Title"), text, 8),
        ExportField("first_name", tr("First name"), text, 14),
        ExportField("last_name", tr("Last name"), text, 16),
        ExportField("street", tr("Street"), text, 28),
        ExportField("postcode", tr("Postcode"), text, 8),
        ExportField("city", tr("City"), text, 18),
        ExportField("country", tr("Country"), text, 14),
        ExportField("phone", tr("Phone"), text, 18),
        ExportField("mobile", tr("Mobile"), text, 18),
        ExportField("fax", tr("Fax"), text, 18),
        ExportField("email", tr("E-mail"), text, 30),
        ExportField("website", tr("Website"), text, 28),
        ExportField("birthday", tr("Birthday"), day, 12),
        ExportField("groups", tr("Groups"), text, 20),
        ExportField("letter_salutation", tr("Letter salutation"), text, 30),
        ExportField("form_of_address", tr("Form of address (du/Sie)"), text, 8),
        ExportField("vat_id", tr("VAT ID"), text, 16),
        ExportField("iban", tr("IBAN"), text, 26),
        ExportField("bic", tr("BIC"), text, 13),
        ExportField("bank_name", tr("Bank"), text, 24),
        ExportField("company_addition", tr("Company addition"), text, 24),
        ExportField("invoice_email", tr("E-mail for invoices"), text, 30),
        ExportField("tax_number", tr("Tax number"), text, 16),
        ExportField("account_holder", tr("Account holder"), text, 24),
        ExportField("remark", tr("Remarks / note"), text, 40),
    ]


def custom_key(slot: int) -> str:
    return f"custom_{slot}"


def available_fields(session: Session) -> list[ExportField]:
    """The standard columns, then each defined custom field under its label."""
    kinds = {FieldType.DATE: ValueKind.DATE, FieldType.NUMBER: ValueKind.NUMBER}
    result = standard_fields()
    for slot, label, field_type in session.execute(
        select(
            CustomFieldDefinition.slot,
            CustomFieldDefinition.label,
            CustomFieldDefinition.field_type,
        ).order_by(CustomFieldDefinition.slot)
    ):
        if label.strip():
            kind = kinds.get(FieldType(field_type), ValueKind.TEXT)
            result.append(ExportField(custom_key(slot), label.strip(), kind, 14))
    return result


# --- reading ------------------------------------------------------------------------------------


#: A customer or contact person as read: fields by name and by position.
Record = Any


@dataclass
class _Block:
    """One block of customers (with their groups and custom values), in the requested order."""

    customers: list[Record]
    #: Contact persons by customer id (vCard only).
    persons: dict[int, list[Record]] = field(default_factory=dict)


# What an export needs of a customer: all but the timestamps, the sort key and the phone
# numbers in E.164 (the numbers are written as typed).
_CUSTOMER_COLUMNS = [
    column.name
    for column in Customer.__table__.c
    if column.name
    not in {
        "sort_key",
        "created_at",
        "last_processed_at",
        "archived_at",
        "phone_e164",
        "mobile_e164",
        "fax_e164",
    }
]
# Custom numbers are stored as integers of 10**-scale (see ScaledDecimal).
NUMBER_SCALE: int = CustomFieldValue.__table__.c.number_value.type.scale  # type: ignore[attr-defined]
# Between group names in the one text SQL makes of them (no name contains it).
_GROUP_SEPARATOR = "\x1f"
# The column of custom_field_value that keeps a value of each field type.
_VALUE_COLUMNS = {
    FieldType.NUMBER: "number_value",
    FieldType.DATE: "date_value",
    FieldType.BOOL: "bool_value",
}


def _customer_query(slots: dict[int, str]) -> str:
    """One row per customer: its columns, its groups in their order, one column per slot."""
    columns = [f"c.{name}" for name in _CUSTOMER_COLUMNS]
    columns.append(
        "(SELECT group_concat(name, char(31)) FROM (SELECT g.name FROM customer_group_link AS l"
        " JOIN customer_group AS g ON g.id = l.group_id WHERE l.customer_id = c.id"
        " ORDER BY g.position, g.name))"
    )
    # A join per slot (at most one value each: the key is customer and slot) costs a third
    # less than a subquery per slot.
    joins = []
    for slot, field_type in slots.items():
        column = _VALUE_COLUMNS.get(FieldType(field_type), "text_value")
        columns.append(f"v{int(slot)}.{column}")
        joins.append(
            f" LEFT JOIN custom_field_value AS v{int(slot)}"
            f" ON v{int(slot)}.customer_id = c.id AND v{int(slot)}.slot = {int(slot)}"
        )
    return f"SELECT {', '.join(columns)} FROM customer AS c{''.join(joins)} WHERE c.id IN "


def _record_type(slots: dict[int, str]) -> Any:
    """The row type of :func:`_customer_query`: fields by name and by position."""
    names = [*_CUSTOMER_COLUMNS, "groups_text", *(custom_key(slot) for slot in slots)]
    return namedtuple("CustomerRecord", names)


def _read_blocks(
    session: Session, ids: Sequence[int], *, slots: dict[int, str], with_persons: bool
) -> Iterator[_Block]:
    """Blocks of customers in the order of ``ids``, with groups and the values of ``slots``.

    Customers come with their groups and custom values in one query per block, straight
    through the driver's cursor in the session's transaction: plain tuples in half the time
    result rows take, which is most of what an export costs beside the writer. Contact persons
    (vCard only) come as result rows.
    """
    person = ContactPerson.__table__.c
    query = _customer_query(slots)
    make = _record_type(slots)._make
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        for start in range(0, len(ids), BLOCK):
            chunk = list(ids[start : start + BLOCK])
            found = cursor.execute(f"{query}({', '.join('?' * len(chunk))})", chunk).fetchall()
            by_id = {row[0]: make(row) for row in found}
            block = _Block([by_id[i] for i in chunk if i in by_id])
            if with_persons:
                for row in session.execute(
                    select(ContactPerson.__table__)
                    .where(person.customer_id.in_(chunk))
                    .order_by(
                        person.customer_id, person.is_main.desc(), person.last_name, person.id
                    )
                ).all():
                    block.persons.setdefault(row.customer_id, []).append(row)
            yield block
    finally:
        cursor.close()


def _groups(row: Record) -> list[str]:
    text: str | None = row.groups_text
    return text.split(_GROUP_SEPARATOR) if text else []


def _scaled_number(value: Any) -> Decimal:
    return Decimal(int(value)).scaleb(-NUMBER_SCALE)


def _yes_no(value: Any) -> str:
    return tr("yes") if value else tr("no")


def _custom_converter(field_type: str, *, as_text: bool = False) -> Callable[[Any], object]:
    """From the stored value to what the ORM types would give, or to German text (chosen
    once per column)."""
    converters: dict[str, Callable[[Any], object]] = {
        FieldType.NUMBER: _scaled_number,
        FieldType.DATE: date.fromisoformat,
        FieldType.BOOL: _yes_no,
    }
    if as_text:
        converters[FieldType.NUMBER] = lambda value: german_decimal(_scaled_number(value))
        converters[FieldType.DATE] = lambda value: format_date_de(date.fromisoformat(value))
    return converters.get(FieldType(field_type), str)


# --- values -------------------------------------------------------------------------------------


def phone_text(typed: str, extension: str | None) -> str:
    """The number as typed, with the extension (Durchwahl) as " x12" — read back as one."""
    return f"{typed} x{extension}" if typed and extension else typed


def _birthday(row: Record) -> Birthday | None:
    if row.birthday_month is None or row.birthday_day is None:
        return None
    return Birthday(month=row.birthday_month, day=row.birthday_day, year=row.birthday_year)


# Stored text -> member: a dict look-up costs a tenth of the enum's own.
_SALUTATIONS = {member.value: member for member in Salutation}
_FORMS_OF_ADDRESS = {member.value: member for member in FormOfAddress}


def _letter_salutation(row: Record, *, is_company: bool) -> str:
    return letter_salutation(
        salutation=_SALUTATIONS[row.salutation],
        title=row.title,
        first_name="" if is_company else row.first_name,
        last_name="" if is_company else row.last_name,
        form_of_address=_FORMS_OF_ADDRESS[row.form_of_address],
        override=row.letter_salutation_override,
    )


def _birthday_value(row: Record) -> object:
    """The birthday as a date; without the year as text ("16.04."): no date without a year."""
    day, month, year = row.birthday_day, row.birthday_month, row.birthday_year
    if day is None or month is None:
        return None
    return f"{day:02d}.{month:02d}." if year is None else date(year, month, day)


def _birthday_text(row: Record) -> str | None:
    """The birthday as the details window shows it: "16.04.1980" or "16.04."."""
    day, month, year = row.birthday_day, row.birthday_month, row.birthday_year
    if day is None or month is None:
        return None
    return f"{day:02d}.{month:02d}." if year is None else f"{day:02d}.{month:02d}.{year:04d}"


Getter = Callable[[Record], object]


class _Values:
    """Turns a customer row into the values of the chosen columns: typed for Excel, or as text.

    How each column is got is chosen once: 100 000 rows pass through here. Plain columns are
    picked in one C call; the few that need work are filled in after.
    """

    def __init__(self, fields: Sequence[ExportField], slots: dict[int, str]) -> None:
        kinds = {
            CustomerKind.COMPANY.value: tr("Company"),
            CustomerKind.PERSON.value: tr("Private person"),
        }
        names = countries()
        # Each gives None for an empty cell.
        special: dict[str, Getter] = {
            "kind": lambda row: kinds.get(row.kind, row.kind) or None,
            "country": lambda row: names.get(row.country, row.country) or None,
            "phone": lambda row: phone_text(row.phone, row.phone_extension) or None,
            "birthday": _birthday_value,
            "groups": lambda row: (row.groups_text or "").replace(_GROUP_SEPARATOR, ", ") or None,
            "letter_salutation": lambda row: _letter_salutation(
                row, is_company=row.kind == CustomerKind.COMPANY
            ),
        }
        # As text (for CSV): dates and numbers in German; the others are text already.
        text_special = {**special, "birthday": _birthday_text}
        columns = list(_record_type(slots)._fields)
        self.specials: list[tuple[int, Getter]] = []
        self.text_specials: list[tuple[int, Getter]] = []
        picked: list[int] = []
        for position, column in enumerate(fields):
            key = column.key
            if key.startswith("custom_"):
                index, field_type = columns.index(key), slots[int(key[7:])]
                get = _custom_getter(index, _custom_converter(field_type))
                text = _custom_getter(index, _custom_converter(field_type, as_text=True))
            elif key in special:
                get, text = special[key], text_special[key]
            else:
                picked.append(columns.index(key))
                continue
            picked.append(0)
            self.specials.append((position, get))
            self.text_specials.append((position, text))
        # itemgetter of one index gives a value, not a tuple: ask for one more and drop it.
        self.pick = operator.itemgetter(*picked, 0)

    def typed(self, row: Record) -> list[object]:
        """Values for Excel: dates as ``date``, numbers as ``Decimal``, the rest as text;
        None for an empty cell."""
        # Picked columns are text ("" is an empty cell); the last one is the extra.
        values: list[object] = [value or None for value in self.pick(row)]
        values.pop()
        for position, get in self.specials:
            values[position] = get(row)
        return values

    def texts(self, row: Record) -> list[str | None]:
        """Values as German text (for CSV); None for an empty one."""
        values: list[Any] = list(self.pick(row))
        values.pop()
        for position, get in self.text_specials:
            values[position] = get(row)
        return values


def _custom_getter(index: int, convert: Callable[[Any], object]) -> Getter:
    def get(row: Record) -> object:
        value = row[index]
        return None if value is None or value == "" else convert(value)

    return get


def german_decimal(value: Decimal) -> str:
    """As ``format_decimal_de`` writes it ("1.234,5"), a hundred times faster."""
    text = f"{value.normalize():,f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


# --- writers ------------------------------------------------------------------------------------


class _Cancelled(Exception):
    pass


Progress = Callable[[int, int], None]


def _blocks(
    session: Session,
    ids: Sequence[int],
    *,
    slots: dict[int, str],
    with_persons: bool,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> Iterator[_Block]:
    done = 0
    if progress is not None:
        progress(0, len(ids))
    for block in _read_blocks(session, ids, slots=slots, with_persons=with_persons):
        if cancel is not None and cancel.is_set():
            raise _Cancelled
        yield block
        done = min(done + BLOCK, len(ids))
        if progress is not None:
            progress(done, len(ids))
    if cancel is not None and cancel.is_set():
        raise _Cancelled


def _write_xlsx(
    target: IO[bytes],
    blocks: Iterator[_Block],
    fields: Sequence[ExportField],
    slots: dict[int, str],
) -> tuple[int, int]:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(tr("Customers"))
    sheet.freeze_panes = "A2"
    for index, column in enumerate(fields, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(
            column.width, len(column.header) + 4
        )
    bold = Font(bold=True)
    header = []
    for column in fields:
        cell = WriteOnlyCell(sheet, column.header)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    values = _Values(fields, slots)
    # One date cell per date column, given each row's date anew: a write-only sheet writes a
    # row when it is appended, and a styled cell made per date costs more than its value.
    date_cells = []
    for position, column in enumerate(fields):
        if column.kind == ValueKind.DATE:
            cell = WriteOnlyCell(sheet)
            cell.number_format = DATE_FORMAT
            date_cells.append((position, cell))
    count = 0
    try:
        for block in blocks:
            rows = [values.typed(row) for row in block.customers]
            # One look at the block's text (most blocks need no fix), then at its rows:
            if _needs_fix(rows):
                rows = [
                    _xlsx_text(sheet, cells) if _needs_fix([cells]) else cells for cells in rows
                ]
            for cells in rows:
                for position, cell in date_cells:
                    value = cells[position]
                    if type(value) is date:
                        cell.value = value
                        cells[position] = cell
                sheet.append(cells)
            count += len(rows)
    except BaseException:
        _discard(sheet)
        raise
    last = get_column_letter(max(len(fields), 1))
    sheet.auto_filter.ref = f"A1:{last}{count + 1}"
    workbook.save(target)
    return count, 0


# Characters an xlsx file cannot hold (as openpyxl's ILLEGAL_CHARACTERS_RE, in one class).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _needs_fix(rows: list[list[object]]) -> bool:
    """Whether a text of these rows has a control character, or begins with "=" (a formula
    to Excel) or "#" (maybe an error code such as #N/A)."""
    text = "\n".join([v for v in chain.from_iterable(rows) if type(v) is str])
    return (
        _CONTROL.search(text) is not None
        or text.startswith(("=", "#"))
        or "\n=" in text  # "\n" is the joint of two values
        or "\n#" in text
    )


def _xlsx_text(sheet: Any, cells: list[object]) -> list[object]:
    """The row with each text kept text: control characters (from old imports) removed, as an
    xlsx file cannot hold them; "=…" and error codes as text cells, not formulas or errors."""
    result = list(cells)
    for position, value in enumerate(cells):
        if type(value) is not str:
            continue
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if value.startswith("=") or value in ERROR_CODES:
            cell = WriteOnlyCell(sheet, value)
            cell.data_type = "s"
            result[position] = cell
        else:
            result[position] = value or None
    return result


def _discard(sheet: Any) -> None:
    """Stop a write-only sheet and remove its temporary file (openpyxl keeps one per sheet)."""
    with contextlib.suppress(Exception):
        sheet.close()
    if sheet._writer is not None and Path(sheet._writer.out).exists():
        sheet._writer.cleanup()


# A cell starting so is a formula to Excel and LibreOffice (CSV injection, CWE-1236).
_FORMULA_START = re.compile(r"(?:^|\x1e)[=+\-@\t\r]")
# ... unless it is a plain number ("-5", "+1,5"), which a spreadsheet takes as the number.
_PLAIN_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)*$")


def neutralise_formula(value: str | None) -> str | None:
    """A cell a spreadsheet would run as a formula, with a "'" before it (OWASP's advice):
    "=HYPERLINK(…)" → "'=HYPERLINK(…)", "+49 221 …" → "'+49 221 …"; "-5" stays.

    Our import takes such a cell back without the "'" (importing.values.unquote_formula), so
    an export imported again is what was exported.
    """
    if value and value[0] in "=+-@\t\r" and not _PLAIN_NUMBER.match(value):
        return "'" + value
    return value


def _write_csv(
    target: IO[bytes],
    blocks: Iterator[_Block],
    fields: Sequence[ExportField],
    slots: dict[int, str],
    options: CsvOptions,
) -> tuple[int, int]:
    encoding = options.encoding
    if codecs.lookup(encoding).name == "utf-8-sig":
        # The BOM by hand, then plain UTF-8: Python encodes that in C, "utf-8-sig" in Python
        # at each row written.
        target.write(codecs.BOM_UTF8)
        encoding = "utf-8"
    text = io.TextIOWrapper(target, encoding=encoding, errors="replace", newline="")
    writer = csv.writer(text, delimiter=options.delimiter, lineterminator="\r\n")
    writer.writerow([f.header for f in fields])
    values = _Values(fields, slots)
    count = 0
    for block in blocks:
        rows = list(map(values.texts, block.customers))
        # One look at the block's text (most blocks hold no formula), then at its cells:
        if _FORMULA_START.search("\x1e".join([v for v in chain.from_iterable(rows) if v])):
            rows = [[neutralise_formula(v) for v in row] for row in rows]
        writer.writerows(rows)
        count += len(block.customers)
    text.flush()
    text.detach()
    return count, 0


# vCard properties by the column they belong to (a property is left out with its column).
_VCARD_FIELDS = {
    "ADR": ("street", "postcode", "city", "country"),
    "TEL": ("phone",),
    "CELL": ("mobile",),
    "FAX": ("fax",),
    "EMAIL": ("email",),
    "URL": ("website",),
    "BDAY": ("birthday",),
    "CATEGORIES": ("groups",),
}


class _Cards:
    def __init__(self, fields: Sequence[ExportField]) -> None:
        keys = {f.key for f in fields}
        self.wanted = {name for name, columns in _VCARD_FIELDS.items() if keys & set(columns)}
        self.countries = countries()

    def _names(self, card: Any, row: Record, *, fallback: str) -> None:
        card.add("n").value = vobject.vcard.Name(
            family=row.last_name,
            given=row.first_name,
            prefix=" ".join(p for p in (row.salutation, row.title) if p),
        )
        full = " ".join(p for p in (row.title, row.first_name, row.last_name) if p)
        card.add("fn").value = full or fallback

    def _phone(self, card: Any, number: str, types: list[str]) -> None:
        if number:
            tel = card.add("tel")
            tel.value = number
            tel.type_param = types  # several TYPE parameters, as vobject writes them

    def _common(self, card: Any, row: Record, *, work: bool, groups: list[str]) -> None:
        where = "WORK" if work else "HOME"
        if "TEL" in self.wanted:
            self._phone(card, phone_text(row.phone, row.phone_extension), [where, "VOICE"])
        if "CELL" in self.wanted:
            self._phone(card, row.mobile, ["CELL", "VOICE"])
        if "EMAIL" in self.wanted and row.email:
            email = card.add("email")
            email.value = row.email
            email.type_param = ["INTERNET", where]
        birthday = _birthday(row)
        if "BDAY" in self.wanted and birthday is not None:
            card.add("bday").value = (
                f"--{birthday.month:02d}{birthday.day:02d}"
                if birthday.year is None
                else birthday.isoformat()
            )
        if "CATEGORIES" in self.wanted and groups:
            card.add("categories").value = groups

    def customer(self, row: Record, groups: list[str]) -> str:
        card = vobject.vCard()
        is_company = row.kind == CustomerKind.COMPANY
        name = display_name_of(row.kind, row.company_name, row.first_name, row.last_name)
        if is_company:
            card.add("n").value = vobject.vcard.Name(family=row.company_name)
            card.add("fn").value = name
            card.add("x-abshowas").value = "COMPANY"  # Apple Contacts: a company card
        else:
            self._names(card, row, fallback=name)
        if row.company_name:
            card.add("org").value = [row.company_name] + (
                [row.company_addition] if row.company_addition else []
            )
        if "ADR" in self.wanted and (row.street or row.postcode or row.city):
            adr = card.add("adr")
            adr.value = vobject.vcard.Address(
                street=row.street,
                city=row.city,
                code=row.postcode,
                country=self.countries.get(row.country, row.country),
            )
            adr.type_param = ["WORK" if is_company else "HOME"]
        self._common(card, row, work=is_company, groups=groups)
        if "FAX" in self.wanted:
            self._phone(card, row.fax, ["WORK", "FAX"])
        if "URL" in self.wanted and row.website:
            card.add("url").value = row.website
        if row.remark:
            card.add("note").value = row.remark
        card.add("uid").value = f"meinbuero-customer-{row.number}"
        card.add("x-meinbuero-customer").value = row.number
        return str(card.serialize())

    def person(self, row: Record, customer: Record, groups: list[str]) -> str:
        card = vobject.vCard()
        company = display_name_of(
            customer.kind, customer.company_name, customer.first_name, customer.last_name
        )
        self._names(card, row, fallback=company)
        card.add("org").value = [company] + ([row.department] if row.department else [])
        if row.position:
            card.add("title").value = row.position
        self._common(card, row, work=True, groups=groups)
        if row.notes:
            card.add("note").value = row.notes
        card.add("uid").value = f"meinbuero-contact-person-{row.id}"
        card.add("x-meinbuero-contact-of").value = customer.number
        return str(card.serialize())


def _write_vcf(
    target: IO[bytes], blocks: Iterator[_Block], fields: Sequence[ExportField]
) -> tuple[int, int]:
    text = io.TextIOWrapper(target, encoding="utf-8", newline="")
    cards = _Cards(fields)
    count = persons = 0
    for block in blocks:
        for row in block.customers:
            groups = _groups(row)
            text.write(cards.customer(row, groups))
            count += 1
            for person in block.persons.get(row.id, ()):
                text.write(cards.person(person, row, groups))
                persons += 1
    text.flush()
    text.detach()
    return count, persons


# --- the export ---------------------------------------------------------------------------------


def cannot_write_message(path: Path, error: OSError | None = None) -> str:
    if error is not None and error.errno in (errno.ENOSPC, errno.EROFS):
        return faults.explain_os(error, path)
    return tr(
        "The file {path} cannot be written. Is it open in another program (e.g. Excel), or may"
        " you not write in this folder? Close it or choose another file.",
        path=str(path),
    )


def export_customers(
    sessions: Session | sessionmaker[Session],
    *,
    path: Path,
    format: Format,
    customer_ids: Sequence[int] | None = None,
    fields: Sequence[str] | None = None,
    options: CsvOptions | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ExportReport:
    """Write customers to ``path``.

    Args:
        sessions: A session to read with, or a factory to open one (in a worker thread).
        format: "xlsx", "csv" or "vcf".
        customer_ids: Which customers, in this order; None: all not archived, by name.
        fields: Keys of :func:`available_fields` to write (their order stays the fixed one);
            None: all.
        options: For CSV; None: semicolons, UTF-8 with BOM.
        progress: Called with (customers done, customers in all) after each block.
        cancel: When set, the export stops after the current block and writes nothing.

    Returns:
        What was written; ``cancelled`` when ``cancel`` was set (and no file was written).

    Raises:
        Refused: The file cannot be written (open in Excel, no permission, disk full), with a
            German message; nothing is left behind.
    """
    if isinstance(sessions, Session):
        return _export(sessions, path, format, customer_ids, fields, options, progress, cancel)
    with sessions() as session, session.begin():
        return _export(session, path, format, customer_ids, fields, options, progress, cancel)


def _export(
    session: Session,
    path: Path,
    format: Format,
    customer_ids: Sequence[int] | None,
    fields: Sequence[str] | None,
    options: CsvOptions | None,
    progress: Progress | None,
    cancel: threading.Event | None,
) -> ExportReport:
    if format not in ("xlsx", "csv", "vcf"):
        raise ValueError(format)
    columns = available_fields(session)
    if fields is not None:
        wanted = set(fields)
        columns = [c for c in columns if c.key in wanted]
    if not columns:
        raise Refused(tr("Please choose at least one field to export."))
    if customer_ids is None:
        customer_ids = listing.customer_ids(session.connection(), listing.ListQuery())
    types = {
        slot: field_type
        for slot, field_type in session.execute(
            select(CustomFieldDefinition.slot, CustomFieldDefinition.field_type)
        )
    }
    slots = {int(c.key[7:]): types[int(c.key[7:])] for c in columns if c.key.startswith("custom_")}
    blocks = _blocks(
        session,
        customer_ids,
        slots=slots,
        with_persons=format == "vcf",
        progress=progress,
        cancel=cancel,
    )
    path = Path(path)
    try:
        with written_in_place(path) as target:
            if format == "xlsx":
                count, persons = _write_xlsx(target, blocks, columns, slots)
            elif format == "csv":
                count, persons = _write_csv(target, blocks, columns, slots, options or CsvOptions())
            else:
                count, persons = _write_vcf(target, blocks, columns)
    except _Cancelled:
        return ExportReport(path=path, format=format, cancelled=True)
    return ExportReport(path=path, format=format, customers=count, contact_persons=persons)


@contextlib.contextmanager
def written_in_place(path: Path) -> Iterator[IO[bytes]]:
    """A file for ``path``, written under a temporary name beside it and renamed over it when
    the block ends: a cancelled or failed write leaves no half file, and an older file of that
    name stays as it was.

    What a killed write left (its temporary file beside the target, the spreadsheet library's
    scratch files) is removed by the next write; the scratch files go into a folder of ours.

    Raises:
        Refused: The file cannot be written (open in Excel, no permission, disk full), German
            message.
    """
    prefix = f".~{path.stem}."
    _remove_stale(path.parent.glob(f"{glob.escape(prefix)}*.tmp"))
    scratch = scratch_folder()
    _remove_stale(scratch.glob("*"))
    try:
        handle, temporary_name = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=".tmp")
    except OSError as error:
        raise Refused(cannot_write_message(path, error)) from None
    temporary = Path(temporary_name)
    previous_tempdir = tempfile.tempdir
    tempfile.tempdir = str(scratch)  # openpyxl's scratch files (it names no folder)
    try:
        with os.fdopen(handle, "wb") as target:
            yield target
        # mkstemp makes the file private; an export gets the permissions of any new file.
        temporary.chmod(0o666 & ~_UMASK)
        temporary.replace(path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise Refused(cannot_write_message(path, error)) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    finally:
        tempfile.tempdir = previous_tempdir


# A file of a write older than this is left over from a killed run (a write takes seconds).
_STALE_SECONDS = 3600


def _remove_stale(paths: Iterator[Path]) -> None:
    now = time.time()
    for path in paths:
        with contextlib.suppress(OSError):
            if path.is_file() and now - path.stat().st_mtime > _STALE_SECONDS:
                path.unlink()
