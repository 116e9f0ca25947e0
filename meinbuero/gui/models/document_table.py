"""The rows of a customer's Dokumente tab: one :class:`DocumentRow` each, sorted by the service.

A customer has hundreds of documents, not hundreds of thousands: the rows are read in one query
(sorted and filtered in SQL) and kept as plain data. Clicking a header asks the tab to read them
again in the new order (``sort_changed``), so that SQL, not a proxy, sorts.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QFileInfo,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileIconProvider, QStyle

from meinbuero.domain.files import format_size_de
from meinbuero.domain.values import LOCAL_ZONE, format_date_de, format_datetime_de
from meinbuero.gui.models.rows import RowTableModel
from meinbuero.services.documents import DocumentRow, SortKey

Index = QModelIndex | QPersistentModelIndex

# Column → what SQL sorts it by.
SORT_KEYS = (
    SortKey.TYPE,
    SortKey.TITLE,
    SortKey.CATEGORY,
    SortKey.DATE,
    SortKey.CONTACT_PERSON,
    SortKey.SIZE,
    SortKey.DATE,
    SortKey.ADDED,
)
SIZE_COLUMN = 5
VERSION_COLUMN = 6
ADDED_COLUMN = 7


class FileIcons:
    """The system's icon per file type (cached by extension)."""

    def __init__(self) -> None:
        self._provider = QFileIconProvider()
        self._cache: dict[str, QIcon] = {}

    def icon(self, extension: str) -> QIcon:
        icon = self._cache.get(extension)
        if icon is None:
            icon = self._provider.icon(QFileInfo(f"datei.{extension}" if extension else "datei"))
            if icon.isNull():
                style = QApplication.style()
                icon = style.standardIcon(QStyle.StandardPixmap.SP_FileIcon)
            self._cache[extension] = icon
        return icon


class DocumentTableModel(RowTableModel[DocumentRow]):
    """Typ, Titel, Kategorie, Datum, Ansprechpartner, Größe, Version, Hinzugefügt."""

    COLUMNS = len(SORT_KEYS)
    #: A header was clicked: read the rows again in this order.
    sort_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icons: FileIcons | None = None
        self.sort_key = SortKey.DATE
        self.descending = True
        self.sort_column = 3

    def headers(self) -> list[str]:
        return [
            self.tr("File type"),
            self.tr("Title"),
            self.tr("Category"),
            self.tr("Date"),
            self.tr("Contact person"),
            self.tr("Size"),
            self.tr("Version"),
            self.tr("Added"),
        ]

    def row_of(self, document_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == document_id:
                return number
        return None

    def cell(self, row: DocumentRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 0:
                return row.file_name
            if column == 1 and row.remark:
                return f"{row.title}\n{row.remark}"
            if column == ADDED_COLUMN:
                return f"{format_datetime_de(row.created_at)} {row.author}"
            return self._text(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            if self._icons is None:
                self._icons = FileIcons()
            return self._icons.icon(row.extension)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SIZE_COLUMN, VERSION_COLUMN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: DocumentRow, column: int) -> str:
        if column == 0:
            return row.extension.upper()
        if column == 1:
            return row.title
        if column == 2:
            return row.category
        if column == 3:
            return format_date_de(row.document_date)
        if column == 4:
            return row.contact_person
        if column == SIZE_COLUMN:
            return format_size_de(row.size)
        if column == VERSION_COLUMN:
            return str(row.versions)
        return format_date_de(row.created_at.astimezone(LOCAL_ZONE).date())

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.COLUMNS:
            return
        self.sort_column = column
        self.sort_key = SORT_KEYS[column]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.sort_changed.emit()
