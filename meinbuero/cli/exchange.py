"""Customers to and from files: export, import."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from meinbuero.cli.common import Commands, Handler, UsageError, db_argument, db_path, open_existing
from meinbuero.i18n import tr
from meinbuero.services import faults

if TYPE_CHECKING:
    from meinbuero.services.importing import Preview


def add_commands(commands: Commands) -> dict[str, Handler]:
    export = commands.add_parser("export", help=tr("export customers to Excel, CSV or vCard"))
    db_argument(export)
    export.add_argument(
        "--format",
        choices=("xlsx", "csv", "vcf"),
        default=None,
        help=tr("file format (default: from the file name)"),
    )
    export.add_argument(
        "-o", "--output", type=Path, required=True, metavar=tr("OUT"), help=tr("file to write")
    )
    export.add_argument(
        "--query",
        default="",
        metavar=tr("TEXT"),
        help=tr("only customers found by this search (default: all not archived)"),
    )
    export.add_argument(
        "--delimiter", default=";", metavar=tr("CHAR"), help=tr("CSV: delimiter (default: ;)")
    )
    export.add_argument(
        "--encoding",
        default="utf-8-sig",
        metavar=tr("NAME"),
        help=tr("CSV: encoding (default: utf-8-sig, UTF-8 with BOM; e.g. cp1252)"),
    )
    importing = commands.add_parser(
        "import", help=tr("import customers from an Excel, CSV or vCard file")
    )
    db_argument(importing)
    importing.add_argument("source", type=Path, metavar=tr("SOURCE"), help=tr("file to import"))
    importing.add_argument(
        "--mapping",
        metavar="M",
        help=tr("saved column mapping (its name) or a JSON file {column: field}"),
    )
    importing.add_argument(
        "--dry-run", action="store_true", help=tr("only show what would be imported")
    )
    importing.add_argument(
        "--refuse-unreadable",
        action="store_true",
        help=tr(
            "refuse rows with a value that cannot be read (default: take them without the value)"
        ),
    )
    importing.add_argument(
        "--no-repair",
        action="store_true",
        help=tr("keep text read with the wrong code page as it is (default: repair it)"),
    )
    importing.add_argument(
        "--create-field",
        action="append",
        default=[],
        metavar=tr("COLUMN"),
        help=tr(
            "make a column no field takes a new custom field (repeatable; * for every such column)"
        ),
    )
    importing.add_argument(
        "--on-duplicate",
        choices=("skip", "update", "import"),
        default="skip",
        help=tr("what to do with likely duplicates (default: skip)"),
    )
    return {"export": cmd_export, "import": cmd_import}


def cmd_export(args: argparse.Namespace) -> int:
    import codecs

    from meinbuero.services.exporting import CsvOptions, export_customers
    from meinbuero.store.listing import ListQuery, customer_ids

    format = args.format or args.output.suffix.lower().lstrip(".")
    if format not in ("xlsx", "csv", "vcf"):
        raise UsageError(tr("Please choose the format with --format xlsx, csv or vcf."))
    if len(args.delimiter) != 1:
        raise UsageError(tr("The delimiter must be one character."))
    try:
        codecs.lookup(args.encoding)
    except LookupError:
        raise UsageError(tr("Unknown encoding “{name}”.", name=args.encoding)) from None
    database = open_existing(args)
    try:
        with database.sessions() as session:
            ids = None
            if args.query.strip():
                ids = customer_ids(session.connection(), ListQuery(text=args.query))
            report = export_customers(
                session,
                path=args.output,
                format=format,
                customer_ids=ids,
                options=CsvOptions(delimiter=args.delimiter, encoding=args.encoding),
            )
    finally:
        database.close()
    if format == "vcf":
        print(
            tr(
                "{customers} customers and {persons} contact persons written to {path}.",
                customers=report.customers,
                persons=report.contact_persons,
                path=str(args.output),
            )
        )
    else:
        print(
            tr(
                "{customers} customers written to {path}.",
                customers=report.customers,
                path=str(args.output),
            )
        )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from meinbuero.services import importing
    from meinbuero.services.importing.service import (
        mapping_from_file,
        report_folder,
        target_labels,
    )

    database = open_existing(args)  # a wrong company file is said before the file is read
    try:
        table = importing.read_source(args.source)
        with database.sessions.begin() as session:
            if not args.dry_run:
                # The preview is what gets written: nobody may write in between.
                faults.lock_for_writing(session)
                faults.check_pages(session)
            layout, targets = importing.propose_mapping(session, table)
            if args.mapping:
                mapping_path = Path(args.mapping)
                if mapping_path.suffix.lower() == ".json" and mapping_path.is_file():
                    targets = mapping_from_file(mapping_path, table.headers)
                else:
                    targets = importing.load_mapping(session, args.mapping, table.headers)
                layout = None
            if layout is not None:
                print(tr("Recognised layout: {name}", name=layout.name))
            else:
                names = target_labels(session)
                print(tr("Columns:"))
                for header, target in zip(table.headers, targets, strict=True):
                    if header:
                        print(f"  {header} → {names.get(target, target)}")
            unplaced = importing.find_unplaced(table, targets)
            wanted = set(args.create_field)
            preview = importing.prepare(
                session,
                table,
                targets,
                layout=layout,
                repair=not args.no_repair,
                refuse_unreadable=args.refuse_unreadable,
                new_fields=[u.column for u in unplaced if "*" in wanted or u.header in wanted],
            )
            _print_preview(preview)
            for row in preview.rows:
                if row.status == importing.RowStatus.DUPLICATE and row.match is not None:
                    print(
                        tr(
                            "Row {line}: {name} – likely duplicate of {existing} ({reason})",
                            line=row.line,
                            name=row.name,
                            existing=row.match.label,
                            reason=row.match.reason,
                        )
                    )
            for refusal in preview.refusals:
                print(refusal.text())
            if args.dry_run:
                session.rollback()
                return 0
            report = importing.run_import(
                session, preview, on_duplicate=importing.Decision(args.on_duplicate)
            )
    finally:
        database.close()
    print(
        tr(
            "Imported: {imported}, updated: {updated}, unchanged: {unchanged}, skipped: "
            "{skipped}, refused: {refused}.",
            imported=report.imported,
            updated=report.updated,
            unchanged=report.unchanged,
            skipped=report.skipped,
            refused=report.refused_rows,
        )
    )
    try:
        path = importing.save_report(report, report_folder(db_path(args)))
    except OSError as error:
        # The rows are in the company file; only the report is missing.
        print(
            tr(
                "The import is complete, but its report could not be saved: {reason}",
                reason=faults.explain_os(error),
            ),
            file=sys.stderr,
        )
        return 0
    print(tr("Report saved in {path}.", path=str(path)))
    return 0


def _print_preview(preview: Preview) -> None:
    """What the import will do, as the wizard's preview shows it."""
    from meinbuero.services import custom_fields

    print(preview.counts_text())
    for warning in preview.warnings:
        print(warning)
    if preview.repairs:
        print(
            tr("Repaired (read with the wrong code page):")
            if preview.repair
            else tr("Read with the wrong code page (not repaired, --no-repair):")
        )
        for fix in preview.repairs:
            print(f"  {tr('Row {line}', line=fix.line)}, {fix.header}: {fix.before} → {fix.after}")
    types = custom_fields.type_labels()
    for new in preview.new_fields:
        print(
            tr(
                "New custom field “{label}” ({type}) from column {column}.",
                label=new.label,
                type=types[new.field_type],
                column=new.column + 1,
            )
        )
    if preview.unplaced:
        print(tr("Not imported (no field; --create-field COLUMN makes a custom field):"))
        for column in preview.unplaced:
            print(
                f"  {column.header} ({types[column.field_type]}): "
                + ", ".join(f"„{e}“" for e in column.examples)
            )
    for omission in preview.omissions:
        print(omission.text())
