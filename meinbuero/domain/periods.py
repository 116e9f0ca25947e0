"""Periods a list can be limited to ("Dieser Monat", "Letztes Quartal", …) as date ranges."""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum


class Period(StrEnum):
    """The choices of a list's period filter, in the order the combo box shows them."""

    ALL = "all"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_QUARTER = "this_quarter"
    LAST_QUARTER = "last_quarter"
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"
    CUSTOM = "custom"


def _month_start(year: int, month: int) -> date:
    # month may run past 12 or below 1: carried into the year
    year += (month - 1) // 12
    month = (month - 1) % 12 + 1
    return date(year, month, 1)


def _months(start: date, count: int) -> tuple[date, date]:
    """``count`` months from ``start`` (the first of a month): first and last day."""
    end = _month_start(start.year, start.month + count) - timedelta(days=1)
    return start, end


def period_range(
    period: Period | str,
    *,
    today: date,
    custom: tuple[date | None, date | None] = (None, None),
) -> tuple[date | None, date | None]:
    """First and last day (both included) of ``period`` as seen on ``today``.

    ``ALL`` has no bounds; ``CUSTOM`` is the ``custom`` range as given (a bound may be open).
    """
    period = Period(period)
    if period is Period.ALL:
        return None, None
    if period is Period.CUSTOM:
        return custom
    if period is Period.THIS_MONTH:
        return _months(date(today.year, today.month, 1), 1)
    if period is Period.LAST_MONTH:
        return _months(_month_start(today.year, today.month - 1), 1)
    quarter_month = (today.month - 1) // 3 * 3 + 1
    if period is Period.THIS_QUARTER:
        return _months(date(today.year, quarter_month, 1), 3)
    if period is Period.LAST_QUARTER:
        return _months(_month_start(today.year, quarter_month - 3), 3)
    if period is Period.THIS_YEAR:
        return date(today.year, 1, 1), date(today.year, 12, 31)
    return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)  # LAST_YEAR


__all__ = ["Period", "period_range"]
