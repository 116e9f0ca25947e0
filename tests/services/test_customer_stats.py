"""The Statistik tab's figures on the hand-made story of tests/stats_data.py (expected values
worked out there by hand), and the documents behind each figure."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D  # noqa: N817 (short in the sums)

import pytest

from meinbuero.services import customer_stats
from meinbuero.services.customer_stats import Figure
from meinbuero.store.database import Database
from tests.sales_data import add_customer
from tests.stats_data import Story, make_story


@pytest.fixture
def story(database: Database) -> Story:
    return make_story(database)


def test_the_figures_of_a_customer(database: Database, story: Story) -> None:
    with database.sessions() as session:
        figures = customer_stats.figures(session, story.customer_id)
    # oc1 (with its invoice inv1), inv2, inv4, oc2, inv5; inv3 is cancelled.
    assert figures.orders == 5
    assert figures.revenue_by_year == {2025: D("250.00"), 2026: D("500.00")}
    assert figures.revenue_total == D("750.00")
    # inv5: 238,00 − 38,00 − 143,00 (the 10,00 were undone).
    assert (figures.open_invoices, figures.open_amount) == (1, D("57.00"))
    assert figures.credit == D("25.00")
    # inv1 5 days, inv2 40 days, inv4 18 days: 63 / 3.
    assert (figures.paid_invoices, figures.days_to_payment) == (3, D("21.0"))
    assert figures.last_order == date(2026, 5, 1)
    assert figures.first_invoice == date(2025, 3, 20)
    # Beratung: 2 + 1 − 1 + 3; Kabel: 5 + 10 − 10 + 20 (the confirmations do not count).
    assert [(a.name, a.quantity, a.revenue) for a in figures.top_articles] == [
        ("Beratung", D("5.000"), D("500.00")),
        ("Kabel", D("25.000"), D("250.00")),
    ]


def test_revenue_by_month_counts_the_cancellation_in_its_own_month(
    database: Database, story: Story
) -> None:
    with database.sessions() as session:
        months = customer_stats.revenue_by_month(session, story.customer_id, 2026)
        empty = customer_stats.revenue_by_month(session, story.customer_id, 2024)
    assert months[1] == D("500.00")  # February: inv3 200 + inv4 300
    assert months[2] == D("-200.00")  # March: the cancellation of inv3
    assert months[4] == D("200.00")  # May: inv5
    assert sum(months, D(0)) == D("500.00")
    assert empty == [D("0.00")] * 12


def test_the_documents_behind_each_figure(database: Database, story: Story) -> None:
    s = story
    with database.sessions() as session:

        def behind(figure: Figure, **kw: int) -> list[int]:
            return customer_stats.documents(session, s.customer_id, figure, **kw)

        assert behind(Figure.ORDERS) == [s.oc1, s.inv2, s.inv4, s.oc2, s.inv5]
        assert behind(Figure.LAST_ORDER) == [s.inv5]
        assert behind(Figure.FIRST_INVOICE) == [s.inv1]
        assert behind(Figure.REVENUE) == [s.inv1, s.inv2, s.inv3, s.inv4, s.cancellation, s.inv5]
        assert behind(Figure.REVENUE, year=2025) == [s.inv1, s.inv2]
        assert behind(Figure.REVENUE, year=2026, month=3) == [s.cancellation]
        assert behind(Figure.REVENUE, year=2026, month=12) == []
        assert behind(Figure.OPEN_INVOICES) == [s.inv5]
        assert behind(Figure.DAYS_TO_PAYMENT) == [s.inv1, s.inv2, s.inv4]
        assert behind(Figure.ARTICLE, article_id=s.kabel) == [
            s.inv2,
            s.inv3,
            s.cancellation,
            s.inv5,
        ]
        # The credit came from the cancelled inv3 and the overpaid inv4 and was used for inv5.
        assert behind(Figure.CREDIT) == [s.inv3, s.inv4, s.inv5]


def test_a_customer_without_documents(database: Database, story: Story) -> None:
    with database.sessions.begin() as session:
        other = add_customer(session)
    with database.sessions() as session:
        figures = customer_stats.figures(session, other)
        assert customer_stats.documents(session, other, Figure.ORDERS) == []
    assert figures.orders == 0 and figures.revenue_by_year == {}
    assert (figures.open_invoices, figures.open_amount, figures.credit) == (0, D(0), D(0))
    assert figures.days_to_payment is None and figures.last_order is None
    assert figures.first_invoice is None and figures.top_articles == []
