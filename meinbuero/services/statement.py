"""The Kontoauszug (statement of account) of one customer: every invoice, cancellation, dunning
charge and payment booking in date order with a running balance.

Soll (debit, what the customer owes more): an invoice's gross amount, the fee and interest of
a dunning notice. Haben (credit, what the customer owes less): a cancellation invoice (its
negative gross), money paid, Skonto taken and a remainder written off (each its own line), an
amount kept as credit. Using credit for an invoice shows both sides (Soll on the credit, Haben
on the invoice), as does the credit made of a cancelled invoice's payments.

An undone booking is shown as a pair: the booking on its day and its reversal on the day it was
undone — a statement once sent stays true for its period. The Skonto and write-off of an
invoice that is later cancelled are taken back on the cancellation's day (the cancellation
reverses the whole invoice; only the money paid becomes credit).

So the final balance is what the customer owes: the open invoices plus the dunning charges
minus the credit (:func:`balance_check`; nothing books a dunning charge as paid yet, so every
charge counts as open). A period filter carries everything before its first day forward as
one opening balance ("Saldovortrag").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from meinbuero.domain.money import CENT, ZERO
from meinbuero.domain.values import LOCAL_ZONE, format_date_de, format_decimal_de
from meinbuero.i18n import tr
from meinbuero.printing.model import InfoItem, PrintStatement, StatementRow
from meinbuero.services import payments
from meinbuero.services.customers import existing_customer
from meinbuero.store.models import (
    DunningNotice,
    Payment,
    PaymentWay,
    SalesDocument,
    SalesKind,
)

# Where a printed statement is filed in the customer's Dokumente (migration 0013).
FILED_CATEGORY = "Kontoauszug"


class LineKind(StrEnum):
    OPENING = "opening"
    INVOICE = "invoice"
    CANCELLATION = "cancellation"
    DUNNING = "dunning"
    PAYMENT = "payment"
    SKONTO = "skonto"
    WRITE_OFF = "write_off"
    CREDIT = "credit"
    UNDONE = "undone"
    TAKEN_BACK = "taken_back"


# Within a day: what is owed before what is paid.
_RANK = {
    LineKind.INVOICE: 0,
    LineKind.DUNNING: 1,
    LineKind.CANCELLATION: 2,
    LineKind.TAKEN_BACK: 3,
    LineKind.PAYMENT: 4,
    LineKind.SKONTO: 4,
    LineKind.WRITE_OFF: 4,
    LineKind.CREDIT: 4,
    LineKind.UNDONE: 5,
}


@dataclass(frozen=True)
class StatementLine:
    on: date
    kind: str
    #: Beleg: the invoice's (or cancellation's) number the line belongs to; "" for none.
    reference: str
    text: str
    debit: Decimal  # Soll
    credit: Decimal  # Haben
    balance: Decimal
    #: The sales document to open for the line (None: a credit without invoice, the opening).
    document_id: int | None = None

    @property
    def amount(self) -> Decimal:
        return self.debit - self.credit


@dataclass(frozen=True)
class Statement:
    customer_id: int
    customer_number: str
    customer_name: str
    date_from: date | None
    date_to: date | None
    #: The balance carried forward from before ``date_from`` (0 without a start).
    opening: Decimal
    lines: list[StatementLine]
    closing: Decimal

    @property
    def debit_total(self) -> Decimal:
        return sum((line.debit for line in self.lines), ZERO)

    @property
    def credit_total(self) -> Decimal:
        return sum((line.credit for line in self.lines), ZERO)


@dataclass(frozen=True)
class _Entry:
    on: date
    kind: LineKind
    order: int  # the id of the row it comes from, for a stable order within a day
    reference: str
    text: str
    amount: Decimal  # + Soll, - Haben
    document_id: int | None


def _money(value: Decimal) -> str:
    return format_decimal_de(value, places=2) + " €"


def _documents(session: Session, customer_id: int) -> Iterable[_Entry]:
    cancelled = aliased(SalesDocument)
    # Plain columns, not ORM objects: thousands of rows per customer.
    d = SalesDocument
    for document in session.execute(
        select(
            d.id,
            d.kind,
            d.number,
            d.subject,
            d.document_date,
            d.gross_total,
            cancelled.number.label("cancelled_number"),
        )
        .outerjoin(cancelled, cancelled.id == SalesDocument.cancels_id)
        .where(
            SalesDocument.customer_id == customer_id,
            SalesDocument.finalised_at.is_not(None),
            SalesDocument.kind.in_((SalesKind.INVOICE, SalesKind.CANCELLATION)),
        )
    ):
        if document.kind == SalesKind.INVOICE:
            text = tr("Invoice")
            if document.subject:
                text += f": {document.subject}"
            kind = LineKind.INVOICE
        else:
            text = tr("Cancellation of invoice {number}", number=document.cancelled_number or "")
            kind = LineKind.CANCELLATION
        yield _Entry(
            document.document_date,
            kind,
            document.id,
            document.number or "",
            text,
            document.gross_total,
            document.id,
        )


def _taken_back(session: Session, customer_id: int) -> Iterable[_Entry]:
    """The Skonto and write-offs still standing on cancelled invoices, taken back on the day
    of the cancellation."""
    invoice = aliased(SalesDocument)
    rows = session.execute(
        select(
            SalesDocument.id,
            SalesDocument.document_date,
            SalesDocument.number,
            invoice.id,
            invoice.number,
            func.sum(Payment.skonto),
            func.sum(Payment.write_off),
        )
        .join(invoice, invoice.id == SalesDocument.cancels_id)
        .join(Payment, Payment.document_id == invoice.id)
        .where(
            SalesDocument.customer_id == customer_id,
            SalesDocument.kind == SalesKind.CANCELLATION,
            SalesDocument.finalised_at.is_not(None),
            Payment.undone_at.is_(None),
        )
        .group_by(
            SalesDocument.id,
            SalesDocument.document_date,
            SalesDocument.number,
            invoice.id,
            invoice.number,
        )
    )
    for cancellation_id, on, number, invoice_id, invoice_number, skonto, written_off in rows:
        amount = (skonto or ZERO) + (written_off or ZERO)
        if amount:
            yield _Entry(
                on,
                LineKind.TAKEN_BACK,
                cancellation_id,
                number or "",
                tr(
                    "Skonto and write-off of the cancelled invoice {number} taken back",
                    number=invoice_number or "",
                ),
                amount,
                invoice_id,
            )


def _dunning(session: Session, customer_id: int) -> Iterable[_Entry]:
    for notice, number in session.execute(
        select(DunningNotice, SalesDocument.number)
        .join(SalesDocument, SalesDocument.id == DunningNotice.document_id)
        .where(DunningNotice.customer_id == customer_id)
    ):
        charge = notice.fee + notice.interest
        if not charge:
            continue
        parts = []
        if notice.fee:
            parts.append(tr("fee {amount}", amount=_money(notice.fee)))
        if notice.interest:
            parts.append(tr("interest {amount}", amount=_money(notice.interest)))
        yield _Entry(
            notice.notice_date,
            LineKind.DUNNING,
            notice.id,
            number or "",
            tr("Dunning level {level}: {parts}", level=notice.level, parts=", ".join(parts)),
            charge,
            notice.document_id,
        )


def _payment_text(payment: Any, ways: dict[str, str]) -> tuple[LineKind, str]:
    if payment.document_id is None:
        if payment.amount < 0:
            return LineKind.CREDIT, payment.note or tr("Credit used")
        label = tr("Credit")
        return LineKind.CREDIT, f"{label}: {payment.note}" if payment.note else label
    if payment.way == PaymentWay.CREDIT:
        if payment.amount < 0:
            label = tr("Payments of the cancelled invoice moved to credit")
        else:
            label = tr("Settled from credit")
        return LineKind.CREDIT, label
    label = tr("Payment ({way})", way=ways.get(payment.way, payment.way))
    if payment.amount < 0:
        label = tr("Paid back ({way})", way=ways.get(payment.way, payment.way))
    return LineKind.PAYMENT, f"{label}: {payment.note}" if payment.note else label


def _payments(session: Session, customer_id: int) -> Iterable[_Entry]:
    ways = payments.way_labels()
    parent = aliased(Payment)
    parent_document = aliased(SalesDocument)
    # A credit booking names the invoice it was booked with: its parent's or its part's.
    part_numbers = {
        part_of: number
        for part_of, number in session.execute(
            select(Payment.part_of_id, SalesDocument.number)
            .join(SalesDocument, SalesDocument.id == Payment.document_id)
            .where(Payment.customer_id == customer_id, Payment.part_of_id.is_not(None))
        )
    }
    p = Payment
    for payment in session.execute(
        select(
            p.id,
            p.document_id,
            p.booked_on,
            p.amount,
            p.skonto,
            p.write_off,
            p.way,
            p.note,
            p.undone_at,
            p.undo_reason,
            SalesDocument.number.label("number"),
            parent_document.number.label("parent_number"),
        )
        .outerjoin(SalesDocument, SalesDocument.id == Payment.document_id)
        .outerjoin(parent, parent.id == Payment.part_of_id)
        .outerjoin(parent_document, parent_document.id == parent.document_id)
        .where(Payment.customer_id == customer_id)
    ):
        reference = payment.number or payment.parent_number or part_numbers.get(payment.id) or ""
        document_id = payment.document_id
        kind, text = _payment_text(payment, ways)
        parts = [
            (kind, text, payment.amount),
            (LineKind.SKONTO, tr("Skonto"), payment.skonto),
            (LineKind.WRITE_OFF, tr("Written off"), payment.write_off),
        ]
        for part_kind, part_text, amount in parts:
            if amount:
                yield _Entry(
                    payment.booked_on,
                    part_kind,
                    payment.id,
                    reference,
                    part_text,
                    -amount,
                    document_id,
                )
        if payment.undone_at is not None:
            undone_on = payment.undone_at.astimezone(LOCAL_ZONE).date()
            yield _Entry(
                undone_on,
                LineKind.UNDONE,
                payment.id,
                reference,
                tr(
                    "Booking of {date} undone: {reason}",
                    date=format_date_de(payment.booked_on),
                    reason=payment.undo_reason,
                ),
                payment.amount + payment.skonto + payment.write_off,
                document_id,
            )


def _entries(session: Session, customer_id: int) -> list[_Entry]:
    entries = [
        *_documents(session, customer_id),
        *_taken_back(session, customer_id),
        *_dunning(session, customer_id),
        *_payments(session, customer_id),
    ]
    entries.sort(key=lambda e: (e.on, _RANK[e.kind], e.order))
    return entries


def statement(
    session: Session,
    customer_id: int,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
) -> Statement:
    """The customer's Kontoauszug, of the period ``date_from``–``date_to`` (open ends: None)."""
    customer = existing_customer(session, customer_id)
    opening = ZERO.quantize(CENT)
    balance = opening
    lines: list[StatementLine] = []
    for entry in _entries(session, customer_id):
        if date_to is not None and entry.on > date_to:
            break
        if date_from is not None and entry.on < date_from:
            opening += entry.amount
            balance = opening
            continue
        balance += entry.amount
        lines.append(
            StatementLine(
                on=entry.on,
                kind=entry.kind,
                reference=entry.reference,
                text=entry.text,
                debit=entry.amount if entry.amount > 0 else ZERO.quantize(CENT),
                credit=-entry.amount if entry.amount < 0 else ZERO.quantize(CENT),
                balance=balance,
                document_id=entry.document_id,
            )
        )
    return Statement(
        customer_id=customer_id,
        customer_number=customer.number,
        customer_name=customer.display_name,
        date_from=date_from,
        date_to=date_to,
        opening=opening,
        lines=lines,
        closing=balance,
    )


def open_charges(session: Session, customer_id: int) -> Decimal:
    """The dunning fees and interest claimed from the customer (none is booked as paid yet)."""
    total = session.scalar(
        select(
            func.sum(
                type_coerce(DunningNotice.fee + DunningNotice.interest, DunningNotice.fee.type)
            )
        ).where(DunningNotice.customer_id == customer_id)
    )
    return (total or ZERO).quantize(CENT)


@dataclass(frozen=True)
class BalanceCheck:
    open_invoices: Decimal
    open_charges: Decimal
    credit: Decimal

    @property
    def expected(self) -> Decimal:
        """What the statement's final balance must be."""
        return self.open_invoices + self.open_charges - self.credit


def balance_check(session: Session, customer_id: int) -> BalanceCheck:
    """The parts the final balance is made of, read from the payments' own sums."""
    return BalanceCheck(
        open_invoices=payments.open_total(session, customer_id),
        open_charges=open_charges(session, customer_id),
        credit=payments.credit(session, customer_id),
    )


def balance_sentence(balance: Decimal) -> str:
    """The final balance in words, as the statement closes."""
    if balance > 0:
        return tr("Your balance in our favour: {amount}", amount=_money(balance))
    if balance < 0:
        return tr("Your credit: {amount}", amount=_money(-balance))
    return tr("Your account is settled.")


# ---------------------------------------------------------------------------------------------
# Printing


def period_text(date_from: date | None, date_to: date | None, today: date) -> str:
    """The period as the info block and the window show it: "01.01.2026 – 31.03.2026"."""
    if date_from is None:
        return tr("until {date}", date=format_date_de(date_to or today))
    return f"{format_date_de(date_from)} – {format_date_de(date_to or today)}"


def print_statement(session: Session, shown: Statement, *, today: date) -> PrintStatement:
    """The statement as printed (addressed to the customer as it is now)."""
    from meinbuero.services import sales, sales_print, settings

    company = settings.company(session)
    customer = existing_customer(session, shown.customer_id)
    person = sales._main_person(session, customer.id)
    until = shown.date_to or today
    rows = []
    if shown.date_from is not None:
        rows.append(
            StatementRow(
                on=shown.date_from,
                reference="",
                text=tr("Balance carried forward"),
                debit=ZERO,
                credit=ZERO,
                balance=shown.opening,
            )
        )
    rows += [
        StatementRow(
            on=line.on,
            reference=line.reference,
            text=line.text,
            debit=line.debit,
            credit=line.credit,
            balance=line.balance,
        )
        for line in shown.lines
    ]
    salutation = sales.letter_salutation_of(customer, person)
    return PrintStatement(
        letterhead=sales_print.letterhead(company),
        return_line=sales_print.return_line(company),
        address_lines=tuple(sales.address_lines(customer, person)),
        info=(
            InfoItem(tr("Customer no."), shown.customer_number),
            InfoItem(tr("Date"), format_date_de(today)),
            InfoItem(tr("Period"), period_text(shown.date_from, shown.date_to, today)),
        ),
        title=tr("Statement of account"),
        intro=salutation
        + "\n\n"
        + tr("below you find the invoices and payments of the period with the running balance."),
        rows=tuple(rows),
        closing_label=tr("Balance on {date}", date=format_date_de(until)),
        closing=shown.closing,
        closing_sentence=balance_sentence(shown.closing),
        note=tr(
            "Payments made after {date} are not included. If you find a difference, please "
            "let us know.",
            date=format_date_de(until),
        ),
    )


def pdf_bytes(session: Session, shown: Statement, *, today: date) -> bytes:
    from meinbuero.printing.statement import render_statement

    return render_statement(print_statement(session, shown, today=today))


def file_pdf(session: Session, shown: Statement, pdf: bytes, *, today: date) -> int:
    """File the statement's PDF in the customer's Dokumente; returns the document's id."""
    from meinbuero.services import documents

    filed = documents.add_document_bytes(
        session,
        customer_id=shown.customer_id,
        content=pdf,
        file_name=f"Kontoauszug {shown.customer_number} {today.isoformat()}.pdf",
        category=FILED_CATEGORY,
        title=tr(
            "Statement of account {period}",
            period=period_text(shown.date_from, shown.date_to, today),
        ),
    )
    filed.document_date = today
    session.flush()
    return filed.id
