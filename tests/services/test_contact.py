"""Click to mail, dial, browse: the URLs, the Historie settings and the recorded events."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from sqlalchemy import select, update

from meinbuero.domain.phone import parse_phone
from meinbuero.services import contact, history, settings
from meinbuero.services.contact import ContactKind, DialScheme, HistorySettings
from meinbuero.services.customers import (
    ContactPersonInput,
    CustomerInput,
    save_contact_person,
    save_customer,
)
from meinbuero.services.errors import InvalidInput, NotFound
from meinbuero.store.database import Database
from meinbuero.store.models import Event, EventType


@pytest.fixture
def customer(database: Database) -> tuple[int, int]:
    """A customer (Sie) with one contact person (du); the user is Petra Lindner."""
    with database.sessions.begin() as session:
        settings.set_display_name(session, "Petra Lindner")
        company = settings.company(session)
        company.name = "Lindner Druck"
        customer_id = save_customer(
            session,
            CustomerInput(
                number="K10001",
                company_name="Roth KG",
                salutation="Herr",
                first_name="Jan",
                last_name="Roth",
                email="info@roth.de",
            ),
        ).id
        person = save_contact_person(
            session,
            ContactPersonInput(
                salutation="Frau", first_name="Jana", last_name="Roth", form_of_address="du"
            ),
            customer_id=customer_id,
        )
        return customer_id, person.id


def test_history_settings_have_defaults_and_are_kept(database: Database) -> None:
    with database.sessions() as session:
        assert contact.history_settings(session) == HistorySettings()
    chosen = HistorySettings(
        record_emails=False,
        ask_note_for_emails=True,
        record_calls=True,
        ask_note_for_calls=False,
        dial_scheme="sip",
        mail_subject="Ihre Anfrage {customer_number}",
        mail_body="{salutation}\n\nmit freundlichen Grüßen\n{user}",
    )
    with database.sessions.begin() as session:
        contact.save_history_settings(session, chosen)
    with database.sessions() as session:
        assert contact.history_settings(session) == chosen


def test_unknown_placeholders_and_schemes_are_refused_and_nothing_is_kept(
    database: Database,
) -> None:
    with database.sessions.begin() as session, pytest.raises(InvalidInput) as refused:
        contact.save_history_settings(
            session, HistorySettings(dial_scheme="skype", mail_body="Hallo {kunde}")
        )
    messages = [str(error) for error in refused.value.errors]
    assert messages == [
        "Wählen: Unbekannte Art zu wählen.",
        "Text: Nur diese Platzhalter sind möglich: {Briefanrede}, {Kundennummer}, {Firma}, "
        "{Benutzer}.",
    ]
    with database.sessions() as session:
        assert contact.history_settings(session) == HistorySettings()


def test_mail_url_escapes_everything_and_keeps_line_breaks() -> None:
    url = contact.mail_url("müller+rechnung@beispiel.de", subject="Grüße & Dank", body="A\nB")
    assert url == (
        "mailto:m%C3%BCller+rechnung@beispiel.de?subject=Gr%C3%BC%C3%9Fe%20%26%20Dank&body=A%0D%0AB"
    )
    assert contact.mail_url("info@roth.de") == "mailto:info@roth.de"
    assert contact.mail_url("info@roth.de", body="Hallo") == "mailto:info@roth.de?body=Hallo"


def test_a_long_body_is_cut_before_the_windows_limit() -> None:
    body = "Sehr geehrte Damen und Herren, " + "Größenänderung " * 400
    url = contact.mail_url("info@roth.de", subject="Angebot", body=body)
    assert len(url) <= contact.MAILTO_LIMIT
    assert len(url) > contact.MAILTO_LIMIT - 40  # not cut more than needed
    kept = parse_qs(urlsplit(url).query)["body"][0]
    assert kept.endswith("\r\n[…]")
    assert body.startswith(kept.removesuffix("\r\n[…]"))
    assert parse_qs(urlsplit(url).query)["subject"] == ["Angebot"]


@pytest.mark.parametrize(
    ("scheme", "url"),
    [
        ("tel", "tel:+49-221-1234567;ext=12"),
        ("callto", "callto:+49221123456712"),
        ("sip", "sip:+49221123456712"),
    ],
)
def test_a_number_is_dialled_in_international_form(scheme: str, url: str) -> None:
    number = parse_phone("0221 1234567", extension="12")
    target = contact.dial_target(number, scheme=scheme)
    assert target is not None
    assert (target.url, target.shown, target.warning) == (url, "+49 221 1234567-12", None)


def test_a_number_that_could_not_be_read_is_offered_as_typed_with_a_warning() -> None:
    target = contact.dial_target(parse_phone("123456"), scheme=DialScheme.TEL)
    assert target is not None
    assert target.url == "tel:123456"
    assert target.warning == (
        "Die Nummer „123456“ konnte nicht als Telefonnummer gelesen werden; sie wird so gewählt, "
        "wie sie eingegeben wurde, und kommt vielleicht nicht zustande."
    )
    assert contact.dial_target(parse_phone("ruft zurück"), scheme="tel") is None


def test_website_and_map() -> None:
    assert contact.website_url("www.roth.de") == "https://www.roth.de"
    assert contact.website_url("http://roth.de/shop") == "http://roth.de/shop"
    assert contact.website_url("roth.de:8080/shop") == "https://roth.de:8080/shop"
    assert contact.website_url("javascript:alert(1)") is None
    assert contact.website_url("file:///C:/Windows") is None
    assert contact.website_url("roth de") is None
    assert contact.website_url("") is None
    assert contact.map_url(street="Hohe Straße 5", postcode="50667", city="Köln") == (
        "https://www.openstreetmap.org/search?query=Hohe%20Stra%C3%9Fe%205%2C%2050667%20K%C3%B6ln"
    )
    url = contact.map_url(street="", postcode="1010", city="Wien", country="AT")
    assert url is not None and unquote(url).endswith("query=1010 Wien, AT")
    assert contact.map_url(street="Hohe Straße 5", postcode="", city="") is None


def test_a_new_mail_fills_the_template(database: Database, customer: tuple[int, int]) -> None:
    customer_id, person_id = customer
    with database.sessions.begin() as session:
        contact.save_history_settings(
            session,
            HistorySettings(
                mail_subject="Kunde {Kundennummer}",
                mail_body="{salutation}\n\nViele Grüße\n{Benutzer}, {company}",
            ),
        )
    with database.sessions() as session:
        to_customer = contact.new_mail_url(session, customer_id=customer_id, address="info@roth.de")
        to_person = contact.new_mail_url(
            session, customer_id=customer_id, address="jana@roth.de", contact_person_id=person_id
        )
    query = parse_qs(urlsplit(to_customer).query)
    assert query["subject"] == ["Kunde K10001"]
    assert query["body"] == [
        "Sehr geehrte Damen und Herren,\r\n\r\nViele Grüße\r\nPetra Lindner, Lindner Druck"
    ]
    assert parse_qs(urlsplit(to_person).query)["body"][0].startswith("Liebe Jana,")


def test_a_contact_is_recorded_under_the_outgoing_type(
    database: Database, customer: tuple[int, int]
) -> None:
    customer_id, person_id = customer
    moment = datetime(2026, 11, 22, 13, 5, tzinfo=UTC)
    with database.sessions.begin() as session:
        mail = contact.record_contact(
            session,
            customer_id=customer_id,
            kind=ContactKind.EMAIL,
            target="info@roth.de",
            when=moment,
        ).id
        call = contact.record_contact(
            session,
            customer_id=customer_id,
            kind=ContactKind.CALL,
            target="+49 221 1234567",
            contact_person_id=person_id,
            note="  ",
            when=moment,
        ).id
        contact.add_contact_note(session, call, "Rückruf morgen")
    with database.sessions() as session:
        events = {e.id: e for e in session.scalars(select(Event))}
        assert events[mail].event_type.name == "E-Mail gesendet"
        assert events[mail].subject == "E-Mail an info@roth.de"
        assert events[mail].author == "Petra Lindner"
        assert events[mail].occurred_at == moment
        assert events[mail].contact_person_id is None
        assert events[call].event_type.name == "Anruf ausgehend"
        assert events[call].subject == "Anruf bei +49 221 1234567"
        assert events[call].contact_person_id == person_id
        assert events[call].text == "Rückruf morgen"


def test_recording_finds_a_type_when_the_user_changed_the_list(
    database: Database, customer: tuple[int, int]
) -> None:
    customer_id, _ = customer
    with database.sessions.begin() as session:
        sent = session.scalars(select(EventType).where(EventType.name == "E-Mail gesendet")).one()
        history.rename_event_type(session, sent.id, "Mail raus")
        event = contact.record_contact(
            session, customer_id=customer_id, kind=ContactKind.EMAIL, target="info@roth.de"
        )
        assert event.event_type.name == "Mail raus"  # renamed, still the one
        history.hide_event_type(session, sent.id)
        event = contact.record_contact(
            session, customer_id=customer_id, kind=ContactKind.EMAIL, target="info@roth.de"
        )
        # Hidden types are not used for new events: a new outgoing mail type takes its place.
        assert (event.event_type.name, event.event_type.direction) == ("E-Mail gesendet", "out")
        assert not event.event_type.hidden
        session.execute(update(EventType).where(EventType.kind == "call").values(kind=""))
        call = contact.record_contact(
            session, customer_id=customer_id, kind=ContactKind.CALL, target="0221 1234567"
        )
        assert (call.event_type.name, call.event_type.kind) == ("Anruf ausgehend (2)", "call")


def test_recording_for_a_customer_or_person_that_is_gone_is_refused(
    database: Database, customer: tuple[int, int]
) -> None:
    customer_id, person_id = customer
    with database.sessions.begin() as session, pytest.raises(NotFound):
        contact.record_contact(
            session, customer_id=customer_id + 1, kind=ContactKind.CALL, target="0221"
        )
    with database.sessions.begin() as session, pytest.raises(NotFound):
        contact.record_contact(
            session,
            customer_id=customer_id,
            kind=ContactKind.CALL,
            target="0221",
            contact_person_id=person_id + 1,
        )
    with database.sessions() as session:
        assert session.scalars(select(Event)).all() == []
