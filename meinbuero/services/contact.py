"""Reaching a customer with one click: the URLs for mail, phone, website and map, and the
Historie entry a click leaves behind.

The GUI hands the URLs to the PC (QDesktopServices); what happens here is plain data: which
URL, what the user is warned about, whether to record the contact and whether to ask for a note
first (Meine Firma > Einstellungen > Historie, kept with the company in the setting table).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from urllib.parse import quote, urlsplit

from sqlalchemy import select
from sqlalchemy.orm import Session

from meinbuero.domain.errors import ValidationError
from meinbuero.domain.phone import PhoneNumber
from meinbuero.domain.values import LOCAL_ZONE, format_datetime_de
from meinbuero.i18n import language, tr
from meinbuero.services import history, settings
from meinbuero.services.customers import (
    check_contact_person,
    customer_letter_salutation,
    existing_customer,
)
from meinbuero.services.errors import InvalidInput, NotFound
from meinbuero.store.models import ContactPerson, Customer, Event, EventType, Setting

# Windows hands a mailto: URL to the mail program through ShellExecute, which refuses URLs of
# more than 2 083 characters; Outlook cuts at about 2 000. Bodies are cut to stay below.
MAILTO_LIMIT = 2000
_CUT_MARK = "\n[…]"
_SETTING_PREFIX = "history/"
# A URL scheme ("file:", "javascript:"), but not a port ("roth.de:8080").
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):(?!\d)", re.IGNORECASE)


class DialScheme(StrEnum):
    """How a phone number is handed to the PC's dialler."""

    TEL = "tel"  # the standard (RFC 3966): Windows' phone link, Teams, most softphones
    CALLTO = "callto"  # older Skype and some CTI programs
    SIP = "sip"  # SIP softphones (e.g. for a Fritz!Box)


def dial_scheme_labels() -> dict[str, str]:
    return {
        DialScheme.TEL: tr("tel: (standard, e.g. Windows phone link, Teams)"),
        DialScheme.CALLTO: tr("callto: (Skype and older dialling programs)"),
        DialScheme.SIP: tr("sip: (SIP softphones)"),
    }


class ContactKind(StrEnum):
    EMAIL = "email"
    CALL = "call"


@dataclass
class HistorySettings:
    """Meine Firma > Einstellungen > Historie."""

    record_emails: bool = True
    ask_note_for_emails: bool = False
    record_calls: bool = True
    ask_note_for_calls: bool = True
    dial_scheme: str = DialScheme.TEL.value
    # The prefilled new message; {salutation}, {customer_number}, {company} and {user} are
    # filled in.
    mail_subject: str = ""
    mail_body: str = ""

    def records(self, kind: ContactKind) -> bool:
        return self.record_emails if kind == ContactKind.EMAIL else self.record_calls

    def asks_for_note(self, kind: ContactKind) -> bool:
        if kind == ContactKind.EMAIL:
            return self.ask_note_for_emails
        return self.ask_note_for_calls


_FLAGS = ("record_emails", "ask_note_for_emails", "record_calls", "ask_note_for_calls")
_TEXTS = ("dial_scheme", "mail_subject", "mail_body")


def history_settings(session: Session) -> HistorySettings:
    stored = dict(
        session.execute(
            select(Setting.key, Setting.value).where(Setting.key.startswith(_SETTING_PREFIX))
        ).all()
    )
    result = HistorySettings()
    for name in _FLAGS:
        value = stored.get(_SETTING_PREFIX + name)
        if value is not None:
            setattr(result, name, value == "1")
    for name in _TEXTS:
        value = stored.get(_SETTING_PREFIX + name)
        if value is not None:
            setattr(result, name, value)
    if result.dial_scheme not in DialScheme.__members__.values():
        result.dial_scheme = DialScheme.TEL.value
    return result


def save_history_settings(session: Session, data: HistorySettings) -> None:
    errors: list[ValidationError] = []
    if data.dial_scheme not in DialScheme.__members__.values():
        errors.append(ValidationError(tr("Dialling"), tr("Unknown way of dialling.")))
    for name, text in (("mail_subject", data.mail_subject), ("mail_body", data.mail_body)):
        try:
            _fill(text, {key: "" for key in _PLACEHOLDERS})
        except (KeyError, ValueError, IndexError):
            field = tr("Subject") if name == "mail_subject" else tr("Text")
            message = tr(
                "Only these placeholders can be used: {names}.",
                names=", ".join("{" + key + "}" for key in placeholder_names()),
            )
            errors.append(ValidationError(field, message))
    if errors:
        raise InvalidInput(errors)
    values = {name: "1" if getattr(data, name) else "0" for name in _FLAGS}
    values.update({name: str(getattr(data, name)) for name in _TEXTS})
    for name, value in values.items():
        key = _SETTING_PREFIX + name
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
    session.flush()


# --- URLs ------------------------------------------------------------------------------------

# The placeholders of the mail template, by their English and German names (both work).
_NAMES = {
    "salutation": "Briefanrede",
    "customer_number": "Kundennummer",
    "company": "Firma",
    "user": "Benutzer",
}
_PLACEHOLDERS = {**{key: key for key in _NAMES}, **{german: key for key, german in _NAMES.items()}}


def placeholder_names() -> list[str]:
    """The placeholders as the user sees them (German names in German)."""
    return list(_NAMES.values()) if language() == "de" else list(_NAMES)


def _fill(template: str, values: dict[str, str]) -> str:
    """``template`` with its placeholders (English or German names) filled from ``values``."""
    return template.format_map({name: values[key] for name, key in _PLACEHOLDERS.items()})


def _mailto_quote(text: str) -> str:
    # RFC 6068: line breaks as %0D%0A; everything but unreserved characters escaped.
    return quote(text.replace("\r\n", "\n").replace("\n", "\r\n"), safe="")


def mail_url(address: str, *, subject: str = "", body: str = "") -> str:
    """A ``mailto:`` URL for a new message, its body cut to stay within :data:`MAILTO_LIMIT`."""
    url = "mailto:" + quote(address.strip(), safe="@+")
    params: list[str] = []
    if subject:
        params.append("subject=" + _mailto_quote(subject))
    head = url + ("?" + "&".join(params) if params else "")
    if not body:
        return head
    joiner = "&" if params else "?"
    whole = f"{head}{joiner}body={_mailto_quote(body)}"
    if len(whole) <= MAILTO_LIMIT:
        return whole
    # Cut the body (by characters, so no escaped character is split) until the URL fits.
    low, high = 0, len(body)
    while low < high:
        middle = (low + high + 1) // 2
        candidate = f"{head}{joiner}body={_mailto_quote(body[:middle].rstrip() + _CUT_MARK)}"
        if len(candidate) <= MAILTO_LIMIT:
            low = middle
        else:
            high = middle - 1
    if low == 0:
        return head
    return f"{head}{joiner}body={_mailto_quote(body[:low].rstrip() + _CUT_MARK)}"


@dataclass(frozen=True)
class DialTarget:
    """What a click on a phone number hands to the dialler, and a warning when it is a guess."""

    url: str
    shown: str
    warning: str | None


def dial_target(number: PhoneNumber, *, scheme: str) -> DialTarget | None:
    """The URL that dials ``number`` with ``scheme``; None when nothing dialable was typed.

    A valid number goes in international form (RFC 3966 for tel:, "+492211234567" for callto:
    and sip:); one that could not be read is offered as typed (digits and a leading +), with a
    warning that it may not connect.
    """
    uri = number.rfc3966()
    if uri is not None:
        shown = number.international()
        if scheme == DialScheme.TEL:
            return DialTarget(uri, shown, None)
        assert number.e164 is not None
        digits = number.e164 + ("".join(c for c in number.extension or "" if c.isdigit()))
        return DialTarget(f"{scheme}:{digits}", shown, None)
    typed = number.typed.strip()
    digits = "".join(c for c in typed if c.isdigit())
    if not digits:
        return None
    if typed.startswith("+"):
        digits = "+" + digits
    warning = tr(
        "The number “{number}” could not be read as a phone number; it is dialled as typed "
        "and may not connect.",
        number=typed,
    )
    return DialTarget(f"{scheme}:{digits}", typed, warning)


def website_url(text: str) -> str | None:
    """The web address to open for what was typed as a website; None when it is none."""
    typed = text.strip()
    if not typed or any(c.isspace() for c in typed):
        return None
    scheme = _SCHEME.match(typed)
    if scheme is not None and scheme.group(1).lower() not in ("http", "https"):
        return None  # javascript:, file:, mailto: … are no websites
    if "://" not in typed:
        typed = "https://" + typed
    parts = urlsplit(typed)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return typed


def map_url(*, street: str, postcode: str, city: str, country: str = "") -> str | None:
    """The address on OpenStreetMap; None when there is no place to look for."""
    place = " ".join(part for part in (postcode.strip(), city.strip()) if part)
    if not place:
        return None
    parts = [part for part in (street.strip(), place) if part]
    if country and country != "DE":
        parts.append(country)
    return "https://www.openstreetmap.org/search?query=" + quote(", ".join(parts), safe="")


# --- Where a customer can be reached -----------------------------------------------------------


class TargetKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"
    WEBSITE = "website"
    MAP = "map"


@dataclass(frozen=True)
class ReachTarget:
    """One address, number, website or place of a customer a click can start."""

    kind: TargetKind
    #: What it is: "E-Mail", "Rechnungs-E-Mail", "Mobil – Jana Roth", …
    label: str
    #: The address, number or place as shown.
    shown: str
    contact_person_id: int | None = None
    #: The number to dial (PHONE only).
    number: PhoneNumber | None = None


def reach_targets(customer: Customer, *, region: str = "DE") -> list[ReachTarget]:
    """Every way to reach ``customer`` (loaded with its contact persons), in a fixed order:
    the customer's own, then each contact person's (main contact first)."""
    targets: list[ReachTarget] = []
    email, phone = TargetKind.EMAIL, TargetKind.PHONE
    if customer.email:
        targets.append(ReachTarget(email, tr("E-mail"), customer.email))
    if customer.invoice_email and customer.invoice_email != customer.email:
        targets.append(ReachTarget(email, tr("Invoice e-mail"), customer.invoice_email))
    for label, typed, e164, extension in (
        (tr("Phone"), customer.phone, customer.phone_e164, customer.phone_extension),
        (tr("Mobile"), customer.mobile, customer.mobile_e164, None),
    ):
        if typed:
            number = PhoneNumber(typed, e164, extension)
            targets.append(ReachTarget(phone, label, number.national(region=region), None, number))
    persons = sorted(customer.contact_persons, key=lambda p: (not p.is_main, p.id))
    for person in persons:
        name = person.display_name
        if person.email:
            label = tr("E-mail – {name}", name=name)
            targets.append(ReachTarget(email, label, person.email, person.id))
        for label, typed, e164, extension in (
            (
                tr("Phone – {name}", name=name),
                person.phone,
                person.phone_e164,
                person.phone_extension,
            ),
            (tr("Mobile – {name}", name=name), person.mobile, person.mobile_e164, None),
        ):
            if typed:
                number = PhoneNumber(typed, e164, extension)
                shown = number.national(region=region)
                targets.append(ReachTarget(phone, label, shown, person.id, number))
    if website_url(customer.website) is not None:
        targets.append(ReachTarget(TargetKind.WEBSITE, tr("Website"), customer.website))
    place = " ".join(part for part in (customer.postcode, customer.city) if part)
    if place:
        shown = ", ".join(part for part in (customer.street, place) if part)
        targets.append(ReachTarget(TargetKind.MAP, tr("Map"), shown))
    return targets


# --- Mail with the template --------------------------------------------------------------------


def new_mail_url(
    session: Session, *, customer_id: int, address: str, contact_person_id: int | None = None
) -> str:
    """The ``mailto:`` URL for a new message to the customer, with the template filled in."""
    customer = existing_customer(session, customer_id)
    contact = check_contact_person(session, customer_id, contact_person_id)
    chosen = history_settings(session)
    person: Customer | ContactPerson = contact or customer
    values = {
        "salutation": customer_letter_salutation(person),
        "customer_number": customer.number,
        "company": settings.company(session).name,
        "user": settings.display_name(session),
    }
    try:
        subject = _fill(chosen.mail_subject, values)
        body = _fill(chosen.mail_body, values)
    except (KeyError, ValueError, IndexError):
        subject, body = chosen.mail_subject, chosen.mail_body
    return mail_url(address, subject=subject, body=body)


# --- Recording ----------------------------------------------------------------------------------


def contact_event_type(session: Session, kind: ContactKind) -> EventType:
    """The type a mail or call the user starts is recorded under: the first shown outgoing
    one of that kind (or one without direction); when the user hid or changed them all, a new
    one is made rather than the record lost."""
    candidates = session.scalars(
        select(EventType)
        .where(EventType.kind == kind.value, EventType.hidden.is_(False))
        .order_by(EventType.position)
    ).all()
    for direction in ("out", ""):
        for event_type in candidates:
            if event_type.direction == direction:
                return event_type
    base = tr("E-mail sent") if kind == ContactKind.EMAIL else tr("Outgoing call")
    taken = set(session.scalars(select(EventType.name)))
    name = base
    number = 1
    while name in taken:
        number += 1
        name = f"{base} ({number})"
    return history.add_event_type(session, name, kind=kind.value, direction="out")


def record_contact(
    session: Session,
    *,
    customer_id: int,
    kind: ContactKind,
    target: str,
    contact_person_id: int | None = None,
    note: str = "",
    when: datetime | None = None,
) -> Event:
    """Write down that the user wrote to or called ``target`` (author and time automatic)."""
    existing_customer(session, customer_id)
    check_contact_person(session, customer_id, contact_person_id)
    event_type = contact_event_type(session, kind)
    moment = (when or datetime.now(LOCAL_ZONE)).astimezone(LOCAL_ZONE)
    subject = (
        tr("E-mail to {address}", address=target)
        if kind == ContactKind.EMAIL
        else tr("Call to {number}", number=target)
    )
    return history.add_event(
        session,
        customer_id=customer_id,
        data=history.EventInput(
            event_type_id=event_type.id,
            occurred_at=format_datetime_de(moment),
            contact_person_id=contact_person_id,
            subject=subject[:200],
            text=note.strip(),
        ),
    )


def add_contact_note(session: Session, event_id: int, note: str) -> None:
    """The short note the user typed after the click, as the recorded event's text."""
    event = session.get(Event, event_id)
    if event is None:
        raise NotFound(tr("The entry no longer exists."))
    if note.strip():
        event.text = note.strip()
        session.flush()
