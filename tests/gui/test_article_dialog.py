"""The article window: proposes the number, saves, refuses bad input at the field, asks on Esc."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from meinbuero.gui.dialogs.article_dialog import ArticleDialog, price_text
from meinbuero.gui.signals import DataSignals
from meinbuero.gui.widgets.fields import is_marked
from meinbuero.services import articles
from meinbuero.store.database import Database

MakeDialog = Callable[[int | None], ArticleDialog]


@pytest.fixture
def make_dialog(qtbot: QtBot, database: Database, signals: DataSignals) -> MakeDialog:
    def make(article_id: int | None) -> ArticleDialog:
        dialog = ArticleDialog(database=database, signals=signals, article_id=article_id)
        qtbot.addWidget(dialog)
        with qtbot.waitExposed(dialog):
            dialog.show()
        return dialog

    return make


def test_a_new_article_is_saved(
    make_dialog: MakeDialog, database: Database, signals: DataSignals, qtbot: QtBot
) -> None:
    with database.sessions() as session:
        proposed = articles.next_number(session)
    dialog = make_dialog(None)
    ui = dialog.ui
    assert ui.number.text() == proposed and proposed  # proposed from the range, editable
    assert not ui.number.isReadOnly()
    assert [ui.vat_rate.itemText(i) for i in range(ui.vat_rate.count())] == ["19 %", "7 %", "0 %"]
    units = [ui.unit.itemText(i) for i in range(ui.unit.count())]
    assert "Stück" in units and "Stunde" in units
    ui.name.setText("Wärmepumpe einbauen")
    ui.description.setPlainText("Montage\nInbetriebnahme")
    ui.unit.setCurrentIndex(ui.unit.findData("HUR"))
    ui.unit_price.setText("1.234,5675")
    ui.vat_rate.setCurrentIndex(1)
    ui.group.setCurrentText("Heizung")
    with qtbot.waitSignal(signals.articles_changed):
        dialog.accept()
    assert dialog.result() == ArticleDialog.DialogCode.Accepted
    assert dialog.article_id is not None
    with database.sessions() as session:
        article = articles.get_article(session, dialog.article_id)
        assert (article.number, article.name, article.unit) == (
            proposed,
            "Wärmepumpe einbauen",
            "HUR",
        )
        assert article.description == "Montage\nInbetriebnahme"
        assert article.unit_price == Decimal("1234.5675") and article.vat_rate == Decimal(7)
        assert article.article_group == "Heizung" and article.archived_at is None

    again = make_dialog(dialog.article_id)
    assert again.ui.unit_price.text() == "1.234,5675"
    assert again.ui.vat_rate.currentText() == "7 %"
    assert again.ui.unit.currentData() == "HUR" and again.ui.group.currentText() == "Heizung"
    assert again.windowTitle().endswith("Wärmepumpe einbauen")
    assert not again.is_modified()
    assert price_text(Decimal("95")) == "95,00" and price_text(Decimal("7.4900")) == "7,49"


def test_refused_input_is_marked_and_kept(make_dialog: MakeDialog, database: Database) -> None:
    dialog = make_dialog(None)
    ui = dialog.ui
    ui.name.setText("")
    ui.unit_price.setText("zwölf")
    ui.description.setPlainText("bleibt stehen")
    dialog.accept()
    assert dialog.isVisible() and dialog.article_id is None
    assert is_marked(ui.name) and is_marked(ui.unit_price) and not is_marked(ui.description)
    assert "Bitte" in ui.name.toolTip()  # "Bitte geben Sie einen Namen ein."
    assert "zwölf" in ui.unit_price.toolTip() and "keine Zahl" in dialog.messages()
    assert ui.unit_price.text() == "zwölf" and ui.description.toPlainText() == "bleibt stehen"
    ui.unit_price.setText("1,23456")  # more than 4 decimals
    ui.name.setText("Schraube")
    dialog.accept()
    assert is_marked(ui.unit_price) and not is_marked(ui.name) and dialog.isVisible()
    ui.unit_price.setText("0,0123")
    dialog.accept()
    assert not dialog.isVisible() and dialog.article_id is not None
    with database.sessions() as session:
        assert articles.get_article(session, dialog.article_id).unit_price == Decimal("0.0123")


def test_a_taken_number_is_refused_at_the_number(
    make_dialog: MakeDialog, database: Database
) -> None:
    with database.sessions.begin() as session:
        articles.save_article(session, None, articles.ArticleInput(number="A-1", name="Erster"))
    dialog = make_dialog(None)
    dialog.ui.number.setText("A-1")
    dialog.ui.name.setText("Zweiter")
    dialog.accept()
    assert is_marked(dialog.ui.number) and "A-1" in dialog.messages()


def test_esc_asks_when_something_is_unsaved(
    make_dialog: MakeDialog, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = make_dialog(None)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes without asking
    assert not dialog.isVisible()

    dialog = make_dialog(None)
    asked: list[bool] = []
    answer = QMessageBox.StandardButton.Cancel

    def ask() -> QMessageBox.StandardButton:
        asked.append(True)
        return answer

    monkeypatch.setattr(dialog, "ask_save_changes", ask)
    dialog.ui.name.setText("Gerüst")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible() and dialog.ui.name.text() == "Gerüst"
    answer = QMessageBox.StandardButton.Yes
    dialog.reject()
    assert not dialog.isVisible() and dialog.article_id is not None
    with database.sessions() as session:
        assert articles.get_article(session, dialog.article_id).name == "Gerüst"
