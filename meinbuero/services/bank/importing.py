"""Import a bank statement: read the file, propose an invoice for each booking, book what the
user confirms — all of it in the caller's one transaction, through :func:`payments.book`.

A booking carries its ``bank_reference`` into the payment (the unique column refuses a second
one): read again from the same file or from a later statement that overlaps, it shows as
"bereits gebucht" and is skipped. A booking paying several invoices books its first part under
the reference itself and the others under ``reference#2``, ``#3``…
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from meinbuero.domain.money import skonto_amount
from meinbuero.domain.values import format_date_de, format_decimal_de
from meinbuero.i18n import tr
from meinbuero.services import payments, settings
from meinbuero.services.bank.camt import looks_like_xml, read_camt, read_zip
from meinbuero.services.bank.csv_banks import MappingNeeded, read_csv_statement
from meinbuero.services.bank.matching import (
    Allocation,
    Confidence,
    Customer,
    Matcher,
    OpenInvoice,
    Proposal,
)
from meinbuero.services.bank.model import BankBooking, Statement, StatementError
from meinbuero.services.errors import InvalidInput, NotFound, Refused
from meinbuero.store.models import (
    Customer as CustomerRow,
)
from meinbuero.store.models import (
    PaymentWay,
    SalesDocument,
    SalesKind,
    Setting,
    display_name_of,
)

MAPPING_KEY = "bank_csv_mapping:"
# A bank file beyond this is no statement (a year of a busy account is a few MB).
SIZE_LIMIT = 256 * 1024 * 1024
NOTE_LENGTH = 300


# --- reading ------------------------------------------------------------------------------------


def read_statement(
    path: Path, session: Session | None = None, *, mapping: dict[str, str] | None = None
) -> Statement:
    """The bookings of a CAMT.053 file, a zip of them or a bank's CSV export.

    For a CSV layout we do not know, the ``mapping`` given, else the one saved for its
    headings (``session``), else :class:`MappingNeeded`.
    """
    name = path.name
    try:
        if path.stat().st_size > SIZE_LIMIT:
            raise StatementError(tr("{name} is too large to be a bank statement.", name=name))
        data = path.read_bytes()
    except FileNotFoundError:
        raise StatementError(tr("The file {name} does not exist.", name=str(path))) from None
    except OSError as error:
        raise StatementError(
            tr("{name} cannot be read: {reason}", name=name, reason=error.strerror or str(error))
        ) from None
    if not data.strip():
        raise StatementError(tr("The file {name} is empty.", name=name))
    if data.startswith(b"PK\x03\x04"):
        return read_zip(data, name=name)
    if looks_like_xml(data):
        return read_camt(data, name=name)
    try:
        return read_csv_statement(data, name=name, mapping=mapping)
    except MappingNeeded as needed:
        saved = load_mapping(session, needed.signature) if session is not None else None
        if saved is None:
            raise
        return read_csv_statement(data, name=name, mapping=saved)


def load_mapping(session: Session, signature: str) -> dict[str, str] | None:
    row = session.get(Setting, MAPPING_KEY + signature)
    return json.loads(row.value) if row is not None else None


def save_mapping(session: Session, headers: list[str], mapping: dict[str, str]) -> None:
    """Remember the columns of a bank's file for its next statement (by its headings)."""
    from meinbuero.services.bank.csv_banks import signature_of

    value = json.dumps({h: t for h, t in mapping.items() if t}, ensure_ascii=False)
    session.merge(Setting(key=MAPPING_KEY + signature_of(headers), value=value))
    session.flush()


# --- proposals ----------------------------------------------------------------------------------


def open_invoices(session: Session, today: date | None = None) -> list[OpenInvoice]:
    """Every open invoice with its customer and Skonto: the open items' query, with the
    Skonto's columns."""
    query = payments.open_items_select(payments.OpenItemsQuery(), today or date.today())
    rows = session.execute(
        query.add_columns(SalesDocument.skonto_percent, SalesDocument.skonto_days)
    )
    invoices = []
    for row in rows:
        skonto = Decimal("0.00")
        until = None
        if row.skonto_percent and row.skonto_days is not None:
            skonto = skonto_amount(row.gross_total, row.skonto_percent)
            until = row.document_date + timedelta(days=row.skonto_days)
        invoices.append(
            OpenInvoice(
                document_id=row.id,
                number=row.number,
                customer_id=row.customer_id,
                customer_name=display_name_of(
                    row.kind, row.company_name, row.first_name, row.last_name
                ),
                document_date=row.document_date,
                open=row.gross_total - row.paid_total,
                skonto=skonto,
                skonto_until=until,
            )
        )
    return invoices


def customers(session: Session) -> list[Customer]:
    """The customers a payer may be: every one not archived (name and IBAN)."""
    rows = session.execute(
        select(
            CustomerRow.id,
            CustomerRow.kind,
            CustomerRow.company_name,
            CustomerRow.first_name,
            CustomerRow.last_name,
            CustomerRow.account_holder,
            CustomerRow.iban,
        ).where(CustomerRow.archived_at.is_(None))
    )
    return [
        Customer(
            row.id,
            display_name_of(row.kind, row.company_name, row.first_name, row.last_name),
            "".join(row.iban.split()).upper(),
        )
        for row in rows
    ]


@dataclass(frozen=True)
class ImportRow:
    """A booking of the statement with what is proposed for it."""

    proposal: Proposal
    already_booked: bool

    @property
    def booking(self) -> BankBooking:
        return self.proposal.booking

    @property
    def preselected(self) -> bool:
        """Ticked when the window opens: a proposal we are fairly sure of."""
        return not self.already_booked and self.proposal.confidence >= Confidence.MEDIUM


def matcher(session: Session) -> Matcher:
    prefix = settings.number_range(session, SalesKind.INVOICE.value).prefix
    return Matcher(open_invoices(session), customers(session), prefixes=[prefix])


def prepare(session: Session, statement: Statement) -> list[ImportRow]:
    """A proposal for each booking; those booked before are marked, not matched again."""
    booked = payments.already_booked(session, [b.bank_reference for b in statement.bookings])
    match = matcher(session)
    rows = []
    for booking in statement.bookings:
        if booking.bank_reference in booked:
            proposal = Proposal(booking, (), Confidence.NONE, tr("already booked"))
            rows.append(ImportRow(proposal, already_booked=True))
        else:
            rows.append(ImportRow(match.propose(booking), already_booked=False))
    return rows


def assign(booking: BankBooking, invoice: OpenInvoice) -> Allocation:
    """The booking on an invoice the user chose: with its Skonto where the amount is that."""
    skonto = booking.amount == invoice.with_skonto(booking.booking_date)
    return Allocation(
        invoice.customer_id, invoice.document_id, booking.amount, skonto, invoice.number
    )


def as_credit(booking: BankBooking, customer_id: int) -> Allocation:
    return Allocation(customer_id, None, booking.amount)


# --- booking ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    """What the user confirmed for a booking: its parts (they add up to its amount)."""

    booking: BankBooking
    allocations: tuple[Allocation, ...]


@dataclass(frozen=True)
class Summary:
    booked: int
    total: Decimal
    skipped: int
    unassigned: int

    def text(self) -> str:
        return tr(
            "Booked: {booked} ({total}); skipped as booked before: {skipped}; not assigned: "
            "{unassigned}.",
            booked=self.booked,
            total=format_decimal_de(self.total, places=2) + " €",
            skipped=self.skipped,
            unassigned=self.unassigned,
        )


def way_of(booking: BankBooking) -> str:
    return PaymentWay.DIRECT_DEBIT if booking.direct_debit else PaymentWay.TRANSFER


def _note(booking: BankBooking) -> str:
    parts = [booking.counterparty_name, booking.remittance]
    return tr("Bank: {text}", text=" – ".join(p for p in parts if p))[:NOTE_LENGTH]


def _describe(booking: BankBooking) -> str:
    return tr(
        "Booking of {date} ({amount}, {name})",
        date=format_date_de(booking.booking_date),
        amount=format_decimal_de(booking.amount, places=2) + " €",
        name=booking.counterparty_name or booking.remittance[:40],
    )


def book(session: Session, decisions: Sequence[Decision], *, unassigned: int = 0) -> Summary:
    """Book the confirmed bookings in the caller's transaction: all, or (an error raised)
    none. Those booked before are skipped."""
    done = payments.already_booked(session, [d.booking.bank_reference for d in decisions])
    skipped = 0
    booked = 0
    total = Decimal("0.00")
    for decision in decisions:
        booking = decision.booking
        if booking.bank_reference in done:
            skipped += 1
            continue
        if sum((a.amount for a in decision.allocations), Decimal(0)) != booking.amount:
            raise Refused(
                tr("{booking}: the parts do not add up to the amount.", booking=_describe(booking))
            )
        done.add(booking.bank_reference)
        for index, allocation in enumerate(decision.allocations):
            reference = (
                booking.bank_reference if index == 0 else f"{booking.bank_reference}#{index + 1}"
            )
            data = payments.PaymentInput(
                document_id=allocation.document_id,
                on=booking.booking_date,
                amount=allocation.amount,
                way=way_of(booking),
                skonto=allocation.skonto,
                note=_note(booking),
                bank_reference=reference,
                customer_id=allocation.customer_id,
            )
            try:
                payments.book(session, data)
            except InvalidInput as error:
                reason = " ".join(e.message for e in error.errors)
                raise Refused(f"{_describe(booking)}: {reason}") from error
            except (Refused, NotFound) as error:
                raise Refused(f"{_describe(booking)}: {error}") from error
        booked += 1
        total += booking.amount
    return Summary(booked, total, skipped, unassigned)
