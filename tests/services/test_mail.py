"""Sending e-mail to a real SMTP server on localhost (aiosmtpd): headers, umlauts, the invoice
PDF byte for byte, STARTTLS with a certificate made here, the German failures, drafts, what
is filed in Dokumente and Historie, the password only in the keyring, serial e-mails."""

from __future__ import annotations

import ssl
from datetime import date
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from email.utils import parsedate_to_datetime
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from sqlalchemy import select

from meinbuero.services import consent, documents, history, mail, sales
from meinbuero.services.customers import (
    ContactPersonInput,
    CustomerInput,
    save_contact_person,
    save_customer,
)
from meinbuero.services.errors import InvalidInput
from meinbuero.store.database import Database
from meinbuero.store.models import Event, MailDraft
from tests.mail_server import (
    AUTH_WITHOUT_TLS,
    PASSWORD,
    USER,
    MailServer,
    MemoryKeyring,
    self_signed,
    start_server,
)
from tests.sales_data import add_customer, complete_company, invoice_input

pytestmark = pytest.mark.filterwarnings(AUTH_WITHOUT_TLS)


def add_account(
    database: Database, port: int, *, security: str = "none", host: str = "127.0.0.1"
) -> int:
    with database.sessions.begin() as session:
        return mail.save_account(
            session,
            mail.AccountInput(
                host=host,
                port=str(port),
                security=security,
                user=USER,
                sender_name="Max Müller (Muster Software)",
                sender_address="max@muster-software.de",
                signature="Max Müller\nMuster Software GmbH",
            ),
        ).id


@pytest.fixture
def customer_id(database: Database) -> int:
    with database.sessions.begin() as session:
        complete_company(session)
        customer = add_customer(session)
        saved = save_customer(
            session,
            CustomerInput(
                kind="company",
                company_name="Beispiel AG",
                street="Ringstraße 5",
                postcode="80331",
                city="München",
                vat_id="DE811907980",
                email="info@beispiel.de",
                invoice_email="rechnung@beispiel.de",
            ),
            customer_id=customer,
        )
        return saved.id


def finalised_invoice(database: Database, customer_id: int) -> int:
    with database.sessions.begin() as session:
        document_id = sales.save_draft(session, None, invoice_input(session, customer_id)).id
    with database.sessions.begin() as session:
        sales.finalise(session, document_id)
    return document_id


def parsed(content: bytes) -> EmailMessage:
    message = message_from_bytes(content, policy=default)
    assert isinstance(message, EmailMessage)
    return message


def text_of(content: bytes) -> str:
    body = parsed(content).get_body(preferencelist=("plain",))
    assert body is not None
    return str(body.get_content()).replace("\r\n", "\n")


def test_an_invoice_arrives_with_its_headers_and_the_pdf_byte_for_byte(
    database: Database,
    customer_id: int,
    server: MailServer,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    account_id = add_account(database, server.port)
    document_id = finalised_invoice(database, customer_id)
    extra = tmp_path / "Übersicht März.txt"
    extra.write_bytes("Grüße aus Köln\n".encode())
    with database.sessions() as session:
        data = mail.new_mail(session, customer_id, sales_document_id=document_id)
        invoice = sales.get_document(session, document_id)
        number = invoice.number
        pdf = documents.stored_path(session, invoice.pdf_document_id or 0).read_bytes()
    assert data.account_id == account_id
    assert data.to == "rechnung@beispiel.de"  # the invoice e-mail for an invoice
    assert data.subject == f"Ihre Rechnung {number}"
    assert data.body.startswith("Sehr geehrte Damen und Herren,\n\nanbei erhalten Sie unsere ")
    assert data.body.endswith("Max Müller\nMuster Software GmbH")
    data.subject = "Rechnung für Müller"
    data.cc = "buchhaltung@beispiel.de"
    data.attachments.append(mail.AttachmentRef(path=str(extra)))

    sent = mail.send(database.sessions, data, password=PASSWORD)

    [received] = server.collector.received
    assert received.sender == "max@muster-software.de"
    assert sorted(received.recipients) == ["buchhaltung@beispiel.de", "rechnung@beispiel.de"]
    head = received.content.split(b"\r\n\r\n", 1)[0]
    assert "für".encode() not in head and b"=?utf-8?" in head  # umlauts encoded (RFC 2047)
    message = parsed(received.content)
    assert message["Subject"] == "Rechnung für Müller"
    assert message["From"].addresses[0].display_name == "Max Müller (Muster Software)"
    assert message["From"].addresses[0].addr_spec == "max@muster-software.de"
    assert str(message["To"]) == "rechnung@beispiel.de"
    assert str(message["Cc"]) == "buchhaltung@beispiel.de"
    assert parsedate_to_datetime(str(message["Date"])).tzinfo is not None
    assert str(message["Message-ID"]).endswith("@muster-software.de>")
    assert text_of(received.content).endswith("\n\n-- \nMax Müller\nMuster Software GmbH\n")
    assert head.count(b"MIME-Version:") == 1
    files = {part.get_filename(): part for part in message.iter_attachments()}
    assert set(files) == {f"{number}.pdf", "Übersicht März.txt"}
    assert files[f"{number}.pdf"].get_content_type() == "application/pdf"
    assert files[f"{number}.pdf"].get_payload(decode=True) == pdf
    assert b"filename*=utf-8''%C3%9Cbersicht%20M%C3%A4rz.txt" in received.content  # RFC 2231
    assert files["Übersicht März.txt"].get_payload(decode=True) == extra.read_bytes()

    with database.sessions() as session:
        [filed] = [
            row
            for row in documents.list_documents(session, customer_id)
            if row.category == "E-Mail"
        ]
        assert filed.id == sent.document_id
        assert filed.title == "Rechnung für Müller"
        assert filed.extension == "eml"
        kept = parsed(documents.stored_path(session, filed.id).read_bytes())
        assert kept["Subject"] == "Rechnung für Müller"
        assert kept["Message-ID"] == message["Message-ID"]
        event = session.scalars(select(Event).where(Event.customer_id == customer_id)).one()
        assert event.event_type.name == "E-Mail gesendet"
        assert event.subject == "Rechnung für Müller"
        assert "rechnung@beispiel.de" in event.text and "buchhaltung@beispiel.de" in event.text
        assert f"{number}.pdf" in event.text and "Übersicht März.txt" in event.text
        entries = history.history(session, customer_id)
        assert any(entry.subject == "Rechnung für Müller" for entry in entries)
        assert session.scalars(select(MailDraft)).all() == []


def test_starttls_with_a_certificate_made_here(
    database: Database, customer_id: int, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    # cryptography makes the certificate; the lock has it on Linux (keyring's Secret Service).
    pytest.importorskip("cryptography")
    cert, key = self_signed(tmp_path)
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    running = start_server(tls_context=server_context)
    try:
        add_account(database, running.port, security="starttls")
        with database.sessions() as session:
            data = mail.new_mail(session, customer_id)
        data.subject = "Grüße über STARTTLS"
        trusted = ssl.create_default_context(cafile=str(cert))
        mail.send(database.sessions, data, password=PASSWORD, ssl_context=trusted)
        [received] = running.collector.received
        assert parsed(received.content)["Subject"] == "Grüße über STARTTLS"

        # Not trusted (the system's certificates only): no connection, the password never sent.
        with pytest.raises(mail.MailFailed) as failed:
            mail.send(database.sessions, data, password=PASSWORD)
        assert str(failed.value).startswith(
            "Das Zertifikat des Servers 127.0.0.1 ist nicht vertrauenswürdig"
        )
        assert failed.value.draft_id is not None
        assert len(running.collector.received) == 1
    finally:
        running.stop()


def test_a_wrong_password_is_said_in_german_and_the_mail_kept_as_a_draft(
    database: Database, customer_id: int, server: MailServer, memory_keyring: MemoryKeyring
) -> None:
    add_account(database, server.port)
    with database.sessions() as session:
        data = mail.new_mail(session, customer_id)
    data.subject = "Termin am Dienstag"
    data.body = "Hallo,\n\npasst Ihnen Dienstag um 10 Uhr?"
    with pytest.raises(mail.MailFailed) as failed:
        mail.send(database.sessions, data, password="falsch")
    assert str(failed.value) == (
        "Der Server 127.0.0.1 hat die Anmeldung abgelehnt: Benutzername oder Passwort ist falsch."
    )
    assert server.collector.received == []
    with database.sessions() as session:
        [row] = mail.drafts(session, customer_id)
        assert row.id == failed.value.draft_id
        assert row.error == str(failed.value)
        kept = mail.draft_input(session, row.id)
    assert (kept.to, kept.subject, kept.body) == (data.to, data.subject, data.body)

    # Sent from the draft with the right password: it arrives and the draft is gone.
    mail.send(database.sessions, kept, password=PASSWORD)
    assert len(server.collector.received) == 1
    with database.sessions() as session:
        assert mail.drafts(session, customer_id) == []


def test_an_unreachable_server_is_said_in_german(
    database: Database, customer_id: int, memory_keyring: MemoryKeyring
) -> None:
    from tests.mail_server import free_port

    port = free_port()  # nobody listens there
    add_account(database, port)
    with database.sessions() as session:
        data = mail.new_mail(session, customer_id)
    data.subject = "Hallo"
    with pytest.raises(mail.MailFailed) as failed:
        mail.send(database.sessions, data, password=PASSWORD)
    assert str(failed.value) == (
        f"Der Server 127.0.0.1 ist über Port {port} nicht erreichbar; bitte prüfen Sie Server, "
        "Port und Internetverbindung."
    )
    assert failed.value.stops_all


def test_a_refused_recipient_is_named(
    database: Database, customer_id: int, server: MailServer, memory_keyring: MemoryKeyring
) -> None:
    add_account(database, server.port)
    server.collector.refuse = {"info@beispiel.de"}
    with database.sessions() as session:
        data = mail.new_mail(session, customer_id)
    data.subject = "Hallo"
    with pytest.raises(mail.MailFailed) as failed:
        mail.send(database.sessions, data, password=PASSWORD)
    assert str(failed.value) == (
        "Der Server 127.0.0.1 nimmt die Adresse info@beispiel.de nicht an."
    )
    assert not failed.value.stops_all
    with database.sessions() as session:
        assert len(mail.drafts(session, customer_id)) == 1


def test_bad_input_names_the_fields_and_sends_nothing(
    database: Database, customer_id: int, server: MailServer
) -> None:
    with database.sessions() as session:
        data = mail.new_mail(session, customer_id)
        data.to = "info@beispiel.de; kein-at-zeichen"
        data.subject = " "
        with pytest.raises(InvalidInput) as invalid:
            mail.prepare(session, data)
    assert [e.field for e in invalid.value.errors] == ["Von", "An", "Betreff"]
    assert server.collector.received == []


def test_the_password_is_only_in_the_keyring(
    database: Database, customer_id: int, server: MailServer, memory_keyring: MemoryKeyring
) -> None:
    account_id = add_account(database, server.port)
    with database.sessions() as session:
        server_data = mail.Server.of(mail.get_account(session, account_id))
    mail.store_password(server_data, PASSWORD)
    assert memory_keyring.passwords == {
        ("meinbuero-smtp", f"{USER}@127.0.0.1"): PASSWORD,
    }
    password = mail.stored_password(server_data)
    assert password == PASSWORD
    with database.sessions() as session:
        data = mail.new_mail(session, customer_id)
    data.subject = "Test"
    mail.send(database.sessions, data, password=password)
    database.checkpoint()
    folder = database.path.parent
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert database.path in files
    for path in files:
        content = path.read_bytes()
        for encoded in (PASSWORD.encode(), PASSWORD.encode("utf-16-le"), b"Geheim-Passwort"):
            assert encoded not in content, path


def test_without_a_keyring_the_user_is_told_and_asked_each_time(
    database: Database, customer_id: int
) -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        assert not mail.password_store_available()
        server = mail.Server("smtp.example.com", 587, "starttls", USER, "", "a@example.com")
        assert mail.stored_password(server) is None
        with pytest.raises(mail.NoPasswordStore) as refused:
            mail.store_password(server, PASSWORD)
        assert str(refused.value).startswith("Auf diesem PC gibt es keinen Passwortspeicher")
    finally:
        keyring.set_keyring(before)


def test_account_input_is_checked(database: Database) -> None:
    with database.sessions.begin() as session:
        with pytest.raises(InvalidInput) as invalid:
            mail.save_account(
                session, mail.AccountInput(host="", port="70000", sender_address="kein")
            )
        assert invalid.value.fields() == {"SMTP-Server", "Port", "Absenderadresse"}
        first = mail.save_account(
            session, mail.AccountInput(host="smtp.a.de", sender_address="a@a.de")
        )
        second = mail.save_account(
            session,
            mail.AccountInput(host="smtp.b.de", sender_address="b@b.de", is_default=True),
        )
        assert first.is_default is False and second.is_default is True
        assert [a.id for a in mail.accounts(session)] == [second.id, first.id]
        mail.delete_account(session, second.id)
        assert mail.default_account(session) is first
        assert first.is_default


def test_serial_mails_are_personalised_throttled_and_reported(
    database: Database, server: MailServer, memory_keyring: MemoryKeyring
) -> None:
    with database.sessions.begin() as session:
        complete_company(session)
        anna = save_customer(
            session,
            CustomerInput(
                kind="person",
                salutation="Frau",
                first_name="Anna",
                last_name="Schäfer",
                email="anna@schaefer.de",
            ),
        ).id
        nobody = save_customer(
            session, CustomerInput(kind="person", salutation="Herr", last_name="Ohnemail")
        ).id
        firm = save_customer(session, CustomerInput(kind="company", company_name="Roth GmbH")).id
        save_contact_person(
            session,
            ContactPersonInput(
                salutation="Herr", first_name="Jan", last_name="Roth", email="jan@roth.de"
            ),
            customer_id=firm,
        )
    account_id = add_account(database, server.port)
    waits: list[float] = []
    progress: list[tuple[int, int]] = []
    serial = mail.SerialMail(
        account_id=account_id,
        subject="Neuigkeiten für {Kundennummer}",
        body="{Briefanrede}\n\nunser Büro zieht um.",
        per_minute=30,
    )
    report = mail.send_serial(
        database.sessions,
        serial,
        [anna, nobody, firm],
        password=PASSWORD,
        progress=lambda done, total: progress.append((done, total)),
        wait=lambda seconds: bool(waits.append(seconds)),  # type: ignore[func-returns-value]
    )
    assert [line.address for line in report.sent] == ["anna@schaefer.de", "jan@roth.de"]
    assert [(line.name, line.reason) for line in report.skipped] == [
        ("Ohnemail", "keine E-Mail-Adresse")
    ]
    assert report.failed == [] and not report.cancelled
    assert waits == [2.0]  # 30 a minute: 2 seconds between two mails
    assert progress[-1] == (3, 3)
    texts = {r.recipients[0]: text_of(r.content) for r in server.collector.received}
    assert texts["anna@schaefer.de"].startswith("Sehr geehrte Frau Schäfer,\n\nunser Büro")
    assert texts["jan@roth.de"].startswith("Sehr geehrter Herr Roth,\n\nunser Büro")

    # Advertising: only to those who consented by e-mail (Anna did; Jan Roth did not).
    with database.sessions.begin() as session:
        consent.record(session, anna, None, "email", "given", date(2026, 1, 5), "written")
    advertising = mail.send_serial(
        database.sessions,
        mail.SerialMail(account_id=account_id, subject="Angebot", body="x", advertising=True),
        [anna, firm],
        password=PASSWORD,
        wait=lambda seconds: False,
    )
    assert [line.address for line in advertising.sent] == ["anna@schaefer.de"]
    assert [(line.name, line.reason) for line in advertising.skipped] == [
        ("Roth GmbH", "keine Einwilligung in Werbung per E-Mail")
    ]


def test_a_serial_mail_stops_when_the_login_is_refused(
    database: Database, server: MailServer, customer_id: int
) -> None:
    with database.sessions.begin() as session:
        other = save_customer(
            session, CustomerInput(kind="company", company_name="Zwei", email="zwei@z.de")
        ).id
    account_id = add_account(database, server.port)
    report = mail.send_serial(
        database.sessions,
        mail.SerialMail(account_id=account_id, subject="Hallo", body="Text"),
        [customer_id, other],
        password="falsch",
        wait=lambda seconds: False,
    )
    assert report.cancelled and len(report.failed) == 1 and report.sent == []


def test_an_xrechnung_filed_beside_the_pdf_goes_with_it(
    database: Database,
    customer_id: int,
    server: MailServer,
    memory_keyring: MemoryKeyring,
) -> None:
    from meinbuero.services.conditions import ConditionsInput, save_conditions

    add_account(database, server.port)
    with database.sessions.begin() as session:
        save_conditions(
            session,
            ConditionsInput(
                net_days="30", einvoice_format="xrechnung_cii", leitweg_id="04011000-1234512345-06"
            ),
            customer_id=customer_id,
        )
    document_id = finalised_invoice(database, customer_id)
    with database.sessions() as session:
        invoice = sales.get_document(session, document_id)
        assert invoice.einvoice_document_id not in (None, invoice.pdf_document_id)
        xml = documents.stored_path(session, invoice.einvoice_document_id or 0).read_bytes()
        data = mail.new_mail(session, customer_id, sales_document_id=document_id)
    assert [ref.document_id for ref in data.attachments] == [
        invoice.pdf_document_id,
        invoice.einvoice_document_id,
    ]
    mail.send(database.sessions, data, password=PASSWORD)
    [received] = server.collector.received
    parts = list(parsed(received.content).iter_attachments())
    assert [part.get_content_type() for part in parts] == ["application/pdf", "application/xml"]
    assert parts[1].get_payload(decode=True) == xml
