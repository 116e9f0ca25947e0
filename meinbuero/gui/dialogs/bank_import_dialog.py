"""Kontoauszug importieren: a bank's file read, each booking with the invoice proposed for it,
the user confirms (or assigns another invoice, credit of a customer, or nothing), "Buchen"
books the ticked ones in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QUrl,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from meinbuero.domain.values import format_date_de
from meinbuero.gui.models.sales_lines import money_text
from meinbuero.gui.signals import DataSignals
from meinbuero.services.bank import importing
from meinbuero.services.bank.csv_banks import (
    IGNORE,
    MappingNeeded,
    guess_mapping,
    target_labels,
)
from meinbuero.services.bank.matching import Allocation, Customer, OpenInvoice
from meinbuero.services.bank.model import Statement
from meinbuero.services.errors import InvalidInput, NotFound, Refused
from meinbuero.services.importing.readers import ImportFailed
from meinbuero.store.database import Database

Index = QModelIndex | QPersistentModelIndex


@dataclass
class _Row:
    row: importing.ImportRow
    checked: bool
    allocations: tuple[Allocation, ...]
    assignment: str  # what the invoice/customer columns say
    customer: str
    by_hand: bool = False


class BankRowsModel(QAbstractTableModel):
    """The bookings of the statement with their assignment; the first column ticks them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[_Row] = []
        self.headers = [
            self.tr("Book"),
            self.tr("Date"),
            self.tr("Amount"),
            self.tr("Payer / payee"),
            self.tr("Remittance information"),
            self.tr("Invoice"),
            self.tr("Customer"),
            self.tr("Skonto"),
            self.tr("Reason"),
        ]

    def set_rows(self, rows: list[importing.ImportRow]) -> None:
        self.beginResetModel()
        self.rows = []
        for row in rows:
            allocations = row.proposal.allocations
            self.rows.append(
                _Row(
                    row,
                    row.preselected,
                    allocations,
                    self._assignment_text(allocations),
                    row.proposal.customer_name,
                )
            )
        self.endResetModel()

    def _assignment_text(self, allocations: tuple[Allocation, ...]) -> str:
        return ", ".join(a.number or self.tr("credit") for a in allocations)

    def assign(self, row: int, allocations: tuple[Allocation, ...], customer: str) -> None:
        entry = self.rows[row]
        entry.allocations = allocations
        entry.assignment = self._assignment_text(allocations)
        entry.customer = customer
        entry.by_hand = True
        entry.checked = bool(allocations) and not entry.row.already_booked
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.headers) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802 (Qt's name)
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == 0:
            entry = self.rows[index.row()]
            if entry.allocations and not entry.row.already_booked:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.rows[index.row()]
        booking = entry.row.booking
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if entry.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (4, 8):
            role = Qt.ItemDataRole.DisplayRole
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 1:
            return format_date_de(booking.booking_date)
        if column == 2:
            return money_text(booking.amount)
        if column == 3:
            return booking.counterparty_name
        if column == 4:
            return booking.remittance
        if column == 5:
            return entry.assignment
        if column == 6:
            return entry.customer
        if column == 7:
            return self.tr("yes") if any(a.skonto for a in entry.allocations) else ""
        if column == 8:
            if entry.row.already_booked:
                return self.tr("already booked")
            if entry.by_hand:
                return self.tr("assigned by hand") if entry.allocations else self.tr("ignored")
            return entry.row.proposal.reason
        return None

    def setData(  # noqa: N802 (Qt's name)
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or index.column() != 0 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
            return False
        self.rows[index.row()].checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def decisions(self) -> list[importing.Decision]:
        return [
            importing.Decision(e.row.booking, e.allocations)
            for e in self.rows
            if e.checked and e.allocations
        ]


class BankImportDialog(QDialog):
    """File → (column mapping, only when needed) → proposals → Buchen."""

    def __init__(
        self,
        *,
        database: Database,
        signals: DataSignals | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.signals = signals
        self.statement: Statement | None = None
        self.invoices: list[OpenInvoice] = []
        self.customers: dict[int, Customer] = {}
        self.needed: MappingNeeded | None = None
        self.setObjectName("bank_import_dialog")
        self.setWindowTitle(self.tr("Import bank statement"))
        self.setAcceptDrops(True)
        self.resize(1240, 640)

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path_edit")
        self.path_edit.setPlaceholderText(
            self.tr("CAMT.053 (.xml, .zip) or the bank's CSV export – or drop the file here")
        )
        self.path_edit.returnPressed.connect(self.load_typed)
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("browse_button")
        browse.clicked.connect(self.browse)
        read = QPushButton(self.tr("Read"))
        read.setObjectName("read_button")
        read.clicked.connect(self.load_typed)
        file_row = QHBoxLayout()
        label = QLabel(self.tr("&File:"))
        label.setBuddy(self.path_edit)
        file_row.addWidget(label)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        file_row.addWidget(read)

        self.format_label = QLabel()
        self.format_label.setObjectName("format_label")
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00000")

        self.mapping_box = QGroupBox(self.tr("Assign the columns of this bank (remembered)"))
        self.mapping_box.setObjectName("mapping_box")
        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setObjectName("mapping_table")
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Example"), self.tr("Meaning")]
        )
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.mapping_table.verticalHeader().hide()
        apply = QPushButton(self.tr("Apply the assignment"))
        apply.setObjectName("apply_mapping_button")
        apply.clicked.connect(self.apply_mapping)
        box_layout = QVBoxLayout(self.mapping_box)
        box_layout.addWidget(self.mapping_table)
        box_layout.addWidget(apply, 0, Qt.AlignmentFlag.AlignRight)
        self.mapping_box.hide()

        self.model = BankRowsModel(self)
        self.model.dataChanged.connect(self.update_summary)
        self.table = QTableView()
        self.table.setObjectName("bookings_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self.row_chosen)

        self.assign_combo = QComboBox()
        self.assign_combo.setObjectName("assign_combo")
        self.assign_combo.setEditable(True)
        self.assign_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.assign_combo.completer()
        assert completer is not None  # an editable combo has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.assign_combo.activated.connect(self.assign_chosen)
        self.assign_combo.setEnabled(False)
        assign_row = QHBoxLayout()
        assign_label = QLabel(self.tr("&Assign to:"))
        assign_label.setBuddy(self.assign_combo)
        assign_row.addWidget(assign_label)
        assign_row.addWidget(self.assign_combo, 1)

        self.summary = QLabel()
        self.summary.setObjectName("summary_label")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.book_button = self.buttons.addButton(
            self.tr("Book"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.book_button.setObjectName("book_button")
        self.book_button.setEnabled(False)
        self.book_button.clicked.connect(self.book)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.format_label)
        layout.addWidget(self.message)
        layout.addWidget(self.mapping_box)
        layout.addWidget(self.table, 1)
        layout.addLayout(assign_row)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

    # --- the file ---

    def browse(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a bank statement"),
            "",
            self.tr("Bank statements (*.xml *.zip *.csv *.txt);;All files (*)"),
        )
        if path:
            self.path_edit.setText(path)
            self.load(Path(path))

    def load_typed(self) -> None:
        if self.path_edit.text().strip():
            self.load(Path(self.path_edit.text().strip()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        urls: list[QUrl] = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            event.acceptProposedAction()
            self.path_edit.setText(urls[0].toLocalFile())
            self.load(Path(urls[0].toLocalFile()))

    def load(self, path: Path, mapping: dict[str, str] | None = None) -> None:
        """Read the file and show its bookings with the proposals."""
        self.message.clear()
        self.format_label.clear()
        self.mapping_box.hide()
        self.model.set_rows([])
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.database.sessions() as session:
                self.statement = importing.read_statement(path, session, mapping=mapping)
                rows = importing.prepare(session, self.statement)
                self.invoices = importing.open_invoices(session)
                self.customers = {c.customer_id: c for c in importing.customers(session)}
        except MappingNeeded as needed:
            self.show_mapping(needed)
            return
        except ImportFailed as error:
            self.message.setText(str(error))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.format_label.setText(
            self.tr("Format: %1 – account %2 – %3 bookings")
            .replace("%1", self.statement.format_name)
            .replace("%2", self.statement.account_iban or "–")
            .replace("%3", str(len(rows)))
        )
        self.message.setText("\n".join(self.statement.warnings))
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        # The remittance text may be long: its tooltip shows it all.
        for column, widest in ((3, 180), (4, 220), (6, 180)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.fill_assign_combo()
        self.update_summary()

    # --- the column mapping ---

    def show_mapping(self, needed: MappingNeeded) -> None:
        self.needed = needed
        self.message.setText(str(needed))
        labels = target_labels()
        guessed = guess_mapping(needed.headers)
        self.mapping_table.setRowCount(len(needed.headers))
        for row, header in enumerate(needed.headers):
            self.mapping_table.setCellWidget(row, 0, QLabel(header))
            example = next((s[row] for s in needed.samples if row < len(s) and s[row]), "")
            self.mapping_table.setCellWidget(row, 1, QLabel(example))
            combo = QComboBox()
            for target, label in labels.items():
                combo.addItem(label, target)
            combo.setCurrentIndex(combo.findData(guessed.get(header, IGNORE)))
            self.mapping_table.setCellWidget(row, 2, combo)
        self.mapping_table.resizeColumnsToContents()
        self.mapping_box.show()

    def mapping_combo(self, row: int) -> QComboBox:
        widget = self.mapping_table.cellWidget(row, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def apply_mapping(self) -> None:
        if self.needed is None:
            return
        headers = self.needed.headers
        mapping = {
            header: str(self.mapping_combo(row).currentData())
            for row, header in enumerate(headers)
            if self.mapping_combo(row).currentData() != IGNORE
        }
        self.load(Path(self.path_edit.text().strip()), mapping)
        if self.statement is not None and self.model.rowCount():
            with self.database.sessions.begin() as session:
                importing.save_mapping(session, headers, mapping)
            self.needed = None

    # --- the assignment ---

    def fill_assign_combo(self) -> None:
        combo = self.assign_combo
        combo.clear()
        combo.addItem(self.tr("Ignore (do not book)"), ("ignore", None))
        for invoice in sorted(self.invoices, key=lambda i: i.number):
            combo.addItem(
                self.tr("%1 – %2 – open %3")
                .replace("%1", invoice.number)
                .replace("%2", invoice.customer_name)
                .replace("%3", money_text(invoice.open)),
                ("invoice", invoice),
            )
        for customer in sorted(self.customers.values(), key=lambda c: c.name.lower()):
            combo.addItem(
                self.tr("Credit of %1").replace("%1", customer.name), ("credit", customer)
            )

    def row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = self.model.rows[current.row()] if current.isValid() else None
        usable = entry is not None and not entry.row.already_booked
        self.assign_combo.setEnabled(usable)
        self.assign_combo.setCurrentIndex(-1)

    def assign_chosen(self, index: int) -> None:
        current = self.table.currentIndex()
        if not current.isValid() or index < 0:
            return
        kind, target = self.assign_combo.itemData(index)
        booking = self.model.rows[current.row()].row.booking
        if kind == "invoice":
            self.model.assign(
                current.row(), (importing.assign(booking, target),), target.customer_name
            )
        elif kind == "credit":
            self.model.assign(
                current.row(), (importing.as_credit(booking, target.customer_id),), target.name
            )
        else:
            self.model.assign(current.row(), (), "")

    # --- booking ---

    def update_summary(self) -> None:
        decisions = self.model.decisions()
        total = sum((d.booking.amount for d in decisions), Decimal("0.00"))
        self.summary.setText(
            self.tr("%1 bookings ticked, together %2")
            .replace("%1", str(len(decisions)))
            .replace("%2", money_text(total))
        )
        self.book_button.setEnabled(bool(decisions))

    def book(self) -> None:
        decisions = self.model.decisions()
        unassigned = self.model.rowCount() - len(decisions)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.database.sessions.begin() as session:
                summary = importing.book(session, decisions, unassigned=unassigned)
        except (Refused, NotFound) as error:
            self.message.setText(str(error))
            return
        except InvalidInput as error:
            self.message.setText("; ".join(str(e) for e in error.errors))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if self.signals is not None:
            self.signals.sales_changed.emit()
        self.message.clear()
        self.reload()
        self.update_summary()
        self.summary.setText(summary.text())

    def reload(self) -> None:
        """The statement again: what was booked shows as such."""
        assert self.statement is not None
        with self.database.sessions() as session:
            rows = importing.prepare(session, self.statement)
            self.invoices = importing.open_invoices(session)
        self.model.set_rows(rows)
        self.fill_assign_combo()


def open_bank_import(
    parent: QWidget | None, database: Database, signals: DataSignals | None = None
) -> None:
    """Open the bank import (Datei > Kontoauszug importieren…, the Offene Posten toolbar)."""
    dialog = BankImportDialog(database=database, signals=signals, parent=parent)
    try:
        run = getattr(parent, "run_dialog", None)
        if callable(run):
            run(dialog)
        else:
            dialog.exec()
    finally:
        dialog.deleteLater()
