"""The dialog that edits a mission's Project Notification: every field, and its revisions.

`MissionEditor.ask(parent, mission)` returns the edited `Mission`, or None when cancelled. It
saves nothing: the caller makes an undo command. Its code never changes (duplicate instead).
"""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.countries import APO_MEMBERS
from ...domain.enums import Modality
from ...domain.mission import Mission, Revision
from ...services import length, limit_of
from ..formatting import country_name, modality_text
from ..widgets.time_zone_box import TimeZoneBox
from .fields import date_edit, length_problem, limit_text, ok_cancel, problem_label, python_date, show_problem

_NO_QUOTA = -1  # the spin box's lowest value, shown as "—"


class OptionalDate(QWidget):
    """A date that may be missing: a check box turns the date on."""

    def __init__(self, value: date | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox()
        self.edit = date_edit(value or date.today())
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        return python_date(self.edit.date()) if self.enabled.isChecked() else None


class MissionEditor(QDialog):
    def __init__(self, mission: Mission, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = mission
        self.setWindowTitle(self.tr("Edit Notification: {code}").format(code=mission.code))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._project_page(mission), self.tr("Project"))
        self.tabs.addTab(self._participants_page(mission), self.tr("Participants"))
        self.tabs.addTab(self._texts_page(mission), self.tr("Texts"))
        self.tabs.addTab(self._revisions_page(mission), self.tr("Revisions"))
        self.problem = problem_label()
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(760, 620)
        self.limited: list[tuple[QLineEdit | QPlainTextEdit, str]] = [
            (self.title_edit, "title"),
            (self.ref_no, "ref_no"),
            (self.venue, "venue_city"),
            (self.organizations, "implementing_organizations"),
            (self.signatory_name, "signatory_name"),
            (self.signatory_title, "signatory_title"),
            (self.qualifications, "qualifications"),
            (self.nomination_procedure, "nomination_procedure"),
            (self.objectives, "objectives"),
            (self.background, "background"),
            (self.scope_methodology, "scope_methodology"),
            (self.implementation, "implementation_procedures"),
            (self.notes, "notes"),
        ]
        for edit, field in self.limited:
            limit_text(edit, field, per_line=edit in (self.organizations, self.objectives))
            edit.textChanged.connect(self._check)
        self.timezone.editTextChanged.connect(self._check)
        for date_field in (self.start, self.end):
            date_field.dateChanged.connect(self._check)
        self.revisions.itemChanged.connect(self._check)
        self.revisions.setTabKeyNavigation(False)  # Tab goes on to the next control
        self._check()

    # --- pages ---------------------------------------------------------------------------------

    def _project_page(self, mission: Mission) -> QWidget:
        self.title_edit = QLineEdit(mission.title)
        self.ref_no = QLineEdit(mission.ref_no)
        self.date_of_issue = OptionalDate(mission.date_of_issue)
        self.start = date_edit(mission.start_date)
        self.end = date_edit(mission.end_date)
        self.timezone = TimeZoneBox(mission.timezone)
        self.host = QComboBox()
        for member in sorted(APO_MEMBERS, key=lambda known: country_name(known.iso2)):
            self.host.addItem(country_name(member.iso2), member.iso2)
        if self.host.findData(mission.host_country) < 0:
            self.host.addItem(country_name(mission.host_country), mission.host_country)
        self.host.setCurrentIndex(self.host.findData(mission.host_country))
        self.venue = QLineEdit(mission.venue_city)
        self.modality = QComboBox()
        for modality in Modality:
            self.modality.addItem(modality_text(modality.value), modality.value)
        self.modality.setCurrentIndex(self.modality.findData(mission.modality.value))
        self.organizations = _lines_edit(mission.implementing_organizations)
        self.signatory_name = QLineEdit(mission.signatory_name)
        self.signatory_title = QLineEdit(mission.signatory_title)
        self.currency = QLineEdit(mission.reporting_currency, maxLength=3)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Code"), QLabel(mission.code))
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Reference"), self.ref_no)
        form.addRow(self.tr("Issued on"), self.date_of_issue)
        form.addRow(self.tr("First day"), self.start)
        form.addRow(self.tr("Last day"), self.end)
        form.addRow(self.tr("Time zone"), self.timezone)
        form.addRow(self.tr("Host country"), self.host)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("Modality"), self.modality)
        form.addRow(self.tr("Implementing organizations\n(one per line)"), self.organizations)
        form.addRow(self.tr("Signatory"), self.signatory_name)
        form.addRow(self.tr("Signatory's title"), self.signatory_title)
        form.addRow(self.tr("Reporting currency"), self.currency)
        return page

    def _participants_page(self, mission: Mission) -> QWidget:
        self.all_members = QCheckBox(self.tr("All APO member economies"))
        self.all_members.setChecked(mission.all_member_countries)
        self.countries = QListWidget()
        for member in sorted(APO_MEMBERS, key=lambda known: country_name(known.iso2)):
            entry = QListWidgetItem(country_name(member.iso2))
            entry.setData(Qt.ItemDataRole.UserRole, member.iso2)
            checked = member.iso2 in mission.participating_countries
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.countries.addItem(entry)
        self.countries.setEnabled(not mission.all_member_countries)
        self.all_members.toggled.connect(lambda on: self.countries.setEnabled(not on))
        self.overseas_quota = _quota_edit(mission.overseas_quota)
        self.local_quota = _quota_edit(mission.local_quota)
        self.closing_date = OptionalDate(mission.nomination_closing_date)
        self.qualifications = QPlainTextEdit(mission.qualifications)
        self.nomination_procedure = QPlainTextEdit(mission.nomination_procedure)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Participating countries"), self.all_members)
        form.addRow("", self.countries)
        form.addRow(self.tr("Overseas quota"), self.overseas_quota)
        form.addRow(self.tr("Local quota"), self.local_quota)
        form.addRow(self.tr("Nominations close"), self.closing_date)
        form.addRow(self.tr("Qualifications"), self.qualifications)
        form.addRow(self.tr("Nomination procedure"), self.nomination_procedure)
        return page

    def _texts_page(self, mission: Mission) -> QWidget:
        self.objectives = _lines_edit(mission.objectives)
        self.background = QPlainTextEdit(mission.background)
        self.scope_methodology = QPlainTextEdit(mission.scope_methodology)
        self.implementation = QPlainTextEdit(mission.implementation_procedures)
        self.notes = QPlainTextEdit(mission.notes)
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.tr("Objectives\n(one per line)"), self.objectives)
        form.addRow(self.tr("Background"), self.background)
        form.addRow(self.tr("Scope and methodology"), self.scope_methodology)
        form.addRow(self.tr("Implementation procedures"), self.implementation)
        form.addRow(self.tr("Notes"), self.notes)
        return page

    def _revisions_page(self, mission: Mission) -> QWidget:
        self.revisions = QTableWidget(0, 4)
        self.revisions.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Issued on (YYYY-MM-DD)"), self.tr("Clause"), self.tr("What changed")]
        )
        self.revisions.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.revisions.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.revisions.verticalHeader().hide()
        for revision in sorted(mission.revisions, key=lambda r: r.number):
            self._add_revision_row(revision)
        add = QPushButton(self.tr("Add Revision"))
        add.clicked.connect(self.add_revision)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_revision)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.revisions, 1)
        layout.addLayout(buttons)
        return page

    # --- revisions -----------------------------------------------------------------------------

    def add_revision(self) -> None:
        numbers = [revision.number for revision in self._revisions_or_none() or []]
        self._add_revision_row(Revision(max(numbers, default=0) + 1, date.today(), "", ""))
        self.revisions.setCurrentCell(self.revisions.rowCount() - 1, 2)
        self._check()

    def remove_revision(self) -> None:
        row = self.revisions.currentRow()
        if row >= 0:
            self.revisions.removeRow(row)
            self._check()

    def _add_revision_row(self, revision: Revision) -> None:
        row = self.revisions.rowCount()
        self.revisions.insertRow(row)
        values = (str(revision.number), revision.date_of_issue.isoformat(), revision.clause, revision.modification)
        for column, text in enumerate(values):
            self.revisions.setItem(row, column, QTableWidgetItem(text))

    def _revisions_or_none(self) -> list[Revision] | None:
        """The table's revisions, or None while a number or a date does not read."""
        found = []
        for row in range(self.revisions.rowCount()):
            cells = [self.revisions.item(row, column) for column in range(4)]
            number, issued, clause, change = (cell.text().strip() if cell else "" for cell in cells)
            try:
                found.append(Revision(int(number), date.fromisoformat(issued), clause, change))
            except ValueError:
                return None
        return found

    # --- the result ----------------------------------------------------------------------------

    def mission(self) -> Mission:
        """The mission as edited (revisions that do not read are left as they were)."""
        checked = [
            self.countries.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.countries.count())
            if self.countries.item(row).checkState() == Qt.CheckState.Checked
        ]
        revisions = self._revisions_or_none()
        return dataclasses.replace(
            self.original,
            title=self.title_edit.text().strip(),
            ref_no=self.ref_no.text().strip(),
            date_of_issue=self.date_of_issue.value(),
            start_date=python_date(self.start.date()),
            end_date=python_date(self.end.date()),
            timezone=self.timezone.zone() or self.timezone.currentText().strip(),
            host_country=self.host.currentData(),
            venue_city=self.venue.text().strip(),
            modality=Modality(self.modality.currentData()),
            implementing_organizations=_lines(self.organizations),
            signatory_name=self.signatory_name.text().strip(),
            signatory_title=self.signatory_title.text().strip(),
            reporting_currency=self.currency.text().strip().upper(),
            all_member_countries=self.all_members.isChecked(),
            participating_countries=[] if self.all_members.isChecked() else checked,
            overseas_quota=_quota(self.overseas_quota),
            local_quota=_quota(self.local_quota),
            nomination_closing_date=self.closing_date.value(),
            qualifications=self.qualifications.toPlainText().strip(),
            nomination_procedure=self.nomination_procedure.toPlainText().strip(),
            objectives=_lines(self.objectives),
            background=self.background.toPlainText().strip(),
            scope_methodology=self.scope_methodology.toPlainText().strip(),
            implementation_procedures=self.implementation.toPlainText().strip(),
            notes=self.notes.toPlainText().strip(),
            revisions=self.original.revisions if revisions is None else revisions,
        )

    def problem_text(self) -> str:
        """Why the edit cannot be saved yet, or ""."""
        if not self.title_edit.text().strip():
            return self.tr("A mission needs a title.")
        if self.end.date() < self.start.date():
            return self.tr("The last day is before the first.")
        if not self.timezone.zone():
            return self.tr("“{zone}” is not a time zone; choose one from the list (Asia/Seoul, say).").format(
                zone=self.timezone.currentText().strip()
            )
        revisions = self._revisions_or_none()
        if revisions is None:
            return self.tr("Each revision needs a number and a date written as YYYY-MM-DD.")
        numbers = [revision.number for revision in revisions]
        if len(set(numbers)) != len(numbers):
            return self.tr("Two revisions have the same number.")
        for revision in revisions:
            for field, value in (("clause", revision.clause), ("modification", revision.modification)):
                if length(value) > limit_of(field):
                    return self.tr("Revision {number} is longer than {limit} characters.").format(
                        number=revision.number, limit=f"{limit_of(field):,}"
                    )
        return length_problem(edit for edit, _field in self.limited)

    def _check(self) -> None:
        show_problem(self.buttons, self.problem, self.problem_text())

    @classmethod
    def ask(cls, mission: Mission, parent: QWidget | None = None) -> Mission | None:
        dialog = cls(mission, parent)
        return dialog.mission() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _quota_edit(value: int | None) -> QSpinBox:
    edit = QSpinBox(minimum=_NO_QUOTA, maximum=9999)
    edit.setSpecialValueText("—")
    edit.setValue(_NO_QUOTA if value is None else value)
    return edit


def _quota(edit: QSpinBox) -> int | None:
    return None if edit.value() == _NO_QUOTA else edit.value()


def _lines_edit(lines: list[str]) -> QPlainTextEdit:
    edit = QPlainTextEdit("\n".join(lines))
    edit.setTabChangesFocus(True)
    return edit


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]
