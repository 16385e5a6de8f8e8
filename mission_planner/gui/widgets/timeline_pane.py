"""The day timeline with its heading: which day it is, the time zone, and buttons to the other days."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from ..formatting import format_weekday_date
from .day_timeline import DayTimeline, TimelineBlock


class TimelinePane(QWidget):
    """`show_day(day, blocks)` among `set_days(...)`; `sig_day_chosen(day)` when a button asks for another."""

    sig_day_chosen = Signal(object)  # a `date`

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: list[date] = []
        self._first_day: date | None = None
        self.day: date | None = None
        self.timeline = DayTimeline()
        self.previous_button = self._arrow(Qt.ArrowType.LeftArrow, self.tr("Previous day"), -1)
        self.next_button = self._arrow(Qt.ArrowType.RightArrow, self.tr("Next day"), +1)
        self.day_label = QLabel()
        font = QFont(self.day_label.font())
        font.setBold(True)
        self.day_label.setFont(font)
        self.day_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zone_label = QLabel()
        self.zone_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.zone_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidget(self.timeline)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFrameShape(QFrame.Shape.StyledPanel)
        # A block dragged past the top or bottom of the view scrolls the day along.
        self.timeline.sig_dragged_to.connect(lambda y: self.scroll_area.ensureVisible(0, y, 0, 16))
        heading = QHBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        heading.addWidget(self.previous_button)
        heading.addWidget(self.day_label, 1)
        heading.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(heading)
        layout.addWidget(self.zone_label)
        layout.addWidget(self.scroll_area, 1)
        self.set_days([], None, "")

    def _arrow(self, arrow: Qt.ArrowType, tip: str, step: int) -> QToolButton:
        button = QToolButton()
        button.setArrowType(arrow)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(lambda: self._step(step))
        return button

    def set_days(self, days: Sequence[date], first_day: date | None, zone: str) -> None:
        """The mission's days with items, its first day (day 1) and its time zone."""
        self._days = sorted(days)
        self._first_day = first_day
        self.zone_label.setText(self.tr("Times in {zone}").format(zone=zone) if zone else "")
        if not self._days:
            self.show_day(None, [])

    def show_day(self, day: date | None, blocks: Sequence[TimelineBlock]) -> None:
        self.day = day
        self.timeline.set_blocks(blocks)
        if day is None:
            self.day_label.setText(self.tr("No programme yet"))
        elif self._first_day is not None:
            number = (day - self._first_day).days + 1
            self.day_label.setText(
                self.tr("Day {number} · {date}").format(number=number, date=format_weekday_date(day))
            )
        else:
            self.day_label.setText(format_weekday_date(day))
        position = self._days.index(day) if day in self._days else -1
        self.previous_button.setEnabled(position > 0)
        self.next_button.setEnabled(0 <= position < len(self._days) - 1)

    def _step(self, step: int) -> None:
        if self.day in self._days:
            position = self._days.index(self.day) + step
            if 0 <= position < len(self._days):
                self.sig_day_chosen.emit(self._days[position])
