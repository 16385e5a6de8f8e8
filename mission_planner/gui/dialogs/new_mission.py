"""The dialog that starts a new mission: code, title, dates, modality, time zone."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ...domain.codes import parse_project_code
from ...domain.enums import Modality
from ...domain.limits import MAX_CODE, MAX_TITLE
from ...domain.mission import Mission
from ..formatting import modality_text


class NewMissionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Mission"))
        today = today or date.today()
        self.code = QLineEdit(placeholderText="24-IP-01-GE-OSM-A", maxLength=MAX_CODE)
        self.title_edit = QLineEdit(maxLength=MAX_TITLE)
        self.start = QDateEdit(QDate(today.year, today.month, today.day), calendarPopup=True)
        self.end = QDateEdit(QDate(today.year, today.month, today.day), calendarPopup=True)
        self.modality = QComboBox()
        for modality in Modality:
            self.modality.addItem(modality_text(modality.value), modality.value)
        self.timezone = QLineEdit("Asia/Seoul")
        self.problem = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Project code"), self.code)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("First day"), self.start)
        form.addRow(self.tr("Last day"), self.end)
        form.addRow(self.tr("Modality"), self.modality)
        form.addRow(self.tr("Time zone"), self.timezone)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        for edit in (self.code, self.title_edit, self.timezone):
            edit.textChanged.connect(self._check)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._check)
        self._check()

    def mission(self) -> Mission:
        return Mission(
            uid="",
            code=self.code.text().strip(),
            title=self.title_edit.text().strip(),
            start_date=self.start.date().toPython(),
            end_date=self.end.date().toPython(),
            timezone=self.timezone.text().strip(),
            modality=Modality(self.modality.currentData()),
            project_type=(parse_project_code(self.code.text().strip()) or _NO_CODE).project_type,
        )

    def _check(self) -> None:
        mission = self.mission()
        problem = ""
        if not mission.code or not mission.title:
            problem = self.tr("A mission needs a code and a title.")
        elif mission.end_date < mission.start_date:
            problem = self.tr("The last day is before the first.")
        elif not parse_project_code(mission.code):
            problem = self.tr("The code does not look like an APO code (it can still be used).")
        self.problem.setText(problem)
        blocking = not mission.code or not mission.title or mission.end_date < mission.start_date
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not blocking)

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> Mission | None:
        dialog = cls(parent)
        return dialog.mission() if dialog.exec() == QDialog.DialogCode.Accepted else None


class _NoCode:
    project_type = "OSM"


_NO_CODE = _NoCode()
