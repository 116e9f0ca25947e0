"""Which open invoice a bank booking pays: plain logic on plain data, no Session.

In this order: the invoice number in the remittance text (tolerant of how people type it:
"RE-2026-0012", "RE 2026 0012", "Rechnung 2026-0012", "RE2026/12"); then the amount at a
customer known by the counterparty's IBAN, then by name. The amount may be the open amount,
the open amount less the Skonto (within its period), a part of it, several invoices of the
customer together, or more (the rest kept as credit).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import IntEnum
from functools import cache

from meinbuero.i18n import tr
from meinbuero.services.bank.model import BankBooking

ZERO = Decimal("0.00")


class Confidence(IntEnum):
    NONE = 0
    LOW = 1  # shown, not ticked
    MEDIUM = 2  # ticked in the window; the command line leaves it
    HIGH = 3  # the number and the amount agree: the command line books it


@dataclass(frozen=True)
class OpenInvoice:
    document_id: int
    number: str
    customer_id: int
    customer_name: str
    document_date: date
    open: Decimal
    #: The Skonto the invoice grants (0 without) and its last day.
    skonto: Decimal = ZERO
    skonto_until: date | None = None

    def with_skonto(self, on: date) -> Decimal | None:
        """What settles the invoice paid on ``on`` with its Skonto (None: none then)."""
        if self.skonto <= ZERO or self.skonto_until is None or on > self.skonto_until:
            return None
        return self.open - self.skonto


@dataclass(frozen=True)
class Customer:
    customer_id: int
    name: str
    iban: str = ""


@dataclass(frozen=True)
class Allocation:
    """Part of a booking booked on an invoice (``document_id``), or as credit (None)."""

    customer_id: int
    document_id: int | None
    amount: Decimal
    skonto: bool = False
    number: str = ""


@dataclass(frozen=True)
class Proposal:
    booking: BankBooking
    allocations: tuple[Allocation, ...]
    confidence: Confidence
    reason: str
    customer_name: str = ""

    @property
    def matched(self) -> bool:
        return bool(self.allocations)


# --- invoice numbers -----------------------------------------------------------------------------

# Words people write before a number; the range's prefix joins them.
_NUMBER_WORDS = frozenset(
    {"RECHNUNGSNUMMER", "RECHNUNGSNR", "RECHNUNG", "RECHN", "RGNR", "RNR", "RG"}
)
_SEPARATORS = r"[\s\-_/.:#]"
# A year and a counter: "2026-0012", "2026 12", "2026/12", "20260012" (run together only with
# the counter's zeros); not a date ("2026-01-12") nor an amount ("2026 715,34").
_YEAR_NUMBER = re.compile(
    r"(?<![0-9])(20\d{2})(?:" + _SEPARATORS + r"+(\d{1,6})|(\d{3,6}))(?![0-9])(?![.,\-/]\d)"
)


def fold_text(text: str) -> str:
    text = text.upper()
    for umlaut, plain in (("Ä", "AE"), ("Ö", "OE"), ("Ü", "UE"), ("ß", "SS")):
        text = text.replace(umlaut, plain)
    return text


@cache
def _plain_number(prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """A number without the year after a range prefix or a word for "invoice"."""
    words = {re.sub(r"[^A-Z]", "", fold_text(p)) for p in prefixes} | _NUMBER_WORDS
    alternatives = "|".join(re.escape(w) for w in sorted(words - {""}, key=len, reverse=True))
    return re.compile(
        r"(?<![A-Z0-9])(?:"
        + alternatives
        + r")(?:"
        + _SEPARATORS
        + r"*NR)?"
        + _SEPARATORS
        + r"*(\d{1,12})(?![0-9])(?![.,]\d)"
    )


def _year_keys(folded: str) -> set[tuple[str, int]]:
    return {(m.group(1), int(m.group(2) or m.group(3))) for m in _YEAR_NUMBER.finditer(folded)}


def number_keys(text: str, prefixes: Sequence[str] = ()) -> set[tuple[str, int]]:
    """The invoice numbers a text may name, as keys: ("2026", 12) for a number with the year,
    ("", 42) for one without (after a range's prefix or a word such as "Rechnung")."""
    folded = fold_text(text)
    keys = _year_keys(folded)
    keys |= {("", int(m.group(1))) for m in _plain_number(tuple(prefixes)).finditer(folded)}
    return keys


def invoice_key(number: str) -> tuple[str, int] | None:
    """The key of an invoice's own number ("RE-2026-0012" → ("2026", 12))."""
    folded = fold_text(number)
    found = _year_keys(folded)
    if found:
        return min(found)
    digits = re.search(r"(\d+)$", folded)
    return ("", int(digits.group(1))) if digits else None


# --- names ---------------------------------------------------------------------------------------

_LEGAL_FORMS = frozenset(
    [
        "GMBH",
        "MBH",
        "AG",
        "KG",
        "OHG",
        "UG",
        "EK",
        "E.K.",
        "EG",
        "GBR",
        "SE",
        "CO",
        "KGAA",
        "HAFTUNGSBESCHRAENKT",
        "LTD",
        "INC",
        "E.V.",
        "EV",
        "HERR",
        "FRAU",
        "DR",
        "PROF",
    ]
)


def name_tokens(name: str) -> frozenset[str]:
    """The words of a name that identify it: folded, without legal forms and salutations."""
    words = re.findall(r"[A-Z0-9]+", fold_text(name).replace("&", " "))
    return frozenset(w for w in words if w not in _LEGAL_FORMS and len(w) > 1)


def names_match(customer: frozenset[str], payer: frozenset[str]) -> bool:
    """The same name, in any order ("Müller, Hans" = "HANS MUELLER"), or one contains the
    other ("Schreinerei Holz" in "Schreinerei Holz Inh. Max Holz")."""
    if not customer or not payer:
        return False
    return customer <= payer or (len(payer) >= 2 and payer <= customer)


# --- matching ------------------------------------------------------------------------------------


class Matcher:
    """Proposals for the bookings of a statement, against the open invoices given."""

    def __init__(
        self,
        invoices: Iterable[OpenInvoice],
        customers: Iterable[Customer],
        *,
        prefixes: Sequence[str] = (),
    ) -> None:
        self.invoices = sorted(invoices, key=lambda i: (i.document_date, i.number))
        self.by_key: dict[tuple[str, int], list[OpenInvoice]] = defaultdict(list)
        self.by_customer: dict[int, list[OpenInvoice]] = defaultdict(list)
        self.by_amount: dict[Decimal, list[OpenInvoice]] = defaultdict(list)
        for invoice in self.invoices:
            key = invoice_key(invoice.number)
            if key is not None:
                self.by_key[key].append(invoice)
            self.by_customer[invoice.customer_id].append(invoice)
            self.by_amount[invoice.open].append(invoice)
        self.customers = {c.customer_id: c for c in customers}
        self.by_iban: dict[str, list[int]] = defaultdict(list)
        self.by_token: dict[str, list[tuple[int, frozenset[str]]]] = defaultdict(list)
        for customer in self.customers.values():
            if customer.iban:
                self.by_iban[customer.iban].append(customer.customer_id)
            tokens = name_tokens(customer.name)
            for token in tokens:
                self.by_token[token].append((customer.customer_id, tokens))
        self.prefixes = tuple(prefixes)
        # Amounts already proposed for an invoice in this statement (two bookings do not
        # both settle one invoice in full).
        self.taken: dict[int, Decimal] = defaultdict(Decimal)

    def open_of(self, invoice: OpenInvoice) -> Decimal:
        return invoice.open - self.taken[invoice.document_id]

    def propose_all(self, bookings: Sequence[BankBooking]) -> list[Proposal]:
        return [self.propose(b) for b in bookings]

    def propose(self, booking: BankBooking) -> Proposal:
        if booking.reversal:
            return Proposal(booking, (), Confidence.NONE, tr("Reversal by the bank"))
        if booking.amount <= 0:
            return Proposal(booking, (), Confidence.NONE, tr("Debit"))
        proposal = self._by_number(booking) or self._by_customer(booking)
        if proposal is None:
            proposal = self._by_amount_alone(booking)
        if proposal is None:
            return Proposal(booking, (), Confidence.NONE, tr("No matching invoice found"))
        for allocation in proposal.allocations:
            if allocation.document_id is not None:
                self.taken[allocation.document_id] += allocation.amount
        return proposal

    # --- by number ---

    def _by_number(self, booking: BankBooking) -> Proposal | None:
        text = f"{booking.remittance} {booking.end_to_end_id}"
        found: list[OpenInvoice] = []
        for key in number_keys(text, self.prefixes):
            for invoice in self.by_key.get(key, ()):
                if invoice not in found and self.open_of(invoice) > ZERO:
                    found.append(invoice)
        if not found:
            return None
        found.sort(key=lambda i: (i.document_date, i.number))
        reason = tr("Invoice number in the remittance text")
        if len(found) == 1:
            return self._on_one(booking, found[0], reason, certain=True)
        return self._on_several(booking, found, reason, certain=True)

    # --- by customer ---

    def _customers_of(self, booking: BankBooking) -> tuple[list[int], str]:
        if booking.counterparty_iban and booking.counterparty_iban in self.by_iban:
            return self.by_iban[booking.counterparty_iban], "iban"
        payer = name_tokens(booking.counterparty_name)
        if not payer:
            return [], ""
        rarest = min(payer, key=lambda t: len(self.by_token.get(t, ())))
        found = [
            customer_id
            for customer_id, tokens in self.by_token.get(rarest, ())
            if names_match(tokens, payer)
        ]
        if not found:
            # The customer's name may hold a word the payer's lacks: try every word.
            found = sorted(
                {
                    customer_id
                    for token in payer
                    for customer_id, tokens in self.by_token.get(token, ())
                    if names_match(tokens, payer)
                }
            )
        return found, "name" if found else ""

    def _by_customer(self, booking: BankBooking) -> Proposal | None:
        customer_ids, how = self._customers_of(booking)
        if not customer_ids:
            return None
        by_iban = how == "iban"
        exact = tr("Amount and IBAN") if by_iban else tr("Amount and name")
        # Exactly one invoice of these customers with this amount (or with its Skonto).
        candidates = [
            i for c in customer_ids for i in self.by_customer.get(c, ()) if self.open_of(i) > ZERO
        ]
        for invoice in candidates:
            if self.open_of(invoice) == booking.amount:
                return self._on_one(booking, invoice, exact, certain=False)
        for invoice in candidates:
            if self._skonto_amount(invoice, booking.booking_date) == booking.amount:
                return self._on_one(booking, invoice, exact, certain=False)
        if len(customer_ids) != 1:
            return None
        customer_id = customer_ids[0]
        if not candidates:
            return Proposal(
                booking,
                (Allocation(customer_id, None, booking.amount),),
                Confidence.LOW,
                tr("IBAN of the customer, nothing open: credit")
                if by_iban
                else tr("Name of the customer, nothing open: credit"),
                self.customers[customer_id].name,
            )
        # Several invoices of the customer together (oldest first), or a part.
        reason = (
            tr("IBAN of the customer; the amount differs")
            if by_iban
            else tr("Name of the customer; the amount differs")
        )
        return self._on_several(booking, candidates, reason, certain=False, exact=exact)

    def _by_amount_alone(self, booking: BankBooking) -> Proposal | None:
        same = [i for i in self.by_amount.get(booking.amount, ()) if self.open_of(i) == i.open]
        if len(same) != 1:
            return None
        invoice = same[0]
        return Proposal(
            booking,
            (
                Allocation(
                    invoice.customer_id, invoice.document_id, booking.amount, False, invoice.number
                ),
            ),
            Confidence.LOW,
            tr("Amount only (the only open invoice of this amount)"),
            invoice.customer_name,
        )

    # --- allocation ---

    def _skonto_amount(self, invoice: OpenInvoice, on: date) -> Decimal | None:
        if self.taken[invoice.document_id]:
            return None
        return invoice.with_skonto(on)

    def _on_one(
        self, booking: BankBooking, invoice: OpenInvoice, reason: str, *, certain: bool
    ) -> Proposal:
        amount = booking.amount
        still_open = self.open_of(invoice)
        skonto = False
        if amount == still_open:
            confidence = Confidence.HIGH if certain else Confidence.MEDIUM
        elif amount == self._skonto_amount(invoice, booking.booking_date):
            skonto = True
            confidence = Confidence.HIGH if certain else Confidence.MEDIUM
            reason += tr(", with Skonto")
        elif amount < still_open:
            confidence = Confidence.MEDIUM if certain else Confidence.LOW
            reason += tr(", partial payment")
        else:
            confidence = Confidence.MEDIUM if certain else Confidence.LOW
            reason += tr(", overpayment kept as credit")
        allocation = Allocation(
            invoice.customer_id, invoice.document_id, amount, skonto, invoice.number
        )
        return Proposal(booking, (allocation,), confidence, reason, invoice.customer_name)

    def _on_several(
        self,
        booking: BankBooking,
        invoices: list[OpenInvoice],
        reason: str,
        *,
        certain: bool,
        exact: str = "",
    ) -> Proposal:
        """Oldest first, each in full (with its Skonto where that is what adds up), the last
        gets the rest (a part, or more: kept as credit)."""
        on = booking.booking_date
        running = ZERO
        for count, invoice in enumerate(invoices, 1):
            # The oldest invoices that add up to the amount, where some do.
            running += self.open_of(invoice)
            if running == booking.amount:
                invoices = invoices[:count]
                break
        rest = booking.amount
        full = sum((self.open_of(i) for i in invoices), ZERO)
        with_skonto = sum((self._skonto_amount(i, on) or self.open_of(i) for i in invoices), ZERO)
        use_skonto = rest == with_skonto and rest != full
        allocations = []
        for index, invoice in enumerate(invoices):
            if rest <= ZERO:
                break
            due = self.open_of(invoice)
            skonto_due = self._skonto_amount(invoice, on) if use_skonto else None
            share = skonto_due if skonto_due is not None else due
            last = index == len(invoices) - 1
            part = rest if last or rest < share else share
            allocations.append(
                Allocation(
                    invoice.customer_id,
                    invoice.document_id,
                    part,
                    skonto_due is not None and part == skonto_due,
                    invoice.number,
                )
            )
            rest -= part
        sums_up = booking.amount in (full, with_skonto)
        if len(allocations) > 1 and sums_up:
            reason = (exact or reason) + tr(", several invoices")
            confidence = Confidence.HIGH if certain else Confidence.MEDIUM
        elif sums_up:
            confidence = Confidence.HIGH if certain else Confidence.MEDIUM
        else:
            confidence = Confidence.MEDIUM if certain else Confidence.LOW
            reason += (
                tr(", overpayment kept as credit")
                if booking.amount > full
                else tr(", partial payment")
            )
        return Proposal(booking, tuple(allocations), confidence, reason, invoices[0].customer_name)
