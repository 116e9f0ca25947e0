"""A company ready to sell, for the sales tests: Meine Firma complete, a customer, articles."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from meinbuero.services import articles, sales, settings
from meinbuero.services.conditions import ConditionsInput, save_conditions
from meinbuero.services.customers import CustomerInput, save_customer

TODAY = date(2026, 12, 6)


def complete_company(session: Session, **changes: object) -> None:
    """Meine Firma with everything an invoice needs (a GmbH: register and director too)."""
    data = settings.CompanyInput(
        name="Muster Software GmbH",
        street="Hauptstraße 1",
        postcode="50667",
        city="Köln",
        phone="0221 1234567",
        email="info@muster-software.de",
        website="www.muster-software.de",
        vat_id="DE136695976",
        tax_number="214/5678/1234",
        tax_office="Finanzamt Köln-Mitte",
        register_court="Amtsgericht Köln",
        register_number="HRB 12345",
        managing_director="Erika Mustermann",
        iban="DE02120300000000202051",
        bic="BYLADEM1001",
        bank_name="Deutsche Kreditbank Berlin",
    )
    for name, value in changes.items():
        setattr(data, name, value)
    settings.save_company(session, data)


def add_customer(session: Session, *, discount: str = "", skonto: bool = False) -> int:
    saved = save_customer(
        session,
        CustomerInput(
            kind="company",
            company_name="Beispiel AG",
            street="Ringstraße 5",
            postcode="80331",
            city="München",
            vat_id="DE811907980",
        ),
    )
    save_conditions(
        session,
        ConditionsInput(
            discount_percent=discount,
            net_days="30",
            skonto_percent="2" if skonto else "",
            skonto_days="14" if skonto else "",
        ),
        customer_id=saved.id,
    )
    return saved.id


def add_article(session: Session, name: str, price: str, vat: str = "19", unit: str = "C62") -> int:
    return articles.save_article(
        session, None, articles.ArticleInput(name=name, unit_price=price, vat_rate=vat, unit=unit)
    )


def invoice_input(
    session: Session, customer_id: int, *, kind: str = "invoice"
) -> sales.DocumentInput:
    """An invoice (or another kind) of two 19 % positions and a 7 % one, service date set."""
    data = sales.new_document(session, kind=kind, customer_id=customer_id, today=TODAY)
    data.service_date = date(2026, 12, 1)
    data.subject = "Einrichtung Warenwirtschaft"
    data.lines = [
        sales.LineInput(name="Beratung", quantity=Decimal(4), unit="HUR", unit_price=Decimal("95")),
        sales.LineInput(
            name="Montage",
            quantity=Decimal(3),
            unit="HUR",
            unit_price=Decimal("65.00"),
            discount_percent=Decimal(5),
        ),
        sales.LineInput(
            name="Fachbuch", quantity=Decimal(1), unit_price=Decimal("39.90"), vat_rate=Decimal(7)
        ),
    ]
    return data
