"""The work area "Mahnwesen": the invoices due for their next dunning level, and the letters sent.

Tab "Fällig": every overdue invoice due for a level on the chosen day (customers with Mahnsperre
left out), with the level it has and the one it gets, the fee, the interest and the total; a
check box per row (all checked at first). "Mahnungen erstellen" (Ctrl+N) makes the letters of
the checked rows in one transaction — PDFs filed in the customers' Dokumente, entries in their
Historie, the invoices' levels set — and then offers the letters in one PDF to print. F2, Enter
or a double-click shows the letter a row would get (a preview marked ENTWURF).

Tab "Versendet": the letters made, newest first; a double-click opens the PDF as it was sent.
The proposals are computed (a few hundred rows at most), so the tables hold plain rows.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QUrl,
)
from PySide6.QtGui import QAction, QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from meinbuero.domain.values import format_date_de, format_decimal_de
from meinbuero.gui.areas.base import ActionTexts, Area, AreaHost, list_view
from meinbuero.gui.icons import icon
from meinbuero.services import dunning
from meinbuero.services.dunning import NoticeRow, Proposal
from meinbuero.services.errors import InvalidInput, NotFound, Refused

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex


def money(value: Decimal) -> str:
    return f"{format_decimal_de(value, places=2)} €"


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    width: int
    numeric: bool = False


class RowsModel(QAbstractTableModel, Generic[R]):
    """A table of plain rows; with ``checkable`` a check box in the first column per row."""

    def __init__(
        self, *, columns: Sequence[Column[R]], checkable: bool = False, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.checkable = checkable
        self.rows: list[R] = []
        self.checked: list[bool] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.checked = [True] * len(self.rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(self.rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.CheckStateRole and self.checkable and index.column() == 0:
            return Qt.CheckState.Checked if self.checked[index.row()] else Qt.CheckState.Unchecked
        return None

    def setData(  # noqa: N802
        self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not self.checkable
            or not index.isValid()
            or index.column() != 0
        ):
            return False
        state = value.value if isinstance(value, Qt.CheckState) else int(value)
        self.checked[index.row()] = state == Qt.CheckState.Checked.value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.checkable and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def set_all_checked(self, checked: bool) -> None:
        self.checked = [checked] * len(self.rows)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(len(self.rows) - 1, 0),
                [Qt.ItemDataRole.CheckStateRole],
            )

    def checked_rows(self) -> list[R]:
        return [row for row, checked in zip(self.rows, self.checked, strict=True) if checked]


class DunningArea(Area):
    """Mahnwesen: what is due for which level, the letters made."""

    def __init__(self, *, host: AreaHost, parent: QWidget | None = None) -> None:
        super().__init__(key="dunning", host=host, parent=parent)
        self.database = host.database
        self._folder: Path | None = None
        # Whether the lists were read since the last change (see refresh, showEvent).
        self._fresh = False
        self._build()
        host.signals.sales_changed.connect(self.refresh)
        host.signals.settings_changed.connect(self.refresh)
        host.signals.customers_changed.connect(self.refresh)
        host.signals.customer_changed.connect(lambda _id: self.refresh())
        self.refresh()

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        bar = QHBoxLayout()
        label = QLabel(self.tr("Dunning date:"))
        self.day_edit = QDateEdit(QDate.currentDate())
        self.day_edit.setObjectName("day_edit")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dd.MM.yyyy")
        self.day_edit.dateChanged.connect(lambda _d: self.refresh())
        label.setBuddy(self.day_edit)
        bar.addWidget(label)
        bar.addWidget(self.day_edit)
        self.select_all_button = QPushButton(self.tr("Select all"))
        self.select_all_button.setObjectName("select_all_button")
        self.select_all_button.clicked.connect(lambda: self.due_model.set_all_checked(True))
        self.select_none_button = QPushButton(self.tr("Select none"))
        self.select_none_button.setObjectName("select_none_button")
        self.select_none_button.clicked.connect(lambda: self.due_model.set_all_checked(False))
        bar.addWidget(self.select_all_button)
        bar.addWidget(self.select_none_button)
        bar.addStretch(1)
        self.preview_button = QPushButton(icon("document-open"), self.tr("Preview"))
        self.preview_button.setObjectName("preview_button")
        self.preview_button.clicked.connect(self.open_current)
        self.make_button = QPushButton(icon("document-new"), self.tr("Create dunning letters"))
        self.make_button.setObjectName("make_button")
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make_letters)
        bar.addWidget(self.preview_button)
        bar.addWidget(self.make_button)
        layout.addLayout(bar)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("dunning_tabs")
        self.due_model: RowsModel[Proposal] = RowsModel(
            columns=self._due_columns(), checkable=True, parent=self
        )
        self.due_view = self._view("dunning_due_view", self.due_model)
        self.sent_model: RowsModel[NoticeRow] = RowsModel(columns=self._sent_columns(), parent=self)
        self.sent_view = self._view("dunning_sent_view", self.sent_model)
        self.tabs.addTab(self.due_view, self.tr("Due"))
        self.tabs.addTab(self.sent_view, self.tr("Sent dunning letters"))
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        layout.addWidget(self.tabs)

    def _view(self, name: str, model: RowsModel[Any]) -> QTableView:
        view = list_view(
            name=name,
            header_menu=lambda _point: None,
            context_menu=self._context_menu_requested,
            open_current=self.open_current,
        )
        view.setModel(model)
        view.setSortingEnabled(False)
        view.horizontalHeader().setSortIndicatorShown(False)
        for column, spec in enumerate(model.columns):
            view.horizontalHeader().resizeSection(column, spec.width)
        view.selectionModel().currentRowChanged.connect(lambda *_: self.state_changed.emit())
        return view

    def _due_columns(self) -> list[Column[Proposal]]:
        return [
            Column(self.tr("Customer"), lambda p: p.item.customer_name, 210),
            Column(self.tr("Invoice"), lambda p: p.item.number, 105),
            Column(self.tr("Due"), lambda p: format_date_de(p.item.due), 80),
            Column(self.tr("Days overdue"), lambda p: str(p.item.days_overdue), 110, numeric=True),
            Column(self.tr("Open"), lambda p: money(p.item.open), 90, numeric=True),
            Column(self.tr("Level"), self._level_text, 170),
            Column(self.tr("Fee"), lambda p: money(p.charges.fee), 70, numeric=True),
            Column(
                self.tr("Interest"), lambda p: money(p.charges.interest.total), 70, numeric=True
            ),
            Column(self.tr("Total"), lambda p: money(p.total), 90, numeric=True),
        ]

    def _level_text(self, proposal: Proposal) -> str:
        current = proposal.item.dunning_level
        return f"{current} → {proposal.level} {proposal.level_name}"

    def _sent_columns(self) -> list[Column[NoticeRow]]:
        return [
            Column(self.tr("Date"), lambda r: format_date_de(r.notice_date), 80),
            Column(self.tr("Customer"), lambda r: r.customer_name, 200),
            Column(self.tr("Invoice"), lambda r: r.invoice_number, 105),
            Column(self.tr("Letter"), lambda r: r.level_name, 230),
            Column(self.tr("Open"), lambda r: money(r.open_amount), 90, numeric=True),
            Column(self.tr("Fee"), lambda r: money(r.fee), 70, numeric=True),
            Column(self.tr("Interest"), lambda r: money(r.interest), 70, numeric=True),
            Column(self.tr("Pay by"), lambda r: format_date_de(r.pay_by), 80),
            Column(self.tr("By"), lambda r: r.author, 100),
        ]

    # --- reading ------------------------------------------------------------------------------

    def day(self) -> date:
        return self.day_edit.date().toPython()  # type: ignore[return-value]

    def set_day(self, day: date) -> None:
        self.day_edit.setDate(QDate(day.year, day.month, day.day))

    def refresh(self) -> None:
        """Read what is due and what was sent (now when on screen, else when shown again:
        computing the proposals takes a moment with thousands of open invoices)."""
        if not self.isVisible():
            self._fresh = False
            return
        self._fresh = True
        with self.database.sessions() as session:
            proposals = dunning.due_for_dunning(session, self.day())
            sent = dunning.notice_rows(session)
        self.due_model.set_rows(proposals)
        self.sent_model.set_rows(sent)
        for view in (self.due_view, self.sent_view):
            if view.model().rowCount():
                view.selectRow(0)
        self._update()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._fresh:
            self.refresh()

    def _tab_changed(self) -> None:
        self._update()

    def _update(self) -> None:
        on_due = self.tabs.currentWidget() is self.due_view
        for widget in (self.select_all_button, self.select_none_button, self.make_button):
            widget.setEnabled(on_due and bool(self.due_model.rows))
        self.preview_button.setEnabled(on_due and self.current_id() is not None)
        self.status_changed.emit(self.status_text())
        self.state_changed.emit()

    def status_text(self) -> str:
        if self.tabs.currentWidget() is self.sent_view:
            return self.tr("{count} dunning letters sent").format(
                count=QLocale().toString(len(self.sent_model.rows))
            )
        rows = self.due_model.rows
        total = sum((p.total for p in rows), Decimal(0))
        return self.tr("{count} invoices due for dunning · total {total}").format(
            count=QLocale().toString(len(rows)), total=money(total)
        )

    def _current_view(self) -> QTableView:
        widget = self.tabs.currentWidget()
        assert isinstance(widget, QTableView)
        return widget

    def current_row(self) -> Proposal | NoticeRow | None:
        view = self._current_view()
        rows = view.selectionModel().selectedRows()
        model = view.model()
        assert isinstance(model, RowsModel)
        if not rows or not 0 <= rows[0].row() < len(model.rows):
            return None
        row: Proposal | NoticeRow = model.rows[rows[0].row()]
        return row

    def current_id(self) -> int | None:
        row = self.current_row()
        if isinstance(row, Proposal):
            return row.document_id
        return row.id if row is not None else None

    # --- the contract -------------------------------------------------------------------------

    def action_texts(self) -> ActionTexts:
        return ActionTexts(
            new=self.tr("Create dunning letters"),
            open=self.tr("Open letter"),
            delete=self.tr("Delete"),
            new_icon="document-new",
            open_icon="document-open",
            delete_icon="delete",
        )

    def can_delete(self) -> bool:
        return False  # a letter sent is kept; nothing here is deleted

    def delete_current(self) -> None:
        """Nothing to delete: letters are kept as they were sent."""

    def new_item(self) -> None:
        self.make_letters()

    def focus_list(self) -> None:
        self._current_view().setFocus()

    def open_current(self) -> None:
        """The letter of the current row: a preview (due) or the PDF as sent."""
        row = self.current_row()
        if row is None:
            return
        try:
            with self.database.sessions() as session:
                if isinstance(row, Proposal):
                    content = dunning.preview_pdf(session, row.document_id, self.day())
                    name = f"Vorschau {row.level_name} {row.item.number}.pdf"
                else:
                    content = dunning.notice_pdf(session, row.id)
                    name = f"{row.level_name}.pdf"
        except (NotFound, OSError) as error:
            self.host.inform(self.tr("The letter cannot be opened: {reason}").format(reason=error))
            return
        if content is None:
            self.refresh()
            return
        self.open_pdf(content, name)

    def open_pdf(self, content: bytes, name: str) -> Path:
        if self._folder is None:
            self._folder = Path(tempfile.mkdtemp(prefix="meinbuero-mahnungen-"))
        path = self._folder / name.replace("/", "-")
        path.write_bytes(content)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def ask_open_letters(self, count: int) -> bool:
        """After making letters: open them in one PDF to print? (Tests answer instead.)"""
        answer = QMessageBox.question(
            self,
            self.tr("Dunning letters"),
            self.tr(
                "{count} dunning letters were made and filed with the customers. Open them "
                "in one PDF to print?"
            ).format(count=count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def make_letters(self) -> list[int]:
        """Make the letters of the checked rows (one transaction); returns the notices' ids."""
        chosen = self.due_model.checked_rows()
        if not chosen:
            self.host.inform(self.tr("Please tick the invoices to dun."))
            return []
        try:
            with self.database.sessions.begin() as session:
                made = [n.id for n in dunning.run(session, chosen, self.day())]
            with self.database.sessions() as session:
                combined = dunning.combined_pdf(session, made) if made else b""
        except (InvalidInput, Refused, NotFound, OSError) as error:
            self.host.inform(str(error))
            self.refresh()
            return []
        self.host.signals.sales_changed.emit()  # the levels changed (refreshes this area too)
        if not made:
            self.host.inform(self.tr("Nothing was due any more; no letter was made."))
            return []
        self.host.show_message(self.tr("{count} dunning letters made.").format(count=len(made)))
        if self.ask_open_letters(len(made)):
            self.open_pdf(combined, f"Mahnungen {format_date_de(self.day())}.pdf")
        return made

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("context_menu")
        menu.addAction(self.host.routed.open)
        if self.tabs.currentWidget() is self.due_view:
            menu.addAction(self.host.routed.new)
        customer = QAction(self.tr("Open customer"), menu)
        customer.triggered.connect(self.open_customer)
        menu.addAction(customer)
        menu.addSeparator()
        menu.addAction(self.host.routed.refresh)
        return menu

    def open_customer(self) -> None:
        row = self.current_row()
        if row is not None:
            self.host.open_customer(
                row.item.customer_id if isinstance(row, Proposal) else row.customer_id
            )

    def _context_menu_requested(self, point: QPoint) -> None:
        view = self._current_view()
        index = view.indexAt(point)
        if index.isValid():
            view.selectRow(index.row())
        menu = self.context_menu()
        menu.exec(view.viewport().mapToGlobal(point))
        menu.deleteLater()


__all__ = ["DunningArea"]
