"""Rows of a list with wrapped text that always have room for every line they hold.

Qt measures a wrapped row with the fallback font's own line height when a line is Hangul, Thai or
another script the interface font lacks, and draws it with a taller one: the row came out a few
pixels short and its last line was cut off ("2026년 12월 14일 · 27-IP-…", the task's line gone).
A third of a line more per row gives the room, and some air between the rows besides.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem


class RoomyRows(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        extra = max(2, option.fontMetrics.lineSpacing() // 3)
        return size.grownBy(QMargins(0, extra // 2, 0, extra - extra // 2))
