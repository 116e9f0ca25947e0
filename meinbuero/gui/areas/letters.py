"""The Briefe area: every letter (drafts and finished ones), search, status, new letter, serial
letter to the customers the customer list shows."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from meinbuero.domain.values import format_date_de
from meinbuero.gui.areas.base import ActionTexts, AreaHost
from meinbuero.gui.areas.list_area import ListArea
from meinbuero.gui.dialogs.letter_dialog import LetterDialog, open_letter
from meinbuero.gui.icons import icon
from meinbuero.gui.models.id_table import TableColumn
from meinbuero.services import letters
from meinbuero.services.errors import NotFound, Refused
from meinbuero.services.letters import LetterQuery, LetterRow
from meinbuero.store.listing import ListQuery


class LettersArea(ListArea[LetterQuery, LetterRow]):
    """Letters: date, customer, subject, status."""

    def __init__(self, *, host: AreaHost, parent: QWidget | None = None) -> None:
        super().__init__(key="letters", host=host, parent=parent)
        self.serial_action = QAction(icon("document-new"), self.tr("Serial letter…"), self)
        self.serial_action.setObjectName("serial_letter_action")
        self.serial_action.setToolTip(
            self.tr("A letter to each customer the customer list shows (search, group)")
        )
        self.serial_action.triggered.connect(lambda _checked=False: self.serial_letter())
        host.signals.letters_changed.connect(self.refresh)
        host.signals.customer_changed.connect(lambda _id: self.model.refresh())
        host.signals.customers_changed.connect(self.refresh)

    # --- the list -----------------------------------------------------------------------------

    def columns(self) -> list[TableColumn[LetterRow]]:
        return [
            TableColumn("date", self.tr("Date"), lambda r: format_date_de(r.letter_date), width=90),
            TableColumn(
                "customer_number",
                self.tr("Customer no."),
                lambda r: r.customer_number,
                width=90,
                sortable=False,
                shown=False,
            ),
            TableColumn("customer", self.tr("Customer"), lambda r: r.customer_name, width=240),
            TableColumn("subject", self.tr("Subject"), lambda r: r.subject, width=300),
            TableColumn(
                "advertising",
                self.tr("Advertising"),
                lambda r: self.tr("yes") if r.advertising else "",
                width=80,
                sortable=False,
            ),
            TableColumn("status", self.tr("Status"), lambda r: r.status_label, width=110),
        ]

    def default_sort(self) -> tuple[str, bool]:
        return "date", True

    def status_choices(self) -> list[tuple[str, str]]:
        return list(letters.status_labels().items())

    def search_placeholder(self) -> str:
        return self.tr("Search: customer, subject… (Ctrl+F)")

    def make_query(self, *, sort: str, descending: bool) -> LetterQuery:
        return LetterQuery(text=self.text(), status=self.status(), sort=sort, descending=descending)

    def ids_of(self, query: LetterQuery) -> list[int]:
        with self.database.sessions() as session:
            return letters.letter_ids(session, query)

    def rows_of(self, ids: list[int]) -> Mapping[int, LetterRow]:
        with self.database.sessions() as session:
            return letters.letter_rows(session, ids)

    def status_text(self) -> str:
        return self.tr("{count} letters").format(count=QLocale().toString(self.model.rowCount()))

    # --- the contract -------------------------------------------------------------------------

    def action_texts(self) -> ActionTexts:
        return ActionTexts(
            new=self.tr("New letter"),
            open=self.tr("Open letter"),
            delete=self.tr("Delete draft…"),
            new_icon="document-new",
            open_icon="document-open",
            delete_icon="delete",
        )

    def edit_actions(self) -> list[QAction]:
        return [self.serial_action]

    def toolbar_actions(self) -> list[QAction]:
        return [self.serial_action]

    def context_menu(self) -> QMenu:
        menu = super().context_menu()
        menu.insertAction(menu.actions()[2], self.serial_action)
        return menu

    def open_window(
        self, *, letter_id: int | None = None, customer_id: int | None = None
    ) -> LetterDialog:
        return open_letter(
            database=self.database,
            signals=self.host.signals,
            settings=self.settings,
            parent=self.window(),
            letter_id=letter_id,
            customer_id=customer_id,
        )

    def new_item(self) -> None:
        self.open_window()

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.open_window(letter_id=row.id)

    def ask_delete(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete draft"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_current(self) -> None:
        """Del: a draft is deleted (after asking); a finished letter is kept."""
        row = self.current_row()
        if row is None:
            return
        label = f"{row.subject or self.tr('Letter')} – {row.customer_name}"
        if row.finished:
            self.host.inform(
                self.tr("{letter} is finished and filed; it is kept as it was sent.").format(
                    letter=label
                )
            )
            return
        if not self.ask_delete(self.tr("Delete the draft {letter}?").format(letter=label)):
            return
        try:
            with self.database.sessions.begin() as session:
                letters.delete_draft(session, row.id)
        except (Refused, NotFound) as error:
            self.host.inform(str(error))
        self.host.signals.letters_changed.emit()

    # --- serial letters -----------------------------------------------------------------------

    def customer_query(self) -> ListQuery:
        """The customers the customer list shows now (its search, group, archive filter)."""
        area = getattr(self.host, "customers_area", None)
        query = area.current_query() if area is not None else None
        return query if isinstance(query, ListQuery) else ListQuery()

    def serial_letter(self) -> QWidget:
        from meinbuero.gui.dialogs.serial_letter_dialog import SerialLetterDialog

        dialog = SerialLetterDialog(
            database=self.database,
            signals=self.host.signals,
            query=self.customer_query(),
            parent=self.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.show()
        return dialog


__all__ = ["LettersArea"]
