"""What the window shows while the database holds no mission: the three ways to begin.

Each button triggers one of the window's File menu actions, so the page and the menu do the same
thing and are enabled together (the demo's action is off while the demo loads).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..widgets.buttons import button_text


class StartPage(QWidget):
    """A welcome, and a button with a line of explanation for each way to begin."""

    def __init__(
        self, new_mission: QAction, load_demo: QAction, open_file: QAction, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        heading = QLabel(self.tr("Welcome to Mission Planner"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(self.tr("There are no missions in this database yet. How would you like to begin?"))
        intro.setWordWrap(True)
        self.new_button = self._button(new_mission)
        self.demo_button = self._button(load_demo)
        self.open_button = self._button(open_file)
        column = QWidget()  # one column of fixed width, centred: wrapped lines get their height
        column.setFixedWidth(self.fontMetrics().averageCharWidth() * 64)
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(heading, 0, Qt.AlignmentFlag.AlignHCenter)
        inner.addWidget(intro)
        choices = (
            (self.new_button, self.tr("Start an empty mission: its code, title, dates and time zone.")),
            (
                self.demo_button,
                self.tr("Three example missions with programmes, people and budgets, to try everything."),
            ),
            (
                self.open_button,
                self.tr("A mission file (.json) or a mission archive (.mission) written by Mission Planner."),
            ),
        )
        for button, explanation in choices:
            inner.addSpacing(font.pointSize())
            note = QLabel(explanation)
            note.setWordWrap(True)
            note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            inner.addWidget(button)
            inner.addWidget(note)
        middle = QHBoxLayout()  # stretches, not an alignment: a widget aligned in a layout is not
        middle.addStretch(1)  # given the height its wrapped lines need at its width
        middle.addWidget(column)
        middle.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addLayout(middle)
        layout.addStretch(2)

    def _button(self, action: QAction) -> QPushButton:
        button = QPushButton(button_text(action.text()))
        button.setMinimumHeight(button.sizeHint().height() * 3 // 2)
        button.clicked.connect(action.trigger)
        button.setEnabled(action.isEnabled())
        action.enabledChanged.connect(button.setEnabled)
        return button
