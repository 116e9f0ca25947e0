"""The e-mail window: write to a customer (or send a sales document) and send it in the
background.

Sending runs on a worker thread with its own sessions (:func:`meinbuero.services.mail.send`);
the window stays usable and shows what it is doing. A failure is said in German and the mail is
kept as a draft, so nothing typed is lost; "Als Entwurf speichern" and Esc (with "Änderungen
speichern?") keep it too. The password comes from the keyring, or is asked for (a PC without
one asks every time).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QObject,
    QSettings,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.values import format_datetime_de
from meinbuero.gui.dialogs.editor import EditorDialog
from meinbuero.gui.signals import DataSignals
from meinbuero.gui.widgets.fields import clear_marks, mark_invalid
from meinbuero.services import customers, documents, mail, templates
from meinbuero.services.errors import InvalidInput, NotFound, Refused
from meinbuero.store.database import Database
from meinbuero.store.models import MailAccount, SalesDocument

GEOMETRY_KEY = "mail_dialog/geometry"
_ERROR_STYLE = (
    "QLabel { color: #8e1b1b; background: #fdecea; border: 1px solid #e0a3a3;"
    " border-radius: 3px; padding: 4px 6px; }"
)
_REF_ROLE = Qt.ItemDataRole.UserRole


class BackgroundCall(QObject):
    """Runs ``work`` on a worker thread; reports back through signals only."""

    #: The result of ``work``.
    succeeded = Signal(object)
    #: The exception ``work`` raised.
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, work: Callable[[BackgroundCall], object]) -> None:
        super().__init__()
        self._work = work

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self)
        except Exception as error:  # handed to the window, never lost in a thread
            self.failed.emit(error)
            return
        self.succeeded.emit(result)


class Background:
    """One :class:`BackgroundCall` at a time on its own thread, owned by a window."""

    def __init__(self, owner: QObject) -> None:
        self._owner = owner
        self._thread: QThread | None = None
        self._call: BackgroundCall | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(
        self,
        work: Callable[[BackgroundCall], object],
        *,
        succeeded: Callable[[object], None],
        failed: Callable[[object], None],
        progressed: Callable[[int, int], None] | None = None,
    ) -> None:
        """``succeeded``/``failed``/``progressed`` must be slots of the owner (GUI thread)."""
        call = BackgroundCall(work)
        thread = QThread(self._owner)
        call.moveToThread(thread)
        thread.started.connect(call.run)
        call.succeeded.connect(succeeded)
        call.failed.connect(failed)
        if progressed is not None:
            call.progressed.connect(progressed)
        self._thread, self._call = thread, call
        thread.start()

    def finish(self) -> None:
        """Called by the owner's slots when the call reported back."""
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
            self._thread.deleteLater()
        if self._call is not None:
            self._call.deleteLater()
        self._thread = self._call = None


def ask_password(parent: QWidget | None, server: mail.Server) -> str | None:
    """The password for the account, typed by the user; None when cancelled."""
    text = QCoreApplication.translate("MailDialog", "Password for {user} at {host}:").format(
        user=server.user, host=server.host
    )
    if not mail.password_store_available():
        text = mail.no_password_store_text() + "\n\n" + text
    password, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("MailDialog", "E-mail password"),
        text,
        QLineEdit.EchoMode.Password,
    )
    return password if ok else None


class MailDialog(EditorDialog):
    """The e-mail window for one customer: Von, An, Cc, Bcc, Betreff, text and attachments."""

    #: The mail was sent: the id of the .eml filed in the customer's Dokumente.
    mail_sent = Signal(int)
    #: Sending failed: the German message (the mail is kept as a draft).
    mail_failed = Signal(str)

    def __init__(
        self,
        *,
        database: Database,
        signals: DataSignals,
        data: mail.MailInput,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mail_dialog")
        self.setWindowFlag(Qt.WindowType.WindowMinMaxButtonsHint, True)
        self.setSizeGripEnabled(True)
        self._database = database
        self._signals = signals
        self._settings = settings
        self.data = data
        self._typed_password: str | None = None
        self._background = Background(self)
        with database.sessions() as session:
            customer = customers.existing_customer(session, data.customer_id)
            self._customer_name = customer.display_name
            self._accounts = [
                (a.id, f"{a.name} <{a.sender_address}>") for a in mail.accounts(session)
            ]
            invoice = data.sales_document_id is not None
            self._recipients = mail.recipients(session, data.customer_id, invoice=invoice)
            names = [mail.attachment_name(session, ref) for ref in data.attachments]
            self._template_kind = "email"
            if data.sales_document_id is not None:
                document = session.get(SalesDocument, data.sales_document_id)
                if document is not None:
                    self._template_kind = f"email_{document.kind}"
            self._templates = [
                (t.id, t.name) for t in templates.templates(session, self._template_kind)
            ]
        self._build()
        self._show(data, names)
        self._baseline = self.typed()
        self.resize(760, 620)
        if settings is not None:
            geometry = settings.value(GEOMETRY_KEY)
            if isinstance(geometry, QByteArray) and not geometry.isEmpty():
                self.restoreGeometry(geometry)
        if self.to.currentText():
            self.body.setFocus()
        else:
            self.to.setFocus()

    # --- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowTitle(self.tr("E-mail to {name}").format(name=self._customer_name))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.account = QComboBox()
        self.account.setObjectName("account")
        for account_id, label in self._accounts:
            self.account.addItem(label, account_id)
        self.to = QComboBox()
        self.to.setObjectName("to")
        self.to.setEditable(True)
        self.to.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for recipient in self._recipients:
            self.to.addItem(f"{recipient.address}", recipient.contact_person_id)
            self.to.setItemData(self.to.count() - 1, recipient.label, Qt.ItemDataRole.ToolTipRole)
        # As wide as Cc and Bcc below it: several addresses may be typed.
        self.to.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        completer = QCompleter([r.address for r in self._recipients], self.to)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.to.setCompleter(completer)
        self.cc = QLineEdit()
        self.cc.setObjectName("cc")
        self.bcc = QLineEdit()
        self.bcc.setObjectName("bcc")
        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        labels = mail.mail_labels()
        form.addRow(labels["account"] + ":", self.account)
        form.addRow(labels["to"] + ":", self.to)
        form.addRow(labels["cc"] + ":", self.cc)
        form.addRow(labels["bcc"] + ":", self.bcc)
        form.addRow(labels["subject"] + ":", self.subject)
        self.template = QComboBox()
        self.template.setObjectName("template")
        self.template.addItem(self.tr("(choose a template to use its text)"), None)
        for template_id, name in self._templates:
            self.template.addItem(name, template_id)
        form.addRow(self.tr("Template:"), self.template)
        layout.addLayout(form)
        self.no_account = QLabel(
            self.tr("No e-mail account is set up yet: please add one in Settings > E-mail.")
        )
        self.no_account.setObjectName("no_account")
        self.no_account.setStyleSheet(_ERROR_STYLE)
        self.no_account.setWordWrap(True)
        self.no_account.setVisible(not self._accounts)
        layout.addWidget(self.no_account)
        self.body = QPlainTextEdit()
        self.body.setObjectName("body")
        layout.addWidget(self.body, 1)

        attachments = QHBoxLayout()
        self.attachments = QListWidget()
        self.attachments.setObjectName("attachments")
        self.attachments.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.attachments.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        buttons = QVBoxLayout()
        self.add_document_button = QPushButton(self.tr("From documents…"))
        self.add_document_button.setObjectName("add_document_button")
        self.add_file_button = QPushButton(self.tr("File…"))
        self.add_file_button.setObjectName("add_file_button")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("remove_attachment_button")
        for button in (self.add_document_button, self.add_file_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout()
        box.addWidget(QLabel(self.tr("Attachments:")))
        box.addWidget(self.attachments)
        attachments.addLayout(box, 1)
        attachments.addLayout(buttons)
        layout.addLayout(attachments)

        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.message.hide()
        layout.addWidget(self.message)
        bottom = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("status")
        bottom.addWidget(self.progress)
        bottom.addWidget(self.status, 1)
        self.buttonbox = QDialogButtonBox()
        self.send_button = self.buttonbox.addButton(
            self.tr("&Send"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.send_button.setObjectName("send_button")
        self.draft_button = self.buttonbox.addButton(
            self.tr("Save as &draft"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.draft_button.setObjectName("draft_button")
        self.close_button = self.buttonbox.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button.setText(self.tr("Cancel"))
        bottom.addWidget(self.buttonbox)
        layout.addLayout(bottom)
        self.send_button.setDefault(True)
        self.send_button.setEnabled(bool(self._accounts))

        self.send_button.clicked.connect(self.send)
        self.draft_button.clicked.connect(self.save_draft)
        self.close_button.clicked.connect(self.reject)
        self.add_document_button.clicked.connect(self.add_from_documents)
        self.add_file_button.clicked.connect(self.add_files)
        self.remove_button.clicked.connect(self.remove_attachments)
        self.template.activated.connect(lambda _index: self.use_template())

    def _show(self, data: mail.MailInput, names: list[str]) -> None:
        index = self.account.findData(data.account_id)
        self.account.setCurrentIndex(max(index, 0))
        self.to.setCurrentText(data.to)
        self.cc.setText(data.cc)
        self.bcc.setText(data.bcc)
        self.subject.setText(data.subject)
        self.body.setPlainText(data.body)
        for ref, name in zip(data.attachments, names, strict=True):
            self._add_attachment(ref, name)

    def _add_attachment(self, ref: mail.AttachmentRef, name: str) -> None:
        for row in range(self.attachments.count()):
            if self.attachments.item(row).data(_REF_ROLE) == ref:
                return
        item = QListWidgetItem(name)
        item.setData(_REF_ROLE, ref)
        item.setToolTip(ref.path or name)
        self.attachments.addItem(item)

    # --- what was typed -----------------------------------------------------------------------

    def attachment_refs(self) -> list[mail.AttachmentRef]:
        return [
            self.attachments.item(row).data(_REF_ROLE) for row in range(self.attachments.count())
        ]

    def typed(self) -> mail.MailInput:
        to = self.to.currentText()
        person = self.data.contact_person_id
        for recipient in self._recipients:
            if recipient.address == to.strip() and recipient.contact_person_id is not None:
                person = recipient.contact_person_id
        account = self.account.currentData()
        return mail.MailInput(
            customer_id=self.data.customer_id,
            contact_person_id=person,
            account_id=int(account) if account is not None else None,
            to=to,
            cc=self.cc.text(),
            bcc=self.bcc.text(),
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            attachments=self.attachment_refs(),
            sales_document_id=self.data.sales_document_id,
            draft_id=self.data.draft_id,
        )

    def is_modified(self) -> bool:
        return self.typed() != self._baseline

    # --- templates ----------------------------------------------------------------------------

    def confirm_replace(self) -> bool:
        """Whether the text typed may be replaced by the template's (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Replace the subject and text typed with the template's?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def use_template(self) -> None:
        """Subject and text from the chosen template, filled in for the recipient."""
        template_id = self.template.currentData()
        if template_id is None:
            return
        typed = self.typed()
        if (typed.subject, typed.body) != (self._baseline.subject, self._baseline.body) and (
            not self.confirm_replace()
        ):
            return
        with self._database.sessions() as session:
            subject, body = mail.template_text(
                session,
                self._template_kind,
                typed.customer_id,
                typed.contact_person_id,
                document_id=typed.sales_document_id,
                template_id=int(template_id),
            )
            account = session.get(MailAccount, typed.account_id) if typed.account_id else None
        self.subject.setText(subject)
        self.body.setPlainText(mail.signed(body, account.signature if account else ""))

    # --- attachments ----------------------------------------------------------------------------

    def choose_documents(self, rows: list[documents.DocumentRow]) -> list[int]:
        """The documents picked from the customer's Dokumente (tests replace this)."""
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Attach documents"))
        layout = QVBoxLayout(dialog)
        listing = QListWidget()
        listing.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for row in rows:
            item = QListWidgetItem(f"{row.title} ({row.file_name}) – {row.category}")
            item.setData(_REF_ROLE, row.id)
            listing.addItem(item)
        layout.addWidget(listing)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        listing.itemDoubleClicked.connect(lambda _item: dialog.accept())
        layout.addWidget(buttons)
        dialog.resize(520, 380)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return []
            return [int(item.data(_REF_ROLE)) for item in listing.selectedItems()]
        finally:
            dialog.deleteLater()

    def add_from_documents(self) -> None:
        with self._database.sessions() as session:
            rows = documents.list_documents(session, self.data.customer_id)
        if not rows:
            self.show_error(self.tr("The customer has no documents yet."))
            return
        chosen = set(self.choose_documents(rows))
        for row in rows:
            if row.id in chosen:
                self._add_attachment(mail.AttachmentRef(document_id=row.id), row.file_name)

    def choose_files(self) -> list[Path]:
        """Files to attach (an open dialog; tests replace this)."""
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        return [Path(name) for name in names]

    def add_files(self) -> None:
        for path in self.choose_files():
            self._add_attachment(mail.AttachmentRef(path=str(path)), path.name)

    def remove_attachments(self) -> None:
        for item in self.attachments.selectedItems():
            self.attachments.takeItem(self.attachments.row(item))

    # --- saving as a draft ------------------------------------------------------------------------

    def save(self) -> bool:
        """Keep what was typed as a draft (Esc asks first, OK-like closing keeps it)."""
        return self.save_draft()

    def save_draft(self) -> bool:
        data = self.typed()
        try:
            with self._database.sessions.begin() as session:
                self.data.draft_id = mail.save_draft(session, data)
        except NotFound as gone:
            self.show_error(str(gone))
            return False
        self._baseline = self.typed()
        self.status.setText(self.tr("Kept as a draft."))
        self._signals.customer_changed.emit(self.data.customer_id)
        return True

    # --- sending ------------------------------------------------------------------------------

    @property
    def sending(self) -> bool:
        return self._background.running

    def _marked(self) -> list[QWidget]:
        return [self.account, self.to, self.cc, self.bcc, self.subject]

    def _show_invalid(self, errors: list[ValidationError]) -> None:
        labels = mail.mail_labels()
        widgets = dict(
            zip(
                [labels[k] for k in ("account", "to", "cc", "bcc", "subject")],
                self._marked(),
                strict=True,
            )
        )
        for error in errors:
            widget = widgets.get(error.field)
            if widget is not None:
                mark_invalid(widget, error.message)
        self._show_message(str(errors[0]))
        first = widgets.get(errors[0].field)
        if first is not None:
            first.setFocus()

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def ask_password(self, server: mail.Server) -> str | None:
        """The password when the keyring has none (tests replace this)."""
        return ask_password(self, server)

    def send(self) -> bool:
        """Check and send in the background; False when nothing was started."""
        if self.sending:
            return False
        clear_marks(self._marked())
        self._show_message("")
        data = self.typed()
        try:
            with self._database.sessions() as session:
                prepared = mail.prepare(session, data)
        except InvalidInput as invalid:
            self._show_invalid(invalid.errors)
            return False
        except Refused as refused:
            self._show_message(str(refused))
            return False
        server = prepared.server
        password = mail.stored_password(server)
        self._typed_password = None
        if password is None:
            password = self.ask_password(server)
            if password is None:
                return False
            self._typed_password = password
        sessions = self._database.sessions
        self._set_sending(True)
        self.status.setText(
            self.tr("Sending to {addresses} …").format(addresses=", ".join(prepared.recipients))
        )
        self._background.start(
            lambda _call: mail.send(sessions, data, password=password),
            succeeded=self._sent,
            failed=self._failed,
        )
        return True

    def _set_sending(self, sending: bool) -> None:
        for widget in (
            self.account,
            self.to,
            self.cc,
            self.bcc,
            self.subject,
            self.add_document_button,
            self.add_file_button,
            self.remove_button,
            self.send_button,
            self.draft_button,
        ):
            widget.setEnabled(not sending)
        self.body.setReadOnly(sending)
        self.progress.setVisible(sending)

    @Slot(object)
    def _sent(self, result: object) -> None:
        self._background.finish()
        self._set_sending(False)
        assert isinstance(result, mail.SentMail)
        if self._typed_password is not None and mail.password_store_available():
            with contextlib.suppress(Refused):  # else asked again next time
                mail.store_password(self.typed_server(), self._typed_password)
        self._signals.customer_changed.emit(self.data.customer_id)
        self.mail_sent.emit(result.document_id)
        if result.refused:
            self.show_error(
                self.tr("The e-mail was sent, but the server refused: {addresses}").format(
                    addresses=", ".join(result.refused)
                )
            )
        self._baseline = self.typed()
        self.done(QDialog.DialogCode.Accepted)

    def typed_server(self) -> mail.Server:
        with self._database.sessions() as session:
            return mail.Server.of(mail.get_account(session, int(self.account.currentData())))

    @Slot(object)
    def _failed(self, error: object) -> None:
        self._background.finish()
        self._set_sending(False)
        if isinstance(error, InvalidInput):
            self._show_invalid(error.errors)
            return
        if isinstance(error, mail.MailFailed):
            message = str(error)
            if error.draft_id is not None:
                self.data.draft_id = error.draft_id
                self._baseline = self.typed()
                message += " " + self.tr("The e-mail is kept as a draft.")
                self._signals.customer_changed.emit(self.data.customer_id)
        else:
            message = self.tr("The e-mail could not be sent ({kind}): {error}").format(
                kind=type(error).__name__, error=error
            )
        self.status.setText("")
        self._show_message(message)
        self.mail_failed.emit(message)
        self.show_error(message)

    def show_error(self, text: str) -> None:
        """A problem the user must read (tests replace this)."""
        QMessageBox.warning(self, self.windowTitle(), text)

    # --- closing ------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.sending:
            return  # the mail is on its way; the window closes when it has gone
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.sending:
            event.ignore()
            return
        super().closeEvent(event)

    def done(self, result: int) -> None:
        if self._settings is not None:
            self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        super().done(result)


# --- opening it ----------------------------------------------------------------------------------


def open_mail_window(
    *,
    database: Database,
    signals: DataSignals,
    parent: QWidget | None,
    customer_id: int,
    address: str | None = None,
    contact_person_id: int | None = None,
    sales_document_id: int | None = None,
    draft_id: int | None = None,
    settings: QSettings | None = None,
) -> MailDialog | None:
    """The e-mail window (non-modal) for a new mail, a sales document or a draft; None (and
    the reason told) when the customer or document is gone."""
    try:
        with database.sessions() as session:
            if draft_id is not None:
                data = mail.draft_input(session, draft_id)
            else:
                data = mail.new_mail(
                    session,
                    customer_id,
                    address=address,
                    contact_person_id=contact_person_id,
                    sales_document_id=sales_document_id,
                )
    except (NotFound, Refused) as error:
        QMessageBox.warning(parent, QCoreApplication.translate("MailDialog", "E-mail"), str(error))
        return None
    window = MailDialog(
        database=database, signals=signals, data=data, settings=settings, parent=parent
    )
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    window.show()
    return window


def mail_menu(
    *,
    database: Database,
    signals: DataSignals,
    parent: QWidget,
    customer_id: Callable[[], int | None],
    ensure_saved: Callable[[], int | None] | None = None,
    settings: QSettings | None = None,
) -> QMenu:
    """Neue E-Mail… and the customer's drafts, filled when it opens. ``ensure_saved`` gives
    the customer to write to (a new one saved first); by default ``customer_id``."""
    menu = QMenu(parent)
    menu.setObjectName("mail_menu")

    def fill() -> None:
        menu.clear()
        new = menu.addAction(QCoreApplication.translate("MailDialog", "New e-mail…"))
        new.setObjectName("new_mail_action")
        new.triggered.connect(lambda: _open(None))
        current = customer_id()
        if current is None:
            return
        with database.sessions() as session:
            rows = mail.drafts(session, current)
        if rows:
            menu.addSeparator()
        for row in rows:
            text = QCoreApplication.translate("MailDialog", "Draft: {subject} ({when})").format(
                subject=row.subject or QCoreApplication.translate("MailDialog", "(no subject)"),
                when=format_datetime_de(row.updated_at),
            )
            action = menu.addAction(text.replace("&", "&&"))
            action.setToolTip(row.error)
            action.triggered.connect(lambda _checked=False, draft=row.id: _open(draft))

    def _open(draft_id: int | None) -> None:
        current = (ensure_saved or customer_id)()
        if current is not None:
            open_mail_window(
                database=database,
                signals=signals,
                parent=parent,
                customer_id=current,
                draft_id=draft_id,
                settings=settings,
            )

    menu.aboutToShow.connect(fill)
    fill()
    return menu
