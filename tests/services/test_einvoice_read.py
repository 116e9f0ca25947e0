"""Reading e-invoices: public samples (CII and UBL, XRechnung and ZUGFeRD/Factur-X) read to the
totals the files state; damaged, foreign and hostile files refused with one German sentence;
filing into the Dokumente with the PDF rendering; suppliers matched or made."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from lxml import etree  # type: ignore[import-untyped]  # no stubs pinned
from sqlalchemy import select

from meinbuero.services import documents
from meinbuero.services.customers import CustomerInput, save_customer
from meinbuero.services.einvoice import incoming, suppliers
from meinbuero.services.einvoice.read import (
    UnreadableEInvoice,
    read_einvoice,
    read_einvoice_file,
)
from meinbuero.services.einvoice.read_view import json_data, render_pdf
from meinbuero.store.database import Database
from meinbuero.store.models import Customer, CustomerGroup
from tests.conftest import SHARED_TESTDATA

DATA = Path(__file__).resolve().parents[1] / "data" / "einvoice"
INVOICES = [
    "facturx__factur-x-minimum.xml",
    "facturx__factur-x-basicwl.xml",
    "facturx__factur-x-basic.xml",
    "facturx__factur-x-en16931.xml",
    "facturx__factur-x-extended.xml",
    "facturx__ubl-21-en16931.xml",
    "facturx__invoice_EN16931.pdf",
    "xrechnung-ubl-invoice.xml",
    "xrechnung-ubl-creditnote.xml",
    "xrechnung-cii.xml",
    "zugferd-en16931.pdf",
]
# Where each syntax states its totals (BT-106, BT-109, BT-110, BT-112, BT-113, BT-115).
STATED = {
    "CII": {
        "line_total": "LineTotalAmount",
        "tax_basis": "TaxBasisTotalAmount",
        "tax": "TaxTotalAmount",
        "grand_total": "GrandTotalAmount",
        "prepaid": "TotalPrepaidAmount",
        "payable": "DuePayableAmount",
    },
    "UBL": {
        "line_total": "LineExtensionAmount",
        "tax_basis": "TaxExclusiveAmount",
        "grand_total": "TaxInclusiveAmount",
        "prepaid": "PrepaidAmount",
        "payable": "PayableAmount",
    },
}


def _embedded(path: Path) -> bytes:
    with pikepdf.open(path) as pdf:
        return bytes(pdf.attachments["factur-x.xml"].get_file().read_bytes())


def stated_totals(path: Path, syntax: str) -> dict[str, Decimal]:
    """The totals as the file writes them, read with a plain XPath of the test's own."""
    xml = _embedded(path) if path.suffix == ".pdf" else path.read_bytes()
    root = etree.fromstring(xml)
    summary = (
        "SpecifiedTradeSettlementHeaderMonetarySummation"
        if syntax == "CII"
        else "LegalMonetaryTotal"
    )
    found = {}
    for key, element in STATED[syntax].items():
        values = root.xpath(f"//*[local-name()='{summary}']/*[local-name()='{element}']/text()")
        if values:
            found[key] = Decimal(values[0].strip())
    if syntax == "UBL":
        taxes = root.xpath("/*/*[local-name()='TaxTotal']/*[local-name()='TaxAmount']/text()")
        if taxes:
            found["tax"] = Decimal(taxes[0].strip())
    return found


@pytest.mark.parametrize("name", INVOICES)
def test_each_sample_reads_to_the_totals_it_states(name: str) -> None:
    invoice = read_einvoice_file(DATA / name)

    stated = stated_totals(DATA / name, invoice.syntax)
    assert stated, "the test found no totals in the file"
    for key, value in stated.items():
        assert getattr(invoice.totals, key) == value, key
    if invoice.lines:
        assert sum((line.net for line in invoice.lines), Decimal(0)) == invoice.totals.line_total
    if invoice.tax_breakdown and invoice.totals.tax is not None:
        assert sum((row.amount for row in invoice.tax_breakdown), Decimal(0)) == invoice.totals.tax
    assert invoice.number and invoice.seller.name and invoice.buyer.name
    assert isinstance(invoice.issue_date, date)
    assert all(isinstance(line.net, Decimal) for line in invoice.lines)


def test_shared_samples_read_to_their_totals() -> None:
    folder = SHARED_TESTDATA / "einvoice"
    files = sorted(folder.glob("*.xml")) + sorted(folder.glob("*.pdf")) if folder.is_dir() else []
    if not files:
        pytest.skip(f"no e-invoice samples in {folder}")
    for path in files:
        invoice = read_einvoice_file(path)
        for key, value in stated_totals(path, invoice.syntax).items():
            assert getattr(invoice.totals, key) == value, (path.name, key)


def test_xrechnung_ubl_invoice_in_detail() -> None:
    invoice = read_einvoice_file(DATA / "xrechnung-ubl-invoice.xml")

    assert invoice.format_name == "XRechnung UBL"
    assert (invoice.type_code, invoice.type_name) == ("380", "Rechnung")
    assert invoice.number == "ES-2026-0815"
    assert (invoice.issue_date, invoice.due_date) == (date(2026, 12, 1), date(2026, 12, 31))
    assert invoice.delivery_date == date(2026, 11, 28)
    assert invoice.buyer_reference == "04011000-12345-67"
    assert invoice.seller.name == "Elektro Sonnenschein GmbH"
    assert invoice.seller.trading_name == "Elektro Sonnenschein"
    assert invoice.seller.vat_id == "DE136695976"
    assert invoice.seller.contact_name == "Petra Sonnenschein"
    assert invoice.buyer.additional_street == "Amt für Gebäudewirtschaft"
    first = invoice.lines[0]
    assert (first.quantity, first.unit_code, first.unit_name) == (Decimal(8), "HUR", "Stunde")
    assert (first.unit_price, first.net, first.category, first.rate) == (
        Decimal("65.00"),
        Decimal("520.00"),
        "S",
        Decimal(19),
    )
    assert [(a.charge, a.amount, a.reason) for a in invoice.allowances_charges] == [
        (False, Decimal("20.00"), "Treuerabatt"),
        (True, Decimal("9.50"), "Versandkosten"),
    ]
    assert [(r.rate, r.base, r.amount) for r in invoice.tax_breakdown] == [
        (Decimal(19), Decimal("554.00"), Decimal("105.26")),
        (Decimal(7), Decimal("39.90"), Decimal("2.79")),
    ]
    totals = invoice.totals
    assert (totals.allowances, totals.charges) == (Decimal("20.00"), Decimal("9.50"))
    assert totals.line_total is not None and totals.tax_basis is not None
    assert totals.allowances is not None and totals.charges is not None
    assert totals.line_total - totals.allowances + totals.charges == totals.tax_basis
    means = invoice.payment_means[0]
    assert (means.iban, means.bic, means.account_holder) == (
        "DE02120300000000202051",
        "BYLADEM1001",
        "Elektro Sonnenschein GmbH",
    )
    assert [(s.days, s.percent) for s in invoice.skonto] == [(10, Decimal(2))]
    assert invoice.payment_terms == "Zahlbar innerhalb von 30 Tagen ohne Abzug."
    assert invoice.notes == ("Vielen Dank für Ihren Auftrag.",)


def test_credit_note_and_cii_final_invoice() -> None:
    credit = read_einvoice_file(DATA / "xrechnung-ubl-creditnote.xml")
    assert (credit.type_code, credit.type_name, credit.is_credit_note) == (
        "381",
        "Gutschrift",
        True,
    )
    assert [(p.number, p.issue_date) for p in credit.preceding_invoices] == [
        ("ES-2026-0815", date(2026, 12, 1))
    ]
    assert credit.lines[0].quantity == Decimal(10)

    final = read_einvoice_file(DATA / "xrechnung-cii.xml")
    assert final.format_name == "XRechnung CII"
    assert final.seller.tax_number == "143/815/08150"
    assert final.seller.vat_id == "DE811569869"
    assert final.totals.prepaid == Decimal("100.00")
    assert final.totals.grand_total - final.totals.prepaid == final.totals.payable
    assert [(s.days, s.percent, s.base) for s in final.skonto] == [
        (7, Decimal(3), Decimal("816.25")),
        (14, Decimal(2), Decimal("816.25")),
    ]
    assert final.preceding_invoices[0].number == "2026-090"
    assert final.lines[0].quantity == Decimal("2.5")


def test_the_pdf_gives_the_same_invoice_as_its_xml() -> None:
    from_pdf = read_einvoice_file(DATA / "zugferd-en16931.pdf")
    from_xml = read_einvoice(from_pdf.xml)

    assert from_pdf.from_pdf and not from_xml.from_pdf
    assert from_pdf.format_name == "ZUGFeRD/Factur-X EN 16931"
    assert (from_pdf.lines, from_pdf.totals, from_pdf.seller) == (
        from_xml.lines,
        from_xml.totals,
        from_xml.seller,
    )


def _refused(content: bytes, name: str = "Rechnung.xml") -> str:
    with pytest.raises(UnreadableEInvoice) as raised:
        read_einvoice(content, name=name)
    return str(raised.value)


def test_damaged_foreign_and_old_files_get_one_german_sentence() -> None:
    xml = (DATA / "xrechnung-ubl-invoice.xml").read_bytes()
    cut = _refused(xml[: len(xml) // 2])
    assert cut.startswith("„Rechnung.xml“ ist keine lesbare XML-Datei")
    assert "Zeile" in cut
    assert "ist leer" in _refused(b"  \n")
    assert "keine E-Rechnung" in _refused((DATA / "facturx__order-x-basic.xml").read_bytes())
    assert "keine E-Rechnung" in _refused(b"<html><body>Hallo</body></html>")
    assert "ZUGFeRD 1.0" in _refused((DATA / "facturx__zugferd-basic.xml").read_bytes())
    assert "weder XML noch PDF" in _refused(b"PK\x03\x04 a zip file", "Rechnung.zip")
    missing = xml.replace(b'<cbc:PayableAmount currencyID="EUR">701.95</cbc:PayableAmount>', b"")
    assert "unvollständig" in _refused(missing) and "Zahlbetrag" in _refused(missing)
    wrong = xml.replace(b">701.95</cbc:PayableAmount>", b">701,95</cbc:PayableAmount>")
    assert "„701,95“ ist keine Zahl" in _refused(wrong)
    for message in (cut, _refused(missing), _refused(wrong)):
        assert "\n" not in message and "Traceback" not in message


def test_pdfs_without_invoice_or_damaged_are_refused(tmp_path: Path) -> None:
    plain = render_pdf(read_einvoice_file(DATA / "xrechnung-cii.xml"))
    assert "ohne eingebettete E-Rechnung" in _refused(plain, "Brief.pdf")
    cut = (DATA / "zugferd-en16931.pdf").read_bytes()[:1500]
    assert "ohne eingebettete E-Rechnung" in _refused(cut, "Rechnung.pdf")
    damaged = b"%PDF-1.7\n" + bytes(range(256)) * 4
    assert "beschädigte PDF-Datei" in _refused(damaged, "Rechnung.pdf")


BOMB = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
]>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
 ><x>&lol6;</x></rsm:CrossIndustryInvoice>"""


def test_entity_bombs_and_external_entities_are_not_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("GEHEIM")
    external = (
        f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "{secret.as_uri()}">]>'
        '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"'
        ' xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">'
        "<cbc:ID>&e;</cbc:ID></Invoice>"
    ).encode()
    for content in (BOMB, external):
        message = _refused(content)
        assert "Dokumenttyp-Deklaration" in message
        assert "GEHEIM" not in message


def test_json_gives_decimal_strings() -> None:
    data = json_data(read_einvoice_file(DATA / "xrechnung-cii.xml"))

    assert data["totals"]["grand_total"] == "816.25"
    assert data["totals"]["payable"] == "716.25"
    assert data["lines"][0]["quantity"] == "2.5"
    assert data["tax_breakdown"][1] == {
        "category": "S",
        "rate": "7",
        "base": "12.15",
        "amount": "0.85",
        "exemption_reason": "",
    }
    assert data["seller"]["vat_id"] == "DE811569869"


def _pdf_text(content: bytes) -> str:
    with pdfplumber.open(io.BytesIO(content)) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


@pytest.mark.parametrize(
    "name", ["xrechnung-ubl-invoice.xml", "xrechnung-cii.xml", "facturx__factur-x-extended.xml"]
)
def test_the_rendering_shows_number_seller_and_totals_in_german(name: str) -> None:
    invoice = read_einvoice_file(DATA / name)
    content = render_pdf(invoice, made_on=date(2026, 12, 6))

    text = _pdf_text(content)
    assert invoice.number in text
    assert invoice.seller.name in text
    german_total = f"{invoice.totals.grand_total:,.2f}".replace(",", "X").replace(".", ",")
    assert german_total.replace("X", ".") + " €" in text.replace("\u00a0", " ")
    assert f"({invoice.format_name})" in text
    assert "06.12.2026" in text
    with pikepdf.open(io.BytesIO(content)) as pdf:
        fonts = [font for page in pdf.pages for font in page.Resources.Font.values()]
        assert fonts and all("/FontFile2" in font.FontDescriptor for font in fonts)


def test_the_rendering_shows_prepaid_and_amount_due() -> None:
    text = _pdf_text(render_pdf(read_einvoice_file(DATA / "xrechnung-cii.xml"))).replace(
        "\u00a0", " "
    )
    assert "-100,00 €" in text
    assert "716,25 €" in text
    assert "#SKONTO#" not in text


# Filing and suppliers ------------------------------------------------------------------------


def _customer(database: Database, **values: object) -> int:
    with database.sessions.begin() as session:
        return save_customer(session, CustomerInput(**values)).id  # type: ignore[arg-type]


def test_an_xml_is_filed_with_its_rendering(database: Database) -> None:
    customer_id = _customer(database, company_name="Elektro Sonnenschein GmbH")
    path = DATA / "xrechnung-ubl-invoice.xml"

    with database.sessions.begin() as session:
        added = incoming.add_file(session, customer_id=customer_id, path=path)
    assert added.einvoice is not None and added.einvoice.rendering_id is not None

    with database.sessions() as session:
        original = documents.get_document(session, added.document_id)
        assert original.title == "E-Rechnung ES-2026-0815 von Elektro Sonnenschein GmbH"
        assert original.category.name == "Rechnung"
        stored = documents.stored_path(session, added.document_id).read_bytes()
        assert stored == path.read_bytes()
        rendering = documents.version(session, added.einvoice.rendering_id)
        assert rendering.extension == "pdf"
        text = _pdf_text(documents.stored_path(session, added.einvoice.rendering_id).read_bytes())
        assert "ES-2026-0815" in text
        filed = incoming.filed_einvoice(session, added.document_id)
        assert filed is not None and filed.totals.payable == Decimal("701.95")
        assert incoming.filed_einvoice(session, added.einvoice.rendering_id) is None


def test_a_zugferd_pdf_is_filed_alone_and_other_files_as_usual(
    database: Database, tmp_path: Path
) -> None:
    customer_id = _customer(database, company_name="Büro Schmidt & Partner Steuerberatung")
    other = tmp_path / "Notiz.xml"
    other.write_text("<notiz>Rückruf</notiz>")

    with database.sessions.begin() as session:
        pdf = incoming.add_file(session, customer_id=customer_id, path=DATA / "zugferd-en16931.pdf")
        plain = incoming.add_file(session, customer_id=customer_id, path=other)
    assert pdf.einvoice is not None and pdf.einvoice.rendering_id is None
    assert plain.einvoice is None
    with database.sessions() as session:
        assert documents.document_counts(session, customer_id)[0] == 2
        assert documents.get_document(session, plain.document_id).category.name == "Sonstiges"


def test_suppliers_are_matched_by_vat_id_iban_then_name(database: Database) -> None:
    invoice = read_einvoice_file(DATA / "xrechnung-ubl-invoice.xml")
    with database.sessions.begin() as session:
        assert suppliers.find_supplier(session, invoice) is None
    by_name = _customer(database, company_name="Elektro  SONNENSCHEIN gmbh")
    with database.sessions() as session:
        match = suppliers.find_supplier(session, invoice)
        assert match is not None and (match.customer_id, match.by) == (by_name, "name")
    by_iban = _customer(database, company_name="Anderer Name", iban="DE02 1203 0000 0000 2020 51")
    with database.sessions() as session:
        match = suppliers.find_supplier(session, invoice)
        assert match is not None and (match.customer_id, match.by) == (by_iban, "iban")
    by_vat = _customer(database, company_name="Noch ein Name", vat_id="DE 136 695 976")
    with database.sessions() as session:
        match = suppliers.find_supplier(session, invoice)
        assert match is not None and (match.customer_id, match.by) == (by_vat, "vat_id")
        assert "USt-IdNr." in match.reason()


def test_a_new_supplier_is_made_in_the_group_lieferant(database: Database) -> None:
    with database.sessions.begin() as session:
        group = session.scalar(select(CustomerGroup).where(CustomerGroup.name == "Lieferant"))
        if group is not None:
            session.delete(group)
    invoice = read_einvoice_file(DATA / "xrechnung-cii.xml")

    with database.sessions.begin() as session:
        saved = suppliers.create_supplier(session, invoice)
    with database.sessions() as session:
        customer = session.get(Customer, saved.id)
        assert customer is not None
        assert customer.company_name == "Büro Schmidt & Partner Steuerberatung"
        assert [g.name for g in customer.groups] == ["Lieferant"]
        assert (customer.vat_id, customer.tax_number) == ("DE811569869", "143/815/08150")
        assert customer.iban == "DE75512108001245126199"
        assert (customer.postcode, customer.city) == ("80331", "München")
        match = suppliers.find_supplier(session, invoice)
        assert match is not None and match.customer_id == saved.id


def test_a_foreign_seller_with_odd_identifiers_is_still_made(database: Database) -> None:
    invoice = read_einvoice_file(DATA / "facturx__ubl-21-en16931.xml")
    with database.sessions.begin() as session:
        saved = suppliers.create_supplier(session, invoice)
    with database.sessions() as session:
        customer = session.get(Customer, saved.id)
        assert customer is not None and customer.country == "FR"
        assert customer.tax_number == ""  # "DGFIP_ref_1242" is no German Steuernummer


def test_only_what_the_buyer_pays_gets_a_girocode() -> None:
    from meinbuero.services.einvoice.read_view import print_document

    invoice = read_einvoice_file(DATA / "xrechnung-ubl-invoice.xml")
    qr = print_document(invoice, made_on=date(2026, 12, 6)).qr
    assert qr is not None
    assert (qr.iban, qr.amount, qr.text) == (
        "DE02120300000000202051",
        Decimal("701.95"),
        "ES-2026-0815",
    )
    credit = read_einvoice_file(DATA / "xrechnung-ubl-creditnote.xml")
    assert print_document(credit, made_on=date(2026, 12, 6)).qr is None


def test_what_is_read_is_judged_by_the_official_rules() -> None:
    from meinbuero.services.einvoice.read import read_einvoice

    good = (DATA / "xrechnung-cii.xml").read_bytes()
    invoice = read_einvoice(good, name="xrechnung-cii.xml")
    assert invoice.validated and invoice.findings == ()
    # The same invoice with its seller's VAT ID and tax number gone breaks EN 16931.
    root = etree.fromstring(good)
    ns = {
        "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
    }
    for node in root.xpath("//ram:SellerTradeParty/ram:SpecifiedTaxRegistration", namespaces=ns):
        node.getparent().remove(node)
    broken = read_einvoice(etree.tostring(root), name="kaputt.xml")
    assert broken.validated and broken.findings
    assert any("BR-" in finding for finding in broken.findings)
