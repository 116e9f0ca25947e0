"""The Mahnwesen area on a real company file: what is due, making the letters, the letters sent."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal

import pdfplumber
import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtTest import QTest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from meinbuero.gui.areas.dunning import DunningArea
from meinbuero.gui.main_window import MainWindow
from meinbuero.gui.signals import DataSignals
from meinbuero.services import dunning, history, payments, sales
from meinbuero.services.conditions import ConditionsInput, save_conditions
from meinbuero.services.payments import PaymentInput
from meinbuero.store.database import Database
from meinbuero.store.models import SalesDocument
from tests.gui.conftest import UrlCatcher
from tests.sales_data import add_customer, complete_company, invoice_input

DAY = date(2026, 11, 21)  # 21 days after the invoices' due date, 31.10.2026


def translate(text: str) -> str:
    return QCoreApplication.translate("DunningArea", text)


@pytest.fixture
def invoices(database: Database) -> list[int]:
    """Three overdue invoices of three customers (due 31.10.2026)."""
    made = []
    with database.sessions.begin() as session:
        complete_company(session)
        for _ in range(3):
            customer_id = add_customer(session)
            data = invoice_input(session, customer_id)
            data.document_date = data.service_date = date(2026, 10, 1)
            document = sales.save_draft(session, None, data)
            sales.finalise(session, document.id)
            made.append(document.id)
    return made


@pytest.fixture
def window(
    qtbot: QtBot,
    database: Database,
    signals: DataSignals,
    isolated_settings: QSettings,
    invoices: list[int],
) -> Iterator[MainWindow]:
    made = MainWindow(database=database, signals=signals, settings=isolated_settings)
    qtbot.addWidget(made)
    with qtbot.waitExposed(made):
        made.show()
    yield made
    made.hide()


@pytest.fixture
def area(window: MainWindow) -> DunningArea:
    shown = window.show_area("dunning")
    assert isinstance(shown, DunningArea)
    shown.set_day(DAY)
    return shown


def test_the_area_lists_what_is_due(area: DunningArea, window: MainWindow, qtbot: QtBot) -> None:
    model = area.due_model
    ModelTester(None).check(model)  # type: ignore[no-untyped-call]
    assert model.rowCount() == 3
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[0] == "Beispiel AG" and first[2] == "31.10.2026" and first[3] == "21"
    assert first[4] == "715,34 €" and first[5] == "0 → 1 Zahlungserinnerung"
    assert first[8] == "715,34 €"
    assert model.index(0, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert window.count_label.text() == translate(
        "{count} invoices due for dunning · total {total}"
    ).format(count=3, total="2.146,02 €")
    # Nothing is due before the reminder's 7 days.
    area.set_day(date(2026, 11, 6))
    assert model.rowCount() == 0 and not area.make_button.isEnabled()


def test_making_the_checked_letters(
    area: DunningArea,
    database: Database,
    invoices: list[int],
    catch_urls: Callable[..., UrlCatcher],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened = catch_urls("file")
    asked: list[int] = []

    def answer(count: int) -> bool:
        asked.append(count)
        return True

    monkeypatch.setattr(area, "ask_open_letters", answer)
    model = area.due_model
    second = model.index(1, 0)
    assert model.setData(second, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    skipped = model.rows[1].document_id
    made = area.make_letters()
    assert len(made) == 2 and asked == [2]
    with database.sessions() as session:
        levels = {i: session.get(SalesDocument, i).dunning_level for i in invoices}  # type: ignore[union-attr]
        rows = dunning.notice_rows(session)
        customer_id = rows[0].customer_id
        kinds = [e.kind for e in history.history(session, customer_id)]
    assert levels[skipped] == 0 and sorted(levels.values()) == [0, 1, 1]
    assert history.HistoryKind.DUNNING in kinds
    # The letters in one PDF, handed to the PDF program.
    (path,) = opened.paths()
    with pdfplumber.open(io.BytesIO(path.read_bytes())) as pdf:
        assert len(pdf.pages) == 2
    # The list now holds only the invoice left out; the letters sent are on the second tab.
    assert [p.document_id for p in model.rows] == [skipped]
    area.tabs.setCurrentIndex(1)
    assert area.sent_model.rowCount() == 2
    ModelTester(None).check(area.sent_model)  # type: ignore[no-untyped-call]
    assert area.sent_model.index(0, 3).data().startswith("Zahlungserinnerung zur Rechnung")
    assert not area.can_delete()


def test_double_click_opens_the_letter(
    area: DunningArea, qtbot: QtBot, catch_urls: Callable[..., UrlCatcher]
) -> None:
    opened = catch_urls("file")
    view = area.due_view
    rect = view.visualRect(area.due_model.index(0, 1))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    (path,) = opened.paths()
    with pdfplumber.open(str(path)) as pdf:
        marked = "".join(c["text"] for c in pdf.pages[0].chars if c["size"] > 40)
        assert sorted(marked) == sorted("ENTWURF")  # a preview, not a letter
        assert "Zahlungserinnerung zur Rechnung" in (pdf.pages[0].extract_text() or "")
    assert area.sent_model.rowCount() == 0


def test_mahnsperre_in_the_konditionen_leaves_a_customer_out(
    area: DunningArea, database: Database, window: MainWindow, invoices: list[int]
) -> None:
    with database.sessions() as session:
        blocked = session.get(SalesDocument, invoices[0]).customer_id  # type: ignore[union-attr]
    dialog = window.open_customer(blocked)
    assert dialog is not None
    tab = dialog.conditions_tab  # type: ignore[attr-defined]
    tab.ui.dunning_block.setChecked(True)
    assert tab.value().dunning_block
    with database.sessions.begin() as session:
        save_conditions(session, tab.value(), customer_id=blocked)
    window.signals.customer_changed.emit(blocked)
    assert blocked not in [p.item.customer_id for p in area.due_model.rows]
    assert area.due_model.rowCount() == 2
    with database.sessions.begin() as session:
        save_conditions(session, ConditionsInput(net_days="30"), customer_id=blocked)
    dialog.hide()


def test_the_letter_opens_from_the_customers_historie(
    area: DunningArea,
    window: MainWindow,
    database: Database,
    catch_urls: Callable[..., UrlCatcher],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(area, "ask_open_letters", lambda _count: False)
    (made, *_) = area.make_letters()
    opened = catch_urls("file")
    with database.sessions() as session:
        customer_id = dunning.get_notice(session, made).customer_id
    dialog = window.open_customer(customer_id)
    assert dialog is not None
    history_tab = dialog.history_tab  # type: ignore[attr-defined]
    history_tab.reload()
    keys = [history_tab.model.key_at(row) for row in range(history_tab.model.rowCount())]
    assert ("dunning", made) in keys
    history_tab.activate(keys.index(("dunning", made)))
    (path,) = opened.paths()
    with pdfplumber.open(str(path)) as pdf:
        assert "Zahlungserinnerung zur Rechnung" in (pdf.pages[0].extract_text() or "")
    dialog.hide()


def test_a_hidden_area_reads_again_when_shown(
    area: DunningArea, window: MainWindow, database: Database, invoices: list[int]
) -> None:
    window.show_area("customers")
    with database.sessions.begin() as session:
        payments.book(
            session, PaymentInput(document_id=invoices[0], on=DAY, amount=Decimal("715.34"))
        )
    window.signals.sales_changed.emit()
    assert area.due_model.rowCount() == 3  # not read while hidden
    window.show_area("dunning")
    assert [p.document_id for p in area.due_model.rows] == invoices[1:]
