"""Rows written by one driver call are stored exactly as SQLAlchemy's insert() stores them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import insert, text

from meinbuero.store import bulk
from meinbuero.store.database import Database
from meinbuero.store.models import Conditions, Customer

MOMENT = datetime(2026, 11, 22, 9, 30, 15, 123456, tzinfo=UTC)
COLUMNS = ("id", "number", "kind", "last_name", "postcode", "birthday_month", "phone_e164")
ROWS = [
    (1, "K1", "person", "Müller", "01067", 3, None),
    (2, "K2", "company", "", "", None, "+49221123456"),
]


def _stored(database: Database, table: str) -> list[tuple[object, ...]]:
    with database.engine.connect() as connection:
        return [tuple(r) for r in connection.execute(text(f"SELECT * FROM {table} ORDER BY 1"))]


def test_rows_are_stored_as_insert_stores_them(database: Database, tmp_path: Path) -> None:
    from meinbuero.store.database import open_company

    other = open_company(tmp_path / "Vergleich.sqlite", create=True)
    try:
        with database.engine.begin() as connection:
            bulk.insert_rows(
                connection,
                "customer",
                COLUMNS,
                ROWS,
                same={"created_at": MOMENT, "last_processed_at": MOMENT},
            )
            bulk.insert_rows(connection, "conditions", ("customer_id",), [(1,), (2,)])
        with other.engine.begin() as connection:
            connection.execute(
                insert(Customer),
                [
                    dict(zip(COLUMNS, row, strict=True))
                    | {"created_at": MOMENT, "last_processed_at": MOMENT}
                    for row in ROWS
                ],
            )
            connection.execute(insert(Conditions), [{"customer_id": 1}, {"customer_id": 2}])
        for table in ("customer", "conditions"):
            assert _stored(database, table) == _stored(other, table)
        assert _stored(database, "customer")[0][1:3] == ("K1", "person")
    finally:
        other.close()


def test_a_column_whose_values_need_converting_is_refused(database: Database) -> None:
    with database.engine.begin() as connection, pytest.raises(ValueError, match="created_at"):
        bulk.insert_rows(connection, "customer", ("id", "created_at"), [(1, MOMENT)])
    assert _stored(database, "customer") == []
