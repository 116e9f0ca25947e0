"""E-invoices out, on real company files: each golden case made in all three formats and
validated by the official rules (XSD, CEN EN 16931, KoSIT XRechnung) without an error; the XML
read back to the document's totals; the ZUGFeRD PDF/A-3 parts checked with pikepdf; finalising
made, filed, frozen, and refused for an invoice that fails the rules."""

from __future__ import annotations

import io
import sqlite3
from dataclasses import replace
from decimal import Decimal as D  # noqa: N817
from typing import Any

import pikepdf
import pytest
from lxml import etree  # type: ignore[import-untyped,import-not-found,unused-ignore]

from meinbuero.services import documents, sales
from meinbuero.services.conditions import ConditionsInput, save_conditions
from meinbuero.services.customers import CustomerInput, save_customer
from meinbuero.services.einvoice import send
from meinbuero.services.einvoice.invoice import EN16931, XRECHNUNG
from meinbuero.services.einvoice.validate import validate_bytes, validate_xml, xml_of_pdf
from meinbuero.services.errors import InvalidInput
from meinbuero.store.database import Database
from meinbuero.store.models import Conditions
from tests.sales_data import add_customer, complete_company, invoice_input

LEITWEG = "04011000-1234512345-06"
FORMATS = ("zugferd", "xrechnung_cii", "xrechnung_ubl")
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"


def set_format(session: Any, customer_id: int, fmt: str, *, skonto: bool = False) -> None:
    save_conditions(
        session,
        ConditionsInput(
            net_days="30",
            skonto_percent="2" if skonto else "",
            skonto_days="14" if skonto else "",
            einvoice_format=fmt,
            leitweg_id=LEITWEG,
        ),
        customer_id=customer_id,
    )


def finalised(database: Database, data_of: Any, *, fmt: str = "pdf", **company: Any) -> int:
    """A finalised invoice: the company (with changes), a customer sent ``fmt``, ``data_of``
    (session, customer id) → the draft's DocumentInput."""
    with database.sessions.begin() as session:
        complete_company(session, **company)
        customer_id = add_customer(session)
        set_format(session, customer_id, fmt)
        document_id = sales.save_draft(session, None, data_of(session, customer_id)).id
    with database.sessions.begin() as session:
        sales.finalise(session, document_id)
    return document_id


def every_format(database: Database, document_id: int) -> dict[str, bytes]:
    """The e-invoice in each format, each validated with no error and no fatal finding."""
    made = {}
    with database.sessions() as session:
        for fmt in FORMATS:
            content, _ = send.einvoice_bytes(session, document_id, fmt)
            result = validate_bytes(content)
            assert result.valid, (fmt, [str(f) for f in result.findings])
            assert not [f for f in result.findings if f.severity == "error"]
            made[fmt] = content
    return made


def cii_totals(xml: bytes) -> dict[str, D]:
    root = etree.fromstring(xml)
    summation = root.find(f".//{{{RAM}}}SpecifiedTradeSettlementHeaderMonetarySummation")
    assert summation is not None
    return {
        name: D(summation.findtext(f"{{{RAM}}}{name}") or "")
        for name in ("LineTotalAmount", "TaxBasisTotalAmount", "TaxTotalAmount", "GrandTotalAmount")
    }


def read_back(database: Database, document_id: int, made: dict[str, bytes], sign: int = 1) -> None:
    """What we wrote states the document's totals (positive on a credit note)."""
    with database.sessions() as session:
        document = sales.get_document(session, document_id)
        net, tax, gross = (
            sign * document.net_total,
            sign * document.tax_total,
            sign * document.gross_total,
        )
    xml = xml_of_pdf(made["zugferd"])
    assert xml is not None
    for content in (xml, made["xrechnung_cii"]):
        assert cii_totals(content) == {
            "LineTotalAmount": net,
            "TaxBasisTotalAmount": net,
            "TaxTotalAmount": tax,
            "GrandTotalAmount": gross,
        }
    ubl = etree.fromstring(made["xrechnung_ubl"])
    assert D(ubl.findtext(f".//{{{CBC}}}TaxExclusiveAmount") or "") == net
    assert D(ubl.findtext(f".//{{{CBC}}}TaxInclusiveAmount") or "") == gross


def test_19_and_7_percent_with_line_discount_in_every_format(database: Database) -> None:
    document_id = finalised(database, invoice_input)
    made = every_format(database, document_id)
    read_back(database, document_id, made)
    xml = made["xrechnung_cii"].decode()
    assert XRECHNUNG in xml and LEITWEG in xml
    assert "<ram:RateApplicablePercent>19.00</ram:RateApplicablePercent>" in xml
    assert "<ram:RateApplicablePercent>7.00</ram:RateApplicablePercent>" in xml
    # The 5 % line discount as an allowance of the line (BG-27).
    assert "<ram:CalculationPercent>5.00</ram:CalculationPercent>" in xml
    assert 'unitCode="HUR"' in xml and 'unitCode="C62"' in xml


def test_zugferd_finalised_is_a_pdf_a3_with_the_xml(database: Database) -> None:
    document_id = finalised(database, invoice_input, fmt="zugferd")
    with database.sessions() as session:
        document = sales.get_document(session, document_id)
        assert document.einvoice_document_id == document.pdf_document_id
        content = sales.pdf_bytes(session, document_id)
    xml = xml_of_pdf(content)
    assert xml is not None and EN16931 in xml.decode()
    assert validate_bytes(content).valid
    with pikepdf.open(io.BytesIO(content)) as pdf:
        specs = [spec for spec in pdf.Root.AF]
        assert [str(spec.F) for spec in specs] == ["factur-x.xml"]
        assert specs[0].AFRelationship == pikepdf.Name.Alternative
        assert specs[0].EF.F.Subtype == pikepdf.Name("/text/xml")
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "3"
        assert meta["pdfaid:conformance"] == "B"
        assert meta["pdf:Producer"] == str(pdf.docinfo.Producer)
        assert meta["dc:title"] == str(pdf.docinfo.Title)
        assert pdf.pdf_version == "1.7"
        assert "/Filter" not in pdf.Root.Metadata
        xmp = bytes(pdf.Root.Metadata.read_bytes()).decode()
        assert "EN 16931" in xmp and "factur-x.xml" in xmp and "pdfaExtension" in xmp
        (intent,) = list(pdf.Root.OutputIntents)
        assert intent.S == pikepdf.Name.GTS_PDFA1
        profile = intent.DestOutputProfile
        assert profile.N == 3 and bytes(profile.read_bytes())[36:40] == b"acsp"
        fonts = 0
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                fonts += 1
                described = font.DescendantFonts[0] if "/DescendantFonts" in font else font
                descriptor = described.FontDescriptor
                assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
        assert fonts > 0


def test_xrechnung_finalised_is_filed_beside_the_pdf_and_kept(database: Database) -> None:
    document_id = finalised(database, invoice_input, fmt="xrechnung_ubl")
    with database.sessions() as session:
        document = sales.get_document(session, document_id)
        filed_id = document.einvoice_document_id
        assert filed_id is not None and filed_id != document.pdf_document_id
        filed = documents.get_document(session, filed_id)
        assert documents.version(session, filed_id).file_name == "RE-2026-0001-xrechnung-ubl.xml"
        assert filed.category.name == "Rechnung"
        content = documents.stored_path(session, filed_id).read_bytes()
        assert validate_xml(content).valid
        # The plain PDF carries no XML.
        assert xml_of_pdf(sales.pdf_bytes(session, document_id)) is None
    connection = sqlite3.connect(database.path)
    with pytest.raises(sqlite3.IntegrityError, match="kept"):
        connection.execute(
            "UPDATE document SET deleted_at = '2026-12-07' WHERE id = ?", (filed_id,)
        )
    with pytest.raises(sqlite3.IntegrityError, match="finalised"):
        connection.execute(
            "UPDATE sales_document SET einvoice_document_id = NULL WHERE id = ?", (document_id,)
        )
    connection.close()


def test_skonto_in_the_form_xrechnung_reads(database: Database) -> None:
    def data(session: Any, customer_id: int) -> sales.DocumentInput:
        return replace(
            invoice_input(session, customer_id),
            net_days=30,
            skonto_percent=D(2),
            skonto_days=14,
        )

    document_id = finalised(database, data)
    made = every_format(database, document_id)
    assert "\n#SKONTO#TAGE=14#PROZENT=2.00#\n" in made["xrechnung_cii"].decode()
    assert "#SKONTO#TAGE=14#PROZENT=2.00#\n" in made["xrechnung_ubl"].decode()


def _tax_case(case: str) -> Any:
    def data(session: Any, customer_id: int) -> sales.DocumentInput:
        return replace(invoice_input(session, customer_id), tax_case=case)

    return data


def test_reverse_charge(database: Database) -> None:
    document_id = finalised(database, _tax_case("reverse_charge"))
    made = every_format(database, document_id)
    read_back(database, document_id, made)
    xml = made["xrechnung_cii"].decode()
    assert "<ram:CategoryCode>AE</ram:CategoryCode>" in xml
    assert "Steuerschuldnerschaft des Leistungsempfängers" in xml and "VATEX-EU-AE" in xml


def test_intra_eu_supply_to_austria(database: Database) -> None:
    def data(session: Any, customer_id: int) -> sales.DocumentInput:
        austrian = save_customer(
            session,
            CustomerInput(
                kind="company",
                company_name="Wiener Handel GmbH",
                street="Ring 1",
                postcode="1010",
                city="Wien",
                country="AT",
                vat_id="ATU13585627",
            ),
        ).id
        set_format(session, austrian, "pdf")
        document = invoice_input(session, austrian)
        return replace(document, tax_case="intra_eu")

    document_id = finalised(database, data)
    made = every_format(database, document_id)
    xml = made["xrechnung_cii"].decode()
    assert "<ram:CategoryCode>K</ram:CategoryCode>" in xml and "VATEX-EU-IC" in xml
    assert "ATU13585627" in xml and "DE136695976" in xml
    assert "<ram:CountryID>AT</ram:CountryID>" in xml


def test_export(database: Database) -> None:
    document_id = finalised(database, _tax_case("export"))
    made = every_format(database, document_id)
    assert "VATEX-EU-G" in made["xrechnung_ubl"].decode()


def test_small_business_gets_a_plain_pdf_and_an_e_invoice_only_when_asked(
    database: Database,
) -> None:
    document_id = finalised(database, _tax_case("small_business"), kleinunternehmer=True, vat_id="")
    with database.sessions() as session:
        document = sales.get_document(session, document_id)
        assert document.einvoice_document_id is None
        assert xml_of_pdf(sales.pdf_bytes(session, document_id)) is None
    # Asked anyway: category E with the § 19 reason, the tax number as the seller's.
    made = every_format(database, document_id)
    read_back(database, document_id, made)
    xml = made["xrechnung_cii"].decode()
    assert "<ram:CategoryCode>E</ram:CategoryCode>" in xml and "§ 19 UStG" in xml
    assert 'schemeID="FC"' in xml and "DE136695976" not in xml


def test_cancellation_is_a_credit_note_naming_the_invoice(database: Database) -> None:
    invoice_id = finalised(database, invoice_input, fmt="xrechnung_cii")
    with database.sessions.begin() as session:
        cancellation = sales.cancel(session, invoice_id)
        cancellation_id = cancellation.id
        assert cancellation.einvoice_document_id is not None
    made = every_format(database, cancellation_id)
    read_back(database, cancellation_id, made, sign=-1)
    cii = made["xrechnung_cii"].decode()
    assert "<ram:TypeCode>381</ram:TypeCode>" in cii
    assert "<ram:IssuerAssignedID>RE-2026-0001</ram:IssuerAssignedID>" in cii
    ubl = made["xrechnung_ubl"].decode()
    assert "<CreditNote" in ubl and "<cbc:CreditNoteTypeCode>381" in ubl
    assert "<cac:BillingReference>" in ubl and ">RE-2026-0001<" in ubl


def test_fifty_lines_of_awkward_amounts(database: Database) -> None:
    def data(session: Any, customer_id: int) -> sales.DocumentInput:
        document = invoice_input(session, customer_id)
        document.lines = [
            sales.LineInput(
                name=f"Posten {n}",
                quantity=D("0.333") * (n % 7 + 1),
                unit=("C62", "HUR", "KGM", "MTR", "LTR")[n % 5],
                unit_price=D("2.9999") + D("0.0133") * n,
                discount_percent=D("3.33") if n % 3 == 0 else D(0),
                vat_rate=D(19) if n % 2 else D(7),
            )
            for n in range(50)
        ]
        return document

    document_id = finalised(database, data)
    made = every_format(database, document_id)
    read_back(database, document_id, made)


def test_finalise_refuses_an_e_invoice_that_fails_the_rules(database: Database) -> None:
    # An export needs the seller's VAT ID (BR-G-02); this seller has only a tax number.
    with database.sessions.begin() as session:
        complete_company(session, vat_id="")
        customer_id = add_customer(session)
        set_format(session, customer_id, "xrechnung_cii")
        data = replace(invoice_input(session, customer_id), tax_case="export")
        document_id = sales.save_draft(session, None, data).id
    with pytest.raises(send.EInvoiceInvalid) as refused, database.sessions.begin() as session:
        sales.finalise(session, document_id)
    assert "BR-G-02" in {f.rule for f in refused.value.findings}
    assert "BR-G-02" in str(refused.value)
    with database.sessions() as session:
        assert not sales.get_document(session, document_id).is_final
    # The setting allows the plain PDF instead.
    with database.sessions.begin() as session:
        send.set_on_invalid(session, send.PLAIN_PDF)
    with database.sessions.begin() as session:
        document = sales.finalise(session, document_id)
        assert document.is_final and document.einvoice_document_id is None


def test_problems_name_what_the_e_invoice_needs(database: Database) -> None:
    with database.sessions.begin() as session:
        complete_company(session, iban="", phone="")
        customer_id = add_customer(session)
        set_format(session, customer_id, "xrechnung_ubl")
        document = sales.save_draft(session, None, invoice_input(session, customer_id))
        found = sales.problems(session, document)
    assert len(found) == 2 and "IBAN" in found[0]


def test_leitweg_id_is_checked_in_the_konditionen(database: Database) -> None:
    with database.sessions.begin() as session:
        complete_company(session)
        customer_id = add_customer(session)
        with pytest.raises(InvalidInput) as refused:
            save_conditions(
                session,
                ConditionsInput(
                    einvoice_format="xrechnung_cii", leitweg_id="04011000-1234512345-07"
                ),
                customer_id=customer_id,
            )
        assert refused.value.fields() == {"Leitweg-ID"}
        with pytest.raises(InvalidInput):
            save_conditions(
                session, ConditionsInput(einvoice_format="xrechnung_cii"), customer_id=customer_id
            )
        save_conditions(
            session,
            ConditionsInput(einvoice_format="xrechnung_cii", leitweg_id=" 04011000-1234512345-06 "),
            customer_id=customer_id,
        )
        conditions = session.get(Conditions, customer_id)
        assert conditions is not None and conditions.leitweg_id == LEITWEG


def test_broken_and_foreign_files_get_one_clear_message() -> None:
    for content in (b"<Invoice><unclosed>", b"<html><body/></html>", b"%PDF-1.4 not really"):
        result = validate_bytes(content)
        assert not result.valid
        (finding,) = result.findings
        assert finding.rule == "XML" and finding.message
    ubl_without_anything = (
        b'<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>'
    )
    result = validate_bytes(ubl_without_anything)
    assert not result.valid and {f.rule for f in result.findings} == {"XSD"}
