"""Datei > Datensicherung…: back up, list, check and restore on real files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMenu
from pytestqt.qtbot import QtBot

from meinbuero.gui.dialogs.backup_dialog import FOLDER, BackupDialog
from meinbuero.gui.signals import DataSignals
from meinbuero.services.customers import CustomerInput, save_customer
from meinbuero.store.database import Database


def cell(dialog: BackupDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


def make_dialog(
    qtbot: QtBot, database: Database, settings: QSettings, opened: list[Path]
) -> tuple[BackupDialog, list[str]]:
    dialog = BackupDialog(database=database, settings=settings, open_company=opened.append)
    qtbot.addWidget(dialog)
    warnings: list[str] = []
    dialog.warn = warnings.append  # type: ignore[method-assign, assignment]
    return dialog, warnings


def test_back_up_check_and_restore_into_a_new_file(
    qtbot: QtBot, database: Database, isolated_settings: QSettings, tmp_path: Path
) -> None:
    with database.sessions.begin() as session:
        save_customer(session, CustomerInput(company_name="Fenster GmbH"))
    opened: list[Path] = []
    dialog, warnings = make_dialog(qtbot, database, isolated_settings, opened)
    folder = tmp_path / "USB-Stick"
    dialog.set_folder(folder)
    assert isolated_settings.value(FOLDER) == str(folder)
    made = dialog.back_up_now()
    assert made is not None and made.parent == folder
    assert dialog.table.rowCount() == 1
    assert cell(dialog, 0, 1) == "1"  # one customer
    assert dialog.selected() == made
    assert dialog.verify_selected() and warnings == []

    target = tmp_path / "Wiederhergestellt.sqlite"
    dialog.ask_restore_target = lambda suggested: target  # type: ignore[method-assign]
    dialog.ask_open = lambda path: True  # type: ignore[method-assign]
    assert dialog.restore_selected() == target
    assert opened == [target]
    names = [r[0] for r in sqlite3.connect(target).execute("SELECT company_name FROM customer")]
    assert names == ["Fenster GmbH"]

    # the open company file is not replaced under the window
    dialog.ask_restore_target = lambda suggested: database.path  # type: ignore[method-assign]
    assert dialog.restore_selected() is None and len(warnings) == 1


def test_a_damaged_backup_and_a_password(
    qtbot: QtBot, database: Database, isolated_settings: QSettings, tmp_path: Path
) -> None:
    dialog, warnings = make_dialog(qtbot, database, isolated_settings, [])
    dialog.set_folder(tmp_path)
    dialog.password.setText("geheim")
    made = dialog.back_up_now()
    assert made is not None
    assert cell(dialog, 0, 4) == dialog.tr("yes")
    dialog.password.setText("falsch")
    assert not dialog.verify_selected() and len(warnings) == 1
    dialog.password.setText("geheim")
    assert dialog.verify_selected()
    data = bytearray(made.read_bytes())
    data[len(data) // 3] ^= 0x10
    made.write_bytes(bytes(data))
    assert not dialog.verify_selected() and len(warnings) == 2


def test_the_file_menu_opens_it(
    qtbot: QtBot, database: Database, signals: DataSignals, isolated_settings: QSettings
) -> None:
    from meinbuero.gui.main_window import MainWindow

    window = MainWindow(database=database, signals=signals, settings=isolated_settings)
    qtbot.addWidget(window)
    shown: list[QDialog] = []

    def run(dialog: QDialog) -> bool:
        shown.append(dialog)
        return False

    window.run_dialog = run  # type: ignore[method-assign]
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu) and window.backup_action in file_menu.actions()
    window.backup_action.trigger()
    assert len(shown) == 1 and isinstance(shown[0], BackupDialog)


def test_a_backup_opened_from_explorer_is_shown_in_the_dialog(
    qtbot: QtBot,
    database: Database,
    signals: DataSignals,
    isolated_settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from meinbuero import app, cli
    from meinbuero.gui.main_window import MainWindow
    from meinbuero.services.backup import make_backup

    folder = tmp_path / "Sicherungen"
    folder.mkdir()
    made = make_backup(database.path, folder)
    # Explorer starts `meinbuero.exe "…\\Firma … .meinbuero-backup"`: the window, with it shown.
    started: list[dict[str, object]] = []

    def run_window(**kwargs: object) -> int:
        started.append(kwargs)
        return 0

    monkeypatch.setattr(app, "run", run_window)
    assert cli.main([str(made)]) == 0
    assert cli.main([str(database.path)]) == 0
    assert started == [{"backup": made}, {"db": database.path}]

    window = MainWindow(database=database, signals=signals, settings=isolated_settings)
    qtbot.addWidget(window)
    shown: list[BackupDialog] = []

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, BackupDialog)
        shown.append(dialog)
        return False

    window.run_dialog = run  # type: ignore[method-assign]
    window.open_backup(selected=made)
    assert shown[0].folder == folder and shown[0].selected() == made
