"""The figures of one customer's Statistik tab, each computed by an SQL aggregate, and the
documents behind each figure ("click a figure to see the documents").

What counts:

- **Orders**: the finalised order confirmations, and the finalised invoices that are not
  cancelled and were not made from an order confirmation (directly or through a delivery
  note). An order confirmation carried on to one or several invoices is one order; an invoice
  without confirmation is an order of its own. A confirmation stays an order when its invoice
  is cancelled (the customer did give the order).
- **Net revenue**: the net amounts of the finalised invoices minus those of the cancellation
  invoices (stored negative), by document date — a cancelled invoice and its cancellation
  cancel each other out, each in its own month.
- **Open invoices**: finalised, not cancelled, not settled in full (count and amount).
- **Credit**: :func:`meinbuero.services.payments.credit`.
- **Days to payment**: over the invoices settled in full (not cancelled), from the invoice date
  to the date of the last booking that settled it (undone bookings left out).
- **Last order** and **first invoice**: the dates of the newest order and of the oldest
  invoice that is not cancelled.
- **Top articles**: the article positions of invoices and cancellations, by net revenue, with
  their quantity (cancellations subtract both).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, and_, extract, func, or_, select, text, type_coerce, union_all
from sqlalchemy.orm import Session, aliased

from meinbuero.domain.money import CENT, ZERO
from meinbuero.services import payments
from meinbuero.store.models import (
    OPEN_INVOICE_SQL,
    Article,
    Payment,
    SalesDocument,
    SalesKind,
    SalesLine,
    SalesStatus,
)
from meinbuero.store.sql import days_between

BILLING = (SalesKind.INVOICE.value, SalesKind.CANCELLATION.value)
TOP_ARTICLES = 10


class Figure(StrEnum):
    """A figure of the Statistik tab whose documents can be listed."""

    ORDERS = "orders"
    REVENUE = "revenue"  # optionally of one year, or one month of a year
    OPEN_INVOICES = "open_invoices"
    CREDIT = "credit"
    DAYS_TO_PAYMENT = "days_to_payment"
    LAST_ORDER = "last_order"
    FIRST_INVOICE = "first_invoice"
    ARTICLE = "article"


@dataclass(frozen=True)
class ArticleFigure:
    article_id: int
    number: str
    name: str
    quantity: Decimal
    unit: str
    revenue: Decimal


@dataclass(frozen=True)
class CustomerFigures:
    orders: int
    #: Net revenue by year, the years with invoices or cancellations, ascending.
    revenue_by_year: dict[int, Decimal]
    open_invoices: int
    open_amount: Decimal
    credit: Decimal
    paid_invoices: int
    #: Average days from invoice date to full payment (one decimal), None without paid invoices.
    days_to_payment: Decimal | None
    last_order: date | None
    first_invoice: date | None
    top_articles: list[ArticleFigure]

    @property
    def revenue_total(self) -> Decimal:
        return sum(self.revenue_by_year.values(), ZERO)


# ---------------------------------------------------------------------------------------------
# The selections behind the figures (each a SELECT of id and document_date)


def _final(customer_id: int) -> Any:
    return and_(
        SalesDocument.customer_id == customer_id,
        SalesDocument.finalised_at.is_not(None),
    )


def _orders(customer_id: int) -> Select[Any]:
    """Order confirmations, and invoices that were not made from one (see the module)."""
    source = aliased(SalesDocument)
    grand_source = aliased(SalesDocument)
    confirmations = select(SalesDocument.id, SalesDocument.document_date).where(
        _final(customer_id), SalesDocument.kind == SalesKind.ORDER_CONFIRMATION
    )
    not_confirmed = [
        or_(alias.kind.is_(None), alias.kind != SalesKind.ORDER_CONFIRMATION)
        for alias in (source, grand_source)
    ]
    invoices = (
        select(SalesDocument.id, SalesDocument.document_date)
        .outerjoin(source, source.id == SalesDocument.source_id)
        .outerjoin(grand_source, grand_source.id == source.source_id)
        .where(
            _final(customer_id),
            SalesDocument.kind == SalesKind.INVOICE,
            SalesDocument.status != SalesStatus.CANCELLED,
            *not_confirmed,
        )
    )
    return union_all(confirmations, invoices).subquery().select()


def _billing(customer_id: int, year: int | None = None, month: int | None = None) -> Any:
    conditions = [_final(customer_id), SalesDocument.kind.in_(BILLING)]
    if year is not None:
        first, last = date(year, month or 1, 1), date(year, month or 12, 1)
        after = date(last.year + last.month // 12, last.month % 12 + 1, 1)
        conditions += [SalesDocument.document_date >= first, SalesDocument.document_date < after]
    return and_(*conditions)


def _valid_invoices(customer_id: int) -> Any:
    return and_(
        _final(customer_id),
        SalesDocument.kind == SalesKind.INVOICE,
        SalesDocument.status != SalesStatus.CANCELLED,
    )


def _paid_on(customer_id: int) -> Any:
    """Per invoice of the customer: the date of its last booking still standing."""
    return (
        select(Payment.document_id, func.max(Payment.booked_on).label("paid_on"))
        .where(
            Payment.customer_id == customer_id,
            Payment.document_id.is_not(None),
            Payment.undone_at.is_(None),
        )
        .group_by(Payment.document_id)
        .subquery()
    )


def _paid_invoices(customer_id: int) -> Any:
    return and_(
        _valid_invoices(customer_id),
        SalesDocument.gross_total > 0,
        SalesDocument.paid_total >= SalesDocument.gross_total,
    )


def _open_amount() -> Any:
    return type_coerce(
        SalesDocument.gross_total - SalesDocument.paid_total, SalesDocument.gross_total.type
    )


def _open(customer_id: int) -> Any:
    return and_(SalesDocument.customer_id == customer_id, text(OPEN_INVOICE_SQL))


# ---------------------------------------------------------------------------------------------
# The figures


def _money(value: Decimal | None) -> Decimal:
    return (value or ZERO).quantize(CENT)


def revenue_by_year(session: Session, customer_id: int) -> dict[int, Decimal]:
    year = extract("year", SalesDocument.document_date)
    rows = session.execute(
        select(year, func.sum(SalesDocument.net_total))
        .where(_billing(customer_id))
        .group_by(year)
        .order_by(year)
    )
    return {int(y): _money(total) for y, total in rows}


def revenue_by_month(session: Session, customer_id: int, year: int) -> list[Decimal]:
    """The net revenue of each month of ``year`` (January first; 0 for a month without)."""
    month = extract("month", SalesDocument.document_date)
    months = [ZERO.quantize(CENT)] * 12
    for number, total in session.execute(
        select(month, func.sum(SalesDocument.net_total))
        .where(_billing(customer_id, year))
        .group_by(month)
    ):
        months[int(number) - 1] = _money(total)
    return months


def top_articles(
    session: Session, customer_id: int, limit: int = TOP_ARTICLES
) -> list[ArticleFigure]:
    revenue = func.sum(SalesLine.net_amount)
    rows = session.execute(
        select(
            SalesLine.article_id,
            Article.number,
            Article.name,
            func.sum(SalesLine.quantity),
            func.max(SalesLine.unit),
            revenue,
        )
        .join(SalesDocument, SalesDocument.id == SalesLine.document_id)
        .join(Article, Article.id == SalesLine.article_id)
        .where(_billing(customer_id), SalesLine.kind == "item", SalesLine.optional.is_(False))
        .group_by(SalesLine.article_id, Article.number, Article.name)
        .having(revenue != 0)
        .order_by(revenue.desc(), Article.name)
        .limit(limit)
    )
    return [
        ArticleFigure(
            article_id=int(article_id or 0),
            number=number,
            name=name,
            quantity=quantity or ZERO,
            unit=unit or "",
            revenue=_money(total),
        )
        for article_id, number, name, quantity, unit, total in rows
    ]


def figures(session: Session, customer_id: int) -> CustomerFigures:
    """Every figure of the Statistik tab (the monthly revenue comes per year, on demand)."""
    orders = _orders(customer_id).subquery()
    order_count, last_order = session.execute(
        select(func.count(), func.max(orders.c.document_date))
    ).one()
    open_count, open_amount = session.execute(
        select(func.count(), func.sum(_open_amount())).where(_open(customer_id))
    ).one()
    paid_on = _paid_on(customer_id)
    paid_count, average_days = session.execute(
        select(
            func.count(),
            func.avg(days_between(paid_on.c.paid_on, SalesDocument.document_date)),
        )
        .join(paid_on, paid_on.c.document_id == SalesDocument.id)
        .where(_paid_invoices(customer_id))
    ).one()
    first_invoice = session.scalar(
        select(func.min(SalesDocument.document_date)).where(_valid_invoices(customer_id))
    )
    return CustomerFigures(
        orders=order_count,
        revenue_by_year=revenue_by_year(session, customer_id),
        open_invoices=open_count,
        open_amount=_money(open_amount),
        credit=payments.credit(session, customer_id),
        paid_invoices=paid_count,
        days_to_payment=(
            None if average_days is None else Decimal(str(average_days)).quantize(Decimal("0.1"))
        ),
        last_order=_as_date(last_order),
        first_invoice=_as_date(first_invoice),
        top_articles=top_articles(session, customer_id),
    )


def _as_date(value: date | str | None) -> date | None:
    # An aggregate over a union comes back as the stored text on SQLite.
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


# ---------------------------------------------------------------------------------------------
# The documents behind a figure


def documents(
    session: Session,
    customer_id: int,
    figure: Figure,
    *,
    year: int | None = None,
    month: int | None = None,
    article_id: int | None = None,
) -> list[int]:
    """The ids of the sales documents behind ``figure``, oldest first.

    REVENUE: the invoices and cancellations (of ``year``, of ``month`` of it); ARTICLE: those
    with a position of ``article_id``; CREDIT: the invoices the credit came from or was used
    for (an amount paid without invoice has none).
    """
    if figure in (Figure.ORDERS, Figure.LAST_ORDER):
        orders = _orders(customer_id).subquery()
        chosen = select(orders.c.id)
        if figure == Figure.LAST_ORDER:
            chosen = chosen.where(
                orders.c.document_date == select(func.max(orders.c.document_date)).scalar_subquery()
            )
        return list(session.scalars(chosen.order_by(orders.c.document_date, orders.c.id)))
    statement = select(SalesDocument.id)
    if figure == Figure.REVENUE:
        statement = statement.where(_billing(customer_id, year, month))
    elif figure == Figure.OPEN_INVOICES:
        statement = statement.where(_open(customer_id))
    elif figure == Figure.DAYS_TO_PAYMENT:
        paid_on = _paid_on(customer_id)
        statement = statement.join(paid_on, paid_on.c.document_id == SalesDocument.id).where(
            _paid_invoices(customer_id)
        )
    elif figure == Figure.FIRST_INVOICE:
        first = select(func.min(SalesDocument.document_date)).where(_valid_invoices(customer_id))
        statement = statement.where(
            _valid_invoices(customer_id), SalesDocument.document_date == first.scalar_subquery()
        )
    elif figure == Figure.ARTICLE:
        statement = statement.where(
            _billing(customer_id),
            SalesDocument.id.in_(
                select(SalesLine.document_id).where(SalesLine.article_id == article_id)
            ),
        )
    elif figure == Figure.CREDIT:
        statement = statement.where(SalesDocument.id.in_(_credit_documents(customer_id)))
    else:  # pragma: no cover - every figure is handled above
        raise ValueError(figure)
    return list(session.scalars(statement.order_by(SalesDocument.document_date, SalesDocument.id)))


def _credit_documents(customer_id: int) -> Select[Any]:
    """The invoices booked together with a credit booking that still stands: the overpaid or
    cancelled invoice it came from, the invoice it was used for."""
    credit = select(Payment.id, Payment.part_of_id).where(
        Payment.customer_id == customer_id,
        Payment.document_id.is_(None),
        Payment.undone_at.is_(None),
    )
    credit_ids = credit.with_only_columns(Payment.id)
    parents = credit.with_only_columns(Payment.part_of_id).where(Payment.part_of_id.is_not(None))
    return select(Payment.document_id).where(
        Payment.document_id.is_not(None),
        Payment.undone_at.is_(None),
        or_(Payment.part_of_id.in_(credit_ids), Payment.id.in_(parents)),
    )
