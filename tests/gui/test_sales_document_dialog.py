"""The sales document window on a real company file: pre-filled head, lines typed through the
table's editors, live totals, save and reopen, finalise (refused and done), carry on, cancel,
the unsaved-changes question, a delivery note without prices."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from meinbuero.domain.units import unit_labels
from meinbuero.gui.dialogs.customer_dialog import CustomerDialog
from meinbuero.gui.dialogs.sales_document_dialog import SalesDocumentDialog
from meinbuero.gui.models.sales_lines import (
    AMOUNT,
    DISCOUNT,
    NAME,
    NUMBER,
    PRICE,
    QUANTITY,
    UNIT,
    VAT,
)
from meinbuero.gui.signals import DataSignals
from meinbuero.i18n import tr as core_tr
from meinbuero.services import articles, conditions, customers, sales, settings
from meinbuero.services.conditions import ConditionsInput
from meinbuero.services.customers import ContactPersonInput, CustomerInput
from meinbuero.services.sales import LineInput
from meinbuero.store.database import Database
from meinbuero.store.models import Document, SalesDocument
from tests.gui.conftest import UrlCatcher

Opener = Callable[..., SalesDocumentDialog]
# Offscreen has no window stacking and no keyboard grab for the completers' popups.
POPUP_WARNINGS = ("does not support raise", "does not support grabbing the keyboard")


@pytest.fixture
def customer_id(database: Database) -> int:
    """Roth KG in Köln, main contact Jana Roth; 30 days net, 2 % Skonto in 10 days, 10 %
    customer discount. Article A-100 "Beratung" at 95,00 € per hour, 19 %."""
    with database.sessions.begin() as session:
        settings.set_display_name(session, "Petra Lindner")
        customer = customers.save_customer(
            session,
            CustomerInput(
                company_name="Roth KG", street="Hohe Straße 5", postcode="50667", city="Köln"
            ),
        ).id
        customers.save_contact_person(
            session,
            ContactPersonInput(first_name="Jana", last_name="Roth", is_main=True),
            customer_id=customer,
        )
        conditions.save_conditions(
            session,
            ConditionsInput(
                net_days="30", skonto_percent="2", skonto_days="10", discount_percent="10"
            ),
            customer_id=customer,
        )
        articles.save_article(
            session,
            None,
            articles.ArticleInput(
                number="A-100", name="Beratung", unit="HUR", unit_price="95", vat_rate="19"
            ),
        )
    return customer


def complete_company(database: Database) -> None:
    with database.sessions.begin() as session:
        settings.save_company(
            session,
            settings.CompanyInput(
                name="Lindner Design",
                street="Ringstraße 1",
                postcode="50667",
                city="Köln",
                tax_number="214/5678/1234",
            ),
        )


@pytest.fixture
def open_window(
    qtbot: QtBot, database: Database, signals: DataSignals, isolated_settings: QSettings
) -> Iterator[Opener]:
    opened: list[SalesDocumentDialog] = []

    def open_(
        *,
        kind: str = "invoice",
        document_id: int | None = None,
        customer_id: int | None = None,
        open_document: Callable[[int], QWidget | None] | None = None,
    ) -> SalesDocumentDialog:
        window = SalesDocumentDialog(
            database=database,
            signals=signals,
            settings=isolated_settings,
            kind=kind,
            document_id=document_id,
            customer_id=customer_id,
            open_document=open_document,
        )
        window.ask_save_changes = (  # type: ignore[method-assign]
            lambda: QMessageBox.StandardButton.No
        )
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


def editor_of(window: SalesDocumentDialog, row: int, key: str) -> QLineEdit:
    model = window.lines_model
    editor = window.lines_view.indexWidget(model.index(row, model.column_of(key)))
    assert isinstance(editor, QLineEdit), f"no editor open at {row}, {key}"
    return editor


def type_cell(qtbot: QtBot, window: SalesDocumentDialog, row: int, key: str, text: str) -> None:
    """Open the cell's editor, type (ASCII), press Enter: as the user does."""
    view, model = window.lines_view, window.lines_model
    index = model.index(row, model.column_of(key))
    qtbot.wait(5)  # Enter may have opened the next cell already
    if view.indexWidget(index) is None:
        view.setFocus()
        view.setCurrentIndex(index)
        view.edit(index)
    editor = editor_of(window, row, key)
    editor.selectAll()
    QTest.keyClicks(editor, text)
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(5)


def stored(database: Database, document_id: int) -> SalesDocument:
    with database.sessions() as session:
        document = sales.get_document(session, document_id)
        session.expunge_all()
        return document


def test_a_new_invoice_for_a_customer_is_filled_in(open_window: Opener, customer_id: int) -> None:
    window = open_window(customer_id=customer_id)
    assert window.customer.text().endswith("Roth KG")
    assert window.address.toPlainText() == "Roth KG\nJana Roth\nHohe Straße 5\n50667 Köln"
    assert window.contact_person.currentText() == "Jana Roth"
    assert (window.net_days.text(), window.skonto_percent.text(), window.skonto_days.text()) == (
        "30",
        "2",
        "10",
    )
    assert window.tax_case.currentData() == "standard"
    assert window.document_date.text() == date.today().strftime("%d.%m.%Y")
    assert "{Briefanrede}" in window.header_text.toPlainText()
    assert not window.valid_until.isVisible()  # only quotes are valid until
    assert not window.is_modified()


@pytest.mark.qt_log_ignore(*POPUP_WARNINGS)
def test_without_a_customer_the_customer_field_has_focus_and_finds_customers(
    qtbot: QtBot, open_window: Opener, customer_id: int
) -> None:
    window = open_window()
    window.activateWindow()
    qtbot.waitUntil(lambda: window.customer.hasFocus())
    QTest.keyClicks(window.customer, "Roth")
    qtbot.waitUntil(lambda: len(window.customer_offer_texts()) == 1)
    assert "Roth KG" in window.customer_offer_texts()[0]
    popup = window.customer_completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.chosen_customer_id == customer_id)
    assert window.address.toPlainText().startswith("Roth KG")
    assert window.net_days.text() == "30"


@pytest.mark.qt_log_ignore(*POPUP_WARNINGS)
def test_lines_typed_show_the_totals_and_are_stored(
    qtbot: QtBot, open_window: Opener, customer_id: int, database: Database
) -> None:
    window = open_window(customer_id=customer_id)
    view, model = window.lines_view, window.lines_model
    # An article by its number: the offer is picked with Enter, then the quantity.
    window.add_article_line()
    editor = editor_of(window, 0, NUMBER)
    QTest.keyClicks(editor, "A-100")
    completer = editor.completer()
    popup = completer.popup()
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.line(0).article_id is not None)
    qtbot.waitUntil(lambda: view.indexWidget(model.index(0, model.column_of(QUANTITY))) is not None)
    quantity = editor_of(window, 0, QUANTITY)
    QTest.keyClicks(quantity, "2")
    QTest.keyClick(quantity, Qt.Key.Key_Return)
    qtbot.wait(5)
    line = model.line(0)
    assert (line.name, line.unit, line.unit_price, line.discount_percent) == (
        "Beratung",
        "HUR",
        Decimal(95),
        Decimal(10),  # the customer's discount
    )
    assert line.quantity == Decimal(2)
    # A free line: 3 × 65,00 € at 19 % with 5 % discount.
    window.add_line(LineInput())
    type_cell(qtbot, window, 1, NAME, "Layout Startseite")
    type_cell(qtbot, window, 1, QUANTITY, "3")
    type_cell(qtbot, window, 1, PRICE, "65,00")
    type_cell(qtbot, window, 1, DISCOUNT, "5")
    # A 7 % line: 2 × 39,90 €.
    window.add_line(LineInput())
    type_cell(qtbot, window, 2, NAME, "Fachbuch")
    type_cell(qtbot, window, 2, QUANTITY, "2")
    type_cell(qtbot, window, 2, PRICE, "39,90")
    type_cell(qtbot, window, 2, VAT, "7")
    view.closePersistentEditor(view.currentIndex())
    # 2 × 95,00 − 10 % = 171,00; 195,00 − 9,75 = 185,25; 79,80. 19 % on 356,25 = 67,69;
    # 7 % on 79,80 = 5,59; net 436,05, gross 509,33; Skonto 2 % of that 10,19.
    values = [row.rsplit(": ", 1)[1] for row in window.totals_lines()]
    assert values == ["436,05 €", "67,69 €", "5,59 €", "509,33 €", "10,19 €"]
    assert "356,25 €" in window.totals_lines()[1]
    assert "79,80 €" in window.totals_lines()[2]
    assert "509,33 €" in window.totals.text()
    assert window.save()
    assert window.document_id is not None
    document = stored(database, window.document_id)
    assert (document.net_total, document.tax_total, document.gross_total) == (
        Decimal("436.05"),
        Decimal("73.28"),
        Decimal("509.33"),
    )
    assert [line.net_amount for line in document.lines] == [
        Decimal("171.00"),
        Decimal("185.25"),
        Decimal("79.80"),
    ]


def test_the_totals_follow_a_number_while_it_is_typed(
    qtbot: QtBot, open_window: Opener, customer_id: int
) -> None:
    window = open_window(customer_id=customer_id)
    window.lines_model.set_lines([LineInput(name="Posten", unit_price=Decimal(100))])
    window._update_totals()
    assert window.totals_lines()[-2].endswith("119,00 €")
    view, model = window.lines_view, window.lines_model
    index = model.index(0, model.column_of(QUANTITY))
    view.setCurrentIndex(index)
    view.edit(index)
    editor = editor_of(window, 0, QUANTITY)
    editor.selectAll()
    QTest.keyClicks(editor, "3")
    assert window.totals_lines()[-2].endswith("357,00 €")  # not yet stored in the line


def test_ctrl_s_while_typing_in_a_cell_keeps_what_is_typed(
    qtbot: QtBot, open_window: Opener, customer_id: int, database: Database
) -> None:
    window = open_window(customer_id=customer_id)
    view, model = window.lines_view, window.lines_model
    model.set_lines([LineInput(name="Posten", unit_price=Decimal(10))])
    index = model.index(0, model.column_of(QUANTITY))
    view.setFocus()
    view.setCurrentIndex(index)
    view.edit(index)
    editor = editor_of(window, 0, QUANTITY)
    editor.selectAll()
    QTest.keyClicks(editor, "4")
    QTest.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert window.document_id is not None
    assert stored(database, window.document_id).lines[0].quantity == Decimal(4)


def test_tax_free_cases_show_no_vat(open_window: Opener, customer_id: int) -> None:
    window = open_window(customer_id=customer_id)
    window.lines_model.set_lines([LineInput(name="Posten", unit_price=Decimal(100))])
    window.tax_case.setCurrentIndex(window.tax_case.findData("reverse_charge"))
    values = [row.rsplit(": ", 1)[1] for row in window.totals_lines()]
    assert values[:3] == ["100,00 €", "0,00 €", "100,00 €"]
    assert window.totals_lines()[1].startswith(window.tr("without VAT on {base}").split("{")[0])


def test_a_number_that_cannot_be_read_is_marked_and_kept(
    qtbot: QtBot, open_window: Opener, customer_id: int
) -> None:
    window = open_window(customer_id=customer_id)
    window.add_line(LineInput(name="Posten"))
    type_cell(qtbot, window, 0, QUANTITY, "1,2,3")
    model = window.lines_model
    assert model.is_marked(0, QUANTITY)
    index = model.index(0, model.column_of(QUANTITY))
    assert index.data() == "1,2,3"
    assert "1,2,3" in str(index.data(Qt.ItemDataRole.ToolTipRole))
    assert not window.save()
    assert window.document_id is None
    assert "1,2,3" in window.message_text()
    assert index.data() == "1,2,3"  # still there to correct


def test_enter_walks_the_cells_and_opens_a_new_line_after_the_last(
    qtbot: QtBot, open_window: Opener, customer_id: int
) -> None:
    window = open_window(customer_id=customer_id)
    view, model = window.lines_view, window.lines_model
    window.add_line(LineInput())
    editor: QWidget = editor_of(window, 0, NUMBER)
    walked = [NUMBER]
    for _ in range(len(model.editable_keys(0))):
        QTest.keyClick(editor, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: view.state() == view.State.EditingState)
        current = view.currentIndex()
        walked.append(model.key_of(current.column()))
        widget = view.indexWidget(current)
        assert widget is not None
        editor = widget
        if current.row() == 0 and walked[-1] == NAME:
            assert isinstance(editor, QLineEdit)
            editor.setText("Posten")
    assert walked == [*model.editable_keys(0), NUMBER]
    assert model.rowCount() == 2  # a new line after the last
    # An empty last line gets no other one after it.
    view.closePersistentEditor(view.currentIndex())


def test_the_unit_is_chosen_by_its_name_and_stored_as_its_code(
    qtbot: QtBot, open_window: Opener, customer_id: int
) -> None:
    window = open_window(customer_id=customer_id)
    view, model = window.lines_view, window.lines_model
    model.set_lines([LineInput(name="Beratung")])
    index = model.index(0, model.column_of(UNIT))
    view.setFocus()
    view.setCurrentIndex(index)
    view.edit(index)
    combo = view.indexWidget(index)
    assert isinstance(combo, QComboBox)
    assert combo.itemText(combo.findData("HUR")) == unit_labels()["HUR"]
    combo.setCurrentIndex(combo.findData("HUR"))
    QTest.keyClick(combo, Qt.Key.Key_Return)
    qtbot.wait(5)
    assert model.line(0).unit == "HUR"
    assert index.data() == unit_labels()["HUR"]
    view.closePersistentEditor(view.currentIndex())


def test_ins_del_and_ctrl_arrows_edit_the_lines(
    qtbot: QtBot, open_window: Opener, customer_id: int
) -> None:
    window = open_window(customer_id=customer_id)
    view, model = window.lines_view, window.lines_model
    model.set_lines([LineInput(name="A"), LineInput(name="B"), LineInput(name="C")])
    view.setFocus()
    view.setCurrentIndex(model.index(1, model.column_of(NAME)))
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [line.name for line in model.lines()] == ["A", "C", "B"]
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [line.name for line in model.lines()] == ["B", "A", "C"]
    QTest.keyClick(view, Qt.Key.Key_Escape)  # leaves the window open? only the editor
    view.setFocus()
    view.setCurrentIndex(model.index(1, model.column_of(NAME)))
    QTest.keyClick(view, Qt.Key.Key_Insert)
    assert model.rowCount() == 4
    assert model.line(1).name == ""
    view.closePersistentEditor(view.currentIndex())
    qtbot.wait(5)
    view.setFocus()
    view.selectRow(0)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert [line.name for line in model.lines()] == ["", "A", "C"]


def test_lines_dragged_go_together_before_the_line_dropped_on(
    open_window: Opener, customer_id: int
) -> None:
    window = open_window(customer_id=customer_id)
    model = window.lines_model
    model.set_lines([LineInput(name=name) for name in "ABCDE"])
    window.lines_view.move_rows_to([0, 2], 4)
    assert [line.name for line in model.lines()] == ["B", "D", "A", "C", "E"]
    assert window.lines_view.selected_rows() == [2, 3]
    window.lines_view.move_rows_to([4], 0)
    assert [line.name for line in model.lines()] == ["E", "B", "D", "A", "C"]
    window.lines_view.move_rows_to([0], 5)  # below the last line
    assert [line.name for line in model.lines()] == ["B", "D", "A", "C", "E"]


def test_a_customer_typed_but_not_picked_is_refused(open_window: Opener, customer_id: int) -> None:
    window = open_window(customer_id=customer_id)
    window.customer.setText("Rot")
    assert not window.save()
    assert window.customer.property("invalid")
    assert window.customer.text() == "Rot"
    window.choose_customer(customer_id)
    assert window.save()


def test_saved_and_opened_again_the_window_shows_the_same(
    open_window: Opener, customer_id: int
) -> None:
    window = open_window(customer_id=customer_id)
    window.subject.setText("Relaunch")
    window.reference.setText("Bestellung 4711")
    window.service_date.setText("30.11.2026")
    window.lines_model.set_lines(
        [
            LineInput(name="Layout", description="Startseite", unit_price=Decimal("65.5")),
            LineInput(kind="subtotal"),
            LineInput(kind="text", name="Danke"),
        ]
    )
    assert window.is_modified()
    assert window.save()
    assert not window.is_modified()
    again = open_window(document_id=window.document_id)
    assert again.subject.text() == "Relaunch"
    assert again.reference.text() == "Bestellung 4711"
    assert again.service_date.text() == "30.11.2026"
    assert again.address.toPlainText() == window.address.toPlainText()
    assert again.lines_model.lines() == window.lines_model.lines()
    assert again.totals_lines() == window.totals_lines()
    assert not again.is_final()
    assert "Entwurf" in again.windowTitle() or "draft" in again.windowTitle()


def test_a_refused_field_is_marked_and_nothing_is_lost(
    open_window: Opener, customer_id: int
) -> None:
    window = open_window(customer_id=customer_id)
    window.service_date.setText("31.02.2026")
    window.skonto_percent.setText("zwei")
    window.subject.setText("Bleibt")
    assert not window.save()
    assert window.service_date.property("invalid")
    assert window.skonto_percent.property("invalid")
    assert window.service_date.text() == "31.02.2026"
    assert window.subject.text() == "Bleibt"
    assert window.document_id is None


def test_finalising_without_company_data_lists_what_is_missing(
    open_window: Opener, customer_id: int, database: Database
) -> None:
    window = open_window(customer_id=customer_id)
    window.lines_model.set_lines([LineInput(name="Posten", unit_price=Decimal(10))])
    assert not window.finalise()
    shown = window.message_text()
    assert core_tr("Your company's name is missing (Settings > My company).") in shown
    assert (
        core_tr(
            "An invoice needs the date of delivery or service (or the period); please enter it."
        )
        in shown
    )
    assert window.document_id is not None  # saved as a draft
    assert not window.is_final()
    assert stored(database, window.document_id).number is None
    assert not window.subject.isReadOnly()


def test_finalising_makes_it_read_only_with_its_number_and_files_the_pdf(
    qtbot: QtBot,
    open_window: Opener,
    customer_id: int,
    database: Database,
    signals: DataSignals,
) -> None:
    complete_company(database)
    window = open_window(customer_id=customer_id)
    window.service_date.setText("30.11.2026")
    window.lines_model.set_lines([LineInput(name="Posten", unit_price=Decimal(10))])
    asked: list[str] = []

    def yes(text: str) -> bool:
        asked.append(text)
        return True

    window.ask_yes_no = yes  # type: ignore[method-assign]
    with qtbot.wait_signal(signals.sales_changed):
        assert window.finalise()
    assert len(asked) == 1
    assert window.is_final()
    assert window.number
    assert window.number in window.windowTitle()
    assert window.number in window.banner.text()
    assert window.subject.isReadOnly()
    assert window.address.isReadOnly()
    assert not window.tax_case.isEnabled()
    assert window.lines_model.is_read_only()
    assert not window.save_action.isEnabled()
    assert not window.finalise_action.isEnabled()
    assert not window.delete_action.isEnabled()
    assert window.cancel_action.isEnabled()
    assert window.status_log.topLevelItemCount() == 2  # created, finalised
    assert document_id_of(window) is not None
    document = stored(database, document_id_of(window))
    assert document.number == window.number
    with database.sessions() as session:
        assert document.pdf_document_id is not None
        assert session.get(Document, document.pdf_document_id) is not None


def document_id_of(window: SalesDocumentDialog) -> int:
    assert window.document_id is not None
    return window.document_id


def test_a_finalised_quote_is_carried_on_to_an_invoice(
    open_window: Opener, customer_id: int, database: Database
) -> None:
    complete_company(database)
    opened: list[int] = []

    def open_document(document_id: int) -> QWidget | None:
        opened.append(document_id)
        return None

    quote = open_window(kind="quote", customer_id=customer_id, open_document=open_document)
    assert quote.valid_until.isVisible()
    quote.lines_model.set_lines(
        [
            LineInput(name="Layout", unit_price=Decimal(100)),
            LineInput(name="Alternative", unit_price=Decimal(50), optional=True),
        ]
    )
    assert quote.finalise()
    assert quote.carry_on_action.isEnabled()
    assert quote.status_action.isEnabled()
    quote.carry_on("invoice")
    assert len(opened) == 1
    invoice = open_window(document_id=opened[0])
    assert invoice.kind == "invoice"
    assert not invoice.is_final()
    assert [line.name for line in invoice.lines_model.lines()] == ["Layout"]
    assert quote.set_status("rejected")
    assert stored(database, document_id_of(quote)).status == "rejected"


def test_the_quote_shows_billed_when_its_invoice_is_finalised(
    open_window: Opener, customer_id: int, database: Database
) -> None:
    complete_company(database)
    quote = open_window(kind="quote", customer_id=customer_id)
    quote.lines_model.set_lines([LineInput(name="Layout", unit_price=Decimal(100))])
    assert quote.finalise()
    made = quote.carry_on("invoice")
    assert isinstance(made, SalesDocumentDialog)
    made.service_date.setText("30.11.2026")
    made.ask_yes_no = lambda text: True  # type: ignore[method-assign]
    assert made.finalise()
    billed = sales.status_labels()["billed"]
    assert billed in quote.banner.text()
    assert quote.status_log.topLevelItemCount() == 3  # created, finalised, billed
    made.hide()


def test_carry_on_without_a_callable_opens_a_window_of_its_own(
    open_window: Opener, customer_id: int, database: Database
) -> None:
    complete_company(database)
    quote = open_window(kind="quote", customer_id=customer_id)
    quote.lines_model.set_lines([LineInput(name="Layout", unit_price=Decimal(100))])
    assert quote.finalise()
    made = quote.carry_on("order_confirmation")
    assert isinstance(made, SalesDocumentDialog)
    assert made.kind == "order_confirmation"
    assert made.isVisible()
    made.hide()


def test_a_finalised_invoice_is_copied_to_a_new_draft(
    open_window: Opener, customer_id: int, database: Database
) -> None:
    complete_company(database)
    opened: list[int] = []

    def open_document(document_id: int) -> QWidget | None:
        opened.append(document_id)
        return None

    window = open_window(customer_id=customer_id, open_document=open_document)
    window.service_date.setText("30.11.2026")
    window.lines_model.set_lines([LineInput(name="Posten", unit_price=Decimal(10))])
    assert window.finalise()
    assert window.copy_action.isEnabled()
    window.copy()
    copy = open_window(document_id=opened[0])
    assert not copy.is_final()
    assert copy.kind == "invoice"
    assert copy.lines_model.lines() == window.lines_model.lines()
    assert copy.subject.isReadOnly() is False


def test_an_invoice_is_cancelled(open_window: Opener, customer_id: int, database: Database) -> None:
    complete_company(database)
    window = open_window(customer_id=customer_id)
    window.service_date.setText("30.11.2026")
    window.lines_model.set_lines([LineInput(name="Posten", unit_price=Decimal(10))])
    assert window.finalise()
    number = window.cancel_invoice()
    assert number
    assert number != window.number
    assert number in window.message_text()
    assert not window.cancel_action.isEnabled()
    assert stored(database, document_id_of(window)).status == "cancelled"
    with database.sessions() as session:
        cancellation = session.scalar(select(SalesDocument).where(SalesDocument.number == number))
        assert cancellation is not None
        assert cancellation.kind == "cancellation"
        assert cancellation.gross_total == Decimal("-11.90")


def test_escape_with_unsaved_changes_asks(
    qtbot: QtBot, open_window: Opener, customer_id: int
) -> None:
    window = open_window(customer_id=customer_id)
    asked: list[None] = []

    def stay() -> QMessageBox.StandardButton:
        asked.append(None)
        return QMessageBox.StandardButton.Cancel

    window.ask_save_changes = stay  # type: ignore[method-assign]
    window.subject.setText("Noch nicht gespeichert")
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert asked == [None]
    assert window.isVisible()
    assert window.subject.text() == "Noch nicht gespeichert"
    window.ask_save_changes = (  # type: ignore[method-assign]
        lambda: QMessageBox.StandardButton.Yes
    )
    window.service_date.setText("kein Datum")
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert window.isVisible()  # the save was refused: the window stays, with what was typed
    assert window.service_date.text() == "kein Datum"
    window.service_date.setText("")
    QTest.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert window.document_id is not None


def test_nothing_typed_closes_without_asking(open_window: Opener, customer_id: int) -> None:
    window = open_window(customer_id=customer_id)
    window.ask_save_changes = lambda: pytest.fail("asked")  # type: ignore[method-assign]
    window.reject()
    assert not window.isVisible()


def test_a_delivery_note_shows_no_prices(open_window: Opener, customer_id: int) -> None:
    window = open_window(kind="delivery_note", customer_id=customer_id)
    model = window.lines_model
    assert model.column_of(PRICE) == -1
    assert model.column_of(AMOUNT) == -1
    assert model.column_of(QUANTITY) >= 0
    assert not window.totals.isVisible()
    assert window.totals_lines() == []
    assert not window.net_days.isVisible()


def test_preview_opens_the_pdf(
    open_window: Opener, customer_id: int, catch_urls: Callable[..., UrlCatcher]
) -> None:
    opened = catch_urls("file")
    window = open_window(customer_id=customer_id)
    window.lines_model.set_lines([LineInput(name="Posten", unit_price=Decimal(10))])
    path = window.preview()
    assert path is not None
    assert opened.paths() == [path]
    assert path.read_bytes().startswith(b"%PDF")
    assert window.document_id is not None  # saved first


def test_print_hands_the_pdf_to_the_system(
    open_window: Opener, customer_id: int, catch_urls: Callable[..., UrlCatcher]
) -> None:
    opened = catch_urls("file")
    window = open_window(customer_id=customer_id)
    window.lines_model.set_lines([LineInput(name="Posten", unit_price=Decimal(10))])
    path = window.print_document()
    assert path is not None and opened.paths() == [path]
    assert path.read_bytes().startswith(b"%PDF")


def test_save_pdf_as(open_window: Opener, customer_id: int, tmp_path: Path) -> None:
    window = open_window(customer_id=customer_id)
    window.lines_model.set_lines([LineInput(name="Posten", unit_price=Decimal(10))])
    target = tmp_path / "Rechnung.pdf"
    window.ask_pdf_path = lambda name: target  # type: ignore[method-assign]
    assert window.save_pdf_as() == target
    assert target.read_bytes().startswith(b"%PDF")


def test_a_draft_is_deleted_after_asking(
    open_window: Opener, customer_id: int, database: Database
) -> None:
    window = open_window(customer_id=customer_id)
    assert window.save()
    document_id = document_id_of(window)
    assert window.delete_draft()
    assert not window.isVisible()
    with database.sessions() as session:
        assert session.get(SalesDocument, document_id) is None


def test_the_description_is_edited_in_its_own_editor(open_window: Opener, customer_id: int) -> None:
    window = open_window(customer_id=customer_id)
    window.lines_model.set_lines([LineInput(name="Layout")])
    window.lines_view.setCurrentIndex(window.lines_model.index(0, 1))
    window.ask_description = lambda text: "Startseite\nUnterseiten"  # type: ignore[method-assign]
    window.edit_description()
    assert window.lines_model.line(0).description == "Startseite\nUnterseiten"
    assert window.lines_model.index(0, 1).data() == "Layout\nStartseite\nUnterseiten"


def test_the_customers_historie_opens_the_document(
    open_window: Opener,
    customer_id: int,
    database: Database,
    open_details: Callable[[int | None], CustomerDialog],
) -> None:
    complete_company(database)
    window = open_window(customer_id=customer_id)
    window.service_date.setText("30.11.2026")
    window.lines_model.set_lines([LineInput(name="Posten", unit_price=Decimal(10))])
    assert window.finalise()
    details = open_details(customer_id)
    tab = details.history_tab
    details.ui.tabs.setCurrentWidget(tab)
    tab.ui.kind_filter.setCurrentIndex(tab.ui.kind_filter.findData("sales"))
    assert tab.model.rowCount() == 1
    view = tab.ui.history_view
    view.setFocus()
    view.selectRow(0)
    QTest.keyClick(view, Qt.Key.Key_Return)
    opened = [w for w in details.findChildren(SalesDocumentDialog) if w.isVisible()]
    assert len(opened) == 1
    assert opened[0].document_id == window.document_id
    assert opened[0].is_final()
    assert opened[0].number == window.number
    opened[0].close()
