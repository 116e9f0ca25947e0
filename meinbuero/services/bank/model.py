"""One shape for every bank file: a statement of bookings, whatever format it came in."""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import lru_cache

from schwifty import IBAN
from schwifty.exceptions import SchwiftyException

from meinbuero.services.importing.readers import ImportFailed

# References a bank writes where it has none; they say nothing about the booking.
NO_REFERENCE = frozenset({"", "NONREF", "NOTPROVIDED", "NOT PROVIDED", "NONE", "0"})
# Payment.bank_reference holds at most 200 characters.
REFERENCE_LENGTH = 200


class StatementError(ImportFailed):
    """The file cannot be read as a bank statement; the message is one sentence for the
    user (an :class:`ImportFailed`, as every import's)."""


@dataclass(frozen=True)
class BankBooking:
    """A booked transaction of the account: money in (positive) or out (negative)."""

    booking_date: date
    value_date: date | None
    amount: Decimal
    currency: str
    counterparty_name: str
    counterparty_iban: str
    remittance: str
    end_to_end_id: str = ""
    #: The bank's own reference (CAMT AcctSvcrRef, else NtryRef), "" where it gives none.
    bank_ref: str = ""
    #: The bank's booking text ("SEPA-Gutschrift", "Lastschrift Einzug", …).
    booking_text: str = ""
    direct_debit: bool = False
    #: The bank took back an earlier booking (CAMT RvslInd).
    reversal: bool = False
    #: Unique and stable per booking: the same booking read again from this or a later
    #: statement has the same reference (see :func:`with_references`).
    bank_reference: str = ""

    @property
    def is_credit(self) -> bool:
        return self.amount > 0 and not self.reversal


@dataclass
class Statement:
    """What a file held: its format (as the user knows it), the account, the bookings."""

    format_name: str
    account_iban: str
    bookings: list[BankBooking]
    warnings: list[str] = field(default_factory=list)


@lru_cache(maxsize=8192)
def normalised_iban(text: str) -> str:
    """An IBAN in compact form when it is one (schwifty checks it), else ""."""
    compact = "".join(text.split()).upper()
    if len(compact) < 15 or not compact[:2].isalpha():
        return ""
    try:
        return str(IBAN(compact).compact)
    except SchwiftyException:
        return ""


def without_placeholder(reference: str) -> str:
    """A reference, "" for the placeholders banks write where there is none."""
    return "" if reference.strip().upper() in NO_REFERENCE else reference.strip()


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def with_references(account: str, bookings: list[BankBooking]) -> list[BankBooking]:
    """The bookings with their ``bank_reference``.

    Where the bank gives a reference that is unique in the file, it is the account and that
    reference. Otherwise a hash of what the booking says (account, date, amount, counterparty,
    text) and how many identical bookings came before it in the file: two equal transfers on
    one day are two bookings, and a later statement listing the same day again gives them the
    same references (it lists the day's bookings in full, as statements do).
    """
    account = account or "?"
    refs = Counter(b.bank_ref for b in bookings if b.bank_ref.upper() not in NO_REFERENCE)
    seen: Counter[str] = Counter()
    result = []
    for booking in bookings:
        ref = booking.bank_ref
        if ref.upper() not in NO_REFERENCE and refs[ref] == 1:
            reference = f"{account}:{ref}"
            if len(reference) > REFERENCE_LENGTH:
                reference = f"{account}:#{_digest(ref)}"
        else:
            content = _digest(
                account,
                booking.booking_date.isoformat(),
                str(booking.amount),
                booking.counterparty_iban,
                booking.counterparty_name,
                booking.remittance,
                booking.end_to_end_id,
                ref,
            )
            reference = f"{account}:h{content}-{seen[content]}"
            seen[content] += 1
        result.append(replace(booking, bank_reference=reference))
    return result
