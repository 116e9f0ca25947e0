"""A customer with two years of selling, made by hand, for the Statistik and Kontoauszug tests.

Every figure the tests expect is worked out in the comments here, not computed by the code
under test. Articles: Beratung 100,00 € and Kabel 10,00 € (19 %); the customer's terms: 30 days
net, 2 % Skonto within 14 days.

| document | date | content | net | gross |
| --- | --- | --- | --- | --- |
| AB oc1 | 10.03.2025 | Beratung × 2 | 200,00 | 238,00 |
| RE inv1 (from oc1) | 20.03.2025 | Beratung × 2 | 200,00 | 238,00 |
| RE inv2 | 05.11.2025 | Kabel × 5 | 50,00 | 59,50 |
| RE inv3 | 01.02.2026 | Beratung × 1, Kabel × 10 | 200,00 | 238,00 |
| RE inv4 | 20.02.2026 | Beratung × 3 | 300,00 | 357,00 |
| ST (cancels inv3) | 02.03.2026 | | −200,00 | −238,00 |
| AB oc2 | 01.04.2026 | Kabel × 1 | 10,00 | 11,90 |
| RE inv5 | 01.05.2026 | Kabel × 20 | 200,00 | 238,00 |

Bookings: inv1 233,24 with Skonto 4,76 on 25.03.2025 (5 days); inv2 20,00 on 20.11.2025 and
39,50 on 15.12.2025 (40 days); inv3 100,00 on 10.02.2026, becoming credit when cancelled;
inv4 400,00 on 10.03.2026 (18 days; 43,00 over: credit); inv5 38,00 on 05.05.2026, the credit
of 143,00 used on 10.05.2026, 10,00 on 20.05.2026 undone (Rücklastschrift); 25,00 without
invoice on 01.06.2026 (credit); a dunning notice on inv5 of 15.06.2026: fee 5,00, interest 1,23.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from meinbuero.services import payments, sales
from meinbuero.services.payments import PaymentInput
from meinbuero.store.database import Database
from meinbuero.store.models import DunningNotice, SalesKind
from tests.sales_data import add_article, add_customer, complete_company


@dataclass(frozen=True)
class Story:
    customer_id: int
    beratung: int
    kabel: int
    oc1: int
    inv1: int
    inv2: int
    inv3: int
    inv4: int
    cancellation: int
    oc2: int
    inv5: int


def document(
    session: Session,
    customer_id: int,
    kind: str,
    on: date,
    lines: list[tuple[int, str]],
) -> int:
    """A finalised document of ``kind`` dated ``on`` with (article, quantity) lines."""
    data = sales.new_document(session, kind=kind, customer_id=customer_id, today=on)
    data.document_date = on
    data.service_date = on
    data.lines = []
    for article_id, quantity in lines:
        line = sales.line_from_article(session, article_id, customer_id=customer_id)
        line.quantity = Decimal(quantity)
        data.lines.append(line)
    draft = sales.save_draft(session, None, data)
    sales.finalise(session, draft.id)
    return draft.id


def carried_on(session: Session, source_id: int, kind: str, on: date) -> int:
    draft_id = sales.convert(session, source_id, kind, today=on)
    draft = sales.get_document(session, draft_id)
    draft.service_date = on
    session.flush()
    sales.finalise(session, draft_id)
    return draft_id


def pay(session: Session, document_id: int | None, amount: str, on: date, **kw: object) -> None:
    payments.book(
        session,
        PaymentInput(document_id=document_id, on=on, amount=Decimal(amount), **kw),  # type: ignore[arg-type]
    )


def dunning_notice(
    session: Session, customer_id: int, document_id: int, on: date, fee: str, interest: str
) -> None:
    session.add(
        DunningNotice(
            customer_id=customer_id,
            document_id=document_id,
            level=1,
            notice_date=on,
            open_amount=Decimal("57.00"),
            fee=Decimal(fee),
            interest=Decimal(interest),
            author="Test",
        )
    )
    session.flush()


def make_story(database: Database) -> Story:
    with database.sessions.begin() as session:
        complete_company(session)
        customer_id = add_customer(session, skonto=True)
        beratung = add_article(session, "Beratung", "100.00")
        kabel = add_article(session, "Kabel", "10.00")
    with database.sessions.begin() as session:
        oc1 = document(
            session, customer_id, SalesKind.ORDER_CONFIRMATION, date(2025, 3, 10), [(beratung, "2")]
        )
    with database.sessions.begin() as session:
        inv1 = carried_on(session, oc1, SalesKind.INVOICE, date(2025, 3, 20))
    with database.sessions.begin() as session:
        pay(session, inv1, "233.24", date(2025, 3, 25), skonto=True)
        inv2 = document(session, customer_id, SalesKind.INVOICE, date(2025, 11, 5), [(kabel, "5")])
    with database.sessions.begin() as session:
        pay(session, inv2, "20.00", date(2025, 11, 20))
        pay(session, inv2, "39.50", date(2025, 12, 15), way="cash")
    with database.sessions.begin() as session:
        inv3 = document(
            session,
            customer_id,
            SalesKind.INVOICE,
            date(2026, 2, 1),
            [(beratung, "1"), (kabel, "10")],
        )
    with database.sessions.begin() as session:
        pay(session, inv3, "100.00", date(2026, 2, 10))
        inv4 = document(
            session, customer_id, SalesKind.INVOICE, date(2026, 2, 20), [(beratung, "3")]
        )
    with database.sessions.begin() as session:
        cancellation = sales.cancel(session, inv3, today=date(2026, 3, 2)).id
    with database.sessions.begin() as session:
        pay(session, inv4, "400.00", date(2026, 3, 10))
        oc2 = document(
            session, customer_id, SalesKind.ORDER_CONFIRMATION, date(2026, 4, 1), [(kabel, "1")]
        )
    with database.sessions.begin() as session:
        inv5 = document(session, customer_id, SalesKind.INVOICE, date(2026, 5, 1), [(kabel, "20")])
    with database.sessions.begin() as session:
        pay(session, inv5, "38.00", date(2026, 5, 5))
        payments.use_credit(session, inv5, date(2026, 5, 10))
        pay(session, inv5, "10.00", date(2026, 5, 20), way="direct_debit")
    with database.sessions.begin() as session:
        undone = payments.payments_of(session, inv5)[-1]
        payments.undo(session, undone.id, "Rücklastschrift")
        pay(session, None, "25.00", date(2026, 6, 1), customer_id=customer_id)
        dunning_notice(session, customer_id, inv5, date(2026, 6, 15), "5.00", "1.23")
    return Story(
        customer_id=customer_id,
        beratung=beratung,
        kabel=kabel,
        oc1=oc1,
        inv1=inv1,
        inv2=inv2,
        inv3=inv3,
        inv4=inv4,
        cancellation=cancellation,
        oc2=oc2,
        inv5=inv5,
    )
