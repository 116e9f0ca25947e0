"""Consent: an append-only history per subject and channel, and what it allows."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import delete, text, update
from sqlalchemy.exc import IntegrityError

from meinbuero.services import consent
from meinbuero.services.customers import delete_contact_person
from meinbuero.services.errors import InvalidInput
from meinbuero.store.database import Database
from meinbuero.store.models import ConsentEvent
from tests.letters_data import add_people


def test_nothing_recorded_allows_post_only(database: Database) -> None:
    with database.sessions.begin() as session:
        people = add_people(session)
        assert consent.allows_advertising(session, people.anna, None, "post")
        assert not consent.allows_advertising(session, people.anna, None, "email")
        assert not consent.allows_advertising(session, people.anna, None, "phone")
        assert consent.state(session, people.anna, None, "email").kind == ""


def test_the_newest_event_counts(database: Database) -> None:
    with database.sessions.begin() as session:
        people = add_people(session)
        consent.record(
            session, people.anna, None, "email", "given", date(2026, 3, 1), "written", "Messe"
        )
        assert consent.allows_advertising(session, people.anna, None, "email")
        now = consent.state(session, people.anna, None, "email")
        assert (now.kind, now.on, now.way, now.note) == (
            "given",
            date(2026, 3, 1),
            "written",
            "Messe",
        )
        described = consent.describe(now)
        assert consent.kind_labels()["given"] in described and "01.03.2026" in described
        assert consent.way_labels()["written"] in described
        consent.record(session, people.anna, None, "email", "withdrawn", date(2026, 6, 1))
        assert not consent.allows_advertising(session, people.anna, None, "email")
        consent.record(session, people.anna, None, "post", "objected", date(2026, 6, 2))
        assert not consent.allows_advertising(session, people.anna, None, "post")
        kinds = [e.kind for e in consent.history(session, people.anna)]
        assert kinds == ["objected", "withdrawn", "given"]


def test_an_objection_of_the_company_covers_its_people(database: Database) -> None:
    with database.sessions.begin() as session:
        people = add_people(session)
        consent.record(session, people.company, people.weber, "email", "given", date(2026, 1, 5))
        assert consent.allows_advertising(session, people.company, people.weber, "email")
        assert not consent.allows_advertising(session, people.company, None, "email")
        consent.record(session, people.company, None, "email", "objected", date(2026, 2, 1))
        assert not consent.allows_advertising(session, people.company, people.weber, "email")


def test_bad_input_is_refused(database: Database) -> None:
    with database.sessions.begin() as session:
        people = add_people(session)
        with pytest.raises(InvalidInput) as refused:
            consent.record(session, people.anna, None, "fax", "maybe", date(2999, 1, 1), "x")
        assert len(refused.value.errors) == 4


def test_the_history_is_append_only(database: Database) -> None:
    with database.sessions.begin() as session:
        people = add_people(session)
        event_id = consent.record(session, people.anna, None, "email", "given", date(2026, 1, 1)).id
    with database.sessions() as session:
        with pytest.raises(IntegrityError, match="append-only"):
            session.execute(
                update(ConsentEvent).where(ConsentEvent.id == event_id).values(kind="objected")
            )
        session.rollback()
        with pytest.raises(IntegrityError, match="append-only"):
            session.execute(delete(ConsentEvent).where(ConsentEvent.id == event_id))
        session.rollback()
        assert session.execute(text("SELECT kind FROM consent_event")).scalar() == "given"


def test_a_deleted_contact_person_takes_its_history_along(database: Database) -> None:
    with database.sessions.begin() as session:
        people = add_people(session)
        consent.record(session, people.company, people.weber, "phone", "given", date(2026, 1, 1))
        consent.record(session, people.company, None, "post", "objected", date(2026, 1, 1))
    with database.sessions.begin() as session:
        delete_contact_person(session, customer_id=people.company, contact_person_id=people.weber)
    with database.sessions() as session:
        rest = session.execute(text("SELECT channel FROM consent_event")).scalars().all()
    assert rest == ["post"]
