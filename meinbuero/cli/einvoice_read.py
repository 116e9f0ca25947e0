"""``meinbuero einvoice read FILE [--json]``: an incoming e-invoice (XML or ZUGFeRD PDF) as text.

:func:`add_read` adds the ``read`` command to the ``einvoice`` group's actions and
:func:`run_read` runs it; :func:`add_commands` registers a group holding ``read`` alone (the
group's other commands, e.g. ``validate``, live in their own module).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from meinbuero.i18n import tr

if TYPE_CHECKING:
    from meinbuero.services.einvoice.read import EInvoice

# The einvoice group's add_subparsers() (made with parser_class=Parser).
Actions: TypeAlias = "argparse._SubParsersAction[Any]"


def add_read(actions: Actions) -> None:
    """The ``read`` command, added to the ``einvoice`` group's actions."""
    read = actions.add_parser(
        "read",
        help=tr("show an e-invoice (XRechnung XML or ZUGFeRD PDF) in readable form"),
        description=tr(
            "Reads an e-invoice (CII or UBL; XML, or the XML embedded in a ZUGFeRD/Factur-X"
            " PDF) and prints it. With --json: an object with the keys format, type_code,"
            " number, issue_date, due_date, currency, buyer_reference, seller and buyer (name,"
            " street, additional_street, postcode, city, country, vat_id, tax_number, contact,"
            " phone, email), lines (id, name, quantity, unit_code, unit_price, net,"
            " vat_category, vat_rate), allowances_charges (charge, amount, reason, vat_category,"
            " vat_rate), tax_breakdown (category, rate, base, amount, exemption_reason), totals"
            " (line_total, allowances, charges, tax_basis, tax, grand_total, prepaid, payable)"
            " and payment (iban, skonto, terms); amounts are decimal strings as the file writes"
            " them, dates YYYY-MM-DD, what the file does not state is null."
        ),
    )
    read.add_argument("file", type=Path, metavar=tr("FILE"), help=tr("the e-invoice"))
    read.add_argument("--json", action="store_true", help=tr("print JSON"))


def run_read(args: argparse.Namespace) -> int:
    from meinbuero.services.einvoice.read import read_einvoice_file
    from meinbuero.services.einvoice.read_view import json_data

    invoice = read_einvoice_file(args.file)
    if args.json:
        print(json.dumps(json_data(invoice), ensure_ascii=False, indent=2))
    else:
        print(summary(invoice))
    return 0


def summary(invoice: EInvoice) -> str:
    """The invoice as German text: head, parties, lines, taxes, totals, payment."""
    from meinbuero.services.einvoice import read_view as view

    money = view.money
    out = [f"{invoice.type_name} {invoice.number} ({invoice.format_name})", ""]
    out += [f"{label}: {value}" for label, value in view.info_rows(invoice)]
    for title, party in ((tr("Seller"), invoice.seller), (tr("Buyer"), invoice.buyer)):
        out += ["", f"{title}:"]
        out += [f"  {line}" for line in view.party_lines(party)]
        out += [f"  {label}: {value}" for label, value in view.party_details(party)]
    if invoice.lines:
        out += ["", f"{tr('Lines')}:"]
        for line in invoice.lines:
            amount = " ".join(
                p
                for p in (
                    view.quantity(line.quantity),
                    view.unit_name(line.unit_code),
                    "×" if line.quantity is not None else "",
                    money(view.unit_price(line), invoice.currency),
                )
                if p
            )
            out.append(
                f"  {line.id:>3}  {line.name}  {amount}  {view.percent(line.rate)}"
                f"  = {money(line.net, invoice.currency)}"
            )
    for item in invoice.allowances_charges:
        out.append(
            f"  {view.allowance_label(item)}  {view.percent(item.rate)}"
            f"  = {money(view.signed_amount(item), invoice.currency)}"
        )
    if invoice.tax_breakdown:
        out += ["", f"{tr('VAT')}:"]
        for row in invoice.tax_breakdown:
            out.append(
                "  "
                + tr(
                    "{category}: {amount} on {base}",
                    category=view.tax_row_label(row.category, row.rate),
                    amount=money(row.amount, invoice.currency),
                    base=money(row.base, invoice.currency),
                )
            )
        out += [f"  {note}" for note in view.tax_notes(invoice)]
    out += [""]
    rows = view.total_rows(invoice)
    width = max(len(label) for label, _ in rows)
    out += [f"{label:<{width}}  {money(value, invoice.currency):>14}" for label, value in rows]
    payment = view.payment_lines(invoice)
    if payment:
        out += ["", f"{tr('Payment')}:"] + [f"  {line}" for line in payment]
    if invoice.notes:
        out += ["", f"{tr('Notes')}:"] + [f"  {note}" for note in invoice.notes]
    out += ["", *view.validity_lines(invoice)]
    return "\n".join(out)
