"""An invoice in the terms of EN 16931 (the business terms BT-…), gathered from a sales document,
Meine Firma and the customer; what the CII and UBL writers put into XML.

The amounts come from :func:`meinbuero.services.sales.document_totals` (EN 16931 rounding), so
the XML states the same totals as the PDF. A cancellation invoice is a credit note (381): its
stored quantities are negative, the credit note states them positive and names the cancelled
invoice (BT-25).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from sqlalchemy.orm import Session

from meinbuero.domain.money import TaxCase, TaxCategory, TaxLine, Totals
from meinbuero.services import settings
from meinbuero.services.sales import LineInput, counts, document_totals, line_money
from meinbuero.store.models import Conditions, Customer, SalesDocument, SalesKind, SalesLine


class EInvoiceFormat(StrEnum):
    """How an invoice goes to a customer (Konditionen), and which e-invoice is made."""

    PDF = "pdf"
    ZUGFERD = "zugferd"
    XRECHNUNG_CII = "xrechnung_cii"
    XRECHNUNG_UBL = "xrechnung_ubl"


E_FORMATS = (EInvoiceFormat.ZUGFERD, EInvoiceFormat.XRECHNUNG_CII, EInvoiceFormat.XRECHNUNG_UBL)
# BT-24: the specification a file follows.
EN16931 = "urn:cen.eu:en16931:2017"
XRECHNUNG = "urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0"
# BT-23 as XRechnung recommends it (the Peppol billing process).
BILLING_PROCESS = "urn:fdc:peppol.eu:2017:poacc:billing:01.0"

INVOICE = "380"
CREDIT_NOTE = "381"
SEPA_CREDIT_TRANSFER = "58"

# BT-120/BT-121: why a category carries no VAT (German text, as on the PDF; the VATEX code).
EXEMPTION: dict[TaxCategory, tuple[str, str]] = {
    TaxCategory.EXEMPT: ("Kleinunternehmer gemäß § 19 UStG, keine Umsatzsteuer", ""),
    TaxCategory.REVERSE_CHARGE: ("Steuerschuldnerschaft des Leistungsempfängers", "VATEX-EU-AE"),
    TaxCategory.INTRA_EU: (
        "Steuerfreie innergemeinschaftliche Lieferung (§ 4 Nr. 1b i. V. m. § 6a UStG)",
        "VATEX-EU-IC",
    ),
    TaxCategory.EXPORT: (
        "Steuerfreie Ausfuhrlieferung (§ 4 Nr. 1a i. V. m. § 6 UStG)",
        "VATEX-EU-G",
    ),
    TaxCategory.OUTSIDE_SCOPE: ("Nicht im Anwendungsbereich der Umsatzsteuer", "VATEX-EU-O"),
}


@dataclass(frozen=True)
class Party:
    name: str
    street: str
    postcode: str
    city: str
    country: str
    vat_id: str = ""
    tax_number: str = ""
    email: str = ""
    # BT-34/BT-49 with its scheme ("EM" e-mail, "0204" Leitweg-ID).
    electronic_address: str = ""
    electronic_scheme: str = "EM"
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    register: str = ""
    # BT-29 (an own identifier) and BT-30 (the register number), for a seller without VAT ID.
    identifier: str = ""
    legal_id: str = ""


@dataclass(frozen=True)
class Line:
    """One invoice line (BG-25); amounts positive for a credit note."""

    number: str
    name: str
    description: str
    article_number: str
    quantity: Decimal
    unit: str
    price: Decimal
    base: Decimal  # quantity × price, in cents
    discount_percent: Decimal
    discount: Decimal
    net: Decimal
    category: TaxCategory
    rate: Decimal


@dataclass(frozen=True)
class EInvoice:
    number: str
    type_code: str
    issue_date: date
    currency: str
    seller: Party
    buyer: Party
    lines: tuple[Line, ...]
    totals: Totals
    specification: str = EN16931
    buyer_reference: str = ""
    notes: tuple[str, ...] = ()
    delivery_date: date | None = None
    period: tuple[date, date] | None = None
    due_date: date | None = None
    payment_terms: str = ""
    iban: str = ""
    bic: str = ""
    account_name: str = ""
    preceding_number: str = ""
    preceding_date: date | None = None
    # BT-80 (a deliver-to country, needed for intra-EU supplies).
    deliver_to_country: str = ""
    exemptions: dict[TaxCategory, tuple[str, str]] = field(default_factory=dict)

    @property
    def is_xrechnung(self) -> bool:
        return self.specification == XRECHNUNG

    def exemption(self, tax: TaxLine) -> tuple[str, str]:
        return self.exemptions.get(tax.category, ("", ""))


def skonto_terms(days: int, percent: Decimal) -> str:
    """Skonto the way XRechnung reads it (BR-DE-18): ``#SKONTO#TAGE=14#PROZENT=2.00#``."""
    return f"#SKONTO#TAGE={days}#PROZENT={percent.quantize(Decimal('0.01'))}#"


def _terms(document: SalesDocument, credit: bool) -> tuple[str, date | None]:
    """BT-20 and BT-9: the payment terms as text (with the Skonto line) and the due date."""
    from meinbuero.services.sales_print import payment_terms

    if credit:
        return "Der Betrag wird Ihnen gutgeschrieben.", None
    if document.net_days is None:
        return "Zahlbar sofort ohne Abzug.", document.document_date
    text = payment_terms(document) or "Zahlbar sofort ohne Abzug."
    if document.skonto_percent and document.skonto_days is not None:
        # The Skonto line ends with a line break (BR-DE-18), after the readable sentence.
        text = f"{text}\n{skonto_terms(document.skonto_days, document.skonto_percent)}\n"
    return text, document.document_date + timedelta(days=document.net_days)


def _seller(session: Session) -> Party:
    company = settings.company(session)
    register = " ".join(p for p in (company.register_court, company.register_number) if p)
    return Party(
        name=company.name,
        street=company.street,
        postcode=company.postcode,
        city=company.city,
        country=company.country or "DE",
        vat_id=company.vat_id.replace(" ", ""),
        tax_number=company.tax_number,
        email=company.email,
        electronic_address=company.email,
        contact_name=settings.display_name(session) or company.managing_director or company.name,
        contact_phone=company.phone,
        contact_email=company.email,
        register=register,
        legal_id=company.register_number,
        # A seller without VAT ID and register (a Kleinunternehmer) is named by its tax number.
        identifier=(company.tax_number if not (company.vat_id or company.register_number) else ""),
    )


def _buyer(customer: Customer, document: SalesDocument, leitweg_id: str) -> Party:
    name = customer.company_name or " ".join(
        p for p in (customer.first_name, customer.last_name) if p
    )
    email = customer.invoice_email or customer.email
    return Party(
        name=name or customer.display_name,
        street=customer.street,
        postcode=customer.postcode,
        city=customer.city,
        country=customer.country or "DE",
        vat_id=document.customer_vat_id.replace(" ", ""),
        email=email,
        electronic_address=leitweg_id or email,
        electronic_scheme="0204" if leitweg_id else "EM",
    )


def einvoice_of(
    session: Session, document: SalesDocument, *, xrechnung: bool, number: str | None = None
) -> EInvoice:
    """The EN 16931 view of a finalised invoice or cancellation (``number``: the number being
    given while finalising)."""
    credit = document.kind == SalesKind.CANCELLATION
    sign = Decimal(-1) if credit else Decimal(1)
    items = [line for line in document.lines if counts(line, document.kind)]
    totals = document_totals(
        [_signed(line, sign) for line in items], kind=document.kind, tax_case=document.tax_case
    )
    lines = []
    for position, line in enumerate(items, start=1):
        signed = _signed(line, sign)
        money = line_money(signed)
        category = TaxCategory(line.vat_category)
        lines.append(
            Line(
                number=str(position),
                name=line.name,
                description=line.description,
                article_number=line.article_number,
                quantity=signed.quantity,
                unit=line.unit,
                price=line.unit_price,
                base=money.base,
                discount_percent=line.discount_percent,
                discount=money.discount,
                net=money.net,
                category=category,
                rate=line.vat_rate if category in _RATED else Decimal(0),
            )
        )
    conditions = session.get(Conditions, document.customer_id)
    leitweg_id = conditions.leitweg_id.strip() if conditions is not None else ""
    company = settings.company(session)
    terms, due = _terms(document, credit)
    preceding = session.get(SalesDocument, document.cancels_id) if document.cancels_id else None
    customer = session.get(Customer, document.customer_id)
    assert customer is not None
    buyer = _buyer(customer, document, leitweg_id if xrechnung else "")
    used = {line.category for line in lines}
    return EInvoice(
        number=number or document.number or "",
        type_code=CREDIT_NOTE if credit else INVOICE,
        issue_date=document.document_date,
        currency=document.currency,
        seller=_seller(session),
        buyer=buyer,
        lines=tuple(lines),
        totals=totals,
        specification=XRECHNUNG if xrechnung else EN16931,
        buyer_reference=leitweg_id or (customer.number if xrechnung else ""),
        notes=tuple(n for n in (document.subject,) if n),
        delivery_date=document.service_date if document.service_end is None else None,
        period=(
            (document.service_date, document.service_end)
            if document.service_date is not None and document.service_end is not None
            else None
        ),
        due_date=due,
        payment_terms=terms,
        iban=company.iban.replace(" ", ""),
        bic=company.bic.replace(" ", ""),
        account_name=company.name,
        preceding_number=preceding.number or "" if preceding is not None else "",
        preceding_date=preceding.document_date if preceding is not None else None,
        deliver_to_country=(
            buyer.country if document.tax_case in (TaxCase.INTRA_EU, TaxCase.EXPORT) else ""
        ),
        exemptions={c: EXEMPTION[c] for c in used if c in EXEMPTION},
    )


_RATED = (TaxCategory.STANDARD, TaxCategory.ZERO_RATED)


def _signed(line: SalesLine, sign: Decimal) -> LineInput:
    return LineInput(
        kind=line.kind,
        optional=line.optional,
        quantity=line.quantity * sign,
        unit_price=line.unit_price,
        discount_percent=line.discount_percent,
        vat_rate=line.vat_rate,
    )
