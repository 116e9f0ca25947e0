"""Rows of the customer list from a real company file: display text, chunks, missing ids."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import update

from meinbuero.domain.values import format_datetime_de
from meinbuero.services import custom_fields, customer_list
from meinbuero.services.customer_list import ListRow, fetch_rows
from meinbuero.services.customers import CustomerInput, archive_customer, save_customer
from meinbuero.services.demo import make_demo
from meinbuero.store.database import Database
from meinbuero.store.listing import ListQuery, customer_ids
from meinbuero.store.models import Customer


@pytest.fixture
def two(database: Database) -> tuple[int, int]:
    with database.sessions.begin() as session:
        custom_fields.save_definition(session, slot=1, label="Branche", field_type="text")
        custom_fields.save_definition(session, slot=2, label="Umsatz", field_type="number")
        custom_fields.save_definition(session, slot=3, label="Seit", field_type="date")
        custom_fields.save_definition(session, slot=4, label="Newsletter", field_type="bool")
        company = save_customer(
            session,
            CustomerInput(
                company_name="Müller Haustechnik GmbH",
                postcode="50667",
                city="Köln",
                phone="+49 221 1234567",
                phone_extension="12",
                email="info@mueller.example",
                groups=["Lieferant", "Kunde"],
            ),
        ).id
        person = save_customer(
            session,
            CustomerInput(kind="person", first_name="Anna", last_name="Schmidt", phone="030 12"),
        ).id
        custom_fields.set_values(
            session,
            customer_id=company,
            typed={1: "Sanitär", 2: "1234,5", 3: "01.02.2020", 4: "ja"},
        )
        session.execute(
            update(Customer)
            .where(Customer.id == company)
            .values(last_processed_at=datetime(2026, 11, 22, 13, 5, tzinfo=UTC))
        )
        archive_customer(session, person)
    return company, person


def test_rows_are_display_text(database: Database, two: tuple[int, int]) -> None:
    company, person = two
    with database.sessions() as session:
        rows = fetch_rows(session, [person, company], custom_slots=[1, 2, 3, 4, 5])
    assert rows[company] == ListRow(
        id=company,
        number="K10001",
        name="Müller Haustechnik GmbH",
        postcode="50667",
        city="Köln",
        phone="0221 1234567-12",
        email="info@mueller.example",
        groups="Kunde, Lieferant",  # in the groups' own order, not as typed
        last_processed=format_datetime_de(datetime(2026, 11, 22, 13, 5, tzinfo=UTC)),
        archived=False,
        custom={1: "Sanitär", 2: "1.234,5", 3: "01.02.2020", 4: "ja"},
    )
    anna = rows[person]
    assert (anna.name, anna.phone, anna.groups, anna.archived, anna.custom) == (
        "Schmidt, Anna",
        "030 12",  # not a complete number: shown as typed
        "",
        True,
        {},
    )


def test_timestamps_in_german_time_whatever_the_computers_zone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import time

    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        assert format_datetime_de(datetime(2026, 11, 22, 13, 5, tzinfo=UTC)) == "22.11.2026 14:05"
        assert format_datetime_de(datetime(2026, 7, 1, 22, 30, tzinfo=UTC)) == "02.07.2026 00:30"
        assert format_datetime_de(None) == ""
    finally:
        monkeypatch.undo()
        time.tzset()


def test_only_asked_custom_fields_and_missing_ids(database: Database, two: tuple[int, int]) -> None:
    company, _ = two
    with database.sessions() as session:
        rows = fetch_rows(session, [company, 999_999], custom_slots=[2])
        assert fetch_rows(session, []) == {}
    assert list(rows) == [company]
    assert rows[company].custom == {2: "1.234,5"}


def test_many_ids_in_chunks(database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    make_demo(database, customers=120, seed=3, sales_years=0)
    monkeypatch.setattr(customer_list, "CHUNK", 50)
    with database.sessions() as session:
        ids = customer_ids(session.connection(), ListQuery(include_archived=True, sort="city"))
        rows = fetch_rows(session, ids, custom_slots=[1, 3])
        monkeypatch.setattr(customer_list, "CHUNK", 500)
        at_once = fetch_rows(session, ids, custom_slots=[1, 3])
    assert len(ids) == 120
    assert rows == at_once
    assert any(row.custom for row in rows.values())
    assert all(row.number.startswith("K") for row in rows.values())
