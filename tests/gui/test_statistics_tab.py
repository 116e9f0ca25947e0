"""The Statistik tab (figures, chart, top articles, documents behind a figure), the Kontoauszug
window, and the customer list's money columns."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from meinbuero.gui.dialogs.customer_dialog import CustomerDialog
from meinbuero.gui.dialogs.statement_window import StatementWindow
from meinbuero.gui.widgets.revenue_chart import axis_step
from meinbuero.store.database import Database
from meinbuero.store.models import Document
from tests.gui.pending_translation import shown
from tests.stats_data import Story, make_story

OpenDetails = Callable[[int | None], CustomerDialog]


@pytest.fixture
def story(database: Database) -> Story:
    return make_story(database)


def statistics(open_details: OpenDetails, story: Story, qtbot: QtBot) -> CustomerDialog:
    dialog = open_details(story.customer_id)
    tab = dialog.statistics_tab
    assert tab.figures is None  # read when the tab is first shown, not before
    dialog.ui.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.figures is not None)
    return dialog


def test_the_tab_shows_the_figures_in_german(
    open_details: OpenDetails, story: Story, qtbot: QtBot
) -> None:
    dialog = statistics(open_details, story, qtbot)
    tab = dialog.statistics_tab
    index = dialog.ui.tabs.indexOf(tab)
    assert dialog.ui.tabs.tabText(index) == shown("CustomerDialog", "Statistics", "Statistik")
    texts = {key: button.text() for key, button in tab.figure_buttons.items()}
    assert texts == {
        "orders": "5",
        "revenue_total": "750,00 €",
        "revenue_year": "500,00 €",
        "open": "1 · 57,00 €",
        "credit": "25,00 €",
        "days": "21,0 Tage",
        "last_order": "01.05.2026",
        "first_invoice": "20.03.2025",
    }
    assert tab.articles.rowCount() == 2
    assert tab.articles.item(0, 1).text() == "Beratung"  # type: ignore[union-attr]
    assert tab.articles.item(0, 3).text() == "500,00 €"  # type: ignore[union-attr]


def test_the_chart_paints_months_and_years(
    open_details: OpenDetails, story: Story, qtbot: QtBot
) -> None:
    tab = statistics(open_details, story, qtbot).statistics_tab
    tab.year_choice.setCurrentIndex(tab.year_choice.findData(2026))
    chart = tab.chart
    assert [str(v) for v in chart.values][1:5] == ["500.00", "-200.00", "0.00", "200.00"]
    image = QImage(chart.size(), QImage.Format.Format_ARGB32)
    chart.render(image)
    # February's bar is drawn in the highlight colour, March's (negative) in red.
    february, march = chart.bar_rect(1), chart.bar_rect(2)
    assert february.height() > march.height() > 0
    assert image.pixelColor(february.center().toPoint()) == chart.palette().highlight().color()
    assert image.pixelColor(march.center().toPoint()).red() > 150
    tab.year_choice.setCurrentIndex(tab.year_choice.findData(0))  # all years
    assert [str(v) for v in chart.values] == ["250.00", "500.00"]
    chart.grab()
    assert axis_step(730) == 200 and axis_step(90) == 20


def test_a_click_on_a_figure_lists_its_documents_and_opens_one(
    open_details: OpenDetails, story: Story, qtbot: QtBot
) -> None:
    tab = statistics(open_details, story, qtbot).statistics_tab
    QTest.mouseClick(tab.figure_buttons["open"], Qt.MouseButton.LeftButton)
    listing = tab.documents_dialog
    assert listing is not None
    assert listing.windowTitle() == "Offene Rechnungen"
    assert listing.document_ids() == [story.inv5]
    with qtbot.waitSignal(tab.document_activated) as opened:
        listing.activate(0)
    assert opened.args == [story.inv5]
    QTest.mouseClick(tab.figure_buttons["orders"], Qt.MouseButton.LeftButton)
    assert tab.documents_dialog is not None
    assert tab.documents_dialog.document_ids() == [
        story.oc1,
        story.inv2,
        story.inv4,
        story.oc2,
        story.inv5,
    ]
    # A bar of the chart: the documents of that month.
    tab.year_choice.setCurrentIndex(tab.year_choice.findData(2026))
    center = tab.chart.bar_rect(2).center().toPoint()
    QTest.mouseClick(tab.chart, Qt.MouseButton.LeftButton, pos=QPoint(center))
    assert tab.documents_dialog.document_ids() == [story.cancellation]
    assert tab.documents_dialog.windowTitle() == "Nettoumsatz Mär 2026"
    tab.show_article(1)  # Kabel
    assert tab.documents_dialog.document_ids() == [
        story.inv2,
        story.inv3,
        story.cancellation,
        story.inv5,
    ]


def test_the_statement_window_and_its_pdf(
    open_details: OpenDetails,
    story: Story,
    qtbot: QtBot,
    qtmodeltester: Any,
    database: Database,
    tmp_path: Path,
) -> None:
    dialog = statistics(open_details, story, qtbot)
    window = dialog.statistics_tab.open_statement()
    assert isinstance(window, StatementWindow)
    qtbot.addWidget(window)
    qtmodeltester.check(window.model)
    assert window.model.rowCount() == 22
    assert window.text(21, 5) == "38,23 €"
    assert window.balance_label.text().startswith("Ihr Saldo zu unseren Gunsten: 38,23 €")
    window.period.setCurrentIndex(window.period.findData("custom"))
    window.date_from.setDate(QDate(2026, 2, 15))
    window.date_to.setDate(QDate(2026, 3, 31))
    assert window.text(0, 2) == "Saldovortrag"
    assert window.text(0, 5) == "138,00 €"
    assert window.text(window.model.rowCount() - 1, 5) == "-143,00 €"
    assert window.balance_label.text().startswith("Ihr Guthaben: 143,00 €")
    with qtbot.waitSignal(window.document_activated) as opened:
        window.activate(1)
    assert opened.args == [story.inv4]

    target = tmp_path / "Kontoauszug.pdf"
    window.ask_file = lambda suggested: target  # type: ignore[method-assign]
    window.ask_file_in_documents = lambda: True  # type: ignore[method-assign]
    with qtbot.waitSignal(window.filed):
        assert window.save_pdf() == target
    assert target.read_bytes().startswith(b"%PDF")
    with database.sessions() as session:
        filed = {
            document.title: document.category.name
            for document in session.scalars(
                select(Document).where(Document.customer_id == story.customer_id)
            )
        }
    assert filed["Kontoauszug 15.02.2026 – 31.03.2026"] == "Kontoauszug"
    # A folder that cannot be written: one German sentence, nothing filed.
    warnings: list[str] = []
    window.warn = warnings.append  # type: ignore[method-assign,assignment]
    window.ask_file = lambda suggested: tmp_path / "no" / "x.pdf"  # type: ignore[method-assign]
    assert window.save_pdf() is None
    assert warnings and warnings[0].startswith("Die PDF-Datei konnte nicht")
