"""Dunning letters (Zahlungserinnerung, Mahnung) as PDF, on the DIN 5008 page of the invoices.

:func:`render_dunning_letter` draws a :class:`DunningLetter`: title and subject, the letter
text, the invoice (number, date, due date, amount, paid, open), the charges (earlier letters,
fee, interest with its breakdown per period), the total to pay and the new deadline, the EPC QR
code ("GiroCode") of the total with the invoice number as its text, and the closing. Every word
on the page comes with the data (German letter text); nothing here is translated.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from pypdf import PdfReader, PdfWriter
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from meinbuero.domain.values import format_date_de
from meinbuero.printing.model import InfoItem, Letterhead, PaymentQr
from meinbuero.printing.page import (
    BOLD,
    MUTED,
    REGULAR,
    TEXT_COLOR,
    TEXT_WIDTH,
    AddressField,
    mm,
    printable,
    register_fonts,
    render_letter,
)
from meinbuero.printing.sales import (
    BODY_SIZE,
    HEADER_BACKGROUND,
    TABLE_SIZE,
    beside_code,
    epc_qr_code,
    markup,
    money,
    totals_table,
)


@dataclass(frozen=True)
class ChargeLine:
    """A charge beside the open amount: label, amount, and lines explaining it (interest)."""

    label: str
    amount: Decimal
    details: tuple[str, ...] = ()


@dataclass(frozen=True)
class DunningLetter:
    title: str  # "1. Mahnung"
    letterhead: Letterhead
    return_line: str
    address_lines: tuple[str, ...]
    info: tuple[InfoItem, ...]
    subject: str
    text: str  # salutation and body, filled
    invoice_number: str
    invoice_date: date
    due: date
    gross: Decimal
    paid: Decimal
    open_amount: Decimal
    charges: tuple[ChargeLine, ...]
    total: Decimal
    pay_by: date | None
    closing: str
    qr: PaymentQr | None = None
    draft: bool = False


def _paragraphs(text: str, style: ParagraphStyle) -> list[Any]:
    """Each paragraph of ``text`` (blank lines apart) with a little space after it."""
    story: list[Any] = []
    for part in text.strip().split("\n\n"):
        story += [Paragraph(markup(part.strip("\n")), style), Spacer(1, 2.5 * mm)]
    return story


def _invoice_table(letter: DunningLetter, header: ParagraphStyle) -> Table:
    labels = ("Rechnung", "Rechnungsdatum", "Fällig am", "Betrag", "Bezahlt", "Offen")
    right = ParagraphStyle("right", parent=header, alignment=2)
    data = [
        [Paragraph(label, right if index >= 3 else header) for index, label in enumerate(labels)],
        [
            printable(letter.invoice_number),
            format_date_de(letter.invoice_date),
            format_date_de(letter.due),
            money(letter.gross),
            money(letter.paid),
            money(letter.open_amount),
        ],
    ]
    widths: list[float] = [30, 32, 24, 26, 26, 27]
    widths[0] += TEXT_WIDTH - sum(widths)
    return Table(
        data,
        colWidths=[w * mm for w in widths],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("FONTSIZE", (0, 0), (-1, -1), TABLE_SIZE),
                ("TEXTCOLOR", (0, 0), (-1, -1), TEXT_COLOR),
                ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
                ("BACKGROUND", (0, 0), (-1, 0), HEADER_BACKGROUND),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, MUTED),
                ("LINEBELOW", (0, -1), (-1, -1), 0.6, MUTED),
            ]
        ),
        hAlign="LEFT",
    )


def _sums_table(letter: DunningLetter, detail: ParagraphStyle, label: ParagraphStyle) -> Table:
    data: list[list[Any]] = [
        [Paragraph("Offener Rechnungsbetrag", label), money(letter.open_amount)]
    ]
    style: list[tuple[Any, ...]] = []
    for charge in letter.charges:
        data.append([Paragraph(markup(charge.label), label), money(charge.amount)])
        for line in charge.details:
            data.append([Paragraph(markup(line), detail), ""])
            row = len(data) - 1
            style += [
                ("SPAN", (0, row), (1, row)),
                ("TOPPADDING", (0, row), (-1, row), 0),
                ("BOTTOMPADDING", (0, row), (-1, row), 1),
            ]
    data.append(["Zu zahlender Gesamtbetrag", money(letter.total)])
    return totals_table(data, label_width=118 * mm, extra=style)


def _payment(letter: DunningLetter, body: ParagraphStyle, caption: ParagraphStyle) -> list[Any]:
    """The deadline and the closing, with the GiroCode at their right when there is one."""
    texts: list[Any] = []
    if letter.pay_by is not None:
        texts += [
            Paragraph(
                markup(
                    f"Bitte überweisen Sie {money(letter.total)} bis zum "
                    f"{format_date_de(letter.pay_by)} unter Angabe der Rechnungsnummer "
                    f"{letter.invoice_number}."
                ),
                body,
            ),
            Spacer(1, 5 * mm),
        ]
    texts.append(Paragraph(markup(letter.closing), body))
    code = epc_qr_code(letter.qr) if letter.qr is not None else None
    if code is None:
        return texts
    return [beside_code(texts, code, caption="Bezahlen per Code", style=caption)]


def dunning_flowables(letter: DunningLetter) -> list[Any]:
    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=BODY_SIZE, leading=13, textColor=TEXT_COLOR
    )
    title = ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=13, leading=17)
    header = ParagraphStyle("header", parent=body, fontName=BOLD, fontSize=8, leading=10)
    label = ParagraphStyle("label", parent=body, fontSize=BODY_SIZE - 0.5, leading=11.5)
    detail = ParagraphStyle(
        "detail", parent=body, fontSize=7.5, leading=9.3, textColor=MUTED, leftIndent=3 * mm
    )
    caption = ParagraphStyle(
        "caption", parent=body, fontSize=6.5, leading=8, alignment=1, textColor=MUTED
    )
    # The subject is the letter's heading ("1. Mahnung zur Rechnung RE-2026-0012"); the level's
    # name where it has none.
    story: list[Any] = [Paragraph(markup(letter.subject or letter.title), title)]
    story.append(Spacer(1, 5 * mm))
    story += _paragraphs(letter.text, body)
    story += [
        Spacer(1, 2 * mm),
        _invoice_table(letter, header),
        Spacer(1, 3 * mm),
        KeepTogether([_sums_table(letter, detail, label)]),
        Spacer(1, 6 * mm),
    ]
    story += _payment(letter, body, caption)
    return story


def render_dunning_letter(letter: DunningLetter) -> bytes:
    """The letter as a PDF on the DIN 5008 Form B page."""
    register_fonts()
    return render_letter(
        letterhead=letter.letterhead,
        address=AddressField(return_line=letter.return_line, recipient=letter.address_lines),
        info=letter.info,
        caption=f"{letter.title} {letter.invoice_number}".strip(),
        subject=letter.subject,
        draft=letter.draft,
        flowables=dunning_flowables(letter),
    )


def combine(pdfs: Sequence[bytes]) -> bytes:
    """Several PDFs one after another in one file (to print a dunning run in one go)."""
    writer = PdfWriter()
    for content in pdfs:
        writer.append(PdfReader(io.BytesIO(content)))
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()
