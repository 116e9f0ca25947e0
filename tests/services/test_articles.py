"""Articles through the service, on a real company file."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from meinbuero.services import articles
from meinbuero.services.articles import ArticleInput, ArticleQuery
from meinbuero.services.errors import InvalidInput, Refused
from meinbuero.store.database import Database


def save(database: Database, data: ArticleInput, article_id: int | None = None) -> int:
    with database.sessions.begin() as session:
        return articles.save_article(session, article_id, data)


def test_new_articles_take_numbers_from_their_range(database: Database) -> None:
    first = save(database, ArticleInput(name="Beratung", unit="Std.", unit_price="95,00"))
    second = save(database, ArticleInput(name="Fachbuch", unit_price="39,9", vat_rate="7 %"))
    own = save(database, ArticleInput(number="X-1", name="Kabel", unit="lfm", unit_price="1,2345"))
    with database.sessions() as session:
        rows = articles.article_rows(session, [first, second, own])
    assert [(r.number, r.unit, r.unit_price, r.vat_rate) for r in rows.values()] == [
        ("A1001", "HUR", Decimal("95"), Decimal("19")),
        ("A1002", "C62", Decimal("39.9"), Decimal("7")),
        ("X-1", "MTR", Decimal("1.2345"), Decimal("19")),
    ]
    assert rows[first].unit_label == "Stunde"


def test_refused_input_names_every_field(database: Database) -> None:
    bad = ArticleInput(name=" ", unit="Fass", unit_price="1,23456", vat_rate="119")
    with pytest.raises(InvalidInput) as raised:
        save(database, bad)
    assert raised.value.fields() == {"Name", "Einheit", "Nettopreis (€)", "USt.-Satz (%)"}
    save(database, ArticleInput(number="A1", name="Eins"))
    with pytest.raises(InvalidInput, match="a1 ist schon vergeben"):
        save(database, ArticleInput(number="a1", name="Zwei"))


def test_list_searches_filters_and_sorts_in_sql(database: Database) -> None:
    ids = [
        save(database, ArticleInput(name=name, unit_price=price, group=group))
        for name, price, group in (
            ("Würfelzucker", "3,00", "Lebensmittel"),
            ("Wuerfelbecher", "12,00", "Spiele"),
            ("Brett", "25,00", "Spiele"),
        )
    ]
    with database.sessions.begin() as session:
        assert articles.article_ids(session, ArticleQuery(text="würfel", sort="name")) == [
            ids[1],
            ids[0],
        ]
        assert articles.article_ids(session, ArticleQuery(group="Spiele")) == ids[1:]
        by_price = ArticleQuery(sort="unit_price", descending=True)
        assert articles.article_ids(session, by_price) == [ids[2], ids[1], ids[0]]
        articles.archive_article(session, ids[2])
        assert ids[2] not in articles.article_ids(session, ArticleQuery())
        assert ids[2] in articles.article_ids(session, replace(ArticleQuery(), archived=True))
        assert articles.article_groups(session) == ["Lebensmittel", "Spiele"]
        assert [r.id for r in articles.find_articles(session, "A1002")] == [ids[1]]


def test_an_article_in_use_is_archived_not_deleted(database: Database) -> None:
    from meinbuero.services import sales
    from tests.sales_data import add_customer, invoice_input

    article_id = save(database, ArticleInput(name="Wartung", unit_price="80"))
    spare = save(database, ArticleInput(name="Ungenutzt"))
    with database.sessions.begin() as session:
        customer_id = add_customer(session)
        data = invoice_input(session, customer_id)
        data.lines.append(sales.line_from_article(session, article_id, customer_id=customer_id))
        sales.save_draft(session, None, data)
    with database.sessions.begin() as session:
        with pytest.raises(Refused, match="archivieren"):
            articles.delete_article(session, article_id)
        articles.delete_article(session, spare)
        assert articles.article_ids(session, ArticleQuery()) == [article_id]
