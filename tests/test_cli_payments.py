"""payments add, open-items, datev and revenue on a real company file."""

from __future__ import annotations

import csv
import io
import json
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal as D  # noqa: N817
from pathlib import Path

import openpyxl
import pytest

from meinbuero.cli import main
from meinbuero.services import accounting, payments, sales
from meinbuero.store.database import open_company
from tests.sales_data import TODAY, add_customer, complete_company, invoice_input


def run(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def company(tmp_path: Path) -> tuple[Path, list[str]]:
    """A company file with two finalised invoices (715,34 € each, 2 % Skonto in 14 days)."""
    path = tmp_path / "Firma.sqlite"
    database = open_company(path, create=True)
    numbers = []
    with database.sessions.begin() as session:
        complete_company(session)
        accounting.save(
            session, replace(accounting.load(session), consultant="29098", client="55003")
        )
        customer_id = add_customer(session, skonto=True)
        for days in (40, 0):
            data = invoice_input(session, customer_id)
            data.document_date = TODAY - timedelta(days=days)
            document = sales.save_draft(session, None, data)
            sales.finalise(session, document.id)
            numbers.append(document.number or "")
    database.close()
    return path, numbers


def test_payments_add_and_open_items(company: tuple[Path, list[str]]) -> None:
    path, (old, new) = company
    day = TODAY.isoformat()
    code, out, err = run("payments", "add", "--db", path, old, "--amount", "300", "--date", day)
    assert (code, err) == (0, "")
    assert old in out and "415,34" in out
    # With Skonto: 701,03 settles the new one within its period.
    code, out, err = run(
        "payments",
        "add",
        "--db",
        path,
        new,
        "--amount",
        "701,03",
        "--skonto",
        "--date",
        day,
        "--way",
        "cash",
    )
    assert (code, err) == (0, "")
    code, out, err = run("open-items", "--db", path, "--json", "--date", day)
    assert code == 0
    shown = json.loads(out)
    assert [i["number"] for i in shown["items"]] == [old]
    assert shown["items"][0]["open"] == "415.34"
    assert shown["items"][0]["days_overdue"] == 10
    assert shown["ages"]["1_30"] == "415.34" and shown["total"] == "415.34"
    code, out, _err = run("open-items", "--db", path, "--date", day)
    assert code == 0 and old in out and new not in out
    database = open_company(path)
    with database.sessions() as session:
        paid = sales.find_document(session, new)
        assert [(p.amount, p.skonto, p.way) for p in payments.payments_of(session, paid.id)] == [
            (D("701.03"), D("14.31"), "cash")
        ]
    database.close()


def test_refusals_are_one_line(company: tuple[Path, list[str]]) -> None:
    path, (old, _new) = company
    code, out, err = run("payments", "add", "--db", path, old, "--amount", "1,005")
    assert code == 1 and out == ""
    assert err.startswith("meinbuero: ") and err.count("\n") == 1 and "Traceback" not in err
    code, out, err = run("payments", "add", "--db", path, "RE-1999-0001", "--amount", "1")
    assert code == 1 and err.count("\n") == 1


def test_datev_and_revenue(company: tuple[Path, list[str]], tmp_path: Path) -> None:
    path, numbers = company
    target = tmp_path / "EXTF.csv"
    code, _out, err = run(
        "datev", "--db", path, "--from", "2026-10-01", "--to", "2026-12-31", "-o", target
    )
    assert (code, err) == (0, "")
    rows = list(csv.reader(io.StringIO(target.read_bytes().decode("cp1252")), delimiter=";"))
    assert rows[0][:5] == ["EXTF", "700", "21", "Buchungsstapel", "13"]
    assert {r[10] for r in rows[2:]} == set(numbers)
    # A period over two fiscal years is refused in one line, and nothing is written.
    other = tmp_path / "other.csv"
    code, _out, err = run(
        "datev", "--db", path, "--from", "2026-10-01", "--to", "2027-01-31", "-o", other
    )
    assert code == 1 and err.count("\n") == 1 and not other.exists()
    book = tmp_path / "Umsatz.xlsx"
    code, _out, err = run(
        "revenue", "--db", path, "--from", "2026-01-01", "--to", "2026-12-31", "-o", book
    )
    assert (code, err) == (0, "")
    values = [
        c for row in openpyxl.load_workbook(book).active.iter_rows(values_only=True) for c in row
    ]
    assert set(numbers) <= set(values)
