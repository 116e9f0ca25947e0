"""Dunning: ``dunning run [--date D] [--dry-run] [--json]``.

Lists the invoices due for their next dunning level on the day (today unless ``--date``) and,
without ``--dry-run``, makes the letters in one transaction: filed in each customer's
Dokumente and Historie, the invoices' dunning level set. Run twice on one day, the second run
makes nothing.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from meinbuero.cli.common import (
    Commands,
    Handler,
    Parser,
    db_argument,
    iso_date,
    open_existing,
    print_table,
)
from meinbuero.domain.values import format_date_de, format_decimal_de
from meinbuero.i18n import tr

if TYPE_CHECKING:
    from meinbuero.services.dunning import Proposal


def add_commands(commands: Commands) -> dict[str, Handler]:
    group = commands.add_parser(
        "dunning", help=tr("dunning: payment reminders and dunning letters")
    )
    actions = group.add_subparsers(
        dest="dunning_command", metavar=tr("ACTION"), parser_class=Parser, required=True
    )
    run = actions.add_parser(
        "run", help=tr("make the dunning letters due (list them only with --dry-run)")
    )
    db_argument(run)
    run.add_argument(
        "--date",
        type=iso_date,
        default=None,
        metavar=tr("YYYY-MM-DD"),
        help=tr("the day of the letters (default: today)"),
    )
    run.add_argument("--dry-run", action="store_true", help=tr("list only, make nothing"))
    run.add_argument("--json", action="store_true", help=tr("print JSON"))
    return {"dunning": cmd_dunning}


def cmd_dunning(args: argparse.Namespace) -> int:
    return _run(args)


def _money(value: Decimal) -> str:
    return format_decimal_de(value, places=2)


def _as_json(proposal: Proposal) -> dict[str, object]:
    item = proposal.item
    return {
        "invoice": item.number,
        "customer": item.customer_number,
        "customer_name": item.customer_name,
        "due": item.due.isoformat(),
        "days_overdue": item.days_overdue,
        "open": str(item.open),
        "level": proposal.level,
        "level_name": proposal.level_name,
        "fee": str(proposal.charges.fee),
        "interest": str(proposal.charges.interest.total),
        "earlier_charges": str(proposal.charges.earlier),
        "total": str(proposal.total),
        "pay_by": proposal.pay_by.isoformat(),
    }


def _run(args: argparse.Namespace) -> int:
    from meinbuero.services import dunning

    today = args.date or date.today()
    database = open_existing(args)
    try:
        with database.sessions.begin() as session:
            proposals = dunning.due_for_dunning(session, today)
            made = [] if args.dry_run else dunning.run(session, proposals, today)
    finally:
        database.close()
    if args.json:
        print(
            json.dumps(
                {
                    "date": today.isoformat(),
                    "made": len(made),
                    "due": [_as_json(p) for p in proposals],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not proposals:
        print(tr("No invoice is due for dunning on {date}.", date=format_date_de(today)))
        return 0
    table = [
        [
            tr("Customer"),
            tr("Invoice"),
            tr("Due"),
            tr("Days"),
            tr("Open"),
            tr("Level"),
            tr("Fee"),
            tr("Interest"),
            tr("Total"),
        ]
    ]
    for proposal in proposals:
        item = proposal.item
        table.append(
            [
                f"{item.customer_number} {item.customer_name}",
                item.number,
                format_date_de(item.due),
                str(item.days_overdue),
                _money(item.open),
                f"{proposal.level} {proposal.level_name}",
                _money(proposal.charges.fee),
                _money(proposal.charges.interest.total),
                _money(proposal.total),
            ]
        )
    print_table(table)
    print()
    if args.dry_run:
        print(tr("Dry run: {count} letters would be made.", count=len(proposals)))
    else:
        print(tr("{count} dunning letters made.", count=len(made)))
    return 0
