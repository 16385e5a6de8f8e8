"""Pieces the editing dialogs share: date and time fields, text fields held to their length
limits, and OK held back while a problem shows."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QWidget,
)

from ...services import length, limit_of

PROBLEM_COLOR = "#b00020"


def date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


# PySide types `toPython` as returning object; these say what each kind of value gives.
_Value = TypeVar("_Value", date, time, datetime)


def _python(value: QDate | QTime | QDateTime, kind: type[_Value]) -> _Value:
    result = value.toPython()
    if not isinstance(result, kind):
        raise TypeError(f"{type(value).__name__}.toPython gave {result!r}")
    return result


def python_date(value: QDate) -> date:
    return _python(value, date)


def python_time(value: QTime) -> time:
    return _python(value, time)


def python_datetime(value: QDateTime) -> datetime:
    return _python(value, datetime)


def time_edit(value: time) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute))
    edit.setDisplayFormat("HH:mm")
    return edit


def problem_label() -> QLabel:
    """Where a dialog says why it cannot be saved yet."""
    label = QLabel(wordWrap=True)
    label.setStyleSheet(f"color: {PROBLEM_COLOR}")
    return label


def ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def show_problem(buttons: QDialogButtonBox, label: QLabel, problem: str) -> None:
    """Say `problem` (or nothing) and allow OK only without one."""
    label.setText(problem)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)


_LIMIT, _PER_LINE = "textLimit", "textLimitPerLine"


def limit_text(edit: QLineEdit | QPlainTextEdit, field: str, *, per_line: bool = False) -> None:
    """Hold `edit` to the length limit of the domain field named `field` (per line, for a box
    that holds one entry a line). A line edit stops taking characters at the limit (unless it
    opened with a longer text, which it must not cut); `length_problem` says when a text box or
    such a line edit is over."""
    limit = limit_of(field)
    edit.setProperty(_LIMIT, limit)
    edit.setProperty(_PER_LINE, per_line)
    if isinstance(edit, QLineEdit) and len(edit.text()) <= limit:
        edit.setMaxLength(limit)


def length_problem(edits: Iterable[QLineEdit | QPlainTextEdit]) -> str:
    """The first of `edits` whose text is longer than `limit_text` allows, said as a problem of
    the dialog (naming the field by its label in the form), or ""."""
    for edit in edits:
        limit = edit.property(_LIMIT)
        if limit is None:
            continue
        text = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
        entries = text.splitlines() if edit.property(_PER_LINE) else [text]
        size = max((length(entry.strip()) for entry in entries), default=0)
        if size > limit:
            message = QCoreApplication.translate("Fields", "{label} is {size} characters long; at most {limit} fit.")
            return message.format(label=_label_of(edit), size=f"{size:,}", limit=f"{limit:,}")
    return ""


def _label_of(edit: QWidget) -> str:
    """The text of the form label beside `edit` ("Objectives (one per line):" -> "Objectives")."""
    for form in edit.window().findChildren(QFormLayout):
        label = form.labelForField(edit)
        if isinstance(label, QLabel) and label.text():
            return " ".join(label.text().split("\n")[0].replace("&", "").split()).rstrip(":：")
    return edit.accessibleName() or edit.objectName()
