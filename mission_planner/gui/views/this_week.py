"""This week, under the mission list: the open tasks of every mission not archived that are
overdue or fall due within seven days, overdue first. Choosing one shows its mission's Tasks tab.

The list shows at most `SHOWN_AT_MOST` tasks, the heading counting all that are overdue: years of
missions never archived, whose tasks were never marked, would otherwise fill it with thousands.
The start reads the tasks on the opening thread (`gui/opening.py`) and hands them in `preset`.
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
from ..widgets.roomy_rows import RoomyRows

if TYPE_CHECKING:
    from ...services import MissionTask, Workspace

WEEK = 7
SHOWN_AT_MOST = 100
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
        self._preset: tuple[date, list[MissionTask]] | None = None
        self.heading = QLabel(self.tr("This week"))
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setItemDelegate(RoomyRows(self.list))
        self.list.itemActivated.connect(self._chosen)
        self.list.itemClicked.connect(self._chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)
        waiting = QListWidgetItem(self.tr("Opening the database…"))  # until the first `refresh`
        waiting.setForeground(self.palette().placeholderText())
        self.list.addItem(waiting)

    def preset(self, today: date, found: list[MissionTask]) -> None:
        """What `refresh` shows the next time (once), read already for `today`: the start's."""
        self._preset = (today, found)

    def refresh(self, workspace: Workspace) -> None:
        today = self.today or date.today()
        preset, self._preset = self._preset, None
        if preset is not None and preset[0] == today:
            self.show_tasks(today, preset[1])
            return
        try:
            found = workspace.tasks.due(today, WEEK)
        except MissionPlannerError as error:
            from ..refusal_text import error_text  # reaches the services: not at the window's start

            self.list.clear()
            self.heading.setText(self.tr("This week"))
            self.list.addItem(error_text(error))
            return
        self.show_tasks(today, found)

    def show_tasks(self, today: date, found: list[MissionTask]) -> None:
        """List `found` (overdue first, as `due` gives them), at most `SHOWN_AT_MOST`."""
        self.list.clear()
        overdue = sum(entry.task.overdue(today) for entry in found)
        if overdue:
            self.heading.setText(self.tr("This week: {count} overdue").format(count=f"{overdue:,}"))
        else:
            self.heading.setText(self.tr("This week"))
        for entry in found[:SHOWN_AT_MOST]:
            self.list.addItem(self._row(entry, today))
        if len(found) > SHOWN_AT_MOST:
            more = QListWidgetItem(self.tr("… and {count} more").format(count=f"{len(found) - SHOWN_AT_MOST:,}"))
            tip = self.tr("Each mission's Tasks tab lists its own; archiving a finished mission takes them off here.")
            more.setToolTip(tip)
            self.list.addItem(more)
        if not found:
            self.list.addItem(self.tr("Nothing due in the next seven days."))

    def _row(self, entry: MissionTask, today: date) -> QListWidgetItem:
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
        return row

    def _chosen(self, row: QListWidgetItem) -> None:
        code = row.data(CODE_ROLE)
        if code:
            self.sig_chosen.emit(code, row.data(KEY_ROLE), row.data(SITE_ROLE))
