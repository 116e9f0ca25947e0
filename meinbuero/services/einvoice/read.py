"""Reading e-invoices: CII (ZUGFeRD/Factur-X, XRechnung CII) and UBL 2.1 (XRechnung UBL, Peppol).

:func:`read_einvoice` takes the bytes of an XML file or of a PDF with an embedded invoice
(ZUGFeRD/Factur-X ``factur-x.xml``, ``zugferd-invoice.xml``, ``xrechnung.xml``) and gives a
frozen :class:`EInvoice`: parties, lines, allowances and charges, the tax breakdown, the totals as
the file states them (never recomputed), payment details and terms. Amounts are ``Decimal`` as
written in the file.

The XML is parsed safely (lxml without entity resolution, network or huge trees; a file with a
DOCTYPE is refused outright: no e-invoice has one, and that is where entity bombs and external
entities live). Whatever cannot be read ends in :class:`UnreadableEInvoice`, one sentence for the
user.

Validity is judged by :mod:`meinbuero.services.einvoice.validate` (XSD, EN 16931, XRechnung):
:attr:`EInvoice.findings` holds the rules the file breaks, and the views show them.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]  # no stubs pinned

from meinbuero.domain.units import unit_labels
from meinbuero.i18n import tr
from meinbuero.services.errors import Refused

CII_NS = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
UBL_INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
UBL_CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
ZUGFERD_1_NS = "urn:ferd:CrossIndustryDocument:invoice:1p0"
NAMESPACES = {
    "rsm": CII_NS,
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
    "qdt": "urn:un:unece:uncefact:data:standard:QualifiedDataType:100",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "inv": UBL_INVOICE_NS,
    "cn": UBL_CREDIT_NOTE_NS,
}
#: The names the standards give the invoice embedded in a PDF (ZUGFeRD 2 / Factur-X, XRechnung).
EMBEDDED_NAMES = ("factur-x.xml", "zugferd-invoice.xml", "xrechnung.xml")
_SKONTO = re.compile(
    r"#SKONTO#TAGE=(?P<days>\d+)#PROZENT=(?P<percent>-?\d+(?:\.\d+)?)#"
    r"(?:BASISBETRAG=(?P<base>-?\d+(?:\.\d+)?)#)?"
)
_NOTE_SUBJECT = re.compile(r"^#([A-Z]{3})#")


class UnreadableEInvoice(Refused):
    """A file that is no readable e-invoice; the message says why, in one sentence."""


# The model -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Party:
    """Seller or buyer (BG-4 / BG-7)."""

    name: str
    trading_name: str = ""
    street: str = ""
    additional_street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = ""  # ISO 3166 code
    vat_id: str = ""
    tax_number: str = ""
    contact_name: str = ""
    phone: str = ""
    email: str = ""
    electronic_address: str = ""  # BT-34 / BT-49 (e-mail or Peppol ID)

    def address_lines(self) -> list[str]:
        """Street, additional line and "postcode city" (with the country abroad)."""
        place = " ".join(p for p in (self.postcode, self.city) if p)
        if self.country and self.country != "DE":
            place = f"{self.country}-{place}" if place else self.country
        return [line for line in (self.street, self.additional_street, place) if line]


@dataclass(frozen=True)
class AllowanceCharge:
    """A document- or line-level allowance (``charge`` False) or charge (BG-20/21, BG-27/28)."""

    charge: bool
    amount: Decimal
    reason: str = ""
    reason_code: str = ""
    percent: Decimal | None = None
    base: Decimal | None = None
    category: str = ""
    rate: Decimal | None = None


@dataclass(frozen=True)
class Line:
    """An invoice line (BG-25)."""

    id: str
    name: str
    net: Decimal
    quantity: Decimal | None = None
    unit_code: str = ""
    unit_price: Decimal | None = None  # net price per ``price_base_quantity`` units
    price_base_quantity: Decimal | None = None
    category: str = ""
    rate: Decimal | None = None
    description: str = ""
    note: str = ""
    seller_item_id: str = ""
    allowances_charges: tuple[AllowanceCharge, ...] = ()

    @property
    def unit_name(self) -> str:
        """The unit as the user reads it ("Stunde"); the code where we have no name for it."""
        return unit_labels().get(self.unit_code, self.unit_code)


@dataclass(frozen=True)
class TaxSubtotal:
    """One row of the VAT breakdown (BG-23)."""

    category: str
    rate: Decimal | None
    base: Decimal
    amount: Decimal
    exemption_reason: str = ""
    exemption_code: str = ""


@dataclass(frozen=True)
class Totals:
    """The document totals as the file states them (BG-22); None where it states nothing."""

    grand_total: Decimal
    payable: Decimal
    tax_basis: Decimal | None = None
    tax: Decimal | None = None
    line_total: Decimal | None = None
    allowances: Decimal | None = None
    charges: Decimal | None = None
    prepaid: Decimal | None = None
    rounding: Decimal | None = None


@dataclass(frozen=True)
class PaymentMeans:
    """How to pay (BG-16): credit transfer to an IBAN, direct debit, card …"""

    type_code: str = ""
    iban: str = ""
    bic: str = ""
    account_holder: str = ""
    information: str = ""
    debited_iban: str = ""  # direct debit: the buyer's account (BT-91)
    mandate: str = ""  # direct debit: the mandate reference (BT-89)


@dataclass(frozen=True)
class Skonto:
    """A cash discount in the XRechnung form ``#SKONTO#TAGE=14#PROZENT=2.00#``."""

    days: int
    percent: Decimal
    base: Decimal | None = None


@dataclass(frozen=True)
class PrecedingInvoice:
    """A reference to an earlier invoice (BG-3): corrected, cancelled or advance invoice."""

    number: str
    issue_date: date | None = None


@dataclass(frozen=True)
class EInvoice:
    """An e-invoice as read. ``syntax`` is "CII" or "UBL"; ``xml`` the invoice's XML as read (for
    a PDF, the embedded file), which the validation gets."""

    syntax: str
    format_name: str  # "XRechnung UBL", "ZUGFeRD/Factur-X EN 16931", …
    specification: str  # BT-24 as written
    type_code: str
    number: str
    issue_date: date
    currency: str
    seller: Party
    buyer: Party
    totals: Totals
    due_date: date | None = None
    buyer_reference: str = ""  # BT-10, the Leitweg-ID of public buyers
    order_reference: str = ""
    payment_reference: str = ""
    delivery_date: date | None = None
    period_start: date | None = None
    period_end: date | None = None
    lines: tuple[Line, ...] = ()
    allowances_charges: tuple[AllowanceCharge, ...] = ()
    tax_breakdown: tuple[TaxSubtotal, ...] = ()
    payment_means: tuple[PaymentMeans, ...] = ()
    payment_terms: str = ""  # the terms' text without the #SKONTO# lines
    skonto: tuple[Skonto, ...] = ()
    preceding_invoices: tuple[PrecedingInvoice, ...] = ()
    notes: tuple[str, ...] = ()
    from_pdf: bool = False
    xml: bytes = field(default=b"", repr=False, compare=False)
    # What the official validation found (filled by the caller); ``validated`` once it ran.
    findings: tuple[str, ...] = ()
    validated: bool = False

    @property
    def type_name(self) -> str:
        """The document type in words ("Rechnung", "Gutschrift", …)."""
        return type_code_labels().get(self.type_code, tr("Invoice"))

    @property
    def is_credit_note(self) -> bool:
        return self.type_code in ("381", "261", "262", "296", "308", "396", "420", "458", "532")

    @property
    def title(self) -> str:
        """A title for the documents: "E-Rechnung RE-1 von Muster GmbH"."""
        return tr("E-invoice {number} from {seller}", number=self.number, seller=self.seller.name)

    @property
    def iban(self) -> str:
        """The first IBAN to pay to, or ""."""
        return next((means.iban for means in self.payment_means if means.iban), "")


def type_code_labels() -> dict[str, str]:
    """UNTDID 1001 document types an invoice can have, in words."""
    return {
        "380": tr("Invoice"),
        "381": tr("Credit note"),
        "383": tr("Debit note"),
        "384": tr("Corrected invoice"),
        "386": tr("Advance payment invoice"),
        "389": tr("Self-billed invoice"),
        "326": tr("Partial invoice"),
        "875": tr("Partial construction invoice"),
        "876": tr("Partial final construction invoice"),
        "877": tr("Final construction invoice"),
        "751": tr("Invoice information for accounting purposes"),
    }


def tax_category_labels() -> dict[str, str]:
    """UNCL 5305 VAT categories in words."""
    return {
        "S": tr("Standard rate"),
        "Z": tr("Zero rated goods"),
        "E": tr("Exempt from tax"),
        "AE": tr("Reverse charge"),
        "K": tr("Intra-community supply"),
        "G": tr("Export outside the EU"),
        "O": tr("Not subject to VAT"),
        "L": tr("Canary Islands general indirect tax"),
        "M": tr("Ceuta and Melilla tax"),
    }


def payment_means_labels() -> dict[str, str]:
    """UNCL 4461 payment means in words (the usual ones)."""
    return {
        "1": tr("Not defined"),
        "10": tr("Cash"),
        "20": tr("Cheque"),
        "30": tr("Credit transfer"),
        "31": tr("Debit transfer"),
        "42": tr("Payment to bank account"),
        "48": tr("Bank card"),
        "49": tr("Direct debit"),
        "54": tr("Credit card"),
        "55": tr("Debit card"),
        "57": tr("Standing agreement"),
        "58": tr("SEPA credit transfer"),
        "59": tr("SEPA direct debit"),
        "97": tr("Clearing between partners"),
        "ZZZ": tr("Mutually defined"),
    }


# Reading -------------------------------------------------------------------------------------


def read_einvoice_file(path: Path) -> EInvoice:
    """:func:`read_einvoice` of a file; an unreadable path gives the same one sentence."""
    try:
        content = path.read_bytes()
    except OSError as error:
        raise UnreadableEInvoice(
            tr(
                "“{name}” cannot be read: {reason}",
                name=path.name,
                reason=error.strerror or str(error),
            )
        ) from None
    return read_einvoice(content, name=path.name)


def read_einvoice(content: bytes, *, name: str = "") -> EInvoice:
    """The e-invoice in ``content`` (XML, or a PDF with one embedded).

    Raises:
        UnreadableEInvoice: empty, damaged, a PDF without invoice, XML that is no CII or UBL
            invoice, a DOCTYPE (entities), or a required part missing.
    """
    name = name or tr("The file")
    if not content.strip():
        raise UnreadableEInvoice(tr("“{name}” is empty.", name=name))
    start = content.removeprefix(b"\xef\xbb\xbf").lstrip()
    from_pdf = start[:5] == b"%PDF-"
    utf16 = start[:2] in (b"\xff\xfe", b"\xfe\xff")
    if not from_pdf and not utf16 and start[:1] != b"<":
        raise UnreadableEInvoice(
            tr(
                "“{name}” is neither XML nor PDF; an e-invoice is one of the two.",
                name=name,
            )
        )
    xml = embedded_xml(content, name=name) if from_pdf else content
    root = parse_xml(xml, name=name)
    reader = _reader_for(root, name=name)
    invoice = reader(root, xml, name, from_pdf)
    from meinbuero.services.einvoice.validate import validate_xml

    errors = validate_xml(xml).errors
    return replace(invoice, findings=tuple(str(f) for f in errors), validated=True)


def embedded_xml(content: bytes, *, name: str) -> bytes:
    """The invoice XML a ZUGFeRD/Factur-X/XRechnung PDF carries as attachment."""
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(content)) as pdf:
            attachments = {
                key: spec for key, spec in pdf.attachments.items() if key.lower().endswith(".xml")
            }
            chosen = next(
                (
                    spec
                    for wanted in EMBEDDED_NAMES
                    for key, spec in attachments.items()
                    if key.lower() == wanted
                ),
                None,
            )
            if chosen is None and len(attachments) == 1:
                chosen = next(iter(attachments.values()))
            if chosen is None:
                raise UnreadableEInvoice(
                    tr(
                        "“{name}” is a PDF without an embedded e-invoice (no factur-x.xml,"
                        " zugferd-invoice.xml or xrechnung.xml inside).",
                        name=name,
                    )
                )
            return bytes(chosen.get_file().read_bytes())
    except UnreadableEInvoice:
        raise
    except Exception:  # pikepdf raises PdfError, but also ValueError/KeyError on odd files
        raise UnreadableEInvoice(
            tr("“{name}” is a damaged PDF file and cannot be read.", name=name)
        ) from None


def parse_xml(content: bytes, *, name: str) -> etree._Element:
    """The root element, parsed without entities, network, DTDs or huge trees."""
    if b"<!DOCTYPE" in content or b"<\x00!\x00D\x00O\x00C\x00T\x00Y\x00P\x00E" in content:
        raise _doctype(name)
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
        dtd_validation=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        tree = etree.parse(io.BytesIO(content), parser)
    except etree.XMLSyntaxError as error:
        line = error.lineno or 1
        raise UnreadableEInvoice(
            tr(
                "“{name}” is no readable XML file: it is damaged or cut off (line {line}).",
                name=name,
                line=line,
            )
        ) from None
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise _doctype(name)
    return tree.getroot()


def _doctype(name: str) -> UnreadableEInvoice:
    # Entity bombs and external entities live in the DTD; no e-invoice has one.
    return UnreadableEInvoice(
        tr(
            "“{name}” contains a document type declaration, which no e-invoice has;"
            " for safety it is not read.",
            name=name,
        )
    )


_Reader = Callable[[etree._Element, bytes, str, bool], EInvoice]


def _reader_for(root: etree._Element, *, name: str) -> _Reader:
    tag = etree.QName(root)
    if tag.namespace == CII_NS and tag.localname == "CrossIndustryInvoice":
        return _read_cii
    if (tag.namespace, tag.localname) in (
        (UBL_INVOICE_NS, "Invoice"),
        (UBL_CREDIT_NOTE_NS, "CreditNote"),
    ):
        return _read_ubl
    if tag.namespace == ZUGFERD_1_NS:
        raise UnreadableEInvoice(
            tr(
                "“{name}” is a ZUGFeRD 1.0 invoice, a format no longer read;"
                " please ask the sender for ZUGFeRD 2 or XRechnung.",
                name=name,
            )
        )
    raise UnreadableEInvoice(
        tr(
            "“{name}” is an XML file but no e-invoice (neither CII nor UBL invoice).",
            name=name,
        )
    )


# Helpers shared by both syntaxes ---------------------------------------------------------------


class _Node:
    """An element with lookups in the invoice namespaces; missing parts read as ""."""

    def __init__(self, element: etree._Element | None, name: str) -> None:
        self.element = element
        self.name = name

    def all(self, path: str) -> list[_Node]:
        if self.element is None:
            return []
        return [_Node(e, self.name) for e in self.element.findall(path, NAMESPACES)]

    def one(self, path: str) -> _Node:
        found = None if self.element is None else self.element.find(path, NAMESPACES)
        return _Node(found, self.name)

    def text(self, path: str = "") -> str:
        element = self.element if not path else self.one(path).element
        if element is None or element.text is None:
            return ""
        return " ".join(element.text.split()) if "\n" not in element.text else element.text.strip()

    def attribute(self, path: str, attribute: str) -> str:
        element = self.one(path).element
        return "" if element is None else (element.get(attribute) or "").strip()

    def decimal(self, path: str, label: Callable[[], str]) -> Decimal | None:
        text = self.text(path)
        if not text:
            return None
        try:
            value = Decimal(text)
        except InvalidOperation:
            value = Decimal("NaN")
        if not value.is_finite():
            raise UnreadableEInvoice(
                tr(
                    "“{name}”: {field} “{value}” is not a number.",
                    name=self.name,
                    field=label(),
                    value=text[:40],
                )
            )
        return value

    def required_decimal(self, path: str, label: Callable[[], str]) -> Decimal:
        value = self.decimal(path, label)
        if value is None:
            raise _missing(self.name, label())
        return value


def _missing(name: str, what: str) -> UnreadableEInvoice:
    return UnreadableEInvoice(
        tr("“{name}” is incomplete: {what} is missing.", name=name, what=what)
    )


def _date(text: str, name: str, label: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    try:
        if len(text) == 8 and text.isdigit():  # CII format 102
            return date(int(text[:4]), int(text[4:6]), int(text[6:]))
        return date.fromisoformat(text[:10])
    except ValueError:
        raise UnreadableEInvoice(
            tr("“{name}”: {field} “{value}” is not a date.", name=name, field=label, value=text)
        ) from None


def _rate(value: Decimal | None) -> Decimal | None:
    """A VAT rate without trailing zeros ("19.00" → 19, "5.50" → 5.5)."""
    if value is None:
        return None
    return value.quantize(Decimal(1)) if value == value.to_integral() else value.normalize()


def _payment_terms(texts: Sequence[str]) -> tuple[str, tuple[Skonto, ...]]:
    """The terms' text without the #SKONTO# parts, and those parsed."""
    skonto: list[Skonto] = []
    rest: list[str] = []
    for text in texts:
        for match in _SKONTO.finditer(text):
            base = match.group("base")
            skonto.append(
                Skonto(
                    days=int(match.group("days")),
                    percent=_rate(Decimal(match.group("percent"))) or Decimal(0),
                    base=Decimal(base) if base else None,
                )
            )
        cleaned = _SKONTO.sub("", text).strip()
        if cleaned:
            rest.append(cleaned)
    return "\n".join(rest), tuple(skonto)


def _note(text: str) -> str:
    """A note without its UBL subject prefix ("#AAI#…")."""
    return _NOTE_SUBJECT.sub("", text).strip()


def _format_name(syntax: str, specification: str, *, from_pdf: bool) -> str:
    spec = specification.lower()
    if "xrechnung" in spec:
        return f"XRechnung {syntax}"
    if "peppol" in spec:
        return "Peppol BIS Billing 3.0 (UBL)"
    if syntax == "UBL":
        return "UBL (EN 16931)"
    profiles = (
        ("minimum", "MINIMUM"),
        ("basicwl", "BASIC WL"),
        ("basic", "BASIC"),
        ("extended", "EXTENDED"),
        ("xrechnung", "XRECHNUNG"),
    )
    profile = next((label for key, label in profiles if key in spec), "EN 16931")
    if from_pdf or "factur-x" in spec or "zugferd" in spec:
        return f"ZUGFeRD/Factur-X {profile}"
    return f"CII ({profile})"


# CII ---------------------------------------------------------------------------------------------


def _cii_party(node: _Node) -> Party:
    address = node.one("ram:PostalTradeAddress")
    contact = node.one("ram:DefinedTradeContact")
    return Party(
        name=node.text("ram:Name"),
        trading_name=node.text("ram:SpecifiedLegalOrganization/ram:TradingBusinessName"),
        street=address.text("ram:LineOne"),
        additional_street=", ".join(
            t for t in (address.text("ram:LineTwo"), address.text("ram:LineThree")) if t
        ),
        postcode=address.text("ram:PostcodeCode"),
        city=address.text("ram:CityName"),
        country=address.text("ram:CountryID"),
        vat_id=node.text("ram:SpecifiedTaxRegistration/ram:ID[@schemeID='VA']"),
        tax_number=node.text("ram:SpecifiedTaxRegistration/ram:ID[@schemeID='FC']"),
        contact_name=contact.text("ram:PersonName") or contact.text("ram:DepartmentName"),
        phone=contact.text("ram:TelephoneUniversalCommunication/ram:CompleteNumber"),
        email=contact.text("ram:EmailURIUniversalCommunication/ram:URIID"),
        electronic_address=node.text("ram:URIUniversalCommunication/ram:URIID"),
    )


def _cii_date(node: _Node, path: str, label: str) -> date | None:
    return _date(node.text(path + "/udt:DateTimeString"), node.name, label)


def _cii_allowance(node: _Node) -> AllowanceCharge:
    return AllowanceCharge(
        charge=node.text("ram:ChargeIndicator/udt:Indicator").lower() == "true",
        amount=node.required_decimal("ram:ActualAmount", lambda: tr("the allowance amount")),
        reason=node.text("ram:Reason"),
        reason_code=node.text("ram:ReasonCode"),
        percent=node.decimal("ram:CalculationPercent", lambda: tr("the allowance percentage")),
        base=node.decimal("ram:BasisAmount", lambda: tr("the allowance base amount")),
        category=node.text("ram:CategoryTradeTax/ram:CategoryCode"),
        rate=_rate(
            node.decimal("ram:CategoryTradeTax/ram:RateApplicablePercent", lambda: tr("VAT rate"))
        ),
    )


def _cii_line(node: _Node) -> Line | None:
    document = node.one("ram:AssociatedDocumentLineDocument")
    # EXTENDED: sub-lines that only inform (their parent carries the amount) are not lines.
    if document.text("ram:LineStatusReasonCode") in ("DETAIL", "INFORMATION"):
        return None
    product = node.one("ram:SpecifiedTradeProduct")
    agreement = node.one("ram:SpecifiedLineTradeAgreement")
    settlement = node.one("ram:SpecifiedLineTradeSettlement")
    quantity = node.one("ram:SpecifiedLineTradeDelivery/ram:BilledQuantity")
    tax = settlement.one("ram:ApplicableTradeTax")
    return Line(
        id=document.text("ram:LineID"),
        name=product.text("ram:Name"),
        description=product.text("ram:Description"),
        seller_item_id=product.text("ram:SellerAssignedID"),
        note="\n".join(n.text("ram:Content") for n in document.all("ram:IncludedNote")),
        quantity=quantity.decimal("", lambda: tr("the quantity")),
        unit_code=(quantity.element.get("unitCode") or "") if quantity.element is not None else "",
        unit_price=agreement.decimal(
            "ram:NetPriceProductTradePrice/ram:ChargeAmount", lambda: tr("the unit price")
        ),
        price_base_quantity=agreement.decimal(
            "ram:NetPriceProductTradePrice/ram:BasisQuantity", lambda: tr("the price quantity")
        ),
        category=tax.text("ram:CategoryCode"),
        rate=_rate(tax.decimal("ram:RateApplicablePercent", lambda: tr("VAT rate"))),
        net=settlement.required_decimal(
            "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount",
            lambda: tr("the line amount"),
        ),
        allowances_charges=tuple(
            _cii_allowance(a) for a in settlement.all("ram:SpecifiedTradeAllowanceCharge")
        ),
    )


def _cii_amount_in(nodes: list[_Node], currency: str, label: Callable[[], str]) -> Decimal | None:
    """The amount in the invoice currency where the file gives it in two (BT-110 / BT-111)."""
    for node in nodes:
        if node.element is not None and node.element.get("currencyID", currency) == currency:
            return node.decimal("", label)
    return None


def _read_cii(root: etree._Element, xml: bytes, name: str, from_pdf: bool) -> EInvoice:
    top = _Node(root, name)
    document = top.one("rsm:ExchangedDocument")
    transaction = top.one("rsm:SupplyChainTradeTransaction")
    agreement = transaction.one("ram:ApplicableHeaderTradeAgreement")
    delivery = transaction.one("ram:ApplicableHeaderTradeDelivery")
    settlement = transaction.one("ram:ApplicableHeaderTradeSettlement")
    summation = settlement.one("ram:SpecifiedTradeSettlementHeaderMonetarySummation")
    specification = top.text(
        "rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID"
    )
    number = document.text("ram:ID")
    if not number:
        raise _missing(name, tr("the invoice number"))
    issue_date = _cii_date(document, "ram:IssueDateTime", tr("the invoice date"))
    if issue_date is None:
        raise _missing(name, tr("the invoice date"))
    currency = settlement.text("ram:InvoiceCurrencyCode")
    if not currency:
        raise _missing(name, tr("the currency"))
    terms = settlement.all("ram:SpecifiedTradePaymentTerms")
    terms_text, skonto = _payment_terms([t.text("ram:Description") for t in terms])
    due_date = next(
        (
            d
            for t in terms
            if (d := _cii_date(t, "ram:DueDateDateTime", tr("the due date"))) is not None
        ),
        None,
    )
    mandate = next((t.text("ram:DirectDebitMandateID") for t in terms), "")
    means = tuple(
        PaymentMeans(
            type_code=m.text("ram:TypeCode"),
            iban=m.text("ram:PayeePartyCreditorFinancialAccount/ram:IBANID")
            or m.text("ram:PayeePartyCreditorFinancialAccount/ram:ProprietaryID"),
            bic=m.text("ram:PayeeSpecifiedCreditorFinancialInstitution/ram:BICID"),
            account_holder=m.text("ram:PayeePartyCreditorFinancialAccount/ram:AccountName"),
            information=m.text("ram:Information"),
            debited_iban=m.text("ram:PayerPartyDebtorFinancialAccount/ram:IBANID"),
            mandate=mandate,
        )
        for m in settlement.all("ram:SpecifiedTradeSettlementPaymentMeans")
    )
    lines = tuple(
        line
        for node in transaction.all("ram:IncludedSupplyChainTradeLineItem")
        if (line := _cii_line(node)) is not None
    )
    breakdown = tuple(
        TaxSubtotal(
            category=t.text("ram:CategoryCode"),
            rate=_rate(t.decimal("ram:RateApplicablePercent", lambda: tr("VAT rate"))),
            base=t.required_decimal("ram:BasisAmount", lambda: tr("the tax base amount")),
            amount=t.required_decimal("ram:CalculatedAmount", lambda: tr("the tax amount")),
            exemption_reason=t.text("ram:ExemptionReason"),
            exemption_code=t.text("ram:ExemptionReasonCode"),
        )
        for t in settlement.all("ram:ApplicableTradeTax")
    )
    totals = Totals(
        line_total=summation.decimal("ram:LineTotalAmount", lambda: tr("the sum of the lines")),
        charges=summation.decimal("ram:ChargeTotalAmount", lambda: tr("the sum of the charges")),
        allowances=summation.decimal(
            "ram:AllowanceTotalAmount", lambda: tr("the sum of the allowances")
        ),
        tax_basis=summation.decimal("ram:TaxBasisTotalAmount", lambda: tr("the net total")),
        tax=_cii_amount_in(
            summation.all("ram:TaxTotalAmount"), currency, lambda: tr("the VAT total")
        ),
        rounding=summation.decimal("ram:RoundingAmount", lambda: tr("the rounding amount")),
        grand_total=summation.required_decimal(
            "ram:GrandTotalAmount", lambda: tr("the total amount")
        ),
        prepaid=summation.decimal("ram:TotalPrepaidAmount", lambda: tr("the amount paid")),
        payable=summation.required_decimal("ram:DuePayableAmount", lambda: tr("the amount due")),
    )
    preceding = tuple(
        PrecedingInvoice(
            number=r.text("ram:IssuerAssignedID"),
            issue_date=_date(
                r.text("ram:FormattedIssueDateTime/qdt:DateTimeString"),
                name,
                tr("the date of the earlier invoice"),
            ),
        )
        for r in settlement.all("ram:InvoiceReferencedDocument")
        if r.text("ram:IssuerAssignedID")
    )
    period = settlement.one("ram:BillingSpecifiedPeriod")
    return EInvoice(
        syntax="CII",
        format_name=_format_name("CII", specification, from_pdf=from_pdf),
        specification=specification,
        type_code=document.text("ram:TypeCode") or "380",
        number=number,
        issue_date=issue_date,
        currency=currency,
        seller=_cii_party(agreement.one("ram:SellerTradeParty")),
        buyer=_cii_party(agreement.one("ram:BuyerTradeParty")),
        totals=totals,
        due_date=due_date,
        buyer_reference=agreement.text("ram:BuyerReference"),
        order_reference=agreement.text("ram:BuyerOrderReferencedDocument/ram:IssuerAssignedID"),
        payment_reference=settlement.text("ram:PaymentReference"),
        delivery_date=_cii_date(
            delivery,
            "ram:ActualDeliverySupplyChainEvent/ram:OccurrenceDateTime",
            tr("the delivery date"),
        ),
        period_start=_cii_date(period, "ram:StartDateTime", tr("the start of the period")),
        period_end=_cii_date(period, "ram:EndDateTime", tr("the end of the period")),
        lines=lines,
        allowances_charges=tuple(
            _cii_allowance(a) for a in settlement.all("ram:SpecifiedTradeAllowanceCharge")
        ),
        tax_breakdown=breakdown,
        payment_means=means,
        payment_terms=terms_text,
        skonto=skonto,
        preceding_invoices=preceding,
        notes=tuple(t for n in document.all("ram:IncludedNote") if (t := n.text("ram:Content"))),
        from_pdf=from_pdf,
        xml=xml,
    )


# UBL ---------------------------------------------------------------------------------------------


def _ubl_party(node: _Node) -> Party:
    party = node.one("cac:Party")
    address = party.one("cac:PostalAddress")
    contact = party.one("cac:Contact")
    schemes = party.all("cac:PartyTaxScheme")
    vat_id = next(
        (s.text("cbc:CompanyID") for s in schemes if s.text("cac:TaxScheme/cbc:ID") == "VAT"), ""
    )
    tax_number = next(
        (s.text("cbc:CompanyID") for s in schemes if s.text("cac:TaxScheme/cbc:ID") != "VAT"), ""
    )
    legal_name = party.text("cac:PartyLegalEntity/cbc:RegistrationName")
    trading_name = party.text("cac:PartyName/cbc:Name")
    return Party(
        name=legal_name or trading_name,
        trading_name=trading_name if trading_name != legal_name else "",
        street=address.text("cbc:StreetName"),
        additional_street=", ".join(
            t
            for t in (
                address.text("cbc:AdditionalStreetName"),
                address.text("cac:AddressLine/cbc:Line"),
            )
            if t
        ),
        postcode=address.text("cbc:PostalZone"),
        city=address.text("cbc:CityName"),
        country=address.text("cac:Country/cbc:IdentificationCode"),
        vat_id=vat_id,
        tax_number=tax_number,
        contact_name=contact.text("cbc:Name"),
        phone=contact.text("cbc:Telephone"),
        email=contact.text("cbc:ElectronicMail"),
        electronic_address=party.text("cbc:EndpointID"),
    )


def _ubl_allowance(node: _Node) -> AllowanceCharge:
    return AllowanceCharge(
        charge=node.text("cbc:ChargeIndicator").lower() == "true",
        amount=node.required_decimal("cbc:Amount", lambda: tr("the allowance amount")),
        reason=node.text("cbc:AllowanceChargeReason"),
        reason_code=node.text("cbc:AllowanceChargeReasonCode"),
        percent=node.decimal("cbc:MultiplierFactorNumeric", lambda: tr("the allowance percentage")),
        base=node.decimal("cbc:BaseAmount", lambda: tr("the allowance base amount")),
        category=node.text("cac:TaxCategory/cbc:ID"),
        rate=_rate(node.decimal("cac:TaxCategory/cbc:Percent", lambda: tr("VAT rate"))),
    )


def _ubl_line(node: _Node, quantity_tag: str) -> Line:
    item = node.one("cac:Item")
    quantity = node.one(quantity_tag)
    return Line(
        id=node.text("cbc:ID"),
        name=item.text("cbc:Name"),
        description=item.text("cbc:Description"),
        seller_item_id=item.text("cac:SellersItemIdentification/cbc:ID"),
        note=node.text("cbc:Note"),
        quantity=quantity.decimal("", lambda: tr("the quantity")),
        unit_code=(quantity.element.get("unitCode") or "") if quantity.element is not None else "",
        unit_price=node.decimal("cac:Price/cbc:PriceAmount", lambda: tr("the unit price")),
        price_base_quantity=node.decimal(
            "cac:Price/cbc:BaseQuantity", lambda: tr("the price quantity")
        ),
        category=item.text("cac:ClassifiedTaxCategory/cbc:ID"),
        rate=_rate(item.decimal("cac:ClassifiedTaxCategory/cbc:Percent", lambda: tr("VAT rate"))),
        net=node.required_decimal("cbc:LineExtensionAmount", lambda: tr("the line amount")),
        allowances_charges=tuple(_ubl_allowance(a) for a in node.all("cac:AllowanceCharge")),
    )


def _read_ubl(root: etree._Element, xml: bytes, name: str, from_pdf: bool) -> EInvoice:
    top = _Node(root, name)
    credit_note = etree.QName(root).localname == "CreditNote"
    number = top.text("cbc:ID")
    if not number:
        raise _missing(name, tr("the invoice number"))
    issue_date = _date(top.text("cbc:IssueDate"), name, tr("the invoice date"))
    if issue_date is None:
        raise _missing(name, tr("the invoice date"))
    currency = top.text("cbc:DocumentCurrencyCode")
    if not currency:
        raise _missing(name, tr("the currency"))
    specification = top.text("cbc:CustomizationID")
    monetary = top.one("cac:LegalMonetaryTotal")
    tax_totals = top.all("cac:TaxTotal")
    tax_total = next(
        (t for t in tax_totals if t.attribute("cbc:TaxAmount", "currencyID") in ("", currency)),
        _Node(None, name),
    )
    breakdown = tuple(
        TaxSubtotal(
            category=s.text("cac:TaxCategory/cbc:ID"),
            rate=_rate(s.decimal("cac:TaxCategory/cbc:Percent", lambda: tr("VAT rate"))),
            base=s.required_decimal("cbc:TaxableAmount", lambda: tr("the tax base amount")),
            amount=s.required_decimal("cbc:TaxAmount", lambda: tr("the tax amount")),
            exemption_reason=s.text("cac:TaxCategory/cbc:TaxExemptionReason"),
            exemption_code=s.text("cac:TaxCategory/cbc:TaxExemptionReasonCode"),
        )
        for s in tax_total.all("cac:TaxSubtotal")
    )
    totals = Totals(
        line_total=monetary.decimal("cbc:LineExtensionAmount", lambda: tr("the sum of the lines")),
        allowances=monetary.decimal(
            "cbc:AllowanceTotalAmount", lambda: tr("the sum of the allowances")
        ),
        charges=monetary.decimal("cbc:ChargeTotalAmount", lambda: tr("the sum of the charges")),
        tax_basis=monetary.decimal("cbc:TaxExclusiveAmount", lambda: tr("the net total")),
        tax=tax_total.decimal("cbc:TaxAmount", lambda: tr("the VAT total")),
        grand_total=monetary.required_decimal(
            "cbc:TaxInclusiveAmount", lambda: tr("the total amount")
        ),
        prepaid=monetary.decimal("cbc:PrepaidAmount", lambda: tr("the amount paid")),
        rounding=monetary.decimal("cbc:PayableRoundingAmount", lambda: tr("the rounding amount")),
        payable=monetary.required_decimal("cbc:PayableAmount", lambda: tr("the amount due")),
    )
    means_nodes = top.all("cac:PaymentMeans")
    means = tuple(
        PaymentMeans(
            type_code=m.text("cbc:PaymentMeansCode"),
            iban=m.text("cac:PayeeFinancialAccount/cbc:ID"),
            bic=m.text("cac:PayeeFinancialAccount/cac:FinancialInstitutionBranch/cbc:ID"),
            account_holder=m.text("cac:PayeeFinancialAccount/cbc:Name"),
            information=m.attribute("cbc:PaymentMeansCode", "name"),
            debited_iban=m.text("cac:PaymentMandate/cac:PayerFinancialAccount/cbc:ID"),
            mandate=m.text("cac:PaymentMandate/cbc:ID"),
        )
        for m in means_nodes
    )
    terms_text, skonto = _payment_terms(
        [n.text() for t in top.all("cac:PaymentTerms") for n in t.all("cbc:Note")]
    )
    due_text = top.text("cbc:DueDate") or next(
        (t for m in means_nodes if (t := m.text("cbc:PaymentDueDate"))), ""
    )
    line_tag, quantity_tag = (
        ("cac:CreditNoteLine", "cbc:CreditedQuantity")
        if credit_note
        else ("cac:InvoiceLine", "cbc:InvoicedQuantity")
    )
    period = top.one("cac:InvoicePeriod")
    return EInvoice(
        syntax="UBL",
        format_name=_format_name("UBL", specification, from_pdf=from_pdf),
        specification=specification,
        type_code=top.text("cbc:CreditNoteTypeCode" if credit_note else "cbc:InvoiceTypeCode")
        or ("381" if credit_note else "380"),
        number=number,
        issue_date=issue_date,
        currency=currency,
        seller=_ubl_party(top.one("cac:AccountingSupplierParty")),
        buyer=_ubl_party(top.one("cac:AccountingCustomerParty")),
        totals=totals,
        due_date=_date(due_text, name, tr("the due date")),
        buyer_reference=top.text("cbc:BuyerReference"),
        order_reference=top.text("cac:OrderReference/cbc:ID"),
        payment_reference=next((t for m in means_nodes if (t := m.text("cbc:PaymentID"))), ""),
        delivery_date=_date(
            top.text("cac:Delivery/cbc:ActualDeliveryDate"), name, tr("the delivery date")
        ),
        period_start=_date(period.text("cbc:StartDate"), name, tr("the start of the period")),
        period_end=_date(period.text("cbc:EndDate"), name, tr("the end of the period")),
        lines=tuple(_ubl_line(n, quantity_tag) for n in top.all(line_tag)),
        allowances_charges=tuple(_ubl_allowance(a) for a in top.all("cac:AllowanceCharge")),
        tax_breakdown=breakdown,
        payment_means=means,
        payment_terms=terms_text,
        skonto=skonto,
        preceding_invoices=tuple(
            PrecedingInvoice(
                number=r.text("cac:InvoiceDocumentReference/cbc:ID"),
                issue_date=_date(
                    r.text("cac:InvoiceDocumentReference/cbc:IssueDate"),
                    name,
                    tr("the date of the earlier invoice"),
                ),
            )
            for r in top.all("cac:BillingReference")
            if r.text("cac:InvoiceDocumentReference/cbc:ID")
        ),
        notes=tuple(t for n in top.all("cbc:Note") if (t := _note(n.text()))),
        from_pdf=from_pdf,
        xml=xml,
    )
