"""The customer list: search, group filter, archive, columns, preview pane, reach actions.

The list is a :class:`~meinbuero.gui.models.customer_table.CustomerTableModel` (ids from SQL,
rows fetched lazily); below it a short preview of the selected customer. What the user arranges
— columns (order, widths, shown), sort order and the splitter — is kept in the QSettings under
``customer_list/`` (the keys of the single-list window, so nobody loses their layout).
"""

from __future__ import annotations

import html
import json
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPoint,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from meinbuero.domain.values import format_datetime_de
from meinbuero.gui.areas.base import ActionTexts, Area, AreaHost, header_column_menu, list_view
from meinbuero.gui.contact import ContactLauncher
from meinbuero.gui.icons import icon
from meinbuero.gui.models.customer_table import (
    ARCHIVED_ROLE,
    ID_ROLE,
    Column,
    CustomerTableModel,
)
from meinbuero.gui.widgets.list_overlay import ListOverlay
from meinbuero.gui.widgets.search_field import SearchField
from meinbuero.services import contact, customers
from meinbuero.services import settings as company_settings
from meinbuero.services.contact import ReachTarget, TargetKind
from meinbuero.services.customers import Removal
from meinbuero.services.errors import NotFound, Refused
from meinbuero.store.listing import ListQuery

PREVIEW_DELAY_MS = 80
SEARCH_DELAY_MS = 150
DEFAULT_WIDTHS = {
    "number": 110,
    "name": 250,
    "postcode": 55,
    "city": 140,
    "phone": 125,
    "email": 210,
    "groups": 110,
    "last_processed": 130,
    "revenue_this_year": 115,
    "revenue_last_year": 115,
    "open_amount": 110,
    "last_invoice": 95,
}
CUSTOM_WIDTH = 120

# QSettings keys (those of the window before it had areas: the layout carries over)
SPLITTER = "main_window/splitter"
COLUMNS = "customer_list/columns"
SORT = "customer_list/sort"
DESCENDING = "customer_list/descending"


class ColumnsDialog(QDialog):
    """Ansicht > Spalten…: which columns the list shows."""

    def __init__(
        self, *, columns: list[tuple[Column, bool]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Columns shown in the customer list:")))
        self.column_list = QListWidget()
        self.column_list.setObjectName("column_list")
        for column, shown in columns:
            item = QListWidgetItem(column.title)
            item.setData(Qt.ItemDataRole.UserRole, column.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)
            self.column_list.addItem(item)
        layout.addWidget(self.column_list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.setObjectName("buttonbox")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def set_shown(self, key: str, shown: bool) -> None:
        for item in self._items():
            if item.data(Qt.ItemDataRole.UserRole) == key:
                item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)

    def _items(self) -> list[QListWidgetItem]:
        return [self.column_list.item(i) for i in range(self.column_list.count())]

    def shown_keys(self) -> set[str]:
        return {
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        }


class CustomersArea(Area):
    """Kunden: the customer list with its filters and the preview of the selected customer."""

    def __init__(self, *, host: AreaHost, parent: QWidget | None = None) -> None:
        super().__init__(key="customers", host=host, parent=parent)
        self.database = host.database
        self.signals = host.signals
        self.settings = host.settings
        self._reset_selected: int | None = None
        self._reset_column = 0
        settings = self.settings
        self.model = CustomerTableModel(
            database=self.database,
            query=ListQuery(
                sort=str(settings.value(SORT, "name")),
                descending=_as_bool(settings.value(DESCENDING, False)),
            ),
            parent=self,
        )
        self._build_actions()
        self._build_widgets()

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search_field.textChanged.connect(lambda _text: self.search_timer.start())
        # The preview follows the selection once it rests: typing and scrolling stay quick.
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(lambda: self._show_preview(self.selected_customer_id()))
        self.group_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.archived_check.toggled.connect(self.show_archived_action.setChecked)
        self.show_archived_action.toggled.connect(self._archived_toggled)

        self.contact_launcher = ContactLauncher(
            database=self.database, signals=self.signals, parent_widget=self
        )
        self._preview_customer: int | None = None
        self._preview_targets: list[ReachTarget] = []
        self.signals.customer_changed.connect(self._customer_changed)
        self.signals.customers_changed.connect(self.reload)
        self.signals.settings_changed.connect(self._settings_changed)

        self._load_groups()
        self.model.reload()
        self.customer_view.setModel(self.model)
        # Connected after setModel: the header has taken the new columns when these run.
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._after_reset)
        self.model.layoutChanged.connect(self._update_actions)
        self.customer_view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.apply_column_layout()
        self.customer_view.setSortingEnabled(True)
        splitter = self.settings.value(SPLITTER)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        self._select_row(0)
        self._update_status()
        self._update_actions()

    # --- the contract -------------------------------------------------------------------------

    def action_texts(self) -> ActionTexts:
        return ActionTexts(
            new=self.tr("New customer"),
            open=self.tr("Edit customer"),
            delete=self.tr("Delete/archive…"),
        )

    def current_id(self) -> int | None:
        return self.selected_customer_id()

    def new_item(self) -> None:
        self.host.open_customer(None)

    def open_current(self) -> None:
        self.open_selected()

    def delete_current(self) -> None:
        self.remove_selected()

    def refresh(self) -> None:
        self.reload()

    def focus_list(self) -> None:
        self.customer_view.setFocus()

    def edit_actions(self) -> list[QAction]:
        delete = self.host.routed.delete
        return [
            self.new_entry_action,
            delete,
            self.restore_action,
            self.new_sales_action,
            self.write_letter_action,
            self.serial_letter_action,
            self.write_mail_action,
            self.serial_mail_action,
        ]

    def view_actions(self) -> list[QAction]:
        return [self.show_archived_action, self.columns_action]

    def toolbar_actions(self) -> list[QAction]:
        return [self.new_entry_action, self.host.routed.delete, self.restore_action]

    def status_text(self) -> str:
        return count_text(self.model.rowCount(), self.model.total)

    def save_layout(self) -> None:
        self.settings.setValue(SPLITTER, self.splitter.saveState())
        self.save_column_layout()

    # --- building -----------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Any,
        *,
        shortcut: str | None = None,
        icon_name: str | None = None,
        name: str,
    ) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)  # its key works while the area is shown
        return action

    def _build_actions(self) -> None:
        self.new_entry_action = self._action(
            self.tr("New…"),
            self.new_entry,
            shortcut="F10",
            icon_name="entry-new",
            name="new_entry_action",
        )
        self.new_entry_action.setToolTip(
            self.tr("New event, task or appointment for the selected customer (F10)")
        )
        self.restore_action = self._action(
            self.tr("Restore"),
            self.restore_selected,
            icon_name="customer-restore",
            name="restore_action",
        )
        self.show_archived_action = QAction(self.tr("Show archived"), self)
        self.show_archived_action.setObjectName("show_archived_action")
        self.show_archived_action.setCheckable(True)
        self.columns_action = self._action(
            self.tr("Columns…"),
            self.choose_columns,
            icon_name="columns",
            name="columns_action",
        )
        self.new_quote_action = self._action(
            self.tr("New quote for this customer"),
            lambda: self._new_sales_document("quote"),
            name="new_quote_action",
        )
        self.new_invoice_action = self._action(
            self.tr("New invoice for this customer"),
            lambda: self._new_sales_document("invoice"),
            name="new_invoice_action",
        )
        self.new_sales_menu = QMenu(self.tr("New document for this customer"), self)
        self.new_sales_menu.setObjectName("new_sales_menu")
        self.new_sales_menu.addAction(self.new_quote_action)
        self.new_sales_menu.addAction(self.new_invoice_action)
        self.new_sales_action = self.new_sales_menu.menuAction()
        self.write_letter_action = self._action(
            self.tr("Write letter…"), self._write_letter, name="write_letter_action"
        )
        self.serial_letter_action = self._action(
            self.tr("Serial letter to the customers shown…"),
            self._serial_letter,
            name="serial_letter_action",
        )
        self.write_mail_action = self._action(
            self.tr("Write e-mail…"), self._write_mail, icon_name="mail", name="write_mail_action"
        )
        self.serial_mail_action = self._action(
            self.tr("Serial e-mail to the customers shown…"),
            self._serial_mail,
            name="serial_mail_action",
        )

    def _write_mail(self) -> None:
        from meinbuero.gui.dialogs.mail_dialog import open_mail_window

        customer_id = self.selected_customer_id()
        if customer_id is not None:
            open_mail_window(
                database=self.database,
                signals=self.signals,
                parent=self.window(),
                customer_id=customer_id,
                settings=self.settings,
            )

    def _serial_mail(self) -> None:
        from meinbuero.gui.dialogs.serial_mail_dialog import SerialMailDialog

        dialog = SerialMailDialog(
            database=self.database,
            signals=self.signals,
            customer_ids=self.model.ids,
            parent=self.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.show()

    def _write_letter(self) -> None:
        from meinbuero.gui.dialogs.letter_dialog import open_letter

        customer_id = self.selected_customer_id()
        if customer_id is not None:
            open_letter(
                database=self.database,
                signals=self.host.signals,
                settings=self.settings,
                parent=self.window(),
                customer_id=customer_id,
            )

    def _serial_letter(self) -> None:
        from meinbuero.gui.dialogs.serial_letter_dialog import SerialLetterDialog

        dialog = SerialLetterDialog(
            database=self.database,
            signals=self.host.signals,
            query=self.current_query(),
            parent=self.window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.show()

    def _new_sales_document(self, kind: str) -> None:
        customer_id = self.selected_customer_id()
        if customer_id is not None:
            self.host.open_sales_document(kind=kind, document_id=None, customer_id=customer_id)

    def _build_widgets(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)

        filters = QHBoxLayout()
        self.search_field = SearchField()
        self.search_field.setObjectName("search_field")
        self.search_field.setPlaceholderText(
            self.tr("Search: number, name, city, phone, e-mail… (Ctrl+F)")
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_field.setMinimumWidth(220)
        self.search_field.to_list.connect(self._search_to_list)
        filters.addWidget(self.search_field, 3)
        group_label = QLabel(self.tr("Group:"))
        filters.addWidget(group_label)
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("group_combo")
        self.group_combo.setMinimumWidth(130)
        group_label.setBuddy(self.group_combo)
        filters.addWidget(self.group_combo, 1)
        self.archived_check = QCheckBox(self.tr("Show archived"))
        self.archived_check.setObjectName("archived_check")
        filters.addWidget(self.archived_check)
        filters.addStretch(0)
        layout.addLayout(filters)

        self.customer_view = list_view(
            name="customer_view",
            header_menu=self._header_menu_requested,
            context_menu=self._context_menu_requested,
            open_current=self.open_selected,
        )
        view = self.customer_view

        self.preview = QTextBrowser()
        self.preview.setObjectName("preview")
        # Links are "reach:N" (the customer's N-th way to be reached): the launcher opens them
        # and records the contact.
        self.preview.setOpenLinks(False)
        self.preview.anchorClicked.connect(self._preview_link)
        self.preview.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(view)
        self.splitter.addWidget(self.preview)
        self.overlay = ListOverlay(view)
        self.overlay.linkActivated.connect(self._first_step)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(True)
        self.splitter.setSizes([520, 150])
        layout.addWidget(self.splitter)

    # --- groups, status -----------------------------------------------------------------------

    def _load_groups(self) -> None:
        current = self.group_combo.currentData()
        with self.database.sessions() as session:
            groups = [(g.id, g.name) for g in company_settings.groups(session)]
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("All groups"), None)
        for group_id, name in groups:
            self.group_combo.addItem(name, group_id)
        found = self.group_combo.findData(current) if current is not None else 0
        self.group_combo.setCurrentIndex(max(found, 0))
        self.group_combo.blockSignals(False)

    def _update_status(self) -> None:
        self.status_changed.emit(self.status_text())
        self._update_overlay()

    def _update_overlay(self) -> None:
        """An empty list says why: a new company shows what to do first, a search that finds
        nothing says so."""
        if self.model.rowCount():
            self.overlay.hide()
        elif self.model.total == 0 and not self.show_archived_action.isChecked():
            self.overlay.show_text(first_steps_html())
        else:
            no_matches = self.tr("No matches")
            self.overlay.show_text(f"<p>{html.escape(no_matches)}</p>")

    def _first_step(self, link: str) -> None:
        if link == "new":
            self.host.open_customer(None)
        elif link == "import":
            self.host.import_customers()
        elif link == "company":
            self.host.open_settings("company")
        elif link == "help":
            from meinbuero.gui.dialogs.help_window import show_topic

            show_topic("erste-schritte.md", self.settings)

    # --- filters ------------------------------------------------------------------------------

    def current_query(self) -> ListQuery:
        group = self.group_combo.currentData()
        return replace(
            self.model.query,
            text=self.search_field.text(),
            group_id=int(group) if group is not None else None,
            include_archived=self.show_archived_action.isChecked(),
        )

    def apply_filters(self) -> None:
        """Show what the search field, the group and "archived" select (now, not debounced)."""
        self.search_timer.stop()
        self.model.set_query(self.current_query())
        self._update_status()

    def _archived_toggled(self, checked: bool) -> None:
        if self.archived_check.isChecked() != checked:
            self.archived_check.setChecked(checked)
        self.apply_filters()

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _search_to_list(self) -> None:
        if self.search_timer.isActive():
            self.apply_filters()
        self.customer_view.setFocus()
        if self.selected_customer_id() is None:
            self._select_row(0)

    # --- the list -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read everything again: groups, columns, the list (F5)."""
        self._load_groups()
        self.model.reload(self.current_query())
        self._update_status()

    def _settings_changed(self) -> None:
        self.reload()

    def _customer_changed(self, customer_id: int) -> None:
        self.model.refresh_customer(customer_id)
        self._update_status()
        self._update_actions()
        if self.selected_customer_id() == customer_id:
            self._show_preview(customer_id)

    def _before_reset(self) -> None:
        self.save_column_layout()
        self._reset_selected = self.selected_customer_id()
        self._reset_column = max(self.customer_view.currentIndex().column(), 0)

    def _after_reset(self) -> None:
        self.apply_column_layout()
        wanted = self._reset_selected
        row = self.model.row_of(wanted) if wanted is not None else None
        self._select_row(row if row is not None else 0, column=self._reset_column)
        self._update_status()
        self._update_actions()

    def _select_row(self, row: int, *, column: int = 0) -> None:
        count = self.model.rowCount()
        selection = self.customer_view.selectionModel()
        if selection is None:
            return
        if count == 0:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            self._current_changed(QModelIndex(), QModelIndex())
            return
        row = min(max(row, 0), count - 1)
        column = min(max(column, 0), self.model.columnCount() - 1)
        header = self.customer_view.horizontalHeader()
        if header.isSectionHidden(column):
            column = header.logicalIndex(0)
        index = self.model.index(row, column)
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.customer_view.scrollTo(index)

    def select_customer(self, customer_id: int) -> bool:
        row = self.model.row_of(customer_id)
        if row is None:
            return False
        self._select_row(row)
        return True

    def _id_at(self, index: QModelIndex) -> int | None:
        if not index.isValid():
            return None
        value = self.model.data(index, ID_ROLE)
        return int(value) if value is not None else None

    def selected_customer_id(self) -> int | None:
        """The customer of the current row of the list, if any."""
        selection = self.customer_view.selectionModel()
        if selection is None:
            return None
        rows = selection.selectedRows()
        if rows:
            return self._id_at(rows[0])
        return None

    def _selected_is_archived(self) -> bool:
        selection = self.customer_view.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return bool(rows and self.model.data(rows[0], ARCHIVED_ROLE))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        self.preview_timer.start()

    def _update_actions(self) -> None:
        has = self.selected_customer_id() is not None
        archived = has and self._selected_is_archived()
        self.new_entry_action.setEnabled(has)
        self.restore_action.setEnabled(archived)
        self.new_sales_action.setEnabled(has)
        self.state_changed.emit()

    def _show_preview(self, customer_id: int | None) -> None:
        self._preview_customer = None
        self._preview_targets = []
        if customer_id is None:
            self.preview.clear()
            return
        try:
            with self.database.sessions() as session:
                customer = customers.get_customer(session, customer_id)
                region = company_settings.phone_region(session)
                self._preview_targets = contact.reach_targets(customer, region=region)
                self._preview_customer = customer_id
                self.preview.setHtml(self._preview_html(customer, self._preview_targets))
        except NotFound:
            self.preview.clear()

    def _preview_link(self, url: QUrl) -> None:
        if url.scheme() != "reach" or self._preview_customer is None:
            return
        try:
            target = self._preview_targets[int(url.path())]
        except (ValueError, IndexError):
            return
        self.reach(self._preview_customer, target)

    def reach(self, customer_id: int, target: ReachTarget) -> None:
        """Mail, call, browse or map, as a click on ``target`` asks."""
        launcher = self.contact_launcher
        if target.kind == TargetKind.EMAIL:
            launcher.mail(
                customer_id=customer_id,
                address=target.shown,
                contact_person_id=target.contact_person_id,
            )
        elif target.kind == TargetKind.PHONE:
            assert target.number is not None
            launcher.dial(
                customer_id=customer_id,
                number=target.number,
                contact_person_id=target.contact_person_id,
            )
        elif target.kind == TargetKind.WEBSITE:
            launcher.browse(target.shown)
        else:
            with self.database.sessions() as session:
                try:
                    customer = customers.get_customer(session, customer_id)
                except NotFound:
                    return
                launcher.show_map(
                    street=customer.street,
                    postcode=customer.postcode,
                    city=customer.city,
                    country=customer.country,
                )

    def _preview_html(self, customer: Any, targets: list[ReachTarget]) -> str:
        def e(text: str) -> str:
            return html.escape(text or "")

        labels = {
            "archived": self.tr("Archived"),
            "number": self.tr("Customer no."),
            "groups": self.tr("Groups"),
            "main": self.tr("Main contact"),
            "last_processed": self.tr("Last processed"),
            "map": self.tr("Show on map (OpenStreetMap)"),
        }
        label = {key: e(text) for key, text in labels.items()}

        address = [f"<b>{e(customer.display_name)}</b>"]
        if customer.kind == "company":
            person = " ".join(p for p in (customer.first_name, customer.last_name) if p)
            for line in (customer.company_addition, person):
                if line:
                    address.append(e(line))
        for line in (customer.street, f"{customer.postcode} {customer.city}".strip()):
            if line:
                address.append(e(line))
        if customer.country and customer.country != "DE":
            address.append(e(customers.countries().get(customer.country, customer.country)))
        if customer.archived_at is not None:
            address.append(f"<i>{label['archived']}</i>")

        contact_lines: list[str] = []
        for position, target in enumerate(targets):
            if target.contact_person_id is not None or target.kind == TargetKind.MAP:
                continue
            link = f'<a href="reach:{position}">{e(target.shown)}</a>'
            contact_lines.append(f"{e(target.label)}: {link}")
        map_link = next(
            (i for i, target in enumerate(targets) if target.kind == TargetKind.MAP), None
        )
        if map_link is not None:
            contact_lines.append(f'<a href="reach:{map_link}">{label["map"]}</a>')

        facts = [f"{label['number']}: {e(customer.number)}"]
        if customer.groups:
            names = ", ".join(g.name for g in customer.groups)
            facts.append(f"{label['groups']}: {e(names)}")
        main = next((p for p in customer.contact_persons if p.is_main), None)
        if main is not None:
            facts.append(f"{label['main']}: {e(main.display_name)}")
        stamp = format_datetime_de(customer.last_processed_at)
        facts.append(f"{label['last_processed']}: {e(stamp)}")
        cells = "".join(
            f'<td valign="top" style="padding-right: 28px">{"<br>".join(part)}</td>'
            for part in (address, contact_lines, facts)
            if part
        )
        remark = ""
        if customer.remark:
            remark = f"<p>{e(customer.remark).replace(chr(10), '<br>')}</p>"
        return f"<table><tr>{cells}</tr></table>{remark}"

    # --- column layout ------------------------------------------------------------------------

    def _stored_columns(self) -> list[dict[str, Any]]:
        raw = self.settings.value(COLUMNS, "")
        try:
            entries = json.loads(str(raw)) if raw else []
        except ValueError:
            return []
        return [e for e in entries if isinstance(e, dict) and isinstance(e.get("key"), str)]

    def apply_column_layout(self) -> None:
        """Order, widths and shown columns as stored (custom fields hidden unless chosen)."""
        header = self.customer_view.horizontalHeader()
        columns = self.model.columns
        if header.count() != len(columns):
            return
        stored = {e["key"]: e for e in self._stored_columns()}
        visual = 0
        for key in [e["key"] for e in self._stored_columns()]:
            logical = self.model.column_of(key)
            if logical is None:
                continue
            header.moveSection(header.visualIndex(logical), visual)
            visual += 1
        for logical, column in enumerate(columns):
            entry = stored.get(column.key, {})
            width = entry.get("width")
            default = DEFAULT_WIDTHS.get(column.key, CUSTOM_WIDTH)
            header.resizeSection(logical, int(width) if isinstance(width, int) else default)
            hidden = entry.get("hidden", column.is_custom or column.optional)
            header.setSectionHidden(logical, bool(hidden))
        sort_column = self.model.column_of(self.model.query.sort)
        if sort_column is not None:
            order = (
                Qt.SortOrder.DescendingOrder
                if self.model.query.descending
                else Qt.SortOrder.AscendingOrder
            )
            header.setSortIndicator(sort_column, order)
        self._fetch_shown_custom_fields()

    def _fetch_shown_custom_fields(self) -> None:
        header = self.customer_view.horizontalHeader()
        self.model.set_wanted_custom_slots(
            column.slot
            for logical, column in enumerate(self.model.columns)
            if column.slot is not None and not header.isSectionHidden(logical)
        )
        self.model.set_wanted_money(
            any(
                column.optional and not header.isSectionHidden(logical)
                for logical, column in enumerate(self.model.columns)
            )
        )

    def save_column_layout(self) -> None:
        header = self.customer_view.horizontalHeader()
        columns = self.model.columns
        if header.count() != len(columns) or not columns:
            return
        previous = {e["key"]: e for e in self._stored_columns()}
        entries = []
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            key = columns[logical].key
            hidden = header.isSectionHidden(logical)
            width = previous.get(key, {}).get("width") if hidden else header.sectionSize(logical)
            entries.append({"key": key, "width": width, "hidden": hidden})
        shown = {e["key"] for e in entries}
        entries += [e for key, e in previous.items() if key not in shown]  # fields gone for now
        self.settings.setValue(COLUMNS, json.dumps(entries))
        self.settings.setValue(SORT, self.model.query.sort)
        self.settings.setValue(DESCENDING, self.model.query.descending)

    def column_shown(self, key: str) -> bool:
        logical = self.model.column_of(key)
        if logical is None:
            return False
        return not self.customer_view.horizontalHeader().isSectionHidden(logical)

    def set_column_shown(self, key: str, shown: bool) -> None:
        logical = self.model.column_of(key)
        if logical is None:
            return
        header = self.customer_view.horizontalHeader()
        if not shown and header.count() - header.hiddenSectionCount() <= 1:
            return  # the last column stays
        header.setSectionHidden(logical, not shown)
        if shown and header.sectionSize(logical) < 20:
            header.resizeSection(logical, DEFAULT_WIDTHS.get(key, CUSTOM_WIDTH))
        self._fetch_shown_custom_fields()
        self.save_column_layout()

    def column_menu(self) -> QMenu:
        """The header's context menu: a check box per column."""
        menu = header_column_menu(
            parent=self,
            header=self.customer_view.horizontalHeader(),
            columns=[(c.key, c.title) for c in self.model.columns],
            set_shown=self.set_column_shown,
        )
        menu.addSeparator()
        menu.addAction(self.columns_action)
        return menu

    def _header_menu_requested(self, point: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.customer_view.horizontalHeader().mapToGlobal(point))
        menu.deleteLater()

    def choose_columns(self) -> None:
        header = self.customer_view.horizontalHeader()
        columns = [
            (self.model.columns[header.logicalIndex(v)], False) for v in range(header.count())
        ]
        dialog = ColumnsDialog(
            columns=[(c, self.column_shown(c.key)) for c, _ in columns], parent=self
        )
        if self.host.run_dialog(dialog):
            shown = dialog.shown_keys()
            if shown:
                for column, _ in columns:
                    self.set_column_shown(column.key, column.key in shown)
        dialog.deleteLater()

    # --- context menu -------------------------------------------------------------------------

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("context_menu")
        routed = self.host.routed
        menu.addAction(routed.open)
        menu.addAction(routed.new)
        menu.addAction(self.new_entry_action)
        if self.selected_customer_id() is not None:
            menu.addMenu(self.new_sales_menu)
            menu.addAction(self.write_letter_action)
            menu.addAction(self.write_mail_action)
        menu.addAction(self.serial_letter_action)
        menu.addAction(self.serial_mail_action)
        self._add_reach_actions(menu)
        menu.addSeparator()
        menu.addAction(routed.delete)
        if self._selected_is_archived():
            menu.addAction(self.restore_action)
        menu.addSeparator()
        menu.addAction(routed.refresh)
        return menu

    def _add_reach_actions(self, menu: QMenu) -> None:
        """E-Mail schreiben, Anrufen, Website, Karte for the selected customer and its contacts."""
        customer_id = self.selected_customer_id()
        if customer_id is None:
            return
        try:
            with self.database.sessions() as session:
                customer = customers.get_customer(session, customer_id)
                targets = contact.reach_targets(
                    customer, region=company_settings.phone_region(session)
                )
        except NotFound:
            return
        if not targets:
            return
        menu.addSeparator()
        submenus = {
            TargetKind.EMAIL: (self.tr("Write e-mail"), "mail"),
            TargetKind.PHONE: (self.tr("Call"), "phone"),
        }

        def add(parent: QMenu, text: str, target: ReachTarget, name: str = "") -> QAction:
            action = QAction(text, parent)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False: self.reach(customer_id, target))
            parent.addAction(action)
            return action

        for kind, (title, icon_name) in submenus.items():
            mine = [t for t in targets if t.kind == kind]
            if not mine:
                continue
            submenu = menu.addMenu(icon(icon_name), title)
            submenu.setObjectName(f"reach_{kind.value}_menu")
            for target in mine:
                add(submenu, f"{target.label}: {target.shown}".replace("&", "&&"), target)
        for target in targets:
            if target.kind == TargetKind.WEBSITE:
                add(menu, self.tr("Open website"), target, "reach_website_action").setIcon(
                    icon("web")
                )
            elif target.kind == TargetKind.MAP:
                text = self.tr("Show on map (OpenStreetMap)")
                add(menu, text, target, "reach_map_action").setIcon(icon("map"))

    def _context_menu_requested(self, point: QPoint) -> None:
        index = self.customer_view.indexAt(point)
        if index.isValid():
            self._select_row(index.row(), column=index.column())
        menu = self.context_menu()
        menu.exec(self.customer_view.viewport().mapToGlobal(point))
        menu.deleteLater()

    def create_entry_dialog(self, customer_id: int) -> QDialog:
        from meinbuero.gui.dialogs.entry_dialog import EntryDialog

        return EntryDialog(
            database=self.database,
            signals=self.signals,
            settings=self.settings,
            customer_id=customer_id,
            parent=self,
        )

    def new_entry(self) -> QDialog | None:
        """F10: an event, task or appointment for the selected customer."""
        customer_id = self.selected_customer_id()
        if customer_id is None:
            return None
        dialog = self.create_entry_dialog(customer_id)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.show()
        return dialog

    def open_selected(self) -> None:
        customer_id = self.selected_customer_id()
        if customer_id is not None:
            self.host.open_customer(customer_id)

    # --- delete, archive, restore -------------------------------------------------------------

    def ask_remove(self, text: str, *, archive: bool) -> bool:
        """Ask before removing; tests answer instead of the user."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete customer"), text, parent=self)
        if archive:
            box.setWindowTitle(self.tr("Archive customer"))
        yes = box.addButton(
            self.tr("Archive") if archive else self.tr("Delete"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        no = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(yes if archive else no)
        box.exec()
        return box.clickedButton() is yes

    def remove_selected(self) -> None:
        """Del: delete a customer with nothing attached, archive one that has (after asking)."""
        customer_id = self.selected_customer_id()
        if customer_id is None:
            return
        row = self.customer_view.currentIndex().row()
        try:
            with self.database.sessions() as session:
                customer = customers.get_customer(session, customer_id)
                label = f"{customer.number} – {customer.display_name}"
                attached = customers.has_attachments(session, customer_id)
                archived = customer.archived_at is not None
        except NotFound:
            self.reload()
            return
        if attached and archived:
            self.host.inform(
                self.tr(
                    "{customer} is already archived. It has contact persons, notes or other data"
                    " and is therefore kept in the archive, not deleted."
                ).format(customer=label)
            )
            return
        if attached:
            question = self.tr(
                "{customer} has contact persons, notes or other data and is therefore archived,"
                " not deleted. It no longer appears in the list but can be restored at any time"
                " (View > Show archived).\n\nArchive the customer?"
            ).format(customer=label)
        else:
            question = self.tr(
                "Delete {customer}?\n\nNothing is attached to this customer; it will be deleted"
                " permanently."
            ).format(customer=label)
        if not self.ask_remove(question, archive=attached):
            return
        try:
            with self.database.sessions.begin() as session:
                result = customers.remove_customer(session, customer_id)
        except (NotFound, Refused) as error:
            self.host.inform(str(error))
            self.reload()
            return
        self.signals.customer_changed.emit(customer_id)
        if self.selected_customer_id() != customer_id:
            self._select_row(row)
        message = (
            self.tr("{customer} was archived.")
            if result is Removal.ARCHIVED
            else self.tr("{customer} was deleted.")
        )
        self.host.show_message(message.format(customer=label))

    def restore_selected(self) -> None:
        customer_id = self.selected_customer_id()
        if customer_id is None or not self._selected_is_archived():
            return
        try:
            with self.database.sessions.begin() as session:
                customers.restore_customer(session, customer_id)
        except NotFound:
            self.reload()
            return
        self.signals.customer_changed.emit(customer_id)


def first_steps_html() -> str:
    """What the empty list of a new company suggests, with links to each step."""
    translate = QCoreApplication.translate
    steps = [
        (
            "new",
            translate("CustomersArea", "Create your first customer"),
            translate("CustomersArea", "Ctrl+N"),
        ),
        (
            "import",
            translate("CustomersArea", "Import customers…"),
            translate("CustomersArea", "from Excel, Outlook, CSV or vCard"),
        ),
        (
            "company",
            translate("CustomersArea", "Fill in Meine Firma"),
            translate(
                "CustomersArea", "your address, tax number and bank for letters and invoices"
            ),
        ),
    ]
    lines = "".join(
        f"<li style='margin-bottom: 8px'><a href='{link}'>{html.escape(text)}</a>"
        f" – {html.escape(note)}</li>"
        for link, text, note in steps
    )
    heading = translate("CustomersArea", "No customers yet. What would you like to do first?")
    handbook = translate("CustomersArea", "First steps in the handbook")
    return (
        f"<h3 align='center'>{html.escape(heading)}</h3>"
        f"<table align='center'><tr><td><ol>{lines}</ol>"
        f"<p><a href='help'>{html.escape(handbook)}</a> (F1)</p></td></tr></table>"
    )


def count_text(shown: int, total: int) -> str:
    """The status bar's count: "123 von 5.000 Kunden"."""
    locale = QLocale()
    return QCoreApplication.translate("MainWindow", "{shown} of {total} customers").format(
        shown=locale.toString(shown), total=locale.toString(total)
    )


def _as_bool(value: object) -> bool:
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return bool(value)


__all__ = ["ColumnsDialog", "CustomersArea", "count_text"]
