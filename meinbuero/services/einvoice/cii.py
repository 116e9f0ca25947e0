"""The UN/CEFACT Cross Industry Invoice (CII) of an :class:`EInvoice`: the XML of ZUGFeRD/Factur-X
(profile EN 16931) and of XRechnung CII, built with drafthorse (which keeps the element order of
the schema)."""

from __future__ import annotations

from decimal import Decimal

from drafthorse.models.accounting import ApplicableTradeTax, TradeAllowanceCharge  # type: ignore[import-untyped,import-not-found,unused-ignore]
from drafthorse.models.document import Document  # type: ignore[import-untyped,import-not-found,unused-ignore]
from drafthorse.models.note import IncludedNote  # type: ignore[import-untyped,import-not-found,unused-ignore]
from drafthorse.models.party import TaxRegistration  # type: ignore[import-untyped,import-not-found,unused-ignore]
from drafthorse.models.payment import PaymentMeans, PaymentTerms  # type: ignore[import-untyped,import-not-found,unused-ignore]
from drafthorse.models.tradelines import LineItem  # type: ignore[import-untyped,import-not-found,unused-ignore]

from meinbuero.domain.money import ZERO
from meinbuero.services.einvoice.invoice import (
    BILLING_PROCESS,
    SEPA_CREDIT_TRANSFER,
    EInvoice,
    Party,
)


def _fill_party(target: object, party: Party, *, seller: bool) -> None:
    if party.identifier:
        target.id = party.identifier  # type: ignore[attr-defined]
    target.name = party.name  # type: ignore[attr-defined]
    if party.legal_id:
        target.legal_organization.id = ("", party.legal_id)  # type: ignore[attr-defined]
    if party.contact_name:
        contact = target.contact  # type: ignore[attr-defined]
        contact.person_name = party.contact_name
        if party.contact_phone:
            contact.telephone.number = party.contact_phone
        if party.contact_email:
            contact.email.address = party.contact_email
    address = target.address  # type: ignore[attr-defined]
    address.postcode = party.postcode
    address.line_one = party.street
    address.city_name = party.city
    address.country_id = party.country
    if party.electronic_address:
        target.electronic_address.uri_ID = (  # type: ignore[attr-defined]
            party.electronic_scheme,
            party.electronic_address,
        )
    for scheme, value in (("VA", party.vat_id), ("FC", party.tax_number)):
        if value and (seller or scheme == "VA"):
            registration = TaxRegistration()
            registration.id = (scheme, value)
            target.tax_registrations.add(registration)  # type: ignore[attr-defined]


def _money(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"))


def cii_xml(invoice: EInvoice) -> bytes:
    """The CII XML (UTF-8) of the invoice; checked against the schema by the validation."""
    doc = Document()
    if invoice.is_xrechnung:
        doc.context.business_parameter.id = BILLING_PROCESS
    doc.context.guideline_parameter.id = invoice.specification
    doc.header.id = invoice.number
    doc.header.type_code = invoice.type_code
    doc.header.issue_date_time = invoice.issue_date
    for text in invoice.notes:
        note = IncludedNote()
        note.content = text
        doc.header.notes.add(note)
    if invoice.seller.register:
        note = IncludedNote()
        note.content = invoice.seller.register
        note.subject_code = "REG"
        doc.header.notes.add(note)

    for line in invoice.lines:
        item = LineItem()
        item.document.line_id = line.number
        if line.article_number:
            item.product.seller_assigned_id = line.article_number
        item.product.name = line.name
        if line.description:
            item.product.description = line.description
        item.agreement.net.amount = line.price
        item.delivery.billed_quantity = (line.quantity, line.unit)
        tax = item.settlement.trade_tax
        tax.type_code = "VAT"
        tax.category_code = line.category.value
        tax.rate_applicable_percent = line.rate
        if line.discount:
            allowance = TradeAllowanceCharge()
            allowance.indicator = False
            allowance.calculation_percent = line.discount_percent
            allowance.basis_amount = _money(line.base)
            allowance.actual_amount = _money(line.discount)
            allowance.reason_code = "95"
            allowance.reason = "Rabatt"
            item.settlement.allowance_charge.add(allowance)
        item.settlement.monetary_summation.total_amount = _money(line.net)
        doc.trade.items.add(item)

    agreement = doc.trade.agreement
    if invoice.buyer_reference:
        agreement.buyer_reference = invoice.buyer_reference
    _fill_party(agreement.seller, invoice.seller, seller=True)
    _fill_party(agreement.buyer, invoice.buyer, seller=False)

    delivery = doc.trade.delivery
    if invoice.deliver_to_country:
        delivery.ship_to.name = invoice.buyer.name
        delivery.ship_to.address.postcode = invoice.buyer.postcode
        delivery.ship_to.address.line_one = invoice.buyer.street
        delivery.ship_to.address.city_name = invoice.buyer.city
        delivery.ship_to.address.country_id = invoice.deliver_to_country
    if invoice.delivery_date is not None:
        delivery.event.occurrence = invoice.delivery_date

    settlement = doc.trade.settlement
    settlement.currency_code = invoice.currency
    if invoice.iban:
        means = PaymentMeans()
        means.type_code = SEPA_CREDIT_TRANSFER
        means.payee_account.iban = invoice.iban
        means.payee_account.account_name = invoice.account_name
        if invoice.bic:
            means.payee_institution.bic = invoice.bic
        settlement.payment_means.add(means)
    for tax_line in invoice.totals.breakdown:
        trade_tax = ApplicableTradeTax()
        trade_tax.calculated_amount = _money(tax_line.tax)
        trade_tax.type_code = "VAT"
        reason, code = invoice.exemption(tax_line)
        if reason:
            trade_tax.exemption_reason = reason
        trade_tax.basis_amount = _money(tax_line.base)
        trade_tax.category_code = tax_line.category.value
        if code:
            trade_tax.exemption_reason_code = code
        trade_tax.rate_applicable_percent = tax_line.rate.quantize(Decimal("0.01"))
        settlement.trade_tax.add(trade_tax)
    if invoice.period is not None:
        settlement.period.start, settlement.period.end = invoice.period
    terms = PaymentTerms()
    terms.description = invoice.payment_terms
    if invoice.due_date is not None:
        terms.due = invoice.due_date
    settlement.terms.add(terms)
    total = invoice.totals
    summation = settlement.monetary_summation
    summation.line_total = _money(total.net)
    summation.charge_total = ZERO
    summation.allowance_total = ZERO
    summation.tax_basis_total = (_money(total.net), None)
    summation.tax_total = (_money(total.tax), invoice.currency)
    summation.grand_total = (_money(total.gross), None)
    summation.prepaid_total = ZERO
    summation.due_amount = _money(total.gross)
    if invoice.preceding_number:
        reference = settlement.invoice_referenced_document
        reference.issuer_assigned_id = invoice.preceding_number
        if invoice.preceding_date is not None:
            reference.issue_date_time = invoice.preceding_date
    return bytes(doc.serialize(schema=None))
