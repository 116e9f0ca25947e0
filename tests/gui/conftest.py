"""GUI test fixtures: real widgets offscreen, on real company files, settings in a temp folder."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject, QSettings, QUrl, Slot
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from meinbuero.gui import handlers
from meinbuero.gui.dialogs.customer_dialog import CustomerDialog
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
    make_demo(database, customers=DEMO_CUSTOMERS, seed=9, sales_years=0)
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


class UrlCatcher(QObject):
    """Stands in for the mail program, the phone, the browser and Windows' file programs:
    keeps every URL the program hands to QDesktopServices.openUrl."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def receive(self, url: QUrl) -> None:
        self.urls.append(url)

    def encoded(self) -> list[str]:
        return [url.toString(QUrl.ComponentFormattingOption.FullyEncoded) for url in self.urls]

    def paths(self) -> list[Path]:
        return [Path(url.toLocalFile()) for url in self.urls]


@pytest.fixture
def catch_urls() -> Iterator[Callable[..., UrlCatcher]]:
    """``catch_urls("mailto", "tel")``: a catcher installed for those schemes for this test."""
    schemes: list[str] = []

    def install(*wanted: str) -> UrlCatcher:
        catcher = UrlCatcher()
        for scheme in wanted:
            handlers.set_url_handler(scheme, catcher, "receive")
            schemes.append(scheme)
        catchers.append(catcher)
        return catcher

    catchers: list[UrlCatcher] = []  # alive until the handlers are gone
    yield install
    for scheme in schemes:
        handlers.unset_url_handler(scheme)


@pytest.fixture
def open_details(
    qtbot: QtBot, database: Database, signals: DataSignals, isolated_settings: QSettings
) -> Iterator[Callable[[int | None], CustomerDialog]]:
    """Opens the details window of a customer (None: a new one) on the test's company file;
    closing asks nothing (unsaved changes are discarded)."""
    opened: list[CustomerDialog] = []

    def open_(customer_id: int | None) -> CustomerDialog:
        dialog = CustomerDialog(
            database=database, signals=signals, settings=isolated_settings, customer_id=customer_id
        )
        dialog.ask_save_changes = (  # type: ignore[method-assign]
            lambda: QMessageBox.StandardButton.No
        )
        qtbot.addWidget(dialog)
        with qtbot.waitExposed(dialog):
            dialog.show()
        opened.append(dialog)
        return dialog

    yield open_
    for dialog in opened:
        if shiboken6.isValid(dialog):
            dialog.hide()
