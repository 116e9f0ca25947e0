"""Sales documents: Angebot → Auftragsbestätigung → Lieferschein → Rechnung, and Stornorechnung.

A document is a draft until it is finalised ("abgeschlossen"): :func:`finalise` gives it its
number, freezes it, makes its PDF and files that in the customer's Dokumente, in the caller's
one transaction — a crash before the commit leaves the draft (and at most a stray file the
health check removes), never a number without its PDF. From then on the database refuses any
change but the status (triggers of migration 0006); status changes go into an append-only log.

Input comes as plain values (:class:`DocumentInput`, :class:`LineInput`: Decimals and dates,
parsed by the window or the command line); totals are computed the EN 16931 way by
:mod:`meinbuero.domain.money`, the same for the live window, the stored totals and the PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.money import (
    CENT,
    PERCENT_PLACES,
    PRICE_PLACES,
    QUANTITY_PLACES,
    ZERO,
    LineAmounts,
    PricedLine,
    TaxCase,
    Totals,
    effective_rate,
    line_amounts,
    line_category,
    totals,
)
from meinbuero.domain.salutation import (
    FormOfAddress,
    Salutation,
    address_salutation,
    letter_salutation,
)
from meinbuero.domain.units import DEFAULT_UNIT, unit_labels
from meinbuero.domain.values import format_date_de, format_decimal_de
from meinbuero.i18n import tr
from meinbuero.services import articles, faults, payments, sales_settings, settings
from meinbuero.services.customers import existing_customer, german_countries
from meinbuero.services.errors import InvalidInput, NotFound, Refused
from meinbuero.store import search
from meinbuero.store.models import (
    Article,
    Conditions,
    ContactPerson,
    Customer,
    SalesDocument,
    SalesKind,
    SalesLine,
    SalesStatus,
    SalesStatusChange,
    Setting,
    display_name_of,
)
from meinbuero.store.types import utcnow

KINDS = tuple(SalesKind)
# What each kind can be carried on to (Weiterführen).
NEXT_KINDS: dict[str, tuple[str, ...]] = {
    SalesKind.QUOTE: (SalesKind.ORDER_CONFIRMATION, SalesKind.DELIVERY_NOTE, SalesKind.INVOICE),
    SalesKind.ORDER_CONFIRMATION: (SalesKind.DELIVERY_NOTE, SalesKind.INVOICE),
    SalesKind.DELIVERY_NOTE: (SalesKind.INVOICE,),
    SalesKind.INVOICE: (),
    SalesKind.CANCELLATION: (),
}
# The category of the customer's Dokumente a finalised document's PDF is filed under.
PDF_CATEGORY = {
    SalesKind.QUOTE: "Angebot",
    SalesKind.ORDER_CONFIRMATION: "Auftragsbestätigung",
    SalesKind.DELIVERY_NOTE: "Lieferschein",
    SalesKind.INVOICE: "Rechnung",
    SalesKind.CANCELLATION: "Rechnung",
}
QUOTE_VALID_DAYS = 30
LINE_KINDS = ("item", "text", "subtotal")
# A Kleinbetragsrechnung (§33 UStDV) needs no buyer address: up to this gross amount.
SMALL_INVOICE_LIMIT = Decimal(250)
BILLING_KINDS = (SalesKind.INVOICE, SalesKind.CANCELLATION)


def kind_labels() -> dict[str, str]:
    return {
        SalesKind.QUOTE: tr("Quote"),
        SalesKind.ORDER_CONFIRMATION: tr("Order confirmation"),
        SalesKind.DELIVERY_NOTE: tr("Delivery note"),
        SalesKind.INVOICE: tr("Invoice"),
        SalesKind.CANCELLATION: tr("Cancellation invoice"),
    }


def kind_plural_labels() -> dict[str, str]:
    return {
        SalesKind.QUOTE: tr("Quotes"),
        SalesKind.ORDER_CONFIRMATION: tr("Order confirmations"),
        SalesKind.DELIVERY_NOTE: tr("Delivery notes"),
        SalesKind.INVOICE: tr("Invoices"),
        SalesKind.CANCELLATION: tr("Cancellation invoices"),
    }


def status_labels(kind: str | None = None) -> dict[str, str]:
    """The statuses a document of ``kind`` can have (all without a kind), with their names."""
    labels: dict[str, str] = {
        SalesStatus.DRAFT: tr("draft"),
        SalesStatus.OPEN: tr("open"),
        SalesStatus.ACCEPTED: tr("accepted"),
        SalesStatus.REJECTED: tr("rejected"),
        SalesStatus.BILLED: tr("billed"),
        SalesStatus.CANCELLED: tr("cancelled"),
    }
    allowed = {
        SalesKind.QUOTE: ("draft", "open", "accepted", "rejected", "billed"),
        SalesKind.ORDER_CONFIRMATION: ("draft", "open", "billed"),
        SalesKind.DELIVERY_NOTE: ("draft", "open", "billed"),
        SalesKind.INVOICE: ("draft", "open", "cancelled"),
        SalesKind.CANCELLATION: ("draft", "open"),
    }
    if kind is None:
        return labels
    return {key: labels[key] for key in allowed[SalesKind(kind)]}


def tax_case_labels() -> dict[str, str]:
    return {
        TaxCase.STANDARD: tr("Standard (VAT charged)"),
        TaxCase.SMALL_BUSINESS: tr("Small business (§ 19 UStG, no VAT)"),
        TaxCase.REVERSE_CHARGE: tr("Reverse charge (§ 13b UStG)"),
        TaxCase.INTRA_EU: tr("Intra-EU supply (tax-free)"),
        TaxCase.EXPORT: tr("Export to a non-EU country (tax-free)"),
    }


def labels() -> dict[str, str]:
    """The fields of a document and its lines, as errors name them."""
    return {
        "kind": tr("Kind"),
        "customer": tr("Customer"),
        "address": tr("Address"),
        "subject": tr("Subject"),
        "document_date": tr("Date"),
        "service_date": tr("Delivery/service date"),
        "service_end": tr("Service period until"),
        "valid_until": tr("Valid until"),
        "reference": tr("Reference"),
        "net_days": tr("Payment due (days net)"),
        "skonto_percent": tr("Cash discount (%)"),
        "skonto_days": tr("Cash discount within (days)"),
        "tax_case": tr("Tax case"),
        "lines": tr("Lines"),
        "name": tr("Item name"),
        "quantity": tr("Quantity"),
        "unit": tr("Unit"),
        "unit_price": tr("Unit price"),
        "discount_percent": tr("Discount (%)"),
        "vat_rate": tr("VAT (%)"),
    }


@dataclass
class LineInput:
    """A line as the window or the command line gives it.

    ``kind``: "item" (an article or free text with quantity and price), "text" (a text across
    the table) or "subtotal". ``optional``: an alternative position of a quote, not counted.
    """

    kind: str = "item"
    article_id: int | None = None
    article_number: str = ""
    name: str = ""
    description: str = ""
    quantity: Decimal = Decimal(1)
    unit: str = DEFAULT_UNIT
    unit_price: Decimal = ZERO
    discount_percent: Decimal = ZERO
    vat_rate: Decimal = Decimal(19)
    optional: bool = False


@dataclass
class DocumentInput:
    """A document as edited: what the window shows and the command line reads."""

    kind: str
    customer_id: int
    document_date: date
    contact_person_id: int | None = None
    address: str = ""
    customer_vat_id: str = ""
    subject: str = ""
    header_text: str = ""
    footer_text: str = ""
    service_date: date | None = None
    service_end: date | None = None
    valid_until: date | None = None
    reference: str = ""
    net_days: int | None = None
    skonto_percent: Decimal | None = None
    skonto_days: int | None = None
    tax_case: str = TaxCase.STANDARD
    lines: list[LineInput] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# Totals


def counts(line: LineInput | SalesLine, kind: str) -> bool:
    """Whether a line adds to the totals: an item, and not an optional one of a quote."""
    return line.kind == "item" and not (line.optional and kind == SalesKind.QUOTE)


def line_money(line: LineInput | SalesLine) -> LineAmounts:
    return line_amounts(line.quantity, line.unit_price, line.discount_percent)


def document_totals(lines: Sequence[LineInput | SalesLine], *, kind: str, tax_case: str) -> Totals:
    """The totals of a document's lines: the same for the window, the database and the PDF."""
    return totals(
        PricedLine(
            net=line_money(line).net,
            category=line_category(tax_case, line.vat_rate),
            rate=effective_rate(tax_case, line.vat_rate),
        )
        for line in lines
        if counts(line, kind)
    )


def subtotals(lines: Sequence[LineInput | SalesLine], *, kind: str) -> dict[int, Decimal]:
    """Index of each subtotal line → the net of the counting items since the last subtotal."""
    result: dict[int, Decimal] = {}
    running = ZERO
    for index, line in enumerate(lines):
        if line.kind == "subtotal":
            result[index] = running
            running = ZERO
        elif counts(line, kind):
            running += line_money(line).net
    return result


# ---------------------------------------------------------------------------------------------
# New documents and their defaults


def _setting(session: Session, key: str) -> str | None:
    return session.scalar(select(Setting.value).where(Setting.key == key))


# Letters and documents are German whatever language the program shows: these texts are data.
DEFAULT_TEXTS: dict[str, tuple[str, str]] = {
    SalesKind.QUOTE: (
        "{Briefanrede}\n\nvielen Dank für Ihre Anfrage. Gerne bieten wir Ihnen an:",
        "Dieses Angebot gilt bis {Gültig bis}. Wir freuen uns auf Ihren Auftrag.\n\n"
        "Mit freundlichen Grüßen",
    ),
    SalesKind.ORDER_CONFIRMATION: (
        "{Briefanrede}\n\nvielen Dank für Ihren Auftrag, den wir hiermit wie folgt bestätigen:",
        "Mit freundlichen Grüßen",
    ),
    SalesKind.DELIVERY_NOTE: (
        "{Briefanrede}\n\nwir liefern Ihnen wie folgt:",
        "Ware vollständig und unbeschädigt erhalten:\n\n\n"
        "______________________________\nDatum, Unterschrift",
    ),
    SalesKind.INVOICE: (
        "{Briefanrede}\n\nfür unsere Leistungen berechnen wir Ihnen:",
        "Vielen Dank für Ihren Auftrag.\n\nMit freundlichen Grüßen",
    ),
    SalesKind.CANCELLATION: (
        "{Briefanrede}\n\nhiermit stornieren wir die Rechnung {Bezug}:",
        "Mit freundlichen Grüßen",
    ),
}
PLACEHOLDERS = ("{Briefanrede}", "{Datum}", "{Gültig bis}", "{Nummer}", "{Kundennummer}", "{Bezug}")


def default_texts(session: Session, kind: str) -> tuple[str, str]:
    """The header and footer text a new document of ``kind`` starts with (settings or default)."""
    header, footer = DEFAULT_TEXTS[SalesKind(kind)]
    return (
        _setting(session, f"sales_header_{kind}") or header,
        _setting(session, f"sales_footer_{kind}") or footer,
    )


def set_default_texts(session: Session, kind: str, *, header: str, footer: str) -> None:
    SalesKind(kind)
    session.merge(Setting(key=f"sales_header_{kind}", value=header))
    session.merge(Setting(key=f"sales_footer_{kind}", value=footer))
    session.flush()


def address_lines(customer: Customer, person: ContactPerson | None = None) -> list[str]:
    """The recipient as the address field prints it (DIN 5008: up to 6 lines)."""
    lines: list[str] = []

    def named(salutation: str, title: str, first: str, last: str) -> str:
        words = address_salutation(Salutation(salutation), title)
        return " ".join(p for p in (words, first, last) if p)

    if customer.kind == "company" and customer.company_name:
        lines.append(customer.company_name)
        if customer.company_addition:
            lines.append(customer.company_addition)
        if person is not None:
            lines.append(
                named(person.salutation, person.title, person.first_name, person.last_name)
            )
    else:
        if customer.company_name:
            lines.append(customer.company_name)
        lines.append(
            named(customer.salutation, customer.title, customer.first_name, customer.last_name)
        )
    if customer.street:
        lines.append(customer.street)
    lines.append(" ".join(p for p in (customer.postcode, customer.city) if p))
    if customer.country and customer.country != "DE":
        # In the sender's language, in capitals (DIN 5008), whatever language the program shows.
        lines.append(german_countries().get(customer.country, customer.country).upper())
    return [line for line in lines if line.strip()][:6]


def letter_salutation_of(customer: Customer, person: ContactPerson | None) -> str:
    who: Customer | ContactPerson = person if person is not None else customer
    if person is None and customer.kind == "company":
        return "Sehr geehrte Damen und Herren,"
    return letter_salutation(
        salutation=Salutation(who.salutation),
        title=who.title,
        first_name=who.first_name,
        last_name=who.last_name,
        form_of_address=FormOfAddress(who.form_of_address),
        override=who.letter_salutation_override,
    )


def _main_person(session: Session, customer_id: int) -> ContactPerson | None:
    return session.scalar(
        select(ContactPerson).where(
            ContactPerson.customer_id == customer_id, ContactPerson.is_main.is_(True)
        )
    )


def new_document(
    session: Session, *, kind: str, customer_id: int, today: date | None = None
) -> DocumentInput:
    """A new document for a customer, filled from the customer, its Konditionen and the
    settings: the address as printed, payment terms, texts, the tax case."""
    kind = SalesKind(kind)
    customer = existing_customer(session, customer_id)
    conditions = session.get(Conditions, customer_id)
    company = settings.company(session)
    today = today or date.today()
    person = _main_person(session, customer_id) if customer.kind == "company" else None
    header, footer = default_texts(session, kind)
    terms = sales_settings.payment_terms(session)
    if conditions is not None and conditions.net_days is not None:
        # The customer's own Konditionen, else the company's terms (Einstellungen > Verkauf).
        terms = sales_settings.PaymentTerms(
            net_days=conditions.net_days,
            skonto_percent=conditions.skonto_percent,
            skonto_days=conditions.skonto_days,
        )
    return DocumentInput(
        kind=kind,
        customer_id=customer_id,
        contact_person_id=person.id if person is not None else None,
        address="\n".join(address_lines(customer, person)),
        customer_vat_id=customer.vat_id,
        document_date=today,
        valid_until=today + timedelta(days=QUOTE_VALID_DAYS) if kind == SalesKind.QUOTE else None,
        net_days=terms.net_days,
        skonto_percent=terms.skonto_percent,
        skonto_days=terms.skonto_days,
        header_text=header,
        footer_text=footer,
        tax_case=TaxCase.SMALL_BUSINESS if company.kleinunternehmer else TaxCase.STANDARD,
    )


def customer_discount(session: Session, customer_id: int) -> Decimal:
    conditions = session.get(Conditions, customer_id)
    return conditions.discount_percent if conditions is not None else ZERO


def line_from_article(session: Session, article_id: int, *, customer_id: int) -> LineInput:
    """A line for an article: its name, description, unit, price and rate; the customer's
    discount from the Konditionen as the line discount."""
    article = articles.get_article(session, article_id)
    return LineInput(
        article_id=article.id,
        article_number=article.number,
        name=article.name,
        description=article.description,
        unit=article.unit,
        unit_price=article.unit_price,
        vat_rate=article.vat_rate,
        discount_percent=customer_discount(session, customer_id),
    )


# ---------------------------------------------------------------------------------------------
# Checking and saving drafts


def _places(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def check_document(session: Session, data: DocumentInput) -> list[ValidationError]:
    """Every refused value of a draft, named with its field (and line); empty when fine."""
    names = labels()
    errors: list[ValidationError] = []
    if data.kind not in KINDS:
        errors.append(ValidationError(names["kind"], tr("Unknown kind “{kind}”.", kind=data.kind)))
    if data.tax_case not in tuple(TaxCase):
        errors.append(
            ValidationError(names["tax_case"], tr("Unknown tax case “{case}”.", case=data.tax_case))
        )
    if session.get(Customer, data.customer_id) is None:
        errors.append(ValidationError(names["customer"], tr("The customer no longer exists.")))
    if data.service_end is not None:
        if data.service_date is None:
            errors.append(
                ValidationError(names["service_date"], tr("A period needs its first day."))
            )
        elif data.service_end < data.service_date:
            errors.append(
                ValidationError(names["service_end"], tr("The period ends before it begins."))
            )
    for name in ("net_days", "skonto_days"):
        value = getattr(data, name)
        if value is not None and not 0 <= value <= 365:
            errors.append(ValidationError(names[name], tr("Between 0 and 365 days, please.")))
    if data.skonto_percent is not None and not ZERO <= data.skonto_percent < Decimal(100):
        errors.append(
            ValidationError(names["skonto_percent"], tr("Between 0 and 99.99 %, please."))
        )
    if data.skonto_percent and data.skonto_days is None:
        errors.append(
            ValidationError(
                names["skonto_days"], tr("Please enter within how many days the discount holds.")
            )
        )
    units = unit_labels()
    for number, line in enumerate(data.lines, start=1):

        def line_error(name: str, message: str, number: int = number) -> None:
            errors.append(
                ValidationError(
                    tr("Line {number}, {field}", number=number, field=names[name]), message
                )
            )

        if line.kind not in LINE_KINDS:
            line_error("name", tr("Unknown kind of line “{kind}”.", kind=line.kind))
            continue
        if line.kind == "subtotal":
            continue
        if line.kind == "text":
            if not (line.name.strip() or line.description.strip()):
                line_error("name", tr("A text line needs a text."))
            continue
        if not line.name.strip():
            line_error("name", tr("Please enter what is sold."))
        if line.unit not in units:
            line_error("unit", tr("“{value}” is not a unit the program knows.", value=line.unit))
        if _places(line.quantity) > QUANTITY_PLACES:
            line_error("quantity", tr("At most {places} decimal places.", places=QUANTITY_PLACES))
        if _places(line.unit_price) > PRICE_PLACES:
            line_error("unit_price", tr("At most {places} decimal places.", places=PRICE_PLACES))
        if abs(line.quantity * line.unit_price) >= Decimal(10) ** 10:
            line_error("unit_price", tr("The amount is too large."))
        if not ZERO <= line.discount_percent <= Decimal(100) or (
            _places(line.discount_percent) > PERCENT_PLACES
        ):
            line_error("discount_percent", tr("Between 0 and 100 %, please."))
        if not ZERO <= line.vat_rate < Decimal(100) or _places(line.vat_rate) > PERCENT_PLACES:
            line_error("vat_rate", tr("A VAT rate lies between 0 and 99 %."))
        if line.article_id is not None and session.get(Article, line.article_id) is None:
            line_error("name", tr("The article no longer exists."))
    return errors


def _search_text(data: DocumentInput, customer: Customer, number: str | None) -> str:
    """What the list's search looks in (indexed by the sales_search table)."""
    parts = [number or "", customer.number, customer.display_name, data.subject, data.reference]
    return search.body([*parts, *data.address.splitlines()])


def get_document(session: Session, document_id: int) -> SalesDocument:
    document = session.scalar(
        select(SalesDocument)
        .where(SalesDocument.id == document_id)
        .options(selectinload(SalesDocument.lines))
    )
    if document is None:
        raise NotFound(tr("The sales document no longer exists."))
    return document


def find_document(session: Session, number_or_id: str) -> SalesDocument:
    """A document by its number ("RE-2026-0001") or, for drafts, its id ("17")."""
    text = number_or_id.strip()
    found = session.scalar(select(SalesDocument.id).where(SalesDocument.number == text))
    if found is None and text.isdigit():
        found = session.scalar(select(SalesDocument.id).where(SalesDocument.id == int(text)))
    if found is None:
        raise NotFound(tr("There is no sales document {number}.", number=text))
    return get_document(session, found)


def document_input(document: SalesDocument) -> DocumentInput:
    """A stored document as input (to edit a draft, or to copy any document)."""
    return DocumentInput(
        kind=document.kind,
        customer_id=document.customer_id,
        contact_person_id=document.contact_person_id,
        address=document.address,
        customer_vat_id=document.customer_vat_id,
        subject=document.subject,
        header_text=document.header_text,
        footer_text=document.footer_text,
        document_date=document.document_date,
        service_date=document.service_date,
        service_end=document.service_end,
        valid_until=document.valid_until,
        reference=document.reference,
        net_days=document.net_days,
        skonto_percent=document.skonto_percent,
        skonto_days=document.skonto_days,
        tax_case=document.tax_case,
        lines=[
            LineInput(
                kind=line.kind,
                article_id=line.article_id,
                article_number=line.article_number,
                name=line.name,
                description=line.description,
                quantity=line.quantity,
                unit=line.unit,
                unit_price=line.unit_price,
                discount_percent=line.discount_percent,
                vat_rate=line.vat_rate,
                optional=line.optional,
            )
            for line in document.lines
        ],
    )


def _refuse_final(document: SalesDocument) -> None:
    if document.is_final:
        raise Refused(
            tr(
                "{kind} {number} is finalised and can no longer be changed.",
                kind=kind_labels()[document.kind],
                number=document.number,
            )
        )


def save_draft(
    session: Session,
    document_id: int | None,
    data: DocumentInput,
    *,
    at: datetime | None = None,
) -> SalesDocument:
    """Store a new draft (``document_id`` None) or change one; a finalised one is refused.
    ``at``: when a new draft was made (now if not given)."""
    errors = check_document(session, data)
    if errors:
        raise InvalidInput(errors)
    customer = existing_customer(session, data.customer_id)
    if document_id is None:
        document = SalesDocument(kind=data.kind, status=SalesStatus.DRAFT)
        document.author = settings.display_name(session)
        session.add(document)
    else:
        document = get_document(session, document_id)
        _refuse_final(document)
        if document.kind != data.kind:
            raise Refused(tr("A draft keeps its kind; carry it on to make another kind."))
    total = document_totals(data.lines, kind=data.kind, tax_case=data.tax_case)
    document.customer_id = data.customer_id
    document.contact_person_id = data.contact_person_id
    document.customer_number = customer.number
    document.address = data.address.strip()
    document.customer_vat_id = data.customer_vat_id.strip()
    document.subject = data.subject.strip()
    document.header_text = data.header_text
    document.footer_text = data.footer_text
    document.document_date = data.document_date
    document.service_date = data.service_date
    document.service_end = data.service_end
    document.valid_until = data.valid_until
    document.reference = data.reference.strip()
    document.net_days = data.net_days
    document.skonto_percent = data.skonto_percent or None
    document.skonto_days = data.skonto_days if data.skonto_percent else None
    document.tax_case = data.tax_case
    document.net_total, document.tax_total, document.gross_total = (
        total.net,
        total.tax,
        total.gross,
    )
    document.search_text = _search_text(data, customer, None)
    document.updated_at = utcnow()
    document.lines.clear()
    session.flush()
    for position, line in enumerate(data.lines, start=1):
        article_number = line.article_number
        if line.article_id is not None and not article_number:
            article_number = articles.get_article(session, line.article_id).number
        item = line.kind == "item"
        document.lines.append(
            SalesLine(
                position=position,
                kind=line.kind,
                article_id=line.article_id if item else None,
                article_number=article_number if item else "",
                name=line.name.strip(),
                description=line.description.strip(),
                quantity=line.quantity if item else ZERO,
                unit=line.unit if item else DEFAULT_UNIT,
                unit_price=line.unit_price if item else ZERO,
                discount_percent=line.discount_percent if item else ZERO,
                vat_rate=line.vat_rate if item else ZERO,
                vat_category=line_category(data.tax_case, line.vat_rate).value,
                optional=line.optional and data.kind == SalesKind.QUOTE,
                net_amount=line_money(line).net if item else ZERO,
            )
        )
    session.flush()
    if document_id is None:
        _log(session, document, SalesStatus.DRAFT, tr("created"), at=at)
    return document


def delete_draft(session: Session, document_id: int) -> None:
    """Delete a draft; a finalised document is kept (cancel an invoice instead)."""
    document = get_document(session, document_id)
    if document.is_final:
        raise Refused(
            tr(
                "{kind} {number} is finalised and is kept; an invoice is reversed by "
                "cancelling it.",
                kind=kind_labels()[document.kind],
                number=document.number,
            )
        )
    session.execute(
        update(SalesDocument)
        .where(SalesDocument.source_id == document_id)
        .values(source_id=None)
        .execution_options(synchronize_session=False)
    )
    session.delete(document)
    session.flush()


def _log(
    session: Session,
    document: SalesDocument,
    status: str,
    text: str = "",
    *,
    at: datetime | None = None,
) -> None:
    session.add(
        SalesStatusChange(
            document_id=document.id,
            author=settings.display_name(session),
            status=status,
            text=text,
            at=at or utcnow(),
        )
    )
    session.flush()


def status_log(session: Session, document_id: int) -> list[SalesStatusChange]:
    return list(
        session.scalars(
            select(SalesStatusChange)
            .where(SalesStatusChange.document_id == document_id)
            .order_by(SalesStatusChange.id)
        )
    )


def set_status(
    session: Session,
    document_id: int,
    status: str,
    text: str = "",
    *,
    at: datetime | None = None,
) -> None:
    """Change a finalised document's status (a quote accepted or rejected …), logged (``at``:
    when it happened, now if not given)."""
    document = get_document(session, document_id)
    if not document.is_final:
        raise Refused(tr("A draft gets its status when it is finalised."))
    if status not in status_labels(document.kind) or status == SalesStatus.DRAFT:
        raise Refused(tr("This status does not fit this kind of document."))
    if status == SalesStatus.CANCELLED:
        raise Refused(tr("An invoice is cancelled with a cancellation invoice."))
    if document.status == status:
        return
    document.status = status
    session.flush()
    _log(session, document, status, text, at=at)


# ---------------------------------------------------------------------------------------------
# Finalising


def problems(session: Session, document: SalesDocument) -> list[str]:
    """What stands in the way of finalising, in German sentences (empty: it can be finalised).

    Invoices are checked for the details §14 UStG requires (and §33 UStDV relaxes for small
    amounts); every kind needs a recipient and at least one position.
    """
    found: list[str] = []
    company = settings.company(session)
    items = [line for line in document.lines if line.kind == "item"]
    if not items:
        found.append(tr("The document has no position."))
    if not company.name.strip():
        found.append(tr("Your company's name is missing (Settings > My company)."))
    billing = document.kind in BILLING_KINDS
    small = (
        billing
        and abs(document.gross_total) <= SMALL_INVOICE_LIMIT
        and document.tax_case == TaxCase.STANDARD
    )
    if not document.address.strip() and not small:
        found.append(tr("The recipient's address is missing."))
    if billing:
        if not (company.street.strip() and company.postcode.strip() and company.city.strip()):
            found.append(tr("Your company's address is incomplete (Settings > My company)."))
        if not (company.tax_number.strip() or company.vat_id.strip()):
            found.append(
                tr(
                    "An invoice needs your tax number or VAT ID; please enter one in "
                    "Settings > My company."
                )
            )
        if document.service_date is None:
            found.append(
                tr(
                    "An invoice needs the date of delivery or service (or the period); please "
                    "enter it."
                )
            )
        if document.tax_case in (TaxCase.REVERSE_CHARGE, TaxCase.INTRA_EU):
            if not document.customer_vat_id.strip():
                found.append(
                    tr(
                        "Reverse charge and intra-EU supplies need the customer's VAT ID; "
                        "please enter it in the customer's address tab."
                    )
                )
            if document.tax_case == TaxCase.INTRA_EU and not company.vat_id.strip():
                found.append(
                    tr("An intra-EU supply needs your own VAT ID (Settings > My company).")
                )
        last = session.execute(
            select(SalesDocument.number, SalesDocument.document_date)
            .where(
                SalesDocument.kind == document.kind,
                SalesDocument.finalised_at.is_not(None),
                SalesDocument.document_date > document.document_date,
            )
            .order_by(SalesDocument.document_date.desc())
            .limit(1)
        ).first()
        if last is not None:
            # Numbers are given in order; an invoice dated before one already issued would
            # carry a higher number with an earlier date (a gap in the sequence to an auditor).
            found.append(
                tr(
                    "The date lies before that of {number} ({date}), which is issued already; "
                    "please date the document {date} or later.",
                    number=last.number,
                    date=format_date_de(last.document_date),
                )
            )
        if document.tax_case == TaxCase.SMALL_BUSINESS and not company.kleinunternehmer:
            found.append(
                tr(
                    "The tax case is “small business”, but your company is not marked as a "
                    "small business (Settings > My company)."
                )
            )
        if company.kleinunternehmer and document.tax_case == TaxCase.STANDARD:
            found.append(
                tr(
                    "As a small business (§ 19 UStG) you do not charge VAT; please choose "
                    "the tax case “small business”."
                )
            )
    from meinbuero.services.einvoice import send as einvoice

    found += einvoice.problems(session, document)
    return found


# §19 UStG since 2025: prior year's revenue at most 25 000 €, this year's at most 100 000 €.
SMALL_BUSINESS_PRIOR_YEAR = Decimal(25_000)
SMALL_BUSINESS_THIS_YEAR = Decimal(100_000)
# The warning comes at 90 % of the limit (issue 14).
SMALL_BUSINESS_WARN_SHARE = Decimal("0.9")


def revenue(session: Session, year: int) -> Decimal:
    """The net amount of the finalised invoices and cancellations dated in ``year``."""
    total = session.scalar(
        select(func.coalesce(func.sum(SalesDocument.net_total), 0)).where(
            SalesDocument.kind.in_(BILLING_KINDS),
            SalesDocument.finalised_at.is_not(None),
            SalesDocument.document_date >= date(year, 1, 1),
            SalesDocument.document_date <= date(year, 12, 31),
        )
    )
    return Decimal(total or 0).quantize(CENT)


def warnings(session: Session, document: SalesDocument) -> list[str]:
    """What the user should know before finalising, without standing in the way: the
    customer's limit of open invoices passed, the small-business thresholds neared."""
    found: list[str] = []
    if document.kind not in (SalesKind.INVOICE, SalesKind.ORDER_CONFIRMATION):
        return found
    conditions = session.get(Conditions, document.customer_id)
    limit = conditions.credit_limit if conditions is not None else None
    if limit is not None:
        owed = payments.open_total(session, document.customer_id) + document.gross_total
        if owed > limit:
            amounts = {
                "amount": format_decimal_de(owed, places=2),
                "limit": format_decimal_de(limit, places=2),
            }
            found.append(
                tr(
                    "With this invoice the customer owes {amount} €, more than the limit of "
                    "{limit} € in the Konditionen.",
                    **amounts,
                )
                if document.kind == SalesKind.INVOICE
                else tr(
                    "With this order the customer would owe {amount} €, more than the limit "
                    "of {limit} € in the Konditionen.",
                    **amounts,
                )
            )
    company = settings.company(session)
    if company.kleinunternehmer:
        year = document.document_date.year
        this_year = revenue(session, year) + document.net_total
        if revenue(session, year - 1) > SMALL_BUSINESS_PRIOR_YEAR:
            found.append(
                tr(
                    "Your revenue of {year} was more than 25.000 €: the small-business rule "
                    "(§ 19 UStG) no longer applies this year.",
                    year=year - 1,
                )
            )
        if this_year > SMALL_BUSINESS_THIS_YEAR:
            found.append(
                tr(
                    "With this invoice your revenue this year passes 100.000 €: from it on you "
                    "must charge VAT (§ 19 UStG); please ask your tax adviser."
                )
            )
        elif this_year >= SMALL_BUSINESS_THIS_YEAR * SMALL_BUSINESS_WARN_SHARE:
            found.append(
                tr(
                    "Your revenue this year is {amount} €, near the small-business limit of "
                    "100.000 € (§ 19 UStG).",
                    amount=format_decimal_de(this_year, places=2),
                )
            )
    return found


def _number_taken(session: Session, candidates: list[str]) -> set[str]:
    return set(
        session.scalars(select(SalesDocument.number).where(SalesDocument.number.in_(candidates)))
    )


def finalise(
    session: Session, document_id: int, *, text: str = "", at: datetime | None = None
) -> SalesDocument:
    """Give a draft its number, freeze it, make its PDF and file it in the customer's Dokumente.

    Runs in the caller's transaction and should be its first statement (it takes the write
    lock); the caller commits. Raises Refused with the German list of what is missing. ``at``:
    the moment recorded as finalised (now if not given; the demo company dates its past).
    """
    # The write lock first: two programs finalising wait for each other (busy_timeout)
    # instead of one failing on a stale snapshot.
    faults.lock_for_writing(session)
    document = get_document(session, document_id)
    _refuse_final(document)
    missing = problems(session, document)
    if missing:
        raise Refused("\n".join(missing))
    number = settings.take_numbers(
        session,
        document.kind,
        1,
        taken=lambda block: _number_taken(session, block),
        year=document.document_date.year,
    )[0]
    # The PDF shows the number; it is made and stored (written and synced) before the commit.
    from meinbuero.services import documents, sales_print
    from meinbuero.services.einvoice import send as einvoice

    # The customer's e-invoice is made and validated here; the PDF/A-3 replaces a ZUGFeRD PDF.
    prepared = einvoice.prepare(
        session, document, number=number, pdf=sales_print.render(session, document, number=number)
    )
    title = f"{kind_labels()[document.kind]} {number}"
    filed = documents.add_document_bytes(
        session,
        customer_id=document.customer_id,
        content=prepared.pdf,
        file_name=f"{number}.pdf",
        category=PDF_CATEGORY[SalesKind(document.kind)],
        title=title,
        contact_person_id=document.contact_person_id,
    )
    filed.document_date = document.document_date
    einvoice_id = einvoice.file_beside(session, document, prepared, pdf_document_id=filed.id)
    customer = existing_customer(session, document.customer_id)
    document.number = number
    document.finalised_at = at or utcnow()
    document.status = SalesStatus.OPEN
    document.pdf_document_id = filed.id
    document.einvoice_document_id = einvoice_id
    document.search_text = _search_text(document_input(document), customer, number)
    session.flush()
    _log(session, document, SalesStatus.OPEN, text or tr("finalised"), at=at)
    _carry_status_back(session, document, at=at)
    return document


def _carry_status_back(session: Session, document: SalesDocument, *, at: datetime | None) -> None:
    """A finalised order confirmation accepts its quote; an invoice bills what it came from."""
    source_id = document.source_id
    while source_id is not None:
        source = get_document(session, source_id)
        if document.kind == SalesKind.INVOICE:
            target = SalesStatus.BILLED
        elif source.kind == SalesKind.QUOTE:
            target = SalesStatus.ACCEPTED
        else:
            target = None
        if (
            target is not None
            and source.is_final
            and source.status in ("open", "accepted")
            and source.status != target
        ):
            source.status = target
            session.flush()
            _log(
                session,
                source,
                target,
                tr(
                    "by {kind} {number}",
                    kind=kind_labels()[document.kind],
                    number=document.number,
                ),
                at=at,
            )
        source_id = source.source_id


# ---------------------------------------------------------------------------------------------
# Carrying on, copying, cancelling


def convert(
    session: Session,
    document_id: int,
    to_kind: str,
    *,
    today: date | None = None,
    at: datetime | None = None,
) -> int:
    """Carry a finalised document on to the next kind (Weiterführen): a new draft with its
    lines (optional positions of a quote left out), linked to it. Returns the new draft's id."""
    source = get_document(session, document_id)
    if to_kind not in NEXT_KINDS[SalesKind(source.kind)]:
        raise Refused(
            tr(
                "A document “{kind}” cannot be carried on as “{target}”.",
                kind=kind_labels()[source.kind],
                target=kind_labels().get(to_kind, to_kind),
            )
        )
    if not source.is_final:
        raise Refused(tr("Please finalise the document before carrying it on."))
    data = document_input(source)
    today = today or date.today()
    header, footer = default_texts(session, to_kind)
    data = replace(
        data,
        kind=to_kind,
        document_date=today,
        valid_until=None,
        header_text=header,
        footer_text=footer,
        lines=[line for line in data.lines if not line.optional],
    )
    draft = save_draft(session, None, data, at=at)
    draft.source_id = source.id
    session.flush()
    return draft.id


def copy_document(session: Session, document_id: int, *, today: date | None = None) -> int:
    """Any document as a new draft of the same kind (dated today, not linked)."""
    source = get_document(session, document_id)
    if source.kind == SalesKind.CANCELLATION:
        raise Refused(tr("A cancellation invoice cannot be copied."))
    data = replace(document_input(source), document_date=today or date.today())
    if data.kind == SalesKind.QUOTE:
        data.valid_until = data.document_date + timedelta(days=QUOTE_VALID_DAYS)
    return save_draft(session, None, data).id


def cancel(
    session: Session,
    document_id: int,
    *,
    today: date | None = None,
    at: datetime | None = None,
) -> SalesDocument:
    """Reverse a finalised invoice with a finalised cancellation invoice (Stornorechnung): the
    same positions with negative quantities, linked; the invoice's status becomes cancelled.
    Runs in the caller's transaction, as its first statement."""
    # The write lock first: two programs finalising wait for each other (busy_timeout)
    # instead of one failing on a stale snapshot.
    faults.lock_for_writing(session)
    invoice = get_document(session, document_id)
    if invoice.kind != SalesKind.INVOICE or not invoice.is_final:
        raise Refused(tr("Only a finalised invoice can be cancelled."))
    if invoice.status == SalesStatus.CANCELLED:
        raise Refused(tr("The invoice {number} is cancelled already.", number=invoice.number))
    data = document_input(invoice)
    header, footer = default_texts(session, SalesKind.CANCELLATION)
    data = replace(
        data,
        kind=SalesKind.CANCELLATION,
        document_date=today or date.today(),
        subject=tr("Cancellation of invoice {number}", number=invoice.number),
        reference=invoice.number or "",
        header_text=header,
        footer_text=footer,
        skonto_percent=None,
        skonto_days=None,
        net_days=None,
        lines=[
            replace(line, quantity=-line.quantity) if line.kind == "item" else line
            for line in data.lines
        ],
    )
    draft = save_draft(session, None, data, at=at)
    draft.cancels_id = invoice.id
    session.flush()
    final = finalise(session, draft.id, at=at)
    invoice.status = SalesStatus.CANCELLED
    session.flush()
    payments.release_to_credit(session, invoice, final.document_date)
    _log(
        session,
        invoice,
        SalesStatus.CANCELLED,
        tr("by cancellation invoice {number}", number=final.number),
        at=at,
    )
    return final


# ---------------------------------------------------------------------------------------------
# The lists


@dataclass
class SalesQuery:
    kind: str
    text: str = ""
    status: str = ""
    date_from: date | None = None
    date_to: date | None = None
    customer_id: int | None = None
    sort: str = "date"
    descending: bool = True


@dataclass(frozen=True)
class SalesRow:
    id: int
    kind: str
    number: str
    status: str
    status_label: str
    document_date: date
    customer_id: int
    customer_number: str
    customer_name: str
    subject: str
    net_total: Decimal
    gross_total: Decimal
    finalised: bool
    # Invoices only (else "" and 0): the payment state (payments.PaymentState) and what is open.
    payment_state: str = ""
    payment_label: str = ""
    open_amount: Decimal = Decimal(0)


def sales_sort_keys() -> dict[str, str]:
    return {
        "number": tr("Number"),
        "date": tr("Date"),
        "customer": tr("Customer"),
        "subject": tr("Subject"),
        "status": tr("Status"),
        "net": tr("Net (€)"),
        "gross": tr("Gross (€)"),
        "open": tr("Open (€)"),
    }


def _kinds_of(kind: str) -> list[str]:
    # The invoice list shows the cancellation invoices beside the invoices they reverse.
    if kind == SalesKind.INVOICE:
        return [SalesKind.INVOICE, SalesKind.CANCELLATION]
    return [kind]


def _filtered(query: SalesQuery) -> list[object]:
    terms = search.query_terms(query.text)
    letter = terms[0] if len(terms) == 1 and len(terms[0]) == 1 else None
    # With search text the index of the text leads: the kind is then checked on the rows found
    # (written so that the database does not walk all documents of the kind by its index).
    kind = (SalesDocument.kind + "") if terms and letter is None else SalesDocument.kind
    conditions: list[object] = [kind.in_(_kinds_of(query.kind))]
    if query.status:
        conditions.append(SalesDocument.status == query.status)
    if query.date_from is not None:
        conditions.append(SalesDocument.document_date >= query.date_from)
    if query.date_to is not None:
        conditions.append(SalesDocument.document_date <= query.date_to)
    if query.customer_id is not None:
        conditions.append(SalesDocument.customer_id == query.customer_id)
    if letter is not None:
        # One letter: the customers whose names begin with it, from the name index (as the
        # customer list does); anywhere in the text it would match nearly every document.
        names = select(Customer.id).where(
            Customer.sort_key >= letter, Customer.sort_key < chr(ord(letter) + 1)
        )
        conditions.append(SalesDocument.customer_id.in_(names))
    else:
        conditions.extend(
            search.sales_text_matches(query.text, SalesDocument.id, SalesDocument.search_text)
        )
    return conditions


_SORT = {
    "number": SalesDocument.number,
    "date": SalesDocument.document_date,
    "customer": Customer.sort_key,
    "subject": SalesDocument.subject,
    "status": SalesDocument.status,
    "net": SalesDocument.net_total,
    "gross": SalesDocument.gross_total,
    "open": SalesDocument.gross_total - SalesDocument.paid_total,
}


def document_ids(session: Session, query: SalesQuery) -> list[int]:
    """The ids of the documents a list shows, filtered and sorted in SQL."""
    column = _SORT.get(query.sort, SalesDocument.document_date)
    statement = select(SalesDocument.id).where(*_filtered(query))  # type: ignore[arg-type]
    if query.sort == "customer":
        statement = statement.join(Customer, Customer.id == SalesDocument.customer_id)
    if query.descending:
        statement = statement.order_by(column.desc(), SalesDocument.id.desc())
    else:
        statement = statement.order_by(column.asc(), SalesDocument.id.asc())
    # Plain rows, not ORM ones: 100 000 ids in a third of the time.
    return list(session.connection().execute(statement).scalars())


def document_rows(
    session: Session, ids: Sequence[int], *, today: date | None = None
) -> dict[int, SalesRow]:
    """The list's rows of ``ids``; an invoice's payment state comes from its ``paid_total``
    (kept by triggers) and due date, read in the same query."""
    statuses = status_labels()
    states = payments.state_labels()
    today = today or date.today()
    statement = (
        select(
            SalesDocument.id,
            SalesDocument.kind,
            SalesDocument.number,
            SalesDocument.status,
            SalesDocument.document_date,
            SalesDocument.customer_id,
            SalesDocument.customer_number,
            Customer.kind.label("customer_kind"),
            Customer.company_name,
            Customer.first_name,
            Customer.last_name,
            SalesDocument.subject,
            SalesDocument.net_total,
            SalesDocument.gross_total,
            SalesDocument.finalised_at,
            SalesDocument.paid_total,
            SalesDocument.net_days,
        )
        .join(Customer, Customer.id == SalesDocument.customer_id)
        .where(SalesDocument.id.in_(list(ids)))
    )
    rows: dict[int, SalesRow] = {}
    for row in session.execute(statement):
        state = ""
        open_amount = ZERO
        if row.kind == SalesKind.INVOICE and row.finalised_at is not None:
            due = row.document_date + timedelta(days=row.net_days or 0)
            state = payments.state_of(
                status=row.status,
                gross=row.gross_total,
                paid=row.paid_total,
                due=due,
                today=today,
            )
            if state != payments.PaymentState.CANCELLED:
                open_amount = max(row.gross_total - row.paid_total, ZERO)
        rows[row.id] = SalesRow(
            id=row.id,
            kind=row.kind,
            number=row.number or "",
            status=row.status,
            status_label=statuses.get(row.status, row.status),
            document_date=row.document_date,
            customer_id=row.customer_id,
            customer_number=row.customer_number,
            customer_name=display_name_of(
                row.customer_kind, row.company_name, row.first_name, row.last_name
            ),
            subject=row.subject,
            net_total=row.net_total,
            gross_total=row.gross_total,
            finalised=row.finalised_at is not None,
            payment_state=state,
            payment_label=states.get(state, ""),
            open_amount=open_amount,
        )
    return rows


def document_sums(session: Session, query: SalesQuery) -> tuple[int, Decimal, Decimal]:
    """How many documents the list shows, and the sum of their net and gross amounts."""
    row = session.execute(
        select(
            func.count(SalesDocument.id),
            func.coalesce(func.sum(SalesDocument.net_total), 0),
            func.coalesce(func.sum(SalesDocument.gross_total), 0),
        ).where(*_filtered(query))  # type: ignore[arg-type]
    ).one()
    # SUM keeps the column's type: the cents come back as Decimal euros.
    return int(row[0]), Decimal(row[1]).quantize(CENT), Decimal(row[2]).quantize(CENT)


def pdf_bytes(session: Session, document_id: int) -> bytes:
    """The PDF: for a finalised document the one filed when it was finalised (never made
    again), for a draft a preview marked ENTWURF."""
    from meinbuero.services import documents, sales_print

    document = get_document(session, document_id)
    if document.pdf_document_id is not None:
        return documents.stored_path(session, document.pdf_document_id).read_bytes()
    return sales_print.render(session, document, number=None)
