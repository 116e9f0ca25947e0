"""Settings > Historie and Stammdaten > Kleinstammdaten (Ereignisarten)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from meinbuero.gui.dialogs.settings_dialog import SettingsDialog
from meinbuero.gui.main_window import MainWindow
from meinbuero.gui.signals import DataSignals
from meinbuero.services import contact, customers, history
from meinbuero.services.contact import HistorySettings
from meinbuero.services.customers import CustomerInput
from meinbuero.services.history import EventInput
from meinbuero.store.database import Database


@pytest.fixture
def dialog(
    qtbot: QtBot, database: Database, signals: DataSignals, isolated_settings: QSettings
) -> Iterator[SettingsDialog]:
    dialog = SettingsDialog(
        database=database, signals=signals, settings=isolated_settings, page="history"
    )
    dialog.ask_save_changes = lambda: QMessageBox.StandardButton.No  # type: ignore[method-assign]
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    yield dialog
    if shiboken6.isValid(dialog):
        dialog.hide()


def stored(database: Database) -> HistorySettings:
    with database.sessions() as session:
        return contact.history_settings(session)


def test_history_page_shows_the_defaults_in_german(dialog: SettingsDialog) -> None:
    page = dialog.history_page
    assert dialog.ui.page_title.text() == "Historie"
    ui = page.ui
    assert ui.record_emails.text() == (
        "Ereignis „E-Mail gesendet“ anlegen, wenn ich einem Kunden schreibe"
    )
    assert ui.record_emails.isChecked() and not ui.ask_note_for_emails.isChecked()
    assert ui.record_calls.isChecked() and ui.ask_note_for_calls.isChecked()
    assert [ui.dial_scheme.itemText(i) for i in range(ui.dial_scheme.count())] == [
        "tel: (Standard, z. B. Smartphone-Link von Windows, Teams)",
        "callto: (Skype und ältere Wählprogramme)",
        "sip: (SIP-Softphones)",
    ]
    assert not dialog.apply_button.isEnabled()


def test_history_settings_are_saved_with_the_dialog(
    dialog: SettingsDialog, database: Database
) -> None:
    ui = dialog.history_page.ui
    ui.record_calls.setChecked(False)
    assert not ui.ask_note_for_calls.isEnabled()  # nothing to note when nothing is recorded
    ui.ask_note_for_emails.setChecked(True)
    ui.dial_scheme.setCurrentIndex(2)
    ui.mail_subject.setText("Kunde {customer_number}")
    ui.mail_body.setPlainText("{salutation}\n\nViele Grüße")
    assert dialog.apply_button.isEnabled()
    QTest.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert stored(database) == HistorySettings(
        record_emails=True,
        ask_note_for_emails=True,
        record_calls=False,
        ask_note_for_calls=True,
        dial_scheme="sip",
        mail_subject="Kunde {customer_number}",
        mail_body="{salutation}\n\nViele Grüße",
    )
    assert not dialog.apply_button.isEnabled()


def test_an_unknown_placeholder_is_marked_and_nothing_is_saved(
    dialog: SettingsDialog, database: Database
) -> None:
    ui = dialog.history_page.ui
    ui.mail_body.setPlainText("Hallo {kundenname}")
    assert not dialog.apply()
    assert ui.mail_body.toolTip().startswith("Nur diese Platzhalter sind möglich:")
    assert ui.mail_body.toPlainText() == "Hallo {kundenname}"  # kept as typed
    assert stored(database) == HistorySettings()


def test_event_types_add_rename_hide_and_delete(dialog: SettingsDialog, database: Database) -> None:
    with database.sessions.begin() as session:
        customer_id = customers.save_customer(session, CustomerInput(company_name="A")).id
        used = history.event_types(session)[0]
        history.add_event(session, customer_id=customer_id, data=EventInput(event_type_id=used.id))
    dialog.select_page("event_types")
    page = dialog.event_types_page
    assert dialog.ui.page_title.text() == "Ereignisarten"
    assert page.names()[:2] == ["E-Mail eingegangen", "E-Mail gesendet"]
    assert page.ui.hide_item.isVisible()
    refusals: list[str] = []
    page.show_refusal = refusals.append  # type: ignore[method-assign, assignment]
    answers = iter(["Messebesuch", "Messegespräch"])
    page.ask_name = lambda title, name: next(answers)  # type: ignore[method-assign]
    page.add()
    page.rename()
    page.select("E-Mail eingegangen")
    assert page.ui.hide_item.text() == "&Ausblenden"
    page.delete()  # in use: refused, hide instead
    assert refusals == [
        "Die Art „E-Mail eingegangen“ wird von 1 Ereignissen verwendet und kann nicht gelöscht "
        "werden; blenden Sie sie stattdessen aus."
    ]
    page.hide()
    assert page.ui.item_list.currentItem().text() == "E-Mail eingegangen (ausgeblendet)"
    assert page.ui.hide_item.text() == "&Einblenden"
    assert dialog.apply()
    with database.sessions() as session:
        shown = [t.name for t in history.event_types(session)]
        every = {t.name: t.hidden for t in history.event_types(session, include_hidden=True)}
    assert "E-Mail eingegangen" not in shown and every["E-Mail eingegangen"] is True
    assert shown[-1] == "Messegespräch"
    page.select("E-Mail eingegangen")
    page.hide()  # shown again
    assert dialog.apply()
    with database.sessions() as session:
        assert history.event_types(session)[0].name == "E-Mail eingegangen"


def test_kleinstammdaten_in_the_menu_opens_the_event_types(
    qtbot: QtBot, demo: Database, signals: DataSignals, isolated_settings: QSettings
) -> None:
    window = MainWindow(database=demo, signals=signals, settings=isolated_settings)
    qtbot.addWidget(window)
    small = window.findChild(QMenu, "small_master_data_menu")
    assert small is not None and small.title() == "Kleinstammdaten"
    assert [a.text() for a in small.actions()] == ["Ereignisarten…", "Dokumentkategorien…"]
    opened = window.open_settings("event_types")
    assert isinstance(opened, SettingsDialog)
    assert opened.current_page() == "event_types"
    opened.reject()
