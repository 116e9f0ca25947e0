"""Payments on invoices: partial, Skonto, overpayment as credit, write-off, undo, open items."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal as D  # noqa: N817 (short in the sums)
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from meinbuero.services import payments, sales
from meinbuero.services.errors import InvalidInput, Refused
from meinbuero.services.payments import PaymentInput, PaymentState
from meinbuero.store.database import Database
from meinbuero.store.models import CustomerGroup, CustomerGroupLink, Payment, SalesDocument
from tests.sales_data import TODAY, add_customer, complete_company, invoice_input


@pytest.fixture
def customer_id(database: Database) -> int:
    with database.sessions.begin() as session:
        complete_company(session)
        return add_customer(session, skonto=True)


def invoice(database: Database, customer_id: int, on: date = TODAY) -> int:
    """A finalised invoice of 715,34 € (30 days net, 2 % Skonto within 14 days)."""
    with database.sessions.begin() as session:
        data = invoice_input(session, customer_id)
        data.document_date = on
        data.service_date = on
        document = sales.save_draft(session, None, data)
        sales.finalise(session, document.id)
        assert document.gross_total == D("715.34")
        return document.id


def pay(database: Database, document_id: int | None, amount: str, **kw: Any) -> list[Payment]:
    with database.sessions.begin() as session:
        data = PaymentInput(document_id=document_id, on=TODAY, amount=D(amount))
        data = replace(data, **kw)
        made = payments.book(session, data)
        session.expunge_all()
        return made


def state(database: Database, document_id: int, today: date = TODAY) -> tuple[PaymentState, D]:
    with database.sessions() as session:
        document = session.get(SalesDocument, document_id)
        assert document is not None
        return payments.state(document, today), payments.open_of(document)


def test_partial_payments_then_paid(database: Database, customer_id: int) -> None:
    document_id = invoice(database, customer_id)
    assert state(database, document_id) == (PaymentState.OPEN, D("715.34"))
    pay(database, document_id, "300.00")
    assert state(database, document_id) == (PaymentState.PARTLY_PAID, D("415.34"))
    # Past the due date (30 days) what is open is overdue.
    assert state(database, document_id, TODAY + timedelta(days=31))[0] == PaymentState.OVERDUE
    pay(database, document_id, "415.34", way="cash")
    assert state(database, document_id) == (PaymentState.PAID, D("0.00"))
    with database.sessions() as session:
        assert payments.open_total(session, customer_id) == D("0.00")
        log = [c.text for c in sales.status_log(session, document_id)]
    assert "Zahlung von 300,00 € am 06.12.2026 (Überweisung)" in log
    assert "Zahlung von 415,34 € am 06.12.2026 (bar)" in log


def test_skonto_within_its_period_settles_the_invoice(database: Database, customer_id: int) -> None:
    document_id = invoice(database, customer_id)
    on = TODAY + timedelta(days=14)  # the last day of the Skonto
    with database.sessions() as session:
        assert payments.amount_with_skonto(session, document_id, on) == D("701.03")
        assert payments.amount_with_skonto(session, document_id, on + timedelta(days=1)) is None
    (made,) = pay(database, document_id, "701.03", on=on, skonto=True)
    assert (made.amount, made.skonto) == (D("701.03"), D("14.31"))
    assert state(database, document_id)[0] == PaymentState.PAID


def test_skonto_after_its_period_or_too_much_is_refused(
    database: Database, customer_id: int
) -> None:
    document_id = invoice(database, customer_id)
    late = TODAY + timedelta(days=15)
    with pytest.raises(InvalidInput, match=r"Skontofrist endete am 20\.12\.2026"):
        pay(database, document_id, "701.03", on=late, skonto=True)
    with pytest.raises(InvalidInput, match=r"zu zahlen 701,03 €.*10,00 € zu wenig"):
        pay(database, document_id, "691.03", skonto=True)
    assert state(database, document_id) == (PaymentState.OPEN, D("715.34"))


def test_overpayment_becomes_credit_and_pays_the_next_invoice(
    database: Database, customer_id: int
) -> None:
    first = invoice(database, customer_id)
    second = invoice(database, customer_id)
    on_invoice, credit = pay(database, first, "800.00")
    assert (on_invoice.amount, credit.amount, credit.document_id) == (D("715.34"), D("84.66"), None)
    with database.sessions.begin() as session:
        assert payments.credit(session, customer_id) == D("84.66")
        assert payments.use_credit(session, second, TODAY) == D("84.66")
        assert payments.credit(session, customer_id) == D("0.00")
        assert payments.open_total(session, customer_id) == D("630.68")
    # The overpayment's credit is used: undoing the payment would take money twice.
    with database.sessions.begin() as session, pytest.raises(Refused):
        payments.undo(session, credit.id, "Fehler")


def test_undo_is_logged_and_a_payment_never_changes(database: Database, customer_id: int) -> None:
    document_id = invoice(database, customer_id)
    (made,) = pay(database, document_id, "100.00")
    with database.sessions.begin() as session, pytest.raises(InvalidInput):
        payments.undo(session, made.id, "  ")
    with database.sessions.begin() as session:
        payments.undo(session, made.id, "Rücklastschrift")
    assert state(database, document_id) == (PaymentState.OPEN, D("715.34"))
    with database.sessions() as session:
        undone = session.get(Payment, made.id)
        assert undone is not None and undone.undone_at is not None
        assert undone.undo_reason == "Rücklastschrift"
        assert (
            "rückgängig gemacht: Rücklastschrift" in sales.status_log(session, document_id)[-1].text
        )
    with database.sessions.begin() as session, pytest.raises(Refused):
        payments.undo(session, made.id, "noch einmal")
    # The database itself refuses changing or deleting a booking.
    for statement in (
        f"UPDATE payment SET amount = 1 WHERE id = {made.id}",
        f"DELETE FROM payment WHERE id = {made.id}",
    ):
        with database.sessions.begin() as session, pytest.raises(IntegrityError):
            session.execute(text(statement))


def test_a_bank_booking_is_never_booked_twice(database: Database, customer_id: int) -> None:
    document_id = invoice(database, customer_id)
    pay(database, document_id, "100.00", bank_reference="CAMT:4711")
    with pytest.raises(payments.AlreadyBooked):
        pay(database, document_id, "100.00", bank_reference="CAMT:4711")
    with database.sessions() as session:
        assert payments.already_booked(session, ["CAMT:4711", "CAMT:1"]) == {"CAMT:4711"}
    assert state(database, document_id)[1] == D("615.34")


def test_a_cancelled_invoice_turns_its_payments_into_credit(
    database: Database, customer_id: int
) -> None:
    document_id = invoice(database, customer_id)
    pay(database, document_id, "200.00")
    with database.sessions.begin() as session:
        sales.cancel(session, document_id, today=TODAY)
    with database.sessions() as session:
        assert payments.credit(session, customer_id) == D("200.00")
        assert payments.open_total(session, customer_id) == D("0.00")
        assert payments.open_items(session, TODAY) == []
    assert state(database, document_id) == (PaymentState.CANCELLED, D("0"))
    with pytest.raises(Refused, match="storniert"):
        pay(database, document_id, "10.00")
    # Its payments are credit now: undoing one there would count the money twice.
    with database.sessions.begin() as session, pytest.raises(Refused, match="Guthaben"):
        (first,) = payments.payments_of(session, document_id)[:1]
        payments.undo(session, first.id, "Irrtum")


def test_write_off_and_bad_amounts(database: Database, customer_id: int) -> None:
    document_id = invoice(database, customer_id)
    pay(database, document_id, "715.00")
    with database.sessions.begin() as session:
        made = payments.write_off(session, document_id, TODAY, "Rundung")
        assert made.write_off == D("0.34")
    assert state(database, document_id)[0] == PaymentState.PAID
    with pytest.raises(Refused, match="bereits vollständig bezahlt"):
        pay(database, document_id, "1.00")
    other = invoice(database, customer_id)
    with pytest.raises(InvalidInput, match="höchstens zwei Nachkommastellen"):
        pay(database, other, "1.005")
    with pytest.raises(InvalidInput):
        pay(database, other, "0")
    with pytest.raises(InvalidInput, match="nicht mehr zurückgezahlt"):
        pay(database, other, "-1.00")


def test_open_items_by_age_customer_and_group(database: Database, customer_id: int) -> None:
    old = invoice(database, customer_id, on=TODAY - timedelta(days=100))  # 70 days overdue
    recent = invoice(database, customer_id, on=TODAY - timedelta(days=40))  # 10 days overdue
    current = invoice(database, customer_id)
    pay(database, recent, "15.34")
    with database.sessions.begin() as session:
        other = add_customer(session)
        group = CustomerGroup(name="Stammkunden")
        session.add(group)
        session.flush()
        session.add(CustomerGroupLink(customer_id=customer_id, group_id=group.id))
        group_id = group.id
    other_invoice = invoice(database, other)
    with database.sessions() as session:
        items = payments.open_items(session, TODAY)
        assert [i.document_id for i in items] == [old, recent, current, other_invoice]
        assert [i.days_overdue for i in items] == [70, 10, 0, 0]
        assert items[1].open == D("700.00") and items[1].state == PaymentState.OVERDUE
        assert payments.ages(items) == {
            "not_due": D("1430.68"),
            "1_30": D("700.00"),
            "31_60": D("0"),
            "61_90": D("715.34"),
            "over_90": D("0"),
        }
        mine = payments.open_items(session, TODAY, payments.OpenItemsQuery(group_id=group_id))
        assert {i.customer_id for i in mine} == {customer_id}
        overdue = payments.open_items(
            session, TODAY, payments.OpenItemsQuery(customer_id=customer_id, overdue_only=True)
        )
        assert [i.document_id for i in overdue] == [old, recent]


def test_the_open_items_query_uses_the_partial_index(database: Database, customer_id: int) -> None:
    invoice(database, customer_id)
    with database.sessions() as session:
        statement = payments.open_items_select(payments.OpenItemsQuery(), TODAY)
        compiled = statement.compile(session.get_bind(), compile_kwargs={"literal_binds": True})
        plan = session.execute(text(f"EXPLAIN QUERY PLAN {compiled}")).all()
    assert "ix_sales_document_open" in " ".join(str(row) for row in plan)


def test_a_credit_without_invoice(database: Database, customer_id: int) -> None:
    (made,) = pay(database, None, "50.00", customer_id=customer_id, way="paypal")
    with database.sessions() as session:
        assert payments.credit(session, customer_id) == D("50.00")
        assert [p.id for p in payments.customer_payments(session, customer_id)] == [made.id]
        assert session.scalar(select(Payment.way).where(Payment.id == made.id)) == "paypal"
