"""Settings page "E-Mail": how a click on an address writes (the PC's mail program or this
program), and the SMTP accounts the program sends through.

The accounts are saved with the other pages in the dialog's transaction; a typed password goes
into the operating system's keyring only after that transaction is committed, and never into
the company file or a settings file. "Test" sends a test mail to the sender address in the
background, with what the page shows (saved or not).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from meinbuero.domain.errors import ValidationError
from meinbuero.gui.dialogs.mail_dialog import Background, ask_password
from meinbuero.gui.widgets.fields import clear_marks, mark_invalid
from meinbuero.gui.widgets.settings_page import SettingsPage
from meinbuero.services import mail
from meinbuero.services.errors import InvalidInput, Refused
from meinbuero.store.models import MailSecurity


@dataclass
class _Row:
    """One account as shown: its id (None: new), what is stored and what is typed."""

    account_id: int | None
    stored: mail.AccountInput | None
    typed: mail.AccountInput
    password: str = ""


class MailSettingsPage(SettingsPage):
    key = "mail"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._deleted: list[int] = []
        self._stored_send_with = mail.SEND_WITH_MAILTO
        self._current = -1
        self._to_store: list[tuple[mail.Server, str]] = []
        self._background = Background(self)
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.send_with = QComboBox()
        self.send_with.setObjectName("send_with")
        self.send_with.addItem(self.tr("E-mail program (mailto)"), mail.SEND_WITH_MAILTO)
        self.send_with.addItem(self.tr("meinbuero"), mail.SEND_WITH_PROGRAM)
        top.addRow(self.tr("Send e-mails with:"), self.send_with)
        layout.addLayout(top)

        box = QGroupBox(self.tr("SMTP accounts"))
        box_layout = QVBoxLayout(box)
        chooser = QHBoxLayout()
        self.account = QComboBox()
        self.account.setObjectName("account")
        self.new_button = QPushButton(self.tr("New account"))
        self.new_button.setObjectName("new_account_button")
        self.delete_button = QPushButton(self.tr("Remove"))
        self.delete_button.setObjectName("delete_account_button")
        chooser.addWidget(self.account, 1)
        chooser.addWidget(self.new_button)
        chooser.addWidget(self.delete_button)
        box_layout.addLayout(chooser)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        labels = mail.account_labels()
        self.name = QLineEdit()
        self.host = QLineEdit()
        self.host.setPlaceholderText("smtp.example.com")
        self.port = QLineEdit()
        self.port.setMaximumWidth(80)
        self.security = QComboBox()
        for value, label in mail.security_labels().items():
            self.security.addItem(label, value)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("password")
        self.sender_name = QLineEdit()
        self.sender_address = QLineEdit()
        self.sender_address.setPlaceholderText("name@example.com")
        self.signature = QPlainTextEdit()
        self.signature.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.is_default = QCheckBox(self.tr("Default account"))
        server_row = QHBoxLayout()
        server_row.addWidget(self.host, 1)
        server_row.addWidget(QLabel(labels["port"] + ":"))
        server_row.addWidget(self.port)
        form.addRow(labels["name"] + ":", self.name)
        form.addRow(labels["host"] + ":", server_row)
        form.addRow(labels["security"] + ":", self.security)
        form.addRow(labels["user"] + ":", self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(labels["sender_name"] + ":", self.sender_name)
        form.addRow(labels["sender_address"] + ":", self.sender_address)
        form.addRow(labels["signature"] + ":", self.signature)
        form.addRow("", self.is_default)
        box_layout.addLayout(form)
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("keyring_note")
        self.keyring_note.setWordWrap(True)
        box_layout.addWidget(self.keyring_note)
        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test"))
        self.test_button.setObjectName("test_button")
        self.test_button.setToolTip(self.tr("Send a test e-mail to the sender address"))
        self.test_status = QLabel()
        self.test_status.setObjectName("test_status")
        self.test_status.setWordWrap(True)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_status, 1)
        box_layout.addLayout(test_row)
        layout.addWidget(box)
        layout.addStretch(1)
        self._fields: dict[str, QWidget] = {
            labels["host"]: self.host,
            labels["port"]: self.port,
            labels["security"]: self.security,
            labels["sender_address"]: self.sender_address,
        }

        self.send_with.currentIndexChanged.connect(self.emit_changed)
        for edit in (
            self.name,
            self.host,
            self.port,
            self.user,
            self.password,
            self.sender_name,
            self.sender_address,
        ):
            edit.textEdited.connect(self._edited)
        self.signature.textChanged.connect(self._edited)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.is_default.toggled.connect(self._edited)
        self.account.currentIndexChanged.connect(self._account_chosen)
        self.new_button.clicked.connect(self.add_account)
        self.delete_button.clicked.connect(self.remove_account)
        self.test_button.clicked.connect(self.test)

    def title(self) -> str:
        return self.tr("E-mail")

    # --- the accounts in the form -----------------------------------------------------------------

    def _form(self) -> mail.AccountInput:
        return mail.AccountInput(
            name=self.name.text(),
            host=self.host.text(),
            port=self.port.text(),
            security=str(self.security.currentData()),
            user=self.user.text(),
            sender_name=self.sender_name.text(),
            sender_address=self.sender_address.text(),
            signature=self.signature.toPlainText(),
            is_default=self.is_default.isChecked(),
        )

    def _show_row(self, row: _Row | None) -> None:
        data = row.typed if row is not None else mail.AccountInput()
        widgets = [
            self.name,
            self.host,
            self.port,
            self.security,
            self.user,
            self.password,
            self.sender_name,
            self.sender_address,
            self.signature,
            self.is_default,
        ]
        for widget in widgets:
            widget.blockSignals(True)
        self.name.setText(data.name)
        self.host.setText(data.host)
        self.port.setText(data.port)
        self.security.setCurrentIndex(max(self.security.findData(data.security), 0))
        self.user.setText(data.user)
        self.password.setText(row.password if row is not None else "")
        self.sender_name.setText(data.sender_name)
        self.sender_address.setText(data.sender_address)
        self.signature.setPlainText(data.signature)
        self.is_default.setChecked(data.is_default)
        for widget in widgets:
            widget.blockSignals(False)
            widget.setEnabled(row is not None)
        self.password.setEnabled(row is not None and mail.password_store_available())
        self.test_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        self._update_password_hint(row)

    def _update_password_hint(self, row: _Row | None) -> None:
        if not mail.password_store_available():
            self.keyring_note.setText(mail.no_password_store_text())
            self.password.setPlaceholderText("")
            return
        self.keyring_note.setText(
            self.tr(
                "The password is kept in the system's password store (keyring), never in the "
                "company file."
            )
        )
        stored = False
        if row is not None and row.stored is not None and not row.password:
            try:
                server = mail.check_account(row.typed)
            except InvalidInput:
                server = None
            stored = server is not None and bool(mail.stored_password(server))
        self.password.setPlaceholderText(self.tr("(stored)") if stored else "")

    def _take_form(self) -> None:
        if 0 <= self._current < len(self._rows):
            row = self._rows[self._current]
            row.typed = self._form()
            row.password = self.password.text()

    def _label(self, row: _Row) -> str:
        text = row.typed.name.strip() or row.typed.sender_address.strip() or row.typed.host
        return text or self.tr("(new account)")

    def _fill_accounts(self, select: int) -> None:
        self.account.blockSignals(True)
        self.account.clear()
        for row in self._rows:
            self.account.addItem(self._label(row))
        self.account.blockSignals(False)
        self._current = select if self._rows else -1
        if self._rows:
            self.account.setCurrentIndex(select)
        self._show_row(self._rows[select] if self._rows else None)

    @Slot(int)
    def _account_chosen(self, index: int) -> None:
        self._take_form()
        self._current = index
        self.clear_marks()
        self._show_row(self._rows[index] if 0 <= index < len(self._rows) else None)

    def _edited(self, *_: object) -> None:
        self._take_form()
        if 0 <= self._current < len(self._rows):
            self.account.setItemText(self._current, self._label(self._rows[self._current]))
        self.emit_changed()

    @Slot(int)
    def _security_changed(self, _index: int) -> None:
        known = {str(port) for port in mail.DEFAULT_PORTS.values()}
        if self.port.text().strip() in known or not self.port.text().strip():
            chosen = MailSecurity(str(self.security.currentData()))
            self.port.setText(str(mail.DEFAULT_PORTS[chosen]))
        self._edited()

    def add_account(self) -> None:
        self._take_form()
        typed = mail.AccountInput(is_default=not self._rows)
        self._rows.append(_Row(None, None, typed))
        self._fill_accounts(len(self._rows) - 1)
        self.host.setFocus()
        self.emit_changed()

    def remove_account(self) -> None:
        if not 0 <= self._current < len(self._rows):
            return
        row = self._rows.pop(self._current)
        if row.account_id is not None:
            self._deleted.append(row.account_id)
        self._fill_accounts(max(self._current - 1, 0))
        self.emit_changed()

    # --- the page's contract ----------------------------------------------------------------------

    def load(self, session: Session) -> None:
        stored = mail.send_with(session)
        self.send_with.setCurrentIndex(max(self.send_with.findData(stored), 0))
        self._stored_send_with = stored
        self._rows = []
        for account in mail.accounts(session):
            data = mail.AccountInput.of(account)
            self._rows.append(_Row(account.id, data, replace(data)))
        self._deleted = []
        self._current = -1
        self._fill_accounts(0)

    def is_modified(self) -> bool:
        self._take_form()
        return (
            self.send_with.currentData() != self._stored_send_with
            or bool(self._deleted)
            or any(row.typed != row.stored or row.password for row in self._rows)
        )

    def save(self, session: Session) -> list[str]:
        self._take_form()
        self._to_store = []
        if self.send_with.currentData() != self._stored_send_with:
            mail.set_send_with(session, str(self.send_with.currentData()))
        for account_id in self._deleted:
            mail.delete_account(session, account_id)
        for index, row in enumerate(self._rows):
            if row.typed == row.stored and not row.password:
                continue
            try:
                account = mail.save_account(session, row.typed, account_id=row.account_id)
            except InvalidInput:
                self.account.setCurrentIndex(index)
                raise
            if row.password:
                self._to_store.append((mail.Server.of(account), row.password))
        return []

    def committed(self) -> None:
        """The passwords typed go into the keyring only now that the accounts are saved."""
        for server, password in self._to_store:
            try:
                mail.store_password(server, password)
            except Refused as refused:
                self.test_status.setText(str(refused))
        self._to_store = []

    def show_errors(self, errors: list[ValidationError]) -> tuple[QWidget | None, list[str]]:
        first: QWidget | None = None
        rest: list[str] = []
        for error in errors:
            widget = self._fields.get(error.field)
            if widget is None:
                rest.append(str(error))
                continue
            mark_invalid(widget, error.message)
            first = first or widget
        return first, rest

    def marked_widgets(self) -> list[QWidget]:
        return list(self._fields.values())

    # --- Test -------------------------------------------------------------------------------------

    def ask_password(self, server: mail.Server) -> str | None:
        """The password when none is typed or stored (tests replace this)."""
        return ask_password(self, server)

    def test(self) -> bool:
        """Send a test mail to the sender address in the background; False when not started."""
        if self._background.running:
            return False
        clear_marks(self.marked_widgets())
        try:
            server = mail.check_account(self._form())
        except InvalidInput as invalid:
            widget, _rest = self.show_errors(invalid.errors)
            if widget is not None:
                widget.setFocus()
            self.test_status.setText(str(invalid.errors[0]))
            return False
        password: str | None = self.password.text() or mail.stored_password(server)
        if password is None:
            password = self.ask_password(server)
            if password is None:
                return False
        message = mail.build_message(
            server,
            to=[server.sender_address],
            subject=self.tr("meinbuero: test e-mail"),
            body=self.tr("This test e-mail shows that meinbuero can send through {host}.").format(
                host=server.host
            ),
        )
        self.test_button.setEnabled(False)
        self.test_status.setText(self.tr("Sending a test e-mail …"))
        sent_password = password
        self._test_address = server.sender_address
        self._background.start(
            lambda _call: mail.send_message(server, sent_password, message),
            succeeded=self._tested,
            failed=self._test_failed,
        )
        return True

    @property
    def testing(self) -> bool:
        return self._background.running

    @Slot(object)
    def _tested(self, _result: object) -> None:
        self._background.finish()
        self.test_button.setEnabled(True)
        self.test_status.setText(
            self.tr("The test e-mail to {address} was sent.").format(address=self._test_address)
        )

    @Slot(object)
    def _test_failed(self, error: object) -> None:
        self._background.finish()
        self.test_button.setEnabled(True)
        self.test_status.setText(str(error))
