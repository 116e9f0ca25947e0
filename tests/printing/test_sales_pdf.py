"""Sales documents as PDF, read back: the text, where it lies, the fonts, the QR code."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pdfplumber
import pikepdf
import pytest
import zxingcpp

from meinbuero.domain.money import TaxCategory, TaxLine
from meinbuero.i18n import tr
from meinbuero.printing.model import InfoItem, Letterhead, PrintDocument, PrintLine
from meinbuero.printing.page import printable
from meinbuero.printing.sales import (
    money,
    percent_text,
    quantity_text,
    render_sales_document,
    unit_price_text,
)
from tests.printing import documents

MM = 72 / 25.4
BASE_14 = {
    "Courier", "Courier-Bold", "Courier-Oblique", "Courier-BoldOblique", "Helvetica",
    "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", "Times-Roman", "Times-Bold",
    "Times-Italic", "Times-BoldItalic", "Symbol", "ZapfDingbats",
}  # fmt: skip
AMOUNT = r"(-?\d{1,3}(?:\.\d{3})*,\d{2})\s€"


def pages_text(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return [shown(page.extract_text() or "") for page in document.pages]


def shown(text: str) -> str:
    """Text as read back (a no-break space reads as a space)."""
    return text.replace("\u00a0", " ")


def german_amount(text: str) -> Decimal:
    return Decimal(text.replace(".", "").replace(",", "."))


def in_body(page: Any, text: str) -> list[dict[str, Any]]:
    """Where ``text`` occurs below the letterhead and above the footer."""
    return [f for f in page.search(text, regex=False) if 45 * MM <= f["top"] <= 250 * MM]


@pytest.fixture(scope="module")
def invoice_pdf() -> bytes:
    return render_sales_document(documents.invoice())


def test_the_invoice_shows_every_detail_paragraph_14_asks_for(invoice_pdf: bytes) -> None:
    (text,) = pages_text(invoice_pdf)
    head = documents.LETTERHEAD
    for detail in [
        head.name, head.street, f"{head.postcode} {head.city}",  # the seller
        *documents.RECIPIENT,  # the buyer
        head.vat_id, head.tax_number,  # tax number and VAT ID
        "22.11.2026", "RE-2026-0042",  # date, number
        "Lieferdatum 18.11.2026",  # service date
        "2,5 Std.", "Arbeitszeit Meister", "3 Stück", "Dichtungssatz DN 20",  # quantity, name
        "433,30 €", "39,90 €",  # net per rate
        "19 %", "82,33 €", "7 %", "2,79 €",  # rate and tax per rate
        "558,32 €",  # gross
        "Leistungszeitraum: 18.11.2026",  # a note
        "Zahlbar innerhalb von 14 Tagen",
    ]:  # fmt: skip
        assert detail in text, detail
    assert tr("plus {rate} VAT on {base}", rate="19 %", base="433,30 €") in text
    assert tr("Page {page} of {pages}", page=1, pages=1) not in text  # one page: no number


def test_the_address_lies_in_the_window_of_a_dl_envelope(invoice_pdf: bytes) -> None:
    document = documents.invoice()
    with pdfplumber.open(io.BytesIO(invoice_pdf)) as pdf:
        page = pdf.pages[0]
        for line in document.address_lines:
            (found,) = in_body(page, line)
            assert found["x0"] >= 20 * MM and found["x1"] <= 105 * MM, line
            assert found["top"] >= 62.7 * MM and found["bottom"] <= 90 * MM, line
        (found,) = page.search(document.return_line, regex=False)
        assert found["x0"] >= 20 * MM and found["x1"] <= 105 * MM
        assert found["top"] >= 45 * MM and found["bottom"] <= 50 * MM
        (found,) = page.search("Rechnungsnr.", regex=False)  # the info block
        assert found["x0"] >= 125 * MM - 0.01 and found["top"] >= 45 * MM
        letterhead = page.search(documents.LETTERHEAD.name, regex=False)[0]
        assert letterhead["bottom"] <= 45 * MM


def test_six_recipient_lines_still_fit_the_window() -> None:
    lines = ("Jäger & Co. KG", "Abteilung Einkauf", "z. Hd. Frau Jäger", "Postfach 12 34",
             "50999 Köln", "DEUTSCHLAND")  # fmt: skip
    pdf = render_sales_document(replace(documents.invoice(), address_lines=lines))
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        page = document.pages[0]
        for line in lines:
            (found,) = in_body(page, line)
            assert found["top"] >= 62.7 * MM and found["bottom"] <= 90 * MM, line


def test_a_long_invoice_continues_with_header_page_numbers_and_carry_over() -> None:
    document = documents.invoice(count=40)
    texts = pages_text(render_sales_document(document))
    assert len(texts) >= 2
    for number, text in enumerate(texts, start=1):
        assert tr("Page {page} of {pages}", page=number, pages=len(texts)) in text
    assert tr("Unit price") in texts[1] and tr("Qty") in texts[1]  # the header repeated
    assert "Rechnung RE-2026-0042" in texts[1]  # the continuation header
    carried = re.escape(tr("Carried forward"))
    first_page_lines = texts[0].splitlines()
    nets = [
        german_amount(match[2])
        for line in first_page_lines
        if (match := re.match(rf"^(\d+) .*\s{AMOUNT}$", line))
    ]
    (carry_out,) = [
        m[1] for line in first_page_lines if (m := re.match(rf"^{carried} {AMOUNT}$", line))
    ]
    assert len(nets) >= 5
    assert german_amount(carry_out) == sum(nets)
    carry_in = re.search(rf"^{carried} {AMOUNT}$", texts[1], re.MULTILINE)
    assert carry_in is not None and carry_in[1] == carry_out
    # every position printed once, the totals at the end
    positions = [
        int(match[1])
        for text in texts
        for line in text.splitlines()
        if (match := re.match(rf"^(\d+) .*\s{AMOUNT}$", line))
    ]
    assert positions == list(range(1, 41))
    assert shown(money(document.gross_total)) in texts[-1]


def test_the_delivery_note_shows_no_prices() -> None:
    (text,) = pages_text(render_sales_document(documents.delivery_note()))
    assert "€" not in text
    assert tr("Unit price") not in text and tr("Total amount") not in text
    assert "Wartung Gas-Brennwerttherme" in text and "2,5 Std." in text
    assert "LS-2026-0017" in text


def test_every_font_is_embedded_and_none_is_a_base_14_font() -> None:
    pdf = render_sales_document(documents.invoice(count=40, draft=True))
    checked = 0
    with pikepdf.open(io.BytesIO(pdf)) as document:
        for page in document.pages:
            for font in page.Resources.Font.values():
                fonts: list[Any] = [font]
                if font.Subtype == "/Type0":
                    fonts = list(font.DescendantFonts)
                for part in fonts:
                    assert str(part.BaseFont).lstrip("/").split("+")[-1] not in BASE_14
                    assert "/FontFile2" in part.FontDescriptor, part.BaseFont
                    checked += 1
    assert checked >= 6


def test_the_girocode_decodes_to_the_epc_payload() -> None:
    document = documents.invoice()
    pdf = render_sales_document(document)
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        image = opened.pages[0].to_image(resolution=300).original
    (barcode,) = zxingcpp.read_barcodes(image)
    lines = barcode.text.split("\n")
    assert lines[:3] == ["BCD", "002", "1"] or lines[:3] == ["BCD", "002", "2"]
    assert lines[3:8] == [
        "SCT", "COKSDE33XXX", "Muster Haustechnik GmbH", "DE02370502990000684712", "EUR558.32",
    ]  # fmt: skip
    assert lines[8:10] == ["", ""]  # no purpose, no structured reference
    assert lines[10] == "RE-2026-0042"
    text = pages_text(pdf)[0]
    assert tr("Pay by code") in text


def test_no_girocode_without_payment_data_or_for_a_credit() -> None:
    for document in [
        documents.invoice(qr=False),
        replace(documents.invoice(), qr=replace(documents.invoice().qr, amount=Decimal("-5"))),  # type: ignore[type-var]
    ]:
        text = pages_text(render_sales_document(document))[0]
        assert tr("Pay by code") not in text


def large_chars(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "".join(c["text"] for page in document.pages for c in page.chars if c["size"] > 40)


def test_a_draft_is_marked_on_every_page() -> None:
    draft = render_sales_document(documents.invoice(count=40, draft=True))
    with pdfplumber.open(io.BytesIO(draft)) as document:
        for page in document.pages:
            marked = "".join(c["text"] for c in page.chars if c["size"] > 40)
            assert sorted(marked) == sorted(tr("DRAFT"))
    assert large_chars(render_sales_document(documents.invoice())) == ""


def test_a_kleinunternehmer_invoice_has_no_vat_column_and_the_note() -> None:
    note = "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet."
    lines = tuple(replace(line, vat_rate=None) for line in documents.item_lines(3))
    net = sum((line.net or Decimal(0) for line in lines), Decimal(0))
    document = replace(
        documents.invoice(),
        lines=lines,
        show_tax=False,
        net_total=net,
        tax_total=Decimal("0.00"),
        gross_total=net,
        breakdown=(TaxLine(TaxCategory.EXEMPT, Decimal(0), net, Decimal("0.00")),),
        notes=(note,),
    )
    (text,) = pages_text(render_sales_document(document))
    (header,) = [line for line in text.splitlines() if tr("Unit price") in line]
    assert tr("VAT") not in header.split()
    assert note in text
    assert tr("Net amount") not in text and "USt. auf" not in text and " VAT on " not in text
    assert f"{tr('Total amount')} {shown(money(net))}" in text


def test_text_lines_subtotals_discounts_and_optional_items() -> None:
    items = documents.item_lines(3)
    discounted = replace(items[1], discount_percent=Decimal("10"), net=Decimal("176.63"))
    lines = [
        PrintLine(kind="text", name="Bauabschnitt 1", description="Keller und Erdgeschoss"),
        items[0],
        discounted,
        PrintLine(kind="subtotal", net=items[0].net + discounted.net),  # type: ignore[operator]
        replace(items[2], position="3", optional=True),
    ]
    document = documents.invoice(lines)
    (text,) = pages_text(render_sales_document(document))
    assert "Bauabschnitt 1" in text and "Keller und Erdgeschoss" in text
    assert f"{tr('Subtotal')} {shown(money(Decimal('365.63')))}" in text
    assert tr("Disc.") in text and "10 %" in text
    assert f"({shown(money(Decimal('13.05')))})" in text and f"({tr('optional')})" in text
    assert shown(money(document.net_total)) in text
    assert document.net_total == Decimal("365.63")  # the optional item does not count


def test_without_discounts_there_is_no_discount_column(invoice_pdf: bytes) -> None:
    (text,) = pages_text(invoice_pdf)
    (header,) = [line for line in text.splitlines() if tr("Unit price") in line]
    assert tr("Disc.") not in header


def test_the_same_document_gives_the_same_bytes() -> None:
    document = documents.invoice(count=12)
    assert render_sales_document(document) == render_sales_document(document)


def test_german_formats() -> None:
    assert money(Decimal("1234.5")) == "1.234,50\u00a0€"
    assert money(Decimal("-0.5")) == "-0,50\u00a0€"
    assert quantity_text(Decimal("2.000")) == "2"
    assert quantity_text(Decimal("1.500")) == "1,5"
    assert quantity_text(Decimal("0.333")) == "0,333"
    assert quantity_text(Decimal("1000")) == "1.000"
    assert unit_price_text(Decimal("12.5000")) == "12,50\u00a0€"
    assert unit_price_text(Decimal("0.1234")) == "0,1234\u00a0€"
    assert unit_price_text(Decimal("1.125")) == "1,125\u00a0€"
    assert percent_text(Decimal("19.00")) == "19\u00a0%"
    assert percent_text(Decimal("2.5")) == "2,5\u00a0%"


def test_letters_the_font_lacks_print_as_their_base_letter() -> None:
    assert printable("Bäckerei Öz & Söhne – „Straße“ § 2 € ²") == (
        "Bäckerei Öz & Söhne – „Straße“ § 2 € ²"
    )
    assert printable("Ősz Dvořák, Łódź") == "Osz Dvorák, Łódz"
    text = pages_text(
        render_sales_document(replace(documents.invoice(), address_lines=("Ősz Dvořák",)))
    )[0]
    assert "Osz Dvorák" in text


def test_a_description_longer_than_a_page_continues_on_the_next() -> None:
    long_text = "\n".join(
        f"Arbeitsschritt {n}: Leitungen geprüft und dokumentiert" for n in range(140)
    )
    lines = documents.item_lines(3)
    lines[1] = replace(lines[1], description=long_text + " " + "sehr lang " * 400)
    texts = pages_text(render_sales_document(documents.invoice(lines)))
    assert len(texts) >= 3
    joined = "\n".join(texts)
    for n in (0, 70, 139):
        assert f"Arbeitsschritt {n}: Leitungen" in joined
    assert joined.count("Arbeitszeit Meister") == 1
    assert shown(money(documents.invoice(lines).gross_total)) in texts[-1]


def test_a_label_given_by_the_caller_replaces_the_fixed_word() -> None:
    document = replace(documents.invoice(), labels={"Qty": "Anzahl", "Total amount": "Summe"})
    (text,) = pages_text(render_sales_document(document))
    assert "Anzahl" in text and "Summe 558,32 €" in text


def test_a_bare_document_renders() -> None:
    document = PrintDocument(
        title="Angebot",
        letterhead=Letterhead(name="Ein-Mann-Firma"),
        return_line="",
        address_lines=(),
        info=(),
        subject="",
        header_text="",
        lines=(),
        footer_text="",
    )
    (text,) = pages_text(render_sales_document(document))
    assert "Angebot" in text and "Ein-Mann-Firma" in text


def test_markup_characters_print_as_typed() -> None:
    lines = [replace(documents.item_lines(1)[0], name="Schrauben <M8> & Muttern <b>")]
    (text,) = pages_text(render_sales_document(documents.invoice(lines)))
    assert "Schrauben <M8> & Muttern <b>" in text


def test_a_long_info_block_pushes_the_text_down() -> None:
    info = tuple(InfoItem(f"Feld {n}", f"Wert {n}") for n in range(12))
    pdf = render_sales_document(replace(documents.invoice(), info=info))
    with pdfplumber.open(io.BytesIO(pdf)) as opened:
        page = opened.pages[0]
        (last,) = page.search("Wert 11", regex=False)
        (title,) = in_body(page, "Rechnung")
        assert title["top"] > last["bottom"]
