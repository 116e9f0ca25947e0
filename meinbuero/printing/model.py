"""What a printed sales document shows: plain data, every text already translated and formatted
where the printing code cannot know how (amounts stay Decimal; the PDF code formats them German).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from meinbuero.domain.money import TaxLine


@dataclass(frozen=True)
class Letterhead:
    """Meine Firma as the letterhead, the return line and the footer show it."""

    name: str
    name_addition: str = ""
    owner: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country_name: str = ""  # empty for Germany
    phone: str = ""
    fax: str = ""
    email: str = ""
    website: str = ""
    vat_id: str = ""
    tax_number: str = ""
    tax_office: str = ""
    register_court: str = ""
    register_number: str = ""
    managing_director: str = ""
    iban: str = ""
    bic: str = ""
    bank_name: str = ""
    logo_png: bytes | None = None


@dataclass(frozen=True)
class PrintLine:
    """One row of the line table.

    ``kind``: "item" (position number, quantity, unit, price, discount, VAT rate, amount), "text"
    (a free text across the table, no number) or "subtotal" (the sum of the items since the last
    subtotal, in ``net``). Optional (alternative) items of a quote show "optional" and their
    amount in brackets; they do not count.
    """

    kind: str
    position: str = ""  # "1", "2", …; "" for text and subtotal lines
    name: str = ""
    description: str = ""
    quantity: Decimal | None = None
    unit: str = ""  # the unit's German name: "Stück", "Std."
    unit_price: Decimal | None = None
    discount_percent: Decimal | None = None
    vat_rate: Decimal | None = None
    net: Decimal | None = None
    optional: bool = False


@dataclass(frozen=True)
class InfoItem:
    """A row of the info block right of the address: "Rechnungsnr." / "RE-2026-0001"."""

    label: str
    value: str


@dataclass(frozen=True)
class PaymentQr:
    """What the EPC QR code ("GiroCode") carries."""

    name: str
    iban: str
    bic: str
    amount: Decimal
    text: str  # the invoice number, as remittance text


@dataclass(frozen=True)
class PrintDocument:
    """A quote, order confirmation, delivery note, invoice or cancellation as it is printed.

    ``show_prices`` is False for a delivery note (quantities only: no prices, no totals).
    ``notes`` are the texts the tax case requires ("Gemäß § 19 UStG …"), printed under the totals.
    ``payment_terms`` is the finished sentence(s) with the Skonto amount and dates.
    ``draft`` prints a "ENTWURF" mark across each page (a preview before finalising).
    """

    title: str  # "Rechnung", "Angebot", …
    letterhead: Letterhead
    return_line: str  # "Muster GmbH · Hauptstr. 1 · 50667 Köln"
    address_lines: tuple[str, ...]  # the recipient, up to 6 lines
    info: tuple[InfoItem, ...]
    subject: str
    header_text: str
    lines: tuple[PrintLine, ...]
    footer_text: str
    show_prices: bool = True
    net_total: Decimal = Decimal("0.00")
    tax_total: Decimal = Decimal("0.00")
    gross_total: Decimal = Decimal("0.00")
    breakdown: tuple[TaxLine, ...] = field(default_factory=tuple)
    show_tax: bool = True  # False for Kleinunternehmer: no VAT column, no VAT rows
    payment_terms: str = ""
    notes: tuple[str, ...] = ()
    qr: PaymentQr | None = None
    draft: bool = False
    document_date: date | None = None
    # Labels the page needs, translated by the caller (German by default). The printing code
    # translates its fixed words with tr(); an entry here, keyed by tr()'s English source text
    # ("Qty", "Total amount", "plus {rate} VAT on {base}"), replaces that word.
    labels: dict[str, str] = field(default_factory=dict)
    # The document's number ("RE-2026-0001") for the continuation pages' header; "" for a draft.
    number: str = ""
    # The notes zone of the address field (above the recipient): "Einschreiben", "Persönlich".
    address_notes: tuple[str, ...] = ()
    # Rows under the total amount, e.g. "Bereits gezahlt" and "Zahlbetrag" (label, amount); the
    # last one is set bold.
    after_total: tuple[tuple[str, Decimal], ...] = ()
