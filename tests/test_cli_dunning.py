"""``meinbuero dunning run`` on a real company file: the list, --dry-run, the letters made once.

Expected messages are made with ``tr()`` in German here, so the tests hold before and after
the German texts of the new messages are filed.
"""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from datetime import date
from pathlib import Path

from meinbuero.cli import main
from meinbuero.i18n import tr
from meinbuero.services import dunning, sales
from meinbuero.store.database import open_company
from tests.sales_data import add_customer, complete_company, invoice_input


def cli(*args: str | Path) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main([str(arg) for arg in args])
    return code, out.getvalue(), err.getvalue()


def company_with_an_overdue_invoice(path: Path) -> str:
    database = open_company(path)
    try:
        with database.sessions.begin() as session:
            complete_company(session)
            customer_id = add_customer(session)
            data = invoice_input(session, customer_id)
            data.document_date = data.service_date = date(2026, 10, 1)
            document = sales.save_draft(session, None, data)
            return sales.finalise(session, document.id).number or ""
    finally:
        database.close()


def notices(path: Path) -> int:
    database = open_company(path)
    try:
        with database.sessions() as session:
            return len(dunning.notice_rows(session))
    finally:
        database.close()


def test_dry_run_lists_and_makes_nothing(company_path: Path) -> None:
    number = company_with_an_overdue_invoice(company_path)
    code, out, err = cli(
        "dunning", "run", "--db", company_path, "--date", "2026-11-21", "--dry-run"
    )
    assert (code, err) == (0, "")
    assert number in out and "Beispiel AG" in out and "715,34" in out
    assert "1 Zahlungserinnerung" in out
    assert tr("Dry run: {count} letters would be made.", count=1) in out
    assert notices(company_path) == 0


def test_run_makes_the_letters_once(company_path: Path) -> None:
    number = company_with_an_overdue_invoice(company_path)
    code, out, _ = cli("dunning", "run", "--db", company_path, "--date", "2026-11-21", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["made"] == 1
    (due,) = shown["due"]
    assert (due["invoice"], due["level"], due["total"], due["days_overdue"]) == (
        number,
        1,
        "715.34",
        21,
    )
    assert notices(company_path) == 1
    code, out, _ = cli("dunning", "run", "--db", company_path, "--date", "2026-11-21")
    assert code == 0
    assert tr("No invoice is due for dunning on {date}.", date="21.11.2026") in out
    assert notices(company_path) == 1


def test_a_wrong_date_is_one_german_line(company_path: Path) -> None:
    code, out, err = cli("dunning", "run", "--db", company_path, "--date", "21.11.2026")
    assert code == 2 and out == ""
    assert tr("“{value}” is not a date (YYYY-MM-DD).", value="21.11.2026") in err
    assert len(err.strip().splitlines()) == 1
