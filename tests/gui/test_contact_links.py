"""Click to mail, dial, browse, map: the URL reaches the PC (a URL handler installed by the test,
as QDesktopServices hands it on) and the contact is recorded as the Historie settings say."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from meinbuero.gui.contact import ContactLauncher
from meinbuero.gui.dialogs.customer_dialog import CustomerDialog
from meinbuero.gui.main_window import MainWindow
from meinbuero.gui.signals import DataSignals
from meinbuero.services import contact, customers, settings
from meinbuero.services.contact import ContactKind, HistorySettings
from meinbuero.services.customers import ContactPersonInput, CustomerInput
from meinbuero.store.database import Database
from meinbuero.store.models import Event
from tests.gui.conftest import UrlCatcher

SCHEMES = ("mailto", "tel", "callto", "sip", "http", "https")
ASK_NOTE = ContactLauncher.ask_note  # the real question, before the autouse fixture answers it


@pytest.fixture
def opened(catch_urls: Callable[..., UrlCatcher]) -> UrlCatcher:
    return catch_urls(*SCHEMES)


@pytest.fixture(autouse=True)
def discard_when_closed_at_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        CustomerDialog, "ask_save_changes", lambda dialog: QMessageBox.StandardButton.No
    )


@pytest.fixture(autouse=True)
def no_note(monkeypatch: pytest.MonkeyPatch) -> None:
    """The note question (asked for calls by default) is cancelled unless a test answers it."""
    monkeypatch.setattr(ContactLauncher, "ask_note", lambda launcher, kind, target: None)


@pytest.fixture
def customer(database: Database) -> tuple[int, int]:
    """Roth KG (Köln) with a main contact Jana Roth; the user is Petra Lindner."""
    with database.sessions.begin() as session:
        settings.set_display_name(session, "Petra Lindner")
        customer_id = customers.save_customer(
            session,
            CustomerInput(
                company_name="Roth KG",
                street="Hohe Straße 5",
                postcode="50667",
                city="Köln",
                email="info@roth.de",
                phone="0221 1234567",
                phone_extension="12",
                mobile="0171 2345678",
                website="www.roth.de",
            ),
        ).id
        person = customers.save_contact_person(
            session,
            ContactPersonInput(
                first_name="Jana", last_name="Roth", email="jana@roth.de", phone="0221 7654321"
            ),
            customer_id=customer_id,
        )
        return customer_id, person.id


def choose(database: Database, **chosen: object) -> None:
    with database.sessions.begin() as session:
        contact.save_history_settings(session, HistorySettings(**chosen))  # type: ignore[arg-type]


def events(database: Database) -> list[Event]:
    with database.sessions() as session:
        rows = session.scalars(select(Event).order_by(Event.id)).all()
        for row in rows:
            _ = row.event_type.name
        return list(rows)


@pytest.fixture
def details(
    open_details: Callable[[int | None], CustomerDialog], customer: tuple[int, int]
) -> CustomerDialog:
    return open_details(customer[0])


def click_link(field: QLineEdit) -> None:
    """Click the icon at the end of ``field`` as a user does."""
    [action] = [a for a in field.actions() if a.objectName() == f"{field.objectName()}_link"]
    assert isinstance(action, QAction) and action.isVisible()
    [button] = [
        b for b in field.findChildren(QToolButton) if b.defaultAction() is action and b.isVisible()
    ]
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_click_on_the_email_opens_a_new_message_and_records_it(
    qtbot: QtBot,
    details: CustomerDialog,
    database: Database,
    opened: UrlCatcher,
    signals: DataSignals,
    customer: tuple[int, int],
) -> None:
    choose(database, mail_subject="Ihre Anfrage", mail_body="{salutation}\n\n{user}")
    with qtbot.waitSignal(signals.customer_changed) as changed:
        click_link(details.address_tab.ui.email)
    assert changed.args == [customer[0]]
    assert opened.encoded() == [
        "mailto:info@roth.de?subject=Ihre%20Anfrage"
        "&body=Sehr%20geehrte%20Damen%20und%20Herren%2C%0D%0A%0D%0APetra%20Lindner"
    ]
    [event] = events(database)
    assert event.event_type.name == "E-Mail gesendet"
    assert event.subject == "E-Mail an info@roth.de"
    assert (event.customer_id, event.contact_person_id) == (customer[0], None)
    assert event.author == "Petra Lindner" and event.text == ""


def test_a_click_on_the_phone_dials_in_international_form_with_the_extension(
    details: CustomerDialog, database: Database, opened: UrlCatcher
) -> None:
    click_link(details.address_tab.ui.phone)
    assert opened.encoded() == ["tel:+49-221-1234567;ext=12"]
    choose(database, dial_scheme="sip", ask_note_for_calls=False)
    click_link(details.address_tab.ui.mobile)
    assert opened.encoded()[1] == "sip:+491712345678"
    assert [e.subject for e in events(database)] == [
        "Anruf bei +49 221 1234567-12",
        "Anruf bei +49 171 2345678",
    ]


def test_the_note_is_asked_after_the_click_and_a_cancelled_note_keeps_the_event(
    details: CustomerDialog,
    database: Database,
    opened: UrlCatcher,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[tuple[ContactKind, str, int]] = []
    answers = iter([None, "Rückruf am Montag"])

    def ask_note(launcher: ContactLauncher, kind: ContactKind, target: str) -> str | None:
        asked.append((kind, target, len(opened.encoded())))  # the phone rings before the question
        return next(answers)

    monkeypatch.setattr(ContactLauncher, "ask_note", ask_note)
    click_link(details.address_tab.ui.phone)
    click_link(details.address_tab.ui.phone)
    assert asked == [(ContactKind.CALL, "+49 221 1234567-12", 1)] * 1 + [
        (ContactKind.CALL, "+49 221 1234567-12", 2)
    ]
    assert [e.text for e in events(database)] == ["", "Rückruf am Montag"]


def test_with_recording_off_nothing_is_written(
    details: CustomerDialog, database: Database, opened: UrlCatcher
) -> None:
    choose(database, record_emails=False, record_calls=False)
    click_link(details.address_tab.ui.email)
    click_link(details.address_tab.ui.phone)
    assert opened.encoded() == ["mailto:info@roth.de", "tel:+49-221-1234567;ext=12"]
    assert events(database) == []


def test_a_contact_persons_address_records_the_person(
    details: CustomerDialog, database: Database, opened: UrlCatcher, customer: tuple[int, int]
) -> None:
    details.ui.tabs.setCurrentWidget(details.contacts_tab)
    form = details.contacts_tab.form.ui
    assert form.email.text() == "jana@roth.de"
    click_link(form.email)
    assert opened.encoded() == ["mailto:jana@roth.de"]
    [event] = events(database)
    assert event.contact_person_id == customer[1]


def test_a_number_that_could_not_be_read_is_dialled_as_typed_after_a_warning(
    details: CustomerDialog,
    database: Database,
    opened: UrlCatcher,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warnings: list[str] = []
    answers = iter([False, True])

    def confirm(launcher: ContactLauncher, warning: str) -> bool:
        warnings.append(warning)
        return next(answers)

    monkeypatch.setattr(ContactLauncher, "confirm_dial", confirm)
    details.address_tab.ui.mobile.setText("123456")
    click_link(details.address_tab.ui.mobile)
    assert opened.encoded() == [] and events(database) == []
    click_link(details.address_tab.ui.mobile)
    assert opened.encoded() == ["tel:123456"]
    assert warnings[0].startswith("Die Nummer „123456“ konnte nicht als Telefonnummer gelesen")
    assert [e.subject for e in events(database)] == ["Anruf bei 123456"]


def test_website_and_map_open_in_the_browser(
    details: CustomerDialog, database: Database, opened: UrlCatcher
) -> None:
    click_link(details.address_tab.ui.website)
    click_link(details.address_tab.ui.street)
    assert opened.encoded() == [
        "https://www.roth.de",
        "https://www.openstreetmap.org/search?query=Hohe%20Stra%C3%9Fe%205%2C%2050667%20K%C3%B6ln",
    ]
    assert events(database) == []


def test_an_empty_field_shows_no_link(details: CustomerDialog) -> None:
    field = details.address_tab.ui.invoice_email
    [action] = [a for a in field.actions() if a.objectName() == "invoice_email_link"]
    assert not action.isVisible()
    field.setText("rechnung@roth.de")
    assert action.isVisible()
    assert action.toolTip() == "E-Mail schreiben (E-Mail-Programm)"


@pytest.fixture
def window(
    qtbot: QtBot,
    database: Database,
    signals: DataSignals,
    isolated_settings: QSettings,
    customer: tuple[int, int],
) -> MainWindow:
    window = MainWindow(database=database, signals=signals, settings=isolated_settings)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.customers_area.select_customer(customer[0])
    qtbot.waitUntil(lambda: "info@roth.de" in window.customers_area.preview.toPlainText())
    return window


def test_the_preview_links_reach_the_customer(
    qtbot: QtBot, window: MainWindow, database: Database, opened: UrlCatcher
) -> None:
    text = window.customers_area.preview.toPlainText()
    assert "Telefon: 0221 1234567-12" in text and "Mobil: 0171 2345678" in text
    assert "Auf der Karte zeigen (OpenStreetMap)" in text
    html = window.customers_area.preview.toHtml()
    hrefs = [part.split('"')[0] for part in html.split('href="')[1:]]
    assert hrefs == ["reach:0", "reach:1", "reach:2", "reach:5", "reach:6"]
    for href in hrefs:
        window.customers_area.preview.anchorClicked.emit(QUrl(href))
    assert opened.encoded() == [
        "mailto:info@roth.de",
        "tel:+49-221-1234567;ext=12",
        "tel:+49-171-2345678",
        "https://www.roth.de",
        "https://www.openstreetmap.org/search?query=Hohe%20Stra%C3%9Fe%205%2C%2050667%20K%C3%B6ln",
    ]
    assert [e.event_type.name for e in events(database)] == [
        "E-Mail gesendet",
        "Anruf ausgehend",
        "Anruf ausgehend",
    ]


def test_the_context_menu_offers_every_address_and_number(
    window: MainWindow, database: Database, opened: UrlCatcher, customer: tuple[int, int]
) -> None:
    menu = window.customers_area.context_menu()
    mail = menu.findChild(QMenu, "reach_email_menu")
    call = menu.findChild(QMenu, "reach_phone_menu")
    assert mail is not None and call is not None
    assert mail.title() == "E-Mail schreiben" and call.title() == "Anrufen"
    assert [a.text() for a in mail.actions()] == [
        "E-Mail: info@roth.de",
        "E-Mail – Jana Roth: jana@roth.de",
    ]
    assert [a.text() for a in call.actions()] == [
        "Telefon: 0221 1234567-12",
        "Mobil: 0171 2345678",
        "Telefon – Jana Roth: 0221 7654321",
    ]
    names = [a.objectName() for a in menu.actions()]
    assert "reach_website_action" in names and "reach_map_action" in names
    mail.actions()[1].trigger()
    call.actions()[2].trigger()
    assert opened.encoded() == ["mailto:jana@roth.de", "tel:+49-221-7654321"]
    assert [e.contact_person_id for e in events(database)] == [customer[1], customer[1]]
    menu.deleteLater()


def test_the_note_question_names_the_call_and_returns_what_was_typed(
    qtbot: QtBot, details: CustomerDialog
) -> None:
    seen: list[tuple[str, str, int]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QInputDialog)
        seen.append((box.windowTitle(), box.labelText(), box.width()))
        box.setTextValue("Rückruf am Montag")
        box.accept()

    QTimer.singleShot(0, answer)
    note = ASK_NOTE(details.contact_launcher, ContactKind.CALL, "+49 221 1234567-12")
    assert note == "Rückruf am Montag"
    title, label, width = seen[0]
    assert title == "Notiz für die Historie"
    assert label == "Anruf bei +49 221 1234567-12\n\nNotiz für die Historie (freiwillig):"
    assert width >= 480


def test_when_no_program_starts_nothing_is_recorded_and_the_user_is_told(
    details: CustomerDialog, database: Database, opened: UrlCatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    # A program is set for mail and calls, but it does not start: Windows hands the link to
    # nobody.
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    monkeypatch.setattr(ContactLauncher, "report_failure", lambda launcher, text: told.append(text))
    click_link(details.address_tab.ui.email)
    click_link(details.address_tab.ui.phone)
    assert events(database) == []
    assert told[0].startswith("Es konnte kein E-Mail-Programm gestartet werden.")
    assert told[1].startswith("Es konnte kein Programm zum Telefonieren gestartet werden.")


def test_a_website_or_place_that_cannot_be_opened_is_explained(
    details: CustomerDialog, database: Database, opened: UrlCatcher, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(ContactLauncher, "report_failure", lambda launcher, text: told.append(text))
    ui = details.address_tab.ui
    ui.website.setText("javascript:alert(1)")
    click_link(ui.website)
    ui.postcode.setText("")
    ui.city.setText("")
    click_link(ui.street)
    assert opened.encoded() == []
    assert told == [
        "„javascript:alert(1)“ ist keine Internetadresse.",
        "Bitte geben Sie mindestens die PLZ oder den Ort ein.",
    ]
    assert ui.website.text() == "javascript:alert(1)"  # what was typed stays
    assert details.is_modified()
