"""The customer list query: filter by text, group and archive state; sort by any column."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import update

from meinbuero.services import custom_fields, customer_list, customers, settings
from meinbuero.services.customers import CustomerInput
from meinbuero.store.database import Database
from meinbuero.store.listing import ListQuery, customer_ids, sort_expression
from meinbuero.store.models import Customer


def add(database: Database, company: str, **fields: object) -> int:
    with database.sessions.begin() as session:
        data = CustomerInput(company_name=company, **fields)  # type: ignore[arg-type]
        return customers.save_customer(session, data).id


def names(database: Database, query: ListQuery) -> list[str]:
    with database.sessions() as session:
        ids = customer_ids(session.connection(), query)
        return [customers.get_customer(session, i).company_name for i in ids]


@pytest.fixture
def three(database: Database) -> Database:
    add(database, "Bäckerei Zander", city="Köln", postcode="50667", groups=["Kunde"])
    add(database, "Autohaus Adler", city="Bonn", postcode="53111", groups=["Lieferant"])
    add(database, "Ölmühle Meier", city="Aachen", postcode="52062", groups=["Kunde", "Lieferant"])
    return database


def test_default_order_is_by_name_with_umlauts_in_place(three: Database) -> None:
    assert names(three, ListQuery()) == ["Autohaus Adler", "Bäckerei Zander", "Ölmühle Meier"]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("city", ["Ölmühle Meier", "Autohaus Adler", "Bäckerei Zander"]),
        ("postcode", ["Bäckerei Zander", "Ölmühle Meier", "Autohaus Adler"]),
        ("number", ["Bäckerei Zander", "Autohaus Adler", "Ölmühle Meier"]),
        ("groups", ["Bäckerei Zander", "Ölmühle Meier", "Autohaus Adler"]),
    ],
)
def test_sort_by_column(three: Database, sort: str, expected: list[str]) -> None:
    assert names(three, ListQuery(sort=sort)) == expected
    assert names(three, ListQuery(sort=sort, descending=True)) == expected[::-1]


def test_sort_by_last_processed(three: Database) -> None:
    with three.sessions.begin() as session:
        session.execute(
            update(Customer)
            .where(Customer.company_name == "Autohaus Adler")
            .values(last_processed_at=datetime(2020, 1, 1, tzinfo=UTC))
        )
    assert names(three, ListQuery(sort="last_processed"))[0] == "Autohaus Adler"


def test_sort_by_a_custom_number_field(three: Database) -> None:
    with three.sessions.begin() as session:
        custom_fields.save_definition(session, slot=3, label="Mitarbeiter", field_type="number")
        for name, value in (
            ("Bäckerei Zander", "12"),
            ("Autohaus Adler", "3"),
            ("Ölmühle Meier", "100"),
        ):
            customer_id = next(c.id for c in session.query(Customer) if c.company_name == name)
            custom_fields.set_values(session, customer_id=customer_id, typed={3: value})
    assert names(three, ListQuery(sort="custom_3")) == [
        "Autohaus Adler",
        "Bäckerei Zander",
        "Ölmühle Meier",
    ]


def test_filter_by_group_text_and_archive(three: Database) -> None:
    with three.sessions() as session:
        groups = {g.name: g.id for g in settings.groups(session)}
    assert names(three, ListQuery(group_id=groups["Lieferant"])) == [
        "Autohaus Adler",
        "Ölmühle Meier",
    ]
    assert names(three, ListQuery(text="meier", group_id=groups["Kunde"])) == ["Ölmühle Meier"]
    with three.sessions.begin() as session:
        customer_id = customer_list.search(session, "Adler")[0].id
        customers.archive_customer(session, customer_id)
    assert names(three, ListQuery()) == ["Bäckerei Zander", "Ölmühle Meier"]
    assert len(names(three, ListQuery(include_archived=True))) == 3


def test_exact_number_first(three: Database) -> None:
    with three.sessions() as session:
        number = customer_list.search(session, "Meier")[0].number
    assert names(three, ListQuery(text=number.lower()))[0] == "Ölmühle Meier"


def test_unknown_sort_column_is_refused() -> None:
    with pytest.raises(ValueError, match="custom_21"):
        sort_expression("custom_21")
