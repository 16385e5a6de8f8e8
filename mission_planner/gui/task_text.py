"""The window's words for tasks: each shipped rule's task, its status and how near it is.

The rules file (resources/tasks/task-rules.json) words each task in English for the command
line; the window words the shipped ones here so they can be translated, and shows a rule it
does not know by the file's words.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..domain.tasks import TaskStatus

if TYPE_CHECKING:
    from ..services import DueTask


def _tr(text: str) -> str:
    return QCoreApplication.translate("Tasks", text)


def task_what(key: str, fallback: str, site_name: str = "") -> str:
    """`Send the visitor list to the security site (KIST)`."""
    words = {
        "nominations_close": _tr("Nominations close: chase the missing ones"),
        "acceptance_notices": _tr("Send the acceptance notices"),
        "programme_to_participants": _tr("Send the detailed programme to participants"),
        "visitor_list": _tr("Send the visitor list to the security site"),
        "rooming_list": _tr("Send the rooming list to the hotel"),
        "pickup_list": _tr("Send the pick-up list to the drivers"),
        "certificates": _tr("Send the certificates"),
        "evaluation_close": _tr("Close the evaluation"),
        "completion_report": _tr("Send the completion report to the APO"),
        "purge_personal_data": _tr("Purge personal data (retention period over)"),
    }.get(key, fallback)
    return _tr("{what} ({site})").format(what=words, site=site_name) if site_name else words


def status_text(task: DueTask) -> str:
    return {
        TaskStatus.OPEN: _tr("Open"),
        TaskStatus.DONE: _tr("Done"),
        TaskStatus.NOT_APPLICABLE: _tr("Not applicable"),
    }[task.status]


def when_text(task: DueTask, today: date) -> str:
    """`3 days overdue`, `due today`, `in 5 days`; nothing for a task no longer open."""
    if not task.is_open:
        return ""
    left = task.days_left(today)
    if left < 0:
        return _tr("1 day overdue") if left == -1 else _tr("{days} days overdue").format(days=-left)
    if left == 0:
        return _tr("due today")
    return _tr("in 1 day") if left == 1 else _tr("in {days} days").format(days=left)
