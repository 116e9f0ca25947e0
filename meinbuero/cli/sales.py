"""Sales documents: sales create|finalise|convert|cancel|pdf|show|list.

``sales create`` reads a document as JSON (amounts as decimal strings with a dot, "2.5") and
fills what it leaves out as the window would: from the customer and its Konditionen, the
articles and the settings (:func:`meinbuero.services.sales.new_document`,
:func:`~meinbuero.services.sales.line_from_article`). Every refused value is named with its
line and field, and nothing is written.

Finalising and cancelling run as the first statement of their transaction: the service takes
the write lock there, so two programs finalising at once wait for each other and the numbers
stay gap-free and distinct.
"""

from __future__ import annotations

import argparse
import json
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from meinbuero.cli.common import (
    Commands,
    Handler,
    Parser,
    db_argument,
    open_existing,
    price_text,
    print_table,
)
from meinbuero.domain.errors import ValidationError
from meinbuero.i18n import tr
from meinbuero.services.errors import InvalidInput
from meinbuero.store.models import SalesKind, SalesStatus

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from meinbuero.services.sales import DocumentInput, LineInput
    from meinbuero.store.models import SalesDocument

KIND_CHOICES = tuple(kind.value for kind in SalesKind)
STATUS_CHOICES = tuple(status.value for status in SalesStatus)
EINVOICE_CHOICES = ("zugferd", "xrechnung-cii", "xrechnung-ubl")
# What a DOC.json may hold, at the top and in a line.
DOCUMENT_KEYS = frozenset(
    {
        "kind",
        "customer",
        "date",
        "service_date",
        "service_period",
        "valid_until",
        "subject",
        "reference",
        "tax_case",
        "net_days",
        "skonto",
        "header_text",
        "footer_text",
        "address",
        "lines",
    }
)
LINE_KEYS = frozenset(
    {
        "type",
        "article",
        "text",
        "description",
        "quantity",
        "unit",
        "price",
        "vat",
        "discount",
        "optional",
    }
)
_DECIMAL = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)$")


def add_commands(commands: Commands) -> dict[str, Handler]:
    group = commands.add_parser(
        "sales", help=tr("sales documents: quotes, order confirmations, delivery notes, invoices")
    )
    actions = group.add_subparsers(
        dest="sales_command", metavar=tr("ACTION"), parser_class=Parser, required=True
    )
    create = actions.add_parser("create", help=tr("create a draft from a JSON file"))
    db_argument(create)
    create.add_argument(
        "--json",
        dest="source",
        type=Path,
        required=True,
        metavar=tr("DOC.json"),
        help=tr("the document as JSON"),
    )
    finalise = actions.add_parser(
        "finalise", help=tr("finalise a draft: give it its number and file its PDF")
    )
    db_argument(finalise)
    finalise.add_argument("id", type=int, metavar=tr("ID"), help=tr("the draft's ID"))
    convert = actions.add_parser(
        "convert", help=tr("carry a finalised document on to the next kind (a new draft)")
    )
    db_argument(convert)
    convert.add_argument("id", type=int, metavar=tr("ID"), help=tr("the document's ID"))
    convert.add_argument(
        "--to", required=True, choices=KIND_CHOICES[:4], metavar=tr("KIND"), help=tr("new kind")
    )
    cancel = actions.add_parser("cancel", help=tr("cancel an invoice by a cancellation invoice"))
    db_argument(cancel)
    cancel.add_argument("number", metavar=tr("NUMBER"), help=tr("the invoice's number"))
    pdf = actions.add_parser(
        "pdf", help=tr("write the PDF of a document (of a draft: the preview)")
    )
    db_argument(pdf)
    pdf.add_argument("document", metavar=tr("NUMBER|ID"), help=tr("number or ID"))
    pdf.add_argument(
        "-o", "--output", type=Path, required=True, metavar=tr("OUT.pdf"), help=tr("file to write")
    )
    einvoice = actions.add_parser(
        "einvoice", help=tr("write the e-invoice of a finalised invoice (ZUGFeRD or XRechnung)")
    )
    db_argument(einvoice)
    einvoice.add_argument("number", metavar=tr("NUMBER"), help=tr("the invoice's number"))
    einvoice.add_argument(
        "--format",
        required=True,
        choices=EINVOICE_CHOICES,
        metavar=tr("FORMAT"),
        help=tr("zugferd (PDF/A-3), xrechnung-cii or xrechnung-ubl (XML)"),
    )
    einvoice.add_argument(
        "-o", "--output", type=Path, required=True, metavar=tr("OUT"), help=tr("file to write")
    )
    show = actions.add_parser("show", help=tr("show a document with its lines and totals"))
    db_argument(show)
    show.add_argument("document", metavar=tr("NUMBER|ID"), help=tr("number or ID"))
    show.add_argument("--json", action="store_true", help=tr("print JSON"))
    listing = actions.add_parser("list", help=tr("list sales documents"))
    db_argument(listing)
    listing.add_argument(
        "--kind", choices=KIND_CHOICES, default=None, metavar=tr("KIND"), help=tr("only this kind")
    )
    listing.add_argument(
        "--status",
        choices=STATUS_CHOICES,
        default=None,
        metavar=tr("STATUS"),
        help=tr("only this status"),
    )
    listing.add_argument(
        "--query", default="", metavar=tr("TEXT"), help=tr("only documents found by this search")
    )
    listing.add_argument("--json", action="store_true", help=tr("print JSON"))
    return {"sales": cmd_sales}


def cmd_sales(args: argparse.Namespace) -> int:
    actions = {
        "create": _create,
        "finalise": _finalise,
        "convert": _convert,
        "cancel": _cancel,
        "pdf": _pdf,
        "einvoice": _einvoice,
        "show": _show,
        "list": _list,
    }
    return actions[args.sales_command](args)


# --- reading DOC.json ---------------------------------------------------------------------------


def read_json(path: Path) -> dict[str, Any]:
    """The JSON object of a file (floats as Decimal); InvalidInput with a German reason."""
    name = tr("File")
    if not path.is_file():
        raise InvalidInput(
            [ValidationError(name, tr("The file {name} does not exist.", name=str(path)))]
        )
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"), parse_float=Decimal)
    except UnicodeDecodeError:
        raise InvalidInput(
            [ValidationError(name, tr("{name} is not UTF-8 text.", name=path.name))]
        ) from None
    except json.JSONDecodeError as error:
        raise InvalidInput(
            [
                ValidationError(
                    name,
                    tr(
                        "{name} is not valid JSON: {reason} (line {line}, column {column}).",
                        name=path.name,
                        reason=error.msg,
                        line=error.lineno,
                        column=error.colno,
                    ),
                )
            ]
        ) from None
    if not isinstance(data, dict):
        raise InvalidInput(
            [
                ValidationError(
                    name,
                    tr("{name} must hold one JSON object {{…}} with the document.", name=path.name),
                )
            ]
        )
    return data


@dataclass
class _Reader:
    """Turns the JSON values into the service's types, collecting every refused one."""

    errors: list[ValidationError]

    def refuse(self, field: str, message: str) -> None:
        self.errors.append(ValidationError(field, message))

    def text(self, value: object, field: str) -> str:
        if value is None:
            return ""
        if not isinstance(value, str):
            self.refuse(field, tr("Please give a text in quotes."))
            return ""
        return value

    def decimal(self, value: object, field: str) -> Decimal | None:
        if isinstance(value, bool) or value is None:
            self.refuse(field, tr('Please give a number such as "2.5".'))
            return None
        if isinstance(value, int | Decimal):
            return Decimal(value)
        if isinstance(value, str) and _DECIMAL.match(value.strip()):
            return Decimal(value.strip())
        self.refuse(
            field,
            tr(
                '“{value}” is not a number; please write it with a dot, such as "2.5".',
                value=str(value),
            ),
        )
        return None

    def percent(self, value: object, field: str) -> Decimal | None:
        if isinstance(value, str):
            value = value.strip().removesuffix("%").strip()
        return self.decimal(value, field)

    def integer(self, value: object, field: str) -> int | None:
        if value is None:
            return None
        if isinstance(value, str) and value.strip().isdigit():
            return int(value)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        self.refuse(field, tr("Please give a whole number of days."))
        return None

    def day(self, value: object, field: str) -> date | None:
        if value is None:
            return None
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                pass
        self.refuse(field, tr("“{value}” is not a date (YYYY-MM-DD).", value=str(value)))
        return None

    def unknown(self, data: dict[str, Any], known: frozenset[str], where: str) -> None:
        for key in data:
            if key not in known:
                self.refuse(where or key, tr("Unknown field “{name}”.", name=key))


def document_from_json(session: Session, data: dict[str, Any]) -> DocumentInput:
    """The draft a DOC.json describes, filled as a new document in the window would be.

    Raises InvalidInput naming every refused value (top-level fields by their names, line fields
    as "Line 2, Quantity").
    """
    from meinbuero.domain.money import TaxCase
    from meinbuero.services import sales
    from meinbuero.services.customers import find_by_number
    from meinbuero.services.errors import NotFound

    names = sales.labels()
    read = _Reader([])
    read.unknown(data, DOCUMENT_KEYS, "")
    kind = data.get("kind")
    if kind not in KIND_CHOICES[:4]:
        read.refuse(
            names["kind"],
            tr(
                "“{value}” is not a kind of document; please choose {choices}.",
                value=str(kind),
                choices=", ".join(KIND_CHOICES[:4]),
            ),
        )
    customer_number = read.text(data.get("customer"), names["customer"]).strip()
    customer_id: int | None = None
    if not customer_number:
        read.refuse(names["customer"], tr("Please give the customer's number."))
    else:
        try:
            customer_id = find_by_number(session, customer_number).id
        except NotFound:
            read.refuse(
                names["customer"], tr("There is no customer {number}.", number=customer_number)
            )
    document_date = read.day(data.get("date"), names["document_date"]) if "date" in data else None
    if kind not in KIND_CHOICES[:4] or customer_id is None:
        raise InvalidInput(read.errors)
    document = sales.new_document(
        session, kind=kind, customer_id=customer_id, today=document_date or date.today()
    )
    if "service_date" in data and "service_period" in data:
        read.refuse(
            names["service_date"],
            tr("Please give either “service_date” or “service_period”, not both."),
        )
    if "service_date" in data:
        document.service_date = read.day(data["service_date"], names["service_date"])
    if "service_period" in data:
        period = data["service_period"]
        if isinstance(period, list) and len(period) == 2:
            document.service_date = read.day(period[0], names["service_date"])
            document.service_end = read.day(period[1], names["service_end"])
        else:
            read.refuse(
                names["service_date"],
                tr('A period is a list of two dates: ["2026-11-01", "2026-11-30"].'),
            )
    if "valid_until" in data:
        document.valid_until = read.day(data["valid_until"], names["valid_until"])
    for key, name in (
        ("subject", "subject"),
        ("reference", "reference"),
        ("header_text", "header_text"),
        ("footer_text", "footer_text"),
        ("address", "address"),
    ):
        if key in data:
            setattr(document, name, read.text(data[key], names.get(name, key)))
    if "tax_case" in data:
        case = data["tax_case"]
        if case in tuple(TaxCase):
            document.tax_case = case
        else:
            read.refuse(
                names["tax_case"],
                tr(
                    "“{value}” is not a tax case; please choose {choices}.",
                    value=str(case),
                    choices=", ".join(TaxCase),
                ),
            )
    if "net_days" in data:
        document.net_days = read.integer(data["net_days"], names["net_days"])
    if "skonto" in data:
        skonto = data["skonto"]
        if skonto is None:
            document.skonto_percent = document.skonto_days = None
        elif isinstance(skonto, list) and len(skonto) == 2:
            document.skonto_percent = read.percent(skonto[0], names["skonto_percent"])
            document.skonto_days = read.integer(skonto[1], names["skonto_days"])
        else:
            read.refuse(
                names["skonto_percent"],
                tr('Cash discount is a percentage and days: ["2", 14].'),
            )
    lines = data.get("lines", [])
    if not isinstance(lines, list):
        read.refuse(names["lines"], tr("The lines are a list [{…}, {…}]."))
        lines = []
    discount = sales.customer_discount(session, customer_id)
    for number, line in enumerate(lines, start=1):
        found = _line(session, read, line, number, customer_id=customer_id, discount=discount)
        if found is not None:
            document.lines.append(found)
    if read.errors:
        raise InvalidInput(read.errors)
    return document


def _line(
    session: Session,
    read: _Reader,
    data: object,
    number: int,
    *,
    customer_id: int,
    discount: Decimal,
) -> LineInput | None:
    from meinbuero.domain.units import unit_code
    from meinbuero.services import articles, sales

    names = sales.labels()

    def name(key: str) -> str:
        return tr("Line {number}, {field}", number=number, field=names.get(key, key))

    if not isinstance(data, dict):
        read.refuse(tr("Line {number}", number=number), tr("A line is a JSON object {…}."))
        return None
    read.unknown(data, LINE_KEYS, "")
    kind = data.get("type", "item")
    if kind == "subtotal":
        return sales.LineInput(kind="subtotal")
    if kind == "text":
        return sales.LineInput(
            kind="text",
            name=read.text(data.get("text"), name("name")),
            description=read.text(data.get("description"), name("name")),
        )
    if kind != "item":
        read.refuse(name("name"), tr("Unknown kind of line “{kind}”.", kind=str(kind)))
        return None
    line = sales.LineInput(discount_percent=discount)
    if "article" in data:
        article_number = read.text(
            data["article"],
            tr("Line {number}, {field}", number=number, field=articles.labels()["number"]),
        )
        article = articles.article_by_number(session, article_number) if article_number else None
        if article is None:
            read.refuse(
                tr("Line {number}, {field}", number=number, field=articles.labels()["number"]),
                tr("There is no article {number}.", number=article_number),
            )
            return None
        line = sales.line_from_article(session, article.id, customer_id=customer_id)
    if "text" in data:
        line.name = read.text(data["text"], name("name"))
    if "description" in data:
        line.description = read.text(data["description"], name("name"))
    if "quantity" in data:
        quantity = read.decimal(data["quantity"], name("quantity"))
        if quantity is not None:
            line.quantity = quantity
    if "unit" in data:
        typed = read.text(data["unit"], name("unit"))
        code = unit_code(typed)
        if code is None:
            read.refuse(name("unit"), tr("“{value}” is not a unit the program knows.", value=typed))
        else:
            line.unit = code
    if "price" in data:
        price = read.decimal(data["price"], name("unit_price"))
        if price is not None:
            line.unit_price = price
    if "vat" in data:
        rate = read.percent(data["vat"], name("vat_rate"))
        if rate is not None:
            line.vat_rate = rate
    if "discount" in data:
        percent = read.percent(data["discount"], name("discount_percent"))
        if percent is not None:
            line.discount_percent = percent
    if "optional" in data:
        if not isinstance(data["optional"], bool):
            read.refuse(name("name"), tr("“optional” is true or false."))
        else:
            line.optional = data["optional"]
    return line


def _create(args: argparse.Namespace) -> int:
    from meinbuero.services import sales

    data = read_json(args.source)  # a missing or broken file is said before the company opens
    database = open_existing(args)
    try:
        with database.sessions.begin() as session:
            document = sales.save_draft(session, None, document_from_json(session, data))
            draft_id = document.id
    finally:
        database.close()
    print(draft_id)
    return 0


# --- finalising, carrying on, cancelling --------------------------------------------------------


def _finalise(args: argparse.Namespace) -> int:
    from meinbuero.services import sales

    database = open_existing(args)
    try:
        with database.sessions.begin() as session:
            number = sales.finalise(session, args.id).number
    finally:
        database.close()
    print(number)
    return 0


def _convert(args: argparse.Namespace) -> int:
    from meinbuero.services import sales

    database = open_existing(args)
    try:
        with database.sessions.begin() as session:
            draft_id = sales.convert(session, args.id, args.to)
    finally:
        database.close()
    print(draft_id)
    return 0


def _cancel(args: argparse.Namespace) -> int:
    from meinbuero.services import sales

    database = open_existing(args)
    try:
        # The number never changes once given: read its id first, then cancel as the first
        # statement of the writing transaction.
        with database.sessions() as session:
            invoice_id = sales.find_document(session, args.number).id
        with database.sessions.begin() as session:
            number = sales.cancel(session, invoice_id).number
    finally:
        database.close()
    print(number)
    return 0


def _pdf(args: argparse.Namespace) -> int:
    from meinbuero.services import sales

    database = open_existing(args)
    try:
        with database.sessions() as session:
            document = sales.find_document(session, args.document)
            content = sales.pdf_bytes(session, document.id)
            draft = not document.is_final
    finally:
        database.close()
    args.output.write_bytes(content)
    if draft:
        print(tr("Preview of the draft written to {path}.", path=str(args.output)))
    else:
        print(tr("PDF written to {path}.", path=str(args.output)))
    return 0


def _einvoice(args: argparse.Namespace) -> int:
    from meinbuero.services import sales
    from meinbuero.services.einvoice import send

    database = open_existing(args)
    try:
        with database.sessions() as session:
            document = sales.find_document(session, args.number)
            content, _ = send.einvoice_bytes(session, document.id, args.format.replace("-", "_"))
    finally:
        database.close()
    args.output.write_bytes(content)
    print(tr("E-invoice written to {path}.", path=str(args.output)))
    return 0


# --- showing and listing ------------------------------------------------------------------------


def _amount(value: Decimal) -> str:
    from meinbuero.domain.money import cents

    return str(cents(value))


def _plain(value: Decimal) -> str:
    """A quantity or percentage as a plain decimal string: "2", "2.5", "19"."""
    text = f"{value.normalize():f}"
    return text


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def document_json(session: Session, document: SalesDocument) -> dict[str, Any]:
    """Every field of a document, its lines, tax breakdown, totals and status log."""
    from meinbuero.domain.money import line_category, skonto_amount
    from meinbuero.services import sales
    from meinbuero.store.models import SalesDocument as Model

    total = sales.document_totals(document.lines, kind=document.kind, tax_case=document.tax_case)
    source = session.get(Model, document.source_id) if document.source_id else None
    cancels = session.get(Model, document.cancels_id) if document.cancels_id else None
    due = None
    if document.net_days is not None and document.kind in sales.BILLING_KINDS:
        from datetime import timedelta

        due = document.document_date + timedelta(days=document.net_days)
    return {
        "id": document.id,
        "kind": document.kind,
        "kind_label": sales.kind_labels()[document.kind],
        "number": document.number,
        "status": document.status,
        "status_label": sales.status_labels().get(document.status, document.status),
        "customer": document.customer_number,
        "customer_id": document.customer_id,
        "contact_person_id": document.contact_person_id,
        "address": document.address,
        "customer_vat_id": document.customer_vat_id,
        "date": _iso(document.document_date),
        "service_date": _iso(document.service_date),
        "service_end": _iso(document.service_end),
        "valid_until": _iso(document.valid_until),
        "subject": document.subject,
        "reference": document.reference,
        "tax_case": document.tax_case,
        "currency": document.currency,
        "net_days": document.net_days,
        "due_date": _iso(due),
        "skonto": (
            [_plain(document.skonto_percent), document.skonto_days]
            if document.skonto_percent
            else None
        ),
        "skonto_amount": (
            _amount(skonto_amount(total.gross, document.skonto_percent))
            if document.skonto_percent
            else None
        ),
        "header_text": document.header_text,
        "footer_text": document.footer_text,
        "source": source.number if source is not None else None,
        "source_id": document.source_id,
        "cancels": cancels.number if cancels is not None else None,
        "author": document.author,
        "created_at": document.created_at.isoformat(),
        "finalised_at": document.finalised_at.isoformat() if document.finalised_at else None,
        "pdf_document_id": document.pdf_document_id,
        "lines": [
            {
                "position": line.position,
                "type": line.kind,
                "article": line.article_number or None,
                "text": line.name,
                "description": line.description,
                "quantity": _plain(line.quantity),
                "unit": line.unit,
                "price": price_text(line.unit_price),
                "discount": _plain(line.discount_percent),
                "vat": _plain(line.vat_rate),
                "vat_category": line_category(document.tax_case, line.vat_rate).value,
                "optional": line.optional,
                "net": _amount(sales.line_money(line).net),
            }
            if line.kind == "item"
            else {"position": line.position, "type": line.kind, "text": line.name}
            for line in document.lines
        ],
        "tax": [
            {
                "category": tax.category.value,
                "rate": _plain(tax.rate),
                "base": _amount(tax.base),
                "tax": _amount(tax.tax),
            }
            for tax in total.breakdown
        ],
        "totals": {
            "net": _amount(total.net),
            "tax": _amount(total.tax),
            "gross": _amount(total.gross),
        },
        "history": [
            {
                "at": entry.at.isoformat(),
                "author": entry.author,
                "status": entry.status,
                "text": entry.text,
            }
            for entry in sales.status_log(session, document.id)
        ],
    }


def _show(args: argparse.Namespace) -> int:
    from meinbuero.services import sales

    database = open_existing(args)
    try:
        with database.sessions() as session:
            document = sales.find_document(session, args.document)
            shown = document_json(session, document)
    finally:
        database.close()
    if args.json:
        print(json.dumps(shown, ensure_ascii=False, indent=2))
        return 0
    _print_document(shown)
    return 0


def _money_de(text: str) -> str:
    from meinbuero.domain.values import format_decimal_de

    return format_decimal_de(Decimal(text), places=2)


def _print_document(shown: dict[str, Any]) -> None:
    from meinbuero.domain.units import unit_labels
    from meinbuero.domain.values import format_date_de, format_decimal_de
    from meinbuero.services import sales

    names = sales.labels()
    title = shown["kind_label"] + (
        " " + shown["number"] if shown["number"] else " " + tr("(draft {id})", id=shown["id"])
    )
    print(title)
    print()
    facts = [
        (names["customer"], shown["customer"]),
        (tr("Status"), shown["status_label"]),
        (names["document_date"], format_date_de(date.fromisoformat(shown["date"]))),
    ]
    if shown["service_date"]:
        served = format_date_de(date.fromisoformat(shown["service_date"]))
        if shown["service_end"]:
            served += " – " + format_date_de(date.fromisoformat(shown["service_end"]))
        facts.append((names["service_date"], served))
    if shown["valid_until"]:
        facts.append(
            (names["valid_until"], format_date_de(date.fromisoformat(shown["valid_until"])))
        )
    for key in ("subject", "reference"):
        if shown[key]:
            facts.append((names[key], shown[key]))
    facts.append(
        (names["tax_case"], sales.tax_case_labels().get(shown["tax_case"], shown["tax_case"]))
    )
    if shown["net_days"] is not None:
        facts.append((names["net_days"], str(shown["net_days"])))
    if shown["skonto"]:
        facts.append(
            (
                names["skonto_percent"],
                tr(
                    "{percent} % within {days} days",
                    percent=format_decimal_de(Decimal(shown["skonto"][0])),
                    days=shown["skonto"][1],
                ),
            )
        )
    if shown["source"]:
        facts.append((tr("Made from"), shown["source"]))
    if shown["cancels"]:
        facts.append((tr("Cancels"), shown["cancels"]))
    width = max(len(label) for label, _ in facts)
    for label, value in facts:
        print(f"{label + ':':<{width + 1}} {value}")
    print()
    for line in shown["address"].splitlines():
        print("  " + line)
    print()
    units = unit_labels()
    table: list[tuple[str, ...]] = [
        (
            tr("Pos."),
            tr("Art.-No."),
            names["name"],
            names["quantity"],
            names["unit"],
            names["unit_price"],
            names["discount_percent"],
            names["vat_rate"],
            tr("Net (€)"),
        )
    ]
    running = Decimal(0)
    for line in shown["lines"]:
        if line["type"] == "subtotal":
            table.append(("", "", tr("Subtotal"), "", "", "", "", "", _money_de(str(running))))
            running = Decimal(0)
            continue
        if line["type"] == "text":
            table.append((str(line["position"]), "", line["text"], "", "", "", "", "", ""))
            continue
        counted = not (line["optional"] and shown["kind"] == "quote")
        if counted:
            running += Decimal(line["net"])
        net = _money_de(line["net"])
        table.append(
            (
                str(line["position"]),
                line["article"] or "",
                line["text"] + (" " + tr("(optional)") if line["optional"] else ""),
                format_decimal_de(Decimal(line["quantity"])),
                units.get(line["unit"], line["unit"]),
                # As many decimals as the price has (at least 2): "65,00", "1,2345".
                format_decimal_de(Decimal(line["price"]), places=len(line["price"].split(".")[1])),
                format_decimal_de(Decimal(line["discount"])) if Decimal(line["discount"]) else "",
                format_decimal_de(Decimal(line["vat"])),
                net if counted else f"({net})",
            )
        )
    print_table(table)
    print()
    sums: list[tuple[str, str]] = [(tr("Net total"), _money_de(shown["totals"]["net"]))]
    for tax in shown["tax"]:
        sums.append(
            (
                tr(
                    "VAT {rate} % on {base}",
                    rate=format_decimal_de(Decimal(tax["rate"])),
                    base=_money_de(tax["base"]),
                ),
                _money_de(tax["tax"]),
            )
        )
    sums.append((tr("Gross total"), _money_de(shown["totals"]["gross"])))
    if shown["skonto_amount"]:
        sums.append((tr("Cash discount"), _money_de(shown["skonto_amount"])))
    width = max(len(label) for label, _ in sums)
    value_width = max(len(value) for _, value in sums)
    for label, value in sums:
        print(f"{label:<{width}}  {value:>{value_width}} €")


def _list(args: argparse.Namespace) -> int:
    from meinbuero.domain.values import format_date_de, format_decimal_de
    from meinbuero.services import sales

    # Without --kind every list the window has; the invoices' list shows the cancellation
    # invoices beside them (as the window's does).
    kinds = [args.kind] if args.kind else [k for k in KIND_CHOICES if k != "cancellation"]
    database = open_existing(args)
    try:
        with database.sessions() as session:
            ids: list[int] = []
            for kind in kinds:
                query = sales.SalesQuery(kind=kind, text=args.query, status=args.status or "")
                ids += sales.document_ids(session, query)
            found = sales.document_rows(session, ids)
    finally:
        database.close()
    rows = sorted(found.values(), key=lambda r: (r.document_date, r.id), reverse=True)
    labels = sales.kind_labels()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "id": r.id,
                        "kind": r.kind,
                        "number": r.number or None,
                        "status": r.status,
                        "date": r.document_date.isoformat(),
                        "customer": r.customer_number,
                        "customer_name": r.customer_name,
                        "subject": r.subject,
                        "net": _amount(r.net_total),
                        "gross": _amount(r.gross_total),
                    }
                    for r in rows
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if not rows:
        print(tr("No sales documents found."))
        return 0
    table: list[tuple[str, ...]] = [
        (
            tr("ID"),
            tr("Kind"),
            tr("Document no."),
            tr("Date"),
            tr("No."),
            tr("Customer"),
            tr("Subject"),
            tr("Status"),
            tr("Gross (€)"),
        )
    ]
    table += [
        (
            str(r.id),
            labels[r.kind],
            r.number,
            format_date_de(r.document_date),
            r.customer_number,
            r.customer_name,
            r.subject,
            r.status_label,
            format_decimal_de(r.gross_total, places=2),
        )
        for r in rows
    ]
    print_table(table)
    return 0
