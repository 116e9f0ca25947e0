"""``meinbuero import``: preview, mapping, duplicates and failures without a window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from meinbuero.cli import main
from meinbuero.services import customers
from meinbuero.services.importing import save_mapping
from meinbuero.store.database import open_company
from tests.test_cli import assert_one_line_failure, meinbuero

CSV = (
    "Kundennummer;Firma;PLZ;Ort;E-Mail\n"
    "K1;Alt & Neu GmbH;50667;Köln-Süd;\n"
    ";Neue Firma KG;10115;Berlin;info@neue-firma.de\n"
    ";Kaputt AG;123;Bonn;\n"
)


@pytest.fixture
def office(tmp_path: Path) -> Path:
    path = tmp_path / "Firma.sqlite"
    database = open_company(path, create=True)
    with database.sessions.begin() as session:
        customers.save_customer(
            session,
            customers.CustomerInput(number="K1", company_name="Alt & Neu GmbH", postcode="50667"),
        )
    database.close()
    return path


def names(path: Path) -> list[tuple[str, str, str]]:
    database = open_company(path)
    try:
        with database.sessions() as session:
            from sqlalchemy import select

            from meinbuero.store.models import Customer

            rows = session.execute(
                select(Customer.number, Customer.company_name, Customer.city).order_by(Customer.id)
            )
            return [tuple(r) for r in rows]  # type: ignore[misc]
    finally:
        database.close()


def test_dry_run_prints_counts_and_refusals_and_writes_nothing(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kunden.csv"
    source.write_text(CSV, encoding="utf-8")
    command = ["import", "--db", str(office), str(source), "--dry-run", "--refuse-unreadable"]
    assert main(command) == 0
    out = capsys.readouterr().out.splitlines()
    assert (
        "Zeilen: 3 – neue Kunden: 1, Aktualisierungen: 1, unverändert: 0, mögliche Dubletten: 0, "
        "abgelehnt: 1." in out
    )
    assert "Zeile 4, PLZ „123“: Eine deutsche Postleitzahl hat fünf Ziffern." in out
    assert "  Firma → Firma" in out
    assert names(office) == [("K1", "Alt & Neu GmbH", "")]
    assert not (tmp_path / "Importberichte").exists()


def test_import_updates_by_number_and_saves_a_report(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kunden.csv"
    source.write_text(CSV, encoding="utf-8")
    assert main(["import", "--db", str(office), str(source), "--refuse-unreadable"]) == 0
    out = capsys.readouterr().out
    assert "Importiert: 1, aktualisiert: 1, unverändert: 0, übersprungen: 0, abgelehnt: 1." in out
    stored = names(office)
    assert stored[0] == ("K1", "Alt & Neu GmbH", "Köln-Süd")
    assert stored[1][1:] == ("Neue Firma KG", "Berlin")
    (report,) = (tmp_path / "Importberichte").iterdir()
    assert "Abgelehnt: 1" in report.read_text(encoding="utf-8")


def test_saved_mapping_and_mapping_file(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "alt.csv"
    source.write_text("Name 1;Wohnort\nZeta GmbH;Ulm\n", encoding="utf-8")
    database = open_company(office)
    with database.sessions.begin() as session:
        save_mapping(
            session,
            "Altsystem",
            headers=["Name 1", "Wohnort"],
            targets=["customer.company_name", "customer.city"],
        )
    database.close()
    assert main(["import", "--db", str(office), str(source), "--mapping", "Altsystem"]) == 0
    mapping = tmp_path / "zuordnung.json"
    mapping.write_text(
        json.dumps({"Name 1": "customer.company_name", "Wohnort": "customer.remark"}),
        encoding="utf-8",
    )
    assert main(["import", "--db", str(office), str(source), "--mapping", str(mapping),
                 "--on-duplicate", "import"]) == 0  # fmt: skip
    capsys.readouterr()
    # the second run finds the first one's customer (same name, no postcode): imported anyway
    assert [row[1:] for row in names(office)[1:]] == [("Zeta GmbH", "Ulm"), ("Zeta GmbH", "")]


def test_failures_are_one_german_line(office: Path, tmp_path: Path) -> None:
    binary = tmp_path / "bild.csv"
    binary.write_bytes(bytes(range(256)))
    assert_one_line_failure(
        meinbuero("import", "--db", office, binary),
        "bild.csv ist keine Textdatei (sie enthält Binärdaten).",
    )
    source = tmp_path / "k.csv"
    source.write_text(CSV, encoding="utf-8")
    assert_one_line_failure(
        meinbuero("import", "--db", office, source, "--mapping", "Fehlt"),
        "Es gibt keine gespeicherte Zuordnung „Fehlt“.",
    )
    assert names(office) == [("K1", "Alt & Neu GmbH", "")]


def test_a_missing_company_file_is_said_before_the_source_is_read(tmp_path: Path) -> None:
    binary = tmp_path / "bild.csv"
    binary.write_bytes(bytes(range(256)))
    missing = tmp_path / "Fehlt.sqlite"
    assert_one_line_failure(
        meinbuero("import", "--db", missing, binary),
        f"Die Firmendatei {missing} gibt es nicht.",
    )
    assert not missing.exists()


def test_unreadable_values_repairs_and_new_fields(
    office: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "liste.csv"
    source.write_text(
        "Firma;PLZ;Ort;Land;Branche;Notiz intern\n"
        "Eins GmbH;123;Bonn;DE;Bau;x\n"
        "Zwei GmbH;50667;K”ln;™sterreich;Bau;y\n",
        encoding="utf-8",
    )
    command = ["import", "--db", str(office), str(source), "--create-field", "Branche"]
    assert main(command) == 0
    out = capsys.readouterr().out.splitlines()
    # the impossible postcode costs only itself, and is said
    assert "Zeile 2: übernommen ohne PLZ „123“ (Eine deutsche Postleitzahl hat fünf Ziffern)" in out
    assert any(line.endswith("abgelehnt: 0. Ohne einen unlesbaren Wert übernommene Zeilen: 1.")
               for line in out)  # fmt: skip
    assert "Repariert (mit falschem Zeichensatz gelesen):" in out
    assert "  Zeile 3, Ort: K”ln → Köln" in out
    assert "Neues individuelles Feld „Branche“ (Auswahlliste) aus Spalte 5." in out
    assert "  Notiz intern (Text): „x“, „y“" in out
    assert "Importiert: 2, aktualisiert: 0, unverändert: 0, übersprungen: 0, abgelehnt: 0." in out
    assert [row[1:] for row in names(office)[1:]] == [("Eins GmbH", "Bonn"), ("Zwei GmbH", "Köln")]
    # again, without repair and refusing what cannot be read: nothing new, two rows refused
    command = ["import", "--db", str(office), str(source), "--no-repair", "--refuse-unreadable"]
    assert main([*command, "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "Mit falschem Zeichensatz gelesen (nicht repariert, --no-repair):" in out
    assert any(line.endswith("abgelehnt: 2.") for line in out)
