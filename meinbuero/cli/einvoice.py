"""E-invoices: ``einvoice validate FILE`` (an XRechnung XML or a ZUGFeRD PDF, checked offline by
the official rules; each failed rule on a line; exit 1 when invalid) and ``einvoice read FILE
[--json]`` (:mod:`meinbuero.cli.einvoice_read`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from meinbuero.cli import einvoice_read
from meinbuero.cli.common import EXIT_ERROR, Commands, Handler, Parser
from meinbuero.i18n import tr


def add_commands(commands: Commands) -> dict[str, Handler]:
    group = commands.add_parser("einvoice", help=tr("e-invoices: ZUGFeRD and XRechnung"))
    actions = group.add_subparsers(
        dest="einvoice_command", metavar=tr("ACTION"), parser_class=Parser, required=True
    )
    validate = actions.add_parser(
        "validate", help=tr("check an e-invoice (XML or ZUGFeRD PDF) against the official rules")
    )
    validate.add_argument("file", type=Path, metavar=tr("FILE"), help=tr("the e-invoice"))
    einvoice_read.add_read(actions)
    return {"einvoice": cmd_einvoice}


def cmd_einvoice(args: argparse.Namespace) -> int:
    actions = {"validate": _validate, "read": einvoice_read.run_read}
    return actions[args.einvoice_command](args)


def _validate(args: argparse.Namespace) -> int:
    from meinbuero.services.einvoice.validate import ERROR, validate_file

    result = validate_file(args.file)
    for finding in result.findings:
        label = tr("error") if finding.severity == ERROR else tr("warning")
        print(f"{label} [{finding.rule}] {finding.message}")
    if not result.valid:
        print(tr("{file}: not valid.", file=args.file.name))
        return EXIT_ERROR
    print(
        tr(
            "{file}: valid ({syntax}, {specification}).",
            file=args.file.name,
            syntax=result.syntax,
            specification=result.specification,
        )
    )
    return 0
