"""The line model of the sales document window: German numbers, refused cells kept as typed,
lines inserted, removed and moved, subtotals; checked by qtmodeltester."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from PySide6.QtCore import Qt

from meinbuero.domain.units import unit_labels
from meinbuero.gui.models.sales_lines import (
    AMOUNT,
    DISCOUNT,
    NAME,
    OPTIONAL,
    PRICE,
    QUANTITY,
    UNIT,
    VAT,
    SalesLinesModel,
    columns_for,
)
from meinbuero.services.sales import LineInput


def sample_lines() -> list[LineInput]:
    return [
        LineInput(name="Beratung", quantity=Decimal(2), unit="HUR", unit_price=Decimal(95)),
        LineInput(
            name="Layout",
            description="Startseite\nUnterseiten",
            quantity=Decimal(3),
            unit_price=Decimal("65.00"),
            discount_percent=Decimal(5),
        ),
        LineInput(kind="subtotal"),
        LineInput(kind="text", name="Zusätzlich:"),
        LineInput(
            name="Buch", quantity=Decimal(2), unit_price=Decimal("39.90"), vat_rate=Decimal(7)
        ),
    ]


def cell(
    model: SalesLinesModel, row: int, key: str, role: int = Qt.ItemDataRole.DisplayRole
) -> object:
    return model.data(model.index(row, model.column_of(key)), role)


def set_cell(model: SalesLinesModel, row: int, key: str, text: str) -> bool:
    return model.setData(model.index(row, model.column_of(key)), text, Qt.ItemDataRole.EditRole)


@pytest.mark.parametrize("kind", ["quote", "order_confirmation", "delivery_note", "invoice"])
def test_the_model_passes_qtmodeltester(qtmodeltester: Any, kind: str) -> None:
    model = SalesLinesModel(kind=kind)
    model.set_lines(sample_lines())
    qtmodeltester.check(model, force_py=True)
    model.insert_line(1, LineInput(name="Neu"))
    model.move_line(0, 1)
    model.move_line(3, -1)
    model.remove_lines([0, 2])
    set_cell(model, 0, QUANTITY, "1,5")
    qtmodeltester.check(model, force_py=True)


def test_columns_follow_the_kind() -> None:
    assert OPTIONAL in columns_for("quote")
    assert OPTIONAL not in columns_for("invoice")
    assert PRICE not in columns_for("delivery_note")
    assert AMOUNT not in columns_for("delivery_note")
    model = SalesLinesModel(kind="invoice")
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert titles == [model.headers()[key] for key in columns_for("invoice")]
    assert model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole) is None


def test_amounts_positions_and_subtotals_are_shown() -> None:
    model = SalesLinesModel(kind="invoice")
    model.set_lines(sample_lines())
    assert cell(model, 0, AMOUNT) == "190,00 €"
    assert cell(model, 1, AMOUNT) == "185,25 €"  # 195,00 − 5 % (9,75)
    assert cell(model, 2, AMOUNT) == "375,25 €"  # the subtotal of the lines above
    assert [model.headerData(row, Qt.Orientation.Vertical) for row in range(5)] == [
        "1",
        "2",
        "",
        "",
        "3",
    ]
    assert cell(model, 1, NAME) == "Layout\nStartseite\nUnterseiten"
    assert cell(model, 1, NAME, Qt.ItemDataRole.EditRole) == "Layout"
    assert cell(model, 0, UNIT) == unit_labels()["HUR"]
    assert cell(model, 0, UNIT, Qt.ItemDataRole.EditRole) == "HUR"
    assert cell(model, 4, PRICE) == "39,90"


def test_german_numbers_are_read(qtbot: object) -> None:
    model = SalesLinesModel(kind="invoice")
    model.set_lines([LineInput(name="Posten")])
    assert set_cell(model, 0, QUANTITY, "1,5")
    assert set_cell(model, 0, PRICE, "1.234,50")
    assert set_cell(model, 0, DISCOUNT, "2,5 %")
    assert set_cell(model, 0, VAT, "7")
    line = model.lines()[0]
    assert (line.quantity, line.unit_price, line.discount_percent, line.vat_rate) == (
        Decimal("1.5"),
        Decimal("1234.50"),
        Decimal("2.5"),
        Decimal(7),
    )
    assert cell(model, 0, PRICE) == "1.234,50"
    assert model.refused_cells() == []


def test_a_number_that_cannot_be_read_is_kept_and_marked() -> None:
    model = SalesLinesModel(kind="invoice")
    model.set_lines([LineInput(name="Posten", quantity=Decimal(2))])
    assert set_cell(model, 0, QUANTITY, "zwei")
    assert cell(model, 0, QUANTITY) == "zwei"
    assert cell(model, 0, QUANTITY, Qt.ItemDataRole.EditRole) == "zwei"
    reason = cell(model, 0, QUANTITY, Qt.ItemDataRole.ToolTipRole)
    assert reason == "„zwei“ ist keine Zahl. Beispiel: 1.234,56"
    assert cell(model, 0, QUANTITY, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.is_marked(0, QUANTITY)
    assert model.lines()[0].quantity == Decimal(2)  # the last good value, until corrected
    assert model.refused_cells() == [(0, QUANTITY, "zwei", reason)]
    assert set_cell(model, 0, QUANTITY, "3")
    assert model.refused_cells() == []
    assert not model.is_marked(0, QUANTITY)
    assert model.lines()[0].quantity == Decimal(3)


def test_insert_remove_and_move_lines() -> None:
    model = SalesLinesModel(kind="invoice")
    model.set_lines(sample_lines())
    changes: list[None] = []
    model.lines_changed.connect(lambda: changes.append(None))
    assert model.insert_line(0, LineInput(name="Erste")) == 0
    assert [line.name for line in model.lines()][:2] == ["Erste", "Beratung"]
    assert model.move_line(0, 1) == 1
    assert [line.name for line in model.lines()][:2] == ["Beratung", "Erste"]
    assert model.move_line(1, -1) == 0
    assert model.move_line(0, -1) == 0  # the first line stays first
    model.remove_lines([0, 1])
    assert [line.kind for line in model.lines()] == ["item", "subtotal", "text", "item"]
    assert changes


def test_text_and_subtotal_lines_edit_only_what_they_have() -> None:
    model = SalesLinesModel(kind="quote")
    model.set_lines(sample_lines())
    assert model.editable_keys(2) == ()
    assert model.editable_keys(3) == (NAME,)
    assert not set_cell(model, 3, QUANTITY, "2")
    index = model.index(0, model.column_of(OPTIONAL))
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert model.lines()[0].optional
    # An optional position of a quote does not count in the subtotal.
    assert cell(model, 2, AMOUNT) == "185,25 €"


def test_read_only_lines_cannot_be_edited() -> None:
    model = SalesLinesModel(kind="invoice")
    model.set_lines(sample_lines())
    model.set_read_only(True)
    index = model.index(0, model.column_of(NAME))
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(index, "Anders", Qt.ItemDataRole.EditRole)
    assert model.editable_keys(0) == ()


def test_article_number_typed_is_told() -> None:
    model = SalesLinesModel(kind="invoice")
    model.set_lines([LineInput()])
    told: list[tuple[int, str]] = []
    model.article_number_entered.connect(lambda row, text: told.append((row, text)))
    assert set_cell(model, 0, "article_number", " A-100 ")
    assert told == [(0, "A-100")]
