"""Payments: ``payments add`` books a payment on an invoice (the window's Zahlung buchen);
``payments import`` books a bank statement (:mod:`meinbuero.cli.bank`).

The amount is a decimal as typed ("715.34" or German "715,34"); ``--skonto`` takes the
invoice's Skonto (the amount is then what was paid, within the Skonto period).
"""

from __future__ import annotations

import argparse
from datetime import date

from meinbuero.cli import bank
from meinbuero.cli.common import Commands, Handler, Parser, db_argument, iso_date, open_existing
from meinbuero.i18n import tr
from meinbuero.store.models import PaymentWay

WAYS = tuple(way.value for way in PaymentWay if way != PaymentWay.CREDIT)


def add_commands(commands: Commands) -> dict[str, Handler]:
    group = commands.add_parser("payments", help=tr("payments on invoices, bank statements"))
    actions = group.add_subparsers(
        dest="payments_command", metavar=tr("ACTION"), parser_class=Parser, required=True
    )
    add = actions.add_parser("add", help=tr("book a payment on an invoice"))
    db_argument(add)
    add.add_argument("number", metavar=tr("NUMBER"), help=tr("the invoice's number"))
    add.add_argument("--amount", required=True, metavar=tr("AMOUNT"), help=tr("amount paid"))
    add.add_argument(
        "--date", type=iso_date, default=None, metavar=tr("DATE"), help=tr("day paid (today)")
    )
    add.add_argument("--skonto", action="store_true", help=tr("the invoice's Skonto is taken"))
    add.add_argument(
        "--way", choices=WAYS, default=PaymentWay.TRANSFER.value, help=tr("how it was paid")
    )
    add.add_argument("--note", default="", metavar=tr("TEXT"), help=tr("a note"))
    bank.add_import(actions)
    return {"payments": cmd_payments}


def cmd_payments(args: argparse.Namespace) -> int:
    actions = {"add": _add, "import": bank.run_import}
    return actions[args.payments_command](args)


def _add(args: argparse.Namespace) -> int:
    from meinbuero.domain.values import format_decimal_de, parse_decimal_de
    from meinbuero.services import payments, sales
    from meinbuero.services.errors import InvalidInput
    from meinbuero.services.payments import PaymentInput

    amount = parse_decimal_de(args.amount, field="amount")
    if amount is None:
        from meinbuero.domain.errors import ValidationError

        raise InvalidInput([ValidationError("amount", tr("Please enter the amount."))])
    database = open_existing(args)
    try:
        with database.sessions.begin() as session:
            document = sales.find_document(session, args.number)
            payments.book(
                session,
                PaymentInput(
                    document_id=document.id,
                    on=args.date or date.today(),
                    amount=amount,
                    way=args.way,
                    skonto=args.skonto,
                    note=args.note,
                ),
            )
            number = document.number
            left = payments.open_of(document)
    finally:
        database.close()
    print(
        tr(
            "Booked {amount} € on {number}; open now: {open} €.",
            amount=format_decimal_de(amount, places=2),
            number=number,
            open=format_decimal_de(left, places=2),
        )
    )
    return 0
