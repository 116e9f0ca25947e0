"""The iCalendar export: it parses back and holds the right times in Europe/Berlin."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from meinbuero.services import history
from meinbuero.services.calendar import build_calendar, write_calendar
from meinbuero.services.customers import CustomerInput, archive_customer, save_customer
from meinbuero.services.errors import NotFound
from meinbuero.services.history import AppointmentInput, TaskInput
from meinbuero.store.database import Database

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture
def entries(database: Database) -> dict[str, int]:
    with database.sessions.begin() as session:
        first = save_customer(session, CustomerInput(number="K1", company_name="Sommer GmbH")).id
        second = save_customer(session, CustomerInput(number="K2", company_name="Winter KG")).id
        summer = history.add_appointment(
            session,
            customer_id=first,
            data=AppointmentInput(
                subject="Beratung",
                starts_at="01.07.2026 14:30",
                ends_at="16:00",
                place="Köln, Domplatte",
                text="Muster mitbringen",
                reminder_minutes="30",
            ),
        ).id
        winter = history.add_appointment(
            session,
            customer_id=second,
            data=AppointmentInput(subject="Jahresgespräch", starts_at="15.01.2027 09:00"),
        ).id
        task = history.add_task(
            session,
            customer_id=first,
            data=TaskInput(subject="Angebot schicken", due_on="03.07.2026", priority=1),
        ).id
        done = history.add_task(
            session,
            customer_id=second,
            data=TaskInput(subject="Erledigt", due_on="10.01.2027", done=True),
        ).id
    return {
        "first": first,
        "second": second,
        "summer": summer,
        "winter": winter,
        "task": task,
        "done": done,
    }


def components(content: bytes, name: str) -> list[icalendar.Component]:
    return list(icalendar.Calendar.from_ical(content).walk(name))


def test_one_customer_in_local_time_with_its_time_zone(
    database: Database, entries: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "kalender.ics"
    with database.sessions() as session:
        export = write_calendar(session, path, customer_id=entries["first"])
    assert (export.appointments, export.tasks) == (1, 1)
    content = path.read_bytes()
    assert content == export.content
    assert b"DTSTART;TZID=Europe/Berlin:20260701T143000" in content
    assert b"DTEND;TZID=Europe/Berlin:20260701T160000" in content
    [zone] = components(content, "VTIMEZONE")
    assert zone["TZID"] == "Europe/Berlin"

    [event] = components(content, "VEVENT")
    start = event.decoded("DTSTART")
    assert start == datetime(2026, 7, 1, 14, 30, tzinfo=BERLIN)
    assert start.astimezone(UTC) == datetime(2026, 7, 1, 12, 30, tzinfo=UTC)
    assert event.decoded("DTEND").astimezone(UTC) == datetime(2026, 7, 1, 14, 0, tzinfo=UTC)
    assert str(event["UID"]) == f"appointment-{entries['summer']}@meinbuero"
    assert str(event["SUMMARY"]) == "Beratung – Sommer GmbH"
    assert str(event["LOCATION"]) == "Köln, Domplatte"
    assert str(event["DESCRIPTION"]) == "Sommer GmbH (K1)\n\nMuster mitbringen"
    [alarm] = event.walk("VALARM")
    assert alarm.decoded("TRIGGER") == timedelta(minutes=-30)

    [todo] = components(content, "VTODO")
    assert str(todo["UID"]) == f"task-{entries['task']}@meinbuero"
    assert todo.decoded("DUE") == date(2026, 7, 3)
    assert todo.decoded("PRIORITY") == 1
    assert str(todo["STATUS"]) == "NEEDS-ACTION"


def test_all_customers_in_a_period(database: Database, entries: dict[str, int]) -> None:
    with database.sessions() as session:
        everything = build_calendar(session)
        winter = build_calendar(session, since=date(2026, 12, 1), until=date(2027, 1, 15))
        summer_day = build_calendar(session, since=date(2026, 7, 1), until=date(2026, 7, 1))
    assert (everything.appointments, everything.tasks) == (2, 2)
    [event] = components(winter.content, "VEVENT")
    # Winter time: 09:00 in Berlin is 08:00 UTC.
    assert event.decoded("DTSTART").astimezone(UTC) == datetime(2027, 1, 15, 8, 0, tzinfo=UTC)
    assert str(event["UID"]) == f"appointment-{entries['winter']}@meinbuero"
    [todo] = components(winter.content, "VTODO")
    assert str(todo["STATUS"]) == "COMPLETED"
    assert [str(e["SUMMARY"]) for e in components(summer_day.content, "VEVENT")] == [
        "Beratung – Sommer GmbH"
    ]
    assert components(summer_day.content, "VTODO") == []


def test_uids_stay_across_exports_and_archived_customers_are_left_out(
    database: Database, entries: dict[str, int]
) -> None:
    with database.sessions() as session:
        first = build_calendar(session)
        second = build_calendar(session)
    uids = [str(c["UID"]) for c in components(first.content, "VEVENT")]
    assert uids == [str(c["UID"]) for c in components(second.content, "VEVENT")]
    with database.sessions.begin() as session:
        archive_customer(session, entries["second"])
        export = build_calendar(session)
        assert (export.appointments, export.tasks) == (1, 1)
        alone = build_calendar(session, customer_id=entries["second"])
        assert (alone.appointments, alone.tasks) == (1, 1)
        with pytest.raises(NotFound):
            build_calendar(session, customer_id=999)
