"""Offene Posten: every invoice not yet paid in full, with its age and dunning level.

A strip above the list sums the open amounts by age (nicht fällig, 1–30, 31–60, 61–90,
> 90 Tage); a click on one shows only those invoices, a second click every age again. Filters:
the search (number or customer), the customer group, only overdue ones. Enter, a double-click
or F2 opens the payment window (Zahlung buchen); the invoice and the customer open from the
toolbar and the context menu. The list is lazy (ids in SQL order, rows a block at a time) and
the sums are SQL aggregates, so 100 000 open invoices show at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from meinbuero.domain.values import format_date_de, format_decimal_de
from meinbuero.gui.areas.base import ActionTexts, AreaHost
from meinbuero.gui.areas.list_area import ListArea
from meinbuero.gui.icons import icon
from meinbuero.gui.models.id_table import TableColumn
from meinbuero.services import open_items, payments, settings
from meinbuero.services.open_items import OpenItemsFilter, OpenItemsSummary
from meinbuero.services.payments import OpenItem


def money(value: Decimal) -> str:
    return f"{format_decimal_de(value, places=2)} €"


class OpenItemsArea(ListArea[OpenItemsFilter, OpenItem]):
    """The open invoices of every customer (or of one group, one customer)."""

    def __init__(self, *, host: AreaHost, parent: QWidget | None = None) -> None:
        self._age = ""
        self._summary: OpenItemsSummary | None = None
        self._sort_keys = open_items.sort_keys()
        super().__init__(key="open_items", host=host, parent=parent)
        self._build_age_strip()
        self._build_actions()
        self._show_summary()
        host.signals.sales_changed.connect(self.refresh)
        host.signals.customer_changed.connect(lambda _id: self.model.refresh())
        host.signals.customers_changed.connect(self.refresh)
        host.signals.settings_changed.connect(self._fill_groups)

    # --- the filters ----------------------------------------------------------------------------

    def add_filters(self, layout: QHBoxLayout) -> None:
        label = QLabel(self.tr("Group:"))
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("group_combo")
        self.group_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label.setBuddy(self.group_combo)
        layout.addWidget(label)
        layout.addWidget(self.group_combo)
        self._fill_groups()
        self.group_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.overdue_check = QCheckBox(self.tr("Only overdue"))
        self.overdue_check.setObjectName("overdue_check")
        self.overdue_check.toggled.connect(lambda _on: self.apply_filters())
        layout.addWidget(self.overdue_check)

    def _fill_groups(self) -> None:
        with self.database.sessions() as session:
            groups = [(g.id, g.name) for g in settings.groups(session)]
        chosen = self.group_combo.currentData()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("All groups"), None)
        for group_id, name in groups:
            self.group_combo.addItem(name, group_id)
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(chosen), 0))
        self.group_combo.blockSignals(False)

    def _build_age_strip(self) -> None:
        strip = QWidget()
        strip.setObjectName("age_strip")
        row = QHBoxLayout(strip)
        row.setContentsMargins(0, 2, 0, 2)
        row.setSpacing(6)
        self.age_group = QButtonGroup(self)
        self.age_group.setExclusive(False)
        self.age_buttons: dict[str, QToolButton] = {}
        for key in payments.age_labels():
            button = QToolButton()
            button.setObjectName(f"age_{key}")
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            button.setToolTip(self.tr("Click: show only these invoices; again: all"))
            button.clicked.connect(lambda _checked, key=key: self.set_age(key))
            self.age_group.addButton(button)
            self.age_buttons[key] = button
            row.addWidget(button)
        self.age_strip = strip
        layout = self.layout()
        assert layout is not None
        layout.insertWidget(1, strip)  # type: ignore[attr-defined]

    def set_age(self, key: str) -> None:
        """Show only the invoices of one age bucket ("" or the shown one again: every age)."""
        self._age = "" if key == self._age else key
        for bucket, button in self.age_buttons.items():
            button.setChecked(bucket == self._age)
        self.apply_filters()

    @property
    def age(self) -> str:
        return self._age

    # --- the list -------------------------------------------------------------------------------

    def columns(self) -> list[TableColumn[OpenItem]]:
        states = payments.state_labels()
        return [
            TableColumn("number", self.tr("Number"), lambda r: r.number, width=110),
            TableColumn("customer", self.tr("Customer"), lambda r: r.customer_name, width=190),
            TableColumn(
                "date", self.tr("Date"), lambda r: format_date_de(r.document_date), width=80
            ),
            TableColumn("due", self.tr("Due"), lambda r: format_date_de(r.due), width=80),
            TableColumn(
                "overdue",
                self.tr("Days overdue"),
                lambda r: str(r.days_overdue) if r.days_overdue else "",
                width=105,
                numeric=True,
            ),
            TableColumn(
                "dunning",
                self.tr("Dunning level"),
                lambda r: str(r.dunning_level) if r.dunning_level else "",
                width=80,
                numeric=True,
            ),
            TableColumn(
                "gross", self.tr("Gross"), lambda r: money(r.gross), width=95, numeric=True
            ),
            TableColumn("paid", self.tr("Paid"), lambda r: money(r.paid), width=95, numeric=True),
            TableColumn("open", self.tr("Open"), lambda r: money(r.open), width=95, numeric=True),
            TableColumn(
                "state", self.tr("State"), lambda r: states[r.state], width=100, sortable=False
            ),
        ]

    def default_sort(self) -> tuple[str, bool]:
        return "due", False

    def search_placeholder(self) -> str:
        return self.tr("Search: invoice number, customer… (Ctrl+F)")

    def make_query(self, *, sort: str, descending: bool) -> OpenItemsFilter:
        group = self.group_combo.currentData()
        return OpenItemsFilter(
            text=self.text(),
            group_id=group if isinstance(group, int) else None,
            overdue_only=self.overdue_check.isChecked(),
            age=self._age,
            sort=sort if sort in self._sort_keys else "due",
            descending=descending,
        )

    def ids_of(self, query: OpenItemsFilter) -> list[int]:
        with self.database.sessions() as session:
            return open_items.item_ids(session, query, self.today())

    def rows_of(self, ids: list[int]) -> Mapping[int, OpenItem]:
        with self.database.sessions() as session:
            return open_items.item_rows(session, ids, self.today())

    def summary(self) -> OpenItemsSummary:
        """Count, total and the sums by age of what the filters select."""
        with self.database.sessions() as session:
            return open_items.summary(session, self.model.query, self.today())

    def status_text(self) -> str:
        self._summary = self.summary()
        self._show_summary()
        return self.tr("{count} open invoices · open {total}").format(
            count=QLocale().toString(self._summary.count), total=money(self._summary.total)
        )

    def _show_summary(self) -> None:
        if self._summary is None or not hasattr(self, "age_buttons"):
            return
        labels = payments.age_labels()
        for key, button in self.age_buttons.items():
            button.setText(f"{labels[key]}\n{money(self._summary.ages[key])}")
            button.setChecked(key == self._age)

    # --- the contract ---------------------------------------------------------------------------

    def action_texts(self) -> ActionTexts:
        return ActionTexts(
            new=self.tr("New invoice"),
            open=self.tr("Book payment…"),
            delete=self.tr("Delete"),
            new_icon="document-new",
            open_icon="document-open",
            delete_icon="delete",
        )

    def can_delete(self) -> bool:
        return False

    def new_item(self) -> None:
        self.host.open_sales_document(kind="invoice", document_id=None)

    def open_current(self) -> None:
        """Enter, double-click, F2: the payment window of the invoice."""
        from meinbuero.gui.dialogs.payment_dialog import open_payment_dialog

        row = self.current_row()
        if row is None:
            return
        open_payment_dialog(
            parent=self,
            database=self.database,
            signals=self.host.signals,
            document_id=row.document_id,
            run=self.host.run_dialog,
            inform=self.host.inform,
            settings=self.settings,
        )

    def delete_current(self) -> None:
        """Open items are settled by payments, not deleted."""

    def open_invoice(self) -> None:
        row = self.current_row()
        if row is not None:
            self.host.open_sales_document(
                kind="invoice", document_id=row.document_id, customer_id=row.customer_id
            )

    def open_customer(self) -> None:
        row = self.current_row()
        if row is not None:
            self.host.open_customer(row.customer_id)

    def _build_actions(self) -> None:
        self.open_invoice_action = QAction(icon("document"), self.tr("Open invoice"), self)
        self.open_invoice_action.setObjectName("open_invoice_action")
        self.open_invoice_action.triggered.connect(self.open_invoice)
        self.open_customer_action = QAction(icon("customer-edit"), self.tr("Open customer"), self)
        self.open_customer_action.setObjectName("open_customer_action")
        self.open_customer_action.triggered.connect(self.open_customer)
        self.bank_import_action = QAction(
            icon("article-import"), self.tr("Import bank statement…"), self
        )
        self.bank_import_action.setObjectName("bank_import_action")
        self.bank_import_action.triggered.connect(self.import_bank_statement)
        self.state_changed.connect(self._update_actions)
        self._update_actions()

    def _update_actions(self) -> None:
        if not hasattr(self, "open_invoice_action"):
            return
        chosen = self.current_id() is not None
        self.open_invoice_action.setEnabled(chosen)
        self.open_customer_action.setEnabled(chosen)

    def import_bank_statement(self) -> None:
        """The bank's statement matched to the open invoices (as Datei > Kontoauszug
        importieren…); the list reloads when payments are booked."""
        from meinbuero.gui.dialogs.bank_import_dialog import open_bank_import

        open_bank_import(self, self.host.database, self.host.signals)

    def bank_import_actions(self) -> list[QAction]:
        return [self.bank_import_action]

    def edit_actions(self) -> list[QAction]:
        return [self.open_invoice_action, self.open_customer_action, *self.bank_import_actions()]

    def toolbar_actions(self) -> list[QAction]:
        return [self.open_invoice_action, self.open_customer_action, *self.bank_import_actions()]

    def context_menu(self) -> QMenu:
        routed = self.host.routed
        menu = QMenu(self)
        menu.setObjectName("context_menu")
        menu.addAction(routed.open)
        menu.addAction(self.open_invoice_action)
        menu.addAction(self.open_customer_action)
        menu.addSeparator()
        menu.addAction(routed.refresh)
        return menu


__all__ = ["OpenItemsArea"]
