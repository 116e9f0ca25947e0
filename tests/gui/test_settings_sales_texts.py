"""Settings page "Texte" on real company files: the default texts of each kind of sales document."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from meinbuero.gui.dialogs.settings_dialog import SettingsDialog
from meinbuero.gui.signals import DataSignals
from meinbuero.gui.widgets.fields import is_marked
from meinbuero.gui.widgets.settings_sales_texts import SalesTextsPage, unknown_placeholders
from meinbuero.services import sales, sales_settings
from meinbuero.store.database import Database
from meinbuero.store.models import SalesKind, Setting
from tests.gui.pending_translation import shown

CONTEXT = "SalesTextsPage"


@pytest.fixture
def dialog(
    qtbot: QtBot, database: Database, signals: DataSignals, isolated_settings: QSettings
) -> Iterator[SettingsDialog]:
    made = SettingsDialog(
        database=database, signals=signals, settings=isolated_settings, page="sales_texts"
    )
    made.ask_save_changes = lambda: QMessageBox.StandardButton.No  # type: ignore[method-assign]

    def unexpected(messages: list[str]) -> None:
        raise AssertionError(f"unexpected warning: {messages}")

    made.show_warnings = unexpected  # type: ignore[method-assign]
    qtbot.addWidget(made)
    with qtbot.waitExposed(made):
        made.show()
    yield made
    made.hide()


def page_of(dialog: SettingsDialog) -> SalesTextsPage:
    page = dialog.page("sales_texts")
    assert isinstance(page, SalesTextsPage)
    return page


def stored(database: Database, kind: str) -> tuple[str, str]:
    with database.sessions() as session:
        return sales.default_texts(session, kind)


def stored_keys(database: Database) -> set[str]:
    with database.sessions() as session:
        return {key for key in session.scalars(select(Setting.key)) if key.startswith("sales_")}


def test_page_shows_the_standard_texts_and_the_placeholders(dialog: SettingsDialog) -> None:
    page = page_of(dialog)
    assert dialog.ui.page_title.text() == shown(CONTEXT, "Selling", "Verkauf")
    assert [page.ui.kind.itemData(i) for i in range(page.ui.kind.count())] == list(SalesKind)
    assert [page.ui.kind.itemText(i) for i in range(page.ui.kind.count())] == list(
        sales.kind_labels().values()
    )
    assert page.kind() == "quote"
    assert page.ui.header.toPlainText() == sales.DEFAULT_TEXTS[SalesKind.QUOTE][0]
    assert page.ui.footer.toPlainText() == sales.DEFAULT_TEXTS[SalesKind.QUOTE][1]
    placeholders = page.ui.placeholders
    assert [
        placeholders.item(row).data(Qt.ItemDataRole.UserRole) for row in range(placeholders.count())
    ] == ["{Briefanrede}", "{Datum}", "{Gültig bis}", "{Nummer}", "{Kundennummer}", "{Bezug}"]
    # Each is listed with what it stands for.
    assert placeholders.item(1).text() == "{Datum}\n" + shown(
        CONTEXT, "The date of the document", "Das Datum des Belegs"
    )
    assert not page.ui.restore_default.isEnabled()
    assert page.ui.hint.isHidden()
    assert not dialog.is_modified()
    assert page.ui.restore_default.text() == shown(
        "SettingsSalesTexts", "&Restore the standard texts", "&Standardtexte wiederherstellen"
    )


def test_texts_of_several_kinds_saved_together(dialog: SettingsDialog, database: Database) -> None:
    page = page_of(dialog)
    page.ui.header.setPlainText("{Briefanrede}\n\nanbei unser Angebot:")
    page.select_kind("invoice")
    assert page.ui.header.toPlainText() == sales.DEFAULT_TEXTS[SalesKind.INVOICE][0]
    page.ui.footer.setPlainText("Zahlbar ohne Abzug.\n\nMit freundlichen Grüßen")
    assert dialog.apply_button.isEnabled()
    # Typed texts stay while another kind is shown.
    page.select_kind("quote")
    assert page.ui.header.toPlainText() == "{Briefanrede}\n\nanbei unser Angebot:"
    assert page.typed("invoice")[1] == "Zahlbar ohne Abzug.\n\nMit freundlichen Grüßen"
    assert dialog.apply()
    assert stored(database, "quote") == (
        "{Briefanrede}\n\nanbei unser Angebot:",
        sales.DEFAULT_TEXTS[SalesKind.QUOTE][1],
    )
    assert stored(database, "invoice") == (
        sales.DEFAULT_TEXTS[SalesKind.INVOICE][0],
        "Zahlbar ohne Abzug.\n\nMit freundlichen Grüßen",
    )
    # Only the changed kinds are stored: the others keep following the program's texts.
    assert stored_keys(database) == {
        "sales_header_quote",
        "sales_footer_quote",
        "sales_header_invoice",
        "sales_footer_invoice",
    }
    assert not dialog.is_modified()
    assert page.ui.restore_default.isEnabled()


def test_a_new_document_starts_with_the_saved_text(
    dialog: SettingsDialog, database: Database
) -> None:
    from meinbuero.services.customers import CustomerInput, save_customer

    with database.sessions.begin() as session:
        customer_id = save_customer(session, CustomerInput(company_name="Müller GmbH")).id
    page = page_of(dialog)
    page.select_kind("delivery_note")
    page.ui.footer.setPlainText("Ware erhalten am {Datum}.")
    assert dialog.apply()
    with database.sessions.begin() as session:
        document = sales.new_document(session, kind="delivery_note", customer_id=customer_id)
    assert document.footer_text == "Ware erhalten am {Datum}."


def test_restore_the_standard_texts(dialog: SettingsDialog, database: Database) -> None:
    with database.sessions.begin() as session:
        sales.set_default_texts(session, "cancellation", header="Storno {Bezug}", footer="Gruß")
    page = page_of(dialog)
    with database.sessions.begin() as session:
        page.load(session)
    page.select_kind("cancellation")
    assert (page.ui.header.toPlainText(), page.ui.footer.toPlainText()) == (
        "Storno {Bezug}",
        "Gruß",
    )
    assert page.ui.restore_default.isEnabled()
    QTest.mouseClick(page.ui.restore_default, Qt.MouseButton.LeftButton)
    assert (page.ui.header.toPlainText(), page.ui.footer.toPlainText()) == (
        sales.DEFAULT_TEXTS[SalesKind.CANCELLATION]
    )
    assert not page.ui.restore_default.isEnabled()
    assert dialog.apply_button.isEnabled()
    assert dialog.apply()
    assert stored(database, "cancellation") == sales.DEFAULT_TEXTS[SalesKind.CANCELLATION]


def test_restore_concerns_only_the_kind_shown(dialog: SettingsDialog) -> None:
    page = page_of(dialog)
    page.ui.header.setPlainText("Angebot")
    page.select_kind("order_confirmation")
    page.ui.header.setPlainText("Bestätigung")
    page.restore_default()
    assert page.typed("order_confirmation") == sales.DEFAULT_TEXTS[SalesKind.ORDER_CONFIRMATION]
    assert page.typed("quote")[0] == "Angebot"


def test_placeholder_inserted_at_the_cursor_of_the_text_last_entered(
    dialog: SettingsDialog, qtbot: QtBot
) -> None:
    page = page_of(dialog)
    page.ui.footer.setPlainText("Ihr Angebot  vom")
    page.ui.footer.setFocus()
    qtbot.waitUntil(page.ui.footer.hasFocus)
    cursor = page.ui.footer.textCursor()
    cursor.setPosition(len("Ihr Angebot "))
    page.ui.footer.setTextCursor(cursor)
    page.ui.placeholders.setCurrentRow(3)  # {Nummer}; the list takes the focus
    page.ui.placeholders.setFocus()
    QTest.mouseClick(page.ui.insert, Qt.MouseButton.LeftButton)
    assert page.ui.footer.toPlainText() == "Ihr Angebot {Nummer} vom"
    assert page.ui.footer.hasFocus()
    # Enter on an entry inserts it as well (and does not press OK).
    page.ui.footer.moveCursor(QTextCursor.MoveOperation.End)
    page.ui.footer.insertPlainText(" ")
    page.ui.placeholders.setCurrentRow(1)
    page.ui.placeholders.setFocus()
    QTest.keyClick(page.ui.placeholders, Qt.Key.Key_Return)
    assert page.ui.footer.toPlainText() == "Ihr Angebot {Nummer} vom {Datum}"
    assert page.ui.header.toPlainText() == sales.DEFAULT_TEXTS[SalesKind.QUOTE][0]
    assert dialog.isVisible()
    assert dialog.is_modified()
    # So does a double-click.
    page.ui.footer.moveCursor(QTextCursor.MoveOperation.End)
    placeholders = page.ui.placeholders
    rect = placeholders.visualItemRect(placeholders.item(0))
    QTest.mouseClick(placeholders.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(placeholders.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.ui.footer.toPlainText() == "Ihr Angebot {Nummer} vom {Datum}{Briefanrede}"


def test_unknown_placeholder_and_empty_text_are_warned(
    dialog: SettingsDialog, database: Database
) -> None:
    page = page_of(dialog)
    warned: list[list[str]] = []
    dialog.show_warnings = warned.append  # type: ignore[method-assign, assignment]
    page.select_kind("invoice")
    page.ui.header.setPlainText("Hallo {Anrede}, anbei Rechnung {Nummer} zu {Bezug }:")
    assert not page.ui.hint.isHidden()
    unknown = shown(
        CONTEXT,
        "{placeholders}: no placeholder the program knows, printed as it is written.",
        "{placeholders}: Kein Platzhalter, den das Programm kennt; wird so gedruckt, wie er"
        " geschrieben ist.",
    ).format(placeholders="{Anrede}, {Bezug }")
    assert page.ui.hint.text() == unknown
    page.ui.footer.setPlainText("")
    assert dialog.apply()
    invoice = sales.kind_labels()["invoice"]
    empty = shown(
        CONTEXT,
        "{kind}: an empty text is not kept; new documents start with the standard text instead.",
        "{kind}: Ein leerer Text wird nicht gespeichert; neue Belege beginnen stattdessen mit dem"
        " Standardtext.",
    ).format(kind=invoice)
    assert warned == [[empty, f"{invoice}: {unknown}"]]
    # Saved as typed (the unknown placeholder too); the empty footer falls back to the standard.
    assert stored(database, "invoice") == (
        "Hallo {Anrede}, anbei Rechnung {Nummer} zu {Bezug }:",
        sales.DEFAULT_TEXTS[SalesKind.INVOICE][1],
    )
    assert page.ui.footer.toPlainText() == sales.DEFAULT_TEXTS[SalesKind.INVOICE][1]


def test_unknown_placeholders() -> None:
    assert unknown_placeholders("{Briefanrede} {Datum} {Datum2} {x} {x} {Gültig bis}") == [
        "{Datum2}",
        "{x}",
    ]
    assert unknown_placeholders("{\n}") == []


# Payment terms of customers without their own Konditionen


def stored_terms(database: Database) -> sales_settings.PaymentTerms:
    with database.sessions() as session:
        return sales_settings.payment_terms(session)


def test_payment_terms_shown_and_saved(dialog: SettingsDialog, database: Database) -> None:
    ui = page_of(dialog).ui
    assert (ui.net_days.text(), ui.skonto_percent.text(), ui.skonto_days.text()) == ("14", "", "")
    ui.net_days.setText("30")
    ui.skonto_percent.setText("2,5")
    ui.skonto_days.setText("10")
    assert dialog.apply_button.isEnabled()
    assert dialog.apply()
    assert stored_terms(database) == sales_settings.PaymentTerms(
        net_days=30, skonto_percent=Decimal("2.50"), skonto_days=10
    )
    assert (ui.net_days.text(), ui.skonto_percent.text(), ui.skonto_days.text()) == (
        "30",
        "2,5",
        "10",
    )
    assert not dialog.is_modified()


def test_refused_payment_terms_are_marked(dialog: SettingsDialog, database: Database) -> None:
    page = page_of(dialog)
    ui = page.ui
    ui.net_days.setText("400")
    ui.skonto_percent.setText("2")
    ui.header.setPlainText("Neuer Kopftext")
    assert not dialog.apply()
    assert is_marked(ui.net_days)
    assert is_marked(ui.skonto_days)  # a discount needs its days
    assert not is_marked(ui.skonto_percent)
    assert dialog.focusWidget() is ui.net_days
    assert dialog.ui.message.text().startswith("Zahlungsziel (Tage netto): ")
    # Nothing is stored, not even the text; what was typed stays.
    assert stored_terms(database) == sales_settings.PaymentTerms()
    assert stored(database, "quote")[0] == sales.DEFAULT_TEXTS[SalesKind.QUOTE][0]
    assert (ui.net_days.text(), ui.header.toPlainText()) == ("400", "Neuer Kopftext")
    ui.net_days.setText("30")
    ui.skonto_days.setText("7")
    assert dialog.apply()
    assert not is_marked(ui.net_days) and not is_marked(ui.skonto_days)
    assert stored_terms(database).skonto_days == 7
