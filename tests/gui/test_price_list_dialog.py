"""Artikel > Artikel importieren…/exportieren…: price lists in and out on a real company file."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from meinbuero.domain.units import unit_code
from meinbuero.gui.areas.articles import ArticlesArea, export_target
from meinbuero.gui.dialogs.price_list_dialog import ARTICLES_TAB, REFUSED_TAB, PriceListDialog
from meinbuero.gui.main_window import MainWindow
from meinbuero.gui.signals import DataSignals
from meinbuero.i18n import tr
from meinbuero.services import article_exchange, articles
from meinbuero.store.database import Database
from meinbuero.store.models import Article


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def stored(database: Database) -> dict[str, tuple[str, str, Decimal, Decimal]]:
    """Number → name, unit, price and VAT rate of every article in the file."""
    with database.sessions() as session:
        return {
            a.number: (a.name, a.unit, a.unit_price, a.vat_rate)
            for a in session.scalars(select(Article))
        }


@pytest.fixture
def window(
    qtbot: QtBot, database: Database, signals: DataSignals, isolated_settings: QSettings
) -> Iterator[MainWindow]:
    """The window on a company with two articles, showing Artikel."""
    with database.sessions.begin() as session:
        for number, name, price in (("A1", "Beratung", "95"), ("A2", "Kabel", "7,49")):
            articles.save_article(
                session,
                None,
                articles.ArticleInput(number=number, name=name, unit="Std.", unit_price=price),
            )
    window = MainWindow(database=database, signals=signals, settings=isolated_settings)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    window.show_area("articles")
    yield window


@pytest.fixture
def area(window: MainWindow) -> ArticlesArea:
    area = window.current_area
    assert isinstance(area, ArticlesArea)
    return area


class Answers:
    """Stands in for the user: the files chosen, what the dialog does, what was said."""

    def __init__(self, window: MainWindow, area: ArticlesArea, monkeypatch: pytest.MonkeyPatch):
        self.source: Path | None = None
        self.target: tuple[Path, str] | None = None
        self.suggested: list[Path] = []
        self.told: list[str] = []
        self.messages: list[str] = []
        self.dialogs: list[PriceListDialog] = []
        self.click_import = True
        monkeypatch.setattr(area, "ask_import_file", lambda: self.source)
        monkeypatch.setattr(area, "ask_export_file", self._ask_export)
        monkeypatch.setattr(window, "inform", self.told.append)
        monkeypatch.setattr(window, "show_message", self.messages.append)
        monkeypatch.setattr(window, "run_dialog", self._run)

    def _ask_export(self, suggested: Path) -> tuple[Path, str] | None:
        self.suggested.append(suggested)
        return self.target

    def _run(self, dialog: QDialog) -> bool:
        assert isinstance(dialog, PriceListDialog)
        self.dialogs.append(dialog)
        dialog.show()
        if self.click_import and dialog.import_button.isEnabled():
            dialog.import_button.click()
        return dialog.result() == QDialog.DialogCode.Accepted


@pytest.fixture
def answers(window: MainWindow, area: ArticlesArea, monkeypatch: pytest.MonkeyPatch) -> Answers:
    return Answers(window, area, monkeypatch)


def write_xlsx(path: Path, rows: list[list[object]]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


# --- the area's actions -------------------------------------------------------------------------


def test_the_area_offers_import_and_export_in_menus_toolbar_and_context_menu(
    window: MainWindow, area: ArticlesArea
) -> None:
    for action in (area.import_action, area.export_action):
        assert action in window.edit_menu.actions()
        assert action in window.toolbar.actions()
        assert not action.icon().isNull()
    menu = area.context_menu()
    assert area.import_action in menu.actions() and area.export_action in menu.actions()
    assert area.import_action.text() == translate("ArticlesArea", "Import articles…")
    window.show_area("customers")
    assert area.import_action not in window.toolbar.actions()
    assert area.export_action not in window.edit_menu.actions()


# --- import ----------------------------------------------------------------------------------


def test_import_adds_and_updates_articles(
    area: ArticlesArea,
    answers: Answers,
    database: Database,
    signals: DataSignals,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    answers.source = write_xlsx(
        tmp_path / "Preise.xlsx",
        [
            ["Artikelnummer", "Bezeichnung", "Einheit", "Preis", "MwSt"],
            ["A1", "Beratung", "Std.", 99.5, 0.19],  # new price
            ["A2", "Kabel", "Std.", 7.49, 19],  # as it is
            ["B7", "Router", "Stück", "129,00", "19 %"],  # new
            [None, "Montage", "Stunde", 65.5, 7],  # new, numbered from the range
        ],
    )
    with qtbot.waitSignal(signals.articles_changed):
        area.import_articles()
    (dialog,) = answers.dialogs
    ui = dialog.ui
    assert ui.new_count.text() == translate("PriceListDialog", "New: {count}").format(count=2)
    assert ui.updated_count.text().endswith("1") and ui.unchanged_count.text().endswith("1")
    assert ui.refused_count.text().endswith("0")
    assert ui.articles_table.rowCount() == 3 and ui.refused_table.rowCount() == 0
    shown = [
        [ui.articles_table.item(r, c).text() for c in range(7)]  # type: ignore[union-attr]
        for r in range(3)
    ]
    assert shown[0][2:] == ["A1", "Beratung", "Stunde", "99,50 €", "19 %"]
    assert shown[1][2:] == ["B7", "Router", "Stück", "129,00 €", "19 %"]
    assert shown[2][3:] == ["Montage", "Stunde", "65,50 €", "7 %"]
    assert dialog.counts == article_exchange.ImportCounts(new=2, updated=1)

    after = stored(database)
    assert after["A1"] == ("Beratung", unit_code("Std."), Decimal("99.5"), Decimal(19))
    assert after["A2"][2] == Decimal("7.49")
    assert after["B7"] == ("Router", unit_code("Stück"), Decimal(129), Decimal(19))
    assert [v for k, v in after.items() if k not in ("A1", "A2", "B7")] == [
        ("Montage", unit_code("Std."), Decimal("65.5"), Decimal(7))
    ]
    assert area.model.rowCount() == 4  # the list read the file again
    assert answers.messages == [
        translate("ArticlesArea", "Imported: {new} new, {updated} changed articles.").format(
            new=2, updated=1
        )
    ]
    assert area.folder() == tmp_path


def test_a_refused_row_blocks_the_import_and_is_listed_with_its_reason(
    area: ArticlesArea, answers: Answers, database: Database, tmp_path: Path
) -> None:
    answers.source = tmp_path / "Preise.csv"
    answers.source.write_text(
        "Artikelnummer;Bezeichnung;Einheit;Preis;USt\n"
        "A1;Beratung;Std.;99,50;19\n"
        "B7;Eimer;Eimer;3,00;19\n"
        "B8;Router;Stk;viel;19\n",
        encoding="utf-8",
    )
    before = stored(database)
    area.import_articles()
    (dialog,) = answers.dialogs
    ui = dialog.ui
    assert not dialog.import_button.isEnabled()
    assert ui.blocked_label.text() == dialog.blocked_reason() != ""
    assert ui.blocked_label.isVisibleTo(dialog)
    assert ui.tabs.currentIndex() == REFUSED_TAB
    refused = [
        [ui.refused_table.item(r, c).text() for c in range(4)]  # type: ignore[union-attr]
        for r in range(ui.refused_table.rowCount())
    ]
    assert refused == [
        ["3", "Einheit", "Eimer", tr("“{value}” is not a unit the program knows.", value="Eimer")],
        ["4", "Preis", "viel", refused[1][3]],
    ]
    assert "viel" in refused[1][3]  # the German reason names what was typed
    assert ui.refused_count.text().endswith("2")
    assert not dialog.run_import()  # even when asked directly: nothing while rows are refused
    assert dialog.counts is None and stored(database) == before
    assert answers.messages == []


def test_a_file_of_no_changes_cannot_be_imported(
    area: ArticlesArea, answers: Answers, tmp_path: Path
) -> None:
    answers.source = tmp_path / "Gleich.csv"
    answers.source.write_text("Nummer;Name\nA1;Beratung\n", encoding="utf-8")
    area.import_articles()
    (dialog,) = answers.dialogs
    assert not dialog.import_button.isEnabled()
    assert dialog.ui.unchanged_count.text().endswith("1")
    assert dialog.ui.tabs.currentIndex() == ARTICLES_TAB


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("Kaputt.xlsx", b"PK\x03\x04 this is no workbook"),
        ("Leer.csv", b""),
        ("Text.csv", b"Liebe Kunden,\nanbei die neuen Preise.\n"),
        ("Bild.png", b"\x89PNG\r\n"),
    ],
)
def test_a_file_that_cannot_be_read_gives_one_sentence_and_writes_nothing(
    area: ArticlesArea,
    answers: Answers,
    database: Database,
    tmp_path: Path,
    name: str,
    content: bytes,
) -> None:
    answers.source = tmp_path / name
    answers.source.write_bytes(content)
    before = stored(database)
    area.import_articles()
    assert answers.dialogs == []
    (told,) = answers.told
    assert told.strip() and "Traceback" not in told
    assert stored(database) == before


def test_cancel_in_the_file_dialog_does_nothing(area: ArticlesArea, answers: Answers) -> None:
    area.import_articles()
    assert answers.dialogs == [] and answers.told == []


def test_the_dialog_as_it_looks(
    qtbot: QtBot, database: Database, signals: DataSignals, tmp_path: Path, window: MainWindow
) -> None:
    """Counts, refused rows and articles readable, nothing cut off."""
    path = write_xlsx(
        tmp_path / "Preisliste 2027.xlsx",
        [
            ["Art.-Nr.", "Bezeichnung", "Einheit", "VK netto", "MwSt", "Warengruppe"],
            ["A1", "Beratung", "Std.", 99.5, 0.19, "Dienstleistung"],
            ["B7", "WLAN-Router mit Mesh-Erweiterung", "Stück", 129, 0.19, "Hardware"],
            ["B8", "Netzwerkkabel Cat 7, 5 m", "Stück", 7.9, 0.19, "Hardware"],
            ["B9", "Fachbuch „Netzwerke“", "Stück", 39.9, 0.07, "Bücher"],
            ["B10", "Montage", "Eimer", 65.5, 0.19, "Dienstleistung"],
            ["B11", "Wartung", "Std.", "viel", 0.19, "Dienstleistung"],
        ],
    )
    with database.sessions() as session:
        preview = article_exchange.read_price_list(path, session=session)
    dialog = PriceListDialog(database=database, signals=signals, preview=preview, parent=window)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    ui = dialog.ui
    for label in (ui.new_count, ui.updated_count, ui.unchanged_count, ui.refused_count):
        assert label.width() >= label.sizeHint().width()
    assert ui.blocked_label.height() >= ui.blocked_label.heightForWidth(ui.blocked_label.width())
    table = ui.refused_table
    header = table.horizontalHeader()
    for column in range(table.columnCount()):
        assert header.sectionSize(column) >= min(table.sizeHintForColumn(column), 320) - 1
    assert header.sectionViewportPosition(3) + 40 < table.viewport().width()
    assert not dialog.grab().isNull()


# --- export ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "chosen"), [("Artikel.xlsx", "xlsx"), ("Liste", "csv")])
def test_export_writes_a_file_the_import_reads_back_unchanged(
    area: ArticlesArea,
    answers: Answers,
    database: Database,
    tmp_path: Path,
    typed: str,
    chosen: str,
) -> None:
    with database.sessions.begin() as session:
        archived = articles.save_article(
            session, None, articles.ArticleInput(number="Z9", name="Alt", unit_price="1,2345")
        )
        articles.archive_article(session, archived, archived=True)
    answers.target = (tmp_path / typed, chosen)
    written = area.export_articles()
    assert answers.suggested == [
        Path.home() / translate("ArticlesArea", "Articles.xlsx")
    ]  # no folder used yet
    assert written is not None and written.suffix == f".{chosen}" and written.exists()
    assert answers.told == [] and len(answers.messages) == 1
    with database.sessions() as session:
        preview = article_exchange.read_price_list(written, session=session)
    assert (preview.new, preview.updated, preview.refused) == ([], [], [])
    assert preview.unchanged == 2  # the archived one stays out while the list hides it

    area.archived_check.setChecked(True)
    answers.target = (tmp_path / f"Alle.{chosen}", "xlsx")
    written = area.export_articles()
    assert answers.suggested[-1] == tmp_path / translate("ArticlesArea", "Articles.xlsx")
    assert written == tmp_path / f"Alle.{chosen}"
    with database.sessions() as session:
        preview = article_exchange.read_price_list(written, session=session)
    assert (preview.new, preview.updated, preview.refused, preview.unchanged) == ([], [], [], 3)


def test_an_export_that_cannot_be_written_says_so(
    area: ArticlesArea, answers: Answers, tmp_path: Path
) -> None:
    answers.target = (tmp_path / "fehlt" / "Artikel.xlsx", "xlsx")
    assert area.export_articles() is None
    (told,) = answers.told
    assert "Artikel.xlsx" in told
    assert answers.messages == []
    assert not (tmp_path / "fehlt").exists()


def test_cancel_in_the_save_dialog_writes_nothing(
    area: ArticlesArea, answers: Answers, tmp_path: Path
) -> None:
    assert area.export_articles() is None
    assert answers.told == [] and answers.messages == []


def test_the_extension_typed_decides_the_format() -> None:
    assert export_target(Path("a/Liste.CSV"), "xlsx") == (Path("a/Liste.CSV"), "csv")
    assert export_target(Path("a/Liste.xlsx"), "csv") == (Path("a/Liste.xlsx"), "xlsx")
    assert export_target(Path("a/Liste"), "csv") == (Path("a/Liste.csv"), "csv")
    assert export_target(Path("a/Preise 2027"), "xlsx") == (Path("a/Preise 2027.xlsx"), "xlsx")
