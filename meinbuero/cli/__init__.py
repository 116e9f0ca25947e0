"""The command line: ``meinbuero new|demo|search|check|documents|articles|sales …``.

Every failure ends in one line in the user's language on stderr and a non-zero exit code, never
in a traceback. Each command group is a module of this package that adds its parsers and names
the function running each command; the parser is built from them in a fixed order.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from meinbuero import __version__
from meinbuero.cli import (
    articles,
    backup,
    customers,
    datev,
    documents,
    dunning,
    einvoice,
    exchange,
    letters,
    mail,
    open_items,
    payments,
    sales,
    statement,
)
from meinbuero.cli.common import (
    EXIT_ERROR,
    EXIT_UNHEALTHY,
    EXIT_USAGE,
    Handler,
    Parser,
    UsageError,
    argparse_messages,
)
from meinbuero.i18n import tr
from meinbuero.services import faults
from meinbuero.services.errors import InvalidInput, NotFound, Refused
from meinbuero.services.importing.readers import ImportFailed
from meinbuero.store.database import CompanyFileError

__all__ = ["EXIT_ERROR", "EXIT_UNHEALTHY", "EXIT_USAGE", "UsageError", "build_parser", "main"]

# The groups in the order --help lists their commands.
GROUPS = (
    customers,
    documents,
    exchange,
    articles,
    sales,
    payments,
    open_items,
    statement,
    dunning,
    datev,
    letters,
    mail,
    einvoice,
    backup,
)


def _build(parser_commands: dict[str, Handler] | None = None) -> argparse.ArgumentParser:
    parser = Parser(
        prog="meinbuero",
        description=tr("meinbuero – customers, contacts and notes of your business."),
    )
    parser.add_argument(
        "--version", action="version", version=f"meinbuero {__version__}", help=tr("show version")
    )
    parser.add_argument(
        "--db",
        type=Path,
        default=None,
        metavar=tr("FILE"),
        help=tr("open the window on this company file (default: the last one used)"),
    )
    commands = parser.add_subparsers(dest="command", metavar=tr("COMMAND"), parser_class=Parser)
    handlers: dict[str, Handler] = {}
    for group in GROUPS:
        handlers.update(group.add_commands(commands))
    if parser_commands is not None:
        parser_commands.update(handlers)
    return parser


def build_parser() -> argparse.ArgumentParser:
    return _build()


def _fail(message: str, code: int) -> int:
    print(f"meinbuero: {message}", file=sys.stderr)
    return code


BACKUP_SUFFIX = ".meinbuero-backup"


def _double_clicked_file(arguments: list[str]) -> Path | None:
    """The one file a double-click in Explorer hands over (a backup or a company file)."""
    if len(arguments) != 1 or arguments[0].startswith("-"):
        return None
    path = Path(arguments[0])
    if path.suffix.lower() in (BACKUP_SUFFIX, ".sqlite") and path.is_file():
        return path
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    # What a library fails to tidy up after a reported error (a spreadsheet writer on a full
    # disk) is not the user's business: no "Exception ignored" traceback on their screen.
    sys.unraisablehook = _ignore_unraisable
    messages = argparse_messages()
    argparse._ = lambda text: messages.get(text, text)  # type: ignore[attr-defined]
    arguments = list(sys.argv[1:] if argv is None else argv)
    opened = _double_clicked_file(arguments)
    if opened is not None:
        # Explorer's "open" of a company file or a backup: the window, on that file.
        from meinbuero.app import run

        if opened.suffix.lower() == BACKUP_SUFFIX:
            return run(backup=opened)
        return run(db=opened)
    try:
        handlers: dict[str, Handler] = {}
        args = _build(handlers).parse_args(argv)
        if args.command is None:
            from meinbuero.app import run

            return run(db=args.db)
        return handlers[args.command](args)
    except UsageError as error:
        return _fail(tr("{problem} (see meinbuero --help)", problem=str(error)), EXIT_USAGE)
    except (CompanyFileError, Refused, ImportFailed) as error:
        return _fail(str(error), EXIT_ERROR)
    except InvalidInput as error:
        return _fail("; ".join(str(e) for e in error.errors), EXIT_ERROR)
    except NotFound as error:
        return _fail(tr("Not found: {what}", what=str(error)), EXIT_ERROR)
    except BrokenPipeError:
        return _reader_gone()
    except KeyboardInterrupt:
        return _fail(tr("Cancelled."), 130)
    except Exception as error:  # one line, never a traceback
        explained = faults.explain(error)
        if explained is not None:
            return _fail(explained, EXIT_ERROR)
        first_line = str(error).strip().splitlines()[0][:200] if str(error).strip() else ""
        return _fail(
            tr("Unexpected error ({kind}): {error}", kind=type(error).__name__, error=first_line),
            EXIT_ERROR,
        )


def _ignore_unraisable(unraisable: object) -> None:
    pass


def _reader_gone() -> int:
    """The output went into a pipe whose reader stopped (``| head``): stop quietly, as the
    shell's own tools do, and keep Python from complaining when it flushes at exit."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 141
