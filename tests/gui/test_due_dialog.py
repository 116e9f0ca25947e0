"""Wiedervorlage (Ansicht > Wiedervorlage, at start) and Datei > Kalender exportieren."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import icalendar
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from meinbuero.domain.values import format_date_de
from meinbuero.gui.dialogs.due_dialog import SHOW_ON_START, DueDialog
from meinbuero.gui.main_window import MainWindow
from meinbuero.gui.signals import DataSignals
from meinbuero.services import history
from meinbuero.services.customers import CustomerInput, save_customer
from meinbuero.services.due import due_list
from meinbuero.services.history import AppointmentInput, TaskInput
from meinbuero.store.database import Database
from meinbuero.store.models import CustomerKind

TODAY = date.today()


class FakeDetails(QDialog):
    def __init__(self, customer_id: int | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.customer_id = customer_id


def add_due_today(database: Database) -> tuple[int, int]:
    """A task due today and a customer whose 60th birthday is today: their ids."""
    with database.sessions.begin() as session:
        task_customer = save_customer(
            session,
            CustomerInput(kind=CustomerKind.COMPANY, company_name="Ärmel & Söhne GmbH"),
        ).id
        history.add_task(
            session,
            customer_id=task_customer,
            data=TaskInput(subject="Angebot nachfassen", due_on=format_date_de(TODAY)),
        )
        born = f"{TODAY.day:02d}.{TODAY.month:02d}.{TODAY.year - 60}"
        if (TODAY.month, TODAY.day) == (2, 29):  # pragma: no cover - a leap day run
            born = f"29.02.{TODAY.year - 60}"
        birthday_customer = save_customer(
            session,
            CustomerInput(
                kind=CustomerKind.PERSON, first_name="Jürgen", last_name="Zwölfer", birthday=born
            ),
        ).id
    return task_customer, birthday_customer


def make_window(qtbot: QtBot, database: Database, settings: QSettings) -> MainWindow:
    window = MainWindow(database=database, signals=DataSignals(), settings=settings)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def texts(dialog: DueDialog, row: int) -> list[str]:
    model = dialog.model
    return [str(model.data(model.index(row, c))) for c in range(model.columnCount())]


def test_lists_what_is_due_in_german_in_the_service_order(
    qtbot: QtBot,
    demo: Database,
    signals: DataSignals,
    isolated_settings: QSettings,
    qtmodeltester: Any,
) -> None:
    task_customer, birthday_customer = add_due_today(demo)
    dialog = DueDialog(database=demo, signals=signals, settings=isolated_settings)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    qtmodeltester.check(dialog.model)

    assert dialog.windowTitle() == "Wiedervorlage"
    model = dialog.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Datum", "Art", "Nr.", "Kunde", "Betreff/Anlass"]
    assert dialog.ui.show_on_start.text() == "Beim Start anzeigen"
    with demo.sessions() as session:
        expected = due_list(session, today=TODAY)
    assert model.rowCount() == len(expected)
    assert [model.data(model.index(r, 3)) for r in range(model.rowCount())] == [
        e.customer_name for e in expected
    ]
    rows = [texts(dialog, r) for r in range(model.rowCount())]
    ids = [model.data(model.index(r, 0), Qt.ItemDataRole.UserRole + 1) for r in range(len(rows))]
    task_row = rows[ids.index(task_customer)]
    assert task_row[0] == format_date_de(TODAY)
    assert task_row[1] == "Aufgabe"
    assert task_row[3:] == ["Ärmel & Söhne GmbH", "Angebot nachfassen"]
    birthday_row = ids.index(birthday_customer)
    assert rows[birthday_row][1] == "Geburtstag"
    assert rows[birthday_row][3] == "Zwölfer, Jürgen"
    assert rows[birthday_row][4] == "Geburtstag (60 Jahre)"
    # Tasks before birthdays; today's birthdays before the later ones.
    assert ids.index(task_customer) < birthday_row
    kinds = [row[1] for row in rows]
    first_birthday = kinds.index("Geburtstag")
    assert rows[first_birthday][0] == format_date_de(TODAY)
    assert all(row[1] == "Geburtstag" for row in rows[first_birthday:])
    assert [row[0] for row in rows[first_birthday:]] == sorted(
        (row[0] for row in rows[first_birthday:]),
        key=lambda d: datetime.strptime(d, "%d.%m.%Y"),
    )


def test_birthday_without_year_says_birthday_only(
    qtbot: QtBot, database: Database, signals: DataSignals, isolated_settings: QSettings
) -> None:
    with database.sessions.begin() as session:
        save_customer(
            session,
            CustomerInput(
                kind=CustomerKind.PERSON,
                last_name="Ohnejahr",
                birthday=f"{TODAY.day:02d}.{TODAY.month:02d}.",
            ),
        )
    dialog = DueDialog(database=database, signals=signals, settings=isolated_settings)
    qtbot.addWidget(dialog)
    row = texts(dialog, 0)
    assert (row[0], row[1], row[3], row[4]) == (
        format_date_de(TODAY),
        "Geburtstag",
        "Ohnejahr",
        "Geburtstag",
    )


def test_double_click_and_enter_open_the_customer(
    qtbot: QtBot, demo: Database, isolated_settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    task_customer, _ = add_due_today(demo)
    window = make_window(qtbot, demo, isolated_settings)
    opened: list[int | None] = []

    def create(customer_id: int | None) -> QDialog:
        opened.append(customer_id)
        return FakeDetails(customer_id, window)

    monkeypatch.setattr(window, "create_customer_dialog", create)
    window.due_action.trigger()
    dialog = window.due_dialog
    assert isinstance(dialog, DueDialog)
    assert window.due_action.shortcut().toString() == "F9"
    view = dialog.ui.due_view
    ids = [
        dialog.model.data(dialog.model.index(r, 0), Qt.ItemDataRole.UserRole + 1)
        for r in range(dialog.model.rowCount())
    ]
    row = ids.index(task_customer)
    index = dialog.model.index(row, 1)
    view.scrollTo(index)
    point = view.visualRect(index).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened == [task_customer]
    assert [d.customer_id for d in window.open_dialogs] == [task_customer]  # type: ignore[attr-defined]

    other = next(r for r, customer_id in enumerate(ids) if customer_id != task_customer)
    view.setCurrentIndex(dialog.model.index(other, 0))
    dialog.activateWindow()
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert dialog.isVisible()  # Enter opens, it does not close the window
    assert opened == [task_customer, ids[other]]


def test_start_shows_the_window_when_set_and_something_is_due(
    qtbot: QtBot, demo: Database, isolated_settings: QSettings
) -> None:
    add_due_today(demo)
    window = make_window(qtbot, demo, isolated_settings)
    dialog = window.show_due_on_start()
    assert isinstance(dialog, DueDialog)
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.ui.show_on_start.isChecked()
    dialog.ui.show_on_start.setChecked(False)
    assert isolated_settings.value(SHOW_ON_START) in (False, "false")
    dialog.close()
    assert window.due_dialog is None

    second = make_window(qtbot, demo, isolated_settings)
    assert second.show_due_on_start() is None
    assert second.due_dialog is None


def test_start_stays_quiet_when_nothing_is_due(
    qtbot: QtBot, database: Database, isolated_settings: QSettings
) -> None:
    window = make_window(qtbot, database, isolated_settings)
    assert window.show_due_on_start() is None
    assert window.due_dialog is None
    # Under Ansicht it opens all the same, empty.
    dialog = window.show_due()
    assert isinstance(dialog, DueDialog)
    assert dialog.model.rowCount() == 0


def test_calendar_export_writes_the_appointments_of_the_period(
    qtbot: QtBot,
    database: Database,
    isolated_settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    soon = TODAY + timedelta(days=10)
    later = TODAY + timedelta(days=200)
    with database.sessions.begin() as session:
        customer = save_customer(
            session, CustomerInput(kind=CustomerKind.COMPANY, company_name="Müller GmbH")
        ).id
        for day, subject in ((soon, "Besuch"), (later, "Später")):
            history.add_appointment(
                session,
                customer_id=customer,
                data=AppointmentInput(
                    subject=subject,
                    starts_at=f"{format_date_de(day)} 10:00",
                    ends_at=f"{format_date_de(day)} 11:30",
                ),
            )
    window = make_window(qtbot, database, isolated_settings)
    assert window.export_calendar_action.text() == "Kalender exportieren…"
    target = tmp_path / "termine.ics"
    told: list[str] = []
    periods: list[tuple[date, date]] = []

    def ask_period() -> tuple[date, date]:
        from meinbuero.gui.dialogs.calendar_export_dialog import CalendarExportDialog

        dialog = CalendarExportDialog(parent=window)
        qtbot.addWidget(dialog)
        periods.append(dialog.period())
        assert dialog.ui.since_label.text() == "Von:"
        return dialog.period()

    exporter = window.calendar_exporter
    monkeypatch.setattr(exporter, "ask_period", ask_period)
    monkeypatch.setattr(exporter, "ask_file", lambda suggested: target)
    monkeypatch.setattr(exporter, "inform", told.append)
    assert window.export_calendar() == target
    assert periods == [(TODAY, TODAY + timedelta(days=90))]
    assert told == [f"1 Termine und 0 Aufgaben in {target} geschrieben."]
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == ["Besuch – Müller GmbH"]
    start = events[0].decoded("dtstart")
    assert (start.date(), start.hour, start.minute) == (soon, 10, 0)
    assert str(start.tzinfo) == "Europe/Berlin"
