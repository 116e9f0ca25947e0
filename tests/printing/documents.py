"""Print documents built by hand, as the sales service would fill them (tests and benchmark)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from meinbuero.domain.money import PricedLine, TaxCategory, line_amounts, totals
from meinbuero.printing.model import InfoItem, Letterhead, PaymentQr, PrintDocument, PrintLine

LETTERHEAD = Letterhead(
    name="Muster Haustechnik GmbH",
    name_addition="Heizung · Sanitär · Solar",
    street="Hauptstraße 12",
    postcode="50667",
    city="Köln",
    phone="0221 123456-0",
    fax="0221 123456-99",
    email="info@muster-haustechnik.de",
    website="www.muster-haustechnik.de",
    vat_id="DE123456789",
    tax_number="214/5678/1234",
    tax_office="Köln-Altstadt",
    register_court="Amtsgericht Köln",
    register_number="HRB 98765",
    managing_director="Jürgen Müller",
    iban="DE02370502990000684712",
    bic="COKSDE33XXX",
    bank_name="Kreissparkasse Köln",
)

RECIPIENT = (
    "Bäckerei Özdemir & Söhne OHG",
    "z. Hd. Frau Ärzte-Weiß",
    "Südstraße 7a",
    "51063 Köln",
)

CATALOGUE = [
    (
        "Wartung Gas-Brennwerttherme",
        "Inspektion nach Herstellervorgabe, Abgasmessung, "
        "Reinigung des Wärmetauschers und Prüfung aller Sicherheitseinrichtungen.",
        "1",
        "Stück",
        "189.00",
        "19",
    ),
    ("Arbeitszeit Meister", "", "2.5", "Std.", "78.50", "19"),
    ("Dichtungssatz DN 20", "", "3", "Stück", "4.35", "19"),
    ("Fachbuch „Heizung kompakt“", "2. Auflage", "1", "Stück", "39.90", "7"),
    ("Anfahrtspauschale", "", "1", "pauschal", "35.00", "19"),
]


def item_lines(count: int) -> list[PrintLine]:
    lines = []
    for index in range(count):
        name, description, quantity, unit, price, rate = CATALOGUE[index % len(CATALOGUE)]
        amounts = line_amounts(Decimal(quantity), Decimal(price), Decimal(0))
        lines.append(
            PrintLine(
                kind="item",
                position=str(index + 1),
                name=name if count <= len(CATALOGUE) else f"{name} ({index + 1})",
                description=description,
                quantity=Decimal(quantity),
                unit=unit,
                unit_price=Decimal(price),
                vat_rate=Decimal(rate),
                net=amounts.net,
            )
        )
    return lines


def invoice(
    lines: list[PrintLine] | None = None, *, count: int = 5, qr: bool = True, draft: bool = False
) -> PrintDocument:
    """An invoice of ``count`` item lines (or the given lines), totals the EN 16931 way."""
    lines = item_lines(count) if lines is None else lines
    result = totals(
        PricedLine(
            net=line.net or Decimal(0),
            category=TaxCategory.STANDARD,
            rate=line.vat_rate or Decimal(0),
        )
        for line in lines
        if line.kind == "item" and not line.optional
    )
    return PrintDocument(
        title="Rechnung",
        number="RE-2026-0042",
        letterhead=LETTERHEAD,
        return_line="Muster Haustechnik GmbH · Hauptstraße 12 · 50667 Köln",
        address_lines=RECIPIENT,
        info=(
            InfoItem("Rechnungsnr.", "RE-2026-0042"),
            InfoItem("Kundennr.", "10023"),
            InfoItem("Datum", "22.11.2026"),
            InfoItem("Lieferdatum", "18.11.2026"),
            InfoItem("Ihr Zeichen", "Wartung 2026"),
            InfoItem("Ansprechpartner", "Jürgen Müller"),
        ),
        subject="Wartung Ihrer Heizungsanlage",
        header_text="Sehr geehrte Frau Ärzte-Weiß,\n"
        "vielen Dank für Ihren Auftrag. Wir berechnen Ihnen die folgenden Leistungen:",
        lines=tuple(lines),
        footer_text="Mit freundlichen Grüßen\nJürgen Müller",
        net_total=result.net,
        tax_total=result.tax,
        gross_total=result.gross,
        breakdown=result.breakdown,
        payment_terms="Zahlbar innerhalb von 14 Tagen mit 2 % Skonto oder 30 Tage netto bis "
        "22.12.2026.",
        notes=("Leistungszeitraum: 18.11.2026",),
        qr=(
            PaymentQr(
                name=LETTERHEAD.name,
                iban=LETTERHEAD.iban,
                bic=LETTERHEAD.bic,
                amount=result.gross,
                text="RE-2026-0042",
            )
            if qr
            else None
        ),
        draft=draft,
        document_date=date(2026, 11, 22),
    )


def delivery_note() -> PrintDocument:
    document = invoice(qr=False)
    lines = tuple(
        replace(line, unit_price=None, net=None, vat_rate=None) for line in document.lines
    )
    return replace(
        document,
        title="Lieferschein",
        number="LS-2026-0017",
        lines=lines,
        show_prices=False,
        payment_terms="",
        info=(InfoItem("Lieferscheinnr.", "LS-2026-0017"), InfoItem("Datum", "18.11.2026")),
    )
