"""The Dokumente tab: the customer's electronic file.

Files dropped onto the tab (or chosen with "Hinzufügen…") are copied into the company's document
store by a worker with its own session, one transaction per file. Opening hands the program
Windows has for the type a read-only copy in a viewing folder of this window's own; "Bearbeiten"
hands it a writable working copy, watches it, and keeps changed content as a new version (when the
file is saved, on "Änderungen übernehmen" and when the window closes). The store itself is never
given to another program.

An e-invoice among the added files (an XRechnung XML, a ZUGFeRD PDF) is filed with its PDF view
(:mod:`meinbuero.services.einvoice.incoming`) and shown in its window; opening a filed e-invoice
XML shows that window rather than the raw XML.
"""

from __future__ import annotations

import hashlib
import shutil
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QFileSystemWatcher,
    QObject,
    QPoint,
    Qt,
    QThread,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from meinbuero.domain.files import format_size_de, safe_file_name
from meinbuero.domain.values import format_datetime_de
from meinbuero.gui.dialogs.einvoice_view_dialog import EInvoiceViewDialog
from meinbuero.gui.forms.ui_customer_documents import Ui_CustomerDocuments
from meinbuero.gui.models.document_table import DocumentTableModel
from meinbuero.gui.widgets.customer_parts import CustomerContext
from meinbuero.gui.widgets.fields import clear_marks, mark_invalid
from meinbuero.gui.windows import documents_folder
from meinbuero.services import customers, documents
from meinbuero.services.documents import DocumentInput, DocumentRow
from meinbuero.services.einvoice import incoming, suppliers
from meinbuero.services.einvoice.read import EInvoice
from meinbuero.services.errors import InvalidInput, NotFound, Refused
from meinbuero.store.database import Database

SEARCH_DELAY_MS = 200
# An editor saves in several steps (truncate, write, rename): wait for it to finish.
SETTLE_MS = 800
_ALL = -1


def sha256_of(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


@dataclass
class WorkingCopy:
    """A document opened for changing: where its copy is and which content it started from."""

    document_id: int
    path: Path
    base_sha256: str
    title: str


class AddWorker(QThread):
    """Adds files one transaction each, in its own session; reports per file."""

    progressed = Signal(int, str)

    def __init__(
        self,
        *,
        database: Database,
        customer_id: int,
        paths: list[Path],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._customer_id = customer_id
        self._paths = paths
        self._cancelled = False
        self.added: list[int] = []
        self.einvoices: list[EInvoice] = []  # the e-invoices among them (filed with their view)
        self.failures: list[str] = []

    def cancel(self) -> None:
        self._cancelled = True

    def run(self) -> None:
        for number, path in enumerate(self._paths):
            if self._cancelled:
                break
            self.progressed.emit(number, path.name)
            try:
                with self._database.sessions.begin() as session:
                    added = incoming.add_file(session, customer_id=self._customer_id, path=path)
                self.added.append(added.document_id)
                if added.einvoice is not None:
                    self.einvoices.append(added.einvoice.invoice)
                    if added.einvoice.rendering_id is not None:
                        self.added.append(added.einvoice.rendering_id)
            except Refused as error:
                self.failures.append(str(error))
            except (NotFound, OSError) as error:
                self.failures.append(f"{path.name}: {error}")
        self.progressed.emit(len(self._paths), "")


class DocumentsTab(QWidget):
    """The Dokumente tab of the details window."""

    #: Files were added (from a drop or "Hinzufügen…"): the ids of the new documents.
    files_added = Signal(list)
    #: A working copy's changes were kept as a new version of the document with this id.
    version_stored = Signal(int)

    def __init__(self, *, context: CustomerContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._view_root: Path | None = None
        self._working: dict[int, WorkingCopy] = {}
        self._worker: AddWorker | None = None
        self._progress: QProgressDialog | None = None
        self._shown_id: int | None = None
        self._shown_input: DocumentInput | None = None
        self._loading = False
        #: The e-invoice windows opened from this tab (a drop, a double-click).
        self.einvoice_views: list[EInvoiceViewDialog] = []

        self.ui = Ui_CustomerDocuments()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]  # generated by uic
        self.setAcceptDrops(True)
        self.model = DocumentTableModel(self)
        view = self.ui.document_view
        view.setModel(self.model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        for column in range(self.model.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(self.model.sort_column, Qt.SortOrder.DescendingOrder)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.unsaved_hint.setStyleSheet(
            "QLabel { color: #5b4100; background: #fff6d6; border: 1px solid #e6c65c;"
            " border-radius: 3px; padding: 4px 6px; }"
        )

        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._working_copy_changed)
        self.settle_timer = QTimer(self)
        self.settle_timer.setSingleShot(True)
        self.settle_timer.setInterval(SETTLE_MS)
        self.settle_timer.timeout.connect(self.apply_changes)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)

        ui = self.ui
        self.model.sort_changed.connect(self.reload)
        ui.search_field.textChanged.connect(lambda _text: self.search_timer.start())
        ui.category_filter.currentIndexChanged.connect(lambda _i: self.reload())
        ui.show_bin.toggled.connect(lambda _on: self.reload())
        view.doubleClicked.connect(lambda _index: self.open_selected())
        view.customContextMenuRequested.connect(self._context_menu)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        for key in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(key), view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.open_selected)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)
        ui.add_documents.clicked.connect(self.add_chosen)
        ui.open_document.clicked.connect(self.open_selected)
        ui.edit_document.clicked.connect(self.edit_selected)
        ui.apply_changes.clicked.connect(self.apply_changes)
        ui.save_as.clicked.connect(self.save_selected_as)
        ui.delete_document.clicked.connect(self.delete_selected)
        ui.restore_document.clicked.connect(self.restore_selected)
        ui.empty_bin.clicked.connect(self.empty_recycle_bin)
        ui.save_properties.clicked.connect(self.save_properties)
        ui.versions.itemActivated.connect(self._open_version)
        for field in (ui.title, ui.document_date):
            field.textEdited.connect(lambda _text: self._update_buttons())
        ui.remark.textChanged.connect(self._update_buttons)
        ui.category.currentIndexChanged.connect(lambda _i: self._update_buttons())
        ui.contact_person.currentIndexChanged.connect(lambda _i: self._update_buttons())
        ui.add_documents.setToolTip(self.tr("Copy files into this customer's documents"))
        ui.edit_document.setToolTip(
            self.tr("Open a working copy for changing; saved changes become a new version")
        )
        ui.apply_changes.setToolTip(self.tr("Keep the changes of opened working copies now"))
        ui.document_view.setToolTip("")
        self.reload()

    # -- list -----------------------------------------------------------------------------------

    def _customer_id(self) -> int | None:
        return self._context.customer_id

    def _fill_filters(self) -> None:
        customer_id = self._customer_id()
        with self._context.database.sessions() as session:
            categories = [
                (c.id, c.name, c.hidden) for c in documents.categories(session, include_hidden=True)
            ]
            persons = []
            if customer_id is not None:
                try:
                    customer = customers.get_customer(session, customer_id)
                    persons = [(p.id, p.display_name) for p in customer.contact_persons]
                except NotFound:
                    persons = []
        self._categories = categories
        combo = self.ui.category_filter
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All categories"), _ALL)
        for category_id, name, _hidden in categories:
            combo.addItem(name, category_id)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)
        people = self.ui.contact_person
        people.blockSignals(True)
        people.clear()
        people.addItem(self.tr("(none)"), None)
        for person_id, name in persons:
            people.addItem(name, person_id)
        people.blockSignals(False)

    def reload(self, *, select: list[int] | None = None) -> None:
        """Read the list again (keeping the selection, or selecting ``select``).

        A hidden tab only marks what is enabled; it reads when it is shown.
        """
        self.search_timer.stop()
        customer_id = self._customer_id()
        is_new = customer_id is None
        self.ui.unsaved_hint.setVisible(is_new)
        for widget in (self.ui.splitter, self.ui.category_filter, self.ui.search_field):
            widget.setEnabled(not is_new)
        self.ui.show_bin.setEnabled(not is_new)
        if not self.isVisible():
            # Read when the tab comes to the front (showEvent): opening the window stays quick.
            self._update_buttons()
            return
        keep = select if select is not None else [r.id for r in self.selected_rows()]
        self._loading = True
        try:
            self._fill_filters()
            rows: list[DocumentRow] = []
            live = binned = 0
            if customer_id is not None:
                category = self.ui.category_filter.currentData()
                with self._context.database.sessions() as session:
                    rows = documents.list_documents(
                        session,
                        customer_id,
                        category_id=None if category in (None, _ALL) else int(category),
                        text=self.ui.search_field.text(),
                        deleted=self.in_bin(),
                        sort=self.model.sort_key,
                        descending=self.model.descending,
                    )
                    live, binned = documents.document_counts(session, customer_id)
            self.model.set_rows(rows)
            view = self.ui.document_view
            for document_id in keep:
                row = self.model.row_of(document_id)
                if row is not None:
                    view.selectionModel().select(
                        self.model.index(row, 0),
                        view.selectionModel().SelectionFlag.Select
                        | view.selectionModel().SelectionFlag.Rows,
                    )
                    view.setCurrentIndex(self.model.index(row, 0))
        finally:
            self._loading = False
        if self.in_bin():
            text = self.tr("{count} documents in the recycle bin").format(count=binned)
        else:
            text = self.tr("{count} documents").format(count=live)
            if binned:
                text += " · " + self.tr("{count} in the recycle bin").format(count=binned)
        self.ui.count_label.setText(text)
        self._show_selected()

    def refresh_choices(self) -> None:
        """Categories or contact persons changed elsewhere: read again, keeping what is typed."""
        if not self._properties_modified():
            self.reload()

    def in_bin(self) -> bool:
        return self.ui.show_bin.isChecked()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Coming to the front reads the list again (unless properties are being typed)."""
        super().showEvent(event)
        if not self._properties_modified():
            self.reload()

    def selected_rows(self) -> list[DocumentRow]:
        rows = sorted(i.row() for i in self.ui.document_view.selectionModel().selectedRows())
        return [self.model.row_at(r) for r in rows if r < self.model.rowCount()]

    def selected_row(self) -> DocumentRow | None:
        rows = self.selected_rows()
        return rows[0] if len(rows) == 1 else None

    def select_document(self, document_id: int) -> None:
        row = self.model.row_of(document_id)
        if row is not None:
            self.ui.document_view.selectRow(row)

    # -- properties -----------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        if self._loading:
            return
        if self._properties_modified() and not self.save_properties():
            return
        self._show_selected()

    def _show_selected(self) -> None:
        row = self.selected_row()
        ui = self.ui
        clear_marks(self.input_widgets())
        self._loading = True
        try:
            ui.versions.clear()
            if row is None:
                self._shown_id = None
                self._shown_input = None
                for field in (ui.title, ui.document_date):
                    field.clear()
                ui.remark.clear()
                ui.category.clear()
                ui.file_info.clear()
            else:
                self._shown_id = row.id
                with self._context.database.sessions() as session:
                    document = documents.get_document(session, row.id)
                    data = DocumentInput.of(document)
                    versions = [
                        (v.number, v.created_at, v.author, v.size, v.file_name)
                        for v in document.versions
                    ]
                ui.category.clear()
                for category_id, name, hidden in self._categories:
                    if not hidden or category_id == data.category_id:
                        ui.category.addItem(name, category_id)
                ui.title.setText(data.title)
                ui.category.setCurrentIndex(max(ui.category.findData(data.category_id), 0))
                ui.contact_person.setCurrentIndex(
                    max(ui.contact_person.findData(data.contact_person_id), 0)
                )
                ui.document_date.setText(data.document_date)
                ui.remark.setPlainText(data.remark)
                self._shown_input = self._typed()
                ui.file_info.setText(
                    self.tr("{name} · {size} · added {time} by {author}").format(
                        name=row.file_name,
                        size=format_size_de(row.size),
                        time=format_datetime_de(row.created_at),
                        author=row.author,
                    )
                )
                for number, created, author, size, _name in reversed(versions):
                    item = QListWidgetItem(
                        self.tr("Version {number} · {time} · {size}").format(
                            number=number,
                            time=format_datetime_de(created),
                            size=format_size_de(size),
                        )
                    )
                    item.setToolTip(self.tr("by {author}").format(author=author))
                    item.setData(Qt.ItemDataRole.UserRole, number)
                    ui.versions.addItem(item)
        finally:
            self._loading = False
        self._update_buttons()

    def _typed(self) -> DocumentInput:
        ui = self.ui
        person = ui.contact_person.currentData()
        category = ui.category.currentData()
        return DocumentInput(
            title=ui.title.text(),
            category_id=int(category) if category is not None else None,
            contact_person_id=int(person) if person is not None else None,
            document_date=ui.document_date.text(),
            remark=ui.remark.toPlainText(),
        )

    def _properties_modified(self) -> bool:
        return self._shown_id is not None and self._typed() != self._shown_input

    def input_widgets(self) -> list[QWidget]:
        ui = self.ui
        return [ui.title, ui.category, ui.contact_person, ui.document_date, ui.remark]

    def widget_for(self, label: str) -> QWidget | None:
        fields: dict[str, QWidget] = {
            self.tr("Title"): self.ui.title,
            self.tr("Category"): self.ui.category,
            self.tr("Date"): self.ui.document_date,
        }
        return fields.get(label)

    def save_properties(self) -> bool:
        """Store the changed title, category, person, date and remark of the shown document."""
        if self._shown_id is None or not self._properties_modified():
            return True
        clear_marks(self.input_widgets())
        document_id = self._shown_id
        try:
            with self._context.database.sessions.begin() as session:
                documents.update_document(session, document_id, self._typed())
        except InvalidInput as invalid:
            for error in invalid.errors:
                widget = self.widget_for(error.field)
                if widget is not None:
                    mark_invalid(widget, error.message)
            self.show_status("\n".join(str(e) for e in invalid.errors), error=True)
            return False
        except NotFound:
            self.show_status(self.tr("This document is no longer there."), error=True)
            self.reload()
            return False
        self.show_status(self.tr("Properties saved."))
        self._context.stored_elsewhere()
        self.reload(select=[document_id])
        return True

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.ui.status_label.setStyleSheet("QLabel { color: #8e1b1b; }" if error else "")
        self.ui.status_label.setText(text)

    def _update_buttons(self) -> None:
        ui = self.ui
        selected = self.selected_rows()
        one = len(selected) == 1
        live = not self.in_bin()
        has_customer = self._customer_id() is not None
        ui.add_documents.setEnabled(has_customer)
        ui.open_document.setEnabled(one)
        ui.edit_document.setEnabled(one and live)
        ui.save_as.setEnabled(one)
        ui.delete_document.setEnabled(bool(selected) and live)
        ui.delete_document.setVisible(live)
        ui.restore_document.setVisible(not live)
        ui.restore_document.setEnabled(bool(selected))
        ui.empty_bin.setVisible(not live)
        ui.empty_bin.setEnabled(self.model.rowCount() > 0)
        ui.apply_changes.setEnabled(bool(self._working))
        ui.properties.setEnabled(one and live)
        ui.save_properties.setEnabled(self._properties_modified())

    # -- adding ---------------------------------------------------------------------------------

    def ask_files_to_add(self) -> list[Path]:
        """The file dialog of "Hinzufügen…" (tests answer it in place of the user)."""
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Add documents"), str(documents_folder()), self.tr("All files (*)")
        )
        return [Path(name) for name in names]

    def add_chosen(self) -> None:
        paths = self.ask_files_to_add()
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[Path]) -> None:
        """Copy the files into the store off the GUI thread; ``files_added`` when done."""
        customer_id = self._customer_id()
        if customer_id is None or not paths or self._worker is not None:
            return
        worker = AddWorker(
            database=self._context.database, customer_id=customer_id, paths=paths, parent=self
        )
        self._worker = worker
        if len(paths) > 1:
            progress = QProgressDialog(
                self.tr("Adding documents…"), self.tr("Cancel"), 0, len(paths), self
            )
            progress.setWindowTitle(self.tr("Documents"))
            progress.setMinimumDuration(500)
            progress.setWindowModality(Qt.WindowModality.WindowModal)
            progress.canceled.connect(worker.cancel)
            worker.progressed.connect(lambda number, name: self._progressed(progress, number, name))
            self._progress = progress
        worker.finished.connect(self._added)
        self.show_status(self.tr("Adding documents…"))
        worker.start()

    def _progressed(self, progress: QProgressDialog, number: int, name: str) -> None:
        progress.setValue(number)
        if name:
            progress.setLabelText(self.tr("Adding {name}…").format(name=name))

    def _added(self) -> None:
        worker = self._worker
        if worker is None:
            return
        self._worker = None
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        worker.wait()
        added, failures = list(worker.added), list(worker.failures)
        einvoices = list(worker.einvoices)
        worker.deleteLater()
        lines = []
        if added:
            lines.append(self.tr("{count} documents added.").format(count=len(added)))
        lines += failures
        self.show_status("\n".join(lines), error=bool(failures))
        if added:
            if self.in_bin():
                self.ui.show_bin.setChecked(False)
            self._context.stored_elsewhere()
            self.reload(select=added)
        self.files_added.emit(added)
        for invoice in einvoices[:1]:  # the first; more would bury the window in views
            self.show_view(invoice)

    def is_busy(self) -> bool:
        return self._worker is not None

    @staticmethod
    def _local_files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
        mime = event.mimeData()
        if mime is None or not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if self._customer_id() is not None and self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt's name)
        if self._customer_id() is not None and self._local_files(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        paths = self._local_files(event)
        if self._customer_id() is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    # -- opening and editing ----------------------------------------------------------------------

    def viewing_folder(self) -> Path:
        """This window's own folder for copies handed to other programs."""
        if self._view_root is None:
            self._view_root = Path(tempfile.mkdtemp(prefix="meinbuero-dokumente-"))
        return self._view_root

    def _file_name(self, row_title: str, file_name: str) -> str:
        suffix = Path(file_name).suffix if "." in file_name else ""
        return safe_file_name(row_title + suffix)

    def open_url(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def view_copy(self, document_id: int, number: int | None = None) -> Path:
        """A read-only copy of the document (newest or ``number``) to hand to another program."""
        with self._context.database.sessions() as session:
            version = documents.version(session, document_id, number)
            source = documents.stored_path(session, document_id, version.number)
            name = self._file_name(version.document.title, version.file_name)
            folder = self.viewing_folder() / f"{document_id}-{version.number}"
        target = folder / name
        if not target.exists():
            folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            target.chmod(stat.S_IREAD | stat.S_IRGRP | stat.S_IROTH)
        return target

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is not None:
            self.open_document(row.id)

    def open_document(self, document_id: int, number: int | None = None) -> None:
        if self.show_einvoice(document_id, number) is not None:
            return
        try:
            path = self.view_copy(document_id, number)
        except (NotFound, OSError) as error:
            self.show_status(self._open_failed(error), error=True)
            return
        self.open_url(path)

    def show_einvoice(
        self, document_id: int, number: int | None = None
    ) -> EInvoiceViewDialog | None:
        """The readable view of a filed e-invoice (XML); None for any other document."""
        try:
            with self._context.database.sessions() as session:
                invoice = incoming.filed_einvoice(session, document_id, number)
        except NotFound:
            return None
        return self.show_view(invoice) if invoice is not None else None

    def show_view(self, invoice: EInvoice) -> EInvoiceViewDialog:
        """The window of an e-invoice filed here."""
        customer_id = self._customer_id()
        with self._context.database.sessions() as session:
            filed_with = suppliers.customer_label(session, customer_id) if customer_id else ""
        dialog = EInvoiceViewDialog(invoice=invoice, filed_with=filed_with, parent=self)
        self.einvoice_views.append(dialog)
        dialog.finished.connect(lambda _result, dialog=dialog: self._view_closed(dialog))
        dialog.show()
        return dialog

    def _view_closed(self, dialog: EInvoiceViewDialog) -> None:
        if dialog in self.einvoice_views:
            self.einvoice_views.remove(dialog)
        dialog.deleteLater()

    def _open_failed(self, error: Exception) -> str:
        if isinstance(error, OSError):
            return self.tr("The document cannot be opened: {reason}").format(
                reason=error.strerror or str(error)
            )
        return self.tr("This document is no longer there.")

    def _open_version(self, item: QListWidgetItem) -> None:
        if self._shown_id is not None:
            self.open_document(self._shown_id, int(item.data(Qt.ItemDataRole.UserRole)))

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None and not self.in_bin():
            self.edit_document(row.id)

    def edit_document(self, document_id: int) -> Path | None:
        """Open a writable working copy; its saved changes become new versions."""
        copy = self._working.get(document_id)
        if copy is None or not copy.path.exists():
            try:
                with self._context.database.sessions() as session:
                    version = documents.version(session, document_id)
                    source = documents.stored_path(session, document_id)
                    name = self._file_name(version.document.title, version.file_name)
                    title = version.document.title
                    sha256 = version.sha256
                folder = self.viewing_folder() / f"bearbeiten-{document_id}"
                folder.mkdir(parents=True, exist_ok=True)
                path = folder / name
                shutil.copyfile(source, path)
                path.chmod(stat.S_IREAD | stat.S_IWRITE)
            except (NotFound, OSError) as error:
                self.show_status(self._open_failed(error), error=True)
                return None
            copy = WorkingCopy(document_id, path, sha256, title)
            self._working[document_id] = copy
            self.watcher.addPath(str(path))
        self.show_status(
            self.tr(
                "“{title}” is open for changing. Saved changes are kept as a new version."
            ).format(title=copy.title)
        )
        self._update_buttons()
        self.open_url(copy.path)
        return copy.path

    def working_copies(self) -> list[WorkingCopy]:
        return list(self._working.values())

    def _working_copy_changed(self, path: str) -> None:
        self.settle_timer.start()

    def apply_changes(self) -> list[int]:
        """Keep the changed working copies as new versions; the ids of the documents changed."""
        self.settle_timer.stop()
        stored: list[int] = []
        messages: list[str] = []
        for copy in list(self._working.values()):
            if str(copy.path) not in self.watcher.files() and copy.path.exists():
                self.watcher.addPath(str(copy.path))  # an editor that saves by renaming
            try:
                current = sha256_of(copy.path)
            except OSError:
                continue  # being written, or gone: the next change or closing tries again
            if current == copy.base_sha256:
                continue
            try:
                with self._context.database.sessions.begin() as session:
                    version = documents.add_version_file(session, copy.document_id, copy.path)
                    number = version.number if version is not None else None
            except Refused as error:
                messages.append(str(error))
                continue
            except NotFound:
                del self._working[copy.document_id]
                continue
            copy.base_sha256 = current
            if number is not None:
                stored.append(copy.document_id)
                messages.append(
                    self.tr("Version {number} of “{title}” stored.").format(
                        number=number, title=copy.title
                    )
                )
        if messages:
            self.show_status("\n".join(messages))
        if stored:
            self._context.stored_elsewhere()
            self.reload()
            for document_id in stored:
                self.version_stored.emit(document_id)
        return stored

    def finish(self) -> None:
        """The window closes: keep what was changed, then forget the copies."""
        if self._properties_modified():
            self.save_properties()
        if self._working:
            self.apply_changes()
        if self._worker is not None:
            self._worker.cancel()
            self._worker.wait()
            self._added()
        for copy in self._working.values():
            self.watcher.removePath(str(copy.path))
        self._working.clear()
        if self._view_root is not None:
            # Files still open in another program (Windows) stay; the temp folder is the OS's.
            shutil.rmtree(self._view_root, onerror=_make_writable)
            self._view_root = None

    # -- exporting, deleting ------------------------------------------------------------------

    def ask_save_path(self, suggested: str) -> Path | None:
        """The file dialog of "Speichern unter…" (tests answer it in place of the user)."""
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save document as"),
            str(documents_folder() / suggested),
            self.tr("All files (*)"),
        )
        return Path(name) if name else None

    def save_selected_as(self) -> Path | None:
        row = self.selected_row()
        if row is None:
            return None
        target = self.ask_save_path(self._file_name(row.title, row.file_name))
        if target is None:
            return None
        try:
            with self._context.database.sessions() as session:
                documents.export_copy(session, row.id, target)
        except (Refused, NotFound, OSError) as error:
            reason = error.strerror if isinstance(error, OSError) else str(error)
            self.show_status(
                self.tr("Could not save {name}: {reason}").format(name=target.name, reason=reason),
                error=True,
            )
            return None
        self.show_status(self.tr("Saved as {path}.").format(path=str(target)))
        return target

    def ask_delete(self, count: int) -> bool:
        """Ask before moving documents to the recycle bin (tests answer in place of the user)."""
        answer = QMessageBox.question(
            self,
            self.tr("Delete documents"),
            self.tr("Move {count} documents to the recycle bin?").format(count=count),
        )
        return answer == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if not rows or self.in_bin() or not self.ask_delete(len(rows)):
            return
        with self._context.database.sessions.begin() as session:
            for row in rows:
                documents.delete_document(session, row.id)
        self.show_status(
            self.tr("{count} documents moved to the recycle bin.").format(count=len(rows))
        )
        self._context.stored_elsewhere()
        self.reload()

    def restore_selected(self) -> None:
        rows = self.selected_rows()
        if not rows or not self.in_bin():
            return
        with self._context.database.sessions.begin() as session:
            for row in rows:
                documents.restore_document(session, row.id)
        self.show_status(self.tr("{count} documents restored.").format(count=len(rows)))
        self._context.stored_elsewhere()
        self.reload()

    def ask_empty_bin(self, count: int) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Empty recycle bin"),
            self.tr(
                "Delete the {count} documents in the recycle bin for good? This cannot be undone."
            ).format(count=count),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def empty_recycle_bin(self) -> None:
        customer_id = self._customer_id()
        if customer_id is None:
            return
        with self._context.database.sessions() as session:
            _live, binned = documents.document_counts(session, customer_id)
        if not binned or not self.ask_empty_bin(binned):
            return
        with self._context.database.sessions.begin() as session:
            removed = documents.empty_recycle_bin(session, customer_id)
        self.show_status(self.tr("{count} documents deleted for good.").format(count=removed))
        self._context.stored_elsewhere()
        self.reload()

    def _context_menu(self, position: QPoint) -> None:
        view = self.ui.document_view
        index = view.indexAt(position)
        if index.isValid() and not view.selectionModel().isRowSelected(index.row()):
            view.selectRow(index.row())
        one = self.selected_row() is not None
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), self.open_selected).setEnabled(one)
        if self.in_bin():
            menu.addAction(self.tr("Restore"), self.restore_selected).setEnabled(
                bool(self.selected_rows())
            )
        else:
            menu.addAction(self.tr("Edit"), self.edit_selected).setEnabled(one)
            menu.addAction(self.tr("Save as…"), self.save_selected_as).setEnabled(one)
            menu.addSeparator()
            menu.addAction(self.tr("Add…"), self.add_chosen)
            menu.addAction(self.tr("Delete"), self.delete_selected).setEnabled(
                bool(self.selected_rows())
            )
        menu.exec(view.viewport().mapToGlobal(position))
        menu.deleteLater()


def _make_writable(function: object, path: str, error: object) -> None:
    # The viewing copies are read-only; make one writable and try once more.
    try:
        target = Path(path)
        target.chmod(stat.S_IREAD | stat.S_IWRITE)
        target.unlink()
    except OSError:
        pass
