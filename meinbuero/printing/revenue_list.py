"""A list on A4 landscape: title, a table whose header repeats on every page, a sum row, notes
below, "Seite 2 von 3" at the foot. The Umsatzliste is printed with it; the texts come ready
made (German numbers and dates) from the service."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from meinbuero.printing.page import (
    BOLD,
    MUTED,
    REGULAR,
    RULE,
    TEXT_COLOR,
    mm,
    printable,
    register_fonts,
)

HEADER_BACKGROUND = "#eeeeee"
MARGIN = 15 * mm
SIZE = 7.5


@dataclass(frozen=True)
class ListPage:
    """What the list shows: ``widths`` are shares of the table's width; ``numeric`` columns are
    right-aligned."""

    title: str
    subtitle: str
    headers: Sequence[str]
    rows: Sequence[Sequence[str]]
    widths: Sequence[float]
    numeric: frozenset[int] = frozenset()
    sums: Sequence[str] | None = None
    notes: Sequence[str] = field(default_factory=tuple)
    warning: str = ""
    page_label: str = "Page {page} of {pages}"
    author: str = ""


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Keeps the pages until the end to write "Seite n von m" on each."""

    def __init__(self, *args: Any, label: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._label = label
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.setFont(REGULAR, 7)
            self.setFillColor(MUTED)
            width, _height = self._pagesize
            self.drawRightString(
                width - MARGIN, 8 * mm, printable(self._label.format(page=number, pages=total))
            )
            super().showPage()
        super().save()


def render_list(page: ListPage) -> bytes:
    """The list as a PDF (fonts embedded)."""
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12, textColor=TEXT_COLOR)
    title = ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=14, leading=18)
    cell = ParagraphStyle("cell", parent=body, fontSize=SIZE, leading=9.5, alignment=TA_LEFT)
    right = ParagraphStyle("right", parent=cell, alignment=TA_RIGHT)
    head = ParagraphStyle("head", parent=cell, fontName=BOLD)
    head_right = ParagraphStyle("head_right", parent=head, alignment=TA_RIGHT)
    warning = ParagraphStyle("warning", parent=body, fontName=BOLD, textColor="#8e1b1b")

    def text(value: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(escape(printable(value)), style)

    def styled(values: Sequence[str], plain: ParagraphStyle, numeric: ParagraphStyle) -> list[Any]:
        return [
            text(value, numeric if index in page.numeric else plain)
            for index, value in enumerate(values)
        ]

    buffer = io.BytesIO()
    size = landscape(A4)
    document = SimpleDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=printable(page.title),
        author=printable(page.author),
    )
    table_width = size[0] - 2 * MARGIN
    data: list[list[Any]] = [styled(page.headers, head, head_right)]
    data += [styled(row, cell, right) for row in page.rows]
    if page.sums is not None:
        bold_cell = ParagraphStyle("bold", parent=cell, fontName=BOLD)
        bold_right = ParagraphStyle("bold_right", parent=right, fontName=BOLD)
        data.append(styled(page.sums, bold_cell, bold_right))
    table = Table(
        data,
        colWidths=[share * table_width for share in page.widths],
        repeatRows=1,
    )
    commands: list[Any] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BACKGROUND),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if page.sums is not None:
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, TEXT_COLOR))
    table.setStyle(TableStyle(commands))
    story: list[Any] = [text(page.title, title), text(page.subtitle, body), Spacer(1, 4 * mm)]
    story.append(table)
    story.append(Spacer(1, 5 * mm))
    story += [text(note, body) for note in page.notes]
    if page.warning:
        story.append(Spacer(1, 2 * mm))
        story.append(text(page.warning, warning))

    def canvas_maker(*args: Any, **kwargs: Any) -> Canvas:
        return _NumberedCanvas(*args, label=page.page_label, **kwargs)

    document.build(story, canvasmaker=canvas_maker)
    return buffer.getvalue()


__all__ = ["ListPage", "render_list"]
