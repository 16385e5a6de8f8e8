"""This week, under the mission list: the open tasks of every mission not archived that are
overdue or fall due within seven days, overdue first. Choosing one shows its mission's Tasks tab.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...errors import MissionPlannerError
from ...services import Topic
from ..formatting import format_date
from ..task_text import task_what, when_text

if TYPE_CHECKING:
    from ...services import Workspace

WEEK = 7
CODE_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
SITE_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE = QColor("#b00020")


class ThisWeek(QWidget):
    """A short list of what is due; `sig_chosen(code, key, site_uid)` when one is chosen."""

    sig_chosen = Signal(str, str, str)
    # What moves a due date or marks a task, in any mission.
    topics = frozenset({Topic.TASKS, Topic.MISSIONS, Topic.PROGRAMME, Topic.PEOPLE, Topic.SITES, Topic.SETTINGS})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today: date | None = None  # None: the real today (a test may fix it)
        self.heading = QLabel(self.tr("This week"))
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)

    def refresh(self, workspace: Workspace) -> None:
        today = self.today or date.today()
        self.list.clear()
        try:
            found = workspace.tasks.due(today, WEEK)
        except MissionPlannerError as error:
            from ..refusal_text import error_text  # reaches the services: not at the window's start

            self.heading.setText(self.tr("This week"))
            self.list.addItem(error_text(error))
            return
        overdue = sum(entry.task.overdue(today) for entry in found)
        if overdue:
            self.heading.setText(self.tr("This week: {count} overdue").format(count=overdue))
        else:
            self.heading.setText(self.tr("This week"))
        for entry in found:
            task = entry.task
            what = task_what(task.key, task.what, entry.site_name)
            text = self.tr("{due} · {code}\n{what} ({when})").format(
                due=format_date(task.due), code=entry.code, what=what, when=when_text(task, today)
            )
            row = QListWidgetItem(text)
            row.setData(CODE_ROLE, entry.code)
            row.setData(KEY_ROLE, task.key)
            row.setData(SITE_ROLE, task.site_uid)
            row.setToolTip(entry.title)
            if task.overdue(today):
                row.setForeground(QBrush(OVERDUE))
            self.list.addItem(row)
        if not found:
            self.list.addItem(self.tr("Nothing due in the next seven days."))

    def _chosen(self, row: QListWidgetItem) -> None:
        code = row.data(CODE_ROLE)
        if code:
            self.sig_chosen.emit(code, row.data(KEY_ROLE), row.data(SITE_ROLE))
