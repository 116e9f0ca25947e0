"""What every flush does on its own: "Letzte Verarbeitung", the sort key and the search index.

A change to a customer, or to anything that belongs to one (:class:`CustomerPart`), sets the
customer's ``last_processed_at``; the customers touched get their search index rows rewritten in
the same transaction, after the flush has given new rows their ids.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session, sessionmaker

from meinbuero.store import search
from meinbuero.store.models import Customer, CustomerPart
from meinbuero.store.types import utcnow

_PENDING = "meinbuero.touched"


def _owner(session: Session, obj: CustomerPart) -> Customer | None:
    customer = obj.__dict__.get("customer")
    if isinstance(customer, Customer):
        return customer
    customer_id = obj.__dict__.get("customer_id")
    if customer_id is None:
        return None
    with session.no_autoflush:
        return session.get(Customer, customer_id)


def _before_flush(session: Session, flush_context: Any, instances: Any) -> None:
    now = utcnow()
    touched: list[Customer | CustomerPart] = session.info.setdefault(_PENDING, [])
    for obj in [*session.new, *session.dirty, *session.deleted]:
        if isinstance(obj, Customer):
            touched.append(obj)
            if obj in session.deleted:
                continue
            if obj in session.new or session.is_modified(obj, include_collections=True):
                obj.sort_key = search.fold(obj.display_name)
                obj.last_processed_at = now
        elif isinstance(obj, CustomerPart):
            if obj in session.dirty and not session.is_modified(obj):
                continue
            owner = _owner(session, obj)
            if owner is not None and owner not in session.deleted:
                owner.last_processed_at = now
                touched.append(owner)
            touched.append(obj)


def _after_flush(session: Session, flush_context: Any) -> None:
    touched: list[Customer | CustomerPart] = session.info.pop(_PENDING, [])
    ids = set()
    for obj in touched:
        customer_id = obj.id if isinstance(obj, Customer) else obj.customer_id
        if customer_id is not None:
            ids.add(customer_id)
    if ids:
        search.reindex(session.connection(), ids)


def install(factory: sessionmaker[Session]) -> None:
    """Attach the flush hooks to every session ``factory`` makes."""
    event.listen(factory, "before_flush", _before_flush)
    event.listen(factory, "after_flush", _after_flush)
