"""The Historie tab: everything that happened with the customer, newest first.

The keys come from :func:`meinbuero.services.history.history_keys`; kinds that later issues add
(documents) show up here as they are, with the label ``kind_labels`` gives them.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget

from meinbuero.domain.values import format_datetime_de
from meinbuero.gui.forms.ui_customer_history import Ui_CustomerHistory
from meinbuero.gui.widgets.customer_parts import CustomerContext
from meinbuero.services import history
from meinbuero.services.history import HistoryEntry, HistoryFilter, HistoryKey, HistoryKind
from meinbuero.store.database import Database

Index = QModelIndex | QPersistentModelIndex
SEARCH_DELAY_MS = 200


class HistoryTableModel(QAbstractTableModel):
    """The Historie list: Datum, Art, Betreff, Ansprechpartner, Benutzer, Status.

    Like the customer list, it holds only the keys of its entries, in the order SQL gives them,
    and reads the rows the view shows a block at a time (:func:`history.history_entries`).
    """

    COLUMNS = 6
    #: Entries read per query when the view asks for a row that is not cached.
    BLOCK = 100

    def __init__(self, *, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._keys: list[HistoryKey] = []
        self._cache: dict[HistoryKey, HistoryEntry] = {}
        self._kinds = history.kind_labels()

    def headers(self) -> list[str]:
        return [
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Subject"),
            self.tr("Contact person"),
            self.tr("User"),
            self.tr("Status"),
        ]

    def set_keys(self, keys: list[HistoryKey]) -> None:
        self.beginResetModel()
        self._kinds = history.kind_labels()
        self._keys = list(keys)
        self._cache = {}
        self.endResetModel()

    def row_at(self, row: int) -> HistoryEntry | None:
        """The entry in ``row``, read with its block when not cached (None when it is gone)."""
        key = self._keys[row]
        if key not in self._cache:
            first = row - row % self.BLOCK
            block = [k for k in self._keys[first : first + self.BLOCK] if k not in self._cache]
            with self._database.sessions() as session:
                self._cache.update(history.history_entries(session, block))
        return self._cache.get(key)

    def key_at(self, row: int) -> HistoryKey:
        return self._keys[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMNS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.row_at(index.row())
        if entry is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return format_datetime_de(entry.when)
            if column == 1:
                return self._kinds.get(entry.kind, entry.kind)
            if column == 2:
                return entry.subject
            if column == 3:
                return entry.contact_person
            if column == 4:
                return entry.author
            return entry.status
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < self.COLUMNS
        ):
            return self.headers()[section]
        return None


class HistoryTab(QWidget):
    """The Historie tab of the details window (read only; entries open in their editors)."""

    #: An entry was chosen (double-click, Enter): its kind and id (a sales document's id for
    #: kind "sales", which the details window opens in the sales document window).
    entry_activated = Signal(str, int)
    #: "Neu… (F10)" was clicked.
    new_entry_requested = Signal()
    #: "Kalender exportieren…" was clicked.
    export_calendar_requested = Signal()

    def __init__(self, *, context: CustomerContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        # Whether the list was read since the tab was last hidden.
        self._fresh = False
        self.ui = Ui_CustomerHistory()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated by uic
        self.model = HistoryTableModel(database=context.database, parent=self)
        view = self.ui.history_view
        view.setModel(self.model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        # Fit the columns to the rows on screen only: measuring all would read every entry.
        header.setResizeContentsPrecision(0)
        for column in (0, 1, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.ResizeToContents)

        kinds = self.ui.kind_filter
        kinds.addItem(self.tr("All"), "")
        kinds.addItem(self.tr("Events"), HistoryKind.EVENT.value)
        kinds.addItem(self.tr("Tasks"), HistoryKind.TASK.value)
        kinds.addItem(self.tr("Appointments"), HistoryKind.APPOINTMENT.value)
        kinds.addItem(self.tr("Notes"), HistoryKind.NOTE.value)
        kinds.addItem(self.tr("Sales documents"), HistoryKind.SALES.value)
        kinds.addItem(self.tr("Letters"), HistoryKind.LETTER.value)
        kinds.addItem(self.tr("Dunning letters"), HistoryKind.DUNNING.value)
        periods = self.ui.period_filter
        periods.addItem(self.tr("All"), "all")
        periods.addItem(self.tr("Last 30 days"), "30")
        periods.addItem(self.tr("This year"), "this_year")
        periods.addItem(self.tr("Last year"), "last_year")

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.ui.search_field.textChanged.connect(lambda _text: self.search_timer.start())
        kinds.currentIndexChanged.connect(lambda _i: self.reload())
        periods.currentIndexChanged.connect(lambda _i: self.reload())
        view.doubleClicked.connect(lambda index: self.activate(index.row()))
        view.customContextMenuRequested.connect(self._context_menu)
        for key in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(key), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_selected)
        self.ui.open_entry.clicked.connect(self.open_selected)
        self.ui.new_entry.clicked.connect(self.new_entry_requested)
        self.ui.export_calendar.clicked.connect(self.export_calendar_requested)
        view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- filters --------------------------------------------------------------------------------

    def period(self, today: date | None = None) -> tuple[date | None, date | None]:
        """The chosen period as (since, until); None for open ends."""
        today = today or date.today()
        chosen = self.ui.period_filter.currentData()
        if chosen == "30":
            return today - timedelta(days=30), None
        if chosen == "this_year":
            return date(today.year, 1, 1), date(today.year, 12, 31)
        if chosen == "last_year":
            return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        return None, None

    def kinds(self) -> tuple[str, ...] | None:
        chosen = self.ui.kind_filter.currentData()
        return (str(chosen),) if chosen else None

    def reload(self) -> None:
        self.search_timer.stop()
        customer_id = self._context.customer_id
        keys: list[HistoryKey] = []
        if customer_id is not None:
            since, until = self.period()
            chosen = HistoryFilter(
                kinds=self.kinds(), since=since, until=until, text=self.ui.search_field.text()
            )
            with self._context.database.sessions() as session:
                keys = history.history_keys(session, customer_id, chosen)
        self.model.set_keys(keys)
        self._fresh = True
        self.ui.count_label.setText(self.tr("{count} entries").format(count=len(keys)))
        self._update_buttons()

    def refresh(self) -> None:
        """Read the list now when it is on screen, else when it comes to the front."""
        if self.isVisible():
            self.reload()
        else:
            self._fresh = False

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Coming to the front again reads the list again (entries may come from elsewhere)."""
        super().showEvent(event)
        if not self._fresh:
            self.reload()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 (Qt's name)
        super().hideEvent(event)
        self._fresh = False

    # -- opening --------------------------------------------------------------------------------

    def selected_key(self) -> HistoryKey | None:
        rows = self.ui.history_view.selectionModel().selectedRows()
        return self.model.key_at(rows[0].row()) if rows else None

    def activate(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            kind, entry_id = self.model.key_at(row)
            self.entry_activated.emit(kind, entry_id)

    def open_selected(self) -> None:
        rows = self.ui.history_view.selectionModel().selectedRows()
        if rows:
            self.activate(rows[0].row())

    def _update_buttons(self) -> None:
        self.ui.open_entry.setEnabled(self.selected_key() is not None)
        self.ui.new_entry.setEnabled(True)

    def _context_menu(self, position: QPoint) -> None:
        view = self.ui.history_view
        index = view.indexAt(position)
        if index.isValid():
            view.selectRow(index.row())
        menu = QMenu(self)
        opened = menu.addAction(self.tr("Open"), self.open_selected)
        opened.setEnabled(self.selected_key() is not None)
        menu.addAction(self.tr("New… (F10)"), self.new_entry_requested.emit)
        menu.exec(view.viewport().mapToGlobal(position))
        menu.deleteLater()
