"""Alembic environment: runs on the connection that meinbuero.store.database hands over.

The program migrates at start (``meinbuero.store.database.open_company``) inside one transaction,
so a failing migration leaves the company file as it was. For writing a new migration:
``python -m meinbuero.store.database revision -m "what changes"`` (autogenerate on a scratch file).
"""

from __future__ import annotations

from typing import Any

from alembic import context

from meinbuero.store.models import Base
from meinbuero.store.search import is_search_table


def include_object(
    obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any
) -> bool:
    # The full-text index is a virtual table managed in migrations by hand.
    return not (type_ == "table" and name is not None and is_search_table(name))


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("meinbuero migrations run only through meinbuero.store.database")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
    transactional_ddl=True,
)
with context.begin_transaction():
    context.run_migrations()
