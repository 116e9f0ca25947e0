"""The UBL 2.1 Invoice (or CreditNote) of an :class:`EInvoice`: XRechnung in UBL syntax, written
with lxml in the element order of the UBL schema."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from lxml import etree  # type: ignore[import-untyped,import-not-found,unused-ignore]

from meinbuero.services.einvoice.invoice import (
    BILLING_PROCESS,
    CREDIT_NOTE,
    SEPA_CREDIT_TRANSFER,
    EInvoice,
    Party,
)

CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"


class _Writer:
    def __init__(self, currency: str) -> None:
        self.currency = currency

    @staticmethod
    def cac(parent: etree._Element, name: str) -> etree._Element:
        return etree.SubElement(parent, f"{{{CAC}}}{name}")

    @staticmethod
    def cbc(parent: etree._Element, name: str, value: object, **attributes: str) -> etree._Element:
        element = etree.SubElement(parent, f"{{{CBC}}}{name}", attributes)
        element.text = value.isoformat() if isinstance(value, date) else str(value)
        return element

    def amount(self, parent: etree._Element, name: str, value: Decimal) -> None:
        self.cbc(parent, name, value.quantize(Decimal("0.01")), currencyID=self.currency)

    def party(self, parent: etree._Element, party: Party, *, seller: bool) -> None:
        node = self.cac(parent, "Party")
        if party.electronic_address:
            self.cbc(node, "EndpointID", party.electronic_address, schemeID=party.electronic_scheme)
        if party.identifier:
            self.cbc(self.cac(node, "PartyIdentification"), "ID", party.identifier)
        self.cbc(self.cac(node, "PartyName"), "Name", party.name)
        address = self.cac(node, "PostalAddress")
        if party.street:
            self.cbc(address, "StreetName", party.street)
        if party.city:
            self.cbc(address, "CityName", party.city)
        if party.postcode:
            self.cbc(address, "PostalZone", party.postcode)
        self.cbc(self.cac(address, "Country"), "IdentificationCode", party.country)
        for scheme, value in (("VAT", party.vat_id), ("FC", party.tax_number)):
            if value and (seller or scheme == "VAT"):
                tax = self.cac(node, "PartyTaxScheme")
                self.cbc(tax, "CompanyID", value)
                self.cbc(self.cac(tax, "TaxScheme"), "ID", scheme)
        legal = self.cac(node, "PartyLegalEntity")
        self.cbc(legal, "RegistrationName", party.name)
        if party.legal_id:
            self.cbc(legal, "CompanyID", party.legal_id)
        if seller and party.register:
            self.cbc(legal, "CompanyLegalForm", party.register)
        if party.contact_name:
            contact = self.cac(node, "Contact")
            self.cbc(contact, "Name", party.contact_name)
            if party.contact_phone:
                self.cbc(contact, "Telephone", party.contact_phone)
            if party.contact_email:
                self.cbc(contact, "ElectronicMail", party.contact_email)


def ubl_xml(invoice: EInvoice) -> bytes:
    """The UBL XML (UTF-8) of the invoice; checked against the schema by the validation."""
    credit = invoice.type_code == CREDIT_NOTE
    namespace = CREDIT_NOTE_NS if credit else INVOICE_NS
    root = etree.Element(
        f"{{{namespace}}}{'CreditNote' if credit else 'Invoice'}",
        nsmap={None: namespace, "cac": CAC, "cbc": CBC},
    )
    w = _Writer(invoice.currency)
    w.cbc(root, "CustomizationID", invoice.specification)
    w.cbc(root, "ProfileID", BILLING_PROCESS)
    w.cbc(root, "ID", invoice.number)
    w.cbc(root, "IssueDate", invoice.issue_date)
    if invoice.due_date is not None and not credit:
        w.cbc(root, "DueDate", invoice.due_date)
    w.cbc(root, "CreditNoteTypeCode" if credit else "InvoiceTypeCode", invoice.type_code)
    for text in invoice.notes:
        w.cbc(root, "Note", text)
    if invoice.seller.register:
        w.cbc(root, "Note", f"#REG#{invoice.seller.register}")
    w.cbc(root, "DocumentCurrencyCode", invoice.currency)
    if invoice.buyer_reference:
        w.cbc(root, "BuyerReference", invoice.buyer_reference)
    if invoice.period is not None:
        period = w.cac(root, "InvoicePeriod")
        w.cbc(period, "StartDate", invoice.period[0])
        w.cbc(period, "EndDate", invoice.period[1])
    if invoice.preceding_number:
        reference = w.cac(w.cac(root, "BillingReference"), "InvoiceDocumentReference")
        w.cbc(reference, "ID", invoice.preceding_number)
        if invoice.preceding_date is not None:
            w.cbc(reference, "IssueDate", invoice.preceding_date)
    w.party(w.cac(root, "AccountingSupplierParty"), invoice.seller, seller=True)
    w.party(w.cac(root, "AccountingCustomerParty"), invoice.buyer, seller=False)
    if invoice.delivery_date is not None or invoice.deliver_to_country:
        delivery = w.cac(root, "Delivery")
        if invoice.delivery_date is not None:
            w.cbc(delivery, "ActualDeliveryDate", invoice.delivery_date)
        if invoice.deliver_to_country:
            address = w.cac(w.cac(delivery, "DeliveryLocation"), "Address")
            if invoice.buyer.street:
                w.cbc(address, "StreetName", invoice.buyer.street)
            if invoice.buyer.city:
                w.cbc(address, "CityName", invoice.buyer.city)
            if invoice.buyer.postcode:
                w.cbc(address, "PostalZone", invoice.buyer.postcode)
            w.cbc(w.cac(address, "Country"), "IdentificationCode", invoice.deliver_to_country)
            w.cbc(w.cac(w.cac(delivery, "DeliveryParty"), "PartyName"), "Name", invoice.buyer.name)
    if invoice.iban:
        means = w.cac(root, "PaymentMeans")
        w.cbc(means, "PaymentMeansCode", SEPA_CREDIT_TRANSFER)
        account = w.cac(means, "PayeeFinancialAccount")
        w.cbc(account, "ID", invoice.iban)
        w.cbc(account, "Name", invoice.account_name)
        if invoice.bic:
            w.cbc(w.cac(account, "FinancialInstitutionBranch"), "ID", invoice.bic)
    if invoice.payment_terms:
        w.cbc(w.cac(root, "PaymentTerms"), "Note", invoice.payment_terms)
    totals = invoice.totals
    tax_total = w.cac(root, "TaxTotal")
    w.amount(tax_total, "TaxAmount", totals.tax)
    for tax_line in totals.breakdown:
        subtotal = w.cac(tax_total, "TaxSubtotal")
        w.amount(subtotal, "TaxableAmount", tax_line.base)
        w.amount(subtotal, "TaxAmount", tax_line.tax)
        category = w.cac(subtotal, "TaxCategory")
        w.cbc(category, "ID", tax_line.category.value)
        w.cbc(category, "Percent", tax_line.rate.quantize(Decimal("0.01")))
        reason, code = invoice.exemption(tax_line)
        if code:
            w.cbc(category, "TaxExemptionReasonCode", code)
        if reason:
            w.cbc(category, "TaxExemptionReason", reason)
        w.cbc(w.cac(category, "TaxScheme"), "ID", "VAT")
    monetary = w.cac(root, "LegalMonetaryTotal")
    w.amount(monetary, "LineExtensionAmount", totals.net)
    w.amount(monetary, "TaxExclusiveAmount", totals.net)
    w.amount(monetary, "TaxInclusiveAmount", totals.gross)
    w.amount(monetary, "PayableAmount", totals.gross)
    for line in invoice.lines:
        node = w.cac(root, "CreditNoteLine" if credit else "InvoiceLine")
        w.cbc(node, "ID", line.number)
        w.cbc(
            node,
            "CreditedQuantity" if credit else "InvoicedQuantity",
            line.quantity,
            unitCode=line.unit,
        )
        w.amount(node, "LineExtensionAmount", line.net)
        if line.discount:
            allowance = w.cac(node, "AllowanceCharge")
            w.cbc(allowance, "ChargeIndicator", "false")
            w.cbc(allowance, "AllowanceChargeReasonCode", "95")
            w.cbc(allowance, "AllowanceChargeReason", "Rabatt")
            w.cbc(allowance, "MultiplierFactorNumeric", line.discount_percent)
            w.amount(allowance, "Amount", line.discount)
            w.amount(allowance, "BaseAmount", line.base)
        item = w.cac(node, "Item")
        if line.description:
            w.cbc(item, "Description", line.description)
        w.cbc(item, "Name", line.name)
        if line.article_number:
            w.cbc(w.cac(item, "SellersItemIdentification"), "ID", line.article_number)
        category = w.cac(item, "ClassifiedTaxCategory")
        w.cbc(category, "ID", line.category.value)
        w.cbc(category, "Percent", line.rate.quantize(Decimal("0.01")))
        w.cbc(w.cac(category, "TaxScheme"), "ID", "VAT")
        w.cbc(w.cac(node, "Price"), "PriceAmount", line.price, currencyID=invoice.currency)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))
