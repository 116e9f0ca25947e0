"""Stammdaten > Artikel: the articles and services a company sells, searchable and sortable.

New and open show the article window (:class:`~meinbuero.gui.dialogs.article_dialog.
ArticleDialog`); Del deletes an article no document uses, and offers to archive one in use.
"Artikel importieren…" reads a price list (.xlsx/.csv) and shows what it would change
(:class:`~meinbuero.gui.dialogs.price_list_dialog.PriceListDialog`); "Artikel exportieren…"
writes the articles to .xlsx or .csv. Both read and write on the GUI thread under a wait
cursor: a price list of a few thousand rows takes a second or two at most.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QWidget,
)

from meinbuero.gui.areas.base import ActionTexts, AreaHost
from meinbuero.gui.areas.list_area import ListArea
from meinbuero.gui.dialogs.article_dialog import price_text, rate_text
from meinbuero.gui.dialogs.price_list_dialog import wait_cursor
from meinbuero.gui.icons import icon
from meinbuero.gui.models.id_table import TableColumn
from meinbuero.gui.windows import documents_folder
from meinbuero.services import article_exchange, articles
from meinbuero.services.article_exchange import Format, PriceListPreview
from meinbuero.services.articles import ArticleQuery, ArticleRow
from meinbuero.services.errors import NotFound, Refused
from meinbuero.services.importing.readers import ImportFailed

#: QSettings key: the folder a price list was last read from or written to.
FOLDER = "articles/exchange_folder"


class ArticlesArea(ListArea[ArticleQuery, ArticleRow]):
    """The article list: search, group, archived ones on request."""

    def __init__(self, *, host: AreaHost, parent: QWidget | None = None) -> None:
        self._sort_keys = articles.article_sort_keys()
        super().__init__(key="articles", host=host, parent=parent)
        self._load_groups()
        self._build_actions()
        host.signals.articles_changed.connect(self.refresh)

    def _action(
        self, text: str, slot: Callable[[], object], *, icon_name: str, name: str
    ) -> QAction:
        action = QAction(icon(icon_name), text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.import_action = self._action(
            self.tr("Import articles…"),
            self.import_articles,
            icon_name="article-import",
            name="import_articles_action",
        )
        self.import_action.setToolTip(
            self.tr("Read a price list (Excel or CSV): new articles and new prices")
        )
        self.export_action = self._action(
            self.tr("Export articles…"),
            self.export_articles,
            icon_name="article-export",
            name="export_articles_action",
        )
        self.export_action.setToolTip(self.tr("Write the articles to Excel or CSV"))

    # --- the list -----------------------------------------------------------------------------

    def _key(self, *candidates: str) -> tuple[str, bool]:
        for key in candidates:
            if key in self._sort_keys:
                return key, True
        return candidates[0], False

    def columns(self) -> list[TableColumn[ArticleRow]]:
        def column(
            candidates: tuple[str, ...], title: str, text: object, width: int, **extra: bool
        ) -> TableColumn[ArticleRow]:
            key, sortable = self._key(*candidates)
            return TableColumn(key, title, text, width=width, sortable=sortable, **extra)  # type: ignore[arg-type]

        return [
            column(("number",), self.tr("Article no."), lambda r: r.number, 100),
            column(("name",), self.tr("Article name"), lambda r: r.name, 300),
            column(("unit",), self.tr("Unit"), lambda r: r.unit_label, 90),
            column(
                ("unit_price", "price"),
                self.tr("Net price"),
                lambda r: f"{price_text(r.unit_price)} €",
                100,
                numeric=True,
            ),
            column(
                ("vat_rate",),
                self.tr("VAT"),
                lambda r: f"{rate_text(r.vat_rate)} %",
                60,
                numeric=True,
            ),
            column(("group",), self.tr("Group"), lambda r: r.group, 140),
        ]

    def default_sort(self) -> tuple[str, bool]:
        return "number", False

    def search_placeholder(self) -> str:
        return self.tr("Search: number, name, description… (Ctrl+F)")

    def add_filters(self, layout: QHBoxLayout) -> None:
        label = QLabel(self.tr("Group:"))
        layout.addWidget(label)
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("group_combo")
        self.group_combo.setMinimumWidth(130)
        label.setBuddy(self.group_combo)
        self.group_combo.addItem(self.tr("All groups"), "")
        layout.addWidget(self.group_combo)
        self.archived_check = QCheckBox(self.tr("Show archived"))
        self.archived_check.setObjectName("archived_check")
        layout.addWidget(self.archived_check)
        self.group_combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.archived_check.toggled.connect(lambda _checked: self.apply_filters())

    def _load_groups(self) -> None:
        current = self.group_combo.currentData()
        with self.database.sessions() as session:
            groups = articles.article_groups(session)
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("All groups"), "")
        for group in groups:
            self.group_combo.addItem(group, group)
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(current), 0))
        self.group_combo.blockSignals(False)

    def make_query(self, *, sort: str, descending: bool) -> ArticleQuery:
        # The filter widgets are there: add_filters ran while the area was built.
        return ArticleQuery(
            text=self.text(),
            group=str(self.group_combo.currentData() or ""),
            archived=self.archived_check.isChecked(),
            sort=sort,
            descending=descending,
        )

    def ids_of(self, query: ArticleQuery) -> list[int]:
        with self.database.sessions() as session:
            return articles.article_ids(session, query)

    def rows_of(self, ids: list[int]) -> Mapping[int, ArticleRow]:
        with self.database.sessions() as session:
            return articles.article_rows(session, ids)

    def muted(self, row: ArticleRow) -> str:
        return self.tr("Archived") if row.archived else ""

    def status_text(self) -> str:
        return count_text(self.model.rowCount())

    def refresh(self) -> None:
        self._load_groups()
        super().refresh()

    # --- the contract -------------------------------------------------------------------------

    def action_texts(self) -> ActionTexts:
        return ActionTexts(
            new=self.tr("New article"),
            open=self.tr("Edit article"),
            delete=self.tr("Delete/archive…"),
            new_icon="article-new",
            open_icon="document-open",
            delete_icon="delete",
        )

    def edit_actions(self) -> list[QAction]:
        return [self.import_action, self.export_action]

    def toolbar_actions(self) -> list[QAction]:
        return [self.import_action, self.export_action]

    def context_menu(self) -> QMenu:
        menu = super().context_menu()
        refresh = self.host.routed.refresh
        menu.insertAction(refresh, self.import_action)
        menu.insertAction(refresh, self.export_action)
        menu.insertSeparator(refresh)
        return menu

    def create_article_dialog(self, article_id: int | None) -> QDialog:
        from meinbuero.gui.dialogs.article_dialog import ArticleDialog

        return ArticleDialog(
            database=self.database,
            signals=self.host.signals,
            article_id=article_id,
            parent=self,
        )

    def edit(self, article_id: int | None) -> None:
        """The article window, modal; the list shows the article saved."""
        dialog = self.create_article_dialog(article_id)
        try:
            self.host.run_dialog(dialog)
            saved = getattr(dialog, "article_id", None)
        finally:
            dialog.deleteLater()
        if saved is not None:
            self.refresh()
            self.select_id(saved)

    def new_item(self) -> None:
        self.edit(None)

    def open_current(self) -> None:
        article_id = self.current_id()
        if article_id is not None:
            self.edit(article_id)

    def ask(self, title: str, text: str, *, yes: str) -> bool:
        """Ask before deleting or archiving; tests answer instead of the user."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(button)
        box.exec()
        return box.clickedButton() is button

    def delete_current(self) -> None:
        """Del: delete an unused article (after asking); one in use can be archived instead."""
        row = self.current_row()
        if row is None:
            return
        label = f"{row.number} – {row.name}"
        if not self.ask(
            self.tr("Delete article"),
            self.tr("Delete the article {article}?").format(article=label),
            yes=self.tr("Delete"),
        ):
            return
        try:
            with self.database.sessions.begin() as session:
                articles.delete_article(session, row.id)
        except NotFound:
            self.refresh()
            return
        except Refused as refused:
            if row.archived:
                self.host.inform(str(refused))
                return
            question = self.tr(
                "{reason}\n\nArchive the article instead? It is then no longer offered but"
                " stays in the documents."
            ).format(reason=str(refused))
            if not self.ask(self.tr("Archive article"), question, yes=self.tr("Archive")):
                return
            with self.database.sessions.begin() as session:
                articles.archive_article(session, row.id, archived=True)
            self.host.signals.articles_changed.emit()
            self.host.show_message(self.tr("{article} was archived.").format(article=label))
            return
        self.host.signals.articles_changed.emit()
        self.host.show_message(self.tr("{article} was deleted.").format(article=label))

    # --- price lists ------------------------------------------------------------------------

    def folder(self) -> Path:
        """The folder a price list was last read from or written to (else the documents folder)."""
        stored = str(self.settings.value(FOLDER, "") or "")
        return Path(stored) if stored and Path(stored).is_dir() else documents_folder()

    def ask_import_file(self) -> Path | None:
        """The price list to read (an open dialog); None when cancelled. Tests replace this."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import articles"),
            str(self.folder()),
            self.tr("Price lists (*.xlsx *.csv);;All files (*)"),
        )
        return Path(name) if name else None

    def ask_export_file(self, suggested: Path) -> tuple[Path, Format] | None:
        """The file to write and the format of the filter chosen (a save dialog); None when
        cancelled. Tests replace this."""
        filters: dict[str, Format] = {
            self.tr("Excel workbook (*.xlsx)"): "xlsx",
            self.tr("CSV file, semicolons (*.csv)"): "csv",
        }
        name, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export articles"), str(suggested), ";;".join(filters)
        )
        return (Path(name), filters.get(chosen, "xlsx")) if name else None

    def create_price_list_dialog(self, preview: PriceListPreview) -> QDialog:
        from meinbuero.gui.dialogs.price_list_dialog import PriceListDialog

        return PriceListDialog(
            database=self.database, signals=self.host.signals, preview=preview, parent=self
        )

    def import_articles(self) -> None:
        """Artikel importieren…: a price list read and checked, its preview, then the import
        (the dialog writes and tells the lists)."""
        path = self.ask_import_file()
        if path is None:
            return
        self.settings.setValue(FOLDER, str(path.parent))
        try:
            with wait_cursor(), self.database.sessions() as session:
                preview = article_exchange.read_price_list(path, session=session)
        except ImportFailed as error:
            self.host.inform(str(error))
            return
        dialog = self.create_price_list_dialog(preview)
        try:
            self.host.run_dialog(dialog)
            counts = getattr(dialog, "counts", None)
        finally:
            dialog.deleteLater()
        if counts is not None:
            self.host.show_message(
                self.tr("Imported: {new} new, {updated} changed articles.").format(
                    new=counts.new, updated=counts.updated
                )
            )

    def export_articles(self) -> Path | None:
        """Artikel exportieren…: every article (the archived ones too while they are shown)
        to .xlsx or .csv; the file written, None when cancelled or refused (the user is told)."""
        answer = self.ask_export_file(self.folder() / self.tr("Articles.xlsx"))
        if answer is None:
            return None
        path, fmt = export_target(*answer)
        try:
            with wait_cursor(), self.database.sessions() as session:
                count = article_exchange.export_articles(
                    session, path, fmt=fmt, archived=self.archived_check.isChecked()
                )
        except Refused as error:
            self.host.inform(str(error))
            return None
        self.settings.setValue(FOLDER, str(path.parent))
        self.host.show_message(
            self.tr("{count} articles written to {path}.").format(
                count=QLocale().toString(count), path=str(path)
            )
        )
        return path


def export_target(path: Path, chosen: Format) -> tuple[Path, Format]:
    """The file and format of an export: the extension typed decides (.xlsx or .csv), else the
    filter chosen, whose extension is then added."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return path, "xlsx"
    if suffix == ".csv":
        return path, "csv"
    return path.with_name(f"{path.name}.{chosen}"), chosen


def count_text(count: int) -> str:
    """The status bar's count: "1.234 Artikel"."""
    return QCoreApplication.translate("ArticlesArea", "{count} articles").format(
        count=QLocale().toString(count)
    )


__all__ = ["ArticlesArea", "count_text", "export_target"]
