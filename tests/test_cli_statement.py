"""``meinbuero statement``: the lines and balances as JSON (decimal strings), the table, the PDF,
and one German sentence for a customer that is not there or a file that cannot be written."""

from __future__ import annotations

import json
from pathlib import Path

import pdfplumber

from meinbuero.store.database import open_company
from meinbuero.store.models import Customer
from tests.stats_data import make_story
from tests.test_cli import assert_one_line_failure, meinbuero


def _story_file(company_path: Path) -> str:
    database = open_company(company_path)
    try:
        story = make_story(database)
        with database.sessions() as session:
            customer = session.get(Customer, story.customer_id)
            assert customer is not None
            return customer.number
    finally:
        database.close()


def test_statement_as_json_table_and_pdf(company_path: Path, tmp_path: Path) -> None:
    number = _story_file(company_path)
    result = meinbuero("statement", "--db", company_path, "--customer", number, "--json")
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["customer"] == number and shown["opening"] == "0.00"
    assert shown["closing"] == "38.23"
    assert shown["lines"][0] == {
        "date": "2025-03-20",
        "kind": "invoice",
        "document": "RE-2025-0001",
        "text": "Rechnung",
        "debit": "238.00",
        "credit": "0.00",
        "balance": "238.00",
    }
    assert [line["balance"] for line in shown["lines"]][12] == "-100.00"

    period = meinbuero(
        "statement", "--db", company_path, "--customer", number, "--from", "2026-02-15",
        "--to", "2026-03-31", "--json",
    )  # fmt: skip
    assert json.loads(period.stdout)["opening"] == "138.00"
    assert json.loads(period.stdout)["closing"] == "-143.00"

    table = meinbuero("statement", "--db", company_path, "--customer", number)
    assert "Datum" in table.stdout and "Saldo" in table.stdout
    assert table.stdout.rstrip().endswith("Ihr Saldo zu unseren Gunsten: 38,23 €")

    pdf = tmp_path / "Kontoauszug.pdf"
    written = meinbuero("statement", "--db", company_path, "--customer", number, "-o", pdf)
    assert written.returncode == 0 and str(pdf) in written.stdout
    with pdfplumber.open(pdf) as document:
        text = "\n".join(page.extract_text() or "" for page in document.pages)
    assert "Ihr Saldo zu unseren Gunsten: 38,23" in text


def test_statement_failures_in_one_sentence(company_path: Path, tmp_path: Path) -> None:
    number = _story_file(company_path)
    missing = meinbuero("statement", "--db", company_path, "--customer", "K99999")
    assert_one_line_failure(missing, "Nicht gefunden: Kundennummer K99999")
    unwritable = meinbuero(
        "statement", "--db", company_path, "--customer", number, "-o", tmp_path / "no" / "x.pdf"
    )
    assert unwritable.returncode != 0 and "Traceback" not in unwritable.stderr
    assert unwritable.stderr.startswith("meinbuero: ") and unwritable.stderr.count("\n") == 1
