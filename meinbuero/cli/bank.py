"""``payments import``: a bank statement (CAMT.053, a zip of them, a bank's CSV export) read and
matched; what is certain (the invoice number in the text and the amount, or the exact amount
with Skonto) is booked, the rest listed for the window's bank import."""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path

from meinbuero.cli.common import Parser, db_argument, open_existing, print_table
from meinbuero.domain.values import format_date_de, format_decimal_de
from meinbuero.i18n import tr
from meinbuero.services.bank import importing
from meinbuero.services.bank.matching import Confidence


def add_import(actions: argparse._SubParsersAction[Parser]) -> None:
    command = actions.add_parser(
        "import",
        help=tr("import a bank statement (CAMT.053 or CSV) and book the certain payments"),
    )
    db_argument(command)
    command.add_argument(
        "statement", type=Path, metavar=tr("STATEMENT"), help=tr("the bank's file")
    )
    command.add_argument(
        "--dry-run", action="store_true", help=tr("only show what would be booked")
    )


def _status(row: importing.ImportRow, *, dry_run: bool) -> str:
    if row.already_booked:
        return tr("booked before")
    if row.proposal.confidence == Confidence.HIGH:
        return tr("would be booked") if dry_run else tr("booked")
    if row.proposal.matched:
        return tr("to confirm in the window")
    return tr("not assigned")


def run_import(args: argparse.Namespace) -> int:
    database = open_existing(args)
    try:
        with database.sessions() as session:
            statement = importing.read_statement(args.statement, session)
            rows = importing.prepare(session, statement)
        certain = [
            r for r in rows if not r.already_booked and r.proposal.confidence == Confidence.HIGH
        ]
        decisions = [importing.Decision(r.booking, r.proposal.allocations) for r in certain]
        skipped = sum(1 for r in rows if r.already_booked)
        if args.dry_run:
            total = sum((d.booking.amount for d in decisions), Decimal("0.00"))
            unassigned = len(rows) - len(decisions) - skipped
            summary = importing.Summary(len(decisions), total, skipped, unassigned)
        else:
            with database.sessions.begin() as session:
                booked = importing.book(session, decisions)
            summary = importing.Summary(
                booked.booked, booked.total, skipped, len(rows) - booked.booked - skipped
            )
    finally:
        database.close()
    print(
        tr(
            "{file}: {format}, {count} bookings",
            file=args.statement.name,
            format=statement.format_name,
            count=len(rows),
        )
    )
    for warning in statement.warnings:
        print(warning)
    table = [
        [tr("Date"), tr("Amount"), tr("Payer / payee"), tr("Invoice"), tr("Reason"), tr("Status")]
    ]
    for row in rows:
        booking = row.booking
        table.append(
            [
                format_date_de(booking.booking_date),
                format_decimal_de(booking.amount, places=2),
                booking.counterparty_name[:30],
                ", ".join(a.number or tr("credit") for a in row.proposal.allocations),
                row.proposal.reason,
                _status(row, dry_run=args.dry_run),
            ]
        )
    print_table(table)
    print(summary.text())
    return 0
