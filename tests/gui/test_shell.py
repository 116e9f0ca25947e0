"""The shell and its work areas on a real demo company with articles and sales documents."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QTableView, QWidget
from pytestqt.qtbot import QtBot

from meinbuero.domain.periods import Period, period_range
from meinbuero.gui.areas.articles import ArticlesArea
from meinbuero.gui.areas.customers import CustomersArea
from meinbuero.gui.areas.sales import SalesArea, money
from meinbuero.gui.main_window import MainWindow
from meinbuero.gui.models.id_table import IdTableModel, TableColumn
from meinbuero.gui.signals import DataSignals
from meinbuero.services import articles, sales
from meinbuero.services.sales import SalesQuery
from meinbuero.store.database import Database, open_company
from meinbuero.store.documents import store_root
from meinbuero.store.listing import ListQuery, customer_ids
from meinbuero.store.models import SalesDocument
from tests.sales_data import complete_company

MakeWindow = Callable[[], MainWindow]
TODAY = date(2026, 12, 6)
SUBJECTS = ("Küche", "Bad", "Dach", "Garten", "Keller", "Garage")


def translate(context: str, text: str) -> str:
    """What the program shows for ``text`` (German once the translation knows it)."""
    return QCoreApplication.translate(context, text)


@pytest.fixture(scope="session")
def selling_template(
    demo_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, dict[str, list[int]]]:
    """The demo company with five articles and, per kind, documents over two years: some
    drafts, some finalised (with their PDFs), made once per run."""
    path = tmp_path_factory.mktemp("selling") / "Demo.sqlite"
    shutil.copyfile(demo_template, path)
    demo = open_company(path)
    made: dict[str, list[int]] = {"articles": []}
    with demo.sessions.begin() as session:
        complete_company(session)  # what a finalised document needs of Meine Firma
        for name, price, group in (
            ("Beratung", "95", "Dienstleistung"),
            ("Montage", "65,50", "Dienstleistung"),
            ("Router", "129", "Hardware"),
            ("Kabel", "7,4900", "Hardware"),
            ("Fachbuch", "39,90", ""),
        ):
            made["articles"].append(
                articles.save_article(
                    session,
                    None,
                    articles.ArticleInput(name=name, unit_price=price, group=group),
                )
            )
    with demo.sessions() as session:
        customers = customer_ids(session.connection(), ListQuery())[:8]
    days = [date(2026, 12, 1), date(2026, 11, 3), date(2026, 10, 15), date(2026, 2, 1)]
    days += [date(2025, 11, 20), date(2025, 3, 3)]
    for kind in ("quote", "invoice"):
        made[kind] = []
        for number, day in enumerate(days):
            with demo.sessions.begin() as session:
                data = sales.new_document(
                    session, kind=kind, customer_id=customers[number], today=day
                )
                data.subject = SUBJECTS[number]
                data.service_date = day
                line = sales.line_from_article(
                    session, made["articles"][number % 5], customer_id=customers[number]
                )
                line.quantity = Decimal(number + 1)
                data.lines = [line]
                made[kind].append(sales.save_draft(session, None, data).id)
        for document_id in reversed(made[kind][:4]):  # in date order, as numbers are given
            with demo.sessions.begin() as session:
                sales.finalise(session, document_id)
    demo.close()
    return path, made


@pytest.fixture
def selling_file(selling_template: tuple[Path, dict[str, list[int]]], tmp_path: Path) -> Path:
    source, _made = selling_template
    path = tmp_path / "Demo.sqlite"
    shutil.copyfile(source, path)
    if store_root(source).exists():
        shutil.copytree(store_root(source), store_root(path))
    return path


@pytest.fixture
def demo(selling_file: Path) -> Iterator[Database]:
    """This module's demo company: the one that sells (a copy of this test's own)."""
    database = open_company(selling_file)
    yield database
    database.close()


@pytest.fixture
def selling(
    selling_template: tuple[Path, dict[str, list[int]]], demo: Database
) -> dict[str, list[int]]:
    """The ids of the articles and documents made for the tests, by kind."""
    return selling_template[1]


@pytest.fixture
def make_window(
    qtbot: QtBot,
    demo: Database,
    signals: DataSignals,
    isolated_settings: QSettings,
    selling: dict[str, list[int]],
) -> Iterator[MakeWindow]:
    made: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(database=demo, signals=signals, settings=isolated_settings)
        qtbot.addWidget(window)
        made.append(window)
        return window

    yield make


@pytest.fixture
def window(make_window: MakeWindow, qtbot: QtBot) -> MainWindow:
    window = make_window()
    with qtbot.waitExposed(window):
        window.show()
    return window


def nav_texts(window: MainWindow) -> list[tuple[str, list[str]]]:
    tree = window.navigation
    result = []
    for number in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(number)
        assert item is not None
        children = [item.child(i) for i in range(item.childCount())]
        result.append((item.text(0), [child.text(0) for child in children if child is not None]))
    return result


def sales_area(window: MainWindow, kind: str) -> SalesArea:
    area = window.show_area(f"sales_{kind}")
    assert isinstance(area, SalesArea)
    return area


def articles_area(window: MainWindow) -> ArticlesArea:
    area = window.show_area("articles")
    assert isinstance(area, ArticlesArea)
    return area


# --- the shell ----------------------------------------------------------------------------


def test_the_navigation_lists_the_areas_in_groups(window: MainWindow) -> None:
    def t(text: str) -> str:
        return translate("MainWindow", text)

    assert nav_texts(window) == [
        ("Kunden", []),
        (t("Master data"), [t("Articles")]),
        (
            t("Sales"),
            [
                t("Quotes"),
                t("Order confirmations"),
                t("Delivery notes"),
                t("Invoices"),
                t("Dunning"),
            ],
        ),
        (t("Correspondence"), [t("Letters")]),
    ]
    assert isinstance(window.current_area, CustomersArea)
    current = window.navigation.currentItem()
    assert current is not None and current.text(0) == "Kunden"
    assert window.count_label.text().endswith("Kunden")
    assert window.area_keys == [
        "customers",
        "articles",
        "sales_quote",
        "sales_order_confirmation",
        "sales_delivery_note",
        "sales_invoice",
        "letters",
        "dunning",
    ]


def test_areas_are_made_when_first_shown(window: MainWindow) -> None:
    assert window.stack.count() == 1
    invoices = sales_area(window, "invoice")
    assert window.stack.count() == 2 and window.stack.currentWidget() is invoices
    window.show_area("customers")
    assert window.show_area("sales_invoice") is invoices and window.stack.count() == 2


def test_switching_areas_changes_actions_menus_and_status(
    window: MainWindow, qtbot: QtBot, demo: Database
) -> None:
    customer_texts = window.new_action.text(), window.open_action.text()
    assert customer_texts == ("Neuer Kunde", "Kunde bearbeiten")
    assert window.customers_area.new_entry_action in window.toolbar.actions()
    item = window._nav_items["articles"]
    rect = window.navigation.visualItemRect(item)
    QTest.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    area = window.current_area
    assert isinstance(area, ArticlesArea)
    assert window.new_action.text() == translate("ArticlesArea", "New article")
    assert window.customers_area.new_entry_action not in window.toolbar.actions()
    assert window.customers_area.show_archived_action not in window.view_menu.actions()
    assert window.new_action in window.edit_menu.actions()
    assert all(not a.icon().isNull() for a in window.toolbar.actions() if not a.isSeparator())
    assert window.count_label.text() == area.status_text()
    assert "5" in window.count_label.text()

    window.activateWindow()
    area.focus_list()
    QTest.keyClick(area.view, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)  # Ctrl+5
    assert window.current_key == "sales_delivery_note"
    assert window.navigation.currentItem() is window._nav_items["sales_delivery_note"]
    window._area_actions["sales_invoice"].trigger()
    invoices = window.current_area
    assert isinstance(invoices, SalesArea) and invoices.kind == "invoice"
    assert window.new_action.text() == translate("SalesArea", "New invoice")
    assert window._area_actions["sales_invoice"].isChecked()


def test_the_last_area_comes_back_in_a_new_window(make_window: MakeWindow) -> None:
    window = make_window()
    window.show_area("sales_quote")
    window.close()
    again = make_window()
    assert again.current_key == "sales_quote"
    assert again.navigation.currentItem() is again._nav_items["sales_quote"]
    again.close()


@pytest.mark.qt_log_ignore("does not support raise")
def test_keys_route_to_the_current_area(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[dict[str, Any]] = []

    def open_document(
        *, kind: str, document_id: int | None, customer_id: int | None = None
    ) -> None:
        opened.append({"kind": kind, "document_id": document_id, "customer_id": customer_id})

    monkeypatch.setattr(window, "open_sales_document", open_document)
    quotes = sales_area(window, "quote")
    view = quotes.view
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    current = quotes.current_id()
    assert current is not None
    QTest.keyClick(view, Qt.Key.Key_F2)
    QTest.keyClick(view, Qt.Key.Key_Return)
    QTest.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    index = quotes.model.index(2, 1)
    rect = view.visualRect(index)
    no = Qt.KeyboardModifier.NoModifier
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, no, rect.center())
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, no, rect.center())
    assert [(o["kind"], o["document_id"]) for o in opened] == [
        ("quote", current),
        ("quote", current),
        ("quote", None),
        ("quote", quotes.model.ids[2]),
    ]
    assert opened[0]["customer_id"] is not None

    # The same keys in the article area open the article window.
    made: list[int | None] = []
    articles_view = articles_area(window)

    class Fake(QDialog):
        def __init__(self, article_id: int | None, parent: QWidget) -> None:
            super().__init__(parent)
            self.article_id = article_id

    def create(article_id: int | None) -> QDialog:
        made.append(article_id)
        return Fake(None, articles_view)

    monkeypatch.setattr(articles_view, "create_article_dialog", create)
    monkeypatch.setattr(window, "run_dialog", lambda dialog: False)
    articles_view.view.setFocus()
    qtbot.waitUntil(articles_view.view.hasFocus)
    QTest.keyClick(articles_view.view, Qt.Key.Key_F2)
    QTest.keyClick(articles_view.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert made == [articles_view.current_id(), None]
    assert len(opened) == 4  # nothing went to the quotes


def test_the_context_menu_is_the_current_areas(window: MainWindow) -> None:
    quotes = sales_area(window, "quote")
    menu = quotes.context_menu()
    assert window.open_action in menu.actions() and window.delete_action in menu.actions()
    assert window.open_action.text() == translate("SalesArea", "Open quote")


def test_a_new_document_for_the_customer_from_its_context_menu(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = window.customers_area
    customer_id = area.selected_customer_id()
    menu = area.context_menu()
    assert area.new_sales_menu.menuAction() in menu.actions()
    area.new_invoice_action.trigger()
    opened_window = window.open_dialogs[-1]
    assert getattr(opened_window, "chosen_customer_id", None) == customer_id
    assert getattr(opened_window, "kind", None) == "invoice"
    opened_window.close()

    opened: list[tuple[str, int | None, int | None]] = []
    monkeypatch.setattr(
        window,
        "open_sales_document",
        lambda *, kind, document_id, customer_id=None: opened.append(
            (kind, document_id, customer_id)
        ),
    )
    area.new_quote_action.trigger()
    area.new_invoice_action.trigger()
    assert opened == [("quote", None, customer_id), ("invoice", None, customer_id)]


# --- the sales areas ----------------------------------------------------------------------


def expected_status(kind: str, query: SalesQuery, database: Database) -> str:
    with database.sessions() as session:
        count, net, gross = sales.document_sums(session, query)
    plural = sales.kind_plural_labels()[query.kind]
    return translate("SalesArea", "{count} {documents} · net {net} · gross {gross}").format(
        count=count, documents=plural, net=money(net), gross=money(gross)
    )


def test_the_status_bar_sums_what_the_list_shows(
    window: MainWindow, demo: Database, selling: dict[str, list[int]]
) -> None:
    invoices = sales_area(window, "invoice")
    assert invoices.model.rowCount() == 6
    assert window.count_label.text() == expected_status("invoice", invoices.model.query, demo)
    with demo.sessions() as session:
        count, net, gross = sales.document_sums(session, invoices.model.query)
        rows = sales.document_rows(session, invoices.model.ids)
    assert count == 6 and net == sum(r.net_total for r in rows.values()) > 0
    assert gross == sum(r.gross_total for r in rows.values())
    assert money(Decimal("12345.67")) == "12.345,67 €"

    invoices.status_combo.setCurrentIndex(invoices.status_combo.findData("draft"))
    assert invoices.model.query.status == "draft" and invoices.model.rowCount() == 2
    assert window.count_label.text() == expected_status("invoice", invoices.model.query, demo)
    assert invoices.status_combo.itemText(0) == translate("ListArea", "All")


def test_the_period_filter_asks_sql_for_the_range(window: MainWindow, demo: Database) -> None:
    quotes = sales_area(window, "quote")
    quotes.today = lambda: TODAY
    assert [quotes.period_combo.itemData(i) for i in range(quotes.period_combo.count())] == [
        p.value for p in Period
    ]
    assert not quotes.date_from.isVisible()
    quotes.set_period(Period.LAST_QUARTER)  # on 6.12.2026: July to September
    assert (quotes.model.query.date_from, quotes.model.query.date_to) == (
        date(2026, 7, 1),
        date(2026, 9, 30),
    )
    assert quotes.model.rowCount() == 0
    quotes.set_period(Period.THIS_QUARTER)
    assert (quotes.model.query.date_from, quotes.model.query.date_to) == period_range(
        Period.THIS_QUARTER, today=TODAY
    )
    assert quotes.model.rowCount() == 3  # 15.10., 3.11., 1.12.
    quotes.set_period(Period.LAST_YEAR)
    assert quotes.model.rowCount() == 2
    assert window.count_label.text() == expected_status("quote", quotes.model.query, demo)
    quotes.set_period(Period.CUSTOM)
    assert quotes.date_from.isVisible() and quotes.date_to.isVisible()
    quotes.date_from.setDate(QDate(2026, 1, 1))
    quotes.date_to.setDate(QDate(2026, 10, 31))
    assert quotes.model.rowCount() == 2  # 1.2. and 15.10.
    quotes.set_period(Period.ALL)
    assert quotes.model.rowCount() == 6 and not quotes.date_from.isVisible()


def test_search_as_you_type_in_a_sales_list(window: MainWindow, qtbot: QtBot) -> None:
    invoices = sales_area(window, "invoice")
    QTest.keyClicks(invoices.search_field, "garten")
    assert invoices.model.rowCount() == 6  # debounced: not yet
    qtbot.waitUntil(lambda: invoices.model.rowCount() == 1, timeout=2000)
    row = invoices.model.row_data(0)
    assert row is not None and row.subject == "Garten" and row.number.startswith("RE")


def test_header_click_sorts_in_sql(window: MainWindow, demo: Database) -> None:
    invoices = sales_area(window, "invoice")
    assert (invoices.model.query.sort, invoices.model.query.descending) == ("date", True)
    click_header(invoices.view, invoices.model.column_of("gross"))
    assert (invoices.model.query.sort, invoices.model.query.descending) == ("gross", False)
    with demo.sessions() as session:
        assert invoices.model.ids == sales.document_ids(session, invoices.model.query)
        grosses = [sales.document_rows(session, [i])[i].gross_total for i in invoices.model.ids]
    assert grosses == sorted(grosses)


def click_header(view: QTableView, column: int | None) -> None:
    assert column is not None
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(x, header.height() // 2),
    )


def test_columns_are_remembered_in_a_new_window(make_window: MakeWindow) -> None:
    window = make_window()
    invoices = sales_area(window, "invoice")
    header = invoices.view.horizontalHeader()
    assert not invoices.column_shown("customer_number")  # optional
    menu = invoices.column_menu()
    next(a for a in menu.actions() if a.objectName() == "column_customer_number").trigger()
    invoices.set_column_shown("subject", False)
    subject = invoices.model.column_of("subject")
    customer = invoices.model.column_of("customer")
    assert customer is not None and subject is not None
    header.resizeSection(customer, 333)
    header.moveSection(header.visualIndex(customer), 0)
    invoices.model.sort(customer, Qt.SortOrder.AscendingOrder)
    window.close()

    again = make_window()
    invoices = sales_area(again, "invoice")
    header = invoices.view.horizontalHeader()
    assert invoices.column_shown("customer_number") and not invoices.column_shown("subject")
    assert header.logicalIndex(0) == customer and header.sectionSize(customer) == 333
    assert (invoices.model.query.sort, invoices.model.query.descending) == ("customer", False)
    assert header.sortIndicatorSection() == customer
    quotes = sales_area(again, "quote")  # each kind its own layout
    assert quotes.column_shown("subject")
    again.close()


def test_del_deletes_a_draft_and_refuses_a_finalised_document(
    window: MainWindow,
    demo: Database,
    qtbot: QtBot,
    selling: dict[str, list[int]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    invoices = sales_area(window, "invoice")
    told: list[str] = []
    monkeypatch.setattr(window, "inform", told.append)
    asked: list[str] = []

    def ask(text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(invoices, "ask_delete", ask)
    window.activateWindow()
    invoices.view.setFocus()
    qtbot.waitUntil(invoices.view.hasFocus)

    finalised = selling["invoice"][0]
    with demo.sessions() as session:
        number = sales.get_document(session, finalised).number
    assert number
    assert invoices.select_id(finalised)
    QTest.keyClick(invoices.view, Qt.Key.Key_Delete)  # refused, and the user is told why
    assert len(told) == 1 and number in told[0] and not asked
    assert told[0].startswith(
        translate("SalesArea", "{document} is finalised and cannot be deleted").split("{")[0]
    )
    with demo.sessions() as session:
        assert session.get(SalesDocument, finalised) is not None

    draft = selling["invoice"][5]
    assert invoices.select_id(draft)
    assert window.delete_action.isEnabled()
    QTest.keyClick(invoices.view, Qt.Key.Key_Delete)
    assert len(asked) == 1
    with demo.sessions() as session:
        assert session.get(SalesDocument, draft) is None
    assert draft not in invoices.model.ids and invoices.model.rowCount() == 5
    assert invoices.current_id() is not None  # a neighbour is selected


# --- the article area ---------------------------------------------------------------------


def test_articles_are_listed_filtered_and_archived(
    window: MainWindow, demo: Database, selling: dict[str, list[int]], qtbot: QtBot
) -> None:
    area = articles_area(window)
    assert area.model.rowCount() == 5
    names = [area.model.row_data(r).name for r in range(5)]  # type: ignore[union-attr]
    assert names == ["Beratung", "Montage", "Router", "Kabel", "Fachbuch"]  # by number
    price = area.model.column_of("unit_price")
    assert price is not None
    assert area.model.data(area.model.index(3, price)) == "7,49 €"
    assert area.model.data(area.model.index(1, price)) == "65,50 €"
    area.group_combo.setCurrentIndex(area.group_combo.findData("Hardware"))
    assert area.model.rowCount() == 2
    area.group_combo.setCurrentIndex(0)

    answers = [True, True]
    monkeypatch_ask = answers.copy()
    area.ask = lambda title, text, *, yes: monkeypatch_ask.pop(0)  # type: ignore[method-assign]
    # Used in a document: deleting is refused, archiving offered.
    used = selling["articles"][0]
    assert area.select_id(used)
    area.delete_current()
    with demo.sessions() as session:
        assert articles.get_article(session, used).archived_at is not None
    assert used not in area.model.ids
    area.archived_check.setChecked(True)
    assert used in area.model.ids

    with demo.sessions.begin() as session:
        unused = articles.save_article(session, None, articles.ArticleInput(name="Übrig"))
    area.refresh()
    assert area.select_id(unused)
    monkeypatch_ask[:] = [True]
    area.delete_current()
    with demo.sessions() as session, pytest.raises(articles.NotFound):  # type: ignore[attr-defined]
        articles.get_article(session, unused)


# --- the generic model --------------------------------------------------------------------


def test_id_table_model_fetches_rows_lazily(
    window: MainWindow, qtmodeltester: Any, demo: Database
) -> None:
    invoices = sales_area(window, "invoice")
    qtmodeltester.check(invoices.model)
    qtmodeltester.check(articles_area(window).model)

    fetched: list[list[int]] = []

    def rows_of(ids: list[int]) -> dict[int, str]:
        fetched.append(list(ids))
        return {i: f"Zeile {i}" for i in ids}

    model: IdTableModel[Any, str] = IdTableModel(
        columns=[TableColumn[str]("number", "Nr.", lambda row: row)],
        query=SalesQuery(kind="invoice"),
        ids_of=lambda query: list(range(1, 251)),
        rows_of=rows_of,
    )
    model.BLOCK = 100
    model.reload()
    assert model.rowCount() == 250 and model.cached_rows == 0 and fetched == []
    assert model.data(model.index(150, 0)) == "Zeile 151"
    assert fetched == [list(range(101, 201))]
    assert model.data(model.index(199, 0)) == "Zeile 200" and len(fetched) == 1
    assert model.data(model.index(0, 0)) == "Zeile 1" and len(fetched) == 2
    assert model.cached_rows == 200
    qtmodeltester.check(model)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.query.sort == "number" and model.query.descending


# --- the document window ------------------------------------------------------------------


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen has no window stacking
def test_a_document_opens_in_one_window_and_new_ones_for_the_customer(
    window: MainWindow, demo: Database, selling: dict[str, list[int]]
) -> None:
    from meinbuero.gui.dialogs.sales_document_dialog import SalesDocumentDialog

    invoice_id = selling["invoice"][0]
    with demo.sessions() as session:
        document = sales.get_document(session, invoice_id)
        number, customer_id = document.number, document.customer_id
    first = window.open_sales_document(kind="invoice", document_id=invoice_id)
    again = window.open_sales_document(kind="quote", document_id=invoice_id)
    assert isinstance(first, SalesDocumentDialog) and first is again
    assert first.is_final() and first.number == number and first.kind == "invoice"
    quote = window.open_sales_document(kind="quote", document_id=None, customer_id=customer_id)
    assert isinstance(quote, SalesDocumentDialog) and quote is not first
    assert quote.kind == "quote" and quote.chosen_customer_id == customer_id
    assert first in window.open_dialogs and quote in window.open_dialogs
    first.close()
    quote.close()


def test_the_customer_toolbar_and_edit_menu_are_as_before(window: MainWindow) -> None:
    area = window.customers_area
    buttons = [a for a in window.toolbar.actions() if not a.isSeparator()][:5]
    assert buttons == [
        window.new_action,
        window.open_action,
        area.new_entry_action,
        window.delete_action,
        area.restore_action,
    ]
    edit = [a for a in window.edit_menu.actions() if not a.isSeparator()]
    assert edit[:5] == buttons
    assert edit[-1] is window.find_action


def test_the_navigation_can_be_hidden_and_stays_so(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    with qtbot.waitExposed(window):
        window.show()
    assert window.navigation_action in window.view_menu.actions()
    window.navigation_action.trigger()
    assert not window.navigation.isVisible()
    window.close()
    again = make_window()
    with qtbot.waitExposed(again):
        again.show()
    assert not again.navigation_action.isChecked() and not again.navigation.isVisible()
    again.close()


def test_a_column_sql_cannot_sort_keeps_the_indicator(window: MainWindow) -> None:
    invoices = sales_area(window, "invoice")
    invoices.set_column_shown("customer_number", True)
    ids = invoices.model.ids
    header = invoices.view.horizontalHeader()
    click_header(invoices.view, invoices.model.column_of("customer_number"))
    assert invoices.model.ids == ids and invoices.model.query.sort == "date"
    assert header.sortIndicatorSection() == invoices.model.column_of("date")


def test_the_navigation_by_mouse_and_keys(window: MainWindow, qtbot: QtBot) -> None:
    tree = window.navigation
    sales_heading = tree.topLevelItem(2)
    assert sales_heading is not None
    rect = tree.visualItemRect(sales_heading)
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key == "sales_quote"  # a heading shows its first area
    assert tree.currentItem() is window._nav_items["sales_quote"]
    window.activateWindow()
    tree.setFocus()
    qtbot.waitUntil(tree.hasFocus)
    QTest.keyClick(tree, Qt.Key.Key_Down)
    assert window.current_key == "sales_order_confirmation"
    assert tree.hasFocus()  # the arrow keys keep walking the navigation
    QTest.keyClick(tree, Qt.Key.Key_Down)
    assert window.current_key == "sales_delivery_note"
