"""The Historie tab of the details window: the list, its filters, opening entries."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event

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
    open_details: Callable[[int | None], CustomerDialog], customer_id: int
) -> CustomerDialog:
    dialog = open_details(customer_id)
    dialog.ui.tabs.setCurrentWidget(dialog.history_tab)
    return dialog


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
    assert tab.ui.count_label.text() == "Einträge: 4"
    tabs = details.ui.tabs
    assert tabs.tabText(tabs.indexOf(tab)) == "Historie"
    assert tabs.indexOf(tab) == tabs.indexOf(details.documents_tab) + 2  # Statistik between


def test_filters_by_kind_period_and_search(qtbot: QtBot, details: CustomerDialog) -> None:
    ui = details.history_tab.ui
    kinds = [ui.kind_filter.itemText(i) for i in range(ui.kind_filter.count())]
    assert kinds[:5] == ["Alle", "Ereignisse", "Aufgaben", "Termine", "Notizen"]
    tab = details.history_tab
    assert kinds[5:] == [tab.tr("Sales documents"), tab.tr("Letters"), tab.tr("Dunning letters")]
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


def test_a_long_history_is_read_a_block_at_a_time(
    qtbot: QtBot, details: CustomerDialog, database: Database, customer_id: int
) -> None:
    start = datetime(2020, 1, 1, 9, 0)
    with database.sessions.begin() as session:
        type_id = history.event_types(session)[0].id
        for number in range(450):
            moment = (start + timedelta(days=number)).strftime("%d.%m.%Y %H:%M")
            history.add_event(
                session,
                customer_id=customer_id,
                data=EventInput(event_type_id=type_id, occurred_at=moment, subject=f"Nr. {number}"),
            )
    tab = details.history_tab
    tab.reload()
    model = tab.model
    assert model.rowCount() == 454
    queries: list[str] = []

    def count(*args: Any) -> None:
        if str(args[2]).startswith("SELECT"):
            queries.append(str(args[2]))

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        # The oldest events are at the end, below the four entries of the fixture.
        assert model.data(model.index(440, 2)) == "Nr. 13"
        assert len(queries) == 1
        assert model.data(model.index(449, 2)) == "Nr. 4"  # the same block: no query
        assert model.data(model.index(401, 0)) == "22.02.2020 09:00"
        assert len(queries) == 1
        assert model.data(model.index(0, 2))
        assert len(queries) == 1 + 4  # the first block holds all four kinds: a query each
    finally:
        event.remove(database.engine, "before_cursor_execute", count)


def test_the_customers_calendar_is_exported_from_historie(
    qtbot: QtBot,
    details: CustomerDialog,
    database: Database,
    customer_id: int,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with database.sessions.begin() as session:
        other = customers.save_customer(session, CustomerInput(company_name="Andere AG")).id
        history.add_appointment(
            session,
            customer_id=other,
            data=AppointmentInput(subject="Nicht von Lang", starts_at="01.12.2026 09:00"),
        )
    exporter = details.calendar_exporter
    suggested: list[Path] = []
    told: list[str] = []
    target = tmp_path / "lang.ics"

    def ask_file(proposal: Path) -> Path:
        suggested.append(proposal)
        return target

    monkeypatch.setattr(exporter, "ask_file", ask_file)
    monkeypatch.setattr(exporter, "inform", told.append)
    button = details.history_tab.ui.export_calendar
    assert button.text() == "Kalender exportieren…"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert suggested[0].name.startswith("meinbuero-K") and suggested[0].suffix == ".ics"
    assert told == [f"1 Termine und 1 Aufgaben in {target} geschrieben."]
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    assert [str(e["summary"]) for e in calendar.walk("VEVENT")] == ["Termin Lager – Lang OHG"]
    assert [str(e["summary"]) for e in calendar.walk("VTODO")] == ["Katalog – Lang OHG"]
