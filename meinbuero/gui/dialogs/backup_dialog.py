"""Datei > Datensicherung…: back up now, see, check and restore the backups in a folder.

The folder is remembered (QSettings). Each step runs on the GUI thread behind a wait cursor: a
backup of a large company takes seconds, and the database is read through its own connection
(SQLite's backup API), so the window's sessions are not touched. A restore goes into a new
company file, which the window then offers to open, or over the open company: then the window
closes it first, the restore backs it up beside itself and replaces it, and the window opens it
again (``replace_company``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meinbuero.services import backup, backup_settings
from meinbuero.services.backup_settings import AutoBackup
from meinbuero.services.errors import InvalidInput, Refused
from meinbuero.store.database import CompanyFileError, Database

FOLDER = "backup/folder"
PATH_ROLE = Qt.ItemDataRole.UserRole


def backup_folder(settings: QSettings, company_file: Path) -> Path:
    """The folder backups go to: the one chosen last, else beside the company file."""
    default = company_file.with_name(company_file.name + ".backups")
    return Path(str(settings.value(FOLDER, str(default))))


@contextmanager
def waiting() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class BackupDialog(QDialog):
    """The backups of one company file in a folder the user chooses."""

    def __init__(
        self,
        *,
        database: Database,
        settings: QSettings,
        open_company: Callable[[Path], None] | None = None,
        replace_company: Callable[[Path, str | None], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backup_dialog")
        self.setWindowTitle(self.tr("Backup"))
        self.database = database
        self.settings = settings
        self.open_company = open_company
        #: Restores a backup (with its password) over the open company: the window's business.
        self.replace_company = replace_company
        #: What the last step told the user (for tests and the status line).
        self.last_message = ""
        self.folder = backup_folder(settings, database.path)

        self.folder_edit = QLineEdit(str(self.folder), self)
        self.folder_edit.setObjectName("folder")
        self.folder_edit.setReadOnly(True)
        choose = QPushButton(self.tr("Change…"), self)
        choose.setObjectName("choose_folder")
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(choose)
        self.password = QLineEdit(self)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("(optional)"))
        self.password.setToolTip(
            self.tr(
                "With a password the backup is encrypted (AES-256). The password is not stored:"
                " without it the backup cannot be restored."
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.tr("Password:"), self.password)

        self.backup_button = QPushButton(self.tr("Back up now"), self)
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.back_up_now)
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("backups")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Date"),
                self.tr("Customers"),
                self.tr("Documents"),
                self.tr("Invoices"),
                self.tr("Encrypted"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.verify_button = QPushButton(self.tr("Check"), self)
        self.verify_button.setObjectName("verify")
        self.verify_button.clicked.connect(self.verify_selected)
        self.restore_button = QPushButton(self.tr("Restore…"), self)
        self.restore_button.setObjectName("restore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.restore_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        automatic = self._build_automatic()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(automatic)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(close)
        self.resize(640, 560)
        self.fill()

    def _build_automatic(self) -> QGroupBox:
        with self.database.sessions() as session:
            data = backup_settings.auto_backup(session)
        group = QGroupBox(self.tr("Back up automatically"), self)
        group.setObjectName("automatic")
        self.on_close = QCheckBox(self.tr("When the program is closed"), group)
        self.on_close.setObjectName("on_close")
        self.on_close.setChecked(data.on_close)
        self.daily = QCheckBox(self.tr("Daily, on the first start of a day"), group)
        self.daily.setObjectName("daily")
        self.daily.setChecked(data.daily)

        def spin(name: str, value: int, low: int, high: int) -> QSpinBox:
            box = QSpinBox(group)
            box.setObjectName(name)
            box.setRange(low, high)
            box.setValue(value)
            box.valueChanged.connect(self.save_automatic)
            return box

        self.keep_daily = spin("keep_daily", data.keep_daily, 0, backup_settings.MAX_KEEP)
        self.keep_weekly = spin("keep_weekly", data.keep_weekly, 0, backup_settings.MAX_KEEP)
        self.keep_monthly = spin("keep_monthly", data.keep_monthly, 0, backup_settings.MAX_KEEP)
        self.warn_days = spin("warn_days", data.warn_days, 1, backup_settings.MAX_WARN_DAYS)
        self.on_close.toggled.connect(self.save_automatic)
        self.daily.toggled.connect(self.save_automatic)
        keep = QHBoxLayout()
        for box, label in (
            (self.keep_daily, self.tr("daily")),
            (self.keep_weekly, self.tr("weekly")),
            (self.keep_monthly, self.tr("monthly")),
        ):
            keep.addWidget(box)
            keep.addWidget(QLabel(label, group))
        keep.addStretch(1)
        warn = QHBoxLayout()
        warn.addWidget(self.warn_days)
        warn.addWidget(QLabel(self.tr("days"), group))
        warn.addStretch(1)
        note = QLabel(
            self.tr(
                "Automatic backups are not encrypted (no password is stored); if you want a"
                " password, leave them off and back up with “Back up now”."
            ),
            group,
        )
        note.setObjectName("automatic_note")
        note.setWordWrap(True)
        form = QFormLayout(group)
        form.addRow(self.on_close)
        form.addRow(self.daily)
        form.addRow(self.tr("Keep the last:"), keep)
        form.addRow(self.tr("Warn when the last backup is older than:"), warn)
        form.addRow(note)
        return group

    def automatic(self) -> AutoBackup:
        """The automatic backups as set in the dialog."""
        return AutoBackup(
            on_close=self.on_close.isChecked(),
            daily=self.daily.isChecked(),
            keep_daily=self.keep_daily.value(),
            keep_weekly=self.keep_weekly.value(),
            keep_monthly=self.keep_monthly.value(),
            warn_days=self.warn_days.value(),
        )

    def save_automatic(self) -> bool:
        """Store the automatic backups with the company (on every change)."""
        try:
            with self.database.sessions.begin() as session:
                backup_settings.save_auto_backup(session, self.automatic())
        except (Refused, InvalidInput) as error:
            self._tell(str(error))
            return False
        return True

    # -- what the user sees ---------------------------------------------------------------------

    def _password(self) -> str | None:
        return self.password.text() or None

    def _tell(self, text: str) -> None:
        self.last_message = text
        self.status.setText(text)

    def warn(self, text: str) -> None:
        """Tell the user what went wrong; tests read it instead."""
        self._tell(text)
        QMessageBox.warning(self, self.tr("Backup"), text)

    def fill(self) -> None:
        """The backups in the folder, newest first."""
        self.table.setRowCount(0)
        password = self._password()
        for path in backup.backups_in(self.folder):
            try:
                info = backup.inspect_backup(path, password)
            except Refused:
                try:
                    info = backup.inspect_backup(path)
                except Refused:
                    continue  # not readable at all: "Check" is where the user learns why
            row = self.table.rowCount()
            self.table.insertRow(row)
            counts = info.counts
            cells = [
                info.created.strftime("%d.%m.%Y %H:%M"),
                str(counts.customers) if counts else "–",
                str(counts.documents) if counts else "–",
                str(counts.invoices) if counts else "–",
                self.tr("yes") if info.encrypted else self.tr("no"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(PATH_ROLE, str(path))
                item.setToolTip(str(path))
                self.table.setItem(row, column, item)
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.verify_button.setEnabled(chosen)
        self.restore_button.setEnabled(chosen)

    def selected(self) -> Path | None:
        items = self.table.selectedItems()
        return Path(str(items[0].data(PATH_ROLE))) if items else None

    def select(self, path: Path) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and Path(str(item.data(PATH_ROLE))) == path:
                self.table.selectRow(row)

    # -- steps ----------------------------------------------------------------------------------

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for backups"), str(self.folder)
        )
        if folder:
            self.set_folder(Path(folder))

    def set_folder(self, folder: Path) -> None:
        self.folder = folder
        self.folder_edit.setText(str(folder))
        self.settings.setValue(FOLDER, str(folder))
        self.fill()

    def back_up_now(self) -> Path | None:
        try:
            with waiting():
                path = backup.make_backup(
                    self.database.path, self.folder, password=self._password()
                )
        except (Refused, CompanyFileError) as error:
            self.warn(str(error))
            return None
        self.settings.setValue(FOLDER, str(self.folder))
        self.fill()
        self.select(path)
        self._tell(self.tr("Backed up to {path}.").format(path=str(path)))
        return path

    def verify_selected(self) -> bool:
        path = self.selected()
        if path is None:
            return False
        try:
            with waiting():
                backup.verify_backup(path, self._password())
        except Refused as error:
            self.warn(str(error))
            return False
        self._tell(self.tr("The backup {name} is complete and undamaged.").format(name=path.name))
        return True

    def ask_restore_target(self, suggested: Path) -> Path | None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Restore into a new company file"),
            str(suggested),
            self.tr("meinbuero company files (*.sqlite)"),
        )
        return Path(chosen) if chosen else None

    def restore_selected(self) -> Path | None:
        path = self.selected()
        if path is None:
            return None
        current = self.database.path
        suggested = current.with_name(f"{current.stem} wiederhergestellt{current.suffix}")
        target = self.ask_restore_target(suggested)
        if target is None:
            return None
        target = target.absolute()
        if target == current and self.replace_company is not None:
            if not self.ask_replace(current):
                return None
            self.accept()
            self.replace_company(path, self._password())
            return current
        if target == current:
            self.warn(
                self.tr(
                    "The open company file cannot be replaced while it is open. Restore into a"
                    " new file; it can then be opened instead."
                )
            )
            return None
        try:
            with waiting():
                # The file dialog asked already whether an existing file may be replaced; it is
                # backed up beside itself first.
                result = backup.restore_backup(
                    path, target, password=self._password(), force=target.exists()
                )
        except (Refused, CompanyFileError) as error:
            self.warn(str(error))
            return None
        self._tell(self.tr("Restored into {path}.").format(path=str(result.company_file)))
        if self.open_company is not None and self.ask_open(result.company_file):
            self.accept()
            self.open_company(result.company_file)
        return result.company_file

    def ask_replace(self, current: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Backup"),
            self.tr(
                "Replace the open company {name} with this backup? The company is closed, "
                "backed up beside itself first, and opened again restored."
            ).format(name=current.name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_open(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Backup"),
            self.tr("Restored into {path}. Open this company file now?").format(path=str(path)),
        )
        return answer == QMessageBox.StandardButton.Yes
