"""Rows of the customer list, fetched only for the ids the window is about to show.

The list itself is a list of ids from :func:`meinbuero.store.listing.customer_ids` (filtered and
sorted in SQL); this module turns a block of those ids into display rows with a few Core queries,
never loading ORM objects, so that scrolling through 100 000 customers stays smooth.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import select
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
    session: Session, ids: Sequence[int], custom_slots: Sequence[int] = ()
) -> dict[int, ListRow]:
    """List rows for ``ids`` (with the values of custom fields ``custom_slots``), by id.

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
