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


def task_what(key: str, fallback: str, site_name: str = "") -> str:
    """`Send the visitor list to the security site (KIST)`."""
    words = {
        "nominations_close": QCoreApplication.translate("Tasks", "Nominations close: chase the missing ones"),
        "acceptance_notices": QCoreApplication.translate("Tasks", "Send the acceptance notices"),
        "programme_to_participants": QCoreApplication.translate("Tasks", "Send the detailed programme to participants"),
        "visitor_list": QCoreApplication.translate("Tasks", "Send the visitor list to the security site"),
        "rooming_list": QCoreApplication.translate("Tasks", "Send the rooming list to the hotel"),
        "pickup_list": QCoreApplication.translate("Tasks", "Send the pick-up list to the drivers"),
        "certificates": QCoreApplication.translate("Tasks", "Send the certificates"),
        "evaluation_close": QCoreApplication.translate("Tasks", "Close the evaluation"),
        "completion_report": QCoreApplication.translate("Tasks", "Send the completion report to the APO"),
        "purge_personal_data": QCoreApplication.translate("Tasks", "Purge personal data (retention period over)"),
    }.get(key, fallback)
    return (
        QCoreApplication.translate("Tasks", "{what} ({site})").format(what=words, site=site_name)
        if site_name
        else words
    )


def status_text(task: DueTask) -> str:
    return {
        TaskStatus.OPEN: QCoreApplication.translate("Tasks", "Open"),
        TaskStatus.DONE: QCoreApplication.translate("Tasks", "Done"),
        TaskStatus.NOT_APPLICABLE: QCoreApplication.translate("Tasks", "Not applicable"),
    }[task.status]


def when_text(task: DueTask, today: date) -> str:
    """`3 days overdue`, `due today`, `in 5 days`; nothing for a task no longer open."""
    if not task.is_open:
        return ""
    left = task.days_left(today)
    if left < 0:
        return (
            QCoreApplication.translate("Tasks", "1 day overdue")
            if left == -1
            else QCoreApplication.translate("Tasks", "{days} days overdue").format(days=-left)
        )
    if left == 0:
        return QCoreApplication.translate("Tasks", "due today")
    return (
        QCoreApplication.translate("Tasks", "in 1 day")
        if left == 1
        else QCoreApplication.translate("Tasks", "in {days} days").format(days=left)
    )
