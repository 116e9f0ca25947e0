"""The Kontoauszug: ``statement --db F --customer NR [--from D] [--to D] [-o OUT.pdf] [--json]``.

Without ``-o`` and ``--json`` the lines are printed as a table; ``--json`` prints the lines and
balances with the amounts as decimal strings ("-100.00").
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any

from meinbuero.cli.common import (
    Commands,
    Handler,
    customer_id_of,
    db_argument,
    iso_date,
    open_existing,
    print_table,
)
from meinbuero.domain.values import format_date_de, format_decimal_de
from meinbuero.i18n import tr
from meinbuero.services.statement import Statement


def add_commands(commands: Commands) -> dict[str, Handler]:
    parser = commands.add_parser(
        "statement",
        help=tr("a customer's statement of account: invoices and payments with the balance"),
    )
    db_argument(parser)
    parser.add_argument(
        "--customer", required=True, metavar=tr("NUMBER"), help=tr("the customer's number")
    )
    parser.add_argument(
        "--from", dest="date_from", type=iso_date, default=None, metavar=tr("DATE"),
        help=tr("first day (YYYY-MM-DD); what is before it is carried forward"),
    )  # fmt: skip
    parser.add_argument(
        "--to", dest="date_to", type=iso_date, default=None, metavar=tr("DATE"),
        help=tr("last day (YYYY-MM-DD)"),
    )  # fmt: skip
    parser.add_argument(
        "-o", "--output", type=Path, default=None, metavar=tr("OUT.pdf"),
        help=tr("write the statement as PDF"),
    )  # fmt: skip
    parser.add_argument("--json", action="store_true", help=tr("print JSON"))
    return {"statement": cmd_statement}


def _amount(value: Any) -> str:
    return f"{value:.2f}"


def statement_json(shown: Statement) -> dict[str, Any]:
    return {
        "customer": shown.customer_number,
        "name": shown.customer_name,
        "from": shown.date_from.isoformat() if shown.date_from else None,
        "to": shown.date_to.isoformat() if shown.date_to else None,
        "opening": _amount(shown.opening),
        "lines": [
            {
                "date": line.on.isoformat(),
                "kind": str(line.kind),
                "document": line.reference,
                "text": line.text,
                "debit": _amount(line.debit),
                "credit": _amount(line.credit),
                "balance": _amount(line.balance),
            }
            for line in shown.lines
        ],
        "closing": _amount(shown.closing),
    }


def cmd_statement(args: argparse.Namespace) -> int:
    from meinbuero.services import statement

    today = date.today()
    database = open_existing(args)
    try:
        with database.sessions() as session:
            customer_id = customer_id_of(session, args.customer)
            shown = statement.statement(
                session, customer_id, date_from=args.date_from, date_to=args.date_to
            )
            pdf = statement.pdf_bytes(session, shown, today=today) if args.output else None
    finally:
        database.close()
    if pdf is not None:
        args.output.write_bytes(pdf)
        if not args.json:
            print(tr("PDF written to {path}.", path=str(args.output)))
    if args.json:
        print(json.dumps(statement_json(shown), ensure_ascii=False, indent=2))
        return 0
    if pdf is not None:
        return 0
    rows = [[tr("Date"), tr("Voucher"), tr("Text"), tr("Debit"), tr("Credit side"), tr("Balance")]]
    if shown.date_from is not None:
        rows.append(
            [format_date_de(shown.date_from), "", tr("Balance carried forward"), "", "",
             format_decimal_de(shown.opening, places=2)]
        )  # fmt: skip
    for line in shown.lines:
        rows.append(
            [
                format_date_de(line.on),
                line.reference,
                line.text,
                format_decimal_de(line.debit, places=2) if line.debit else "",
                format_decimal_de(line.credit, places=2) if line.credit else "",
                format_decimal_de(line.balance, places=2),
            ]
        )
    print_table(rows)
    print(statement.balance_sentence(shown.closing))
    return 0
