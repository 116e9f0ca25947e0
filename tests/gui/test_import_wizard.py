"""Datei > Importieren…: every step of the wizard on a real company file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from meinbuero.gui.dialogs import import_wizard
from meinbuero.gui.dialogs.import_wizard import (
    FILE_PAGE,
    MAPPING_PAGE,
    PREVIEW_PAGE,
    RUN_PAGE,
    ImportWizard,
)
from meinbuero.gui.main_window import MainWindow
from meinbuero.gui.signals import DataSignals
from meinbuero.services import custom_fields, customers
from meinbuero.services.importing import saved_mappings
from meinbuero.store.database import Database
from meinbuero.store.models import Customer
from tests.conftest import SHARED_TESTDATA
from tests.services.test_importing import write_xlsx

KNOWN = (
    "Kundennummer;Art;Firma;Anrede;Titel;Vorname;Nachname;Straße;PLZ;Ort;Land;Telefon;E-Mail\n"
    "K1;Firma;Alt GmbH;;;;;Weg 1;50667;Köln-Süd;DE;;\n"
    ";Privat;;Frau;Dr.;Eva;Neu;Ring 2;10115;Berlin;DE;030 1234567;eva@neu.de\n"
    ";Privat;;Herr;;Max;Muster;Gasse 3;80331;München;DE;;\n"
    ";Firma;;;;;;;123;Bonn;DE;;\n"
)
UNKNOWN = "Name 1;Wohnort;Kram\nZeta GmbH;Ulm;x\nOmega AG;Jena;y\n"


def count(database: Database) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Customer)) or 0)


@pytest.fixture
def wizard(qtbot: QtBot, database: Database, signals: DataSignals) -> ImportWizard:
    with database.sessions.begin() as session:
        customers.save_customer(
            session, customers.CustomerInput(number="K1", company_name="Alt GmbH")
        )
        customers.save_customer(
            session,
            customers.CustomerInput(kind="person", first_name="Max", last_name="Muster",
                                    postcode="80331", city="München"),
        )  # fmt: skip
    wizard = ImportWizard(database=database, signals=signals)
    qtbot.addWidget(wizard)
    with qtbot.waitExposed(wizard):
        wizard.show()
    return wizard


def choose_file(wizard: ImportWizard, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(wizard, "ask_source_file", lambda: path)
    wizard.file_page.browse_button.click()
    assert wizard.file_page.path_edit.text() == str(path)


def run_to_end(wizard: ImportWizard, qtbot: QtBot) -> None:
    wizard.next()
    assert wizard.currentId() == RUN_PAGE
    qtbot.waitUntil(wizard.run_page.isComplete, timeout=20000)


def test_known_layout_skips_mapping_and_imports(
    wizard: ImportWizard,
    database: Database,
    signals: DataSignals,
    qtbot: QtBot,
    qtmodeltester: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "export.csv"
    source.write_text(KNOWN, encoding="utf-8")
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    choose_file(wizard, source, monkeypatch)
    wizard.next()
    assert wizard.currentId() == PREVIEW_PAGE  # our own export: no mapping step
    page = wizard.preview_page
    assert page.counts.text() == (
        "Zeilen: 4 – neue Kunden: 1, Aktualisierungen (gleiche Kundennummer oder E-Mail): 1, "
        "unverändert: 0, mögliche Dubletten: 1, abgelehnt: 1."
    )
    rows = page.rows_table
    assert [rows.item(1, c).text() for c in range(8)] == [  # type: ignore[union-attr]
        "3", "Neu", "Neu, Eva", "Ring 2", "10115", "Berlin", "030 1234567", "eva@neu.de"
    ]  # fmt: skip
    assert rows.item(0, 1).text() == "Aktualisieren"  # type: ignore[union-attr]
    duplicates = page.duplicates_table
    assert duplicates.rowCount() == 1
    assert duplicates.item(0, 2).text().endswith("Muster, Max, 80331 München")  # type: ignore[union-attr]
    assert duplicates.item(0, 3).text() == "gleicher Name und gleiche PLZ"  # type: ignore[union-attr]
    refused = page.refused_table
    cells = [[refused.item(r, c).text() for c in range(4)] for r in range(refused.rowCount())]  # type: ignore[union-attr]
    assert cells == [
        ["5", "Firma", "", "Bitte den Firmennamen eingeben."],
        ["5", "PLZ", "123", "Eine deutsche Postleitzahl hat fünf Ziffern."],
    ]
    for table in (rows, duplicates, refused):
        qtmodeltester.check(table.model())
    with qtbot.waitSignal(signals.customers_changed, timeout=20000):
        run_to_end(wizard, qtbot)
    run = wizard.run_page
    assert run.result is not None
    assert (run.result.imported, run.result.updated, run.result.skipped) == (1, 1, 1)
    assert "Importiert: 1" in run.report.toPlainText()
    assert run.report_path is not None and run.report_path.exists()
    assert run.report_path.parent == database.path.parent / "Importberichte"
    assert count(database) == 3
    with database.sessions() as session:
        assert customers.find_by_number(session, "K1").city == "Köln-Süd"


def test_duplicates_choice_for_all_and_per_row(
    wizard: ImportWizard,
    database: Database,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "export.csv"
    source.write_text(KNOWN + ";Privat;;;;Max;Muster;;80331;;DE;;\n", encoding="utf-8")
    choose_file(wizard, source, monkeypatch)
    wizard.next()
    page = wizard.preview_page
    assert page.duplicates_table.rowCount() == 2
    page.all_choice.setCurrentIndex(2)  # import anyway
    page.apply_all.click()
    assert [page.decision_combo(r).currentText() for r in range(2)] == ["Trotzdem importieren"] * 2
    page.decision_combo(1).setCurrentIndex(1)  # the second one: update the existing customer
    run_to_end(wizard, qtbot)
    assert wizard.run_page.result is not None
    result = wizard.run_page.result
    # the second duplicate holds nothing Max Muster has not: unchanged, not updated
    assert (result.imported, result.updated, result.unchanged) == (2, 1, 1)
    assert count(database) == 4


def test_long_lists_show_the_first_rows_and_the_rest_follow_the_choice_for_all(
    wizard: ImportWizard,
    database: Database,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(import_wizard, "LISTED", 2)
    source = tmp_path / "viele.csv"
    source.write_text(
        "Vorname;Nachname;PLZ;Ort\n" + "Max;Muster;80331;München\n" * 3 + ";;123;Bonn\n" * 3,
        encoding="utf-8",
    )
    choose_file(wizard, source, monkeypatch)
    wizard.next()
    assert wizard.currentId() == MAPPING_PAGE  # proposed from the headers
    wizard.next()
    page = wizard.preview_page
    assert (page.duplicates_table.rowCount(), page.refused_table.rowCount()) == (2, 2)
    assert not page.more_duplicates.isHidden()
    assert "die ersten 2 von 3" in page.more_duplicates.text()
    assert "die ersten 2 von 6" in page.more_refusals.text()  # two reasons a row
    assert page.tabs.tabText(1).endswith("(3)")
    assert page.tabs.tabText(2) == "Abgelehnt (3)"  # rows, as the summary counts them
    page.all_choice.setCurrentIndex(2)  # import anyway — not applied to the listed ones
    run_to_end(wizard, qtbot)
    result = wizard.run_page.result
    assert result is not None
    # the two listed keep "skip", the third follows the choice for all; every refusal reported
    assert (result.imported, result.skipped, result.refused_rows) == (1, 2, 3)


def test_unknown_layout_mapping_saved_and_reused(
    wizard: ImportWizard,
    database: Database,
    signals: DataSignals,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "alt.csv"
    source.write_text(UNKNOWN, encoding="utf-8")
    choose_file(wizard, source, monkeypatch)
    wizard.next()
    assert wizard.currentId() == MAPPING_PAGE
    mapping = wizard.mapping_page
    assert mapping.table.item(0, 1).text() == "Zeta GmbH"  # type: ignore[union-attr]
    assert mapping.targets() == ["", "customer.city", ""]  # proposed from "Wohnort"
    mapping.combo(0).setCurrentIndex(mapping.combo(0).findData("customer.company_name"))
    mapping.combo(1).setCurrentIndex(mapping.combo(1).findData("customer.city"))
    assert mapping.combo(1).currentText() == "Ort"
    mapping.save_name.setText("Altsystem")
    assert mapping.save_check.isChecked()
    wizard.next()
    assert wizard.currentId() == PREVIEW_PAGE
    assert wizard.preview_page.rows_table.item(0, 5).text() == "Ulm"  # type: ignore[union-attr]
    with database.sessions() as session:
        assert saved_mappings(session) == ["Altsystem"]

    second = ImportWizard(database=database, signals=signals)
    qtbot.addWidget(second)
    second.show()
    choose_file(second, source, monkeypatch)
    second.next()
    page = second.mapping_page
    assert page.saved.currentText() == "Altsystem"
    page.load_button.click()
    assert page.targets() == ["customer.company_name", "customer.city", ""]


def test_nothing_mapped_is_refused_on_the_mapping_page(
    wizard: ImportWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "alt.csv"
    source.write_text("Spalte A;Spalte B\n1;2\n", encoding="utf-8")
    choose_file(wizard, source, monkeypatch)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == MAPPING_PAGE
    assert wizard.mapping_page.message.text() == "Bitte mindestens eine Spalte einem Feld zuordnen."


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("bild.csv", bytes(range(256)), "bild.csv ist keine Textdatei (sie enthält Binärdaten)."),
        ("leer.xlsx", b"", "Die Datei leer.xlsx ist leer."),
        ("kaputt.xlsx", b"PK\x03\x04kaputt", "kaputt.xlsx kann nicht als Excel-Arbeitsmappe"),
    ],
)
def test_unreadable_file_stays_on_the_first_page(
    wizard: ImportWizard,
    database: Database,
    tmp_path: Path,
    name: str,
    content: bytes,
    message: str,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    wizard.file_page.path_edit.setText(str(path))
    wizard.next()
    assert wizard.currentId() == FILE_PAGE
    assert wizard.file_page.message.text().startswith(message)
    assert count(database) == 2


def test_cancel_while_importing_leaves_nothing(
    wizard: ImportWizard,
    database: Database,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = tmp_path / "viele.csv"
    source.write_text(
        "Nachname;Ort\n" + "".join(f"Kunde {i};Köln\n" for i in range(3000)), encoding="utf-8"
    )
    choose_file(wizard, source, monkeypatch)
    wizard.next()  # two columns: no known layout
    wizard.next()  # the proposal (Nachname, Ort) as it is
    wizard.next()
    assert wizard.currentId() == RUN_PAGE
    run = wizard.run_page
    run.cancel_button.click()
    qtbot.waitUntil(run.isComplete, timeout=20000)
    assert run.status.text() == "Der Import wurde abgebrochen; es wurde nichts importiert."
    assert run.result is None
    assert count(database) == 2


def test_shared_vcard_with_photo(
    wizard: ImportWizard, database: Database, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = SHARED_TESTDATA / "vobject__photo-test.vcf"
    if not path.exists():
        pytest.skip(f"shared test data not found: {path}")
    choose_file(wizard, path, monkeypatch)
    wizard.next()
    assert wizard.currentId() == PREVIEW_PAGE
    assert wizard.preview_page.rows_table.item(0, 2).text() == "my former school"  # type: ignore[union-attr]
    run_to_end(wizard, qtbot)
    assert count(database) == 3


def test_main_window_file_menu_opens_the_wizard(
    qtbot: QtBot,
    database: Database,
    signals: DataSignals,
    isolated_settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(database=database, signals=signals, settings=isolated_settings)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert window.import_action in file_menu.actions()
    assert window.import_action.text() == "Importieren…"
    opened: list[QDialog] = []

    def run_dialog(dialog: QDialog) -> bool:
        opened.append(dialog)
        return False

    monkeypatch.setattr(window, "run_dialog", run_dialog)
    window.import_action.trigger()
    assert len(opened) == 1 and isinstance(opened[0], ImportWizard)
    assert opened[0].windowTitle() == "Kunden importieren"


LOSSY = (
    "Kundennummer;Firma;Nachname;Ort;Land;Geburtstag;Umsatz;Stufe\n"
    "K1;Alt GmbH;;;DE;;;\n"  # as stored: unchanged
    ";;Groákopf;K”ln;™sterreich;31.02.1980;1.200,50;Gold\n"
    ";;Neu;Ulm;DE;0.0.00;17;Gold\n"
)


def test_preview_offers_what_would_be_lost(
    wizard: ImportWizard,
    database: Database,
    qtbot: QtBot,
    qtmodeltester: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a DOS file opened in Excel as Windows-1252 and saved: the garbled text is in the cells
    source = write_xlsx(tmp_path / "liste.xlsx", [line.split(";") for line in LOSSY.splitlines()])
    choose_file(wizard, source, monkeypatch)
    wizard.next()
    assert wizard.currentId() == MAPPING_PAGE
    wizard.next()
    page = wizard.preview_page
    assert page.counts.text().endswith(
        "unverändert: 1, mögliche Dubletten: 0, abgelehnt: 0. Davon ohne einen unlesbaren Wert: 1."
    )
    tabs = [page.tabs.tabText(i) for i in range(page.tabs.count()) if page.tabs.isTabVisible(i)]
    assert tabs == [
        "Zeilen",
        "Mögliche Dubletten (0)",
        "Abgelehnt (0)",
        "Ohne unlesbare Werte (1)",
        "Nicht übernommene Spalten (2)",
        "Zeichensatz (1)",
    ]
    texts = table_texts(page.omitted_table)
    assert texts[0][:4] == ["3", "Geburtstag", "Geburtstag", "31.02.1980"]
    assert table_texts(page.repairs_table) == [
        ["3", "Nachname", "Groákopf", "Großkopf"],
        ["3", "Ort", "K”ln", "Köln"],
        ["3", "Land", "™sterreich", "Österreich"],
    ]
    assert [row[1:3] for row in table_texts(page.columns_table)] == [
        ["Umsatz", "Zahl"],
        ["Stufe", "Auswahlliste"],
    ]
    assert page.rows_table.item(0, 1).text() == "Unverändert"  # type: ignore[union-attr]
    for table in (page.omitted_table, page.columns_table, page.repairs_table):
        qtmodeltester.check(table.model())
    # refusing instead: the row with the impossible birthday is refused
    page.refuse_check.setChecked(True)
    assert page.tabs.tabText(2) == "Abgelehnt (1)"
    page.refuse_check.setChecked(False)
    # "Umsatz" as a custom field
    page.columns_table.item(0, 0).setCheckState(Qt.CheckState.Checked)  # type: ignore[union-attr]
    assert wizard.new_fields == [6]
    assert page.columns_table.item(0, 0).checkState() == Qt.CheckState.Checked  # type: ignore[union-attr]
    run_to_end(wizard, qtbot)
    result = wizard.run_page.result
    assert result is not None
    assert (result.imported, result.unchanged, result.updated) == (2, 1, 0)
    text = wizard.run_page.report.toPlainText()
    assert "übernommen ohne Geburtstag „31.02.1980“" in text
    assert "Neue individuelle Felder: Umsatz" in text
    with database.sessions() as session:
        stored = session.scalars(select(Customer).where(Customer.last_name == "Großkopf")).one()
        assert (stored.city, stored.country, stored.birthday_day) == ("Köln", "AT", None)
        values = custom_fields.values(session, stored.id)
        assert list(values.values()) == ["1.200,5"]


def table_texts(table: Any) -> list[list[str]]:
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
