"""The sales documents: one area class serving every kind (Angebote, Rechnungen, …).

Each kind is its own area (its own filters, columns and layout, kept under ``sales_<kind>``).
The Rechnungen area lists the cancellations (Stornorechnungen) beside the invoices they reverse
(the service does so); an entry of its status filter shows the cancellations alone. The status
bar counts the documents shown and sums their net and gross totals (in SQL, over everything the
filters select, not only the rows fetched so far).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from meinbuero.domain.values import format_date_de, format_decimal_de
from meinbuero.gui.areas.base import ActionTexts, AreaHost
from meinbuero.gui.areas.list_area import ListArea
from meinbuero.gui.icons import icon
from meinbuero.gui.models.id_table import TableColumn
from meinbuero.services import sales
from meinbuero.services.errors import NotFound, Refused
from meinbuero.services.sales import SalesQuery, SalesRow

#: The status filter's entry that shows only the cancellations in the Rechnungen area.
CANCELLATIONS = "kind:cancellation"


def money(value: Decimal) -> str:
    """12.345,67 €"""
    return f"{format_decimal_de(value, places=2)} €"


class SalesArea(ListArea[SalesQuery, SalesRow]):
    """The documents of one kind: search, status, period, the sums in the status bar."""

    with_period = True

    def __init__(self, *, kind: str, host: AreaHost, parent: QWidget | None = None) -> None:
        self.kind = kind
        self._sort_keys = sales.sales_sort_keys()
        super().__init__(key=f"sales_{kind}", host=host, parent=parent)
        host.signals.sales_changed.connect(self.refresh)
        host.signals.customer_changed.connect(lambda _id: self.model.refresh())
        host.signals.customers_changed.connect(self.refresh)
        self.payment_action = QAction(icon("document"), self.tr("Book payment…"), self)
        self.payment_action.setObjectName("payment_action")
        self.payment_action.triggered.connect(self.book_payment)
        self.state_changed.connect(self._update_payment_action)
        self._update_payment_action()

    # --- the list -----------------------------------------------------------------------------

    def _key(self, *candidates: str) -> tuple[str, bool]:
        """The service's sort key for a column (first of ``candidates`` it knows)."""
        for key in candidates:
            if key in self._sort_keys:
                return key, True
        return candidates[0], False

    def columns(self) -> list[TableColumn[SalesRow]]:
        def column(
            candidates: tuple[str, ...], title: str, text: object, width: int, **extra: bool
        ) -> TableColumn[SalesRow]:
            key, sortable = self._key(*candidates)
            return TableColumn(
                key,
                title,
                text,  # type: ignore[arg-type]
                width=width,
                sortable=sortable,
                **extra,
            )

        draft = self.tr("Draft")
        columns = [
            column(("number",), self.tr("Number"), lambda r: r.number or draft, 110),
            column(
                ("date", "document_date"),
                self.tr("Date"),
                lambda r: format_date_de(r.document_date),
                90,
            ),
            column(
                ("customer_number",),
                self.tr("Customer no."),
                lambda r: r.customer_number,
                90,
                shown=False,
            ),
            column(
                ("customer", "customer_name"), self.tr("Customer"), lambda r: r.customer_name, 240
            ),
            column(("subject",), self.tr("Subject"), lambda r: r.subject, 220),
            column(("status",), self.tr("Status"), lambda r: r.status_label, 110),
            column(
                ("net", "net_total"),
                self.tr("Net"),
                lambda r: money(r.net_total),
                100,
                numeric=True,
            ),
            column(
                ("gross", "gross_total"),
                self.tr("Gross"),
                lambda r: money(r.gross_total),
                100,
                numeric=True,
            ),
        ]
        if self.kind == "invoice":
            columns += [
                column(("payment_state",), self.tr("Payment"), lambda r: r.payment_label, 100),
                column(
                    ("open",),
                    self.tr("Open"),
                    lambda r: money(r.open_amount) if r.payment_state else "",
                    100,
                    numeric=True,
                ),
            ]
        return columns

    def default_sort(self) -> tuple[str, bool]:
        return self._key("date", "document_date")[0], True

    def status_choices(self) -> list[tuple[str, str]]:
        choices = list(sales.status_labels(self.kind).items())
        if self.kind == "invoice":
            choices.append((CANCELLATIONS, self.tr("Cancellation invoices")))
        return choices

    def search_placeholder(self) -> str:
        return self.tr("Search: number, customer, subject… (Ctrl+F)")

    def make_query(self, *, sort: str, descending: bool) -> SalesQuery:
        status = self.status()
        kind = self.kind
        if status == CANCELLATIONS:
            kind, status = "cancellation", ""
        date_from, date_to = self.date_range()
        return SalesQuery(
            kind=kind,
            text=self.text(),
            status=status,
            date_from=date_from,
            date_to=date_to,
            sort=sort,
            descending=descending,
        )

    def ids_of(self, query: SalesQuery) -> list[int]:
        with self.database.sessions() as session:
            return sales.document_ids(session, query)

    def rows_of(self, ids: list[int]) -> Mapping[int, SalesRow]:
        with self.database.sessions() as session:
            return sales.document_rows(session, ids, today=self.today())

    def muted(self, row: SalesRow) -> str:
        return row.status_label if row.status == "cancelled" else ""

    def sums(self) -> tuple[int, Decimal, Decimal]:
        """Count, net and gross of every document the filters select."""
        with self.database.sessions() as session:
            return sales.document_sums(session, self.model.query)

    def status_text(self) -> str:
        count, net, gross = self.sums()
        plural = sales.kind_plural_labels()
        documents = plural.get(self.model.query.kind, plural.get(self.kind, ""))
        return self.tr("{count} {documents} · net {net} · gross {gross}").format(
            count=QLocale().toString(count), documents=documents, net=money(net), gross=money(gross)
        )

    # --- payments (invoices) -------------------------------------------------------------------

    def _update_payment_action(self) -> None:
        row = self.current_row()
        self.payment_action.setEnabled(row is not None and row.kind == "invoice" and row.finalised)

    def book_payment(self) -> None:
        """Zahlung buchen… for the invoice chosen (a finalised one)."""
        from meinbuero.gui.dialogs.payment_dialog import open_payment_dialog

        row = self.current_row()
        if row is None or row.kind != "invoice" or not row.finalised:
            return
        open_payment_dialog(
            parent=self,
            database=self.database,
            signals=self.host.signals,
            document_id=row.id,
            run=self.host.run_dialog,
            inform=self.host.inform,
            settings=self.settings,
        )

    def toolbar_actions(self) -> list[QAction]:
        return [self.payment_action] if self.kind == "invoice" else []

    def edit_actions(self) -> list[QAction]:
        return self.toolbar_actions()

    def context_menu(self) -> QMenu:
        menu = super().context_menu()
        if self.kind == "invoice":
            menu.insertAction(self.host.routed.new, self.payment_action)
        return menu

    # --- the contract -------------------------------------------------------------------------

    def action_texts(self) -> ActionTexts:
        texts = {
            "quote": (self.tr("New quote"), self.tr("Open quote")),
            "order_confirmation": (
                self.tr("New order confirmation"),
                self.tr("Open order confirmation"),
            ),
            "delivery_note": (self.tr("New delivery note"), self.tr("Open delivery note")),
            "invoice": (self.tr("New invoice"), self.tr("Open invoice")),
        }
        new, open_ = texts.get(self.kind, (self.tr("New document"), self.tr("Open document")))
        return ActionTexts(
            new=new,
            open=open_,
            delete=self.tr("Delete draft…"),
            new_icon="document-new",
            open_icon="document-open",
            delete_icon="delete",
        )

    def new_item(self) -> None:
        self.host.open_sales_document(kind=self.kind, document_id=None)

    def open_current(self) -> None:
        row = self.current_row()
        if row is not None:
            self.host.open_sales_document(
                kind=row.kind, document_id=row.id, customer_id=row.customer_id
            )

    def _label(self, row: SalesRow) -> str:
        kinds = sales.kind_labels()
        number = row.number or self.tr("draft")
        return f"{kinds.get(row.kind, '')} {number} – {row.customer_name}".strip()

    def ask_delete(self, text: str) -> bool:
        """Ask before deleting; tests answer instead of the user."""
        answer = QMessageBox.question(
            self,
            self.tr("Delete draft"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_current(self) -> None:
        """Del: a draft is deleted (after asking); a finalised document is kept, and why."""
        row = self.current_row()
        if row is None:
            return
        label = self._label(row)
        if row.finalised:
            self.host.inform(
                self.tr(
                    "{document} is finalised and cannot be deleted: issued documents are kept"
                    " as they were sent. Correct an invoice with a cancellation."
                ).format(document=label)
            )
            return
        if not self.ask_delete(self.tr("Delete the draft {document}?").format(document=label)):
            return
        try:
            with self.database.sessions.begin() as session:
                sales.delete_draft(session, row.id)
        except (Refused, NotFound) as error:
            self.host.inform(str(error))
            self.refresh()
            return
        self.host.signals.sales_changed.emit()
        self.host.show_message(self.tr("{document} was deleted.").format(document=label))


__all__ = ["SalesArea"]
