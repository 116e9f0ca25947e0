"""Sales documents as PDF: quotes, order confirmations, delivery notes, invoices, cancellations.

:func:`render_sales_document` draws a :class:`~meinbuero.printing.model.PrintDocument` on the
DIN 5008 page (:mod:`meinbuero.printing.page`): title and subject, the header text, the line
table (continued over pages with the header repeated and a carry-over line), the totals with
one row per tax rate, the payment terms beside the EPC QR code ("GiroCode"), the tax notes and
the footer text.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextvars import ContextVar
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from xml.sax.saxutils import escape

import segno.helpers
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from meinbuero import i18n
from meinbuero.domain.values import format_decimal_de
from meinbuero.printing.model import PaymentQr, PrintDocument, PrintLine
from meinbuero.printing.page import (
    BOLD,
    ITALIC,
    MUTED,
    REGULAR,
    RULE,
    TEXT_COLOR,
    TEXT_WIDTH,
    AddressField,
    mm,
    printable,
    register_fonts,
    render_letter,
)

NBSP = "\u00a0"
QR_SIZE = 30 * mm  # the symbol about 25 mm, plus its quiet zone of 4 modules
HEADER_BACKGROUND = "#eeeeee"
BODY_SIZE = 9.5
TABLE_SIZE = 8.5


# Formats -------------------------------------------------------------------------------------


def money(value: Decimal) -> str:
    """An amount as Germans write it: "1.234,56 €"."""
    return f"{format_decimal_de(value, places=2)}{NBSP}€"


def unit_price_text(value: Decimal) -> str:
    """A unit price to 2 decimals, or to as many as it has (up to 4): "12,50 €", "0,1234 €"."""
    exponent = value.normalize().as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return f"{format_decimal_de(value, places=min(4, max(2, decimals)))}{NBSP}€"


def quantity_text(value: Decimal) -> str:
    """A quantity without needless zeros: "2", "1,5", "0,333"."""
    return format_decimal_de(value.normalize() if value == value.to_integral() else value)


def percent_text(value: Decimal) -> str:
    """A rate or discount: "19 %", "7 %", "2,5 %"."""
    return f"{format_decimal_de(value)}{NBSP}%"


def markup(text: str) -> str:
    """Plain text for a Paragraph: escaped, its line breaks kept."""
    return escape(printable(text)).replace("\n", "<br/>")


# Styles --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TextStyles:
    body: ParagraphStyle
    title: ParagraphStyle
    subject: ParagraphStyle
    cell: ParagraphStyle
    description: ParagraphStyle
    header: ParagraphStyle
    header_right: ParagraphStyle
    small: ParagraphStyle
    caption: ParagraphStyle


def text_styles() -> TextStyles:
    body = ParagraphStyle(
        "body", fontName=REGULAR, fontSize=BODY_SIZE, leading=13, textColor=TEXT_COLOR
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=TABLE_SIZE, leading=10.5, alignment=TA_LEFT)
    header = ParagraphStyle("header", parent=cell, fontName=BOLD, fontSize=8, leading=10)
    return TextStyles(
        body=body,
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=15, leading=19),
        subject=ParagraphStyle("subject", parent=body, fontName=BOLD, spaceBefore=2),
        cell=cell,
        description=ParagraphStyle(
            "description",
            parent=cell,
            fontSize=7.5,
            leading=9.3,
            textColor=MUTED,
            spaceBefore=1,
        ),
        header=header,
        header_right=ParagraphStyle("header_right", parent=header, alignment=TA_RIGHT),
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5),
        caption=ParagraphStyle(
            "caption",
            parent=body,
            fontSize=6.5,
            leading=8,
            alignment=TA_CENTER,
            textColor=MUTED,
        ),
    )


# The line table --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TableColumn:
    key: str
    label: str
    width: float  # points
    right: bool


@dataclass
class TableRow:
    """A row of the line table: its cells, what it adds to the carry-over, how it looks."""

    kind: str  # "item", "text", "subtotal", "more" (the rest of a long description)
    cells: list[Any]
    counted: Decimal  # the net it adds to the running total (0 for text, subtotal, optional)
    height: float | None = None  # measured once, at the table's width


@dataclass
class _Measure:
    """The heights of the header and the carry-over line, measured once for all parts."""

    header: float = 0.0
    carry: float = 0.0


class LineTable(Flowable):  # type: ignore[misc]
    """The line table, splitting over pages with its header and a carry-over line.

    A part that ends on a page closes with "Carried forward  1.234,56 €" (the sum of the item
    nets so far); the next part opens with the header and the same line. A text line (a
    heading) never ends a page: it moves to the next with the rows it introduces.
    """

    def __init__(
        self,
        *,
        columns: Sequence[TableColumn],
        header: list[Any],
        rows: Sequence[TableRow],
        carry_label: str,
        show_prices: bool,
        carry_in: Decimal | None = None,
        carry_out: Decimal | None = None,
        measure: _Measure | None = None,
    ) -> None:
        super().__init__()
        self.measure = measure or _Measure()
        self.columns = columns
        self.header = header
        self.rows = list(rows)
        self.carry_label = carry_label
        self.show_prices = show_prices
        self.carry_in = carry_in
        self.carry_out = carry_out
        self._table: Table | None = None

    # The table of one part.
    def _carry_row(self, amount: Decimal) -> list[Any]:
        cells: list[Any] = [""] * len(self.columns)
        cells[1] = self.carry_label
        cells[-1] = money(amount)
        return cells

    def _build(
        self,
        rows: Sequence[TableRow],
        carry_in: Decimal | None,
        carry_out: Decimal | None,
        heights: list[float] | None = None,
    ) -> Table:
        data: list[list[Any]] = [self.header]
        last = len(self.columns) - 1
        style: list[tuple[Any, ...]] = [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("FONTSIZE", (0, 0), (-1, -1), TABLE_SIZE),
            ("LEADING", (0, 0), (-1, -1), 10.5),
            ("TEXTCOLOR", (0, 0), (-1, -1), TEXT_COLOR),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BACKGROUND),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, MUTED),
            ("TOPPADDING", (0, 0), (-1, 0), 3.5),
        ]
        for index, column in enumerate(self.columns):
            if column.right:
                style.append(("ALIGN", (index, 1), (index, -1), "RIGHT"))
        if carry_in is not None:
            data.append(self._carry_row(carry_in))
            row = len(data) - 1
            style += [
                ("FONTNAME", (0, row), (-2, row), ITALIC),
                ("SPAN", (1, row), (last - 1, row)),
                ("LINEBELOW", (0, row), (-1, row), 0.3, RULE),
            ]
        for index, item in enumerate(rows):
            data.append(item.cells)
            row = len(data) - 1
            continued = index + 1 < len(rows) and rows[index + 1].kind == "more"
            if item.kind == "text":
                style.append(("SPAN", (1, row), (last, row)))
            elif item.kind == "subtotal":
                style += [
                    ("SPAN", (1, row), (last - 1, row)),
                    ("FONTNAME", (0, row), (-1, row), BOLD),
                    ("LINEABOVE", (1, row), (-1, row), 0.4, MUTED),
                    ("BOTTOMPADDING", (0, row), (-1, row), 6),
                ]
            if item.kind == "more":
                style.append(("TOPPADDING", (0, row), (-1, row), 0))
            if item.kind in ("item", "more") and not continued:
                style.append(("LINEBELOW", (0, row), (-1, row), 0.25, "#d4d4d4"))
            if continued:
                style.append(("BOTTOMPADDING", (0, row), (-1, row), 0))
        if carry_out is not None:
            data.append(self._carry_row(carry_out))
            row = len(data) - 1
            style += [
                ("FONTNAME", (0, row), (-2, row), ITALIC),
                ("SPAN", (1, row), (last - 1, row)),
                ("LINEABOVE", (0, row), (-1, row), 0.5, MUTED),
            ]
        style.append(("LINEBELOW", (0, -1), (-1, -1), 0.6, MUTED))
        return Table(
            data,
            colWidths=[c.width for c in self.columns],
            rowHeights=heights,
            style=TableStyle(style),
            hAlign="LEFT",
        )

    def _measured(self, available_width: float) -> None:
        """Every row's height, measured in one table (a row's height depends on the width only,
        which is the same on every page)."""
        if all(row.height is not None for row in self.rows) and self.measure.carry:
            return
        table = self._build(self.rows, self.carry_in, Decimal(0))
        table.wrap(available_width, 1e9)
        self._record(table._rowHeights)

    def _record(self, heights: Sequence[float]) -> None:
        """Keep the heights of a table built of this part's rows."""
        self.measure.header = heights[0]
        first_row = 2 if self.carry_in is not None else 1
        for row, height in zip(self.rows, heights[first_row:], strict=False):
            row.height = height
        if self.carry_in is not None:
            self.measure.carry = heights[1]
        elif self.carry_out is not None or len(heights) > first_row + len(self.rows):
            self.measure.carry = heights[-1]

    def _heights(self) -> list[float]:
        heights = [self.measure.header]
        if self.carry_in is not None:
            heights.append(self.measure.carry)
        heights += [row.height or 0.0 for row in self.rows]
        if self.carry_out is not None:
            heights.append(self.measure.carry)
        return heights

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if any(row.height is None for row in self.rows) or not self.measure.header:
            # The first time: the real table, measured as it is wrapped (a table that fits,
            # the usual case, is built once).
            self._table = self._build(self.rows, self.carry_in, self.carry_out)
            self.width, self.height = self._table.wrap(available_width, available_height)
            self._record(self._table._rowHeights)
            if self.height > available_height + 1e-6:
                self._table = None
            return self.width, self.height
        heights = self._heights()
        self.width, self.height = available_width, sum(heights)
        self._table = None
        if self.height <= available_height + 1e-6:
            self._table = self._build(self.rows, self.carry_in, self.carry_out, heights)
            self.width, self.height = self._table.wrap(available_width, available_height)
        return self.width, self.height

    def draw(self) -> None:
        assert self._table is not None
        self._table.drawOn(self.canv, 0, 0)

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        if not self.rows:
            return []
        self._measured(available_width)
        used = self.measure.header + (self.measure.carry if self.carry_in is not None else 0)
        room = available_height - used - (self.measure.carry if self.show_prices else 0)
        fitting = 0
        for row in self.rows:
            if (row.height or 0.0) > room:
                break
            room -= row.height or 0.0
            fitting += 1
        while fitting > 1 and self.rows[fitting - 1].kind == "text":
            fitting -= 1
        if fitting == 0 or fitting >= len(self.rows):
            return []
        carried = (self.carry_in or Decimal(0)) + sum(
            (row.counted for row in self.rows[:fitting]), Decimal(0)
        )
        carry = carried if self.show_prices else None

        def part(
            rows: Sequence[TableRow], carry_in: Decimal | None, carry_out: Decimal | None
        ) -> Any:
            return LineTable(
                columns=self.columns,
                header=self.header,
                rows=rows,
                carry_label=self.carry_label,
                show_prices=self.show_prices,
                carry_in=carry_in,
                carry_out=carry_out,
                measure=self.measure,
            )

        return [
            part(self.rows[:fitting], self.carry_in, carry),
            part(self.rows[fitting:], carry, self.carry_out),
        ]


# The EPC QR code -------------------------------------------------------------------------------


def epc_qr_code(payment: PaymentQr) -> Any:
    """The segno QR code of an EPC credit transfer, or None when the data cannot make one."""
    if payment.amount <= 0 or not payment.iban:
        return None
    try:
        return segno.helpers.make_epc_qr(
            name=payment.name[:70],
            iban=payment.iban.replace(" ", ""),
            amount=payment.amount,
            text=payment.text or None,
            bic=payment.bic.replace(" ", "") or None,
        )
    except ValueError:
        return None


class QrCodeFlowable(Flowable):  # type: ignore[misc]
    """A QR code drawn as vector squares (each row's runs of dark modules as one rectangle)."""

    def __init__(self, code: Any, *, size: float) -> None:
        super().__init__()
        self.matrix: list[bytearray] = [bytearray(row) for row in code.matrix]
        self.size = size
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        modules = len(self.matrix)
        quiet = 4  # modules of white border inside the drawn square (the EPC quiet zone)
        unit = self.size / (modules + 2 * quiet)
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColorRGB(0, 0, 0)
        path = canvas.beginPath()
        for y, row in enumerate(self.matrix):
            top = self.size - (y + quiet) * unit
            x = 0
            while x < modules:
                if row[x] & 1:
                    start = x
                    while x < modules and row[x] & 1:
                        x += 1
                    path.rect((start + quiet) * unit, top - unit, (x - start) * unit, unit)
                else:
                    x += 1
        canvas.drawPath(path, stroke=0, fill=1)
        canvas.restoreState()


# The document ------------------------------------------------------------------------------------


_LABELS: ContextVar[dict[str, str] | None] = ContextVar("labels", default=None)


def tr(text: str, /, **params: object) -> str:
    """:func:`meinbuero.i18n.tr`, unless the document being rendered gives its own label.

    A document's ``labels`` are keyed by the English source text (the one written here).
    """
    given = (_LABELS.get() or {}).get(text)
    if given is None:
        return i18n.tr(text, **params)
    return given.format(**params) if params else given


def _columns(document: PrintDocument) -> list[TableColumn]:
    items = [line for line in document.lines if line.kind == "item"]
    with_discount = document.show_prices and any(line.discount_percent for line in items)
    with_tax = document.show_prices and document.show_tax
    fixed: list[tuple[str, str, float, bool]] = [("position", tr("Item"), 10, False)]
    fixed.append(("name", tr("Item name"), 0, False))
    fixed.append(("quantity", tr("Qty"), 15, True))
    fixed.append(("unit", tr("Unit"), 14 if document.show_prices else 22, False))
    if document.show_prices:
        fixed.append(("unit_price", tr("Unit price"), 23, True))
        if with_discount:
            fixed.append(("discount", tr("Disc."), 13, True))
        if with_tax:
            fixed.append(("vat", tr("VAT"), 12, True))
        fixed.append(("amount", tr("Amount"), 24, True))
    name_width = TEXT_WIDTH - sum(width for _, _, width, _ in fixed)
    return [
        TableColumn(key, label, (width or name_width) * mm, right)
        for key, label, width, right in fixed
    ]


def _chunks(text: str, *, characters: int = 500, lines: int = 8) -> list[str]:
    """A long text in pieces small enough for a page each (a row cannot break inside)."""
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for line in _split_long_lines(text.splitlines(), characters):
        if current and (size + len(line) > characters or len(current) >= lines):
            pieces.append("\n".join(current))
            current, size = [], 0
        current.append(line)
        size += len(line)
    if current:
        pieces.append("\n".join(current))
    return pieces or [""]


def _split_long_lines(lines: Sequence[str], characters: int) -> list[str]:
    result: list[str] = []
    for line in lines:
        while len(line) > characters:
            cut = line.rfind(" ", 0, characters)
            cut = cut if cut > 0 else characters
            result.append(line[:cut])
            line = line[cut:].lstrip()
        result.append(line)
    return result


def _more_rows(pieces: Sequence[str], style: ParagraphStyle, width: int) -> list[TableRow]:
    """The rest of a long description, one row per piece, under its line."""
    empty: list[Any] = [""] * width
    return [
        TableRow("more", ["", Paragraph(markup(piece), style), *empty[2:]], Decimal(0))
        for piece in pieces
    ]


def _item_cells(
    line: PrintLine,
    columns: Sequence[TableColumn],
    styles: TextStyles,
    description: str,
) -> list[Any]:
    parts = [Paragraph(markup(line.name), styles.cell)]
    if line.optional:
        parts = [Paragraph(f"{markup(line.name)} <i>({escape(tr('optional'))})</i>", styles.cell)]
    if line.description:
        parts.append(Paragraph(markup(description), styles.description))
    values: dict[str, Any] = {
        "position": line.position,
        "name": parts,
        "quantity": quantity_text(line.quantity) if line.quantity is not None else "",
        "unit": printable(line.unit),
        "unit_price": unit_price_text(line.unit_price) if line.unit_price is not None else "",
        "discount": percent_text(line.discount_percent) if line.discount_percent else "",
        "vat": percent_text(line.vat_rate) if line.vat_rate is not None else "",
        "amount": "",
    }
    if line.net is not None:
        values["amount"] = f"({money(line.net)})" if line.optional else money(line.net)
    return [values[column.key] for column in columns]


def _rows(
    document: PrintDocument, columns: Sequence[TableColumn], styles: TextStyles
) -> list[TableRow]:
    rows: list[TableRow] = []
    empty = [""] * len(columns)
    for line in document.lines:
        if line.kind == "text":
            parts: list[Any] = []
            if line.name:
                parts.append(Paragraph(f"<b>{markup(line.name)}</b>", styles.cell))
            pieces = _chunks(line.description) if line.description else []
            if pieces:
                parts.append(Paragraph(markup(pieces[0]), styles.cell))
            rows.append(TableRow("text", ["", parts, *empty[2:]], Decimal(0)))
            rows += _more_rows(pieces[1:], styles.cell, len(columns))
        elif line.kind == "subtotal":
            if not document.show_prices:
                continue
            cells: list[Any] = ["", line.name or tr("Subtotal"), *empty[2:]]
            cells[-1] = money(line.net or Decimal(0))
            rows.append(TableRow("subtotal", cells, Decimal(0)))
        else:
            counted = line.net if line.net is not None and not line.optional else Decimal(0)
            pieces = _chunks(line.description)
            cells = _item_cells(line, columns, styles, pieces[0])
            rows.append(TableRow("item", cells, counted))
            rows += _more_rows(pieces[1:], styles.description, len(columns))
    return rows


def _totals(document: PrintDocument, styles: TextStyles) -> Table:
    data: list[list[str]] = []
    if document.show_tax:
        data.append([tr("Net amount"), money(document.net_total)])
        for line in document.breakdown:
            data.append(
                [
                    tr(
                        "plus {rate} VAT on {base}",
                        rate=percent_text(line.rate),
                        base=money(line.base),
                    ),
                    money(line.tax),
                ]
            )
    data.append([tr("Total amount"), money(document.gross_total)])
    return totals_table(data, label_width=78 * mm, after=document.after_total)


def totals_table(
    data: list[list[Any]],
    *,
    label_width: float,
    extra: Sequence[tuple[Any, ...]] = (),
    after: Sequence[tuple[str, Decimal]] = (),
) -> Table:
    """Label/amount rows at the right, the last one (the total) bold between rules;
    ``extra`` styles the rows between; ``after``: rows under the total ("Bereits gezahlt",
    "Zahlbetrag"), the last of them bold."""
    last = len(data) - 1
    style = [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), BODY_SIZE - 0.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), TEXT_COLOR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        *extra,
        ("FONTNAME", (0, last), (-1, last), BOLD),
        ("FONTSIZE", (0, last), (-1, last), BODY_SIZE + 0.5),
        ("TOPPADDING", (0, last), (-1, last), 4),
        ("BOTTOMPADDING", (0, last), (-1, last), 4),
        *([("LINEABOVE", (0, last), (-1, last), 0.6, MUTED)] if last else []),
        ("LINEBELOW", (0, last), (-1, last), 1.2, TEXT_COLOR),
    ]
    for label, amount in after:
        data.append([label, money(amount)])
    if after:
        style += [
            ("TOPPADDING", (0, last + 1), (-1, last + 1), 4),
            ("FONTNAME", (0, -1), (-1, -1), BOLD),
        ]
    return Table(data, colWidths=[label_width, 30 * mm], style=TableStyle(style), hAlign="RIGHT")


def _footer_beside_code(document: PrintDocument) -> bool:
    return bool(document.footer_text) and document.footer_text.count("\n") < 6


def _payment_block(document: PrintDocument, styles: TextStyles) -> tuple[list[Any], bool]:
    """The payment terms and the tax notes, with the GiroCode at their right when there is one;
    and whether the footer text went in beside the code."""
    texts_left: list[Any] = []
    if document.payment_terms:
        texts_left += [Paragraph(markup(document.payment_terms), styles.body), Spacer(1, 3 * mm)]
    for note in document.notes:
        texts_left += [Paragraph(markup(note), styles.body), Spacer(1, 2 * mm)]
    code = epc_qr_code(document.qr) if document.qr is not None else None
    if code is None:
        return texts_left, False
    beside = _footer_beside_code(document)
    if beside:
        # A short closing ("Mit freundlichen Grüßen") goes beside the code, where the page has
        # room, rather than alone onto a second page.
        texts_left += [Spacer(1, 3 * mm), Paragraph(markup(document.footer_text), styles.body)]
    return [beside_code(texts_left, code, caption=tr("Pay by code"), style=styles.caption)], beside


def beside_code(texts: list[Any], code: Any, *, caption: str, style: ParagraphStyle) -> Any:
    """``texts`` with the EPC QR code and its caption at their right, kept together."""
    qr = [QrCodeFlowable(code, size=QR_SIZE), Paragraph(escape(caption), style)]
    gap = 6 * mm
    table = Table(
        [[texts or "", qr]],
        colWidths=[TEXT_WIDTH * mm - QR_SIZE - gap, QR_SIZE + gap],
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), REGULAR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("LEFTPADDING", (1, 0), (1, 0), gap),
                ("TOPPADDING", (1, 0), (1, 0), -2.5 * mm),  # the code's own white border
            ]
        ),
        hAlign="LEFT",
    )
    return KeepTogether([table])


def sales_flowables(document: PrintDocument) -> list[Any]:
    """The flowing part of a sales document, below the address field."""
    token = _LABELS.set(document.labels)
    try:
        return _story(document)
    finally:
        _LABELS.reset(token)


def _story(document: PrintDocument) -> list[Any]:
    styles = text_styles()
    story: list[Any] = [Paragraph(markup(document.title), styles.title)]
    if document.subject:
        story.append(Paragraph(markup(document.subject), styles.subject))
    story.append(Spacer(1, 5 * mm))
    if document.header_text:
        story += [Paragraph(markup(document.header_text), styles.body), Spacer(1, 4 * mm)]
    if document.lines:
        columns = _columns(document)
        header = [
            Paragraph(escape(column.label), styles.header_right if column.right else styles.header)
            for column in columns
        ]
        story.append(
            LineTable(
                columns=columns,
                header=header,
                rows=_rows(document, columns, styles),
                carry_label=tr("Carried forward"),
                show_prices=document.show_prices,
            )
        )
    if document.show_prices:
        story += [Spacer(1, 3 * mm), KeepTogether([_totals(document, styles)])]
    story.append(Spacer(1, 6 * mm))
    payment, footer_done = _payment_block(document, styles)
    story += payment
    if document.footer_text and not footer_done:
        story += [Spacer(1, 3 * mm), Paragraph(markup(document.footer_text), styles.body)]
    return story


def render_sales_document(document: PrintDocument) -> bytes:
    """The document as a PDF on the DIN 5008 Form B page."""
    register_fonts()
    caption = " ".join(part for part in (document.title, document.number) if part)
    return render_letter(
        letterhead=document.letterhead,
        address=AddressField(
            return_line=document.return_line,
            recipient=document.address_lines,
            notes=document.address_notes,
        ),
        info=document.info,
        caption=caption,
        subject=document.subject,
        draft=document.draft,
        flowables=sales_flowables(document),
    )
