"""The customer search index: one FTS5 trigram table, kept in step with the data.

Every customer has one row whose text holds its number, names, company, postcode, city, e-mail
addresses, phone numbers as digits (national and international) and the same of its contact
persons, all *folded*: lower case, umlauts and accents folded, ``ae/oe/ue`` read as ``a/o/u``
and ``ß`` as ``ss``, so that Müller = Mueller = Muller and Straße = Strasse. The trigram
tokenizer makes every part of three characters or more a substring match that uses the index.
A part of two characters is looked for at the start of a word ("ag" finds "AG" and "Agentur",
not "Hagen"): anywhere in a word it would match nearly every customer. As every word in the text
follows a space, the part plus its space is again a trigram the index answers. A query of a
single character finds the names that begin with it, as in an address book; beside other parts
a single character is looked for at word starts too (see ``meinbuero.store.listing``).

The index is written in the same transaction as the data: ``meinbuero.store.events`` calls
:func:`reindex` from the session's flush; bulk writers call :func:`rebuild`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy import ColumnElement, Connection, Integer, bindparam, column, func, or_, text

from meinbuero.domain.phone import PhoneNumber

TABLE = "customer_search"
CREATE_SQL = f"CREATE VIRTUAL TABLE {TABLE} USING fts5(body, tokenize='trigram')"
DROP_SQL = f"DROP TABLE IF EXISTS {TABLE}"
# Sales documents: an external-content index over sales_document.search_text (a body() text),
# kept in step by triggers of migration 0006.
SALES_TABLE = "sales_search"

_NOT_WORD = re.compile(r"[^0-9a-z]+")
_PHONE_QUERY = re.compile(r"^\+?[0-9 ()/.\-]+$")
_DIGRAPHS = (("ae", "a"), ("oe", "o"), ("ue", "u"))
# Letters Unicode does not decompose into a base letter and an accent.
_LETTERS = str.maketrans({"æ": "ae", "ø": "o", "œ": "oe", "đ": "d", "ł": "l", "þ": "th"})


def is_search_table(name: str) -> bool:
    """The FTS tables and their shadow tables (``customer_search_data`` …)."""
    return any(name == t or name.startswith(t + "_") for t in (TABLE, SALES_TABLE))


def fold(value: str) -> str:
    """Text in the form both the index and the query use (see module docstring)."""
    if value.isdigit() and value.isascii():  # the phone numbers' digits
        return value
    value = value.casefold()
    if value.isascii():  # most text: nothing to translate, decompose or strip
        for digraph, letter in _DIGRAPHS:
            value = value.replace(digraph, letter)
        return _NOT_WORD.sub(" ", value).strip()
    return _fold_letters(value)


@lru_cache(maxsize=4096)  # names of towns and first names come again and again
def _fold_letters(value: str) -> str:
    value = value.translate(_LETTERS)
    for digraph, letter in _DIGRAPHS:
        value = value.replace(digraph, letter)
    decomposed = unicodedata.normalize("NFKD", value)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", stripped).strip()


def body(parts: Iterable[str]) -> str:
    """The index text of a customer: its parts folded, " | " between them.

    A leading space: the first word starts after a space like every other.
    """
    return " " + " | ".join(fold(p) for p in parts if p)


def query_terms(query: str) -> list[str]:
    """The parts of a query that must all be found.

    A query that looks like a phone number ("0221 12", "+49 221 12", "(0221) 12-3") is one part:
    its digits, with a leading ``+`` read as ``00``.
    """
    query = query.strip()
    if not query:
        return []
    if _PHONE_QUERY.match(query) and sum(c.isdigit() for c in query) >= 3:
        digits = "".join(c for c in query if c.isdigit())
        return ["00" + digits if query.startswith("+") else digits]
    return fold(query).split()


def _phone_digits(typed: str, e164: str | None, extension: str | None = None) -> list[str]:
    if not typed and not e164:
        return []
    return PhoneNumber(typed=typed, e164=e164, extension=extension).digits_variants()


def customer_words(customer: Mapping[Any, Any]) -> list[str]:
    """The parts of a customer's index text (its columns by name; contact persons apart)."""
    return [
        customer["number"],
        customer["first_name"],
        customer["last_name"],
        customer["company_name"],
        customer["company_addition"],
        customer["postcode"],
        customer["city"],
        customer["email"],
        customer["invoice_email"],
        *_phone_digits(customer["phone"], customer["phone_e164"], customer["phone_extension"]),
        *_phone_digits(customer["mobile"], customer["mobile_e164"]),
        *_phone_digits(customer["fax"], customer["fax_e164"]),
    ]


def _customer_texts(connection: Connection, ids: Sequence[int] | None) -> dict[int, list[str]]:
    where = "WHERE id IN :ids" if ids is not None else ""
    sql = text(
        "SELECT id, number, first_name, last_name, company_name, company_addition, postcode,"
        " city, email, invoice_email, phone, phone_e164, phone_extension, mobile, mobile_e164,"
        f" fax, fax_e164 FROM customer {where}"
    )
    if ids is not None:
        sql = sql.bindparams(bindparam("ids", expanding=True))
    params = {"ids": list(ids)} if ids is not None else {}
    parts: dict[int, list[str]] = {
        row.id: customer_words(row._mapping) for row in connection.execute(sql, params)
    }
    where = "WHERE customer_id IN :ids" if ids is not None else ""
    sql = text(
        "SELECT customer_id, first_name, last_name, email, phone, phone_e164, phone_extension,"
        f" mobile, mobile_e164 FROM contact_person {where}"
    )
    if ids is not None:
        sql = sql.bindparams(bindparam("ids", expanding=True))
    for row in connection.execute(sql, params):
        parts.setdefault(row.customer_id, []).extend(
            [
                row.first_name,
                row.last_name,
                row.email,
                *_phone_digits(row.phone, row.phone_e164, row.phone_extension),
                *_phone_digits(row.mobile, row.mobile_e164),
            ]
        )
    return parts


def add(connection: Connection, texts: dict[int, list[str]]) -> None:
    """Index rows for new customers: customer id -> the parts of its text."""
    if texts:
        connection.exec_driver_sql(
            f"INSERT INTO {TABLE} (rowid, body) VALUES (?, ?)",
            [(cid, body(parts)) for cid, parts in texts.items()],
        )


def reindex(connection: Connection, customer_ids: Iterable[int]) -> None:
    """Bring the index rows of these customers in step (deleted customers lose theirs)."""
    ids = sorted(set(customer_ids))
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        connection.execute(
            text(f"DELETE FROM {TABLE} WHERE rowid IN :ids").bindparams(
                bindparam("ids", expanding=True)
            ),
            {"ids": chunk},
        )
        add(connection, _customer_texts(connection, chunk))


def rebuild(connection: Connection) -> None:
    """Make the whole index anew (after bulk writes that bypass the ORM)."""
    connection.execute(text(f"DELETE FROM {TABLE}"))
    add(connection, _customer_texts(connection, None))


def count(connection: Connection) -> int:
    return int(connection.execute(text(f"SELECT count(*) FROM {TABLE}")).scalar_one())


def match_expression(terms: list[str]) -> str:
    """The FTS5 MATCH expression all ``terms`` (two characters or more) satisfy."""
    # Each phrase quoted: with the trigram tokenizer a phrase is a substring match.
    phrases = [t if len(t) >= 3 else " " + t for t in terms]
    if any(len(p) < 3 for p in phrases):
        raise ValueError(terms)
    return " AND ".join('"' + p + '"' for p in phrases)


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


_UMLAUTS = str.maketrans({"ä": "a", "ö": "o", "ü": "u"})


def _folded(column: Any) -> ColumnElement[str]:
    # lower() folds ASCII only (SQLite); the umlauts and ß are folded as fold() does. Plain SQL
    # functions, so this works on any database.
    folded: ColumnElement[str] = func.lower(column)
    for source, target in (
        ("Ä", "a"),
        ("Ö", "o"),
        ("Ü", "u"),
        ("ä", "a"),
        ("ö", "o"),
        ("ü", "u"),
        ("ß", "ss"),
    ):
        folded = func.replace(folded, source, target)
    return folded


def words_in(text: str, *columns: Any) -> list[ColumnElement[bool]]:
    """Conditions that every word of ``text`` is in one of ``columns`` (case and umlauts
    ignored): the search of short lists (Historie, documents) that have no index of their own."""
    conditions: list[ColumnElement[bool]] = []
    # Folded as _folded() folds the columns: no digraphs ("Steuer" must find "Steuer").
    for word in text.casefold().translate(_UMLAUTS).split():
        pattern = f"%{_escape_like(word)}%"
        conditions.append(or_(*(_folded(column).like(pattern, escape="\\") for column in columns)))
    return conditions


def sales_text_matches(query: str, id_column: Any, text_column: Any) -> list[ColumnElement[bool]]:
    """Conditions that a sales document's index text holds every part of ``query``: parts of
    two characters or more through the trigram index, single characters at a word start."""
    terms = query_terms(query)
    if not terms:
        return [] if not query.strip() else [text_column.is_(None)]  # only punctuation
    conditions: list[ColumnElement[bool]] = []
    indexed = [t for t in terms if len(t) >= 2]
    if indexed:
        conditions.append(
            id_column.in_(
                text(f"SELECT rowid FROM {SALES_TABLE} WHERE {SALES_TABLE} MATCH :sales_match")
                .bindparams(sales_match=match_expression(indexed))
                .columns(column("rowid", Integer))
            )
        )
    for letter in (t for t in terms if len(t) == 1):
        conditions.append(text_column.like(f"% {letter}%"))
    return conditions
