"""Zahlung buchen: the payments of one invoice, and a new one.

Shows what the invoice asks (gross, paid, open, due date, the Skonto while its period runs) and
takes a payment (date, amount in German notation, way, note). Below, the invoice's bookings:
one can be undone (asking why), the rest written off, the customer's credit used. Every action
is one transaction of :mod:`meinbuero.services.payments`; a refused value is marked at its
field with the German message, as in the other windows.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.values import format_date_de, format_decimal_de, parse_date_de
from meinbuero.domain.values import parse_decimal_de as parse_amount
from meinbuero.gui.signals import DataSignals
from meinbuero.gui.widgets.fields import clear_marks, mark_invalid
from meinbuero.services import open_items, payments
from meinbuero.services.errors import InvalidInput, NotFound, Refused
from meinbuero.services.open_items import InvoiceFacts
from meinbuero.services.payments import PaymentInput, PaymentState
from meinbuero.store.database import Database
from meinbuero.store.models import PaymentWay

GEOMETRY_KEY = "payment_dialog/geometry"
_ERROR_STYLE = (
    "QLabel { color: #8e1b1b; background: #fdecea; border: 1px solid #e0a3a3;"
    " border-radius: 3px; padding: 4px 6px; }"
)
_INFO_STYLE = (
    "QLabel { color: #1b4d1b; background: #e8f5e9; border: 1px solid #a5d6a7;"
    " border-radius: 3px; padding: 4px 6px; }"
)
_STATE_COLOURS = {
    PaymentState.OPEN: "#0d3c61",
    PaymentState.PARTLY_PAID: "#8a5a00",
    PaymentState.PAID: "#1b5e20",
    PaymentState.OVERDUE: "#b71c1c",
    PaymentState.CANCELLED: "#555555",
}
# The ways a payment can be booked by hand (credit is used through its own button).
HAND_WAYS = tuple(way for way in PaymentWay if way != PaymentWay.CREDIT)
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def money(value: Decimal) -> str:
    return f"{format_decimal_de(value, places=2)} €"


class PaymentDialog(QDialog):
    """The payments of the invoice ``document_id``; modal (the caller runs it)."""

    def __init__(
        self,
        *,
        database: Database,
        signals: DataSignals,
        document_id: int,
        settings: QSettings | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._signals = signals
        self._settings = settings
        self._document_id = document_id
        self.today = today
        self.facts: InvoiceFacts | None = None
        self.setObjectName("payment_dialog")
        self.setSizeGripEnabled(True)
        self._build()
        self.load()
        self._prefill()
        if settings is not None:
            geometry = settings.value(GEOMETRY_KEY)
            if geometry is not None:
                self.restoreGeometry(geometry)

    # -- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)

        facts = QGroupBox(self.tr("Invoice"))
        grid = QGridLayout(facts)
        grid.setHorizontalSpacing(18)
        self.gross_value = QLabel()
        self.paid_value = QLabel()
        self.open_value = QLabel()
        self.due_value = QLabel()
        self.state_value = QLabel()
        self.state_value.setObjectName("state_value")
        bold = self.open_value.font()
        bold.setBold(True)
        self.open_value.setFont(bold)
        self.state_value.setFont(bold)
        pairs = [
            (self.tr("Gross:"), self.gross_value),
            (self.tr("Paid:"), self.paid_value),
            (self.tr("Open:"), self.open_value),
            (self.tr("Due on:"), self.due_value),
            (self.tr("State:"), self.state_value),
        ]
        for number, (label, value) in enumerate(pairs):
            row, column = divmod(number, 3)
            grid.addWidget(QLabel(label), row, column * 2)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(value, row, column * 2 + 1)
        grid.setColumnStretch(5, 1)
        layout.addWidget(facts)

        entry = QGroupBox(self.tr("New payment"))
        form = QFormLayout(entry)
        self.booked_on = QLineEdit()
        self.booked_on.setObjectName("booked_on")
        self.booked_on.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.booked_on.setMaximumWidth(120)
        form.addRow(self.tr("&Date:"), self.booked_on)
        amount_row = QHBoxLayout()
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.amount.setMaximumWidth(140)
        amount_row.addWidget(self.amount)
        amount_row.addWidget(QLabel("€"))
        self.skonto = QCheckBox()
        self.skonto.setObjectName("skonto")
        amount_row.addSpacing(12)
        amount_row.addWidget(self.skonto)
        amount_row.addStretch(1)
        amount_label = QLabel(self.tr("&Amount:"))
        amount_label.setBuddy(self.amount)  # a row of a layout gets no buddy by itself
        form.addRow(amount_label, amount_row)
        self.way = QComboBox()
        self.way.setObjectName("way")
        self.way.setMaximumWidth(220)
        labels = payments.way_labels()
        for way in HAND_WAYS:
            self.way.addItem(labels[way], str(way))
        form.addRow(self.tr("&Way:"), self.way)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        form.addRow(self.tr("&Note:"), self.note)
        self.book_button = QPushButton(self.tr("&Book payment"))
        self.book_button.setObjectName("book_button")
        self.book_button.setDefault(True)
        book_row = QHBoxLayout()
        book_row.addStretch(1)
        book_row.addWidget(self.book_button)
        form.addRow(book_row)
        layout.addWidget(entry)
        self.entry_box = entry

        bookings = QGroupBox(self.tr("Bookings on this invoice"))
        bookings_layout = QVBoxLayout(bookings)
        self.bookings = QTreeWidget()
        self.bookings.setObjectName("bookings")
        self.bookings.setRootIsDecorated(False)
        self.bookings.setAlternatingRowColors(True)
        self.bookings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.bookings.setHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Way"),
                self.tr("Amount"),
                self.tr("Skonto"),
                self.tr("Written off"),
                self.tr("Note"),
                self.tr("By"),
            ]
        )
        header = self.bookings.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 85), (1, 110), (2, 90), (3, 75), (4, 85), (6, 110)):
            self.bookings.setColumnWidth(column, width)
        for column in (2, 3, 4):
            self.bookings.headerItem().setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
        bookings_layout.addWidget(self.bookings)
        buttons = QHBoxLayout()
        self.undo_button = QPushButton(self.tr("&Undo…"))
        self.undo_button.setObjectName("undo_button")
        self.write_off_button = QPushButton(self.tr("Write off the &rest…"))
        self.write_off_button.setObjectName("write_off_button")
        self.credit_button = QPushButton()
        self.credit_button.setObjectName("credit_button")
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.write_off_button)
        buttons.addStretch(1)
        buttons.addWidget(self.credit_button)
        bookings_layout.addLayout(buttons)
        layout.addWidget(bookings, 1)

        self.messages = QLabel()
        self.messages.setObjectName("messages")
        self.messages.setWordWrap(True)
        self.messages.hide()
        layout.addWidget(self.messages)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        box.rejected.connect(self.reject)
        box.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        box.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        layout.addWidget(box)
        self.resize(760, 600)

        self.book_button.clicked.connect(lambda: self.book())
        self.skonto.toggled.connect(self._skonto_toggled)
        self.booked_on.editingFinished.connect(self._date_changed)
        self.undo_button.clicked.connect(lambda: self.undo_selected())
        self.write_off_button.clicked.connect(lambda: self.write_off())
        self.credit_button.clicked.connect(lambda: self.use_credit())
        self.bookings.currentItemChanged.connect(lambda *_: self._update_buttons())

    # -- showing ---------------------------------------------------------------------------------

    def load(self) -> None:
        """Read the invoice and its bookings again."""
        with self._database.sessions() as session:
            facts = open_items.invoice_facts(session, self._document_id, self.today())
        self.facts = facts
        self.setWindowTitle(self.tr("Book payment – invoice {number}").format(number=facts.number))
        self.heading.setText(
            self.tr("Invoice {number} – {customer}").format(
                number=facts.number, customer=facts.customer_name
            )
        )
        self.gross_value.setText(money(facts.gross))
        self.paid_value.setText(money(facts.paid))
        self.open_value.setText(money(facts.open))
        due = format_date_de(facts.due)
        if facts.state == PaymentState.OVERDUE:
            due = self.tr("{date} ({days} days overdue)").format(date=due, days=facts.days_overdue)
        self.due_value.setText(due)
        self.state_value.setText(facts.state_label)
        self.state_value.setStyleSheet(f"color: {_STATE_COLOURS[facts.state]};")
        selected = self.selected_booking_id()
        self.bookings.clear()
        for booking in facts.bookings:
            item = QTreeWidgetItem(
                [
                    format_date_de(booking.booked_on),
                    booking.way_label,
                    money(booking.amount),
                    money(booking.skonto) if booking.skonto else "",
                    money(booking.write_off) if booking.write_off else "",
                    " · ".join(t for t in (booking.note, booking.undo_text) if t),
                    booking.author,
                ]
            )
            item.setData(0, ID_ROLE, booking.id)
            for column in (2, 3, 4):
                item.setTextAlignment(
                    column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            if booking.undone:
                font = item.font(0)
                font.setStrikeOut(True)
                for column in range(5):
                    item.setFont(column, font)
                    item.setForeground(column, self.palette().placeholderText())
                item.setToolTip(5, booking.undo_text)
            self.bookings.addTopLevelItem(item)
            if booking.id == selected:
                self.bookings.setCurrentItem(item)
        self.credit_button.setText(
            self.tr("Use credit ({amount})").format(amount=money(facts.credit))
        )
        self.credit_button.setVisible(facts.credit > 0)
        self._update_skonto()
        self._update_buttons()

    def _prefill(self) -> None:
        """Today, the open amount, Überweisung."""
        assert self.facts is not None
        self.booked_on.setText(format_date_de(self.today()))
        self.amount.setText(format_decimal_de(self.facts.open, places=2))
        self.skonto.setChecked(False)
        self.note.clear()
        self._update_skonto()

    def _payment_date(self) -> date | None:
        try:
            return parse_date_de(self.booked_on.text(), field="")
        except ValidationError:
            return None

    def _update_skonto(self) -> None:
        facts = self.facts
        on = self._payment_date() or self.today()
        offer = facts.amount_with_skonto(on) if facts is not None else None
        if facts is None or offer is None or facts.skonto_until is None:
            self.skonto.setChecked(False)
            self.skonto.hide()
            return
        percent = format_decimal_de((facts.skonto_percent or Decimal(0)).normalize())
        self.skonto.setText(
            self.tr("with {percent} % Skonto until {date}: {amount}").format(
                percent=percent, date=format_date_de(facts.skonto_until), amount=money(offer)
            )
        )
        self.skonto.show()

    def _skonto_toggled(self, checked: bool) -> None:
        facts = self.facts
        if facts is None:
            return
        on = self._payment_date() or self.today()
        offer = facts.amount_with_skonto(on)
        amount = offer if checked and offer is not None else facts.open
        self.amount.setText(format_decimal_de(amount, places=2))

    def _date_changed(self) -> None:
        self._update_skonto()

    def _update_buttons(self) -> None:
        facts = self.facts
        open_ = facts is not None and facts.open > 0
        self.entry_box.setEnabled(open_)
        self.write_off_button.setEnabled(open_)
        booking = self._selected_booking()
        self.undo_button.setEnabled(booking is not None and booking.undo_id is not None)

    def selected_booking_id(self) -> int | None:
        item = self.bookings.currentItem()
        if item is None:
            return None
        value = item.data(0, ID_ROLE)
        return int(value) if value is not None else None

    def _selected_booking(self) -> open_items.Booking | None:
        wanted = self.selected_booking_id()
        if self.facts is None or wanted is None:
            return None
        return next((b for b in self.facts.bookings if b.id == wanted), None)

    def select_booking(self, booking_id: int) -> None:
        for row in range(self.bookings.topLevelItemCount()):
            item = self.bookings.topLevelItem(row)
            if item is not None and item.data(0, ID_ROLE) == booking_id:
                self.bookings.setCurrentItem(item)
                return

    # -- messages --------------------------------------------------------------------------------

    def message_text(self) -> str:
        return self.messages.text() if not self.messages.isHidden() else ""

    def _show_message(self, text: str, *, error: bool) -> None:
        self.messages.setStyleSheet(_ERROR_STYLE if error else _INFO_STYLE)
        self.messages.setText(text)
        self.messages.setVisible(bool(text))

    def _fields(self) -> dict[str, QWidget]:
        return {"amount": self.amount, "skonto": self.skonto, "on": self.booked_on}

    def _refused(self, invalid: InvalidInput) -> None:
        fields = self._fields()
        first: QWidget | None = None
        for error in invalid.errors:
            widget = fields.get(error.field)
            if widget is not None:
                mark_invalid(widget, error.message)
                first = first or widget
        if first is not None:
            first.setFocus()
        self._show_message("\n".join(e.message for e in invalid.errors), error=True)

    def _done(self, text: str) -> None:
        """After a booking: the lists elsewhere learn it, this window shows it."""
        assert self.facts is not None
        self._signals.sales_changed.emit()
        self._signals.customer_changed.emit(self.facts.customer_id)
        self.load()
        self._show_message(text, error=False)

    # -- actions ---------------------------------------------------------------------------------

    def book(self) -> bool:
        """Zahlung buchen: what is typed, as one booking; False (and marks) when refused."""
        clear_marks(self._fields().values())
        self._show_message("", error=False)
        refused: list[ValidationError] = []
        on: date | None = None
        amount: Decimal | None = None
        try:
            on = parse_date_de(self.booked_on.text(), field="on")
            if on is None:
                refused.append(ValidationError("on", self.tr("Please enter the date.")))
        except ValidationError as error:
            refused.append(ValidationError("on", error.message))
        try:
            amount = parse_amount(self.amount.text(), field="amount")
            if amount is None:
                refused.append(ValidationError("amount", self.tr("Please enter the amount.")))
        except ValidationError as error:
            refused.append(ValidationError("amount", error.message))
        if refused or on is None or amount is None:
            self._refused(InvalidInput(refused))
            return False
        data = PaymentInput(
            document_id=self._document_id,
            on=on,
            amount=amount,
            way=str(self.way.currentData() or PaymentWay.TRANSFER),
            skonto=not self.skonto.isHidden() and self.skonto.isChecked(),
            note=self.note.text().strip(),
        )
        try:
            with self._database.sessions.begin() as session:
                payments.book(session, data)
        except InvalidInput as invalid:
            self._refused(invalid)
            return False
        except (Refused, NotFound) as refusal:
            self._show_message(str(refusal), error=True)
            return False
        self._done(
            self.tr("Payment of {amount} booked.").format(amount=money(amount))
            if not data.skonto
            else self.tr("Payment of {amount} booked with Skonto.").format(amount=money(amount))
        )
        self._prefill()
        return True

    def ask_reason(self) -> str | None:
        """Why is the booking undone? (tests answer in place of the user; None: cancelled)."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Undo payment"),
            self.tr("Why is the payment undone (e.g. returned direct debit)?"),
        )
        return text if ok else None

    def ask_yes_no(self, text: str) -> bool:
        """Ask (tests answer in place of the user)."""
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def undo_selected(self) -> bool:
        """Rückgängig…: the selected booking is undone with the reason given."""
        booking = self._selected_booking()
        if booking is None or booking.undo_id is None:
            return False
        reason = self.ask_reason()
        if reason is None:
            return False
        try:
            with self._database.sessions.begin() as session:
                payments.undo(session, booking.undo_id, reason)
        except InvalidInput as invalid:
            self._show_message("\n".join(e.message for e in invalid.errors), error=True)
            return False
        except (Refused, NotFound) as refusal:
            self._show_message(str(refusal), error=True)
            return False
        self._done(self.tr("The payment was undone."))
        self._prefill()
        return True

    def write_off(self) -> bool:
        """Rest ausbuchen…: what is still open is written off (after asking)."""
        facts = self.facts
        if facts is None or facts.open <= 0:
            return False
        question = self.tr(
            "Write off the remaining {amount} of invoice {number}? The invoice then counts as "
            "settled."
        ).format(amount=money(facts.open), number=facts.number)
        if not self.ask_yes_no(question):
            return False
        on = self._payment_date() or self.today()
        try:
            with self._database.sessions.begin() as session:
                payments.write_off(session, self._document_id, on, self.note.text().strip())
        except (Refused, NotFound) as refusal:
            self._show_message(str(refusal), error=True)
            return False
        self._done(self.tr("{amount} written off.").format(amount=money(facts.open)))
        self._prefill()
        return True

    def use_credit(self) -> bool:
        """Guthaben verrechnen: the customer's credit settles the invoice as far as it goes."""
        on = self._payment_date() or self.today()
        try:
            with self._database.sessions.begin() as session:
                used = payments.use_credit(session, self._document_id, on)
        except (Refused, NotFound) as refusal:
            self._show_message(str(refusal), error=True)
            return False
        self._done(self.tr("{amount} of the credit used.").format(amount=money(used)))
        self._prefill()
        return True

    def done(self, result: int) -> None:
        if self._settings is not None:
            self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)


def open_payment_dialog(
    *,
    parent: QWidget,
    database: Database,
    signals: DataSignals,
    document_id: int,
    run: Callable[[QDialog], bool],
    inform: Callable[[str], None],
    settings: QSettings | None = None,
) -> PaymentDialog | None:
    """Run the payment window of an invoice (``run``: the host's way of running a dialog);
    a refusal (not an invoice, gone) is told with ``inform`` instead."""
    try:
        dialog = PaymentDialog(
            database=database,
            signals=signals,
            document_id=document_id,
            settings=settings,
            parent=parent,
        )
    except (Refused, NotFound) as refusal:
        inform(str(refusal))
        return None
    run(dialog)
    return dialog


__all__ = ["PaymentDialog", "open_payment_dialog"]
