"""The customer list in SQL: which customers, in which order — ids only.

The list in the window and the search on the command line both come through
:func:`customer_ids`: filtered by search text (the index of ``meinbuero.store.search``), customer
group and archive state, sorted by any list column, including the 20 custom fields. Rows are
fetched afterwards, only for the ids on screen.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, text

from meinbuero.store import search

# Sort expressions by column key; every order ends with the name and the id so it is total.
_SORTS = {
    "number": "c.number",
    "name": "c.sort_key",
    "postcode": "c.postcode",
    "city": "c.city",
    "phone": "c.phone",
    "email": "c.email",
    "last_processed": "c.last_processed_at",
    "groups": (
        "(SELECT group_concat(g.name, ', ') FROM customer_group_link AS l"
        " JOIN customer_group AS g ON g.id = l.group_id WHERE l.customer_id = c.id)"
    ),
}
# The money columns (customer_list.MONEY_COLUMNS): sales documents summed per customer.
_BILLED = (
    "(SELECT sum(d.net_total) FROM sales_document AS d WHERE d.customer_id = c.id"
    " AND d.kind IN ('invoice', 'cancellation') AND d.finalised_at IS NOT NULL"
    " AND d.document_date >= strftime('%Y-01-01', 'now', 'localtime'{shift})"
    " AND d.document_date < strftime('%Y-01-01', 'now', 'localtime', '+1 year'{shift}))"
)
_VALID_INVOICE = (
    "d.customer_id = c.id AND d.kind = 'invoice' AND d.finalised_at IS NOT NULL"
    " AND d.status != 'cancelled'"
)
_SORTS.update(
    {
        "revenue_this_year": _BILLED.format(shift=""),
        "revenue_last_year": _BILLED.format(shift=", '-1 year'"),
        "open_amount": (
            "(SELECT sum(d.gross_total - d.paid_total) FROM sales_document AS d WHERE "
            + _VALID_INVOICE
            + " AND d.paid_total < d.gross_total)"
        ),
        "last_invoice": (
            "(SELECT max(d.document_date) FROM sales_document AS d WHERE " + _VALID_INVOICE + ")"
        ),
    }
)
_CUSTOM = (
    "(SELECT coalesce(v.text_value, v.number_value, v.date_value, v.bool_value)"
    " FROM custom_field_value AS v WHERE v.customer_id = c.id AND v.slot = {slot})"
)


def custom_key(slot: int) -> str:
    """The sort key of custom field ``slot`` (1–20)."""
    return f"custom_{slot}"


def sort_expression(key: str) -> str:
    if key in _SORTS:
        return _SORTS[key]
    if key.startswith("custom_") and key[7:].isdigit() and 1 <= int(key[7:]) <= 20:
        return _CUSTOM.format(slot=int(key[7:]))
    raise ValueError(key)


@dataclass(frozen=True)
class ListQuery:
    """What the list shows: ``text`` as in the search field; ``group_id`` None is all groups."""

    text: str = ""
    group_id: int | None = None
    include_archived: bool = False
    sort: str = "name"
    descending: bool = False


def customer_ids(connection: Connection, query: ListQuery) -> list[int]:
    """Ids of the customers the list shows, in its order.

    With search text, a customer whose number is exactly the text comes first.
    """
    where: list[str] = []
    params: dict[str, object] = {}
    terms = search.query_terms(query.text)
    if not terms and query.text.strip():
        return []  # only punctuation: nothing to look for
    if len(terms) == 1 and len(terms[0]) == 1:
        # A single character: the names beginning with it, as in an address book, read from
        # the name index (anywhere in the text it would match every customer).
        where.append("c.sort_key >= :first AND c.sort_key < :after")
        params.update(first=terms[0], after=chr(ord(terms[0]) + 1))
    elif terms:
        found: list[str] = []
        indexed = [t for t in terms if len(t) >= 2]
        if indexed:
            found.append(f"{search.TABLE} MATCH :match")
            params["match"] = search.match_expression(indexed)
        for i, letter in enumerate(t for t in terms if len(t) == 1):
            # Beside other parts, one character is looked for at the start of a word.
            found.append(f"body LIKE :letter{i}")
            params[f"letter{i}"] = f"% {letter}%"
        where.append(f"c.id IN (SELECT rowid FROM {search.TABLE} WHERE {' AND '.join(found)})")
    if not query.include_archived:
        where.append("c.archived_at IS NULL")
    if query.group_id is not None:
        where.append(
            "EXISTS (SELECT 1 FROM customer_group_link AS l"
            " WHERE l.customer_id = c.id AND l.group_id = :group_id)"
        )
        params["group_id"] = query.group_id
    direction = "DESC" if query.descending else "ASC"
    order = f"{sort_expression(query.sort)} {direction}"
    if query.sort != "name":
        order += ", c.sort_key"
    sql = (
        "SELECT c.id FROM customer AS c"
        + (" WHERE " + " AND ".join(where) if where else "")
        + f" ORDER BY {order}, c.id {direction}"
    )
    # Straight through the driver's cursor, in the same transaction: 100 000 ids come back as
    # plain tuples in a third of the time result rows would take.
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        ids = [row[0] for row in cursor.execute(sql, params)]
    finally:
        cursor.close()
    typed = query.text.strip()
    if typed:
        exact = connection.execute(
            text("SELECT id FROM customer WHERE number IN (:typed, :upper)"),
            {"typed": typed, "upper": typed.upper()},
        ).scalar()
        if exact is not None and exact in ids:
            ids.remove(exact)
            ids.insert(0, exact)
    return ids
