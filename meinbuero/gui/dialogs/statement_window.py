"""The Kontoauszug window: a customer's invoices, cancellations, dunning charges and payments with
the running balance, for a chosen period; "Drucken/PDF…" saves it as PDF and offers to file
it in the customer's Dokumente.

Built in code (a period row, a table, the balance in words, the buttons); the lines come from
:func:`meinbuero.services.statement.statement`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from meinbuero.domain.values import format_date_de
from meinbuero.gui.areas.sales import money
from meinbuero.services import statement
from meinbuero.services.errors import NotFound, Refused
from meinbuero.services.statement import Statement, StatementLine
from meinbuero.store.database import Database

Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class StatementModel(QAbstractTableModel):
    """The statement's rows (the opening balance first when the period has a start), each
    formatted when the view shows it: a long statement has thousands of lines."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: list[StatementLine] = []
        self._headers: list[str] = []

    def set_statement(self, shown: Statement, opening_text: str, headers: list[str]) -> None:
        self.beginResetModel()
        self._headers = headers
        self._lines = list(shown.lines)
        if shown.date_from is not None:
            opening = StatementLine(
                on=shown.date_from,
                kind="opening",
                reference="",
                text=opening_text,
                debit=Decimal(0),
                credit=Decimal(0),
                balance=shown.opening,
            )
            self._lines.insert(0, opening)
        self.endResetModel()

    def line(self, row: int) -> StatementLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 6

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        line = self.line(index.row()) if index.isValid() else None
        if line is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column >= 3 else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return format_date_de(line.on)
        if column == 1:
            return line.reference
        if column == 2:
            return line.text
        amount = (line.debit, line.credit, line.balance)[column - 3]
        return money(amount) if amount or column == 5 else ""

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None


class StatementWindow(QDialog):
    """Kontoauszug of one customer (non-modal)."""

    #: A line's sales document should open (its id).
    document_activated = Signal(int)
    #: The PDF was filed in the customer's Dokumente.
    filed = Signal()

    def __init__(
        self,
        *,
        database: Database,
        customer_id: int,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statement_window")
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)
        self.setSizeGripEnabled(True)
        self._database = database
        self._customer_id = customer_id
        self._today = today
        self.shown: Statement | None = None

        self.period = QComboBox()
        self.period.setObjectName("period")
        self.period.addItem(self.tr("Everything"), "all")
        self.period.addItem(self.tr("This year"), "this_year")
        self.period.addItem(self.tr("Last year"), "last_year")
        self.period.addItem(self.tr("Last 12 months"), "12_months")
        self.period.addItem(self.tr("Period…"), "custom")
        self.date_from = QDateEdit()
        self.date_to = QDateEdit()
        for name, edit in (("date_from", self.date_from), ("date_to", self.date_to)):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.dateChanged.connect(lambda _d: self._custom_changed())
        self.period.currentIndexChanged.connect(lambda _i: self._period_changed())
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Period:")))
        filters.addWidget(self.period)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("from")))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.date_to)
        filters.addStretch(1)

        self.model = StatementModel(self)
        self.table = QTableView()
        self.table.setObjectName("statement_lines")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        # Widths from sample texts: measuring thousands of rows would format them all.
        metrics = self.table.fontMetrics()
        for column, sample in enumerate(
            ("00.00.0000", "RE-0000-00000", "", "-000.000,00 €", "-000.000,00 €", "-000.000,00 €")
        ):
            if sample:
                self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 24)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.activate(index.row()))
        self.table.setToolTip(self.tr("Double-click: open the document"))
        self.balance_label = QLabel()
        self.balance_label.setObjectName("balance_label")
        self.balance_label.setStyleSheet("QLabel { font-weight: 600; font-size: 11pt; }")

        self.pdf_button = QPushButton(self.tr("Print / PDF…"))
        self.pdf_button.setObjectName("pdf_button")
        self.pdf_button.setToolTip(
            self.tr("Save the statement as PDF (and file it in the customer's documents)")
        )
        self.pdf_button.clicked.connect(self.save_pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.balance_label)
        layout.addWidget(buttons)
        self.resize(900, 560)
        today_ = self._today()
        self.date_from.setDate(_qdate(date(today_.year, 1, 1)))
        self.date_to.setDate(_qdate(today_))
        self._period_changed()

    # -- the period -----------------------------------------------------------------------------

    def chosen_period(self) -> tuple[date | None, date | None]:
        today = self._today()
        chosen = self.period.currentData()
        if chosen == "this_year":
            return date(today.year, 1, 1), date(today.year, 12, 31)
        if chosen == "last_year":
            return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
        if chosen == "12_months":
            start = date(today.year - 1, today.month, 1)
            return start, today
        if chosen == "custom":
            return _date(self.date_from.date()), _date(self.date_to.date())
        return None, None

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)
        self.reload()

    def _custom_changed(self) -> None:
        if self.period.currentData() == "custom":
            self.reload()

    # -- the lines --------------------------------------------------------------------------------

    def reload(self) -> None:
        date_from, date_to = self.chosen_period()
        try:
            with self._database.sessions() as session:
                shown = statement.statement(
                    session, self._customer_id, date_from=date_from, date_to=date_to
                )
        except NotFound as error:
            self.balance_label.setText(str(error))
            return
        self.shown = shown
        self.setWindowTitle(
            self.tr("Statement of account – {number} {name}").format(
                number=shown.customer_number, name=shown.customer_name
            )
        )
        self.model.set_statement(
            shown,
            self.tr("Balance carried forward"),
            [
                self.tr("Date"),
                self.tr("Voucher"),
                self.tr("Text"),
                self.tr("Debit"),
                self.tr("Credit side"),
                self.tr("Balance"),
            ],
        )
        if self.model.rowCount():
            self.table.scrollToBottom()
            # Once more when the window has its size: the newest line is what one looks for.
            QTimer.singleShot(0, self.table.scrollToBottom)
        until = format_date_de(date_to or self._today())
        self.balance_label.setText(
            self.tr("{sentence} (as of {date})").format(
                date=until, sentence=statement.balance_sentence(shown.closing)
            )
        )

    def text(self, row: int, column: int) -> str:
        """What the table shows in a cell."""
        return str(self.model.data(self.model.index(row, column)) or "")

    def activate(self, row: int) -> None:
        line = self.model.line(row)
        if line is not None and line.document_id is not None:
            self.document_activated.emit(line.document_id)

    # -- the PDF ----------------------------------------------------------------------------------

    def ask_file(self, suggested: Path) -> Path | None:
        """The PDF file to write; None when cancelled."""
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save statement as PDF"), str(suggested), self.tr("PDF files (*.pdf)")
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def ask_file_in_documents(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Statement of account"),
            self.tr("File the statement in the customer's documents as well?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Statement of account"), text)

    def save_pdf(self) -> Path | None:
        """Write the statement shown as PDF; offer to file it in the customer's Dokumente."""
        shown = self.shown
        if shown is None:
            return None
        today = self._today()
        suggested = Path.home() / f"Kontoauszug {shown.customer_number} {today.isoformat()}.pdf"
        path = self.ask_file(suggested)
        if path is None:
            return None
        with self._database.sessions() as session:
            pdf = statement.pdf_bytes(session, shown, today=today)
        try:
            path.write_bytes(pdf)
        except OSError:
            self.warn(
                self.tr(
                    "The PDF could not be written to {path}. Please choose another folder."
                ).format(path=str(path))
            )
            return None
        if self.ask_file_in_documents():
            try:
                with self._database.sessions.begin() as session:
                    statement.file_pdf(session, shown, pdf, today=today)
            except (NotFound, Refused, OSError):
                self.warn(self.tr("The statement could not be filed in the customer's documents."))
                return path
            self.filed.emit()
        return path
