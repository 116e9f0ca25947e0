"""The period filter's date ranges, on fixed days."""

from __future__ import annotations

from datetime import date

import pytest

from meinbuero.domain.periods import Period, period_range

D = date


@pytest.mark.parametrize(
    ("period", "today", "expected"),
    [
        (Period.ALL, D(2026, 1, 15), (None, None)),
        (Period.THIS_MONTH, D(2026, 1, 15), (D(2026, 1, 1), D(2026, 1, 31))),
        (Period.THIS_MONTH, D(2024, 2, 29), (D(2024, 2, 1), D(2024, 2, 29))),
        (Period.LAST_MONTH, D(2026, 1, 15), (D(2025, 12, 1), D(2025, 12, 31))),
        (Period.LAST_MONTH, D(2026, 3, 31), (D(2026, 2, 1), D(2026, 2, 28))),
        (Period.THIS_QUARTER, D(2026, 1, 15), (D(2026, 1, 1), D(2026, 3, 31))),
        (Period.THIS_QUARTER, D(2026, 12, 31), (D(2026, 10, 1), D(2026, 12, 31))),
        (Period.LAST_QUARTER, D(2026, 1, 15), (D(2025, 10, 1), D(2025, 12, 31))),
        (Period.LAST_QUARTER, D(2026, 5, 1), (D(2026, 1, 1), D(2026, 3, 31))),
        (Period.LAST_QUARTER, D(2026, 9, 30), (D(2026, 4, 1), D(2026, 6, 30))),
        (Period.THIS_YEAR, D(2026, 1, 15), (D(2026, 1, 1), D(2026, 12, 31))),
        (Period.LAST_YEAR, D(2026, 1, 15), (D(2025, 1, 1), D(2025, 12, 31))),
    ],
)
def test_period_ranges(
    period: Period, today: date, expected: tuple[date | None, date | None]
) -> None:
    assert period_range(period, today=today) == expected


def test_custom_range_is_taken_as_given() -> None:
    chosen = (D(2025, 3, 5), D(2025, 4, 1))
    assert period_range("custom", today=D(2026, 1, 15), custom=chosen) == chosen
    assert period_range(Period.CUSTOM, today=D(2026, 1, 15), custom=(None, D(2025, 1, 1))) == (
        None,
        D(2025, 1, 1),
    )
