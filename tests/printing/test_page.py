"""The DIN 5008 page on its own: a letter, the letterhead's height, the logo, the footer."""

from __future__ import annotations

import io
from dataclasses import replace

import pdfplumber
from PIL import Image
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from meinbuero.printing.model import InfoItem, Letterhead
from meinbuero.printing.page import (
    REGULAR,
    AddressField,
    Din5008Document,
    PageSetup,
    footer_columns,
)
from tests.printing import documents

MM = 72 / 25.4


def letter(letterhead: Letterhead, paragraphs: int = 1) -> bytes:
    output = io.BytesIO()
    setup = PageSetup(
        letterhead=letterhead,
        address=AddressField(
            return_line="Muster GmbH · Hauptstraße 12 · 50667 Köln",
            recipient=("Herrn", "Max Mustermann", "Ringstraße 5", "10115 Berlin"),
            notes=("Einschreiben",),
        ),
        info=(InfoItem("Datum", "22.11.2026"),),
        caption="Mahnung",
    )
    style = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=14)
    text = "Sehr geehrter Herr Mustermann, leider haben wir noch keinen Zahlungseingang. " * 8
    Din5008Document(output, setup).render([Paragraph(text, style) for _ in range(paragraphs)])
    return output.getvalue()


def png_logo() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (400, 300), (200, 40, 40)).save(buffer, "PNG")
    return buffer.getvalue()


def test_a_letter_uses_the_same_page() -> None:
    with pdfplumber.open(io.BytesIO(letter(documents.LETTERHEAD, paragraphs=12))) as pdf:
        assert len(pdf.pages) >= 2
        first = pdf.pages[0]
        (recipient,) = first.search("Max Mustermann", regex=False)
        assert recipient["top"] >= 62.7 * MM and recipient["bottom"] <= 90 * MM
        (note,) = first.search("Einschreiben", regex=False)
        assert note["top"] >= 50 * MM and note["bottom"] <= 62.7 * MM
        second = pdf.pages[1].extract_text() or ""
        assert "Mahnung" in second and documents.LETTERHEAD.name in second
        body = [c for c in first.chars if c["text"] == "S" and c["size"] == 10]
        assert min(c["x0"] for c in body) >= 25 * MM - 0.01  # the left text margin


def test_the_letterhead_stays_above_the_address_field_with_or_without_a_logo() -> None:
    for head in [documents.LETTERHEAD, replace(documents.LETTERHEAD, logo_png=png_logo())]:
        with pdfplumber.open(io.BytesIO(letter(head))) as pdf:
            page = pdf.pages[0]
            above = [c for c in page.chars if c["top"] < 45 * MM]
            assert above and all(c["bottom"] <= 45 * MM for c in above)
            assert all(image["bottom"] <= 45 * MM for image in page.images)
            assert len(page.images) == (1 if head.logo_png else 0)


def test_the_footer_names_only_what_is_set() -> None:
    bare = Letterhead(name="Anna Schmidt Grafikdesign", street="Weg 1", postcode="12345",
                      city="Ort", iban="DE02370502990000684712")  # fmt: skip
    columns = footer_columns(bare)
    assert columns[0] == ["Anna Schmidt Grafikdesign", "Weg 1", "12345 Ort"]
    assert columns[1] == [] and columns[2] == []
    assert columns[3] == ["IBAN DE02 3705 0299 0000 6847 12"]
    full = [line for column in footer_columns(documents.LETTERHEAD) for line in column]
    for detail in ["Amtsgericht Köln, HRB 98765", "Kreissparkasse Köln", "BIC COKSDE33XXX"]:
        assert detail in full
    assert any("Jürgen Müller" in line for line in full)
    assert any("DE123456789" in line for line in full) and any(
        "214/5678/1234" in line for line in full
    )


def test_the_tax_office_is_named_once() -> None:
    def office_lines(name: str) -> list[str]:
        letterhead = Letterhead(name="Firma", tax_office=name)
        return [line for column in footer_columns(letterhead) for line in column if "Köln" in line]

    assert office_lines("Finanzamt Köln-Mitte") == ["Finanzamt Köln-Mitte"]
    assert office_lines("Köln-Mitte") == ["Finanzamt Köln-Mitte"]


def test_long_return_line_and_web_address_stay_in_their_places() -> None:
    from meinbuero.printing.sales import render_sales_document

    letterhead = replace(
        documents.LETTERHEAD,
        name="Keudel Bürotechnik und Büroeinrichtung GmbH",
        street="Fredi-Lorch-Platz 64",
        postcode="22029",
        city="Hamburg",
        website="https://www.keudel-buerotechnik-und-bueroeinrichtung.de/",
    )
    document = replace(
        documents.invoice(),
        letterhead=letterhead,
        return_line=f"{letterhead.name} · {letterhead.street} · 22029 Hamburg",
    )
    with pdfplumber.open(io.BytesIO(render_sales_document(document))) as pdf:
        page = pdf.pages[0]
        words = page.extract_words()
        returned = [w for w in words if 45 * MM <= w["top"] <= 50 * MM and w["x0"] < 105 * MM]
        assert returned[-1]["text"] == "Hamburg"  # the whole line, set smaller
        assert max(w["x1"] for w in returned) <= 105 * MM
        footer = [w for w in words if w["top"] > 270 * MM]
        web = next(w for w in footer if "keudel-buerotechnik" in w["text"])
        assert not web["text"].startswith("https")
        # The web address ends before the third column begins.
        third = min(w["x0"] for w in footer if w["text"].startswith("Amtsgericht"))
        assert web["x1"] < third
