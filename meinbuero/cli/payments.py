"""Payments: payments import (the bank statement import lives in :mod:`meinbuero.cli.bank`)."""

from __future__ import annotations

import argparse

from meinbuero.cli import bank
from meinbuero.cli.common import Commands, Handler, Parser
from meinbuero.i18n import tr


def add_commands(commands: Commands) -> dict[str, Handler]:
    group = commands.add_parser("payments", help=tr("payments on invoices, bank statements"))
    actions = group.add_subparsers(
        dest="payments_command", metavar=tr("ACTION"), parser_class=Parser, required=True
    )
    bank.add_import(actions)
    return {"payments": cmd_payments}


def cmd_payments(args: argparse.Namespace) -> int:
    actions = {"import": bank.run_import}
    return actions[args.payments_command](args)
