"""A company with open invoices that the sample statements of tests/data/bank pay.

Invoices of 6 December 2026 (30 days net):
RE-2026-0001 Holzbau Meier GmbH 1.190,00 € and RE-2026-0002 595,00 € (2 % Skonto within 14 days:
1.166,20 € and 583,10 €); RE-2026-0003 297,50 € and RE-2026-0004 119,00 € of Anna Schulz
(no Skonto); RE-2026-0005 238,00 € and RE-2026-0006 357,00 € of Bäckerei Sonnenschein e.K.
(no IBAN on file: found by name).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from meinbuero.services import sales
from meinbuero.services.conditions import ConditionsInput, save_conditions
from meinbuero.services.customers import CustomerInput, save_customer
from meinbuero.store.database import Database
from tests.sales_data import TODAY, complete_company

DATA = Path(__file__).parent / "data" / "bank"
MEIER_IBAN = "DE89370400440532013000"
SCHULZ_IBAN = "DE12500105170648489890"


@dataclass(frozen=True)
class BankCompany:
    meier: int
    schulz: int
    baeckerei: int
    invoices: dict[str, int]  # number -> document id


def _customer(session: Session, data: CustomerInput, *, skonto: bool) -> int:
    saved = save_customer(session, data)
    save_conditions(
        session,
        ConditionsInput(
            net_days="30",
            skonto_percent="2" if skonto else "",
            skonto_days="14" if skonto else "",
        ),
        customer_id=saved.id,
    )
    return saved.id


def invoice(session: Session, customer_id: int, net: str) -> tuple[str, int]:
    """A finalised invoice of one 19 % line of ``net``; its number and id."""
    data = sales.new_document(session, kind="invoice", customer_id=customer_id, today=TODAY)
    data.service_date = TODAY
    data.lines = [sales.LineInput(name="Leistung", quantity=Decimal(1), unit_price=Decimal(net))]
    document = sales.save_draft(session, None, data)
    sales.finalise(session, document.id)
    assert document.number is not None
    return document.number, document.id


def bank_company(database: Database) -> BankCompany:
    with database.sessions.begin() as session:
        complete_company(session)
        meier = _customer(
            session,
            CustomerInput(
                company_name="Holzbau Meier GmbH",
                street="Waldweg 3",
                postcode="83022",
                city="Rosenheim",
                iban=MEIER_IBAN,
            ),
            skonto=True,
        )
        schulz = _customer(
            session,
            CustomerInput(
                kind="person",
                first_name="Anna",
                last_name="Schulz",
                street="Lindenstraße 8",
                postcode="50674",
                city="Köln",
                iban=SCHULZ_IBAN,
            ),
            skonto=False,
        )
        baeckerei = _customer(
            session,
            CustomerInput(
                company_name="Bäckerei Sonnenschein e.K.",
                street="Marktplatz 1",
                postcode="50667",
                city="Köln",
            ),
            skonto=False,
        )
        numbers = dict(
            invoice(session, customer, net)
            for customer, net in (
                (meier, "1000"),
                (meier, "500"),
                (schulz, "250"),
                (schulz, "100"),
                (baeckerei, "200"),
                (baeckerei, "300"),
            )
        )
    return BankCompany(meier, schulz, baeckerei, numbers)
