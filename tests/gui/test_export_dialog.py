"""Datei > Exportieren… on the demo company: choices, the export in its thread, cancel, errors."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMenu
from pytestqt.qtbot import QtBot

from meinbuero.gui.dialogs.export_dialog import ExportDialog
from meinbuero.gui.main_window import MainWindow
from meinbuero.gui.signals import DataSignals
from meinbuero.services import exporting
from meinbuero.services.exporting import CsvOptions, ExportReport
from meinbuero.store.database import Database
from meinbuero.store.listing import ListQuery, customer_ids
from tests.services.test_exporting import HEADERS


class Recorder:
    """Takes the messages the dialog would show in a box."""

    def __init__(self, dialog: ExportDialog, monkeypatch: pytest.MonkeyPatch) -> None:
        self.infos: list[str] = []
        self.errors: list[str] = []
        monkeypatch.setattr(dialog, "inform", self.infos.append)
        monkeypatch.setattr(dialog, "show_error", self.errors.append)


def ids_of(database: Database, text: str = "") -> list[int]:
    with database.sessions() as session:
        return customer_ids(session.connection(), ListQuery(text=text))


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "Export"
    folder.mkdir()
    return folder


def make_dialog(qtbot: QtBot, demo: Database, shown: list[int], out: Path) -> ExportDialog:
    dialog = ExportDialog(database=demo, shown_ids=shown, folder=out)
    qtbot.addWidget(dialog)
    return dialog


def test_choices_in_german(qtbot: QtBot, demo: Database, out: Path) -> None:
    dialog = make_dialog(qtbot, demo, ids_of(demo, "gmbh"), out)
    with qtbot.waitExposed(dialog):
        dialog.show()
    assert dialog.windowTitle() == "Kunden exportieren"
    count = len(ids_of(demo, "gmbh"))
    assert dialog.ui.shown_customers.text() == f"Die {count} in der Liste angezeigten Kunden"
    assert dialog.ui.shown_customers.isChecked()
    assert dialog.customer_ids() == ids_of(demo, "gmbh")
    dialog.ui.all_customers.setChecked(True)
    assert dialog.customer_ids() is None
    formats = [dialog.ui.format_combo.itemText(i) for i in range(3)]
    assert formats == [
        "Excel-Arbeitsmappe (.xlsx)",
        "CSV-Textdatei (.csv)",
        "vCard-Visitenkarten (.vcf)",
    ]
    headers = [dialog.ui.fields.item(i).text() for i in range(dialog.ui.fields.count())]
    assert headers[: len(HEADERS)] == HEADERS
    assert "Branche" in headers[len(HEADERS) :]  # the demo's custom fields follow
    assert len(dialog.chosen_fields()) == len(headers)
    dialog.ui.no_fields.click()
    assert dialog.chosen_fields() == []
    dialog.ui.all_fields.click()
    assert len(dialog.chosen_fields()) == len(headers)
    assert dialog.export_button.text() == "&Exportieren"
    assert dialog.ui.target.text() == str(out / "Kunden.xlsx")
    assert not dialog.ui.delimiter.isEnabled()
    dialog.set_format("csv")
    assert dialog.ui.delimiter.isEnabled() and dialog.ui.encoding.isEnabled()
    assert dialog.ui.delimiter.currentText() == "Semikolon (;)"
    assert dialog.ui.encoding.currentText() == "UTF-8 mit BOM (für Excel)"
    assert dialog.ui.target.text() == str(out / "Kunden.csv")  # the ending follows the format
    dialog.set_format("vcf")
    assert dialog.ui.format_hint.text().startswith("Eine Karte je Kunde")
    assert not dialog.ui.encoding.isEnabled()


def test_export_the_shown_customers_to_xlsx(
    qtbot: QtBot, demo: Database, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = ids_of(demo, "köln")
    assert shown
    dialog = make_dialog(qtbot, demo, shown, out)
    messages = Recorder(dialog, monkeypatch)
    with qtbot.waitSignal(dialog.export_finished, timeout=30_000) as finished:
        assert dialog.start_export()
        assert dialog.running and not dialog.ui.fields_box.isEnabled()
    report = finished.args[0]
    assert isinstance(report, ExportReport)
    assert (report.customers, report.cancelled) == (len(shown), False)
    assert messages.infos == [f"{len(shown)} Kunden nach {out / 'Kunden.xlsx'} exportiert."]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.running
    # The progress bar went all the way (it is hidden again once the export is done).
    assert dialog.ui.progress.maximum() == dialog.ui.progress.value() == len(shown)
    assert not dialog.ui.progress.isVisible()
    sheet = load_workbook(out / "Kunden.xlsx").active
    assert sheet is not None
    assert sheet.max_row == len(shown) + 1
    assert [c.value for c in next(sheet.iter_rows())][: len(HEADERS)] == HEADERS


def test_export_chosen_fields_of_all_customers_to_csv(
    qtbot: QtBot, demo: Database, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_dialog(qtbot, demo, ids_of(demo, "köln"), out)
    Recorder(dialog, monkeypatch)
    dialog.ui.all_customers.setChecked(True)
    dialog.set_format("csv")
    dialog.ui.delimiter.setCurrentIndex(dialog.ui.delimiter.findData(","))
    dialog.ui.no_fields.click()
    for row in (0, 9):  # Kundennummer, Ort
        dialog.ui.fields.item(row).setCheckState(Qt.CheckState.Checked)
    dialog.ui.target.setText(str(out / "Alle"))  # the ending is added
    with qtbot.waitSignal(dialog.export_finished, timeout=30_000):
        dialog.start_export()
    with (out / "Alle.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == ["Kundennummer", "Ort"]
    assert len(rows) == len(ids_of(demo)) + 1


def test_browse_and_missing_choices(
    qtbot: QtBot, demo: Database, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_dialog(qtbot, demo, ids_of(demo), out)
    messages = Recorder(dialog, monkeypatch)
    asked: list[Path] = []

    def ask_target(suggested: Path) -> Path | None:
        asked.append(suggested)
        return out / "Adressen" if len(asked) == 1 else None

    monkeypatch.setattr(dialog, "ask_target", ask_target)
    dialog.set_format("vcf")
    dialog.ui.browse.click()
    assert asked == [out / "Kunden.vcf"]
    assert dialog.ui.target.text() == str(out / "Adressen.vcf")

    dialog.ui.no_fields.click()
    assert not dialog.start_export()
    assert messages.errors == ["Bitte wählen Sie mindestens ein Feld für den Export."]
    dialog.ui.all_fields.click()
    dialog.ui.target.setText("")
    assert not dialog.start_export()  # asked for a file, and the user cancelled
    assert len(asked) == 2 and not dialog.running
    assert list(out.iterdir()) == []


def test_cancel_leaves_no_file(
    qtbot: QtBot, demo: Database, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(exporting, "BLOCK", 1)  # hundreds of blocks: time to cancel
    dialog = make_dialog(qtbot, demo, ids_of(demo), out)
    messages = Recorder(dialog, monkeypatch)
    with qtbot.waitExposed(dialog):
        dialog.show()
    with qtbot.waitSignal(dialog.export_finished, timeout=30_000) as finished:
        dialog.start_export()
        dialog.ui.buttonbox.rejected.emit()  # Abbrechen while running: stops the export
        assert dialog.ui.status.text() == "Wird abgebrochen …"
        dialog.close()  # the title bar's X too: it stops, the dialog stays to tell
        assert dialog.isVisible()
    assert finished.args[0].cancelled
    assert dialog.ui.status.text() == "Export abgebrochen – es wurde keine Datei geschrieben."
    assert messages.infos == [] and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.fields_box.isEnabled() and dialog.export_button.isEnabled()
    assert list(out.iterdir()) == []


def test_unwritable_file_gives_a_german_message(
    qtbot: QtBot, demo: Database, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = out / "Kunden.xlsx"
    blocked.mkdir()  # as a file open in Excel: it cannot be replaced
    dialog = make_dialog(qtbot, demo, ids_of(demo, "köln"), out)
    messages = Recorder(dialog, monkeypatch)
    with qtbot.waitSignal(dialog.export_failed, timeout=30_000):
        dialog.start_export()
    [message] = messages.errors
    assert message.startswith(f"Die Datei {blocked} kann nicht geschrieben werden. Ist sie in")
    assert dialog.ui.target_box.isEnabled() and not dialog.running
    assert list(out.iterdir()) == [blocked]


def test_file_menu_opens_the_export_with_the_list(
    qtbot: QtBot,
    demo: Database,
    signals: DataSignals,
    isolated_settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(database=demo, signals=signals, settings=isolated_settings)
    qtbot.addWidget(window)
    window.customers_area.search_field.setText("köln")
    window.customers_area.apply_filters()
    seen: list[ExportDialog] = []

    def work(dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportDialog)
        seen.append(dialog)
        return False

    monkeypatch.setattr(window, "run_dialog", work)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert "Exportieren…" in [a.text() for a in file_menu.actions()]
    window.export_customers_action.trigger()
    [dialog] = seen
    assert dialog.shown_ids == ids_of(demo, "köln")
    window.close()


def test_choices_come_back_next_time(
    qtbot: QtBot,
    demo: Database,
    out: Path,
    isolated_settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first = ExportDialog(database=demo, shown_ids=ids_of(demo, "köln"), settings=isolated_settings)
    qtbot.addWidget(first)
    Recorder(first, monkeypatch)
    first.set_format("csv")
    first.ui.delimiter.setCurrentIndex(first.ui.delimiter.findData("\t"))
    first.ui.encoding.setCurrentIndex(first.ui.encoding.findData("cp1252"))
    first.ui.fields.item(1).setCheckState(Qt.CheckState.Unchecked)  # Art
    first.ui.fields.item(3).setCheckState(Qt.CheckState.Unchecked)  # Anrede
    first.ui.target.setText(str(out / "Köln.csv"))
    with qtbot.waitSignal(first.export_finished, timeout=30_000):
        first.start_export()
    assert (out / "Köln.csv").read_bytes().startswith(b"Kundennummer\tFirma\tTitel")

    again = ExportDialog(database=demo, shown_ids=[], settings=isolated_settings)
    qtbot.addWidget(again)
    assert again.format() == "csv"
    assert again.csv_options() == CsvOptions(delimiter="\t", encoding="cp1252")
    assert "kind" not in again.chosen_fields() and "salutation" not in again.chosen_fields()
    assert "number" in again.chosen_fields() and "custom_1" in again.chosen_fields()
    assert again.ui.target.text() == str(out / "Kunden.csv")  # the folder, not the name
    assert again.ui.all_customers.isChecked()  # nothing shown in the list: all
