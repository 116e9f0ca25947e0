"""Einstellungen > Vorlagen: templates changed, added and deleted with the dialog; closing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from meinbuero.gui.dialogs.settings_dialog import SettingsDialog
from meinbuero.gui.signals import DataSignals
from meinbuero.gui.widgets.settings_templates import TemplatesPage
from meinbuero.services import templates
from meinbuero.store.database import Database


@pytest.fixture
def dialog(
    qtbot: QtBot, database: Database, signals: DataSignals, isolated_settings: QSettings
) -> Iterator[SettingsDialog]:
    made = SettingsDialog(
        database=database, signals=signals, settings=isolated_settings, page="templates"
    )
    made.ask_save_changes = lambda: QMessageBox.StandardButton.No  # type: ignore[method-assign]
    qtbot.addWidget(made)
    with qtbot.waitExposed(made):
        made.show()
    yield made
    made.hide()


def page_of(dialog: SettingsDialog) -> TemplatesPage:
    page = dialog.page("templates")
    assert isinstance(page, TemplatesPage)
    return page


def names(database: Database, kind: str) -> list[str]:
    with database.sessions() as session:
        return [t.name for t in templates.templates(session, kind)]


def test_edit_add_and_delete_templates(dialog: SettingsDialog, database: Database) -> None:
    page = page_of(dialog)
    assert dialog.current_page() == "templates"
    headings = len(templates.kind_labels())
    assert page.list.count() == len(names(database, "letter")) + 6 + headings
    assert page.list.item(0).text() == templates.kind_labels()["letter"]  # letters first
    assert page.list.currentRow() == 1 and page.name.text() == names(database, "letter")[0]
    assert "{Briefanrede}" in page.hint.text() and "{Belegnummer}" in page.hint.text()
    page.select_template("email", "E-Mail")
    page.body.setPlainText("{Briefanrede}\n\nneu")
    page.new_template()
    page.kind.setCurrentIndex(page.kind.findData("letter"))
    page.name.setText("Geburtstagsgruß")
    page.subject.setText("Alles Gute, {Vorname}")
    page.closing.setText("Herzliche Grüße")
    assert page.is_modified()
    assert dialog.apply()
    assert "Geburtstagsgruß" in names(database, "letter")
    with database.sessions() as session:
        assert templates.find_template(session, "email", "E-Mail").body == "{Briefanrede}\n\nneu"
        assert templates.closing(session) == "Herzliche Grüße"
    assert not page.is_modified()
    page.select_template("letter", "Geburtstagsgruß")
    page.delete_template()
    assert dialog.apply()
    assert "Geburtstagsgruß" not in names(database, "letter")


def test_a_duplicate_name_is_refused_and_nothing_stored(
    dialog: SettingsDialog, database: Database
) -> None:
    page = page_of(dialog)
    before = names(database, "letter")
    page.new_template()
    page.kind.setCurrentIndex(page.kind.findData("letter"))
    page.name.setText(before[0])
    assert not dialog.apply()
    assert page.name.property("invalid")
    assert names(database, "letter") == before
