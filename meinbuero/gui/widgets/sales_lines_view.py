"""The line table of the sales document window: keyboard first.

Enter (and Tab) moves to the next editable cell, and to a new line after the last; Ins inserts
a line, Del removes the selected lines, Ctrl+Up/Down moves a line. Typing in Art.-Nr. or
Bezeichnung offers articles by number or name; picking one is the window's business
(``article_picked``), as it needs the customer and the database.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from meinbuero.domain.units import unit_labels
from meinbuero.gui.models.sales_lines import (
    AMOUNT,
    NAME,
    NUMBER,
    NUMBER_COLUMNS,
    QUANTITY,
    UNIT,
    SalesLinesModel,
    is_blank,
    money_text,
)
from meinbuero.services.articles import ArticleRow
from meinbuero.services.sales import LineInput

Index = QModelIndex | QPersistentModelIndex
ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 1
COMPLETION_ROLE = Qt.ItemDataRole.UserRole + 2
ArticleFinder = Callable[[str], list[ArticleRow]]


class SalesLineDelegate(QStyledItemDelegate):
    """Editors of the line cells: German numbers, a unit list, article search as you type."""

    #: An article was chosen in a line's Art.-Nr. or Bezeichnung (row, article id).
    article_picked = Signal(int, int)
    #: The editor of a picked article is closed (row): the view goes on to the quantity.
    pick_done = Signal(int)
    #: A number cell is being typed (row, column key, text): for the live totals.
    typing = Signal(int, str, str)

    def __init__(self, *, find_articles: ArticleFinder, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._find_articles = find_articles

    def _key(self, index: Index) -> str:
        model = index.model()
        return model.key_of(index.column()) if isinstance(model, SalesLinesModel) else ""

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        key = self._key(index)
        row = index.row()
        if key == UNIT:
            combo = QComboBox(parent)
            for code, label in unit_labels().items():
                combo.addItem(label, code)
            return combo
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if key in NUMBER_COLUMNS:
            editor.setAlignment(Qt.AlignmentFlag.AlignRight)
            editor.textEdited.connect(lambda text: self.typing.emit(row, key, text))
        if key in (NUMBER, NAME):
            self._add_article_search(editor, row, key)
        return editor

    def _add_article_search(self, editor: QLineEdit, row: int, key: str) -> None:
        completer = QCompleter(editor)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        offers = QStandardItemModel(completer)
        completer.setModel(offers)
        completer.setCompletionRole(COMPLETION_ROLE)
        editor.setCompleter(completer)
        editor.setProperty("offers", True)

        def offer(text: str) -> None:
            offers.clear()
            if len(text.strip()) < 1:
                _hide_popup(completer)
                return
            units = unit_labels()
            for article in self._find_articles(text):
                item = QStandardItem(
                    f"{article.number}  {article.name}  "
                    f"({money_text(article.unit_price)} / {units.get(article.unit, article.unit)})"
                )
                item.setData(article.number if key == NUMBER else article.name, COMPLETION_ROLE)
                item.setData(article.id, ARTICLE_ROLE)
                offers.appendRow(item)
            if offers.rowCount():
                completer.complete()
                # The exact number comes first: Enter takes it.
                first = offers.item(0)
                popup = completer.popup()
                model = completer.completionModel()
                if (
                    popup is not None
                    and model is not None
                    and str(first.data(COMPLETION_ROLE)).casefold() == text.strip().casefold()
                ):
                    popup.setCurrentIndex(model.index(0, 0))
            else:
                _hide_popup(completer)

        def picked(chosen: QModelIndex) -> None:
            article_id = chosen.data(ARTICLE_ROLE)
            if isinstance(article_id, int):
                self.article_picked.emit(row, article_id)
                # The line is made anew from the article: nothing of the editor to store.
                editor.setProperty("picked", True)
                QTimer.singleShot(0, lambda: self._finish_pick(editor, row))

        editor.textEdited.connect(offer)
        completer.activated[QModelIndex].connect(picked)  # type: ignore[index]

    def _finish_pick(self, editor: QLineEdit, row: int) -> None:
        # The completer leaves with its editor (it would give the focus back to it later).
        editor.setCompleter(None)  # type: ignore[arg-type]
        self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.pick_done.emit(row)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = editor.findData(value)
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: Index
    ) -> None:
        if editor.property("picked"):
            return
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter stores the cell and goes on to the next (as Tab does)."""
        if (
            isinstance(watched, QWidget)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            completer = watched.completer() if isinstance(watched, QLineEdit) else None
            if completer is not None and _popup_visible(completer):
                return False
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.EditNextItem)
            return True
        return super().eventFilter(watched, event)


class SalesLinesView(QTableView):
    """The line table: Enter walks the cells, Ins/Del/Ctrl+Up/Down edit the lines."""

    def __init__(
        self, *, model: SalesLinesModel, find_articles: ArticleFinder, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._lines = model
        self.setModel(model)
        self.delegate = SalesLineDelegate(find_articles=find_articles, parent=self)
        self.setItemDelegate(self.delegate)
        self.delegate.pick_done.connect(self._after_pick)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setWordWrap(True)
        # Lines are dragged to another place in the table (nothing else is dropped here).
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDropIndicatorShown(True)
        self.setAlternatingRowColors(True)
        # The position numbers are the rows' headers.
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumWidth(36)
        rows.setDefaultAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.setCornerButtonEnabled(False)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        widths = {
            NUMBER: 90,
            QUANTITY: 70,
            UNIT: 90,
            "unit_price": 100,
            "discount_percent": 80,
            "vat_rate": 60,
            AMOUNT: 110,
            "optional": 70,
        }
        for column, key in enumerate(model.columns):
            if key == NAME:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                self.setColumnWidth(column, widths.get(key, 80))
        model.lines_changed.connect(self.update_spans)
        self.update_spans()
        # Rows with a description are as high as their text at the column's width now.
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.resizeRowsToContents)
        header.sectionResized.connect(lambda *_args: self._fit_rows.start())

    def update_spans(self) -> None:
        """Text lines run across the table; a subtotal's label up to its amount."""
        self.clearSpans()
        model = self._lines
        first = model.column_of(NAME)
        amount = model.column_of(AMOUNT)
        last = model.columnCount() - 1
        for row, line in enumerate(model.lines()):
            end = last
            if line.kind == "subtotal" and amount >= 0:
                end = amount - 1
            if line.kind != "item" and end > first:
                self.setSpan(row, first, 1, end - first + 1)

    # -- moving through the cells ---------------------------------------------------------------

    def next_editable(self, row: int, key: str | None) -> tuple[int, str] | None:
        """The cell after (row, key) Enter goes to; None past the last line."""
        model = self._lines
        keys = model.editable_keys(row)
        column = model.column_of(key) if key is not None else -1
        rest = [k for k in keys if model.column_of(k) > column]
        if rest:
            return row, rest[0]
        for below in range(row + 1, model.rowCount()):
            keys = model.editable_keys(below)
            if keys:
                return below, keys[0]
        return None

    def _after_pick(self, row: int) -> None:
        """On to the quantity, once the article's editor is gone."""

        def go_on() -> None:
            if (
                QUANTITY in self._lines.editable_keys(row)
                and self.state() != self.State.EditingState
            ):
                self.edit_cell(row, QUANTITY)

        QTimer.singleShot(0, go_on)

    def edit_cell(self, row: int, key: str) -> None:
        index = self._lines.index(row, self._lines.column_of(key))
        self.setCurrentIndex(index)
        self.scrollTo(index)
        self.edit(index)

    def edit_next(self) -> None:
        """Go on to the next editable cell; after the last, to a new line (unless the last line
        is still empty)."""
        model = self._lines
        if model.is_read_only():
            return
        current = self.currentIndex()
        row = current.row() if current.isValid() else -1
        key = model.key_of(current.column()) if current.isValid() else None
        found = self.next_editable(row, key) if row >= 0 else self.next_editable(-1, None)
        if found is None:
            lines = model.lines()
            if lines and is_blank(lines[-1]):
                return
            row = model.insert_line(model.rowCount(), LineInput())
            found = (row, model.editable_keys(row)[0])
        self.edit_cell(*found)

    def closeEditor(  # noqa: N802
        self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint
    ) -> None:
        if hint == QAbstractItemDelegate.EndEditHint.EditNextItem:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            QTimer.singleShot(0, self.edit_next)
            return
        super().closeEditor(editor, hint)

    # -- adding, removing, moving lines ---------------------------------------------------------

    def selected_rows(self) -> list[int]:
        rows = {index.row() for index in self.selectionModel().selectedRows()}
        if not rows and self.currentIndex().isValid():
            rows = {self.currentIndex().row()}
        return sorted(rows)

    def insert_line(self, line: LineInput, *, at_current: bool = True) -> int:
        """Insert a line before the current one (at the end without one) and edit it."""
        current = self.currentIndex()
        row = current.row() if at_current and current.isValid() else self._lines.rowCount()
        row = self._lines.insert_line(row, line)
        keys = self._lines.editable_keys(row)
        if keys:
            self.edit_cell(row, NAME if line.kind == "text" else keys[0])
        else:
            self.selectRow(row)
        return row

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        self._lines.remove_lines(rows)
        remaining = self._lines.rowCount()
        if remaining:
            self.selectRow(min(rows[0], remaining - 1))

    def move_current(self, step: int) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        row = self._lines.move_line(current.row(), step)
        self.setCurrentIndex(self._lines.index(row, current.column()))
        self.selectRow(row)

    def move_rows_to(self, rows: list[int], target: int) -> None:
        """Move lines (dragged with the mouse) so that they stand together before ``target``
        (after the last line when ``target`` is past it)."""
        model = self._lines
        rows = sorted(r for r in set(rows) if 0 <= r < model.rowCount())
        if not rows:
            return
        target = max(0, min(target, model.rowCount()))
        first = target - sum(1 for r in rows if r < target)
        staying = [r for r in range(model.rowCount()) if r not in rows]
        wanted = staying[:first] + rows + staying[first:]
        # Each line in turn to its place: what is before it is in place already.
        order = list(range(model.rowCount()))
        for place, row in enumerate(wanted):
            current = order.index(row)
            if current != place:
                model.move_line_to(current, place)
                order.insert(place, order.pop(current))
        self.clearSelection()
        selection = self.selectionModel()
        for row in range(first, first + len(rows)):
            selection.select(
                model.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        selection.setCurrentIndex(
            model.index(first, max(0, self.currentIndex().column())),
            QItemSelectionModel.SelectionFlag.NoUpdate,
        )

    def _accept_own_lines(self, event: QDragMoveEvent) -> None:
        if event.source() is self and not self._lines.is_read_only():
            event.setDropAction(Qt.DropAction.MoveAction)
            event.accept()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        self._accept_own_lines(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        self._accept_own_lines(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """Lines dropped on a line go before it (after the last one below the table's end)."""
        if event.source() is not self or self._lines.is_read_only():
            event.ignore()
            return
        row = self.indexAt(event.position().toPoint()).row()
        self.move_rows_to(self.selected_rows(), self._lines.rowCount() if row < 0 else row)
        # The view must not remove the dragged rows afterwards, as for a move between views.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and not self._lines.is_read_only():
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not control:
                self.edit_next()
                return
            if key == Qt.Key.Key_Insert:
                self.insert_line(LineInput())
                return
            if key == Qt.Key.Key_Delete:
                self.remove_selected()
                return
            if control and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_current(-1 if key == Qt.Key.Key_Up else 1)
                return
        super().keyPressEvent(event)


__all__ = ["QUANTITY", "SalesLineDelegate", "SalesLinesView"]


def _hide_popup(completer: QCompleter) -> None:
    popup = completer.popup()
    if popup is not None:
        popup.hide()


def _popup_visible(completer: QCompleter) -> bool:
    popup = completer.popup()
    return popup is not None and popup.isVisible()
