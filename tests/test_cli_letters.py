"""``meinbuero letters …`` as a user runs it, on a real company file; PDFs read back."""

from __future__ import annotations

import io
import subprocess
from contextlib import redirect_stderr, redirect_stdout
from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from meinbuero.cli import main
from meinbuero.i18n import tr
from meinbuero.services import consent, history, letters
from meinbuero.store.database import open_company
from meinbuero.store.models import Customer
from tests.letters_data import People, add_people
from tests.test_cli import assert_one_line_failure, meinbuero


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main([str(arg) for arg in args])
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())


@pytest.fixture
def people(company_path: Path) -> People:
    database = open_company(company_path)
    try:
        with database.sessions.begin() as session:
            made = add_people(session)
            consent.record(session, made.anna, None, "post", "objected", date(2026, 1, 2))
    finally:
        database.close()
    return made


def number_of(company_path: Path, customer_id: int) -> str:
    database = open_company(company_path)
    try:
        with database.sessions() as session:
            customer = session.get(Customer, customer_id)
            assert customer is not None
            return customer.number
    finally:
        database.close()


def pages(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_create_files_the_letter(company_path: Path, people: People, tmp_path: Path) -> None:
    text = tmp_path / "brief.txt"
    text.write_text("{Briefanrede}\n\nanbei die Unterlagen.\n", encoding="utf-8")
    out = tmp_path / "brief.pdf"
    number = number_of(company_path, people.company)
    result = cli(
        "letters", "create", "--db", company_path, "--customer", number,
        "--subject", "Unterlagen {Kundennummer}", "--text-file", text, "-o", out,
        "--date", "2026-12-06",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert str(out) in result.stdout
    (page,) = pages(out)
    assert f"Unterlagen {number}" in page and "Sehr geehrte Frau Dr. Weber," in page
    assert "06.12.2026" in page
    database = open_company(company_path)
    try:
        with database.sessions() as session:
            entries = history.history(session, people.company)
            assert [e.kind for e in entries] == ["letter"]
            (letter_id,) = letters.letter_ids(session, letters.LetterQuery())
            assert letters.pdf_bytes(session, letter_id) == out.read_bytes()
    finally:
        database.close()


def test_create_to_an_other_contact_and_from_a_template(
    company_path: Path, people: People, tmp_path: Path
) -> None:
    out = tmp_path / "termin.pdf"
    number = number_of(company_path, people.anna)
    result = cli(
        "letters", "create", "--db", company_path, "--customer", number,
        "--template", "terminbestätigung", "-o", out,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (page,) = pages(out)
    assert "Unser Termin" in page and "Liebe Anna," in page


def test_create_refuses_in_one_german_line(
    company_path: Path, people: People, tmp_path: Path
) -> None:
    out = tmp_path / "x.pdf"
    number = number_of(company_path, people.no_address)
    result = meinbuero(
        "letters", "create", "--db", company_path, "--customer", number, "--subject", "Hallo",
        "-o", out,
    )  # fmt: skip
    assert_one_line_failure(result, tr("The customer has no postal address (street and town)."))
    assert not out.exists()
    unknown = cli(
        "letters", "create", "--db", company_path, "--customer", "K-0", "--subject", "x",
        "-o", out,
    )  # fmt: skip
    assert unknown.returncode == 1
    assert tr("customer number {number}", number="K-0") in unknown.stderr
    missing = cli(
        "letters", "create", "--db", company_path, "--customer", number,
        "--text-file", tmp_path / "fehlt.txt", "-o", out,
    )  # fmt: skip
    assert missing.returncode == 1 and "fehlt.txt" in missing.stderr


def test_serial_to_a_group_lists_who_is_left_out(
    company_path: Path, people: People, tmp_path: Path
) -> None:
    out = tmp_path / "serie.pdf"
    result = cli(
        "letters", "serial", "--db", company_path, "--group", "kunde",
        "--template", "Angebot an Bestandskunden (Werbung)", "-o", out,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    texts = pages(out)
    assert len(texts) == 1  # Anna objected, Lutz has no address
    assert "Weber Bau GmbH" in texts[0]
    assert "Ohneort" in result.stdout and "Schmidt" in result.stdout
    assert tr("Objected to advertising (no letter):") in result.stdout
    plain = cli(
        "letters", "serial", "--db", company_path, "--query", "Schmidt",
        "--template", "Brief", "--file", "-o", out,
    )  # fmt: skip
    assert plain.returncode == 0, plain.stderr
    assert len(pages(out)) == 1 and "Liebe Anna," in pages(out)[0]
    wrong = cli(
        "letters", "serial", "--db", company_path, "--group", "Gibtsnicht",
        "--template", "Brief", "-o", out,
    )  # fmt: skip
    assert wrong.returncode == 1 and "Gibtsnicht" in wrong.stderr
