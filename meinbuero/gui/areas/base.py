"""The contract every work area keeps with the shell.

The shell owns one set of *routed* actions (new, open, delete, refresh, search) with the keys
Ctrl+N, F2, Del, F5 and Ctrl+F; they act on the current area. An area says what they are called
for it (“Neuer Kunde”, “Neue Rechnung”), whether they apply now, and what they do. Enter and a
double-click in an area's list open the current row (the area's own view does that); the
context menu is the area's. What the status bar shows comes from :attr:`Area.status_changed`,
and the layout the user arranged is kept in the QSettings under the area's key.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QMenu,
    QTableView,
    QWidget,
)

from meinbuero.gui.signals import DataSignals
from meinbuero.store.database import Database


@dataclass(frozen=True)
class RoutedActions:
    """The shell's actions that act on the current area (menus, toolbar, context menus)."""

    new: QAction
    open: QAction
    delete: QAction
    refresh: QAction
    find: QAction


@dataclass(frozen=True)
class ActionTexts:
    """What the routed actions are called in an area, and their icons."""

    new: str
    open: str
    delete: str
    new_icon: str = "customer-new"
    open_icon: str = "customer-edit"
    delete_icon: str = "customer-delete"


class AreaHost(Protocol):
    """What an area may ask of the shell."""

    database: Database
    signals: DataSignals
    settings: QSettings
    routed: RoutedActions

    def open_customer(self, customer_id: int | None) -> QDialog | None: ...

    def open_sales_document(
        self, *, kind: str, document_id: int | None, customer_id: int | None = None
    ) -> QDialog: ...

    def run_dialog(self, dialog: QDialog) -> bool: ...

    def inform(self, text: str) -> None: ...

    def show_message(self, text: str) -> None: ...

    def import_customers(self) -> None: ...

    def open_settings(self, page: str = "company") -> QDialog: ...


class Area(QWidget):
    """A work area: one list with its filters, actions and remembered layout.

    Subclasses set :attr:`key` (also the QSettings group of their layout) and implement the
    ``…_current``/``new_item``/``refresh`` methods.
    """

    #: The status bar's text for this area changed ("124 Rechnungen · netto …").
    status_changed = Signal(str)
    #: The current row changed or what the routed actions may do (enabled) changed.
    state_changed = Signal()

    def __init__(self, *, key: str, host: AreaHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        # Weak: the shell owns its areas; a strong way back would keep a closed window's
        # Python object alive past its deletion.
        self._host = weakref.ref(host)
        self.setObjectName(f"area_{key}")

    @property
    def host(self) -> AreaHost:
        host = self._host()
        assert host is not None
        return host

    # --- what the routed actions are and do --------------------------------------------------

    def action_texts(self) -> ActionTexts:
        raise NotImplementedError

    def can_open(self) -> bool:
        return self.current_id() is not None

    def can_delete(self) -> bool:
        return self.current_id() is not None

    def current_id(self) -> int | None:
        """The id of the current row, if any."""
        raise NotImplementedError

    def new_item(self) -> None:
        """Ctrl+N."""
        raise NotImplementedError

    def open_current(self) -> None:
        """F2, Enter, double-click."""
        raise NotImplementedError

    def delete_current(self) -> None:
        """Del (after asking)."""
        raise NotImplementedError

    def refresh(self) -> None:
        """F5: read everything again."""
        raise NotImplementedError

    def focus_search(self) -> None:
        """Ctrl+F."""

    def focus_list(self) -> None:
        """The list takes the keyboard (after switching to the area)."""

    # --- what the area adds to the shell -----------------------------------------------------

    def edit_actions(self) -> list[QAction]:
        """The area's own entries in the Bearbeiten menu, after new and open (the routed
        delete among them places Delete; else it comes right after open)."""
        return []

    def view_actions(self) -> list[QAction]:
        """The area's own entries in the Ansicht menu."""
        return []

    def toolbar_actions(self) -> list[QAction]:
        """The area's own toolbar buttons, after new and open (Delete placed as in the menu)."""
        return []

    def context_menu(self) -> QMenu:
        """The list's context menu for the current row."""
        routed = self.host.routed
        menu = QMenu(self)
        menu.setObjectName("context_menu")
        menu.addAction(routed.open)
        menu.addAction(routed.new)
        menu.addSeparator()
        menu.addAction(routed.delete)
        menu.addSeparator()
        menu.addAction(routed.refresh)
        return menu

    def status_text(self) -> str:
        """What the status bar shows for this area now."""
        return ""

    def save_layout(self) -> None:
        """Keep the columns, sort order and splitter in the settings (window closes)."""


__all__ = ["ActionTexts", "Area", "AreaHost", "RoutedActions"]


def list_view(
    *,
    name: str,
    header_menu: Callable[[QPoint], None],
    context_menu: Callable[[QPoint], None],
    open_current: Callable[[], None],
) -> QTableView:
    """The table of a work area, as every area shows it: whole rows selected one at a time,
    movable columns sorted by a click on their header (right-click: the columns), the context
    menu, and Enter or a double-click opening the current row."""
    view = QTableView()
    view.setObjectName(name)
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
    header.customContextMenuRequested.connect(header_menu)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(context_menu)
    view.doubleClicked.connect(lambda _index: open_current())
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(key), view)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(open_current)
    return view


def header_column_menu(
    *,
    parent: QWidget,
    header: QHeaderView,
    columns: Sequence[tuple[str, str]],
    set_shown: Callable[[str, bool], None],
) -> QMenu:
    """The header's context menu of a list: a check box per column (key, title by logical
    index), in the order shown; the last visible column cannot be hidden."""
    menu = QMenu(parent)
    menu.setObjectName("column_menu")
    visible = header.count() - header.hiddenSectionCount()
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        key, title = columns[logical]
        action = menu.addAction(title)
        action.setObjectName(f"column_{key}")
        action.setCheckable(True)
        action.setChecked(not header.isSectionHidden(logical))
        action.setEnabled(not (action.isChecked() and visible <= 1))
        action.toggled.connect(lambda checked, key=key: set_shown(key, checked))
    return menu
