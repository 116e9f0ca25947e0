"""The customer list model on a real demo company file: ids from SQL, rows fetched in blocks."""

from __future__ import annotations

from PySide6.QtCore import QPersistentModelIndex, Qt

from meinbuero.gui.models.customer_table import ARCHIVED_ROLE, ID_ROLE, CustomerTableModel
from meinbuero.services import customers
from meinbuero.services import settings as company_settings
from meinbuero.services.customer_list import fetch_rows
from meinbuero.services.customers import CustomerInput, save_customer
from meinbuero.store.database import Database
from meinbuero.store.listing import ListQuery, customer_ids
from tests.gui.conftest import DEMO_CUSTOMERS


def sql_ids(database: Database, query: ListQuery) -> list[int]:
    with database.sessions() as session:
        return customer_ids(session.connection(), query)


def column(model: CustomerTableModel, key: str) -> int:
    found = model.column_of(key)
    assert found is not None
    return found


def test_passes_the_model_tester(demo: Database, qtmodeltester: object) -> None:
    model = CustomerTableModel(database=demo)
    model.reload()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_query(ListQuery(text="gmbh", include_archived=True, sort="city", descending=True))
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_columns_in_german_with_the_defined_custom_fields(demo: Database) -> None:
    model = CustomerTableModel(database=demo)
    model.reload()
    titles = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert titles[:8] == [
        "Kundennummer",
        "Name / Firma",
        "PLZ",
        "Ort",
        "Telefon",
        "E-Mail",
        "Gruppen",
        "Letzte Verarbeitung",
    ]
    # The money columns (hidden unless chosen), then the custom fields.
    assert titles[8:12] == [
        "Umsatz dieses Jahr",
        "Umsatz Vorjahr",
        "Offener Betrag",
        "Letzte Rechnung",
    ]
    assert titles[12:] == [
        "Branche",
        "Mitarbeiterzahl",
        "Kunde seit",
        "Newsletter",
        "Bewertung",
        "Umsatz Vorjahr (€)",
        "Kontakt über",
        "Letzter Besuch",
    ]
    assert [c.key for c in model.columns[12:14]] == ["custom_1", "custom_2"]


def test_ids_from_sql_rows_fetched_in_blocks(demo: Database) -> None:
    model = CustomerTableModel(database=demo)
    model.reload()
    assert model.ids == sql_ids(demo, ListQuery())
    assert model.cached_rows == 0  # nothing fetched until asked
    model.BLOCK = 100
    first = model.data(model.index(0, column(model, "name")))
    assert first and model.cached_rows == 100
    last = model.rowCount() - 1
    model.data(model.index(last, 0))
    assert model.cached_rows == 100 + model.rowCount() - 200  # the block of the last row
    model.refresh_customer(model.ids[0])  # nothing changed: only that row is read again
    assert model.cached_rows == 100 + model.rowCount() - 200 - 1
    model.CACHE_LIMIT = 150
    model.reload()
    assert model.cached_rows == 0
    model.data(model.index(0, 0))
    model.data(model.index(250, 0))
    assert model.cached_rows == 150  # the rows shown longest ago are dropped
    assert model.data(model.index(250, 0)) and model.data(model.index(0, 0))


def test_hidden_custom_fields_are_not_fetched(demo: Database) -> None:
    model = CustomerTableModel(database=demo)
    model.set_query(ListQuery(sort="number"))
    branche = column(model, "custom_1")
    values = [model.data(model.index(row, branche)) for row in range(20)]
    assert any(values)
    model.set_wanted_custom_slots([])
    assert model.cached_rows > 0  # fewer fields: what is there stays
    model.reload()
    assert not any(model.data(model.index(row, branche)) for row in range(20))
    changed: list[int] = []
    model.dataChanged.connect(lambda *_: changed.append(1))
    model.set_wanted_custom_slots([1])
    assert changed and model.cached_rows == 0
    assert [model.data(model.index(row, branche)) for row in range(20)] == values


def test_rows_show_what_the_file_holds(demo: Database) -> None:
    model = CustomerTableModel(database=demo)
    model.set_query(ListQuery(sort="number"))
    with demo.sessions() as session:
        found = fetch_rows(session, model.ids[:5])
    expected = [found[i] for i in model.ids[:5]]
    for row, customer in enumerate(expected):
        shown = [model.data(model.index(row, column(model, key))) for key in ("number", "name")]
        assert shown == [customer.number, customer.name]
        assert model.data(model.index(row, column(model, "phone"))) == customer.phone
        assert model.data(model.index(row, 0), ID_ROLE) == customer.id
    stamp = model.data(model.index(0, column(model, "last_processed")))
    assert len(stamp) == 16 and stamp[2] == "." and stamp[5] == "." and stamp[13] == ":"


def test_sort_asks_sql_again_and_keeps_persistent_indexes(demo: Database) -> None:
    model = CustomerTableModel(database=demo)
    model.reload()
    someone = model.ids[7]
    kept = QPersistentModelIndex(model.index(7, 1))
    model.sort(column(model, "city"), Qt.SortOrder.DescendingOrder)
    assert (model.query.sort, model.query.descending) == ("city", True)
    assert model.ids == sql_ids(demo, ListQuery(sort="city", descending=True))
    assert model.ids != sql_ids(demo, ListQuery())
    assert kept.isValid() and model.data(model.index(kept.row(), 0), ID_ROLE) == someone
    model.sort(column(model, "custom_2"), Qt.SortOrder.AscendingOrder)
    assert model.ids == sql_ids(demo, ListQuery(sort="custom_2"))


def test_filters_archived_rows_greyed(demo: Database) -> None:
    model = CustomerTableModel(database=demo)
    model.reload()
    active = model.rowCount()
    assert model.total == active
    model.set_query(ListQuery(include_archived=True))
    assert model.rowCount() > active and model.total == model.rowCount() == DEMO_CUSTOMERS
    archived = [
        row for row in range(model.rowCount()) if model.data(model.index(row, 0), ARCHIVED_ROLE)
    ]
    assert len(archived) == DEMO_CUSTOMERS - active
    grey = model.data(model.index(archived[0], 1), Qt.ItemDataRole.ForegroundRole)
    assert grey is not None
    assert model.data(model.index(archived[0], 1), Qt.ItemDataRole.ToolTipRole) == "Archiviert"
    normal = next(r for r in range(model.rowCount()) if r not in archived)
    assert model.data(model.index(normal, 1), Qt.ItemDataRole.ForegroundRole) is None


def test_search_and_group(demo: Database) -> None:
    model = CustomerTableModel(database=demo)
    model.set_query(ListQuery(text="gmbh"))
    assert 0 < model.rowCount() < model.total
    with demo.sessions() as session:
        groups = {g.name: g.id for g in company_settings.groups(session)}
    model.set_query(ListQuery(group_id=groups["Lieferant"]))
    shown = [model.data(model.index(r, column(model, "groups"))) for r in range(model.rowCount())]
    assert shown and all("Lieferant" in text for text in shown)


def test_refresh_one_customer(demo: Database) -> None:
    model = CustomerTableModel(database=demo)
    model.reload()
    customer_id = model.ids[3]
    model.data(model.index(3, 0))
    kept = QPersistentModelIndex(model.index(3, 0))
    with demo.sessions.begin() as session:
        data = CustomerInput.of(customers.get_customer(session, customer_id))
        data.kind, data.company_name = "company", "ZZZ Letzte GmbH"
        save_customer(session, data, customer_id=customer_id)
    model.refresh_customer(customer_id)
    last = model.rowCount() - 1
    assert model.ids[last] == customer_id  # sorted by name: now at the end
    assert model.data(model.index(last, 1)) == "ZZZ Letzte GmbH"
    assert kept.row() == last  # the selection goes with it
    with demo.sessions.begin() as session:
        new_id = save_customer(session, CustomerInput(company_name="AAA Neu GmbH")).id
    count = model.rowCount()
    model.refresh_customer(new_id)
    assert model.rowCount() == count + 1 and model.ids[0] == new_id
