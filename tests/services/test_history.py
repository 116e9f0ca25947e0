"""Events, tasks, appointments and the Historie list, on a real company file."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import update

from meinbuero.services import history, notes, settings
from meinbuero.services.customers import (
    ContactPersonInput,
    CustomerInput,
    Removal,
    get_customer,
    remove_customer,
    save_contact_person,
    save_customer,
)
from meinbuero.services.errors import InvalidInput, NotFound, Refused
from meinbuero.services.history import AppointmentInput, EventInput, TaskInput
from meinbuero.store.database import Database
from meinbuero.store.models import Appointment, Customer, Event, Note, Task

SEEDED = [
    "E-Mail eingegangen",
    "E-Mail gesendet",
    "Anruf eingehend",
    "Anruf ausgehend",
    "Rückruf",
    "Mailing",
    "Newsletter",
    "Gesprächsnotiz",
    "Rechercheergebnis",
    "Bonitätsprüfung",
]


@pytest.fixture
def customer_id(database: Database) -> int:
    with database.sessions.begin() as session:
        settings.set_display_name(session, "Petra Lindner")
        return save_customer(session, CustomerInput(company_name="Historie GmbH")).id


def type_id(database: Database, name: str) -> int:
    with database.sessions() as session:
        return next(
            t.id for t in history.event_types(session, include_hidden=True) if t.name == name
        )


def test_a_new_file_has_the_event_types(database: Database) -> None:
    with database.sessions() as session:
        assert [t.name for t in history.event_types(session)] == SEEDED


def test_an_event_is_stamped_and_kept_in_utc(database: Database, customer_id: int) -> None:
    call = type_id(database, "Anruf ausgehend")
    before = datetime.now(UTC)
    with database.sessions.begin() as session:
        event_id = history.add_event(
            session,
            customer_id=customer_id,
            data=EventInput(
                event_type_id=call,
                occurred_at="01.07.2026 14:30",
                subject=" Angebot nachgefasst ",
                text="Meldet sich Freitag.",
                follow_up_on="03.07.2026",
            ),
        ).id
    with database.sessions() as session:
        event = session.get(Event, event_id)
        assert event is not None
        assert event.occurred_at == datetime(2026, 7, 1, 12, 30, tzinfo=UTC)
        assert (event.subject, event.text, event.author) == (
            "Angebot nachgefasst",
            "Meldet sich Freitag.",
            "Petra Lindner",
        )
        assert event.follow_up_on == date(2026, 7, 3)
        assert before <= event.created_at <= datetime.now(UTC)
        assert history.event_input(event) == EventInput(
            event_type_id=call,
            occurred_at="01.07.2026 14:30",
            subject="Angebot nachgefasst",
            text="Meldet sich Freitag.",
            follow_up_on="03.07.2026",
        )


def test_an_event_without_a_time_happened_now(database: Database, customer_id: int) -> None:
    before = datetime.now(UTC)
    with database.sessions.begin() as session:
        event = history.add_event(
            session,
            customer_id=customer_id,
            data=EventInput(event_type_id=type_id(database, "Rückruf")),
        )
        assert before <= event.occurred_at <= datetime.now(UTC)


def test_wrong_input_is_refused_field_by_field(database: Database, customer_id: int) -> None:
    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        history.add_event(
            session,
            customer_id=customer_id,
            data=EventInput(occurred_at="31.02.2026 10:00", follow_up_on="morgen"),
        )
    assert [(e.field, e.message) for e in caught.value.errors] == [
        ("Art", "Bitte wählen Sie die Art des Ereignisses."),
        ("Datum/Uhrzeit", "„31.02.2026“ ist kein Datum, das es im Kalender gibt."),
        ("Wiedervorlage", "„morgen“ ist kein Datum. Bitte als TT.MM.JJJJ eingeben."),
    ]
    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        history.add_task(session, customer_id=customer_id, data=TaskInput(priority=4))
    assert [(e.field, e.message) for e in caught.value.errors] == [
        ("Betreff", "Bitte geben Sie einen Betreff ein."),
        ("Priorität", "Die Priorität ist 1 (hoch), 2 (normal) oder 3 (niedrig)."),
    ]
    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        history.add_appointment(
            session,
            customer_id=customer_id,
            data=AppointmentInput(
                subject="Termin",
                starts_at="02.07.2026 10:00",
                ends_at="09:00",
                reminder_minutes="x",
            ),
        )
    assert [(e.field, e.message) for e in caught.value.errors] == [
        ("Ende", "Der Termin kann nicht enden, bevor er beginnt."),
        ("Erinnerung", "„x“ ist keine Anzahl Minuten."),
    ]
    with database.sessions() as session:
        assert history.history(session, customer_id) == []


def test_a_task_is_done_and_open_again(database: Database, customer_id: int) -> None:
    with database.sessions.begin() as session:
        task_id = history.add_task(
            session,
            customer_id=customer_id,
            data=TaskInput(subject="Angebot schicken", due_on="22.11.2026", priority=1),
        ).id
    data = TaskInput(subject="Angebot schicken", due_on="22.11.2026", priority=1, done=True)
    with database.sessions.begin() as session:
        task = history.update_task(session, task_id, data)
        assert task.done_at is not None
        assert history.task_input(task) == data
    with database.sessions.begin() as session:
        data.done = False
        assert history.update_task(session, task_id, data).done_at is None


def test_an_appointment_without_an_end_lasts_an_hour(database: Database, customer_id: int) -> None:
    with database.sessions.begin() as session:
        appointment = history.add_appointment(
            session,
            customer_id=customer_id,
            data=AppointmentInput(
                subject="Beratung", starts_at="15.01.2026 9:00", place="Köln", reminder_minutes="15"
            ),
        )
        assert appointment.starts_at == datetime(2026, 1, 15, 8, 0, tzinfo=UTC)
        assert appointment.ends_at == datetime(2026, 1, 15, 9, 0, tzinfo=UTC)
        assert appointment.reminder_minutes == 15
        assert history.appointment_input(appointment) == AppointmentInput(
            subject="Beratung",
            starts_at="15.01.2026 09:00",
            ends_at="15.01.2026 10:00",
            place="Köln",
            reminder_minutes="15",
        )
        changed = history.update_appointment(
            session,
            appointment.id,
            AppointmentInput(subject="Beratung", starts_at="15.01.2026 09:00", ends_at="11:30"),
        )
        assert changed.ends_at == datetime(2026, 1, 15, 10, 30, tzinfo=UTC)
        assert changed.author == "Petra Lindner"


def fixed_history(database: Database, customer_id: int) -> dict[str, int]:
    """An event, a task, an appointment and a note at known moments."""
    with database.sessions.begin() as session:
        person = save_contact_person(
            session, ContactPersonInput(first_name="Jan", last_name="Berg"), customer_id=customer_id
        ).id
        event = history.add_event(
            session,
            customer_id=customer_id,
            data=EventInput(
                event_type_id=type_id(database, "E-Mail gesendet"),
                occurred_at="10.03.2026 09:15",
                subject="Angebot Drucker",
                contact_person_id=person,
            ),
        ).id
        task = history.add_task(
            session,
            customer_id=customer_id,
            data=TaskInput(subject="Nachfassen", due_on="20.03.2026", follow_up_on="25.03.2026"),
        ).id
        appointment = history.add_appointment(
            session,
            customer_id=customer_id,
            data=AppointmentInput(subject="Vorführung", starts_at="02.04.2026 14:00", place="Bonn"),
        ).id
        note = notes.add_note(
            session, customer_id=customer_id, text="Drucker läuft.\nZweite Zeile"
        ).id
        session.execute(update(Task).values(created_at=datetime(2026, 3, 12, 8, 0, tzinfo=UTC)))
        session.execute(update(Note).values(created_at=datetime(2026, 3, 1, 8, 0, tzinfo=UTC)))
    return {"event": event, "task": task, "appointment": appointment, "note": note}


def test_history_holds_every_kind_newest_first(database: Database, customer_id: int) -> None:
    ids = fixed_history(database, customer_id)
    with database.sessions() as session:
        entries = history.history(session, customer_id)
    assert [(e.kind, e.id, e.when, e.subject, e.contact_person, e.status) for e in entries] == [
        (
            "appointment",
            ids["appointment"],
            datetime(2026, 4, 2, 12, 0, tzinfo=UTC),
            "Vorführung",
            "",
            "Bonn",
        ),
        (
            "task",
            ids["task"],
            datetime(2026, 3, 12, 8, 0, tzinfo=UTC),
            "Nachfassen",
            "",
            "offen, fällig am 20.03.2026 · Wiedervorlage 25.03.2026",
        ),
        (
            "event",
            ids["event"],
            datetime(2026, 3, 10, 8, 15, tzinfo=UTC),
            "Angebot Drucker",
            "Jan Berg",
            "E-Mail gesendet",
        ),
        ("note", ids["note"], datetime(2026, 3, 1, 8, 0, tzinfo=UTC), "Drucker läuft.", "", ""),
    ]
    assert {e.author for e in entries} == {"Petra Lindner"}
    assert entries[1].follow_up_on == date(2026, 3, 25)


def test_history_filters_by_kind_period_and_text(database: Database, customer_id: int) -> None:
    ids = fixed_history(database, customer_id)

    def found(**filters: Any) -> list[tuple[str, int]]:
        with database.sessions() as session:
            entries = history.history(session, customer_id, history.HistoryFilter(**filters))
        return [(e.kind, e.id) for e in entries]

    assert found(kinds=["note", "event"]) == [("event", ids["event"]), ("note", ids["note"])]
    assert found(kinds=[]) == []
    # 10.03. 09:15 local is in, 02.04. is out; the day "until" counts whole.
    assert found(since=date(2026, 3, 10), until=date(2026, 3, 31)) == [
        ("task", ids["task"]),
        ("event", ids["event"]),
    ]
    assert found(since=date(2026, 3, 11)) == [
        ("appointment", ids["appointment"]),
        ("task", ids["task"]),
    ]
    assert found(text="drucker") == [("event", ids["event"]), ("note", ids["note"])]
    assert found(text="gesendet") == [("event", ids["event"])]
    assert found(text="Zweite", kinds=["note"]) == [("note", ids["note"])]
    assert found(text="nichts davon") == []


def test_history_is_the_customers_own(database: Database, customer_id: int) -> None:
    fixed_history(database, customer_id)
    with database.sessions.begin() as session:
        other = save_customer(session, CustomerInput(company_name="Andere GmbH")).id
        assert history.history(session, other) == []


@pytest.mark.parametrize("kind", ["event", "task", "appointment"])
def test_an_entry_touches_the_customer_and_makes_removal_archive(
    database: Database, customer_id: int, kind: str
) -> None:
    old = datetime(2020, 1, 1, tzinfo=UTC)
    with database.sessions.begin() as session:
        session.execute(update(Customer).values(last_processed_at=old))
    with database.sessions.begin() as session:
        if kind == "event":
            history.add_event(
                session,
                customer_id=customer_id,
                data=EventInput(event_type_id=type_id(database, "Mailing")),
            )
        elif kind == "task":
            history.add_task(session, customer_id=customer_id, data=TaskInput(subject="Tun"))
        else:
            history.add_appointment(
                session,
                customer_id=customer_id,
                data=AppointmentInput(subject="Treffen", starts_at="01.02.2026 10:00"),
            )
    with database.sessions.begin() as session:
        assert get_customer(session, customer_id).last_processed_at > old
        assert remove_customer(session, customer_id) == Removal.ARCHIVED
        assert get_customer(session, customer_id).archived_at is not None


def test_entries_of_unknown_customers_and_foreign_persons_are_refused(
    database: Database, customer_id: int
) -> None:
    with database.sessions.begin() as session:
        other = save_customer(session, CustomerInput(company_name="Andere GmbH")).id
        person = save_contact_person(
            session, ContactPersonInput(last_name="Fremd"), customer_id=other
        ).id
    with database.sessions() as session:
        with pytest.raises(NotFound):
            history.add_task(session, customer_id=999, data=TaskInput(subject="x"))
        with pytest.raises(NotFound):
            history.add_task(
                session,
                customer_id=customer_id,
                data=TaskInput(subject="x", contact_person_id=person),
            )
        with pytest.raises(NotFound):
            history.update_event(session, 999, EventInput())
        assert session.query(Task).count() == 0
        assert session.query(Appointment).count() == 0


def test_event_types_are_added_renamed_and_hidden(database: Database, customer_id: int) -> None:
    with database.sessions.begin() as session:
        fair = history.add_event_type(session, " Messebesuch ").id
        history.rename_event_type(session, fair, "Messegespräch")
        with pytest.raises(InvalidInput) as caught:
            history.add_event_type(session, "Rückruf")
        assert [(e.field, e.message) for e in caught.value.errors] == [
            ("Ereignisart", "„Rückruf“ gibt es schon.")
        ]
        with pytest.raises(InvalidInput):
            history.rename_event_type(session, fair, "  ")
        history.hide_event_type(session, type_id(database, "Newsletter"))
    with database.sessions.begin() as session:
        assert [t.name for t in history.event_types(session)] == [
            *[n for n in SEEDED if n != "Newsletter"],
            "Messegespräch",
        ]
        assert len(history.event_types(session, include_hidden=True)) == 11
    hidden = type_id(database, "Newsletter")
    with database.sessions.begin() as session, pytest.raises(InvalidInput):
        history.add_event(session, customer_id=customer_id, data=EventInput(event_type_id=hidden))
    with database.sessions.begin() as session:
        history.hide_event_type(session, hidden, hidden=False)
        assert "Newsletter" in [t.name for t in history.event_types(session)]


def test_only_an_unused_event_type_is_deleted(database: Database, customer_id: int) -> None:
    used = type_id(database, "Bonitätsprüfung")
    unused = type_id(database, "Mailing")
    with database.sessions.begin() as session:
        history.add_event(session, customer_id=customer_id, data=EventInput(event_type_id=used))
    with database.sessions.begin() as session, pytest.raises(Refused) as caught:
        history.delete_event_type(session, used)
    assert str(caught.value) == (
        "Die Art „Bonitätsprüfung“ wird von 1 Ereignissen verwendet und kann nicht gelöscht"
        " werden; blenden Sie sie stattdessen aus."
    )
    with database.sessions.begin() as session:
        history.delete_event_type(session, unused)
    with database.sessions() as session:
        types = history.event_types(session, include_hidden=True)
        assert [t.name for t in types] == [n for n in SEEDED if n != "Mailing"]
        assert [t.position for t in types] == list(range(9))
        with pytest.raises(NotFound):
            history.delete_event_type(session, unused)


def test_history_keys_and_entries_read_the_list_in_parts(
    database: Database, customer_id: int
) -> None:
    ids = fixed_history(database, customer_id)
    with database.sessions() as session:
        keys = history.history_keys(session, customer_id)
        whole = history.history(session, customer_id)
        assert keys == [(e.kind, e.id) for e in whole]
        # Any part of the keys reads the same rows as the whole list, in any order asked.
        part = history.history_entries(session, reversed(keys[1:3]))
        assert [part[key] for key in keys[1:3]] == whole[1:3]
        # An entry gone in the meantime is simply missing.
        assert history.history_entries(session, [("note", ids["note"] + 999)]) == {}
        assert history.history_entries(session, [("invoice", 1)]) == {}


def test_history_search_ignores_case_and_umlauts(database: Database, customer_id: int) -> None:
    call = type_id(database, "Anruf ausgehend")
    with database.sessions.begin() as session:
        for subject in ("Steuerberater MÜLLER angerufen", "Größe 50% geändert", "Preise"):
            history.add_event(
                session,
                customer_id=customer_id,
                data=EventInput(event_type_id=call, subject=subject),
            )

    def found(text: str) -> list[str]:
        with database.sessions() as session:
            entries = history.history(session, customer_id, history.HistoryFilter(text=text))
        return [e.subject for e in entries]

    assert found("müller") == ["Steuerberater MÜLLER angerufen"]
    assert found("Steuer muller") == ["Steuerberater MÜLLER angerufen"]
    assert found("GRÖSSE") == ["Größe 50% geändert"]
    assert found("50%") == ["Größe 50% geändert"]
    assert found("5_%") == []  # LIKE's wildcards are searched as typed
    assert found("geandert") == ["Größe 50% geändert"]
