"""The Offene Posten list and the facts of one invoice's payments, fast for big files.

:func:`meinbuero.services.payments.open_items` builds every open item at once; a list of
100 000 open invoices only needs their ids in order (SQL sorts and filters), the sums by age,
the count and the total (SQL aggregates), and the rows of the block shown
(:func:`item_rows`). The invoice's payment window gets its facts from :func:`invoice_facts`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import Select, String, func, select, type_coerce
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

S = TypeVar("S", bound=Select)  # type: ignore[type-arg]


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


def _filtered(statement: S, query: OpenItemsFilter, today: date) -> S:
    """The open invoices of the customer, group and search text (age and overdue are judged
    in Python from the date and payment days: SQLite's date functions would cost more than
    the list's whole budget on 100 000 rows)."""
    base = OpenItemsQuery(customer_id=query.customer_id, group_id=query.group_id)
    where = open_items_select(base, today).whereclause
    assert where is not None
    statement = statement.where(where)
    if query.text.strip():
        statement = statement.where(
            *search.sales_text_matches(query.text, SalesDocument.id, SalesDocument.search_text)
        )
    return statement


class _Days:
    """Days overdue from the stored ISO date and the payment days (dates parsed once)."""

    def __init__(self, today: date) -> None:
        self.today = today.toordinal()
        self._ordinals: dict[str, int] = {}

    def overdue(self, day: str, net_days: int | None) -> int:
        ordinal = self._ordinals.get(day)
        if ordinal is None:
            ordinal = self._ordinals[day] = date.fromisoformat(day).toordinal()
        return self.today - ordinal - (net_days or 0)


def _wanted(query: OpenItemsFilter) -> Callable[[int], bool]:
    """Whether an invoice so many days past due (≤ 0: not due) is shown."""
    buckets = [b for b in AGE_BUCKETS if not query.age or b[0] == query.age]

    def wanted(days: int) -> bool:
        if query.overdue_only and days <= 0:
            return False
        return any(
            (first is None or days >= first) and (last is None or days <= last)
            for _key, first, last in buckets
        )

    return wanted


_SORT: dict[str, Any] = {
    "number": SalesDocument.number,
    "customer": Customer.sort_key,
    "date": SalesDocument.document_date,
    "dunning": SalesDocument.dunning_level,
    "gross": SalesDocument.gross_total,
    "paid": SalesDocument.paid_total,
    "open": SalesDocument.gross_total - SalesDocument.paid_total,
}


def item_ids(session: Session, query: OpenItemsFilter, today: date) -> list[int]:
    """The ids of the open invoices the filters select, in the order asked for: SQL sorts by
    the columns it has; by due date and days overdue the ids read in date order are sorted by
    their due day (a stable sort: the same day keeps the date and number order)."""
    by_due = query.sort in ("due", "overdue") or query.sort not in _SORT
    column = SalesDocument.document_date if by_due else _SORT[query.sort]
    statement = _filtered(
        select(
            SalesDocument.id,
            type_coerce(SalesDocument.document_date, String),
            SalesDocument.net_days,
        ),
        query,
        today,
    )
    if query.sort == "customer":
        statement = statement.join(Customer, Customer.id == SalesDocument.customer_id)
    descending = query.descending and not by_due
    if by_due:
        # In the open items' index order (no sort of its own); the due day sorts below.
        statement = statement.order_by(column)
    else:
        # The id (in every index) breaks ties: the number would make SQLite read every row.
        tie = SalesDocument.id.desc() if descending else SalesDocument.id.asc()
        statement = statement.order_by(column.desc() if descending else column.asc(), tie)
    days = _Days(today)
    wanted = _wanted(query)
    # Per date and payment days (a few thousand pairs): days overdue, or None when not shown.
    judged: dict[tuple[str, int | None], int | None] = {}
    found = []
    for document_id, day, net_days in session.connection().execute(statement):
        key = (day, net_days)
        if key not in judged:
            overdue = days.overdue(day, net_days)
            judged[key] = overdue if wanted(overdue) else None
        shown = judged[key]
        if shown is not None:
            found.append((shown, document_id))
    if by_due:
        # Due first = most days overdue first; "overdue" descending is the same order.
        longest_first = query.descending if query.sort == "overdue" else not query.descending
        found.sort(key=lambda pair: pair[0], reverse=longest_first)
    return [document_id for _overdue, document_id in found]


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
    bucket filter left out: the strip shows every bucket). Summed in SQL per invoice date and
    payment days (a few thousand groups, read from the open items' index), bucketed here."""
    statement = _filtered(
        select(
            type_coerce(SalesDocument.document_date, String),
            SalesDocument.net_days,
            func.count(SalesDocument.id),
            func.sum(
                type_coerce(
                    SalesDocument.gross_total - SalesDocument.paid_total,
                    SalesDocument.gross_total.type,
                )
            ),
        ).group_by(SalesDocument.document_date, SalesDocument.net_days),
        query,
        today,
    )
    days = _Days(today)
    shown = _wanted(replace(query, age=""))
    ages = {key: ZERO for key, _, _ in AGE_BUCKETS}
    counts = {key: 0 for key, _, _ in AGE_BUCKETS}
    for day, net_days, count, total in session.execute(statement):
        overdue = days.overdue(day, net_days)
        if not shown(overdue):
            continue
        key = payments.age_of(max(overdue, 0))
        ages[key] += Decimal(total or 0)
        counts[key] += int(count)
    ages = {key: value.quantize(CENT) for key, value in ages.items()}
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
