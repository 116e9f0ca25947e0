"""Kontoauszug importieren: a statement read, the proposals shown and ticked, booked."""

from __future__ import annotations

from decimal import Decimal as D  # noqa: N817
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QMenu, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from meinbuero.gui.dialogs.bank_import_dialog import BankImportDialog
from meinbuero.gui.main_window import MainWindow
from meinbuero.gui.signals import DataSignals
from meinbuero.i18n import tr
from meinbuero.services import payments
from meinbuero.services.bank import importing
from meinbuero.store.database import Database
from meinbuero.store.models import Payment, SalesDocument, Setting
from tests.bank_data import DATA, BankCompany, bank_company


def dialog_on(qtbot: QtBot, database: Database, signals: DataSignals) -> BankImportDialog:
    dialog = BankImportDialog(database=database, signals=signals)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def open_amount(database: Database, number: str) -> D:
    with database.sessions() as session:
        document = session.scalars(
            select(SalesDocument).where(SalesDocument.number == number)
        ).one()
        return payments.open_of(document)


def checked(dialog: BankImportDialog) -> list[bool]:
    model = dialog.model
    return [
        model.index(row, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        for row in range(model.rowCount())
    ]


def test_load_a_camt_file_assign_by_hand_and_book(
    qtbot: QtBot, database: Database, signals: DataSignals, qtmodeltester: Any
) -> None:
    company: BankCompany = bank_company(database)
    dialog = dialog_on(qtbot, database, signals)
    dialog.path_edit.setText(str(DATA / "camt053_001_02_sparkasse.xml"))
    QTest.mouseClick(button(dialog, "read_button"), Qt.MouseButton.LeftButton)
    model = dialog.model
    qtmodeltester.check(model)
    assert model.rowCount() == 9
    assert "CAMT.053 (001.02)" in dialog.format_label.text()
    assert checked(dialog) == [True, True, True, True, False, False, False, False, True]
    assert model.index(0, 5).data() == "RE-2026-0001"
    assert model.index(0, 6).data() == "Holzbau Meier GmbH"
    assert model.index(1, 7).data() != ""  # Skonto
    assert model.index(8, 5).data() == "RE-2026-0005, RE-2026-0006"
    assert model.index(0, 2).data() == "1.190,00 €"

    # The partial payment is not wanted; one of the two 10 € goes to Anna Schulz as credit.
    model.setData(model.index(3, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    dialog.table.selectRow(6)
    combo = dialog.assign_combo
    assert combo.isEnabled()
    credit = next(
        i
        for i in range(combo.count())
        if combo.itemData(i)[0] == "credit" and combo.itemData(i)[1].customer_id == company.schulz
    )
    combo.setCurrentIndex(credit)
    combo.activated.emit(credit)
    assert checked(dialog)[6]
    assert model.index(6, 6).data() == "Schulz, Anna"

    with qtbot.waitSignal(signals.sales_changed):
        QTest.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == ""
    assert open_amount(database, "RE-2026-0001") == D("0.00")
    assert open_amount(database, "RE-2026-0002") == D("0.00")
    assert open_amount(database, "RE-2026-0004") == D("119.00")
    assert open_amount(database, "RE-2026-0006") == D("0.00")
    with database.sessions() as session:
        assert payments.credit(session, company.schulz) == D("10.00")
        # Three invoices, the two of the split, the credit.
        assert len(session.scalars(select(Payment)).all()) == 6
    # What was booked now shows as such and can be ticked no more.
    already = QCoreApplication.translate("BankRowsModel", "already booked")
    assert [model.index(i, 8).data() for i in (0, 1, 2, 6, 8)] == [already] * 5
    # The partial payment left out is proposed again.
    assert checked(dialog) == [False, False, False, True, False, False, False, False, False]
    assert dialog.book_button.isEnabled()


def test_drop_an_unknown_csv_then_map_its_columns(
    qtbot: QtBot, database: Database, signals: DataSignals
) -> None:
    bank_company(database)
    dialog = dialog_on(qtbot, database, signals)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DATA / "other_bank.csv"))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    dialog.dropEvent(event)
    assert dialog.mapping_box.isVisible()
    assert dialog.model.rowCount() == 0
    wanted = {0: "date", 1: "name", 2: "iban", 3: "text", 4: "credit", 5: "debit"}
    for row, target in wanted.items():
        combo = dialog.mapping_combo(row)
        combo.setCurrentIndex(combo.findData(target))
    QTest.mouseClick(button(dialog, "apply_mapping_button"), Qt.MouseButton.LeftButton)
    assert not dialog.mapping_box.isVisible()
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(0, 5).data() == "RE-2026-0001"
    with database.sessions() as session:
        assert session.scalars(
            select(Setting).where(Setting.key.startswith(importing.MAPPING_KEY))
        ).one()
    # The next file of this bank reads without the question.
    dialog.load(Path(DATA / "other_bank.csv"))
    assert not dialog.mapping_box.isVisible()
    assert dialog.model.rowCount() == 2


def test_a_broken_file_is_one_sentence(
    qtbot: QtBot, database: Database, signals: DataSignals, tmp_path: Path
) -> None:
    broken = tmp_path / "auszug.zip"
    broken.write_bytes(b"PK\x03\x04kaputt")
    dialog = dialog_on(qtbot, database, signals)
    dialog.load(broken)
    assert dialog.message.text() == tr("{name} is a damaged zip file.", name="auszug.zip")
    assert dialog.model.rowCount() == 0


def test_the_file_menu_opens_the_bank_import(
    qtbot: QtBot,
    database: Database,
    signals: DataSignals,
    isolated_settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(database=database, signals=signals, settings=isolated_settings)
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    assert window.bank_import_action in file_menu.actions()
    opened: list[QDialog] = []

    def run_dialog(dialog: QDialog) -> bool:
        opened.append(dialog)
        return False

    monkeypatch.setattr(window, "run_dialog", run_dialog)
    window.bank_import_action.trigger()
    assert len(opened) == 1 and isinstance(opened[0], BankImportDialog)


def button(dialog: QDialog, name: str) -> QPushButton:
    found = dialog.findChild(QPushButton, name)
    assert found is not None, name
    return found
