"""Serien-E-Mail: one text, personalised, to the customers the customer list shows — sent in
the background, throttled (n a minute), with progress, cancel and a report of what was sent,
what failed and who was left out (no address; no consent when it is advertising)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QSize, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from meinbuero.gui.dialogs.mail_dialog import Background, BackgroundCall, ask_password
from meinbuero.gui.signals import DataSignals
from meinbuero.gui.widgets.fields import clear_marks, mark_invalid
from meinbuero.gui.widgets.template_fields import add_text_fields
from meinbuero.services import mail, templates
from meinbuero.services.errors import InvalidInput
from meinbuero.store.database import Database

DEFAULT_PER_MINUTE = 20


class SerialMailDialog(QDialog):
    """Account, template, subject, text, advertising, per minute — then send with a report."""

    #: The run ended (its :class:`~meinbuero.services.mail.SerialReport`).
    finished_sending = Signal(object)

    def __init__(
        self,
        *,
        database: Database,
        signals: DataSignals,
        customer_ids: list[int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.signals = signals
        self.customer_ids = list(customer_ids)
        self.report_data: mail.SerialReport | None = None
        self._cancel = threading.Event()
        self._background = Background(self)
        self.setObjectName("serial_mail_dialog")
        self.setWindowTitle(self.tr("Serial e-mail"))
        self._build()
        self.use_template()
        self.resize(self.sizeHint().expandedTo(QSize(760, 600)))

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        count = f"{len(self.customer_ids):,}".replace(",", ".")
        self.recipients = QLabel(
            self.tr("To the {count} customers the customer list shows.").format(count=count)
        )
        self.recipients.setObjectName("recipients")
        layout.addWidget(self.recipients)
        form = QFormLayout()
        self.account = QComboBox()
        self.account.setObjectName("account")
        self.template = QComboBox()
        self.template.setObjectName("template")
        with self.database.sessions() as session:
            for account in mail.accounts(session):
                self.account.addItem(f"{account.name} <{account.sender_address}>", account.id)
            for template in templates.templates(session, "email"):
                self.template.addItem(template.name, template.id)
            hint = ", ".join(templates.placeholder_names(session))
        form.addRow(self.tr("From:"), self.account)
        form.addRow(self.tr("&Template:"), self.template)
        fields = add_text_fields(form, placeholders=hint, body_height=160)
        self.subject, self.body = fields.subject, fields.body
        self.advertising = QCheckBox(
            self.tr("&Advertising: only to customers who consented to advertising by e-mail")
        )
        self.advertising.setObjectName("advertising")
        form.addRow("", self.advertising)
        self.per_minute = QSpinBox()
        self.per_minute.setObjectName("per_minute")
        self.per_minute.setRange(1, 600)
        self.per_minute.setValue(DEFAULT_PER_MINUTE)
        self.per_minute.setMaximumWidth(160)
        self.per_minute.setSuffix(" " + self.tr("per minute"))
        self.per_minute.setToolTip(
            self.tr("Mail providers block accounts that send too many e-mails at once.")
        )
        form.addRow(self.tr("At most:"), self.per_minute)
        layout.addLayout(form)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.hide()
        layout.addWidget(self.progress)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.report = QPlainTextEdit()
        self.report.setObjectName("report")
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(160)
        self.report.hide()
        layout.addWidget(self.report)
        self.buttons = QDialogButtonBox()
        self.send_button = QPushButton(self.tr("&Send"))
        self.send_button.setObjectName("send_button")
        self.send_button.setDefault(True)
        self.send_button.setEnabled(self.account.count() > 0 and bool(self.customer_ids))
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.send_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.template.currentIndexChanged.connect(lambda _i: self.use_template())
        if self.account.count() == 0:
            self.status.setText(
                self.tr("No e-mail account is set up yet: please add one in Settings > E-mail.")
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

    # --- running ------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._background.running

    def ask_password(self, server: mail.Server) -> str | None:
        """The password when the keyring has none (tests replace this)."""
        return ask_password(self, server)

    def start(self) -> bool:
        if self.running or self.account.currentData() is None:
            return False
        clear_marks([self.subject])
        if not self.subject.text().strip():
            message = self.tr("Please enter a subject.")
            mark_invalid(self.subject, message)
            self.status.setText(message)
            return False
        account_id = int(self.account.currentData())
        with self.database.sessions() as session:
            server = mail.Server.of(mail.get_account(session, account_id))
        password = mail.stored_password(server)
        if password is None:
            password = self.ask_password(server)
            if password is None:
                return False
        serial = mail.SerialMail(
            account_id=account_id,
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            advertising=self.advertising.isChecked(),
            per_minute=self.per_minute.value(),
        )
        self._cancel = threading.Event()
        sessions, ids, cancel, sent_password = (
            self.database.sessions,
            self.customer_ids,
            self._cancel,
            password,
        )

        def work(call: BackgroundCall) -> mail.SerialReport:
            return mail.send_serial(
                sessions,
                serial,
                ids,
                password=sent_password,
                progress=call.progressed.emit,
                cancel=cancel,
            )

        self._set_running(True)
        self.status.setText(self.tr("Sending …"))
        self._background.start(
            work, succeeded=self._done, failed=self._failed, progressed=self._progressed
        )
        return True

    def cancel(self) -> None:
        if self.running:
            self._cancel.set()
            self.status.setText(self.tr("Cancelling after the current e-mail …"))

    def _set_running(self, running: bool) -> None:
        for widget in (
            self.account,
            self.template,
            self.subject,
            self.advertising,
            self.per_minute,
            self.send_button,
        ):
            widget.setEnabled(not running)
        self.body.setReadOnly(running)
        self.progress.setVisible(running)
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        if running:
            self.progress.setRange(0, max(len(self.customer_ids), 1))
            self.progress.setValue(0)

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(self.tr("{done} of {total} customers …").format(done=done, total=total))

    @Slot(object)
    def _done(self, result: object) -> None:
        self._background.finish()
        self._set_running(False)
        assert isinstance(result, mail.SerialReport)
        self.report_data = result
        self.status.setText(
            self.tr("Sent: {sent} · failed: {failed} · left out: {skipped}").format(
                sent=len(result.sent), failed=len(result.failed), skipped=len(result.skipped)
            )
            + (" · " + self.tr("cancelled") if result.cancelled else "")
        )
        lines: list[str] = []
        if result.failed:
            lines.append(self.tr("Not sent:"))
            lines += [f"  {r.number} {r.name} <{r.address}>: {r.reason}" for r in result.failed]
        if result.skipped:
            lines.append(self.tr("Left out:"))
            lines += [f"  {r.number} {r.name}: {r.reason}" for r in result.skipped]
        if result.sent:
            lines.append(self.tr("Sent:"))
            lines += [f"  {r.number} {r.name} <{r.address}>" for r in result.sent]
        self.report.setPlainText("\n".join(lines))
        self.report.setVisible(bool(lines))
        self.signals.customers_changed.emit()
        self.finished_sending.emit(result)

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._background.finish()
        self._set_running(False)
        message = (
            str(error)
            if isinstance(error, InvalidInput)
            else self.tr("The serial e-mail stopped ({kind}): {error}").format(
                kind=type(error).__name__, error=error
            )
        )
        self.status.setText(message)

    def reject(self) -> None:
        """Abbrechen/Esc while sending stops after the current mail; otherwise closes."""
        if self.running:
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
