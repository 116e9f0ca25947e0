"""The DIN 5008 Form B page (A4): letterhead, address window, info block, marks, footer.

Every business letter the program prints (invoices, quotes, letters, dunning letters) is built
on :class:`Din5008Document`, a reportlab ``BaseDocTemplate`` with two page templates: the first
page, whose text starts below the address field and the info block, and the continuation pages,
with a small header and a higher text frame. Positions are measured from the top left corner in
millimetres, as the norm gives them, and converted to reportlab's points from the bottom.

Fonts: the Bitstream Vera TTFs shipped with reportlab, embedded (subset) in every PDF; base-14
fonts are never used (PDF/A forbids fonts that are not embedded). Vera has every glyph of German
business text (ä ö ü ß € – „ “ § ² ³ …); a letter it lacks (e.g. "ő", "ś" in a customer's name)
is printed as its base letter by :func:`printable` rather than as an empty box.
"""

from __future__ import annotations

import functools
import io
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import reportlab
from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from meinbuero.i18n import tr
from meinbuero.printing.model import InfoItem, Letterhead

PAGE_WIDTH: float = A4[0]
PAGE_HEIGHT: float = A4[1]
mm = 72 / 25.4  # one millimetre in points

# Fonts, registered once per process.
REGULAR = "MeinBuero-Vera"
BOLD = "MeinBuero-Vera-Bold"
ITALIC = "MeinBuero-Vera-Italic"
BOLD_ITALIC = "MeinBuero-Vera-BoldItalic"
FAMILY = "MeinBuero-Vera-Family"
_FONT_FILES = {
    REGULAR: "Vera.ttf",
    BOLD: "VeraBd.ttf",
    ITALIC: "VeraIt.ttf",
    BOLD_ITALIC: "VeraBI.ttf",
}

# DIN 5008 Form B, in mm from the top left corner.
LEFT_MARGIN = 25.0
RIGHT_MARGIN = 20.0
TEXT_WIDTH = 210.0 - LEFT_MARGIN - RIGHT_MARGIN
LETTERHEAD_HEIGHT = 45.0
ADDRESS_LEFT = 20.0
ADDRESS_TOP = 45.0
ADDRESS_WIDTH = 85.0
RETURN_LINE_HEIGHT = 5.0
NOTES_HEIGHT = 12.7
RECIPIENT_TOP = ADDRESS_TOP + RETURN_LINE_HEIGHT + NOTES_HEIGHT  # 62.7
RECIPIENT_BOTTOM = ADDRESS_TOP + 45.0  # 90
RECIPIENT_LINES = 6
INFO_LEFT = 125.0
INFO_WIDTH = 75.0
INFO_LABEL_WIDTH = 30.0
FOLD_MARKS = (105.0, 210.0)
HOLE_MARK = 148.5
FIRST_TEXT_TOP = 98.46  # where the subject line starts in Form B
CONTINUATION_TEXT_TOP = 27.0
FOOTER_BOTTOM = 10.0

TEXT_COLOR = HexColor("#1a1a1a")
MUTED = HexColor("#555555")
RULE = HexColor("#9a9a9a")
DRAFT_GREY = Color(0.87, 0.87, 0.87)


def x_pt(millimetres: float) -> float:
    """A distance from the left edge, in points."""
    return millimetres * mm


def y_pt(millimetres: float) -> float:
    """A distance from the top edge (as DIN 5008 measures) as reportlab's y from the bottom."""
    return PAGE_HEIGHT - millimetres * mm


@functools.cache
def register_fonts() -> str:
    """Register the Vera TTFs as one family (once per process); returns the family name."""
    folder = Path(reportlab.__file__).parent / "fonts"
    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    pdfmetrics.registerFontFamily(
        FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    # Paragraph markup (<b>, <i>) looks fonts up by the regular face's name.
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    return FAMILY


@functools.cache
def _glyphs() -> frozenset[int]:
    register_fonts()
    font: Any = pdfmetrics.getFont(REGULAR)
    return frozenset(font.face.charToGlyph)


_SPACES = {"\u202f": "\u00a0", "\u2009": " ", "\u200b": ""}


def printable(text: str) -> str:
    """``text`` with every character the fonts lack replaced by its base letter (ő → o)."""
    glyphs = _glyphs()
    if all(ord(c) in glyphs or c in "\n\r\t" for c in text):
        return text
    result = []
    for char in text:
        if ord(char) in glyphs or char in "\n\r\t":
            result.append(char)
        elif char in _SPACES:
            result.append(_SPACES[char])
        else:
            base = "".join(
                c
                for c in unicodedata.normalize("NFKD", char)
                if ord(c) in glyphs and c.isprintable()
            )
            result.append(base or "?")
    return "".join(result)


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    *,
    font: str = REGULAR,
    size: float = 9,
    align: str = "left",
    color: Color = TEXT_COLOR,
) -> None:
    """One line of text at (x, y) in points (baseline), left, right or centre aligned."""
    canvas.setFont(font, size)
    canvas.setFillColor(color)
    text = printable(text)
    if align == "right":
        canvas.drawRightString(x, y, text)
    elif align == "center":
        canvas.drawCentredString(x, y, text)
    else:
        canvas.drawString(x, y, text)


def shrunk_size(text: str, font: str, size: float, width: float, *, smallest: float) -> float:
    """The largest size from ``size`` down to ``smallest`` (in quarter points) at which
    ``text`` fits ``width`` points; ``smallest`` when it fits at none."""
    while size > smallest and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 0.25
    return size


def short_url(url: str) -> str:
    """A website as printed: without "https://" and a trailing slash."""
    for scheme in ("https://", "http://"):
        if url.lower().startswith(scheme):
            url = url[len(scheme) :]
    return url.rstrip("/")


def fit_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` points (its own line breaks kept)."""
    lines: list[str] = []
    for paragraph in printable(text).splitlines() or [""]:
        lines.extend(simpleSplit(paragraph, font, size, width) or [""])
    return lines


def draw_fold_marks(canvas: Canvas) -> None:
    """Fold marks at 105 and 210 mm and the hole mark at 148.5 mm, in the left margin."""
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    for top in FOLD_MARKS:
        canvas.line(x_pt(3), y_pt(top), x_pt(8), y_pt(top))
    canvas.line(x_pt(3), y_pt(HOLE_MARK), x_pt(11), y_pt(HOLE_MARK))
    canvas.restoreState()


def draw_letterhead(canvas: Canvas, letterhead: Letterhead) -> None:
    """Company name large at the left, address and contact (or the logo) at the right.

    Everything stays above 45 mm, where the address field begins.
    """
    left, right = x_pt(LEFT_MARGIN), x_pt(210 - RIGHT_MARGIN)
    if letterhead.name_addition:
        draw_text(canvas, left, y_pt(27.5), letterhead.name_addition, size=9, color=MUTED)
    contact = [
        letterhead.street,
        " ".join(p for p in (letterhead.postcode, letterhead.city) if p),
        letterhead.country_name,
        (tr("Phone {number}", number=letterhead.phone) if letterhead.phone else ""),
        letterhead.email,
        short_url(letterhead.website),
    ]
    contact = [line for line in contact if line]
    top = 14.0
    logo_width = 0.0
    if letterhead.logo_png:
        image = ImageReader(io.BytesIO(letterhead.logo_png))
        width, height = image.getSize()
        scale = min(60 * mm / width, 16 * mm / height)
        canvas.drawImage(
            image,
            right - width * scale,
            y_pt(10) - height * scale,
            width * scale,
            height * scale,
            mask="auto",
        )
        top = 10 + height * scale / mm + 3.5
        logo_width = width * scale
        contact = contact[:4]  # below the logo: room for four lines
    room = int((LETTERHEAD_HEIGHT - 4 - top) / 3.5) + 1
    for index, line in enumerate(contact[:room]):
        draw_text(canvas, right, y_pt(top + index * 3.5), line, size=8, align="right", color=MUTED)
    # A long name is set smaller rather than into the contact lines at its right.
    beside = [line for index, line in enumerate(contact[:room]) if top + index * 3.5 < 26]
    contact_width = max(
        (pdfmetrics.stringWidth(printable(line), REGULAR, 8) for line in beside), default=0.0
    )
    contact_width = max(contact_width, logo_width)
    name = printable(letterhead.name)
    size = shrunk_size(name, BOLD, 18, right - left - contact_width - 5 * mm, smallest=11)
    draw_text(canvas, left, y_pt(22), letterhead.name, font=BOLD, size=size)


@dataclass(frozen=True)
class AddressField:
    """What the window of a DL envelope shows."""

    return_line: str
    recipient: Sequence[str]
    notes: Sequence[str] = ()  # "Einschreiben", "Persönlich" …


def draw_address_field(canvas: Canvas, address: AddressField) -> None:
    """The 85 × 45 mm field at 20 mm from the left, 45 mm from the top.

    5 mm return line (7 pt, underlined), 12.7 mm for notes, 27.3 mm for up to six lines of the
    recipient (10 pt on 12 pt leading: the first line's top at 64 mm, the sixth's bottom at
    88.7 mm, inside the window).
    """
    left = x_pt(ADDRESS_LEFT + 5)  # the text keeps 5 mm off the window's edge, like DIN 5008
    width = (ADDRESS_WIDTH - 5) * mm
    if address.return_line:
        # A long return line is set smaller (down to 5 pt) before anything is cut off.
        size = shrunk_size(printable(address.return_line), REGULAR, 7, width, smallest=5)
        line = fit_lines(address.return_line, REGULAR, size, width)[0]
        baseline = y_pt(ADDRESS_TOP + 3.6)
        draw_text(canvas, left, baseline, line, size=size, color=MUTED)
        canvas.saveState()
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.3)
        canvas.line(
            left,
            baseline - 1.3,
            left + pdfmetrics.stringWidth(line, REGULAR, size),
            baseline - 1.3,
        )
        canvas.restoreState()
    for index, note in enumerate(list(address.notes)[:3]):
        draw_text(
            canvas, left, y_pt(ADDRESS_TOP + RETURN_LINE_HEIGHT + 4 + index * 3.6), note, size=8
        )
    for index, line in enumerate(list(address.recipient)[:RECIPIENT_LINES]):
        fitted = fit_lines(line, REGULAR, 10, width)[0]
        draw_text(canvas, left, y_pt(RECIPIENT_TOP + 4) - index * 12, fitted, size=10)


INFO_SIZE = 8.5
INFO_LEADING = 11.5


def info_block_height(info: Sequence[InfoItem]) -> float:
    """The info block's height in mm."""
    rows = sum(len(_info_value_lines(item)) for item in info)
    return rows * INFO_LEADING / mm


def _info_value_lines(item: InfoItem) -> list[str]:
    return fit_lines(item.value, REGULAR, INFO_SIZE, (INFO_WIDTH - INFO_LABEL_WIDTH) * mm)


def draw_info_block(canvas: Canvas, info: Sequence[InfoItem]) -> None:
    """Label/value rows, 75 mm wide at 125 mm from the left, top aligned with the address."""
    label_x, value_x = x_pt(INFO_LEFT), x_pt(INFO_LEFT + INFO_LABEL_WIDTH)
    baseline = y_pt(ADDRESS_TOP + 3.6)
    for item in info:
        label = fit_lines(item.label, REGULAR, INFO_SIZE, (INFO_LABEL_WIDTH - 1) * mm)[0]
        draw_text(canvas, label_x, baseline, label, size=INFO_SIZE, color=MUTED)
        for line in _info_value_lines(item):
            draw_text(canvas, value_x, baseline, line, size=INFO_SIZE)
            baseline -= INFO_LEADING


FOOTER_SIZE = 6.5
FOOTER_LEADING = 8.0
FOOTER_COLUMNS = (0.23, 0.23, 0.25, 0.29)  # shares of the text width


def footer_columns(letterhead: Letterhead) -> list[list[str]]:
    """The company's details for the footer: address, contact, legal and tax, bank."""
    address = [
        letterhead.name,
        letterhead.name_addition,
        letterhead.street,
        " ".join(p for p in (letterhead.postcode, letterhead.city) if p),
        letterhead.country_name,
    ]
    contact = [
        tr("Phone {number}", number=letterhead.phone) if letterhead.phone else "",
        tr("Fax {number}", number=letterhead.fax) if letterhead.fax else "",
        letterhead.email,
        short_url(letterhead.website),
    ]
    legal = [
        tr("Owner: {name}", name=letterhead.owner) if letterhead.owner else "",
        (
            tr("Managing director: {name}", name=letterhead.managing_director)
            if letterhead.managing_director
            else ""
        ),
        ", ".join(p for p in (letterhead.register_court, letterhead.register_number) if p),
        tr("Tax no. {number}", number=letterhead.tax_number) if letterhead.tax_number else "",
        _tax_office(letterhead.tax_office),
        tr("VAT ID {number}", number=letterhead.vat_id) if letterhead.vat_id else "",
    ]
    bank = [
        letterhead.bank_name,
        # IBAN and BIC are the same words in every language
        f"IBAN {_group_iban(letterhead.iban)}" if letterhead.iban else "",
        f"BIC {letterhead.bic}" if letterhead.bic else "",
    ]
    return [[line for line in column if line] for column in (address, contact, legal, bank)]


def _group_iban(iban: str) -> str:
    compact = iban.replace(" ", "")
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _wrapped_footer(letterhead: Letterhead) -> list[list[str]]:
    columns = footer_columns(letterhead)
    wrapped = []
    for share, column in zip(FOOTER_COLUMNS, columns, strict=True):
        width = share * TEXT_WIDTH * mm - 2 * mm
        wrapped.append(
            [part for line in column for part in fit_lines(line, REGULAR, FOOTER_SIZE, width)]
        )
    return wrapped


def footer_height(letterhead: Letterhead) -> float:
    """The footer's height in mm, from the page's bottom edge to its rule."""
    rows = max((len(column) for column in _wrapped_footer(letterhead)), default=0)
    return FOOTER_BOTTOM + rows * FOOTER_LEADING / mm + 3


def draw_footer(canvas: Canvas, letterhead: Letterhead) -> None:
    """The company's details in four small columns under a thin rule."""
    columns = _wrapped_footer(letterhead)
    top = footer_height(letterhead)
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(x_pt(LEFT_MARGIN), y_pt(297 - top), x_pt(210 - RIGHT_MARGIN), y_pt(297 - top))
    canvas.restoreState()
    x = x_pt(LEFT_MARGIN)
    first_baseline = y_pt(297 - top) - 3 * mm
    for share, column in zip(FOOTER_COLUMNS, columns, strict=True):
        width = share * TEXT_WIDTH * mm - 2 * mm
        for index, line in enumerate(column):
            font = BOLD if index == 0 and column is columns[0] else REGULAR
            draw_text(
                canvas,
                x,
                first_baseline - index * FOOTER_LEADING,
                line,
                font=font,
                # A word longer than the column (a web address) is set smaller, not overlapped.
                size=shrunk_size(line, font, FOOTER_SIZE, width, smallest=4),
                color=MUTED,
            )
        x += share * TEXT_WIDTH * mm


def draw_continuation_header(canvas: Canvas, letterhead: Letterhead, caption: str) -> None:
    """The small header of page 2 and later: company name left, document and number right."""
    left, right = x_pt(LEFT_MARGIN), x_pt(210 - RIGHT_MARGIN)
    draw_text(canvas, left, y_pt(15), letterhead.name, font=BOLD, size=10)
    draw_text(canvas, right, y_pt(15), caption, size=9, align="right")
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(left, y_pt(17.5), right, y_pt(17.5))
    canvas.restoreState()


def draw_draft_mark(canvas: Canvas, text: str) -> None:
    """A large light grey diagonal word across the page ("ENTWURF")."""
    canvas.saveState()
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(55)
    size = 110.0
    while size > 30 and pdfmetrics.stringWidth(text, BOLD, size) > PAGE_HEIGHT * 0.8:
        size -= 5
    draw_text(canvas, 0, -size / 3, text, font=BOLD, size=size, align="center", color=DRAFT_GREY)
    canvas.restoreState()


@dataclass(frozen=True)
class PageSetup:
    """What the fixed parts of every page show."""

    letterhead: Letterhead
    address: AddressField
    info: Sequence[InfoItem] = ()
    caption: str = ""  # continuation pages: "Rechnung RE-2026-0001"
    draft: bool = False
    author: str = ""
    title: str = ""
    subject: str = ""
    extra_first_page: Callable[[Canvas], None] | None = field(default=None, compare=False)


def first_text_top(setup: PageSetup) -> float:
    """Where the text frame of the first page begins (mm from the top)."""
    info_bottom = ADDRESS_TOP + info_block_height(setup.info) + 6
    return max(FIRST_TEXT_TOP, RECIPIENT_BOTTOM + 6, info_bottom)


class NumberedCanvas(Canvas):  # type: ignore[misc]
    """A canvas that writes "Page n of m" on every page once it knows m (multi-page only).

    The pages are kept until :meth:`save`, then the numbers are drawn and the pages written
    (the usual reportlab recipe; no second rendering pass).
    """

    def __init__(
        self, *args: Any, number_position: tuple[float, float] = (0.0, 0.0), **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.number_position = number_position
        self._pages: list[dict[str, Any]] = []
        # Where each letter of a serial letter begins (page indexes): each counts on its own.
        self._group_starts: list[int] = [0]

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def start_group_on_next_page(self) -> None:
        """The next page begins another letter: "Seite 1 von n" again."""
        self._group_starts.append(len(self._pages) + 1)

    def save(self) -> None:
        starts = sorted(set(self._group_starts))
        for index, state in enumerate(self._pages):
            self.__dict__.update(state)
            start = max(s for s in starts if s <= index)
            end = min((s for s in starts if s > index), default=len(self._pages))
            number, count = index - start + 1, end - start
            if count > 1:
                x, y = self.number_position
                draw_text(
                    self,
                    x,
                    y,
                    tr("Page {page} of {pages}", page=number, pages=count),
                    size=7.5,
                    align="right",
                    color=MUTED,
                )
            Canvas.showPage(self)
        Canvas.save(self)


class Din5008Document(BaseDocTemplate):  # type: ignore[misc]
    """A DIN 5008 Form B letter: build it with a list of flowables.

    The first page draws letterhead, address field, info block, fold marks and footer; later
    pages a small header and the footer. ``on_first_page`` / ``on_later_page`` hooks of
    subclasses or callers (e.g. the sales table's carry-over) are called after the fixed parts.
    """

    def __init__(self, output: io.BytesIO, setup: PageSetup) -> None:
        register_fonts()
        self.setup = setup
        bottom = footer_height(setup.letterhead) + 7.5  # room for "Page n of m"
        super().__init__(
            output,
            pagesize=A4,
            leftMargin=x_pt(LEFT_MARGIN),
            rightMargin=RIGHT_MARGIN * mm,
            topMargin=CONTINUATION_TEXT_TOP * mm,
            bottomMargin=bottom * mm,
            title=setup.title,
            author=setup.author,
            subject=setup.subject,
            creator="meinbuero",
            initialFontName=REGULAR,
            initialFontSize=9,
            initialLeading=11,
            invariant=True,
        )
        self.number_position = (x_pt(210 - RIGHT_MARGIN), y_pt(297 - bottom + 5))
        width = TEXT_WIDTH * mm
        first_top = first_text_top(setup)
        first = Frame(
            x_pt(LEFT_MARGIN),
            bottom * mm,
            width,
            (297 - first_top - bottom) * mm,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="first",
        )
        later = Frame(
            x_pt(LEFT_MARGIN),
            bottom * mm,
            width,
            (297 - CONTINUATION_TEXT_TOP - bottom) * mm,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="later",
        )
        self.addPageTemplates(
            [
                PageTemplate(
                    id="First",
                    frames=[first],
                    onPage=self._first_page,
                    autoNextPageTemplate="Later",
                ),
                PageTemplate(id="Later", frames=[later], onPage=self._later_page),
            ]
        )

    def _common(self, canvas: Canvas) -> None:
        if self.setup.draft:
            draw_draft_mark(canvas, tr("DRAFT"))
        draw_fold_marks(canvas)
        draw_footer(canvas, self.setup.letterhead)

    def _first_page(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        self._common(canvas)
        draw_letterhead(canvas, self.setup.letterhead)
        draw_address_field(canvas, self.setup.address)
        draw_info_block(canvas, self.setup.info)
        if self.setup.extra_first_page is not None:
            self.setup.extra_first_page(canvas)
        canvas.restoreState()

    def _later_page(self, canvas: Canvas, document: BaseDocTemplate) -> None:
        canvas.saveState()
        self._common(canvas)
        draw_continuation_header(
            canvas, self.setup.letterhead, self.setup.caption or self.setup.letterhead.name
        )
        canvas.restoreState()

    def render(self, flowables: list[Any]) -> None:
        self.build(
            flowables,
            canvasmaker=functools.partial(NumberedCanvas, number_position=self.number_position),
        )


def render_letter(
    *,
    letterhead: Letterhead,
    address: AddressField,
    info: Sequence[InfoItem],
    caption: str,
    subject: str,
    draft: bool,
    flowables: list[Any],
) -> bytes:
    """A letter on the DIN 5008 page as PDF: ``caption`` heads its continuation pages and is
    the PDF's title."""
    setup = PageSetup(
        letterhead=letterhead,
        address=address,
        info=info,
        caption=caption,
        draft=draft,
        author=letterhead.name,
        title=caption,
        subject=subject,
    )
    output = io.BytesIO()
    Din5008Document(output, setup).render(flowables)
    return output.getvalue()


def _tax_office(name: str) -> str:
    """ "Finanzamt Köln-Mitte" as typed in Meine Firma, or "Köln-Mitte" with the word added."""
    if not name:
        return ""
    word = tr("Tax office {name}", name="").strip()
    return (
        name if name.casefold().startswith(word.casefold()) else tr("Tax office {name}", name=name)
    )
