"""The first hour with the program: the handbook (F1, search, links, Hilfe menu, About), the
empty company's guide, windows on a small screen, file dialogs in the documents folder, the
Wiedervorlage's overdue lines, Strg+Bild↓/↑ in the details window."""

from __future__ import annotations

import importlib.metadata
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from meinbuero.domain.values import format_date_de
from meinbuero.gui import windows
from meinbuero.gui.dialogs import help_window
from meinbuero.gui.dialogs.about_dialog import AboutDialog
from meinbuero.gui.dialogs.customer_dialog import CustomerDialog
from meinbuero.gui.dialogs.due_dialog import DueDialog
from meinbuero.gui.dialogs.help_window import HelpWindow, anchor_of, help_folders, read_pages
from meinbuero.gui.dialogs.import_wizard import ImportWizard
from meinbuero.gui.main_window import MainWindow
from meinbuero.gui.signals import DataSignals
from meinbuero.services import history
from meinbuero.services.customers import CustomerInput, save_customer
from meinbuero.services.history import TaskInput
from meinbuero.store.database import Database

ROOT = Path(__file__).resolve().parents[2]
HANDBOOK = ROOT / "resources" / "help" / "de"
LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.fixture
def main_window(
    qtbot: QtBot, database: Database, signals: DataSignals, isolated_settings: QSettings
) -> Iterator[MainWindow]:
    window = MainWindow(database=database, signals=signals, settings=isolated_settings)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    yield window
    desk = help_window.help_desk()
    if desk.window is not None and shiboken6.isValid(desk.window):
        desk.window.close()


def help_shown() -> HelpWindow:
    shown = help_window.help_desk().window
    assert shown is not None and shown.isVisible()
    return shown


def press_f1(widget: QWidget) -> HelpWindow:
    QTest.keyClick(widget, Qt.Key.Key_F1)
    return help_shown()


# --- the handbook ---------------------------------------------------------------------------


def test_f1_opens_the_page_of_the_area_tab_and_settings_page_in_front(
    qtbot: QtBot, main_window: MainWindow, database: Database
) -> None:
    main_window.activateWindow()
    assert press_f1(main_window.customers_area.customer_view).current_topic == (
        "kunden.md#die-kundenliste"
    )
    main_window.show_area("articles")
    assert press_f1(main_window.current_area).current_topic == "verkauf.md#artikel"
    main_window.show_area("sales_invoice")
    assert press_f1(main_window.current_area).current_topic == ("verkauf.md#die-listen-der-belege")

    with database.sessions.begin() as session:
        customer_id = save_customer(session, CustomerInput(company_name="Roth KG")).id
    details = main_window.open_customer(customer_id)
    assert isinstance(details, CustomerDialog)
    details.ask_save_changes = lambda: QMessageBox.StandardButton.No  # type: ignore[method-assign]
    qtbot.waitExposed(details)
    details.ui.tabs.setCurrentWidget(details.history_tab)
    details.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is details)
    assert press_f1(details.history_tab).current_topic == "kunden.md#historie"
    details.ui.tabs.setCurrentWidget(details.conditions_tab)
    assert press_f1(details.conditions_tab).current_topic == "kunden.md#konditionen"
    details.close()

    settings = main_window.open_settings("number_ranges")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is settings)
    assert press_f1(settings).current_topic == "einstellungen.md#nummernkreise"
    settings.close()


def test_the_hilfe_menu_has_the_handbook_on_f1_the_keys_and_the_about_box(
    main_window: MainWindow,
) -> None:
    menu = main_window.findChild(QWidget, "help_menu")
    assert menu is not None
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Handbuch", "Tastenkürzel", "Über meinbuero…"]
    assert main_window.handbook_action.shortcut().toString() == "F1"
    main_window.keys_help_action.trigger()
    shown = help_shown()
    assert shown.current_topic == "tastenkuerzel.md"
    assert "Strg+Bild↓" in shown.browser.toPlainText()


def test_the_search_finds_a_word_in_every_section_that_holds_it(qtbot: QtBot) -> None:
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show()
    QTest.keyClicks(window.search_field, "Leitweg")
    holding = sorted(
        f"{page.name}.md#{section.anchor}"
        for page in window.pages
        for section in page.sections
        if "leitweg" in (section.title + section.text).casefold()
    )
    assert len(holding) >= 2  # the e-invoice page and the Konditionen tab
    found = sorted(
        window.results.item(row).data(help_window.URL_ROLE).fileName()
        + "#"
        + window.results.item(row).data(help_window.URL_ROLE).fragment()
        for row in range(window.results.count())
    )
    assert found == holding
    assert window.results_label.text() == f"{len(holding)} Stellen gefunden"
    # Umlauts typed as ae/oe/ue find them; the first hit is shown with the word marked.
    window.search_field.setText("Fälligkeit Ueberfaellig")
    window.search_field.clear()
    QTest.keyClicks(window.search_field, "ueberfaellig")
    assert window.results.count() >= 1
    QTest.keyClick(window.search_field, Qt.Key.Key_Return)
    assert window.browser.textCursor().selectedText().casefold() == "überfällig"
    window.search_field.setText("kein-solches-wort-xyz")
    assert window.results.count() == 0
    assert window.results_label.text() == "Nichts gefunden."


def test_every_link_of_the_handbook_leads_to_a_page_and_section(qtbot: QtBot) -> None:
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show()
    anchors: dict[Path, list[str]] = {}
    for page in read_pages(help_folders("de")):
        window.browser.setSource(page.url)
        anchors[page.path.resolve()] = window.browser.anchors()
    assert set(anchors) == {p.resolve() for p in HANDBOOK.glob("*.md")}
    checked = 0
    for path in HANDBOOK.glob("*.md"):
        for target in LINK.findall(path.read_text(encoding="utf-8")):
            name, _, anchor = target.partition("#")
            linked = (path.parent / name).resolve() if name else path.resolve()
            assert linked in anchors, f"{path.name}: {target}"
            assert not anchor or anchor in anchors[linked], f"{path.name}: {target}"
            checked += 1
    assert checked > 30
    for topic in set(help_window.TOPICS.values()):
        name, _, anchor = topic.partition("#")
        assert (HANDBOOK / name).resolve() in anchors, topic
        assert not anchor or anchor in anchors[(HANDBOOK / name).resolve()], topic


def test_a_link_opens_its_section_and_back_and_forward_return(qtbot: QtBot) -> None:
    window = HelpWindow()
    qtbot.addWidget(window)
    window.show()
    window.show_topic("erste-schritte.md")
    assert not window.back_button.isEnabled()
    cursor = window.browser.document().find("Adresse")  # [Adresse](kunden.md#adresse)
    assert cursor.charFormat().isAnchor()
    href = cursor.charFormat().anchorHref()
    assert href == "kunden.md#adresse"
    window.browser.anchorClicked.emit(window.browser.source().resolved(href))
    window.browser.setSource(window.browser.source().resolved(href))
    assert window.current_topic == "kunden.md#adresse"
    assert window.browser.verticalScrollBar().value() > 0  # the section, not the page's top
    assert window.back_button.isEnabled()
    window.back_button.click()
    assert window.current_topic == "erste-schritte.md"
    window.forward_button.click()
    assert window.current_topic == "kunden.md#adresse"
    item = window.contents.topLevelItem(0)
    window.contents.itemClicked.emit(item, 0)
    assert window.current_topic == "index.md"
    assert window.windowTitle() == "meinbuero – Handbuch: meinbuero – Handbuch"


def test_anchors_are_made_from_the_headings_text() -> None:
    assert anchor_of("Neu (F10): Ereignis, Aufgabe, Termin") == "neu-f10-ereignis-aufgabe-termin"
    assert anchor_of("Meine Firma ausfüllen") == "meine-firma-ausfuellen"
    assert anchor_of("Abschließen") == "abschliessen"


def test_the_english_window_starts_on_a_page_that_says_the_handbook_is_german(
    qtbot: QtBot,
) -> None:
    folders = help_folders("en")
    window = HelpWindow(folders=folders)
    qtbot.addWidget(window)
    window.show_topic("index.md")
    assert "written in German" in window.browser.toPlainText()
    assert [p.name for p in window.pages][:2] == ["index", "erste-schritte"]
    window.show_topic("kunden.md#historie")
    assert window.current_topic == "kunden.md#historie"


def test_the_about_box_lists_the_libraries_with_version_and_licence(qtbot: QtBot) -> None:
    dialog = AboutDialog(company_file=Path("/tmp/Firma.sqlite"))
    qtbot.addWidget(dialog)
    rows = {name.casefold(): (version, licence) for name, version, licence in dialog.rows()}
    required = importlib.metadata.requires("meinbuero") or []
    pinned = [r.split("==")[0] for r in required if "extra ==" not in r]
    assert len(rows) == len(pinned) >= 20
    for name in pinned:
        meta = importlib.metadata.metadata(name)
        version, licence = rows[str(meta["Name"]).casefold()]
        assert version == meta["Version"]
        assert licence
    assert rows["sqlalchemy"][1] == "MIT"
    assert rows["pyside6_essentials"][1].startswith("LGPL-3.0-only")
    heading = dialog.findChild(QLabel, "heading")
    assert heading is not None
    assert "Lizenz: alle Rechte vorbehalten" in heading.text()


# --- an empty company -------------------------------------------------------------------------


def test_an_empty_company_shows_what_to_do_first_until_there_is_a_customer(
    qtbot: QtBot, main_window: MainWindow, database: Database
) -> None:
    area = main_window.customers_area
    overlay = area.overlay
    assert overlay.isVisible()
    assert "Noch keine Kunden" in overlay.text()
    assert overlay.geometry() == area.customer_view.viewport().rect()
    for link in ("new", "import", "company", "help"):
        assert f"href='{link}'" in overlay.text()

    # The link "Ersten Kunden anlegen" opens a new customer's window, as Strg+N does.
    overlay.linkActivated.emit("new")
    [details] = main_window.open_dialogs
    assert isinstance(details, CustomerDialog) and details.customer_id is None
    details.address_tab.ui.company_name.setText("Roth KG")
    assert details.save()
    details.close()
    assert not overlay.isVisible()
    assert area.model.rowCount() == 1

    area.search_field.setText("xyz-niemand")
    area.apply_filters()
    assert overlay.isVisible()
    assert "Keine Treffer" in overlay.text() and "href" not in overlay.text()
    area.search_field.setText("")
    area.apply_filters()
    assert not overlay.isVisible()


def test_the_guide_opens_meine_firma_and_the_first_steps(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    main_window.customers_area.overlay.linkActivated.emit("company")
    dialog = main_window._settings_dialog
    assert dialog is not None and dialog.current_page() == "company"  # type: ignore[attr-defined]
    dialog.close()
    main_window.customers_area.overlay.linkActivated.emit("help")
    assert help_shown().current_topic == "erste-schritte.md"


# --- windows on the screen --------------------------------------------------------------------


def test_a_window_taller_than_the_screen_is_made_to_fit_below_the_title_bar() -> None:
    screen = QRect(0, 0, 1366, 728)  # 1366 × 768 less the task bar
    # 1000 × 800 inside, centred by Qt: its title bar would be above the screen.
    inside = QRect(183, -20, 1000, 800)
    frame = QRect(175, -51, 1016, 839)  # title bar 31, borders 8
    placed = windows.fit_rect(inside, frame, screen, QSize(600, 400))
    assert placed.top() - 31 >= 0 and placed.bottom() + 8 <= 727
    assert placed.left() - 8 >= 0 and placed.right() + 8 <= 1365
    assert placed.width() == 1000  # it fitted in width: kept
    # Before the first show no frame is known: room for a title bar is left anyway.
    placed = windows.fit_rect(QRect(100, 0, 500, 300), QRect(100, 0, 500, 300), screen, QSize())
    assert placed.top() == windows.TITLE_BAR
    # Off to the right of a smaller monitor: moved back on.
    placed = windows.fit_rect(
        QRect(1600, 300, 800, 400), QRect(1600, 300, 800, 400), screen, QSize()
    )
    assert placed.right() == 1365 - windows.BORDER and placed.top() == 300


def test_meine_firma_of_a_new_company_opens_fully_on_a_1366_by_768_screen(tmp_path: Path) -> None:
    """A real start on a small screen (Qt's offscreen screen set to 1366 × 768 with frames):
    the Meine Firma window of a new company and the main window lie within the screen."""
    config = tmp_path / "screen.json"
    config.write_text(
        json.dumps(
            {
                "windowFrameMargins": True,
                "screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768}],
            }
        ),
        encoding="utf-8",
    )
    code = f"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from meinbuero.gui.start import Launcher, create_empty_company
from meinbuero.gui.translation import install_translators
app = QApplication([])
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(tmp_path / "qs")!r})
settings = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "meinbuero", "t")
translators = install_translators(app, "de")
path = Path({str(tmp_path / "Neu.sqlite")!r})
create_empty_company(path, "Lindner Grafikdesign")
launcher = Launcher(settings=settings)
launcher.open_file(path, new_company=True)
window = launcher.windows[0]
for _ in range(20):
    app.processEvents()
dialog = window._settings_dialog
def box(w):
    f = w.frameGeometry()
    return [f.left(), f.top(), f.right(), f.bottom()]
screen = window.screen().availableGeometry()
print(json.dumps({{"screen": [screen.width(), screen.height()], "main": box(window),
    "company": box(dialog), "page": dialog.current_page()}}))
window.close()
"""
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=False
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["screen"] == [1366, 768]
    assert found["page"] == "company"
    for key in ("main", "company"):
        left, top, right, bottom = found[key]
        assert left >= 0 and top >= 0 and right <= 1365 and bottom <= 767, (key, found[key])


# --- file dialogs -----------------------------------------------------------------------------


def test_the_import_starts_in_the_documents_folder_then_where_the_last_file_was(
    qtbot: QtBot,
    database: Database,
    signals: DataSignals,
    isolated_settings: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    chosen = tmp_path / "Exporte" / "Kontakte.csv"
    chosen.parent.mkdir()

    def get_open_file_name(
        parent: QWidget, caption: str, folder: str, filters: str
    ) -> tuple[str, str]:
        asked.append(folder)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open_file_name)
    wizard = ImportWizard(database=database, signals=signals, settings=isolated_settings)
    qtbot.addWidget(wizard)
    assert wizard.ask_source_file() == chosen
    assert wizard.ask_source_file() == chosen
    assert asked == [str(windows.documents_folder()), str(chosen.parent)]
    assert Path(asked[0]) != Path.cwd() and Path(asked[0]).is_dir()
    chosen.parent.rename(tmp_path / "weg")  # a remembered folder that is gone: documents
    assert windows.start_folder(isolated_settings, "import") == windows.documents_folder()


# --- the Wiedervorlage ------------------------------------------------------------------------


def test_overdue_follow_ups_come_first_in_red_with_since_when(
    qtbot: QtBot, database: Database, signals: DataSignals, isolated_settings: QSettings
) -> None:
    today = date(2026, 12, 6)
    with database.sessions.begin() as session:
        customer = save_customer(session, CustomerInput(company_name="Roth KG")).id
        for subject, day in (
            ("Heute anrufen", today),
            ("Angebot nachfassen", today - timedelta(days=3)),
            ("Rechnung prüfen", today - timedelta(days=20)),
        ):
            history.add_task(
                session,
                customer_id=customer,
                data=TaskInput(subject=subject, due_on=format_date_de(day)),
            )
    dialog = DueDialog(database=database, signals=signals, settings=isolated_settings, today=today)
    qtbot.addWidget(dialog)
    model = dialog.model

    def cell(row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        return model.data(model.index(row, column), role)

    assert [cell(row, 4) for row in range(3)] == [
        "Rechnung prüfen",
        "Angebot nachfassen",
        "Heute anrufen",
    ]
    assert cell(0, 0) == "überfällig seit 16.11.2026"
    assert cell(1, 0) == "überfällig seit 03.12.2026"
    assert cell(2, 0) == "06.12.2026"
    red = QColor("#c00000")
    assert cell(0, 3, Qt.ItemDataRole.ForegroundRole) == red
    assert cell(2, 3, Qt.ItemDataRole.ForegroundRole) is None


def test_the_wiedervorlage_at_start_leaves_the_keyboard_in_the_main_window(
    qtbot: QtBot, main_window: MainWindow, database: Database
) -> None:
    with database.sessions.begin() as session:
        customer = save_customer(session, CustomerInput(company_name="Roth KG")).id
        history.add_task(
            session,
            customer_id=customer,
            data=TaskInput(subject="Anrufen", due_on=format_date_de(date.today())),
        )
    main_window.activateWindow()
    main_window.show_due_on_start_soon()
    qtbot.waitUntil(lambda: main_window.due_dialog is not None)
    dialog = main_window.due_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    dialog.close()
    # F9 asks for it: then it takes the keyboard.
    asked = main_window.show_due()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is asked)
    asked.close()


# --- the details window's tabs ----------------------------------------------------------------


def test_ctrl_page_down_and_up_switch_the_tabs_round(
    open_details: Callable[[int | None], CustomerDialog],
) -> None:
    details = open_details(None)
    tabs = details.ui.tabs
    field = details.address_tab.ui.company_name
    field.setFocus()
    assert tabs.currentIndex() == 0
    QTest.keyClick(field, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1
    QTest.keyClick(tabs.currentWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 0
    QTest.keyClick(tabs.currentWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == tabs.count() - 1  # round to the last
    QTest.keyClick(tabs.currentWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 0


def test_place_on_screen_moves_a_real_window_back_onto_the_screen(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    windows.manage(widget)
    available = widget.screen().availableGeometry()
    widget.resize(400, 300)
    widget.move(available.right() + 200, available.top() - 100)
    widget.show()
    frame = widget.frameGeometry()
    assert available.contains(frame), (available, frame)
    assert widget.mapToGlobal(QPoint(0, 0)).y() >= available.top()
