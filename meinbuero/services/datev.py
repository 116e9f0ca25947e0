"""DATEV export for the tax adviser: an EXTF Buchungsstapel of invoices, cancellations and
payments of a period.

The format (DATEV-Format, "Buchungsstapel"): a header line of 31 fields (``EXTF``, format
version 700, category 21, "Buchungsstapel", version 13, created, …, Berater, Mandant,
WJ-Beginn, Sachkontenlänge, Datum vom/bis, …), the line of the 125 column names, then one line
per booking; Windows-1252, ';' between fields, text in double quotes, amounts with a decimal
comma and without sign (the Soll/Haben-Kennzeichen says the direction), Belegdatum as TTMM (the
year is the header's), CR LF.

What is booked (accounts from :mod:`meinbuero.services.accounting`):

- an invoice: per VAT rate its gross, Soll on the customer's account against the revenue
  account of that rate (an automatic account: the VAT follows from it, no BU-Schlüssel);
- a cancellation: the same, Haben (its amounts are negative);
- a payment: Soll on the bank (cash when paid in cash) against the customer's account; its
  Skonto, split by VAT rate (:func:`meinbuero.domain.money.skonto_split`), Soll on the Skonto
  account of each rate; a write-off Soll on the bad-debt account; a payment undone later is
  reversed on the day it was undone. Credit used between a customer's own invoices moves
  nothing between accounts and is not booked.

Belegfeld 1 is the invoice number (the adviser's open items match invoice and payment by it);
DATEV takes at most 12 characters of A–Z, 0–9 and ``$ & % * + - /``: a longer number is
refused with the setting that shortens it, never cut.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from meinbuero.domain.money import (
    CENT,
    ZERO,
    SkontoPart,
    TaxCategory,
    Totals,
    cents,
    skonto_split,
)
from meinbuero.domain.values import format_date_de
from meinbuero.i18n import tr
from meinbuero.services import accounting, sales, settings
from meinbuero.services.accounting import AccountingSettings
from meinbuero.services.errors import Refused
from meinbuero.store.models import Customer, Payment, PaymentWay, SalesDocument, SalesKind
from meinbuero.store.types import utcnow

FORMAT_VERSION = 700
CATEGORY = 21
FORMAT_NAME = "Buchungsstapel"
CATEGORY_VERSION = 13
ORIGIN = "RE"  # Herkunft: two letters naming the source (Rechnungswesen)
BATCH_LABEL = "Rechnungen und Zahlungen"  # Bezeichnung, at most 30 characters
DOCUMENT_FIELD_LENGTH = 12
TEXT_LENGTH = 60
_DOCUMENT_FIELD = re.compile(r"^[A-Za-z0-9$&%*+\-/]*$")

#: The 125 columns of a Buchungsstapel (format version 700, category version 13), in order.
COLUMNS: tuple[str, ...] = (
    "Umsatz (ohne Soll/Haben-Kz)",
    "Soll/Haben-Kennzeichen",
    "WKZ Umsatz",
    "Kurs",
    "Basis-Umsatz",
    "WKZ Basis-Umsatz",
    "Konto",
    "Gegenkonto (ohne BU-Schlüssel)",
    "BU-Schlüssel",
    "Belegdatum",
    "Belegfeld 1",
    "Belegfeld 2",
    "Skonto",
    "Buchungstext",
    "Postensperre",
    "Diverse Adressnummer",
    "Geschäftspartnerbank",
    "Sachverhalt",
    "Zinssperre",
    "Beleglink",
    *(f"Beleginfo - {part} {n}" for n in range(1, 9) for part in ("Art", "Inhalt")),
    "KOST1 - Kostenstelle",
    "KOST2 - Kostenstelle",
    "Kost-Menge",
    "EU-Land u. UStID (Bestimmung)",
    "EU-Steuersatz (Bestimmung)",
    "Abw. Versteuerungsart",
    "Sachverhalt L+L",
    "Funktionsergänzung L+L",
    "BU 49 Hauptfunktionstyp",
    "BU 49 Hauptfunktionsnummer",
    "BU 49 Funktionsergänzung",
    *(
        name
        for n in range(1, 21)
        for name in (f"Zusatzinformation - Art {n}", f"Zusatzinformation- Inhalt {n}")
    ),
    "Stück",
    "Gewicht",
    "Zahlweise",
    "Forderungsart",
    "Veranlagungsjahr",
    "Zugeordnete Fälligkeit",
    "Skontotyp",
    "Auftragsnummer",
    "Buchungstyp",
    "USt-Schlüssel (Anzahlungen)",
    "EU-Land (Anzahlungen)",
    "Sachverhalt L+L (Anzahlungen)",
    "EU-Steuersatz (Anzahlungen)",
    "Erlöskonto (Anzahlungen)",
    "Herkunft-Kz",
    "Buchungs GUID",
    "KOST-Datum",
    "SEPA-Mandatsreferenz",
    "Skontosperre",
    "Gesellschaftername",
    "Beteiligtennummer",
    "Identifikationsnummer",
    "Zeichnernummer",
    "Postensperre bis",
    "Bezeichnung SoBil-Sachverhalt",
    "Kennzeichen SoBil-Buchung",
    "Festschreibung",
    "Leistungsdatum",
    "Datum Zuord. Steuerperiode",
    "Fälligkeit",
    "Generalumkehr (GU)",
    "Steuersatz",
    "Land",
    "Abrechnungsreferenz",
    "BVV-Position",
    "EU-Land u. UStID (Ursprung)",
    "EU-Steuersatz (Ursprung)",
    "Abw. Skontokonto",
)
assert len(COLUMNS) == 125
_COLUMN = {name: index for index, name in enumerate(COLUMNS)}


@dataclass(frozen=True)
class Booking:
    """One line of the Buchungsstapel."""

    amount: Decimal  # positive
    side: str  # "S" (Soll) or "H" (Haben), of ``account``
    account: str
    contra: str
    on: date  # Belegdatum
    document_field: str  # Belegfeld 1
    text: str
    service_date: date | None = None
    due: date | None = None


def _signed(amount: Decimal, account: str, contra: str, **rest: object) -> Booking:
    """A booking of ``amount`` Soll on ``account`` (negative: Haben)."""
    return Booking(
        amount=abs(amount),
        side="S" if amount >= 0 else "H",
        account=account,
        contra=contra,
        **rest,  # type: ignore[arg-type]
    )


# ---------------------------------------------------------------------------------------------
# Accounts


def _revenue_key(category: TaxCategory, rate: Decimal) -> str | None:
    if category == TaxCategory.STANDARD:
        return {Decimal(19): "revenue_19", Decimal(7): "revenue_7"}.get(rate.normalize())
    return {
        TaxCategory.ZERO_RATED: "revenue_0",
        TaxCategory.OUTSIDE_SCOPE: "revenue_0",
        TaxCategory.REVERSE_CHARGE: "reverse_charge",
        TaxCategory.INTRA_EU: "intra_eu",
        TaxCategory.EXPORT: "export",
        TaxCategory.EXEMPT: "small_business",
    }.get(category)


def _skonto_key(category: TaxCategory, rate: Decimal) -> str:
    if category == TaxCategory.STANDARD:
        return {Decimal(19): "skonto_19", Decimal(7): "skonto_7"}.get(rate.normalize(), "skonto_0")
    return "skonto_0"


def personal_account(customer_number: str, config: AccountingSettings) -> str | None:
    """The Debitor of a customer: the digits of its number when they lie in DATEV's range of
    debtor accounts (10000–69999 with 4-digit general ledger accounts)."""
    digits = "".join(c for c in customer_number if c.isdigit())
    if not digits:
        return None
    value = int(digits)
    lowest = 10**config.account_length
    if lowest <= value < 7 * lowest:
        return str(value)
    return None


class _Accounts:
    """The customer accounts of an export, with the customers that have none."""

    def __init__(self, config: AccountingSettings) -> None:
        self.config = config
        self.missing: dict[str, None] = {}

    def customer(self, customer_number: str) -> str:
        if not self.config.personal_accounts:
            return self.config.account("receivables")
        found = personal_account(customer_number, self.config)
        if found is None:
            self.missing[customer_number] = None
            return ""
        return found


# ---------------------------------------------------------------------------------------------
# Bookings


def _document_field(number: str) -> str:
    if len(number) > DOCUMENT_FIELD_LENGTH or not _DOCUMENT_FIELD.match(number):
        raise Refused(
            tr(
                "The number {number} does not fit DATEV's Belegfeld 1 (at most 12 characters: "
                "letters, digits and $ & % * + - /). Please shorten the number range under "
                "Stammdaten > Nummernkreise; numbers already given stay as they are, so export "
                "those invoices by hand.",
                number=number,
            )
        )
    return number


def _text(text: str) -> str:
    """Buchungstext: at most 60 characters, only what Windows-1252 can write."""
    return text.encode("cp1252", "replace").decode("cp1252")[:TEXT_LENGTH]


def _split_by_rate(totals: Totals, amount: Decimal, percent: Decimal | None) -> list[SkontoPart]:
    """The Skonto ``amount`` taken on a document, by VAT rate: the document's Skonto split
    as :func:`skonto_split` does when the full Skonto was taken; else in proportion to each
    rate's gross (a cent lost to rounding goes to the largest part)."""
    if percent:
        full = skonto_split(totals, percent)
        if sum((p.gross for p in full), ZERO) == amount:
            return list(full)
    gross = totals.gross
    parts: list[SkontoPart] = []
    for line in totals.breakdown:
        share = cents(amount * (line.base + line.tax) / gross) if gross else ZERO
        tax = cents(share * line.rate / (100 + line.rate))
        parts.append(SkontoPart(line.category, line.rate, share, share - tax, tax))
    difference = amount - sum((p.gross for p in parts), ZERO)
    if difference and parts:
        index = max(range(len(parts)), key=lambda i: parts[i].gross)
        part = parts[index]
        share = part.gross + difference
        tax = cents(share * part.rate / (100 + part.rate))
        parts[index] = SkontoPart(part.category, part.rate, share, share - tax, tax)
    return parts


def _totals(document: SalesDocument) -> Totals:
    return sales.document_totals(document.lines, kind=document.kind, tax_case=document.tax_case)


def _document_bookings(
    document: SalesDocument, accounts: _Accounts, config: AccountingSettings
) -> Iterator[Booking]:
    number = _document_field(document.number or "")
    customer = accounts.customer(document.customer_number)
    kind = sales.kind_labels()[document.kind]
    name = document.address.splitlines()[0] if document.address else ""
    for line in _totals(document).breakdown:
        gross = line.base + line.tax
        if gross == ZERO:
            continue
        key = _revenue_key(line.category, line.rate)
        if key is None:
            raise Refused(
                tr(
                    "{kind} {number} has a VAT rate of {rate} %, for which no revenue account "
                    "is set (Einstellungen > Buchhaltung).",
                    kind=kind,
                    number=number,
                    rate=line.rate.normalize(),
                )
            )
        yield _signed(
            gross,
            customer,
            config.account(key),
            on=document.document_date,
            document_field=number,
            text=_text(f"{kind} {number} {name}"),
            service_date=document.service_date,
            due=(
                document.document_date.fromordinal(
                    document.document_date.toordinal() + (document.net_days or 0)
                )
                if document.kind == SalesKind.INVOICE
                else None
            ),
        )


def _payment_bookings(
    payment: Payment,
    invoice: SalesDocument | None,
    customer_number: str,
    accounts: _Accounts,
    config: AccountingSettings,
    *,
    on: date,
    sign: int,
) -> Iterator[Booking]:
    customer = accounts.customer(customer_number)
    number = _document_field(invoice.number or "") if invoice is not None else ""
    what = tr("Payment {number}", number=number).strip() if number else tr("Payment on account")
    if sign < 0:
        what = tr("Undone: {booking}", booking=what)
    money_account = config.account("cash" if payment.way == PaymentWay.CASH else "bank")
    if payment.amount:
        yield _signed(
            sign * payment.amount,
            money_account,
            customer,
            on=on,
            document_field=number,
            text=_text(what),
        )
    if payment.skonto and invoice is not None:
        for part in _split_by_rate(_totals(invoice), payment.skonto, invoice.skonto_percent):
            if part.gross:
                yield _signed(
                    sign * part.gross,
                    config.account(_skonto_key(part.category, part.rate)),
                    customer,
                    on=on,
                    document_field=number,
                    text=_text(
                        tr("Skonto {rate} % {number}", rate=part.rate.normalize(), number=number)
                    ),
                )
    if payment.write_off:
        yield _signed(
            sign * payment.write_off,
            config.account("write_off"),
            customer,
            on=on,
            document_field=number,
            text=_text(tr("Written off {number}", number=number)),
        )


def _local_day(moment: datetime) -> date:
    return moment.astimezone().date()


def bookings(
    session: Session, date_from: date, date_to: date, config: AccountingSettings | None = None
) -> list[Booking]:
    """Every booking of the period, in date order (documents before payments on a day).

    Raises:
        Refused: a number too long for Belegfeld 1, a customer without a Debitor account, a
            VAT rate without an account.
    """
    config = config or accounting.load(session)
    accounts = _Accounts(config)
    found: list[Booking] = []
    documents = session.scalars(
        select(SalesDocument)
        .where(
            SalesDocument.kind.in_(sales.BILLING_KINDS),
            SalesDocument.finalised_at.is_not(None),
            SalesDocument.document_date >= date_from,
            SalesDocument.document_date <= date_to,
        )
        .options(selectinload(SalesDocument.lines))
        .order_by(SalesDocument.document_date, SalesDocument.number)
    )
    for document in documents:
        found.extend(_document_bookings(document, accounts, config))
    booked = session.scalars(
        select(Payment)
        .where(
            Payment.way != PaymentWay.CREDIT,
            or_(
                (Payment.booked_on >= date_from) & (Payment.booked_on <= date_to),
                Payment.undone_at.is_not(None),  # reversed on the day undone (rare)
            ),
        )
        .order_by(Payment.booked_on, Payment.id)
    )
    payments: list[tuple[date, Booking]] = []
    for payment in booked:
        invoice = _invoice_of(session, payment)
        customer_number = (
            invoice.customer_number if invoice is not None else _customer_number(session, payment)
        )
        if date_from <= payment.booked_on <= date_to:
            for booking in _payment_bookings(
                payment, invoice, customer_number, accounts, config, on=payment.booked_on, sign=1
            ):
                payments.append((payment.booked_on, booking))
        if payment.undone_at is not None:
            undone_on = _local_day(payment.undone_at)
            if date_from <= undone_on <= date_to:
                for booking in _payment_bookings(
                    payment, invoice, customer_number, accounts, config, on=undone_on, sign=-1
                ):
                    payments.append((undone_on, booking))
    if accounts.missing:
        raise Refused(
            tr(
                "These customer numbers give no DATEV debtor account (10000–69999): {numbers}. "
                "Book them on the collective receivables account (Einstellungen > Buchhaltung) "
                "or give the customers numeric numbers.",
                numbers=", ".join(accounts.missing),
            )
        )
    payments.sort(key=lambda pair: pair[0])
    merged = sorted(found, key=lambda b: b.on) + [b for _, b in payments]
    return sorted(merged, key=lambda b: b.on)  # stable: documents first on a day


def _invoice_of(session: Session, payment: Payment) -> SalesDocument | None:
    document_id = payment.document_id
    if document_id is None and payment.part_of_id is not None:
        parent = session.get(Payment, payment.part_of_id)
        document_id = parent.document_id if parent is not None else None
    return session.get(SalesDocument, document_id) if document_id is not None else None


def _customer_number(session: Session, payment: Payment) -> str:
    customer = session.get(Customer, payment.customer_id)
    return customer.number if customer is not None else ""


# ---------------------------------------------------------------------------------------------
# The file


def _quoted(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _amount(value: Decimal) -> str:
    return f"{value.quantize(CENT):f}".replace(".", ",")


def _check_period(date_from: date, date_to: date, config: AccountingSettings) -> date:
    if date_to < date_from:
        raise Refused(tr("The period ends before it begins."))
    start, end = config.fiscal_year_of(date_from)
    if date_to > end:
        raise Refused(
            tr(
                "A DATEV batch covers one fiscal year: please choose a period from {start} "
                "to {end} at most, and export the rest separately.",
                start=format_date_de(start),
                end=format_date_de(end),
            )
        )
    if not config.consultant or not config.client:
        raise Refused(
            tr(
                "Please enter the consultant and client number of your tax adviser under "
                "Einstellungen > Buchhaltung first."
            )
        )
    return start


def header(
    config: AccountingSettings,
    *,
    created: datetime,
    date_from: date,
    date_to: date,
    fiscal_year_start: date,
    exported_by: str,
) -> list[str]:
    """The 31 fields of the header line."""
    stamp = created.strftime("%Y%m%d%H%M%S") + f"{created.microsecond // 1000:03d}"
    return [
        _quoted("EXTF"),
        str(FORMAT_VERSION),
        str(CATEGORY),
        _quoted(FORMAT_NAME),
        str(CATEGORY_VERSION),
        stamp,
        "",
        _quoted(ORIGIN),
        _quoted(_text(exported_by)[:25]),
        "",
        config.consultant,
        config.client,
        fiscal_year_start.strftime("%Y%m%d"),
        str(config.account_length),
        date_from.strftime("%Y%m%d"),
        date_to.strftime("%Y%m%d"),
        _quoted(BATCH_LABEL),
        _quoted(""),
        "1",  # Buchungstyp: Finanzbuchführung
        "0",  # Rechnungslegungszweck: unabhängig
        "0",  # Festschreibung: the adviser checks and fixes the batch
        _quoted("EUR"),
        "",
        _quoted(""),
        "",
        "",
        _quoted(config.chart.removeprefix("SKR")),
        "",
        "",
        _quoted(""),
        _quoted(""),
    ]


def _row(booking: Booking) -> list[str]:
    row = [""] * len(COLUMNS)
    row[_COLUMN["Umsatz (ohne Soll/Haben-Kz)"]] = _amount(booking.amount)
    row[_COLUMN["Soll/Haben-Kennzeichen"]] = _quoted(booking.side)
    row[_COLUMN["WKZ Umsatz"]] = _quoted("EUR")
    row[_COLUMN["Konto"]] = booking.account
    row[_COLUMN["Gegenkonto (ohne BU-Schlüssel)"]] = booking.contra
    row[_COLUMN["BU-Schlüssel"]] = _quoted("")
    row[_COLUMN["Belegdatum"]] = booking.on.strftime("%d%m")
    row[_COLUMN["Belegfeld 1"]] = _quoted(booking.document_field)
    row[_COLUMN["Buchungstext"]] = _quoted(booking.text)
    row[_COLUMN["Festschreibung"]] = "0"
    if booking.service_date is not None:
        row[_COLUMN["Leistungsdatum"]] = booking.service_date.strftime("%d%m%Y")
    if booking.due is not None:
        row[_COLUMN["Fälligkeit"]] = booking.due.strftime("%d%m%Y")
    return row


def render(
    session: Session, date_from: date, date_to: date, *, created: datetime | None = None
) -> tuple[bytes, int]:
    """The Buchungsstapel of the period as bytes (Windows-1252), and how many bookings."""
    config = accounting.load(session)
    start = _check_period(date_from, date_to, config)
    found = bookings(session, date_from, date_to, config)
    lines = [
        ";".join(
            header(
                config,
                created=(created or utcnow()).astimezone(),
                date_from=date_from,
                date_to=date_to,
                fiscal_year_start=start,
                exported_by=settings.display_name(session),
            )
        ),
        ";".join(COLUMNS),
        *(";".join(_row(b)) for b in found),
    ]
    return ("\r\n".join(lines) + "\r\n").encode("cp1252", "replace"), len(found)


def default_name(date_from: date, date_to: date) -> str:
    """EXTF_Buchungsstapel_20260101_20261231.csv"""
    return f"EXTF_Buchungsstapel_{date_from:%Y%m%d}_{date_to:%Y%m%d}.csv"


def export(session: Session, path: Path, date_from: date, date_to: date) -> int:
    """Write the Buchungsstapel of the period to ``path``; returns the number of bookings.

    Raises:
        Refused: the settings are missing, the period spans two fiscal years, a booking cannot
            be written (see :func:`bookings`), or the file cannot be written.
    """
    from meinbuero.services.exporting import written_in_place

    data, count = render(session, date_from, date_to)
    with written_in_place(path) as target:
        target.write(data)
    return count


__all__ = ["COLUMNS", "Booking", "bookings", "default_name", "export", "header", "render"]
