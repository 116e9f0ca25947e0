"""Artikel: products and services with their net price, unit and VAT rate."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.money import PRICE_PLACES
from meinbuero.domain.units import DEFAULT_UNIT, unit_code, unit_labels
from meinbuero.domain.values import format_decimal_de, parse_decimal_de
from meinbuero.i18n import tr
from meinbuero.services import settings
from meinbuero.services.errors import InvalidInput, NotFound, Refused
from meinbuero.store import search
from meinbuero.store.models import Article, SalesLine
from meinbuero.store.types import utcnow

VAT_RATES = (Decimal(19), Decimal(7), Decimal(0))
RANGE_KEY = "article"

__all__ = ["unit_labels"]


def labels() -> dict[str, str]:
    return {
        "number": tr("Article number"),
        "name": tr("Name"),
        "description": tr("Description"),
        "unit": tr("Unit"),
        "unit_price": tr("Net price (€)"),
        "vat_rate": tr("VAT rate (%)"),
        "group": tr("Article group"),
    }


@dataclass
class ArticleInput:
    """An article as typed (numbers in German notation)."""

    number: str = ""
    name: str = ""
    description: str = ""
    unit: str = DEFAULT_UNIT
    unit_price: str = ""
    vat_rate: str = "19"
    group: str = ""
    archived: bool = False

    @classmethod
    def of(cls, article: Article) -> ArticleInput:
        return cls(
            number=article.number,
            name=article.name,
            description=article.description,
            unit=article.unit,
            unit_price=format_decimal_de(article.unit_price.normalize()),
            vat_rate=format_decimal_de(article.vat_rate.normalize()),
            group=article.article_group,
            archived=article.archived_at is not None,
        )


@dataclass(frozen=True)
class CheckedArticle:
    number: str
    name: str
    description: str
    unit: str
    unit_price: Decimal
    vat_rate: Decimal
    group: str
    archived: bool


def check_article(data: ArticleInput) -> CheckedArticle:
    """The article's values as stored, or InvalidInput naming every refused field."""
    names = labels()
    errors: list[ValidationError] = []
    name = data.name.strip()
    if not name:
        errors.append(ValidationError(names["name"], tr("Please enter a name.")))
    unit = unit_code(data.unit)
    if unit is None:
        errors.append(
            ValidationError(
                names["unit"],
                tr("“{value}” is not a unit the program knows.", value=data.unit.strip()),
            )
        )
    price = Decimal(0)
    try:
        price = parse_decimal_de(data.unit_price, field=names["unit_price"]) or Decimal(0)
        if price.as_tuple().exponent < -PRICE_PLACES:  # type: ignore[operator]
            raise ValidationError(
                names["unit_price"],
                tr("A price has at most {places} decimal places.", places=PRICE_PLACES),
            )
    except ValidationError as error:
        errors.append(error)
    rate = Decimal(19)
    try:
        rate = parse_decimal_de(data.vat_rate, field=names["vat_rate"]) or Decimal(0)
        if not Decimal(0) <= rate < Decimal(100):
            raise ValidationError(names["vat_rate"], tr("A VAT rate lies between 0 and 99 %."))
    except ValidationError as error:
        errors.append(error)
    if errors:
        raise InvalidInput(errors)
    return CheckedArticle(
        number=data.number.strip(),
        name=name,
        description=data.description.strip(),
        unit=unit or DEFAULT_UNIT,
        unit_price=price,
        vat_rate=rate,
        group=data.group.strip(),
        archived=data.archived,
    )


def get_article(session: Session, article_id: int) -> Article:
    article = session.get(Article, article_id)
    if article is None:
        raise NotFound(article_id)
    return article


def article_by_number(session: Session, number: str) -> Article | None:
    return session.scalar(select(Article).where(Article.number == number.strip()))


def _number_taken(session: Session, number: str, *, other_than: int | None = None) -> bool:
    query = select(Article.id).where(func.lower(Article.number) == number.lower())
    if other_than is not None:
        query = query.where(Article.id != other_than)
    return session.scalar(query) is not None


def next_number(session: Session) -> str:
    """The number the next new article would get (shown in the dialog; taken on save)."""
    row = settings.number_range(session, RANGE_KEY)
    candidate = row.next_number
    while True:
        number = f"{row.prefix}{candidate:0{row.width}d}"
        if not _number_taken(session, number):
            return number
        candidate += 1


def save_article(session: Session, article_id: int | None, data: ArticleInput) -> int:
    """Store a new (``article_id`` None) or changed article; returns its id."""
    checked = check_article(data)
    article = Article() if article_id is None else get_article(session, article_id)
    number = checked.number
    if number and _number_taken(session, number, other_than=article_id):
        raise InvalidInput(
            [
                ValidationError(
                    labels()["number"], tr("The article number {number} is taken.", number=number)
                )
            ]
        )
    if not number:
        number = settings.take_number(
            session, RANGE_KEY, is_taken=lambda n: _number_taken(session, n)
        )
    article.number = number
    article.name = checked.name
    article.description = checked.description
    article.unit = checked.unit
    article.unit_price = checked.unit_price
    article.vat_rate = checked.vat_rate
    article.article_group = checked.group
    article.sort_key = search.fold(checked.name)
    if checked.archived and article.archived_at is None:
        article.archived_at = utcnow()
    elif not checked.archived:
        article.archived_at = None
    if article_id is None:
        session.add(article)
    session.flush()
    return article.id


def archive_article(session: Session, article_id: int, *, archived: bool = True) -> None:
    article = get_article(session, article_id)
    article.archived_at = (article.archived_at or utcnow()) if archived else None
    session.flush()


def is_used(session: Session, article_id: int) -> bool:
    return bool(session.scalar(select(exists().where(SalesLine.article_id == article_id))))


def delete_article(session: Session, article_id: int) -> None:
    """Delete an article no document uses; one in use is refused (archive it instead)."""
    article = get_article(session, article_id)
    if is_used(session, article_id):
        raise Refused(
            tr(
                "The article {number} is used in sales documents and cannot be deleted; "
                "archive it instead.",
                number=article.number,
            )
        )
    session.delete(article)
    session.flush()


def article_groups(session: Session) -> list[str]:
    query = (
        select(Article.article_group)
        .where(Article.article_group != "")
        .distinct()
        .order_by(Article.article_group)
    )
    return list(session.scalars(query))


@dataclass
class ArticleQuery:
    text: str = ""
    group: str = ""
    archived: bool = False
    sort: str = "number"
    descending: bool = False


@dataclass(frozen=True)
class ArticleRow:
    id: int
    number: str
    name: str
    unit: str
    unit_label: str
    unit_price: Decimal
    vat_rate: Decimal
    group: str
    archived: bool


def article_sort_keys() -> dict[str, str]:
    """Column key → title of the article list."""
    names = labels()
    return {
        "number": names["number"],
        "name": names["name"],
        "unit": names["unit"],
        "unit_price": names["unit_price"],
        "vat_rate": names["vat_rate"],
        "group": names["group"],
    }


_SORT_COLUMNS = {
    "number": Article.number,
    "name": Article.sort_key,
    "unit": Article.unit,
    "unit_price": Article.unit_price,
    "vat_rate": Article.vat_rate,
    "group": Article.article_group,
}


def article_ids(session: Session, query: ArticleQuery) -> list[int]:
    """The ids of the articles the list shows, in its order (filtered and sorted in SQL)."""
    statement = select(Article.id)
    if not query.archived:
        statement = statement.where(Article.archived_at.is_(None))
    if query.group:
        statement = statement.where(Article.article_group == query.group)
    for word in query.text.split():
        folded = search.fold(word) or word.casefold()
        pattern = f"%{folded}%"
        statement = statement.where(
            or_(
                Article.sort_key.like(pattern),
                func.lower(Article.number).like(f"%{word.casefold()}%"),
                func.lower(Article.article_group).like(f"%{word.casefold()}%"),
            )
        )
    column = _SORT_COLUMNS.get(query.sort, Article.number)
    order = column.desc() if query.descending else column.asc()
    statement = statement.order_by(order, Article.id.desc() if query.descending else Article.id)
    return list(session.scalars(statement))


def article_rows(session: Session, ids: Sequence[int]) -> dict[int, ArticleRow]:
    units = unit_labels()
    rows: dict[int, ArticleRow] = {}
    for article in session.scalars(select(Article).where(Article.id.in_(list(ids)))):
        rows[article.id] = ArticleRow(
            id=article.id,
            number=article.number,
            name=article.name,
            unit=article.unit,
            unit_label=units.get(article.unit, article.unit),
            unit_price=article.unit_price,
            vat_rate=article.vat_rate,
            group=article.article_group,
            archived=article.archived_at is not None,
        )
    return rows


def find_articles(session: Session, text: str, *, limit: int = 20) -> list[ArticleRow]:
    """Articles for picking in a line, as the user types number or name (exact number first)."""
    ids = article_ids(session, ArticleQuery(text=text, sort="number"))
    exact = session.scalar(select(Article.id).where(func.lower(Article.number) == text.lower()))
    if exact is not None and exact in ids:
        ids.remove(exact)
        ids.insert(0, exact)
    ids = ids[:limit]
    rows = article_rows(session, ids)
    return [rows[i] for i in ids]
