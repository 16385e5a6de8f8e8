"""The dialog that starts a new mission: code, title, dates, modality, scope, time zone, and
which preset rule set the mission will start on (or that none fits it).

It checks as the user types: the code's form, a code another mission has, days out of order, a
time zone not from the list; each problem shows under its field. OK hands the mission to
`submit` (the window makes it an undo command) while the dialog is still open: a refusal is
shown beside the field it concerns and nothing typed is lost.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.codes import code_problem, parse_project_code
from ...domain.enums import Modality, Scope
from ...domain.limits import MAX_CODE, MAX_TITLE
from ...domain.mission import Mission
from ...errors import ConflictError, InputError, MissionPlannerError, StaleEditError
from ..formatting import modality_text, scope_text
from ..refusal_text import error_text
from ..rule_fit_text import starting_rules_text
from ..widgets.time_zone_box import TimeZoneBox
from .fields import PROBLEM_COLOR, date_edit, ok_cancel, python_date

DEFAULT_TIME_ZONE = "Asia/Seoul"
_WIDTH_EM = 90  # room for a title of about seventy characters without scrolling


class NewMissionDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
        preferred_rules: str = "",
        used_codes: Iterable[str] = (),
        submit: Callable[[Mission], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.preferred_rules = preferred_rules
        self.used_codes = {code.casefold() for code in used_codes}
        self.submit = submit
        self.setWindowTitle(self.tr("New Mission"))
        today = today or date.today()
        self.code = QLineEdit(placeholderText="24-IP-01-GE-OSM-A", maxLength=MAX_CODE)
        self.title_edit = QLineEdit(maxLength=MAX_TITLE)
        self.start = date_edit(today)
        self.end = date_edit(today)
        self.modality = QComboBox()
        for modality in Modality:
            self.modality.addItem(modality_text(modality.value), modality.value)
        self.scope = QComboBox()
        for scope in Scope:
            self.scope.addItem(scope_text(scope.value), scope.value)
        self.rules = QLabel(wordWrap=True)
        self.timezone = TimeZoneBox(DEFAULT_TIME_ZONE)
        self.code_note, self.dates_note, self.zone_note, self.problem = (_note() for _ in range(4))
        self.buttons = ok_cancel(self)
        form = QFormLayout(self)
        form.addRow(self.tr("Project code"), _with_note(self.code, self.code_note))
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("First day"), self.start)
        form.addRow(self.tr("Last day"), _with_note(self.end, self.dates_note))
        form.addRow(self.tr("Modality"), self.modality)
        form.addRow(self.tr("Scope"), self.scope)
        form.addRow(self.tr("Rules"), self.rules)
        form.addRow(self.tr("Time zone"), _with_note(self.timezone, self.zone_note))
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * _WIDTH_EM)
        for text_field in (self.code, self.title_edit):
            text_field.textChanged.connect(self._check)
        self.timezone.editTextChanged.connect(self._check)
        self.timezone.currentIndexChanged.connect(self._check)
        self._shown_start = self.start.date()
        self.start.dateChanged.connect(self._move_end)  # before the check, which sees the end moved
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
            timezone=self.timezone.zone(),
            modality=Modality(self.modality.currentData()),
            scope=Scope(self.scope.currentData()),
            project_type=(parse_project_code(self.code.text().strip()) or _NO_CODE).project_type,
        )

    def accept(self) -> None:
        """Hand the mission to `submit`; on a refusal stay open, saying why beside the field."""
        if self.submit is not None:
            try:
                self.submit(self.mission())
            except MissionPlannerError as error:
                self._show_refusal(error)
                return
        super().accept()

    def _move_end(self, start: QDate) -> None:
        """A new first day moves the last by as much: the mission keeps its length."""
        shift = self._shown_start.daysTo(start)
        self._shown_start = start
        self.end.setDate(self.end.date().addDays(shift))

    # --- checking as the user types --------------------------------------------------------------

    def _check(self) -> None:
        mission = self.mission()
        code_blocks, code_text = self._code_problem(mission.code)
        _say(self.code_note, code_text, blocking=code_blocks)
        dates_wrong = mission.end_date < mission.start_date
        _say(self.dates_note, self.tr("The last day is before the first.") if dates_wrong else "")
        zone_missing = not mission.timezone
        choose = self.tr("Choose a time zone from the list: type part of its name to find it.")
        _say(self.zone_note, choose if zone_missing else "")
        empty = not mission.code or not mission.title
        _say(self.problem, self.tr("A mission needs a code and a title.") if empty else "", blocking=False)
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        ok.setEnabled(not (empty or code_blocks or dates_wrong or zone_missing))

    def _code_problem(self, code: str) -> tuple[bool, str]:
        """Whether `code` cannot be used, and what to say about it ("" for a good APO code)."""
        if not code:
            return True, ""
        if code_problem(code) is not None:
            return True, self.tr("A code is one line of visible characters, at most {limit} long.").format(
                limit=MAX_CODE
            )
        if code.casefold() in self.used_codes:
            return True, self.tr("Another mission has the code {code}.").format(code=code)
        if not parse_project_code(code):
            return False, self.tr("The code does not look like an APO code (it can still be used).")
        return False, ""

    def _show_refusal(self, error: MissionPlannerError) -> None:
        """The services refused the mission: say so beside the field it concerns, else below."""
        location = (error.location or "") if isinstance(error, InputError) else ""
        if isinstance(error, ConflictError) and not isinstance(error, StaleEditError):
            self.used_codes.add(self.mission().code.casefold())  # another program took it meanwhile
            self._check()
            self.code.setFocus()
        elif "timezone" in location:
            _say(self.zone_note, error_text(error))
        elif "date" in location:
            _say(self.dates_note, error_text(error))
        else:
            _say(self.problem, error_text(error))

    def _show_rules(self) -> None:
        self.rules.setText(starting_rules_text(self.mission(), self.preferred_rules))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None = None,
        *,
        preferred_rules: str = "",
        used_codes: Iterable[str] = (),
        submit: Callable[[Mission], object] | None = None,
    ) -> Mission | None:
        """The mission as accepted (after `submit` took it), or None when cancelled."""
        dialog = cls(parent, preferred_rules=preferred_rules, used_codes=used_codes, submit=submit)
        return dialog.mission() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _note() -> QLabel:
    note = QLabel(wordWrap=True)
    note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    note.hide()
    return note


def _with_note(field: QWidget, note: QLabel) -> QWidget:
    """`field` with `note` under it, so a problem shows beside what it is about."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(note)
    box.setFocusProxy(field)
    return box


def _say(note: QLabel, text: str, *, blocking: bool = True) -> None:
    """Show `text` under its field (red when it holds OK back), or hide the note when empty."""
    note.setText(text)
    note.setVisible(bool(text))
    if blocking:
        note.setStyleSheet(f"color: {PROBLEM_COLOR}")
    else:
        note.setStyleSheet("")
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)


class _NoCode:
    project_type = "OSM"


_NO_CODE = _NoCode()
