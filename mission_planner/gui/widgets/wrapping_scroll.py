"""A scroll area for a column of word-wrapped labels.

QScrollArea sizes its widget by the widget's size hint, which Qt computes for one width; wrapped
labels then get too little height at another width and are drawn over each other. This one asks
the widget's layout for the height its labels need at the width they actually have.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class WrappingScrollArea(QScrollArea):
    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.viewport().setAutoFillBackground(False)
        content.setAutoFillBackground(False)
        content.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self._fit_height()
        return super().eventFilter(watched, event)

    def _fit_height(self) -> None:
        content = self.widget()
        if content is None:
            return
        layout = content.layout()
        if layout is not None and layout.hasHeightForWidth():
            needed = layout.heightForWidth(content.width())
            if content.minimumHeight() != needed:
                content.setMinimumHeight(needed)
