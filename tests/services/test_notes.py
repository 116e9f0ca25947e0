"""Notizen through the service, on a real company file."""

from __future__ import annotations

import contextlib
import getpass
from datetime import UTC, datetime

import pytest
from sqlalchemy import text, update

from meinbuero.services import notes, settings
from meinbuero.services.customers import (
    ContactPersonInput,
    CustomerInput,
    delete_contact_person,
    save_contact_person,
    save_customer,
)
from meinbuero.services.errors import InvalidInput, NotFound
from meinbuero.store.database import Database
from meinbuero.store.models import Note


@pytest.fixture
def customer_id(database: Database) -> int:
    with database.sessions.begin() as session:
        return save_customer(session, CustomerInput(company_name="Notiz GmbH")).id


def add(database: Database, customer_id: int, note: str, **extra: int) -> int:
    with database.sessions.begin() as session:
        return notes.add_note(session, customer_id=customer_id, text=note, **extra).id


def stored(database: Database, customer_id: int) -> list[tuple[object, ...]]:
    """The customer's notes as the file holds them, newest first."""
    with database.sessions() as session:
        return [(n.text, n.author, n.contact_person_id) for n in notes.notes(session, customer_id)]


def note_count(database: Database) -> object:
    with database.sessions() as session:
        return session.execute(text("SELECT count(*) FROM note")).scalar_one()


def test_a_note_is_stamped_with_now_and_the_display_name(
    database: Database, customer_id: int
) -> None:
    with database.sessions.begin() as session:
        settings.set_display_name(session, "Petra Lindner")
    before = datetime.now(UTC)

    note_id = add(database, customer_id, "  Angerufen, Angebot folgt.\nRückruf Montag.  ")

    after = datetime.now(UTC)
    with database.sessions() as session:
        note = session.get(Note, note_id)
        assert note is not None
        assert note.text == "Angerufen, Angebot folgt.\nRückruf Montag."
        assert note.author == "Petra Lindner"
        assert note.customer_id == customer_id
        assert note.contact_person_id is None
        assert note.created_at.tzinfo == UTC
        assert before <= note.created_at <= after


def test_without_a_display_name_the_login_name_is_the_author(
    database: Database, customer_id: int
) -> None:
    add(database, customer_id, "Erste Notiz")

    assert stored(database, customer_id) == [("Erste Notiz", getpass.getuser(), None)]


def test_the_author_follows_a_changed_display_name(database: Database, customer_id: int) -> None:
    with database.sessions.begin() as session:
        settings.set_display_name(session, "Anna")
    add(database, customer_id, "Von Anna")
    with database.sessions.begin() as session:
        settings.set_display_name(session, "Ben")
    add(database, customer_id, "Von Ben")

    assert stored(database, customer_id) == [("Von Ben", "Ben", None), ("Von Anna", "Anna", None)]


@pytest.mark.parametrize("typed", ["", "   ", "\n\t "])
def test_an_empty_note_is_refused(database: Database, customer_id: int, typed: str) -> None:
    with database.sessions.begin() as session, pytest.raises(InvalidInput) as caught:
        notes.add_note(session, customer_id=customer_id, text=typed)

    assert [(e.field, e.message) for e in caught.value.errors] == [("Notiz", "Die Notiz ist leer.")]
    assert note_count(database) == 0


def test_notes_come_newest_first(database: Database, customer_id: int) -> None:
    for number in range(1, 4):
        add(database, customer_id, f"Notiz {number}")

    assert [t for t, _, _ in stored(database, customer_id)] == ["Notiz 3", "Notiz 2", "Notiz 1"]
    with database.sessions() as session:
        times = [n.created_at for n in notes.notes(session, customer_id)]
    assert times == sorted(times, reverse=True)


def test_notes_of_the_same_moment_come_in_reverse_order_of_adding(
    database: Database, customer_id: int
) -> None:
    for number in range(1, 4):
        add(database, customer_id, f"Notiz {number}")
    with database.sessions.begin() as session:
        session.execute(update(Note).values(created_at=datetime(2026, 1, 2, 9, 0, tzinfo=UTC)))

    assert [t for t, _, _ in stored(database, customer_id)] == ["Notiz 3", "Notiz 2", "Notiz 1"]


def test_a_dated_note_sorts_by_its_date(database: Database, customer_id: int) -> None:
    older = add(database, customer_id, "Alt")
    add(database, customer_id, "Neu")
    newest = add(database, customer_id, "Nachgetragen")
    with database.sessions.begin() as session:
        session.execute(
            update(Note)
            .where(Note.id == newest)
            .values(created_at=datetime(2020, 5, 1, tzinfo=UTC))
        )
        session.execute(
            update(Note).where(Note.id == older).values(created_at=datetime(2021, 5, 1, tzinfo=UTC))
        )

    assert [t for t, _, _ in stored(database, customer_id)] == ["Neu", "Alt", "Nachgetragen"]


def test_notes_belong_to_their_customer(database: Database, customer_id: int) -> None:
    with database.sessions.begin() as session:
        other = save_customer(session, CustomerInput(company_name="Andere GmbH")).id
    add(database, customer_id, "Für Notiz GmbH")
    add(database, other, "Für Andere GmbH")

    assert [t for t, _, _ in stored(database, customer_id)] == ["Für Notiz GmbH"]
    assert [t for t, _, _ in stored(database, other)] == ["Für Andere GmbH"]


def test_a_note_about_a_contact_person_outlives_the_person(
    database: Database, customer_id: int
) -> None:
    with database.sessions.begin() as session:
        person = save_contact_person(
            session, ContactPersonInput(last_name="Berg"), customer_id=customer_id
        ).id
    add(database, customer_id, "Mit Herrn Berg gesprochen", contact_person_id=person)
    assert stored(database, customer_id) == [
        ("Mit Herrn Berg gesprochen", getpass.getuser(), person)
    ]

    with database.sessions.begin() as session:
        delete_contact_person(session, customer_id=customer_id, contact_person_id=person)

    assert stored(database, customer_id) == [("Mit Herrn Berg gesprochen", getpass.getuser(), None)]


def test_a_note_is_deleted(database: Database, customer_id: int) -> None:
    keep = add(database, customer_id, "Bleibt")
    gone = add(database, customer_id, "Weg")

    with database.sessions.begin() as session:
        notes.delete_note(session, gone)

    with database.sessions() as session:
        assert [n.id for n in notes.notes(session, customer_id)] == [keep]
        assert session.get(Note, gone) is None
        with pytest.raises(NotFound):
            notes.delete_note(session, gone)


def test_a_note_for_an_unknown_customer_is_not_found(database: Database) -> None:
    with database.sessions.begin() as session, pytest.raises(NotFound):
        notes.add_note(session, customer_id=999, text="Niemand")

    assert note_count(database) == 0


def test_a_contact_person_of_another_customer_is_refused(
    database: Database, customer_id: int
) -> None:
    with database.sessions.begin() as session:
        other = save_customer(session, CustomerInput(company_name="Andere GmbH")).id
        person = save_contact_person(
            session, ContactPersonInput(last_name="Berg"), customer_id=other
        ).id

    with database.sessions.begin() as session, contextlib.suppress(NotFound, InvalidInput):
        notes.add_note(
            session, customer_id=customer_id, text="Falsche Person", contact_person_id=person
        )

    assert note_count(database) == 0


def test_an_unknown_contact_person_is_not_found(database: Database, customer_id: int) -> None:
    with database.sessions.begin() as session, pytest.raises(NotFound):
        notes.add_note(session, customer_id=customer_id, text="Wer?", contact_person_id=999)
