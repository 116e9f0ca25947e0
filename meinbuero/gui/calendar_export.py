"""Appointments and tasks to an iCalendar file (.ics) for Outlook, Thunderbird or Google:
all customers' in a period (Datei > Kalender exportieren) or one customer's (Historie tab)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from meinbuero.gui.windows import documents_folder
from meinbuero.services import customers
from meinbuero.services.errors import NotFound
from meinbuero.store.database import Database


class CalendarExporter(QObject):
    """Asks what and where, writes the file, says what it wrote; tests replace the asking."""

    def __init__(self, *, database: Database, parent_widget: QWidget) -> None:
        super().__init__(parent_widget)
        self._database = database

    def _window(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def export(self, *, customer_id: int | None = None) -> Path | None:
        """Write the .ics: one customer's entries (all of them), or everyone's in a period."""
        # icalendar is large: loaded when a calendar is written, not at start.
        from meinbuero.services.calendar import write_calendar

        since: date | None = None
        until: date | None = None
        if customer_id is None:
            period = self.ask_period()
            if period is None:
                return None
            since, until = period
            suggested = documents_folder() / f"meinbuero-{since:%Y-%m-%d}-{until:%Y-%m-%d}.ics"
        else:
            try:
                with self._database.sessions() as session:
                    number = customers.get_customer(session, customer_id).number
            except NotFound:
                return None
            suggested = documents_folder() / f"meinbuero-{number}.ics"
        path = self.ask_file(suggested)
        if path is None:
            return None
        try:
            with self._database.sessions() as session:
                export = write_calendar(
                    session, path, customer_id=customer_id, since=since, until=until
                )
        except OSError as error:
            self.inform(
                self.tr("The file {path} could not be written: {error}").format(
                    path=str(path), error=error.strerror or str(error)
                )
            )
            return None
        self.inform(
            self.tr("{appointments} appointments and {tasks} tasks written to {path}.").format(
                appointments=export.appointments, tasks=export.tasks, path=str(path)
            )
        )
        return path

    def ask_period(self) -> tuple[date, date] | None:
        """The period of the export (Von/Bis); None when cancelled."""
        from meinbuero.gui.dialogs.calendar_export_dialog import CalendarExportDialog

        dialog = CalendarExportDialog(parent=self._window())
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.period() if accepted else None
        finally:
            dialog.deleteLater()

    def ask_file(self, suggested: Path) -> Path | None:
        """The .ics file to write; None when cancelled."""
        name, _filter = QFileDialog.getSaveFileName(
            self._window(),
            self.tr("Export calendar"),
            str(suggested),
            self.tr("iCalendar files (*.ics)"),
        )
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".ics" else path.with_name(path.name + ".ics")

    def inform(self, text: str) -> None:
        QMessageBox.information(self._window(), self.tr("meinbuero"), text)
