"""Letters: letters create|serial.

``letters create`` writes a letter to one customer and finishes it (the PDF is filed in the
customer's Dokumente and the letter shows in the Historie); ``letters serial`` writes one PDF of
letters to the customers a search and a group select — the same customers the list in the
window shows (:func:`meinbuero.store.listing.customer_ids`, as ``export --query`` does).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from meinbuero.cli.common import (
    Commands,
    Handler,
    Parser,
    customer_id_of,
    db_argument,
    iso_date,
    open_existing,
)
from meinbuero.domain.errors import ValidationError
from meinbuero.i18n import tr
from meinbuero.services.errors import InvalidInput, NotFound

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def add_commands(commands: Commands) -> dict[str, Handler]:
    group = commands.add_parser("letters", help=tr("letters and serial letters"))
    actions = group.add_subparsers(
        dest="letters_command", metavar=tr("ACTION"), parser_class=Parser, required=True
    )
    create = actions.add_parser(
        "create", help=tr("write a letter to a customer, file it and write its PDF")
    )
    db_argument(create)
    create.add_argument(
        "--customer", required=True, metavar=tr("NUMBER"), help=tr("the customer's number")
    )
    create.add_argument(
        "--contact", type=int, default=None, metavar=tr("ID"), help=tr("a contact person's ID")
    )
    create.add_argument("--subject", default=None, metavar=tr("TEXT"), help=tr("the subject"))
    create.add_argument(
        "--text-file",
        type=Path,
        default=None,
        metavar=tr("FILE"),
        help=tr("the letter's text (UTF-8; placeholders like {Briefanrede} are filled in)"),
    )
    create.add_argument(
        "--template",
        default=None,
        metavar=tr("NAME"),
        help=tr("start from this letter template (subject and text given replace its own)"),
    )
    create.add_argument("--date", type=iso_date, default=None, help=tr("letter date (YYYY-MM-DD)"))
    create.add_argument(
        "-o", "--output", type=Path, required=True, metavar=tr("OUT.pdf"), help=tr("file to write")
    )
    serial = actions.add_parser(
        "serial", help=tr("write one PDF of letters to the customers a search and group select")
    )
    db_argument(serial)
    serial.add_argument(
        "--group", default=None, metavar=tr("GROUP"), help=tr("only customers of this group")
    )
    serial.add_argument(
        "--query", default="", metavar=tr("TEXT"), help=tr("only customers found by this search")
    )
    serial.add_argument(
        "--template", required=True, metavar=tr("NAME"), help=tr("the letter template")
    )
    serial.add_argument(
        "--advertising",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=tr("advertising: leave out who objected (default: as the template says)"),
    )
    serial.add_argument(
        "--file",
        action="store_true",
        help=tr("also file each letter in its customer's documents and history"),
    )
    serial.add_argument("--date", type=iso_date, default=None, help=tr("letter date (YYYY-MM-DD)"))
    serial.add_argument(
        "-o", "--output", type=Path, required=True, metavar=tr("OUT.pdf"), help=tr("file to write")
    )
    return {"letters": cmd_letters}


def cmd_letters(args: argparse.Namespace) -> int:
    return {"create": _create, "serial": _serial}[args.letters_command](args)


def _read_text(path: Path) -> str:
    name = tr("File")
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InvalidInput(
            [ValidationError(name, tr("{name} is not UTF-8 text.", name=path.name))]
        ) from None
    except FileNotFoundError:
        raise InvalidInput(
            [ValidationError(name, tr("The file {name} does not exist.", name=str(path)))]
        ) from None


def _create(args: argparse.Namespace) -> int:
    from meinbuero.services import letters, templates

    body = _read_text(args.text_file) if args.text_file is not None else None
    database = open_existing(args)
    try:
        with database.sessions.begin() as session:
            customer_id = customer_id_of(session, args.customer)
            template_id = None
            if args.template is not None:
                template_id = templates.find_template(session, "letter", args.template).id
            data = letters.new_letter(
                session,
                customer_id=customer_id,
                contact_person_id=args.contact,
                template_id=template_id,
                main_person=args.contact is None,
                today=args.date,
            )
            if args.subject is not None:
                data.subject = args.subject
            if body is not None:
                data.body = body
            letter = letters.create_letter(session, data)
            content = letters.pdf_bytes(session, letter.id)
            # Written before the commit: a file that cannot be written leaves nothing filed.
            args.output.write_bytes(content)
            subject = letter.subject
    finally:
        database.close()
    print(
        tr(
            "Letter “{subject}” filed and written to {path}.",
            subject=subject,
            path=str(args.output),
        )
    )
    return 0


def _group_id(session: Session, name: str) -> int:
    from meinbuero.services import settings

    for group in settings.groups(session):
        if group.name.casefold() == name.strip().casefold():
            return group.id
    raise NotFound(tr("customer group “{name}”", name=name))


def _serial(args: argparse.Namespace) -> int:
    from meinbuero.services import letters, templates
    from meinbuero.store.listing import ListQuery, customer_ids

    database = open_existing(args)
    try:
        with database.sessions.begin() as session:
            template = templates.find_template(session, "letter", args.template)
            group_id = _group_id(session, args.group) if args.group is not None else None
            ids = customer_ids(session.connection(), ListQuery(text=args.query, group_id=group_id))
            result = letters.serial_letter(
                session,
                ids,
                letters.SerialInput(
                    subject=template.subject,
                    body=template.body,
                    advertising=(
                        template.advertising if args.advertising is None else args.advertising
                    ),
                    template_name=template.name,
                    letter_date=args.date or date.today(),
                    file_each=args.file,
                ),
            )
            if result.pdf is not None:
                args.output.write_bytes(result.pdf)
    finally:
        database.close()
    if result.pdf is None:
        print(tr("No letter was written: no customer selected has a postal address."))
    else:
        print(tr("{count} letters written to {path}.", count=result.letters, path=str(args.output)))
    if result.filed_ids:
        print(tr("{count} letters filed in the customers' documents.", count=len(result.filed_ids)))
    if result.without_address:
        print(tr("Without a postal address (no letter):"))
        for name in result.without_address:
            print(f"  {name}")
    if result.objected:
        print(tr("Objected to advertising (no letter):"))
        for name in result.objected:
            print(f"  {name}")
    if result.unknown_placeholders:
        print(
            tr(
                "Unknown placeholders (printed as they are): {names}",
                names=", ".join(result.unknown_placeholders),
            )
        )
    return 0
