"""The small dialog that asks where a day goes (Shift Day…, Copy Day…): one date."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from .fields import date_edit, python_date


class DayDateDialog(QDialog):
    def __init__(self, title: str, explanation: str, proposed: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.to = date_edit(proposed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(explanation, wordWrap=True))
        form.addRow(self.tr("To"), self.to)
        form.addRow(buttons)

    def choice(self) -> date:
        return python_date(self.to.date())

    @classmethod
    def ask(cls, title: str, explanation: str, proposed: date, parent: QWidget | None = None) -> date | None:
        dialog = cls(title, explanation, proposed, parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
