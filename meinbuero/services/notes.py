"""Notizen: free notes; date, time and author are the program's, never typed."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from meinbuero.domain.errors import ValidationError
from meinbuero.i18n import tr
from meinbuero.services import settings
from meinbuero.services.errors import InvalidInput, NotFound
from meinbuero.store.models import ContactPerson, Customer, Note
from meinbuero.store.types import utcnow


def add_note(
    session: Session, *, customer_id: int, text: str, contact_person_id: int | None = None
) -> Note:
    """A new note, stamped with now and the user's display name."""
    text = text.strip()
    if not text:
        raise InvalidInput([ValidationError(tr("Note"), tr("The note is empty."))])
    if session.get(Customer, customer_id) is None:
        raise NotFound(customer_id)
    if contact_person_id is not None:
        person = session.get(ContactPerson, contact_person_id)
        if person is None or person.customer_id != customer_id:
            raise NotFound(contact_person_id)
    note = Note(
        customer_id=customer_id,
        contact_person_id=contact_person_id,
        text=text,
        created_at=utcnow(),
        author=settings.display_name(session),
    )
    session.add(note)
    session.flush()
    return note


def notes(session: Session, customer_id: int) -> list[Note]:
    """A customer's notes, newest first."""
    query = (
        select(Note)
        .where(Note.customer_id == customer_id)
        .order_by(Note.created_at.desc(), Note.id.desc())
    )
    return list(session.scalars(query))


def delete_note(session: Session, note_id: int) -> None:
    note = session.get(Note, note_id)
    if note is None:
        raise NotFound(note_id)
    session.delete(note)
    session.flush()
