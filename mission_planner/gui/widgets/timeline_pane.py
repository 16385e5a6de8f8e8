"""The timeline with its heading: which day it is (or the week's days), the time zone, buttons to
the other days, and the Week button that shows all the mission's days side by side."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from ..formatting import format_weekday_date, month_abbreviation, weekday_abbreviation
from .day_timeline import DayTimeline, TimelineBlock


class DayHeadings(QWidget):
    """The day above each column of the week view, kept above its column as the days scroll."""

    def __init__(self, timeline: DayTimeline, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self.labels: list[str] = []
        self.setFixedHeight(self.fontMetrics().height() + 6)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        offset = self.mapFromGlobal(self.timeline.mapToGlobal(QPoint(0, 0))).x()
        for index, label in enumerate(self.labels):
            strip = self.timeline.column_rect(index)
            rect = QRect(strip.left() + offset, 0, strip.width(), self.height())
            text = self.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, rect.width() - 4)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()


class TimelinePane(QWidget):
    """`show_day(day, blocks)` among `set_days(...)`, or `show_week(days, blocks)`; `sig_day_chosen(day)`
    when a button asks for another day, `sig_week_toggled(week)` when the Week button is pressed."""

    sig_day_chosen = Signal(object)  # a `date`
    sig_week_toggled = Signal(bool)  # the Week button: True for all the days side by side

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
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.scroll_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.scroll_area.viewport().installEventFilter(self)
        # A block dragged past an edge of the view scrolls the days along.
        self.timeline.sig_dragged_to.connect(lambda x, y: self.scroll_area.ensureVisible(x, y, 16, 16))
        self.headings = DayHeadings(self.timeline)
        self.headings.hide()
        self.scroll_area.horizontalScrollBar().valueChanged.connect(self.headings.update)
        self.scroll_area.horizontalScrollBar().valueChanged.connect(self.timeline.update)  # its hours stay
        self.week_button = QToolButton()
        self.week_button.setText(self.tr("Week"))
        self.week_button.setCheckable(True)
        self.week_button.setToolTip(self.tr("Show all the mission's days side by side"))
        self.week_button.toggled.connect(self.sig_week_toggled)
        heading = QHBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        heading.addWidget(self.previous_button)
        heading.addWidget(self.day_label, 1)
        heading.addWidget(self.next_button)
        heading.addWidget(self.week_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(heading)
        layout.addWidget(self.zone_label)
        layout.addWidget(self.headings)
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

    def is_week(self) -> bool:
        return self.week_button.isChecked()

    def show_day(self, day: date | None, blocks: Sequence[TimelineBlock]) -> None:
        scroll = day != self.day or len(self.timeline.days()) > 1
        hours = self.timeline.hours()
        self.day = day
        self.headings.hide()
        self.timeline.set_columns([(day, blocks)])
        if scroll or self.timeline.hours() != hours:
            self.scroll_to_first_hour()
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

    def show_week(self, days: Sequence[date], blocks: dict[date, list[TimelineBlock]]) -> None:
        """All of `days` side by side, each with its blocks."""
        scroll = list(days) != self.timeline.days()
        hours = self.timeline.hours()
        self.timeline.set_columns([(day, blocks.get(day, [])) for day in days])
        self.headings.labels = [self._day_text(day) for day in days]
        self.headings.show()
        self.headings.update()
        self.day_label.setText(self.tr("All days ({count})").format(count=len(days)))
        self.previous_button.setEnabled(False)
        self.next_button.setEnabled(False)
        if scroll or self.timeline.hours() != hours:
            self.scroll_to_first_hour()

    def _day_text(self, day: date) -> str:
        """`Day 2 · Wed 25 Oct`: the year is in the table beside, and the columns are narrow."""
        short = self.tr("{weekday} {day} {month}").format(
            weekday=weekday_abbreviation(day), day=day.day, month=month_abbreviation(day.month)
        )
        if self._first_day is None:
            return short
        return self.tr("Day {number} · {date}").format(number=(day - self._first_day).days + 1, date=short)

    def scroll_to_first_hour(self) -> None:
        """The view's top at the first of the hours the timeline fits in it."""
        first, _last = self.timeline.hours()
        top = self.timeline.y_of(first * 60) - self.timeline.y_of(0)
        self.scroll_area.verticalScrollBar().setValue(top)
        # The timeline's new height reaches the scroll bar's range once the layout has run.
        QTimer.singleShot(0, self, lambda: self.scroll_area.verticalScrollBar().setValue(top))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll_area.viewport() and isinstance(event, QResizeEvent):
            self.headings.update()
            if event.size().height() != event.oldSize().height():
                self.timeline.set_view_height(event.size().height())
                self.scroll_to_first_hour()
        return super().eventFilter(watched, event)

    def _step(self, step: int) -> None:
        if self.day in self._days:
            position = self._days.index(self.day) + step
            if 0 <= position < len(self._days):
                self.sig_day_chosen.emit(self._days[position])
