"""GUI test fixtures: real widgets offscreen, on real company files, settings in a temp folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from meinbuero.gui.signals import DataSignals


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[QSettings]:
    """QSettings() of the code under test write to an ini file of this test's own."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "meinbuero", "test")
    yield settings
    settings.clear()


@pytest.fixture
def signals(qapp: object) -> DataSignals:
    return DataSignals()
