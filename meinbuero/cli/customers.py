"""Customer commands: new, demo, search, check, due, calendar."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict
from datetime import date
from pathlib import Path

from meinbuero.cli.common import (
    EXIT_UNHEALTHY,
    Commands,
    Handler,
    UsageError,
    customer_id_of,
    db_argument,
    db_path,
    iso_date,
    open_existing,
    print_table,
)
from meinbuero.i18n import tr
from meinbuero.services import customer_list, settings
from meinbuero.store.database import CompanyFileError, open_company


def add_commands(commands: Commands) -> dict[str, Handler]:
    new = commands.add_parser("new", help=tr("create an empty company file"))
    db_argument(new)
    new.add_argument("--name", required=True, help=tr("name of your company (Meine Firma)"))

    demo = commands.add_parser("demo", help=tr("create a demo company with invented customers"))
    db_argument(demo)
    demo.add_argument(
        "--customers", type=int, default=200, metavar="N", help=tr("number of customers")
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S", help=tr("same seed, same data"))
    demo.add_argument(
        "--sales-years",
        type=int,
        default=3,
        metavar="N",
        help=tr("years of quotes and invoices ending today (default: 3; 0: none)"),
    )

    search = commands.add_parser("search", help=tr("search customers"))
    db_argument(search)
    search.add_argument("text", metavar=tr("TEXT"), help=tr("what to look for"))
    search.add_argument("--json", action="store_true", help=tr("print JSON"))
    search.add_argument("--archived", action="store_true", help=tr("include archived customers"))
    search.add_argument("--limit", type=int, default=None, metavar="N", help=tr("at most N"))

    check = commands.add_parser("check", help=tr("check a company file"))
    db_argument(check)

    due = commands.add_parser("due", help=tr("show what is due (tasks, follow-ups, birthdays)"))
    db_argument(due)
    due.add_argument(
        "--date",
        type=iso_date,
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
    db_argument(calendar)
    calendar.add_argument(
        "-o", "--output", type=Path, required=True, metavar=tr("OUT.ics"), help=tr("file to write")
    )
    calendar.add_argument("--customer", metavar=tr("NO"), help=tr("only this customer number"))
    calendar.add_argument(
        "--from", dest="since", type=iso_date, default=None, metavar=tr("D"), help=tr("from day")
    )
    calendar.add_argument(
        "--to", dest="until", type=iso_date, default=None, metavar=tr("D"), help=tr("to day")
    )
    return {
        "new": cmd_new,
        "demo": cmd_demo,
        "search": cmd_search,
        "check": cmd_check,
        "due": cmd_due,
        "calendar": cmd_calendar,
    }


def cmd_new(args: argparse.Namespace) -> int:
    path = db_path(args)
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
    if args.sales_years < 0:
        raise UsageError(tr("The number of years cannot be negative."))
    path = db_path(args)
    database = open_company(path, create=True)
    try:
        summary = make_demo(
            database, customers=args.customers, seed=args.seed, sales_years=args.sales_years
        )
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
    if summary.sales_documents:
        message = (
            tr(
                "{articles} articles, {documents} finalised sales documents (with their PDFs) in"
                " the last year.",
                articles=summary.articles,
                documents=summary.sales_documents,
            )
            if args.sales_years == 1
            else tr(
                "{articles} articles, {documents} finalised sales documents (with their PDFs) in"
                " {years} years.",
                articles=summary.articles,
                documents=summary.sales_documents,
                years=args.sales_years,
            )
        )
        print(message)
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    database = open_existing(args)
    try:
        with database.sessions() as session:
            found = customer_list.search(
                session, args.text, include_archived=args.archived, limit=args.limit
            )
    finally:
        database.close()
    if args.json:
        # The list's money columns are read only where the list shows them, not here.
        rows = [
            {k: v for k, v in asdict(row).items() if k not in customer_list.MONEY_COLUMNS}
            for row in found
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not found:
        print(tr("No customer found for “{text}”.", text=args.text))
        return 0
    headers = (tr("No."), tr("Name"), tr("Postcode"), tr("City"), tr("Phone"), tr("E-mail"))
    table = [headers] + [(r.number, r.name, r.postcode, r.city, r.phone, r.email) for r in found]
    print_table(table)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from meinbuero.store.health import check_file

    report = check_file(db_path(args))
    for line in report.lines:
        print(line)
    return 0 if report.healthy else EXIT_UNHEALTHY


def cmd_due(args: argparse.Namespace) -> int:
    from meinbuero.domain.values import format_date_de
    from meinbuero.services.due import DueReason, due_list

    if args.days < 0:
        raise UsageError(tr("The number of days cannot be negative."))
    today = args.date or date.today()
    database = open_existing(args)
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
    print_table(table)
    return 0


def cmd_calendar(args: argparse.Namespace) -> int:
    from meinbuero.services.calendar import build_calendar

    if args.since and args.until and args.until < args.since:
        raise UsageError(tr("--to is before --from."))
    database = open_existing(args)
    try:
        with database.sessions() as session:
            customer_id = None
            if args.customer is not None:
                customer_id = customer_id_of(session, args.customer)
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
