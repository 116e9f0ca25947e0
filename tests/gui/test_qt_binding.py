"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 on Python 3.11 lost a
reference to None/True/False per signal and per value handed back from a Python override, and
the interpreter aborted after some ten thousand ("deallocating None") — which is why
pyproject.toml pins 6.11.3. This test fails on such a binding."""

from __future__ import annotations

import sys

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QApplication


class _Sender(QObject):
    fired = Signal(int)


class _Model(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 3

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 2

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        return None if role != Qt.ItemDataRole.DisplayRole else index.row() > 0


def counts() -> tuple[int, int, int]:
    return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)


def test_signals_and_overrides_keep_reference_counts(qapp: QApplication) -> None:
    received: list[int] = []
    sender = _Sender()
    sender.fired.connect(received.append)
    model = _Model()
    proxy = QSortFilterProxyModel()  # C++ asks the Python model, as a view does
    proxy.setSourceModel(model)
    before = counts()
    for number in range(5000):
        sender.fired.emit(number)
        proxy.data(proxy.index(0, 0), Qt.ItemDataRole.DecorationRole)
        proxy.data(proxy.index(number % 3, 1), Qt.ItemDataRole.DisplayRole)
    after = counts()
    assert len(received) == 5000
    # A handful of references come and go with caches; a leak would be thousands.
    assert all(abs(b - a) < 50 for a, b in zip(after, before, strict=True)), (before, after)
