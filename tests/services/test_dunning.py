"""Dunning: levels by days, fees and interest, the 40 € flat fee, Mahnsperre, the letters made
once, filed, in the Historie, immutable, and the invoice untouched."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal as D  # noqa: N817
from typing import Any

import pdfplumber
import pytest
import zxingcpp
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from meinbuero.services import documents, dunning, dunning_settings, history, payments, sales
from meinbuero.services.conditions import ConditionsInput, save_conditions
from meinbuero.services.customers import CustomerInput, save_customer
from meinbuero.services.errors import Refused
from meinbuero.services.payments import PaymentInput
from meinbuero.store.database import Database
from meinbuero.store.models import DunningNotice, SalesDocument, SalesStatusChange
from tests.sales_data import add_customer, complete_company, invoice_input

MM = 72 / 25.4
ISSUED = date(2026, 10, 1)  # 30 days net: due 31.10.2026
DUE = date(2026, 10, 31)
GROSS = D("715.34")


@pytest.fixture
def customer_id(database: Database) -> int:
    with database.sessions.begin() as session:
        complete_company(session)
        return add_customer(session)


def invoice(database: Database, customer_id: int, on: date = ISSUED) -> int:
    with database.sessions.begin() as session:
        data = invoice_input(session, customer_id)
        data.document_date = on
        data.service_date = on
        document = sales.save_draft(session, None, data)
        sales.finalise(session, document.id)
        assert document.gross_total == GROSS
        return document.id


def consumer(database: Database) -> int:
    with database.sessions.begin() as session:
        saved = save_customer(
            session,
            CustomerInput(
                kind="person",
                salutation="Frau",
                first_name="Erika",
                last_name="Musterfrau",
                street="Lindenweg 3",
                postcode="10115",
                city="Berlin",
            ),
        )
        save_conditions(session, ConditionsInput(net_days="30"), customer_id=saved.id)
        return saved.id


def due(database: Database, today: date) -> list[dunning.Proposal]:
    with database.sessions() as session:
        return dunning.due_for_dunning(session, today)


def run(database: Database, today: date) -> list[int]:
    with database.sessions.begin() as session:
        return [n.id for n in dunning.run(session, dunning.due_for_dunning(session, today), today)]


def set_rules(database: Database, **changes: Any) -> None:
    with database.sessions.begin() as session:
        dunning_settings.store(session, replace(dunning_settings.DEFAULTS, **changes))


def test_levels_follow_the_days(database: Database, customer_id: int) -> None:
    document_id = invoice(database, customer_id)
    assert due(database, DUE + timedelta(days=6)) == []  # the reminder 7 days after
    (reminder,) = due(database, DUE + timedelta(days=7))
    assert (reminder.document_id, reminder.level, reminder.level_name) == (
        document_id,
        1,
        "Zahlungserinnerung",
    )
    assert (reminder.charges.fee, reminder.charges.interest.total) == (D("0.00"), D("0.00"))
    assert reminder.total == GROSS and reminder.pay_by == DUE + timedelta(days=14)
    assert len(run(database, DUE + timedelta(days=7))) == 1
    # The next level 14 days after the reminder, not before.
    assert due(database, DUE + timedelta(days=20)) == []
    (first,) = due(database, DUE + timedelta(days=21))
    assert (first.level, first.level_name, first.charges.fee) == (2, "1. Mahnung", D("5.00"))
    # Interest from 01.11. to 21.11.2026: 21 days at 1,27 + 9 = 10,27 % on 715,34 €:
    # 715,34 × 0,1027 × 21 / 365 = 4,2268 → 4,23 €
    assert first.charges.interest.total == D("4.23")
    assert first.total == GROSS + D("5.00") + D("4.23")
    run(database, DUE + timedelta(days=21))
    # The 2. Mahnung claims the earlier charges, its fee and the interest since the 1. Mahnung:
    # 22.11.–05.12.2026 = 14 days: 715,34 × 0,1027 × 14 / 365 = 2,8179 → 2,82 €
    (second,) = due(database, DUE + timedelta(days=35))
    assert second.level == 3
    assert second.charges.earlier == D("9.23")
    assert second.charges.interest_from == date(2026, 11, 22)
    assert second.charges.interest.total == D("2.82")
    assert second.total == GROSS + D("9.23") + D("5.00") + D("2.82")
    run(database, DUE + timedelta(days=35))
    (last,) = due(database, DUE + timedelta(days=49))
    assert last.level_name == "Letzte Mahnung"
    run(database, DUE + timedelta(days=49))
    assert due(database, DUE + timedelta(days=200)) == []  # no level after the last
    with database.sessions() as session:
        assert [n.level for n in dunning.notices_of(session, document_id)] == [1, 2, 3, 4]
        assert session.get(SalesDocument, document_id).dunning_level == 4  # type: ignore[union-attr]


def test_running_twice_on_a_day_makes_nothing_twice(database: Database, customer_id: int) -> None:
    invoice(database, customer_id)
    today = DUE + timedelta(days=10)
    assert len(run(database, today)) == 1
    assert run(database, today) == []
    # Even handed the old proposals again.
    with database.sessions.begin() as session:
        assert dunning.run(session, [p.document_id for p in due(database, today)], today) == []
        assert session.scalar(select(DunningNotice.id).where(DunningNotice.level == 2)) is None


def test_mahnsperre_and_paid_invoices_are_left_out(database: Database, customer_id: int) -> None:
    paid = invoice(database, customer_id)
    blocked_customer = add_customer_like(database)
    invoice(database, blocked_customer)
    with database.sessions.begin() as session:
        save_conditions(
            session,
            ConditionsInput(net_days="30", dunning_block=True),
            customer_id=blocked_customer,
        )
        payments.book(session, PaymentInput(document_id=paid, on=DUE, amount=GROSS))
    assert due(database, DUE + timedelta(days=30)) == []
    with database.sessions.begin() as session:
        save_conditions(session, ConditionsInput(net_days="30"), customer_id=blocked_customer)
    assert [p.item.customer_id for p in due(database, DUE + timedelta(days=30))] == [
        blocked_customer
    ]


def add_customer_like(database: Database) -> int:
    with database.sessions.begin() as session:
        return add_customer(session)


def test_b2c_gets_5_points_and_never_the_flat_fee(database: Database, customer_id: int) -> None:
    set_rules(database, flat_fee_business=True, flat_fee_from_level=2)
    business_invoice = invoice(database, customer_id)
    person = consumer(database)
    consumer_invoice = invoice(database, person)
    today = DUE + timedelta(days=7)
    run(database, today)  # the reminders
    proposals = {p.document_id: p for p in due(database, DUE + timedelta(days=21))}
    business, private = proposals[business_invoice], proposals[consumer_invoice]
    assert business.business and not private.business
    # Consumer: 715,34 × (1,27 + 5) % × 21 / 365 = 2,5803 → 2,58 €; fee of the level only.
    assert private.charges.interest.total == D("2.58")
    assert (private.charges.fee, private.charges.flat_fee) == (D("5.00"), False)
    # Business: the 40 € flat fee, the level's 5 € fee counted against it.
    assert (business.charges.fee, business.charges.flat_fee) == (D("40.00"), True)
    run(database, DUE + timedelta(days=21))
    # The next letters: the fees together stay at 40 € until the levels' fees pass it.
    later = {p.document_id: p for p in due(database, DUE + timedelta(days=35))}
    assert later[business_invoice].charges.fee == D("0.00")
    assert later[consumer_invoice].charges.fee == D("5.00")


def test_flat_fee_only_when_set(database: Database, customer_id: int) -> None:
    invoice(database, customer_id)
    run(database, DUE + timedelta(days=7))
    (proposal,) = due(database, DUE + timedelta(days=21))
    assert (proposal.charges.fee, proposal.charges.flat_fee) == (D("5.00"), False)


def test_a_partial_payment_lowers_the_interest(database: Database, customer_id: int) -> None:
    document_id = invoice(database, customer_id)
    run(database, DUE + timedelta(days=7))
    with database.sessions.begin() as session:
        payments.book(
            session,
            PaymentInput(document_id=document_id, on=date(2026, 11, 11), amount=D("315.34")),
        )
    (proposal,) = due(database, DUE + timedelta(days=21))
    # 01.–10.11.: 10 days on 715,34; 11.–21.11.: 11 days on 400,00 (10,27 %):
    # (715,34 × 10 + 400 × 11) × 0,1027 / 365 = 3,2508 → 3,25 €
    assert proposal.item.open == D("400.00")
    assert proposal.charges.interest.total == D("3.25")
    assert proposal.total == D("400.00") + D("5.00") + D("3.25")


def test_the_letter_is_filed_in_the_historie_and_never_changes(
    database: Database, customer_id: int
) -> None:
    document_id = invoice(database, customer_id)
    with database.sessions() as session:
        before = session.get(SalesDocument, document_id)
        assert before is not None
        frozen = (before.gross_total, before.paid_total, before.status, before.number)
        log_before = session.scalar(
            select(text("count(*)"))
            .select_from(SalesStatusChange)
            .where(SalesStatusChange.document_id == document_id)
        )
    (notice_id,) = run(database, DUE + timedelta(days=7))
    with database.sessions() as session:
        notice = dunning.get_notice(session, notice_id)
        assert notice.text.startswith("Zahlungserinnerung zur Rechnung RE-2026-")
        assert notice.pdf_document_id is not None
        filed = documents.get_document(session, notice.pdf_document_id)
        assert filed.category.name == "Mahnung" and filed.customer_id == customer_id
        assert filed.document_date == DUE + timedelta(days=7)
        (entry,) = [
            e
            for e in history.history(session, customer_id)
            if e.kind == history.HistoryKind.DUNNING
        ]
        assert entry.subject == notice.text.splitlines()[0]
        assert "715,34 €" in entry.status
        after = session.get(SalesDocument, document_id)
        assert after is not None
        assert (after.gross_total, after.paid_total, after.status, after.number) == frozen
        assert after.dunning_level == 1
        log_after = session.scalar(
            select(text("count(*)"))
            .select_from(SalesStatusChange)
            .where(SalesStatusChange.document_id == document_id)
        )
        assert log_after == log_before
    # The database refuses any change, deletion, or moving its PDF to the recycle bin.
    with database.engine.begin() as connection, pytest.raises(IntegrityError):
        connection.execute(
            text("UPDATE dunning_notice SET fee = 0 WHERE id = :id"), {"id": notice_id}
        )
    with database.engine.begin() as connection, pytest.raises(IntegrityError):
        connection.execute(text("DELETE FROM dunning_notice WHERE id = :id"), {"id": notice_id})
    with database.sessions.begin() as session, pytest.raises(Refused):
        documents.add_version_bytes(session, notice.pdf_document_id, b"%PDF-1.4 other")


def test_the_letter_reads_right(database: Database, customer_id: int) -> None:
    document_id = invoice(database, customer_id)
    run(database, DUE + timedelta(days=7))
    (notice_id,) = run(database, DUE + timedelta(days=21))
    with database.sessions() as session:
        pdf = dunning.notice_pdf(session, notice_id)
        number = session.get(SalesDocument, document_id).number  # type: ignore[union-attr]
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        page = opened.pages[0]
        for line in ("Beispiel AG", "Ringstraße 5", "80331 München"):
            (found,) = [f for f in page.search(line, regex=False) if f["top"] > 45 * MM]
            assert found["x0"] >= 20 * MM and found["x1"] <= 105 * MM, line
            assert found["top"] >= 62.7 * MM and found["bottom"] <= 90 * MM, line
        words = (page.extract_text() or "").replace("\u00a0", " ")
        image = page.to_image(resolution=300).original
    assert f"1. Mahnung zur Rechnung {number}" in words
    assert "Sehr geehrte Damen und Herren," in words
    assert "31.10.2026" in words and "01.10.2026" in words  # due, invoice date
    assert "715,34 €" in words and "Mahngebühr 5,00 €" in words
    assert "Verzugszinsen" in words and "4,23 €" in words
    assert "01.11.2026 – 21.11.2026: 21 Tage, 10,27 %" in words
    assert "Zu zahlender Gesamtbetrag 724,57 €" in words
    assert "bis zum 01.12.2026" in words  # 10 days to pay
    (code,) = zxingcpp.read_barcodes(image)
    lines = code.text.split("\n")
    assert lines[7] == "EUR724.57" and lines[10] == number


def test_preview_and_the_combined_pdf(database: Database, customer_id: int) -> None:
    first = invoice(database, customer_id)
    second = invoice(database, customer_id, on=ISSUED + timedelta(days=1))
    today = DUE + timedelta(days=8)
    with database.sessions() as session:
        preview = dunning.preview_pdf(session, first, today)
        assert preview is not None and dunning.preview_pdf(session, first, DUE) is None
    with pdfplumber.open(io.BytesIO(preview)) as opened:
        marked = "".join(c["text"] for c in opened.pages[0].chars if c["size"] > 40)
        assert sorted(marked) == sorted("ENTWURF")
    made = run(database, today)
    assert len(made) == 2
    with database.sessions() as session:
        combined = dunning.combined_pdf(session, made)
        rows = dunning.notice_rows(session)
    with pdfplumber.open(io.BytesIO(combined)) as opened:
        assert len(opened.pages) == 2
    assert {r.id for r in rows} == set(made) and second
    assert all(r.customer_name == "Beispiel AG" and r.level == 1 for r in rows)


def test_demo_notices(database: Database, customer_id: int) -> None:
    invoice(database, customer_id)
    with database.sessions.begin() as session:
        made = dunning.demo_notices(session, DUE + timedelta(days=60))
        assert [n.level for n in made] == [1, 2, 3]
        assert len({n.notice_date for n in made}) == 3
        # The next level is due today: the Mahnwesen shows it.
        due = dunning.due_for_dunning(session, DUE + timedelta(days=60))
        assert [p.level for p in due] == [4]
