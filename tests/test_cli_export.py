"""``meinbuero export`` run as a user runs it: a real process, files read back."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import vobject
from openpyxl import load_workbook

from meinbuero.services import customers
from meinbuero.store.database import open_company
from tests.test_cli import assert_one_line_failure, meinbuero


@pytest.fixture
def shop(tmp_path: Path) -> Path:
    path = tmp_path / "laden.sqlite"
    database = open_company(path, create=True)
    with database.sessions.begin() as session:
        for company, city in (("Bäckerei Krume", "Köln"), ("Autohaus Blech", "Bonn")):
            customers.save_customer(
                session,
                customers.CustomerInput(company_name=company, postcode="01067", city=city),
            )
        old = customers.save_customer(session, customers.CustomerInput(company_name="Alt AG"))
        customers.archive_customer(session, old.id)
        person = customers.save_customer(
            session, customers.CustomerInput(kind="person", first_name="Lea", last_name="Lang")
        )
        customers.save_contact_person(
            session,
            customers.ContactPersonInput(first_name="Tom", last_name="Teig"),
            customer_id=customers.find_by_number(session, "K10001").id,
        )
        assert person.number == "K10004"
    database.close()
    return path


def test_export_all_to_xlsx(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "Kunden.xlsx"
    result = meinbuero("export", "--db", shop, "--format", "xlsx", "-o", out)
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f"3 Kunden nach {out} geschrieben.\n"
    sheet = load_workbook(out).active
    assert sheet is not None
    rows = [[c.value for c in row[:3]] for row in sheet.iter_rows()]
    # Not archived, in the order of the list (by name).
    assert rows == [
        ["Kundennummer", "Art", "Firma"],
        ["K10002", "Firma", "Autohaus Blech"],
        ["K10001", "Firma", "Bäckerei Krume"],
        ["K10004", "Privatperson", None],
    ]


def test_export_a_search_to_csv_with_options(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "Köln.csv"
    result = meinbuero(
        "export",
        "--db",
        shop,
        "-o",
        out,
        "--query",
        "köln",
        "--delimiter",
        ",",
        "--encoding",
        "cp1252",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"1 Kunden nach {out} geschrieben.\n"
    with out.open(encoding="cp1252", newline="") as file:
        header, row = list(csv.reader(file))
    assert (header[2], row[2], row[8], row[9]) == ("Firma", "Bäckerei Krume", "01067", "Köln")


def test_export_vcf_counts_contact_persons(shop: Path, tmp_path: Path) -> None:
    out = tmp_path / "Kunden.vcf"
    result = meinbuero("export", "--db", shop, "--format", "vcf", "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"3 Kunden und 1 Ansprechpartner nach {out} geschrieben.\n"
    cards = list(vobject.readComponents(out.read_text(encoding="utf-8")))
    assert [c.fn.value for c in cards] == [
        "Autohaus Blech",
        "Bäckerei Krume",
        "Tom Teig",
        "Lea Lang",
    ]


def test_export_fails_in_one_german_line(shop: Path, tmp_path: Path) -> None:
    assert_one_line_failure(
        meinbuero("export", "--db", shop, "-o", tmp_path / "Kunden.txt"),
        "Bitte wählen Sie das Format mit --format xlsx, csv oder vcf. (siehe meinbuero --help)",
    )
    assert_one_line_failure(
        meinbuero("export", "--db", shop, "-o", tmp_path / "K.csv", "--encoding", "klingonisch"),
        "Unbekannte Zeichenkodierung „klingonisch“. (siehe meinbuero --help)",
    )
    target = tmp_path / "fehlt" / "Kunden.xlsx"
    assert_one_line_failure(
        meinbuero("export", "--db", shop, "-o", target),
        f"Die Datei {target} kann nicht geschrieben werden. Ist sie in einem anderen Programm"
        " (z. B. Excel) geöffnet, oder fehlt die Berechtigung für diesen Ordner? Schließen Sie"
        " die Datei oder wählen Sie eine andere.",
    )
    assert list(tmp_path.iterdir()) == [shop]
