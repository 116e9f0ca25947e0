"""Verzugszinsen (§ 288 BGB): interest on a late payment, per day, across changes of the
Basiszinssatz (§ 247 BGB).

The rate is the Basiszinssatz plus 9 percentage points between businesses (§ 288 Abs. 2) or
5 points where a consumer is involved (§ 288 Abs. 1). It is the Basiszinssatz *plus* the points
even when the Basiszinssatz is negative (as from 2013 to 2022: −0,88 % + 9 = 8,12 %); the law
sets no floor, and courts computed it so.

How it is computed here:

- the period runs from the day after the due date (Verzug starts the day after, § 187 Abs. 1
  BGB) up to and including the day of the calculation (the letter's date);
- it is split wherever the Basiszinssatz changes (1 January, 1 July) and wherever the open
  amount changes (a partial payment counts from the day it was booked);
- each piece: amount × (Basiszinssatz + points) / 100 × days / 365 — the day count the German
  interest calculators and courts use for Verzugszinsen ("actual/365": calendar days, a year
  of 365 days also in a leap year, § 191 BGB's year);
- the pieces are added unrounded and the sum is rounded once, half up, to cents.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from meinbuero.domain.money import ZERO, cents

HUNDRED = Decimal(100)
DAYS_IN_YEAR = Decimal(365)
POINTS_BUSINESS = Decimal(9)  # § 288 Abs. 2 BGB
POINTS_CONSUMER = Decimal(5)  # § 288 Abs. 1 BGB
FLAT_FEE_BUSINESS = Decimal("40.00")  # § 288 Abs. 5 BGB

#: The Basiszinssatz (§ 247 BGB) from each date on, as the Deutsche Bundesbank announced it.
#: Checked for 1 January 2026 (unchanged at 1,27 %, the ECB's main refinancing rate unchanged at
#: 2,15 % since June 2025); later values are added in Einstellungen > Mahnwesen (the table of
#: the settings extends and overrides this one).
BASE_RATES: tuple[tuple[date, Decimal], ...] = (
    (date(2002, 1, 1), Decimal("2.57")),
    (date(2002, 7, 1), Decimal("2.47")),
    (date(2003, 1, 1), Decimal("1.97")),
    (date(2003, 7, 1), Decimal("1.22")),
    (date(2004, 1, 1), Decimal("1.14")),
    (date(2004, 7, 1), Decimal("1.13")),
    (date(2005, 1, 1), Decimal("1.21")),
    (date(2005, 7, 1), Decimal("1.17")),
    (date(2006, 1, 1), Decimal("1.37")),
    (date(2006, 7, 1), Decimal("1.95")),
    (date(2007, 1, 1), Decimal("2.70")),
    (date(2007, 7, 1), Decimal("3.19")),
    (date(2008, 1, 1), Decimal("3.32")),
    (date(2008, 7, 1), Decimal("3.19")),
    (date(2009, 1, 1), Decimal("1.62")),
    (date(2009, 7, 1), Decimal("0.12")),
    (date(2011, 7, 1), Decimal("0.37")),
    (date(2012, 1, 1), Decimal("0.12")),
    (date(2013, 1, 1), Decimal("-0.13")),
    (date(2013, 7, 1), Decimal("-0.38")),
    (date(2014, 1, 1), Decimal("-0.63")),
    (date(2014, 7, 1), Decimal("-0.73")),
    (date(2015, 1, 1), Decimal("-0.83")),
    (date(2016, 7, 1), Decimal("-0.88")),
    (date(2023, 1, 1), Decimal("1.62")),
    (date(2023, 7, 1), Decimal("3.12")),
    (date(2024, 1, 1), Decimal("3.62")),
    (date(2024, 7, 1), Decimal("3.37")),
    (date(2025, 1, 1), Decimal("2.27")),
    (date(2025, 7, 1), Decimal("1.27")),
    (date(2026, 1, 1), Decimal("1.27")),
)


def merged_rates(
    added: Sequence[tuple[date, Decimal]], base: Sequence[tuple[date, Decimal]] = BASE_RATES
) -> tuple[tuple[date, Decimal], ...]:
    """The table with the user's entries added (an entry of the same date replaces ours)."""
    table = dict(base)
    table.update(dict(added))
    return tuple(sorted(table.items()))


def base_rate_on(day: date, rates: Sequence[tuple[date, Decimal]] = BASE_RATES) -> Decimal:
    """The Basiszinssatz on ``day`` (the last entry starting on or before it)."""
    found = None
    for start, rate in rates:
        if start <= day:
            found = rate
        else:
            break
    if found is None:
        raise ValueError(f"no Basiszinssatz known for {day.isoformat()}")
    return found


@dataclass(frozen=True)
class InterestPeriod:
    """One piece of the calculation: ``first`` to ``last`` (both included)."""

    first: date
    last: date
    days: int
    amount: Decimal  # the open amount the interest is on
    base_rate: Decimal
    rate: Decimal  # base rate + points
    interest: Decimal  # unrounded


@dataclass(frozen=True)
class Interest:
    """The interest and how it was computed."""

    total: Decimal  # rounded once to cents
    points: Decimal
    periods: tuple[InterestPeriod, ...]

    def to_json(self) -> list[dict[str, str | int]]:
        """The periods as plain data (for the dunning notice's ``interest_details``)."""
        return [
            {
                "from": p.first.isoformat(),
                "to": p.last.isoformat(),
                "days": p.days,
                "amount": str(p.amount),
                "base_rate": str(p.base_rate),
                "rate": str(p.rate),
                "interest": str(cents(p.interest)),
            }
            for p in self.periods
        ]


def late_interest(
    *,
    balances: Sequence[tuple[date, Decimal]],
    first: date,
    last: date,
    points: Decimal,
    rates: Sequence[tuple[date, Decimal]] = BASE_RATES,
) -> Interest:
    """Verzugszinsen from ``first`` to ``last`` (both included).

    Args:
        balances: the open amount from each date on, in date order (the first entry applies
            before its date too); a partial payment is a new, smaller balance from its day.
        points: 9 between businesses, 5 towards a consumer.
        rates: the Basiszinssatz table (start date, rate in %).
    """
    if last < first or not balances:
        return Interest(ZERO, points, ())
    changes = {first}
    changes.update(start for start, _ in rates if first < start <= last)
    changes.update(start for start, _ in balances if first < start <= last)
    starts = sorted(changes)
    periods: list[InterestPeriod] = []
    total = Decimal(0)
    for index, start in enumerate(starts):
        end = starts[index + 1] - timedelta(days=1) if index + 1 < len(starts) else last
        amount = _balance_on(start, balances)
        if amount <= ZERO:
            continue
        base = base_rate_on(start, rates)
        rate = base + points
        days = (end - start).days + 1
        interest = amount * rate / HUNDRED * days / DAYS_IN_YEAR if rate > 0 else Decimal(0)
        periods.append(InterestPeriod(start, end, days, amount, base, rate, interest))
        total += interest
    return Interest(cents(total), points, tuple(_joined(periods)))


def _balance_on(day: date, balances: Sequence[tuple[date, Decimal]]) -> Decimal:
    amount = balances[0][1]
    for start, value in balances:
        if start <= day:
            amount = value
    return amount


def _joined(periods: list[InterestPeriod]) -> list[InterestPeriod]:
    """Neighbouring pieces of the same amount and rate as one line (a rate "change" to the same
    value, as on 1 January 2026, is no new line on the letter)."""
    joined: list[InterestPeriod] = []
    for period in periods:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.amount == period.amount
            and previous.rate == period.rate
            and previous.last + timedelta(days=1) == period.first
        ):
            joined[-1] = InterestPeriod(
                previous.first,
                period.last,
                previous.days + period.days,
                period.amount,
                period.base_rate,
                period.rate,
                previous.interest + period.interest,
            )
        else:
            joined.append(period)
    return joined
