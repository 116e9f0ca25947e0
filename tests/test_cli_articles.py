"""``meinbuero articles list|import|export`` as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from meinbuero.i18n import tr
from meinbuero.services import articles
from meinbuero.store.database import open_company
from tests.test_cli import meinbuero
from tests.test_cli_sales import cli


def listed(company: Path, *args: str) -> list[dict[str, Any]]:
    result = cli("articles", "list", "--db", company, "--json", *args)
    assert result.returncode == 0, result.stderr
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def price_list(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Art.-Nr.", "Bezeichnung", "Einheit", "VK netto", "MwSt", "Warengruppe"])
    sheet.append(["A1001", "IT-Beratung", "Std.", 95, 19, "Dienstleistung"])
    sheet.append(["A1002", "Netzwerkkabel Cat. 6", "lfm", 1.85, 19, "Material"])
    sheet.append(["A1003", "Fachbuch „Büro heute“", "Stk", "39,90", "7 %", "Bücher"])
    workbook.save(path)
    return path


def test_import_list_export_and_read_back(company_path: Path, tmp_path: Path) -> None:
    source = price_list(tmp_path / "Preisliste.xlsx")
    dry = cli("articles", "import", "--db", company_path, source, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert (
        tr(
            "New: {new}, updated: {updated}, unchanged: {unchanged}, refused: {refused}.",
            new=3,
            updated=0,
            unchanged=0,
            refused=0,
        )
        in dry.stdout
    )
    assert "Art.-Nr. → " + articles.labels()["number"] in dry.stdout
    assert listed(company_path) == []

    result = meinbuero("articles", "import", "--db", company_path, source)
    assert result.returncode == 0, result.stderr
    assert result.stdout.endswith(
        tr("Imported: {new} new, {updated} updated.", new=3, updated=0) + "\n"
    )
    rows = listed(company_path)
    assert [(r["number"], r["unit"], r["unit_price"], r["vat_rate"]) for r in rows] == [
        ("A1001", "HUR", "95.00", "19"),
        ("A1002", "MTR", "1.85", "19"),
        ("A1003", "C62", "39.90", "7"),
    ]
    assert [r["number"] for r in listed(company_path, "--query", "kabel")] == ["A1002"]
    table = cli("articles", "list", "--db", company_path)
    assert table.returncode == 0 and "39,90" in table.stdout

    database = open_company(company_path)
    try:
        with database.sessions.begin() as session:
            articles.archive_article(session, rows[2]["id"])
    finally:
        database.close()
    assert [r["number"] for r in listed(company_path)] == ["A1001", "A1002"]
    assert [r["archived"] for r in listed(company_path, "--archived")] == [False, False, True]

    for suffix in ("xlsx", "csv"):
        out = tmp_path / f"Artikel.{suffix}"
        exported = cli("articles", "export", "--db", company_path, "-o", out)
        assert exported.returncode == 0, exported.stderr
        assert (
            exported.stdout
            == tr("{count} articles written to {path}.", count=2, path=str(out)) + "\n"
        )
        again = cli("articles", "import", "--db", company_path, out)
        assert again.returncode == 0, again.stderr
        assert (
            tr(
                "New: {new}, updated: {updated}, unchanged: {unchanged}, refused: {refused}.",
                new=0,
                updated=0,
                unchanged=2,
                refused=0,
            )
            in again.stdout
        )


def test_a_file_with_refused_rows_writes_nothing(company_path: Path, tmp_path: Path) -> None:
    source = tmp_path / "Preise.csv"
    source.write_text(
        "Artikelnummer;Bezeichnung;Preis\nA1;Gut;1,00\nA2;Schlecht;zwölf\n", encoding="utf-8"
    )
    result = meinbuero("articles", "import", "--db", company_path, source)
    assert result.returncode == 1
    assert (
        tr(
            "Row {line}, column “{column}”: {reason}",
            line=3,
            column="Preis",
            reason="„zwölf“ ist keine Zahl. Beispiel: 1.234,56",
        )
        in result.stdout
    )
    assert listed(company_path) == []


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (("articles", "export", "-o", "Artikel.pdf"), 2),
        (("articles", "import", "fehlt.xlsx"), 1),
        (("articles",), 2),
    ],
)
def test_wrong_calls(company_path: Path, tmp_path: Path, args: tuple[str, ...], code: int) -> None:
    paths = [str(tmp_path / a) if a.endswith((".pdf", ".xlsx")) else a for a in args]
    result = meinbuero(*paths, "--db", company_path) if len(args) > 1 else meinbuero(*paths)
    assert result.returncode == code
    assert result.stderr.startswith("meinbuero: ") and result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr
