"""The customer details window, driven like a user would, on real company files."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from meinbuero.gui.dialogs.customer_dialog import GEOMETRY_KEY, CustomerDialog
from meinbuero.gui.signals import DataSignals
from meinbuero.gui.widgets.custom_fields_tab import CustomFieldsTab, FieldDefinition
from meinbuero.gui.widgets.customer_parts import OptionalDateEdit
from meinbuero.gui.widgets.fields import is_marked
from meinbuero.services import custom_fields, customer_list, customers, notes, settings
from meinbuero.services.customers import ContactPersonInput, CustomerInput
from meinbuero.store.database import Database
from meinbuero.store.models import Customer

OpenDialog = Callable[[int | None], CustomerDialog]
Button = QMessageBox.StandardButton
NO_MODIFIER = Qt.KeyboardModifier.NoModifier

# slot: (label, type, choices) — one field of each type, with gaps that stay hidden.
FIELDS: dict[int, tuple[str, str, list[str] | None]] = {
    1: ("Branche", "text", None),
    2: ("Umsatz", "number", None),
    4: ("Kunde seit", "date", None),
    6: ("Newsletter", "bool", None),
    9: ("Stufe", "choice", ["Gold", "Silber", "Bronze"]),
}


@pytest.fixture(autouse=True)
def discard_when_closed_at_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest-qt closes the windows after each test: "Nein" there, unless a test answers."""
    monkeypatch.setattr(CustomerDialog, "ask_save_changes", lambda dialog: Button.No)


@pytest.fixture
def open_dialog(
    qtbot: QtBot, database: Database, signals: DataSignals, isolated_settings: QSettings
) -> Iterator[OpenDialog]:
    made: list[CustomerDialog] = []

    def make(customer_id: int | None) -> CustomerDialog:
        dialog = CustomerDialog(
            database=database,
            signals=signals,
            settings=isolated_settings,
            customer_id=customer_id,
        )
        qtbot.addWidget(dialog)
        made.append(dialog)
        with qtbot.waitExposed(dialog):
            dialog.show()
        return dialog

    yield make
    for dialog in made:
        if shiboken6.isValid(dialog):
            dialog.hide()


def define_fields(database: Database) -> None:
    with database.sessions.begin() as session:
        for slot, (label, field_type, choices) in FIELDS.items():
            custom_fields.save_definition(
                session, slot=slot, label=label, field_type=field_type, choices=choices
            )


def make_customer(database: Database, **typed: object) -> int:
    data = CustomerInput(**typed)  # type: ignore[arg-type]
    with database.sessions.begin() as session:
        return customers.save_customer(session, data).id


def add_person(database: Database, customer_id: int, **typed: object) -> int:
    data = ContactPersonInput(**typed)  # type: ignore[arg-type]
    with database.sessions.begin() as session:
        return customers.save_contact_person(session, data, customer_id=customer_id).id


def count_customers(database: Database) -> int:
    with database.sessions() as session:
        return customers.count_customers(session, include_archived=True)


def tab_texts(dialog: CustomerDialog) -> list[str]:
    return [dialog.ui.tabs.tabText(i) for i in range(dialog.ui.tabs.count())]


def editor(dialog: CustomerDialog, slot: int) -> QWidget:
    return dialog.custom_fields_tab.editors[slot]


def group_item_checked(dialog: CustomerDialog, name: str) -> bool:
    groups = dialog.address_tab.ui.groups
    for row in range(groups.count()):
        if groups.item(row).text() == name:
            return groups.item(row).checkState() == Qt.CheckState.Checked
    raise AssertionError(name)


def tick_group(dialog: CustomerDialog, name: str) -> None:
    groups = dialog.address_tab.ui.groups
    for row in range(groups.count()):
        if groups.item(row).text() == name:
            groups.item(row).setCheckState(Qt.CheckState.Checked)
            return
    raise AssertionError(name)


def leave(qtbot: QtBot, widget: QWidget) -> None:
    """Leave a field with Tab, as a user does (Enter would be the window's OK)."""
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_Tab)


def select_data(combo: QComboBox, value: str) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def fill_every_tab(qtbot: QtBot, dialog: CustomerDialog) -> None:
    """Type a complete customer, as a user would (umlauts with setText)."""
    a = dialog.address_tab.ui
    QTest.mouseClick(a.kind_person, Qt.MouseButton.LeftButton)
    select_data(a.salutation, "Frau")
    QTest.keyClicks(a.title, "Dr.")
    QTest.keyClicks(a.first_name, "Anna")
    a.last_name.setText("Müller")
    a.street.setText("Hauptstraße 5")
    QTest.keyClicks(a.postcode, "50667")
    a.city.setText("Köln")
    select_data(a.country, "DE")
    QTest.keyClicks(a.birthday, "16.4.1980")
    QTest.mouseClick(a.informal, Qt.MouseButton.LeftButton)
    QTest.keyClicks(a.phone, "0221 1234567")
    QTest.keyClicks(a.phone_extension, "12")
    QTest.keyClicks(a.mobile, "0171 2345678")
    QTest.keyClicks(a.fax, "0221 1234568")
    QTest.keyClicks(a.email, "anna@example.de")
    QTest.keyClicks(a.invoice_email, "rechnung@example.de")
    QTest.keyClicks(a.website, "www.example.de")
    QTest.mouseClick(dialog.address_tab.social_profiles.add_button, Qt.MouseButton.LeftButton)
    network, url = dialog.address_tab.social_profiles.rows()[0]
    select_data(network, "linkedin")
    QTest.keyClicks(url, "https://www.linkedin.com/in/anna")
    tick_group(dialog, "Kunde")
    tick_group(dialog, "Messekontakt")
    QTest.keyClicks(a.vat_id, "DE136695976")
    QTest.keyClicks(a.tax_number, "21/815/08150")
    QTest.keyClicks(a.iban, "DE89370400440532013000")
    leave(qtbot, a.iban)  # leaving the field fills BIC and bank
    QTest.keyClicks(a.account_holder, "Anna Mueller")
    a.remark.setPlainText("Kommt über die Messe.")

    dialog.ui.tabs.setCurrentWidget(dialog.contacts_tab)
    c = dialog.contacts_tab.form.ui
    select_data(c.salutation, "Herr")
    QTest.keyClicks(c.first_name, "Max")
    QTest.keyClicks(c.last_name, "Mustermann")
    QTest.keyClicks(c.position, "Einkauf")
    QTest.keyClicks(c.department, "Zentrale")
    QTest.keyClicks(c.email, "max@example.de")
    QTest.keyClicks(c.phone, "0221 1234567")
    QTest.keyClicks(c.phone_extension, "30")
    QTest.keyClicks(c.mobile, "0172 3456789")
    QTest.keyClicks(c.birthday, "01.02.")
    QTest.keyClicks(c.partner, "Erika")
    c.preferences.setPlainText("Kaffee schwarz")
    c.interests.setPlainText("Segeln")
    c.notes.setPlainText("Entscheidet über Bestellungen.")
    QTest.mouseClick(dialog.contacts_tab.form.social_profiles.add_button, Qt.MouseButton.LeftButton)
    _, person_url = dialog.contacts_tab.form.social_profiles.rows()[0]
    QTest.keyClicks(person_url, "https://www.xing.com/profile/max")

    dialog.ui.tabs.setCurrentWidget(dialog.conditions_tab)
    k = dialog.conditions_tab.ui
    k.price_list.setText("Händler")
    QTest.keyClicks(k.discount_percent, "5,5")
    k.delivery_terms.setPlainText("frei Haus")
    QTest.keyClicks(k.net_days, "30")
    QTest.keyClicks(k.skonto_percent, "2")
    QTest.keyClicks(k.skonto_days, "10")
    k.payment_terms_text.setPlainText("Zahlbar ohne Abzug.")
    QTest.keyClicks(k.credit_limit, "5000")
    leave(qtbot, k.credit_limit)

    dialog.ui.tabs.setCurrentWidget(dialog.custom_fields_tab)
    text = editor(dialog, 1)
    number = editor(dialog, 2)
    when = editor(dialog, 4)
    flag = editor(dialog, 6)
    choice = editor(dialog, 9)
    assert isinstance(text, QLineEdit) and isinstance(number, QLineEdit)
    assert isinstance(when, OptionalDateEdit) and isinstance(flag, QCheckBox)
    assert isinstance(choice, QComboBox)
    QTest.keyClicks(text, "Handel")
    QTest.keyClicks(number, "1234,5")
    when.setDate(QDate(2026, 1, 15))
    qtbot.waitUntil(flag.isVisible)  # the tab's editors are shown by the event loop
    QTest.mouseClick(flag, Qt.MouseButton.LeftButton)
    choice.setCurrentIndex(choice.findText("Silber"))

    dialog.ui.tabs.setCurrentWidget(dialog.notes_tab)
    dialog.notes_tab.ui.note_text.setPlainText("Erstes Gespräch auf der Messe.")


def test_a_customer_made_in_the_window_is_stored_and_shown_again(
    qtbot: QtBot, open_dialog: OpenDialog, database: Database, signals: DataSignals
) -> None:
    define_fields(database)
    with database.sessions.begin() as session:
        settings.set_display_name(session, "Petra Lindner")
    dialog = open_dialog(None)
    assert dialog.windowTitle() == "Neuer Kunde"
    assert tab_texts(dialog) == [
        "Adresse",
        "Ansprechpartner",
        "Konditionen",
        "Individuelle Felder",
        "Notizen",
        "Dokumente",
        "Statistik",
        "Historie",
    ]
    assert dialog.ui.tabs.objectName() == "tabs"
    assert dialog.address_tab.ui.number.placeholderText() == "wird beim Speichern vergeben"
    assert not dialog.is_modified()

    fill_every_tab(qtbot, dialog)
    assert dialog.is_modified()
    assert dialog.address_tab.ui.iban.text() == "DE89 3704 0044 0532 0130 00"
    assert dialog.conditions_tab.ui.credit_limit.text() == "5.000,00"

    with qtbot.waitSignal(signals.customer_changed) as changed:
        QTest.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    customer_id = dialog.customer_id
    assert customer_id is not None and changed.args == [customer_id]
    assert dialog.messages() == ""
    assert not dialog.is_modified()
    assert dialog.windowTitle() == "Kunde K10001 – Müller, Anna"
    assert re.fullmatch(
        r"Letzte Verarbeitung: \d\d\.\d\d\.\d{4} \d\d:\d\d", dialog.ui.last_processed.text()
    )
    assert dialog.address_tab.ui.number.text() == "K10001"
    assert dialog.address_tab.ui.number.isReadOnly()
    dialog.close()

    # In the file, through the services.
    with database.sessions() as session:
        customer = customers.get_customer(session, customer_id)
        assert (customer.kind, customer.salutation, customer.title) == ("person", "Frau", "Dr.")
        assert (customer.first_name, customer.last_name) == ("Anna", "Müller")
        assert (customer.street, customer.postcode, customer.city, customer.country) == (
            "Hauptstraße 5",
            "50667",
            "Köln",
            "DE",
        )
        assert (customer.phone, customer.phone_extension, customer.phone_e164) == (
            "0221 1234567",
            "12",
            "+492211234567",
        )
        assert customer.mobile == "0171 2345678" and customer.fax == "0221 1234568"
        assert customer.email == "anna@example.de"
        assert customer.invoice_email == "rechnung@example.de"
        assert customer.website == "www.example.de"
        assert [(p.network, p.url) for p in customer.social_profiles] == [
            ("linkedin", "https://www.linkedin.com/in/anna")
        ]
        assert [g.name for g in customer.groups] == ["Kunde", "Messekontakt"]
        assert customer.form_of_address == "du"
        assert customers.customer_letter_salutation(customer) == "Liebe Anna,"
        assert (customer.birthday_day, customer.birthday_month, customer.birthday_year) == (
            16,
            4,
            1980,
        )
        assert (customer.vat_id, customer.tax_number) == ("DE136695976", "21/815/08150")
        assert (customer.iban, customer.bic, customer.bank_name) == (
            "DE89370400440532013000",
            "COBADEFFXXX",
            "Commerzbank",
        )
        assert customer.account_holder == "Anna Mueller"
        assert customer.remark == "Kommt über die Messe."
        [person] = customer.contact_persons
        assert person.is_main
        assert (person.salutation, person.first_name, person.last_name) == (
            "Herr",
            "Max",
            "Mustermann",
        )
        assert (person.position, person.department, person.email) == (
            "Einkauf",
            "Zentrale",
            "max@example.de",
        )
        assert (person.phone, person.phone_extension, person.mobile) == (
            "0221 1234567",
            "30",
            "0172 3456789",
        )
        assert (person.birthday_day, person.birthday_month, person.birthday_year) == (1, 2, None)
        assert (person.partner, person.preferences, person.interests, person.notes) == (
            "Erika",
            "Kaffee schwarz",
            "Segeln",
            "Entscheidet über Bestellungen.",
        )
        assert [(p.network, p.url) for p in person.social_profiles] == [
            ("xing", "https://www.xing.com/profile/max")
        ]
        terms = customer.conditions
        assert terms is not None
        assert terms.price_list == "Händler" and terms.discount_percent == Decimal("5.5")
        assert terms.delivery_terms == "frei Haus" and terms.net_days == 30
        assert (terms.skonto_percent, terms.skonto_days) == (Decimal(2), 10)
        assert terms.payment_terms_text == "Zahlbar ohne Abzug."
        assert terms.credit_limit == Decimal(5000)
        assert custom_fields.values(session, customer_id) == {
            1: "Handel",
            2: "1.234,5",
            4: "15.01.2026",
            6: "ja",
            9: "Silber",
        }
        [note] = notes.notes(session, customer_id)
        assert (note.text, note.author) == ("Erstes Gespräch auf der Messe.", "Petra Lindner")
        found = customer_list.search(session, "Müller")
        assert [row.id for row in found] == [customer_id]
        assert [r.id for r in customer_list.search(session, "Mustermann")] == [customer_id]

    # Opened again, every tab shows what was saved.
    again = open_dialog(customer_id)
    assert again.windowTitle() == "Kunde K10001 – Müller, Anna"
    assert not again.is_modified()
    a = again.address_tab.ui
    assert a.kind_person.isChecked() and a.salutation.currentData() == "Frau"
    assert (a.title.text(), a.first_name.text(), a.last_name.text()) == ("Dr.", "Anna", "Müller")
    assert (a.street.text(), a.postcode.text(), a.city.text()) == ("Hauptstraße 5", "50667", "Köln")
    assert a.country.currentText() == "Deutschland"
    assert (a.phone.text(), a.phone_extension.text()) == ("0221 1234567", "12")
    assert (a.mobile.text(), a.fax.text()) == ("0171 2345678", "0221 1234568")
    assert (a.email.text(), a.invoice_email.text()) == ("anna@example.de", "rechnung@example.de")
    assert a.website.text() == "www.example.de"
    assert again.address_tab.social_profiles.profiles() == [
        ("linkedin", "https://www.linkedin.com/in/anna")
    ]
    assert group_item_checked(again, "Kunde") and group_item_checked(again, "Messekontakt")
    assert not group_item_checked(again, "Lieferant")
    assert a.informal.isChecked() and a.letter_salutation.text() == "Liebe Anna,"
    assert a.birthday.text() == "16.04.1980"
    assert (a.vat_id.text(), a.tax_number.text()) == ("DE136695976", "21/815/08150")
    assert (a.iban.text(), a.bic.text(), a.bank_name.text()) == (
        "DE89 3704 0044 0532 0130 00",
        "COBADEFFXXX",
        "Commerzbank",
    )
    assert a.account_holder.text() == "Anna Mueller"
    assert a.remark.toPlainText() == "Kommt über die Messe."
    contacts = again.contacts_tab
    assert contacts.model.rowCount() == 1
    assert contacts.model.index(0, 0).data() == "Max Mustermann"
    assert contacts.model.index(0, 4).data() == "✓"
    form = contacts.form.ui
    assert (form.first_name.text(), form.last_name.text()) == ("Max", "Mustermann")
    assert (form.position.text(), form.department.text()) == ("Einkauf", "Zentrale")
    assert (form.phone.text(), form.phone_extension.text()) == ("0221 1234567", "30")
    assert form.birthday.text() == "01.02." and form.is_main.isChecked()
    assert form.letter_salutation.text() == "Sehr geehrter Herr Mustermann,"
    assert contacts.form.social_profiles.profiles() == [
        ("xing", "https://www.xing.com/profile/max")
    ]
    k = again.conditions_tab.ui
    assert (k.price_list.text(), k.discount_percent.text()) == ("Händler", "5,5")
    assert k.delivery_terms.toPlainText() == "frei Haus"
    assert (k.net_days.text(), k.skonto_percent.text(), k.skonto_days.text()) == ("30", "2", "10")
    assert k.credit_limit.text() == "5.000,00"
    assert k.payment_preview.text() == (
        "Zahlbar innerhalb von 30 Tagen netto, 2 % Skonto innerhalb von 10 Tagen."
    )
    assert again.custom_fields_tab.value() == {
        1: "Handel",
        2: "1.234,5",
        4: "15.01.2026",
        6: "ja",
        9: "Silber",
    }
    [note_row] = [again.notes_tab.model.row_at(0)]
    assert (note_row.author, note_row.text) == ("Petra Lindner", "Erstes Gespräch auf der Messe.")


def test_ok_saves_and_closes_ctrl_s_saves(
    qtbot: QtBot, open_dialog: OpenDialog, database: Database
) -> None:
    dialog = open_dialog(None)
    dialog.address_tab.ui.company_name.setText("Bäckerei Schmitz")
    QTest.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.customer_id is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Kunde K10001 – Bäckerei Schmitz"
    QTest.keyClicks(dialog.address_tab.ui.city, "Bonn")
    assert dialog.apply_button.isEnabled()
    ok = dialog.ui.buttonbox.button(dialog.ui.buttonbox.StandardButton.Ok)
    QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    with database.sessions() as session:
        customer = customers.get_customer(session, dialog.customer_id)
        assert (customer.company_name, customer.city) == ("Bäckerei Schmitz", "Bonn")
        assert customer_list.search(session, "backerei")[0].id == dialog.customer_id


def test_fields_adapt_to_company_or_private_person(open_dialog: OpenDialog) -> None:
    dialog = open_dialog(None)
    a = dialog.address_tab.ui
    assert a.kind_company.isChecked()
    assert a.company_name.isVisibleTo(dialog) and not a.last_name.isVisibleTo(dialog)
    assert not a.salutation.isVisibleTo(dialog)
    assert not a.birthday.isVisibleTo(dialog)  # a company has no birthday
    a.kind_person.setChecked(True)
    assert not a.company_name.isVisibleTo(dialog) and a.last_name.isVisibleTo(dialog)
    assert a.birthday.isVisibleTo(dialog)
    assert a.salutation.isVisibleTo(dialog) and a.title.isVisibleTo(dialog)
    assert [a.salutation.itemText(i) for i in range(a.salutation.count())] == [
        "Herr",
        "Frau",
        "(keine Angabe)",
    ]
    assert a.country.currentData() == "DE" and a.country.currentText() == "Deutschland"
    assert a.country.findText("Österreich") >= 0


def test_the_letter_salutation_follows_what_is_typed(qtbot: QtBot, open_dialog: OpenDialog) -> None:
    dialog = open_dialog(None)
    a = dialog.address_tab.ui
    assert a.letter_salutation.text() == "Sehr geehrte Damen und Herren,"
    QTest.mouseClick(a.kind_person, Qt.MouseButton.LeftButton)
    select_data(a.salutation, "Frau")
    QTest.keyClicks(a.title, "Dr.")
    a.last_name.setText("Müller")
    assert a.letter_salutation.text() == "Sehr geehrte Frau Dr. Müller,"
    QTest.keyClicks(a.first_name, "Anna")
    QTest.mouseClick(a.informal, Qt.MouseButton.LeftButton)
    assert a.letter_salutation.text() == "Liebe Anna,"
    QTest.mouseClick(a.formal, Qt.MouseButton.LeftButton)
    assert a.letter_salutation.text() == "Sehr geehrte Frau Dr. Müller,"

    assert not a.letter_salutation_override.isEnabled()
    QTest.mouseClick(a.letter_salutation_custom, Qt.MouseButton.LeftButton)
    assert a.letter_salutation_override.isEnabled()
    assert a.letter_salutation_override.text() == "Sehr geehrte Frau Dr. Müller,"
    a.letter_salutation_override.setText("Hallo Frau Doktor,")
    assert a.letter_salutation.text() == "Hallo Frau Doktor,"
    assert dialog.address_tab.value().letter_salutation_override == "Hallo Frau Doktor,"
    QTest.mouseClick(a.letter_salutation_custom, Qt.MouseButton.LeftButton)
    assert a.letter_salutation.text() == "Sehr geehrte Frau Dr. Müller,"
    assert dialog.address_tab.value().letter_salutation_override == ""


def test_iban_fills_bic_and_bank_and_is_grouped(qtbot: QtBot, open_dialog: OpenDialog) -> None:
    dialog = open_dialog(None)
    a = dialog.address_tab.ui
    QTest.keyClicks(a.iban, "de89 370400440532013000")
    leave(qtbot, a.iban)
    assert a.iban.text() == "DE89 3704 0044 0532 0130 00"
    assert (a.bic.text(), a.bank_name.text()) == ("COBADEFFXXX", "Commerzbank")

    # What the user typed in BIC and bank stays.
    a.bic.setText("")
    a.bank_name.setText("Meine Hausbank")
    a.iban.clear()
    QTest.keyClicks(a.iban, "DE89370400440532013000")
    leave(qtbot, a.iban)
    assert (a.bic.text(), a.bank_name.text()) == ("COBADEFFXXX", "Meine Hausbank")

    a.iban.clear()
    QTest.keyClicks(a.iban, "DE89 3704 0044 0532 0130 01")
    leave(qtbot, a.iban)
    assert is_marked(a.iban) and "Prüfziffer" in a.iban.toolTip()
    assert a.iban.text() == "DE89 3704 0044 0532 0130 01"


def test_refused_input_is_marked_kept_and_nothing_written(
    qtbot: QtBot, open_dialog: OpenDialog, database: Database, signals: DataSignals
) -> None:
    dialog = open_dialog(None)
    a = dialog.address_tab.ui
    QTest.keyClicks(a.email, "anna(at)example")
    QTest.keyClicks(a.iban, "DE00 1234 5678")
    QTest.keyClicks(a.street, "Ringstr. 1")
    QTest.keyClicks(dialog.conditions_tab.ui.discount_percent, "viel")
    dialog.ui.tabs.setCurrentWidget(dialog.notes_tab)
    with qtbot.assertNotEmitted(signals.customer_changed):
        assert not dialog.save()

    assert count_customers(database) == 0
    assert dialog.customer_id is None and dialog.isVisible()
    assert dialog.ui.tabs.currentWidget() is dialog.address_tab
    for widget in (a.company_name, a.email, a.iban, dialog.conditions_tab.ui.discount_percent):
        assert is_marked(widget), widget.objectName()
    assert not is_marked(a.street)
    assert a.company_name.toolTip() == "Bitte den Firmennamen eingeben."
    assert (a.email.text(), a.iban.text(), a.street.text()) == (
        "anna(at)example",
        "DE00 1234 5678",
        "Ringstr. 1",
    )
    assert dialog.conditions_tab.ui.discount_percent.text() == "viel"
    shown = dialog.messages()
    assert "Firma: Bitte den Firmennamen eingeben." in shown
    assert "E-Mail:" in shown and "IBAN:" in shown and "Kundenrabatt (%):" in shown

    # Corrected, it saves; the marks go.
    a.company_name.setText("Ring GmbH")
    a.email.setText("anna@example.de")
    a.iban.setText("")
    dialog.conditions_tab.ui.discount_percent.setText("3")
    assert dialog.save()
    assert not any(is_marked(w) for w in (a.company_name, a.email, a.iban))
    assert count_customers(database) == 1


def test_only_a_refused_condition_brings_its_tab_to_the_front(
    qtbot: QtBot, open_dialog: OpenDialog, database: Database
) -> None:
    customer_id = make_customer(database, company_name="Tab GmbH")
    dialog = open_dialog(customer_id)
    QTest.keyClicks(dialog.conditions_tab.ui.skonto_percent, "2")
    QTest.keyClicks(dialog.conditions_tab.ui.net_days, "30")
    assert not dialog.save()
    assert dialog.ui.tabs.currentWidget() is dialog.conditions_tab
    assert is_marked(dialog.conditions_tab.ui.skonto_days)
    assert "beides" in dialog.messages()
    with database.sessions() as session:
        terms = customers.get_customer(session, customer_id).conditions
        assert terms is not None and terms.net_days is None


def test_a_refused_custom_field_is_marked(
    qtbot: QtBot, open_dialog: OpenDialog, database: Database
) -> None:
    define_fields(database)
    customer_id = make_customer(database, company_name="Zahl GmbH")
    dialog = open_dialog(customer_id)
    number = editor(dialog, 2)
    assert isinstance(number, QLineEdit)
    number.setText("zwölf")
    assert not dialog.save()
    assert dialog.ui.tabs.currentWidget() is dialog.custom_fields_tab
    assert is_marked(number) and number.text() == "zwölf"
    assert "Umsatz:" in dialog.messages()


def test_phone_warnings_show_after_saving_and_the_number_is_kept(
    qtbot: QtBot, open_dialog: OpenDialog, database: Database
) -> None:
    dialog = open_dialog(None)
    dialog.address_tab.ui.company_name.setText("Kurz GmbH")
    QTest.keyClicks(dialog.address_tab.ui.phone, "1234567")
    assert dialog.save()
    assert "Vorwahl fehlt?" in dialog.messages()
    assert dialog.address_tab.ui.phone.text() == "1234567"
    with database.sessions() as session:
        assert customers.get_customer(session, dialog.customer_id or 0).phone == "1234567"


def test_editing_adding_and_deleting_contact_persons(
    qtbot: QtBot,
    open_dialog: OpenDialog,
    database: Database,
    signals: DataSignals,
    qtmodeltester: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    customer_id = make_customer(database, company_name="Kontakt AG")
    first = add_person(database, customer_id, first_name="Jana", last_name="Roth")
    second = add_person(database, customer_id, first_name="Olaf", last_name="Berg")
    dialog = open_dialog(customer_id)
    tab = dialog.contacts_tab
    qtmodeltester.check(tab.model)
    assert [tab.model.index(r, 0).data() for r in range(2)] == ["Jana Roth", "Olaf Berg"]
    assert tab.current_id == first

    # Choose Olaf, change his position, save him.
    view = tab.ui.contact_view
    rect = view.visualRect(tab.model.index(1, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, NO_MODIFIER, rect.center())
    assert tab.current_id == second
    assert tab.form.ui.first_name.text() == "Olaf"
    QTest.keyClicks(tab.form.ui.position, "Vertrieb")
    assert tab.is_modified() and dialog.is_modified()
    with qtbot.waitSignal(signals.customer_changed):
        QTest.mouseClick(tab.ui.save_contact, Qt.MouseButton.LeftButton)
    assert not dialog.is_modified()
    with database.sessions() as session:
        people = {p.id: p for p in customers.get_customer(session, customer_id).contact_persons}
        assert people[second].position == "Vertrieb"

    # Typed but not saved: choosing another person saves it first.
    tab.form.ui.department.setText("Außendienst")
    rect = view.visualRect(tab.model.index(tab.model.row_of(first), 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, NO_MODIFIER, rect.center())
    assert tab.current_id == first
    with database.sessions() as session:
        people = {p.id: p for p in customers.get_customer(session, customer_id).contact_persons}
        assert people[second].department == "Außendienst"

    # A refused person stays in the form, marked.
    tab.form.ui.first_name.setText("")
    tab.form.ui.last_name.setText("")
    assert not tab.save_contact()
    assert is_marked(tab.form.ui.last_name) and tab.current_id == first
    tab.form.ui.first_name.setText("Jana")
    tab.form.ui.last_name.setText("Roth-Meier")

    # Olaf becomes the main contact (Jana's change is saved on the way).
    rect = view.visualRect(tab.model.index(tab.model.row_of(second), 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, NO_MODIFIER, rect.center())
    QTest.mouseClick(tab.ui.make_main, Qt.MouseButton.LeftButton)
    assert tab.model.index(0, 0).data() == "Olaf Berg"
    assert tab.model.index(0, 4).data() == "✓" and tab.model.index(1, 4).data() == ""
    with database.sessions() as session:
        people = {p.id: p for p in customers.get_customer(session, customer_id).contact_persons}
        assert people[second].is_main and not people[first].is_main
        assert people[first].last_name == "Roth-Meier"

    # A new one.
    QTest.mouseClick(tab.ui.new_contact, Qt.MouseButton.LeftButton)
    assert tab.current_id is None and tab.form.ui.first_name.text() == ""
    QTest.keyClicks(tab.form.ui.first_name, "Lea")
    QTest.keyClicks(tab.form.ui.last_name, "Sommer")
    QTest.mouseClick(tab.ui.save_contact, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 3 and tab.current_id is not None
    qtmodeltester.check(tab.model)

    # Deleting asks; "Nein" keeps it, "Ja" deletes.
    asked: list[str] = []
    monkeypatch.setattr(tab, "confirm_delete", lambda name: asked.append(name) or False)
    QTest.mouseClick(tab.ui.delete_contact, Qt.MouseButton.LeftButton)
    assert asked == ["Lea Sommer"] and tab.model.rowCount() == 3
    monkeypatch.setattr(tab, "confirm_delete", lambda name: True)
    QTest.mouseClick(tab.ui.delete_contact, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 2
    with database.sessions() as session:
        names = [p.first_name for p in customers.get_customer(session, customer_id).contact_persons]
        assert sorted(names) == ["Jana", "Olaf"]


def test_a_contact_person_of_a_new_customer_saves_the_customer_first(
    qtbot: QtBot, open_dialog: OpenDialog, database: Database
) -> None:
    dialog = open_dialog(None)
    dialog.address_tab.ui.company_name.setText("Neu & Co")
    tab = dialog.contacts_tab
    QTest.keyClicks(tab.form.ui.first_name, "Ina")
    QTest.keyClicks(tab.form.ui.last_name, "Vogt")
    QTest.mouseClick(tab.ui.save_contact, Qt.MouseButton.LeftButton)
    assert dialog.customer_id is not None
    assert tab.current_id is not None and tab.model.rowCount() == 1
    with database.sessions() as session:
        customer = customers.get_customer(session, dialog.customer_id)
        assert customer.company_name == "Neu & Co"
        assert [p.last_name for p in customer.contact_persons] == ["Vogt"]


def test_notes_get_author_and_time_newest_first(
    qtbot: QtBot,
    open_dialog: OpenDialog,
    database: Database,
    signals: DataSignals,
    qtmodeltester: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    customer_id = make_customer(database, company_name="Notiz KG")
    with database.sessions.begin() as session:
        settings.set_display_name(session, "Erika Büro")
    dialog = open_dialog(customer_id)
    tab = dialog.notes_tab
    dialog.ui.tabs.setCurrentWidget(tab)
    assert not tab.ui.add_note.isEnabled()
    QTest.keyClicks(tab.ui.note_text, "Angerufen, Angebot folgt.")
    assert dialog.is_modified()
    with qtbot.waitSignal(signals.customer_changed):
        QTest.mouseClick(tab.ui.add_note, Qt.MouseButton.LeftButton)
    QTest.keyClicks(tab.ui.note_text, "Angebot geschickt.")
    tab.ui.note_text.setFocus()
    QTest.keyClick(tab.ui.note_text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert tab.ui.note_text.toPlainText() == "" and not dialog.is_modified()

    qtmodeltester.check(tab.model)
    assert [tab.model.index(0, c).data() for c in (1, 2)] == ["Erika Büro", "Angebot geschickt."]
    assert tab.model.index(1, 2).data() == "Angerufen, Angebot folgt."
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", tab.model.index(0, 0).data())
    assert tab.model.index(0, 0).data().startswith(date.today().strftime("%d.%m.%Y"))
    assert [tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Datum",
        "Verfasser",
        "Notiz",
    ]
    with database.sessions() as session:
        stored = [(n.text, n.author) for n in notes.notes(session, customer_id)]
    assert stored == [
        ("Angebot geschickt.", "Erika Büro"),
        ("Angerufen, Angebot folgt.", "Erika Büro"),
    ]

    # Deleting asks first.
    view = tab.ui.note_view
    rect = view.visualRect(tab.model.index(1, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, NO_MODIFIER, rect.center())
    monkeypatch.setattr(tab, "confirm_delete", lambda note: False)
    QTest.mouseClick(tab.ui.delete_note, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 2
    monkeypatch.setattr(tab, "confirm_delete", lambda note: note.text.startswith("Angerufen"))
    QTest.mouseClick(tab.ui.delete_note, Qt.MouseButton.LeftButton)
    assert tab.model.rowCount() == 1
    with database.sessions() as session:
        assert [n.text for n in notes.notes(session, customer_id)] == ["Angebot geschickt."]


def test_custom_field_editors_follow_their_definitions(
    qtbot: QtBot, open_dialog: OpenDialog, database: Database, signals: DataSignals
) -> None:
    customer_id = make_customer(database, company_name="Feld GmbH")
    dialog = open_dialog(customer_id)
    tab = dialog.custom_fields_tab
    assert tab.editors == {}
    assert not tab.ui.hint.isHidden() and tab.ui.field_area.isHidden()
    assert "Extras > Einstellungen > Individuelle Felder" in tab.ui.hint.text()

    define_fields(database)
    signals.settings_changed.emit()
    assert tab.ui.hint.isHidden() and not tab.ui.field_area.isHidden()
    assert sorted(tab.editors) == [1, 2, 4, 6, 9]  # undefined slots have no editor
    kinds = {slot: type(widget) for slot, widget in tab.editors.items()}
    assert kinds == {
        1: QLineEdit,
        2: QLineEdit,
        4: OptionalDateEdit,
        6: QCheckBox,
        9: QComboBox,
    }
    buddies = {
        label.buddy(): label.text()
        for label in tab.ui.field_page.findChildren(QLabel)
        if label.buddy() is not None
    }
    assert [buddies[tab.editors[slot]] for slot in (1, 2, 4, 6, 9)] == [
        "Branche",
        "Umsatz",
        "Kunde seit",
        "Newsletter",
        "Stufe",
    ]
    choice = tab.editors[9]
    assert isinstance(choice, QComboBox)
    assert [choice.itemText(i) for i in range(choice.count())] == ["", "Gold", "Silber", "Bronze"]
    when = tab.editors[4]
    assert isinstance(when, QDateEdit) and when.calendarPopup()
    assert isinstance(when, OptionalDateEdit) and when.text_value() == ""
    when.setDate(QDate(2025, 3, 1))
    assert when.text_value() == "01.03.2025"
    when.clear_date()
    assert when.text_value() == ""
    when.setDate(QDate(2025, 3, 1))
    QTest.keyClicks(tab.editors[1], "Handwerk")

    # A definition changing while the window is open: what was typed stays.
    with database.sessions.begin() as session:
        custom_fields.save_definition(session, slot=2, label="", field_type="number")
        custom_fields.save_definition(session, slot=3, label="Region", field_type="text")
    signals.settings_changed.emit()
    assert sorted(tab.editors) == [1, 3, 4, 6, 9]
    assert tab.value()[1] == "Handwerk" and tab.value()[4] == "01.03.2025"
    assert dialog.is_modified()
    assert dialog.save()
    with database.sessions() as session:
        assert custom_fields.values(session, customer_id) == {
            1: "Handwerk",
            3: "",
            4: "01.03.2025",
            6: "",
            9: "",
        }


def test_a_yes_no_field_can_be_unticked_again(open_dialog: OpenDialog, database: Database) -> None:
    define_fields(database)
    customer_id = make_customer(database, company_name="Haken GmbH")
    with database.sessions.begin() as session:
        custom_fields.set_values(session, customer_id=customer_id, typed={6: "ja"})
    dialog = open_dialog(customer_id)
    flag = editor(dialog, 6)
    assert isinstance(flag, QCheckBox) and flag.isChecked()
    flag.setChecked(False)
    assert dialog.is_modified() and dialog.save()
    with database.sessions() as session:
        assert custom_fields.values(session, customer_id)[6] == "nein"


def test_esc_asks_before_unsaved_changes_are_lost(
    qtbot: QtBot, open_dialog: OpenDialog, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    customer_id = make_customer(database, company_name="Frage GmbH")
    asked: list[int] = []

    def answer_with(button: Button) -> None:
        def ask(dialog: CustomerDialog) -> Button:
            asked.append(1)
            return button

        monkeypatch.setattr(CustomerDialog, "ask_save_changes", ask)

    # Nothing changed: Esc closes without a question.
    answer_with(Button.Cancel)
    dialog = open_dialog(customer_id)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked == []

    # Abbrechen: the window stays, with what was typed.
    dialog = open_dialog(customer_id)
    QTest.keyClicks(dialog.address_tab.ui.city, "Trier")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [1] and dialog.isVisible()
    assert dialog.address_tab.ui.city.text() == "Trier"

    # Nein: closed, nothing saved.
    answer_with(Button.No)
    QTest.mouseClick(
        dialog.ui.buttonbox.button(dialog.ui.buttonbox.StandardButton.Cancel),
        Qt.MouseButton.LeftButton,
    )
    assert not dialog.isVisible()
    with database.sessions() as session:
        assert customers.get_customer(session, customer_id).city == ""

    # Ja: saved and closed.
    answer_with(Button.Yes)
    dialog = open_dialog(customer_id)
    QTest.keyClicks(dialog.conditions_tab.ui.net_days, "14")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    with database.sessions() as session:
        terms = customers.get_customer(session, customer_id).conditions
        assert terms is not None and terms.net_days == 14

    # Ja, but the input is refused: the window stays open, marked.
    dialog = open_dialog(customer_id)
    dialog.address_tab.ui.company_name.setText("")
    dialog.close()
    assert dialog.isVisible() and is_marked(dialog.address_tab.ui.company_name)
    assert dialog.address_tab.ui.company_name.text() == ""
    assert dialog.ui.tabs.currentWidget() is dialog.address_tab


def test_unsaved_note_or_contact_person_counts_as_a_change(
    qtbot: QtBot, open_dialog: OpenDialog, database: Database
) -> None:
    customer_id = make_customer(database, company_name="Merk GmbH")
    dialog = open_dialog(customer_id)
    assert not dialog.is_modified() and not dialog.apply_button.isEnabled()
    QTest.keyClicks(dialog.contacts_tab.form.ui.last_name, "Kern")
    assert dialog.is_modified() and dialog.apply_button.isEnabled()
    dialog.contacts_tab.form.ui.last_name.clear()
    assert not dialog.is_modified()
    QTest.keyClicks(dialog.notes_tab.ui.note_text, "Nicht vergessen")
    assert dialog.is_modified()
    assert dialog.save()  # the typed note is added with the save
    with database.sessions() as session:
        assert [n.text for n in notes.notes(session, customer_id)] == ["Nicht vergessen"]


def test_the_window_size_is_remembered(
    open_dialog: OpenDialog, isolated_settings: QSettings
) -> None:
    dialog = open_dialog(None)
    # (The offscreen screen is narrower than the window: only the height can be compared.)
    dialog.resize(dialog.width(), 560)
    dialog.reject()
    assert isolated_settings.value(GEOMETRY_KEY) is not None
    again = open_dialog(None)
    assert again.height() == 560


def test_a_customer_changed_elsewhere_is_saved_over_with_the_signal(
    qtbot: QtBot, open_dialog: OpenDialog, database: Database, signals: DataSignals
) -> None:
    customer_id = make_customer(database, company_name="Alt GmbH", city="Ulm")
    dialog = open_dialog(customer_id)
    assert dialog.windowTitle() == "Kunde K10001 – Alt GmbH"
    dialog.address_tab.ui.company_name.setText("Neu GmbH")
    with qtbot.waitSignal(signals.customer_changed) as changed:
        assert dialog.save()
    assert changed.args == [customer_id]
    assert dialog.windowTitle() == "Kunde K10001 – Neu GmbH"
    with database.sessions() as session:
        customer = session.get(Customer, customer_id)
        assert customer is not None and customer.company_name == "Neu GmbH"
        assert customer.city == "Ulm"


def test_custom_fields_tab_alone_shows_stored_values(qtbot: QtBot) -> None:
    tab = CustomFieldsTab()
    qtbot.addWidget(tab)
    tab.set_definitions(
        [
            FieldDefinition(slot=1, label="A", field_type="bool"),
            FieldDefinition(slot=2, label="B", field_type="date"),
            FieldDefinition(slot=3, label="C", field_type="choice", choices=("x", "y")),
        ]
    )
    tab.set_values({1: "ja", 2: "24.12.2025", 3: "y"})
    assert tab.value() == {1: "ja", 2: "24.12.2025", 3: "y"}
    tab.set_values({1: "nein", 2: "", 3: ""})
    assert tab.value() == {1: "nein", 2: "", 3: ""}
