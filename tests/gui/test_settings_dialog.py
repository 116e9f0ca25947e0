"""The settings dialog on real company files: every page loads, saves and refuses as it should."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from meinbuero.gui.dialogs.settings_dialog import SettingsDialog
from meinbuero.gui.signals import DataSignals
from meinbuero.gui.widgets.fields import is_marked
from meinbuero.services import custom_fields, customers, settings
from meinbuero.store.database import Database
from meinbuero.store.models import FieldType
from tests.gui.pending_translation import shown

PAGES = [
    "company",
    "custom_fields",
    "groups",
    "number_ranges",
    "sales_texts",
    "templates",
    "dunning",
    "accounting",
    "event_types",
    "document_categories",
    "history",
    "mail",
    "user",
]


class MakeDialog(Protocol):
    def __call__(self, page: str = "company") -> SettingsDialog: ...


@pytest.fixture
def make_dialog(
    qtbot: QtBot, database: Database, signals: DataSignals, isolated_settings: QSettings
) -> Iterator[MakeDialog]:
    """Opens a SettingsDialog on the test's company file.

    A message box nobody expected fails the test instead of waiting for a click; a test that
    expects one replaces the method. Unsaved changes are discarded without asking unless a
    test asks for the question.
    """
    made: list[SettingsDialog] = []  # alive until the test ends (qtbot keeps weak references)

    def unexpected(*args: object) -> None:
        raise AssertionError(f"unexpected message box: {args}")

    def make(page: str = "company") -> SettingsDialog:
        dialog = SettingsDialog(
            database=database, signals=signals, settings=isolated_settings, page=page
        )
        dialog.show_warnings = unexpected  # type: ignore[method-assign, assignment]
        dialog.ask_save_changes = lambda: QMessageBox.StandardButton.No  # type: ignore[method-assign]
        dialog.groups_page.show_refusal = unexpected  # type: ignore[method-assign, assignment]
        dialog.groups_page.ask_name = unexpected  # type: ignore[method-assign, assignment]
        qtbot.addWidget(dialog)
        with qtbot.waitExposed(dialog):
            dialog.show()
        made.append(dialog)
        return dialog

    yield make


def stored_company(database: Database) -> settings.CompanyInput:
    with database.sessions.begin() as session:
        return settings.CompanyInput.of(settings.company(session))


def add_customer(database: Database, **typed: object) -> int:
    with database.sessions.begin() as session:
        data = customers.CustomerInput(company_name="Müller GmbH", **typed)  # type: ignore[arg-type]
        return customers.save_customer(session, data).id


# The frame


def test_pages_buttons_and_title_are_german(make_dialog: MakeDialog) -> None:
    dialog = make_dialog()
    assert dialog.windowTitle() == "Einstellungen"
    pages = dialog.ui.pages
    assert pages.objectName() == "pages"
    assert [pages.item(row).text() for row in range(pages.count())] == [
        "Meine Firma",
        "Individuelle Felder",
        "Kundengruppen",
        "Nummernkreise",
        shown("SalesTextsPage", "Selling", "Verkauf"),
        shown("TemplatesPage", "Templates", "Vorlagen"),
        QCoreApplication.translate("DunningSettingsPage", "Dunning"),  # "Mahnwesen"
        shown("AccountingPage", "Accounting", "Buchhaltung"),
        "Ereignisarten",
        "Dokumentkategorien",
        "Historie",
        "E-Mail",
        "Benutzer",
    ]
    assert [dialog.ok_button.text(), dialog.cancel_button.text(), dialog.apply_button.text()] == [
        "OK",
        "Abbrechen",
        "Übernehmen",
    ]
    assert dialog.page_keys() == PAGES


@pytest.mark.parametrize("page", PAGES)
def test_select_page(make_dialog: MakeDialog, page: str) -> None:
    dialog = make_dialog(page=page)
    assert dialog.current_page() == page
    assert dialog.ui.stack.currentWidget() is dialog.page(page)
    assert dialog.ui.page_title.text() == dialog.page(page).title()
    dialog.select_page("user")
    assert dialog.current_page() == "user"
    assert dialog.ui.page_title.text() == "Benutzer"
    assert dialog.ui.pages.currentItem().text() == "Benutzer"


def test_select_unknown_page(make_dialog: MakeDialog) -> None:
    with pytest.raises(KeyError):
        make_dialog().select_page("printing")


def test_clicking_the_list_switches_the_page(make_dialog: MakeDialog, qtbot: QtBot) -> None:
    dialog = make_dialog()
    pages = dialog.ui.pages
    rect = pages.visualItemRect(pages.item(PAGES.index("number_ranges")))
    QTest.mouseClick(pages.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.current_page() == "number_ranges"
    assert dialog.ui.page_title.text() == "Nummernkreise"


def test_apply_is_enabled_only_with_changes(make_dialog: MakeDialog) -> None:
    dialog = make_dialog()
    assert not dialog.apply_button.isEnabled()
    dialog.company_page.ui.name.setText("Firma")
    assert dialog.apply_button.isEnabled()
    dialog.company_page.ui.name.setText("")
    assert not dialog.apply_button.isEnabled()


# Meine Firma

FULL_COMPANY = settings.CompanyInput(
    name="Müller Bürotechnik GmbH",
    name_addition="Büroeinrichtung",
    owner="Jörg Müller",
    street="Hauptstraße 5",
    postcode="50667",
    city="Köln",
    country="AT",
    phone="0221 123456",
    fax="0221 123457",
    email="info@mueller.example",
    website="https://mueller.example",
    vat_id="DE136695976",
    tax_number="21/815/08150",
    tax_office="Finanzamt Köln-Mitte",
    register_court="Amtsgericht Köln",
    register_number="HRB 12345",
    managing_director="Jörg Müller",
    iban="DE89370400440532013000",
    bic="COBADEFFXXX",
    bank_name="Commerzbank",
    kleinunternehmer=True,
)


def test_company_page_loads_what_is_stored(make_dialog: MakeDialog, database: Database) -> None:
    with database.sessions.begin() as session:
        settings.save_company(session, FULL_COMPANY)
    page = make_dialog().company_page
    ui = page.ui
    assert ui.name.text() == "Müller Bürotechnik GmbH"
    assert ui.owner.text() == "Jörg Müller"
    assert ui.city.text() == "Köln"
    assert ui.country.currentData() == "AT"
    assert ui.country.currentText() == "Österreich"
    assert ui.vat_id.text() == "DE136695976"
    assert ui.register_number.text() == "HRB 12345"
    assert ui.iban.text() == "DE89 3704 0044 0532 0130 00"
    assert ui.bank_name.text() == "Commerzbank"
    assert ui.kleinunternehmer.isChecked()
    assert ui.kleinunternehmer.text() == (
        "Klein&unternehmer nach § 19 UStG: Rechnungen ohne Umsatzsteuer"
    )
    assert ui.vat_id_label.text() == "USt-I&dNr."
    assert ui.tax_number_label.text() == "Steuernu&mmer"
    assert page.typed() == settings.CompanyInput(
        **{**FULL_COMPANY.__dict__, "iban": "DE89 3704 0044 0532 0130 00"}
    )
    assert not page.is_modified()


def test_company_page_saves_every_field(
    make_dialog: MakeDialog, database: Database, qtbot: QtBot
) -> None:
    dialog = make_dialog()
    ui = dialog.company_page.ui
    for name, value in FULL_COMPANY.__dict__.items():
        if isinstance(value, str) and name != "country":
            getattr(ui, name).setText(value)
    ui.vat_id.setText("de 136 695 976")
    ui.email.clear()
    QTest.keyClicks(ui.email, "Info@Mueller.example")
    ui.country.setCurrentIndex(ui.country.findData("AT"))
    QTest.mouseClick(ui.kleinunternehmer, Qt.MouseButton.LeftButton)
    assert dialog.apply()
    assert stored_company(database) == settings.CompanyInput(
        **{**FULL_COMPANY.__dict__, "email": "info@mueller.example"}
    )
    # What the file keeps is shown again: normalised, the IBAN in fours.
    assert ui.vat_id.text() == "DE136695976"
    assert ui.iban.text() == "DE89 3704 0044 0532 0130 00"
    assert not dialog.is_modified()


def test_iban_fills_bic_and_bank_on_leaving(make_dialog: MakeDialog, qtbot: QtBot) -> None:
    ui = make_dialog().company_page.ui
    QTest.keyClicks(ui.iban, "de89370400440532013000")
    QTest.keyClick(ui.iban, Qt.Key.Key_Return)
    assert ui.iban.text() == "DE89 3704 0044 0532 0130 00"
    assert ui.bic.text() == "COBADEFFXXX"
    assert ui.bank_name.text() == "Commerzbank"
    assert not is_marked(ui.iban)


def test_iban_keeps_a_bic_and_bank_typed_before(make_dialog: MakeDialog, qtbot: QtBot) -> None:
    ui = make_dialog().company_page.ui
    ui.bic.setText("DEUTDEFFXXX")
    ui.bank_name.setText("Meine Hausbank")
    QTest.keyClicks(ui.iban, "DE89370400440532013000")
    QTest.keyClick(ui.iban, Qt.Key.Key_Return)
    assert (ui.bic.text(), ui.bank_name.text()) == ("DEUTDEFFXXX", "Meine Hausbank")


def test_wrong_iban_is_marked_on_leaving(make_dialog: MakeDialog, qtbot: QtBot) -> None:
    ui = make_dialog().company_page.ui
    QTest.keyClicks(ui.iban, "DE89 3704 0044 0532 0130")
    QTest.keyClick(ui.iban, Qt.Key.Key_Return)
    assert is_marked(ui.iban)
    assert "Eine IBAN mit dem Länderkürzel DE hat 22 Zeichen" in ui.iban.toolTip()
    assert ui.iban.text() == "DE89 3704 0044 0532 0130"
    assert ui.bic.text() == ""


def test_invalid_company_input_is_marked_and_nothing_is_written(
    make_dialog: MakeDialog, database: Database, signals: DataSignals, qtbot: QtBot
) -> None:
    with database.sessions.begin() as session:
        settings.save_company(session, settings.CompanyInput(name="Alt GmbH", city="Bonn"))
    before = stored_company(database)
    dialog = make_dialog(page="user")
    dialog.user_page.ui.display_name.setText("Jörg")
    ui = dialog.company_page.ui
    ui.name.setText("Neu GmbH")
    ui.vat_id.setText("DE123")
    ui.email.setText("info@")
    ui.iban.setText("DE00 1234")
    with qtbot.assertNotEmitted(signals.settings_changed):
        assert not dialog.apply()
    assert dialog.current_page() == "company"
    # The first refused field in the tab order has the focus and its message is shown.
    assert dialog.focusWidget() is ui.email
    assert dialog.ui.message.text().startswith("E-Mail: „info@“ ist keine gültige E-Mail-Adresse")
    assert dialog.ui.message.text().endswith("(und 2 weitere, rot markiert)")
    for widget, message in [
        (ui.vat_id, "„DE123“ hat nicht die Länge oder das Format einer USt-IdNr."),
        (ui.email, "„info@“ ist keine gültige E-Mail-Adresse"),
        (ui.iban, "IBAN"),
    ]:
        assert is_marked(widget)
        assert message in widget.toolTip()
    assert not is_marked(ui.name)
    assert not is_marked(ui.city)
    # Nothing written, nothing typed lost, all or nothing across pages.
    assert stored_company(database) == before
    with database.sessions.begin() as session:
        assert settings.display_name(session) != "Jörg"
    assert (ui.name.text(), ui.vat_id.text(), ui.email.text(), ui.iban.text()) == (
        "Neu GmbH",
        "DE123",
        "info@",
        "DE00 1234",
    )
    assert dialog.user_page.ui.display_name.text() == "Jörg"
    assert dialog.is_modified()
    assert dialog.isVisible()
    # Put right, the marks go and everything is saved together.
    ui.vat_id.setText("DE136695976")
    ui.email.setText("info@neu.example")
    ui.iban.setText("")
    with qtbot.waitSignal(signals.settings_changed):
        assert dialog.apply()
    assert not any(is_marked(w) for w in (ui.vat_id, ui.email, ui.iban))
    assert dialog.ui.message.text() == ""
    assert stored_company(database).vat_id == "DE136695976"
    with database.sessions.begin() as session:
        assert settings.display_name(session) == "Jörg"


def test_company_name_is_required(make_dialog: MakeDialog) -> None:
    dialog = make_dialog()
    dialog.company_page.ui.city.setText("Bonn")
    assert not dialog.apply()
    assert is_marked(dialog.company_page.ui.name)
    assert dialog.company_page.ui.name.toolTip() == "Bitte den Namen Ihrer Firma eingeben."


def test_phone_warnings_are_shown_after_saving(make_dialog: MakeDialog, database: Database) -> None:
    dialog = make_dialog()
    shown: list[list[str]] = []
    dialog.show_warnings = shown.append  # type: ignore[method-assign, assignment]
    dialog.company_page.ui.name.setText("Firma")
    dialog.company_page.ui.phone.setText("57953679")
    assert dialog.apply()
    assert stored_company(database).phone == "57953679"
    assert shown == [
        [
            "Telefon: „57953679“ ist keine vollständige Rufnummer (Vorwahl fehlt?). "
            "Sie wurde so gespeichert, wie sie eingegeben wurde."
        ]
    ]


# Individuelle Felder


def stored_definitions(database: Database) -> dict[int, tuple[str, str, list[str]]]:
    with database.sessions.begin() as session:
        return {
            d.slot: (d.label, d.field_type, d.choice_list)
            for d in custom_fields.definitions(session)
        }


def edit_field(
    dialog: SettingsDialog, slot: int, label: str, type_label: str, choices: str = ""
) -> None:
    page = dialog.custom_fields_page
    page.select_slot(slot)
    page.ui.field_label.setText(label)
    page.ui.field_type.setCurrentText(type_label)
    if choices:
        page.ui.field_choices.setPlainText(choices)


def test_custom_fields_page_shows_the_20_slots(
    make_dialog: MakeDialog, database: Database, qtmodeltester: object
) -> None:
    with database.sessions.begin() as session:
        custom_fields.save_definition(session, slot=2, label="Branche", field_type="text")
        custom_fields.save_definition(
            session, slot=3, label="Bewertung", field_type="choice", choices=["gut", "schlecht"]
        )
    page = make_dialog(page="custom_fields").custom_fields_page
    table = page.ui.field_table
    qtmodeltester.check(table.model())  # type: ignore[attr-defined]
    assert table.rowCount() == 20
    assert [table.horizontalHeaderItem(c).text() for c in range(3)] == [  # type: ignore[union-attr]
        "Nr.",
        "Bezeichnung",
        "Typ",
    ]
    row = [table.item(2, c).text() for c in range(3)]  # type: ignore[union-attr]
    assert row == ["3", "Bewertung", "Auswahlliste"]
    assert table.item(0, 1).text() == "(nicht verwendet)"  # type: ignore[union-attr]
    assert [page.ui.field_type.itemText(i) for i in range(page.ui.field_type.count())] == [
        "Text",
        "Zahl",
        "Datum",
        "Ja/Nein",
        "Auswahlliste",
    ]
    page.select_slot(3)
    assert page.ui.edit_group.title() == "Feld 3"
    assert page.ui.field_label.text() == "Bewertung"
    assert page.ui.field_type.currentText() == "Auswahlliste"
    assert page.ui.field_choices.toPlainText() == "gut\nschlecht"
    assert page.ui.field_choices.isEnabled()
    page.select_slot(2)
    assert not page.ui.field_choices.isEnabled()
    assert page.ui.field_choices_hint.text() == "Ein Wert pro Zeile."


def test_custom_fields_of_all_five_types_are_saved(
    make_dialog: MakeDialog, database: Database
) -> None:
    dialog = make_dialog(page="custom_fields")
    edit_field(dialog, 1, "Branche", "Text")
    edit_field(dialog, 2, "Mitarbeiterzahl", "Zahl")
    edit_field(dialog, 3, "Kunde seit", "Datum")
    edit_field(dialog, 4, "Newsletter", "Ja/Nein")
    edit_field(dialog, 5, "Bewertung", "Auswahlliste", "sehr gut\n\n  gut \nschlecht\ngut\n")
    table = dialog.custom_fields_page.ui.field_table
    assert table.item(4, 1).text() == "Bewertung"  # type: ignore[union-attr]
    assert table.item(4, 2).text() == "Auswahlliste"  # type: ignore[union-attr]
    assert dialog.apply()
    stored = stored_definitions(database)
    assert stored[1] == ("Branche", FieldType.TEXT, [])
    assert stored[2] == ("Mitarbeiterzahl", FieldType.NUMBER, [])
    assert stored[3] == ("Kunde seit", FieldType.DATE, [])
    assert stored[4] == ("Newsletter", FieldType.BOOL, [])
    assert stored[5] == ("Bewertung", FieldType.CHOICE, ["sehr gut", "gut", "schlecht"])
    assert stored[6] == ("", FieldType.TEXT, [])
    assert not dialog.is_modified()
    # Emptying a label hides the field.
    edit_field(dialog, 1, "", "Text")
    assert table.item(0, 1).text() == "(nicht verwendet)"  # type: ignore[union-attr]
    assert dialog.apply()
    assert stored_definitions(database)[1][0] == ""


def test_choice_list_without_choices_is_refused_at_the_editor(
    make_dialog: MakeDialog, database: Database
) -> None:
    dialog = make_dialog(page="custom_fields")
    edit_field(dialog, 7, "Quelle", "Auswahlliste")
    dialog.custom_fields_page.select_slot(1)
    assert not dialog.apply()
    page = dialog.custom_fields_page
    assert page.ui.field_table.currentRow() == 6
    assert is_marked(page.ui.field_choices)
    assert page.ui.field_choices.toolTip() == "Eine Auswahlliste braucht mindestens einen Eintrag."
    assert page.ui.field_table.item(6, 1).toolTip() == page.ui.field_choices.toolTip()  # type: ignore[union-attr]
    assert stored_definitions(database)[7] == ("", FieldType.TEXT, [])
    # Another slot shows no mark; back on the refused one it is there again.
    page.select_slot(1)
    assert not is_marked(page.ui.field_choices)
    page.select_slot(7)
    assert is_marked(page.ui.field_choices)
    page.ui.field_choices.setPlainText("Messe\nEmpfehlung")
    assert dialog.apply()
    assert stored_definitions(database)[7] == (
        "Quelle",
        FieldType.CHOICE,
        ["Messe", "Empfehlung"],
    )


def test_type_change_is_refused_when_customers_have_values(
    make_dialog: MakeDialog, database: Database
) -> None:
    with database.sessions.begin() as session:
        custom_fields.save_definition(session, slot=1, label="Mitarbeiter", field_type="number")
    customer_id = add_customer(database)
    with database.sessions.begin() as session:
        custom_fields.set_values(session, customer_id=customer_id, typed={1: "12"})
    dialog = make_dialog(page="user")
    edit_field(dialog, 1, "Mitarbeiter", "Text")
    assert not dialog.apply()
    page = dialog.custom_fields_page
    assert dialog.current_page() == "custom_fields"
    assert is_marked(page.ui.field_type)
    assert page.ui.field_type.toolTip() == (
        "Das Feld hat schon Werte bei 1 Kunden; sein Typ kann nicht mehr geändert werden."
    )
    assert page.ui.field_type.currentText() == "Text"
    assert stored_definitions(database)[1] == ("Mitarbeiter", FieldType.NUMBER, [])


def test_removing_a_choice_in_use_is_refused(make_dialog: MakeDialog, database: Database) -> None:
    with database.sessions.begin() as session:
        custom_fields.save_definition(
            session, slot=2, label="Bewertung", field_type="choice", choices=["gut", "schlecht"]
        )
    customer_id = add_customer(database)
    with database.sessions.begin() as session:
        custom_fields.set_values(session, customer_id=customer_id, typed={2: "gut"})
    dialog = make_dialog(page="custom_fields")
    edit_field(dialog, 2, "Bewertung", "Auswahlliste", "schlecht\nmittel")
    assert not dialog.apply()
    choices = dialog.custom_fields_page.ui.field_choices
    assert is_marked(choices)
    assert choices.toolTip() == (
        "Der Eintrag „gut“ wird noch verwendet und kann nicht entfernt werden."
    )
    assert choices.toPlainText() == "schlecht\nmittel"
    assert stored_definitions(database)[2] == ("Bewertung", FieldType.CHOICE, ["gut", "schlecht"])


# Kundengruppen


def stored_groups(database: Database) -> list[str]:
    with database.sessions.begin() as session:
        return [g.name for g in settings.groups(session)]


def test_groups_page_lists_the_groups_in_order(make_dialog: MakeDialog) -> None:
    page = make_dialog(page="groups").groups_page
    assert page.names() == ["Kunde", "Lieferant", "Messekontakt", "Interessent"]
    assert page.ui.add_item.text() == "&Neu…"
    assert page.ui.rename_item.text() == "&Umbenennen…"
    assert page.ui.delete_item.text() == "&Löschen"
    assert not page.ui.rename_item.isEnabled()
    page.select("Lieferant")
    assert page.ui.rename_item.isEnabled()
    assert page.ui.delete_item.isEnabled()


def test_groups_add_rename_delete_are_saved_with_the_dialog(
    make_dialog: MakeDialog, database: Database, qtbot: QtBot
) -> None:
    dialog = make_dialog(page="groups")
    page = dialog.groups_page
    answers = iter(["Großkunde", "Zulieferer"])
    page.ask_name = lambda title, name: next(answers)  # type: ignore[method-assign]
    QTest.mouseClick(page.ui.add_item, Qt.MouseButton.LeftButton)
    page.select("Lieferant")
    QTest.mouseClick(page.ui.rename_item, Qt.MouseButton.LeftButton)
    page.select("Messekontakt")
    QTest.mouseClick(page.ui.delete_item, Qt.MouseButton.LeftButton)
    assert page.names() == ["Kunde", "Zulieferer", "Interessent", "Großkunde"]
    # Collected, not yet written: Abbrechen would discard them.
    assert stored_groups(database) == ["Kunde", "Lieferant", "Messekontakt", "Interessent"]
    assert dialog.is_modified()
    assert dialog.apply()
    assert stored_groups(database) == ["Kunde", "Zulieferer", "Interessent", "Großkunde"]
    assert page.names() == stored_groups(database)
    assert not dialog.is_modified()


def test_a_new_group_can_be_renamed_and_deleted_before_saving(
    make_dialog: MakeDialog, database: Database
) -> None:
    dialog = make_dialog(page="groups")
    page = dialog.groups_page
    answers = iter(["Presse", "Medien"])
    page.ask_name = lambda title, name: next(answers)  # type: ignore[method-assign]
    page.add()
    page.rename()
    assert page.names()[-1] == "Medien"
    page.delete()
    assert page.names() == ["Kunde", "Lieferant", "Messekontakt", "Interessent"]
    assert dialog.apply()
    assert stored_groups(database) == ["Kunde", "Lieferant", "Messekontakt", "Interessent"]


def test_group_in_use_cannot_be_deleted(make_dialog: MakeDialog, database: Database) -> None:
    add_customer(database, groups=["Kunde"])
    dialog = make_dialog(page="groups")
    page = dialog.groups_page
    refusals: list[str] = []
    page.show_refusal = refusals.append  # type: ignore[method-assign, assignment]
    page.select("Kunde")
    page.ui.item_list.setFocus()
    page.delete()
    assert refusals == ["Die Gruppe „Kunde“ hat noch 1 Kunden und kann nicht gelöscht werden."]
    assert page.names() == ["Kunde", "Lieferant", "Messekontakt", "Interessent"]
    assert not dialog.is_modified()
    assert stored_groups(database) == ["Kunde", "Lieferant", "Messekontakt", "Interessent"]


def test_duplicate_or_empty_group_name_is_refused(make_dialog: MakeDialog) -> None:
    page = make_dialog(page="groups").groups_page
    refusals: list[str] = []
    page.show_refusal = refusals.append  # type: ignore[method-assign, assignment]
    answers = iter(["Lieferant", "  "])
    page.ask_name = lambda title, name: next(answers)  # type: ignore[method-assign]
    page.add()
    page.add()
    assert refusals == ["„Lieferant“ gibt es schon.", "Bitte einen Namen für die Gruppe eingeben."]
    assert page.names() == ["Kunde", "Lieferant", "Messekontakt", "Interessent"]


def test_cancelled_name_question_changes_nothing(make_dialog: MakeDialog) -> None:
    dialog = make_dialog(page="groups")
    dialog.groups_page.ask_name = lambda title, name: None  # type: ignore[method-assign]
    dialog.groups_page.add()
    assert not dialog.is_modified()


# Nummernkreise


def stored_range(database: Database) -> tuple[str, int, int]:
    with database.sessions.begin() as session:
        row = settings.number_range(session, "customer")
        return (row.prefix, row.next_number, row.width)


def test_number_range_preview_follows_what_is_typed(
    make_dialog: MakeDialog, database: Database, qtbot: QtBot
) -> None:
    dialog = make_dialog(page="number_ranges")
    page = dialog.number_ranges_page
    ui = page.rows["customer"]
    assert (ui.prefix.text(), ui.next_number.value(), ui.width.value()) == ("K", 10001, 5)
    assert page.ui.preview.text() == "Nächste Kundennummer: K10001"
    ui.prefix.clear()
    QTest.keyClicks(ui.prefix, "KD-")
    ui.width.setValue(7)
    ui.next_number.setValue(20000)
    assert page.ui.preview.text() == "Nächste Kundennummer: KD-0020000"
    assert dialog.apply()
    assert stored_range(database) == ("KD-", 20000, 7)


def test_number_range_cannot_move_backwards(make_dialog: MakeDialog, database: Database) -> None:
    dialog = make_dialog(page="user")
    page = dialog.number_ranges_page
    ui = page.rows["customer"]
    ui.next_number.setValue(500)
    assert page.ui.preview.text() == "Nächste Kundennummer: K00500"
    assert not dialog.apply()
    assert dialog.current_page() == "number_ranges"
    assert is_marked(ui.next_number)
    # The message names the range (Kunden) the refusal is about.
    assert dialog.ui.message.text() == (
        page.range_names()["customer"] + ": " + ui.next_number.toolTip()
    )
    assert ui.next_number.toolTip() == (
        "Die nächste Nummer kann nicht unter 10001 zurückgehen: "
        "Vergebene Nummern werden nie wieder vergeben."
    )
    assert ui.next_number.value() == 500
    assert stored_range(database) == ("K", 10001, 5)


def test_prefix_with_a_space_is_refused_at_the_prefix(make_dialog: MakeDialog) -> None:
    dialog = make_dialog(page="number_ranges")
    page = dialog.number_ranges_page
    ui = page.rows["customer"]
    ui.prefix.setText("K D")
    assert not dialog.apply()
    assert is_marked(ui.prefix)
    assert not is_marked(ui.next_number)
    assert "Leerzeichen" in ui.prefix.toolTip()


# Benutzer


def test_user_page_saves_name_and_language(
    make_dialog: MakeDialog, database: Database, isolated_settings: QSettings
) -> None:
    with database.sessions.begin() as session:
        settings.set_display_name(session, "Tatiana Keudel")
    dialog = make_dialog(page="user")
    ui = dialog.user_page.ui
    assert ui.display_name.text() == "Tatiana Keudel"
    assert ui.language.currentText() == "Deutsch"
    assert ui.language_hint.text() == "Die Sprache wird beim nächsten Programmstart wirksam."
    assert ui.display_name_label.text() == "Ihr &Name"
    ui.display_name.setText("Jörg Müller")
    ui.language.setCurrentIndex(ui.language.findData("en"))
    assert dialog.apply()
    with database.sessions.begin() as session:
        assert settings.display_name(session) == "Jörg Müller"
    assert isolated_settings.value("language") == "en"
    # Reopened, the page shows what was chosen.
    again = make_dialog(page="user")
    assert again.user_page.ui.language.currentData() == "en"


def test_language_is_not_written_when_only_the_name_changes(
    make_dialog: MakeDialog, isolated_settings: QSettings
) -> None:
    dialog = make_dialog(page="user")
    dialog.user_page.ui.display_name.setText("Ute")
    assert dialog.apply()
    assert isolated_settings.value("language") is None


def test_empty_display_name_is_refused(make_dialog: MakeDialog, database: Database) -> None:
    dialog = make_dialog(page="user")
    dialog.user_page.ui.display_name.setText("   ")
    assert not dialog.apply()
    assert is_marked(dialog.user_page.ui.display_name)
    assert dialog.user_page.ui.display_name.toolTip() == "Bitte einen Namen eingeben."


# Saving and closing


def test_settings_changed_is_emitted_on_apply(
    make_dialog: MakeDialog, signals: DataSignals, qtbot: QtBot
) -> None:
    dialog = make_dialog()
    with qtbot.assertNotEmitted(signals.settings_changed):
        assert dialog.apply()  # nothing changed: nothing to tell
    dialog.company_page.ui.name.setText("Firma")
    with qtbot.waitSignal(signals.settings_changed):
        QTest.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert not dialog.apply_button.isEnabled()


def test_ctrl_s_applies(
    make_dialog: MakeDialog, database: Database, signals: DataSignals, qtbot: QtBot
) -> None:
    dialog = make_dialog()
    dialog.company_page.ui.name.setText("Firma")
    dialog.company_page.ui.name.setFocus()
    with qtbot.waitSignal(signals.settings_changed):
        QTest.keyClick(
            dialog.company_page.ui.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
        )
    assert stored_company(database).name == "Firma"


def test_ok_saves_and_closes(make_dialog: MakeDialog, database: Database, qtbot: QtBot) -> None:
    dialog = make_dialog()
    dialog.company_page.ui.name.setText("Firma")
    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stored_company(database).name == "Firma"


def test_ok_with_refused_input_stays_open(make_dialog: MakeDialog, qtbot: QtBot) -> None:
    dialog = make_dialog()
    dialog.company_page.ui.name.setText("Firma")
    dialog.company_page.ui.email.setText("kaputt")
    QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert is_marked(dialog.company_page.ui.email)


def test_escape_without_changes_closes_without_asking(
    make_dialog: MakeDialog, qtbot: QtBot
) -> None:
    dialog = make_dialog()
    asked: list[bool] = []
    dialog.ask_save_changes = lambda: asked.append(True) or QMessageBox.StandardButton.Cancel  # type: ignore[method-assign, func-returns-value]
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert asked == []


@pytest.mark.parametrize(
    ("answer", "open_after", "saved"),
    [
        (QMessageBox.StandardButton.Cancel, True, False),
        (QMessageBox.StandardButton.No, False, False),
        (QMessageBox.StandardButton.Yes, False, True),
    ],
)
def test_unsaved_changes_prompt(
    make_dialog: MakeDialog,
    database: Database,
    qtbot: QtBot,
    answer: QMessageBox.StandardButton,
    open_after: bool,
    saved: bool,
) -> None:
    dialog = make_dialog(page="number_ranges")
    asked: list[bool] = []

    def ask() -> QMessageBox.StandardButton:
        asked.append(True)
        return answer

    dialog.ask_save_changes = ask  # type: ignore[method-assign]
    dialog.number_ranges_page.rows["customer"].next_number.setValue(20000)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [True]
    assert dialog.isVisible() is open_after
    assert (stored_range(database)[1] == 20000) is saved
    if open_after:
        assert dialog.number_ranges_page.rows["customer"].next_number.value() == 20000


def test_cancel_button_asks_and_discards_group_changes(
    make_dialog: MakeDialog, database: Database, qtbot: QtBot
) -> None:
    dialog = make_dialog(page="groups")
    dialog.groups_page.ask_name = lambda title, name: "Presse"  # type: ignore[method-assign]
    dialog.groups_page.add()
    dialog.ask_save_changes = lambda: QMessageBox.StandardButton.No  # type: ignore[method-assign]
    QTest.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "Presse" not in stored_groups(database)


def test_yes_with_refused_input_keeps_the_dialog_open(
    make_dialog: MakeDialog, qtbot: QtBot
) -> None:
    dialog = make_dialog()
    dialog.company_page.ui.email.setText("kaputt")
    dialog.ask_save_changes = lambda: QMessageBox.StandardButton.Yes  # type: ignore[method-assign]
    dialog.reject()
    assert dialog.isVisible()
    assert is_marked(dialog.company_page.ui.email)
    assert dialog.company_page.ui.email.text() == "kaputt"


def test_the_dialog_remembers_its_size(
    make_dialog: MakeDialog, isolated_settings: QSettings
) -> None:
    dialog = make_dialog()
    # The offscreen screen is 800 × 600 and the window is kept on it.
    dialog.resize(790, 560)
    dialog.reject()
    again = make_dialog()
    assert (again.width(), again.height()) == (790, 560)
