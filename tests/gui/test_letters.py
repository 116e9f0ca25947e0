"""The letter window, the Briefe area and the serial letter dialog on real company files."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
import shiboken6
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from meinbuero.gui.dialogs.letter_dialog import LetterDialog
from meinbuero.gui.dialogs.serial_letter_dialog import SerialLetterDialog
from meinbuero.gui.main_window import MainWindow
from meinbuero.gui.signals import DataSignals
from meinbuero.i18n import tr as core_tr
from meinbuero.services import consent, documents, history, letters, settings
from meinbuero.store.database import Database
from meinbuero.store.listing import ListQuery
from tests.gui.conftest import UrlCatcher
from tests.letters_data import People, add_people

Opener = Callable[..., LetterDialog]


@pytest.fixture
def people(database: Database) -> People:
    with database.sessions.begin() as session:
        return add_people(session)


@pytest.fixture
def open_letter_window(
    qtbot: QtBot, database: Database, signals: DataSignals, isolated_settings: QSettings
) -> Iterator[Opener]:
    opened: list[LetterDialog] = []

    def open_(**kwargs: Any) -> LetterDialog:
        window = LetterDialog(
            database=database, signals=signals, settings=isolated_settings, **kwargs
        )
        window.ask_save_changes = lambda: QMessageBox.StandardButton.No  # type: ignore[method-assign]
        window.ask_yes_no = lambda text: True  # type: ignore[method-assign]
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        opened.append(window)
        return window

    yield open_
    for window in opened:
        if shiboken6.isValid(window):
            window.hide()


def test_a_letter_is_written_previewed_and_finished(
    open_letter_window: Opener, people: People, database: Database, signals: DataSignals,
    qtbot: QtBot,
) -> None:  # fmt: skip
    window = open_letter_window(customer_id=people.company)
    assert window.contact_person.currentData() == people.weber
    assert window.template.currentText() == "Brief"
    assert window.closing.text() == "Mit freundlichen Grüßen"
    window.subject.setText("Ihr Bauvorhaben in {Ort}")
    window.body.setPlainText("{Briefanrede}\n\nwir melden uns zu {Unbekannt}.")
    window.update_preview()
    shown = window.preview_plain_text()
    assert "Sehr geehrte Frau Dr. Weber," in shown and "Ihr Bauvorhaben in München" in shown
    assert "80331 München" in shown  # the address as printed
    assert "{Unbekannt}" in window.message_text()  # reported, kept visible
    assert window.is_modified()
    assert window.finish() is False  # the unknown placeholder keeps it from being finished
    assert window.letter_id is not None  # but the draft was saved
    window.body.setPlainText("{Briefanrede}\n\nwir melden uns.")
    with qtbot.wait_signal(signals.customer_changed):
        assert window.finish() is True
    assert window.is_finished() and window.body.isReadOnly()
    assert not window.finish_action.isEnabled()
    with database.sessions() as session:
        letter = letters.get_letter(session, window.letter_id)
        assert letter.body.startswith("Sehr geehrte Frau Dr. Weber,")
        filed = documents.get_document(session, letter.pdf_document_id or 0)
        assert filed.category.name == "Korrespondenz"
        assert [e.kind for e in history.history(session, people.company)] == ["letter"]


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing the keyboard")
def test_a_template_and_another_recipient(
    open_letter_window: Opener, people: People, catch_urls: Callable[..., UrlCatcher]
) -> None:
    window = open_letter_window()
    assert window.chosen_customer_id is None
    assert window.save() is False  # no recipient yet
    window.customer.setText("Schmidt")
    window.customer_picker.offer()
    assert any("Schmidt" in offer for offer in window.customer_picker.offer_texts())
    window.choose_customer(people.anna)
    window.template.setCurrentIndex(window.template.findText("Terminbestätigung"))
    window.use_template()
    window.update_preview()
    assert window.subject.text() == "Unser Termin"
    assert "Liebe Anna," in window.preview_plain_text()
    catcher = catch_urls("file")
    path = window.preview()
    assert path is not None and catcher.paths() == [path]
    with pdfplumber.open(io.BytesIO(path.read_bytes())) as pdf:
        assert "Liebe Anna," in (pdf.pages[0].extract_text() or "")


def test_the_advertising_mark_respects_an_objection(
    open_letter_window: Opener, people: People, database: Database
) -> None:
    with database.sessions.begin() as session:
        consent.record(session, people.anna, None, "post", "objected", date(2026, 1, 1))
    window = open_letter_window(customer_id=people.anna)
    window.advertising.setChecked(True)
    window.update_preview()
    assert core_tr("The recipient objected to advertising by post.") in window.message_text()
    assert window.finish() is False


@pytest.fixture
def main_window(
    qtbot: QtBot, database: Database, people: People, signals: DataSignals,
    isolated_settings: QSettings,
) -> MainWindow:  # fmt: skip
    window = MainWindow(database=database, signals=signals, settings=isolated_settings)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def test_the_briefe_area(
    main_window: MainWindow, people: People, database: Database, signals: DataSignals,
    qtmodeltester: Any,
) -> None:  # fmt: skip
    with database.sessions.begin() as session:
        for customer, subject in ((people.anna, "Einladung"), (people.company, "Angebot")):
            data = letters.new_letter(session, customer_id=customer)
            data.subject = subject
            letters.save_draft(session, None, data)
    area = main_window.show_area("letters")
    current = main_window.navigation.currentItem()
    assert current is not None and current.text(0) == main_window.tr("Letters")
    qtmodeltester.check(area.model)  # type: ignore[attr-defined]
    assert area.model.rowCount() == 2  # type: ignore[attr-defined]
    area.search_field.setText("Schmidt")  # type: ignore[attr-defined]
    area.apply_filters()  # type: ignore[attr-defined]
    assert area.model.rowCount() == 1  # type: ignore[attr-defined]
    area.open_current()
    (window,) = [w for w in main_window.findChildren(LetterDialog) if w.isVisible()]
    assert window.subject.text() == "Einladung"
    window.hide()
    area.new_item()
    assert len([w for w in main_window.findChildren(LetterDialog) if w.isVisible()]) == 1


def test_a_serial_letter_from_the_dialog(
    qtbot: QtBot, people: People, database: Database, signals: DataSignals, tmp_path: Path
) -> None:
    with database.sessions.begin() as session:
        consent.record(session, people.anna, None, "post", "objected", date(2026, 1, 1))
        group = next(g.id for g in settings.groups(session) if g.name == "Kunde")
    dialog = SerialLetterDialog(database=database, signals=signals, query=ListQuery(group_id=group))
    qtbot.addWidget(dialog)
    assert dialog.recipient_count == 3
    dialog.template.setCurrentIndex(dialog.template.findText("Angebot an Bestandskunden (Werbung)"))
    assert dialog.advertising.isChecked()
    dialog.file_each.setChecked(True)
    target = tmp_path / "serie.pdf"
    dialog.ask_pdf_path = lambda: target  # type: ignore[method-assign]
    with qtbot.wait_signal(dialog.finished_letters, timeout=60000):
        assert dialog.start()
    report = dialog.report_text()
    assert "Ohneort" in report and "Schmidt" in report
    with pdfplumber.open(target) as pdf:
        assert len(pdf.pages) == 1
    with database.sessions() as session:
        assert len(letters.letter_ids(session, letters.LetterQuery(status="finished"))) == 1


def test_consent_in_the_customer_window(
    open_details: Callable[[int | None], Any], people: People, database: Database
) -> None:
    dialog = open_details(people.company)
    box = dialog.consent_box
    assert box.isEnabled()
    assert box.state_text("post").endswith(box.tr("advertising allowed"))
    assert box.state_text("email").endswith(box.tr("no advertising"))
    box.person.setCurrentIndex(box.person.findData(people.weber))
    box.ask_change = lambda channel: ("given", date(2026, 3, 1), "written", "Messe")
    assert box.change("email")
    assert box.state_text("email").endswith(box.tr("advertising allowed"))
    box.ask_change = lambda channel: ("objected", date(2026, 4, 1), "", "")
    assert box.change("email")
    assert box.history.topLevelItemCount() == 2
    assert box.history.topLevelItem(0).text(0) == "01.04.2026"
    with database.sessions() as session:
        assert not consent.allows_advertising(session, people.company, people.weber, "email")
        assert len(consent.history(session, people.company, people.weber)) == 2
    box.person.setCurrentIndex(0)  # the company itself: nothing recorded
    assert box.history.topLevelItemCount() == 0
    new = open_details(None)
    assert not new.consent_box.isEnabled()


def test_write_letter_from_the_customer_window(
    open_details: Callable[[int | None], Any], people: People
) -> None:
    dialog = open_details(people.anna)
    window = dialog.write_letter()
    assert isinstance(window, LetterDialog)
    assert window.chosen_customer_id == people.anna
    window.hide()
