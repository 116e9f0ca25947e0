"""E-mail from the program: SMTP accounts, sending, drafts, and what a sent mail leaves behind.

A mail is built as an :class:`email.message.EmailMessage` with the SMTP policy (headers with
umlauts encoded, attachment names per RFC 2231) and sent with :mod:`smtplib`, always with a
timeout, over TLS checked against the system's certificates unless the account says "none".
The password of an account is never stored in the company file, a settings file or a log: it
lives in the operating system's keyring (Windows Credential Manager, macOS Keychain, Secret
Service); where there is none, the caller asks each time.

Sending holds no transaction open: the mail is read and built in one session, sent, and then
filed in another — an .eml in the customer's Dokumente (category "E-Mail") and an
"E-Mail gesendet" event in the Historie. A mail that could not be sent is kept as a draft
(:class:`~meinbuero.store.models.MailDraft`) with the reason, so nothing typed is lost.
"""

from __future__ import annotations

import base64
import json
import re
import smtplib
import socket
import ssl
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, getaddresses, make_msgid
from pathlib import Path

import keyring
import keyring.backends.fail
import keyring.errors
from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from meinbuero.domain.email import normalize_email
from meinbuero.domain.errors import ValidationError
from meinbuero.domain.files import extension_of, safe_file_name
from meinbuero.domain.values import LOCAL_ZONE, format_datetime_de
from meinbuero.i18n import tr
from meinbuero.services import consent, documents, history, templates
from meinbuero.services import settings as company_settings
from meinbuero.services.contact import ContactKind, contact_event_type
from meinbuero.services.customers import (
    check_contact_person,
    existing_customer,
    get_customer,
)
from meinbuero.services.errors import InvalidInput, NotFound, Refused
from meinbuero.store.models import (
    Customer,
    Document,
    MailAccount,
    MailDraft,
    MailSecurity,
    SalesDocument,
    SalesKind,
    Setting,
    TextTemplate,
)
from meinbuero.store.types import utcnow

#: The keyring's service name; the user name there is "user@host" (see :func:`keyring_user`).
KEYRING_SERVICE = "meinbuero-smtp"
#: Seconds to wait for the server at each step (connect, each command).
TIMEOUT = 30.0
MAIL_CATEGORY = "E-Mail"
DEFAULT_PORTS = {MailSecurity.NONE: 25, MailSecurity.STARTTLS: 587, MailSecurity.SSL: 465}
#: Setting (company file): "mailto" hands a click on an address to the PC's mail program,
#: "meinbuero" opens the program's own compose window.
SEND_WITH_KEY = "mail/send_with"
SEND_WITH_MAILTO = "mailto"
SEND_WITH_PROGRAM = "meinbuero"


class MailFailed(Refused):
    """The mail was not sent; the message says why in one German sentence.

    ``draft_id``: the draft the mail was kept as (None where nothing was kept);
    ``stops_all``: any other mail through this account would fail the same way (the login was
    refused, the server cannot be reached) — a serial mail stops.
    """

    def __init__(
        self, message: str, *, draft_id: int | None = None, stops_all: bool = False
    ) -> None:
        super().__init__(message)
        self.draft_id = draft_id
        self.stops_all = stops_all


class NoPasswordStore(Refused):
    """The PC has no keyring the program can keep a password in."""


# --- Settings --------------------------------------------------------------------------------


def send_with(session: Session) -> str:
    """How a click on an e-mail address writes: :data:`SEND_WITH_MAILTO` or
    :data:`SEND_WITH_PROGRAM`."""
    value = session.scalar(select(Setting.value).where(Setting.key == SEND_WITH_KEY))
    return SEND_WITH_PROGRAM if value == SEND_WITH_PROGRAM else SEND_WITH_MAILTO


def set_send_with(session: Session, value: str) -> None:
    if value not in (SEND_WITH_MAILTO, SEND_WITH_PROGRAM):
        raise InvalidInput([ValidationError(tr("Send e-mails with"), tr("Unknown choice."))])
    session.merge(Setting(key=SEND_WITH_KEY, value=value))
    session.flush()


def security_labels() -> dict[str, str]:
    return {
        MailSecurity.STARTTLS: tr("STARTTLS (port 587)"),
        MailSecurity.SSL: tr("SSL/TLS (port 465)"),
        MailSecurity.NONE: tr("None (unencrypted)"),
    }


# --- Accounts --------------------------------------------------------------------------------


@dataclass
class AccountInput:
    """An SMTP account as typed (the password is not part of it: see :func:`store_password`)."""

    name: str = ""
    host: str = ""
    port: str = "587"
    security: str = MailSecurity.STARTTLS.value
    user: str = ""
    sender_name: str = ""
    sender_address: str = ""
    signature: str = ""
    is_default: bool = False

    @classmethod
    def of(cls, account: MailAccount) -> AccountInput:
        return cls(
            name=account.name,
            host=account.host,
            port=str(account.port),
            security=account.security,
            user=account.user,
            sender_name=account.sender_name,
            sender_address=account.sender_address,
            signature=account.signature,
            is_default=account.is_default,
        )


@dataclass(frozen=True)
class Server:
    """What sending needs of an account, as plain data (safe to hand to a worker thread)."""

    host: str
    port: int
    security: str
    user: str
    sender_name: str
    sender_address: str
    signature: str = ""

    @classmethod
    def of(cls, account: MailAccount) -> Server:
        return cls(
            host=account.host,
            port=account.port,
            security=account.security,
            user=account.user,
            sender_name=account.sender_name,
            sender_address=account.sender_address,
            signature=account.signature,
        )

    @property
    def keyring_user(self) -> str:
        return keyring_user(self.host, self.user)


def account_labels() -> dict[str, str]:
    """The field names of an account (for the messages and the settings page)."""
    return {
        "name": tr("Name"),
        "host": tr("SMTP server"),
        "port": tr("Port"),
        "security": tr("Security"),
        "user": tr("User name"),
        "sender_name": tr("Sender name"),
        "sender_address": tr("Sender address"),
        "signature": tr("Signature"),
    }


def check_account(data: AccountInput) -> Server:
    """The account as the program uses it; InvalidInput naming every refused field."""
    labels = account_labels()
    errors: list[ValidationError] = []
    host = data.host.strip()
    if not host or any(c.isspace() for c in host) or "/" in host:
        errors.append(
            ValidationError(
                labels["host"], tr("Please enter the SMTP server, e.g. smtp.example.com.")
            )
        )
    port = data.port.strip()
    if not port.isdigit() or not 1 <= int(port) <= 65535:
        errors.append(ValidationError(labels["port"], tr("Please enter a port from 1 to 65535.")))
    if data.security not in DEFAULT_PORTS:
        errors.append(ValidationError(labels["security"], tr("Unknown choice.")))
    sender = ""
    if not data.sender_address.strip():
        errors.append(
            ValidationError(labels["sender_address"], tr("Please enter the sender address."))
        )
    else:
        try:
            sender = normalize_email(data.sender_address, field=labels["sender_address"])
        except ValidationError as error:
            errors.append(error)
    if errors:
        raise InvalidInput(errors)
    return Server(
        host=host,
        port=int(port),
        security=data.security,
        user=data.user.strip(),
        sender_name=" ".join(data.sender_name.split()),
        sender_address=sender,
        signature=data.signature.rstrip(),
    )


def accounts(session: Session) -> list[MailAccount]:
    """The accounts, the default first."""
    return list(
        session.scalars(select(MailAccount).order_by(MailAccount.is_default.desc(), MailAccount.id))
    )


def default_account(session: Session) -> MailAccount | None:
    found = accounts(session)
    return found[0] if found else None


def get_account(session: Session, account_id: int) -> MailAccount:
    account = session.get(MailAccount, account_id)
    if account is None:
        raise NotFound(tr("The e-mail account no longer exists."))
    return account


def save_account(
    session: Session, data: AccountInput, *, account_id: int | None = None
) -> MailAccount:
    """Store a new account (``account_id`` None) or change one. The first account, and one
    marked as default, becomes the default."""
    server = check_account(data)
    account = MailAccount() if account_id is None else get_account(session, account_id)
    account.name = " ".join(data.name.split())[:100] or server.sender_address
    account.host = server.host
    account.port = server.port
    account.security = server.security
    account.user = server.user
    account.sender_name = server.sender_name
    account.sender_address = server.sender_address
    account.signature = server.signature
    if account_id is None:
        session.add(account)
    others = [a for a in accounts(session) if a is not account]
    account.is_default = data.is_default or not any(a.is_default for a in others)
    session.flush()
    if account.is_default:
        for other in others:
            other.is_default = False
        session.flush()
    return account


def delete_account(session: Session, account_id: int) -> None:
    """Remove an account (its drafts stay, without an account); another becomes the default.
    The password stays in the keyring: another company file may use the same server."""
    account = get_account(session, account_id)
    session.delete(account)
    session.flush()
    rest = accounts(session)
    if rest and not any(a.is_default for a in rest):
        rest[0].is_default = True
        session.flush()


# --- The keyring -----------------------------------------------------------------------------


def keyring_user(host: str, user: str) -> str:
    """The name a password is kept under in the keyring: "user@host" (one per server login,
    whichever company file uses it)."""
    return f"{user}@{host}"


def password_store_available() -> bool:
    """Whether the PC has a keyring to keep passwords in."""
    try:
        return not isinstance(keyring.get_keyring(), keyring.backends.fail.Keyring)
    except keyring.errors.KeyringError:
        return False


def no_password_store_text() -> str:
    return tr(
        "This PC has no password store (keyring) the program can use: the password is not "
        "saved and will be asked for each time an e-mail is sent."
    )


def stored_password(server: Server) -> str | None:
    """The password kept for the account's login; None when none is kept or there is no
    keyring."""
    if not server.user:
        return ""
    try:
        return keyring.get_password(KEYRING_SERVICE, server.keyring_user)
    except keyring.errors.KeyringError:
        return None


def store_password(server: Server, password: str) -> None:
    """Keep the password in the keyring (an empty one removes it).

    Raises:
        NoPasswordStore: there is no keyring, or it refused.
    """
    try:
        if password:
            keyring.set_password(KEYRING_SERVICE, server.keyring_user, password)
        else:
            forget_password(server)
    except keyring.errors.KeyringError:
        raise NoPasswordStore(no_password_store_text()) from None


def forget_password(server: Server) -> None:
    try:
        keyring.delete_password(KEYRING_SERVICE, server.keyring_user)
    except keyring.errors.PasswordDeleteError:
        pass  # none was kept
    except keyring.errors.KeyringError:
        pass


# --- Building and sending --------------------------------------------------------------------


@dataclass(frozen=True)
class Attachment:
    file_name: str
    content: bytes
    mime_type: str = ""


def split_addresses(text: str, *, field: str) -> list[str]:
    """The addresses typed into a To/Cc/Bcc field (separated by comma, semicolon or line
    break; "Name <address>" too), checked; InvalidInput names the first bad one."""
    found: list[str] = []
    for part in re.split(r"[;\n]", text):
        for name, address in getaddresses([part]):
            typed = address or name
            if not typed.strip():
                continue
            try:
                found.append(normalize_email(typed, field=field))
            except ValidationError as error:
                raise InvalidInput([error]) from None
    return found


def _mime_type(attachment: Attachment) -> tuple[str, str]:
    import mimetypes

    kind = attachment.mime_type or (
        mimetypes.guess_type("x." + extension_of(attachment.file_name))[0] or ""
    )
    if "/" not in kind:
        kind = "application/octet-stream"
    main, sub = kind.split("/", 1)
    return main, sub


def build_message(
    server: Server,
    *,
    to: Sequence[str],
    cc: Sequence[str] = (),
    bcc: Sequence[str] = (),
    subject: str,
    body: str,
    attachments: Sequence[Attachment] = (),
    now: datetime | None = None,
) -> EmailMessage:
    """The mail as it goes out: From with the sender's name, Date, a Message-ID of the
    sender's domain, a plain text part and the attachments."""
    message = EmailMessage(policy=SMTP)
    local, _at, domain = server.sender_address.rpartition("@")
    message["From"] = Address(display_name=server.sender_name, username=local, domain=domain)
    message["To"] = ", ".join(to)
    if cc:
        message["Cc"] = ", ".join(cc)
    if bcc:
        message["Bcc"] = ", ".join(bcc)
    message["Subject"] = " ".join(subject.split())
    message["Date"] = format_datetime((now or datetime.now(LOCAL_ZONE)).astimezone(LOCAL_ZONE))
    message["Message-ID"] = make_msgid(domain=domain or None)
    message["MIME-Version"] = "1.0"
    message.set_content(body.replace("\r\n", "\n"), cte="quoted-printable")
    for attachment in attachments:
        main, sub = _mime_type(attachment)
        message.add_attachment(
            attachment.content, maintype=main, subtype=sub, filename=attachment.file_name
        )
    return message


def _failure(error: BaseException, server: Server) -> str:
    """One German sentence for what went wrong while talking to the server."""
    host = server.host
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return tr(
            "The server {host} refused the login: the user name or the password is wrong.",
            host=host,
        )
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        addresses = ", ".join(error.recipients)
        return tr(
            "The server {host} does not accept the address {address}.", host=host, address=addresses
        )
    if isinstance(error, smtplib.SMTPSenderRefused):
        return tr(
            "The server {host} does not accept the sender address {address}.",
            host=host,
            address=str(error.sender),
        )
    if isinstance(error, smtplib.SMTPNotSupportedError) and "AUTH" in str(error):
        return tr(
            "The server {host} offers no login; please check the security setting.", host=host
        )
    if isinstance(error, smtplib.SMTPNotSupportedError):
        return tr(
            "The server {host} offers no STARTTLS; please choose the security SSL/TLS or ask "
            "your provider.",
            host=host,
        )
    if isinstance(error, smtplib.SMTPServerDisconnected):
        return tr("The server {host} closed the connection unexpectedly.", host=host)
    if isinstance(error, smtplib.SMTPResponseException):
        reply = error.smtp_error
        text = reply.decode(errors="replace") if isinstance(reply, bytes) else str(reply)
        return tr(
            "The server {host} refused the e-mail: {code} {text}",
            host=host,
            code=error.smtp_code,
            text=" ".join(text.split()),
        )
    if isinstance(error, smtplib.SMTPException):
        return tr("The server {host} refused the e-mail: {text}", host=host, text=str(error))
    if isinstance(error, ssl.SSLCertVerificationError):
        return tr(
            "The certificate of the server {host} is not trusted ({reason}); no connection was "
            "made, to keep the password safe.",
            host=host,
            reason=error.verify_message or str(error.reason),
        )
    if isinstance(error, ssl.SSLError):
        return tr(
            "No encrypted connection to the server {host} could be made; please check the "
            "port and the security setting.",
            host=host,
        )
    if isinstance(error, socket.gaierror):
        return tr(
            "The server {host} was not found; please check its name and the internet connection.",
            host=host,
        )
    if isinstance(error, TimeoutError):
        return tr("The server {host} does not answer (timed out).", host=host)
    return tr(
        "The server {host} cannot be reached on port {port}; please check the server, the port "
        "and the internet connection.",
        host=host,
        port=server.port,
    )


def _login(client: smtplib.SMTP, user: str, password: str) -> None:
    """Log in; a user name or password with umlauts goes as UTF-8 with AUTH PLAIN (RFC 4616),
    which smtplib's login cannot send."""
    if (user + password).isascii():
        client.login(user, password)
        return
    client.ehlo_or_helo_if_needed()
    if not client.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("SMTP AUTH extension not supported by server.")
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode("ascii")
    code, reply = client.docmd("AUTH", "PLAIN " + token)
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def send_message(
    server: Server,
    password: str,
    message: EmailMessage,
    *,
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = TIMEOUT,
) -> dict[str, str]:
    """Hand ``message`` to the server; the recipients it refused while taking the others
    (address: the server's reply). Bcc recipients get it without the header.

    ``ssl_context``: the certificates to trust (default: the system's, host name checked).

    Raises:
        MailFailed: nothing was sent (the German reason).
    """
    context = ssl_context or ssl.create_default_context()
    try:
        if server.security == MailSecurity.SSL:
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                server.host, server.port, timeout=timeout, context=context
            )
        else:
            client = smtplib.SMTP(server.host, server.port, timeout=timeout)
        with client:
            if server.security == MailSecurity.STARTTLS:
                client.starttls(context=context)
            if server.user:
                _login(client, server.user, password)
            refused = client.send_message(message)
    except (OSError, smtplib.SMTPException) as error:  # SMTPException is an OSError too
        this_mail_only = isinstance(error, smtplib.SMTPRecipientsRefused | smtplib.SMTPDataError)
        raise MailFailed(_failure(error, server), stops_all=not this_mail_only) from None
    return {
        address: (reply[1].decode(errors="replace") if isinstance(reply[1], bytes) else "")
        for address, reply in refused.items()
    }


# --- Mails from the program ------------------------------------------------------------------


@dataclass(frozen=True)
class AttachmentRef:
    """An attachment as chosen: a document of the customer's Dokumente, or a file."""

    document_id: int | None = None
    path: str = ""

    def as_json(self) -> dict[str, object]:
        return {"document_id": self.document_id} if self.document_id else {"path": self.path}


@dataclass
class MailInput:
    """An e-mail to a customer as typed in the compose window (or given on the command line)."""

    customer_id: int
    contact_person_id: int | None = None
    account_id: int | None = None
    to: str = ""
    cc: str = ""
    bcc: str = ""
    subject: str = ""
    body: str = ""
    attachments: list[AttachmentRef] = field(default_factory=list)
    sales_document_id: int | None = None
    #: The draft this mail was opened from (deleted once it is sent).
    draft_id: int | None = None


@dataclass(frozen=True)
class Recipient:
    """An address offered in the To field: "E-Mail", "Rechnungs-E-Mail", a contact person."""

    label: str
    address: str
    contact_person_id: int | None = None


def recipients(session: Session, customer_id: int, *, invoice: bool = False) -> list[Recipient]:
    """The customer's addresses and its contact persons' (main contact first); with
    ``invoice`` the invoice e-mail comes first."""
    customer = get_customer(session, customer_id)
    found: list[Recipient] = []
    if customer.invoice_email:
        found.append(Recipient(tr("Invoice e-mail"), customer.invoice_email))
    if customer.email and customer.email != customer.invoice_email:
        own = Recipient(tr("E-mail"), customer.email)
        if invoice:
            found.append(own)
        else:
            found.insert(0, own)
    for person in sorted(customer.contact_persons, key=lambda p: (not p.is_main, p.id)):
        if person.email:
            found.append(Recipient(person.display_name, person.email, person.id))
    return found


def signed(body: str, signature: str) -> str:
    """The text with the account's signature below the usual separator ("-- ")."""
    return f"{body.rstrip()}\n\n-- \n{signature}" if signature.strip() else body


def template_text(
    session: Session,
    kind: str,
    customer_id: int,
    contact_person_id: int | None = None,
    *,
    document_id: int | None = None,
    template_id: int | None = None,
) -> tuple[str, str]:
    """Subject and text of the template (``template_id``, else the first of ``kind``: "email",
    "email_invoice", …) filled in for the customer; empty when there is none."""
    if template_id is not None:
        chosen: TextTemplate | None = templates.get_template(session, template_id)
    else:
        found = templates.templates(session, kind)
        chosen = found[0] if found else None
    if chosen is None:
        return "", ""
    context = templates.context_for(session, customer_id, contact_person_id, document_id)
    return templates.fill(chosen.subject, context), templates.fill(chosen.body, context)


def attachment_name(session: Session, ref: AttachmentRef) -> str:
    if ref.document_id is not None:
        return documents.version(session, ref.document_id).file_name
    return Path(ref.path).name


def new_mail(
    session: Session,
    customer_id: int,
    *,
    address: str | None = None,
    contact_person_id: int | None = None,
    sales_document_id: int | None = None,
) -> MailInput:
    """A new mail to the customer, filled in: the recipient, the template's text, the account's
    signature, and for a finalised sales document its e-mail template, the filed PDF and the
    filed e-invoice (XRechnung)."""
    existing_customer(session, customer_id)
    check_contact_person(session, customer_id, contact_person_id)
    account = default_account(session)
    data = MailInput(customer_id=customer_id, contact_person_id=contact_person_id)
    data.account_id = account.id if account is not None else None
    invoice = False
    if sales_document_id is not None:
        document = session.get(SalesDocument, sales_document_id)
        if document is None or document.customer_id != customer_id:
            raise NotFound(tr("The document no longer exists."))
        if not document.is_final or document.pdf_document_id is None:
            raise Refused(tr("Only a finalised document can be sent by e-mail."))
        data.sales_document_id = sales_document_id
        data.contact_person_id = data.contact_person_id or document.contact_person_id
        data.subject, data.body = template_text(
            session,
            f"email_{document.kind}",
            customer_id,
            data.contact_person_id,
            document_id=sales_document_id,
        )
        data.attachments = [AttachmentRef(document_id=document.pdf_document_id)]
        if document.einvoice_document_id not in (None, document.pdf_document_id):
            # An XRechnung filed beside the PDF (a ZUGFeRD invoice is the PDF itself).
            data.attachments.append(AttachmentRef(document_id=document.einvoice_document_id))
        invoice = document.kind in (SalesKind.INVOICE.value, SalesKind.CANCELLATION.value)
    if address is None:
        offered = recipients(session, customer_id, invoice=invoice)
        own = [r for r in offered if r.contact_person_id == data.contact_person_id]
        billing = [r for r in offered if r.label == tr("Invoice e-mail")]
        if invoice and billing:
            address = billing[0].address
        elif data.contact_person_id is not None and own:
            address = own[0].address
        else:
            address = offered[0].address if offered else ""
    data.to = address
    if not data.body:
        data.subject, data.body = template_text(
            session, "email", customer_id, data.contact_person_id
        )
    if account is not None:
        data.body = signed(data.body, account.signature)
    return data


@dataclass(frozen=True)
class PreparedMail:
    """A mail checked and built, ready to go (plain data: it may cross threads)."""

    data: MailInput
    server: Server
    message: EmailMessage
    recipients: tuple[str, ...]
    attachment_names: tuple[str, ...]


def _read_attachment(session: Session, ref: AttachmentRef) -> Attachment:
    if ref.document_id is not None:
        found = documents.version(session, ref.document_id)
        path = documents.store_of(session).path_of(found.sha256)
        try:
            return Attachment(found.file_name, path.read_bytes(), found.mime_type)
        except OSError:
            raise Refused(
                tr(
                    "The file of “{title}” is missing from the document store.",
                    title=found.document.title,
                )
            ) from None
    path = Path(ref.path)
    try:
        return Attachment(path.name, path.read_bytes())
    except OSError as error:
        reason = (
            tr("the file does not exist")
            if isinstance(error, FileNotFoundError)
            else (error.strerror or str(error))
        )
        raise Refused(
            tr("{name} cannot be read: {reason}", name=path.name, reason=reason)
        ) from None


def mail_labels() -> dict[str, str]:
    return {
        "account": tr("From"),
        "to": tr("To"),
        "cc": tr("Cc"),
        "bcc": tr("Bcc"),
        "subject": tr("Subject"),
    }


def prepare(session: Session, data: MailInput, *, now: datetime | None = None) -> PreparedMail:
    """Check the mail and build it with its attachments read.

    Raises:
        InvalidInput: naming each refused field (no account, no recipient, a bad address,
            no subject).
        Refused: an attachment cannot be read.
    """
    labels = mail_labels()
    existing_customer(session, data.customer_id)
    errors: list[ValidationError] = []
    account = session.get(MailAccount, data.account_id) if data.account_id else None
    if account is None:
        errors.append(
            ValidationError(
                labels["account"],
                tr("Please set up an e-mail account first (Settings > E-mail)."),
            )
        )
    lists: dict[str, list[str]] = {}
    for name, typed in (("to", data.to), ("cc", data.cc), ("bcc", data.bcc)):
        try:
            lists[name] = split_addresses(typed, field=labels[name])
        except InvalidInput as invalid:
            errors += invalid.errors
            lists[name] = []
    if not lists["to"] and labels["to"] not in {e.field for e in errors}:
        errors.append(ValidationError(labels["to"], tr("Please enter at least one recipient.")))
    if not data.subject.strip():
        errors.append(ValidationError(labels["subject"], tr("Please enter a subject.")))
    if errors:
        raise InvalidInput(errors)
    assert account is not None
    server = Server.of(account)
    attachments = [_read_attachment(session, ref) for ref in data.attachments]
    message = build_message(
        server,
        to=lists["to"],
        cc=lists["cc"],
        bcc=lists["bcc"],
        subject=data.subject,
        body=data.body,
        attachments=attachments,
        now=now,
    )
    return PreparedMail(
        data=data,
        server=server,
        message=message,
        recipients=tuple(lists["to"] + lists["cc"] + lists["bcc"]),
        attachment_names=tuple(a.file_name for a in attachments),
    )


def _file_name(subject: str, moment: datetime) -> str:
    stamp = f"{moment.astimezone(LOCAL_ZONE):%Y-%m-%d %H%M}"
    return safe_file_name(f"{stamp} {' '.join(subject.split())[:80]}.eml")


def record_sent(session: Session, mail: PreparedMail, *, refused: Sequence[str] = ()) -> Document:
    """File what was sent: the .eml in the customer's Dokumente ("E-Mail") and an
    "E-Mail gesendet" event in the Historie naming subject, recipients and attachments; the
    draft it came from goes."""
    data = mail.data
    moment = datetime.now(LOCAL_ZONE)
    message = mail.message
    sent_to = [r for r in mail.recipients if r not in refused]
    lines = [tr("To: {addresses}", addresses=str(message["To"]))]
    if message["Cc"]:
        lines.append(tr("Cc: {addresses}", addresses=str(message["Cc"])))
    if message["Bcc"]:
        lines.append(tr("Bcc: {addresses}", addresses=str(message["Bcc"])))
    if refused:
        lines.append(tr("Refused by the server: {addresses}", addresses=", ".join(refused)))
    if mail.attachment_names:
        lines.append(tr("Attachments: {names}", names=", ".join(mail.attachment_names)))
    subject = str(message["Subject"] or "")
    filed = documents.add_document_bytes(
        session,
        customer_id=data.customer_id,
        content=message.as_bytes(policy=SMTP),
        file_name=_file_name(subject, moment),
        category=MAIL_CATEGORY,
        title=subject or tr("E-mail to {address}", address=", ".join(sent_to)),
        contact_person_id=data.contact_person_id,
    )
    filed.remark = "\n".join(lines)
    lines.append(tr("Filed in Documents: {title}", title=filed.title))
    history.add_event(
        session,
        customer_id=data.customer_id,
        data=history.EventInput(
            event_type_id=contact_event_type(session, ContactKind.EMAIL).id,
            occurred_at=format_datetime_de(moment),
            contact_person_id=data.contact_person_id,
            subject=(subject or filed.title)[:200],
            text="\n".join(lines),
        ),
    )
    if data.draft_id is not None:
        session.execute(delete(MailDraft).where(MailDraft.id == data.draft_id))
    session.flush()
    return filed


def save_draft(session: Session, data: MailInput, *, error: str = "") -> int:
    """Keep the mail as a draft (a new one, or the one it was opened from); its id."""
    existing_customer(session, data.customer_id)
    draft = session.get(MailDraft, data.draft_id) if data.draft_id is not None else None
    if draft is None:
        draft = MailDraft(
            customer_id=data.customer_id,
            author=company_settings.display_name(session),
            created_at=utcnow(),
        )
        session.add(draft)
    draft.contact_person_id = data.contact_person_id
    draft.account_id = data.account_id
    draft.sales_document_id = data.sales_document_id
    draft.recipients = data.to
    draft.cc = data.cc
    draft.bcc = data.bcc
    draft.subject = data.subject
    draft.body = data.body
    draft.attachments = json.dumps([ref.as_json() for ref in data.attachments])
    draft.error = error
    draft.updated_at = utcnow()
    session.flush()
    return draft.id


@dataclass(frozen=True)
class DraftRow:
    id: int
    subject: str
    recipients: str
    error: str
    updated_at: datetime


def drafts(session: Session, customer_id: int) -> list[DraftRow]:
    """The customer's unsent mails, newest first."""
    rows = session.scalars(
        select(MailDraft)
        .where(MailDraft.customer_id == customer_id)
        .order_by(MailDraft.updated_at.desc(), MailDraft.id.desc())
    )
    return [DraftRow(d.id, d.subject, d.recipients, d.error, d.updated_at) for d in rows]


def draft_input(session: Session, draft_id: int) -> MailInput:
    draft = session.get(MailDraft, draft_id)
    if draft is None:
        raise NotFound(tr("The draft no longer exists."))
    refs = []
    for item in json.loads(draft.attachments or "[]"):
        if item.get("document_id"):
            refs.append(AttachmentRef(document_id=int(item["document_id"])))
        elif item.get("path"):
            refs.append(AttachmentRef(path=str(item["path"])))
    account = draft.account_id
    if account is None:
        default = default_account(session)
        account = default.id if default is not None else None
    return MailInput(
        customer_id=draft.customer_id,
        contact_person_id=draft.contact_person_id,
        account_id=account,
        to=draft.recipients,
        cc=draft.cc,
        bcc=draft.bcc,
        subject=draft.subject,
        body=draft.body,
        attachments=refs,
        sales_document_id=draft.sales_document_id,
        draft_id=draft.id,
    )


def delete_draft(session: Session, draft_id: int) -> None:
    session.execute(delete(MailDraft).where(MailDraft.id == draft_id))
    session.flush()


@dataclass(frozen=True)
class SentMail:
    document_id: int
    recipients: tuple[str, ...]
    #: Addresses the server refused while it took the others.
    refused: tuple[str, ...] = ()


def send(
    sessions: sessionmaker[Session],
    data: MailInput,
    *,
    password: str,
    ssl_context: ssl.SSLContext | None = None,
) -> SentMail:
    """Check, send and file one mail; a failure keeps it as a draft.

    Raises:
        InvalidInput: a field was refused (nothing sent, nothing kept: the window shows it).
        MailFailed: the server did not take it, or an attachment could not be read; the mail
            is kept as a draft (``draft_id``).
    """
    try:
        with sessions() as session:
            prepared = prepare(session, data)
    except Refused as refusal:
        raise MailFailed(str(refusal), draft_id=_keep(sessions, data, str(refusal))) from None
    try:
        refused = send_message(prepared.server, password, prepared.message, ssl_context=ssl_context)
    except MailFailed as failed:
        failed.draft_id = _keep(sessions, data, str(failed))
        raise
    with sessions.begin() as session:
        filed = record_sent(session, prepared, refused=list(refused))
    return SentMail(filed.id, prepared.recipients, tuple(refused))


def _keep(sessions: sessionmaker[Session], data: MailInput, error: str) -> int:
    with sessions.begin() as session:
        draft_id = save_draft(session, data, error=error)
    data.draft_id = draft_id
    return draft_id


# --- Serial e-mails --------------------------------------------------------------------------


@dataclass(frozen=True)
class SerialLine:
    number: str
    name: str
    address: str
    reason: str = ""


@dataclass
class SerialReport:
    sent: list[SerialLine] = field(default_factory=list)
    failed: list[SerialLine] = field(default_factory=list)
    skipped: list[SerialLine] = field(default_factory=list)
    cancelled: bool = False


@dataclass(frozen=True)
class SerialMail:
    """A serial e-mail: the same text, personalised, to many customers."""

    account_id: int
    subject: str
    body: str
    advertising: bool = False
    per_minute: int = 20
    attachments: tuple[AttachmentRef, ...] = ()


def serial_recipient(customer: Customer) -> tuple[str, int | None]:
    """Where a serial mail to the customer goes: its own address, else its main contact's
    (with that person's salutation); "" when it has none."""
    if customer.email:
        return customer.email, None
    for person in sorted(customer.contact_persons, key=lambda p: (not p.is_main, p.id)):
        if person.email:
            return person.email, person.id
    return "", None


def send_serial(
    sessions: sessionmaker[Session],
    serial: SerialMail,
    customer_ids: Sequence[int],
    *,
    password: str,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    wait: Callable[[float], bool] | None = None,
    ssl_context: ssl.SSLContext | None = None,
) -> SerialReport:
    """Send ``serial`` to each customer, personalised, at most ``per_minute`` a minute.

    Customers without an address, and (for advertising) without consent to e-mail
    advertising, are skipped and named; a failed mail is named with its reason and the rest
    go on — unless the server refuses the login or cannot be reached, which stops the run
    (every further mail would fail the same way).

    ``wait(seconds)`` sleeps between mails and returns True when cancelled (default: waits on
    ``cancel``).
    """
    if serial.per_minute < 1:
        raise InvalidInput(
            [ValidationError(tr("Per minute"), tr("Please enter at least 1 mail per minute."))]
        )
    cancel = cancel or threading.Event()
    pause = 60.0 / serial.per_minute
    wait = wait or cancel.wait
    report = SerialReport()
    total = len(customer_ids)
    sent_before = False
    for done, customer_id in enumerate(customer_ids):
        if cancel.is_set():
            report.cancelled = True
            break
        if progress is not None:
            progress(done, total)
        with sessions() as session:
            try:
                customer = get_customer(session, customer_id)
            except NotFound:
                continue
            address, person_id = serial_recipient(customer)
            line = SerialLine(customer.number, customer.display_name, address)
            if not address:
                report.skipped.append(replace(line, reason=tr("no e-mail address")))
                continue
            if serial.advertising and not consent.allows_advertising(
                session, customer_id, person_id, "email"
            ):
                report.skipped.append(
                    replace(line, reason=tr("no consent to advertising by e-mail"))
                )
                continue
            context = templates.context_for(session, customer_id, person_id)
            account = session.get(MailAccount, serial.account_id)
            signature = account.signature if account is not None else ""
        data = MailInput(
            customer_id=customer_id,
            contact_person_id=person_id,
            account_id=serial.account_id,
            to=address,
            subject=templates.fill(serial.subject, context),
            body=signed(templates.fill(serial.body, context), signature),
            attachments=list(serial.attachments),
        )
        if sent_before and wait(pause):
            report.cancelled = True
            break
        sent_before = True
        try:
            send(sessions, data, password=password, ssl_context=ssl_context)
        except (MailFailed, InvalidInput) as failed:
            report.failed.append(replace(line, reason=str(failed)))
            if isinstance(failed, MailFailed) and failed.stops_all:
                report.cancelled = True
                break
            continue
        report.sent.append(line)
    else:
        if progress is not None:
            progress(total, total)
    return report
