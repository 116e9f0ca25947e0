"""A reusable list area: search as you type, a status and a period filter, a lazy list.

The articles and every kind of sales document are shown by subclasses of :class:`ListArea`;
they say which columns there are, how the filters make a query, and how ids and rows are read
(through the services, in SQL). The user's columns (shown, widths, order) and sort order are
kept in the QSettings under the area's key and come back in a new window.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from meinbuero.domain.periods import Period, period_range
from meinbuero.gui.areas.base import Area, AreaHost, header_column_menu, list_view
from meinbuero.gui.icons import icon
from meinbuero.gui.models.id_table import ID_ROLE, IdTableModel, SortableQuery, TableColumn
from meinbuero.gui.widgets.search_field import SearchField

SEARCH_DELAY_MS = 150

Q = TypeVar("Q", bound=SortableQuery)
R = TypeVar("R")


def period_labels() -> dict[Period, str]:
    """The period filter's choices as the combo box shows them."""
    return {
        Period.ALL: QCoreApplication.translate("ListArea", "All"),
        Period.THIS_MONTH: QCoreApplication.translate("ListArea", "This month"),
        Period.LAST_MONTH: QCoreApplication.translate("ListArea", "Last month"),
        Period.THIS_QUARTER: QCoreApplication.translate("ListArea", "This quarter"),
        Period.LAST_QUARTER: QCoreApplication.translate("ListArea", "Last quarter"),
        Period.THIS_YEAR: QCoreApplication.translate("ListArea", "This year"),
        Period.LAST_YEAR: QCoreApplication.translate("ListArea", "Last year"),
        Period.CUSTOM: QCoreApplication.translate("ListArea", "Period…"),
    }


class ListArea(Area, Generic[Q, R]):
    """A searchable, filterable list of one kind of thing.

    Subclasses implement :meth:`columns`, :meth:`make_query`, :meth:`ids_of`, :meth:`rows_of`
    and the area contract (new, open, delete); they may add filter widgets in
    :meth:`add_filters`, offer :meth:`status_choices` and turn on ``with_period``.
    """

    with_period = False

    def __init__(self, *, key: str, host: AreaHost, parent: QWidget | None = None) -> None:
        super().__init__(key=key, host=host, parent=parent)
        self.database = host.database
        self.settings = host.settings
        #: Today, as the period filter sees it (tests fix it).
        self.today: Callable[[], date] = date.today
        self._reset_selected: int | None = None
        self._reset_row = 0
        self._build_widgets()
        sort, descending = self._stored_sort()
        self.model: IdTableModel[Q, R] = IdTableModel(
            columns=self.columns(),
            query=self.make_query(sort=sort, descending=descending),
            ids_of=self.ids_of,
            rows_of=self.rows_of,
            muted=self.muted,
            parent=self,
        )
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search_field.textChanged.connect(lambda _text: self.search_timer.start())

        self.model.reload()
        self.view.setModel(self.model)
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._after_reset)
        self.model.layoutChanged.connect(self.state_changed.emit)
        self.view.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self.state_changed.emit()
        )
        self.apply_column_layout()
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator_moved)
        self._select_row(0)
        self._update_status()

    # --- for subclasses -----------------------------------------------------------------------

    def columns(self) -> list[TableColumn[R]]:
        raise NotImplementedError

    def make_query(self, *, sort: str, descending: bool) -> Q:
        """The query the filters select now, sorted so."""
        raise NotImplementedError

    def ids_of(self, query: Q) -> list[int]:
        raise NotImplementedError

    def rows_of(self, ids: list[int]) -> Mapping[int, R]:
        raise NotImplementedError

    def muted(self, row: R) -> str:
        """Why ``row`` is shown greyed out ("" : it is not)."""
        return ""

    def status_choices(self) -> list[tuple[str, str]]:
        """The status filter's choices (code, label) after "Alle"; none: no status filter."""
        return []

    def add_filters(self, layout: QHBoxLayout) -> None:
        """Put more filter widgets into the filter bar (call :meth:`apply_filters` on change)."""

    def default_sort(self) -> tuple[str, bool]:
        return self.columns()[0].key, False

    def search_placeholder(self) -> str:
        return self.tr("Search… (Ctrl+F)")

    # --- building -----------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        filters = QHBoxLayout()
        self.search_field = SearchField()
        self.search_field.setObjectName("search_field")
        self.search_field.setPlaceholderText(self.search_placeholder())
        self.search_field.setClearButtonEnabled(True)
        self.search_field.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_field.setMinimumWidth(260)
        self.search_field.to_list.connect(self._search_to_list)
        filters.addWidget(self.search_field, 3)

        self.status_combo = QComboBox()
        self.status_combo.setObjectName("status_combo")
        choices = self.status_choices()
        if choices:
            label = QLabel(self.tr("Status:"))
            label.setBuddy(self.status_combo)
            filters.addWidget(label)
            self.status_combo.addItem(self.tr("All"), "")
            for code, text in choices:
                self.status_combo.addItem(text, code)
            self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
            filters.addWidget(self.status_combo)
        else:
            self.status_combo.hide()

        self.period_combo = QComboBox()
        self.period_combo.setObjectName("period_combo")
        self.date_from = QDateEdit()
        self.date_from.setObjectName("date_from")
        self.date_to = QDateEdit()
        self.date_to.setObjectName("date_to")
        if self.with_period:
            label = QLabel(self.tr("Period:"))
            label.setBuddy(self.period_combo)
            filters.addWidget(label)
            for period, text in period_labels().items():
                self.period_combo.addItem(text, period.value)
            stored = str(self.settings.value(f"{self.key}/period", Period.ALL.value))
            self.period_combo.setCurrentIndex(max(self.period_combo.findData(stored), 0))
            filters.addWidget(self.period_combo)
            today = QDate.currentDate()
            for edit, value in (
                (self.date_from, QDate(today.year(), 1, 1)),
                (self.date_to, today),
            ):
                edit.setCalendarPopup(True)
                edit.setDisplayFormat("dd.MM.yyyy")
                edit.setDate(value)
                edit.dateChanged.connect(lambda _d: self.apply_filters())
            self.to_label = QLabel(self.tr("to"))
            filters.addWidget(self.date_from)
            filters.addWidget(self.to_label)
            filters.addWidget(self.date_to)
            self.period_combo.currentIndexChanged.connect(lambda _i: self._period_changed())
            self._show_date_edits()
        else:
            for widget in (self.period_combo, self.date_from, self.date_to):
                widget.hide()
        self.add_filters(filters)
        filters.addStretch(0)
        layout.addLayout(filters)

        self.view = list_view(
            name=f"{self.key}_view",
            header_menu=self._header_menu_requested,
            context_menu=self._context_menu_requested,
            open_current=self.open_current,
        )
        view = self.view
        layout.addWidget(view)

    # --- filters ------------------------------------------------------------------------------

    def period(self) -> Period:
        return Period(str(self.period_combo.currentData() or Period.ALL.value))

    def set_period(self, period: Period) -> None:
        self.period_combo.setCurrentIndex(max(self.period_combo.findData(period.value), 0))

    def date_range(self) -> tuple[date | None, date | None]:
        """First and last day the period filter lets through (None: open)."""
        if not self.with_period:
            return None, None
        custom = (self.date_from.date().toPython(), self.date_to.date().toPython())
        return period_range(self.period(), today=self.today(), custom=custom)  # type: ignore[arg-type]

    def status(self) -> str:
        return str(self.status_combo.currentData() or "")

    def text(self) -> str:
        return self.search_field.text()

    def _period_changed(self) -> None:
        self._show_date_edits()
        self.settings.setValue(f"{self.key}/period", self.period().value)
        self.apply_filters()

    def _show_date_edits(self) -> None:
        custom = self.period() is Period.CUSTOM
        for widget in (self.date_from, self.to_label, self.date_to):
            widget.setVisible(custom)

    def current_query(self) -> Q:
        query = self.model.query
        return self.make_query(sort=query.sort, descending=query.descending)

    def apply_filters(self) -> None:
        """Show what the filters select (now, not debounced)."""
        self.search_timer.stop()
        # The model's reset updates the status bar (the same query again changes nothing).
        self.model.set_query(self.current_query())

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def focus_list(self) -> None:
        self.view.setFocus()

    def _search_to_list(self) -> None:
        if self.search_timer.isActive():
            self.apply_filters()
        self.view.setFocus()
        if self.current_id() is None:
            self._select_row(0)

    # --- the list -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """F5 (and after a change): the list as the file has it now."""
        self.model.reload(self.current_query())  # the reset updates the status bar

    def _update_status(self) -> None:
        self.status_changed.emit(self.status_text())
        self.state_changed.emit()

    def current_id(self) -> int | None:
        selection = self.view.selectionModel()
        if selection is None:
            return None
        rows = selection.selectedRows()
        if not rows:
            return None
        value = rows[0].data(ID_ROLE)
        return int(value) if value is not None else None

    def current_row(self) -> R | None:
        item_id = self.current_id()
        row = self.model.row_of(item_id) if item_id is not None else None
        return self.model.row_data(row) if row is not None else None

    def select_id(self, item_id: int) -> bool:
        row = self.model.row_of(item_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _before_reset(self) -> None:
        self.save_layout()
        self._reset_selected = self.current_id()
        rows = self.view.selectionModel().selectedRows()
        self._reset_row = rows[0].row() if rows else 0

    def _after_reset(self) -> None:
        wanted = self._reset_selected
        row = self.model.row_of(wanted) if wanted is not None else None
        self._select_row(row if row is not None else self._reset_row)
        self._update_status()

    def _select_row(self, row: int) -> None:
        selection = self.view.selectionModel()
        if selection is None:
            return
        count = self.model.rowCount()
        if count == 0:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            self.state_changed.emit()
            return
        row = min(max(row, 0), count - 1)
        header = self.view.horizontalHeader()
        index = self.model.index(row, max(header.logicalIndex(0), 0))
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(index)

    # --- column layout ------------------------------------------------------------------------

    def _stored_sort(self) -> tuple[str, bool]:
        default_key, default_descending = self.default_sort()
        key = str(self.settings.value(f"{self.key}/sort", default_key))
        if key not in {c.key for c in self.columns() if c.sortable}:
            return default_key, default_descending
        descending = self.settings.value(f"{self.key}/descending", default_descending)
        if isinstance(descending, str):
            return key, descending.lower() in ("true", "1")
        return key, bool(descending)

    def _stored_columns(self) -> list[dict[str, Any]]:
        raw = self.settings.value(f"{self.key}/columns", "")
        try:
            entries = json.loads(str(raw)) if raw else []
        except ValueError:
            return []
        return [e for e in entries if isinstance(e, dict) and isinstance(e.get("key"), str)]

    def apply_column_layout(self) -> None:
        """Order, widths and shown columns as stored; the sort indicator as the query sorts."""
        header = self.view.horizontalHeader()
        columns = self.model.columns
        stored = self._stored_columns()
        by_key = {e["key"]: e for e in stored}
        visual = 0
        for entry in stored:
            logical = self.model.column_of(entry["key"])
            if logical is None:
                continue
            header.moveSection(header.visualIndex(logical), visual)
            visual += 1
        for logical, column in enumerate(columns):
            entry = by_key.get(column.key, {})
            width = entry.get("width")
            header.resizeSection(logical, width if isinstance(width, int) else column.width)
            header.setSectionHidden(logical, bool(entry.get("hidden", not column.shown)))
        sort_column = self.model.column_of(self.model.query.sort)
        if sort_column is not None:
            order = (
                Qt.SortOrder.DescendingOrder
                if self.model.query.descending
                else Qt.SortOrder.AscendingOrder
            )
            header.setSortIndicator(sort_column, order)

    def _sort_indicator_moved(self, column: int, _order: Qt.SortOrder) -> None:
        # A column SQL cannot sort by: the indicator goes back to the column it is sorted by.
        if 0 <= column < len(self.model.columns) and not self.model.columns[column].sortable:
            sorted_by = self.model.column_of(self.model.query.sort)
            if sorted_by is not None:
                order = (
                    Qt.SortOrder.DescendingOrder
                    if self.model.query.descending
                    else Qt.SortOrder.AscendingOrder
                )
                self.view.horizontalHeader().setSortIndicator(sorted_by, order)

    def save_layout(self) -> None:
        header = self.view.horizontalHeader()
        columns = self.model.columns
        previous = {e["key"]: e for e in self._stored_columns()}
        entries = []
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            key = columns[logical].key
            hidden = header.isSectionHidden(logical)
            width = previous.get(key, {}).get("width") if hidden else header.sectionSize(logical)
            entries.append({"key": key, "width": width, "hidden": hidden})
        self.settings.setValue(f"{self.key}/columns", json.dumps(entries))
        self.settings.setValue(f"{self.key}/sort", self.model.query.sort)
        self.settings.setValue(f"{self.key}/descending", self.model.query.descending)

    def column_shown(self, key: str) -> bool:
        logical = self.model.column_of(key)
        return logical is not None and not self.view.horizontalHeader().isSectionHidden(logical)

    def set_column_shown(self, key: str, shown: bool) -> None:
        logical = self.model.column_of(key)
        if logical is None:
            return
        header = self.view.horizontalHeader()
        if not shown and header.count() - header.hiddenSectionCount() <= 1:
            return  # the last column stays
        header.setSectionHidden(logical, not shown)
        if shown and header.sectionSize(logical) < 20:
            header.resizeSection(logical, self.model.columns[logical].width)
        self.save_layout()

    def column_menu(self) -> QMenu:
        """The header's context menu: a check box per column."""
        menu = header_column_menu(
            parent=self,
            header=self.view.horizontalHeader(),
            columns=[(c.key, c.title) for c in self.model.columns],
            set_shown=self.set_column_shown,
        )
        return menu

    def _header_menu_requested(self, point: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.view.horizontalHeader().mapToGlobal(point))
        menu.deleteLater()

    def _context_menu_requested(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if index.isValid():
            self._select_row(index.row())
        menu = self.context_menu()
        menu.exec(self.view.viewport().mapToGlobal(point))
        menu.deleteLater()


__all__ = ["ListArea", "period_labels"]
