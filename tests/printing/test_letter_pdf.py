"""The letter on the DIN 5008 page: a serial letter numbers each recipient's pages on its own."""

from __future__ import annotations

import io

import pdfplumber

from meinbuero.printing.letter import PrintLetter, render_letter, render_letters
from meinbuero.printing.model import InfoItem
from tests.printing import documents

MM = 72 / 25.4


def letter(name: str, paragraphs: int) -> PrintLetter:
    return PrintLetter(
        letterhead=documents.LETTERHEAD,
        return_line="Muster Haustechnik GmbH · Hauptstraße 12 · 50667 Köln",
        address_lines=(name, "Ringstraße 5", "10115 Berlin"),
        info=(InfoItem("Datum", "06.12.2026"),),
        subject=f"Brief an {name}",
        body="Sehr geehrte Damen und Herren,\n\n"
        + "\n\n".join("Ein Absatz mit etwas Text darin. " * 14 for _ in range(paragraphs)),
        closing="Mit freundlichen Grüßen",
        signature="Eva Schreiber",
        caption=f"{name} · 06.12.2026",
    )


def page_texts(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        return [page.extract_text() or "" for page in opened.pages]


def test_each_letter_of_a_serial_letter_counts_its_own_pages() -> None:
    single = page_texts(render_letter(letter("Erste GmbH", 9)))
    assert len(single) == 2
    pages = page_texts(render_letters([letter("Erste GmbH", 9), letter("Zweite KG", 9)]))
    assert len(pages) == 4
    assert ["Seite 1 von 2" in t for t in pages] == [True, False, True, False]
    assert ["Seite 2 von 2" in t for t in pages] == [False, True, False, True]
    assert "Brief an Erste GmbH" in pages[0] and "Brief an Zweite KG" in pages[2]
    assert "Zweite KG · 06.12.2026" in pages[3]  # the continuation header of the second
    assert all("von 4" not in t for t in pages)


def test_closing_and_signature_close_the_letter() -> None:
    with pdfplumber.open(io.BytesIO(render_letter(letter("Erste GmbH", 1)))) as opened:
        page = opened.pages[0]
        (closing,) = page.search("Mit freundlichen Grüßen", regex=False)
        (name,) = page.search("Eva Schreiber", regex=False)
        (recipient,) = page.search("Erste GmbH", regex=False)[:1]
    assert name["top"] - closing["bottom"] >= 10 * MM  # room for the handwritten signature
    assert closing["x0"] == name["x0"] >= 25 * MM - 0.01
    assert recipient["top"] >= 45 * MM and recipient["bottom"] <= 90 * MM
