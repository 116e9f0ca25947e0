"""Totals the EN 16931 way, checked against sums done by hand."""

from __future__ import annotations

from decimal import Decimal as D  # noqa: N817 (short in the sums)

from meinbuero.domain.money import (
    PricedLine,
    TaxCategory,
    line_amounts,
    skonto_amount,
    skonto_split,
    totals,
)

S = TaxCategory.STANDARD


def test_line_net_rounds_the_base_then_the_discount() -> None:
    # 3 × 65,00 = 195,00; 5 % discount = 9,75; net 185,25
    assert line_amounts(D(3), D("65.00"), D(5)).net == D("185.25")
    # 0,333 × 0,10 = 0,0333 → 0,03
    assert line_amounts(D("0.333"), D("0.10"), D(0)).net == D("0.03")
    # 2,5 × 19,99 = 49,975 → 49,98 (half up); 10 % = 4,998 → 5,00; net 44,98
    amounts = line_amounts(D("2.5"), D("19.99"), D(10))
    assert (amounts.base, amounts.discount, amounts.net) == (D("49.98"), D("5.00"), D("44.98"))


def test_mixed_rates_tax_per_rate_rounded_once() -> None:
    lines = [
        PricedLine(D("100.00"), S, D(19)),
        PricedLine(D("33.33"), S, D(19)),
        PricedLine(D("10.01"), S, D(7)),
        PricedLine(D("10.01"), S, D(7)),
    ]
    result = totals(lines)
    # 19 %: base 133,33 → tax 25,3327 → 25,33; 7 %: base 20,02 → 1,4014 → 1,40
    assert [(t.rate, t.base, t.tax) for t in result.breakdown] == [
        (D(19), D("133.33"), D("25.33")),
        (D(7), D("20.02"), D("1.40")),
    ]
    assert (result.net, result.tax, result.gross) == (D("153.35"), D("26.73"), D("180.08"))


def test_many_tiny_lines_are_not_a_sum_of_rounded_taxes() -> None:
    # 300 lines of 0,333 × 0,10 €: each net 0,03; base 9,00; tax 19 % = 1,71.
    # Summing per-line taxes (0,0057 → 0,01 each) would give 3,00.
    lines = [PricedLine(line_amounts(D("0.333"), D("0.10"), D(0)).net, S, D(19))] * 300
    result = totals(lines)
    assert (result.net, result.tax, result.gross) == (D("9.00"), D("1.71"), D("10.71"))


def test_skonto_amount_and_split_by_rate() -> None:
    result = totals([PricedLine(D("1000.00"), S, D(19)), PricedLine(D("100.00"), S, D(7))])
    assert result.gross == D("1297.00")
    assert skonto_amount(result.gross, D(2)) == D("25.94")
    parts = skonto_split(result, D(2))
    # 19 %: 2 % of 1.190,00 = 23,80 (tax 3,80); 7 %: 2 % of 107,00 = 2,14 (tax 0,14)
    assert [(p.rate, p.gross, p.net, p.tax) for p in parts] == [
        (D(19), D("23.80"), D("20.00"), D("3.80")),
        (D(7), D("2.14"), D("2.00"), D("0.14")),
    ]
    assert sum(p.gross for p in parts) == skonto_amount(result.gross, D(2))


def test_zero_rate_and_exempt_lines_keep_their_own_rows() -> None:
    result = totals(
        [
            PricedLine(D("50.00"), TaxCategory.EXEMPT, D(0)),
            PricedLine(D("20.00"), TaxCategory.ZERO_RATED, D(0)),
        ]
    )
    assert {(t.category, t.base, t.tax) for t in result.breakdown} == {
        (TaxCategory.EXEMPT, D("50.00"), D("0.00")),
        (TaxCategory.ZERO_RATED, D("20.00"), D("0.00")),
    }
    assert result.gross == D("70.00")
