"""Settings page "Dokumentkategorien": the categories of documents, and the largest file.

A list like the other Kleinstammdaten (see :mod:`settings_named_list`): a category that
documents have is hidden, never deleted. Below the list: the largest file the program takes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget
from sqlalchemy.orm import Session

from meinbuero.gui.widgets.settings_named_list import NamedListPage, StoredEntry
from meinbuero.i18n import tr as core_tr
from meinbuero.services import documents
from meinbuero.store.database import Database


class DocumentCategoriesPage(NamedListPage):
    key = "document_categories"
    can_hide = True

    def __init__(self, *, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database=database, parent=parent)
        self._max_size = documents.DEFAULT_MAX_SIZE_MB
        self.max_size = QSpinBox()
        self.max_size.setObjectName("max_size")
        self.max_size.setSuffix(" MB")
        self.max_size.setRange(1, 100_000)
        label = QLabel(self.tr("Largest file to add:"))
        label.setBuddy(self.max_size)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.max_size)
        row.addStretch(1)
        layout = self.ui.page_layout
        layout.insertLayout(layout.indexOf(self.ui.pending_hint), row)
        self.max_size.valueChanged.connect(self.emit_changed)

    def title(self) -> str:
        return self.tr("Document categories")

    def intro(self) -> str:
        return self.tr(
            "Each document in a customer's file has a category. A category that documents "
            "have cannot be deleted: hide it, and it is no longer offered for new documents."
        )

    def prompt(self) -> str:
        return self.tr("Name of the category:")

    def new_title(self) -> str:
        return self.tr("New document category")

    def rename_title(self) -> str:
        return self.tr("Rename document category")

    def gone_message(self) -> str:
        return self.tr("The category was deleted meanwhile in another window.")

    def field_label(self) -> str:
        return core_tr("Category")

    def stored(self, session: Session) -> list[StoredEntry]:
        return [
            StoredEntry(category.id, category.name, category.hidden)
            for category in documents.categories(session, include_hidden=True)
        ]

    def add_stored(self, session: Session, name: str) -> int:
        return documents.add_category(session, name).id

    def rename_stored(self, session: Session, entry_id: int, name: str) -> None:
        documents.rename_category(session, entry_id, name)

    def delete_stored(self, session: Session, entry_id: int) -> None:
        documents.delete_category(session, entry_id)

    def hide_stored(self, session: Session, entry_id: int, *, hidden: bool) -> None:
        documents.hide_category(session, entry_id, hidden=hidden)

    # The largest file, saved with the list.

    def load(self, session: Session) -> None:
        super().load(session)
        self._max_size = documents.max_size_mb(session)
        self.max_size.blockSignals(True)
        self.max_size.setValue(self._max_size)
        self.max_size.blockSignals(False)

    def is_modified(self) -> bool:
        return super().is_modified() or self.max_size.value() != self._max_size

    def save(self, session: Session) -> list[str]:
        warnings = super().save(session)
        if self.max_size.value() != self._max_size:
            documents.set_max_size_mb(session, self.max_size.value())
        return warnings
