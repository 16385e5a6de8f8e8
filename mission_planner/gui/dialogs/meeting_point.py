"""The dialog that says where people landing at an airport are met, and by whom: terminal, exit,
the meeting point in words, the greeter's name and phone. It holds for every day at that airport,
or (ticked) only for the day of the pick-up group it was opened from.

`MeetingPointDialog.ask` returns the meeting point, or None when cancelled; it saves nothing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...domain.practical import MeetingPoint
from .fields import length_problem, limit_text, ok_cancel, problem_label, show_problem


class MeetingPointDialog(QDialog):
    def __init__(self, point: MeetingPoint, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.airport = point.airport
        self.day = day
        self.setWindowTitle(self.tr("Meeting Point at {airport}").format(airport=point.airport))
        intro = QLabel(
            self.tr("Every delegate's pack tells the people landing at {airport} where to find their greeter.").format(
                airport=point.airport
            )
        )
        intro.setWordWrap(True)
        self.terminal = QLineEdit(point.terminal, placeholderText="1")
        self.exit = QLineEdit(point.exit, placeholderText=self.tr("Exit 4"))
        self.place = QLineEdit(point.place, placeholderText=self.tr("In front of the Information desk"))
        self.greeter_name = QLineEdit(point.greeter_name)
        self.greeter_phone = QLineEdit(point.greeter_phone, placeholderText="+82-10-5555-0121")
        self.only_this_day = QCheckBox(self.tr("Only on {day}").format(day=f"{day:%Y-%m-%d}"))
        self.only_this_day.setChecked(point.on_date is not None)
        form = QFormLayout()
        form.addRow(intro)
        form.addRow(self.tr("Terminal"), self.terminal)
        form.addRow(self.tr("Exit"), self.exit)
        form.addRow(self.tr("Meeting point"), self.place)
        form.addRow(self.tr("Greeter"), self.greeter_name)
        form.addRow(self.tr("Greeter's phone"), self.greeter_phone)
        form.addRow("", self.only_this_day)
        limit_text(self.terminal, "terminal")
        limit_text(self.exit, "exit")
        limit_text(self.place, "place")
        limit_text(self.greeter_name, "greeter_name")
        limit_text(self.greeter_phone, "greeter_phone")
        self.problem = problem_label()
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        for edit in self.edits():
            edit.textChanged.connect(self._check)
        self._check()

    def edits(self) -> list[QLineEdit]:
        return [self.terminal, self.exit, self.place, self.greeter_name, self.greeter_phone]

    def point(self) -> MeetingPoint:
        return MeetingPoint(
            airport=self.airport,
            on_date=self.day if self.only_this_day.isChecked() else None,
            terminal=self.terminal.text().strip(),
            exit=self.exit.text().strip(),
            place=self.place.text().strip(),
            greeter_name=self.greeter_name.text().strip(),
            greeter_phone=self.greeter_phone.text().strip(),
        )

    def _check(self, *_args: object) -> None:
        show_problem(self.buttons, self.problem, length_problem(self.edits()))

    @classmethod
    def ask(cls, point: MeetingPoint, day: date, parent: QWidget | None = None) -> MeetingPoint | None:
        dialog = cls(point, day, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.point()


def with_point(points: list[MeetingPoint], replaced: MeetingPoint | None, point: MeetingPoint) -> list[MeetingPoint]:
    """`points` with `point` in, in place of the one of the same airport and day. The one the
    dialog opened on (`replaced`) goes too when it was for that day only: the group is then met
    as `point` says. An every-day point stays when `point` is for one day only."""
    key = (point.airport.upper(), point.on_date)
    dated = replaced if replaced is not None and replaced.on_date is not None else None
    kept = [p for p in points if p is not dated and (p.airport.upper(), p.on_date) != key]
    return [*kept, point]
