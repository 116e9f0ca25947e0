"""What every command group shares: the parser class, --db, exit codes, tables, dates."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn, TypeAlias

from meinbuero.i18n import tr
from meinbuero.paths import default_company_file
from meinbuero.services.errors import NotFound
from meinbuero.store.database import Database, open_company

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_UNHEALTHY = 3

Handler = Callable[[argparse.Namespace], int]
# What add_subparsers() returns; each command group adds its parsers to it.
Commands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def argparse_messages() -> dict[str, str]:
    # argparse's own words, translated like ours (it asks gettext, which has no German).
    return {
        "usage: ": tr("usage: "),
        "positional arguments": tr("positional arguments"),
        "options": tr("options"),
        "show this help message and exit": tr("show this help message and exit"),
        "the following arguments are required: %s": tr("the following arguments are required: %s"),
        "unrecognized arguments: %s": tr("unrecognized arguments: %s"),
        "argument %(argument_name)s: %(message)s": tr("argument %(argument_name)s: %(message)s"),
        "expected one argument": tr("expected one argument"),
        "invalid %(type)s value: %(value)r": tr("invalid %(type)s value: %(value)r"),
        "invalid choice: %(value)r (choose from %(choices)s)": tr(
            "invalid choice: %(value)r (choose from %(choices)s)"
        ),
    }


def db_argument(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: without --db after the command, the one before it (or none) counts.
    parser.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        metavar=tr("FILE"),
        help=tr("company file (default: {path})", path=str(default_company_file())),
    )


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("“{value}” is not a date (YYYY-MM-DD).", value=text)
        ) from None


def db_path(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else default_company_file()


def open_existing(args: argparse.Namespace) -> Database:
    return open_company(db_path(args))


def print_table(table: Sequence[Sequence[str]]) -> None:
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    for row in table:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )


def price_text(value: Decimal) -> str:
    """A unit price as JSON gives it: a decimal string with at least 2 decimals ("65.00")."""
    exponent = value.normalize().as_tuple().exponent
    places = max(2, -exponent if isinstance(exponent, int) else 2)
    return f"{value.quantize(Decimal(1).scaleb(-places)):f}"


def customer_id_of(session: Session, number: str) -> int:
    from meinbuero.services.customers import find_by_number

    try:
        return find_by_number(session, number).id
    except NotFound:
        raise NotFound(tr("customer number {number}", number=number)) from None
