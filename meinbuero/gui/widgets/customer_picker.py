"""Choosing a customer by typing: a line edit offers the customers its text finds (number,
name, place), as the customer list's search finds them; picking one reports its id."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from meinbuero.services import customer_list
from meinbuero.store.database import Database

SEARCH_DELAY_MS = 150
CUSTOMER_ROLE = Qt.ItemDataRole.UserRole + 1


class CustomerPicker(QObject):
    """Offers customers under ``field`` while the user types (after a short pause)."""

    #: A customer was picked from the offers (its id; after the completer has finished).
    picked = Signal(int)

    def __init__(self, *, field: QLineEdit, database: Database) -> None:
        super().__init__(field)
        self.field = field
        self.database = database
        self.completer = QCompleter(field)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.offers = QStandardItemModel(self.completer)
        self.completer.setModel(self.offers)
        self.completer.setCompletionRole(Qt.ItemDataRole.DisplayRole)
        field.setCompleter(self.completer)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        field.textEdited.connect(lambda _text: self.timer.start())  # typed, not set
        self.timer.timeout.connect(self.offer)
        self.completer.activated[QModelIndex].connect(self._activated)  # type: ignore[index]

    def offer(self) -> None:
        """Offer the customers the field's text finds (up to 20)."""
        text = self.field.text().strip()
        self.offers.clear()
        if not text:
            return
        with self.database.sessions() as session:
            found = customer_list.search(session, text, limit=20)
        for row in found:
            place = " ".join(p for p in (row.postcode, row.city) if p)
            item = QStandardItem(f"{row.number} – {row.name}" + (f", {place}" if place else ""))
            item.setData(row.id, CUSTOMER_ROLE)
            self.offers.appendRow(item)
        if self.offers.rowCount() and self.field.hasFocus():
            self.completer.complete()

    def offer_texts(self) -> list[str]:
        """What is offered for the text typed (for tests and screen readers)."""
        return [self.offers.item(row).text() for row in range(self.offers.rowCount())]

    def _activated(self, index: QModelIndex) -> None:
        customer_id = index.data(CUSTOMER_ROLE)
        if isinstance(customer_id, int):
            # Later: the completer writes its text into the field after this signal.
            QTimer.singleShot(0, lambda: self.picked.emit(customer_id))


__all__ = ["CustomerPicker"]
