"""The e-mail window: written, sent in the background to aiosmtpd on localhost, failures said
in German with the mail kept as a draft; opened from the sales document window."""

from __future__ import annotations

from collections.abc import Iterator
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from meinbuero.gui.dialogs.mail_dialog import MailDialog
from meinbuero.gui.signals import DataSignals
from meinbuero.gui.widgets.fields import is_marked
from meinbuero.services import documents, mail, sales
from meinbuero.services.customers import (
    ContactPersonInput,
    CustomerInput,
    save_contact_person,
    save_customer,
)
from meinbuero.store.database import Database
from tests.mail_server import (
    AUTH_WITHOUT_TLS,
    PASSWORD,
    USER,
    MailServer,
    MemoryKeyring,
    start_server,
)
from tests.sales_data import complete_company, invoice_input

pytestmark = pytest.mark.filterwarnings(AUTH_WITHOUT_TLS)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)


@pytest.fixture
def server() -> Iterator[MailServer]:
    running = start_server()
    yield running
    running.stop()


@pytest.fixture
def customer_id(database: Database, server: MailServer) -> int:
    with database.sessions.begin() as session:
        complete_company(session)
        mail.save_account(
            session,
            mail.AccountInput(
                host="127.0.0.1",
                port=str(server.port),
                security="none",
                user=USER,
                sender_name="Max Müller",
                sender_address="max@muster-software.de",
            ),
        )
        customer = save_customer(
            session,
            CustomerInput(
                kind="company",
                company_name="Bäckerei Groß",
                street="Ringstraße 5",
                postcode="80331",
                city="München",
                email="info@baeckerei-gross.de",
                invoice_email="rechnung@baeckerei-gross.de",
            ),
        ).id
        save_contact_person(
            session,
            ContactPersonInput(
                salutation="Frau", first_name="Lena", last_name="Groß", email="lena@gross.de"
            ),
            customer_id=customer,
        )
        return customer


def open_window(
    qtbot: QtBot, database: Database, signals: DataSignals, data: mail.MailInput
) -> tuple[MailDialog, list[str]]:
    window = MailDialog(database=database, signals=signals, data=data)
    errors: list[str] = []
    window.show_error = errors.append  # type: ignore[method-assign]
    window.ask_save_changes = lambda: QMessageBox.StandardButton.No  # type: ignore[method-assign]
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window, errors


def store_password(database: Database, password: str) -> None:
    with database.sessions() as session:
        server = mail.Server.of(mail.accounts(session)[0])
    mail.store_password(server, password)


def test_write_and_send_through_the_window(
    qtbot: QtBot,
    database: Database,
    signals: DataSignals,
    customer_id: int,
    server: MailServer,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    store_password(database, PASSWORD)
    with database.sessions() as session:
        data = mail.new_mail(session, customer_id)
    window, errors = open_window(qtbot, database, signals, data)
    offered = [window.to.itemText(i) for i in range(window.to.count())]
    assert offered == ["info@baeckerei-gross.de", "rechnung@baeckerei-gross.de", "lena@gross.de"]
    assert window.to.currentText() == "info@baeckerei-gross.de"
    assert window.windowTitle() == "E-Mail an Bäckerei Groß"
    window.to.setCurrentIndex(2)  # the contact person
    window.subject.setText("Ihre Bestellung für Montag")
    window.body.setPlainText("Sehr geehrte Frau Groß,\n\ndie Brötchen kommen um 6 Uhr.")
    price_list = tmp_path / "Preisliste 2027.txt"
    price_list.write_text("Brötchen 0,45 €\n", encoding="utf-8")
    window.choose_files = lambda: [price_list]  # type: ignore[method-assign]
    qtbot.mouseClick(window.add_file_button, Qt.MouseButton.LeftButton)
    assert window.attachments.count() == 1
    changed: list[int] = []
    signals.customer_changed.connect(changed.append)

    with qtbot.waitSignal(window.mail_sent, timeout=20000):
        qtbot.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
        assert window.sending  # in the background: the window is there and answers
        assert not window.send_button.isEnabled()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert errors == []
    assert window.result() == window.DialogCode.Accepted
    [received] = server.collector.received
    assert received.recipients == ["lena@gross.de"]
    message = message_from_bytes(received.content, policy=default)
    assert message["Subject"] == "Ihre Bestellung für Montag"
    [attachment] = list(message.iter_attachments())  # type: ignore[attr-defined]
    assert attachment.get_filename() == "Preisliste 2027.txt"
    assert changed and changed[-1] == customer_id
    with database.sessions() as session:
        [filed] = [
            r for r in documents.list_documents(session, customer_id) if r.category == "E-Mail"
        ]
        assert filed.title == "Ihre Bestellung für Montag"
        assert filed.contact_person == "Lena Groß"


def test_a_wrong_password_is_said_and_the_draft_kept(
    qtbot: QtBot,
    database: Database,
    signals: DataSignals,
    customer_id: int,
    server: MailServer,
    memory_keyring: MemoryKeyring,
) -> None:
    store_password(database, "falsch")
    with database.sessions() as session:
        data = mail.new_mail(session, customer_id)
    window, errors = open_window(qtbot, database, signals, data)
    window.subject.setText("Angebot für Brötchen")
    with qtbot.waitSignal(window.mail_failed, timeout=20000):
        window.send()
    expected = (
        "Der Server 127.0.0.1 hat die Anmeldung abgelehnt: Benutzername oder Passwort ist "
        "falsch. Die E-Mail ist als Entwurf gespeichert."
    )
    assert errors == [expected]
    assert window.message.text() == expected
    assert window.isVisible() and window.send_button.isEnabled()
    assert not window.is_modified()  # kept: closing asks nothing
    with database.sessions() as session:
        [draft] = mail.drafts(session, customer_id)
    assert draft.subject == "Angebot für Brötchen"
    assert window.data.draft_id == draft.id

    # The password typed in when the keyring has the wrong one removed: asked, sent, kept.
    memory_keyring.passwords.clear()
    asked: list[str] = []

    def ask(server_data: mail.Server) -> str:
        asked.append(server_data.user)
        return PASSWORD

    window.ask_password = ask  # type: ignore[method-assign]
    with qtbot.waitSignal(window.mail_sent, timeout=20000):
        window.send()
    assert asked == [USER]
    assert list(memory_keyring.passwords.values()) == [PASSWORD]
    with database.sessions() as session:
        assert mail.drafts(session, customer_id) == []


def test_refused_fields_are_marked_and_nothing_sent(
    qtbot: QtBot,
    database: Database,
    signals: DataSignals,
    customer_id: int,
    server: MailServer,
    memory_keyring: MemoryKeyring,
) -> None:
    with database.sessions() as session:
        data = mail.new_mail(session, customer_id)
    window, _errors = open_window(qtbot, database, signals, data)
    window.to.setCurrentText("kein-at")
    assert window.send() is False
    assert is_marked(window.to) and is_marked(window.subject)
    assert window.message.text().startswith("An: ")
    assert server.collector.received == []


def test_a_finalised_invoice_is_sent_from_its_window(
    qtbot: QtBot,
    database: Database,
    signals: DataSignals,
    customer_id: int,
    server: MailServer,
    memory_keyring: MemoryKeyring,
    isolated_settings: QSettings,
) -> None:
    from meinbuero.gui.dialogs.sales_document_dialog import SalesDocumentDialog

    store_password(database, PASSWORD)
    with database.sessions.begin() as session:
        document_id = sales.save_draft(session, None, invoice_input(session, customer_id)).id
    with database.sessions.begin() as session:
        number = sales.finalise(session, document_id).number
    window = SalesDocumentDialog(
        database=database,
        signals=signals,
        settings=isolated_settings,
        kind="invoice",
        document_id=document_id,
    )
    qtbot.addWidget(window)
    window.show()
    assert window.mail_action.isEnabled()
    composer = window.send_by_mail()
    assert isinstance(composer, MailDialog)
    composer.ask_save_changes = lambda: QMessageBox.StandardButton.No  # type: ignore[method-assign]
    assert composer.to.currentText() == "rechnung@baeckerei-gross.de"
    assert composer.subject.text() == f"Ihre Rechnung {number}"
    assert [composer.attachments.item(i).text() for i in range(composer.attachments.count())] == [
        f"{number}.pdf"
    ]
    with qtbot.waitSignal(composer.mail_sent, timeout=20000):
        composer.send()
    [received] = server.collector.received
    message = message_from_bytes(received.content, policy=default)
    [attachment] = list(message.iter_attachments())  # type: ignore[attr-defined]
    assert attachment.get_payload(decode=True) == window.pdf()
