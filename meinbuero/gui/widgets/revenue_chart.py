"""A small bar chart of net revenue, painted with QPainter (no QtCharts needed).

One bar per month of a year or per year; German axis labels (Jan … Dez, 1.000 €), the amount
of a bar as its tooltip; a negative month (a cancellation larger than the month's invoices)
goes below the zero line. A click on a bar emits its index.
"""

from __future__ import annotations

import math
from decimal import Decimal

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from meinbuero.domain.values import format_decimal_de


def axis_step(largest: float) -> float:
    """A round step (1, 2 or 5 × 10ⁿ) dividing ``largest`` into at most 5 parts."""
    if largest <= 0:
        return 1.0
    raw = largest / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * magnitude >= raw:
            return float(factor * magnitude)
    return float(10 * magnitude)


def axis_label(value: float) -> str:
    """An axis mark: "0 €", "500 €", "12.000 €", "1,5 Mio. €" stays "1.500.000 €"."""
    return f"{format_decimal_de(Decimal(round(value)), places=0)} €"


class RevenueChart(QWidget):
    """Bars with labels below them; :meth:`set_bars` gives labels and amounts."""

    bar_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revenue_chart")
        self._labels: list[str] = []
        self._values: list[Decimal] = []
        self._tooltips: list[str] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(520, 220)

    def set_bars(self, labels: list[str], values: list[Decimal], tooltips: list[str]) -> None:
        self._labels, self._values, self._tooltips = list(labels), list(values), list(tooltips)
        self.update()

    @property
    def values(self) -> list[Decimal]:
        return list(self._values)

    # -- geometry -----------------------------------------------------------------------------

    def _scale(self) -> tuple[float, float, float]:
        """Top and bottom of the axis (in euros) and its step."""
        highest = max([0.0, *(float(v) for v in self._values)])
        lowest = min([0.0, *(float(v) for v in self._values)])
        step = axis_step(max(highest - lowest, 1.0))
        top = math.ceil(highest / step) * step if highest > 0 else 0.0
        bottom = math.floor(lowest / step) * step if lowest < 0 else 0.0
        if top == bottom:
            top = step
        return top, bottom, step

    def _plot(self) -> QRectF:
        metrics = QFontMetrics(self.font())
        top, bottom, _ = self._scale()
        widest = max(
            metrics.horizontalAdvance(axis_label(top)),
            metrics.horizontalAdvance(axis_label(bottom)),
        )
        left = widest + 12
        return QRectF(
            left,
            metrics.height() / 2 + 4,
            max(10.0, self.width() - left - 10),
            max(10.0, self.height() - metrics.height() * 2 - 12),
        )

    def bar_rect(self, index: int) -> QRectF:
        plot = self._plot()
        top, bottom, _ = self._scale()
        slot = plot.width() / max(1, len(self._values))
        value = float(self._values[index])

        def y(amount: float) -> float:
            return plot.top() + (top - amount) / (top - bottom) * plot.height()

        width = slot * 0.64
        left = plot.left() + slot * index + (slot - width) / 2
        return QRectF(QPointF(left, y(max(value, 0.0))), QPointF(left + width, y(min(value, 0.0))))

    def bar_at(self, x: float, y: float) -> int | None:
        plot = self._plot()
        for index in range(len(self._values)):
            rect = self.bar_rect(index)
            # The whole column counts, so a small bar is easy to hit.
            column = QRectF(rect.left(), plot.top(), rect.width(), plot.height())
            if column.contains(QPointF(x, y)):
                return index
        return None

    # -- painting -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        palette = self.palette()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        plot = self._plot()
        top, bottom, step = self._scale()
        metrics = QFontMetrics(self.font())
        text_color = palette.color(QPalette.ColorRole.Text)
        grid = QColor(text_color)
        grid.setAlpha(40)
        value = bottom
        while value <= top + step / 2:
            y = plot.top() + (top - value) / (top - bottom) * plot.height()
            painter.setPen(QPen(grid if value else text_color, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_color)
            label_rect = QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height())
            painter.drawText(
                label_rect,
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                axis_label(value),
            )
            value += step
        positive = palette.color(QPalette.ColorRole.Highlight)
        negative = QColor("#c0392b")
        slot = plot.width() / max(1, len(self._values))
        for index, amount in enumerate(self._values):
            rect = self.bar_rect(index)
            if rect.height() > 0:
                painter.fillRect(rect, negative if amount < 0 else positive)
            painter.setPen(text_color)
            label_rect = QRectF(
                plot.left() + slot * index, plot.bottom() + 4, slot, metrics.height() + 2
            )
            painter.drawText(label_rect, int(Qt.AlignmentFlag.AlignCenter), self._labels[index])

    # -- mouse --------------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        index = self.bar_at(event.position().x(), event.position().y())
        if index is None:
            QToolTip.hideText()
            self.unsetCursor()
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            QToolTip.showText(event.globalPosition().toPoint(), self._tooltips[index], self)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.bar_at(event.position().x(), event.position().y())
            if index is not None:
                self.bar_clicked.emit(index)
                return
        super().mousePressEvent(event)
