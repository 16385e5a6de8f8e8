"""The small dialog that marks a task done (on which day, by whom) or not applicable, with its note."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ...services import TaskState, limit_of
from .fields import date_edit, python_date


class TaskStatusDialog(QDialog):
    last_who = ""  # who marked a task done last in this window: most often the same coordinator

    def __init__(
        self, title: str, what: str, note: str, parent: QWidget | None = None, *, done_on: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        form = QFormLayout(self)
        form.addRow(QLabel(what, wordWrap=True))
        self.on = date_edit(done_on or date.today())
        self.who = QLineEdit(TaskStatusDialog.last_who)
        self.who.setMaxLength(limit_of("done_by", TaskState))
        if done_on is not None:
            form.addRow(self.tr("Done on"), self.on)
            form.addRow(self.tr("By"), self.who)
        self.note = QPlainTextEdit(note)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        form.addRow(self.tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def ask(
        cls, title: str, what: str, note: str, parent: QWidget | None = None, *, done_on: date | None = None
    ) -> tuple[date, str, str] | None:
        """(the day, who, the note), or None when cancelled."""
        dialog = cls(title, what, note, parent, done_on=done_on)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        who = dialog.who.text().strip()
        if who:
            TaskStatusDialog.last_who = who
        return python_date(dialog.on.date()), who, dialog.note.toPlainText().strip()
