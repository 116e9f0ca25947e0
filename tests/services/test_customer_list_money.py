"""The customer list's money columns: computed in SQL for the rows asked, sortable in SQL."""

from __future__ import annotations

from datetime import date

from meinbuero.services.customer_list import fetch_rows, money_figures
from meinbuero.store.database import Database
from meinbuero.store.listing import ListQuery, customer_ids
from tests.sales_data import add_customer
from tests.stats_data import make_story


def test_money_columns_of_the_story(database: Database) -> None:
    story = make_story(database)
    with database.sessions.begin() as session:
        other = add_customer(session)
    with database.sessions() as session:
        figures = money_figures(session, [story.customer_id, other], date(2026, 12, 6))
        plain = fetch_rows(session, [story.customer_id])[story.customer_id]
        rich = fetch_rows(session, [story.customer_id], with_money=True)[story.customer_id]
    # 2026: inv3 200 + inv4 300 − 200 (cancellation) + inv5 200; 2025: inv1 200 + inv2 50.
    assert figures == {
        story.customer_id: {
            "revenue_this_year": "500,00 €",
            "revenue_last_year": "250,00 €",
            "open_amount": "57,00 €",
            "last_invoice": "01.05.2026",
        }
    }
    assert plain.revenue_this_year == "" and rich.revenue_this_year == "500,00 €"
    assert rich.last_invoice == "01.05.2026"


def test_the_list_sorts_by_the_money_columns(database: Database) -> None:
    story = make_story(database)
    with database.sessions.begin() as session:
        other = add_customer(session)
    with database.sessions() as session:
        for key in ("revenue_this_year", "revenue_last_year", "open_amount", "last_invoice"):
            ids = customer_ids(session.connection(), ListQuery(sort=key, descending=True))
            # SQL puts the customer without documents (NULL) last when descending.
            assert ids == [story.customer_id, other], key
            ascending = customer_ids(session.connection(), ListQuery(sort=key))
            assert ascending == [other, story.customer_id], key
