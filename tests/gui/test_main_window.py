"""The main window on a real demo company: list, search, filters, keys, columns, remembering."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from meinbuero.gui.areas.customers import count_text
from meinbuero.gui.main_window import MainWindow
from meinbuero.gui.signals import DataSignals
from meinbuero.gui.start import recent_files
from meinbuero.services import custom_fields, customers, notes
from meinbuero.services import settings as company_settings
from meinbuero.services.customers import CustomerInput, save_customer
from meinbuero.store.database import Database, open_company
from meinbuero.store.listing import ListQuery, customer_ids
from meinbuero.store.models import Customer
from tests.gui.conftest import DEMO_CUSTOMERS

MakeWindow = Callable[[], MainWindow]


@pytest.fixture
def make_window(
    qtbot: QtBot, demo: Database, signals: DataSignals, isolated_settings: QSettings
) -> MakeWindow:
    def make() -> MainWindow:
        window = MainWindow(database=demo, signals=signals, settings=isolated_settings)
        qtbot.addWidget(window)
        return window

    return make


@pytest.fixture
def window(make_window: MakeWindow, qtbot: QtBot) -> MainWindow:
    window = make_window()
    with qtbot.waitExposed(window):
        window.show()
    return window


class FakeDetails(QDialog):
    """Stands in for the details window where a test is about the main window only."""

    def __init__(self, customer_id: int | None, parent: QWidget) -> None:
        super().__init__(parent)
        self.customer_id = customer_id


def sql_ids(database: Database, query: ListQuery) -> list[int]:
    with database.sessions() as session:
        return customer_ids(session.connection(), query)


def shown_ids(window: MainWindow) -> list[int]:
    return window.customers_area.model.ids


def column_texts(window: MainWindow, key: str) -> list[str]:
    column = window.customers_area.model.column_of(key)
    assert column is not None
    return [
        str(window.customers_area.model.data(window.customers_area.model.index(row, column)))
        for row in range(window.customers_area.model.rowCount())
    ]


def click_header(qtbot: QtBot, window: MainWindow, key: str) -> None:
    header = window.customers_area.customer_view.horizontalHeader()
    column = window.customers_area.model.column_of(key)
    assert column is not None
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        QPoint(x, header.height() // 2),
    )


def test_menus_toolbar_and_status_in_german(window: MainWindow, demo: Database) -> None:
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    sales = QCoreApplication.translate("MainWindow", "&Sales").replace("&", "")
    mail = QCoreApplication.translate("MainWindow", "&Correspondence").replace("&", "")
    assert titles == [
        "Datei", "Bearbeiten", "Ansicht", "Stammdaten", sales, mail, "Extras", "Hilfe"
    ]  # fmt: skip
    menus = [window.menuBar().findChildren(QMenu)]
    texts = {a.text() for found in menus for menu in found for a in menu.actions()}
    assert {
        "Neue Firma…",
        "Firma öffnen…",
        "Zuletzt verwendet",
        "Beenden",
        "Neuer Kunde",
        "Kunde bearbeiten",
        "Löschen/Archivieren…",
        "Wiederherstellen",
        "Suchen",
        "Archivierte anzeigen",
        "Spalten…",
        "Aktualisieren",
        "Kunden",
        "Meine Firma…",
        "Individuelle Felder…",
        "Kundengruppen…",
        "Nummernkreise…",
        "Einstellungen…",
        "Über meinbuero…",
    } <= texts
    assert all(not a.icon().isNull() for a in window.toolbar.actions() if not a.isSeparator())
    assert window.open_action.shortcut().toString() == "F2"
    assert window.new_action.shortcut().toString() == "Ctrl+N"
    with demo.sessions() as session:
        company = company_settings.company(session).name
        active = customers.count_customers(session)
    assert window.company_label.text() == company
    assert window.windowTitle() == f"{company} – meinbuero"
    assert window.count_label.text() == f"{active} von {active} Kunden"
    assert window.customers_area.search_field.placeholderText().startswith("Suchen:")
    assert window.customers_area.group_combo.itemText(0) == "Alle Gruppen"
    assert window.customers_area.archived_check.text() == "Archivierte anzeigen"


def test_count_text_with_german_thousands() -> None:
    assert count_text(123, 5000) == "123 von 5.000 Kunden"
    assert count_text(100_000, 100_000) == "100.000 von 100.000 Kunden"


def test_header_clicks_sort_in_sql(window: MainWindow, qtbot: QtBot, demo: Database) -> None:
    assert window.customers_area.model.query.sort == "name"
    click_header(qtbot, window, "city")
    assert (
        window.customers_area.model.query.sort,
        window.customers_area.model.query.descending,
    ) == ("city", False)
    assert shown_ids(window) == sql_ids(demo, ListQuery(sort="city"))
    click_header(qtbot, window, "city")
    assert window.customers_area.model.query.descending
    assert shown_ids(window) == sql_ids(demo, ListQuery(sort="city", descending=True))
    click_header(qtbot, window, "last_processed")
    assert shown_ids(window) == sql_ids(demo, ListQuery(sort="last_processed"))


def test_search_as_you_type(window: MainWindow, qtbot: QtBot, demo: Database) -> None:
    everyone = window.customers_area.model.rowCount()
    with demo.sessions() as session:
        target = session.get(Customer, shown_ids(window)[10])
        assert target is not None
        city = target.city
    QTest.keyClicks(window.customers_area.search_field, "gmbh")
    assert window.customers_area.model.rowCount() == everyone  # debounced: not yet
    qtbot.waitUntil(lambda: window.customers_area.model.rowCount() < everyone, timeout=2000)
    assert shown_ids(window) == sql_ids(demo, ListQuery(text="gmbh"))
    assert "von" in window.count_label.text()
    window.customers_area.search_field.clear()
    window.customers_area.search_field.setText(city)  # umlauts (Köln, Mülheim) through setText
    qtbot.waitUntil(lambda: target.id in shown_ids(window), timeout=2000)
    qtbot.waitUntil(lambda: shown_ids(window) == sql_ids(demo, ListQuery(text=city)))
    window.customers_area.search_field.setFocus()
    QTest.keyClick(window.customers_area.search_field, Qt.Key.Key_Escape)
    assert window.customers_area.search_field.text() == ""
    qtbot.waitUntil(lambda: window.customers_area.model.rowCount() == everyone, timeout=2000)


def test_group_filter_and_archived(window: MainWindow, demo: Database) -> None:
    everyone = window.customers_area.model.rowCount()
    supplier = window.customers_area.group_combo.findText("Lieferant")
    window.customers_area.group_combo.setCurrentIndex(supplier)
    groups = column_texts(window, "groups")
    assert 0 < len(groups) < everyone and all("Lieferant" in g for g in groups)
    window.customers_area.group_combo.setCurrentIndex(0)
    assert window.customers_area.model.rowCount() == everyone
    window.customers_area.archived_check.setChecked(True)
    assert window.customers_area.show_archived_action.isChecked()
    assert window.customers_area.model.rowCount() == DEMO_CUSTOMERS > everyone
    assert window.count_label.text() == f"{DEMO_CUSTOMERS} von {DEMO_CUSTOMERS} Kunden"
    window.customers_area.show_archived_action.setChecked(False)
    assert not window.customers_area.archived_check.isChecked()
    assert window.customers_area.model.rowCount() == everyone


def test_ctrl_f_goes_to_the_search_field(window: MainWindow, qtbot: QtBot) -> None:
    window.activateWindow()
    window.customers_area.customer_view.setFocus()
    qtbot.waitUntil(window.customers_area.customer_view.hasFocus)
    QTest.keyClick(
        window.customers_area.customer_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(window.customers_area.search_field.hasFocus)
    QTest.keyClick(window.customers_area.search_field, Qt.Key.Key_Down)
    assert window.customers_area.customer_view.hasFocus()


def attached_and_bare(database: Database) -> tuple[int, int]:
    """A customer with a note (archived on Del) and one with nothing (deleted on Del)."""
    with database.sessions.begin() as session:
        attached = save_customer(session, CustomerInput(company_name="AAA Mit Notiz GmbH")).id
        notes.add_note(session, customer_id=attached, text="Rückruf erbeten")
        bare = save_customer(session, CustomerInput(company_name="AAB Ohne alles GmbH")).id
    return attached, bare


def test_del_asks_then_archives_or_deletes(
    window: MainWindow, qtbot: QtBot, demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    attached, bare = attached_and_bare(demo)
    window.customers_area.reload()
    asked: list[tuple[str, bool]] = []
    answer = False

    def ask(text: str, *, archive: bool) -> bool:
        asked.append((text, archive))
        return answer

    monkeypatch.setattr(window.customers_area, "ask_remove", ask)
    window.customers_area.customer_view.setFocus()
    assert window.customers_area.select_customer(attached)
    QTest.keyClick(window.customers_area.customer_view, Qt.Key.Key_Delete)
    assert asked and asked[-1][1] is True
    assert "wird deshalb archiviert, nicht gelöscht" in asked[-1][0]
    assert "AAA Mit Notiz GmbH" in asked[-1][0]
    assert attached in shown_ids(window)  # answered "Abbrechen"
    answer = True
    QTest.keyClick(window.customers_area.customer_view, Qt.Key.Key_Delete)
    with demo.sessions() as session:
        kept = session.get(Customer, attached)
        assert kept is not None and kept.archived_at is not None
    assert attached not in shown_ids(window)
    assert window.customers_area.selected_customer_id() == bare  # the next row is selected
    assert "wurde archiviert" in window.statusBar().currentMessage()

    QTest.keyClick(window.customers_area.customer_view, Qt.Key.Key_Delete)
    assert asked[-1][1] is False and "endgültig gelöscht" in asked[-1][0]
    with demo.sessions() as session:
        assert session.get(Customer, bare) is None
    assert bare not in shown_ids(window)

    window.customers_area.archived_check.setChecked(True)
    assert window.customers_area.select_customer(attached)
    assert window.customers_area.restore_action.isEnabled()
    menu_texts = [a.text() for a in window.customers_area.context_menu().actions()]
    assert "Wiederherstellen" in menu_texts and "Kunde bearbeiten" in menu_texts
    window.customers_area.restore_selected()
    with demo.sessions() as session:
        restored = session.get(Customer, attached)
        assert restored is not None and restored.archived_at is None
    assert not window.customers_area.restore_action.isEnabled()


def test_f5_reads_the_file_again(window: MainWindow, qtbot: QtBot, demo: Database) -> None:
    count = window.customers_area.model.rowCount()
    with demo.sessions.begin() as session:  # written elsewhere: no signal
        save_customer(session, CustomerInput(company_name="Von draußen GmbH"))
    assert window.customers_area.model.rowCount() == count
    window.customers_area.customer_view.setFocus()
    QTest.keyClick(window.customers_area.customer_view, Qt.Key.Key_F5)
    assert window.customers_area.model.rowCount() == count + 1
    assert window.count_label.text() == f"{count + 1} von {count + 1} Kunden"


def test_customer_changed_refreshes_the_row_and_keeps_the_selection(
    window: MainWindow, demo: Database, signals: DataSignals
) -> None:
    customer_id = shown_ids(window)[5]
    window.customers_area.select_customer(customer_id)
    with demo.sessions.begin() as session:
        data = CustomerInput.of(customers.get_customer(session, customer_id))
        data.kind, data.company_name, data.city = "company", "Zacharias Zimmerei", "Zülpich"
        save_customer(session, data, customer_id=customer_id)
    signals.customer_changed.emit(customer_id)
    assert window.customers_area.selected_customer_id() == customer_id
    row = window.customers_area.model.row_of(customer_id)
    assert row is not None
    assert (
        window.customers_area.model.data(window.customers_area.model.index(row, 1))
        == "Zacharias Zimmerei"
    )
    assert "Zülpich" in window.customers_area.preview.toPlainText()


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen has no window stacking
def test_details_open_with_f2_enter_double_click_and_ctrl_n(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[FakeDetails] = []

    def create(customer_id: int | None) -> QDialog:
        dialog = FakeDetails(customer_id, window)
        made.append(dialog)
        return dialog

    monkeypatch.setattr(window, "create_customer_dialog", create)
    view = window.customers_area.customer_view
    view.setFocus()
    first = window.customers_area.selected_customer_id()
    QTest.keyClick(view, Qt.Key.Key_F2)
    assert [d.customer_id for d in made] == [first] and made[0].isVisible()
    QTest.keyClick(view, Qt.Key.Key_Return)  # the same customer: the open window comes forward
    assert len(made) == 1
    index = window.customers_area.model.index(2, 1)
    rect = view.visualRect(index)
    no = Qt.KeyboardModifier.NoModifier
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, no, rect.center())
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, no, rect.center())
    assert made[-1].customer_id == window.customers_area.model.ids[2] and len(made) == 2
    QTest.keyClick(view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert made[-1].customer_id is None and len(window.open_dialogs) == 3
    made[0].reject()
    assert len(window.open_dialogs) == 2


@pytest.mark.qt_log_ignore("does not support raise")
def test_real_details_window_opens(
    window: MainWindow, qtbot: QtBot
) -> None:  # pragma: no cover - until the details window exists
    pytest.importorskip("meinbuero.gui.dialogs.customer_dialog")
    window.customers_area.customer_view.setFocus()
    customer_id = window.customers_area.selected_customer_id()
    QTest.keyClick(window.customers_area.customer_view, Qt.Key.Key_F2)
    dialog = window.open_dialogs[0]
    assert getattr(dialog, "customer_id", None) == customer_id
    assert dialog.windowTitle().startswith("Kunde K")
    assert window.open_customer(customer_id) is dialog
    dialog.close()


@pytest.mark.qt_log_ignore("does not support raise")
def test_master_data_opens_the_settings_pages(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    pages: list[str] = []

    def create(page: str) -> QDialog:
        pages.append(page)
        dialog = QDialog(window)
        dialog.select_page = pages.append  # type: ignore[attr-defined]
        return dialog

    monkeypatch.setattr(window, "create_settings_dialog", create)
    window.company_action.trigger()
    window.groups_action.trigger()  # the open dialog turns to the page
    assert pages == ["company", "groups"]
    dialog = window.open_settings("number_ranges")
    dialog.reject()
    window.custom_fields_action.trigger()
    assert pages[-1] == "custom_fields"


@pytest.mark.qt_log_ignore("does not support raise")
def test_the_real_settings_dialog_opens_at_the_page(window: MainWindow) -> None:
    pytest.importorskip("meinbuero.gui.dialogs.settings_dialog")
    window.groups_action.trigger()
    dialog = window.open_settings("number_ranges")  # the same dialog, at another page
    assert dialog.current_page() == "number_ranges"  # type: ignore[attr-defined]
    assert dialog.windowTitle() == "Einstellungen"
    dialog.reject()
    again = window.open_settings("company")
    assert again is not dialog and again.current_page() == "company"  # type: ignore[attr-defined]
    again.reject()


def test_column_chooser_is_remembered(
    make_window: MakeWindow, qtbot: QtBot, demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    header = window.customers_area.customer_view.horizontalHeader()
    branche = window.customers_area.model.column_of("custom_1")
    assert branche is not None and header.isSectionHidden(branche)  # custom fields: optional
    menu = window.customers_area.column_menu()
    titles = [a.text() for a in menu.actions() if a.isCheckable()]
    assert titles[:2] == ["Kundennummer", "Name / Firma"] and "Branche" in titles
    next(a for a in menu.actions() if a.text() == "Branche").trigger()
    assert not header.isSectionHidden(branche)
    assert any(column_texts(window, "custom_1"))

    def work(dialog: QDialog) -> bool:
        dialog.set_shown("postcode", False)  # type: ignore[attr-defined]
        dialog.set_shown("custom_2", True)  # type: ignore[attr-defined]
        return True

    monkeypatch.setattr(window, "run_dialog", work)
    window.customers_area.columns_action.trigger()
    assert not window.customers_area.column_shown(
        "postcode"
    ) and window.customers_area.column_shown("custom_2")
    window.close()

    again = make_window()
    assert again.customers_area.column_shown("custom_1") and again.customers_area.column_shown(
        "custom_2"
    )
    assert not again.customers_area.column_shown("postcode") and again.customers_area.column_shown(
        "name"
    )
    again.close()


def test_window_and_header_state_are_restored(make_window: MakeWindow, qtbot: QtBot) -> None:
    window = make_window()
    window.resize(720, 520)  # the offscreen screen is 800 × 600
    with qtbot.waitExposed(window):
        window.show()
    header = window.customers_area.customer_view.horizontalHeader()
    city = window.customers_area.model.column_of("city")
    assert city is not None
    header.moveSection(header.visualIndex(city), 0)
    header.resizeSection(city, 222)
    window.customers_area.model.sort(city, Qt.SortOrder.DescendingOrder)
    window.customers_area.splitter.setSizes([300, 200])
    sizes = window.customers_area.splitter.sizes()
    window.close()

    again = make_window()
    with qtbot.waitExposed(again):
        again.show()
    header = again.customers_area.customer_view.horizontalHeader()
    assert (again.width(), again.height()) == (720, 520)
    assert header.logicalIndex(0) == city and header.sectionSize(city) == 222
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        city,
        Qt.SortOrder.DescendingOrder,
    )
    assert (again.customers_area.model.query.sort, again.customers_area.model.query.descending) == (
        "city",
        True,
    )
    assert again.customers_area.splitter.sizes() == sizes


def test_a_new_custom_field_becomes_an_optional_column(
    window: MainWindow, demo: Database, signals: DataSignals
) -> None:
    window.customers_area.set_column_shown("custom_1", True)
    with demo.sessions.begin() as session:
        custom_fields.save_definition(session, slot=12, label="Lieblingsfarbe", field_type="text")
    signals.settings_changed.emit()
    column = window.customers_area.model.column_of("custom_12")
    assert column is not None
    assert (
        window.customers_area.model.headerData(column, Qt.Orientation.Horizontal)
        == "Lieblingsfarbe"
    )
    assert not window.customers_area.column_shown(
        "custom_12"
    ) and window.customers_area.column_shown("custom_1")


def test_datei_new_company_and_recent_files(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    requested: list[tuple[str, bool]] = []
    window.open_company_requested.connect(lambda path, new: requested.append((path, new)))
    target = tmp_path / "Neu.sqlite"
    monkeypatch.setattr(window, "ask_company_name", lambda: "Neue Werkstatt GmbH")
    monkeypatch.setattr(window, "ask_new_company_file", lambda suggested: target)
    window.new_company_action.trigger()
    assert requested == [(str(target), True)]
    database = open_company(target)
    with database.sessions() as session:
        assert company_settings.company(session).name == "Neue Werkstatt GmbH"
    database.close()

    monkeypatch.setattr(window, "ask_open_company_file", lambda: window.database.path)
    window.open_company_action.trigger()
    assert requested[-1] == (str(window.database.path), False)

    window.fill_recent_menu()
    assert [a.text() for a in window.recent_menu.actions()] == ["(keine)"]
    from meinbuero.gui.start import add_recent_file

    add_recent_file(window.settings, target)
    add_recent_file(window.settings, window.database.path)
    window.fill_recent_menu()
    actions = window.recent_menu.actions()
    assert [a.text() for a in actions] == ["&1 Demo", "&2 Neu"]
    assert actions[0].isChecked()
    actions[1].trigger()
    assert requested[-1] == (str(target), False)
    assert recent_files(window.settings)[0] == window.database.path


def test_preview_follows_the_selection_once_it_rests(
    window: MainWindow, qtbot: QtBot, demo: Database
) -> None:
    customer_id = shown_ids(window)[3]
    window.customers_area.select_customer(customer_id)
    with demo.sessions() as session:
        name = customers.get_customer(session, customer_id).display_name
    qtbot.waitUntil(
        lambda: name.split(",")[0] in window.customers_area.preview.toPlainText(), timeout=2000
    )
