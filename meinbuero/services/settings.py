"""Meine Firma, number ranges, customer groups and the user's display name."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from meinbuero.domain.bank import check_bic, check_iban
from meinbuero.domain.email import normalize_email
from meinbuero.domain.errors import ValidationError
from meinbuero.domain.numbering import format_number, validate_range
from meinbuero.domain.phone import parse_phone, phone_warning
from meinbuero.domain.taxid import normalize_tax_number, normalize_vat_id
from meinbuero.i18n import tr
from meinbuero.services.errors import InvalidInput, NotFound, Refused
from meinbuero.store.models import Company, CustomerGroup, CustomerGroupLink, NumberRange, Setting

DISPLAY_NAME = "user_display_name"


def company(session: Session) -> Company:
    """Meine Firma; a new company file gets its (empty) row on first use."""
    row = session.get(Company, 1)
    if row is None:
        row = Company(id=1)
        session.add(row)
        session.flush()
    return row


def phone_region(session: Session) -> str:
    """The region for phone numbers typed without a country code (from Meine Firma)."""
    region = session.scalar(select(Company.phone_region).where(Company.id == 1))
    return region or "DE"


@dataclass
class CompanyInput:
    """Meine Firma as typed in the settings."""

    name: str = ""
    name_addition: str = ""
    owner: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "DE"
    phone: str = ""
    fax: str = ""
    email: str = ""
    website: str = ""
    vat_id: str = ""
    tax_number: str = ""
    tax_office: str = ""
    register_court: str = ""
    register_number: str = ""
    managing_director: str = ""
    iban: str = ""
    bic: str = ""
    bank_name: str = ""
    kleinunternehmer: bool = False

    @classmethod
    def of(cls, row: Company) -> CompanyInput:
        return cls(**{f.name: getattr(row, f.name) for f in fields(cls)})


def save_company(session: Session, data: CompanyInput) -> list[str]:
    """Check and store Meine Firma; returns warnings (e.g. a phone number without area code)."""
    row = company(session)
    values = {f.name: getattr(data, f.name) for f in fields(CompanyInput)}
    for name, value in values.items():
        if isinstance(value, str):
            values[name] = value.strip()
    errors: list[ValidationError] = []
    warnings: list[str] = []

    def check(name: str, rule: object) -> None:
        try:
            values[name] = rule(values[name])  # type: ignore[operator]
        except ValidationError as error:
            errors.append(error)

    if not values["name"]:
        errors.append(ValidationError(tr("Company name"), tr("Please enter your company's name.")))
    check("email", lambda v: normalize_email(v, field=tr("E-mail")))
    check("vat_id", lambda v: normalize_vat_id(v, field=tr("VAT ID")))
    check("tax_number", lambda v: normalize_tax_number(v, field=tr("Tax number")))
    check("bic", lambda v: check_bic(v, field=tr("BIC")))
    try:
        account = check_iban(values["iban"], field=tr("IBAN"))
        values["iban"] = account.iban
        values["bic"] = values["bic"] or account.bic
        values["bank_name"] = values["bank_name"] or account.bank_name
    except ValidationError as error:
        errors.append(error)
    for name, label in (("phone", tr("Phone")), ("fax", tr("Fax"))):
        warning = phone_warning(parse_phone(values[name], region=row.phone_region), field=label)
        if warning:
            warnings.append(warning)
    if errors:
        raise InvalidInput(errors)
    for name, value in values.items():
        setattr(row, name, value)
    session.flush()
    return warnings


def display_name(session: Session) -> str:
    """The user's name as notes and history show it (the login name until one is set)."""
    value = session.scalar(select(Setting.value).where(Setting.key == DISPLAY_NAME))
    return value or getpass.getuser()


def set_display_name(session: Session, name: str) -> None:
    name = name.strip()
    if not name:
        raise InvalidInput([ValidationError(tr("Your name"), tr("Please enter a name."))])
    session.merge(Setting(key=DISPLAY_NAME, value=name))
    session.flush()


def number_range(session: Session, key: str) -> NumberRange:
    row = session.get(NumberRange, key)
    if row is None:
        raise NotFound(key)
    return row


def save_number_range(
    session: Session,
    *,
    key: str,
    prefix: str,
    next_number: int,
    width: int,
    with_year: bool | None = None,
    yearly_reset: bool | None = None,
) -> None:
    """Change a number range; the next number may only move forward (numbers are not reused).

    ``with_year`` and ``yearly_reset`` (None: unchanged) put the year into the numbers and start
    the counter again each year; starting again needs the year in the number, else numbers
    would repeat.
    """
    row = number_range(session, key)
    with_year = row.with_year if with_year is None else with_year
    yearly_reset = row.yearly_reset if yearly_reset is None else yearly_reset
    if yearly_reset and not with_year:
        raise InvalidInput(
            [
                ValidationError(
                    tr("Number range"),
                    tr(
                        "Counting from 1 again each year needs the year in the number, "
                        "otherwise numbers would repeat."
                    ),
                )
            ]
        )
    this_year = date.today().year
    # A range that starts again each year and has not yet counted in this one goes on from 1.
    new_year = row.yearly_reset and (row.year is None or row.year < this_year)
    floor = 1 if new_year else row.next_number
    field = tr("Number range")
    try:
        validate_range(prefix=prefix, next_number=next_number, width=width, field=field)
    except ValidationError as error:
        raise InvalidInput([error]) from None
    if next_number < floor:
        raise InvalidInput(
            [
                ValidationError(
                    field,
                    tr(
                        "The next number cannot go back below {number}: numbers already given"
                        " out are never given again.",
                        number=floor,
                    ),
                )
            ]
        )
    if yearly_reset and (
        row.year is None or not row.yearly_reset or next_number != row.next_number
    ):
        # The number typed counts in this year (take_numbers starts a range whose year is
        # unknown or past at 1 again, which would lose it).
        row.year = this_year
    row.prefix, row.next_number, row.width = prefix, next_number, width
    row.with_year, row.yearly_reset = with_year, yearly_reset
    session.flush()


def take_number(session: Session, key: str, *, is_taken: Callable[[str], bool]) -> str:
    """The next number of a range that ``is_taken`` does not know; the range moves past it.

    Runs in the caller's transaction, so a number is given out only when that commits.
    """
    return take_numbers(session, key, 1, taken=lambda block: {n for n in block if is_taken(n)})[0]


def take_numbers(
    session: Session,
    key: str,
    count: int,
    *,
    taken: Callable[[list[str]], set[str]],
    year: int | None = None,
) -> list[str]:
    """The next ``count`` numbers of a range, past those ``taken`` names among a block of
    candidates (asked a block at a time: an import numbers thousands); the range moves past
    them. Runs in the caller's transaction.

    A range with the year in its numbers uses ``year`` (the document's; this year if None); one
    that starts again each year does so with the first number of a new year, and refuses a year
    before the one it already counts in (its numbers would no longer ascend).
    """
    row = number_range(session, key)
    shown_year: int | None = None
    if row.with_year:
        shown_year = year or date.today().year
        if row.yearly_reset:
            if row.year is None or shown_year > row.year:
                row.year, row.next_number = shown_year, 1
            elif shown_year < row.year:
                raise Refused(
                    tr(
                        "The number range already counts in {current}; a document dated "
                        "{year} cannot get a number from it any more.",
                        current=row.year,
                        year=shown_year,
                    )
                )
    numbers: list[str] = []
    while len(numbers) < count:
        block = [
            format_number(
                prefix=row.prefix, number=row.next_number + i, width=row.width, year=shown_year
            )
            for i in range(count - len(numbers))
        ]
        used = taken(block)
        for number in block:
            row.next_number += 1
            if number not in used:
                numbers.append(number)
    session.flush()
    return numbers


def groups(session: Session) -> list[CustomerGroup]:
    return list(session.scalars(select(CustomerGroup).order_by(CustomerGroup.position)))


def _group_name(name: str) -> str:
    name = name.strip()
    if not name:
        raise InvalidInput(
            [ValidationError(tr("Customer group"), tr("Please enter a name for the group."))]
        )
    return name


def _refuse_duplicate_group(session: Session, name: str, *, other_than: int | None = None) -> None:
    query = select(CustomerGroup.id).where(CustomerGroup.name == name)
    if other_than is not None:
        query = query.where(CustomerGroup.id != other_than)
    if session.scalar(query) is not None:
        raise InvalidInput(
            [ValidationError(tr("Customer group"), tr("“{name}” exists already.", name=name))]
        )


def add_group(session: Session, name: str) -> CustomerGroup:
    name = _group_name(name)
    _refuse_duplicate_group(session, name)
    position = session.scalar(select(func.coalesce(func.max(CustomerGroup.position), -1))) or 0
    group = CustomerGroup(name=name, position=position + 1)
    session.add(group)
    session.flush()
    return group


def rename_group(session: Session, group_id: int, name: str) -> None:
    group = session.get(CustomerGroup, group_id)
    if group is None:
        raise NotFound(group_id)
    name = _group_name(name)
    _refuse_duplicate_group(session, name, other_than=group_id)
    group.name = name
    session.flush()


def delete_group(session: Session, group_id: int) -> None:
    """Delete a group no customer is in; a group in use is refused, naming how many are in it."""
    group = session.get(CustomerGroup, group_id)
    if group is None:
        raise NotFound(group_id)
    members = session.scalar(select(func.count()).where(CustomerGroupLink.group_id == group_id))
    if members:
        raise Refused(
            tr(
                "The group “{name}” still has {count} customers and cannot be deleted.",
                name=group.name,
                count=members,
            )
        )
    session.delete(group)
    session.execute(
        update(CustomerGroup)
        .where(CustomerGroup.position > group.position)
        .values(position=CustomerGroup.position - 1)
    )
    session.flush()
