"""E-mail from the command line: mail send|account.

The password comes from the operating system's keyring (stored there by ``mail account
--password-stdin`` or the settings); ``--password-stdin`` reads it from the first line of
standard input instead, for a PC without a keyring. It is never an argument (arguments show in
the process list and the shell's history).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from meinbuero.cli.common import (
    EXIT_ERROR,
    Commands,
    Handler,
    Parser,
    UsageError,
    customer_id_of,
    db_argument,
    open_existing,
)
from meinbuero.i18n import tr
from meinbuero.services.errors import Refused
from meinbuero.store.database import Database
from meinbuero.store.models import MAIL_SECURITIES, MailSecurity


def add_commands(commands: Commands) -> dict[str, Handler]:
    group = commands.add_parser("mail", help=tr("send e-mail, set up the e-mail account"))
    actions = group.add_subparsers(
        dest="mail_command", metavar=tr("ACTION"), parser_class=Parser, required=True
    )
    send = actions.add_parser("send", help=tr("send an e-mail to a customer"))
    db_argument(send)
    send.add_argument("--customer", required=True, metavar=tr("NO"), help=tr("customer number"))
    send.add_argument(
        "--to",
        default=None,
        metavar=tr("ADDRESS"),
        help=tr("recipient (default: the customer's e-mail; the invoice e-mail for an invoice)"),
    )
    send.add_argument("--subject", default=None, metavar=tr("S"), help=tr("subject"))
    send.add_argument(
        "--text-file", type=Path, default=None, metavar=tr("FILE"), help=tr("the text (UTF-8)")
    )
    send.add_argument(
        "--attach", type=Path, nargs="+", default=[], metavar=tr("FILE"), help=tr("attachments")
    )
    send.add_argument(
        "--document",
        default=None,
        metavar=tr("NUMBER"),
        help=tr("a finalised sales document: its PDF attached, its subject and text"),
    )
    password_argument(send)
    account = actions.add_parser("account", help=tr("set up the SMTP account for sending"))
    db_argument(account)
    account.add_argument("--host", required=True, metavar=tr("HOST"), help=tr("SMTP server"))
    account.add_argument("--port", type=int, default=None, metavar=tr("PORT"), help=tr("port"))
    account.add_argument(
        "--security", choices=MAIL_SECURITIES, default="starttls", help=tr("encryption")
    )
    account.add_argument("--user", default="", metavar=tr("USER"), help=tr("user name"))
    account.add_argument(
        "--sender", required=True, metavar=tr("ADDRESS"), help=tr("sender address")
    )
    account.add_argument("--sender-name", default="", metavar=tr("NAME"), help=tr("sender name"))
    password_argument(account)
    return {"mail": cmd_mail}


def password_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help=tr("read the password from the first line of standard input"),
    )


def read_password() -> str:
    return sys.stdin.readline().rstrip("\r\n")


def cmd_mail(args: argparse.Namespace) -> int:
    actions = {"send": _send, "account": _account}
    database = open_existing(args)
    try:
        return actions[args.mail_command](database, args)
    finally:
        database.close()


def _account(database: Database, args: argparse.Namespace) -> int:
    from meinbuero.services import mail

    port = args.port or mail.DEFAULT_PORTS[MailSecurity(args.security)]
    data = mail.AccountInput(
        host=args.host,
        port=str(port),
        security=args.security,
        user=args.user,
        sender_name=args.sender_name,
        sender_address=args.sender,
    )
    with database.sessions.begin() as session:
        same = [
            a
            for a in mail.accounts(session)
            if a.host == args.host.strip() and a.user == args.user.strip()
        ]
        if same:
            data.name, data.signature = same[0].name, same[0].signature
            data.is_default = same[0].is_default
        account = mail.save_account(session, data, account_id=same[0].id if same else None)
        server = mail.Server.of(account)
        name = account.name
    print(tr("E-mail account “{name}” saved.", name=name))
    if args.password_stdin:
        mail.store_password(server, read_password())
        print(tr("The password is kept in the system's password store."))
    elif server.user and mail.stored_password(server) is None:
        print(tr("No password is stored yet; give it with --password-stdin."))
    return 0


def _send(database: Database, args: argparse.Namespace) -> int:
    from meinbuero.services import mail, sales

    with database.sessions() as session:
        customer_id = customer_id_of(session, args.customer)
        document_id = None
        if args.document is not None:
            document = sales.find_document(session, args.document)
            if document.customer_id != customer_id:
                raise UsageError(
                    tr(
                        "Document {number} is not one of customer {customer}.",
                        number=args.document,
                        customer=args.customer,
                    )
                )
            document_id = document.id
        data = mail.new_mail(session, customer_id, address=args.to, sales_document_id=document_id)
        account = mail.get_account(session, data.account_id) if data.account_id else None
    if args.subject is not None:
        data.subject = args.subject
    if args.text_file is not None:
        try:
            text = args.text_file.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            raise Refused(
                tr("{name} is not a UTF-8 text file.", name=args.text_file.name)
            ) from None
        data.body = mail.signed(text.rstrip(), account.signature if account else "")
    elif document_id is None:
        raise UsageError(tr("Please give the text with --text-file."))
    data.attachments += [mail.AttachmentRef(path=str(path)) for path in args.attach]
    password = ""
    if account is not None:
        server = mail.Server.of(account)
        if args.password_stdin:
            password = read_password()
        elif server.user:
            stored = mail.stored_password(server)
            if stored is None:
                if not mail.password_store_available():
                    print(f"meinbuero: {mail.no_password_store_text()}", file=sys.stderr)
                print(
                    "meinbuero: "
                    + tr(
                        "No password is stored for {user}; give it with --password-stdin.",
                        user=server.keyring_user,
                    ),
                    file=sys.stderr,
                )
                return EXIT_ERROR
            password = stored
    try:
        sent = mail.send(database.sessions, data, password=password)
    except mail.MailFailed as failed:
        print(f"meinbuero: {failed}", file=sys.stderr)
        if failed.draft_id is not None:
            print(tr("The e-mail was kept as a draft."), file=sys.stderr)
        return EXIT_ERROR
    print(
        tr(
            "E-mail sent to {addresses}; filed in the documents ({id}).",
            addresses=", ".join(sent.recipients),
            id=sent.document_id,
        )
    )
    if sent.refused:
        print(
            tr("Refused by the server: {addresses}", addresses=", ".join(sent.refused)),
            file=sys.stderr,
        )
        return EXIT_ERROR
    return 0
