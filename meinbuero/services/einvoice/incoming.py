"""Filing incoming e-invoices in a customer's (or supplier's) Dokumente.

The original file is kept as it came (the XML or the ZUGFeRD PDF: the XML is the invoice that
counts for tax purposes and must be archived unchanged); an XML gets its PDF rendering filed
beside it, for reading and printing. Both are in the category "Rechnung" under the title
"E-Rechnung <Nr.> von <Verkäufer>".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from meinbuero.domain.files import extension_of
from meinbuero.i18n import tr
from meinbuero.services import documents
from meinbuero.services.einvoice.read import (
    EInvoice,
    UnreadableEInvoice,
    read_einvoice,
    read_einvoice_file,
)
from meinbuero.services.einvoice.read_view import render_pdf

CATEGORY = "Rechnung"
#: The file types an e-invoice comes as.
EXTENSIONS = ("xml", "pdf")


@dataclass(frozen=True)
class Filed:
    """What filing made: the original's document, the rendering's (None for a PDF)."""

    invoice: EInvoice
    document_id: int
    rendering_id: int | None = None


def file_einvoice(
    session: Session,
    *,
    customer_id: int,
    content: bytes,
    file_name: str,
    invoice: EInvoice | None = None,
) -> Filed:
    """File an e-invoice (``invoice`` when already read from ``content``) with its rendering.

    Raises:
        UnreadableEInvoice: ``content`` is no e-invoice.
        Refused: too large for the documents.
    """
    invoice = invoice or read_einvoice(content, name=file_name)
    original = documents.add_document_bytes(
        session,
        customer_id=customer_id,
        content=content,
        file_name=file_name,
        category=CATEGORY,
        title=invoice.title,
    )
    rendering_id = None
    if not invoice.from_pdf:
        stem = file_name.rsplit(".", 1)[0] if "." in file_name else file_name
        rendering = documents.add_document_bytes(
            session,
            customer_id=customer_id,
            content=render_pdf(invoice),
            file_name=f"{stem}.pdf",
            category=CATEGORY,
            title=tr("{title} (view)", title=invoice.title),
        )
        rendering_id = rendering.id
    return Filed(invoice=invoice, document_id=original.id, rendering_id=rendering_id)


def read_if_einvoice(path: Path) -> EInvoice | None:
    """The e-invoice in the file at ``path``; None for any other file (an ordinary document).

    An unreadable path is None too: the ordinary filing reports it.
    """
    if extension_of(path.name) not in EXTENSIONS:
        return None
    try:
        return read_einvoice_file(path)
    except UnreadableEInvoice:
        return None


@dataclass(frozen=True)
class Added:
    """A file added to the documents: its document, and the e-invoice it was (or None)."""

    document_id: int
    einvoice: Filed | None = None


def add_file(session: Session, *, customer_id: int, path: Path) -> Added:
    """Add a dropped or chosen file: an e-invoice filed with its rendering, anything else as
    :func:`meinbuero.services.documents.add_document_file` files it."""
    invoice = read_if_einvoice(path)
    if invoice is None:
        document = documents.add_document_file(session, customer_id=customer_id, path=path)
        return Added(document.id)
    content = invoice.xml if not invoice.from_pdf else path.read_bytes()
    filed = file_einvoice(
        session, customer_id=customer_id, content=content, file_name=path.name, invoice=invoice
    )
    return Added(filed.document_id, filed)


def filed_einvoice(
    session: Session, document_id: int, number: int | None = None
) -> EInvoice | None:
    """The e-invoice a filed XML document holds (newest version or ``number``); None for any
    other document."""
    version = documents.version(session, document_id, number)
    if version.extension != "xml":
        return None
    try:
        content = documents.stored_path(session, document_id, version.number).read_bytes()
        return read_einvoice(content, name=version.file_name)
    except (UnreadableEInvoice, OSError):
        return None
