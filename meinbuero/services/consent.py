"""Consent to advertising (UWG §7, DSGVO Art. 7): per customer or contact person and channel.

Every change is a new :class:`~meinbuero.store.models.ConsentEvent` — consent given (when, how:
Formular, mündlich, schriftlich, a note), withdrawn, or an objection to advertising — and the
database refuses to change or delete one (the proof is kept). The current state of a subject
(the customer, or one of its contact persons) on a channel is its newest event (by date, then
as recorded).

What advertising is allowed (:func:`allows_advertising`):

- e-mail and phone need consent (UWG §7 Abs. 2): the newest event of the person written to is
  "given";
- post is allowed unless objected (§7 Abs. 1, Art. 21 DSGVO): the newest event is not
  "objected" or "withdrawn";
- an objection or withdrawal recorded for the customer itself applies to all its contact
  persons too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.values import format_date_de
from meinbuero.i18n import tr
from meinbuero.services import settings
from meinbuero.services.customers import check_contact_person, existing_customer
from meinbuero.services.errors import InvalidInput
from meinbuero.store.models import CONSENT_CHANNELS, CONSENT_KINDS, CONSENT_WAYS, ConsentEvent

CHANNELS = CONSENT_CHANNELS
KINDS = CONSENT_KINDS
WAYS = CONSENT_WAYS
_REFUSING = ("withdrawn", "objected")


def channel_labels() -> dict[str, str]:
    return {"email": tr("E-mail"), "phone": tr("Phone"), "post": tr("Post")}


def kind_labels() -> dict[str, str]:
    return {
        "given": tr("consent given"),
        "withdrawn": tr("consent withdrawn"),
        "objected": tr("objected to advertising"),
    }


def way_labels() -> dict[str, str]:
    return {"": "", "form": tr("form"), "oral": tr("orally"), "written": tr("in writing")}


@dataclass(frozen=True)
class ConsentState:
    """The state of one subject on one channel: its newest event (``kind`` "" when none)."""

    channel: str
    kind: str = ""
    on: date | None = None
    way: str = ""
    note: str = ""

    @property
    def given(self) -> bool:
        return self.kind == "given"

    @property
    def refused(self) -> bool:
        """Withdrawn or objected: no advertising on this channel."""
        return self.kind in _REFUSING


def record(
    session: Session,
    customer_id: int,
    contact_person_id: int | None,
    channel: str,
    kind: str,
    on: date,
    how: str = "",
    note: str = "",
) -> ConsentEvent:
    """Record a change of consent (a new event; nothing earlier is changed).

    ``how``: "form", "oral", "written" (how consent was given; "" for the others).
    """
    errors = []
    if channel not in CHANNELS:
        errors.append(ValidationError(tr("Channel"), tr("Unknown channel.")))
    if kind not in KINDS:
        errors.append(ValidationError(tr("Consent"), tr("Unknown kind of change.")))
    if how not in WAYS:
        errors.append(ValidationError(tr("How"), tr("Unknown way of giving consent.")))
    if on > date.today():
        errors.append(ValidationError(tr("Date"), tr("The date lies in the future.")))
    if errors:
        raise InvalidInput(errors)
    existing_customer(session, customer_id)
    check_contact_person(session, customer_id, contact_person_id)
    event = ConsentEvent(
        customer_id=customer_id,
        contact_person_id=contact_person_id,
        channel=channel,
        kind=kind,
        occurred_on=on,
        way=how if kind == "given" else "",
        note=note.strip(),
        author=settings.display_name(session),
    )
    session.add(event)
    session.flush()
    return event


def _subject(customer_id: int, contact_person_id: int | None) -> list[object]:
    person = (
        ConsentEvent.contact_person_id.is_(None)
        if contact_person_id is None
        else ConsentEvent.contact_person_id == contact_person_id
    )
    return [ConsentEvent.customer_id == customer_id, person]


def history(
    session: Session,
    customer_id: int,
    contact_person_id: int | None = None,
    channel: str | None = None,
) -> list[ConsentEvent]:
    """The subject's events (of ``channel``, or all), newest first."""
    query = select(ConsentEvent).where(*_subject(customer_id, contact_person_id))  # type: ignore[arg-type]
    if channel is not None:
        query = query.where(ConsentEvent.channel == channel)
    query = query.order_by(ConsentEvent.occurred_on.desc(), ConsentEvent.id.desc())
    return list(session.scalars(query))


def state(
    session: Session, customer_id: int, contact_person_id: int | None, channel: str
) -> ConsentState:
    """The current state: the subject's newest event on the channel."""
    events = history(session, customer_id, contact_person_id, channel)
    if not events:
        return ConsentState(channel=channel)
    newest = events[0]
    return ConsentState(
        channel=channel,
        kind=newest.kind,
        on=newest.occurred_on,
        way=newest.way,
        note=newest.note,
    )


def states(
    session: Session, customer_id: int, contact_person_id: int | None = None
) -> dict[str, ConsentState]:
    """The state on every channel."""
    return {c: state(session, customer_id, contact_person_id, c) for c in CHANNELS}


def allows_advertising(
    session: Session, customer_id: int, contact_person_id: int | None, channel: str
) -> bool:
    """Whether advertising on ``channel`` may go to the customer or person (see the module)."""
    own = state(session, customer_id, contact_person_id, channel)
    if contact_person_id is not None and state(session, customer_id, None, channel).refused:
        return False
    if channel == "post":
        return not own.refused
    return own.given


def describe(current: ConsentState) -> str:
    """The state in a few words: "Einwilligung erteilt am 01.03.2026 (schriftlich)"."""
    if not current.kind:
        return tr("nothing recorded")
    text = tr(
        "{state} on {date}",
        state=kind_labels()[current.kind],
        date=format_date_de(current.on),
    )
    way = way_labels().get(current.way, "")
    return f"{text} ({way})" if way else text


__all__ = [
    "CHANNELS",
    "KINDS",
    "WAYS",
    "ConsentState",
    "allows_advertising",
    "channel_labels",
    "describe",
    "history",
    "kind_labels",
    "record",
    "state",
    "states",
    "way_labels",
]
