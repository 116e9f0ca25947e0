"""Settings page "Dokumentkategorien": categories like event types (used ones hide), size limit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from meinbuero.gui.dialogs.settings_dialog import SettingsDialog
from meinbuero.gui.signals import DataSignals
from meinbuero.gui.widgets.settings_document_categories import DocumentCategoriesPage
from meinbuero.services import documents
from meinbuero.services.customers import CustomerInput, save_customer
from meinbuero.store.database import Database


@pytest.fixture
def dialog(
    qtbot: QtBot, database: Database, signals: DataSignals, isolated_settings: QSettings
) -> Iterator[SettingsDialog]:
    made = SettingsDialog(
        database=database, signals=signals, settings=isolated_settings, page="document_categories"
    )
    made.ask_save_changes = lambda: QMessageBox.StandardButton.No  # type: ignore[method-assign]
    qtbot.addWidget(made)
    with qtbot.waitExposed(made):
        made.show()
    yield made
    made.hide()


def page_of(dialog: SettingsDialog) -> DocumentCategoriesPage:
    page = dialog.page("document_categories")
    assert isinstance(page, DocumentCategoriesPage)
    return page


def stored(database: Database) -> list[tuple[str, bool]]:
    with database.sessions() as session:
        return [(c.name, c.hidden) for c in documents.categories(session, include_hidden=True)]


SEEDED = [
    "Vertrag",
    "Kalkulation",
    "Memo",
    "Notiz",
    "Protokoll",
    "Korrespondenz",
    "Sonstiges",
    "Angebot",
    "Auftragsbestätigung",
    "Lieferschein",
    "Rechnung",
    "Mahnung",
    "E-Mail",
    "Kontoauszug",
]


def test_page_lists_the_categories_in_german(dialog: SettingsDialog) -> None:
    page = page_of(dialog)
    assert dialog.ui.page_title.text() == "Dokumentkategorien"
    assert page.names() == SEEDED
    assert page.max_size.value() == 200
    assert page.max_size.suffix() == " MB"
    page.select("Memo")
    assert page.ui.hide_item.text() == "&Ausblenden"


def test_add_rename_hide_delete_saved_with_the_dialog(
    dialog: SettingsDialog, database: Database, signals: DataSignals, qtbot: QtBot
) -> None:
    with database.sessions.begin() as session:
        customer_id = save_customer(session, CustomerInput(company_name="X GmbH")).id
        documents.add_document_bytes(
            session, customer_id=customer_id, content=b"m", file_name="m.txt", category="Memo"
        )
    page = page_of(dialog)
    refusals: list[str] = []
    page.show_refusal = refusals.append  # type: ignore[method-assign, assignment]
    answers = iter(["Fotos", "Bilder", "Vertrag"])
    page.ask_name = lambda title, name: next(answers)  # type: ignore[method-assign]
    page.add()
    page.rename()  # the new one, still selected
    page.add()  # "Vertrag" exists
    assert refusals == ["„Vertrag“ gibt es schon."]
    page.select("Memo")
    page.delete()  # in use: refused, hide instead
    assert "hide it instead" not in refusals[-1] and "ausblenden" in refusals[-1]
    page.ui.hide_item.click()
    assert page.hidden_names() == ["Memo"]
    assert page.ui.item_list.currentItem().text() == "Memo (ausgeblendet)"
    page.select("Notiz")
    page.delete()
    page.max_size.setValue(50)
    assert stored(database)[2] == ("Memo", False)  # nothing written before OK / Übernehmen
    with qtbot.waitSignal(signals.settings_changed):
        assert dialog.apply()
    assert stored(database) == [
        ("Vertrag", False),
        ("Kalkulation", False),
        ("Memo", True),
        ("Protokoll", False),
        ("Korrespondenz", False),
        ("Sonstiges", False),
        ("Angebot", False),
        ("Auftragsbestätigung", False),
        ("Lieferschein", False),
        ("Rechnung", False),
        ("Mahnung", False),
        ("E-Mail", False),
        ("Kontoauszug", False),
        ("Bilder", False),
    ]
    with database.sessions() as session:
        assert documents.max_size_mb(session) == 50
    assert not dialog.is_modified()
    page.select("Memo")
    assert page.ui.hide_item.text() == "&Einblenden"
    page.hide()
    assert dialog.apply()
    assert ("Memo", False) in stored(database)
