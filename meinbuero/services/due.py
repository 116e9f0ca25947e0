"""Wiedervorlage: what is due on a day — open tasks, follow-ups, and birthdays coming up.

Shown on start and under Ansicht > Wiedervorlage, and printed by ``meinbuero due``. Archived
customers are left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from meinbuero.domain.birthday import Birthday
from meinbuero.services.history import HistoryKind
from meinbuero.store.models import (
    Appointment,
    ContactPerson,
    Customer,
    Event,
    Task,
    display_name_of,
)


class DueReason(StrEnum):
    TASK = "task"
    FOLLOW_UP = "follow_up"
    BIRTHDAY = "birthday"


@dataclass(frozen=True)
class DueEntry:
    """One line of the due list.

    ``kind`` and ``id`` name what to open: a history kind ("task", "event", "appointment") and
    its id, or "customer"/"contact_person" for a birthday. ``day`` is the due date, the
    follow-up date or the day of the birthday (28 February for 29 February in other years).
    """

    reason: str
    day: date
    customer_id: int
    customer_number: str
    customer_name: str
    subject: str
    kind: str
    id: int
    contact_person: str = ""
    age: int | None = None
    #: A task or follow-up whose day has passed (it is "überfällig seit" ``day``).
    overdue: bool = False


def _customer_columns() -> tuple[InstrumentedAttribute[Any], ...]:
    return (
        Customer.id,
        Customer.number,
        Customer.kind,
        Customer.company_name,
        Customer.first_name,
        Customer.last_name,
    )


def _customer_name(row: Sequence[Any]) -> str:
    kind, company, first, last = (str(v or "") for v in row)
    return display_name_of(kind, company, first, last)


def _person(first: str | None, last: str | None) -> str:
    return " ".join(p for p in (first, last) if p)


def _rows(session: Session, query: Select[*tuple[Any, ...]]) -> list[Any]:
    return list(session.execute(query))


def due_list(session: Session, *, today: date, days: int = 14) -> list[DueEntry]:
    """Open tasks due by ``today``, follow-ups due by ``today``, and the birthdays from
    ``today`` to ``days`` days ahead: first what is overdue (tasks and follow-ups of days before
    ``today``, oldest first), then today's tasks, today's follow-ups, then the birthdays,
    today's first."""
    entries = [
        replace(entry, overdue=True) if entry.day < today else entry
        for entry in (*_open_tasks(session, today), *_follow_ups(session, today))
    ]
    overdue = sorted((e for e in entries if e.overdue), key=lambda e: e.day)  # stable
    return [
        *overdue,
        *(e for e in entries if not e.overdue),
        *_birthdays(session, today, days),
    ]


def _open_tasks(session: Session, today: date) -> list[DueEntry]:
    query = (
        select(
            Task.id,
            Task.due_on,
            Task.subject,
            ContactPerson.first_name,
            ContactPerson.last_name,
            *_customer_columns(),
        )
        .join(Customer, Customer.id == Task.customer_id)
        .outerjoin(ContactPerson, ContactPerson.id == Task.contact_person_id)
        .where(Task.done_at.is_(None), Task.due_on <= today, Customer.archived_at.is_(None))
        .order_by(Task.due_on, Task.priority, Task.id)
    )
    return [
        DueEntry(
            reason=DueReason.TASK,
            day=row[1],
            customer_id=row[5],
            customer_number=row[6],
            customer_name=_customer_name(row[7:]),
            subject=row[2],
            kind=HistoryKind.TASK,
            id=row[0],
            contact_person=_person(row[3], row[4]),
        )
        for row in _rows(session, query)
    ]


def _follow_ups(session: Session, today: date) -> list[DueEntry]:
    entries: list[DueEntry] = []
    for kind, model in (
        (HistoryKind.EVENT, Event),
        (HistoryKind.TASK, Task),
        (HistoryKind.APPOINTMENT, Appointment),
    ):
        query = (
            select(
                model.id,
                model.follow_up_on,
                model.subject,
                ContactPerson.first_name,
                ContactPerson.last_name,
                *_customer_columns(),
            )
            .join(Customer, Customer.id == model.customer_id)
            .outerjoin(ContactPerson, ContactPerson.id == model.contact_person_id)
            .where(model.follow_up_on <= today, Customer.archived_at.is_(None))
        )
        if model is Task:
            query = query.where(Task.done_at.is_(None))
        entries.extend(
            DueEntry(
                reason=DueReason.FOLLOW_UP,
                day=row[1],
                customer_id=row[5],
                customer_number=row[6],
                customer_name=_customer_name(row[7:]),
                subject=row[2],
                kind=kind,
                id=row[0],
                contact_person=_person(row[3], row[4]),
            )
            for row in _rows(session, query)
        )
    order = list(HistoryKind)
    entries.sort(key=lambda e: (e.day, order.index(HistoryKind(e.kind)), e.id))
    return entries


def _birthdays(session: Session, today: date, days: int) -> list[DueEntry]:
    last_day = today + timedelta(days=max(days, 0))
    # The days of each month the period touches, so that SQL leaves out nearly everybody; the
    # exact days are then judged by _occurrence (29 February included).
    spans: dict[int, tuple[int, int]] = {}
    for n in range((last_day - today).days + 1):
        moment = today + timedelta(days=n)
        first, last = spans.get(moment.month, (moment.day, moment.day))
        spans[moment.month] = (min(first, moment.day), max(last, moment.day))
    if 2 in spans or 3 in spans:
        # 29 February is celebrated on 28 February (or 1 March) in other years.
        first, last = spans.get(2, (29, 29))
        spans[2] = (min(first, 29), max(last, 29))

    def in_period(month: Any, day: Any) -> ColumnElement[bool]:
        return or_(
            *(and_(month == m, day.between(first, last)) for m, (first, last) in spans.items())
        )

    entries: list[DueEntry] = []
    customers = select(
        Customer.birthday_month,
        Customer.birthday_day,
        Customer.birthday_year,
        *_customer_columns(),
    ).where(
        in_period(Customer.birthday_month, Customer.birthday_day),
        Customer.archived_at.is_(None),
    )
    for month, day, year, *customer in _rows(session, customers):
        occurrence = _occurrence(month, day, year, today, last_day)
        if occurrence is not None:
            entries.append(
                DueEntry(
                    reason=DueReason.BIRTHDAY,
                    day=occurrence[0],
                    customer_id=customer[0],
                    customer_number=customer[1],
                    customer_name=_customer_name(tuple(customer[2:])),
                    subject=_customer_name(tuple(customer[2:])),
                    kind="customer",
                    id=customer[0],
                    age=occurrence[1],
                )
            )
    people = (
        select(
            ContactPerson.birthday_month,
            ContactPerson.birthday_day,
            ContactPerson.birthday_year,
            ContactPerson.id,
            ContactPerson.first_name,
            ContactPerson.last_name,
            *_customer_columns(),
        )
        .join(Customer, Customer.id == ContactPerson.customer_id)
        .where(
            in_period(ContactPerson.birthday_month, ContactPerson.birthday_day),
            Customer.archived_at.is_(None),
        )
    )
    for month, day, year, person_id, first, last, *customer in _rows(session, people):
        occurrence = _occurrence(month, day, year, today, last_day)
        if occurrence is not None:
            name = _person(first, last)
            entries.append(
                DueEntry(
                    reason=DueReason.BIRTHDAY,
                    day=occurrence[0],
                    customer_id=customer[0],
                    customer_number=customer[1],
                    customer_name=_customer_name(tuple(customer[2:])),
                    subject=name,
                    kind="contact_person",
                    id=person_id,
                    contact_person=name,
                    age=occurrence[1],
                )
            )
    entries.sort(key=lambda e: (e.day, e.subject.casefold(), e.kind, e.id))
    return entries


def _occurrence(
    month: int | None, day: int | None, year: int | None, today: date, last_day: date
) -> tuple[date, int | None] | None:
    """The birthday's day within [today, last_day] and the age reached on it, or None."""
    if month is None or day is None:
        return None
    birthday = Birthday(month, day, year)
    upcoming = birthday.next_occurrence(today)
    if upcoming > last_day:
        return None
    return upcoming, birthday.age_on(upcoming)
