"""Small dialogs for changing many people at once: the date of a status change, and a hotel
stay. Each `ask` returns the value, or None when cancelled; nothing is saved here."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...domain.people import Stay
from ..labels import status_text
from .fields import date_edit, length_problem, limit_text, ok_cancel, problem_label, python_date, show_problem


class StatusDateDialog(QDialog):
    """`Mark 12 people as accepted`, on a date (today unless changed)."""

    def __init__(self, count: int, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change Status"))
        words = self.tr("Mark 1 person as {status}.") if count == 1 else self.tr("Mark {count} people as {status}.")
        words = words.format(count=count, status=status_text(status).lower())
        self.on = date_edit(date.today())
        form = QFormLayout(self)
        form.addRow(QLabel(words))
        form.addRow(self.tr("On"), self.on)
        form.addRow(ok_cancel(self))

    @classmethod
    def ask(cls, count: int, status: str, parent: QWidget | None = None) -> date | None:
        dialog = cls(count, status, parent)
        try:
            return python_date(dialog.on.date()) if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class StayDialog(QDialog):
    """One hotel and its dates for everyone selected (replacing the stays they had)."""

    def __init__(self, count: int, check_in: date, check_out: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hotel for {count} People").format(count=count))
        self.hotel = QLineEdit()
        self.check_in = date_edit(check_in)
        self.check_out = date_edit(check_out)
        self.problem = problem_label()
        self.buttons = ok_cancel(self)
        form = QFormLayout()
        form.addRow(self.tr("Hotel"), self.hotel)
        form.addRow(self.tr("Check-in"), self.check_in)
        form.addRow(self.tr("Check-out"), self.check_out)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr("Replaces the hotel stays of the person selected.")
                if count == 1
                else self.tr("Replaces the hotel stays of the {count} people selected.").format(count=count)
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        limit_text(self.hotel, "hotel")
        self.hotel.textChanged.connect(self._check)
        self.check_in.dateChanged.connect(self._check)
        self.check_out.dateChanged.connect(self._check)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 50)
        self._check()

    def problem_text(self) -> str:
        if not self.hotel.text().strip():
            return self.tr("Give the hotel's name.")
        if self.check_out.date() < self.check_in.date():
            return self.tr("The check-out is before the check-in.")
        return length_problem([self.hotel])

    def _check(self, *_args: object) -> None:
        show_problem(self.buttons, self.problem, self.problem_text())

    def stay(self) -> Stay:
        return Stay(self.hotel.text().strip(), python_date(self.check_in.date()), python_date(self.check_out.date()))

    @classmethod
    def ask(cls, count: int, check_in: date, check_out: date, parent: QWidget | None = None) -> Stay | None:
        dialog = cls(count, check_in, check_out, parent)
        try:
            return dialog.stay() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
