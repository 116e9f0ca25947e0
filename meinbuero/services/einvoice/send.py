"""Sending e-invoices: which one a customer gets (Konditionen), what it needs before finalising,
making and validating it while finalising, and having it again later ("Speichern unter").

While finalising (:func:`meinbuero.services.sales.finalise`, in its transaction) an invoice for a
customer whose Konditionen say ZUGFeRD or XRechnung is made and validated; when it fails the rules
the invoice is not finalised (the German findings are the error), unless the setting allows the
plain PDF instead. The ZUGFeRD PDF/A-3 is filed as the invoice's PDF; the XRechnung XML is filed
beside the PDF; both are kept like the PDF (triggers of migration 0009).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.taxid import normalize_leitweg_id
from meinbuero.i18n import tr
from meinbuero.services import settings
from meinbuero.services.einvoice.cii import cii_xml
from meinbuero.services.einvoice.invoice import E_FORMATS, EInvoiceFormat, einvoice_of
from meinbuero.services.einvoice.ubl import ubl_xml
from meinbuero.services.einvoice.validate import Finding, Validation, validate_xml, xml_of_pdf
from meinbuero.services.errors import Refused
from meinbuero.store.models import Conditions, Customer, SalesDocument, SalesKind, Setting

BILLING_KINDS = (SalesKind.INVOICE, SalesKind.CANCELLATION)
# Einstellungen > Verkauf: what finalising does with an e-invoice that fails the rules.
ON_INVALID = "einvoice_on_invalid"
REFUSE = "refuse"
PLAIN_PDF = "pdf"


def format_labels() -> dict[str, str]:
    return {
        EInvoiceFormat.PDF: tr("PDF"),
        EInvoiceFormat.ZUGFERD: tr("ZUGFeRD (PDF with XML)"),
        EInvoiceFormat.XRECHNUNG_CII: tr("XRechnung (CII)"),
        EInvoiceFormat.XRECHNUNG_UBL: tr("XRechnung (UBL)"),
    }


def on_invalid_labels() -> dict[str, str]:
    return {
        REFUSE: tr("do not finalise the invoice"),
        PLAIN_PDF: tr("finalise it as a plain PDF only"),
    }


def on_invalid(session: Session) -> str:
    value = session.scalar(select(Setting.value).where(Setting.key == ON_INVALID))
    return PLAIN_PDF if value == PLAIN_PDF else REFUSE


def set_on_invalid(session: Session, value: str) -> None:
    if value not in (REFUSE, PLAIN_PDF):
        raise Refused(tr("Unknown choice “{value}”.", value=value))
    session.merge(Setting(key=ON_INVALID, value=value))
    session.flush()


class EInvoiceInvalid(Refused):
    """The e-invoice fails the official rules; ``findings`` name each rule."""

    def __init__(self, findings: tuple[Finding, ...]) -> None:
        lines = [tr("The e-invoice does not pass the official validation:")]
        lines += [f"{f.rule}: {f.message}" for f in findings]
        super().__init__("\n".join(lines))
        self.findings = findings


def customer_format(session: Session, customer_id: int) -> EInvoiceFormat:
    conditions = session.get(Conditions, customer_id)
    if conditions is None:
        return EInvoiceFormat.PDF
    try:
        return EInvoiceFormat(conditions.einvoice_format)
    except ValueError:
        return EInvoiceFormat.PDF


def _wanted(session: Session, document: SalesDocument) -> EInvoiceFormat:
    if document.kind not in BILLING_KINDS:
        return EInvoiceFormat.PDF
    return customer_format(session, document.customer_id)


def problems(session: Session, document: SalesDocument) -> list[str]:
    """What the customer's e-invoice needs beyond a PDF invoice, in German sentences; empty when
    the customer gets a PDF. (The VAT ID or tax number and the delivery date every invoice
    needs are asked by :func:`meinbuero.services.sales.problems` already.)"""
    wanted = _wanted(session, document)
    if wanted == EInvoiceFormat.PDF or on_invalid(session) == PLAIN_PDF:
        return []
    found: list[str] = []
    company = settings.company(session)
    if not company.iban.strip():
        found.append(
            tr("The e-invoice needs your IBAN for the payment details (Settings > My company).")
        )
    customer = session.get(Customer, document.customer_id)
    if customer is not None and not (customer.postcode.strip() and customer.city.strip()):
        found.append(tr("The e-invoice needs the customer's postcode and city."))
    if wanted in (EInvoiceFormat.XRECHNUNG_CII, EInvoiceFormat.XRECHNUNG_UBL):
        conditions = session.get(Conditions, document.customer_id)
        leitweg = conditions.leitweg_id if conditions is not None else ""
        if not leitweg.strip():
            found.append(
                tr("An XRechnung needs the customer's Leitweg-ID (customer, tab Konditionen).")
            )
        else:
            try:
                normalize_leitweg_id(leitweg)
            except ValidationError as error:
                found.append(error.message)
        if not (company.phone.strip() and company.email.strip()):
            found.append(
                tr(
                    "An XRechnung needs your phone number and e-mail address as the seller's "
                    "contact (Settings > My company)."
                )
            )
    return found


_warming: list[threading.Thread] = []


def warm_up_in_background(session: Session, customer_id: int) -> None:
    """For a customer who gets an e-invoice: compile the official rules (and load the PDF/A
    libraries) in a background thread, once per process, so that finalising does not wait for
    them (the first compiling takes a second or two)."""
    wanted = customer_format(session, customer_id)
    if wanted == EInvoiceFormat.PDF or _warming:
        return

    def warm() -> None:
        from meinbuero.services.einvoice import validate

        if wanted == EInvoiceFormat.ZUGFERD:
            from meinbuero.services.einvoice import pdfa

            pdfa.load_libraries()
        validate.warm_up(
            syntax="UBL" if wanted == EInvoiceFormat.XRECHNUNG_UBL else "CII",
            xrechnung=wanted != EInvoiceFormat.ZUGFERD,
        )

    thread = threading.Thread(target=warm, name="einvoice-warm-up", daemon=True)
    _warming.append(thread)
    thread.start()


def _xml(session: Session, document: SalesDocument, wanted: str, number: str | None) -> bytes:
    invoice = einvoice_of(
        session, document, xrechnung=wanted != EInvoiceFormat.ZUGFERD, number=number
    )
    return ubl_xml(invoice) if wanted == EInvoiceFormat.XRECHNUNG_UBL else cii_xml(invoice)


def _zugferd(
    session: Session, document: SalesDocument, xml: bytes, pdf: bytes, number: str
) -> bytes:
    from meinbuero.services.einvoice.pdfa import zugferd_pdf
    from meinbuero.services.sales_print import TITLES

    company = settings.company(session)
    title = f"{TITLES[SalesKind(document.kind)]} {number}"
    return zugferd_pdf(
        pdf,
        xml,
        title=title,
        author=company.name,
        subject=f"{title} {company.name}",
    )


def file_name(number: str, wanted: str) -> str:
    if wanted == EInvoiceFormat.ZUGFERD:
        return f"{number}.pdf"
    suffix = "ubl" if wanted == EInvoiceFormat.XRECHNUNG_UBL else "cii"
    return f"{number}-xrechnung-{suffix}.xml"


def make(
    session: Session, document: SalesDocument, wanted: str, *, number: str, pdf: bytes
) -> tuple[bytes, Validation]:
    """The e-invoice of ``document`` in format ``wanted`` (the PDF/A-3 for ZUGFeRD, made from
    ``pdf``; the XML otherwise) and its validation."""
    xml = _xml(session, document, wanted, number)
    validation = validate_xml(xml)
    if wanted == EInvoiceFormat.ZUGFERD:
        return _zugferd(session, document, xml, pdf, number), validation
    return xml, validation


@dataclass(frozen=True)
class Prepared:
    """What finalising files: the PDF (the PDF/A-3 for ZUGFeRD), an XRechnung XML beside it."""

    pdf: bytes
    xml: bytes | None
    xml_name: str
    einvoice_in_pdf: bool


def prepare(session: Session, document: SalesDocument, *, number: str, pdf: bytes) -> Prepared:
    """Called by finalise: the customer's e-invoice made and validated, or the plain PDF.

    Raises:
        EInvoiceInvalid: the e-invoice fails the rules and the setting refuses finalising then.
    """
    wanted = _wanted(session, document)
    if wanted == EInvoiceFormat.PDF:
        return Prepared(pdf, None, "", False)
    content, validation = make(session, document, wanted, number=number, pdf=pdf)
    if not validation.valid:
        if on_invalid(session) == REFUSE:
            raise EInvoiceInvalid(validation.errors)
        return Prepared(pdf, None, "", False)
    if wanted == EInvoiceFormat.ZUGFERD:
        return Prepared(content, None, "", True)
    return Prepared(pdf, content, file_name(number, wanted), False)


def file_beside(
    session: Session, document: SalesDocument, prepared: Prepared, *, pdf_document_id: int
) -> int | None:
    """File the XRechnung XML in the customer's Dokumente; the id of the filed e-invoice (the
    PDF's for ZUGFeRD), None for a plain PDF."""
    from meinbuero.services import documents
    from meinbuero.services.sales import PDF_CATEGORY, kind_labels

    if prepared.einvoice_in_pdf:
        return pdf_document_id
    if prepared.xml is None:
        return None
    filed = documents.add_document_bytes(
        session,
        customer_id=document.customer_id,
        content=prepared.xml,
        file_name=prepared.xml_name,
        category=PDF_CATEGORY[SalesKind(document.kind)],
        title=tr(
            "{kind} {number} (XRechnung)",
            kind=kind_labels()[document.kind],
            number=prepared.xml_name.split("-xrechnung")[0],
        ),
        contact_person_id=document.contact_person_id,
    )
    filed.document_date = document.document_date
    return filed.id


def einvoice_bytes(session: Session, document_id: int, wanted: str) -> tuple[bytes, str]:
    """The e-invoice of a finalised invoice or cancellation in ``wanted`` format, with its file
    name: the one filed when it was finalised if it is of that format, else made now from the
    frozen document (and its filed PDF).

    Raises:
        Refused: a draft or another kind, an unknown format.
        EInvoiceInvalid: the e-invoice made now fails the rules.
    """
    from meinbuero.services import documents
    from meinbuero.services.sales import get_document

    if wanted not in E_FORMATS:
        raise Refused(tr("Unknown e-invoice format “{value}”.", value=wanted))
    document = get_document(session, document_id)
    if document.kind not in BILLING_KINDS or not document.is_final or document.number is None:
        raise Refused(tr("Only a finalised invoice or cancellation invoice has an e-invoice."))
    name = file_name(document.number, wanted)
    filed_id = document.einvoice_document_id
    if filed_id is not None:
        filed = documents.stored_path(session, filed_id).read_bytes()
        if _format_of(filed) == wanted:
            return filed, name
    assert document.pdf_document_id is not None
    pdf = documents.stored_path(session, document.pdf_document_id).read_bytes()
    content, validation = make(session, document, wanted, number=document.number, pdf=pdf)
    if not validation.valid:
        raise EInvoiceInvalid(validation.errors)
    return content, name


def _format_of(content: bytes) -> str:
    if content.lstrip()[:5] == b"%PDF-":
        return EInvoiceFormat.ZUGFERD if xml_of_pdf(content) is not None else ""
    head = content[:2000]
    if b"CrossIndustryInvoice" in head:
        return EInvoiceFormat.XRECHNUNG_CII
    if b"ubl:schema:xsd:Invoice-2" in head or b"ubl:schema:xsd:CreditNote-2" in head:
        return EInvoiceFormat.XRECHNUNG_UBL
    return ""
