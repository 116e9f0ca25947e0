"""Datei > Importieren…: file → column mapping (unknown layouts only) → preview → import.

The file is read and previewed on the GUI thread (nothing is written); the import itself runs
in a :class:`ImportWorker` thread with its own Session, in one transaction, with progress and
cancel. The result is shown and saved as a text file beside the company file.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from meinbuero.gui.signals import DataSignals
from meinbuero.gui.windows import remember_folder, start_folder
from meinbuero.services import custom_fields, importing
from meinbuero.services.errors import InvalidInput
from meinbuero.services.importing import (
    Decision,
    ImportCancelled,
    ImportFailed,
    ImportReport,
    Preview,
    RowStatus,
    SourceTable,
)
from meinbuero.services.importing.layouts import Layout, Proposal
from meinbuero.services.importing.service import PREVIEW_ROWS, report_folder
from meinbuero.store.database import Database

FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, RUN_PAGE = range(4)


def _item(text: object) -> QTableWidgetItem:
    item = QTableWidgetItem(str(text))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _table(headers: list[str], *, name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


#: Likely duplicates and refusals listed in the preview at most (a choice widget each for the
#: duplicates); the others follow the choice for all, the report lists every refusal.
LISTED = 1000


class ImportWorker(QThread):
    """Runs the import with its own Session; hands back a report, a failure or "cancelled"."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(
        self,
        *,
        database: Database,
        preview: Preview,
        on_duplicate: Decision,
        decisions: dict[int, Decision],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.preview = preview
        self.on_duplicate = on_duplicate
        self.decisions = decisions
        self.cancel_event = threading.Event()
        self.report_path: Path | None = None

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:
        try:
            with self.database.sessions.begin() as session:
                report = importing.run_import(
                    session,
                    self.preview,
                    on_duplicate=self.on_duplicate,
                    decisions=self.decisions,
                    cancel=self.cancel_event,
                    progress=self.progressed.emit,
                )
        except ImportCancelled:
            self.cancelled.emit()
            return
        except Exception as error:  # the transaction rolled back; tell the user in one line
            self.failed.emit(str(error) or type(error).__name__)
            return
        # A large write: the company file alone should hold it, not only its -wal.
        self.database.checkpoint()
        try:
            self.report_path = importing.save_report(report, report_folder(self.database.path))
        except OSError:
            self.report_path = None
        self.succeeded.emit(report)


class FilePage(QWizardPage):
    def __init__(self, *, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "Excel workbook (.xlsx), CSV file (.csv) or vCards (.vcf) – e.g. an export from "
                "Outlook, Google Contacts or Thunderbird."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path_edit")
        self.path_edit.textChanged.connect(self.completeChanged)
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.setObjectName("browse_button")
        self.browse_button.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.message = QLabel()
        self.message.setObjectName("file_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00000")
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&File:"))
        label.setBuddy(self.path_edit)
        layout.addWidget(label)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def browse(self) -> None:
        path = self._wizard.ask_source_file()
        if path is not None:
            self.path_edit.setText(str(path))

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return bool(self.path_edit.text().strip())

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        self.message.clear()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._wizard.load(Path(self.path_edit.text().strip()))
        except ImportFailed as error:
            self.message.setText(str(error))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        return True

    def nextId(self) -> int:  # noqa: N802 (Qt's name)
        return PREVIEW_PAGE if self._wizard.layout_found is not None else MAPPING_PAGE


class MappingPage(QWizardPage):
    def __init__(self, *, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Assign columns"))
        self.setSubTitle(
            self.tr(
                "The layout of this file is not known. Choose for each column the field it goes "
                "into; the proposal comes from the column headings."
            )
        )
        self.saved = QComboBox()
        self.saved.setObjectName("saved_mappings")
        self.load_button = QPushButton(self.tr("Apply"))
        self.load_button.setObjectName("load_mapping_button")
        self.load_button.clicked.connect(self.apply_saved)
        saved_row = QHBoxLayout()
        saved_row.addWidget(QLabel(self.tr("Saved mapping:")))
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(self.load_button)
        self.table = _table(
            [self.tr("Column"), self.tr("Example"), self.tr("Field"), self.tr("Recognised as")],
            name="mapping_table",
        )
        self.save_check = QCheckBox(self.tr("Save this mapping as:"))
        self.save_check.setObjectName("save_mapping_check")
        self.save_name = QLineEdit()
        self.save_name.setObjectName("save_mapping_name")
        self.save_name.textChanged.connect(
            lambda text: self.save_check.setChecked(bool(text.strip()))
        )
        save_row = QHBoxLayout()
        save_row.addWidget(self.save_check)
        save_row.addWidget(self.save_name, 1)
        self.message = QLabel()
        self.message.setObjectName("mapping_message")
        self.message.setStyleSheet("color: #b00000")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(saved_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(save_row)
        layout.addWidget(self.message)
        self._targets: list[str] = []

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        table = self._wizard.table
        assert table is not None
        labels = self._wizard.target_labels
        self._targets = list(labels)
        self.saved.clear()
        self.saved.addItems(self._wizard.saved_mappings())
        self.load_button.setEnabled(self.saved.count() > 0)
        self.saved.setEnabled(self.saved.count() > 0)
        self.table.setRowCount(len(table.headers))
        for i, header in enumerate(table.headers):
            self.table.setItem(i, 0, _item(header))
            # the first value of the column (a sparse column may start empty)
            sample = next((row[i] for row in table.rows[:50] if row[i]), "")
            self.table.setItem(i, 1, _item(sample.replace("\n", " ⏎ ")[:60]))
            combo = QComboBox()
            combo.setObjectName(f"target_{i}")
            for target in self._targets:
                combo.addItem(labels[target], target)
            self.table.setCellWidget(i, 2, combo)
            proposal = self._wizard.proposals[i] if i < len(self._wizard.proposals) else None
            similar = ""
            if proposal is not None and proposal.similar_to:
                similar = self.tr("like “{name}” ({score} %)").format(
                    name=proposal.similar_to, score=proposal.score
                )
            self.table.setItem(i, 3, _item(similar))
        self.set_targets(self._wizard.targets)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def combo(self, column: int) -> QComboBox:
        widget = self.table.cellWidget(column, 2)  # the Field column
        assert isinstance(widget, QComboBox)
        return widget

    def set_targets(self, targets: list[str]) -> None:
        for i, target in enumerate(targets):
            combo = self.combo(i)
            index = combo.findData(target)
            combo.setCurrentIndex(max(index, 0))

    def targets(self) -> list[str]:
        return [str(self.combo(i).currentData()) for i in range(self.table.rowCount())]

    def apply_saved(self) -> None:
        name = self.saved.currentText()
        if name:
            self.set_targets(self._wizard.load_mapping(name))

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        targets = self.targets()
        if not any(targets):
            self.message.setText(self.tr("Please assign at least one column to a field."))
            return False
        if self.save_check.isChecked():
            try:
                self._wizard.save_mapping(self.save_name.text(), targets)
            except InvalidInput as error:
                self.message.setText("; ".join(e.message for e in error.errors))
                return False
        self._wizard.targets = targets
        return True


class PreviewPage(QWizardPage):
    def __init__(self, *, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("This is what the import will do. Nothing has been written yet."))
        self.counts = QLabel()
        self.counts.setObjectName("counts_label")
        self.counts.setWordWrap(True)
        font = self.counts.font()
        font.setBold(True)
        self.counts.setFont(font)
        self.warnings = QLabel()
        self.warnings.setObjectName("warnings_label")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #8a5a00")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("preview_tabs")
        self.rows_table = _table(
            [
                self.tr("Row"),
                self.tr("Action"),
                self.tr("Name"),
                self.tr("Street"),
                self.tr("Postcode"),
                self.tr("City"),
                self.tr("Phone"),
                self.tr("E-mail"),
            ],
            name="rows_table",
        )
        self.duplicates_table = _table(
            [
                self.tr("Row"),
                self.tr("From the file"),
                self.tr("Existing customer"),
                self.tr("Reason"),
                self.tr("Action"),
            ],
            name="duplicates_table",
        )
        self.all_choice = QComboBox()
        self.all_choice.setObjectName("all_choice")
        self.apply_all = QPushButton(self.tr("Apply to all"))
        self.apply_all.setObjectName("apply_all_button")
        self.apply_all.clicked.connect(self.choose_for_all)
        duplicates = QWidget()
        duplicates_layout = QVBoxLayout(duplicates)
        all_row = QHBoxLayout()
        all_row.addWidget(QLabel(self.tr("For all likely duplicates:")))
        all_row.addWidget(self.all_choice)
        all_row.addWidget(self.apply_all)
        all_row.addStretch(1)
        duplicates_layout.addLayout(all_row)
        duplicates_layout.addWidget(self.duplicates_table)
        self.more_duplicates = QLabel()
        self.more_duplicates.setObjectName("more_duplicates_label")
        duplicates_layout.addWidget(self.more_duplicates)
        self.refused_table = _table(
            [self.tr("Row"), self.tr("Column"), self.tr("Value"), self.tr("Message")],
            name="refused_table",
        )
        refused = QWidget()
        refused_layout = QVBoxLayout(refused)
        refused_layout.setContentsMargins(0, 0, 0, 0)
        refused_layout.addWidget(self.refused_table)
        self.more_refusals = QLabel()
        self.more_refusals.setObjectName("more_refusals_label")
        refused_layout.addWidget(self.more_refusals)
        self.refuse_check = QCheckBox(self.tr("Refuse rows with a value that cannot be read"))
        self.refuse_check.setObjectName("refuse_unreadable_check")
        self.refuse_check.setToolTip(
            self.tr("Otherwise such a row is imported without the value, and the report lists it.")
        )
        self.refuse_check.toggled.connect(self._refuse_toggled)
        self.omitted_table = _table(
            [
                self.tr("Row"),
                self.tr("Field"),
                self.tr("Column"),
                self.tr("Value"),
                self.tr("Message"),
            ],
            name="omitted_table",
        )
        omitted = QWidget()
        omitted_layout = QVBoxLayout(omitted)
        omitted_layout.addWidget(self.refuse_check)
        omitted_layout.addWidget(self.omitted_table)
        self.columns_table = _table(
            [
                self.tr("Create as custom field"),
                self.tr("Column"),
                self.tr("Type"),
                self.tr("Examples"),
            ],
            name="columns_table",
        )
        self.columns_table.itemChanged.connect(self._column_checked)
        self.columns_note = QLabel()
        self.columns_note.setObjectName("columns_note")
        self.columns_note.setWordWrap(True)
        columns = QWidget()
        columns_layout = QVBoxLayout(columns)
        columns_layout.addWidget(self.columns_note)
        columns_layout.addWidget(self.columns_table)
        self.repair_check = QCheckBox(self.tr("Repair these values as the column “Repaired” shows"))
        self.repair_check.setObjectName("repair_check")
        self.repair_check.setChecked(True)
        self.repair_check.toggled.connect(self._repair_toggled)
        self.repairs_table = _table(
            [self.tr("Row"), self.tr("Column"), self.tr("As read"), self.tr("Repaired")],
            name="repairs_table",
        )
        repairs = QWidget()
        repairs_layout = QVBoxLayout(repairs)
        repairs_layout.addWidget(self.repair_check)
        repairs_layout.addWidget(self.repairs_table)
        self.tabs.addTab(self.rows_table, self.tr("Rows"))
        self.tabs.addTab(duplicates, self.tr("Likely duplicates"))
        self.tabs.addTab(refused, self.tr("Refused"))
        self.tabs.addTab(omitted, self.tr("Without unreadable values"))
        self.tabs.addTab(columns, self.tr("Columns not imported"))
        self.tabs.addTab(repairs, self.tr("Character set"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.warnings)
        layout.addWidget(self.tabs, 1)

    def choices(self) -> dict[Decision, str]:
        return {
            Decision.SKIP: self.tr("Skip"),
            Decision.UPDATE: self.tr("Update the existing one"),
            Decision.IMPORT: self.tr("Import anyway"),
        }

    def _status_text(self, status: RowStatus) -> str:
        return {
            RowStatus.NEW: self.tr("New"),
            RowStatus.UPDATE: self.tr("Update"),
            RowStatus.UNCHANGED: self.tr("Unchanged"),
            RowStatus.DUPLICATE: self.tr("Likely duplicate"),
            RowStatus.REFUSED: self.tr("Refused"),
        }[status]

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        for check, value in (
            (self.refuse_check, self._wizard.refuse_unreadable),
            (self.repair_check, self._wizard.repair),
        ):
            check.blockSignals(True)
            check.setChecked(value)
            check.blockSignals(False)
        self.refresh()

    def _refuse_toggled(self, checked: bool) -> None:
        self._wizard.refuse_unreadable = checked
        self.refresh()

    def _repair_toggled(self, checked: bool) -> None:
        self._wizard.repair = checked
        self.refresh()

    def _column_checked(self, item: QTableWidgetItem) -> None:
        if item.column() != 0:
            return
        column = int(item.data(Qt.ItemDataRole.UserRole))
        wanted = [c for c in self._wizard.new_fields if c != column]
        if item.checkState() == Qt.CheckState.Checked:
            wanted.append(column)
        self._wizard.new_fields = sorted(wanted)
        self.refresh()

    def refresh(self) -> None:
        """Check the rows again with the choices made (nothing is written)."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = self._wizard.make_preview()
        finally:
            QGuiApplication.restoreOverrideCursor()
        counts = preview.counts()
        omitted_rows = counts["omitted"]
        text = self.tr(
            "{rows} rows: {new} new customers, {updates} updates (same customer number or "
            "e-mail), {unchanged} unchanged, {duplicates} likely duplicates, {refused} refused."
        ).format(**counts)
        if omitted_rows:
            text += " " + self.tr("{omitted} of them without a value that cannot be read.").format(
                **counts
            )
        self.counts.setText(text)
        self._fill_omitted(preview)
        self._fill_columns(preview)
        self._fill_repairs(preview)
        self.warnings.setText("\n".join(preview.warnings))
        self.warnings.setVisible(bool(preview.warnings))
        shown = preview.rows[:PREVIEW_ROWS]
        self.rows_table.setRowCount(len(shown))
        for i, row in enumerate(shown):
            c = row.customer
            for column, value in enumerate(
                (
                    row.line,
                    self._status_text(row.status),
                    row.name,
                    c.street,
                    c.postcode,
                    c.city,
                    c.phone,
                    c.email,
                )
            ):
                self.rows_table.setItem(i, column, _item(value))
        all_duplicates = [r for r in preview.rows if r.status == RowStatus.DUPLICATE]
        duplicates = all_duplicates[:LISTED]
        self.duplicates_table.setRowCount(len(duplicates))
        self.more_duplicates.setText(
            self.tr(
                "Listed: the first {listed} of {count} likely duplicates. The others get the "
                "choice for all."
            ).format(
                listed=QLocale().toString(LISTED), count=QLocale().toString(len(all_duplicates))
            )
        )
        self.more_duplicates.setVisible(len(all_duplicates) > LISTED)
        choices = self.choices()
        self.all_choice.clear()
        for decision, text in choices.items():
            self.all_choice.addItem(text, decision.value)
        for i, row in enumerate(duplicates):
            assert row.match is not None
            c = row.customer
            imported = ", ".join(p for p in (row.name, f"{c.postcode} {c.city}".strip()) if p)
            for column, value in enumerate((row.line, imported, row.match.label, row.match.reason)):
                item = _item(value)
                item.setData(Qt.ItemDataRole.UserRole, row.index)
                self.duplicates_table.setItem(i, column, item)
            combo = QComboBox()
            combo.setObjectName(f"decision_{row.index}")
            for decision, text in choices.items():
                combo.addItem(text, decision.value)
            self.duplicates_table.setCellWidget(i, 4, combo)
        all_refusals = preview.refusals
        refused_rows = preview.count(RowStatus.REFUSED)
        refusals = all_refusals[:LISTED]
        self.more_refusals.setText(
            self.tr(
                "Listed: the first {listed} of {count} reasons. The import report lists all."
            ).format(listed=QLocale().toString(LISTED), count=QLocale().toString(len(all_refusals)))
        )
        self.more_refusals.setVisible(len(all_refusals) > LISTED)
        self.refused_table.setRowCount(len(refusals))
        for i, refusal in enumerate(refusals):
            for column, value in enumerate(
                (refusal.line, refusal.column, refusal.value, refusal.message)
            ):
                self.refused_table.setItem(i, column, _item(value))
        for table in (
            self.rows_table,
            self.duplicates_table,
            self.refused_table,
            self.omitted_table,
            self.columns_table,
            self.repairs_table,
        ):
            table.resizeColumnsToContents()
            table.horizontalHeader().setStretchLastSection(True)
        # each tab counts rows of the file, as the summary above does
        self.tabs.setTabText(
            1, self.tr("Likely duplicates ({count})").format(count=len(all_duplicates))
        )
        self.tabs.setTabText(2, self.tr("Refused ({count})").format(count=refused_rows))
        self.tabs.setTabText(
            3, self.tr("Without unreadable values ({count})").format(count=omitted_rows)
        )
        self.tabs.setTabText(
            4,
            self.tr("Columns not imported ({count})").format(
                count=len(preview.unplaced) + len(preview.new_fields)
            ),
        )
        self.tabs.setTabText(
            5,
            self.tr("Character set ({count})").format(
                count=len({fix.row_index for fix in preview.repairs})
            ),
        )
        for index, listed in (
            (3, omitted_rows),
            (4, self.columns_table.rowCount()),
            (5, preview.repairs),
        ):
            self.tabs.setTabVisible(index, bool(listed))

    def _fill_omitted(self, preview: Preview) -> None:
        omissions = preview.omissions[:LISTED]
        self.omitted_table.setRowCount(len(omissions))
        for i, omission in enumerate(omissions):
            for column, value in enumerate(
                (omission.line, omission.field, omission.column, omission.value, omission.message)
            ):
                self.omitted_table.setItem(i, column, _item(value))

    def _fill_columns(self, preview: Preview) -> None:
        types = custom_fields.type_labels()
        made = {new.column: new for new in preview.new_fields}
        columns = sorted(
            [(u.column, u.header, u.field_type, u.examples) for u in preview.unplaced]
            + [
                (n.column, n.label, n.field_type, self._examples(n.column))
                for n in preview.new_fields
            ]
        )
        self.columns_table.blockSignals(True)
        self.columns_table.setRowCount(len(columns))
        for i, (column, header, field_type, examples) in enumerate(columns):
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(
                Qt.CheckState.Checked if column in made else Qt.CheckState.Unchecked
            )
            check.setData(Qt.ItemDataRole.UserRole, column)
            self.columns_table.setItem(i, 0, check)
            self.columns_table.setItem(i, 1, _item(header))
            self.columns_table.setItem(i, 2, _item(types[field_type]))
            self.columns_table.setItem(i, 3, _item(", ".join(f"„{e}“" for e in examples)))
        self.columns_table.blockSignals(False)
        free = self._wizard.free_slots
        self.columns_note.setText(
            self.tr(
                "These columns have no field and are not imported. Tick a column to create it "
                "as a custom field ({free} of 20 free; the type is guessed from the values)."
            ).format(free=free)
        )

    def _examples(self, column: int) -> tuple[str, ...]:
        table = self._wizard.table
        assert table is not None
        values = (row[column] for row in table.rows[:200] if row[column])
        return tuple(dict.fromkeys(v.replace("\n", " ⏎ ")[:40] for v in values))[:3]

    def _fill_repairs(self, preview: Preview) -> None:
        repairs = preview.repairs[:LISTED]
        self.repairs_table.setRowCount(len(repairs))
        for i, fix in enumerate(repairs):
            for column, value in enumerate((fix.line, fix.header, fix.before, fix.after)):
                self.repairs_table.setItem(i, column, _item(value))

    def decision_combo(self, row: int) -> QComboBox:
        widget = self.duplicates_table.cellWidget(row, 4)
        assert isinstance(widget, QComboBox)
        return widget

    def choose_for_all(self) -> None:
        for row in range(self.duplicates_table.rowCount()):
            self.decision_combo(row).setCurrentIndex(self.all_choice.currentIndex())

    def decisions(self) -> dict[int, Decision]:
        result = {}
        for row in range(self.duplicates_table.rowCount()):
            item = self.duplicates_table.item(row, 0)
            assert item is not None
            index = int(item.data(Qt.ItemDataRole.UserRole))
            result[index] = Decision(self.decision_combo(row).currentData())
        return result

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        self._wizard.decisions = self.decisions()
        self._wizard.on_duplicate = Decision(self.all_choice.currentData())
        return True


class RunPage(QWizardPage):
    def __init__(self, *, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Import"))
        self.setSubTitle(
            self.tr("The customers are written in one go: cancelled means nothing is imported.")
        )
        self.progress = QProgressBar()
        self.progress.setObjectName("progress_bar")
        self.status = QLabel()
        self.status.setObjectName("status_label")
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.setObjectName("cancel_import_button")
        self.cancel_button.clicked.connect(self.cancel)
        self.report = QPlainTextEdit()
        self.report.setObjectName("report_text")
        self.report.setReadOnly(True)
        self.open_report_button = QPushButton(self.tr("Open report"))
        self.open_report_button.setObjectName("open_report_button")
        self.open_report_button.clicked.connect(self.open_report)
        self.open_report_button.setEnabled(False)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        form = QFormLayout()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.open_report_button, 0, Qt.AlignmentFlag.AlignRight)
        self.worker: ImportWorker | None = None
        self.done_running = False
        self.report_path: Path | None = None
        self.result: ImportReport | None = None

    def initializePage(self) -> None:  # noqa: N802 (Qt's name)
        preview = self._wizard.preview
        assert preview is not None
        self.done_running = False
        self.report.clear()
        self.progress.setRange(0, max(len(preview.rows), 1))
        self.progress.setValue(0)
        self.status.setText(self.tr("Importing…"))
        self.cancel_button.setEnabled(True)
        self.worker = ImportWorker(
            database=self._wizard.database,
            preview=preview,
            on_duplicate=self._wizard.on_duplicate,
            decisions=self._wizard.decisions,
            parent=self,
        )
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker.cancelled.connect(self._cancelled)
        self.worker.start()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.status.setText(self.tr("{done} of {total} rows").format(done=done, total=total))

    def _end(self, text: str) -> None:
        self.status.setText(text)
        self.cancel_button.setEnabled(False)
        self.done_running = True
        self.completeChanged.emit()

    def _succeeded(self, report: ImportReport) -> None:
        self.result = report
        self.progress.setValue(self.progress.maximum())
        self.report.setPlainText(report.text())
        assert self.worker is not None
        self.report_path = self.worker.report_path
        self.open_report_button.setEnabled(self.report_path is not None)
        text = self.tr("Import finished.")
        if self.report_path is not None:
            text += " " + self.tr("The report was saved as {path}.").format(
                path=str(self.report_path)
            )
        self._end(text)
        self._wizard.signals.customers_changed.emit()

    def _failed(self, message: str) -> None:
        self._end(
            self.tr("The import failed; nothing was imported. {message}").format(message=message)
        )

    def _cancelled(self) -> None:
        self._end(self.tr("The import was cancelled; nothing was imported."))

    def cancel(self) -> None:
        if self.worker is not None and self.worker.isRunning():
            self.worker.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def open_report(self) -> None:
        if self.report_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report_path)))

    def isComplete(self) -> bool:  # noqa: N802 (Qt's name)
        return self.done_running

    def wait(self) -> None:
        if self.worker is not None:
            self.worker.wait()


class ImportWizard(QWizard):
    """Import customers from a file; emits ``customers_changed`` after an import."""

    def __init__(
        self,
        *,
        database: Database,
        signals: DataSignals,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        #: Where the file dialog starts (the folder of the last import is kept here).
        self.settings = settings
        self.setObjectName("import_wizard")
        self.database = database
        self.signals = signals
        self.setWindowTitle(self.tr("Import customers"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.table: SourceTable | None = None
        self.layout_found: Layout | None = None
        self.targets: list[str] = []
        self.target_labels: dict[str, str] = {}
        self.preview: Preview | None = None
        self.decisions: dict[int, Decision] = {}
        self.on_duplicate = Decision.SKIP  # for the likely duplicates not listed
        self.proposals: list[Proposal] = []
        # the choices of the preview: take or refuse unreadable values, repair garbled text,
        # the columns that become custom fields
        self.refuse_unreadable = False
        self.repair = True
        self.new_fields: list[int] = []
        self.free_slots = 0
        self.file_page = FilePage(wizard=self)
        self.mapping_page = MappingPage(wizard=self)
        self.preview_page = PreviewPage(wizard=self)
        self.run_page = RunPage(wizard=self)
        self.setPage(FILE_PAGE, self.file_page)
        self.setPage(MAPPING_PAGE, self.mapping_page)
        self.setPage(PREVIEW_PAGE, self.preview_page)
        self.setPage(RUN_PAGE, self.run_page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.preview_page.setCommitPage(True)
        self.resize(900, 600)

    def ask_source_file(self) -> Path | None:
        """The file to import (tests replace this)."""
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import customers"),
            str(start_folder(self.settings, "import")),
            self.tr("Contacts (*.xlsx *.csv *.txt *.vcf);;All files (*)"),
        )
        if name:
            remember_folder(self.settings, "import", Path(name))
        return Path(name) if name else None

    def load(self, path: Path) -> None:
        """Read the file and propose a mapping; raises ImportFailed."""
        table = importing.read_source(path)
        with self.database.sessions() as session:
            self.layout_found, self.targets = importing.propose_mapping(session, table)
            self.target_labels = importing.target_labels(session)
            self.proposals = importing.header_proposals(session, table)
            self.free_slots = sum(1 for d in custom_fields.definitions(session) if not d.is_defined)
        self.table = table
        self.new_fields = []

    def saved_mappings(self) -> list[str]:
        with self.database.sessions() as session:
            return importing.saved_mappings(session)

    def load_mapping(self, name: str) -> list[str]:
        assert self.table is not None
        with self.database.sessions() as session:
            return importing.load_mapping(session, name, self.table.headers)

    def save_mapping(self, name: str, targets: list[str]) -> None:
        assert self.table is not None
        with self.database.sessions.begin() as session:
            importing.save_mapping(session, name, headers=self.table.headers, targets=targets)

    def make_preview(self) -> Preview:
        """Check every row (a large file takes a while: a progress window keeps the program
        painting meanwhile)."""
        assert self.table is not None
        waiting = QProgressDialog(self.tr("Checking the rows…"), "", 0, len(self.table.rows), self)
        waiting.setWindowTitle(self.tr("Import customers"))
        waiting.setCancelButton(None)  # no button: the check cannot be stopped halfway
        waiting.setWindowModality(Qt.WindowModality.WindowModal)
        waiting.setMinimumDuration(400)
        waiting.setMinimumWidth(360)
        try:
            with self.database.sessions() as session:
                self.preview = importing.prepare(
                    session,
                    self.table,
                    self.targets,
                    layout=self.layout_found,
                    progress=lambda done, _total: waiting.setValue(done),
                    repair=self.repair,
                    refuse_unreadable=self.refuse_unreadable,
                    new_fields=self.new_fields,
                )
        finally:
            waiting.reset()
            waiting.deleteLater()
        return self.preview

    def reject(self) -> None:
        # Cancel while importing: stop the worker (its transaction rolls back), then close.
        self.run_page.cancel()
        self.run_page.wait()
        super().reject()

    def done(self, result: int) -> None:
        self.run_page.wait()
        super().done(result)
