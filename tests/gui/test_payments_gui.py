"""Getting paid on screen: the payment window (partial, Skonto, undo with a reason, write-off,
refused input at its field), the Offene Posten area (filters, the age strip, double-click), the
invoice list's payment columns, the invoice window's Zahlung buchen, Einstellungen >
Buchhaltung and the exports of the Finanzen menu."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal as D  # noqa: N817
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from meinbuero.domain.values import format_decimal_de
from meinbuero.gui.areas.open_items import OpenItemsArea
from meinbuero.gui.areas.sales import SalesArea
from meinbuero.gui.dialogs.finance_export_dialog import DATEV, REVENUE, FinanceExportDialog
from meinbuero.gui.dialogs.payment_dialog import PaymentDialog
from meinbuero.gui.dialogs.sales_document_dialog import SalesDocumentDialog
from meinbuero.gui.main_window import MainWindow
from meinbuero.gui.signals import DataSignals
from meinbuero.gui.widgets.fields import is_marked
from meinbuero.services import accounting, payments, sales, settings
from meinbuero.services.payments import PaymentInput, PaymentState
from meinbuero.store.database import Database
from meinbuero.store.models import CustomerGroup, CustomerGroupLink, Payment
from tests.sales_data import TODAY, add_customer, complete_company
from tests.services.test_payments import invoice


def today() -> date:
    return TODAY


@pytest.fixture
def customer_id(database: Database) -> int:
    with database.sessions.begin() as session:
        complete_company(session)
        settings.set_display_name(session, "Petra Lindner")
        return add_customer(session, skonto=True)


def paid_state(database: Database, document_id: int) -> tuple[PaymentState, D]:
    with database.sessions() as session:
        document = sales.get_document(session, document_id)
        return payments.state(document, TODAY), payments.open_of(document)


@pytest.fixture
def open_dialog(
    qtbot: QtBot, database: Database, signals: DataSignals, isolated_settings: QSettings
) -> Iterator[Callable[[int], PaymentDialog]]:
    def make(document_id: int) -> PaymentDialog:
        dialog = PaymentDialog(
            database=database,
            signals=signals,
            document_id=document_id,
            settings=isolated_settings,
            today=today,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    yield make


def money(value: str) -> str:
    return f"{format_decimal_de(D(value), places=2)} €"


# --- the payment window -------------------------------------------------------------------


def test_a_partial_payment_then_the_rest_in_cash(
    open_dialog: Callable[[int], PaymentDialog],
    database: Database,
    customer_id: int,
    signals: DataSignals,
    qtbot: QtBot,
) -> None:
    document_id = invoice(database, customer_id)
    dialog = open_dialog(document_id)
    assert dialog.amount.text() == "715,34"  # the open amount
    assert dialog.booked_on.text() == "06.12.2026"
    assert dialog.open_value.text() == money("715.34")
    dialog.amount.setText("300,00")
    with qtbot.waitSignal(signals.sales_changed):
        QTest.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert paid_state(database, document_id) == (PaymentState.PARTLY_PAID, D("415.34"))
    assert dialog.open_value.text() == money("415.34")
    assert dialog.paid_value.text() == money("300.00")
    assert dialog.amount.text() == "415,34"  # prefilled again with what is open
    assert dialog.bookings.topLevelItemCount() == 1
    dialog.way.setCurrentIndex(dialog.way.findData("cash"))
    assert dialog.book()
    assert paid_state(database, document_id) == (PaymentState.PAID, D("0.00"))
    assert not dialog.entry_box.isEnabled()  # nothing left to pay
    assert dialog.state_value.text() == payments.state_labels()[PaymentState.PAID]
    with database.sessions() as session:
        ways = [p.way for p in payments.payments_of(session, document_id)]
    assert ways == ["transfer", "cash"]


def test_skonto_offered_within_its_period(
    open_dialog: Callable[[int], PaymentDialog], database: Database, customer_id: int
) -> None:
    late = invoice(database, customer_id, on=TODAY - timedelta(days=20))
    document_id = invoice(database, customer_id, on=TODAY - timedelta(days=10))
    dialog = open_dialog(document_id)
    assert not dialog.skonto.isHidden()
    assert "701,03" in dialog.skonto.text()
    assert "10.12.2026" in dialog.skonto.text()  # dated 26.11. + 14 days
    dialog.skonto.setChecked(True)
    assert dialog.amount.text() == "701,03"
    dialog.skonto.setChecked(False)
    assert dialog.amount.text() == "715,34"
    dialog.skonto.setChecked(True)
    assert dialog.book()
    with database.sessions() as session:
        (made,) = payments.payments_of(session, document_id)
    assert (made.amount, made.skonto) == (D("701.03"), D("14.31"))
    # Past its period the Skonto is no longer offered.
    assert open_dialog(late).skonto.isHidden()


def test_refused_input_is_marked_at_its_field(
    open_dialog: Callable[[int], PaymentDialog], database: Database, customer_id: int
) -> None:
    document_id = invoice(database, customer_id)
    dialog = open_dialog(document_id)
    dialog.amount.setText("12,345")
    assert not dialog.book()
    assert is_marked(dialog.amount)
    assert dialog.message_text() and dialog.amount.toolTip() in dialog.message_text()
    dialog.amount.setText("abc")
    dialog.booked_on.setText("32.13.2026")
    assert not dialog.book()
    assert is_marked(dialog.amount) and is_marked(dialog.booked_on)
    assert paid_state(database, document_id)[1] == D("715.34")  # nothing booked


def test_undo_asks_for_the_reason_and_write_off_asks_first(
    open_dialog: Callable[[int], PaymentDialog], database: Database, customer_id: int
) -> None:
    document_id = invoice(database, customer_id)
    dialog = open_dialog(document_id)
    dialog.amount.setText("700")
    assert dialog.book()
    (booking,) = dialog.facts.bookings  # type: ignore[union-attr]
    dialog.select_booking(booking.id)
    assert dialog.undo_button.isEnabled()
    dialog.ask_reason = lambda: None  # type: ignore[method-assign]
    assert not dialog.undo_selected()  # cancelled: nothing undone
    dialog.ask_reason = lambda: "Rücklastschrift"  # type: ignore[method-assign]
    assert dialog.undo_selected()
    with database.sessions() as session:
        undone = session.get(Payment, booking.id)
        assert undone is not None and undone.undo_reason == "Rücklastschrift"
    assert paid_state(database, document_id) == (PaymentState.OPEN, D("715.34"))
    assert "Rücklastschrift" in dialog.bookings.topLevelItem(0).text(5)  # type: ignore[union-attr]
    dialog.amount.setText("715,00")
    assert dialog.book()
    questions: list[str] = []
    dialog.ask_yes_no = lambda text: bool(questions.append(text))  # type: ignore[method-assign, func-returns-value]
    assert not dialog.write_off()
    assert paid_state(database, document_id)[1] == D("0.34")
    dialog.ask_yes_no = lambda text: True  # type: ignore[method-assign]
    assert dialog.write_off()
    assert "0,34" in questions[0]
    assert paid_state(database, document_id) == (PaymentState.PAID, D("0.00"))


def test_credit_is_offered_and_used(
    open_dialog: Callable[[int], PaymentDialog], database: Database, customer_id: int
) -> None:
    first = invoice(database, customer_id)
    second = invoice(database, customer_id)
    with database.sessions.begin() as session:
        payments.book(session, PaymentInput(document_id=first, on=TODAY, amount=D("800.00")))
    dialog = open_dialog(second)
    assert not dialog.credit_button.isHidden()
    assert "84,66" in dialog.credit_button.text()
    assert dialog.use_credit()
    assert paid_state(database, second)[1] == D("630.68")
    assert dialog.credit_button.isHidden()


# --- the Offene Posten area and the invoice list --------------------------------------------


@pytest.fixture
def window(
    qtbot: QtBot,
    database: Database,
    signals: DataSignals,
    isolated_settings: QSettings,
    customer_id: int,
) -> MainWindow:
    window = MainWindow(database=database, signals=signals, settings=isolated_settings)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    return window


def open_items_area(window: MainWindow) -> OpenItemsArea:
    area = window.area("open_items")
    assert isinstance(area, OpenItemsArea)
    area.today = today
    area.refresh()
    window.show_area("open_items")
    return area


def test_open_items_filters_age_strip_and_double_click(
    window: MainWindow, database: Database, customer_id: int, qtbot: QtBot
) -> None:
    old = invoice(database, customer_id, on=TODAY - timedelta(days=100))  # 70 days overdue
    recent = invoice(database, customer_id, on=TODAY - timedelta(days=40))  # 10 days
    current = invoice(database, customer_id)
    with database.sessions.begin() as session:
        payments.book(session, PaymentInput(document_id=recent, on=TODAY, amount=D("15.34")))
        other = add_customer(session)
        group = CustomerGroup(name="Stammkunden")
        session.add(group)
        session.flush()
        session.add(CustomerGroupLink(customer_id=customer_id, group_id=group.id))
    other_invoice = invoice(database, other)
    area = open_items_area(window)
    assert area.model.ids == [old, recent, current, other_invoice]  # the longest due first
    labels = payments.age_labels()
    assert area.age_buttons["61_90"].text() == f"{labels['61_90']}\n{money('715.34')}"
    assert area.age_buttons["1_30"].text().endswith(money("700.00"))
    assert area.age_buttons["not_due"].text().endswith(money("1430.68"))
    assert window.count_label.text() == area.tr("{count} open invoices · open {total}").format(
        count="4", total=money("2846.02")
    )
    row = area.model.row_data(0)
    assert row is not None and (row.days_overdue, row.open) == (70, D("715.34"))
    # A click on an age shows those invoices, a second click every age.
    QTest.mouseClick(area.age_buttons["61_90"], Qt.MouseButton.LeftButton)
    assert area.model.ids == [old]
    assert window.count_label.text().endswith(money("715.34"))
    QTest.mouseClick(area.age_buttons["61_90"], Qt.MouseButton.LeftButton)
    assert len(area.model.ids) == 4
    area.overdue_check.setChecked(True)
    assert area.model.ids == [old, recent]
    area.overdue_check.setChecked(False)
    area.group_combo.setCurrentIndex(area.group_combo.findText("Stammkunden"))
    assert area.model.ids == [old, recent, current]
    area.group_combo.setCurrentIndex(0)
    area.search_field.setText("Beispiel")
    area.apply_filters()
    assert len(area.model.ids) == 4  # both customers are "Beispiel AG"
    area.search_field.setText("")
    area.apply_filters()

    # Double-click (after a click on the row) opens the payment window of that invoice.
    opened: list[QDialog] = []

    def run(dialog: QDialog) -> bool:
        opened.append(dialog)
        assert isinstance(dialog, PaymentDialog)
        dialog.amount.setText("715,34")
        assert dialog.book()
        return True

    window.run_dialog = run  # type: ignore[method-assign]
    rect = area.view.visualRect(area.model.index(0, 0))
    QTest.mouseClick(area.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(area.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(opened) == 1 and opened[0].facts.document_id == old  # type: ignore[attr-defined]
    assert area.model.ids == [recent, current, other_invoice]  # paid: gone from the list


def test_the_invoice_list_shows_payment_state_and_open_amount(
    window: MainWindow, database: Database, customer_id: int
) -> None:
    overdue = invoice(database, customer_id, on=TODAY - timedelta(days=40))
    partly = invoice(database, customer_id)
    with database.sessions.begin() as session:
        payments.book(session, PaymentInput(document_id=partly, on=TODAY, amount=D("100")))
    area = window.show_area("sales_invoice")
    assert isinstance(area, SalesArea)
    area.today = today
    area.refresh()
    state_column = area.model.column_of("payment_state")
    open_column = area.model.column_of("open")
    assert state_column is not None and open_column is not None
    shown = {
        area.model.id_of(r): (
            area.model.index(r, state_column).data(),
            area.model.index(r, open_column).data(),
        )
        for r in range(area.model.rowCount())
    }
    labels = payments.state_labels()
    assert shown == {
        overdue: (labels["overdue"], money("715.34")),
        partly: (labels["partly_paid"], money("615.34")),
    }
    # Zahlung buchen… from the list.
    area.select_id(partly)
    assert area.payment_action.isEnabled()
    assert area.payment_action in area.toolbar_actions()
    menu = area.context_menu()
    assert area.payment_action in menu.actions()
    opened: list[QDialog] = []
    window.run_dialog = lambda dialog: bool(opened.append(dialog))  # type: ignore[method-assign, func-returns-value]
    area.payment_action.trigger()
    assert isinstance(opened[0], PaymentDialog)


def test_the_invoice_window_books_a_payment_and_shows_the_state(
    qtbot: QtBot,
    database: Database,
    signals: DataSignals,
    isolated_settings: QSettings,
    customer_id: int,
) -> None:
    document_id = invoice(database, customer_id)
    window = SalesDocumentDialog(
        database=database,
        signals=signals,
        settings=isolated_settings,
        kind="invoice",
        document_id=document_id,
    )
    qtbot.addWidget(window)
    window.show()
    assert window.payment_action.isEnabled() and window.payment_action.isVisible()
    labels = payments.state_labels()
    assert labels["open"] in window.banner.text()

    def run(dialog: QDialog) -> bool:
        assert isinstance(dialog, PaymentDialog)
        dialog.amount.setText("700,00")
        return dialog.book()

    window.run_dialog = run  # type: ignore[method-assign]
    window.book_payment()
    assert labels["partly_paid"] in window.banner.text()
    assert money("15.34") in window.banner.text()


# --- settings and exports -------------------------------------------------------------------


def test_accounting_settings_page(window: MainWindow, database: Database, qtbot: QtBot) -> None:
    dialog = window.open_settings("accounting")
    page = dialog.page("accounting")  # type: ignore[attr-defined]
    assert page.accounts["revenue_19"].text() == "8400"
    page.chart.setCurrentIndex(page.chart.findData("SKR04"))
    page.use_chart_defaults()
    assert page.accounts["revenue_19"].text() == "4400"
    page.consultant.setText("12")
    assert not dialog.apply()  # type: ignore[attr-defined]
    assert is_marked(page.consultant)
    page.consultant.setText("29098")
    page.client.setText("55003")
    assert dialog.apply()  # type: ignore[attr-defined]
    with database.sessions() as session:
        stored = accounting.load(session)
    assert (stored.chart, stored.consultant, stored.accounts["bank"]) == ("SKR04", "29098", "1800")
    dialog.close()


def test_finance_exports(
    qtbot: QtBot, database: Database, customer_id: int, tmp_path: Path
) -> None:
    invoice(database, customer_id)
    with database.sessions.begin() as session:
        accounting.save(
            session,
            accounting.AccountingSettings(consultant="29098", client="55003"),
        )
    told: list[str] = []
    dialog = FinanceExportDialog(database=database, kind=DATEV, today=date(2027, 1, 10))
    qtbot.addWidget(dialog)
    assert dialog.chosen_range() == (date(2026, 12, 1), date(2026, 12, 31))  # last month
    target = tmp_path / dialog.default_name()
    dialog.ask_path = lambda: target  # type: ignore[method-assign]
    dialog.tell = told.append  # type: ignore[method-assign, assignment]
    assert dialog.export()
    assert target.read_bytes().startswith(b'"EXTF";700;21;"Buchungsstapel";13;')
    assert told and target.name in told[0]
    # A period over two fiscal years: the window says why and stays.
    dialog = FinanceExportDialog(database=database, kind=DATEV, today=date(2027, 1, 10))
    qtbot.addWidget(dialog)
    dialog.period.setCurrentIndex(dialog.period.findData("custom"))
    dialog.date_from.setDate(QDate(2026, 12, 1))
    dialog.date_to.setDate(QDate(2027, 1, 31))
    dialog.ask_path = lambda: tmp_path / "no.csv"  # type: ignore[method-assign]
    assert not dialog.export()
    assert not dialog.message.isHidden() and not (tmp_path / "no.csv").exists()
    revenue = FinanceExportDialog(database=database, kind=REVENUE, today=date(2027, 1, 10))
    qtbot.addWidget(revenue)
    revenue.period.setCurrentIndex(revenue.period.findData("last_year"))
    book = tmp_path / "Umsatz"
    revenue.ask_path = lambda: book  # type: ignore[method-assign]
    revenue.tell = told.append  # type: ignore[method-assign, assignment]
    assert revenue.export()
    assert revenue.written == tmp_path / "Umsatz.xlsx"
    sheet = openpyxl.load_workbook(revenue.written).active
    assert sheet is not None and sheet.max_row > 5
