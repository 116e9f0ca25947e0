"""A read e-invoice as people read it: the facts in words, the PDF rendering for filing, JSON.

The window (``gui/dialogs/einvoice_view_dialog.py``), the filed PDF and ``meinbuero einvoice
read`` show the same facts, built here once: the info rows (number, dates, references), the
parties' lines, the payment sentences and the notes. The PDF is a
:class:`~meinbuero.printing.model.PrintDocument` drawn by :mod:`meinbuero.printing.sales` on the
DIN 5008 page, the seller in the letterhead and the buyer in the address field.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import Any

from meinbuero.domain.bank import format_iban
from meinbuero.domain.money import TaxCategory, TaxLine
from meinbuero.domain.units import unit_labels
from meinbuero.domain.values import format_date_de, format_decimal_de
from meinbuero.i18n import tr
from meinbuero.printing.model import InfoItem, Letterhead, PaymentQr, PrintDocument, PrintLine
from meinbuero.services.customers import german_countries
from meinbuero.services.einvoice.read import (
    AllowanceCharge,
    EInvoice,
    Line,
    Party,
    payment_means_labels,
    tax_category_labels,
)
from meinbuero.services.sales_print import UNIT_NAMES

# A Leitweg-ID: coarse address, optional fine address, check digits ("04011000-12345-67").
_LEITWEG_ID = re.compile(r"^\d{2,12}(-[0-9A-Za-z]{1,30})?-\d{2}$")
_DIRECT_DEBIT = ("49", "59")


def is_leitweg_id(text: str) -> bool:
    return bool(_LEITWEG_ID.match(text.strip()))


def money(value: Decimal | None, currency: str = "EUR") -> str:
    """An amount as Germans write it: "1.234,56 €" (other currencies by their code)."""
    if value is None:
        return ""
    symbol = "€" if currency == "EUR" else currency
    return f"{format_decimal_de(value, places=2)}\u00a0{symbol}"


def percent(value: Decimal | None) -> str:
    return "" if value is None else f"{format_decimal_de(value)}\u00a0%"


def quantity(value: Decimal | None) -> str:
    if value is None:
        return ""
    return format_decimal_de(value.normalize() if value == value.to_integral() else value)


def unit_name(code: str) -> str:
    """The unit as printed on German invoices ("Std.", "Stk."), the code where unknown."""
    return {**unit_labels(), **UNIT_NAMES}.get(code, code)


def country_name(code: str) -> str:
    return german_countries().get(code, code)


# The facts ----------------------------------------------------------------------------------------


def info_rows(invoice: EInvoice) -> list[tuple[str, str]]:
    """Label and value of what identifies the invoice: number, dates, references."""
    rows = [
        (tr("Invoice no."), invoice.number),
        (tr("Invoice date"), format_date_de(invoice.issue_date)),
        (tr("Due date"), format_date_de(invoice.due_date)),
    ]
    if invoice.delivery_date is not None:
        rows.append((tr("Delivery date"), format_date_de(invoice.delivery_date)))
    if invoice.period_start is not None or invoice.period_end is not None:
        period = f"{format_date_de(invoice.period_start)} – {format_date_de(invoice.period_end)}"
        rows.append((tr("Service period"), period))
    if invoice.buyer_reference:
        label = tr("Leitweg-ID") if is_leitweg_id(invoice.buyer_reference) else tr("Your reference")
        rows.append((label, invoice.buyer_reference))
    rows.append((tr("Order no."), invoice.order_reference))
    for preceding in invoice.preceding_invoices:
        text = preceding.number
        if preceding.issue_date is not None:
            text = tr("{number} of {date}", number=text, date=format_date_de(preceding.issue_date))
        rows.append((tr("Preceding invoice"), text))
    if invoice.currency != "EUR":
        rows.append((tr("Currency"), invoice.currency))
    return [(label, value) for label, value in rows if value]


def party_lines(party: Party) -> list[str]:
    """Name, address and identifiers of a party, one per line."""
    place = " ".join(p for p in (party.postcode, party.city) if p)
    lines = [party.name, party.trading_name, party.street, party.additional_street, place]
    if party.country and party.country != "DE":
        lines.append(country_name(party.country))
    return [line for line in lines if line]


def party_details(party: Party) -> list[tuple[str, str]]:
    """Label and value of a party's identifiers and contact."""
    rows = [
        (tr("VAT ID"), party.vat_id),
        (tr("Tax number"), party.tax_number),
        (tr("Contact"), party.contact_name),
        (tr("Phone"), party.phone),
        (tr("E-mail"), party.email),
        (tr("Electronic address"), party.electronic_address),
    ]
    return [(label, value) for label, value in rows if value]


def allowance_label(item: AllowanceCharge) -> str:
    """ "Nachlass: Treuerabatt" / "Zuschlag: Versandkosten" (with the percentage if given)."""
    kind = tr("Charge") if item.charge else tr("Allowance")
    text = f"{kind}: {item.reason}" if item.reason else kind
    if item.percent is not None and item.base is not None:
        text += " " + tr(
            "({percent} of {base})", percent=percent(item.percent), base=money(item.base)
        )
    return text


def signed_amount(item: AllowanceCharge) -> Decimal:
    return item.amount if item.charge else -item.amount


def line_description(line: Line, currency: str) -> str:
    """What a line says besides its name: description, note, line allowances and charges."""
    parts = [line.description, line.note]
    if line.seller_item_id:
        parts.append(tr("Item no. {number}", number=line.seller_item_id))
    for item in line.allowances_charges:
        parts.append(f"{allowance_label(item)}: {money(signed_amount(item), currency)}")
    return "\n".join(p for p in parts if p)


def unit_price(line: Line) -> Decimal | None:
    """The price of one unit (a price per 100 units divided down, as shown in the table)."""
    price, base = line.unit_price, line.price_base_quantity
    if price is None or base is None or base in (0, 1):
        return price
    return price / base


def total_rows(invoice: EInvoice) -> list[tuple[str, Decimal]]:
    """The document totals the file states, in the order of EN 16931."""
    totals = invoice.totals
    rows: list[tuple[str, Decimal | None]] = [
        (tr("Sum of lines"), totals.line_total),
        (tr("Allowances"), -totals.allowances if totals.allowances else None),
        (tr("Charges"), totals.charges or None),
        (tr("Net amount"), totals.tax_basis),
        (tr("VAT"), totals.tax),
        (tr("Total amount"), totals.grand_total),
        (tr("Already paid"), -totals.prepaid if totals.prepaid else None),
        (tr("Rounding"), totals.rounding or None),
        (tr("Amount due"), totals.payable),
    ]
    return [(label, value) for label, value in rows if value is not None]


def tax_row_label(category: str, rate: Decimal | None) -> str:
    name = tax_category_labels().get(category, category)
    return f"{name} {percent(rate)}" if rate is not None else name


def payment_lines(invoice: EInvoice) -> list[str]:
    """How and when to pay, in sentences: due date, Skonto, terms, accounts, reference."""
    lines: list[str] = []
    if invoice.due_date is not None:
        lines.append(tr("Due on {date}.", date=format_date_de(invoice.due_date)))
    for skonto in invoice.skonto:
        text = tr(
            "{percent} cash discount (Skonto) if paid within {days} days",
            percent=percent(skonto.percent),
            days=skonto.days,
        )
        if skonto.base is not None:
            text += " " + tr("(on {base})", base=money(skonto.base, invoice.currency))
        lines.append(text + ".")
    if invoice.payment_terms:
        lines.append(invoice.payment_terms)
    for means in invoice.payment_means:
        kind = payment_means_labels().get(means.type_code, means.information or means.type_code)
        if means.type_code in _DIRECT_DEBIT and means.debited_iban:
            text = tr(
                "{kind}: collected from IBAN {iban}",
                kind=kind,
                iban=format_iban(means.debited_iban),
            )
            if means.mandate:
                text += " " + tr("(mandate {reference})", reference=means.mandate)
            lines.append(text + ".")
            continue
        parts = [kind]
        if means.iban:
            parts.append(f"IBAN {format_iban(means.iban)}")
        if means.bic:
            parts.append(f"BIC {means.bic}")
        if means.account_holder:
            parts.append(tr("account holder {name}", name=means.account_holder))
        lines.append(" · ".join(p for p in parts if p))
    if invoice.payment_reference:
        lines.append(tr("Payment reference: {text}", text=invoice.payment_reference))
    return lines


def tax_notes(invoice: EInvoice) -> list[str]:
    """The exemption reasons of the tax breakdown ("Steuerschuldnerschaft des …")."""
    notes = []
    for row in invoice.tax_breakdown:
        reason = row.exemption_reason or row.exemption_code
        if reason:
            notes.append(f"{tax_category_labels().get(row.category, row.category)}: {reason}")
    return notes


def validity_lines(invoice: EInvoice) -> list[str]:
    """What the official validation found, or that it has not run."""
    if not invoice.validated:
        return [tr("The validity has not been checked.")]
    if not invoice.findings:
        return [tr("Checked against the official rules: no errors.")]
    return [
        tr("Checked against the official rules: {count} errors.", count=len(invoice.findings)),
        *invoice.findings,
    ]


def made_by_line(invoice: EInvoice, *, made_on: date) -> str:
    return tr(
        "Electronic invoice ({format}) – view made by meinbuero on {date}",
        format=invoice.format_name,
        date=format_date_de(made_on),
    )


# The window's HTML -----------------------------------------------------------------------------

_STYLE = """
<style>
 body { font-size: 10pt; }
 h2 { margin-bottom: 0; }
 .muted { color: #555; }
 table.lines { border-collapse: collapse; }
 table.lines th { background: #eeeeee; text-align: left; padding: 3px 6px; }
 table.lines td { padding: 3px 6px; border-bottom: 1px solid #d4d4d4; vertical-align: top; }
 tr.total td { font-weight: bold; border-top: 1px solid #555; }
</style>
"""


def _rows(rows: list[tuple[str, str]]) -> str:
    return "".join(
        f"<tr><td class='muted'>{escape(label)}</td><td>{escape(value)}</td></tr>"
        for label, value in rows
    )


def _text(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def html(invoice: EInvoice) -> str:
    """The invoice as HTML for the window: head, parties, lines, taxes, totals, payment."""
    currency = invoice.currency
    parts = [
        _STYLE,
        f"<h2>{escape(invoice.type_name)} {escape(invoice.number)}</h2>",
        f"<p class='muted'>{escape(invoice.format_name)}</p>",
        f"<table>{_rows(info_rows(invoice))}</table>",
        "<table width='100%'><tr>",
    ]
    for title, party in (
        (tr("Seller"), invoice.seller),
        (tr("Buyer"), invoice.buyer),
    ):
        lines = "<br>".join(escape(line) for line in party_lines(party))
        parts.append(
            f"<td width='50%' valign='top'><h3>{escape(title)}</h3>"
            f"<p><b>{lines}</b></p><table>{_rows(party_details(party))}</table></td>"
        )
    parts.append("</tr></table>")
    if invoice.lines or invoice.allowances_charges:
        header = [
            ("", tr("Item")),
            ("", tr("Item name")),
            ("num", tr("Qty")),
            ("", tr("Unit")),
            ("num", tr("Unit price")),
            ("num", tr("VAT")),
            ("num", tr("Amount")),
        ]
        parts.append("<h3>" + escape(tr("Lines")) + "</h3>")
        parts.append("<table class='lines' width='100%'><tr>")
        parts += [
            f"<th align='{'right' if css else 'left'}'>{escape(label)}</th>"
            for css, label in header
        ]
        parts.append("</tr>")
        for line in invoice.lines:
            description = line_description(line, currency)
            name = f"<b>{escape(line.name)}</b>"
            if description:
                name += f"<br><span class='muted'>{_text(description)}</span>"
            cells = [
                ("", escape(line.id)),
                ("", name),
                ("num", escape(quantity(line.quantity))),
                ("", escape(unit_name(line.unit_code))),
                ("num", escape(money(unit_price(line), currency))),
                ("num", escape(percent(line.rate))),
                ("num", escape(money(line.net, currency))),
            ]
            parts.append(
                "<tr>"
                + "".join(f"<td align='{'right' if c else 'left'}'>{v}</td>" for c, v in cells)
                + "</tr>"
            )
        for item in invoice.allowances_charges:
            parts.append(
                f"<tr><td></td><td colspan='4'>{escape(allowance_label(item))}</td>"
                f"<td align='right'>{escape(percent(item.rate))}</td>"
                f"<td align='right'>{escape(money(signed_amount(item), currency))}</td></tr>"
            )
        parts.append("</table>")
    if invoice.tax_breakdown:
        parts.append("<h3>" + escape(tr("VAT")) + "</h3><table class='lines'>")
        for row in invoice.tax_breakdown:
            parts.append(
                f"<tr><td>{escape(tax_row_label(row.category, row.rate))}</td>"
                f"<td align='right'>{escape(money(row.base, currency))}</td>"
                f"<td align='right'>{escape(money(row.amount, currency))}</td></tr>"
            )
        parts.append("</table>")
        parts += [f"<p>{_text(note)}</p>" for note in tax_notes(invoice)]
    parts.append("<h3>" + escape(tr("Totals")) + "</h3><table class='lines'>")
    for label, value in total_rows(invoice):
        css = " class='total'" if label in (tr("Total amount"), tr("Amount due")) else ""
        parts.append(
            f"<tr{css}><td>{escape(label)}</td>"
            f"<td align='right'>{escape(money(value, currency))}</td></tr>"
        )
    parts.append("</table>")
    payment = payment_lines(invoice)
    if payment:
        parts.append("<h3>" + escape(tr("Payment")) + "</h3>")
        parts.append("<p>" + "<br>".join(_text(line) for line in payment) + "</p>")
    if invoice.notes:
        parts.append("<h3>" + escape(tr("Notes")) + "</h3>")
        parts += [f"<p>{_text(note)}</p>" for note in invoice.notes]
    parts.append("<h3>" + escape(tr("Validity")) + "</h3>")
    parts.append("<p>" + "<br>".join(_text(line) for line in validity_lines(invoice)) + "</p>")
    return "".join(parts)


# The PDF ------------------------------------------------------------------------------------------


def _letterhead(seller: Party, invoice: EInvoice) -> Letterhead:
    account = next((m for m in invoice.payment_means if m.iban), None)
    email = seller.email or (seller.electronic_address if "@" in seller.electronic_address else "")
    return Letterhead(
        name=seller.name,
        name_addition=seller.trading_name,
        street=", ".join(p for p in (seller.street, seller.additional_street) if p),
        postcode=seller.postcode,
        city=seller.city,
        country_name="" if seller.country in ("", "DE") else country_name(seller.country),
        phone=seller.phone,
        email=email,
        vat_id=seller.vat_id,
        tax_number=seller.tax_number,
        iban=account.iban if account is not None else "",
        bic=account.bic if account is not None else "",
    )


def _print_lines(invoice: EInvoice) -> list[PrintLine]:
    lines = [
        PrintLine(
            kind="item",
            position=line.id,
            name=line.name,
            description=line_description(line, invoice.currency),
            quantity=line.quantity,
            unit=unit_name(line.unit_code),
            unit_price=unit_price(line),
            vat_rate=line.rate,
            net=line.net,
        )
        for line in invoice.lines
    ]
    if invoice.allowances_charges:
        if lines and invoice.totals.line_total is not None:
            lines.append(
                PrintLine(kind="subtotal", name=tr("Sum of lines"), net=invoice.totals.line_total)
            )
        lines += [
            PrintLine(
                kind="item",
                name=allowance_label(item),
                vat_rate=item.rate,
                net=signed_amount(item),
            )
            for item in invoice.allowances_charges
        ]
    return lines


def _breakdown(invoice: EInvoice) -> tuple[TaxLine, ...]:
    categories = {category.value for category in TaxCategory}
    return tuple(
        TaxLine(
            category=TaxCategory(row.category)
            if row.category in categories
            else TaxCategory.OUTSIDE_SCOPE,
            rate=row.rate if row.rate is not None else Decimal(0),
            base=row.base,
            tax=row.amount,
        )
        for row in invoice.tax_breakdown
    )


def _after_total(invoice: EInvoice) -> tuple[tuple[str, Decimal], ...]:
    totals = invoice.totals
    if totals.payable == totals.grand_total:
        return ()
    rows: list[tuple[str, Decimal]] = []
    if totals.prepaid:
        rows.append((tr("Already paid"), -totals.prepaid))
    if totals.rounding:
        rows.append((tr("Rounding"), totals.rounding))
    rows.append((tr("Amount due"), totals.payable))
    return tuple(rows)


def print_document(invoice: EInvoice, *, made_on: date) -> PrintDocument:
    """The invoice as the filed PDF shows it."""
    seller, buyer = invoice.seller, invoice.buyer
    place = " ".join(p for p in (seller.postcode, seller.city) if p)
    recipient = party_lines(buyer)
    if buyer.contact_name:
        recipient.insert(1, buyer.contact_name)
    account = next((m for m in invoice.payment_means if m.iban), None)
    qr = None
    if (
        account is not None
        and invoice.currency == "EUR"
        and invoice.totals.payable > 0
        and account.type_code not in _DIRECT_DEBIT
        and not invoice.is_credit_note  # the seller pays: no code to pay him
    ):
        qr = PaymentQr(
            name=(account.account_holder or seller.name)[:70],
            iban=account.iban,
            bic=account.bic,
            amount=invoice.totals.payable,
            text=invoice.number,
        )
    notes = [*tax_notes(invoice), *invoice.notes]
    if invoice.validated:
        notes += validity_lines(invoice)
    info = [InfoItem(label, value) for label, value in info_rows(invoice)]
    if seller.contact_name:
        info.append(InfoItem(tr("Contact"), seller.contact_name))
    return PrintDocument(
        title=f"{invoice.type_name} {invoice.number}",
        letterhead=_letterhead(seller, invoice),
        return_line=" · ".join(p for p in (seller.name, seller.street, place) if p),
        address_lines=tuple(recipient),
        info=tuple(info),
        subject=made_by_line(invoice, made_on=made_on),
        header_text="",
        lines=tuple(_print_lines(invoice)),
        footer_text="",
        net_total=invoice.totals.tax_basis
        if invoice.totals.tax_basis is not None
        else invoice.totals.grand_total - (invoice.totals.tax or Decimal(0)),
        tax_total=invoice.totals.tax or Decimal(0),
        gross_total=invoice.totals.grand_total,
        breakdown=_breakdown(invoice),
        payment_terms="\n".join(payment_lines(invoice)),
        notes=tuple(notes),
        qr=qr,
        document_date=invoice.issue_date,
        after_total=_after_total(invoice),
    )


def render_pdf(invoice: EInvoice, *, made_on: date | None = None) -> bytes:
    """The PDF rendering of the invoice for filing (fonts embedded, DIN 5008 page)."""
    from meinbuero.printing.sales import render_sales_document

    return bytes(render_sales_document(print_document(invoice, made_on=made_on or date.today())))


def _json_value(value: object) -> Any:
    """Decimal → string as written, date → ISO, None stays null."""
    if isinstance(value, Decimal):
        return f"{value:f}"
    if isinstance(value, date):
        return value.isoformat()
    return value


def json_data(invoice: EInvoice) -> dict[str, Any]:
    """The invoice for ``meinbuero einvoice read --json``: amounts as decimal strings as the file
    writes them, dates ISO, absent values null. The keys are stable (documented in the help)."""
    v = _json_value

    def party(p: Party) -> dict[str, Any]:
        return {
            "name": p.name,
            "street": p.street,
            "additional_street": p.additional_street,
            "postcode": p.postcode,
            "city": p.city,
            "country": p.country,
            "vat_id": p.vat_id,
            "tax_number": p.tax_number,
            "contact": p.contact_name,
            "phone": p.phone,
            "email": p.email,
        }

    totals = invoice.totals
    return {
        "format": invoice.format_name,
        "type_code": invoice.type_code,
        "number": invoice.number,
        "issue_date": v(invoice.issue_date),
        "due_date": v(invoice.due_date),
        "currency": invoice.currency,
        "buyer_reference": invoice.buyer_reference,
        "seller": party(invoice.seller),
        "buyer": party(invoice.buyer),
        "lines": [
            {
                "id": line.id,
                "name": line.name,
                "quantity": v(line.quantity),
                "unit_code": line.unit_code,
                "unit_price": v(line.unit_price),
                "net": v(line.net),
                "vat_category": line.category,
                "vat_rate": v(line.rate),
            }
            for line in invoice.lines
        ],
        "allowances_charges": [
            {
                "charge": item.charge,
                "amount": v(item.amount),
                "reason": item.reason,
                "vat_category": item.category,
                "vat_rate": v(item.rate),
            }
            for item in invoice.allowances_charges
        ],
        "tax_breakdown": [
            {
                "category": row.category,
                "rate": v(row.rate),
                "base": v(row.base),
                "amount": v(row.amount),
                "exemption_reason": row.exemption_reason,
            }
            for row in invoice.tax_breakdown
        ],
        "totals": {
            "line_total": v(totals.line_total),
            "allowances": v(totals.allowances),
            "charges": v(totals.charges),
            "tax_basis": v(totals.tax_basis),
            "tax": v(totals.tax),
            "grand_total": v(totals.grand_total),
            "prepaid": v(totals.prepaid),
            "payable": v(totals.payable),
        },
        "payment": {
            "iban": invoice.iban,
            "skonto": [
                {"days": s.days, "percent": v(s.percent), "base": v(s.base)} for s in invoice.skonto
            ],
            "terms": invoice.payment_terms,
        },
    }


def save_pdf(invoice: EInvoice, path: Path) -> None:
    """Write the rendering to ``path`` (all or nothing).

    Raises:
        Refused: the file cannot be written, German message.
    """
    from meinbuero.services.exporting import written_in_place

    content = render_pdf(invoice)
    with written_in_place(path) as handle:
        handle.write(content)
