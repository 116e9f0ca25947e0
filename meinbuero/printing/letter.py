"""Letters on the DIN 5008 Form B page: subject (bold), text, closing and the signature name.

One letter is :func:`render_letter`; a serial letter (:func:`render_letters`) is one PDF in which
every recipient's letter begins on a first page of its own (letterhead, address field, info
block) and numbers its pages on its own ("Seite 2 von 3").
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    ActionFlowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
)

from meinbuero.printing.model import InfoItem, Letterhead
from meinbuero.printing.page import (
    BOLD,
    REGULAR,
    TEXT_COLOR,
    AddressField,
    Din5008Document,
    PageSetup,
    register_fonts,
)
from meinbuero.printing.sales import markup

BODY_SIZE = 10.5
LEADING = 14.5


@dataclass(frozen=True)
class PrintLetter:
    """A letter as printed; every text final (placeholders filled, German)."""

    letterhead: Letterhead
    return_line: str
    address_lines: tuple[str, ...]
    info: tuple[InfoItem, ...]
    subject: str
    body: str
    closing: str
    signature: str
    caption: str = ""  # the continuation pages' header: "Brief vom 06.12.2026"
    draft: bool = False


def _paragraphs(text: str) -> list[str]:
    """The text's paragraphs: split at blank lines, the single line breaks kept."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if line.strip():
            current.append(line.rstrip())
        elif current:
            paragraphs.append("\n".join(current))
            current = []
    if current:
        paragraphs.append("\n".join(current))
    return paragraphs


def _styles() -> tuple[ParagraphStyle, ParagraphStyle]:
    body = ParagraphStyle(
        "letter_body",
        fontName=REGULAR,
        fontSize=BODY_SIZE,
        leading=LEADING,
        textColor=TEXT_COLOR,
        spaceAfter=LEADING,  # one blank line between paragraphs (DIN 5008)
    )
    subject = ParagraphStyle("letter_subject", parent=body, fontName=BOLD, spaceAfter=0)
    return body, subject


def letter_flowables(letter: PrintLetter) -> list[Any]:
    """The flowing part of a letter, below the address field and the info block."""
    body, subject = _styles()
    story: list[Any] = []
    if letter.subject:
        # DIN 5008: the subject, then two blank lines before the salutation.
        story += [Paragraph(markup(letter.subject), subject), Spacer(1, 2 * LEADING)]
    for paragraph in _paragraphs(letter.body):
        story.append(Paragraph(markup(paragraph), body))
    ending: list[Any] = []
    if letter.closing:
        ending.append(Paragraph(markup(letter.closing), body))
    if letter.signature:
        # Room for the handwritten signature (three lines), then the name.
        ending += [Spacer(1, 2 * LEADING), Paragraph(markup(letter.signature), body)]
    if ending:
        story.append(KeepTogether(ending))
    return story


def _setup(letter: PrintLetter) -> PageSetup:
    return PageSetup(
        letterhead=letter.letterhead,
        address=AddressField(return_line=letter.return_line, recipient=letter.address_lines),
        info=letter.info,
        caption=letter.caption,
        draft=letter.draft,
        author=letter.letterhead.name,
        title=letter.subject or letter.caption,
        subject=letter.subject,
    )


class _NextLetter(ActionFlowable):  # type: ignore[misc]
    """Switches the page's fixed parts to the next recipient; its pages count anew."""

    def __init__(self, setup: PageSetup) -> None:
        super().__init__()
        self.setup = setup

    def apply(self, document: Din5008Document) -> None:
        document.setup = self.setup
        document.canv.start_group_on_next_page()


def render_letters(letters: Sequence[PrintLetter]) -> bytes:
    """One PDF of the letters, each beginning on a first page of its own."""
    if not letters:
        raise ValueError("no letters")
    register_fonts()
    output = io.BytesIO()
    document = Din5008Document(output, _setup(letters[0]))
    story: list[Any] = letter_flowables(letters[0])
    for letter in letters[1:]:
        story += [
            _NextLetter(_setup(letter)),
            NextPageTemplate("First"),
            PageBreak(),
            *letter_flowables(letter),
        ]
    document.render(story)
    return output.getvalue()


def render_letter(letter: PrintLetter) -> bytes:
    """The letter as a PDF on the DIN 5008 Form B page."""
    return render_letters([letter])


__all__ = ["PrintLetter", "letter_flowables", "render_letter", "render_letters"]
