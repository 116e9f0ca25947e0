"""Appointments and tasks as an iCalendar file (.ics) for Outlook, Thunderbird or Google.

Times are written in German local time with ``TZID=Europe/Berlin`` and the VTIMEZONE that
defines it, so calendars show them right wherever they are. Every appointment and task keeps its
UID across exports, so importing the file again updates entries rather than doubling them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import icalendar
from sqlalchemy import select
from sqlalchemy.orm import Session

from meinbuero import __version__
from meinbuero.domain.values import LOCAL_ZONE
from meinbuero.services.errors import NotFound
from meinbuero.store.models import Appointment, ContactPerson, Customer, Task
from meinbuero.store.types import utcnow

# iCalendar's PRIORITY: 1 highest, 5 medium, 9 lowest.
_ICAL_PRIORITY = {1: 1, 2: 5, 3: 9}


@dataclass(frozen=True)
class CalendarExport:
    """What was written: the file's content and how many entries it holds."""

    content: bytes
    appointments: int
    tasks: int


def appointment_uid(appointment_id: int) -> str:
    return f"appointment-{appointment_id}@meinbuero"


def task_uid(task_id: int) -> str:
    return f"task-{task_id}@meinbuero"


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), LOCAL_ZONE)


def _customer_label(customer: Customer) -> str:
    return f"{customer.display_name} ({customer.number})"


def _description(text: str, customer: Customer, person: ContactPerson | None) -> str:
    lines = [_customer_label(customer)]
    if person is not None and person.display_name:
        lines.append(person.display_name)
    if text:
        lines += ["", text]
    return "\n".join(lines)


def build_calendar(
    session: Session,
    *,
    customer_id: int | None = None,
    since: date | None = None,
    until: date | None = None,
) -> CalendarExport:
    """The appointments and tasks of one customer (or of all not archived) as .ics.

    Args:
        since: Appointments starting and tasks due from this day on.
        until: … up to and including this day. Tasks without a due date come only when no
            period is given.
    """
    appointments = select(Appointment, Customer, ContactPerson).join(
        Customer, Customer.id == Appointment.customer_id
    )
    appointments = appointments.outerjoin(
        ContactPerson, ContactPerson.id == Appointment.contact_person_id
    )
    tasks = select(Task, Customer, ContactPerson).join(Customer, Customer.id == Task.customer_id)
    tasks = tasks.outerjoin(ContactPerson, ContactPerson.id == Task.contact_person_id)
    if customer_id is not None:
        if session.get(Customer, customer_id) is None:
            raise NotFound(customer_id)
        appointments = appointments.where(Appointment.customer_id == customer_id)
        tasks = tasks.where(Task.customer_id == customer_id)
    else:
        appointments = appointments.where(Customer.archived_at.is_(None))
        tasks = tasks.where(Customer.archived_at.is_(None))
    if since is not None:
        appointments = appointments.where(Appointment.starts_at >= _local_midnight(since))
        tasks = tasks.where(Task.due_on >= since)
    if until is not None:
        end = _local_midnight(until + timedelta(days=1))
        appointments = appointments.where(Appointment.starts_at < end)
        tasks = tasks.where(Task.due_on <= until)
    appointments = appointments.order_by(Appointment.starts_at, Appointment.id)
    tasks = tasks.order_by(Task.due_on, Task.id)

    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//meinbuero//meinbuero {__version__}//DE")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    stamp = utcnow()
    appointment_count = task_count = 0
    for appointment, customer, person in session.execute(appointments):
        calendar.add_component(_vevent(appointment, customer, person, stamp))
        appointment_count += 1
    for task, customer, person in session.execute(tasks):
        calendar.add_component(_vtodo(task, customer, person, stamp))
        task_count += 1
    calendar.add_missing_timezones()
    return CalendarExport(calendar.to_ical(), appointment_count, task_count)


def _vevent(
    appointment: Appointment, customer: Customer, person: ContactPerson | None, stamp: datetime
) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", appointment_uid(appointment.id))
    event.add("dtstamp", stamp)
    event.add("created", appointment.created_at)
    event.add("dtstart", appointment.starts_at.astimezone(LOCAL_ZONE))
    event.add("dtend", appointment.ends_at.astimezone(LOCAL_ZONE))
    event.add("summary", f"{appointment.subject} – {customer.display_name}")
    if appointment.place:
        event.add("location", appointment.place)
    event.add("description", _description(appointment.text, customer, person))
    if appointment.reminder_minutes is not None:
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", appointment.subject)
        alarm.add("trigger", timedelta(minutes=-appointment.reminder_minutes))
        event.add_component(alarm)
    return event


def _vtodo(
    task: Task, customer: Customer, person: ContactPerson | None, stamp: datetime
) -> icalendar.Todo:
    todo = icalendar.Todo()
    todo.add("uid", task_uid(task.id))
    todo.add("dtstamp", stamp)
    todo.add("created", task.created_at)
    todo.add("summary", f"{task.subject} – {customer.display_name}")
    todo.add("description", _description(task.text, customer, person))
    if task.due_on is not None:
        todo.add("due", task.due_on)
    todo.add("priority", _ICAL_PRIORITY.get(task.priority, 5))
    if task.done_at is not None:
        todo.add("status", "COMPLETED")
        todo.add("completed", task.done_at)
    else:
        todo.add("status", "NEEDS-ACTION")
    return todo


def write_calendar(
    session: Session,
    path: Path,
    *,
    customer_id: int | None = None,
    since: date | None = None,
    until: date | None = None,
) -> CalendarExport:
    """:func:`build_calendar` into ``path``."""
    export = build_calendar(session, customer_id=customer_id, since=since, until=until)
    path.write_bytes(export.content)
    return export
