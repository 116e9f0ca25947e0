"""Import customers: map the columns, show what will happen, then write it in one transaction.

The steps, as the wizard and ``meinbuero import`` walk them::

    table = read_source(path)                       # readers: xlsx, csv, vcf
    layout, targets = propose_mapping(session, table)
    preview = prepare(session, table, targets)      # nothing written yet
    report = run_import(session, preview, on_duplicate=Decision.SKIP, cancel=event)

Every customer goes through :func:`meinbuero.services.customers.save_customer`, so a row is
checked by exactly the rules of the details window; a row they refuse is reported with its line,
column, value and message, and the rest is imported. All rows are written in the caller's
transaction: cancelled or failed means nothing was imported.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from enum import StrEnum
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.salutation import FormOfAddress
from meinbuero.domain.values import (
    format_decimal_de,
    parse_date_de,
    parse_decimal_de,
    parse_yes_no,
)
from meinbuero.i18n import tr
from meinbuero.services import custom_fields, customers, documents, faults, settings
from meinbuero.services.customers import CheckedCustomer, ContactPersonInput, CustomerInput
from meinbuero.services.errors import InvalidInput
from meinbuero.services.importing.layouts import (
    IGNORE,
    LABELLED,
    VCARD_LABELLED,
    Layout,
    Proposal,
    detect_layout,
    layout_targets,
    layouts,
    proposals,
    propose,
)
from meinbuero.services.importing.readers import (
    ImportFailed,
    Photo,
    SourceTable,
    collector_paused,
)
from meinbuero.services.importing.values import (
    birthday_from_parts,
    birthday_text,
    clean_text,
    country_code,
    date_text,
    form_of_address_text,
    group_names,
    guess_field_type,
    has_controls,
    is_empty_date,
    is_title,
    kind_text,
    misread,
    own_letter_salutation,
    phone_and_extension,
    repaired,
    salutation_and_title,
    single_line,
    split_street,
)
from meinbuero.store.models import (
    ContactPerson,
    Customer,
    CustomerKind,
    CustomFieldDefinition,
    FieldType,
    Setting,
    display_name_of,
)

MAPPING_KEY = "import_mapping/"
PREVIEW_ROWS = 50


class RowStatus(StrEnum):
    NEW = "new"
    UPDATE = "update"
    #: Found by number or e-mail, and the file holds nothing the customer does not have.
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"
    REFUSED = "refused"


class Decision(StrEnum):
    """What to do with a likely duplicate."""

    SKIP = "skip"
    UPDATE = "update"
    IMPORT = "import"


class ImportCancelled(Exception):
    """The user cancelled; the caller's transaction must be rolled back (nothing imported)."""


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a row is not imported: line in the file, column, value and the German message."""

    line: int
    column: str
    value: str
    message: str

    def text(self) -> str:
        where = tr("Row {line}", line=self.line)
        if self.column:
            where += f", {self.column}"
        if self.value:
            where += f" „{self.value}“"
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class Omission:
    """A value that cannot be read: the row is taken without it (or refused, as chosen)."""

    line: int
    field: str  # the user's name of the field ("Geburtstag")
    column: str
    value: str
    message: str

    def text(self) -> str:
        where = tr("Row {line}", line=self.line)
        if self.column and self.column != self.field:
            where += f", {self.column}"
        return tr(
            "{where}: taken without {field} „{value}“ ({message})",
            where=where,
            field=self.field,
            value=self.value,
            message=self.message.rstrip("."),
        )


@dataclass(frozen=True, slots=True)
class Repair:
    """A value read with the wrong code page, and the same value as it was meant."""

    row_index: int
    line: int
    column: int
    header: str
    before: str
    after: str


@dataclass(frozen=True, slots=True)
class Unplaced:
    """A column no field takes: listed, and offered as a new custom field of this type."""

    column: int
    header: str
    examples: tuple[str, ...]
    field_type: FieldType
    choices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class NewField:
    """A custom field the import defines (in a free slot) for a column of the file."""

    column: int
    slot: int
    label: str
    field_type: FieldType
    choices: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Match:
    """The existing customer (or an earlier row of the same file) a row is the same as."""

    label: str
    reason: str
    customer_id: int | None = None
    row_index: int | None = None


@dataclass(slots=True)
class PreparedRow:
    """One row as it will be stored.

    Small, as a 100 000-row preview must fit in memory: the row of the file and the targets
    are shared with the table, the values are collected from them when asked for, and the
    checked customer is a tuple.
    """

    index: int
    line: int
    source: list[str]  # the row of the file (cleaned and repaired: a copy)
    targets: list[str]  # the field of each column (one list for every row)
    headers: list[str]  # the headers of the file (one list for every row)
    contact: ContactPersonInput | None = None
    custom: dict[int, str] | None = None  # slot -> value of the custom fields given
    photo: Photo | None = None
    #: Further contact persons (the cards of contact persons in our own vCard export).
    contacts: tuple[ContactPersonInput, ...] = ()
    status: RowStatus = RowStatus.NEW
    match: Match | None = None
    refusals: tuple[Refusal, ...] = ()
    #: Values that cannot be read, left out (the row is taken without them).
    omitted: tuple[Omission, ...] = ()
    #: CustomerInput fields left out for that reason.
    dropped: frozenset[str] = frozenset()
    warnings: tuple[str, ...] = ()
    #: The customer as checked (None for a refused row): what a new customer is written from.
    checked: CheckedCustomer | None = None

    @property
    def values(self) -> dict[str, str]:
        """Target -> value, as collected from the row."""
        return _collect(self.source, self.targets, self.headers)

    @property
    def customer(self) -> CustomerInput:
        return _customer_input(self.values, dropped=self.dropped)[0]

    @property
    def given(self) -> set[str]:
        """CustomerInput fields the file filled (an update changes only these)."""
        return _customer_input(self.values, dropped=self.dropped)[1]

    @property
    def name(self) -> str:
        c = self.customer
        return display_name_of(c.kind, c.company_name, c.first_name, c.last_name)


@dataclass
class Preview:
    """What an import will do, before anything is written."""

    table: SourceTable
    targets: list[str]
    layout: Layout | None
    rows: list[PreparedRow]
    warnings: list[str] = field(default_factory=list)
    new_groups: list[str] = field(default_factory=list)
    #: Values read with the wrong code page (repaired when ``repair`` was asked for).
    repairs: list[Repair] = field(default_factory=list)
    repair: bool = True
    #: Columns no field takes, and the custom fields the import defines for some of them.
    unplaced: list[Unplaced] = field(default_factory=list)
    new_fields: list[NewField] = field(default_factory=list)
    refuse_unreadable: bool = False

    def count(self, status: RowStatus) -> int:
        return sum(1 for row in self.rows if row.status == status)

    @property
    def refusals(self) -> list[Refusal]:
        return [r for row in self.rows for r in row.refusals]

    @property
    def omissions(self) -> list[Omission]:
        return [o for row in self.rows for o in row.omitted]

    def rows_with_omissions(self) -> int:
        return sum(1 for row in self.rows if row.omitted and row.status != RowStatus.REFUSED)

    def counts(self) -> dict[str, int]:
        """The rows in all, by what happens to them, and those taken without a value."""
        return {
            "rows": len(self.rows),
            "new": self.count(RowStatus.NEW),
            "updates": self.count(RowStatus.UPDATE),
            "unchanged": self.count(RowStatus.UNCHANGED),
            "duplicates": self.count(RowStatus.DUPLICATE),
            "refused": self.count(RowStatus.REFUSED),
            "omitted": self.rows_with_omissions(),
        }

    def counts_text(self) -> str:
        counts = self.counts()
        text = tr(
            "{rows} rows: {new} new customers, {updates} updates, {unchanged} unchanged, "
            "{duplicates} likely duplicates, {refused} refused.",
            **counts,
        )
        if counts["omitted"]:
            text += " " + tr(
                "{omitted} rows are taken without a value that cannot be read.", **counts
            )
        return text


@dataclass
class ImportReport:
    source: str
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    refused: list[Refusal] = field(default_factory=list)
    omitted: list[Omission] = field(default_factory=list)
    new_fields: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    customer_ids: list[int] = field(default_factory=list)
    photos: int = 0

    @property
    def refused_rows(self) -> int:
        """Rows refused (a row may be refused for several reasons)."""
        return len({refusal.line for refusal in self.refused})

    def text(self) -> str:
        lines = [
            tr("Import of {source}", source=self.source),
            datetime.now().strftime("%d.%m.%Y %H:%M"),
            "",
            tr("Imported: {count}", count=self.imported),
            tr("Updated: {count}", count=self.updated),
            tr("Unchanged: {count}", count=self.unchanged),
            tr("Skipped: {count}", count=self.skipped),
            tr("Refused: {count}", count=self.refused_rows),
        ]
        if self.refused:
            lines += ["", tr("Refused rows:")] + [f"  {r.text()}" for r in self.refused]
        if self.omitted:
            lines += ["", tr("Taken without values that cannot be read:")]
            lines += [f"  {o.text()}" for o in self.omitted]
        if self.new_fields:
            lines += ["", tr("New custom fields: {names}", names=", ".join(self.new_fields))]
        if self.warnings:
            lines += ["", tr("Notes:")] + [f"  {w}" for w in self.warnings]
        return "\n".join(lines) + "\n"


def report_folder(company_file: Path) -> Path:
    """Where import reports are kept: a folder beside the company file."""
    return company_file.parent / "Importberichte"


def save_report(report: ImportReport, folder: Path) -> Path:
    """Write the report as a text file into ``folder``; returns its path."""
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y-%m-%d %H-%M-%S")
    path = folder / f"Importbericht {stamp}.txt"
    path.write_text(report.text(), encoding="utf-8")
    return path


# --- targets and mappings -----------------------------------------------------------------

_SKIPPED_FIELDS = {"groups", "social_profiles", "is_main"}


def target_labels(session: Session) -> dict[str, str]:
    """Every target a column can go to, with the user's name of it (for the mapping step)."""
    names = customers.labels()
    result = {IGNORE: tr("(ignore)")}
    for f in fields(CustomerInput):
        if f.name not in _SKIPPED_FIELDS:
            result[f"customer.{f.name}"] = names[f.name]
    result["customer.groups"] = names["groups"]
    result["customer.full_name"] = tr("Full name (first and last name)")
    result["customer.birth_year"] = tr("Year of birth")
    result["customer.birth_month"] = tr("Month of birth")
    result["customer.birth_day"] = tr("Day of birth")
    result["customer.position"] = names["position"]
    result["customer.department"] = names["department"]
    result[LABELLED] = tr("Remarks, with the column's name")
    for f in fields(ContactPersonInput):
        if f.name not in _SKIPPED_FIELDS and f.name in names:
            result[f"contact.{f.name}"] = tr("Contact person: {field}", field=names[f.name])
    for definition in custom_fields.defined(session):
        result[f"custom.{definition.slot}"] = tr("Custom field: {label}", label=definition.label)
    return result


def _custom_labels(session: Session) -> dict[str, int]:
    return {d.label: d.slot for d in custom_fields.defined(session)}


def propose_mapping(session: Session, table: SourceTable) -> tuple[Layout | None, list[str]]:
    """The known layout of the file with its targets, or (None, targets proposed by name)."""
    labels = _custom_labels(session)
    if table.file_kind == "vcf":  # our own columns, and one per further property
        layout: Layout | None = next(item for item in layouts() if item.key == "vcard")
    else:
        layout = detect_layout(table.headers, extra_known=set(labels))
    if layout is None:
        return None, propose(table.headers, custom_labels=labels)
    targets = layout_targets(layout, table.headers)
    if table.file_kind == "vcf":
        for i, header in enumerate(table.headers):
            if targets[i] == IGNORE and header.split(" ", 1)[0] in VCARD_LABELLED:
                targets[i] = LABELLED
    for i, header in enumerate(table.headers):
        if header in labels and targets[i] == IGNORE and header not in layout.columns:
            targets[i] = f"custom.{labels[header]}"
    return layout, targets


def header_proposals(session: Session, table: SourceTable) -> list[Proposal]:
    """What each header is like, for the mapping step (see :func:`layouts.proposals`)."""
    return proposals(table.headers, custom_labels=_custom_labels(session))


def saved_mappings(session: Session) -> list[str]:
    keys = session.scalars(select(Setting.key).where(Setting.key.startswith(MAPPING_KEY)))
    return sorted(key[len(MAPPING_KEY) :] for key in keys)


def save_mapping(session: Session, name: str, *, headers: list[str], targets: list[str]) -> None:
    """Keep a mapping (header -> target) under a name, for the next file of the same kind."""
    name = name.strip()
    if not name:
        raise InvalidInput(
            [ValidationError(tr("Mapping"), tr("Please enter a name for the mapping."))]
        )
    if len(MAPPING_KEY + name) > 64:
        raise InvalidInput([ValidationError(tr("Mapping"), tr("The name is too long."))])
    value = json.dumps(
        {h: t for h, t in zip(headers, targets, strict=True) if h}, ensure_ascii=False
    )
    session.merge(Setting(key=MAPPING_KEY + name, value=value))
    session.flush()


def load_mapping(session: Session, name: str, headers: list[str]) -> list[str]:
    """Targets for ``headers`` from a saved mapping; unknown headers are ignored."""
    value = session.get(Setting, MAPPING_KEY + name.strip())
    if value is None:
        raise ImportFailed(tr("There is no saved mapping “{name}”.", name=name))
    mapping = json.loads(value.value)
    return [mapping.get(h, IGNORE) for h in headers]


def mapping_from_file(path: Path, headers: list[str]) -> list[str]:
    """Targets from a JSON file {header: target} (for ``meinbuero import --mapping FILE``)."""
    try:
        mapping = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ImportFailed(tr("The mapping file {name} cannot be read.", name=path.name)) from error
    return [str(mapping.get(h, IGNORE)) for h in headers]


# --- rows ---------------------------------------------------------------------------------

_LIST_FIELDS = {"remark": "\n", "remark_labelled": "\n", "groups": ",", "position": " / "}
_CUSTOMER_FIELDS = frozenset(f.name for f in fields(CustomerInput)) - _SKIPPED_FIELDS
_CONTACT_FIELDS = frozenset(f.name for f in fields(ContactPersonInput)) - _SKIPPED_FIELDS
_DEFAULTS = {f.name: f.default for f in fields(CustomerInput)}
# Fields whose value, when it cannot be read, costs the row (they say who it is).
_NOT_DROPPED = frozenset({"number", "kind", "first_name", "last_name", "company_name"})


def _collect(row: list[str], targets: list[str], headers: list[str]) -> dict[str, str]:
    values: dict[str, str] = {}
    for value, target, header in zip(row, targets, headers, strict=False):
        if target == IGNORE or not value or (value[0] == "0" and is_empty_date(value)):
            continue  # Outlook's "0.0.00" is a date not given
        if target == LABELLED:
            value = f"{header}: {value}" if header else value
        name = target.split(".", 1)[1]
        if target in values:
            joiner = _LIST_FIELDS.get(name) if target.startswith("customer.") else None
            if joiner is not None:
                values[target] += joiner + value
            continue
        values[target] = value
    return values


def _split_full_name(full: str) -> tuple[str, str]:
    parts = full.strip().rsplit(" ", 1)
    return (parts[0], parts[1]) if len(parts) == 2 else ("", parts[0])


def _customer_input(
    values: dict[str, str], *, dropped: frozenset[str] = frozenset()
) -> tuple[CustomerInput, set[str]]:
    """The customer a row makes, and the fields it gives (``dropped``: left out, as they
    cannot be read)."""
    given: dict[str, str] = {t[9:]: v for t, v in values.items() if t.startswith("customer.")}
    for name, value in given.items():
        if name not in _MULTILINE and ("\n" in value or "\t" in value) and name != "street":
            given[name] = single_line(value)
    street = given.get("street", "")
    if "\n" in street or ("," in street and not given.get("postcode")):
        split = split_street(street) if not (given.get("postcode") or given.get("city")) else None
        if split is not None:
            given["street"], given["postcode"], given["city"], country = split
            if country and not given.get("country"):
                given["country"] = country
        else:
            given["street"] = ", ".join(p.strip() for p in street.split("\n") if p.strip())
    data: dict[str, object] = {k: v for k, v in given.items() if k in _CUSTOMER_FIELDS}
    salutation, extra_title = salutation_and_title(given.get("salutation", ""))
    if "salutation" in given:
        data["salutation"] = salutation
        if extra_title and is_title(extra_title) and not given.get("title"):
            data["title"] = extra_title
    full = given.get("full_name", "")
    first = str(data.get("first_name", ""))
    if full and not data.get("last_name"):
        if first:
            # "Eva" and "Eva Neu": the rest is the surname; a display name of its own is no name
            if full.startswith(first) and full[len(first) :].strip():
                data["last_name"] = full[len(first) :].strip()
        elif not data.get("company_name"):
            data["first_name"], data["last_name"] = _split_full_name(full)
    data["kind"] = kind_text(given.get("kind", ""), has_company=bool(data.get("company_name")))
    country = country_code(given.get("country", "")) or "DE"
    data["country"] = country
    postcode = str(data.get("postcode", ""))
    if country == "DE" and postcode.isdigit() and len(postcode) == 4:
        data["postcode"] = "0" + postcode  # Excel dropped the leading zero (Dresden: 01067)
    if "birthday" in given:
        data["birthday"] = birthday_text(given["birthday"])
    elif any(k in given for k in ("birth_day", "birth_month")):
        data["birthday"] = birthday_from_parts(
            year=given.get("birth_year", ""),
            month=given.get("birth_month", ""),
            day=given.get("birth_day", ""),
        )
    if "form_of_address" in given:
        data["form_of_address"] = form_of_address_text(given["form_of_address"])
    if data.get("phone") and not data.get("phone_extension"):
        data["phone"], data["phone_extension"] = phone_and_extension(str(data["phone"]))
    if data.get("letter_salutation_override"):
        data["letter_salutation_override"] = own_letter_salutation(
            str(data["letter_salutation_override"]),
            kind=str(data["kind"]),
            salutation=str(data.get("salutation", "")),
            title=str(data.get("title", "")),
            first_name=str(data.get("first_name", "")),
            last_name=str(data.get("last_name", "")),
            form_of_address=str(data.get("form_of_address", FormOfAddress.FORMAL)),
        )
    remark = [str(data.get("remark", "")), given.get("remark_labelled", "")]
    if data["kind"] == CustomerKind.PERSON or not _has_person(data):
        # a private person's job (a company's contact person keeps it as a field)
        names = customers.labels()
        for part in ("position", "department"):
            if given.get(part):
                remark.append(f"{names[part]}: {given[part]}")
    data["remark"] = "\n".join(p for p in remark if p)
    for name in dropped:
        data[name] = _DEFAULTS[name]
    customer = CustomerInput(**data, groups=group_names(given.get("groups", "")))  # type: ignore[arg-type]
    return customer, {name for name in data if data[name] != "" and name not in dropped} | (
        {"groups"} if customer.groups else set()
    )


_MULTILINE = frozenset({"remark", "remark_labelled"})


def _has_person(data: dict[str, object]) -> bool:
    return bool(str(data.get("first_name", "")).strip() or str(data.get("last_name", "")).strip())


def _person_at_company(
    values: dict[str, str], customer: CustomerInput
) -> ContactPersonInput | None:
    """A person at a company with a position or department (vCard ORG + N + TITLE, Outlook's
    "Position"): the company's contact person, with them."""
    position = values.get("customer.position", "")
    department = values.get("customer.department", "")
    if customer.kind != CustomerKind.COMPANY or not (position or department):
        return None
    if not (customer.first_name or customer.last_name):
        return None
    return ContactPersonInput(
        is_main=True,
        salutation=customer.salutation,
        title=customer.title,
        first_name=customer.first_name,
        last_name=customer.last_name,
        position=single_line(position),
        department=single_line(department),
    )


def _contact_input(values: dict[str, str]) -> ContactPersonInput | None:
    given = {t.split(".", 1)[1]: v for t, v in values.items() if t.startswith("contact.")}
    if not given:
        return None
    return _contact_of(given)


def _contact_of(given: dict[str, str]) -> ContactPersonInput:
    """A contact person from the texts of its fields (ContactPersonInput names)."""
    data: dict[str, object] = {k: v for k, v in given.items() if k in _CONTACT_FIELDS}
    if "salutation" in given:
        data["salutation"], extra = salutation_and_title(given["salutation"])
        if extra and is_title(extra) and not given.get("title"):
            data["title"] = extra
    if "birthday" in given:
        data["birthday"] = birthday_text(given["birthday"])
    if "form_of_address" in given:
        data["form_of_address"] = form_of_address_text(given["form_of_address"])
    if data.get("phone") and not data.get("phone_extension"):
        data["phone"], data["phone_extension"] = phone_and_extension(str(data["phone"]))
    return ContactPersonInput(**data)  # type: ignore[arg-type]


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def _name_key(kind: str, company: str, first: str, last: str) -> str:
    if kind == CustomerKind.COMPANY and company:
        return _fold(company)
    return _fold(f"{last}|{first}")


class _Index:
    """Who is already there, by number, e-mail, name + postcode and phone: the customers of
    the database (one query) and the rows of the file before (as they are added).

    An owner is a customer id (> 0) or -(row index + 1); the :class:`Match` is made only for a
    row that finds one.
    """

    def __init__(self, session: Session, line_numbers: list[int]) -> None:
        self.keys: dict[str, dict[Any, int]] = {k: {} for k in ("number", "email", "name", "phone")}
        self.reasons = {
            "number": tr("same customer number"),
            "email": tr("same e-mail address"),
            "name": tr("same name and postcode"),
            "phone": tr("same phone number"),
        }
        self.line_numbers = line_numbers
        self.customer_labels: dict[int, str] = {}
        query = select(
            Customer.id,
            Customer.number,
            Customer.kind,
            Customer.company_name,
            Customer.first_name,
            Customer.last_name,
            Customer.postcode,
            Customer.city,
            Customer.email,
            Customer.phone_e164,
            Customer.mobile_e164,
        )
        for row in session.execute(query):
            name = display_name_of(row.kind, row.company_name, row.first_name, row.last_name)
            self.customer_labels[row.id] = f"{row.number} · {name}" + (
                f", {row.postcode} {row.city}".rstrip() if row.postcode or row.city else ""
            )
            self.add(
                row.id,
                number=row.number,
                email=row.email,
                name=_name_key(row.kind, row.company_name, row.first_name, row.last_name),
                postcode=row.postcode,
                phones=(row.phone_e164, row.mobile_e164),
            )

    def add(
        self,
        owner: int,
        *,
        number: str,
        email: str,
        name: str,
        postcode: str,
        phones: tuple[str | None, ...],
    ) -> None:
        if number:
            self.keys["number"].setdefault(number.upper(), owner)
        if email:
            self.keys["email"].setdefault(email.casefold(), owner)
        if name.strip("|"):
            self.keys["name"].setdefault((name, postcode), owner)
        for phone in phones:
            if phone:
                self.keys["phone"].setdefault(phone, owner)

    def find(self, kind: str, key: Any) -> Match | None:
        owner = self.keys[kind].get(key)
        if owner is None:
            return None
        if owner > 0:
            return Match(self.customer_labels[owner], self.reasons[kind], customer_id=owner)
        index = -owner - 1
        label = tr("row {line} of this file", line=self.line_numbers[index])
        return Match(label, self.reasons[kind], row_index=index)


def _custom_check(
    definitions: dict[int, CustomFieldDefinition], typed: dict[int, str]
) -> tuple[dict[int, str], list[tuple[int, str]]]:
    """Custom values brought into German form, and (slot, message) of the refused ones."""
    result: dict[int, str] = {}
    errors: list[tuple[int, str]] = []
    for slot, text in typed.items():
        definition = definitions.get(slot)
        if definition is None:
            continue
        try:
            match definition.field_type:
                case FieldType.DATE:
                    text = date_text(text)
                    parse_date_de(text, field=definition.label)
                case FieldType.NUMBER:  # as the details window shows it: "11.963"
                    number = parse_decimal_de(text, field=definition.label)
                    text = "" if number is None else format_decimal_de(number)
                case FieldType.BOOL:
                    yes = parse_yes_no(text, field=definition.label)
                    text = tr("yes") if yes else tr("no")
                case FieldType.CHOICE if text not in definition.choice_list:
                    raise ValidationError(
                        definition.label, tr("“{value}” is not one of the choices.", value=text)
                    )
        except ValidationError as error:
            errors.append((slot, error.message))
        result[slot] = text
    return result, errors


def find_repairs(table: SourceTable) -> list[Repair]:
    """The values of the table read with the wrong code page, with what they meant.

    The weaker signs (:func:`values.misread`) count only in a table that shows sure ones.
    """
    read_as = table.encoding if table.encoding in ("cp850", "cp437") else "cp1252"
    result: list[Repair] = []
    for sure in (True, False):
        for i, row in enumerate(table.rows):
            if not misread("".join(row), read_as=read_as, sure=sure):
                continue
            for column, value in enumerate(row):
                if sure or not misread(value, read_as=read_as):  # not repaired already
                    after = repaired(value, read_as=read_as, sure=sure)
                    if after is not None:
                        line = table.line_numbers[i]
                        result.append(Repair(i, line, column, table.headers[column], value, after))
        if not result:
            break
    result.sort(key=lambda fix: (fix.row_index, fix.column))
    return result


def find_unplaced(table: SourceTable, targets: list[str]) -> list[Unplaced]:
    """The columns with values that no field takes, with the custom field type they fit."""
    result = []
    for column, (header, target) in enumerate(zip(table.headers, targets, strict=True)):
        if target != IGNORE:
            continue
        values = [row[column] for row in table.rows if row[column]]
        if not values:
            continue
        field_type, choices = guess_field_type(values)
        examples = tuple(dict.fromkeys(v.replace("\n", " ⏎ ")[:40] for v in values))[:3]
        name = header or tr("Column {number}", number=column + 1)
        result.append(Unplaced(column, name, examples, field_type, tuple(choices)))
    return result


def _plan_new_fields(
    session: Session, unplaced: list[Unplaced], columns: Sequence[int], warnings: list[str]
) -> list[NewField]:
    """Free slots for the columns that become new custom fields (at most the free ones)."""
    free = [d.slot for d in custom_fields.definitions(session) if not d.is_defined]
    wanted = [u for u in unplaced if u.column in set(columns)]
    if len(wanted) > len(free):
        warnings.append(
            tr(
                "Only {free} custom fields are free: {names} cannot become custom fields.",
                free=len(free),
                names=", ".join(u.header for u in wanted[len(free) :]),
            )
        )
    return [
        NewField(u.column, slot, u.header[:60], u.field_type, u.choices)
        for u, slot in zip(wanted, free, strict=False)
    ]


def _unchanged(session: Session, rows: list[PreparedRow]) -> None:
    """Rows that update a customer with nothing new become UNCHANGED (read 500 at a time)."""
    updating = [r for r in rows if r.status == RowStatus.UPDATE and r.match is not None]
    for start in range(0, len(updating), 500):
        chunk = updating[start : start + 500]
        ids = [r.match.customer_id for r in chunk if r.match and r.match.customer_id]
        forms = customers.customer_inputs(session, ids)
        persons: dict[int, set[tuple[str, str]]] = {}
        for customer_id, first, last in session.execute(
            select(
                ContactPerson.customer_id, ContactPerson.first_name, ContactPerson.last_name
            ).where(ContactPerson.customer_id.in_(ids))
        ):
            persons.setdefault(customer_id, set()).add((first, last))
        for row in chunk:
            assert row.match is not None and row.match.customer_id is not None
            existing = forms.get(row.match.customer_id)
            if existing is None or _merged(existing, row) != existing:
                continue
            contacts = [*([row.contact] if row.contact else []), *row.contacts]
            known = persons.get(row.match.customer_id, set())
            if any((c.first_name.strip(), c.last_name.strip()) not in known for c in contacts):
                continue
            if row.photo is not None:
                continue
            if row.custom:
                stored = custom_fields.values(session, row.match.customer_id)
                if any(stored.get(slot, "") != v for slot, v in row.custom.items() if v):
                    continue
            row.status = RowStatus.UNCHANGED


@collector_paused()  # 100 000 rows become some million objects, none in a cycle
def prepare(
    session: Session,
    table: SourceTable,
    targets: list[str],
    *,
    layout: Layout | None = None,
    progress: Callable[[int, int], None] | None = None,
    repair: bool = True,
    refuse_unreadable: bool = False,
    new_fields: Sequence[int] = (),
) -> Preview:
    """Every row as it will be stored, its status and the reasons for refusing it.

    Reads the database (to find duplicates) but writes nothing. ``progress`` is called with
    (rows done, rows in all) now and then.

    Args:
        repair: Take the values read with the wrong code page as they were meant
            (:attr:`Preview.repairs` lists them either way).
        refuse_unreadable: Refuse a row with a value that cannot be read (an impossible
            birthday, a malformed e-mail address); by default it is taken without the value.
        new_fields: Columns no field takes that become new custom fields (their type guessed
            from their values), defined when the import runs.
    """
    if len(targets) != len(table.headers):
        raise ValueError("one target per column")
    warnings = list(table.warnings)
    unplaced = find_unplaced(table, targets)
    planned = _plan_new_fields(session, unplaced, new_fields, warnings)
    targets = list(targets)
    for new in planned:
        targets[new.column] = f"custom.{new.slot}"
    if not any(t != IGNORE for t in targets):
        raise ImportFailed(tr("No column is assigned to a field: there is nothing to import."))
    region = settings.phone_region(session)
    names = customers.labels()
    label_to_target = {label: f"customer.{name}" for name, label in names.items()}
    column_of: dict[str, int] = {}
    for i, target in enumerate(targets):
        column_of.setdefault(target, i)
    for part in ("day", "month", "year"):  # Thunderbird's birthday columns stand for "birthday"
        if f"customer.birth_{part}" in column_of:
            column_of.setdefault("customer.birthday", column_of[f"customer.birth_{part}"])
    if "customer.full_name" in column_of:
        column_of.setdefault("customer.last_name", column_of["customer.full_name"])
    known_groups = {g.name for g in settings.groups(session)}
    definitions: dict[int, CustomFieldDefinition] = {
        d.slot: d for d in custom_fields.defined(session)
    }
    for new in planned:  # not written before the import runs
        definitions[new.slot] = CustomFieldDefinition(
            slot=new.slot,
            label=new.label,
            field_type=new.field_type,
            choices="\n".join(new.choices),
        )
    new_groups: dict[str, None] = {}
    targets_kinds = {t.split(".", 1)[0] + "." for t in targets}
    index = _Index(session, table.line_numbers)
    repairs = find_repairs(table)
    repaired_rows: dict[int, list[str]] = {}
    if repair:
        for fix in repairs:
            repaired_rows.setdefault(fix.row_index, list(table.rows[fix.row_index]))
            repaired_rows[fix.row_index][fix.column] = fix.after
    preview = Preview(
        table,
        targets,
        layout,
        [],
        warnings=warnings,
        repairs=repairs,
        repair=repair,
        unplaced=[u for u in unplaced if u.column not in {n.column for n in planned}],
        new_fields=planned,
        refuse_unreadable=refuse_unreadable,
    )
    headers = table.headers
    position_given = "customer.position" in targets or "customer.department" in targets

    def refusal(row: list[str], line: int, target: str | None, message: str) -> Refusal:
        column = column_of.get(target or "")
        if column is None:
            return Refusal(line, "", "", message)
        return Refusal(line, headers[column], row[column], message)

    total = len(table.rows)
    for i, row in enumerate(table.rows):
        if progress is not None and i % 250 == 0:
            progress(i, total)
        line = table.line_numbers[i]
        row = repaired_rows.get(i, row)
        if has_controls("".join(row)):
            row = [clean_text(v) for v in row]
        values = _collect(row, targets, headers)
        customer, _ = _customer_input(values)
        contact = _contact_input(values) if "contact." in targets_kinds else None
        if contact is None and position_given:
            contact = _person_at_company(values, customer)
        custom: dict[int, str] = {}
        custom_errors: list[tuple[int, str]] = []
        if "custom." in targets_kinds:
            custom_typed = {
                int(t.split(".", 1)[1]): v for t, v in values.items() if t.startswith("custom.")
            }
            custom, custom_errors = _custom_check(definitions, custom_typed)
        prepared = PreparedRow(
            index=i,
            line=line,
            source=row,
            targets=targets,
            headers=headers,
            contact=contact,
            photo=table.photos.get(i),
            contacts=tuple(_contact_of(given) for given in table.contact_persons.get(i, ())),
        )
        preview.rows.append(prepared)
        refusals: list[Refusal] = []
        omitted: list[Omission] = []
        for slot, message in custom_errors:
            unreadable = refusal(row, line, f"custom.{slot}", message)
            if refuse_unreadable:
                refusals.append(unreadable)
            else:
                label = definitions[slot].label
                omitted.append(Omission(line, label, unreadable.column, custom[slot], message))
                custom.pop(slot)
        prepared.custom = custom or None
        dropped: set[str] = set()
        while True:
            try:
                checked = customers.check_new_customer(customer, region=region)
            except InvalidInput as invalid:
                unreadable_fields = {
                    label_to_target.get(error.field, "")[9:] for error in invalid.errors
                }
                if (
                    refuse_unreadable
                    or unreadable_fields & _NOT_DROPPED
                    or not unreadable_fields <= _CUSTOMER_FIELDS
                    or unreadable_fields <= dropped
                ):
                    for error in invalid.errors:
                        field_target = label_to_target.get(error.field)
                        refusals.append(refusal(row, line, field_target, error.message))
                    break
                for error in invalid.errors:
                    name = label_to_target[error.field][9:]
                    where = refusal(row, line, f"customer.{name}", error.message)
                    value = where.value or str(getattr(customer, name))
                    omitted.append(Omission(line, error.field, where.column, value, error.message))
                dropped |= unreadable_fields
                prepared.dropped = frozenset(dropped)
                customer = prepared.customer
            else:
                prepared.checked = checked
                prepared.warnings = checked.warnings
                break
        if len(omitted) > 1:  # in the order of the columns
            omitted.sort(key=lambda o: headers.index(o.column) if o.column in headers else 0)
        prepared.omitted = tuple(omitted)
        if contact is not None and not (contact.first_name.strip() or contact.last_name.strip()):
            refusals.append(
                refusal(row, line, "contact.last_name", tr("Please enter the name of the person."))
            )
        if refusals:
            prepared.refusals = tuple(refusals)
            prepared.status = RowStatus.REFUSED
            prepared.checked = None
            continue
        assert prepared.checked is not None
        checked = prepared.checked
        for group in checked.groups:
            if group not in known_groups:
                new_groups.setdefault(group)
        number = checked.number
        email = checked.value("email")
        name = _name_key(
            customer.kind, customer.company_name, customer.first_name, customer.last_name
        )
        postcode = checked.value("postcode")
        phones = (checked.value("phone_e164"), checked.value("mobile_e164"))
        found: Match | None = None
        if number:
            found = index.find("number", number.upper())
        if found is None and email:
            found = index.find("email", email.casefold())
        if found is not None and found.customer_id is not None:
            prepared.status, prepared.match = RowStatus.UPDATE, found
        else:
            found = found or index.find("name", (name, postcode))
            for phone in phones:
                if found is None and phone:
                    found = index.find("phone", phone)
            if found is not None:
                prepared.status, prepared.match = RowStatus.DUPLICATE, found
        if prepared.status == RowStatus.NEW:
            index.add(
                -(i + 1), number=number, email=email, name=name, postcode=postcode, phones=phones
            )
    _unchanged(session, preview.rows)
    preview.new_groups = list(new_groups)
    if preview.new_groups:
        preview.warnings.append(
            tr(
                "These customer groups do not exist yet and will be created: {names}",
                names=", ".join(preview.new_groups),
            )
        )
    return preview


# --- writing ------------------------------------------------------------------------------


def file_photo(session: Session, customer_id: int, photo: Photo) -> bool:
    """File a vCard photo as a document of the customer (category Sonstiges).

    Returns whether it was filed.
    """
    documents.add_document_bytes(
        session,
        customer_id=customer_id,
        content=photo.content,
        file_name=photo.file_name,
        category="Sonstiges",
        title=tr("Photo from vCard"),
    )
    return True


def _merged(existing: CustomerInput, row: PreparedRow) -> CustomerInput:
    """The existing customer with the fields the file filled (the number stays)."""
    customer, given = row.customer, row.given
    changes = {name: getattr(customer, name) for name in given if name not in ("number", "groups")}
    if str(changes.get("email", "")).casefold() == existing.email.casefold():
        changes.pop("email", None)  # the same address in other capitals: keep as stored
    groups = list(dict.fromkeys(existing.groups + customer.groups))
    return replace(existing, **changes, groups=groups)


def _write_row(
    session: Session,
    row: PreparedRow,
    customer_id: int | None,
    existing: CustomerInput | None = None,
) -> tuple[int, bool]:
    """Write the row as a new customer, or into customer ``customer_id`` (``existing``: what
    the form shows for it, when known). An update that changes nothing writes nothing.

    Returns the customer's id and whether anything was written."""
    changed = customer_id is None
    if customer_id is None:
        customer_id = customers.save_customer(session, row.customer).id
    else:
        if existing is None:
            existing = CustomerInput.of(customers.get_customer(session, customer_id))
        merged = _merged(existing, row)
        if merged != existing:
            customers.save_customer(session, merged, customer_id=customer_id)
            changed = True
    if row.custom:
        typed = {s: v for s, v in row.custom.items() if v}
        if not changed:
            stored = custom_fields.values(session, customer_id)
            changed = any(stored.get(slot, "") != value for slot, value in typed.items())
        custom_fields.set_values(session, customer_id=customer_id, typed=typed)
    contacts = [*([row.contact] if row.contact is not None else []), *row.contacts]
    if contacts:
        known = {
            (p.first_name, p.last_name)
            for p in customers.get_customer(session, customer_id).contact_persons
        }
        for contact in contacts:
            name = (contact.first_name.strip(), contact.last_name.strip())
            if name not in known:
                customers.save_contact_person(session, contact, customer_id=customer_id)
                known.add(name)
                changed = True
    return customer_id, changed


#: New customers written together by the import.
BATCH = 2000


@collector_paused()
def run_import(
    session: Session,
    preview: Preview,
    *,
    on_duplicate: Decision = Decision.SKIP,
    decisions: dict[int, Decision] | None = None,
    cancel: threading.Event | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ImportReport:
    """Write the previewed rows in the caller's transaction.

    Args:
        on_duplicate: What to do with likely duplicates no decision names.
        decisions: Per row index, what to do with that likely duplicate.
        cancel: Set to stop; raises :class:`ImportCancelled` (roll the transaction back).
        progress: Called with (rows done, rows in all) now and then.

    A row the customer service refuses is reported and the import goes on without it.
    """
    faults.lock_for_writing(session)
    faults.check_pages(session)
    decisions = decisions or {}
    report = ImportReport(source=preview.table.path.name, warnings=list(preview.warnings))
    for name in preview.new_groups:
        settings.add_group(session, name)
    for new in preview.new_fields:
        custom_fields.save_definition(
            session,
            slot=new.slot,
            label=new.label,
            field_type=new.field_type,
            choices=list(new.choices),
        )
        report.new_fields.append(new.label)
    created: dict[int, int] = {}
    # New customers with nothing else to write go in together (one flush per batch).
    pending: list[PreparedRow] = []

    def took(row: PreparedRow, customer_id: int, *, updated: bool, changed: bool = True) -> None:
        created[row.index] = customer_id
        report.customer_ids.append(customer_id)
        report.omitted.extend(row.omitted)
        if not changed:
            report.unchanged += 1
        elif updated:
            report.updated += 1
        else:
            report.imported += 1

    # The customers that rows update, as the form shows them: read 500 at a time ahead of the
    # rows (one by one they cost three times the update itself); one written is read again.
    forms: dict[int, CustomerInput] = {}

    def form_of(row: PreparedRow, target: int | None, position: int) -> CustomerInput | None:
        if target is None or row.match is None or row.match.customer_id != target:
            return None  # a new customer, or one this import made: read when written
        if target not in forms:
            ahead = (
                r.match.customer_id
                for r in islice(preview.rows, position, None)
                if r.match is not None and r.match.customer_id is not None
            )
            forms.clear()
            forms.update(customers.customer_inputs(session, list(islice(ahead, 500))))
        return forms.pop(target, None)

    def write_one(row: PreparedRow, target: int | None, position: int = 0) -> None:
        existing = form_of(row, target, position)
        try:
            if row.custom or row.contact is not None or row.contacts or row.photo is not None:
                # several writes: a refusal in a later one must take back the earlier ones
                with session.begin_nested():
                    customer_id, changed = _write_row(session, row, target, existing)
                    if row.photo is not None and file_photo(session, customer_id, row.photo):
                        report.photos += 1
                        changed = True
            else:
                # one save, which checks everything before it writes anything
                customer_id, changed = _write_row(session, row, target, existing)
        except InvalidInput as invalid:
            report.refused.extend(
                Refusal(row.line, error.field, "", error.message) for error in invalid.errors
            )
            return
        took(row, customer_id, updated=target is not None, changed=changed)

    def write_pending() -> None:
        rows = list(pending)
        pending.clear()
        if not rows:
            return
        try:
            saved = customers.add_checked_customers(
                session, [row.checked for row in rows if row.checked is not None]
            )
        except InvalidInput:
            # one of them is refused after all (the same number twice in the file): one by one
            for row in rows:
                write_one(row, None)
            return
        for row, one in zip(rows, saved, strict=True):
            took(row, one.id, updated=False)

    total = len(preview.rows)
    for done, row in enumerate(preview.rows):
        if cancel is not None and cancel.is_set():
            raise ImportCancelled
        if progress is not None and done % 100 == 0:
            progress(done, total)
        if row.status == RowStatus.REFUSED:
            report.refused.extend(row.refusals)
            continue
        if row.status == RowStatus.UNCHANGED:
            assert row.match is not None and row.match.customer_id is not None
            took(row, row.match.customer_id, updated=True, changed=False)
            continue
        target: int | None = None
        if row.status in (RowStatus.UPDATE, RowStatus.DUPLICATE):
            decision = (
                Decision.UPDATE
                if row.status == RowStatus.UPDATE
                else decisions.get(row.index, on_duplicate)
            )
            decision = decisions.get(row.index, decision)
            if decision == Decision.SKIP:
                report.skipped += 1
                continue
            if decision == Decision.UPDATE and row.match is not None:
                if row.match.customer_id is not None:
                    target = row.match.customer_id
                elif row.match.row_index is not None:
                    write_pending()  # the row it updates may be waiting
                    target = created.get(row.match.row_index)
        simple = not (row.custom or row.contact is not None or row.contacts or row.photo)
        if target is None and simple and row.checked is not None:
            pending.append(row)
            if len(pending) >= BATCH:
                write_pending()
            continue
        write_pending()
        write_one(row, target, done)
    write_pending()
    if progress is not None:
        progress(total, total)
    return report
