"""``meinbuero mail account|send`` as a user runs them, against aiosmtpd on localhost."""

from __future__ import annotations

import os
import subprocess
import sys
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest

from meinbuero.services import documents, sales
from meinbuero.services.customers import CustomerInput, save_customer
from meinbuero.store.database import open_company
from tests.mail_server import AUTH_WITHOUT_TLS, PASSWORD, USER, MailServer
from tests.sales_data import complete_company, invoice_input

pytestmark = pytest.mark.filterwarnings(AUTH_WITHOUT_TLS)


def meinbuero(*args: str | Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    # No keyring backend in the child: the PC "without a password store".
    env.update(
        LANG="de_DE.UTF-8", LANGUAGE="", PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring"
    )
    return subprocess.run(
        [sys.executable, "-m", "meinbuero", *map(str, args)],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )


@pytest.fixture
def company(company_path: Path) -> Path:
    database = open_company(company_path)
    try:
        with database.sessions.begin() as session:
            complete_company(session)
            customer_id = save_customer(
                session,
                CustomerInput(
                    company_name="Scanner GmbH",
                    email="info@scanner.de",
                    invoice_email="rechnung@scanner.de",
                ),
            ).id
            document_id = sales.save_draft(session, None, invoice_input(session, customer_id)).id
        with database.sessions.begin() as session:
            sales.finalise(session, document_id)
    finally:
        database.close()
    return company_path


def test_account_and_send_with_the_invoice(
    company: Path, server: MailServer, tmp_path: Path
) -> None:
    result = meinbuero(
        "mail",
        "account",
        "--db",
        company,
        "--host",
        "127.0.0.1",
        "--port",
        str(server.port),
        "--security",
        "none",
        "--user",
        USER,
        "--sender",
        "max@muster-software.de",
        "--sender-name",
        "Max Müller",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    # Saved, but this PC has no password store: said in German, and a failure.
    assert result.returncode == 1
    assert result.stdout == "E-Mail-Konto „max@muster-software.de“ gespeichert.\n"
    assert result.stderr.startswith("meinbuero: Auf diesem PC gibt es keinen Passwortspeicher")

    text = tmp_path / "text.txt"
    text.write_text("Guten Tag,\n\nanbei die Rechnung.\n", encoding="utf-8")
    sent = meinbuero(
        "mail",
        "send",
        "--db",
        company,
        "--customer",
        "K10001",
        "--document",
        "RE-2026-0001",
        "--subject",
        "Ihre Rechnung für Dezember",
        "--text-file",
        text,
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert sent.returncode == 0, sent.stderr
    assert sent.stdout.startswith("E-Mail an rechnung@scanner.de gesendet")
    [received] = server.collector.received
    message = message_from_bytes(received.content, policy=default)
    assert message["Subject"] == "Ihre Rechnung für Dezember"
    [attachment] = list(message.iter_attachments())
    assert attachment.get_filename() == "RE-2026-0001.pdf"
    database = open_company(company)
    try:
        with database.sessions() as session:
            invoice = sales.find_document(session, "RE-2026-0001")
            pdf = documents.stored_path(session, invoice.pdf_document_id or 0).read_bytes()
    finally:
        database.close()
    assert attachment.get_payload(decode=True) == pdf

    no_password = meinbuero(
        "mail",
        "send",
        "--db",
        company,
        "--customer",
        "K10001",
        "--subject",
        "Hallo",
        "--text-file",
        text,
    )
    assert no_password.returncode == 1
    assert (
        "Für max@muster-software.de@127.0.0.1 ist kein Passwort gespeichert" in no_password.stderr
    )

    wrong = meinbuero(
        "mail",
        "send",
        "--db",
        company,
        "--customer",
        "K10001",
        "--subject",
        "Hallo",
        "--text-file",
        text,
        "--password-stdin",
        stdin="falsch\n",
    )
    assert wrong.returncode == 1
    assert wrong.stderr == (
        "meinbuero: Der Server 127.0.0.1 hat die Anmeldung abgelehnt: Benutzername oder "
        "Passwort ist falsch.\nDie E-Mail wurde als Entwurf gespeichert.\n"
    )
