"""Neu (F10): events, tasks and appointments from the details window and the list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from meinbuero.gui.dialogs.customer_dialog import CustomerDialog
from meinbuero.gui.dialogs.entry_dialog import EntryDialog
from meinbuero.gui.main_window import MainWindow
from meinbuero.gui.signals import DataSignals
from meinbuero.gui.widgets.fields import is_marked
from meinbuero.services import customers, history
from meinbuero.services.customers import ContactPersonInput, CustomerInput
from meinbuero.services.history import EventInput
from meinbuero.store.database import Database
from meinbuero.store.models import Appointment, Customer, Event, Task


@pytest.fixture(autouse=True)
def discard_when_closed_at_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        CustomerDialog, "ask_save_changes", lambda dialog: QMessageBox.StandardButton.No
    )


@pytest.fixture
def customer(database: Database) -> tuple[int, int]:
    """A customer with one contact person: (customer id, person id)."""
    with database.sessions.begin() as session:
        customer_id = customers.save_customer(session, CustomerInput(company_name="Roth KG")).id
        person = customers.save_contact_person(
            session,
            ContactPersonInput(first_name="Jana", last_name="Roth"),
            customer_id=customer_id,
        )
        return customer_id, person.id


@pytest.fixture
def details(
    open_details: Callable[[int | None], CustomerDialog], customer: tuple[int, int]
) -> CustomerDialog:
    dialog = open_details(customer[0])
    dialog.activateWindow()
    return dialog


def press_f10(qtbot: QtBot, dialog: CustomerDialog) -> EntryDialog:
    QTest.keyClick(dialog, Qt.Key.Key_F10)
    return shown_entry(dialog)


def shown_entry(parent: QWidget) -> EntryDialog:
    shown = [entry for entry in parent.findChildren(EntryDialog) if entry.isVisible()]
    assert len(shown) == 1
    return shown[0]


def click_ok(entry: EntryDialog) -> None:
    button = entry.ui.buttonbox.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None and button.text() == "OK"
    button.click()


def history_texts(dialog: CustomerDialog) -> list[tuple[str, ...]]:
    model = dialog.history_tab.model
    return [
        tuple(str(model.data(model.index(row, column))) for column in range(6))
        for row in range(model.rowCount())
    ]


def test_f10_records_an_event_that_shows_in_historie(
    qtbot: QtBot, details: CustomerDialog, database: Database, customer: tuple[int, int]
) -> None:
    entry = press_f10(qtbot, details)
    assert entry.windowTitle() == "Neu – Roth KG"
    assert entry.ui.event_choice.text() == "&Ereignis" and entry.ui.event_choice.isChecked()
    assert entry.ui.event_type.isVisible() and not entry.ui.starts_at.isVisible()
    assert entry.ui.occurred_at.text()  # now
    assert [entry.ui.contact_person.itemText(i) for i in range(2)] == ["(keiner)", "Jana Roth"]
    entry.ui.event_type.setCurrentIndex(2)
    chosen_type = entry.ui.event_type.currentText()
    entry.ui.contact_person.setCurrentIndex(1)
    QTest.keyClicks(entry.ui.subject, "Angebot besprochen")
    entry.ui.text.setPlainText("Rückruf nächste Woche")
    entry.ui.follow_up_on.setText("01.12.2026")
    click_ok(entry)
    with database.sessions() as session:
        event = session.scalars(select(Event)).one()
        assert event.subject == "Angebot besprochen"
        assert event.contact_person_id == customer[1]
        assert event.follow_up_on == date(2026, 12, 1)
        assert event.author  # the user's name, automatically
    details.ui.tabs.setCurrentWidget(details.history_tab)
    assert details.ui.tabs.tabText(details.ui.tabs.currentIndex()) == "Historie"
    qtbot.waitUntil(lambda: details.history_tab.model.rowCount() == 1)
    row = history_texts(details)[0]
    assert row[1] == "Ereignis" and row[2] == "Angebot besprochen" and row[3] == "Jana Roth"
    assert chosen_type in row[5] and "01.12.2026" in row[5]


def test_f10_records_a_task_and_an_appointment(
    qtbot: QtBot, details: CustomerDialog, database: Database
) -> None:
    entry = press_f10(qtbot, details)
    entry.ui.task_choice.click()
    assert entry.ui.priority.isVisible() and not entry.ui.event_type.isVisible()
    assert [entry.ui.priority.itemText(i) for i in range(3)] == ["Hoch", "Normal", "Niedrig"]
    QTest.keyClicks(entry.ui.subject, "Vertrag schicken")
    entry.ui.due_on.setText("05.12.2026")
    entry.ui.priority.setCurrentIndex(0)
    click_ok(entry)
    assert not entry.isVisible()

    entry = press_f10(qtbot, details)
    entry.ui.appointment_choice.click()
    assert entry.ui.place.isVisible() and not entry.ui.due_on.isVisible()
    QTest.keyClicks(entry.ui.subject, "Besuch vor Ort")
    entry.ui.starts_at.setText("10.12.2026 14:00")
    entry.ui.ends_at.setText("15:30")
    entry.ui.place.setText("Köln")
    entry.ui.reminder.setCurrentIndex(2)
    assert entry.ui.reminder.currentText() == "1 Stunde vorher"
    click_ok(entry)
    with database.sessions() as session:
        task = session.scalars(select(Task)).one()
        assert (task.subject, task.due_on, task.priority) == (
            "Vertrag schicken",
            date(2026, 12, 5),
            1,
        )
        appointment = session.scalars(select(Appointment)).one()
        assert appointment.place == "Köln" and appointment.reminder_minutes == 60
        assert (appointment.ends_at - appointment.starts_at).total_seconds() == 90 * 60
    details.ui.tabs.setCurrentWidget(details.history_tab)
    qtbot.waitUntil(lambda: details.history_tab.model.rowCount() == 2)
    kinds = {row[1] for row in history_texts(details)}
    assert kinds == {"Aufgabe", "Termin"}


def test_refused_input_is_marked_and_nothing_written(
    qtbot: QtBot, details: CustomerDialog, database: Database
) -> None:
    entry = press_f10(qtbot, details)
    entry.ui.appointment_choice.click()
    entry.ui.starts_at.setText("10.12.2026 14:00")
    entry.ui.ends_at.setText("10.12.2026 13:00")
    entry.ui.place.setText("Bonn")
    click_ok(entry)
    assert entry.isVisible()
    assert is_marked(entry.ui.subject) and is_marked(entry.ui.ends_at)
    assert "Betreff" in entry.messages()
    assert entry.ui.ends_at.text() == "10.12.2026 13:00" and entry.ui.place.text() == "Bonn"
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Appointment)) == 0

    entry.ui.subject.setText("Besuch")
    entry.ui.ends_at.setText("16:00")
    click_ok(entry)
    assert not entry.isVisible()
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Appointment)) == 1


def test_double_click_in_historie_edits_the_entry(
    qtbot: QtBot, details: CustomerDialog, database: Database, customer: tuple[int, int]
) -> None:
    with database.sessions.begin() as session:
        type_id = history.event_types(session)[0].id
        event_id = history.add_event(
            session,
            customer_id=customer[0],
            data=EventInput(event_type_id=type_id, subject="Anruf"),
        ).id
    details.ui.tabs.setCurrentWidget(details.history_tab)
    view = details.history_tab.ui.history_view
    qtbot.waitUntil(lambda: details.history_tab.model.rowCount() == 1)
    rect = view.visualRect(details.history_tab.model.index(0, 2))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    entry = shown_entry(details)
    assert entry.windowTitle() == "Ereignis bearbeiten – Roth KG"
    assert entry.ui.subject.text() == "Anruf" and not entry.ui.task_choice.isEnabled()
    entry.ui.subject.setText("Anruf: Preise")
    click_ok(entry)
    with database.sessions() as session:
        event = session.get(Event, event_id)
        assert event is not None and event.subject == "Anruf: Preise"
    assert history_texts(details)[0][2] == "Anruf: Preise"


def test_f10_on_a_new_customer_saves_it_first(
    qtbot: QtBot, database: Database, signals: DataSignals, isolated_settings: QSettings
) -> None:
    dialog = CustomerDialog(
        database=database, signals=signals, settings=isolated_settings, customer_id=None
    )
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.address_tab.ui.company_name.setText("Neu GmbH")
    entry = press_f10(qtbot, dialog)
    assert dialog.customer_id is not None and entry.customer_id == dialog.customer_id
    with database.sessions() as session:
        customer = session.get(Customer, dialog.customer_id)
        assert customer is not None and customer.company_name == "Neu GmbH"
    entry.reject()
    dialog.hide()


def test_f10_in_the_list_for_the_selected_customer(
    qtbot: QtBot, demo: Database, signals: DataSignals, isolated_settings: QSettings
) -> None:
    window = MainWindow(database=demo, signals=signals, settings=isolated_settings)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.activateWindow()
    customer_id = window.customers_area.selected_customer_id()
    assert customer_id is not None
    assert window.customers_area.new_entry_action.text() == "Neu…"
    assert window.customers_area.new_entry_action in window.toolbar.actions()
    assert window.customers_area.new_entry_action in window.customers_area.context_menu().actions()
    QTest.keyClick(window.customers_area.customer_view, Qt.Key.Key_F10)
    entry = shown_entry(window)
    assert entry.customer_id == customer_id
    entry.ui.task_choice.click()
    entry.ui.subject.setText("Mahnung prüfen")
    with qtbot.waitSignal(signals.customer_changed) as changed:
        click_ok(entry)
    assert changed.args == [customer_id]
    with demo.sessions() as session:
        rows = history.history(session, customer_id, history.HistoryFilter(kinds=("task",)))
        assert rows[0].subject == "Mahnung prüfen"
