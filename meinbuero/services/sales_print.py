"""A sales document as it is printed: the data of :mod:`meinbuero.printing.model`, filled from
the document, Meine Firma and the settings, then drawn by :mod:`meinbuero.printing.sales`.

The printed texts are German whatever language the program shows (an invoice goes to a German
customer): the sentences here are data, like the letter salutation, not user interface.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from meinbuero.domain.money import TaxCase, skonto_amount
from meinbuero.domain.units import unit_labels
from meinbuero.domain.values import format_date_de, format_decimal_de
from meinbuero.printing.model import InfoItem, Letterhead, PaymentQr, PrintDocument, PrintLine
from meinbuero.services import settings
from meinbuero.services.customers import german_countries
from meinbuero.store.models import (
    Company,
    ContactPerson,
    Customer,
    SalesDocument,
    SalesKind,
)

TITLES = {
    SalesKind.QUOTE: "Angebot",
    SalesKind.ORDER_CONFIRMATION: "Auftragsbestätigung",
    SalesKind.DELIVERY_NOTE: "Lieferschein",
    SalesKind.INVOICE: "Rechnung",
    SalesKind.CANCELLATION: "Stornorechnung",
}
NUMBER_LABELS = {
    SalesKind.QUOTE: "Angebotsnr.",
    SalesKind.ORDER_CONFIRMATION: "Auftragsnr.",
    SalesKind.DELIVERY_NOTE: "Lieferscheinnr.",
    SalesKind.INVOICE: "Rechnungsnr.",
    SalesKind.CANCELLATION: "Stornonr.",
}
# German unit names on the page, whatever language the program shows.
UNIT_NAMES = {
    "C62": "Stk.",
    "HUR": "Std.",
    "MIN": "Min.",
    "DAY": "Tag(e)",
    "WEE": "Woche(n)",
    "MON": "Monat(e)",
    "LS": "pauschal",
    "KGM": "kg",
    "MTR": "m",
    "KMT": "km",
    "MTK": "m²",
    "MTQ": "m³",
    "LTR": "l",
    "SET": "Satz",
    "XPK": "Paket",
}


def _money(value: Decimal) -> str:
    return format_decimal_de(value, places=2) + " €"


def letterhead(company: Company) -> Letterhead:
    return Letterhead(
        name=company.name,
        name_addition=company.name_addition,
        owner=company.owner,
        street=company.street,
        postcode=company.postcode,
        city=company.city,
        country_name="" if company.country == "DE" else german_countries().get(company.country, ""),
        phone=company.phone,
        fax=company.fax,
        email=company.email,
        website=company.website,
        vat_id=company.vat_id,
        tax_number=company.tax_number,
        tax_office=company.tax_office,
        register_court=company.register_court,
        register_number=company.register_number,
        managing_director=company.managing_director,
        iban=company.iban,
        bic=company.bic,
        bank_name=company.bank_name,
    )


def return_line(company: Company) -> str:
    place = " ".join(p for p in (company.postcode, company.city) if p)
    return " · ".join(p for p in (company.name, company.street, place) if p)


def payment_terms(document: SalesDocument) -> str:
    """The payment terms of an invoice: "Zahlbar innerhalb von 14 Tagen bis … mit 2 % Skonto
    (= 23,80 €, Zahlbetrag …) oder innerhalb von 30 Tagen bis … ohne Abzug."."""
    if document.kind not in (SalesKind.INVOICE,) or document.net_days is None:
        return ""
    if document.gross_total <= 0:
        return ""
    start = document.document_date
    due = start + timedelta(days=document.net_days)
    if document.skonto_percent and document.skonto_days is not None:
        amount = skonto_amount(document.gross_total, document.skonto_percent)
        until = start + timedelta(days=document.skonto_days)
        return (
            f"Zahlbar innerhalb von {document.skonto_days} Tagen bis {format_date_de(until)} "
            f"mit {format_decimal_de(document.skonto_percent.normalize())} % Skonto "
            f"(= {_money(amount)}, Zahlbetrag {_money(document.gross_total - amount)}) "
            f"oder innerhalb von {document.net_days} Tagen bis {format_date_de(due)} ohne Abzug."
        )
    if document.net_days == 0:
        return "Zahlbar sofort ohne Abzug."
    return f"Zahlbar innerhalb von {document.net_days} Tagen bis {format_date_de(due)} ohne Abzug."


def tax_notes(document: SalesDocument, company: Company) -> tuple[str, ...]:
    """The notes the tax case requires on the document (§14a UStG, §19 UStG)."""
    case = document.tax_case
    if case == TaxCase.SMALL_BUSINESS:
        return ("Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.",)
    if case == TaxCase.REVERSE_CHARGE:
        return (
            "Steuerschuldnerschaft des Leistungsempfängers (§ 13b UStG). "
            f"USt-IdNr. des Leistungsempfängers: {document.customer_vat_id}",
        )
    if case == TaxCase.INTRA_EU:
        return (
            "Steuerfreie innergemeinschaftliche Lieferung (§ 4 Nr. 1b i. V. m. § 6a UStG). "
            f"USt-IdNr. des Lieferers: {company.vat_id}, "
            f"des Abnehmers: {document.customer_vat_id}",
        )
    if case == TaxCase.EXPORT:
        return ("Steuerfreie Ausfuhrlieferung (§ 4 Nr. 1a i. V. m. § 6 UStG).",)
    return ()


def fill_placeholders(
    text: str, document: SalesDocument, *, number: str | None, salutation: str
) -> str:
    values = {
        "{Briefanrede}": salutation,
        "{Datum}": format_date_de(document.document_date),
        "{Gültig bis}": format_date_de(document.valid_until),
        "{Nummer}": number or "",
        "{Kundennummer}": document.customer_number,
        "{Bezug}": document.reference,
    }
    for placeholder, value in values.items():
        text = text.replace(placeholder, value)
    return text


def _salutation(session: Session, document: SalesDocument) -> str:
    from meinbuero.services.sales import letter_salutation_of

    customer = session.get(Customer, document.customer_id)
    person = (
        session.get(ContactPerson, document.contact_person_id)
        if document.contact_person_id is not None
        else None
    )
    return letter_salutation_of(customer, person) if customer is not None else ""


def _info(session: Session, document: SalesDocument, number: str | None) -> tuple[InfoItem, ...]:
    items = [InfoItem("Kundennr.", document.customer_number)]
    if number:
        items.append(InfoItem(NUMBER_LABELS[SalesKind(document.kind)], number))
    items.append(InfoItem("Datum", format_date_de(document.document_date)))
    if document.service_date is not None:
        if document.service_end is not None and document.service_end != document.service_date:
            period = f"{format_date_de(document.service_date)} – "
            period += format_date_de(document.service_end)
            items.append(InfoItem("Leistungszeitraum", period))
        else:
            label = {
                SalesKind.QUOTE: "Liefertermin",
                SalesKind.DELIVERY_NOTE: "Lieferdatum",
            }.get(SalesKind(document.kind), "Leistungsdatum")
            items.append(InfoItem(label, format_date_de(document.service_date)))
    if document.valid_until is not None and document.kind == SalesKind.QUOTE:
        items.append(InfoItem("Gültig bis", format_date_de(document.valid_until)))
    if document.reference:
        label = "Bezug" if document.kind == SalesKind.CANCELLATION else "Ihr Zeichen"
        items.append(InfoItem(label, document.reference))
    if document.customer_vat_id and document.tax_case != TaxCase.STANDARD:
        items.append(InfoItem("Ihre USt-IdNr.", document.customer_vat_id))
    if document.contact_person_id is not None:
        person = session.get(ContactPerson, document.contact_person_id)
        if person is not None and person.display_name:
            items.append(InfoItem("Ansprechpartner", person.display_name))
    items.append(InfoItem("Bearbeiter", document.author))
    return tuple(item for item in items if item.value)


def print_document(
    session: Session, document: SalesDocument, *, number: str | None
) -> PrintDocument:
    """The document as printed; ``number`` None prints a draft (marked ENTWURF)."""
    from meinbuero.services.sales import document_totals, subtotals

    company = settings.company(session)
    salutation = _salutation(session, document)
    show_prices = document.kind != SalesKind.DELIVERY_NOTE
    units = {**unit_labels(), **UNIT_NAMES}
    sums = subtotals(document.lines, kind=document.kind)
    lines: list[PrintLine] = []
    position = 0
    for index, line in enumerate(document.lines):
        if line.kind == "item":
            position += 1
            lines.append(
                PrintLine(
                    kind="item",
                    position=str(position),
                    name=line.name,
                    description=line.description,
                    quantity=line.quantity,
                    unit=units.get(line.unit, line.unit),
                    unit_price=line.unit_price if show_prices else None,
                    discount_percent=line.discount_percent or None,
                    vat_rate=line.vat_rate if document.tax_case == TaxCase.STANDARD else None,
                    net=line.net_amount if show_prices else None,
                    optional=line.optional,
                )
            )
        elif line.kind == "text":
            lines.append(PrintLine(kind="text", name=line.name, description=line.description))
        elif show_prices:
            lines.append(
                PrintLine(kind="subtotal", name=line.name or "Zwischensumme", net=sums[index])
            )
    total = document_totals(document.lines, kind=document.kind, tax_case=document.tax_case)
    qr = None
    if document.kind == SalesKind.INVOICE and company.iban and number and total.gross > 0:
        qr = PaymentQr(
            name=company.name[:70],
            iban=company.iban,
            bic=company.bic,
            amount=total.gross,
            text=number,
        )
    title = TITLES[SalesKind(document.kind)]
    return PrintDocument(
        title=f"{title} {number}" if number else title,
        letterhead=letterhead(company),
        return_line=return_line(company),
        address_lines=tuple(document.address.splitlines()),
        info=_info(session, document, number),
        subject=document.subject,
        header_text=fill_placeholders(
            document.header_text, document, number=number, salutation=salutation
        ),
        lines=tuple(lines),
        footer_text=fill_placeholders(
            document.footer_text, document, number=number, salutation=salutation
        ),
        show_prices=show_prices,
        net_total=total.net,
        tax_total=total.tax,
        gross_total=total.gross,
        breakdown=total.breakdown,
        show_tax=document.tax_case == TaxCase.STANDARD,
        payment_terms=payment_terms(document),
        notes=tax_notes(document, company) if show_prices else (),
        qr=qr,
        draft=number is None,
        document_date=document.document_date,
    )


def render(session: Session, document: SalesDocument, *, number: str | None) -> bytes:
    from meinbuero.printing.sales import render_sales_document

    return bytes(render_sales_document(print_document(session, document, number=number)))
