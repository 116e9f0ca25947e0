"""GUI test fixtures: real widgets offscreen, on real company files, settings in a temp folder."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from meinbuero.gui.signals import DataSignals
from meinbuero.gui.translation import install_translators
from meinbuero.services.demo import make_demo
from meinbuero.store.database import Database, open_company

DEMO_CUSTOMERS = 300


@pytest.fixture(autouse=True)
def german_window(qapp: QApplication) -> Iterator[None]:
    """The window in German, as the product shows it (a test may switch; this switches back)."""
    install_translators(qapp, "de")
    yield
    install_translators(qapp, "de")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo company of 300 customers, made once per run."""
    path = tmp_path_factory.mktemp("demo") / "Demo.sqlite"
    database = open_company(path, create=True)
    make_demo(database, customers=DEMO_CUSTOMERS, seed=9)
    database.close()
    return path


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A copy of the demo company of this test's own."""
    path = tmp_path / "Demo.sqlite"
    shutil.copyfile(demo_template, path)
    database = open_company(path)
    yield database
    database.close()


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
