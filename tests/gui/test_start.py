"""Starting: the first start, the choice of a company file, recent files, one window per file."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from meinbuero import app
from meinbuero.gui import start
from meinbuero.gui.icons import NAMES, icon, icon_path
from meinbuero.gui.main_window import MainWindow
from meinbuero.gui.start import (
    InstanceGuard,
    Launcher,
    LockState,
    Opened,
    StartDialog,
    StartResult,
    add_recent_file,
    lock_file,
    recent_files,
    remove_recent_file,
)
from meinbuero.paths import default_company_file
from meinbuero.services import customers
from meinbuero.services import settings as company_settings
from meinbuero.store.database import open_company


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """platformdirs' user data folder, empty: as on a fresh computer."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data" / "meinbuero"


def company_name(path: Path) -> str:
    database = open_company(path)
    try:
        with database.sessions() as session:
            return company_settings.company(session).name
    finally:
        database.close()


def customer_count(path: Path) -> int:
    database = open_company(path)
    try:
        with database.sessions() as session:
            return customers.count_customers(session, include_archived=True)
    finally:
        database.close()


# --- recent files ----------------------------------------------------------------------------


def test_recent_files_newest_first_at_most_eight(
    isolated_settings: QSettings, tmp_path: Path
) -> None:
    assert recent_files(isolated_settings) == []
    add_recent_file(isolated_settings, tmp_path / "eins.sqlite")
    again = QSettings(isolated_settings.fileName(), QSettings.Format.IniFormat)
    assert recent_files(again) == [tmp_path / "eins.sqlite"]  # a list of one, read back
    for number in range(10):
        add_recent_file(isolated_settings, tmp_path / f"{number}.sqlite")
    add_recent_file(isolated_settings, tmp_path / "5.sqlite")
    files = recent_files(isolated_settings)
    assert len(files) == 8
    assert [p.stem for p in files] == ["5", "9", "8", "7", "6", "4", "3", "2"]
    remove_recent_file(isolated_settings, tmp_path / "9.sqlite")
    assert [p.stem for p in recent_files(isolated_settings)][:2] == ["5", "8"]


def test_every_icon_is_there() -> None:
    for name in NAMES:
        assert icon_path(name).is_file(), name
        assert not icon(name).isNull()


# --- one window per company file -------------------------------------------------------------


def test_second_start_on_the_same_file_raises_the_first(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "Firma.sqlite"
    first = InstanceGuard(company_file=path)
    second = InstanceGuard(company_file=path)
    assert first.acquire() is LockState.ACQUIRED
    assert lock_file(path).exists()
    raised: list[bool] = []
    first.raise_requested.connect(lambda: raised.append(True))
    assert second.acquire() is LockState.HELD
    assert second.ask_running_to_raise() is True
    assert raised == [True]
    first.release()
    assert not lock_file(path).exists()
    assert second.acquire() is LockState.ACQUIRED
    assert InstanceGuard(company_file=tmp_path / "Andere.sqlite").acquire() is LockState.ACQUIRED
    second.release()


def test_a_lock_nobody_answers_for(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "Firma.sqlite"
    elsewhere = QLockFile(str(lock_file(path)))  # held, but no program answers
    assert elsewhere.tryLock(0)
    guard = InstanceGuard(company_file=path)
    assert guard.acquire() is LockState.HELD
    assert guard.ask_running_to_raise(timeout_ms=300) is False
    elsewhere.unlock()
    missing = InstanceGuard(company_file=tmp_path / "gibt es nicht" / "Firma.sqlite")
    assert missing.acquire() is LockState.UNAVAILABLE


# --- the first start -------------------------------------------------------------------------


def test_welcome_dialog_in_german(qtbot: QtBot, isolated_settings: QSettings) -> None:
    dialog = StartDialog(settings=isolated_settings)
    qtbot.addWidget(dialog)
    texts = [dialog.empty_button.text(), dialog.demo_button.text(), dialog.open_button.text()]
    assert texts == ["Leere Firma anlegen", "Demofirma öffnen", "Andere Firmendatei öffnen…"]
    heading = dialog.findChild(QLabel, "heading")
    assert heading is not None and heading.text() == "Willkommen bei meinbuero"
    assert "500 erfundenen Kunden" in dialog.demo_button.description()
    assert dialog.recent_list.isHidden()


def test_first_start_makes_an_empty_company(
    qtbot: QtBot, isolated_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = StartDialog(settings=isolated_settings)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "ask_company_name", lambda: "Schreinerei Holz & Co. KG")
    dialog.empty_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_file == default_company_file() and dialog.created_new
    assert company_name(default_company_file()) == "Schreinerei Holz & Co. KG"

    another = StartDialog(settings=isolated_settings, first_start=False)
    qtbot.addWidget(another)
    monkeypatch.setattr(another, "ask_company_name", lambda: "Zweite/Firma")
    another.choose_empty()  # the default file exists: one named after the company
    assert another.chosen_file == default_company_file().with_name("ZweiteFirma.sqlite")
    cancelled = StartDialog(settings=isolated_settings)
    qtbot.addWidget(cancelled)
    monkeypatch.setattr(cancelled, "ask_company_name", lambda: None)
    cancelled.choose_empty()
    assert cancelled.chosen_file is None


def test_first_start_opens_the_demo_company(qtbot: QtBot, isolated_settings: QSettings) -> None:
    dialog = StartDialog(settings=isolated_settings)
    qtbot.addWidget(dialog)
    dialog.demo_button.click()
    assert dialog.chosen_file == start.demo_company_file()
    assert dialog.chosen_file.name == "Demofirma.sqlite"
    assert dialog.chosen_file.parent == default_company_file().parent
    assert customer_count(dialog.chosen_file) == start.DEMO_CUSTOMERS
    assert not dialog.created_new


# --- the launcher ----------------------------------------------------------------------------


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "Demo Firma.sqlite"
    start.create_demo_company(path, customers=30, sales_years=0)
    return path


@pytest.fixture
def launcher(
    qapp: QApplication, isolated_settings: QSettings
) -> Iterator[tuple[Launcher, list[str]]]:
    errors: list[str] = []
    launcher = Launcher(settings=isolated_settings)
    launcher.show_error = lambda text, parent=None: errors.append(text)  # type: ignore[method-assign]
    yield launcher, errors
    for window in launcher.windows:
        window.close()


@pytest.mark.qt_log_ignore("does not support raise")
def test_start_on_a_file_then_a_second_start_hands_over(
    launcher: tuple[Launcher, list[str]],
    demo_file: Path,
    isolated_settings: QSettings,
    qtbot: QtBot,
) -> None:
    first, errors = launcher
    assert first.start(demo_file) is StartResult.RUNNING
    [window] = first.windows
    qtbot.addWidget(window)
    assert window.isVisible() and window.customers_area.model.rowCount() > 0
    assert recent_files(isolated_settings) == [demo_file]
    raised: list[bool] = []
    window.bring_to_front = lambda: raised.append(True)  # type: ignore[method-assign]
    first._open[0].guard.raise_requested.disconnect()
    first._open[0].guard.raise_requested.connect(window.bring_to_front)

    second = Launcher(settings=isolated_settings)
    assert second.start(demo_file) is StartResult.HANDED_OVER
    assert raised == [True] and second.windows == [] and errors == []

    window.close()
    assert first.windows == [] and not lock_file(demo_file).exists()


def test_missing_or_foreign_file_is_explained_then_the_choice(
    launcher: tuple[Launcher, list[str]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, errors = launcher
    offered: list[bool] = []

    def choose(*, first_start: bool) -> StartDialog | None:
        offered.append(first_start)
        return None

    monkeypatch.setattr(first, "run_start_dialog", choose)
    missing = tmp_path / "weg.sqlite"
    assert first.start(missing) is StartResult.CANCELLED
    assert errors == [f"Die Firmendatei {missing} gibt es nicht."]
    assert offered == [False] and not missing.exists()
    assert not lock_file(missing).exists()
    foreign = tmp_path / "fremd.sqlite"
    foreign.write_bytes(b"not a database at all, just text")
    assert first.start(foreign) is StartResult.CANCELLED
    assert "ist keine meinbuero-Firmendatei" in errors[-1]


def test_file_open_elsewhere(launcher: tuple[Launcher, list[str]], demo_file: Path) -> None:
    first, errors = launcher
    elsewhere = QLockFile(str(lock_file(demo_file)))
    assert elsewhere.tryLock(0)
    try:
        assert first.open_file(demo_file) is Opened.FAILED
    finally:
        elsewhere.unlock()
    assert errors and "ist bereits geöffnet" in errors[0]


def test_first_start_with_nothing_there(
    launcher: tuple[Launcher, list[str]],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    first, errors = launcher
    pages: list[str] = []

    def fake_settings(self: MainWindow, page: str) -> QDialog:
        pages.append(page)
        return QDialog(self)

    monkeypatch.setattr(MainWindow, "create_settings_dialog", fake_settings)

    def choose(*, first_start: bool) -> StartDialog:
        assert first_start
        dialog = StartDialog(settings=first.settings)
        monkeypatch.setattr(dialog, "ask_company_name", lambda: "Neu & Frisch GmbH")
        dialog.choose_empty()
        return dialog

    monkeypatch.setattr(first, "run_start_dialog", choose)
    assert first.start() is StartResult.RUNNING
    [window] = first.windows
    qtbot.addWidget(window)
    assert window.database.path == default_company_file()
    assert window.company_label.text() == "Neu & Frisch GmbH"
    assert pages == ["company"]  # Meine Firma is filled in next
    assert errors == []


@pytest.mark.qt_log_ignore("does not support raise")
def test_open_another_company_from_the_window_replaces_it(
    launcher: tuple[Launcher, list[str]], demo_file: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    first, _ = launcher
    other = tmp_path / "Andere.sqlite"
    start.create_empty_company(other, "Andere GmbH")
    assert first.open_file(demo_file) is Opened.OPENED
    [old] = first.windows
    old.open_company_requested.emit(str(other), False)
    [new] = first.windows
    qtbot.addWidget(new)
    assert new is not old and new.company_label.text() == "Andere GmbH"
    assert not lock_file(demo_file).exists() and lock_file(other).exists()
    assert recent_files(first.settings)[:2] == [other, demo_file]
    assert first.start() is StartResult.RUNNING  # the last used file, already open here
    assert first.windows == [new]


def test_run_opens_the_window_and_returns_when_it_closes(
    qapp: QApplication, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def close_all() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow):
                widget.close()

    QTimer.singleShot(300, close_all)
    try:
        assert app.run(db=demo_file) == 0
    finally:
        gc.unfreeze()  # run() freezes what it loaded; a test process goes on
    assert QApplication.organizationName() == "meinbuero"
    assert not lock_file(demo_file).exists()


@pytest.mark.qt_log_ignore("does not support raise")
def test_restore_over_the_open_company_from_its_window(
    launcher: tuple[Launcher, list[str]],
    demo_file: Path,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    import sqlite3

    from meinbuero.services import backup

    first, errors = launcher
    assert first.start(demo_file) is StartResult.RUNNING
    [window] = first.windows
    made = backup.make_backup(demo_file, tmp_path / "Sicherungen")
    with window.database.sessions.begin() as session:
        customers.save_customer(session, customers.CustomerInput(company_name="Nach der Sicherung"))

    def names(path: Path) -> set[str]:
        connection = sqlite3.connect(path)
        try:
            return {r[0] for r in connection.execute("SELECT company_name FROM customer")}
        finally:
            connection.close()

    window.restore_over_requested.emit(str(made), None)
    qtbot.waitUntil(lambda: bool(first.windows) and first.windows[0] is not window, timeout=10_000)
    [again] = first.windows
    qtbot.addWidget(again)
    assert errors == []
    assert again.database.path == demo_file
    assert "Nach der Sicherung" not in names(demo_file)
    # The replaced company was backed up beside itself first.
    kept = list(demo_file.parent.glob("*.meinbuero-backup")) + list(
        demo_file.with_name(demo_file.name + ".backups").glob("*")
    )
    assert any("Nach der Sicherung" in names_in(p) for p in kept)


def names_in(backup_file: Path) -> set[str]:
    import sqlite3
    import tempfile

    from meinbuero.services import backup

    if backup_file.suffix != ".meinbuero-backup":
        connection = sqlite3.connect(backup_file)
        try:
            return {r[0] for r in connection.execute("SELECT company_name FROM customer")}
        finally:
            connection.close()
    with tempfile.TemporaryDirectory() as folder:
        restored = backup.restore_backup(backup_file, Path(folder) / "x.sqlite").company_file
        connection = sqlite3.connect(restored)
        try:
            return {r[0] for r in connection.execute("SELECT company_name FROM customer")}
        finally:
            connection.close()
