"""Ansicht > Wiedervorlage: what is due today — open tasks, follow-ups, birthdays coming up.

A non-modal window over :func:`meinbuero.services.due.due_list`. Double-click or Enter on a line
asks the main window to open that customer (``open_customer_requested``). Whether the window
opens by itself at start is kept in the QSettings handed in (``due/show_on_start``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget
from sqlalchemy.exc import SQLAlchemyError

from meinbuero.domain.values import format_date_de
from meinbuero.gui.forms.ui_due_dialog import Ui_DueDialog
from meinbuero.gui.signals import DataSignals
from meinbuero.services.due import DueEntry, DueReason, due_list
from meinbuero.store.database import Database

SHOW_ON_START = "due/show_on_start"
GEOMETRY = "due_dialog/geometry"
CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: Overdue lines: the red of the status bar's backup warning.
OVERDUE_COLOUR = QColor("#c00000")

AnyIndex = QModelIndex | QPersistentModelIndex


def show_on_start(settings: QSettings) -> bool:
    """The setting "Beim Start anzeigen" (on unless switched off)."""
    value = settings.value(SHOW_ON_START, True)
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


def load_due(database: Database, today: date) -> list[DueEntry]:
    with database.sessions() as session:
        return due_list(session, today=today)


class DueLoader(QThread):
    """Reads the due list off the GUI thread (at start, with its own session): the window
    comes up and answers while a large company's follow-ups are read."""

    #: The entries (a list of DueEntry); an empty list when they could not be read.
    loaded = Signal(object)

    def __init__(self, *, database: Database, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._today = today

    def run(self) -> None:
        try:
            entries = load_due(self._database, self._today)
        except (SQLAlchemyError, OSError):
            entries = []  # F9 reads it again and says what is wrong
        self.loaded.emit(entries)


class DueTableModel(QAbstractTableModel):
    """The due list as a table: Datum, Art, Nr., Kunde, Betreff/Anlass."""

    def __init__(self, *, entries: list[DueEntry], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries = list(entries)
        self.headers = [
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("No."),
            self.tr("Customer"),
            self.tr("Subject/occasion"),
        ]

    def set_entries(self, entries: list[DueEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802 (Qt's name)
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.headers)
        ):
            return self.headers[section]
        return None

    def kind_text(self, entry: DueEntry) -> str:
        if entry.reason == DueReason.TASK:
            return self.tr("Task")
        if entry.reason == DueReason.FOLLOW_UP:
            return self.tr("Follow-up")
        return self.tr("Birthday")

    def subject_text(self, entry: DueEntry) -> str:
        if entry.reason != DueReason.BIRTHDAY:
            return entry.subject
        if entry.age is not None:
            text = self.tr("Birthday ({age} years)").format(age=entry.age)
        else:
            text = self.tr("Birthday")
        if entry.kind == "contact_person" and entry.contact_person:
            text = f"{text}: {entry.contact_person}"
        return text

    def overdue_text(self, entry: DueEntry) -> str:
        return self.tr("overdue since {day}").format(day=format_date_de(entry.day))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == CUSTOMER_ID_ROLE:
            return entry.customer_id
        if role == Qt.ItemDataRole.ForegroundRole and entry.overdue:
            return OVERDUE_COLOUR
        if role == Qt.ItemDataRole.FontRole and entry.overdue and index.column() == 0:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return self.overdue_text(entry) if entry.overdue else format_date_de(entry.day)
            if column == 1:
                return self.kind_text(entry)
            if column == 2:
                return entry.customer_number
            if column == 3:
                return entry.customer_name
            if column == 4:
                return self.subject_text(entry)
        return None


class DueDialog(QDialog):
    """The Wiedervorlage window of one day (today unless told)."""

    #: A line was opened (double-click, Enter): the customer's id.
    open_customer_requested = Signal(int)

    def __init__(
        self,
        *,
        database: Database,
        signals: DataSignals,
        settings: QSettings,
        today: date | None = None,
        entries: list[DueEntry] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.signals = signals
        self.settings = settings
        self.today = today or date.today()
        self.setWindowFlag(Qt.WindowType.Window, True)
        # Shown at start beside the main window, it leaves the keyboard there (F9 brings it
        # forward when wanted).
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.ui = Ui_DueDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated by uic
        self.setObjectName("due_dialog")
        self.ui.heading.setText(
            self.tr(
                "Due on {day}: open tasks, follow-ups and birthdays of the next 14 days"
            ).format(day=format_date_de(self.today))
        )
        if entries is None:
            entries = load_due(database, self.today)
        self.model = DueTableModel(entries=entries, parent=self)
        view = self.ui.due_view
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        bold = QFont(view.font())
        bold.setBold(True)
        overdue = QFontMetrics(bold).horizontalAdvance(
            self.model.tr("overdue since {day}").format(day="30.11.2026")
        )
        for column, width in enumerate((max(110, overdue + 16), 110, 70, 300)):
            view.setColumnWidth(column, width)
        view.doubleClicked.connect(self._open_index)
        view.installEventFilter(self)
        if self.model.rowCount():
            view.setCurrentIndex(self.model.index(0, 0))

        self.ui.show_on_start.setChecked(show_on_start(settings))
        self.ui.show_on_start.toggled.connect(self._show_on_start_toggled)
        close = self.ui.buttonbox.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)
        self.ui.buttonbox.rejected.connect(self.reject)
        signals.customer_changed.connect(lambda _id: self.reload())
        signals.customers_changed.connect(self.reload)
        geometry = settings.value(GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.finished.connect(lambda _result: settings.setValue(GEOMETRY, self.saveGeometry()))

    def reload(self) -> None:
        self.model.set_entries(load_due(self.database, self.today))

    def _show_on_start_toggled(self, checked: bool) -> None:
        self.settings.setValue(SHOW_ON_START, checked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            watched is self.ui.due_view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_current()
            return True
        return super().eventFilter(watched, event)

    def _open_index(self, index: QModelIndex) -> None:
        customer_id = self.model.data(index, CUSTOMER_ID_ROLE)
        if isinstance(customer_id, int):
            self.open_customer_requested.emit(customer_id)

    def open_current(self) -> None:
        """Open the customer of the current line (as Enter does)."""
        index = self.ui.due_view.currentIndex()
        if index.isValid():
            self._open_index(index)
