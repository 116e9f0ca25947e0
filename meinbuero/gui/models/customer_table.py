"""The customer list as a Qt table model: a list of ids from SQL, rows fetched lazily in blocks.

Filtering and sorting happen in SQL (:func:`meinbuero.store.listing.customer_ids`); the model
holds only the ids in their order and a bounded cache of display rows, filled a block at a time
when the view asks for a row it does not have. 100 000 customers cost 100 000 integers, not
100 000 rows. There is no proxy model: :meth:`CustomerTableModel.sort` asks SQL again.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from meinbuero.services import custom_fields
from meinbuero.services.customer_list import ListRow, fetch_rows
from meinbuero.services.customers import count_customers
from meinbuero.store.database import Database
from meinbuero.store.listing import ListQuery, custom_key, customer_ids

AnyIndex = QModelIndex | QPersistentModelIndex

#: Role of a row's customer id (an int) in every column.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role telling whether the row's customer is archived (a bool).
ARCHIVED_ROLE = Qt.ItemDataRole.UserRole + 2

_SERVED_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.TextAlignmentRole,
        ARCHIVED_ROLE,
    )
)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_MONEY_KEYS = frozenset({"revenue_this_year", "revenue_last_year", "open_amount"})
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass(frozen=True)
class Column:
    """A list column: its sort key (as :mod:`meinbuero.store.listing` knows it) and title."""

    key: str
    title: str
    slot: int | None = None  # custom field slot
    #: Hidden unless chosen (the money columns, read only while shown).
    optional: bool = False

    @property
    def is_custom(self) -> bool:
        return self.slot is not None


class CustomerTableModel(QAbstractTableModel):
    """Customers as the list shows them; :attr:`query` says which and in which order."""

    #: Ids fetched per query when the view asks for a row that is not cached (~15 ms).
    BLOCK = 100
    #: Rows kept at most; the oldest blocks are dropped first.
    CACHE_LIMIT = 4000

    def __init__(
        self, *, database: Database, query: ListQuery | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._query = query or ListQuery()
        self._ids: list[int] = []
        self._positions: dict[int, int] | None = None
        self._cache: OrderedDict[int, ListRow] = OrderedDict()
        self._columns: list[Column] = self._standard_columns()
        self._totals: dict[bool, int] = {}
        self._loaded = False
        #: Custom fields whose values are fetched (None: all defined ones).
        self._wanted_slots: frozenset[int] | None = None
        #: Whether the money columns are fetched (one of them is shown).
        self._wanted_money = False

    # --- what is shown ------------------------------------------------------------------------

    def _standard_columns(self) -> list[Column]:
        return [
            Column("number", self.tr("Customer no.")),
            Column("name", self.tr("Name / company")),
            Column("postcode", self.tr("Postcode")),
            Column("city", self.tr("City")),
            Column("phone", self.tr("Phone")),
            Column("email", self.tr("E-mail")),
            Column("groups", self.tr("Groups")),
            Column("last_processed", self.tr("Last processed")),
            Column("revenue_this_year", self.tr("Revenue this year"), optional=True),
            Column("revenue_last_year", self.tr("Revenue last year"), optional=True),
            Column("open_amount", self.tr("Open amount"), optional=True),
            Column("last_invoice", self.tr("Last invoice"), optional=True),
        ]

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    @property
    def total(self) -> int:
        """All customers of the file (archived ones too when the query includes them)."""
        archived = self._query.include_archived
        if archived not in self._totals:
            with self._database.sessions() as session:
                self._totals[archived] = count_customers(session, include_archived=archived)
        return self._totals[archived]

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    def column_of(self, key: str) -> int | None:
        for number, column in enumerate(self._columns):
            if column.key == key:
                return number
        return None

    def customer_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, customer_id: int) -> int | None:
        if self._positions is None:
            # Once after a reset (keeping the selection) a scan in C is quicker than a map
            # of 100 000 ids; the map pays off from the second question on.
            self._positions = {}
            try:
                return self._ids.index(customer_id)
            except ValueError:
                return None
        if not self._positions and self._ids:
            self._positions = {cid: row for row, cid in enumerate(self._ids)}
        return self._positions.get(customer_id)

    def set_query(self, query: ListQuery) -> None:
        """Show what ``query`` selects: the ids are read again, columns and totals are kept."""
        if query == self._query and self._loaded:
            return
        if not self._loaded or not any(c.key == query.sort for c in self._columns):
            self._query = query
            self.reload()
            return
        self._query = query
        ids = self._read_ids()
        self.beginResetModel()
        self._ids = ids
        self._positions = None
        self.endResetModel()

    def set_wanted_custom_slots(self, slots: Iterable[int] | None) -> None:
        """Fetch only these custom fields' values (the columns the view shows; None: all)."""
        wanted = frozenset(slots) if slots is not None else None
        if wanted == self._wanted_slots:
            return
        before = self._fetched_slots()
        self._wanted_slots = wanted
        if not set(self._fetched_slots()) <= set(before) and self._cache:
            self._cache.clear()
            if self._ids:
                last = self.index(len(self._ids) - 1, len(self._columns) - 1)
                self.dataChanged.emit(self.index(0, 0), last, [])

    def set_wanted_money(self, wanted: bool) -> None:
        """Fetch the money columns (revenue, open amount, last invoice) or not."""
        if wanted == self._wanted_money:
            return
        self._wanted_money = wanted
        if wanted and self._cache:
            self._cache.clear()
            if self._ids:
                last = self.index(len(self._ids) - 1, len(self._columns) - 1)
                self.dataChanged.emit(self.index(0, 0), last, [])

    def _fetched_slots(self) -> list[int]:
        slots = [c.slot for c in self._columns if c.slot is not None]
        if self._wanted_slots is None:
            return slots
        return [slot for slot in slots if slot in self._wanted_slots]

    # --- loading ------------------------------------------------------------------------------

    def _read_ids(self) -> list[int]:
        with self._database.sessions() as session:
            return customer_ids(session.connection(), self._query)

    def _read_columns(self) -> list[Column]:
        with self._database.sessions() as session:
            defined = custom_fields.defined(session)
        columns = self._standard_columns()
        columns += [Column(custom_key(d.slot), d.label, d.slot) for d in defined]
        if not any(c.key == self._query.sort for c in columns):
            self._query = replace(self._query, sort="name")  # a custom field that is gone
        return columns

    def reload(self, query: ListQuery | None = None) -> None:
        """Read columns, ids and totals again (for ``query``); forget every cached row."""
        if query is not None:
            self._query = query
        columns = self._read_columns()
        ids = self._read_ids()
        self.beginResetModel()
        self._columns, self._ids = columns, ids
        self._totals.clear()
        self._positions = None
        self._cache.clear()
        self._loaded = True
        self.endResetModel()

    def refresh_customer(self, customer_id: int) -> None:
        """One customer changed (or appeared, or went): show it as it is now.

        A change that keeps the list as it was updates that row only; one that moves it keeps
        every selection (a layout change); one that adds or removes rows resets the model.
        """
        ids = self._read_ids()
        self._totals.clear()
        self._cache.pop(customer_id, None)
        if ids == self._ids:
            row = self.row_of(customer_id)
            if row is not None:
                self.dataChanged.emit(
                    self.index(row, 0), self.index(row, len(self._columns) - 1), []
                )
            return
        if len(ids) == len(self._ids) and set(ids) == set(self._ids):
            self._relayout(ids)
            return
        self.beginResetModel()
        self._ids = ids
        self._positions = None
        self.endResetModel()

    def _relayout(self, ids: list[int]) -> None:
        # The same customers in another order: move persistent indexes (selection, current).
        self.layoutAboutToBeChanged.emit()
        old_ids = self._ids
        self._ids = ids
        self._positions = None
        old = self.persistentIndexList()
        new = []
        for index in old:
            row = self.row_of(old_ids[index.row()]) if index.row() < len(old_ids) else None
            new.append(self.index(row, index.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _row(self, row: int) -> ListRow | None:
        customer_id = self._ids[row]
        found = self._cache.get(customer_id)
        if found is not None:
            self._cache.move_to_end(customer_id)  # least recently shown rows go first
            return found
        start = row - row % self.BLOCK
        block = [i for i in self._ids[start : start + self.BLOCK] if i not in self._cache]
        with self._database.sessions() as session:
            fetched = fetch_rows(
                session, block, self._fetched_slots(), with_money=self._wanted_money
            )
        for cid in block:
            if cid in fetched:
                self._cache[cid] = fetched[cid]
        while len(self._cache) > max(self.CACHE_LIMIT, self.BLOCK):
            self._cache.popitem(last=False)
        return self._cache.get(customer_id)

    @property
    def cached_rows(self) -> int:
        return len(self._cache)

    # --- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called a thousand times per repaint: the roles nobody serves leave first.
        if role not in _SERVED_ROLES:
            if role == ID_ROLE and index.isValid() and index.row() < len(self._ids):
                return self._ids[index.row()]
            return None
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if self._columns[index.column()].key in _MONEY_KEYS else None
        row = self._row(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            if row is None:
                return ""
            column = self._columns[index.column()]
            if column.slot is not None:
                return row.custom.get(column.slot, "")  # not fetched while its column is hidden
            value: str = getattr(row, column.key)
            return value
        if row is None:
            return None
        if role == ARCHIVED_ROLE:
            return row.archived
        if not row.archived:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return self.tr("Archived")  # the tooltip

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` in SQL; the selection stays on the same customers."""
        if not 0 <= column < len(self._columns):
            return
        query = replace(
            self._query,
            sort=self._columns[column].key,
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        if query == self._query and self._loaded:
            return
        self._query = query
        if not self._loaded:
            self.reload()
            return
        ids = self._read_ids()
        if len(ids) == len(self._ids) and set(ids) == set(self._ids):
            self._relayout(ids)
        else:
            self.reload()
