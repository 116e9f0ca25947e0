"""Customers: check and save what the user typed, load one with everything under it, search,
archive and delete.

Input comes as text, exactly as typed (:class:`CustomerInput`); the rules of
``meinbuero.domain`` turn it into stored values or refuse it with a German message per field
(:class:`InvalidInput`), in which case nothing is written.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from enum import StrEnum
from functools import cache
from operator import itemgetter
from typing import Any

from babel import Locale
from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session, selectinload

from meinbuero.domain.bank import check_bic, check_iban
from meinbuero.domain.birthday import Birthday, parse_birthday
from meinbuero.domain.email import normalize_email
from meinbuero.domain.errors import ValidationError
from meinbuero.domain.phone import PhoneNumber, parse_phone, phone_warning
from meinbuero.domain.salutation import (
    FormOfAddress,
    Salutation,
    letter_salutation,
)
from meinbuero.domain.taxid import normalize_tax_number, normalize_vat_id
from meinbuero.i18n import language, tr
from meinbuero.services import settings
from meinbuero.services.errors import InvalidInput, NotFound
from meinbuero.store import bulk, search
from meinbuero.store.models import (
    Base,
    Conditions,
    ContactPerson,
    Customer,
    CustomerGroup,
    CustomerKind,
    SocialNetwork,
    SocialProfile,
    display_name_of,
)
from meinbuero.store.types import utcnow

_GERMAN_POSTCODE = re.compile(r"^\d{5}$")
_URL = re.compile(r"^(https?://)?[^\s/$.?#][^\s]*\.[^\s]{2,}$", re.IGNORECASE)

# Rows that are part of the customer itself; anything else pointing at a customer (contact
# persons, notes, later documents, history, invoices) means it is archived, not deleted.
_OWN_PARTS = {"conditions", "custom_field_value", "customer_group_link", "social_profile"}


def labels() -> dict[str, str]:
    """The user's names of the customer fields (for messages and forms)."""
    return dict(_labels(language()))


@cache
def _labels(code: str) -> dict[str, str]:
    # Made once per language: checking a customer asks for them, an import 100 000 times.
    return {
        "number": tr("Customer number"),
        "kind": tr("Type"),
        "salutation": tr("Salutation"),
        "title": tr("Title"),
        "first_name": tr("First name"),
        "last_name": tr("Last name"),
        "company_name": tr("Company"),
        "company_addition": tr("Company addition"),
        "street": tr("Street"),
        "postcode": tr("Postcode"),
        "city": tr("City"),
        "country": tr("Country"),
        "phone": tr("Phone"),
        "phone_extension": tr("Extension"),
        "mobile": tr("Mobile"),
        "fax": tr("Fax"),
        "email": tr("E-mail"),
        "invoice_email": tr("E-mail for invoices"),
        "website": tr("Website"),
        "form_of_address": tr("Form of address"),
        "letter_salutation_override": tr("Letter salutation"),
        "birthday": tr("Birthday"),
        "vat_id": tr("VAT ID"),
        "tax_number": tr("Tax number"),
        "iban": tr("IBAN"),
        "bic": tr("BIC"),
        "bank_name": tr("Bank"),
        "account_holder": tr("Account holder"),
        "remark": tr("Remarks / note"),
        "groups": tr("Customer groups"),
        "position": tr("Position"),
        "department": tr("Department"),
        "partner": tr("Partner"),
        "preferences": tr("Preferences"),
        "interests": tr("Interests"),
        "notes": tr("Notes"),
        "social": tr("Social profile"),
    }


def countries() -> dict[str, str]:
    """ISO country code -> name in the user's language (for the country field)."""
    return _countries(language())


def german_countries() -> dict[str, str]:
    """ISO country code -> German name (for addresses printed on letters and invoices)."""
    return _countries("de")


@cache
def _countries(language: str) -> dict[str, str]:
    territories = Locale.parse(language).territories
    return {code: name for code, name in territories.items() if len(code) == 2 and code.isalpha()}


@dataclass
class CustomerInput:
    """The Adresse tab as typed. ``number`` empty: the next number of the range."""

    number: str = ""
    kind: str = CustomerKind.COMPANY
    salutation: str = ""
    title: str = ""
    first_name: str = ""
    last_name: str = ""
    company_name: str = ""
    company_addition: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "DE"
    phone: str = ""
    phone_extension: str = ""
    mobile: str = ""
    fax: str = ""
    email: str = ""
    invoice_email: str = ""
    website: str = ""
    form_of_address: str = FormOfAddress.FORMAL
    letter_salutation_override: str = ""
    birthday: str = ""
    vat_id: str = ""
    tax_number: str = ""
    iban: str = ""
    bic: str = ""
    bank_name: str = ""
    account_holder: str = ""
    remark: str = ""
    groups: list[str] = field(default_factory=list)
    social_profiles: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def of(cls, customer: Customer) -> CustomerInput:
        """What the form shows for a stored customer (saving it unchanged changes nothing)."""
        return cls(
            **_form_values(customer, cls, derived=frozenset({"groups"})),
            groups=[g.name for g in customer.groups],
        )


@dataclass
class ContactPersonInput:
    """A contact person as typed in the Ansprechpartner form."""

    is_main: bool = False
    salutation: str = ""
    title: str = ""
    first_name: str = ""
    last_name: str = ""
    position: str = ""
    department: str = ""
    email: str = ""
    phone: str = ""
    phone_extension: str = ""
    mobile: str = ""
    form_of_address: str = FormOfAddress.FORMAL
    letter_salutation_override: str = ""
    birthday: str = ""
    partner: str = ""
    preferences: str = ""
    interests: str = ""
    notes: str = ""
    social_profiles: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def of(cls, person: ContactPerson) -> ContactPersonInput:
        return cls(**_form_values(person, cls))


def _form_values(
    record: Customer | ContactPerson, form: type, *, derived: frozenset[str] = frozenset()
) -> dict[str, Any]:
    """The fields of ``form`` as a stored record fills them (birthday as text, …).

    Fields named in ``derived`` are left to the caller.
    """
    special = {"birthday", "social_profiles", "phone_extension", *derived}
    values: dict[str, Any] = {
        f.name: getattr(record, f.name) for f in fields(form) if f.name not in special
    }
    values["phone_extension"] = record.phone_extension or ""
    values["birthday"] = _birthday_of(record).format() if record.birthday_month else ""
    values["social_profiles"] = [(p.network, p.url) for p in record.social_profiles]
    return values


@dataclass(frozen=True)
class Saved:
    """What a save did: the record's id (and number), and warnings to show (not errors)."""

    id: int
    number: str = ""
    warnings: tuple[str, ...] = ()


class Removal(StrEnum):
    DELETED = "deleted"
    ARCHIVED = "archived"


def _birthday_of(person: Customer | ContactPerson) -> Birthday:
    assert person.birthday_month is not None and person.birthday_day is not None
    return Birthday(month=person.birthday_month, day=person.birthday_day, year=person.birthday_year)


@cache
def _values_of(choices: type[StrEnum]) -> frozenset[str]:
    return frozenset(m.value for m in choices)


class _Checker:
    """Collects every refused field of one form, so the user sees all of them at once."""

    def __init__(self, region: str) -> None:
        self.region = region
        self.errors: list[ValidationError] = []
        self.warnings: list[str] = []
        self.names = _labels(language())  # read only

    def fail(self, name: str, message: str) -> None:
        self.errors.append(ValidationError(self.names[name], message))

    def email(self, name: str, text: str) -> str:
        try:
            return normalize_email(text, field=self.names[name])
        except ValidationError as error:
            self.errors.append(error)
            return text

    def phone(self, name: str, text: str, extension: str = "") -> PhoneNumber:
        number = parse_phone(text, region=self.region, extension=extension.strip() or None)
        warning = phone_warning(number, field=self.names[name])
        if warning:
            self.warnings.append(warning)
        return number

    def birthday(self, text: str) -> dict[str, int | None]:
        try:
            birthday = parse_birthday(text, field=self.names["birthday"])
        except ValidationError as error:
            self.errors.append(error)
            return {}
        if birthday is None:
            return {"birthday_day": None, "birthday_month": None, "birthday_year": None}
        return {
            "birthday_day": birthday.day,
            "birthday_month": birthday.month,
            "birthday_year": birthday.year,
        }

    def choice(self, name: str, value: str, allowed: type[StrEnum]) -> str:
        if value not in _values_of(allowed):
            self.fail(name, tr("“{value}” is not one of the choices.", value=value))
        return value

    def social(self, profiles: list[tuple[str, str]]) -> list[tuple[str, str]]:
        result = []
        for network, url in profiles:
            url = url.strip()
            if not url:
                continue
            network = network.strip().lower() or SocialNetwork.OTHER
            if network not in {n.value for n in SocialNetwork}:
                self.fail("social", tr("“{value}” is not one of the choices.", value=network))
            if not _URL.match(url):
                self.fail("social", tr("“{value}” is not a web address.", value=url))
            result.append((network, url))
        return result


def _common(check: _Checker, data: CustomerInput | ContactPersonInput) -> dict[str, object]:
    """The fields customers and contact persons share."""
    values: dict[str, object] = {
        "salutation": check.choice("salutation", data.salutation.strip(), Salutation),
        "title": data.title.strip(),
        "first_name": data.first_name.strip(),
        "last_name": data.last_name.strip(),
        "form_of_address": check.choice(
            "form_of_address", data.form_of_address.strip(), FormOfAddress
        ),
        "letter_salutation_override": data.letter_salutation_override.strip(),
        "email": check.email("email", data.email),
    }
    phone = check.phone("phone", data.phone, data.phone_extension)
    mobile = check.phone("mobile", data.mobile)
    values.update(
        phone=phone.typed,
        phone_e164=phone.e164,
        phone_extension=phone.extension,
        mobile=mobile.typed,
        mobile_e164=mobile.e164,
        **check.birthday(data.birthday),
    )
    return values


def check_customer(data: CustomerInput, *, region: str) -> tuple[dict[str, object], list[str]]:
    """The values to store for ``data`` and the warnings; refuses with :class:`InvalidInput`."""
    check = _Checker(region)
    values = _common(check, data)
    kind = check.choice("kind", data.kind, CustomerKind)
    values["kind"] = kind
    for name in ("company_name", "company_addition", "street", "postcode", "city", "website"):
        values[name] = getattr(data, name).strip()
    for name in ("remark", "account_holder", "bank_name"):
        values[name] = getattr(data, name).strip()
    if kind == CustomerKind.COMPANY and not values["company_name"]:
        check.fail("company_name", tr("Please enter the company name."))
    if kind == CustomerKind.PERSON and not (values["last_name"] or values["first_name"]):
        check.fail("last_name", tr("Please enter the name of the person."))
    country = data.country.strip().upper() or "DE"
    if country not in countries():
        check.fail(
            "country", tr("“{value}” is not a country code (e.g. DE, AT, CH).", value=country)
        )
    values["country"] = country
    if (
        country == "DE"
        and values["postcode"]
        and not _GERMAN_POSTCODE.match(str(values["postcode"]))
    ):
        check.fail("postcode", tr("A German postcode has five digits."))
    if values["website"] and not _URL.match(str(values["website"])):
        check.fail("website", tr("“{value}” is not a web address.", value=values["website"]))
    values["invoice_email"] = check.email("invoice_email", data.invoice_email)
    fax = check.phone("fax", data.fax)
    values.update(fax=fax.typed, fax_e164=fax.e164)
    for name, rule in (("vat_id", normalize_vat_id), ("tax_number", normalize_tax_number)):
        try:
            values[name] = rule(getattr(data, name), field=check.names[name])
        except ValidationError as error:
            check.errors.append(error)
    try:
        values["bic"] = check_bic(data.bic, field=check.names["bic"])
    except ValidationError as error:
        check.errors.append(error)
    try:
        account = check_iban(data.iban, field=check.names["iban"])
        values["iban"] = account.iban
        # The bank's BIC and name come from the IBAN where the user left them empty.
        values["bic"] = values.get("bic") or account.bic
        values["bank_name"] = values["bank_name"] or account.bank_name
    except ValidationError as error:
        check.errors.append(error)
    values["social_profiles"] = check.social(data.social_profiles)
    if check.errors:
        raise InvalidInput(check.errors)
    return values, check.warnings


def _number_variants(number: str) -> set[str]:
    # As typed and in capitals ("k10001" is K10001): both use the unique index on the number.
    number = number.strip()
    return {number, number.upper()}


def _numbers_stored(session: Session, numbers: Sequence[str]) -> set[str]:
    """Which of these numbers (as typed or in capitals) customers have: one query for all, the
    numbers as one JSON array read by SQLite's json_each."""
    wanted = sorted(set().union(*(_number_variants(n) for n in numbers)))
    given = func.json_each(json.dumps(wanted)).table_valued("value")
    query = select(Customer.number).where(Customer.number.in_(select(given.c.value)))
    stored = set(session.scalars(query))
    return {n for n in numbers if not stored.isdisjoint(_number_variants(n))}


def _taken_error(number: str) -> ValidationError:
    return ValidationError(
        labels()["number"], tr("The customer number {number} is taken.", number=number)
    )


def _no_group_error(name: str) -> ValidationError:
    return ValidationError(labels()["groups"], tr("There is no group “{name}”.", name=name))


def _number_taken(session: Session, number: str, *, other_than: int | None = None) -> bool:
    query = select(Customer.id).where(Customer.number.in_(_number_variants(number)))
    if other_than is not None:
        query = query.where(Customer.id != other_than)
    return session.scalar(query) is not None


def _set_social(
    session: Session,
    owner: Customer | ContactPerson,
    profiles: list[tuple[str, str]],
    *,
    customer_id: int,
) -> None:
    current = [(p.network, p.url) for p in owner.social_profiles]
    if current == profiles:
        return
    owner.social_profiles.clear()
    session.flush()
    for network, url in profiles:
        owner.social_profiles.append(
            SocialProfile(network=network, url=url, customer_id=customer_id)
        )


@dataclass
class _Checked:
    """A customer as typed, checked and ready to store."""

    values: dict[str, Any]
    warnings: list[str]
    groups: list[CustomerGroup]
    number: str


def _check_for_saving(
    session: Session,
    data: CustomerInput,
    *,
    customer_id: int | None,
    region: str,
    known: dict[str, CustomerGroup],
) -> _Checked:
    """Every check :func:`save_customer` makes; InvalidInput names every refused field."""
    errors: list[ValidationError] = []
    try:
        values, warnings = check_customer(data, region=region)
    except InvalidInput as invalid:
        errors, values, warnings = invalid.errors, {}, []
    group_names = [g.strip() for g in data.groups if g.strip()]
    unknown = [g for g in group_names if g not in known]
    errors += [_no_group_error(name) for name in unknown]
    number = data.number.strip()
    if number and _number_taken(session, number, other_than=customer_id):
        errors.append(_taken_error(number))
    if errors:
        raise InvalidInput(errors)
    wanted = [known[name] for name in dict.fromkeys(group_names)]
    return _Checked(values, warnings, wanted, number)


def _new_customer(session: Session, checked: _Checked) -> Customer:
    values = dict(checked.values)
    profiles = values.pop("social_profiles")
    assert isinstance(profiles, list)
    customer = Customer(conditions=Conditions(), **values)
    customer.number = checked.number or settings.take_number(
        session, "customer", is_taken=lambda n: _number_taken(session, n)
    )
    customer.groups = checked.groups
    customer.social_profiles = [SocialProfile(network=n, url=u) for n, u in profiles]
    session.add(customer)
    return customer


def save_customer(
    session: Session, data: CustomerInput, *, customer_id: int | None = None
) -> Saved:
    """Create (``customer_id`` None) or change a customer; all-or-nothing in the caller's
    transaction. Raises :class:`InvalidInput` naming every refused field."""
    known = {g.name: g for g in settings.groups(session)}
    region = settings.phone_region(session)
    checked = _check_for_saving(session, data, customer_id=customer_id, region=region, known=known)
    if customer_id is None:
        customer = _new_customer(session, checked)
        session.flush()
        return Saved(id=customer.id, number=customer.number, warnings=tuple(checked.warnings))
    found = session.get(Customer, customer_id)
    if found is None:
        raise NotFound(customer_id)
    customer = found
    if checked.number:
        customer.number = checked.number
    values = dict(checked.values)
    profiles = values.pop("social_profiles")
    assert isinstance(profiles, list)
    for name, value in values.items():
        if getattr(customer, name) != value:
            setattr(customer, name, value)
    if [g.id for g in customer.groups] != [g.id for g in checked.groups]:
        customer.groups = checked.groups
    session.flush()
    _set_social(session, customer, profiles, customer_id=customer.id)
    session.flush()
    return Saved(id=customer.id, number=customer.number, warnings=tuple(checked.warnings))


@dataclass(frozen=True, slots=True)
class CheckedCustomer:
    """A new customer as :func:`check_new_customer` found it, ready for :func:`add_customers`.

    Small on purpose (a tuple, not a dict): an import holds one for each of 100 000 rows
    between its preview and the writing.
    """

    row: tuple[Any, ...]  # the stored values, in the order of _ROW_COLUMNS
    groups: tuple[str, ...] = ()
    social_profiles: tuple[tuple[str, str], ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def number(self) -> str:
        return str(self.row[0])

    def value(self, name: str) -> Any:
        """The stored value of a column ("email", "phone_e164", …)."""
        return self.row[_ROW_INDEX[name]]


# The columns check_customer fills, the number first.
_ROW_COLUMNS = (
    "number",
    "kind",
    "salutation",
    "title",
    "first_name",
    "last_name",
    "form_of_address",
    "letter_salutation_override",
    "email",
    "phone",
    "phone_e164",
    "phone_extension",
    "mobile",
    "mobile_e164",
    "birthday_day",
    "birthday_month",
    "birthday_year",
    "company_name",
    "company_addition",
    "street",
    "postcode",
    "city",
    "website",
    "remark",
    "account_holder",
    "bank_name",
    "country",
    "invoice_email",
    "fax",
    "fax_e164",
    "vat_id",
    "tax_number",
    "bic",
    "iban",
)
_ROW_INDEX = {name: i for i, name in enumerate(_ROW_COLUMNS)}
_INSERT_COLUMNS = ("id", *_ROW_COLUMNS)
_row_of = itemgetter(*_ROW_COLUMNS)


def check_new_customer(data: CustomerInput, *, region: str) -> CheckedCustomer:
    """The checks of :func:`check_customer` for a customer to add; raises InvalidInput.

    The groups and the number are checked against the database when it is added.
    """
    values, warnings = check_customer(data, region=region)
    values["number"] = data.number.strip()
    profiles = values.pop("social_profiles")
    assert isinstance(profiles, list)
    return CheckedCustomer(
        row=_row_of(values),
        groups=tuple(dict.fromkeys(g.strip() for g in data.groups if g.strip())),
        social_profiles=tuple(profiles),
        warnings=tuple(warnings),
    )


def add_customers(session: Session, items: Sequence[CustomerInput]) -> list[Saved]:
    """Many new customers at once: the checks of :func:`save_customer` for each, then
    :func:`add_checked_customers`. Raises InvalidInput for the first refused one, before
    anything is added."""
    region = settings.phone_region(session)
    return add_checked_customers(session, [check_new_customer(d, region=region) for d in items])


def add_checked_customers(session: Session, items: Sequence[CheckedCustomer]) -> list[Saved]:
    """Write many checked new customers in the caller's transaction (an import).

    Refuses with InvalidInput, before anything is written, when a group does not exist or a
    number is taken (in the database or twice among ``items``). Writes with one statement per
    table for all of them — the customers, their conditions, group links, social profiles and
    search index rows — instead of a flush of 100 000 ORM objects; what the flush hooks of
    :mod:`meinbuero.store.events` would do (sort key, Letzte Verarbeitung, search index) is
    done here.
    """
    if not items:
        return []
    session.flush()
    known = {g.name: g.id for g in settings.groups(session)}
    errors = [
        _no_group_error(name)
        for name in dict.fromkeys(g for item in items for g in item.groups if g not in known)
    ]
    claimed = _numbers_stored(session, [item.number for item in items if item.number])
    numbers: list[str] = []
    for item in items:
        number = item.number
        if number and not claimed.isdisjoint(_number_variants(number)):
            errors.append(_taken_error(number))
        elif number:
            claimed.update(_number_variants(number))
        numbers.append(number)
    if errors:
        raise InvalidInput(errors)
    # The rest get the next numbers of the range, past those stored and those of the others.
    given = iter(
        settings.take_numbers(
            session,
            "customer",
            numbers.count(""),
            taken=lambda block: (
                {n for n in block if not claimed.isdisjoint(_number_variants(n))}
                | _numbers_stored(session, block)
            ),
        )
    )
    numbers = [number or next(given) for number in numbers]
    connection = session.connection()
    first_id = (connection.scalar(select(func.max(Customer.id))) or 0) + 1
    ids = range(first_id, first_id + len(items))
    rows = []
    words = {}
    for customer_id, number, item in zip(ids, numbers, items, strict=True):
        row = (customer_id, number, *item.row[1:])
        values = dict(zip(_INSERT_COLUMNS, row, strict=True))
        name = display_name_of(
            values["kind"], values["company_name"], values["first_name"], values["last_name"]
        )
        rows.append((*row, search.fold(name)))
        words[customer_id] = search.customer_words(values)
    now = utcnow()
    bulk.insert_rows(
        connection,
        "customer",
        (*_INSERT_COLUMNS, "sort_key"),
        rows,
        same={"created_at": now, "last_processed_at": now},
    )
    bulk.insert_rows(connection, "conditions", ("customer_id",), ((i,) for i in ids))
    bulk.insert_rows(
        connection,
        "customer_group_link",
        ("customer_id", "group_id"),
        ((i, known[g]) for i, item in zip(ids, items, strict=True) for g in item.groups),
    )
    bulk.insert_rows(
        connection,
        "social_profile",
        ("customer_id", "network", "url"),
        (
            (i, network, url)
            for i, item in zip(ids, items, strict=True)
            for network, url in item.social_profiles
        ),
    )
    search.add(connection, words)
    return [
        Saved(id=customer_id, number=number, warnings=item.warnings)
        for customer_id, number, item in zip(ids, numbers, items, strict=True)
    ]


def existing_customer(session: Session, customer_id: int) -> Customer:
    """The customer (nothing under it loaded); NotFound when it is gone."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(tr("The customer no longer exists."))
    return customer


def check_contact_person(
    session: Session, customer_id: int, contact_person_id: int | None
) -> ContactPerson | None:
    """The contact person, who must be the customer's; NotFound when gone or someone else's."""
    if contact_person_id is None:
        return None
    person = session.get(ContactPerson, contact_person_id)
    if person is None or person.customer_id != customer_id:
        raise NotFound(tr("The contact person no longer exists."))
    return person


def customer_inputs(session: Session, ids: Sequence[int]) -> dict[int, CustomerInput]:
    """What the form shows for each of these customers, read together (an import's updates)."""
    found = session.scalars(
        select(Customer)
        .where(Customer.id.in_(ids))
        .options(selectinload(Customer.groups), selectinload(Customer.social_profiles))
    )
    return {customer.id: CustomerInput.of(customer) for customer in found}


def get_customer(session: Session, customer_id: int) -> Customer:
    """One customer with everything under it, loaded in a few queries."""
    customer = session.scalar(
        select(Customer)
        .where(Customer.id == customer_id)
        .options(
            selectinload(Customer.groups),
            selectinload(Customer.contact_persons).selectinload(ContactPerson.social_profiles),
            selectinload(Customer.social_profiles),
            selectinload(Customer.conditions),
            selectinload(Customer.custom_values),
            selectinload(Customer.notes),
        )
    )
    if customer is None:
        raise NotFound(customer_id)
    return customer


def find_by_number(session: Session, number: str) -> Customer:
    customer_id = session.scalar(
        select(Customer.id).where(Customer.number.in_(_number_variants(number)))
    )
    if customer_id is None:
        raise NotFound(number)
    return get_customer(session, customer_id)


def customer_letter_salutation(person: Customer | ContactPerson) -> str:
    """The salutation a letter to this customer or person starts with."""
    is_company = isinstance(person, Customer) and person.kind == CustomerKind.COMPANY
    return letter_salutation(
        salutation=Salutation(person.salutation),
        title=person.title,
        first_name="" if is_company else person.first_name,
        last_name="" if is_company else person.last_name,
        form_of_address=FormOfAddress(person.form_of_address),
        override=person.letter_salutation_override,
    )


def save_contact_person(
    session: Session,
    data: ContactPersonInput,
    *,
    customer_id: int,
    contact_person_id: int | None = None,
) -> Saved:
    """Create or change a contact person. The first one becomes the main contact; making one
    the main contact makes the previous one an ordinary contact."""
    check = _Checker(settings.phone_region(session))
    values = _common(check, data)
    for name in ("position", "department", "partner", "preferences", "interests", "notes"):
        values[name] = getattr(data, name).strip()
    if not (values["first_name"] or values["last_name"]):
        check.fail("last_name", tr("Please enter the name of the person."))
    profiles = check.social(data.social_profiles)
    if check.errors:
        raise InvalidInput(check.errors)
    customer = get_customer(session, customer_id)
    if contact_person_id is None:
        person = ContactPerson(customer_id=customer_id)
        customer.contact_persons.append(person)
    else:
        found = [p for p in customer.contact_persons if p.id == contact_person_id]
        if not found:
            raise NotFound(contact_person_id)
        person = found[0]
    for name, value in values.items():
        if getattr(person, name) != value:
            setattr(person, name, value)
    others = [p for p in customer.contact_persons if p is not person]
    if data.is_main or not any(p.is_main for p in others):
        for other in others:
            other.is_main = False
        session.flush()  # the old main contact first: one main contact per customer
        person.is_main = True
    session.flush()
    _set_social(session, person, profiles, customer_id=customer_id)
    session.flush()
    return Saved(id=person.id, warnings=tuple(check.warnings))


def delete_contact_person(session: Session, *, customer_id: int, contact_person_id: int) -> None:
    """Remove a contact person; if it was the main contact, the next one becomes main."""
    customer = get_customer(session, customer_id)
    found = [p for p in customer.contact_persons if p.id == contact_person_id]
    if not found:
        raise NotFound(contact_person_id)
    customer.contact_persons.remove(found[0])
    session.flush()
    if found[0].is_main and customer.contact_persons:
        customer.contact_persons[0].is_main = True
        session.flush()


def _attached_tables() -> list[tuple[str, str]]:
    """(table, column) of everything that points at a customer and is not part of it."""
    result = []
    for table in Base.metadata.sorted_tables:
        if table.name in _OWN_PARTS:
            continue
        for column in table.columns:
            if any(fk.column.table.name == "customer" for fk in column.foreign_keys):
                result.append((table.name, column.name))
    return result


def has_attachments(session: Session, customer_id: int) -> bool:
    """Whether contact persons, notes or anything else (history, documents, …) hang on it."""
    for table_name, column_name in _attached_tables():
        table = Base.metadata.tables[table_name]
        if session.scalar(select(exists().where(table.c[column_name] == customer_id))):
            return True
    return False


def remove_customer(session: Session, customer_id: int) -> Removal:
    """Delete a customer with nothing attached; archive one that has (nothing is lost)."""
    customer = get_customer(session, customer_id)
    if has_attachments(session, customer_id):
        if customer.archived_at is None:
            customer.archived_at = utcnow()
            session.flush()
        return Removal.ARCHIVED
    session.delete(customer)
    session.flush()
    return Removal.DELETED


def archive_customer(session: Session, customer_id: int) -> None:
    customer = get_customer(session, customer_id)
    customer.archived_at = customer.archived_at or utcnow()
    session.flush()


def restore_customer(session: Session, customer_id: int) -> None:
    customer = get_customer(session, customer_id)
    customer.archived_at = None
    session.flush()


def count_customers(session: Session, *, include_archived: bool = False) -> int:
    query = select(func.count()).select_from(Customer)
    if not include_archived:
        query = query.where(Customer.archived_at.is_(None))
    return int(session.scalar(query) or 0)
