"""A generic lazy list: a Qt table model over ids from SQL, rows fetched a block at a time.

The pattern of :mod:`meinbuero.gui.models.customer_table` for every other list (articles, sales
documents, …): the area hands in a query (a frozen dataclass with ``sort`` and ``descending``),
a function that turns it into ids (SQL filters and sorts) and one that reads display rows for a
block of ids. The model keeps the ids in their order and a bounded cache of rows. There is no
proxy model: :meth:`IdTableModel.sort` asks SQL again.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Generic, Protocol, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

AnyIndex = QModelIndex | QPersistentModelIndex

#: Role of a row's id (an int) in every column.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: Role of the row object itself (whatever ``rows_of`` returns), None while not fetched.
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class SortableQuery(Protocol):
    """What the model needs of a query: the column it is sorted by, and the direction."""

    @property
    def sort(self) -> str: ...

    @property
    def descending(self) -> bool: ...


Q = TypeVar("Q", bound=SortableQuery)
R = TypeVar("R")


@dataclass(frozen=True)
class TableColumn(Generic[R]):
    """A list column: its key (the sort key SQL knows), title, how a row shows in it."""

    key: str
    title: str
    text: Callable[[R], str]
    width: int = 120
    numeric: bool = False  # right-aligned (amounts, quantities)
    sortable: bool = True
    shown: bool = True  # shown when the user has not chosen yet


class IdTableModel(QAbstractTableModel, Generic[Q, R]):
    """Rows of ``ids_of(query)``, each read by ``rows_of`` when first shown.

    Args:
        columns: the columns, in their default order.
        query: what is shown and in which order.
        ids_of: the ids ``query`` selects, in order (SQL).
        rows_of: display rows of some ids (missing ids: gone meanwhile).
        muted: rows shown greyed out (archived, cancelled), with ``muted_tip`` as tooltip.
    """

    #: Ids read per query when the view asks for a row that is not cached.
    BLOCK = 100
    #: Rows kept at most; the least recently shown go first.
    CACHE_LIMIT = 4000

    def __init__(
        self,
        *,
        columns: Sequence[TableColumn[R]],
        query: Q,
        ids_of: Callable[[Q], list[int]],
        rows_of: Callable[[list[int]], Mapping[int, R]],
        muted: Callable[[R], str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._query = query
        self._ids_of = ids_of
        self._rows_of = rows_of
        self._muted = muted
        self._ids: list[int] = []
        self._positions: dict[int, int] | None = None
        self._cache: OrderedDict[int, R] = OrderedDict()
        self._loaded = False

    # --- what is shown ------------------------------------------------------------------------

    @property
    def query(self) -> Q:
        return self._query

    @property
    def columns(self) -> list[TableColumn[R]]:
        return list(self._columns)

    @property
    def ids(self) -> list[int]:
        return list(self._ids)

    @property
    def cached_rows(self) -> int:
        return len(self._cache)

    def column_of(self, key: str) -> int | None:
        for number, column in enumerate(self._columns):
            if column.key == key:
                return number
        return None

    def id_of(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, item_id: int) -> int | None:
        if self._positions is None:
            self._positions = {item: row for row, item in enumerate(self._ids)}
        return self._positions.get(item_id)

    def row_data(self, row: int) -> R | None:
        """The display row at ``row`` (fetched if need be)."""
        if not 0 <= row < len(self._ids):
            return None
        return self._row(row)

    # --- loading ------------------------------------------------------------------------------

    def set_query(self, query: Q) -> None:
        """Show what ``query`` selects (the same query again: nothing happens)."""
        if query == self._query and self._loaded:
            return
        self.reload(query)

    def reload(self, query: Q | None = None) -> None:
        """Read the ids again (of ``query``); forget every cached row."""
        if query is not None:
            self._query = query
        ids = self._ids_of(self._query)
        self.beginResetModel()
        self._ids = ids
        self._positions = None
        self._cache.clear()
        self._loaded = True
        self.endResetModel()

    def refresh(self) -> None:
        """Something changed: rows stay where they can, changed ones are read again."""
        if not self._loaded:
            self.reload()
            return
        ids = self._ids_of(self._query)
        self._cache.clear()
        if ids == self._ids:
            if ids:
                last = self.index(len(ids) - 1, len(self._columns) - 1)
                self.dataChanged.emit(self.index(0, 0), last, [])
            return
        if len(ids) == len(self._ids) and set(ids) == set(self._ids):
            self._relayout(ids)
            return
        self.beginResetModel()
        self._ids = ids
        self._positions = None
        self.endResetModel()

    def _relayout(self, ids: list[int]) -> None:
        # The same rows in another order: persistent indexes (selection, current) move along.
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

    def _row(self, row: int) -> R | None:
        item_id = self._ids[row]
        found = self._cache.get(item_id)
        if found is not None:
            self._cache.move_to_end(item_id)
            return found
        start = row - row % self.BLOCK
        block = [i for i in self._ids[start : start + self.BLOCK] if i not in self._cache]
        fetched = self._rows_of(block)
        for fetched_id in block:
            if fetched_id in fetched:
                self._cache[fetched_id] = fetched[fetched_id]
        while len(self._cache) > max(self.CACHE_LIMIT, self.BLOCK):
            self._cache.popitem(last=False)
        return self._cache.get(item_id)

    # --- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if self._columns[index.column()].numeric else None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.ToolTipRole,
            ROW_ROLE,
        ):
            return None
        row = self._row(index.row())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if row is None else self._columns[index.column()].text(row)
        tip = self._muted(row) if row is not None and self._muted is not None else ""
        if not tip:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QApplication.palette().color(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        return tip

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return _RIGHT
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` in SQL; the selection stays on the same rows."""
        if not 0 <= column < len(self._columns) or not self._columns[column].sortable:
            return
        query: Q = replace(
            self._query,  # type: ignore[type-var]
            sort=self._columns[column].key,
            descending=order == Qt.SortOrder.DescendingOrder,
        )
        if query == self._query and self._loaded:
            return
        self._query = query
        if not self._loaded:
            self.reload()
            return
        ids = self._ids_of(query)
        if len(ids) == len(self._ids) and set(ids) == set(self._ids):
            self._relayout(ids)
        else:
            self.beginResetModel()
            self._ids = ids
            self._positions = None
            self.endResetModel()


__all__ = ["ID_ROLE", "ROW_ROLE", "IdTableModel", "TableColumn"]
