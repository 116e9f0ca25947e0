"""Kleinstammdaten: the small editable lists other records choose from (event types, document
categories). Each entry has a name (unique), a position and a hidden flag; an entry records use
is hidden, never deleted, so old records keep it while new ones no longer offer it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from meinbuero.domain.errors import ValidationError
from meinbuero.i18n import tr
from meinbuero.services.errors import InvalidInput, NotFound, Refused
from meinbuero.store.models import DocumentCategory, EventType

Entry = TypeVar("Entry", EventType, DocumentCategory)
NAME_LENGTH = 100


@dataclass(frozen=True)
class ChoiceList(Generic[Entry]):
    """One list: its table and the words it uses in messages (functions: translated late)."""

    model: type[Entry]
    #: The field a refused name is about ("Ereignisart", "Kategorie").
    field: Callable[[], str]
    #: Asks for a name when none was typed.
    empty: Callable[[], str]
    #: Why an entry in use cannot be deleted (name, count).
    in_use: Callable[[str, int], str]
    #: How many records use the entry.
    usage: Callable[[Session, int], int]

    def entries(self, session: Session, *, include_hidden: bool = False) -> list[Entry]:
        model = self.model
        query = select(model).order_by(model.position, model.id)
        if not include_hidden:
            query = query.where(model.hidden.is_(False))
        return list(session.scalars(query))

    def _name(self, session: Session, name: str, *, other_than: int | None = None) -> str:
        name = name.strip()
        if not name:
            raise InvalidInput([ValidationError(self.field(), self.empty())])
        if len(name) > NAME_LENGTH:
            message = tr("At most {count} characters, please.", count=NAME_LENGTH)
            raise InvalidInput([ValidationError(self.field(), message)])
        query = select(self.model.id).where(self.model.name == name)
        if other_than is not None:
            query = query.where(self.model.id != other_than)
        if session.scalar(query) is not None:
            message = tr("“{name}” exists already.", name=name)
            raise InvalidInput([ValidationError(self.field(), message)])
        return name

    def get(self, session: Session, entry_id: int) -> Entry:
        entry = session.get(self.model, entry_id)
        if entry is None:
            raise NotFound(entry_id)
        return entry

    def add(self, session: Session, name: str, **values: Any) -> Entry:
        """A new entry at the end of the list (``values``: further columns of the table)."""
        name = self._name(session, name)
        last = session.scalar(select(func.coalesce(func.max(self.model.position), -1)))
        entry = self.model(name=name, position=(last if last is not None else -1) + 1, **values)
        entry.hidden = False
        session.add(entry)
        session.flush()
        return entry

    def rename(self, session: Session, entry_id: int, name: str) -> None:
        entry = self.get(session, entry_id)
        entry.name = self._name(session, name, other_than=entry_id)
        session.flush()

    def hide(self, session: Session, entry_id: int, *, hidden: bool = True) -> None:
        """Hide an entry from the choice for new records (old ones keep it); or show it."""
        self.get(session, entry_id).hidden = hidden
        session.flush()

    def delete(self, session: Session, entry_id: int) -> None:
        """Delete an entry no record uses; one in use is refused (hide it instead)."""
        entry = self.get(session, entry_id)
        used = self.usage(session, entry_id)
        if used:
            raise Refused(self.in_use(entry.name, used))
        session.delete(entry)
        session.execute(
            update(self.model)
            .where(self.model.position > entry.position)
            .values(position=self.model.position - 1)
        )
        session.flush()
