"""The e-mail window: written, sent in the background to aiosmtpd on localhost, failures said
in German with the mail kept as a draft; opened from the sales document window."""

from __future__ import annotations

from collections.abc import Callable
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
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
from tests.gui.conftest import UrlCatcher
from tests.mail_server import (
    AUTH_WITHOUT_TLS,
    PASSWORD,
    USER,
    MailServer,
    MemoryKeyring,
)
from tests.sales_data import complete_company, invoice_input

pytestmark = pytest.mark.filterwarnings(AUTH_WITHOUT_TLS)


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
    window.show_error = errors.append  # type: ignore[method-assign, assignment]
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
    QTest.mouseClick(window.add_file_button, Qt.MouseButton.LeftButton)
    assert window.attachments.count() == 1
    changed: list[int] = []
    signals.customer_changed.connect(changed.append)

    with qtbot.waitSignal(window.mail_sent, timeout=20000):
        QTest.mouseClick(window.send_button, Qt.MouseButton.LeftButton)
        assert window.sending  # in the background: the window is there and answers
        assert not window.send_button.isEnabled()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert errors == []
    assert window.result() == window.DialogCode.Accepted
    [received] = server.collector.received
    assert received.recipients == ["lena@gross.de"]
    message = message_from_bytes(received.content, policy=default)
    assert message["Subject"] == "Ihre Bestellung für Montag"
    [attachment] = list(message.iter_attachments())
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

    window.ask_password = ask  # type: ignore[method-assign, assignment]
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
    [attachment] = list(message.iter_attachments())
    assert attachment.get_payload(decode=True) == window.pdf()


def test_the_settings_page_keeps_the_password_only_in_the_keyring(
    qtbot: QtBot,
    database: Database,
    signals: DataSignals,
    server: MailServer,
    memory_keyring: MemoryKeyring,
    isolated_settings: QSettings,
) -> None:
    from meinbuero.gui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog(
        database=database, signals=signals, settings=isolated_settings, page="mail"
    )
    dialog.ask_save_changes = lambda: QMessageBox.StandardButton.No  # type: ignore[method-assign]
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.mail_page
    assert dialog.page_keys()[-2:] == ["mail", "user"]
    assert page.title() == "E-Mail"
    assert not page.host.isEnabled()  # no account yet
    QTest.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    page.send_with.setCurrentIndex(page.send_with.findData(mail.SEND_WITH_PROGRAM))
    page.host.setText("127.0.0.1")
    page.port.setText(str(server.port))
    page.security.setCurrentIndex(page.security.findData("none"))
    assert page.port.text() == str(server.port)  # a port typed stays when security changes
    page.user.setText(USER)
    page.password.setText(PASSWORD)
    page.sender_name.setText("Max Müller")
    page.sender_address.setText("kein-at")
    page._edited()  # setText() is no edit by the user: tell the page as typing would
    assert dialog.apply() is False  # refused: the sender address
    assert is_marked(page.sender_address)
    assert memory_keyring.passwords == {}  # nothing saved: no password kept either
    page.sender_address.setText("max@muster-software.de")
    page._edited()
    assert dialog.apply() is True
    assert memory_keyring.passwords == {("meinbuero-smtp", f"{USER}@127.0.0.1"): PASSWORD}
    with database.sessions() as session:
        [account] = mail.accounts(session)
        assert (account.host, account.port, account.security) == ("127.0.0.1", server.port, "none")
        assert mail.send_with(session) == mail.SEND_WITH_PROGRAM
    assert page.password.text() == "" and page.password.placeholderText() == "(gespeichert)"

    # Test: a mail to the sender address, in the background.
    assert page.test() is True
    qtbot.waitUntil(lambda: not page.testing, timeout=20000)
    assert page.test_status.text() == ("Die Test-E-Mail an max@muster-software.de wurde gesendet.")
    [received] = server.collector.received
    assert received.recipients == ["max@muster-software.de"]

    # The password is nowhere in the company file or the settings file, byte for byte.
    dialog.accept()
    isolated_settings.sync()
    database.checkpoint()
    files = [p for p in database.path.parent.rglob("*") if p.is_file()]
    files.append(Path(isolated_settings.fileName()))
    assert database.path in files and Path(isolated_settings.fileName()).is_file()
    for path in files:
        content = path.read_bytes()
        for encoded in (PASSWORD.encode(), PASSWORD.encode("utf-16-le"), b"Geheim-Passwort"):
            assert encoded not in content, path


def test_with_the_setting_a_click_on_an_address_opens_the_mail_window(
    qtbot: QtBot,
    database: Database,
    signals: DataSignals,
    customer_id: int,
    catch_urls: Callable[..., UrlCatcher],
) -> None:
    from PySide6.QtWidgets import QWidget

    from meinbuero.gui.contact import ContactLauncher

    caught = catch_urls("mailto")
    host = QWidget()
    qtbot.addWidget(host)
    launcher = ContactLauncher(database=database, signals=signals, parent_widget=host)
    assert launcher.mail(customer_id=customer_id, address="lena@gross.de")
    assert len(caught.urls) == 1  # the default: the PC's mail program
    with database.sessions.begin() as session:
        mail.set_send_with(session, mail.SEND_WITH_PROGRAM)
    assert launcher.mail(customer_id=customer_id, address="lena@gross.de")
    assert len(caught.urls) == 1
    [window] = host.findChildren(MailDialog)
    window.ask_save_changes = lambda: QMessageBox.StandardButton.No  # type: ignore[method-assign]
    assert window.to.currentText() == "lena@gross.de"
    assert window.typed().contact_person_id is not None  # Lena Groß, the contact person
    window.close()


def test_a_serial_mail_to_the_customers_shown(
    qtbot: QtBot,
    database: Database,
    signals: DataSignals,
    customer_id: int,
    server: MailServer,
    memory_keyring: MemoryKeyring,
) -> None:
    from meinbuero.gui.dialogs.serial_mail_dialog import SerialMailDialog

    store_password(database, PASSWORD)
    with database.sessions.begin() as session:
        second = save_customer(
            session, CustomerInput(kind="person", last_name="Kaiser", email="kaiser@web.de")
        ).id
        third = save_customer(session, CustomerInput(kind="person", last_name="Ohne")).id
    dialog = SerialMailDialog(
        database=database, signals=signals, customer_ids=[customer_id, second, third]
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.recipients.text() == "An die 3 Kunden, die die Kundenliste zeigt."
    assert dialog.per_minute.value() == 20
    dialog.per_minute.setValue(600)  # 0,1 s between two mails
    dialog.subject.setText("Neue Öffnungszeiten")
    dialog.body.setPlainText("{Briefanrede}\n\nab Januar öffnen wir um 7 Uhr.")
    with qtbot.waitSignal(dialog.finished_sending, timeout=30000):
        assert dialog.start()
        assert dialog.running and not dialog.send_button.isEnabled()
    report = dialog.report_data
    assert report is not None
    assert [line.address for line in report.sent] == ["info@baeckerei-gross.de", "kaiser@web.de"]
    assert [line.reason for line in report.skipped] == ["keine E-Mail-Adresse"]
    assert dialog.status.text() == "Gesendet: 2 · fehlgeschlagen: 0 · ausgelassen: 1"
    assert "Ohne: keine E-Mail-Adresse" in dialog.report.toPlainText()
    assert sorted(r.recipients[0] for r in server.collector.received) == [
        "info@baeckerei-gross.de",
        "kaiser@web.de",
    ]


def test_a_template_fills_subject_and_text_for_the_recipient(
    qtbot: QtBot, database: Database, signals: DataSignals, customer_id: int
) -> None:
    from meinbuero.services import templates

    with database.sessions.begin() as session:
        templates.save_template(
            session,
            None,
            templates.TemplateInput(
                kind="email",
                name="Termin",
                subject="Termin mit {Firma}",
                body="{Briefanrede}\n\nwir bestätigen den Termin.",
            ),
        )
        data = mail.new_mail(session, customer_id)
    window, _errors = open_window(qtbot, database, signals, data)
    names = [window.template.itemText(i) for i in range(window.template.count())]
    assert "Termin" in names
    window.subject.setText("Schon getippt")
    answers = [False, True]
    window.confirm_replace = lambda: answers.pop(0)  # type: ignore[method-assign]
    window.template.setCurrentIndex(names.index("Termin"))
    window.use_template()
    assert window.subject.text() == "Schon getippt"  # not replaced: the user said no
    window.use_template()
    assert window.subject.text() == "Termin mit Bäckerei Groß"
    assert window.body.toPlainText().startswith(
        "Sehr geehrte Damen und Herren,\n\nwir bestätigen den Termin."
    )


def test_the_details_window_writes_mail_and_offers_the_drafts(
    qtbot: QtBot,
    database: Database,
    customer_id: int,
    open_details: Callable[[int | None], QWidget],
) -> None:
    with database.sessions.begin() as session:
        data = mail.new_mail(session, customer_id)
        data.subject = "Nicht gesendet"
        mail.save_draft(session, data, error="Der Server antwortet nicht.")
    details = open_details(customer_id)
    button = details.findChild(QPushButton, "mail_button")
    assert button is not None and button.text() == "E-Mail schreiben…"
    menu = button.menu()
    menu.aboutToShow.emit()
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts[0] == "Neue E-Mail…"
    assert texts[1].startswith("Entwurf: Nicht gesendet (")
    menu.actions()[-1].trigger()
    [window] = details.findChildren(MailDialog)
    window.ask_save_changes = lambda: QMessageBox.StandardButton.No  # type: ignore[method-assign]
    assert window.subject.text() == "Nicht gesendet"
    assert window.data.draft_id is not None
    window.close()
