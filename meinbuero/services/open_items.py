"""The Offene Posten list and the facts of one invoice's payments, fast for big files.

:func:`meinbuero.services.payments.open_items` builds every open item at once; a list of
100 000 open invoices only needs their ids in order (SQL sorts and filters), the sums by age,
the count and the total (SQL aggregates), and the rows of the block shown
(:func:`item_rows`). The invoice's payment window gets its facts from :func:`invoice_facts`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, case, cast, func, select, type_coerce
from sqlalchemy.orm import Session

from meinbuero.domain.money import CENT, ZERO
from meinbuero.i18n import tr
from meinbuero.services import payments
from meinbuero.services.payments import (
    AGE_BUCKETS,
    OpenItem,
    OpenItemsQuery,
    PaymentState,
    open_items_select,
)
from meinbuero.store import search
from meinbuero.store.models import Customer, Payment, SalesDocument


@dataclass(frozen=True)
class OpenItemsFilter:
    """What the Offene Posten list shows: the filters, the age bucket and the sort order."""

    text: str = ""
    customer_id: int | None = None
    group_id: int | None = None
    overdue_only: bool = False
    age: str = ""  # a key of payments.AGE_BUCKETS, "" for every age
    sort: str = "due"
    descending: bool = False


def sort_keys() -> dict[str, str]:
    return {
        "number": tr("Number"),
        "customer": tr("Customer"),
        "date": tr("Date"),
        "due": tr("Due"),
        "overdue": tr("Days overdue"),
        "dunning": tr("Dunning level"),
        "gross": tr("Gross (€)"),
        "paid": tr("Paid (€)"),
        "open": tr("Open (€)"),
    }


def _due() -> ColumnElement[Any]:
    # As payments.open_items_select computes it (and its index serves).
    return func.date(
        SalesDocument.document_date,
        func.printf("+%d days", func.coalesce(SalesDocument.net_days, 0)),
    )


def _days_overdue(today: date) -> ColumnElement[Any]:
    return cast(func.julianday(today.isoformat()) - func.julianday(_due()), Integer)


def _open_amount() -> ColumnElement[Any]:
    return type_coerce(
        SalesDocument.gross_total - SalesDocument.paid_total, SalesDocument.gross_total.type
    )


def _filtered(statement: Select[Any], query: OpenItemsFilter, today: date) -> Select[Any]:
    base = OpenItemsQuery(
        customer_id=query.customer_id, group_id=query.group_id, overdue_only=query.overdue_only
    )
    # The service's conditions (open, customer, group, overdue) on our columns.
    where = open_items_select(base, today).whereclause
    assert where is not None
    statement = statement.where(where)
    if query.text.strip():
        statement = statement.where(
            *search.sales_text_matches(query.text, SalesDocument.id, SalesDocument.search_text)
        )
    if query.age:
        days = _days_overdue(today)
        for key, first, last in AGE_BUCKETS:
            if key != query.age:
                continue
            if first is not None:
                statement = statement.where(days >= first)
            if last is not None:
                statement = statement.where(days <= last)
    return statement


def _sort_column(key: str, today: date) -> ColumnElement[Any]:
    columns: dict[str, Any] = {
        "number": SalesDocument.number,
        "customer": Customer.sort_key,
        "date": SalesDocument.document_date,
        "due": _due(),
        "overdue": _days_overdue(today),
        "dunning": SalesDocument.dunning_level,
        "gross": SalesDocument.gross_total,
        "paid": SalesDocument.paid_total,
        "open": SalesDocument.gross_total - SalesDocument.paid_total,
    }
    column: ColumnElement[Any] = columns.get(key, columns["due"])
    return column


def item_ids(session: Session, query: OpenItemsFilter, today: date) -> list[int]:
    """The ids of the open invoices the filters select, sorted in SQL."""
    statement = _filtered(
        select(SalesDocument.id).join(Customer, Customer.id == SalesDocument.customer_id),
        query,
        today,
    )
    column = _sort_column(query.sort, today)
    if query.descending:
        statement = statement.order_by(column.desc(), SalesDocument.number.desc())
    else:
        statement = statement.order_by(column.asc(), SalesDocument.number.asc())
    return list(session.connection().execute(statement).scalars())


def item_rows(session: Session, ids: Sequence[int], today: date) -> dict[int, OpenItem]:
    """The open items of ``ids`` (an invoice paid meanwhile is missing)."""
    statement = open_items_select(OpenItemsQuery(), today).where(SalesDocument.id.in_(list(ids)))
    return {
        item.document_id: item
        for item in (payments.open_item_of(row, today) for row in session.execute(statement))
    }


@dataclass(frozen=True)
class OpenItemsSummary:
    count: int
    total: Decimal
    ages: dict[str, Decimal]  # every bucket of payments.AGE_BUCKETS, in order


def summary(session: Session, query: OpenItemsFilter, today: date) -> OpenItemsSummary:
    """Count and total open of what the filters select, and the open amounts by age (the age
    bucket filter left out: the strip shows every bucket)."""
    days = _days_overdue(today)
    whens = []
    for key, first, last in AGE_BUCKETS:
        condition = []
        if first is not None:
            condition.append(days >= first)
        if last is not None:
            condition.append(days <= last)
        whens.append((condition[0] if len(condition) == 1 else condition[0] & condition[1], key))
    bucket = case(*whens, else_="over_90").label("bucket")
    statement = _filtered(
        select(bucket, func.count(SalesDocument.id), func.sum(_open_amount()))
        .join(Customer, Customer.id == SalesDocument.customer_id)
        .group_by(bucket),
        OpenItemsFilter(
            text=query.text,
            customer_id=query.customer_id,
            group_id=query.group_id,
            overdue_only=query.overdue_only,
        ),
        today,
    )
    ages = {key: ZERO for key, _, _ in AGE_BUCKETS}
    counts = {key: 0 for key, _, _ in AGE_BUCKETS}
    for key, count, total in session.execute(statement):
        ages[key] = Decimal(total or 0).quantize(CENT)
        counts[key] = int(count)
    if query.age:
        return OpenItemsSummary(count=counts[query.age], total=ages[query.age], ages=ages)
    return OpenItemsSummary(
        count=sum(counts.values()), total=sum(ages.values(), ZERO).quantize(CENT), ages=ages
    )


# ---------------------------------------------------------------------------------------------
# One invoice, as the payment window shows it


@dataclass(frozen=True)
class Booking:
    id: int
    booked_on: date
    way: str
    way_label: str
    amount: Decimal
    skonto: Decimal
    write_off: Decimal
    note: str
    author: str
    undone: bool
    undo_text: str
    # What "Rückgängig" undoes: the booking, or the one it is part of (credit used); None:
    # undone already.
    undo_id: int | None


@dataclass(frozen=True)
class InvoiceFacts:
    document_id: int
    number: str
    customer_id: int
    customer_name: str
    document_date: date
    gross: Decimal
    paid: Decimal
    open: Decimal
    due: date
    days_overdue: int
    state: PaymentState
    state_label: str
    skonto_percent: Decimal | None
    skonto_until: date | None
    skonto: Decimal  # what the invoice grants (0: none)
    credit: Decimal  # the customer's credit
    bookings: tuple[Booking, ...]

    def amount_with_skonto(self, on: date) -> Decimal | None:
        """What settles the invoice when paid on ``on`` with its Skonto (None: not then)."""
        if self.skonto_until is None or on > self.skonto_until or self.skonto <= ZERO:
            return None
        if self.open <= self.skonto:
            return None
        return self.open - self.skonto


def invoice_facts(session: Session, document_id: int, today: date) -> InvoiceFacts:
    """What the payment window shows of an invoice (refused for anything else)."""
    invoice = payments._invoice(session, document_id)
    due = payments.due_date(invoice)
    state = payments.state(invoice, today)
    ways = payments.way_labels()
    bookings = []
    for payment in payments.payments_of(session, document_id):
        bookings.append(_booking(payment, ways))
    return InvoiceFacts(
        document_id=invoice.id,
        number=invoice.number or "",
        customer_id=invoice.customer_id,
        customer_name=invoice.customer.display_name,
        document_date=invoice.document_date,
        gross=invoice.gross_total,
        paid=invoice.paid_total,
        open=payments.open_of(invoice),
        due=due,
        days_overdue=payments.days_overdue(due, today),
        state=state,
        state_label=payments.state_labels()[state],
        skonto_percent=invoice.skonto_percent or None,
        skonto_until=payments.skonto_until(invoice),
        skonto=payments.skonto_of(invoice),
        credit=payments.credit(session, invoice.customer_id),
        bookings=tuple(bookings),
    )


def _booking(payment: Payment, ways: dict[str, str]) -> Booking:
    undone = payment.undone_at is not None
    return Booking(
        id=payment.id,
        booked_on=payment.booked_on,
        way=payment.way,
        way_label=ways.get(payment.way, payment.way),
        amount=payment.amount,
        skonto=payment.skonto,
        write_off=payment.write_off,
        note=payment.note,
        author=payment.author,
        undone=undone,
        undo_text=(
            tr("undone by {author}: {reason}", author=payment.undone_by, reason=payment.undo_reason)
            if undone
            else ""
        ),
        undo_id=None if undone else (payment.part_of_id or payment.id),
    )


__all__ = [
    "Booking",
    "InvoiceFacts",
    "OpenItemsFilter",
    "OpenItemsSummary",
    "invoice_facts",
    "item_ids",
    "item_rows",
    "sort_keys",
    "summary",
]
