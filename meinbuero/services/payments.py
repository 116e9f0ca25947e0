"""Payments and open items: what customers paid on their invoices, and what is still open.

A payment is a booking on the customer's account (:class:`~meinbuero.store.models.Payment`):
money received on an invoice, the Skonto taken with it, a small remainder written off; money
beyond what the invoice asks for is kept as the customer's credit (a booking without invoice)
and can be used on another invoice. Bookings are never changed or deleted — undoing one is
itself logged (who, when, why) and the database refuses anything else (triggers of migration
0007, which also keep ``sales_document.paid_total``).

The state of an invoice follows from its bookings and the day: offen, teilbezahlt, bezahlt,
überfällig (the due date passed), storniert.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, func, select, text, type_coerce
from sqlalchemy.orm import Session

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.money import CENT, ZERO, skonto_amount
from meinbuero.domain.values import format_date_de, format_decimal_de
from meinbuero.i18n import tr
from meinbuero.services import faults, settings
from meinbuero.services.errors import InvalidInput, NotFound, Refused
from meinbuero.store.models import (
    OPEN_INVOICE_SQL,
    Customer,
    CustomerGroupLink,
    Payment,
    PaymentWay,
    SalesDocument,
    SalesKind,
    SalesStatus,
    SalesStatusChange,
    display_name_of,
)
from meinbuero.store.types import utcnow


class PaymentState(StrEnum):
    OPEN = "open"
    PARTLY_PAID = "partly_paid"
    PAID = "paid"
    OVERDUE = "overdue"
    CANCELLED = "cancelled"


def state_labels() -> dict[str, str]:
    return {
        PaymentState.OPEN: tr("open"),
        PaymentState.PARTLY_PAID: tr("partly paid"),
        PaymentState.PAID: tr("paid"),
        PaymentState.OVERDUE: tr("overdue"),
        PaymentState.CANCELLED: tr("cancelled"),
    }


def way_labels() -> dict[str, str]:
    return {
        PaymentWay.TRANSFER: tr("Bank transfer"),
        PaymentWay.CASH: tr("Cash"),
        PaymentWay.PAYPAL: tr("PayPal"),
        PaymentWay.DIRECT_DEBIT: tr("Direct debit"),
        PaymentWay.CARD: tr("Card"),
        PaymentWay.CHEQUE: tr("Cheque"),
        PaymentWay.CREDIT: tr("Credit used"),
        PaymentWay.OTHER: tr("Other"),
    }


# ---------------------------------------------------------------------------------------------
# Dates and state of one invoice


def due_date(document: SalesDocument) -> date:
    """Fällig am: the document date plus the payment days (due at once without them)."""
    return document.document_date + timedelta(days=document.net_days or 0)


def skonto_until(document: SalesDocument) -> date | None:
    """The last day a payment may take the Skonto, or None when the invoice grants none."""
    if not document.skonto_percent or document.skonto_days is None:
        return None
    return document.document_date + timedelta(days=document.skonto_days)


def skonto_of(document: SalesDocument) -> Decimal:
    """The Skonto the invoice grants on its gross amount (0 without one)."""
    if not document.skonto_percent or document.gross_total <= ZERO:
        return ZERO
    return skonto_amount(document.gross_total, document.skonto_percent)


def open_of(document: SalesDocument) -> Decimal:
    """What is still to be paid on an invoice (0 when cancelled)."""
    if document.status == SalesStatus.CANCELLED or document.kind != SalesKind.INVOICE:
        return ZERO
    return document.gross_total - document.paid_total


def state_of(*, status: str, gross: Decimal, paid: Decimal, due: date, today: date) -> PaymentState:
    if status == SalesStatus.CANCELLED:
        return PaymentState.CANCELLED
    if paid >= gross:
        return PaymentState.PAID
    if due < today:
        return PaymentState.OVERDUE
    if paid > ZERO:
        return PaymentState.PARTLY_PAID
    return PaymentState.OPEN


def state(document: SalesDocument, today: date) -> PaymentState:
    return state_of(
        status=document.status,
        gross=document.gross_total,
        paid=document.paid_total,
        due=due_date(document),
        today=today,
    )


def days_overdue(due: date, today: date) -> int:
    return max(0, (today - due).days)


# ---------------------------------------------------------------------------------------------
# Booking


@dataclass(frozen=True)
class PaymentInput:
    """A payment as the window, the command line or the bank import gives it.

    ``document_id`` None books the amount as credit of ``customer_id``. ``skonto``: the
    difference between the open amount and ``amount`` is the Skonto the invoice grants (only
    within its period). ``bank_reference``: the bank booking it comes from; a second booking
    with the same reference is refused (a statement imported twice books nothing twice).
    """

    document_id: int | None
    on: date
    amount: Decimal
    way: str = PaymentWay.TRANSFER
    skonto: bool = False
    note: str = ""
    bank_reference: str | None = None
    customer_id: int | None = None


class AlreadyBooked(Refused):
    """The bank booking was booked before."""


def _invoice(session: Session, document_id: int) -> SalesDocument:
    document = session.get(SalesDocument, document_id)
    if document is None:
        raise NotFound(tr("The document is no longer in this company file."))
    session.refresh(document)  # paid_total is kept by triggers
    if document.kind != SalesKind.INVOICE or not document.is_final:
        raise Refused(tr("Payments are booked on finalised invoices."))
    return document


def _check_amount(amount: Decimal) -> None:
    if amount != amount.quantize(CENT):
        raise InvalidInput(
            [ValidationError("amount", tr("An amount has at most two places after the comma."))]
        )


def _log(
    session: Session, document: SalesDocument, message: str, at: datetime | None = None
) -> None:
    # The invoice's own log (append-only) shows its payments beside its status changes.
    session.add(
        SalesStatusChange(
            document_id=document.id,
            author=settings.display_name(session),
            status=document.status,
            text=message,
            at=at or utcnow(),
        )
    )


def _money(value: Decimal) -> str:
    return format_decimal_de(value, places=2) + " €"


def book(session: Session, data: PaymentInput, *, at: datetime | None = None) -> list[Payment]:
    """Book a payment; returns the bookings made (the invoice's, and the credit of an
    overpayment). Runs in the caller's transaction (``at``: when it was booked, now if not
    given)."""
    at = at or utcnow()
    # The write lock before the open amount is read: two programs booking wait for each other.
    faults.lock_for_writing(session)
    _check_amount(data.amount)
    if data.way not in way_labels() or data.way == PaymentWay.CREDIT:
        raise InvalidInput([ValidationError("way", tr("Please choose how it was paid."))])
    if data.amount == ZERO and not data.skonto:
        raise InvalidInput([ValidationError("amount", tr("Please enter the amount paid."))])
    if data.bank_reference is not None and already_booked(session, [data.bank_reference]):
        raise AlreadyBooked(tr("This bank booking has been booked already."))
    author = settings.display_name(session)
    if data.document_id is None:
        if data.customer_id is None or session.get(Customer, data.customer_id) is None:
            raise NotFound(tr("The customer is no longer in this company file."))
        credit = Payment(
            customer_id=data.customer_id,
            document_id=None,
            booked_on=data.on,
            amount=data.amount,
            way=data.way,
            note=data.note,
            bank_reference=data.bank_reference,
            author=author,
            created_at=at,
        )
        session.add(credit)
        session.flush()
        return [credit]

    invoice = _invoice(session, data.document_id)
    if invoice.status == SalesStatus.CANCELLED:
        raise Refused(
            tr(
                "The invoice {number} is cancelled; book the payment as credit of the customer.",
                number=invoice.number,
            )
        )
    still_open = open_of(invoice)
    skonto = ZERO
    if data.skonto:
        skonto = _skonto_taken(invoice, data, still_open)
    elif data.amount < ZERO and -data.amount > invoice.paid_total:
        raise InvalidInput(
            [ValidationError("amount", tr("More cannot be paid back than was paid."))]
        )
    on_invoice = data.amount if data.amount <= still_open - skonto else still_open - skonto
    if on_invoice <= ZERO and data.amount > ZERO and skonto == ZERO:
        raise Refused(tr("The invoice {number} is paid in full already.", number=invoice.number))
    payment = Payment(
        customer_id=invoice.customer_id,
        document_id=invoice.id,
        booked_on=data.on,
        amount=on_invoice,
        skonto=skonto,
        way=data.way,
        note=data.note,
        bank_reference=data.bank_reference,
        author=author,
        created_at=at,
    )
    session.add(payment)
    session.flush()
    made = [payment]
    excess = data.amount - on_invoice
    if excess > ZERO:
        made.append(
            Payment(
                customer_id=invoice.customer_id,
                document_id=None,
                booked_on=data.on,
                amount=excess,
                way=data.way,
                note=tr("Overpayment of invoice {number}", number=invoice.number),
                part_of_id=payment.id,
                author=author,
                created_at=at,
            )
        )
        session.add(made[-1])
    message = tr(
        "Payment of {amount} on {date} ({way})",
        amount=_money(data.amount),
        date=format_date_de(data.on),
        way=way_labels()[data.way],
    )
    if skonto:
        message += tr(", Skonto {amount}", amount=_money(skonto))
    if excess > ZERO:
        message += tr(", {amount} kept as credit", amount=_money(excess))
    _log(session, invoice, message, at)
    session.flush()
    session.refresh(invoice)
    return made


def _skonto_taken(invoice: SalesDocument, data: PaymentInput, still_open: Decimal) -> Decimal:
    last_day = skonto_until(invoice)
    if last_day is None:
        raise InvalidInput([ValidationError("skonto", tr("This invoice grants no Skonto."))])
    if data.on > last_day:
        raise InvalidInput(
            [
                ValidationError(
                    "skonto",
                    tr(
                        "The Skonto period ended on {date}; the payment came later.",
                        date=format_date_de(last_day),
                    ),
                )
            ]
        )
    granted = skonto_of(invoice)
    skonto = still_open - data.amount
    if skonto <= ZERO:
        raise InvalidInput(
            [ValidationError("skonto", tr("The payment covers the invoice; no Skonto is taken."))]
        )
    if skonto > granted:
        raise InvalidInput(
            [
                ValidationError(
                    "amount",
                    tr(
                        "With Skonto {skonto} the amount to pay is {amount}; the payment is "
                        "{short} short.",
                        skonto=_money(granted),
                        amount=_money(still_open - granted),
                        short=_money(skonto - granted),
                    ),
                )
            ]
        )
    return skonto


def amount_with_skonto(session: Session, document_id: int, on: date) -> Decimal | None:
    """What settles the invoice if paid on ``on`` with its Skonto (None: no Skonto then)."""
    invoice = _invoice(session, document_id)
    last_day = skonto_until(invoice)
    if last_day is None or on > last_day or open_of(invoice) <= skonto_of(invoice):
        return None
    return open_of(invoice) - skonto_of(invoice)


def write_off(session: Session, document_id: int, on: date, note: str = "") -> Payment:
    """Write off what is still open on an invoice (a small remainder the customer will not
    pay); logged on the invoice like a payment."""
    # The write lock before the open amount is read: two programs booking wait for each other.
    faults.lock_for_writing(session)
    invoice = _invoice(session, document_id)
    remainder = open_of(invoice)
    if remainder <= ZERO:
        raise Refused(tr("Nothing is open on the invoice {number}.", number=invoice.number))
    payment = Payment(
        customer_id=invoice.customer_id,
        document_id=invoice.id,
        booked_on=on,
        amount=ZERO,
        write_off=remainder,
        way=PaymentWay.OTHER,
        note=note,
        author=settings.display_name(session),
    )
    session.add(payment)
    session.flush()
    _log(session, invoice, tr("Written off: {amount}", amount=_money(remainder)))
    session.flush()
    session.refresh(invoice)
    return payment


def use_credit(session: Session, document_id: int, on: date) -> Decimal:
    """Settle an invoice from the customer's credit, as far as it goes; returns the amount."""
    # The write lock before the open amount is read: two programs booking wait for each other.
    faults.lock_for_writing(session)
    invoice = _invoice(session, document_id)
    amount = min(credit(session, invoice.customer_id), open_of(invoice))
    if amount <= ZERO:
        raise Refused(tr("The customer has no credit to use."))
    author = settings.display_name(session)
    taken = Payment(
        customer_id=invoice.customer_id,
        document_id=None,
        booked_on=on,
        amount=-amount,
        way=PaymentWay.CREDIT,
        note=tr("Used for invoice {number}", number=invoice.number),
        author=author,
    )
    session.add(taken)
    session.flush()
    session.add(
        Payment(
            customer_id=invoice.customer_id,
            document_id=invoice.id,
            booked_on=on,
            amount=amount,
            way=PaymentWay.CREDIT,
            part_of_id=taken.id,
            author=author,
        )
    )
    session.flush()
    _log(session, invoice, tr("Settled from credit: {amount}", amount=_money(amount)))
    session.flush()
    session.refresh(invoice)
    return amount


def release_to_credit(session: Session, invoice: SalesDocument, on: date) -> Decimal:
    """What was paid on an invoice that is cancelled becomes the customer's credit (called by
    the cancellation, in its transaction); returns the amount."""
    session.flush()
    session.refresh(invoice)
    paid = sum((p.amount for p in payments_of(session, invoice.id) if p.undone_at is None), ZERO)
    if paid <= ZERO:
        return ZERO
    author = settings.display_name(session)
    back = Payment(
        customer_id=invoice.customer_id,
        document_id=invoice.id,
        booked_on=on,
        amount=-paid,
        way=PaymentWay.CREDIT,
        note=tr("Cancelled: the payments become credit"),
        author=author,
    )
    session.add(back)
    session.flush()
    session.add(
        Payment(
            customer_id=invoice.customer_id,
            document_id=None,
            booked_on=on,
            amount=paid,
            way=PaymentWay.CREDIT,
            note=tr("From the cancelled invoice {number}", number=invoice.number),
            part_of_id=back.id,
            author=author,
        )
    )
    session.flush()
    return paid


def undo(session: Session, payment_id: int, reason: str) -> None:
    """Undo a booking (and the parts booked with it), logged with who, when and why."""
    if not reason.strip():
        raise InvalidInput([ValidationError("reason", tr("Please say why the payment is undone."))])
    # The write lock before the open amount is read: two programs booking wait for each other.
    faults.lock_for_writing(session)
    payment = session.get(Payment, payment_id)
    if payment is None:
        raise NotFound(tr("The payment is no longer in this company file."))
    if payment.undone_at is not None:
        raise Refused(tr("This payment has been undone already."))
    if payment.part_of_id is not None:
        raise Refused(tr("This booking belongs to another one; undo that one."))
    if payment.document_id is not None:
        invoice = session.get(SalesDocument, payment.document_id)
        if invoice is not None and invoice.status == SalesStatus.CANCELLED:
            raise Refused(
                tr(
                    "The invoice {number} is cancelled and its payments became credit; undo "
                    "nothing here, pay the credit back instead.",
                    number=invoice.number,
                )
            )
    parts = list(session.scalars(select(Payment).where(Payment.part_of_id == payment.id)))
    if (
        payment.document_id is None
        and payment.amount > ZERO
        and credit(session, payment.customer_id) < payment.amount
    ):
        raise Refused(tr("The credit has been used already; undo its use first."))
    now = utcnow()
    author = settings.display_name(session)
    for booking in (payment, *parts):
        booking.undone_at = now
        booking.undone_by = author
        booking.undo_reason = reason.strip()
    session.flush()
    if payment.document_id is not None:
        invoice = session.get(SalesDocument, payment.document_id)
        assert invoice is not None
        _log(
            session,
            invoice,
            tr(
                "Payment of {amount} on {date} undone: {reason}",
                amount=_money(payment.settles),
                date=format_date_de(payment.booked_on),
                reason=reason.strip(),
            ),
        )
        session.flush()
        session.refresh(invoice)


# ---------------------------------------------------------------------------------------------
# Reading


def already_booked(session: Session, references: Sequence[str]) -> set[str]:
    """Which of these bank references are booked (undone bookings count: they were seen)."""
    found: set[str] = set()
    refs = list(references)
    for start in range(0, len(refs), 500):
        found.update(
            session.scalars(
                select(Payment.bank_reference).where(
                    Payment.bank_reference.in_(refs[start : start + 500])
                )
            )
        )
    return found


def payments_of(session: Session, document_id: int) -> list[Payment]:
    return list(
        session.scalars(
            select(Payment)
            .where(Payment.document_id == document_id)
            .order_by(Payment.booked_on, Payment.id)
        )
    )


def customer_payments(session: Session, customer_id: int) -> list[Payment]:
    """Every booking on the customer's account, undone ones included, in date order."""
    return list(
        session.scalars(
            select(Payment)
            .where(Payment.customer_id == customer_id)
            .order_by(Payment.booked_on, Payment.id)
        )
    )


def credit(session: Session, customer_id: int) -> Decimal:
    """The customer's credit: overpayments and payments on cancelled invoices not used yet."""
    total = session.scalar(
        select(func.coalesce(func.sum(Payment.amount), 0)).where(
            Payment.customer_id == customer_id,
            Payment.document_id.is_(None),
            Payment.undone_at.is_(None),
        )
    )
    return Decimal(total or 0).quantize(CENT)


def open_total(session: Session, customer_id: int) -> Decimal:
    """What the customer still owes on invoices."""
    total = session.scalar(
        select(
            func.coalesce(
                func.sum(
                    type_coerce(
                        SalesDocument.gross_total - SalesDocument.paid_total,
                        SalesDocument.gross_total.type,
                    )
                ),
                0,
            )
        ).where(SalesDocument.customer_id == customer_id, text(OPEN_INVOICE_SQL))
    )
    return Decimal(total or 0).quantize(CENT)


@dataclass(frozen=True)
class OpenItem:
    document_id: int
    number: str
    customer_id: int
    customer_number: str
    customer_name: str
    document_date: date
    due: date
    gross: Decimal
    paid: Decimal
    open: Decimal
    days_overdue: int
    dunning_level: int
    state: PaymentState


# Ages of the open items, by days past the due date: (label key, first day, last day).
AGE_BUCKETS: tuple[tuple[str, int | None, int | None], ...] = (
    ("not_due", None, 0),
    ("1_30", 1, 30),
    ("31_60", 31, 60),
    ("61_90", 61, 90),
    ("over_90", 91, None),
)


def age_labels() -> dict[str, str]:
    return {
        "not_due": tr("not yet due"),
        "1_30": tr("1–30 days"),
        "31_60": tr("31–60 days"),
        "61_90": tr("61–90 days"),
        "over_90": tr("more than 90 days"),
    }


def age_of(days: int) -> str:
    for key, first, last in AGE_BUCKETS:
        if (first is None or days >= first) and (last is None or days <= last):
            return key
    raise AssertionError(days)


@dataclass(frozen=True)
class OpenItemsQuery:
    customer_id: int | None = None
    group_id: int | None = None
    overdue_only: bool = False


def open_items_select(query: OpenItemsQuery, today: date) -> Select[Any]:
    """The open items' query (the partial index of open invoices serves it)."""
    due = func.date(
        SalesDocument.document_date,
        func.printf("+%d days", func.coalesce(SalesDocument.net_days, 0)),
    )
    statement = (
        select(
            SalesDocument.id,
            SalesDocument.number,
            SalesDocument.customer_id,
            Customer.number.label("customer_number"),
            Customer.kind,
            Customer.company_name,
            Customer.first_name,
            Customer.last_name,
            SalesDocument.document_date,
            due.label("due"),
            SalesDocument.gross_total,
            SalesDocument.paid_total,
            SalesDocument.dunning_level,
            SalesDocument.status,
        )
        .join(Customer, Customer.id == SalesDocument.customer_id)
        .where(text(OPEN_INVOICE_SQL.replace("kind", "sales_document.kind")))
    )
    if query.customer_id is not None:
        statement = statement.where(SalesDocument.customer_id == query.customer_id)
    if query.group_id is not None:
        statement = statement.where(
            SalesDocument.customer_id.in_(
                select(CustomerGroupLink.customer_id).where(
                    CustomerGroupLink.group_id == query.group_id
                )
            )
        )
    if query.overdue_only:
        statement = statement.where(due < today.isoformat())
    return statement.order_by(due, SalesDocument.number)


def open_item_of(row: Any, today: date) -> OpenItem:
    """An open item from a row of :func:`open_items_select`."""
    due = date.fromisoformat(row.due)
    return OpenItem(
        document_id=row.id,
        number=row.number,
        customer_id=row.customer_id,
        customer_number=row.customer_number,
        customer_name=display_name_of(row.kind, row.company_name, row.first_name, row.last_name),
        document_date=row.document_date,
        due=due,
        gross=row.gross_total,
        paid=row.paid_total,
        open=row.gross_total - row.paid_total,
        days_overdue=days_overdue(due, today),
        dunning_level=row.dunning_level,
        state=state_of(
            status=row.status,
            gross=row.gross_total,
            paid=row.paid_total,
            due=due,
            today=today,
        ),
    )


def open_items(
    session: Session, today: date, query: OpenItemsQuery | None = None
) -> list[OpenItem]:
    """Every open invoice (not cancelled, not paid in full), the longest due first."""
    return [
        open_item_of(row, today)
        for row in session.execute(open_items_select(query or OpenItemsQuery(), today))
    ]


def ages(items: Sequence[OpenItem]) -> dict[str, Decimal]:
    """The open amounts summed by age (every bucket present, in order)."""
    sums = {key: ZERO for key, _, _ in AGE_BUCKETS}
    for item in items:
        sums[age_of(item.days_overdue)] += item.open
    return sums
