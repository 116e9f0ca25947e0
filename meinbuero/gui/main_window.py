"""The main window: menu bar, toolbar, the customer list with search and filters, status bar.

The list is a :class:`~meinbuero.gui.models.customer_table.CustomerTableModel` (ids from SQL,
rows fetched lazily); below it a short preview of the selected customer. The details window
(``CustomerDialog``) and the settings (``SettingsDialog``) are imported when first opened.
Everything the user arranges — window, toolbar, columns (order, widths, shown), sort order and
the splitter — is kept in the QSettings handed in.
"""

from __future__ import annotations

import html
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from meinbuero import __version__
from meinbuero.domain.values import format_datetime_de
from meinbuero.gui import start
from meinbuero.gui.calendar_export import CalendarExporter
from meinbuero.gui.contact import ContactLauncher
from meinbuero.gui.icons import app_icon, icon
from meinbuero.gui.models.customer_table import (
    ARCHIVED_ROLE,
    ID_ROLE,
    Column,
    CustomerTableModel,
)
from meinbuero.gui.signals import DataSignals
from meinbuero.paths import user_data_dir
from meinbuero.services import contact, customers
from meinbuero.services import settings as company_settings
from meinbuero.services.contact import ReachTarget, TargetKind
from meinbuero.services.customers import Removal
from meinbuero.services.errors import NotFound, Refused
from meinbuero.store.database import CompanyFileError, Database
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
}
CUSTOM_WIDTH = 120

# QSettings keys
GEOMETRY = "main_window/geometry"
STATE = "main_window/state"
SPLITTER = "main_window/splitter"
COLUMNS = "customer_list/columns"
SORT = "customer_list/sort"
DESCENDING = "customer_list/descending"


class SearchField(QLineEdit):
    """The search field: Esc clears it, Down and Enter go to the list."""

    to_list = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.to_list.emit()
            return
        super().keyPressEvent(event)


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


class MainWindow(QMainWindow):
    """The main window of one company file."""

    #: Datei > Neue Firma / Firma öffnen / Zuletzt verwendet: (file, made just now).
    open_company_requested = Signal(str, bool)
    #: The window was closed (the company file can be closed).
    closed = Signal()

    def __init__(
        self,
        *,
        database: Database,
        signals: DataSignals,
        settings: QSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.signals = signals
        self.settings = settings
        self._dialogs: list[QDialog] = []
        self._settings_dialog: QDialog | None = None
        self._due_dialog: QDialog | None = None
        self._reset_selected: int | None = None
        self._reset_column = 0
        self.setObjectName("main_window")
        self.setWindowIcon(app_icon())

        self.model = CustomerTableModel(
            database=database,
            query=ListQuery(
                sort=str(settings.value(SORT, "name")),
                descending=_as_bool(settings.value(DESCENDING, False)),
            ),
            parent=self,
        )
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_central()
        self._build_status_bar()

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
            database=database, signals=signals, parent_widget=self
        )
        self.calendar_exporter = CalendarExporter(database=database, parent_widget=self)
        self._preview_customer: int | None = None
        self._preview_targets: list[ReachTarget] = []
        signals.customer_changed.connect(self._customer_changed)
        signals.customers_changed.connect(self.reload)
        signals.settings_changed.connect(self._settings_changed)

        self._load_company()
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
        self._restore_window()
        self._select_row(0)
        self._update_status()
        self._update_actions()
        self.customer_view.setFocus()

    # --- building -----------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Any,
        *,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
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
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.new_company_action = a(
            self.tr("New company…"), self.new_company, name="new_company_action"
        )
        self.open_company_action = a(
            self.tr("Open company…"),
            self.open_company_file,
            shortcut=QKeySequence.StandardKey.Open,
            icon_name="company-open",
            name="open_company_action",
        )
        self.quit_action = a(self.tr("Exit"), self.close, name="quit_action")
        self.new_customer_action = a(
            self.tr("New customer"),
            lambda: self.open_customer(None),
            shortcut="Ctrl+N",
            icon_name="customer-new",
            name="new_customer_action",
        )
        self.edit_customer_action = a(
            self.tr("Edit customer"),
            self.open_selected,
            shortcut="F2",
            icon_name="customer-edit",
            name="edit_customer_action",
        )
        self.new_entry_action = a(
            self.tr("New…"),
            self.new_entry,
            shortcut="F10",
            icon_name="entry-new",
            name="new_entry_action",
        )
        self.new_entry_action.setToolTip(
            self.tr("New event, task or appointment for the selected customer (F10)")
        )
        self.remove_action = a(
            self.tr("Delete/archive…"),
            self.remove_selected,
            shortcut=QKeySequence.StandardKey.Delete,
            icon_name="customer-delete",
            name="remove_action",
        )
        self.restore_action = a(
            self.tr("Restore"),
            self.restore_selected,
            icon_name="customer-restore",
            name="restore_action",
        )
        self.find_action = a(
            self.tr("Search"),
            self.focus_search,
            shortcut="Ctrl+F",
            icon_name="search",
            name="find_action",
        )
        self.show_archived_action = QAction(self.tr("Show archived"), self)
        self.show_archived_action.setObjectName("show_archived_action")
        self.show_archived_action.setCheckable(True)
        self.columns_action = a(
            self.tr("Columns…"),
            self.choose_columns,
            icon_name="columns",
            name="columns_action",
        )
        self.refresh_action = a(
            self.tr("Refresh"),
            self.reload,
            shortcut="F5",
            icon_name="refresh",
            name="refresh_action",
        )
        self.customers_action = a(
            self.tr("Customers"), self.show_customers, name="customers_action"
        )
        self.company_action = a(
            self.tr("Meine Firma…"),
            lambda: self.open_settings("company"),
            icon_name="company",
            name="company_action",
        )
        self.custom_fields_action = a(
            self.tr("Custom fields…"),
            lambda: self.open_settings("custom_fields"),
            name="custom_fields_action",
        )
        self.groups_action = a(
            self.tr("Customer groups…"),
            lambda: self.open_settings("groups"),
            name="groups_action",
        )
        self.number_ranges_action = a(
            self.tr("Number ranges…"),
            lambda: self.open_settings("number_ranges"),
            name="number_ranges_action",
        )
        self.event_types_action = a(
            self.tr("Event types…"),
            lambda: self.open_settings("event_types"),
            name="event_types_action",
        )
        self.document_categories_action = a(
            self.tr("Document categories…"),
            lambda: self.open_settings("document_categories"),
            name="document_categories_action",
        )
        self.history_settings_action = a(
            self.tr("History settings…"),
            lambda: self.open_settings("history"),
            name="history_settings_action",
        )
        self.settings_action = a(
            self.tr("Settings…"),
            lambda: self.open_settings("company"),
            icon_name="settings",
            name="settings_action",
        )
        self.about_action = a(self.tr("About meinbuero…"), self.show_about, name="about_action")
        self.due_action = a(
            self.tr("Follow-ups…"),
            self.show_due,
            shortcut="F9",
            name="due_action",
        )
        self.export_customers_action = a(
            self.tr("Export…"), self.export_customers, name="export_customers_action"
        )
        self.import_action = a(self.tr("Import…"), self.import_customers, name="import_action")
        self.export_calendar_action = a(
            self.tr("Export calendar…"),
            self.export_calendar,
            name="export_calendar_action",
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_company_action)
        file_menu.addAction(self.open_company_action)
        self.recent_menu = file_menu.addMenu(self.tr("Recently used"))
        self.recent_menu.setObjectName("recent_menu")
        self.recent_menu.aboutToShow.connect(self.fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_customers_action)
        file_menu.addAction(self.export_calendar_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.new_customer_action)
        edit_menu.addAction(self.edit_customer_action)
        edit_menu.addAction(self.new_entry_action)
        edit_menu.addAction(self.remove_action)
        edit_menu.addAction(self.restore_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.show_archived_action)
        view_menu.addAction(self.columns_action)
        view_menu.addSeparator()
        view_menu.addAction(self.due_action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)

        data_menu = bar.addMenu(self.tr("&Master data"))
        data_menu.addAction(self.customers_action)
        data_menu.addSeparator()
        data_menu.addAction(self.company_action)
        data_menu.addAction(self.custom_fields_action)
        data_menu.addAction(self.groups_action)
        data_menu.addAction(self.number_ranges_action)
        small = data_menu.addMenu(self.tr("Small master data"))
        small.setObjectName("small_master_data_menu")
        small.addAction(self.event_types_action)
        small.addAction(self.document_categories_action)

        extras_menu = bar.addMenu(self.tr("E&xtras"))
        extras_menu.addAction(self.settings_action)
        extras_menu.addAction(self.history_settings_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Toolbar"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        toolbar.setMovable(False)
        for action in (
            self.new_customer_action,
            self.edit_customer_action,
            self.new_entry_action,
            self.remove_action,
            self.restore_action,
        ):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)
        toolbar.addSeparator()
        toolbar.addAction(self.company_action)
        toolbar.addAction(self.settings_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    def _build_central(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)

        filters = QHBoxLayout()
        self.search_field = SearchField()
        self.search_field.setObjectName("search_field")
        self.search_field.setPlaceholderText(
            self.tr("Search: number, name, city, phone, e-mail… (Ctrl+F)")
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search_field.setMinimumWidth(320)
        self.search_field.to_list.connect(self._search_to_list)
        filters.addWidget(self.search_field, 3)
        group_label = QLabel(self.tr("Group:"))
        filters.addWidget(group_label)
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("group_combo")
        self.group_combo.setMinimumWidth(160)
        group_label.setBuddy(self.group_combo)
        filters.addWidget(self.group_combo, 1)
        self.archived_check = QCheckBox(self.tr("Show archived"))
        self.archived_check.setObjectName("archived_check")
        filters.addWidget(self.archived_check)
        filters.addStretch(0)
        layout.addLayout(filters)

        self.customer_view = QTableView()
        self.customer_view.setObjectName("customer_view")
        view = self.customer_view
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        view.setTabKeyNavigation(False)
        view.verticalHeader().hide()
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSortIndicatorShown(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu_requested)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu_requested)
        view.doubleClicked.connect(lambda index: self.open_customer(self._id_at(index)))
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_selected)

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
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(True)
        self.splitter.setSizes([520, 150])
        layout.addWidget(self.splitter)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        self.company_label = QLabel()
        self.company_label.setObjectName("company_label")
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.statusBar().addWidget(self.company_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)

    # --- company, groups, status --------------------------------------------------------------

    def _load_company(self) -> None:
        with self.database.sessions() as session:
            name = company_settings.company(session).name
            session.rollback()  # a new file's empty row is made again when someone saves
        self.company_name = name.strip() or self.database.path.stem
        self.setWindowTitle(self.tr("{company} – meinbuero").format(company=self.company_name))
        self.company_label.setText(self.company_name)
        self.company_label.setToolTip(str(self.database.path))

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
        self.count_label.setText(count_text(self.model.rowCount(), self.model.total))

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

    def show_customers(self) -> None:
        self.customer_view.setFocus()

    # --- the list -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read everything again: company name, groups, columns, the list (F5)."""
        self._load_company()
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
        self.edit_customer_action.setEnabled(has)
        self.new_entry_action.setEnabled(has)
        self.remove_action.setEnabled(has)
        self.restore_action.setEnabled(archived)

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
            hidden = entry.get("hidden", column.is_custom)
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
        menu = QMenu(self)
        menu.setObjectName("column_menu")
        header = self.customer_view.horizontalHeader()
        visible = header.count() - header.hiddenSectionCount()
        for visual in range(header.count()):
            column = self.model.columns[header.logicalIndex(visual)]
            action = menu.addAction(column.title)
            action.setObjectName(f"column_{column.key}")
            action.setCheckable(True)
            action.setChecked(self.column_shown(column.key))
            action.setEnabled(not (action.isChecked() and visible <= 1))
            action.toggled.connect(
                lambda checked, key=column.key: self.set_column_shown(key, checked)
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
        if self.run_dialog(dialog):
            shown = dialog.shown_keys()
            if shown:
                for column, _ in columns:
                    self.set_column_shown(column.key, column.key in shown)
        dialog.deleteLater()

    def run_dialog(self, dialog: QDialog) -> bool:
        """Run a modal dialog; tests work it instead of the user."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    # --- context menu -------------------------------------------------------------------------

    def context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("context_menu")
        menu.addAction(self.edit_customer_action)
        menu.addAction(self.new_customer_action)
        menu.addAction(self.new_entry_action)
        self._add_reach_actions(menu)
        menu.addSeparator()
        menu.addAction(self.remove_action)
        if self._selected_is_archived():
            menu.addAction(self.restore_action)
        menu.addSeparator()
        menu.addAction(self.refresh_action)
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

    # --- details window and settings ----------------------------------------------------------

    def create_customer_dialog(self, customer_id: int | None) -> QDialog:
        from meinbuero.gui.dialogs.customer_dialog import CustomerDialog

        return CustomerDialog(
            database=self.database,
            signals=self.signals,
            settings=self.settings,
            customer_id=customer_id,
            parent=self,
        )

    @property
    def open_dialogs(self) -> list[QDialog]:
        return list(self._dialogs)

    def open_customer(self, customer_id: int | None) -> QDialog | None:
        """The details window of a customer (``None``: a new one); an open one comes forward."""
        if customer_id is not None:
            for dialog in self._dialogs:
                if getattr(dialog, "customer_id", None) == customer_id:
                    _bring_forward(dialog)
                    return dialog
        dialog = self.create_customer_dialog(customer_id)
        self._dialogs.append(dialog)
        dialog.finished.connect(lambda _result, dialog=dialog: self._dialog_finished(dialog))
        dialog.show()
        return dialog

    def _dialog_finished(self, dialog: QDialog) -> None:
        if dialog in self._dialogs:
            self._dialogs.remove(dialog)
        saved = getattr(dialog, "customer_id", None)
        dialog.deleteLater()
        if saved is not None and self.selected_customer_id() != saved:
            self.select_customer(saved)

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
            self.open_customer(customer_id)

    def create_settings_dialog(self, page: str) -> QDialog:
        from meinbuero.gui.dialogs.settings_dialog import SettingsDialog

        return SettingsDialog(
            database=self.database,
            signals=self.signals,
            settings=self.settings,
            page=page,
            parent=self,
        )

    def open_settings(self, page: str = "company") -> QDialog:
        """Extras > Einstellungen and Stammdaten: the settings at ``page`` (one dialog only)."""
        dialog = self._settings_dialog
        if dialog is not None:
            select_page = getattr(dialog, "select_page", None)
            if select_page is not None:
                select_page(page)
            _bring_forward(dialog)
            return dialog
        dialog = self.create_settings_dialog(page)
        self._settings_dialog = dialog
        dialog.finished.connect(lambda _result, dialog=dialog: self._settings_finished(dialog))
        dialog.open()
        return dialog

    def _settings_finished(self, dialog: QDialog) -> None:
        if self._settings_dialog is dialog:
            self._settings_dialog = None
        dialog.deleteLater()

    # --- Wiedervorlage and calendar -----------------------------------------------------------

    def create_due_dialog(self) -> QDialog:
        from meinbuero.gui.dialogs.due_dialog import DueDialog

        dialog = DueDialog(
            database=self.database, signals=self.signals, settings=self.settings, parent=self
        )
        dialog.open_customer_requested.connect(self.open_customer)
        return dialog

    @property
    def due_dialog(self) -> QDialog | None:
        """The Wiedervorlage window while it is open."""
        return self._due_dialog

    def _keep_due_dialog(self, dialog: QDialog) -> QDialog:
        self._due_dialog = dialog
        dialog.finished.connect(lambda _result, dialog=dialog: self._due_finished(dialog))
        dialog.show()
        return dialog

    def show_due(self) -> QDialog:
        """Ansicht > Wiedervorlage (F9): the due list, non-modal (an open one comes forward)."""
        if self._due_dialog is not None:
            reload = getattr(self._due_dialog, "reload", None)
            if reload is not None:
                reload()
            _bring_forward(self._due_dialog)
            return self._due_dialog
        return self._keep_due_dialog(self.create_due_dialog())

    def show_due_on_start(self) -> QDialog | None:
        """After start: the due list when "Beim Start anzeigen" is on and something is due."""
        from meinbuero.gui.dialogs.due_dialog import show_on_start

        if self._due_dialog is not None or not show_on_start(self.settings):
            return None
        dialog = self.create_due_dialog()
        model = getattr(dialog, "model", None)
        if model is None or model.rowCount() == 0:
            dialog.deleteLater()
            return None
        return self._keep_due_dialog(dialog)

    def _due_finished(self, dialog: QDialog) -> None:
        if self._due_dialog is dialog:
            self._due_dialog = None
        dialog.deleteLater()

    def import_customers(self) -> None:
        """Datei > Importieren…: the import wizard (it tells the lists to reload)."""
        from meinbuero.gui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(database=self.database, signals=self.signals, parent=self)
        try:
            self.run_dialog(wizard)
        finally:
            wizard.deleteLater()

    def export_calendar(self) -> Path | None:
        """Datei > Kalender exportieren: appointments and tasks of all customers in a period."""
        return self.calendar_exporter.export()

    def export_customers(self) -> None:
        """Datei > Exportieren…: the customers of the list (or all) to Excel, CSV or vCard."""
        from meinbuero.gui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(
            database=self.database, shown_ids=self.model.ids, settings=self.settings, parent=self
        )
        try:
            self.run_dialog(dialog)
        finally:
            dialog.deleteLater()

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

    def inform(self, text: str) -> None:
        """Tell the user something; tests read it instead."""
        QMessageBox.information(self, self.tr("meinbuero"), text)

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
            self.inform(
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
            self.inform(str(error))
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
        self.statusBar().showMessage(message.format(customer=label), 5000)

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

    # --- Datei --------------------------------------------------------------------------------

    def ask_company_name(self) -> str | None:
        return start.ask_company_name(self)

    def ask_new_company_file(self, suggested: Path) -> Path | None:
        return start.ask_new_company_file(self, suggested)

    def ask_open_company_file(self) -> Path | None:
        return start.ask_open_company_file(self)

    def new_company(self) -> None:
        name = self.ask_company_name()
        if name is None:
            return
        folder = self.database.path.parent if self.database.path.parent.exists() else None
        suggested = start.unused_file(folder or user_data_dir(), start.file_stem(name))
        path = self.ask_new_company_file(suggested)
        if path is None:
            return
        try:
            start.create_empty_company(path, name)
        except CompanyFileError as error:
            self.inform(str(error))
            return
        self.open_company_requested.emit(str(path), True)

    def open_company_file(self) -> None:
        path = self.ask_open_company_file()
        if path is not None:
            self.open_company_requested.emit(str(path), False)

    def fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = start.recent_files(self.settings)
        for number, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.stem}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            if path.absolute() == self.database.path:
                action.setCheckable(True)
                action.setChecked(True)
            action.triggered.connect(
                lambda _checked=False, path=path: self.open_company_requested.emit(str(path), False)
            )
        if not files:
            empty = self.recent_menu.addAction(self.tr("(none)"))
            empty.setEnabled(False)

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About meinbuero"),
            self.tr(
                "<h3>meinbuero {version}</h3><p>Customers, contacts and notes of your"
                " business.</p><p>Company file: {path}</p>"
            ).format(version=__version__, path=html.escape(str(self.database.path))),
        )

    # --- window -------------------------------------------------------------------------------

    def bring_to_front(self) -> None:
        _bring_forward(self)

    def _restore_window(self) -> None:
        geometry = self.settings.value(GEOMETRY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            # First start: most of the screen, centred.
            screen = self.screen().availableGeometry()
            width = min(1280, int(screen.width() * 0.92))
            height = min(820, int(screen.height() * 0.92))
            self.resize(width, height)
            self.move(
                screen.x() + (screen.width() - width) // 2,
                screen.y() + (screen.height() - height) // 2,
            )
        state = self.settings.value(STATE)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        splitter = self.settings.value(SPLITTER)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)

    def save_window_state(self) -> None:
        self.settings.setValue(GEOMETRY, self.saveGeometry())
        self.settings.setValue(STATE, self.saveState())
        self.settings.setValue(SPLITTER, self.splitter.saveState())
        self.save_column_layout()
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        # Details windows first: each may ask about unsaved changes and refuse.
        for dialog in list(self._dialogs):
            if not dialog.close():
                event.ignore()
                return
        if self._settings_dialog is not None and not self._settings_dialog.close():
            event.ignore()
            return
        self.save_window_state()
        event.accept()
        self.closed.emit()


def count_text(shown: int, total: int) -> str:
    """The status bar's count: "123 von 5.000 Kunden"."""
    locale = QLocale()
    return QCoreApplication.translate("MainWindow", "{shown} of {total} customers").format(
        shown=locale.toString(shown), total=locale.toString(total)
    )


def _bring_forward(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def _as_bool(value: object) -> bool:
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return bool(value)


__all__ = ["ColumnsDialog", "MainWindow", "SearchField", "count_text"]
