"""Pieces the editing dialogs share: date and time fields, and OK held back while a problem shows."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QTimeEdit

PROBLEM_COLOR = "#b00020"


def date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day), calendarPopup=True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


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
