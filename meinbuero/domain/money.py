"""Money the EN 16931 way: line nets, the tax breakdown per rate, totals, Skonto.

Every amount is a :class:`~decimal.Decimal`; nothing here ever sees a float. The rules
(SALES.md "Money", EN 16931 BR-CO-10/13/15/17):

- a line's net = quantity × unit price rounded to cents, minus the line discount (that
  amount × percent, rounded to cents);
- per VAT category and rate, the tax base is the sum of the line nets, and the tax is that base ×
  rate, rounded **once** (never the sum of rounded per-line taxes);
- the grand total is the sum of the bases plus the sum of the taxes.

Rounding is half up (kaufmännisch).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
HUNDRED = Decimal(100)
# Quantities carry 3 decimals, unit prices 4, percentages 2 (SALES.md "Money").
QUANTITY_PLACES = 3
PRICE_PLACES = 4
PERCENT_PLACES = 2


class TaxCategory(StrEnum):
    """VAT category codes of EN 16931 (UNCL 5305)."""

    STANDARD = "S"
    ZERO_RATED = "Z"
    EXEMPT = "E"
    REVERSE_CHARGE = "AE"
    INTRA_EU = "K"
    EXPORT = "G"
    OUTSIDE_SCOPE = "O"


class TaxCase(StrEnum):
    """How a document is taxed as a whole."""

    STANDARD = "standard"
    SMALL_BUSINESS = "small_business"  # Kleinunternehmer, §19 UStG
    REVERSE_CHARGE = "reverse_charge"  # §13b UStG
    INTRA_EU = "intra_eu"  # innergemeinschaftliche Lieferung, §4 Nr. 1b, §6a UStG
    EXPORT = "export"  # Ausfuhr in ein Drittland, §4 Nr. 1a, §6 UStG


# The category every line of a document gets when the document's tax case is not STANDARD.
CASE_CATEGORY = {
    TaxCase.SMALL_BUSINESS: TaxCategory.EXEMPT,
    TaxCase.REVERSE_CHARGE: TaxCategory.REVERSE_CHARGE,
    TaxCase.INTRA_EU: TaxCategory.INTRA_EU,
    TaxCase.EXPORT: TaxCategory.EXPORT,
}


def cents(value: Decimal) -> Decimal:
    """Round to cents, half up."""
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def quantize(value: Decimal, places: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def line_category(tax_case: str, vat_rate: Decimal) -> TaxCategory:
    """The VAT category of a line: from the document's tax case, else S (or Z at 0 %)."""
    case_category = CASE_CATEGORY.get(TaxCase(tax_case))
    if case_category is not None:
        return case_category
    return TaxCategory.STANDARD if vat_rate > 0 else TaxCategory.ZERO_RATED


def effective_rate(tax_case: str, vat_rate: Decimal) -> Decimal:
    """The rate charged: the line's rate in the standard case, 0 % in every other."""
    return vat_rate if tax_case == TaxCase.STANDARD else Decimal(0)


@dataclass(frozen=True)
class LineAmounts:
    """A line's money: the gross of quantity × price, the discount, and the net."""

    base: Decimal
    discount: Decimal
    net: Decimal


def line_amounts(quantity: Decimal, unit_price: Decimal, discount_percent: Decimal) -> LineAmounts:
    """A line's net the EN 16931 way (BT-131 = quantity × price − allowance BT-136)."""
    base = cents(quantity * unit_price)
    discount = cents(base * discount_percent / HUNDRED) if discount_percent else ZERO
    return LineAmounts(base=base, discount=discount, net=base - discount)


@dataclass(frozen=True)
class TaxLine:
    """One row of the tax breakdown: a category and rate, its base and its tax."""

    category: TaxCategory
    rate: Decimal
    base: Decimal
    tax: Decimal


@dataclass(frozen=True)
class PricedLine:
    """What the totals need of a line: its net, category and rate (optional lines excluded)."""

    net: Decimal
    category: TaxCategory
    rate: Decimal


@dataclass(frozen=True)
class Totals:
    net: Decimal
    tax: Decimal
    gross: Decimal
    breakdown: tuple[TaxLine, ...] = field(default_factory=tuple)


def totals(lines: Iterable[PricedLine]) -> Totals:
    """The tax breakdown (one row per category and rate, highest rate first) and the totals."""
    bases: dict[tuple[TaxCategory, Decimal], Decimal] = {}
    for line in lines:
        key = (line.category, line.rate.normalize())
        bases[key] = bases.get(key, ZERO) + line.net
    breakdown = tuple(
        TaxLine(category=category, rate=rate, base=base, tax=cents(base * rate / HUNDRED))
        for (category, rate), base in sorted(
            bases.items(), key=lambda item: (-item[0][1], item[0][0])
        )
    )
    net = sum((t.base for t in breakdown), ZERO)
    tax = sum((t.tax for t in breakdown), ZERO)
    return Totals(net=net, tax=tax, gross=net + tax, breakdown=breakdown)


@dataclass(frozen=True)
class SkontoPart:
    """The Skonto of one tax rate: how much of the discount is net and how much tax."""

    category: TaxCategory
    rate: Decimal
    gross: Decimal
    net: Decimal
    tax: Decimal


def skonto_amount(gross: Decimal, percent: Decimal) -> Decimal:
    """The early payment discount on a gross amount, in cents."""
    return cents(gross * percent / HUNDRED)


def skonto_split(document: Totals, percent: Decimal) -> tuple[SkontoPart, ...]:
    """The Skonto divided by tax rate (a payment with Skonto reduces each rate's tax).

    Each rate's part is its gross × percent, rounded to cents; the tax in it is that part ×
    rate / (100 + rate). The parts add up to :func:`skonto_amount` of the document; a cent lost
    to rounding goes to the largest part.
    """
    parts: list[SkontoPart] = []
    for line in document.breakdown:
        part_gross = skonto_amount(line.base + line.tax, percent)
        part_tax = cents(part_gross * line.rate / (HUNDRED + line.rate))
        parts.append(
            SkontoPart(line.category, line.rate, part_gross, part_gross - part_tax, part_tax)
        )
    difference = skonto_amount(document.gross, percent) - sum((p.gross for p in parts), ZERO)
    if difference and parts:
        index = max(range(len(parts)), key=lambda i: parts[i].gross)
        part = parts[index]
        gross = part.gross + difference
        tax = cents(gross * part.rate / (HUNDRED + part.rate))
        parts[index] = SkontoPart(part.category, part.rate, gross, gross - tax, tax)
    return tuple(parts)
