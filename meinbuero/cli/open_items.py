"""``open-items``: every open invoice with its age, as a table or as JSON."""

from __future__ import annotations

import argparse
import json
from datetime import date

from meinbuero.cli.common import (
    Commands,
    Handler,
    db_argument,
    iso_date,
    open_existing,
    print_table,
)
from meinbuero.i18n import tr


def add_commands(commands: Commands) -> dict[str, Handler]:
    parser = commands.add_parser("open-items", help=tr("list the open invoices"))
    db_argument(parser)
    parser.add_argument("--json", action="store_true", help=tr("print JSON"))
    parser.add_argument(
        "--date", type=iso_date, default=None, metavar=tr("DATE"), help=tr("as of (today)")
    )
    parser.add_argument("--overdue", action="store_true", help=tr("only overdue invoices"))
    return {"open-items": cmd_open_items}


def cmd_open_items(args: argparse.Namespace) -> int:
    from meinbuero.domain.values import format_date_de, format_decimal_de
    from meinbuero.services import payments

    today = args.date or date.today()
    database = open_existing(args)
    try:
        with database.sessions() as session:
            items = payments.open_items(
                session, today, payments.OpenItemsQuery(overdue_only=args.overdue)
            )
    finally:
        database.close()
    ages = payments.ages(items)
    if args.json:
        shown = {
            "date": today.isoformat(),
            "items": [
                {
                    "number": item.number,
                    "customer_number": item.customer_number,
                    "customer": item.customer_name,
                    "date": item.document_date.isoformat(),
                    "due": item.due.isoformat(),
                    "days_overdue": item.days_overdue,
                    "dunning_level": item.dunning_level,
                    "gross": f"{item.gross:f}",
                    "paid": f"{item.paid:f}",
                    "open": f"{item.open:f}",
                    "state": str(item.state),
                }
                for item in items
            ],
            "ages": {key: f"{value:f}" for key, value in ages.items()},
            "total": f"{sum(ages.values()):f}",
        }
        print(json.dumps(shown, ensure_ascii=False, indent=2))
        return 0
    if not items:
        print(tr("No open invoices."))
        return 0
    states = payments.state_labels()

    def money(value: object) -> str:
        return format_decimal_de(value, places=2)  # type: ignore[arg-type]

    table = [
        [tr("Number"), tr("Customer"), tr("Due"), tr("Days"), tr("Open"), tr("State")],
        *(
            [
                item.number,
                item.customer_name,
                format_date_de(item.due),
                str(item.days_overdue),
                money(item.open),
                states[item.state],
            ]
            for item in items
        ),
    ]
    print_table(table)
    print()
    labels = payments.age_labels()
    for key, value in ages.items():
        print(f"{labels[key]}: {money(value)} €")
    print(tr("Open in all: {amount} €", amount=money(sum(ages.values()))))
    return 0
