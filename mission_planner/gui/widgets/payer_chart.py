"""A horizontal bar chart of budget and actual spending per payer, painted with QPainter.

Each payer has two bars on one scale: the budget (filled) and the actual (outlined). Amounts
stay `Decimal` in `PayerBar`; they become floats only to be measured in pixels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True, slots=True)
class PayerBar:
    label: str
    budget: Decimal
    actual: Decimal | None  # None: nothing spent is recorded yet


def _money(amount: Decimal) -> str:
    return format(amount, ",f")


class PayerChart(QWidget):
    """Budget and actual per payer, one pair of bars a row, with the amounts at their ends."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[PayerBar] = []
        self.currency = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_bars(self, bars: Sequence[PayerBar], currency: str) -> None:
        self.bars = list(bars)
        self.currency = currency
        self.updateGeometry()
        self.update()

    # --- geometry ------------------------------------------------------------------------------

    def _bar_height(self) -> int:
        return self.fontMetrics().height() - 2

    def _row_height(self) -> int:
        return 2 * self._bar_height() + 10

    def _legend_height(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self) -> QSize:
        rows = max(1, len(self.bars))
        return QSize(320, self._legend_height() + rows * self._row_height() + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self._legend_height() + self._row_height())

    # --- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        if not self.bars:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No budget lines yet."))
            return
        budget_color = palette.color(QPalette.ColorRole.Highlight)
        actual_color = QColor(budget_color).darker(160) if budget_color.lightness() > 80 else budget_color.lighter(160)
        self._paint_legend(painter, budget_color, actual_color, text_color)
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(bar.label) for bar in self.bars)
        label_width = min(widest, int(self.width() * 0.3)) + 12
        top = self._legend_height()
        largest = max(max(bar.budget, bar.actual or Decimal(0)) for bar in self.bars)
        value_room = metrics.horizontalAdvance(_money(largest) + " ") + 8
        scale_width = max(10, self.width() - label_width - value_room - 4)
        for number, bar in enumerate(self.bars):
            y = top + number * self._row_height()
            painter.setPen(text_color)
            painter.drawText(
                QRectF(0, y, label_width - 8, 2 * self._bar_height() + 2),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width - 8),
            )
            self._paint_bar(painter, label_width, y, scale_width, bar.budget, largest, budget_color, filled=True)
            if bar.actual is not None:
                y2 = y + self._bar_height() + 2
                self._paint_bar(painter, label_width, y2, scale_width, bar.actual, largest, actual_color, filled=False)
        painter.end()

    def _paint_bar(
        self,
        painter: QPainter,
        x: int,
        y: int,
        scale_width: int,
        amount: Decimal,
        largest: Decimal,
        color: QColor,
        *,
        filled: bool,
    ) -> None:
        width = float(amount / largest) * scale_width if largest > 0 else 0.0
        rect = QRectF(x, y, max(width, 1.0), self._bar_height())
        painter.setPen(QPen(color, 1.5))
        if filled:
            painter.fillRect(rect, color)
        else:
            painter.drawRect(rect.adjusted(0.75, 0.75, -0.75, -0.75))
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(
            QRectF(rect.right() + 6, y, self.width(), self._bar_height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            _money(amount),
        )

    def _paint_legend(self, painter: QPainter, budget: QColor, actual: QColor, text: QColor) -> None:
        metrics = self.fontMetrics()
        size = metrics.height() - 6
        x = 0
        for color, label, filled in (
            (budget, self.tr("Budget ({currency})").format(currency=self.currency), True),
            (actual, self.tr("Actual"), False),
        ):
            swatch = QRectF(x, 3, size, size)
            painter.setPen(QPen(color, 1.5))
            if filled:
                painter.fillRect(swatch, color)
            else:
                painter.drawRect(swatch)
            painter.setPen(text)
            painter.drawText(int(x + size + 4), metrics.ascent() + 1, label)
            x += size + 4 + metrics.horizontalAdvance(label) + 16
