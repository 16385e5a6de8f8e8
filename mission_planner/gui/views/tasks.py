"""The Tasks tab: the mission's deadlines, computed from its data by the task rules, with what the
coordinator recorded of each (done on a day by someone, not applicable, a note).

Marking a task and changing a rule's days for the mission are undo commands (`commands/tasks.py`);
the tab reads again through the change feed, also when the programme, the dates or the sites
move a due date.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.limits import MAX_DAYS
from ...domain.tasks import TaskRuleOverride
from ...errors import MissionPlannerError
from ...services import DueTask, TaskStatus, Topic
from ..commands.base import CommandContext, push
from ..commands.tasks import SetTaskRuleCommand, SetTaskStatusCommand
from ..dialogs.task_status import TaskStatusDialog
from ..formatting import format_date, format_weekday_date
from ..task_text import status_text, task_what, when_text
from ..widgets.buttons import button_text
from .tab import Tab

KEY_ROLE = Qt.ItemDataRole.UserRole
SITE_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = QColor("#b00020")


class TasksTab(Tab, QWidget):
    """The mission's tasks by due date; buttons mark the selected one."""

    # Due dates follow the dates, the programme's site visits, the flights and the rules.
    topics = frozenset({Topic.TASKS, Topic.MISSIONS, Topic.PROGRAMME, Topic.PEOPLE})
    shared_topics = frozenset({Topic.SITES, Topic.SETTINGS})

    def __init__(self, context: CommandContext, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.stack = context, stack
        self.today: date | None = None  # None: the real today (a test may fix it)
        self.tasks: list[DueTask] = []
        self.sent_question: QMessageBox | None = None  # open after a visitor list was written
        self.site_names: dict[str, str] = {}
        self.summary = QLabel()
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setHeaderLabels(
            [self.tr("Due"), self.tr("Task"), self.tr("Status"), self.tr("Done"), self.tr("Note")]
        )
        header = self.tree.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.tree.itemDoubleClicked.connect(lambda *_: self.mark_done())
        self.done_button = QPushButton(button_text(self.tr("Mark &Done…")))
        self.na_button = QPushButton(button_text(self.tr("&Not Applicable…")))
        self.open_button = QPushButton(button_text(self.tr("&Reopen")))
        self.days_button = QPushButton(button_text(self.tr("Change the &Days…")))
        self.done_button.clicked.connect(self.mark_done)
        self.na_button.clicked.connect(self.mark_not_applicable)
        self.open_button.clicked.connect(self.reopen)
        self.days_button.clicked.connect(self.change_days)
        self.days_button.setToolTip(self.tr("When this mission's task falls due, in days from what it follows"))
        buttons = QHBoxLayout()
        for button in (self.done_button, self.na_button, self.open_button, self.days_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def _today(self) -> date:
        return self.today or date.today()

    # --- reading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.code is None:
            return
        chosen = self.selected()
        record = self.context.workspace.missions.load_record(self.code)
        self.site_names = {site.uid: site.display_name for site in record.sites}
        self.tasks = self.context.workspace.tasks.mission_tasks(self.code)
        today = self._today()
        self.tree.clear()
        for task in self.tasks:
            self.tree.addTopLevelItem(self._row(task, today))
        overdue = sum(task.overdue(today) for task in self.tasks)
        still = sum(task.is_open for task in self.tasks)
        self.summary.setText(
            self.tr("{open} of {total} tasks open, {overdue} overdue (today: {today}).").format(
                open=still, total=len(self.tasks), overdue=overdue, today=format_weekday_date(today)
            )
        )
        if chosen is not None:
            self.select(chosen.key, chosen.site_uid)
        self._update_buttons()

    def _row(self, task: DueTask, today: date) -> QTreeWidgetItem:
        what = task_what(task.key, task.what, self.site_names.get(task.site_uid, task.site_uid))
        status = status_text(task)
        when = when_text(task, today)
        done = ""
        if task.status == TaskStatus.DONE and task.done_on is not None:
            done = format_date(task.done_on) + (f", {task.done_by}" if task.done_by else "")
        row = QTreeWidgetItem(
            [format_date(task.due), what, f"{status}, {when}" if when else status, done, task.note.replace("\n", " ")]
        )
        row.setData(0, KEY_ROLE, task.key)
        row.setData(0, SITE_ROLE, task.site_uid)
        row.setToolTip(4, task.note)
        if task.overdue(today):
            for column in range(5):
                row.setForeground(column, QBrush(OVERDUE))
        elif not task.is_open:
            for column in range(5):
                row.setForeground(column, self.palette().placeholderText())
        return row

    def clear(self) -> None:
        self.tasks = []
        self.tree.clear()
        self.summary.clear()
        self._update_buttons()

    # --- the selection -------------------------------------------------------------------------

    def selected(self) -> DueTask | None:
        row = self.tree.currentItem()
        if row is None:
            return None
        key, site = row.data(0, KEY_ROLE), row.data(0, SITE_ROLE)
        return next((t for t in self.tasks if (t.key, t.site_uid) == (key, site)), None)

    def select(self, key: str, site_uid: str = "") -> None:
        for index in range(self.tree.topLevelItemCount()):
            row = self.tree.topLevelItem(index)
            if row is not None and (row.data(0, KEY_ROLE), row.data(0, SITE_ROLE)) == (key, site_uid):
                self.tree.setCurrentItem(row)
                return

    def _update_buttons(self) -> None:
        task = self.selected()
        self.done_button.setEnabled(task is not None)
        self.na_button.setEnabled(task is not None)
        self.open_button.setEnabled(task is not None and not task.is_open)
        self.days_button.setEnabled(task is not None)

    # --- marking -------------------------------------------------------------------------------

    def mark_done(self) -> None:
        task = self.selected()
        if task is None:
            return
        what = self._what(task)
        answer = TaskStatusDialog.ask(
            self.tr("Mark Done"), what, task.note, self, done_on=task.done_on or self._today()
        )
        if answer is not None:
            on, who, note = answer
            self._push(task, TaskStatus.DONE, what, who=who, note=note, today=on)

    def mark_not_applicable(self) -> None:
        task = self.selected()
        if task is None:
            return
        what = self._what(task)
        answer = TaskStatusDialog.ask(self.tr("Not Applicable"), what, task.note, self)
        if answer is not None:
            self._push(task, TaskStatus.NOT_APPLICABLE, what, note=answer[2])

    def ask_sent(self, code: str, key: str) -> None:
        """A document a task sends was just written (a visitor list): ask whether it was sent, and
        mark the mission's open tasks of `key` done when it was."""
        open_ones = [t for t in self.context.workspace.tasks.mission_tasks(code) if t.key == key and t.is_open]
        if not open_ones:
            return
        names = {site.uid: site.display_name for site in self.context.workspace.missions.load_record(code).sites}
        whats = [task_what(t.key, t.what, names.get(t.site_uid, t.site_uid)) for t in open_ones]
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Sent?"),
            self.tr("Written now. Has it been sent? Mark these tasks done:\n{tasks}").format(
                tasks="\n".join(f"•  {what}" for what in whats)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Window-modal without a nested event loop: the export that asked has finished its turn.
        yes = QMessageBox.StandardButton.Yes
        box.finished.connect(
            lambda _result: self._mark_sent(code, open_ones, whats, box.standardButton(box.clickedButton()) == yes)
        )
        self.sent_question = box
        box.open()

    def _mark_sent(self, code: str, tasks: list[DueTask], whats: list[str], sent: bool) -> None:
        self.sent_question = None
        if not sent:
            return
        for task, what in zip(tasks, whats, strict=True):
            command = SetTaskStatusCommand(
                self.context, code, task.key, task.site_uid, TaskStatus.DONE, what=what, who=TaskStatusDialog.last_who
            )
            self._run(lambda command=command: push(self.stack, command))

    def reopen(self) -> None:
        task = self.selected()
        if task is not None:
            self._push(task, TaskStatus.OPEN, self._what(task))

    def _push(self, task: DueTask, status: TaskStatus, what: str, **details) -> None:
        if self.code is None:
            return
        command = SetTaskStatusCommand(self.context, self.code, task.key, task.site_uid, status, what=what, **details)
        self._run(lambda: push(self.stack, command))

    def change_days(self) -> None:
        """The mission's own days for the selected task's rule (0: on the day it follows)."""
        task = self.selected()
        if task is None or self.code is None:
            return
        record = self.context.workspace.missions.load_record(self.code)
        before = next((o for o in record.task_rules if o.key == task.key), None)
        rules = {rule.key: rule for rule in self.context.workspace.tasks.organization_rules()}
        rule = rules.get(task.key)
        days = before.days if before is not None and before.days is not None else (rule.days if rule else 0)
        chosen, accepted = QInputDialog.getInt(
            self,
            self.tr("Change the Days"),
            self.tr(
                "{what}\n\nDays after what the task follows (negative: before). The organization's rule says {days}."
            ).format(what=task_what(task.key, task.what), days=rule.days if rule else 0),
            days,
            -MAX_DAYS,
            MAX_DAYS,
        )
        if accepted:
            after = TaskRuleOverride(task.key, days=None if rule is not None and chosen == rule.days else chosen)
            command = SetTaskRuleCommand(self.context, self.code, before, after, task_what(task.key, task.what))
            self._run(lambda: push(self.stack, command))

    def _what(self, task: DueTask) -> str:
        return task_what(task.key, task.what, self.site_names.get(task.site_uid, task.site_uid))

    def _run(self, step) -> None:
        try:
            step()
        except MissionPlannerError as error:
            self.context.failed(error)
