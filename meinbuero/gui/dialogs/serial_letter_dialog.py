"""Serienbrief: one letter to each customer the customer list shows (its search and group).

The user picks a template (its text can be changed here for this letter), whether it is
advertising, and what to make: one PDF for printing and/or a finished letter filed in each
customer's Dokumente and Historie. The letters are made on a worker thread with its own
session (progress, cancel); the report names who got none and why (no postal address, objected
to advertising).
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QSize, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session, sessionmaker

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.values import format_date_de, parse_date_de
from meinbuero.gui.signals import DataSignals
from meinbuero.gui.widgets.fields import clear_marks, mark_invalid
from meinbuero.gui.widgets.template_fields import add_text_fields
from meinbuero.gui.windows import documents_folder
from meinbuero.services import letters, settings, templates
from meinbuero.services.errors import Refused
from meinbuero.services.letters import SerialInput, SerialResult
from meinbuero.store.database import Database
from meinbuero.store.listing import ListQuery, customer_ids


class SerialWorker(QObject):
    """Makes one serial letter on a worker thread; reports back through signals only."""

    progressed = Signal(int, int)
    done = Signal(object)  # the SerialResult
    failed = Signal(str)

    def __init__(
        self,
        *,
        sessions: sessionmaker[Session],
        query: ListQuery,
        data: SerialInput,
        path: Path | None,
        cancel: threading.Event,
    ) -> None:
        super().__init__()
        self.sessions = sessions
        self.query = query
        self.data = data
        self.path = path
        self.cancel = cancel

    @Slot()
    def run(self) -> None:
        try:
            with self.sessions.begin() as session:
                ids = customer_ids(session.connection(), self.query)
                result = letters.serial_letter(
                    session, ids, self.data, progress=self.progressed.emit, cancel=self.cancel
                )
                if result.pdf is not None and self.path is not None:
                    # Before the commit: a file that cannot be written leaves nothing filed.
                    self.path.write_bytes(result.pdf)
        except Refused as error:
            self.failed.emit(str(error))
            return
        except OSError as error:
            self.failed.emit(
                self.tr("The PDF could not be saved: {problem}").format(
                    problem=error.strerror or error
                )
            )
            return
        except Exception as error:  # shown to the user, never lost in a thread
            self.failed.emit(
                self.tr("The serial letter failed ({kind}): {error}").format(
                    kind=type(error).__name__, error=error
                )
            )
            return
        self.done.emit(result)


class SerialLetterDialog(QDialog):
    """Template, advertising, output — then the letters, with progress and a report."""

    #: The serial letter is made (its SerialResult).
    finished_letters = Signal(object)

    def __init__(
        self,
        *,
        database: Database,
        signals: DataSignals,
        query: ListQuery,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.signals = signals
        self.query = query
        self.made: SerialResult | None = None
        self.pdf_path: Path | None = None
        self._thread: QThread | None = None
        self._worker: SerialWorker | None = None
        self._cancel = threading.Event()
        self.setObjectName("serial_letter_dialog")
        self.setWindowTitle(self.tr("Serial letter"))
        self._build()
        self._count_recipients()
        self.use_template()
        # Word-wrapped labels in a form need the room given: they overlap the text otherwise.
        self.resize(self.sizeHint().expandedTo(QSize(780, 680)))

    # -- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.recipients = QLabel()
        self.recipients.setObjectName("recipients")
        self.recipients.setWordWrap(True)
        layout.addWidget(self.recipients)
        form = QFormLayout()
        self.template = QComboBox()
        self.template.setObjectName("template")
        with self.database.sessions() as session:
            for template in templates.templates(session, "letter"):
                self.template.addItem(template.name, template.id)
            hint = ", ".join(templates.placeholder_names(session))
        self.template.currentIndexChanged.connect(lambda _i: self.use_template())
        form.addRow(self.tr("&Template:"), self.template)
        self.letter_date = QLineEdit(format_date_de(date.today()))
        self.letter_date.setObjectName("letter_date")
        self.letter_date.setMaximumWidth(110)
        form.addRow(self.tr("&Date:"), self.letter_date)
        fields = add_text_fields(form, placeholders=hint, body_height=220)
        self.subject, self.body = fields.subject, fields.body
        self.advertising = QCheckBox(
            self.tr("&Advertising: leave out customers who objected to advertising by post")
        )
        self.advertising.setObjectName("advertising")
        form.addRow("", self.advertising)
        self.make_pdf = QCheckBox(self.tr("One &PDF with all letters, for printing"))
        self.make_pdf.setObjectName("make_pdf")
        self.make_pdf.setChecked(True)
        form.addRow(self.tr("Make:"), self.make_pdf)
        self.file_each = QCheckBox(
            self.tr("&File a finished letter in each customer's documents and history")
        )
        self.file_each.setObjectName("file_each")
        form.addRow("", self.file_each)
        layout.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.hide()
        layout.addWidget(self.progress)
        self.report = QPlainTextEdit()
        self.report.setObjectName("report")
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(140)
        self.report.hide()
        layout.addWidget(self.report)
        self.buttons = QDialogButtonBox()
        self.create_button = QPushButton(self.tr("&Create letters"))
        self.create_button.setObjectName("create_button")
        self.create_button.setDefault(True)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = QPushButton(self.tr("&Open PDF"))
        self.open_button.setObjectName("open_button")
        self.open_button.setEnabled(False)
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.create_button.clicked.connect(self.start)
        self.open_button.clicked.connect(self.open_pdf)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _count_recipients(self) -> None:
        with self.database.sessions() as session:
            count = len(customer_ids(session.connection(), self.query))
            groups = {g.id: g.name for g in settings.groups(session)}
        parts = []
        if self.query.text.strip():
            parts.append(self.tr("search “{text}”").format(text=self.query.text.strip()))
        if self.query.group_id is not None:
            parts.append(self.tr("group {name}").format(name=groups.get(self.query.group_id, "")))
        if self.query.include_archived:
            parts.append(self.tr("archived ones included"))
        shown = " · ".join(parts) or self.tr("all customers")
        self.recipient_count = count
        self.recipients.setText(
            self.tr("To the {count} customers the customer list shows ({filter}).").format(
                count=count, filter=shown
            )
        )

    def use_template(self) -> None:
        template_id = self.template.currentData()
        if template_id is None:
            return
        with self.database.sessions() as session:
            template = templates.get_template(session, int(template_id))
            self.subject.setText(template.subject)
            self.body.setPlainText(template.body)
            self.advertising.setChecked(template.advertising)

    # -- running --------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None

    def ask_pdf_path(self) -> Path | None:
        """Where to save the PDF (tests answer in place of the user)."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save serial letter as"),
            str(documents_folder() / (self.tr("Serial letter") + ".pdf")),
            self.tr("PDF files (*.pdf)"),
        )
        return Path(chosen) if chosen else None

    def serial_input(self) -> SerialInput | None:
        clear_marks([self.letter_date])
        try:
            day = parse_date_de(self.letter_date.text(), field=self.tr("Date"))
        except ValidationError as error:
            mark_invalid(self.letter_date, str(error))
            return None
        return SerialInput(
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            advertising=self.advertising.isChecked(),
            template_name=self.template.currentText(),
            letter_date=day or date.today(),
            make_pdf=self.make_pdf.isChecked(),
            file_each=self.file_each.isChecked(),
        )

    def start(self) -> bool:
        """Make the letters (asks where the PDF goes); False when nothing was started."""
        if self.running:
            return False
        data = self.serial_input()
        if data is None:
            return False
        if not (data.make_pdf or data.file_each):
            self._report([self.tr("Please choose what to make: a PDF, filed letters, or both.")])
            return False
        path = None
        if data.make_pdf:
            path = self.ask_pdf_path()
            if path is None:
                return False
        self.pdf_path = path
        self._cancel = threading.Event()
        worker = SerialWorker(
            sessions=self.database.sessions,
            query=self.query,
            data=data,
            path=path,
            cancel=self._cancel,
        )
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progressed.connect(self._progressed)
        worker.done.connect(self._done)
        worker.failed.connect(self._failed)
        self._thread, self._worker = thread, worker
        self._set_running(True)
        thread.start()
        return True

    def _set_running(self, running: bool) -> None:
        for widget in (self.template, self.letter_date, self.subject, self.body):
            widget.setEnabled(not running)
        for box in (self.advertising, self.make_pdf, self.file_each, self.create_button):
            box.setEnabled(not running)
        self.progress.setVisible(running)
        if running:
            self.progress.setRange(0, 0)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finish_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        if self._worker is not None:
            self._worker.deleteLater()
        self._thread = self._worker = None
        self._set_running(False)

    def _report(self, lines: list[str]) -> None:
        self.report.setPlainText("\n".join(lines))
        self.report.setVisible(bool(lines))

    def report_text(self) -> str:
        return self.report.toPlainText() if not self.report.isHidden() else ""

    def _done(self, result: SerialResult) -> None:
        self._finish_thread()
        self.made = result
        lines = []
        if result.pdf is not None and self.pdf_path is not None:
            lines.append(
                self.tr("{count} letters written to {path}.").format(
                    count=result.letters, path=str(self.pdf_path)
                )
            )
        if result.filed_ids:
            lines.append(
                self.tr("{count} letters filed in the customers' documents.").format(
                    count=len(result.filed_ids)
                )
            )
        if not result.letters:
            lines.append(self.tr("No letter was made."))
        if result.without_address:
            lines.append(self.tr("Without a postal address (no letter):"))
            lines += [f"  {name}" for name in result.without_address]
        if result.objected:
            lines.append(self.tr("Objected to advertising (no letter):"))
            lines += [f"  {name}" for name in result.objected]
        if result.unknown_placeholders:
            lines.append(
                self.tr("Unknown placeholders (printed as they are): {names}").format(
                    names=", ".join(result.unknown_placeholders)
                )
            )
        self._report(lines)
        self.open_button.setEnabled(result.pdf is not None and self.pdf_path is not None)
        if result.filed_ids:
            self.signals.letters_changed.emit()
            for customer_id in self._filed_customers(result.filed_ids):
                self.signals.customer_changed.emit(customer_id)
        self.finished_letters.emit(result)

    def _filed_customers(self, letter_ids: list[int]) -> list[int]:
        with self.database.sessions() as session:
            rows = letters.letter_rows(session, letter_ids)
        return sorted({row.customer_id for row in rows.values()})

    def _failed(self, message: str) -> None:
        self._finish_thread()
        self._report([message])

    def open_pdf(self) -> None:
        if self.pdf_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.pdf_path)))

    def reject(self) -> None:
        """Schließen/Esc: stops a running serial letter first (nothing is filed then)."""
        if self.running:
            self._cancel.set()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.running:
            self._cancel.set()
            event.ignore()
            return
        super().closeEvent(event)


__all__ = ["SerialLetterDialog", "SerialWorker"]
