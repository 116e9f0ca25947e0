"""The Kontoauszug (statement of account) as PDF, on the DIN 5008 page like the invoice.

A table Datum / Beleg / Text / Soll / Haben / Saldo, continued over pages with its header
repeated and the balance carried over ("Übertrag"), the opening balance of the period as its
first row, and the final balance in words below it.
"""

from __future__ import annotations

import io
from decimal import Decimal
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from meinbuero.domain.values import format_date_de
from meinbuero.i18n import tr
from meinbuero.printing.model import PrintStatement
from meinbuero.printing.page import (
    BOLD,
    MUTED,
    REGULAR,
    TEXT_COLOR,
    TEXT_WIDTH,
    AddressField,
    Din5008Document,
    PageSetup,
    mm,
    register_fonts,
)
from meinbuero.printing.sales import (
    LineTable,
    TableColumn,
    TableRow,
    markup,
    money,
    text_styles,
)


def _amount(value: Decimal) -> str:
    return money(value) if value else ""


def _columns() -> list[TableColumn]:
    fixed = [
        ("date", tr("Date"), 19.5, False),
        ("reference", tr("Voucher"), 25.5, False),
        ("text", tr("Text"), 0.0, False),
        ("debit", tr("Debit"), 20.5, True),
        ("credit", tr("Credit side"), 20.5, True),
        ("balance", tr("Balance"), 22.5, True),
    ]
    text_width = TEXT_WIDTH - sum(width for _, _, width, _ in fixed)
    return [
        TableColumn(key, label, (width or text_width) * mm, right)
        for key, label, width, right in fixed
    ]


def _rows(statement: PrintStatement, cell: ParagraphStyle) -> list[TableRow]:
    rows = []
    for index, row in enumerate(statement.rows):
        # The carry-over adds up what each row changes; the opening row brings its balance.
        counted = row.balance if index == 0 else row.debit - row.credit
        cells = [
            format_date_de(row.on),
            Paragraph(markup(row.reference), cell),
            Paragraph(markup(row.text), cell),
            _amount(row.debit),
            _amount(row.credit),
            money(row.balance),
        ]
        rows.append(TableRow("item", cells, counted))
    return rows


def _closing(statement: PrintStatement) -> Table:
    data = [[statement.closing_label, money(statement.closing)]]
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), BOLD),
            ("FONTSIZE", (0, 0), (-1, -1), 10),
            ("TEXTCOLOR", (0, 0), (-1, -1), TEXT_COLOR),
            ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEBELOW", (0, 0), (-1, 0), 1.2, TEXT_COLOR),
        ]
    )
    return Table(data, colWidths=[78 * mm, 30 * mm], style=style, hAlign="RIGHT")


def statement_flowables(statement: PrintStatement) -> list[object]:
    styles = text_styles()
    story: list[object] = [
        Paragraph(markup(statement.title), styles.title),
        Spacer(1, 4 * mm),
    ]
    if statement.intro:
        story += [Paragraph(markup(statement.intro), styles.body), Spacer(1, 4 * mm)]
    columns = _columns()
    header = [
        Paragraph(escape(column.label), styles.header_right if column.right else styles.header)
        for column in columns
    ]
    if statement.rows:
        story.append(
            LineTable(
                columns=columns,
                header=header,
                rows=_rows(statement, styles.cell),
                carry_label=tr("Carried forward"),
                show_prices=True,
            )
        )
    sentence = ParagraphStyle("sentence", parent=styles.body, fontName=BOLD, fontSize=10.5)
    story += [
        Spacer(1, 3 * mm),
        KeepTogether([_closing(statement), Spacer(1, 6 * mm)]),
        Paragraph(markup(statement.closing_sentence), sentence),
    ]
    if statement.note:
        note = ParagraphStyle("note", parent=styles.body, fontName=REGULAR, textColor=MUTED)
        story += [Spacer(1, 4 * mm), Paragraph(markup(statement.note), note)]
    return story


def render_statement(statement: PrintStatement) -> bytes:
    """The statement as a PDF on the DIN 5008 Form B page."""
    register_fonts()
    setup = PageSetup(
        letterhead=statement.letterhead,
        address=AddressField(return_line=statement.return_line, recipient=statement.address_lines),
        info=statement.info,
        caption=statement.title,
        author=statement.letterhead.name,
        title=statement.title,
    )
    output = io.BytesIO()
    Din5008Document(output, setup).render(statement_flowables(statement))
    return output.getvalue()
