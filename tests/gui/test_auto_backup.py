"""Automatic backups: set in Datei > Datensicherung…, made on close and daily on start, and the
status bar's warning, on real company files and real widgets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from meinbuero.gui.dialogs.backup_dialog import FOLDER, BackupDialog
from meinbuero.gui.main_window import MainWindow
from meinbuero.gui.signals import DataSignals
from meinbuero.services import backup, backup_settings
from meinbuero.services.backup_settings import AutoBackup, State
from meinbuero.store.database import Database

NOW = datetime(2026, 12, 6, 8, 15)


def set_auto(database: Database, data: AutoBackup) -> None:
    with database.sessions.begin() as session:
        backup_settings.save_auto_backup(session, data)


@pytest.fixture
def folder(tmp_path: Path, isolated_settings: QSettings) -> Path:
    folder = tmp_path / "NAS"
    folder.mkdir()
    isolated_settings.setValue(FOLDER, str(folder))
    return folder


@pytest.fixture
def window(
    qtbot: QtBot, database: Database, signals: DataSignals, isolated_settings: QSettings
) -> Iterator[tuple[MainWindow, list[str]]]:
    # not given to qtbot: closing is what these tests do, once
    window = MainWindow(database=database, signals=signals, settings=isolated_settings)
    warnings: list[str] = []
    window.warn = warnings.append  # type: ignore[method-assign, assignment]
    yield window, warnings
    set_auto(database, AutoBackup())
    window.close()
    window.deleteLater()


def test_the_dialog_stores_the_settings_with_the_company(
    qtbot: QtBot, database: Database, isolated_settings: QSettings
) -> None:
    dialog = BackupDialog(database=database, settings=isolated_settings)
    qtbot.addWidget(dialog)
    assert not dialog.on_close.isChecked() and dialog.keep_daily.value() == 7
    assert dialog.findChild(QLabel, "automatic_note") is not None
    dialog.on_close.setChecked(True)
    dialog.daily.setChecked(True)
    dialog.keep_daily.setValue(5)
    dialog.keep_weekly.setValue(2)
    dialog.keep_monthly.setValue(6)
    dialog.warn_days.setValue(3)
    with database.sessions() as session:
        assert backup_settings.auto_backup(session) == AutoBackup(True, True, 5, 2, 6, 3)
    again = BackupDialog(database=database, settings=isolated_settings)
    qtbot.addWidget(again)
    assert again.automatic() == AutoBackup(True, True, 5, 2, 6, 3)


def test_a_backup_on_close_is_made_and_rotated(
    window: tuple[MainWindow, list[str]], database: Database, folder: Path
) -> None:
    main, warnings = window
    prepared = [folder / f"Firma 2020-01-{day:02d} 1800{backup.EXTENSION}" for day in (1, 2, 3)]
    for path in prepared:
        path.write_bytes(b"prepared")
    set_auto(database, AutoBackup(on_close=True, keep_daily=2, keep_weekly=0, keep_monthly=0))
    closed: list[bool] = []
    main.closed.connect(lambda: closed.append(True))
    assert main.close() and closed == [True]
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 2 and names[0] == prepared[-1].name  # today's and the newest before
    assert backup.inspect_backup(folder / names[1]).company_name is not None
    assert warnings == []


def test_a_missing_folder_on_close_is_told_and_the_window_closes(
    window: tuple[MainWindow, list[str]],
    database: Database,
    tmp_path: Path,
    isolated_settings: QSettings,
) -> None:
    main, warnings = window
    gone = tmp_path / "USB-Stick" / "Sicherungen"
    isolated_settings.setValue(FOLDER, str(gone))
    set_auto(database, AutoBackup(on_close=True))
    closed: list[bool] = []
    main.closed.connect(lambda: closed.append(True))
    assert main.close() and closed == [True]
    assert len(warnings) == 1 and str(gone) in warnings[0]
    assert not gone.parent.exists()


def test_the_daily_backup_is_made_once_a_day(
    window: tuple[MainWindow, list[str]], database: Database, folder: Path
) -> None:
    main, _ = window
    assert not main.back_up_daily(date(2026, 12, 6), NOW)  # off until set
    set_auto(database, AutoBackup(daily=True))
    assert main.back_up_daily(date(2026, 12, 6), NOW)
    assert not main.back_up_daily(date(2026, 12, 6), NOW.replace(hour=14))
    assert main.back_up_daily(date(2026, 12, 7), NOW.replace(day=7))
    assert [p.name for p in backup.backups_in(folder)] == [
        f"Firma 2026-12-07 0815{backup.EXTENSION}",
        f"Firma 2026-12-06 0815{backup.EXTENSION}",
    ]


def test_a_failed_daily_backup_is_told_in_the_status_bar(
    window: tuple[MainWindow, list[str]],
    database: Database,
    tmp_path: Path,
    isolated_settings: QSettings,
) -> None:
    main, _ = window
    gone = tmp_path / "USB-Stick" / "Sicherungen"
    isolated_settings.setValue(FOLDER, str(gone))
    set_auto(database, AutoBackup(daily=True))
    assert not main.back_up_daily(date(2026, 12, 6), NOW)
    assert str(gone) in main.statusBar().currentMessage()
    with database.sessions() as session:  # tried again on the next start
        assert backup_settings.daily_due(session, date(2026, 12, 6))


def test_the_status_bar_warns_until_a_backup_is_made(
    window: tuple[MainWindow, list[str]],
    database: Database,
    folder: Path,
    tmp_path: Path,
    isolated_settings: QSettings,
) -> None:
    main, _ = window
    label = main.backup_warning
    assert main.update_backup_warning(NOW).state is State.NEVER
    assert label.text() == main.tr("No backup yet") and not label.isHidden()
    assert "Datei > Datensicherung…" in label.toolTip()

    backup.make_backup(database.path, folder, now=datetime(2026, 11, 20, 9, 0))
    assert main.update_backup_warning(NOW).state is State.OLD
    assert label.text() == main.tr("Last backup {days} days ago").format(days=15)
    assert "20.11.2026" in label.toolTip()

    isolated_settings.setValue(FOLDER, str(tmp_path / "USB-Stick" / "Sicherungen"))
    assert main.update_backup_warning(NOW).state is State.UNREACHABLE
    assert label.text() == main.tr("Backup folder unreachable")
    assert "USB" in label.toolTip()

    isolated_settings.setValue(FOLDER, str(folder))
    assert main.back_up_automatically(NOW) is None
    assert main.backup_state.state is State.OK
    assert label.isHidden() and label.text() == ""


def test_a_click_on_the_warning_opens_the_backups(
    window: tuple[MainWindow, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    main, _ = window
    opened: list[bool] = []
    monkeypatch.setattr(main, "open_backup", lambda: opened.append(True))
    main.backup_warning.clicked.emit()
    assert opened == [True]
