"""The documents of a customer: documents add|list|get."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from meinbuero.cli.common import (
    EXIT_ERROR,
    Commands,
    Handler,
    Parser,
    UsageError,
    customer_id_of,
    db_argument,
    open_existing,
    print_table,
)
from meinbuero.i18n import tr
from meinbuero.services.errors import NotFound, Refused
from meinbuero.store.database import Database


def add_commands(commands: Commands) -> dict[str, Handler]:
    documents = commands.add_parser("documents", help=tr("the documents of a customer"))
    actions = documents.add_subparsers(
        dest="documents_command", metavar=tr("ACTION"), parser_class=Parser, required=True
    )
    add = actions.add_parser("add", help=tr("add files to a customer's documents"))
    db_argument(add)
    add.add_argument("--customer", required=True, metavar=tr("NO"), help=tr("customer number"))
    add.add_argument(
        "--category", default=None, metavar=tr("C"), help=tr("category (default: Sonstiges)")
    )
    add.add_argument(
        "--title", default=None, metavar=tr("T"), help=tr("title (default: the file name)")
    )
    add.add_argument("paths", nargs="+", type=Path, metavar=tr("PATH"), help=tr("files to add"))
    listing = actions.add_parser("list", help=tr("list a customer's documents"))
    db_argument(listing)
    listing.add_argument("--customer", required=True, metavar=tr("NO"), help=tr("customer number"))
    listing.add_argument("--json", action="store_true", help=tr("print JSON"))
    get = actions.add_parser("get", help=tr("write a copy of a document to a file"))
    db_argument(get)
    get.add_argument("--id", type=int, required=True, metavar=tr("ID"), help=tr("document ID"))
    get.add_argument(
        "--version", type=int, default=None, metavar="N", help=tr("version (default: newest)")
    )
    get.add_argument(
        "-o",
        "--output",
        type=str,  # a trailing "/" says "a folder": Path would drop it
        required=True,
        metavar=tr("PATH"),
        help=tr("file or folder to write to"),
    )
    return {"documents": cmd_documents}


def cmd_documents(args: argparse.Namespace) -> int:
    actions = {
        "add": _documents_add,
        "list": _documents_list,
        "get": _documents_get,
    }
    database = open_existing(args)
    try:
        return actions[args.documents_command](database, args)
    finally:
        database.close()


def _documents_add(database: Database, args: argparse.Namespace) -> int:
    from meinbuero.services import documents

    with database.sessions() as session:
        customer_id = customer_id_of(session, args.customer)
        if args.category is not None:
            known = [c.name for c in documents.categories(session, include_hidden=True)]
            if args.category not in known:
                raise UsageError(
                    tr(
                        "Unknown category “{name}” (known: {known})",
                        name=args.category,
                        known=", ".join(known),
                    )
                )
    failed = 0
    for path in args.paths:
        try:
            with database.sessions.begin() as session:
                document = documents.add_document_file(
                    session,
                    customer_id=customer_id,
                    path=path,
                    category=args.category,
                    title=args.title,
                )
                line = tr(
                    "{path}: added as document {id} “{title}” ({category}).",
                    path=str(path),
                    id=document.id,
                    title=document.title,
                    category=document.category.name,
                )
        except Refused as error:
            failed += 1
            print(f"meinbuero: {error}", file=sys.stderr)
            continue
        print(line)
    return EXIT_ERROR if failed else 0


def _documents_list(database: Database, args: argparse.Namespace) -> int:
    from meinbuero.domain.files import format_size_de
    from meinbuero.domain.values import format_date_de
    from meinbuero.services import documents

    with database.sessions() as session:
        rows = documents.list_documents(session, customer_id_of(session, args.customer))
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "title": r.title,
                        "category": r.category,
                        "date": r.document_date.isoformat() if r.document_date else None,
                        "contact_person": r.contact_person,
                        "remark": r.remark,
                        "file_name": r.file_name,
                        "type": r.extension,
                        "size": r.size,
                        "sha256": r.sha256,
                        "versions": r.versions,
                        "author": r.author,
                        "created_at": r.created_at.isoformat(),
                    }
                    for r in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not rows:
        print(tr("Customer {number} has no documents.", number=args.customer))
        return 0
    headers = (tr("ID"), tr("Date"), tr("Title"), tr("Category"), tr("File type"), tr("Size"))
    table = [headers] + [
        (
            str(r.id),
            format_date_de(r.document_date),
            r.title,
            r.category,
            r.extension.upper(),
            format_size_de(r.size),
        )
        for r in rows
    ]
    print_table(table)
    return 0


def _documents_get(database: Database, args: argparse.Namespace) -> int:
    from meinbuero.domain.files import safe_file_name
    from meinbuero.services import documents

    with database.sessions() as session:
        try:
            version = documents.version(session, args.id, args.version)
        except NotFound:
            raise NotFound(tr("document {id}", id=args.id)) from None
        target = Path(args.output)
        if args.output.endswith(("/", os.sep)) and not target.is_dir():
            raise Refused(tr("The folder {path} does not exist.", path=args.output))
        if target.is_dir():
            target = target / safe_file_name(version.file_name)
        documents.export_copy(session, args.id, target, number=args.version)
    print(tr("Document {id} written to {path}.", id=args.id, path=str(target)))
    return 0
