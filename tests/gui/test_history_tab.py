"""The Historie tab of the details window: the list, its filters, opening entries."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from meinbuero.gui.dialogs.customer_dialog import CustomerDialog
from meinbuero.gui.dialogs.entry_dialog import EntryDialog
from meinbuero.gui.signals import DataSignals
from meinbuero.services import customers, history, notes
from meinbuero.services.customers import CustomerInput
from meinbuero.services.history import AppointmentInput, EventInput, TaskInput
from meinbuero.store.database import Database
from meinbuero.store.models import Event

TODAY = date.today()


@pytest.fixture(autouse=True)
def discard_when_closed_at_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        CustomerDialog, "ask_save_changes", lambda dialog: QMessageBox.StandardButton.No
    )


@pytest.fixture
def customer_id(database: Database) -> int:
    """A customer with one of each kind; the event is from last year."""
    with database.sessions.begin() as session:
        customer_id = customers.save_customer(session, CustomerInput(company_name="Lang OHG")).id
        type_id = history.event_types(session)[0].id
        last_year = f"15.06.{TODAY.year - 1} 10:00"
        history.add_event(
            session,
            customer_id=customer_id,
            data=EventInput(event_type_id=type_id, occurred_at=last_year, subject="Messe"),
        )
        history.add_task(session, customer_id=customer_id, data=TaskInput(subject="Katalog"))
        start = (datetime.now() + timedelta(days=1)).strftime("%d.%m.%Y 09:00")
        history.add_appointment(
            session,
            customer_id=customer_id,
            data=AppointmentInput(subject="Termin Lager", starts_at=start, place="Ulm"),
        )
        notes.add_note(session, customer_id=customer_id, text="Zahlt immer pünktlich")
        return customer_id


@pytest.fixture
def details(
    qtbot: QtBot,
    database: Database,
    signals: DataSignals,
    isolated_settings: QSettings,
    customer_id: int,
) -> Iterator[CustomerDialog]:
    dialog = CustomerDialog(
        database=database, signals=signals, settings=isolated_settings, customer_id=customer_id
    )
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    dialog.ui.tabs.setCurrentWidget(dialog.history_tab)
    yield dialog
    if shiboken6.isValid(dialog):
        dialog.hide()


def subjects(dialog: CustomerDialog) -> list[str]:
    model = dialog.history_tab.model
    return [str(model.data(model.index(row, 2))) for row in range(model.rowCount())]


def test_columns_and_newest_first(details: CustomerDialog, qtmodeltester: Any) -> None:
    tab = details.history_tab
    model = tab.model
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Datum", "Art", "Betreff", "Ansprechpartner", "Benutzer", "Status"]
    assert subjects(details) == ["Termin Lager", "Zahlt immer pünktlich", "Katalog", "Messe"]
    kinds = [str(model.data(model.index(row, 1))) for row in range(4)]
    assert kinds == ["Termin", "Notiz", "Aufgabe", "Ereignis"]
    assert tab.ui.count_label.text() == "4 Einträge"
    tabs = details.ui.tabs
    assert tabs.tabText(tabs.indexOf(tab)) == "Historie"
    assert tabs.indexOf(tab) == tabs.indexOf(details.documents_tab) + 1


def test_filters_by_kind_period_and_search(qtbot: QtBot, details: CustomerDialog) -> None:
    ui = details.history_tab.ui
    kinds = [ui.kind_filter.itemText(i) for i in range(ui.kind_filter.count())]
    assert kinds == ["Alle", "Ereignisse", "Aufgaben", "Termine", "Notizen"]
    periods = [ui.period_filter.itemText(i) for i in range(ui.period_filter.count())]
    assert periods == ["Alle", "Letzte 30 Tage", "Dieses Jahr", "Letztes Jahr"]

    ui.kind_filter.setCurrentIndex(2)
    assert subjects(details) == ["Katalog"]
    ui.kind_filter.setCurrentIndex(0)
    ui.period_filter.setCurrentIndex(3)
    assert subjects(details) == ["Messe"]
    ui.period_filter.setCurrentIndex(1)
    assert "Messe" not in subjects(details) and "Katalog" in subjects(details)
    ui.period_filter.setCurrentIndex(0)
    QTest.keyClicks(ui.search_field, "lager")
    qtbot.waitUntil(lambda: subjects(details) == ["Termin Lager"])


def test_enter_opens_the_entry_and_a_note_goes_to_notizen(
    qtbot: QtBot, details: CustomerDialog, database: Database
) -> None:
    view = details.history_tab.ui.history_view
    view.setFocus()
    view.selectRow(3)  # Messe, the event
    QTest.keyClick(view, Qt.Key.Key_Return)
    entries = [e for e in details.findChildren(EntryDialog) if e.isVisible()]
    assert len(entries) == 1 and entries[0].ui.subject.text() == "Messe"
    entries[0].reject()

    view.selectRow(1)  # the note
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert details.ui.tabs.currentWidget() is details.notes_tab
    selected = details.notes_tab.selected_row()
    assert selected is not None and selected.text == "Zahlt immer pünktlich"


def test_refreshes_when_its_customer_changes(
    details: CustomerDialog, database: Database, signals: DataSignals, customer_id: int
) -> None:
    with database.sessions.begin() as session:
        type_id = history.event_types(session)[0].id
        session.add(
            Event(
                customer_id=customer_id,
                event_type_id=type_id,
                occurred_at=datetime.now(UTC),
                subject="Von außen",
                author="Test",
            )
        )
    signals.customer_changed.emit(customer_id + 1)
    assert "Von außen" not in subjects(details)
    signals.customer_changed.emit(customer_id)
    assert subjects(details)[:2] == ["Termin Lager", "Von außen"]  # the Termin is tomorrow
