"""The dialog that starts a new mission: code, title, dates, modality, scope, time zone, and
which preset rule set the mission will start on (or that none fits it)."""

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
from ...domain.enums import Modality, Scope
from ...domain.limits import MAX_CODE, MAX_TITLE
from ...domain.mission import Mission
from ..formatting import modality_text, scope_text
from ..rule_fit_text import starting_rules_text
from .fields import python_date


class NewMissionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, today: date | None = None, preferred_rules: str = "") -> None:
        super().__init__(parent)
        self.preferred_rules = preferred_rules
        self.setWindowTitle(self.tr("New Mission"))
        today = today or date.today()
        self.code = QLineEdit(placeholderText="24-IP-01-GE-OSM-A", maxLength=MAX_CODE)
        self.title_edit = QLineEdit(maxLength=MAX_TITLE)
        self.start = QDateEdit(QDate(today.year, today.month, today.day))
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
        self.modality = QComboBox()
        for modality in Modality:
            self.modality.addItem(modality_text(modality.value), modality.value)
        self.scope = QComboBox()
        for scope in Scope:
            self.scope.addItem(scope_text(scope.value), scope.value)
        self.rules = QLabel(wordWrap=True)
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
        form.addRow(self.tr("Scope"), self.scope)
        form.addRow(self.tr("Rules"), self.rules)
        form.addRow(self.tr("Time zone"), self.timezone)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        for text_field in (self.code, self.title_edit, self.timezone):
            text_field.textChanged.connect(self._check)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._check)
        for box in (self.modality, self.scope):
            box.currentIndexChanged.connect(self._show_rules)
        self._show_rules()
        self._check()

    def mission(self) -> Mission:
        return Mission(
            uid="",
            code=self.code.text().strip(),
            title=self.title_edit.text().strip(),
            start_date=python_date(self.start.date()),
            end_date=python_date(self.end.date()),
            timezone=self.timezone.text().strip(),
            modality=Modality(self.modality.currentData()),
            scope=Scope(self.scope.currentData()),
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

    def _show_rules(self) -> None:
        self.rules.setText(starting_rules_text(self.mission(), self.preferred_rules))

    @classmethod
    def ask(cls, parent: QWidget | None = None, *, preferred_rules: str = "") -> Mission | None:
        dialog = cls(parent, preferred_rules=preferred_rules)
        return dialog.mission() if dialog.exec() == QDialog.DialogCode.Accepted else None


class _NoCode:
    project_type = "OSM"


_NO_CODE = _NoCode()
