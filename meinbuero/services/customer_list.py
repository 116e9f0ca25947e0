"""Rows of the customer list, fetched only for the ids the window is about to show.

The list itself is a list of ids from :func:`meinbuero.store.listing.customer_ids` (filtered and
sorted in SQL); this module turns a block of those ids into display rows with a few Core queries,
never loading ORM objects, so that scrolling through 100 000 customers stays smooth.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, case, func, select, type_coerce
from sqlalchemy.orm import Session

from meinbuero.domain.phone import PhoneNumber
from meinbuero.domain.values import format_date_de, format_datetime_de, format_decimal_de
from meinbuero.i18n import tr
from meinbuero.services import settings
from meinbuero.store import listing
from meinbuero.store.models import (
    Customer,
    CustomerGroup,
    CustomerGroupLink,
    CustomFieldDefinition,
    CustomFieldValue,
    FieldType,
    SalesDocument,
    SalesKind,
    SalesStatus,
    display_name_of,
)

#: Ids per query: well below every database's limit of bound parameters.
CHUNK = 500


@dataclass(frozen=True)
class ListRow:
    """One customer as the list shows it; every value is display text."""

    id: int
    number: str
    name: str
    postcode: str
    city: str
    phone: str
    email: str
    groups: str
    last_processed: str
    archived: bool
    #: Display text of the requested custom fields, by slot (missing: no value).
    custom: Mapping[int, str] = field(default_factory=dict)
    #: The money columns (filled when asked for: ``with_money``), display text.
    revenue_this_year: str = ""
    revenue_last_year: str = ""
    open_amount: str = ""
    last_invoice: str = ""


#: The list's money columns: read only while one of them is shown.
MONEY_COLUMNS = ("revenue_this_year", "revenue_last_year", "open_amount", "last_invoice")


def money_figures(session: Session, ids: Sequence[int], today: date) -> dict[int, dict[str, str]]:
    """The money columns of the customers ``ids`` (display text; a customer without sales
    documents is missing): net revenue of this and last year (invoices minus cancellations),
    what is open on invoices, the date of the last invoice that is not cancelled."""
    from meinbuero.domain.money import CENT

    d = SalesDocument.__table__.c
    this_year, last_year = date(today.year, 1, 1), date(today.year - 1, 1, 1)

    def money(value: Decimal | None) -> str:
        if not value:
            return ""
        return format_decimal_de(value.quantize(CENT), places=2) + " €"

    def amount(expression: Any) -> Any:
        return func.sum(type_coerce(expression, SalesDocument.gross_total.type))

    def between(start: date, end: date) -> Any:
        return amount(case((and_(d.document_date >= start, d.document_date < end), d.net_total)))

    valid_invoice = and_(d.kind == SalesKind.INVOICE, d.status != SalesStatus.CANCELLED)
    found: dict[int, dict[str, str]] = {}
    for chunk in _chunks(ids):
        for row in session.execute(
            select(
                d.customer_id,
                between(this_year, date(today.year + 1, 1, 1)).label("this"),
                between(last_year, this_year).label("last"),
                amount(
                    case(
                        (
                            and_(valid_invoice, d.paid_total < d.gross_total),
                            d.gross_total - d.paid_total,
                        )
                    )
                ).label("open"),
                func.max(case((valid_invoice, d.document_date))).label("last_invoice"),
            )
            .where(
                d.customer_id.in_(chunk),
                d.kind.in_((SalesKind.INVOICE, SalesKind.CANCELLATION)),
                d.finalised_at.is_not(None),
            )
            .group_by(d.customer_id)
        ):
            last_invoice = row.last_invoice
            if isinstance(last_invoice, str):  # an aggregate of a CASE comes back as text
                last_invoice = date.fromisoformat(last_invoice)
            found[row.customer_id] = {
                "revenue_this_year": money(row.this),
                "revenue_last_year": money(row.last),
                "open_amount": money(row.open),
                "last_invoice": format_date_de(last_invoice),
            }
    return found


def custom_text(field_type: str, values: Sequence[Any]) -> str:
    """A custom field value (text, number, date, bool columns) as the user reads it."""
    text_value, number_value, date_value, bool_value = values
    match field_type:
        case FieldType.NUMBER:
            return format_decimal_de(number_value) if isinstance(number_value, Decimal) else ""
        case FieldType.DATE:
            return format_date_de(date_value)
        case FieldType.BOOL:
            if bool_value is None:
                return ""
            return tr("yes") if bool_value else tr("no")
        case _:
            return str(text_value or "")


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]


def fetch_rows(
    session: Session,
    ids: Sequence[int],
    custom_slots: Sequence[int] = (),
    *,
    with_money: bool = False,
) -> dict[int, ListRow]:
    """List rows for ``ids`` (with the values of custom fields ``custom_slots``, and the money
    columns when ``with_money``), by id.

    Ids of customers that no longer exist are missing from the result.
    """
    if not ids:
        return {}
    region = settings.phone_region(session)
    types: dict[int, str] = {}
    if custom_slots:
        types = {
            slot: field_type
            for slot, field_type in session.execute(
                select(CustomFieldDefinition.slot, CustomFieldDefinition.field_type).where(
                    CustomFieldDefinition.slot.in_(list(custom_slots))
                )
            )
        }
    c = Customer.__table__.c
    link = CustomerGroupLink.__table__.c
    group = CustomerGroup.__table__.c
    value = CustomFieldValue.__table__.c
    result: dict[int, ListRow] = {}
    figures = money_figures(session, ids, date.today()) if with_money else {}
    for chunk in _chunks(ids):
        group_names: dict[int, list[str]] = {}
        for customer_id, name in session.execute(
            select(link.customer_id, group.name)
            .join_from(CustomerGroupLink.__table__, CustomerGroup.__table__)
            .where(link.customer_id.in_(chunk))
            .order_by(link.customer_id, group.position, group.name)
        ):
            group_names.setdefault(customer_id, []).append(name)
        custom: dict[int, dict[int, str]] = {}
        if types:
            for found in session.execute(
                select(
                    value.customer_id,
                    value.slot,
                    value.text_value,
                    value.number_value,
                    value.date_value,
                    value.bool_value,
                ).where(value.customer_id.in_(chunk), value.slot.in_(list(types)))
            ):
                custom.setdefault(found[0], {})[found[1]] = custom_text(types[found[1]], found[2:])
        for row in session.execute(
            select(
                c.id,
                c.number,
                c.kind,
                c.company_name,
                c.first_name,
                c.last_name,
                c.postcode,
                c.city,
                c.phone,
                c.phone_e164,
                c.phone_extension,
                c.email,
                c.last_processed_at,
                c.archived_at,
            ).where(c.id.in_(chunk))
        ):
            phone = PhoneNumber(row.phone, row.phone_e164, row.phone_extension)
            result[row.id] = ListRow(
                id=row.id,
                number=row.number,
                name=display_name_of(row.kind, row.company_name, row.first_name, row.last_name),
                postcode=row.postcode,
                city=row.city,
                phone=phone.national(region=region),
                email=row.email,
                groups=", ".join(group_names.get(row.id, [])),
                last_processed=format_datetime_de(row.last_processed_at),
                archived=row.archived_at is not None,
                custom=custom.get(row.id, {}),
                **figures.get(row.id, {}),
            )
    return result


def search(
    session: Session, query: str, *, include_archived: bool = False, limit: int | None = None
) -> list[ListRow]:
    """Customers matching ``query`` (see ``meinbuero.store.search``), exact number first."""
    if not query.strip():
        return []
    ids = listing.customer_ids(
        session.connection(), listing.ListQuery(text=query, include_archived=include_archived)
    )
    ids = ids if limit is None else ids[:limit]
    found = fetch_rows(session, ids)
    return [found[i] for i in ids if i in found]
