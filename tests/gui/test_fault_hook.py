"""An error nobody caught shows one German sentence, never a traceback, and is logged."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from meinbuero.gui import fault_hook


def test_an_uncaught_database_error_is_said_in_german(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(fault_hook, "log_file", lambda: tmp_path / "meinbuero.log")
    shown: list[str] = []
    # The message box is modal; record what it would say instead of waiting for a click.
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    engine = create_engine("sqlite://")
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT * FROM missing_table WHERE 1"))
    except OperationalError:
        kind, error, tb = sys.exc_info()
        assert kind is not None and error is not None
        fault_hook._hook(kind, error, tb)
    (said,) = shown
    assert said.startswith("Die Firmendatei") and "SELECT" not in said
    assert "missing_table" in (tmp_path / "meinbuero.log").read_text(encoding="utf-8")
    assert isinstance(QApplication.instance(), QApplication)


def test_a_program_error_names_the_log(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(fault_hook, "log_file", lambda: tmp_path / "meinbuero.log")
    said = fault_hook.message_for(KeyError("x"))
    assert "Unerwartetes" in said or "unerwartet" in said
    assert str(tmp_path / "meinbuero.log") in said
