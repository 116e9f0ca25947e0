"""Historie: events, tasks and appointments of a customer (Neu, F10), and the one list of
everything that happened with a customer.

Input comes as text, as typed (:class:`EventInput`, :class:`TaskInput`,
:class:`AppointmentInput`); author and creation time are the program's. :func:`history` reads
one ``UNION ALL`` of one query per kind from :data:`HISTORY_KINDS`; later documents (quotes,
invoices, letters) join by adding their query there, without touching the list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Integer,
    RowMapping,
    Select,
    String,
    func,
    literal,
    null,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.values import (
    LOCAL_ZONE,
    format_date_de,
    format_decimal_de,
    parse_date_de,
    parse_datetime_de,
    parse_time_de,
)
from meinbuero.i18n import tr
from meinbuero.services import settings
from meinbuero.services.choice_lists import ChoiceList
from meinbuero.services.customers import check_contact_person, existing_customer
from meinbuero.services.errors import InvalidInput, NotFound
from meinbuero.store import search
from meinbuero.store.models import (
    Appointment,
    ContactPerson,
    DunningNotice,
    Event,
    EventType,
    Letter,
    Note,
    SalesDocument,
    Task,
)
from meinbuero.store.types import UtcDateTime, utcnow

# An appointment typed without an end lasts this long.
DEFAULT_APPOINTMENT = timedelta(hours=1)
PRIORITIES = (1, 2, 3)
_T = TypeVar("_T")
# The query of one kind of history entry (see HISTORY_KINDS).
KindQuery = Select[*tuple[Any, ...]]


class HistoryKind(StrEnum):
    EVENT = "event"
    TASK = "task"
    APPOINTMENT = "appointment"
    NOTE = "note"
    SALES = "sales"  # a finalised quote, order confirmation, delivery note or invoice
    LETTER = "letter"  # a finished letter
    DUNNING = "dunning"  # a payment reminder or dunning letter


def kind_labels() -> dict[str, str]:
    """The user's names of the kinds of history entries."""
    return {
        HistoryKind.EVENT: tr("Event"),
        HistoryKind.TASK: tr("Task"),
        HistoryKind.APPOINTMENT: tr("Appointment"),
        HistoryKind.NOTE: tr("Note"),
        HistoryKind.SALES: tr("Sales document"),
        HistoryKind.LETTER: tr("Letter"),
        HistoryKind.DUNNING: tr("Dunning letter"),
    }


def priority_labels() -> dict[int, str]:
    return {1: tr("high"), 2: tr("normal"), 3: tr("low")}


# --- Input ----------------------------------------------------------------------------------


@dataclass
class EventInput:
    """An Ereignis as typed; ``occurred_at`` empty means now."""

    event_type_id: int | None = None
    occurred_at: str = ""
    contact_person_id: int | None = None
    subject: str = ""
    text: str = ""
    follow_up_on: str = ""


@dataclass
class TaskInput:
    """An Aufgabe as typed; priority 1 (high) to 3 (low)."""

    subject: str = ""
    text: str = ""
    due_on: str = ""
    priority: int = 2
    done: bool = False
    contact_person_id: int | None = None
    follow_up_on: str = ""


@dataclass
class AppointmentInput:
    """A Termin as typed; ``ends_at`` may be a time alone (same day) or empty (one hour)."""

    subject: str = ""
    starts_at: str = ""
    ends_at: str = ""
    place: str = ""
    text: str = ""
    reminder_minutes: str = ""
    contact_person_id: int | None = None
    follow_up_on: str = ""


class _Checker:
    """Collects the refused fields, so that the user sees all of them at once."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def run(self, parse: Callable[[], _T]) -> _T | None:
        try:
            return parse()
        except ValidationError as error:
            self.errors.append(error)
            return None

    def refuse(self, field: str, message: str) -> None:
        self.errors.append(ValidationError(field, message))

    def done(self) -> None:
        if self.errors:
            raise InvalidInput(self.errors)


def _follow_up(check: _Checker, typed: str) -> date | None:
    return check.run(lambda: parse_date_de(typed, field=tr("Follow-up")))


# --- Events ---------------------------------------------------------------------------------


def _event_values(session: Session, data: EventInput, *, is_new: bool) -> dict[str, object]:
    check = _Checker()
    event_type = session.get(EventType, data.event_type_id) if data.event_type_id else None
    if event_type is None or (is_new and event_type.hidden):
        check.refuse(tr("Type"), tr("Please choose the type of event."))
    occurred = check.run(lambda: parse_datetime_de(data.occurred_at, field=tr("Date/time")))
    follow_up = _follow_up(check, data.follow_up_on)
    check.done()
    return {
        "event_type_id": data.event_type_id,
        "occurred_at": occurred or utcnow(),
        "contact_person_id": data.contact_person_id,
        "subject": data.subject.strip(),
        "text": data.text.strip(),
        "follow_up_on": follow_up,
    }


_Entry = TypeVar("_Entry", Event, Task, Appointment)


def _add(
    session: Session,
    kind: type[_Entry],
    *,
    customer_id: int,
    contact_person_id: int | None,
    values: Callable[[], dict[str, Any]],
) -> _Entry:
    """A new entry of the customer, by the user, created now (``values`` checks the input)."""
    existing_customer(session, customer_id)
    check_contact_person(session, customer_id, contact_person_id)
    entry = kind(
        customer_id=customer_id,
        author=settings.display_name(session),
        created_at=utcnow(),
        **values(),
    )
    session.add(entry)
    session.flush()
    return entry


def add_event(session: Session, *, customer_id: int, data: EventInput) -> Event:
    """A new event of the customer, by the user, created now."""
    return _add(
        session,
        Event,
        customer_id=customer_id,
        contact_person_id=data.contact_person_id,
        values=lambda: _event_values(session, data, is_new=True),
    )


def update_event(session: Session, event_id: int, data: EventInput) -> Event:
    """Change an event; author and creation time stay."""
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound(event_id)
    check_contact_person(session, event.customer_id, data.contact_person_id)
    for name, value in _event_values(session, data, is_new=False).items():
        setattr(event, name, value)
    session.flush()
    return event


def event_input(event: Event) -> EventInput:
    """What the editor shows for a stored event (saving it unchanged changes nothing)."""
    return EventInput(
        event_type_id=event.event_type_id,
        occurred_at=_format_moment(event.occurred_at),
        contact_person_id=event.contact_person_id,
        subject=event.subject,
        text=event.text,
        follow_up_on=format_date_de(event.follow_up_on),
    )


def _format_moment(moment: datetime) -> str:
    return moment.astimezone(LOCAL_ZONE).strftime("%d.%m.%Y %H:%M")


# --- Tasks ----------------------------------------------------------------------------------


def _task_values(data: TaskInput) -> dict[str, object]:
    check = _Checker()
    subject = data.subject.strip()
    if not subject:
        check.refuse(tr("Subject"), tr("Please enter a subject."))
    due = check.run(lambda: parse_date_de(data.due_on, field=tr("Due")))
    if data.priority not in PRIORITIES:
        check.refuse(tr("Priority"), tr("The priority is 1 (high), 2 (normal) or 3 (low)."))
    follow_up = _follow_up(check, data.follow_up_on)
    check.done()
    return {
        "subject": subject,
        "text": data.text.strip(),
        "due_on": due,
        "priority": data.priority,
        "contact_person_id": data.contact_person_id,
        "follow_up_on": follow_up,
    }


def add_task(session: Session, *, customer_id: int, data: TaskInput) -> Task:
    task = _add(
        session,
        Task,
        customer_id=customer_id,
        contact_person_id=data.contact_person_id,
        values=lambda: _task_values(data),
    )
    if data.done:
        task.done_at = task.created_at
        session.flush()
    return task


def update_task(session: Session, task_id: int, data: TaskInput) -> Task:
    """Change a task; marking it done stamps now, unmarking clears the stamp."""
    task = session.get(Task, task_id)
    if task is None:
        raise NotFound(task_id)
    check_contact_person(session, task.customer_id, data.contact_person_id)
    for name, value in _task_values(data).items():
        setattr(task, name, value)
    if data.done and task.done_at is None:
        task.done_at = utcnow()
    elif not data.done:
        task.done_at = None
    session.flush()
    return task


def task_input(task: Task) -> TaskInput:
    return TaskInput(
        subject=task.subject,
        text=task.text,
        due_on=format_date_de(task.due_on),
        priority=task.priority,
        done=task.done_at is not None,
        contact_person_id=task.contact_person_id,
        follow_up_on=format_date_de(task.follow_up_on),
    )


# --- Appointments ---------------------------------------------------------------------------


def _appointment_values(data: AppointmentInput) -> dict[str, object]:
    check = _Checker()
    subject = data.subject.strip()
    if not subject:
        check.refuse(tr("Subject"), tr("Please enter a subject."))
    start_field, end_field = tr("Start"), tr("End")
    starts = check.run(lambda: parse_datetime_de(data.starts_at, field=start_field))
    if starts is None and data.starts_at.strip() == "":
        check.refuse(start_field, tr("Please enter when the appointment starts."))
    ends: datetime | None = None
    typed_end = data.ends_at.strip()
    if starts is not None:
        if not typed_end:
            ends = starts + DEFAULT_APPOINTMENT
        elif " " not in typed_end and "." in typed_end and typed_end.count(".") >= 2:
            ends = check.run(lambda: parse_datetime_de(typed_end, field=end_field))
        elif ":" in typed_end and " " not in typed_end:
            end_time = check.run(lambda: parse_time_de(typed_end, field=end_field))
            if end_time is not None:
                ends = datetime.combine(starts.date(), end_time, LOCAL_ZONE)
        else:
            ends = check.run(lambda: parse_datetime_de(typed_end, field=end_field))
        if ends is not None and ends < starts:
            check.refuse(end_field, tr("The appointment cannot end before it starts."))
    reminder: int | None = None
    if data.reminder_minutes.strip():
        typed = data.reminder_minutes.strip()
        if typed.isdigit():
            reminder = int(typed)
        else:
            check.refuse(
                tr("Reminder"),
                tr("“{value}” is not a number of minutes.", value=typed),
            )
    follow_up = _follow_up(check, data.follow_up_on)
    check.done()
    return {
        "subject": subject,
        "starts_at": starts,
        "ends_at": ends,
        "place": data.place.strip(),
        "text": data.text.strip(),
        "reminder_minutes": reminder,
        "contact_person_id": data.contact_person_id,
        "follow_up_on": follow_up,
    }


def add_appointment(session: Session, *, customer_id: int, data: AppointmentInput) -> Appointment:
    return _add(
        session,
        Appointment,
        customer_id=customer_id,
        contact_person_id=data.contact_person_id,
        values=lambda: _appointment_values(data),
    )


def update_appointment(
    session: Session, appointment_id: int, data: AppointmentInput
) -> Appointment:
    appointment = session.get(Appointment, appointment_id)
    if appointment is None:
        raise NotFound(appointment_id)
    check_contact_person(session, appointment.customer_id, data.contact_person_id)
    for name, value in _appointment_values(data).items():
        setattr(appointment, name, value)
    session.flush()
    return appointment


def appointment_input(appointment: Appointment) -> AppointmentInput:
    return AppointmentInput(
        subject=appointment.subject,
        starts_at=_format_moment(appointment.starts_at),
        ends_at=_format_moment(appointment.ends_at),
        place=appointment.place,
        text=appointment.text,
        reminder_minutes=""
        if appointment.reminder_minutes is None
        else str(appointment.reminder_minutes),
        contact_person_id=appointment.contact_person_id,
        follow_up_on=format_date_de(appointment.follow_up_on),
    )


# --- Event types ----------------------------------------------------------------------------


def _event_type_usage(session: Session, event_type_id: int) -> int:
    return int(
        session.scalar(select(func.count()).where(Event.event_type_id == event_type_id)) or 0
    )


#: Ereignisarten (Kleinstammdaten).
EVENT_TYPES = ChoiceList(
    EventType,
    field=lambda: tr("Event type"),
    empty=lambda: tr("Please enter a name for the type."),
    in_use=lambda name, count: tr(
        "The type “{name}” is used by {count} events and cannot be deleted; hide it instead.",
        name=name,
        count=count,
    ),
    usage=_event_type_usage,
)


def event_types(session: Session, *, include_hidden: bool = False) -> list[EventType]:
    return EVENT_TYPES.entries(session, include_hidden=include_hidden)


def add_event_type(
    session: Session, name: str, *, kind: str = "", direction: str = ""
) -> EventType:
    """A new type at the end of the list; ``kind``/``direction`` as in :class:`EventType`."""
    return EVENT_TYPES.add(session, name, kind=kind, direction=direction)


def rename_event_type(session: Session, event_type_id: int, name: str) -> None:
    EVENT_TYPES.rename(session, event_type_id, name)


def hide_event_type(session: Session, event_type_id: int, *, hidden: bool = True) -> None:
    """Hide a type from the choice for new events (its events keep it); or show it again."""
    EVENT_TYPES.hide(session, event_type_id, hidden=hidden)


def delete_event_type(session: Session, event_type_id: int) -> None:
    """Delete a type no event has; a type in use is refused (it can be hidden instead)."""
    EVENT_TYPES.delete(session, event_type_id)


# --- The one list ---------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryEntry:
    """One row of the Historie tab: enough to show it and to open it in its editor."""

    kind: str
    id: int
    when: datetime
    subject: str
    contact_person: str
    author: str
    status: str
    follow_up_on: date | None


def _person_name() -> ColumnElement[str]:
    return func.trim(
        func.coalesce(ContactPerson.first_name, "")
        + " "
        + func.coalesce(ContactPerson.last_name, "")
    )


def history_columns(
    kind: str,
    *,
    id: Any,
    customer_id: Any,
    when: Any,
    subject: Any,
    text: Any,
    author: Any,
    detail: Any = None,
    person: Any = None,
    due_on: Any = None,
    done_at: Any = None,
    follow_up_on: Any = None,
    amount: Any = None,
    state: Any = None,
) -> list[Any]:
    """The columns every kind's query selects, named and in the order the union needs.

    ``when`` is the moment the list sorts by; ``detail`` what the status column shows (the
    event type, the place); ``person`` the contact person's name; ``amount`` (cents) and
    ``state`` the gross amount and status of a sales document.
    """
    return [
        literal(kind, String).label("kind"),
        id.label("id"),
        customer_id.label("customer_id"),
        when.label("when"),
        (subject if subject is not None else literal("", String)).label("subject"),
        text.label("text"),
        (detail if detail is not None else literal("", String)).label("detail"),
        (person if person is not None else literal("", String)).label("person"),
        author.label("author"),
        (due_on if due_on is not None else null()).label("due_on"),
        (done_at if done_at is not None else null()).label("done_at"),
        (follow_up_on if follow_up_on is not None else null()).label("follow_up_on"),
        (amount if amount is not None else null()).label("amount"),
        (state if state is not None else literal("", String)).label("state"),
    ]


def _event_query() -> KindQuery:
    columns = history_columns(
        HistoryKind.EVENT,
        id=Event.id,
        customer_id=Event.customer_id,
        when=Event.occurred_at,
        subject=Event.subject,
        text=Event.text,
        author=Event.author,
        detail=EventType.name,
        person=_person_name(),
        follow_up_on=Event.follow_up_on,
    )
    return (
        select(*columns)
        .join(EventType, EventType.id == Event.event_type_id)
        .outerjoin(ContactPerson, ContactPerson.id == Event.contact_person_id)
    )


def _task_query() -> KindQuery:
    columns = history_columns(
        HistoryKind.TASK,
        id=Task.id,
        customer_id=Task.customer_id,
        when=Task.created_at,
        subject=Task.subject,
        text=Task.text,
        author=Task.author,
        person=_person_name(),
        due_on=Task.due_on,
        done_at=Task.done_at,
        follow_up_on=Task.follow_up_on,
    )
    return select(*columns).outerjoin(ContactPerson, ContactPerson.id == Task.contact_person_id)


def _appointment_query() -> KindQuery:
    columns = history_columns(
        HistoryKind.APPOINTMENT,
        id=Appointment.id,
        customer_id=Appointment.customer_id,
        when=Appointment.starts_at,
        subject=Appointment.subject,
        text=Appointment.text,
        author=Appointment.author,
        detail=Appointment.place,
        person=_person_name(),
        follow_up_on=Appointment.follow_up_on,
    )
    return select(*columns).outerjoin(
        ContactPerson, ContactPerson.id == Appointment.contact_person_id
    )


def _note_query() -> KindQuery:
    columns = history_columns(
        HistoryKind.NOTE,
        id=Note.id,
        customer_id=Note.customer_id,
        when=Note.created_at,
        subject=None,
        text=Note.text,
        author=Note.author,
        person=_person_name(),
    )
    return select(*columns).outerjoin(ContactPerson, ContactPerson.id == Note.contact_person_id)


def _sales_query() -> KindQuery:
    columns = history_columns(
        HistoryKind.SALES,
        id=SalesDocument.id,
        customer_id=SalesDocument.customer_id,
        when=SalesDocument.finalised_at,
        subject=SalesDocument.subject,
        text=SalesDocument.number,
        author=SalesDocument.author,
        detail=SalesDocument.kind,
        person=_person_name(),
        # Cents as stored: the same number whichever query of the union comes first.
        amount=type_coerce(SalesDocument.gross_total, Integer),
        state=SalesDocument.status,
    )
    return (
        select(*columns)
        .outerjoin(ContactPerson, ContactPerson.id == SalesDocument.contact_person_id)
        .where(SalesDocument.finalised_at.is_not(None))
    )


def _letter_query() -> KindQuery:
    columns = history_columns(
        HistoryKind.LETTER,
        id=Letter.id,
        customer_id=Letter.customer_id,
        when=Letter.finished_at,
        subject=Letter.subject,
        text=Letter.body,
        author=Letter.author,
        person=_person_name(),
        state=Letter.status,
    )
    return (
        select(*columns)
        .outerjoin(ContactPerson, ContactPerson.id == Letter.contact_person_id)
        .where(Letter.finished_at.is_not(None))
    )


def _dunning_query() -> KindQuery:
    # The notice's text starts with its subject ("1. Mahnung zur Rechnung RE-…").
    columns = history_columns(
        HistoryKind.DUNNING,
        id=DunningNotice.id,
        customer_id=DunningNotice.customer_id,
        when=DunningNotice.created_at,
        subject=None,
        text=DunningNotice.text,
        author=DunningNotice.author,
        amount=type_coerce(
            DunningNotice.open_amount + DunningNotice.fee + DunningNotice.interest, Integer
        ),
    )
    return select(*columns)


# One query per kind, each selecting history_columns(…). Later kinds of
# documents add theirs here (and a label in kind_labels); the list takes them as they are.
HISTORY_KINDS: dict[str, Callable[[], KindQuery]] = {
    HistoryKind.EVENT: _event_query,
    HistoryKind.TASK: _task_query,
    HistoryKind.APPOINTMENT: _appointment_query,
    HistoryKind.NOTE: _note_query,
    HistoryKind.SALES: _sales_query,
    HistoryKind.LETTER: _letter_query,
    HistoryKind.DUNNING: _dunning_query,
}


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0, 0), LOCAL_ZONE)


@dataclass(frozen=True)
class HistoryFilter:
    """What the Historie list shows of a customer.

    Attributes:
        kinds: Only these kinds (see :class:`HistoryKind`); None for all.
        since: From this day on (German local time).
        until: Up to and including this day.
        text: Only entries whose subject, text or type contains it (case ignored).
    """

    kinds: tuple[str, ...] | None = None
    since: date | None = None
    until: date | None = None
    text: str = ""


#: A history entry's key: its kind and its id within the kind.
HistoryKey = tuple[str, int]


def _history_query(
    customer_id: int, wanted: Iterable[str], where: Callable[[Any], list[Any]]
) -> Select[Any]:
    parts = []
    for kind in wanted:
        query = HISTORY_KINDS[kind]()
        # Filter inside each part, so that every kind uses its own customer index.
        parts.append(query.where(query.selected_columns.customer_id == customer_id))
    union = union_all(*parts).subquery("history")
    return select(union).where(*where(union.c))


def history_keys(
    session: Session, customer_id: int, filter: HistoryFilter | None = None
) -> list[HistoryKey]:
    """The keys of the customer's history entries the filter lets through, newest first.

    The Historie list holds just these and reads the rows it shows with :func:`history_entries`.
    """
    chosen = filter or HistoryFilter()
    kinds = chosen.kinds
    wanted = [k for k in HISTORY_KINDS if kinds is None or k in kinds]
    if not wanted:
        return []

    def where(c: Any) -> list[Any]:
        conditions: list[Any] = []
        if chosen.since is not None:
            conditions.append(c.when >= _as_utc_column(_local_midnight(chosen.since)))
        if chosen.until is not None:
            end = _local_midnight(chosen.until + timedelta(days=1))
            conditions.append(c.when < _as_utc_column(end))
        conditions += search.words_in(chosen.text, c.subject, c.text, c.detail)
        return conditions

    union = _history_query(customer_id, wanted, where).subquery("listed")
    query = select(union.c.kind, union.c.id).order_by(
        union.c.when.desc(), union.c.kind, union.c.id.desc()
    )
    return [(kind, id_) for kind, id_ in session.execute(query)]


def history_entries(session: Session, keys: Iterable[HistoryKey]) -> dict[HistoryKey, HistoryEntry]:
    """The rows of the given entries (one query per kind asked for); gone ones are left out."""
    by_kind: dict[str, list[int]] = {}
    for kind, id_ in keys:
        by_kind.setdefault(kind, []).append(id_)
    entries: dict[HistoryKey, HistoryEntry] = {}
    for kind, ids in by_kind.items():
        if kind not in HISTORY_KINDS:
            continue
        query = HISTORY_KINDS[kind]()
        id_column = query.selected_columns.id
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for row in session.execute(query.where(id_column.in_(chunk))).mappings():
                entry = _entry(row)
                entries[(entry.kind, entry.id)] = entry
    return entries


def history(
    session: Session, customer_id: int, filter: HistoryFilter | None = None
) -> list[HistoryEntry]:
    """Everything that happened with the customer that the filter lets through, newest first."""
    keys = history_keys(session, customer_id, filter)
    entries = history_entries(session, keys)
    return [entries[key] for key in keys if key in entries]


def _as_utc_column(moment: datetime) -> ColumnElement[datetime]:
    return literal(moment, UtcDateTime)


def _entry(mapping: RowMapping) -> HistoryEntry:
    kind = mapping["kind"]
    when = _as_datetime(mapping["when"]).replace(tzinfo=UTC)
    subject = mapping["subject"] or _first_line(mapping["text"])
    if kind == HistoryKind.SALES:
        from meinbuero.services.sales import kind_labels as sales_kinds

        title = f"{sales_kinds().get(mapping['detail'], '')} {mapping['text']}"
        subject = f"{title}: {mapping['subject']}" if mapping["subject"] else title
    elif kind == HistoryKind.LETTER:
        subject = tr("Letter: {subject}", subject=subject) if subject else tr("Letter")
    return HistoryEntry(
        kind=kind,
        id=mapping["id"],
        when=when,
        subject=subject,
        contact_person=mapping["person"] or "",
        author=mapping["author"],
        status=_status(kind, mapping),
        follow_up_on=_as_date(mapping["follow_up_on"]),
    )


def _status(kind: str, mapping: RowMapping) -> str:
    parts: list[str] = []
    if kind == HistoryKind.EVENT:
        parts.append(str(mapping["detail"]))
    elif kind == HistoryKind.TASK:
        if mapping["done_at"] is not None:
            parts.append(tr("done"))
        else:
            due = _as_date(mapping["due_on"])
            parts.append(tr("open, due {date}", date=format_date_de(due)) if due else tr("open"))
    elif kind == HistoryKind.APPOINTMENT and mapping["detail"]:
        parts.append(str(mapping["detail"]))
    elif kind == HistoryKind.SALES:
        from meinbuero.services.sales import status_labels

        amount = Decimal(int(mapping["amount"] or 0)).scaleb(-2)
        parts.append(format_decimal_de(amount, places=2) + " €")
        parts.append(status_labels().get(mapping["state"], mapping["state"]))
    elif kind == HistoryKind.DUNNING:
        amount = Decimal(int(mapping["amount"] or 0)).scaleb(-2)
        parts.append(format_decimal_de(amount, places=2) + " €")
    follow_up = _as_date(mapping["follow_up_on"])
    if follow_up is not None:
        parts.append(tr("follow-up {date}", date=format_date_de(follow_up)))
    return " · ".join(parts)


def _first_line(text: str | None) -> str:
    line = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    return line if len(line) <= 100 else line[:99] + "…"


def _as_datetime(value: object) -> datetime:
    # Through a UNION, SQLite hands back the stored text; other databases a datetime.
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _as_date(value: object) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value))
