"""The due list (Wiedervorlage) on fixed days, on a real company file."""

from __future__ import annotations

from datetime import date

import pytest

from meinbuero.services import history
from meinbuero.services.customers import (
    ContactPersonInput,
    CustomerInput,
    archive_customer,
    save_contact_person,
    save_customer,
)
from meinbuero.services.due import DueEntry, due_list
from meinbuero.services.history import AppointmentInput, EventInput, TaskInput
from meinbuero.store.database import Database


def person(database: Database, first: str, last: str, birthday: str) -> int:
    with database.sessions.begin() as session:
        return save_customer(
            session,
            CustomerInput(kind="person", first_name=first, last_name=last, birthday=birthday),
        ).id


def birthdays(database: Database, today: date, days: int = 14) -> list[tuple[object, ...]]:
    with database.sessions() as session:
        return [
            (e.day, e.subject, e.age, e.kind)
            for e in due_list(session, today=today, days=days)
            if e.reason == "birthday"
        ]


@pytest.fixture
def people(database: Database) -> None:
    person(database, "Lea", "Schaltjahr", "29.02.1980")
    person(database, "Tom", "Heute", "25.02.1990")
    person(database, "Ida", "Ohnejahr", "01.03.")
    person(database, "Max", "Gestern", "24.02.1970")
    person(database, "Eva", "Letzter", "11.03.2000")
    person(database, "Udo", "Zuspaet", "12.03.2000")
    with database.sessions.begin() as session:
        company = save_customer(session, CustomerInput(company_name="Firma GmbH")).id
        save_contact_person(
            session,
            ContactPersonInput(first_name="Kai", last_name="Kontakt", birthday="27.02.1985"),
            customer_id=company,
        )
    gone = person(database, "Ali", "Archiv", "26.02.1980")
    with database.sessions.begin() as session:
        archive_customer(session, gone)


@pytest.mark.usefixtures("people")
def test_birthdays_of_the_next_two_weeks_in_a_common_year(database: Database) -> None:
    # 2027 is no leap year: 29 February is celebrated on 28 February.
    assert birthdays(database, date(2027, 2, 25)) == [
        (date(2027, 2, 25), "Heute, Tom", 37, "customer"),
        (date(2027, 2, 27), "Kai Kontakt", 42, "contact_person"),
        (date(2027, 2, 28), "Schaltjahr, Lea", 47, "customer"),
        (date(2027, 3, 1), "Ohnejahr, Ida", None, "customer"),
        (date(2027, 3, 11), "Letzter, Eva", 27, "customer"),
    ]


@pytest.mark.usefixtures("people")
def test_birthdays_in_a_leap_year(database: Database) -> None:
    assert birthdays(database, date(2028, 2, 25)) == [
        (date(2028, 2, 25), "Heute, Tom", 38, "customer"),
        (date(2028, 2, 27), "Kai Kontakt", 43, "contact_person"),
        (date(2028, 2, 29), "Schaltjahr, Lea", 48, "customer"),
        (date(2028, 3, 1), "Ohnejahr, Ida", None, "customer"),
    ]
    # February has a day more: 14 days from 25 February end on 10 March.
    assert birthdays(database, date(2028, 2, 26))[-1] == (
        date(2028, 3, 11),
        "Letzter, Eva",
        28,
        "customer",
    )


@pytest.mark.usefixtures("people")
def test_birthday_period_is_set_by_days_and_crosses_the_year(database: Database) -> None:
    assert birthdays(database, date(2027, 2, 28), days=0) == [
        (date(2027, 2, 28), "Schaltjahr, Lea", 47, "customer")
    ]
    assert birthdays(database, date(2027, 3, 1), days=0) == [
        (date(2027, 3, 1), "Ohnejahr, Ida", None, "customer")
    ]
    person(database, "Neu", "Jahr", "02.01.1999")
    assert birthdays(database, date(2026, 12, 30), days=5) == [
        (date(2027, 1, 2), "Jahr, Neu", 28, "customer")
    ]


def test_open_tasks_and_follow_ups_due_today_or_before(database: Database) -> None:
    with database.sessions.begin() as session:
        customer = save_customer(
            session, CustomerInput(number="K7", company_name="Termin & Co. KG")
        ).id
        contact = save_contact_person(
            session, ContactPersonInput(first_name="Jan", last_name="Berg"), customer_id=customer
        ).id

        def task(subject: str, due: str, **extra: object) -> int:
            data = TaskInput(subject=subject, due_on=due, **extra)  # type: ignore[arg-type]
            return history.add_task(session, customer_id=customer, data=data).id

        overdue = task("Überfällig", "20.02.2027", contact_person_id=contact)
        today = task("Heute fällig", "25.02.2027", priority=1)
        task("Morgen fällig", "26.02.2027")
        task("Erledigt", "01.02.2027", done=True, follow_up_on="01.02.2027")
        task("Ohne Datum", "")
        call = next(t.id for t in history.event_types(session) if t.name == "Anruf ausgehend")
        event = history.add_event(
            session,
            customer_id=customer,
            data=EventInput(event_type_id=call, subject="Nachfassen", follow_up_on="25.02.2027"),
        ).id
        history.add_event(
            session,
            customer_id=customer,
            data=EventInput(event_type_id=call, subject="Später", follow_up_on="26.02.2027"),
        )
        appointment = history.add_appointment(
            session,
            customer_id=customer,
            data=AppointmentInput(
                subject="Vorführung", starts_at="01.02.2027 10:00", follow_up_on="10.02.2027"
            ),
        ).id

    with database.sessions() as session:
        entries = due_list(session, today=date(2027, 2, 25))

    def entry(
        reason: str,
        day: date,
        subject: str,
        kind: str,
        id: int,
        person: str = "",
        *,
        overdue: bool = False,
    ) -> DueEntry:
        return DueEntry(
            reason=reason,
            day=day,
            customer_id=customer,
            customer_number="K7",
            customer_name="Termin & Co. KG",
            subject=subject,
            kind=kind,
            id=id,
            contact_person=person,
            overdue=overdue,
        )

    # What is overdue first, oldest first; then today's tasks and follow-ups.
    assert entries == [
        entry(
            "follow_up", date(2027, 2, 10), "Vorführung", "appointment", appointment, overdue=True
        ),
        entry("task", date(2027, 2, 20), "Überfällig", "task", overdue, "Jan Berg", overdue=True),
        entry("task", date(2027, 2, 25), "Heute fällig", "task", today),
        entry("follow_up", date(2027, 2, 25), "Nachfassen", "event", event),
    ]

    with database.sessions.begin() as session:
        archive_customer(session, customer)
        assert due_list(session, today=date(2027, 2, 25)) == []


def test_birthdays_across_the_year_end_and_29_february(database: Database) -> None:
    with database.sessions.begin() as session:
        for day, month in ((24, 12), (31, 12), (1, 1), (4, 1), (5, 1), (29, 2), (1, 3)):
            save_customer(
                session,
                CustomerInput(
                    kind="person", last_name=f"Am {day}.{month}.", birthday=f"{day:02}.{month:02}."
                ),
            )
    with database.sessions() as session:
        around_new_year = due_list(session, today=date(2026, 12, 25), days=10)
        end_of_february = due_list(session, today=date(2027, 2, 27), days=1)
    assert [e.subject for e in around_new_year] == ["Am 31.12.", "Am 1.1.", "Am 4.1."]
    assert [(e.subject, e.day) for e in end_of_february] == [("Am 29.2.", date(2027, 2, 28))]
