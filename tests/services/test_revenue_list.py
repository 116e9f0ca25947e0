"""The Umsatzliste written as xlsx and PDF and read back; the small-business limits watched at
90 %."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal as D  # noqa: N817
from pathlib import Path

import openpyxl
import pdfplumber
import pytest

from meinbuero.domain.values import format_decimal_de
from meinbuero.i18n import tr
from meinbuero.services import payments, revenue_list, sales
from meinbuero.services.errors import Refused
from meinbuero.services.payments import PaymentInput
from meinbuero.store.database import Database
from tests.sales_data import TODAY, add_customer, complete_company, invoice_input

FROM, TO = date(2026, 1, 1), date(2026, 12, 31)


@pytest.fixture
def documents(database: Database) -> list[int]:
    """Two invoices (one paid 300 €, one cancelled) and the cancellation."""
    with database.sessions.begin() as session:
        complete_company(session)
        customer_id = add_customer(session)
        made = []
        for days in (20, 0):
            data = invoice_input(session, customer_id)
            data.document_date = TODAY - timedelta(days=days)
            document = sales.save_draft(session, None, data)
            sales.finalise(session, document.id)
            made.append(document.id)
        payments.book(session, PaymentInput(document_id=made[0], on=TODAY, amount=D("300.00")))
        made.append(sales.cancel(session, made[1], today=TODAY).id)
        return made


def test_the_list_and_its_sums(database: Database, documents: list[int]) -> None:
    with database.sessions() as session:
        data = revenue_list.revenue_list(session, FROM, TO)
    assert [row.kind for row in data.rows] == [
        sales.kind_labels()[k] for k in ("invoice", "invoice", "cancellation")
    ]
    assert [key for key, _ in data.columns] == ["rate_19", "rate_7"]
    first = data.rows[0]
    assert first.net_by_column == {"rate_19": D("565.25"), "rate_7": D("39.90")}
    assert (first.net, first.tax, first.gross, first.paid) == (
        D("605.15"),
        D("110.19"),
        D("715.34"),
        D("300.00"),
    )
    # The cancellation takes the cancelled invoice out again.
    assert data.total("gross") == D("715.34")
    assert data.column_total("rate_19") == D("565.25")


def test_xlsx_read_back(database: Database, documents: list[int], tmp_path: Path) -> None:
    target = tmp_path / "Umsatz.xlsx"
    with database.sessions() as session:
        assert revenue_list.export(session, target, FROM, TO) == 3
        numbers = [sales.get_document(session, i).number or "" for i in documents]
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    header_index = next(i for i, r in enumerate(rows) if r[0] == tr("Number"))
    headers = rows[header_index]
    assert headers[5:] == (
        tr("Net {rate} %", rate="19"),
        tr("Net {rate} %", rate="7"),
        tr("Net"),
        tr("VAT"),
        tr("Gross"),
        tr("Paid"),
    )
    body = rows[header_index + 1 : header_index + 4]
    assert [r[0] for r in body] == numbers
    assert isinstance(body[0][2], datetime)
    assert body[0][2].date() == TODAY - timedelta(days=20)
    gross_column = headers.index(tr("Gross"))
    assert [D(str(r[gross_column])) for r in body] == [D("715.34"), D("715.34"), D("-715.34")]
    sums = rows[header_index + 4]
    assert sums[0] == tr("Sum")
    letter = openpyxl.utils.get_column_letter(gross_column + 1)
    first_row = header_index + 2
    assert sums[gross_column] == f"=SUM({letter}{first_row}:{letter}{first_row + 2})"
    cell = sheet.cell(header_index + 2, gross_column + 1)
    assert "€" in cell.number_format and "#,##0.00" in cell.number_format
    assert sheet.cell(header_index + 2, 3).number_format == "DD.MM.YYYY"


def test_pdf_read_back(database: Database, documents: list[int], tmp_path: Path) -> None:
    target = tmp_path / "Umsatz.pdf"
    with database.sessions() as session:
        revenue_list.export(session, target, FROM, TO)
        numbers = [sales.get_document(session, i).number or "" for i in documents]
    with pdfplumber.open(target) as pdf:
        page = pdf.pages[0]
        assert page.width > page.height  # landscape
        text = page.extract_text() or ""
    for number in numbers:
        assert number in text
    assert format_decimal_de(D("715.34"), places=2) in text
    assert tr("Page {page} of {pages}", page=1, pages=1) in text
    assert "100.000" in text


def test_other_files_are_refused(database: Database, documents: list[int], tmp_path: Path) -> None:
    with database.sessions() as session, pytest.raises(Refused):
        revenue_list.export(session, tmp_path / "x.csv", FROM, TO)


def test_small_business_limits_warn_at_90_percent(database: Database) -> None:
    with database.sessions.begin() as session:
        complete_company(session, kleinunternehmer=True)
        customer_id = add_customer(session)
        data = replace(invoice_input(session, customer_id), tax_case="small_business")
        draft = sales.save_draft(session, None, data)
        draft.net_total = D("89000.00")  # a draft: as if this year had been busy
        assert not any("100.000" in w for w in sales.warnings(session, draft))
        draft.net_total = D("90000.00")
        assert any("100.000" in w for w in sales.warnings(session, draft))
        limits = revenue_list.Thresholds(
            year=2026, this_year=D("90000"), prior_year=D("1000"), small_business=True
        )
        assert limits.share == D("90.0")
        assert "90,0" in limits.warning()
        assert replace(limits, this_year=D("89999.99")).warning() == ""
        assert replace(limits, prior_year=D("25000.01")).warning() != ""
