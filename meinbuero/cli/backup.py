"""Backups: ``backup [--db FILE] [-o FOLDER_OR_FILE]``, ``backup verify|inspect BACKUP``,
``backup rotate FOLDER`` and ``restore BACKUP --db FILE [--force]``."""

from __future__ import annotations

import argparse
from pathlib import Path

from meinbuero.cli.common import Commands, Handler, Parser, db_argument, db_path
from meinbuero.i18n import tr
from meinbuero.services.backup import BackupError, BackupInfo


def _password_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-file",
        type=Path,
        default=None,
        metavar=tr("FILE"),
        help=tr("read the backup's password from the first line of this file"),
    )


def add_commands(commands: Commands) -> dict[str, Handler]:
    backup = commands.add_parser(
        "backup", help=tr("back up the company file and its documents into one file")
    )
    db_argument(backup)
    backup.add_argument(
        "-o",
        "--output",
        type=Path,
        default=None,
        metavar=tr("PATH"),
        help=tr("folder or .meinbuero-backup file to write (default: FILE.backups beside it)"),
    )
    _password_argument(backup)
    actions = backup.add_subparsers(
        dest="backup_command", metavar=tr("ACTION"), parser_class=Parser, required=False
    )
    verify = actions.add_parser("verify", help=tr("check every part of a backup"))
    verify.add_argument("backup", type=Path, metavar=tr("BACKUP"), help=tr("the backup file"))
    _password_argument(verify)
    inspect = actions.add_parser("inspect", help=tr("show what a backup holds"))
    inspect.add_argument("backup", type=Path, metavar=tr("BACKUP"), help=tr("the backup file"))
    _password_argument(inspect)
    rotate = actions.add_parser(
        "rotate", help=tr("delete old backups in a folder, keeping daily, weekly and monthly ones")
    )
    rotate.add_argument("folder", type=Path, metavar=tr("FOLDER"), help=tr("the backup folder"))
    rotate.add_argument("--daily", type=int, default=7, metavar="N", help=tr("days to keep"))
    rotate.add_argument("--weekly", type=int, default=4, metavar="N", help=tr("weeks to keep"))
    rotate.add_argument("--monthly", type=int, default=12, metavar="N", help=tr("months to keep"))

    restore = commands.add_parser("restore", help=tr("restore a backup into a company file"))
    restore.add_argument("backup", type=Path, metavar=tr("BACKUP"), help=tr("the backup file"))
    db_argument(restore)
    restore.add_argument(
        "--force",
        action="store_true",
        help=tr("replace an existing company file (it is backed up first)"),
    )
    _password_argument(restore)
    return {"backup": cmd_backup, "restore": cmd_restore}


def _password(args: argparse.Namespace) -> str | None:
    path: Path | None = getattr(args, "password_file", None)
    if path is None:
        return None
    lines = path.read_text(encoding="utf-8").splitlines()
    password = lines[0] if lines else ""
    if not password:
        raise BackupError(tr("The password file {name} is empty.", name=path.name))
    return password


def _describe(info: BackupInfo) -> list[str]:
    lines = [
        tr("Backup: {path}", path=str(info.path)),
        tr("Made: {when}", when=f"{info.created:%d.%m.%Y %H:%M}"),
        tr("Encrypted: {answer}", answer=tr("yes") if info.encrypted else tr("no")),
    ]
    if info.counts is not None:
        lines.append(
            tr(
                "Customers: {customers}, documents: {documents}, sales documents:"
                " {sales_documents}, invoices: {invoices}",
                customers=info.counts.customers,
                documents=info.counts.documents,
                sales_documents=info.counts.sales_documents,
                invoices=info.counts.invoices,
            )
        )
        lines.append(
            tr(
                "Data version {schema}, meinbuero {version}",
                schema=info.schema_version,
                version=info.program_version,
            )
        )
    if info.documents_missing:
        lines.append(
            tr(
                "{count} document files were missing or damaged in the company's store and are"
                " not in the backup.",
                count=info.documents_missing,
            )
        )
    return lines


def cmd_backup(args: argparse.Namespace) -> int:
    from meinbuero.services import backup

    action = args.backup_command
    if action == "verify":
        info = backup.verify_backup(args.backup, _password(args))
        print(tr("The backup {name} is complete and undamaged.", name=args.backup.name))
        for line in _describe(info)[1:]:
            print(line)
        return 0
    if action == "inspect":
        for line in _describe(backup.inspect_backup(args.backup, _password(args))):
            print(line)
        return 0
    if action == "rotate":
        for path in backup.rotate(
            args.folder, keep_daily=args.daily, keep_weekly=args.weekly, keep_monthly=args.monthly
        ):
            print(tr("Deleted: {path}", path=str(path)))
        return 0
    path = backup.make_backup(db_path(args), args.output, password=_password(args))
    info = backup.inspect_backup(path, _password(args))
    if info.documents_missing:
        print(_describe(info)[-1])
    print(path)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from meinbuero.services import backup

    result = backup.restore_backup(
        args.backup, db_path(args), password=_password(args), force=args.force
    )
    if result.previous is not None:
        print(tr("The previous company file was backed up to {path}.", path=str(result.previous)))
    print(
        tr(
            "Restored the backup of {when} into {path}.",
            when=f"{result.info.created:%d.%m.%Y %H:%M}",
            path=str(result.company_file),
        )
    )
    return 0
