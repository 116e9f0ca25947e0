"""Verzugszinsen per day across changes of the Basiszinssatz (§ 288, § 247 BGB)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D  # noqa: N817

import pytest

from meinbuero.domain.interest import (
    BASE_RATES,
    POINTS_BUSINESS,
    POINTS_CONSUMER,
    base_rate_on,
    late_interest,
    merged_rates,
)


def test_the_known_rates() -> None:
    assert base_rate_on(date(2023, 12, 31)) == D("3.12")
    assert base_rate_on(date(2024, 1, 1)) == D("3.62")
    assert base_rate_on(date(2024, 7, 1)) == D("3.37")
    assert base_rate_on(date(2025, 1, 1)) == D("2.27")
    assert base_rate_on(date(2025, 7, 1)) == D("1.27")
    assert base_rate_on(date(2020, 5, 5)) == D("-0.88")
    with pytest.raises(ValueError):
        base_rate_on(date(2001, 12, 31))


def test_1000_euro_b2b_from_mid_december_2023_to_mid_january_2024() -> None:
    # Due 15.12.2023: interest from 16.12.2023 to 15.01.2024 (both included) = 31 days.
    # 16.–31.12.2023: 16 days at 3,12 + 9 = 12,12 %: 1000 × 0,1212 × 16/365 = 5,312876…
    # 01.–15.01.2024: 15 days at 3,62 + 9 = 12,62 %: 1000 × 0,1262 × 15/365 = 5,186301…
    # together 10,499178… → 10,50 € (rounded once, not 5,31 + 5,19 = 10,50 by luck only).
    result = late_interest(
        balances=[(date(2023, 12, 15), D("1000.00"))],
        first=date(2023, 12, 16),
        last=date(2024, 1, 15),
        points=POINTS_BUSINESS,
    )
    assert result.total == D("10.50")
    assert [(p.first, p.last, p.days, p.rate) for p in result.periods] == [
        (date(2023, 12, 16), date(2023, 12, 31), 16, D("12.12")),
        (date(2024, 1, 1), date(2024, 1, 15), 15, D("12.62")),
    ]
    details = result.to_json()
    assert details[0]["interest"] == "5.31" and details[1]["interest"] == "5.19"


def test_consumer_points_and_rounding_once() -> None:
    # 1.234,56 € for 45 days at 2,27 + 5 = 7,27 %: 1234,56 × 0,0727 × 45 / 365 = 11,0655… → 11,07
    result = late_interest(
        balances=[(date(2025, 1, 1), D("1234.56"))],
        first=date(2025, 2, 1),
        last=date(2025, 3, 17),
        points=POINTS_CONSUMER,
    )
    assert result.periods[0].days == 45
    assert result.total == D("11.07")


def test_negative_base_rate_is_added_as_it_is() -> None:
    # 2020: Basiszinssatz −0,88 %; B2B 9 points → 8,12 %. 10.000 € × 0,0812 × 10/365 = 22,246…
    result = late_interest(
        balances=[(date(2020, 1, 1), D("10000.00"))],
        first=date(2020, 3, 1),
        last=date(2020, 3, 10),
        points=POINTS_BUSINESS,
    )
    assert result.periods[0].rate == D("8.12")
    assert result.total == D("22.25")


def test_a_partial_payment_lowers_the_amount_from_its_day() -> None:
    # 1.000 € from 01.02.2025; 400 € paid on 11.02.2025: 10 days on 1.000, 10 days on 600,
    # all at 2,27 + 9 = 11,27 %: (1000 × 10 + 600 × 10) × 0,1127 / 365 = 4,9403… → 4,94
    result = late_interest(
        balances=[(date(2025, 1, 31), D("1000.00")), (date(2025, 2, 11), D("600.00"))],
        first=date(2025, 2, 1),
        last=date(2025, 2, 20),
        points=POINTS_BUSINESS,
    )
    assert [(p.days, p.amount) for p in result.periods] == [(10, D("1000.00")), (10, D("600.00"))]
    assert result.total == D("4.94")


def test_an_unchanged_rate_is_one_line_and_added_rates_count() -> None:
    # 1 January 2026 "changed" 1,27 % to 1,27 %: one line from 2025 into 2026.
    result = late_interest(
        balances=[(date(2025, 12, 1), D("500.00"))],
        first=date(2025, 12, 20),
        last=date(2026, 1, 10),
        points=POINTS_BUSINESS,
    )
    assert len(result.periods) == 1 and result.periods[0].days == 22
    rates = merged_rates([(date(2026, 1, 1), D("2.00"))])
    assert rates[-1] == (date(2026, 1, 1), D("2.00")) and len(rates) == len(BASE_RATES)
    split = late_interest(
        balances=[(date(2025, 12, 1), D("500.00"))],
        first=date(2025, 12, 20),
        last=date(2026, 1, 10),
        points=POINTS_BUSINESS,
        rates=rates,
    )
    assert [p.rate for p in split.periods] == [D("10.27"), D("11.00")]


def test_nothing_before_it_starts() -> None:
    assert late_interest(
        balances=[(date(2025, 1, 1), D("100"))],
        first=date(2025, 2, 2),
        last=date(2025, 2, 1),
        points=POINTS_BUSINESS,
    ).total == D("0.00")
