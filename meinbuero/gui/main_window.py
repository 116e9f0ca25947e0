"""The main window: a shell of menus, toolbar, a navigation pane, the work areas, a status bar.

Each work area (customers, articles, every kind of sales document) is a widget of
:mod:`meinbuero.gui.areas`, made the first time it is shown. The shell is the one place that
knows them all: it lists them in the navigation, routes Ctrl+N, F2, Del, F5 and Ctrl+F to the
current one, shows its status text and its own actions in the menus and the toolbar, and keeps
the windows that outlive an area (customer details, settings, follow-ups). Window, toolbar,
navigation width and the last area shown are kept in the QSettings handed in; each area keeps
its own layout under its key.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QByteArray, QSettings, Qt, QThread, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from meinbuero.gui import start
from meinbuero.gui.areas.base import Area, RoutedActions
from meinbuero.gui.areas.customers import CustomersArea
from meinbuero.gui.calendar_export import CalendarExporter
from meinbuero.gui.icons import app_icon, icon
from meinbuero.gui.signals import DataSignals
from meinbuero.gui.windows import manage
from meinbuero.paths import user_data_dir
from meinbuero.services import backup_settings
from meinbuero.services import settings as company_settings
from meinbuero.services.backup_settings import BackupState, State
from meinbuero.services.errors import Refused
from meinbuero.store.database import CompanyFileError, Database

# QSettings keys
GEOMETRY = "main_window/geometry"
STATE = "main_window/state"
NAVIGATION_SPLITTER = "main_window/navigation"
AREA = "main_window/area"
NAVIGATION_SHOWN = "main_window/navigation_shown"

#: The kinds of sales documents that have an area of their own, in the navigation's order.
SALES_KINDS = ("quote", "order_confirmation", "delivery_note", "invoice")
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class AreaEntry:
    """One work area as the navigation lists it."""

    key: str
    title: str
    group: str  # the navigation's group ("" : at the top)
    make: Callable[[MainWindow], Area]


def _make_customers(host: MainWindow) -> Area:
    return CustomersArea(host=host)


def _make_articles(host: MainWindow) -> Area:
    from meinbuero.gui.areas.articles import ArticlesArea

    return ArticlesArea(host=host)


def _make_sales(host: MainWindow, *, kind: str) -> Area:
    from meinbuero.gui.areas.sales import SalesArea

    return SalesArea(kind=kind, host=host)


def _make_letters(host: MainWindow) -> Area:
    from meinbuero.gui.areas.letters import LettersArea

    return LettersArea(host=host)


def _make_dunning(host: MainWindow) -> Area:
    from meinbuero.gui.areas.dunning import DunningArea

    return DunningArea(host=host)


def _make_open_items(host: MainWindow) -> Area:
    from meinbuero.gui.areas.open_items import OpenItemsArea

    return OpenItemsArea(host=host)


def _empty(widget: QWidget) -> None:
    """Take every action off a menu or toolbar; only its own separators are deleted.

    (QMenu.clear() would delete a submenu's action an area keeps.)
    """
    for action in widget.actions():
        widget.removeAction(action)
        if action.isSeparator() and action.parent() is widget:
            action.deleteLater()


class BackupWarning(QLabel):
    """The status bar's warning about backups; a click opens Datei > Datensicherung…."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class MainWindow(QMainWindow):
    """The main window of one company file."""

    #: Datei > Neue Firma / Firma öffnen / Zuletzt verwendet: (file, made just now).
    open_company_requested = Signal(str, bool)
    #: A backup (path, password) to restore over this window's company: the launcher closes
    #: the window, restores and opens the company again.
    restore_over_requested = Signal(str, object)
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
        self._due_loader: QThread | None = None
        self._areas: dict[str, Area] = {}
        self._current: Area | None = None
        self.setObjectName("main_window")
        self.setWindowIcon(app_icon())

        self.entries = self._area_entries()
        self._build_actions()
        self._build_area_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_central()
        self._build_status_bar()
        self.calendar_exporter = CalendarExporter(database=database, parent_widget=self)
        signals.settings_changed.connect(self._load_company)

        self._load_company()
        self._restore_window()
        manage(self)
        keys = [entry.key for entry in self.entries]
        last = str(settings.value(AREA, "customers"))
        self.show_area(last if last in keys else "customers")

    # --- the areas ----------------------------------------------------------------------------

    def _area_entries(self) -> list[AreaEntry]:
        entries = [
            AreaEntry("customers", self.tr("Customers"), "", _make_customers),
            AreaEntry("articles", self.tr("Articles"), "master_data", _make_articles),
        ]
        titles = {
            "quote": self.tr("Quotes"),
            "order_confirmation": self.tr("Order confirmations"),
            "delivery_note": self.tr("Delivery notes"),
            "invoice": self.tr("Invoices"),
        }
        for kind in SALES_KINDS:
            entries.append(
                AreaEntry(f"sales_{kind}", titles[kind], "sales", partial(_make_sales, kind=kind))
            )
        entries.append(AreaEntry("letters", self.tr("Letters"), "correspondence", _make_letters))
        entries.append(AreaEntry("dunning", self.tr("Dunning"), "sales", _make_dunning))
        entries.append(AreaEntry("open_items", self.tr("Open items"), "finance", _make_open_items))
        return entries

    def area(self, key: str) -> Area:
        """The area ``key`` (made now if it was not shown yet)."""
        found = self._areas.get(key)
        if found is not None:
            return found
        entry = next(e for e in self.entries if e.key == key)
        area = entry.make(self)
        self._areas[key] = area
        self.stack.addWidget(area)
        area.status_changed.connect(lambda text, area=area: self._area_status(area, text))
        area.state_changed.connect(lambda area=area: self._area_state(area))
        return area

    @property
    def customers_area(self) -> CustomersArea:
        area = self.area("customers")
        assert isinstance(area, CustomersArea)
        return area

    @property
    def current_area(self) -> Area:
        assert self._current is not None
        return self._current

    @property
    def current_key(self) -> str:
        return self.current_area.key

    @property
    def area_keys(self) -> list[str]:
        return [entry.key for entry in self.entries]

    def show_area(self, key: str, *, focus: bool = True) -> Area:
        """Bring area ``key`` to the front: its actions in the menus, its text in the status;
        its list takes the keyboard (``focus``)."""
        area = self.area(key)
        if area is self._current:
            return area
        self._current = area
        self.stack.setCurrentWidget(area)
        item = self._nav_items.get(key)
        if item is not None and self.navigation.currentItem() is not item:
            self.navigation.setCurrentItem(item)
        for action in self._area_actions.values():
            action.setChecked(action.data() == key)
        self._fill_area_menus()
        self._fill_toolbar()
        texts = area.action_texts()
        self.new_action.setText(texts.new)
        self.new_action.setIcon(icon(texts.new_icon))
        self.open_action.setText(texts.open)
        self.open_action.setIcon(icon(texts.open_icon))
        self.delete_action.setText(texts.delete)
        self.delete_action.setIcon(icon(texts.delete_icon))
        self.count_label.setText(area.status_text())
        self._area_state(area)
        if focus:
            area.focus_list()
        return area

    def _area_status(self, area: Area, text: str) -> None:
        if area is self._current:
            self.count_label.setText(text)

    def _area_state(self, area: Area) -> None:
        if area is self._current:
            self.open_action.setEnabled(area.can_open())
            self.delete_action.setEnabled(area.can_delete())

    def _route(self, method: str) -> None:
        """Ctrl+N, F2, Del, Ctrl+F: what the current area does with them."""
        area = self.current_area
        if method == "new_item":
            area.new_item()
        elif method == "open_current" and area.can_open():
            area.open_current()
        elif method == "delete_current" and area.can_delete():
            area.delete_current()
        elif method == "focus_search":
            area.focus_search()

    def refresh(self) -> None:
        """F5: the company name and the current area read again."""
        self._load_company()
        self.current_area.refresh()

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
        self.new_action = a(
            self.tr("New customer"),
            lambda: self._route("new_item"),
            shortcut="Ctrl+N",
            icon_name="customer-new",
            name="new_action",
        )
        self.open_action = a(
            self.tr("Edit customer"),
            lambda: self._route("open_current"),
            shortcut="F2",
            icon_name="customer-edit",
            name="open_action",
        )
        self.delete_action = a(
            self.tr("Delete/archive…"),
            lambda: self._route("delete_current"),
            shortcut=QKeySequence.StandardKey.Delete,
            icon_name="customer-delete",
            name="delete_action",
        )
        self.find_action = a(
            self.tr("Search"),
            lambda: self._route("focus_search"),
            shortcut="Ctrl+F",
            icon_name="search",
            name="find_action",
        )
        self.refresh_action = a(
            self.tr("Refresh"),
            self.refresh,
            shortcut="F5",
            icon_name="refresh",
            name="refresh_action",
        )
        self.routed = RoutedActions(
            new=self.new_action,
            open=self.open_action,
            delete=self.delete_action,
            refresh=self.refresh_action,
            find=self.find_action,
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
        self.handbook_action = a(
            self.tr("Handbook"), self.show_handbook, shortcut="F1", name="handbook_action"
        )
        self.keys_help_action = a(
            self.tr("Keyboard shortcuts"), self.show_keys_help, name="keys_help_action"
        )
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
        self.open_einvoice_action = a(
            self.tr("Open e-invoice…"), self.open_einvoice, name="open_einvoice_action"
        )
        self.bank_import_action = a(
            self.tr("Import bank statement…"), self.import_bank_statement, name="bank_import_action"
        )
        self.backup_action = a(self.tr("Backup…"), self.open_backup, name="backup_action")
        self.export_calendar_action = a(
            self.tr("Export calendar…"),
            self.export_calendar,
            name="export_calendar_action",
        )

    def _build_area_actions(self) -> None:
        """One action per area (Stammdaten > Kunden, Verkauf > Rechnungen, …), Ctrl+1…9."""
        self._area_actions: dict[str, QAction] = {}
        for number, entry in enumerate(self.entries, start=1):
            action = self._action(
                entry.title,
                lambda key=entry.key: self.show_area(key),
                shortcut=f"Ctrl+{number}" if number <= 9 else None,
                name=f"{entry.key}_action",
            )
            action.setData(entry.key)
            action.setCheckable(True)
            self._area_actions[entry.key] = action
        self.customers_action = self._area_actions["customers"]

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
        file_menu.addAction(self.bank_import_action)
        file_menu.addAction(self.export_customers_action)
        file_menu.addAction(self.export_calendar_action)
        file_menu.addSeparator()
        file_menu.addAction(self.open_einvoice_action)
        file_menu.addSeparator()
        file_menu.addAction(self.backup_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.setObjectName("edit_menu")
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.view_menu.setObjectName("view_menu")

        data_menu = bar.addMenu(self.tr("&Master data"))
        for entry in self.entries:
            if entry.group in ("", "master_data"):
                data_menu.addAction(self._area_actions[entry.key])
        data_menu.addSeparator()
        data_menu.addAction(self.company_action)
        data_menu.addAction(self.custom_fields_action)
        data_menu.addAction(self.groups_action)
        data_menu.addAction(self.number_ranges_action)
        small = data_menu.addMenu(self.tr("Small master data"))
        small.setObjectName("small_master_data_menu")
        small.addAction(self.event_types_action)
        small.addAction(self.document_categories_action)

        sales = [e for e in self.entries if e.group == "sales"]
        self.sales_menu: QMenu | None = None
        if sales:
            self.sales_menu = bar.addMenu(self.tr("&Sales"))
            self.sales_menu.setObjectName("sales_menu")
            for entry in sales:
                self.sales_menu.addAction(self._area_actions[entry.key])

        correspondence_menu = bar.addMenu(self.tr("&Correspondence"))
        correspondence_menu.setObjectName("correspondence_menu")
        for entry in self.entries:
            if entry.group == "correspondence":
                correspondence_menu.addAction(self._area_actions[entry.key])
        self._build_finance_menu(bar)

        extras_menu = bar.addMenu(self.tr("E&xtras"))
        extras_menu.addAction(self.settings_action)
        extras_menu.addAction(self.history_settings_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("help_menu")
        help_menu.addAction(self.handbook_action)
        help_menu.addAction(self.keys_help_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _build_finance_menu(self, bar: QMenuBar) -> None:
        """Finanzen: the payment areas (Offene Posten, …), the exports for the tax adviser."""
        from meinbuero.gui.dialogs.finance_export_dialog import DATEV, REVENUE

        menu = bar.addMenu(self.tr("&Finance"))
        menu.setObjectName("finance_menu")
        for entry in (e for e in self.entries if e.group == "finance"):
            menu.addAction(self._area_actions[entry.key])
        menu.addSeparator()
        self.datev_action = menu.addAction(
            self.tr("DATEV export…"), lambda: self.open_finance_export(DATEV)
        )
        self.datev_action.setObjectName("datev_action")
        self.revenue_action = menu.addAction(
            self.tr("Revenue list…"), lambda: self.open_finance_export(REVENUE)
        )
        self.revenue_action.setObjectName("revenue_action")
        menu.addSeparator()
        menu.addAction(self.tr("Accounting settings…"), lambda: self.open_settings("accounting"))

    def open_finance_export(self, kind: str) -> QDialog:
        """The DATEV export or the Umsatzliste, for a period."""
        from meinbuero.gui.dialogs.finance_export_dialog import FinanceExportDialog

        dialog = FinanceExportDialog(database=self.database, kind=kind, parent=self)
        self.run_dialog(dialog)
        return dialog

    def _with_routed(self, own: list[QAction]) -> list[QAction]:
        """New, open, then the area's own actions, with Delete where the area put it among
        them (else right after open)."""
        if self.delete_action in own:
            return [self.new_action, self.open_action, *own]
        return [self.new_action, self.open_action, self.delete_action, *own]

    def _fill_area_menus(self) -> None:
        """Bearbeiten and Ansicht: the routed actions, then the current area's own."""
        area = self.current_area
        _empty(self.edit_menu)
        for action in self._with_routed(area.edit_actions()):
            self.edit_menu.addAction(action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.find_action)
        _empty(self.view_menu)
        for action in area.view_actions():
            self.view_menu.addAction(action)
        if area.view_actions():
            self.view_menu.addSeparator()
        self.view_menu.addAction(self.navigation_action)
        self.view_menu.addAction(self.due_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.refresh_action)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Toolbar"), self)
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        toolbar.setMovable(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    def _fill_toolbar(self) -> None:
        toolbar = self.toolbar
        _empty(toolbar)
        own = self.current_area.toolbar_actions()
        for action in self._with_routed(own):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.refresh_action)
        toolbar.addSeparator()
        toolbar.addAction(self.company_action)
        toolbar.addAction(self.settings_action)

    def _build_central(self) -> None:
        self.navigation = QTreeWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setHeaderHidden(True)
        self.navigation.setRootIsDecorated(False)
        self.navigation.setIndentation(14)
        groups = {
            "master_data": self.tr("Master data"),
            "sales": self.tr("Sales"),
            "correspondence": self.tr("Correspondence"),
            "finance": self.tr("Payments / finance"),
        }
        self._nav_items: dict[str, QTreeWidgetItem] = {}
        group_items: dict[str, QTreeWidgetItem] = {}
        for entry in self.entries:
            parent: QTreeWidget | QTreeWidgetItem = self.navigation
            if entry.group:
                if entry.group not in group_items:
                    header = QTreeWidgetItem(self.navigation, [groups[entry.group]])
                    header.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    font = header.font(0)
                    font.setBold(True)
                    header.setFont(0, font)
                    group_items[entry.group] = header
                parent = group_items[entry.group]
            item = QTreeWidgetItem(parent, [entry.title])
            item.setData(0, KEY_ROLE, entry.key)
            item.setIcon(0, icon(AREA_ICONS.get(entry.key.split("_", 1)[0], "customer-edit")))
            self._nav_items[entry.key] = item
        self.navigation.expandAll()
        self.navigation.setItemsExpandable(False)
        self.navigation.currentItemChanged.connect(self._navigation_changed)
        self.navigation.setMinimumWidth(120)

        self.stack = QStackedWidget()
        self.stack.setObjectName("stack")
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("main_splitter")
        self.main_splitter.addWidget(self.navigation)
        self.main_splitter.addWidget(self.stack)
        self.main_splitter.setStretchFactor(0, 0)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setCollapsible(1, False)
        # Wide enough for the longest entry ("Auftragsbestätigungen") in the system's font.
        wanted = self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 16
        self.main_splitter.setSizes([max(190, wanted), 1000])
        self.setCentralWidget(self.main_splitter)

        self.navigation_action = QAction(self.tr("Navigation"), self)
        self.navigation_action.setObjectName("navigation_action")
        self.navigation_action.setCheckable(True)
        self.navigation_action.setChecked(True)
        self.navigation_action.toggled.connect(self.navigation.setVisible)

    def _navigation_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None and current.childCount():
            current = current.child(0)  # a group's heading: its first area
        if current is None or not current.data(0, KEY_ROLE):
            return
        # Walking the navigation with the arrow keys leaves the keyboard there.
        self.show_area(str(current.data(0, KEY_ROLE)), focus=not self.navigation.hasFocus())
        if self.navigation.currentItem() is not current:
            self.navigation.setCurrentItem(current)

    def _build_status_bar(self) -> None:
        self.company_label = QLabel()
        self.company_label.setObjectName("company_label")
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.backup_warning = BackupWarning()
        self.backup_warning.setObjectName("backup_warning")
        self.backup_warning.setCursor(Qt.CursorShape.PointingHandCursor)
        self.backup_warning.clicked.connect(lambda: self.open_backup())
        self.statusBar().addWidget(self.company_label, 1)
        self.statusBar().addPermanentWidget(self.backup_warning)
        self.statusBar().addPermanentWidget(self.count_label)
        self.update_backup_warning()

    def _load_company(self) -> None:
        with self.database.sessions() as session:
            name = company_settings.company(session).name
            session.rollback()  # a new file's empty row is made again when someone saves
        self.company_name = name.strip() or self.database.path.stem
        self.setWindowTitle(self.tr("{company} – meinbuero").format(company=self.company_name))
        self.company_label.setText(self.company_name)
        self.company_label.setToolTip(str(self.database.path))

    # --- what the areas ask of the shell ------------------------------------------------------

    def open_sales_document(
        self, *, kind: str, document_id: int | None, customer_id: int | None = None
    ) -> QDialog:
        """The window of a sales document (``document_id`` None: a new one, for the customer);
        an open window of the same document comes forward."""
        from meinbuero.gui.dialogs.sales_document_dialog import SalesDocumentDialog

        if document_id is not None:
            for dialog in self._dialogs:
                if isinstance(dialog, SalesDocumentDialog) and dialog.document_id == document_id:
                    _bring_forward(dialog)
                    return dialog
        window = SalesDocumentDialog(
            database=self.database,
            signals=self.signals,
            settings=self.settings,
            kind=kind,
            document_id=document_id,
            customer_id=customer_id,
            open_document=lambda made: self.open_sales_document(kind=kind, document_id=made),
            parent=self,
        )
        self._dialogs.append(window)
        window.finished.connect(lambda _result, window=window: self._dialog_finished(window))
        window.show()
        return window

    def run_dialog(self, dialog: QDialog) -> bool:
        """Run a modal dialog; tests work it instead of the user."""
        manage(dialog)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def inform(self, text: str) -> None:
        """Tell the user something; tests read it instead."""
        QMessageBox.information(self, self.tr("meinbuero"), text)

    def show_message(self, text: str) -> None:
        """A passing message in the status bar."""
        self.statusBar().showMessage(text, 5000)

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
        area = self._areas.get("customers")
        if (
            saved is not None
            and isinstance(area, CustomersArea)
            and area.selected_customer_id() != saved
        ):
            area.select_customer(saved)

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
        manage(dialog)
        self._settings_dialog = dialog
        dialog.finished.connect(lambda _result, dialog=dialog: self._settings_finished(dialog))
        dialog.open()
        return dialog

    def _settings_finished(self, dialog: QDialog) -> None:
        if self._settings_dialog is dialog:
            self._settings_dialog = None
        dialog.deleteLater()

    # --- Wiedervorlage and calendar -----------------------------------------------------------

    def create_due_dialog(self, entries: list[Any] | None = None) -> QDialog:
        from meinbuero.gui.dialogs.due_dialog import DueDialog

        dialog = DueDialog(
            database=self.database,
            signals=self.signals,
            settings=self.settings,
            entries=entries,
            parent=self,
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
        manage(dialog).show()
        return dialog

    def show_due(self) -> QDialog:
        """Ansicht > Wiedervorlage (F9): the due list, non-modal (an open one comes forward)."""
        if self._due_dialog is not None:
            reload = getattr(self._due_dialog, "reload", None)
            if reload is not None:
                reload()
            _bring_forward(self._due_dialog)
            return self._due_dialog
        dialog = self._keep_due_dialog(self.create_due_dialog())
        dialog.activateWindow()  # asked for: it takes the keyboard (at start it does not)
        return dialog

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

    def show_due_on_start_soon(self) -> None:
        """At start: the due list read in the background (the window answers meanwhile), then
        shown as :meth:`show_due_on_start` does."""
        from meinbuero.gui.dialogs.due_dialog import DueLoader, show_on_start

        if self._due_dialog is not None or not self.isVisible() or not show_on_start(self.settings):
            return
        # The application keeps the thread: a window deleted while it reads must not take a
        # running thread with it.
        loader = DueLoader(
            database=self.database, today=date.today(), parent=QApplication.instance()
        )
        loader.finished.connect(loader.deleteLater)
        loader.loaded.connect(self._due_loaded)
        self._due_loader = loader
        loader.start()

    def _due_loaded(self, entries: list[Any]) -> None:
        self._due_loader = None
        if entries and self._due_dialog is None and self.isVisible():
            self._keep_due_dialog(self.create_due_dialog(entries))
            self.activateWindow()  # the keyboard stays here (F9 goes to the list)

    def _due_finished(self, dialog: QDialog) -> None:
        if self._due_dialog is dialog:
            self._due_dialog = None
        dialog.deleteLater()

    def import_customers(self) -> None:
        """Datei > Importieren…: the import wizard (it tells the lists to reload)."""
        from meinbuero.gui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(
            database=self.database, signals=self.signals, settings=self.settings, parent=self
        )
        try:
            self.run_dialog(wizard)
        finally:
            wizard.deleteLater()

    def import_bank_statement(self) -> None:
        """Datei > Kontoauszug importieren…: the bank's file matched to the open invoices."""
        from meinbuero.gui.dialogs.bank_import_dialog import open_bank_import

        open_bank_import(self, self.database, self.signals)

    def open_backup(self, selected: Path | None = None) -> None:
        """Datei > Datensicherung…: back up, check, restore (into a new file, then opened);
        ``selected``: a backup file to show (opened from Explorer)."""
        from meinbuero.gui.dialogs.backup_dialog import BackupDialog

        dialog = BackupDialog(
            database=self.database,
            settings=self.settings,
            open_company=lambda path: self.open_company_requested.emit(str(path), False),
            replace_company=lambda path, password: self.restore_over_requested.emit(
                str(path), password
            ),
            parent=self,
        )
        if selected is not None:
            dialog.set_folder(selected.parent)
            dialog.select(selected)
        try:
            self.run_dialog(dialog)
        finally:
            dialog.deleteLater()
            self.update_backup_warning()

    # --- automatic backups --------------------------------------------------------------------

    def backup_folder(self) -> Path:
        from meinbuero.gui.dialogs.backup_dialog import backup_folder

        return backup_folder(self.settings, self.database.path)

    def update_backup_warning(self, now: datetime | None = None) -> BackupState:
        """The status bar's warning: no backup yet, the last one too old, the folder
        unreachable; hidden while the last good backup is recent."""
        with self.database.sessions() as session:
            warn_days = backup_settings.auto_backup(session).warn_days
        folder = self.backup_folder()
        state = backup_settings.backup_state(
            folder, self.database.path, warn_days, now=now or datetime.now()
        )
        self.backup_state = state
        how = self.tr("Click here or use File > Backup… to back up and to set automatic backups.")
        if state.state is State.UNREACHABLE:
            text = self.tr("Backup folder unreachable")
            tip = self.tr(
                "The backup folder {folder} cannot be reached: plug in the USB stick or connect"
                " the network drive, or choose another folder."
            ).format(folder=str(folder))
            colour = "#c00000"
        elif state.state is State.NEVER:
            text = self.tr("No backup yet")
            tip = self.tr("There is no backup of this company in {folder} yet.").format(
                folder=str(folder)
            )
            colour = "#c00000"
        elif state.state is State.OLD:
            text = self.tr("Last backup {days} days ago").format(days=state.days)
            tip = self.tr("The last backup in {folder} is from {date}.").format(
                folder=str(folder),
                date=state.last.strftime("%d.%m.%Y %H:%M") if state.last else "",
            )
            colour = "#b36b00"
        else:
            self.backup_warning.clear()
            self.backup_warning.setToolTip("")
            self.backup_warning.hide()
            return state
        self.backup_warning.setText(text)
        self.backup_warning.setToolTip(f"{tip} {how}")
        self.backup_warning.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.backup_warning.show()
        return state

    def back_up_automatically(self, now: datetime | None = None) -> str | None:
        """Back up into the folder and rotate; returns the sentence for the user on failure."""
        from meinbuero.gui.dialogs.backup_dialog import waiting

        with self.database.sessions() as session:
            data = backup_settings.auto_backup(session)
        failure: str | None = None
        try:
            with waiting():
                made = backup_settings.back_up(
                    self.database.path, self.backup_folder(), data, now=now or datetime.now()
                )
        except (Refused, CompanyFileError, OSError) as error:
            failure = str(error)
        else:
            self.show_message(self.tr("Backed up to {path}.").format(path=str(made)))
        self.update_backup_warning(now)
        return failure

    def back_up_daily(self, today: date | None = None, now: datetime | None = None) -> bool:
        """On start: the daily backup, if it is on and not made today yet; a failure is told in
        the status bar (and tried again on the next start). Returns whether one was made."""
        now = now or datetime.now()
        today = today or now.date()
        with self.database.sessions() as session:
            due = backup_settings.daily_due(session, today)
        if not due:
            return False
        failure = self.back_up_automatically(now)
        if failure is not None:
            self.statusBar().showMessage(failure, 15000)
            return False
        with self.database.sessions.begin() as session:
            backup_settings.set_last_daily(session, today)
        return True

    def back_up_on_close(self, now: datetime | None = None) -> None:
        """On close, if set: the backup; a failure is told but never keeps the window open."""
        with self.database.sessions() as session:
            on_close = backup_settings.auto_backup(session).on_close
        if not on_close:
            return
        failure = self.back_up_automatically(now)
        if failure is not None:
            self.warn(
                self.tr("The automatic backup was not made; nothing is lost. {reason}").format(
                    reason=failure
                )
            )

    def warn(self, text: str) -> None:
        """A warning the user must see; tests read it instead."""
        QMessageBox.warning(self, self.tr("meinbuero"), text)

    def export_calendar(self) -> Path | None:
        """Datei > Kalender exportieren: appointments and tasks of all customers in a period."""
        return self.calendar_exporter.export()

    def export_customers(self) -> None:
        """Datei > Exportieren…: the customers of the list (or all) to Excel, CSV or vCard."""
        from meinbuero.gui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(
            database=self.database,
            shown_ids=self.customers_area.model.ids,
            settings=self.settings,
            parent=self,
        )
        try:
            self.run_dialog(dialog)
        finally:
            dialog.deleteLater()

    # --- Datei --------------------------------------------------------------------------------

    def ask_einvoice_file(self) -> Path | None:
        from meinbuero.gui.dialogs.einvoice_view_dialog import ask_einvoice_file

        return ask_einvoice_file(self)

    def open_einvoice(self) -> QDialog | None:
        """Datei > E-Rechnung öffnen…: an incoming e-invoice shown, its supplier found, filed."""
        from meinbuero.gui.dialogs.einvoice_view_dialog import open_einvoice_file

        path = self.ask_einvoice_file()
        dialog = None
        if path is not None:
            dialog = open_einvoice_file(
                path, database=self.database, signals=self.signals, parent=self
            )
        if dialog is not None:
            manage(dialog)
            self._dialogs.append(dialog)
            dialog.finished.connect(lambda _result, dialog=dialog: self._dialog_finished(dialog))
        return dialog

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
        from meinbuero.gui.dialogs.about_dialog import AboutDialog

        dialog = AboutDialog(company_file=self.database.path, parent=self)
        try:
            self.run_dialog(dialog)
        finally:
            dialog.deleteLater()

    def show_handbook(self) -> QWidget:
        """Hilfe > Handbuch (F1): the handbook at the page of the current area."""
        from meinbuero.gui.dialogs.help_window import show_help

        return show_help(self, self.settings)

    def show_keys_help(self) -> QWidget:
        from meinbuero.gui.dialogs.help_window import show_topic

        return show_topic("tastenkuerzel.md", self.settings)

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
        shown = self.settings.value(NAVIGATION_SHOWN, True)
        self.navigation_action.setChecked(str(shown).lower() not in ("false", "0"))
        splitter = self.settings.value(NAVIGATION_SPLITTER)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.main_splitter.restoreState(splitter)

    def save_window_state(self) -> None:
        self.settings.setValue(GEOMETRY, self.saveGeometry())
        self.settings.setValue(STATE, self.saveState())
        self.settings.setValue(NAVIGATION_SPLITTER, self.main_splitter.saveState())
        self.settings.setValue(AREA, self.current_key)
        self.settings.setValue(NAVIGATION_SHOWN, self.navigation_action.isChecked())
        for area in self._areas.values():
            area.save_layout()
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
        if self._due_loader is not None and shiboken6.isValid(self._due_loader):
            self._due_loader.wait()  # it reads the company file that closes now
        self.save_window_state()
        self.back_up_on_close()
        event.accept()
        self.closed.emit()


def _bring_forward(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


AREA_ICONS = {
    "customers": "customers",
    "articles": "article",
    "sales": "document",
    "letters": "letter",
    "dunning": "document",
    "open": "document",
}

__all__ = ["AreaEntry", "MainWindow"]
