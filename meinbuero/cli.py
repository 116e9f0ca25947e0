"""The command line: ``meinbuero new|demo|search|check|documents …``.

Every failure ends in one line in the user's language on stderr and a non-zero exit code, never
in a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from meinbuero import __version__
from meinbuero.i18n import tr
from meinbuero.paths import default_company_file
from meinbuero.services import customer_list, settings
from meinbuero.services.errors import InvalidInput, NotFound, Refused
from meinbuero.services.importing.readers import ImportFailed
from meinbuero.store.database import CompanyFileError, Database, open_company

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_UNHEALTHY = 3


class UsageError(Exception):
    pass


def _argparse_messages() -> dict[str, str]:
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


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _db_argument(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: without --db after the command, the one before it (or none) counts.
    parser.add_argument(
        "--db",
        type=Path,
        default=argparse.SUPPRESS,
        metavar=tr("FILE"),
        help=tr("company file (default: {path})", path=str(default_company_file())),
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
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
    commands = parser.add_subparsers(dest="command", metavar=tr("COMMAND"), parser_class=_Parser)

    new = commands.add_parser("new", help=tr("create an empty company file"))
    _db_argument(new)
    new.add_argument("--name", required=True, help=tr("name of your company (Meine Firma)"))

    demo = commands.add_parser("demo", help=tr("create a demo company with invented customers"))
    _db_argument(demo)
    demo.add_argument(
        "--customers", type=int, default=200, metavar="N", help=tr("number of customers")
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S", help=tr("same seed, same data"))

    search = commands.add_parser("search", help=tr("search customers"))
    _db_argument(search)
    search.add_argument("text", metavar=tr("TEXT"), help=tr("what to look for"))
    search.add_argument("--json", action="store_true", help=tr("print JSON"))
    search.add_argument("--archived", action="store_true", help=tr("include archived customers"))
    search.add_argument("--limit", type=int, default=None, metavar="N", help=tr("at most N"))

    check = commands.add_parser("check", help=tr("check a company file"))
    _db_argument(check)

    due = commands.add_parser("due", help=tr("show what is due (tasks, follow-ups, birthdays)"))
    _db_argument(due)
    due.add_argument(
        "--date",
        type=_iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help=tr("day (default: today)"),
    )
    due.add_argument(
        "--days", type=int, default=14, metavar="N", help=tr("birthdays in the next N days")
    )
    due.add_argument("--json", action="store_true", help=tr("print JSON"))

    calendar = commands.add_parser(
        "calendar", help=tr("export appointments and tasks as an iCalendar file")
    )
    _db_argument(calendar)
    calendar.add_argument(
        "-o", "--output", type=Path, required=True, metavar=tr("OUT.ics"), help=tr("file to write")
    )
    calendar.add_argument("--customer", metavar=tr("NO"), help=tr("only this customer number"))
    calendar.add_argument(
        "--from", dest="since", type=_iso_date, default=None, metavar=tr("D"), help=tr("from day")
    )
    calendar.add_argument(
        "--to", dest="until", type=_iso_date, default=None, metavar=tr("D"), help=tr("to day")
    )

    documents = commands.add_parser("documents", help=tr("the documents of a customer"))
    actions = documents.add_subparsers(
        dest="documents_command", metavar=tr("ACTION"), parser_class=_Parser, required=True
    )
    add = actions.add_parser("add", help=tr("add files to a customer's documents"))
    _db_argument(add)
    add.add_argument("--customer", required=True, metavar=tr("NO"), help=tr("customer number"))
    add.add_argument(
        "--category", default=None, metavar=tr("C"), help=tr("category (default: Sonstiges)")
    )
    add.add_argument(
        "--title", default=None, metavar=tr("T"), help=tr("title (default: the file name)")
    )
    add.add_argument("paths", nargs="+", type=Path, metavar=tr("PATH"), help=tr("files to add"))
    listing = actions.add_parser("list", help=tr("list a customer's documents"))
    _db_argument(listing)
    listing.add_argument("--customer", required=True, metavar=tr("NO"), help=tr("customer number"))
    listing.add_argument("--json", action="store_true", help=tr("print JSON"))
    get = actions.add_parser("get", help=tr("write a copy of a document to a file"))
    _db_argument(get)
    get.add_argument("--id", type=int, required=True, metavar=tr("ID"), help=tr("document ID"))
    get.add_argument(
        "--version", type=int, default=None, metavar="N", help=tr("version (default: newest)")
    )
    get.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar=tr("PATH"),
        help=tr("file or folder to write to"),
    )
    export = commands.add_parser("export", help=tr("export customers to Excel, CSV or vCard"))
    _db_argument(export)
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
    _db_argument(importing)
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
        "--on-duplicate",
        choices=("skip", "update", "import"),
        default="skip",
        help=tr("what to do with likely duplicates (default: skip)"),
    )
    return parser


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            tr("“{value}” is not a date (YYYY-MM-DD).", value=text)
        ) from None


def _db_path(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else default_company_file()


def cmd_new(args: argparse.Namespace) -> int:
    path = _db_path(args)
    name = args.name.strip()
    if not name:
        raise UsageError(tr("Please give the company a name (--name)."))
    if path.exists():
        raise CompanyFileError(tr("The file {path} exists already.", path=str(path)))
    database = open_company(path, create=True)
    try:
        with database.sessions.begin() as session:
            settings.company(session).name = name
    finally:
        database.close()
    print(tr("Company “{name}” created in {path}.", name=name, path=str(path)))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from meinbuero.services.demo import make_demo

    if args.customers < 0:
        raise UsageError(tr("The number of customers cannot be negative."))
    path = _db_path(args)
    database = open_company(path, create=True)
    try:
        summary = make_demo(database, customers=args.customers, seed=args.seed)
    finally:
        database.close()
    print(
        tr(
            "Demo company created in {path}: {customers} customers, {contacts} contact persons,"
            " {notes} notes.",
            path=str(path),
            customers=summary.customers,
            contacts=summary.contact_persons,
            notes=summary.notes,
        )
    )
    return 0


def _open_existing(args: argparse.Namespace) -> Database:
    return open_company(_db_path(args))


def cmd_search(args: argparse.Namespace) -> int:
    database = _open_existing(args)
    try:
        with database.sessions() as session:
            found = customer_list.search(
                session, args.text, include_archived=args.archived, limit=args.limit
            )
    finally:
        database.close()
    if args.json:
        print(json.dumps([asdict(row) for row in found], ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(tr("No customer found for “{text}”.", text=args.text))
        return 0
    headers = (tr("No."), tr("Name"), tr("Postcode"), tr("City"), tr("Phone"), tr("E-mail"))
    table = [headers] + [(r.number, r.name, r.postcode, r.city, r.phone, r.email) for r in found]
    _print_table(table)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from meinbuero.store.health import check_file

    report = check_file(_db_path(args))
    for line in report.lines:
        print(line)
    return 0 if report.healthy else EXIT_UNHEALTHY


def cmd_due(args: argparse.Namespace) -> int:
    from meinbuero.domain.values import format_date_de
    from meinbuero.services.due import DueReason, due_list

    if args.days < 0:
        raise UsageError(tr("The number of days cannot be negative."))
    today = args.date or date.today()
    database = _open_existing(args)
    try:
        with database.sessions() as session:
            entries = due_list(session, today=today, days=args.days)
    finally:
        database.close()
    if args.json:
        rows = [{**asdict(e), "day": e.day.isoformat()} for e in entries]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not entries:
        print(tr("Nothing due on {date}.", date=format_date_de(today)))
        return 0
    reasons = {
        DueReason.TASK: tr("Task"),
        DueReason.FOLLOW_UP: tr("Follow-up"),
        DueReason.BIRTHDAY: tr("Birthday"),
    }
    headers = (tr("Date"), tr("Kind"), tr("No."), tr("Customer"), tr("Subject"))
    table = [headers]
    for entry in entries:
        subject = entry.subject
        if entry.reason == DueReason.BIRTHDAY and entry.age is not None:
            subject = tr("{name} ({age} years)", name=subject, age=entry.age)
        table.append(
            (
                format_date_de(entry.day),
                reasons[DueReason(entry.reason)],
                entry.customer_number,
                entry.customer_name,
                subject,
            )
        )
    _print_table(table)
    return 0


def _print_table(table: Sequence[Sequence[str]]) -> None:
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    for row in table:
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        )


def cmd_calendar(args: argparse.Namespace) -> int:
    from meinbuero.services.calendar import build_calendar
    from meinbuero.services.customers import find_by_number

    if args.since and args.until and args.until < args.since:
        raise UsageError(tr("--to is before --from."))
    database = _open_existing(args)
    try:
        with database.sessions() as session:
            customer_id = None
            if args.customer is not None:
                try:
                    customer_id = find_by_number(session, args.customer).id
                except NotFound:
                    raise NotFound(tr("customer number {number}", number=args.customer)) from None
            export = build_calendar(
                session, customer_id=customer_id, since=args.since, until=args.until
            )
    finally:
        database.close()
    args.output.write_bytes(export.content)
    print(
        tr(
            "{appointments} appointments and {tasks} tasks written to {path}.",
            appointments=export.appointments,
            tasks=export.tasks,
            path=str(args.output),
        )
    )
    return 0


def _customer_id(session: Session, number: str) -> int:
    from meinbuero.services.customers import find_by_number

    try:
        return find_by_number(session, number).id
    except NotFound:
        raise NotFound(tr("customer number {number}", number=number)) from None


def cmd_documents(args: argparse.Namespace) -> int:
    actions = {
        "add": _documents_add,
        "list": _documents_list,
        "get": _documents_get,
    }
    database = _open_existing(args)
    try:
        return actions[args.documents_command](database, args)
    finally:
        database.close()


def _documents_add(database: Database, args: argparse.Namespace) -> int:
    from meinbuero.services import documents

    with database.sessions() as session:
        customer_id = _customer_id(session, args.customer)
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
        rows = documents.list_documents(session, _customer_id(session, args.customer))
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
    _print_table(table)
    return 0


def _documents_get(database: Database, args: argparse.Namespace) -> int:
    from meinbuero.domain.files import safe_file_name
    from meinbuero.services import documents

    with database.sessions() as session:
        try:
            version = documents.version(session, args.id, args.version)
        except NotFound:
            raise NotFound(tr("document {id}", id=args.id)) from None
        target = args.output
        if target.is_dir():
            target = target / safe_file_name(version.file_name)
        documents.export_copy(session, args.id, target, number=args.version)
    print(tr("Document {id} written to {path}.", id=args.id, path=str(target)))
    return 0


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
    database = _open_existing(args)
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

    database = _open_existing(args)  # a wrong company file is said before the file is read
    try:
        table = importing.read_source(args.source)
        with database.sessions.begin() as session:
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
            preview = importing.prepare(session, table, targets, layout=layout)
            print(preview.counts_text())
            for warning in preview.warnings:
                print(warning)
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
    path = importing.save_report(report, report_folder(_db_path(args)))
    print(
        tr(
            "Imported: {imported}, updated: {updated}, skipped: {skipped}, refused: {refused}.",
            imported=report.imported,
            updated=report.updated,
            skipped=report.skipped,
            refused=report.refused_rows,
        )
    )
    print(tr("Report saved in {path}.", path=str(path)))
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "new": cmd_new,
    "demo": cmd_demo,
    "search": cmd_search,
    "check": cmd_check,
    "due": cmd_due,
    "calendar": cmd_calendar,
    "documents": cmd_documents,
    "export": cmd_export,
    "import": cmd_import,
}


def _fail(message: str, code: int) -> int:
    print(f"meinbuero: {message}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    messages = _argparse_messages()
    argparse._ = lambda text: messages.get(text, text)  # type: ignore[attr-defined]
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            from meinbuero.app import run

            return run(db=args.db)
        return COMMANDS[args.command](args)
    except UsageError as error:
        return _fail(tr("{problem} (see meinbuero --help)", problem=str(error)), EXIT_USAGE)
    except (CompanyFileError, Refused, ImportFailed) as error:
        return _fail(str(error), EXIT_ERROR)
    except InvalidInput as error:
        return _fail("; ".join(str(e) for e in error.errors), EXIT_ERROR)
    except NotFound as error:
        return _fail(tr("Not found: {what}", what=str(error)), EXIT_ERROR)
    except OSError as error:
        return _fail(
            tr("{file}: {reason}", file=error.filename or "", reason=error.strerror or error),
            EXIT_ERROR,
        )
    except KeyboardInterrupt:
        return _fail(tr("Cancelled."), 130)
    except Exception as error:  # a last resort: one line, not a traceback
        return _fail(
            tr("Unexpected error ({kind}): {error}", kind=type(error).__name__, error=error),
            EXIT_ERROR,
        )
