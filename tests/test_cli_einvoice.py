"""The e-invoice commands: ``sales einvoice`` writes each format of a finalised invoice,
``einvoice validate`` prints each failed rule and exits 1 when a file is invalid."""

from __future__ import annotations

import io
import subprocess
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pikepdf
import pytest

from meinbuero.cli import main
from meinbuero.services import sales
from meinbuero.services.conditions import ConditionsInput, save_conditions
from meinbuero.services.customers import CustomerInput, save_customer
from meinbuero.services.einvoice.validate import validate_bytes
from meinbuero.store.database import open_company
from tests.sales_data import add_customer, complete_company, invoice_input
from tests.test_cli import meinbuero


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main([str(arg) for arg in args])
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())


@pytest.fixture
def invoiced(company_path: Path) -> Path:
    """A company file with the finalised invoice RE-2026-0001 (19 % and 7 %) to a public
    buyer with a Leitweg-ID, and RE-2026-0002 to a customer without one."""
    database = open_company(company_path)
    with database.sessions.begin() as session:
        complete_company(session)
        public = add_customer(session)
        save_conditions(
            session,
            ConditionsInput(net_days="30", leitweg_id="04011000-1234512345-06"),
            customer_id=public,
        )
        document_id = sales.save_draft(session, None, invoice_input(session, public)).id
        private = save_customer(
            session,
            CustomerInput(
                kind="company", company_name="Privat GmbH", postcode="10115", city="Berlin"
            ),
        ).id
        private_id = sales.save_draft(session, None, invoice_input(session, private)).id
    with database.sessions.begin() as session:
        sales.finalise(session, document_id)
    with database.sessions.begin() as session:
        sales.finalise(session, private_id)
    database.close()
    return company_path


@pytest.mark.parametrize("fmt", ["zugferd", "xrechnung-cii", "xrechnung-ubl"])
def test_sales_einvoice_writes_a_valid_file(invoiced: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / ("r.pdf" if fmt == "zugferd" else "r.xml")
    result = cli("sales", "einvoice", "--db", invoiced, "RE-2026-0001", "--format", fmt, "-o", out)
    assert result.returncode == 0, result.stderr
    content = out.read_bytes()
    if fmt == "zugferd":
        with pikepdf.open(out) as pdf:
            assert "factur-x.xml" in pdf.attachments
    else:
        assert content.startswith(b"<?xml") and b"04011000-1234512345-06" in content
    assert validate_bytes(content).valid
    checked = cli("einvoice", "validate", out)
    assert checked.returncode == 0 and out.name in checked.stdout


def test_xrechnung_that_fails_is_refused_with_the_rule(invoiced: Path, tmp_path: Path) -> None:
    # No Leitweg-ID and no e-mail of the customer: the buyer's electronic address is missing.
    out = tmp_path / "r.xml"
    result = cli(
        "sales",
        "einvoice",
        "--db",
        invoiced,
        "RE-2026-0002",
        "--format",
        "xrechnung-ubl",
        "-o",
        out,
    )
    assert result.returncode == 1
    assert "PEPPOL-EN16931-R010" in result.stderr and not out.exists()


def test_validate_prints_each_failed_rule_and_exits_1(invoiced: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    cli("sales", "einvoice", "--db", invoiced, "RE-2026-0001", "--format", "zugferd", "-o", out)
    with pikepdf.open(out) as pdf:
        xml = pdf.attachments["factur-x.xml"].get_file().read_bytes()
    broken = tmp_path / "broken.xml"
    broken.write_bytes(
        xml.replace(b"<ram:LineTotalAmount>605.15<", b"<ram:LineTotalAmount>605.16<")
    )
    result = meinbuero("einvoice", "validate", broken)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert any("[BR-CO-10]" in line for line in lines)
    assert "Traceback" not in result.stderr


def test_validate_a_foreign_file_and_a_missing_one(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.xml"
    foreign.write_text("<html/>")
    result = cli("einvoice", "validate", foreign)
    assert result.returncode == 1 and "[XML]" in result.stdout
    missing = cli("einvoice", "validate", tmp_path / "gone.xml")
    assert missing.returncode == 1 and missing.stderr.startswith("meinbuero: ")
    assert "Traceback" not in missing.stderr
