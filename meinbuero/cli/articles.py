"""Articles: articles list|import|export."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from meinbuero.cli.common import (
    EXIT_ERROR,
    Commands,
    Handler,
    Parser,
    UsageError,
    db_argument,
    open_existing,
    price_text,
    print_table,
)
from meinbuero.i18n import tr


def add_commands(commands: Commands) -> dict[str, Handler]:
    group = commands.add_parser(
        "articles", help=tr("articles: list, import or export a price list")
    )
    actions = group.add_subparsers(
        dest="articles_command", metavar=tr("ACTION"), parser_class=Parser, required=True
    )
    listing = actions.add_parser("list", help=tr("list the articles"))
    db_argument(listing)
    listing.add_argument("--json", action="store_true", help=tr("print JSON"))
    listing.add_argument("--archived", action="store_true", help=tr("include archived articles"))
    listing.add_argument(
        "--query", default="", metavar=tr("TEXT"), help=tr("only articles found by this search")
    )
    importing = actions.add_parser(
        "import", help=tr("import a price list (Excel or CSV): new articles and new prices")
    )
    db_argument(importing)
    importing.add_argument("source", type=Path, metavar=tr("SOURCE"), help=tr("file to import"))
    importing.add_argument(
        "--dry-run", action="store_true", help=tr("only show what would be imported")
    )
    export = actions.add_parser("export", help=tr("export the articles to Excel or CSV"))
    db_argument(export)
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar=tr("OUT.xlsx|OUT.csv"),
        help=tr("file to write"),
    )
    export.add_argument("--archived", action="store_true", help=tr("include archived articles"))
    return {"articles": cmd_articles}


def cmd_articles(args: argparse.Namespace) -> int:
    actions = {"list": _list, "import": _import, "export": _export}
    return actions[args.articles_command](args)


def _list(args: argparse.Namespace) -> int:
    from meinbuero.domain.values import format_decimal_de
    from meinbuero.services import articles

    database = open_existing(args)
    try:
        with database.sessions() as session:
            ids = articles.article_ids(
                session, articles.ArticleQuery(text=args.query, archived=args.archived)
            )
            found = articles.article_rows(session, ids)
            rows = [found[i] for i in ids]
    finally:
        database.close()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "number": r.number,
                        "name": r.name,
                        "unit": r.unit,
                        "unit_label": r.unit_label,
                        "unit_price": price_text(r.unit_price),
                        "vat_rate": str(r.vat_rate.normalize()),
                        "group": r.group,
                        "archived": r.archived,
                    }
                    for r in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not rows:
        print(tr("No articles found."))
        return 0
    labels = articles.labels()
    table = [
        (
            labels["number"],
            labels["name"],
            labels["unit"],
            labels["unit_price"],
            labels["vat_rate"],
            labels["group"],
        )
    ]
    table += [
        (
            r.number,
            r.name + (" " + tr("(archived)") if r.archived else ""),
            r.unit_label,
            format_decimal_de(r.unit_price, places=2),
            format_decimal_de(r.vat_rate.normalize()),
            r.group,
        )
        for r in rows
    ]
    print_table(table)
    return 0


def _import(args: argparse.Namespace) -> int:
    from meinbuero.services import article_exchange

    database = open_existing(args)  # a wrong company file is said before the file is read
    try:
        with database.sessions.begin() as session:
            preview = article_exchange.read_price_list(args.source, session=session)
            print(tr("Columns:"))
            labels = article_exchange.field_labels()
            for name, header in preview.columns.items():
                print(f"  {header} → {labels[name]}")
            for warning in preview.warnings:
                print(warning)
            print(preview.counts_text())
            if preview.refused:
                for refusal in preview.refused:
                    print(refusal.text())
                session.rollback()
                print(
                    tr("Nothing was imported: please correct the refused rows and try again."),
                )
                return EXIT_ERROR
            if args.dry_run:
                session.rollback()
                print(tr("Dry run: nothing was imported."))
                return 0
            counts = article_exchange.import_price_list(session, preview)
    finally:
        database.close()
    print(tr("Imported: {new} new, {updated} updated.", new=counts.new, updated=counts.updated))
    return 0


def _export(args: argparse.Namespace) -> int:
    from meinbuero.services import article_exchange

    fmt = args.output.suffix.lower().lstrip(".")
    if fmt not in ("xlsx", "csv"):
        raise UsageError(tr("Please name the file .xlsx or .csv."))
    database = open_existing(args)
    try:
        with database.sessions() as session:
            count = article_exchange.export_articles(
                session,
                args.output,
                fmt=fmt,
                archived=args.archived,
            )
    finally:
        database.close()
    print(tr("{count} articles written to {path}.", count=count, path=str(args.output)))
    return 0
