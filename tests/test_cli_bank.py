"""``meinbuero payments import``: the certain payments booked, the rest listed, nothing twice."""

from __future__ import annotations

from decimal import Decimal as D  # noqa: N817
from pathlib import Path

from meinbuero.i18n import tr
from meinbuero.services import payments
from meinbuero.store.database import Database, open_company
from meinbuero.store.models import SalesDocument
from tests.bank_data import DATA, bank_company
from tests.test_cli_sales import cli

STATEMENT = DATA / "camt053_001_02_sparkasse.xml"


def opens(path: Path) -> dict[str, D]:
    database = open_company(path)
    try:
        with database.sessions() as session:
            return {
                d.number: payments.open_of(d)
                for d in session.query(SalesDocument).order_by(SalesDocument.number)
                if d.number
            }
    finally:
        database.close()


def test_dry_run_books_nothing_then_import_books_the_certain(
    database: Database, company_path: Path
) -> None:
    bank_company(database)
    database.close()
    before = opens(company_path)
    dry = cli("payments", "import", "--db", company_path, STATEMENT, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert tr("would be booked") in dry.stdout
    assert "RE-2026-0001" in dry.stdout
    assert opens(company_path) == before

    done = cli("payments", "import", "--db", company_path, STATEMENT)
    assert done.returncode == 0, done.stderr
    summary = tr(
        "Booked: {booked} ({total}); skipped as booked before: {skipped}; not assigned: "
        "{unassigned}.",
        booked=3,
        total="2.070,60 €",
        skipped=0,
        unassigned=6,
    )
    assert summary in done.stdout
    after = opens(company_path)
    # Number and amount (or Skonto) agree: booked. The partial payment and the payment found
    # by name wait for the window.
    assert [after[n] for n in ("RE-2026-0001", "RE-2026-0002", "RE-2026-0003")] == [D("0.00")] * 3
    assert after["RE-2026-0004"] == D("119.00")
    assert tr("to confirm in the window") in done.stdout

    again = cli("payments", "import", "--db", company_path, STATEMENT)
    assert again.returncode == 0
    assert tr("booked before") in again.stdout
    assert opens(company_path) == after


def test_a_broken_statement_is_one_line(company_path: Path, tmp_path: Path) -> None:
    broken = tmp_path / "auszug.xml"
    broken.write_text("<?xml version='1.0'?><Document", encoding="utf-8")
    result = cli("payments", "import", "--db", company_path, broken)
    assert result.returncode == 1
    assert (
        result.stderr
        == "meinbuero: "
        + tr("{name} is not a readable XML file (it is damaged or incomplete).", name="auszug.xml")
        + "\n"
    )
