"""The lines of a sales document as the window edits them: a table model over :class:`LineInput`.

Numbers are typed German ("1,5", "1.234,50"). A value that cannot be read is kept as typed in
its cell, marked with the German reason (red, tooltip), and the line keeps its last good value
until the cell is corrected; :meth:`SalesLinesModel.refused_cells` lists what stands in the way
of saving. The amounts are the service's (:func:`sales.line_money`, :func:`sales.subtotals`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.money import ZERO
from meinbuero.domain.units import unit_labels
from meinbuero.domain.values import format_decimal_de, parse_decimal_de
from meinbuero.services import sales
from meinbuero.services.sales import LineInput
from meinbuero.store.models import SalesKind

Index = QModelIndex | QPersistentModelIndex

# Column keys; which of them a document shows depends on its kind.
POSITION = "position"
NUMBER = "article_number"
NAME = "name"
QUANTITY = "quantity"
UNIT = "unit"
PRICE = "unit_price"
DISCOUNT = "discount_percent"
VAT = "vat_rate"
AMOUNT = "amount"
OPTIONAL = "optional"
# The numbers typed in a cell, with the service's field name (for its "Line 3, Quantity").
NUMBER_COLUMNS = (QUANTITY, PRICE, DISCOUNT, VAT)
# The cells Enter walks through on an item line, in order.
ITEM_EDITABLE = (NUMBER, NAME, QUANTITY, UNIT, PRICE, DISCOUNT, VAT)
_INVALID_BACKGROUND = QColor("#fdecea")
_INVALID_FOREGROUND = QColor("#8e1b1b")
_MUTED = QColor("#757575")


def columns_for(kind: str) -> tuple[str, ...]:
    """The columns of a document of ``kind``: no prices on a delivery note, "Optional" for
    quotes. The position number is the row's header (it moves with the rows, a column would
    change under the rows after an inserted one)."""
    if kind == SalesKind.DELIVERY_NOTE:
        return (NUMBER, NAME, QUANTITY, UNIT)
    base = (NUMBER, NAME, QUANTITY, UNIT, PRICE, DISCOUNT, VAT, AMOUNT)
    return (*base, OPTIONAL) if kind == SalesKind.QUOTE else base


def money_text(value: Decimal) -> str:
    """ "1.234,56 €"."""
    return format_decimal_de(value, places=2) + " €"


def _number_text(key: str, value: Decimal) -> str:
    if key == PRICE:
        # Prices to 2 places unless more are given (SALES.md "Money").
        places = max(2, -min(0, int(value.normalize().as_tuple().exponent)))
        return format_decimal_de(value, places=min(places, 4))
    return format_decimal_de(value.normalize() if value else Decimal(0))


def is_blank(line: LineInput) -> bool:
    """An item line nothing was typed into (Enter made it): left out when saving."""
    return (
        line.kind == "item"
        and not line.name.strip()
        and not line.description.strip()
        and not line.article_number.strip()
        and line.article_id is None
        and line.unit_price == ZERO
    )


@dataclass
class _Row:
    line: LineInput
    # Column key → (the text as typed, why it was refused): shown until corrected.
    refused: dict[str, tuple[str, str]]
    # Column key → a message the service gave on saving (the value itself is kept).
    marked: dict[str, str]


class SalesLinesModel(QAbstractTableModel):
    """The editable line table of one document."""

    #: An article number was typed into a line's Art.-Nr. (row, text): the window looks it up.
    article_number_entered = Signal(int, str)
    #: Anything in the lines changed (values, rows added, removed, moved).
    lines_changed = Signal()

    def __init__(self, *, kind: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kind = kind
        self._columns = columns_for(kind)
        self._rows: list[_Row] = []
        self._read_only = False
        self._units = unit_labels()
        for signal in (
            self.dataChanged,
            self.rowsInserted,
            self.rowsRemoved,
            self.rowsMoved,
            self.modelReset,
        ):
            signal.connect(self._changed)

    # -- what the window uses -------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return self._kind

    @property
    def columns(self) -> tuple[str, ...]:
        return self._columns

    def column_of(self, key: str) -> int:
        """The column showing ``key`` (-1 when this kind has none)."""
        return self._columns.index(key) if key in self._columns else -1

    def key_of(self, column: int) -> str:
        return self._columns[column]

    def headers(self) -> dict[str, str]:
        return {
            POSITION: self.tr("Pos."),
            NUMBER: self.tr("Item no."),
            NAME: self.tr("Item name"),
            QUANTITY: self.tr("Quantity"),
            UNIT: self.tr("Unit"),
            PRICE: self.tr("Unit price"),
            DISCOUNT: self.tr("Discount %"),
            VAT: self.tr("VAT %"),
            AMOUNT: self.tr("Amount"),
            OPTIONAL: self.tr("Optional"),
        }

    def set_lines(self, lines: list[LineInput]) -> None:
        self.beginResetModel()
        self._rows = [_Row(line=replace(line), refused={}, marked={}) for line in lines]
        self.endResetModel()

    def lines(self) -> list[LineInput]:
        """The lines with their last good values (copies)."""
        return [replace(row.line) for row in self._rows]

    def line(self, row: int) -> LineInput:
        return replace(self._rows[row].line)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1)
            )

    def is_read_only(self) -> bool:
        return self._read_only

    def state(self) -> tuple[object, ...]:
        """Everything typed, comparable (for "Änderungen speichern?")."""
        return tuple((replace(row.line), tuple(sorted(row.refused.items()))) for row in self._rows)

    def refused_cells(self) -> list[tuple[int, str, str, str]]:
        """(row, column key, text as typed, reason) of every value that could not be read."""
        return [
            (number, key, text, reason)
            for number, row in enumerate(self._rows)
            for key, (text, reason) in row.refused.items()
        ]

    def mark(self, row: int, key: str, message: str) -> None:
        """Show a message of the service at a cell (red, tooltip) until the cell is edited."""
        if not 0 <= row < len(self._rows):
            return
        if key not in self._columns:
            key = NAME
        self._rows[row].marked[key] = message
        index = self.index(row, self._columns.index(key))
        self.dataChanged.emit(index, index)

    def clear_marks(self) -> None:
        for row in self._rows:
            row.marked.clear()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._columns) - 1)
            )

    def is_marked(self, row: int, key: str) -> bool:
        entry = self._rows[row]
        return key in entry.refused or key in entry.marked

    def editable_keys(self, row: int) -> tuple[str, ...]:
        """The cells of ``row`` Enter walks through."""
        if self._read_only or not 0 <= row < len(self._rows):
            return ()
        kind = self._rows[row].line.kind
        if kind == "text":
            return (NAME,)
        if kind == "subtotal":
            return ()
        return tuple(key for key in ITEM_EDITABLE if key in self._columns)

    def insert_line(self, row: int, line: LineInput) -> int:
        """Insert ``line`` before ``row`` (at the end when out of range); returns its row."""
        row = row if 0 <= row <= len(self._rows) else len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, _Row(line=replace(line), refused={}, marked={}))
        self.endInsertRows()
        return row

    def replace_line(self, row: int, line: LineInput) -> None:
        """A line made anew (an article picked): what was refused in it is gone."""
        self._rows[row] = _Row(line=replace(line), refused={}, marked={})
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._columns) - 1))

    def set_description(self, row: int, text: str) -> None:
        self._rows[row].line.description = text
        index = self.index(row, self.column_of(NAME))
        self.dataChanged.emit(index, index)

    def remove_lines(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._rows):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()

    def move_line(self, row: int, step: int) -> int:
        """Move a line up (-1) or down (+1); returns where it is now."""
        return self.move_line_to(row, row + step)

    def move_line_to(self, row: int, target: int) -> int:
        """Move a line so that it ends up in row ``target``; returns where it is now."""
        if not (0 <= row < len(self._rows) and 0 <= target < len(self._rows)) or target == row:
            return row
        # Qt's destination is the row before which the moved row lands.
        destination = target if target < row else target + 1
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._rows.insert(target, self._rows.pop(row))
        self.endMoveRows()
        return target

    def preview_lines(self, row: int, key: str, text: str) -> list[LineInput]:
        """The lines as they would be with ``text`` in a cell being typed (for live totals)."""
        lines = self.lines()
        if 0 <= row < len(lines) and key in NUMBER_COLUMNS:
            try:
                value = parse_decimal_de(text, field="") or Decimal(0)
            except ValidationError:
                return lines
            setattr(lines[row], key, value)
        return lines

    # -- Qt's model -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def position(self, row: int) -> str:
        """The position number of an item line ("" for text and subtotal lines)."""
        if not 0 <= row < len(self._rows) or self._rows[row].line.kind != "item":
            return ""
        return str(sum(1 for r in self._rows[: row + 1] if r.line.kind == "item"))

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self._rows):
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return self.position(section)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.headers()[POSITION]
            return None
        if not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[self._columns[section]]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._read_only:
            return flags
        flags |= Qt.ItemFlag.ItemIsDragEnabled
        key = self._columns[index.column()]
        line = self._rows[index.row()].line
        if key == OPTIONAL and line.kind == "item":
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        if key in self.editable_keys(index.row()):
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        key = self._columns[index.column()]
        line = entry.line
        if role == Qt.ItemDataRole.DisplayRole:
            if key in entry.refused:
                return entry.refused[key][0]
            return self._display(index.row(), key, line)
        if role == Qt.ItemDataRole.EditRole:
            if key in entry.refused:
                return entry.refused[key][0]
            if key == UNIT:
                return line.unit
            if key == NAME:
                return line.name
            return self._display(index.row(), key, line)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key in entry.refused:
                return entry.refused[key][1]
            if key in entry.marked:
                return entry.marked[key]
            if key == NAME and line.description:
                return line.description
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if key in entry.refused or key in entry.marked:
                return QBrush(_INVALID_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if key in entry.refused or key in entry.marked:
                return QBrush(_INVALID_FOREGROUND)
            if line.optional and self._kind == SalesKind.QUOTE and line.kind == "item":
                return QBrush(_MUTED)
            return None
        if role == Qt.ItemDataRole.FontRole and line.kind == "subtotal":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in (*NUMBER_COLUMNS, AMOUNT):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.CheckStateRole and key == OPTIONAL and line.kind == "item":
            return Qt.CheckState.Checked if line.optional else Qt.CheckState.Unchecked
        return None

    def _display(self, row: int, key: str, line: LineInput) -> str:
        if line.kind == "subtotal":
            if key == NAME:
                return self.tr("Subtotal")
            if key == AMOUNT:
                lines = [r.line for r in self._rows[: row + 1]]
                return money_text(sales.subtotals(lines, kind=self._kind).get(row, ZERO))
            return ""
        if line.kind == "text":
            if key != NAME:
                return ""
            return line.name + (f"\n{line.description}" if line.description else "")
        if key == NUMBER:
            return line.article_number
        if key == NAME:
            return line.name + (f"\n{line.description}" if line.description else "")
        if key == UNIT:
            return self._units.get(line.unit, line.unit)
        if key in NUMBER_COLUMNS:
            return _number_text(key, getattr(line, key))
        if key == AMOUNT:
            return money_text(sales.line_money(line).net)
        return ""

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self._read_only or not 0 <= index.row() < len(self._rows):
            return False
        row = index.row()
        key = self._columns[index.column()]
        entry = self._rows[row]
        if role == Qt.ItemDataRole.CheckStateRole and key == OPTIONAL:
            if entry.line.kind != "item":
                return False
            checked = Qt.CheckState.Checked
            entry.line.optional = value in (checked, checked.value)
            self._emit_row(row)
            return True
        if role != Qt.ItemDataRole.EditRole or key not in self.editable_keys(row):
            return False
        text = "" if value is None else str(value)
        entry.marked.pop(key, None)
        if key in NUMBER_COLUMNS:
            try:
                number = parse_decimal_de(text, field=self.headers()[key])
            except ValidationError as error:
                entry.refused[key] = (text, error.message)
                self._emit_row(row)
                return True
            entry.refused.pop(key, None)
            if number is None:
                number = Decimal(1) if key == QUANTITY else Decimal(0)
            setattr(entry.line, key, number)
        elif key == UNIT:
            if text not in self._units:
                return False
            entry.line.unit = text
        elif key == NAME:
            entry.line.name = text.strip("\n")
        elif key == NUMBER:
            typed = text.strip()
            if typed == entry.line.article_number:
                return True
            entry.line.article_number = typed
            entry.line.article_id = None
            self._emit_row(row)
            if typed:
                self.article_number_entered.emit(row, typed)
            return True
        self._emit_row(row)
        return True

    def _emit_row(self, row: int) -> None:
        last = len(self._columns) - 1
        self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        # The subtotal lines below follow the line's amount.
        amount = self.column_of(AMOUNT)
        for below in range(row + 1, len(self._rows)):
            if amount >= 0 and self._rows[below].line.kind == "subtotal":
                index = self.index(below, amount)
                self.dataChanged.emit(index, index)

    def _changed(self, *_args: object) -> None:
        self.lines_changed.emit()
