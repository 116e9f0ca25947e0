"""Settings page "Mahnwesen" on real company files: levels, points, flat fee, Basiszinssatz."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from meinbuero.gui.dialogs.settings_dialog import SettingsDialog
from meinbuero.gui.signals import DataSignals
from meinbuero.gui.widgets.fields import is_marked
from meinbuero.gui.widgets.settings_dunning import DunningSettingsPage
from meinbuero.services import dunning_settings
from meinbuero.store.database import Database


@pytest.fixture
def dialog(
    qtbot: QtBot, database: Database, signals: DataSignals, isolated_settings: QSettings
) -> Iterator[SettingsDialog]:
    made = SettingsDialog(
        database=database, signals=signals, settings=isolated_settings, page="dunning"
    )
    made.ask_save_changes = lambda: QMessageBox.StandardButton.No  # type: ignore[method-assign]
    qtbot.addWidget(made)
    with qtbot.waitExposed(made):
        made.show()
    yield made
    made.hide()


def page_of(dialog: SettingsDialog) -> DunningSettingsPage:
    page = dialog.page("dunning")
    assert isinstance(page, DunningSettingsPage)
    return page


def stored(database: Database) -> dunning_settings.DunningSettings:
    with database.sessions() as session:
        return dunning_settings.load(session)


def test_the_defaults_are_shown(dialog: SettingsDialog) -> None:
    page = page_of(dialog)
    assert dialog.current_page() == "dunning"
    names = [page.ui.levels.item(i).text() for i in range(page.ui.levels.count())]
    assert names == ["Zahlungserinnerung", "1. Mahnung", "2. Mahnung", "Letzte Mahnung"]
    assert (page.ui.name.text(), page.ui.days.text(), page.ui.fee.text()) == (
        "Zahlungserinnerung",
        "7",
        "0,00",
    )
    assert not page.ui.interest.isChecked()
    assert page.ui.text.toPlainText().startswith("{Anrede}")
    page.select_level(1)
    assert (page.ui.fee.text(), page.ui.interest.isChecked()) == ("5,00", True)
    assert (page.ui.points_business.text(), page.ui.points_consumer.text()) == ("9", "5")
    assert not page.is_modified() and not dialog.apply_button.isEnabled()


def test_edit_levels_rates_and_flat_fee_then_save(
    dialog: SettingsDialog, database: Database
) -> None:
    page = page_of(dialog)
    page.select_level(1)
    page.ui.fee.setText("2,50")
    page.ui.days.setText("10")
    page.select_level(0)  # what was typed for the 1. Mahnung stays
    page.ui.name.setText("Freundliche Erinnerung")
    assert page.ui.levels.item(0).text() == "Freundliche Erinnerung"
    page.add_level()
    assert page.ui.levels.count() == 5 and not page.ui.add_level.isEnabled()
    page.remove_level()
    page.ui.flat_fee_business.setChecked(True)
    page.ui.flat_fee_from_level.setCurrentIndex(2)
    page.add_rate("01.07.2026", "1,52")
    assert dialog.apply_button.isEnabled()
    dialog.apply()
    rules = stored(database)
    assert [level.name for level in rules.levels][:2] == ["Freundliche Erinnerung", "1. Mahnung"]
    assert (rules.levels[1].fee, rules.levels[1].days) == (Decimal("2.50"), 10)
    assert (rules.flat_fee_business, rules.flat_fee_from_level) == (True, 3)
    assert rules.added_rates == ((date(2026, 7, 1), Decimal("1.52")),)
    assert rules.rates[-1] == (date(2026, 7, 1), Decimal("1.52"))
    assert not page.is_modified()


def test_a_wrong_value_is_marked_and_nothing_is_saved(
    dialog: SettingsDialog, database: Database
) -> None:
    page = page_of(dialog)
    shown: list[str] = []
    dialog.show_warnings = shown.extend  # type: ignore[method-assign, assignment]
    page.select_level(2)
    page.ui.days.setText("0")
    page.select_level(0)
    page.ui.points_business.setText("neun")
    dialog.apply()
    assert page.ui.levels.currentRow() == 2  # the level with the error is shown
    assert is_marked(page.ui.days) and is_marked(page.ui.points_business)
    assert page.ui.days.text() == "0"  # what was typed stays
    assert stored(database) == dunning_settings.DEFAULTS
