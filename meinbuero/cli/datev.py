"""For the tax adviser: ``datev`` (EXTF Buchungsstapel) and ``revenue`` (Umsatzliste as .xlsx or
.pdf) of a period."""

from __future__ import annotations

import argparse
from pathlib import Path

from meinbuero.cli.common import Commands, Handler, db_argument, iso_date, open_existing
from meinbuero.i18n import tr


def _period(parser: argparse.ArgumentParser) -> None:
    db_argument(parser)
    parser.add_argument(
        "--from",
        dest="date_from",
        type=iso_date,
        required=True,
        metavar=tr("DATE"),
        help=tr("first day"),
    )
    parser.add_argument(
        "--to",
        dest="date_to",
        type=iso_date,
        required=True,
        metavar=tr("DATE"),
        help=tr("last day"),
    )


def add_commands(commands: Commands) -> dict[str, Handler]:
    datev = commands.add_parser(
        "datev", help=tr("DATEV export (Buchungsstapel) of invoices and payments")
    )
    _period(datev)
    datev.add_argument(
        "-o", "--output", type=Path, required=True, metavar=tr("OUT.csv"), help=tr("file to write")
    )
    revenue = commands.add_parser("revenue", help=tr("revenue list of a period (.xlsx or .pdf)"))
    _period(revenue)
    revenue.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar=tr("OUT"),
        help=tr("file to write (.xlsx or .pdf)"),
    )
    return {"datev": cmd_datev, "revenue": cmd_revenue}


def cmd_datev(args: argparse.Namespace) -> int:
    from meinbuero.services import datev

    database = open_existing(args)
    try:
        with database.sessions() as session:
            count = datev.export(session, args.output, args.date_from, args.date_to)
    finally:
        database.close()
    print(tr("{count} bookings written to {path}.", count=count, path=args.output))
    return 0


def cmd_revenue(args: argparse.Namespace) -> int:
    from meinbuero.services import revenue_list

    database = open_existing(args)
    try:
        with database.sessions() as session:
            count = revenue_list.export(session, args.output, args.date_from, args.date_to)
    finally:
        database.close()
    print(tr("{count} documents written to {path}.", count=count, path=args.output))
    return 0
