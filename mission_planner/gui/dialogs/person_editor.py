"""The dialog that adds or edits one person by hand: every field a nomination file can carry.

Identity data (passport and date of birth) sits apart, in a box marked as kept private and
hidden until asked for. `PersonEditor.ask` returns `(person, participation)` or None when
cancelled; it saves nothing (the People tab makes the undo command).
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.countries import APO_MEMBERS
from ...domain.enums import Gender, Role, Status
from ...domain.people import Identity, Participation, Person
from ..formatting import country_name
from ..labels import mission_role_text, status_text
from ..widgets.time_zone_box import TimeZoneBox
from .fields import length_problem, limit_text, ok_cancel, problem_label, python_date, show_problem

_NO_DATE = QDate(1900, 1, 1)  # a date field showing "—": no date


def _optional_date(value: date | None) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day) if value else _NO_DATE)
    edit.setMinimumDate(_NO_DATE)
    edit.setSpecialValueText("—")
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _date_of(edit: QDateEdit) -> date | None:
    return None if edit.date() == _NO_DATE else python_date(edit.date())


class PersonEditor(QDialog):
    def __init__(self, person: Person | None, part: Participation | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = person
        adding = person is None
        if person is None:
            self.setWindowTitle(self.tr("Add Person"))
        else:
            self.setWindowTitle(self.tr("Edit {name}").format(name=person.full_name))
        person = person or Person("", "", "", "")
        part = part or Participation("")
        self.part = part
        self.family = QLineEdit(person.family_name)
        self.given = QLineEdit(person.given_name)
        self.country = QComboBox(editable=True)
        self.country.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        members = sorted((country_name(m.iso2), m.iso2) for m in APO_MEMBERS)
        if person.country and person.country not in {iso2 for _, iso2 in members}:
            members.insert(0, (country_name(person.country), person.country))
        for name, iso2 in members:
            self.country.addItem(name, iso2)
        self.country.setCurrentIndex(self.country.findData(person.country) if person.country else -1)
        self.organization = QLineEdit(person.organization)
        self.position = QLineEdit(person.position)
        self.email = QLineEdit(person.email)
        self.phone = QLineEdit(person.phone)
        self.gender = QComboBox()
        self.gender.addItem("—", None)
        for gender, text in (
            (Gender.FEMALE, self.tr("Female")),
            (Gender.MALE, self.tr("Male")),
            (Gender.OTHER, self.tr("Other")),
        ):
            self.gender.addItem(text, str(gender))
        self.gender.setCurrentIndex(max(0, self.gender.findData(str(person.gender) if person.gender else None)))
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(mission_role_text(role), str(role))
        self.role.setCurrentIndex(self.role.findData(str(part.role)))
        self.status = QComboBox()
        for status in Status:
            self.status.addItem(status_text(status), str(status))
        self.status.setCurrentIndex(self.status.findData(str(part.status)))
        self.npo = QLineEdit(part.nominating_npo)
        self.group = QLineEdit(part.group)
        self.zone = TimeZoneBox(person.home_timezone)  # chosen from the list, never a typo
        zone_edit = self.zone.lineEdit()  # the box is editable: typing finds a zone
        if zone_edit is not None:
            zone_edit.setPlaceholderText(self.tr("From the country, e.g. Europe/Istanbul"))
        self.dietary = QLineEdit(person.dietary)
        self.romanized_family = QLineEdit(person.romanized_family_name)
        self.romanized_family.setPlaceholderText(self.tr("For a name in another script, e.g. SHARMA"))
        self.romanized_given = QLineEdit(person.romanized_given_name)
        self.romanized_given.setPlaceholderText(self.tr("As the passport prints it, e.g. SITA"))
        self.notes = QPlainTextEdit(person.notes)
        self.notes.setFixedHeight(self.notes.fontMetrics().height() * 4)
        self.biography = QPlainTextEdit(person.biography, tabChangesFocus=True)
        self.biography.setPlaceholderText(self.tr("A few lines for the itinerary's list of resource persons"))
        self.biography.setFixedHeight(self.biography.fontMetrics().height() * 4)
        form = QFormLayout()
        rows = [
            (self.tr("Family name"), self.family),
            (self.tr("Given name"), self.given),
            (self.tr("Family name as in passport"), self.romanized_family),
            (self.tr("Given name as in passport"), self.romanized_given),
            (self.tr("Country"), self.country),
            (self.tr("Organization"), self.organization),
            (self.tr("Position"), self.position),
            (self.tr("Email"), self.email),
            (self.tr("Phone"), self.phone),
            (self.tr("Gender"), self.gender),
            (self.tr("Role"), self.role),
        ]
        if adding:
            rows.append((self.tr("Status"), self.status))
        rows += [
            (self.tr("Nominated by"), self.npo),
            (self.tr("Group"), self.group),
            (self.tr("Home time zone"), self.zone),
            (self.tr("Dietary needs"), self.dietary),
            (self.tr("Notes"), self.notes),
            (self.tr("Biography"), self.biography),
        ]
        for label, widget in rows:
            form.addRow(label, widget)
        self.private_button = QPushButton(self.tr("Show Personal Data…"))
        self.private_button.setCheckable(True)
        self.private_box = self._private_box(person.identity)
        self.private_button.toggled.connect(self.private_box.setVisible)
        self.private_box.setVisible(False)
        self.problem = problem_label()
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.private_button)
        layout.addWidget(self.private_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        for name, edit in (
            ("family_name", self.family),
            ("given_name", self.given),
            ("romanized_family_name", self.romanized_family),
            ("romanized_given_name", self.romanized_given),
            ("organization", self.organization),
            ("position", self.position),
            ("email", self.email),
            ("phone", self.phone),
            ("nominating_npo", self.npo),
            ("group", self.group),
            ("dietary", self.dietary),
            ("notes", self.notes),
            ("biography", self.biography),
            ("passport_number", self.passport),
        ):
            limit_text(edit, name)
        for edit in (self.family, self.email, self.passport):
            edit.textChanged.connect(self._check)
        self.zone.editTextChanged.connect(self._check)
        self.country.currentTextChanged.connect(self._check)
        self.notes.textChanged.connect(self._check)
        self.biography.textChanged.connect(self._check)
        self._check()

    def _private_box(self, identity: Identity | None) -> QGroupBox:
        box = QGroupBox(self.tr("Personal data (kept private)"))
        box.setToolTip(self.tr("Kept out of shared documents and erased after the mission."))
        identity = identity or Identity()
        self.passport = QLineEdit(identity.passport_number)
        self.expiry = _optional_date(identity.passport_expiry)
        self.birth = _optional_date(identity.date_of_birth)
        form = QFormLayout(box)
        form.addRow(self.tr("Passport number"), self.passport)
        form.addRow(self.tr("Passport expiry"), self.expiry)
        form.addRow(self.tr("Date of birth"), self.birth)
        return box

    def country_code(self) -> str:
        text = self.country.currentText().strip()
        index = self.country.findText(text)
        if index >= 0:
            return str(self.country.itemData(index))
        return text.upper() if len(text) == 2 else text

    def identity(self) -> Identity | None:
        identity = Identity(self.passport.text().strip(), _date_of(self.expiry), _date_of(self.birth))
        had = self.original.identity if self.original is not None else None
        if identity.is_empty and had is None:
            return None  # nothing was given, nothing to erase
        return identity

    def person(self) -> Person:
        gender = self.gender.currentData()
        values: dict[str, Any] = {
            "family_name": self.family.text().strip(),
            "given_name": self.given.text().strip(),
            "romanized_family_name": self.romanized_family.text().strip(),
            "romanized_given_name": self.romanized_given.text().strip(),
            "country": self.country_code(),
            "organization": self.organization.text().strip(),
            "position": self.position.text().strip(),
            "email": self.email.text().strip(),
            "phone": self.phone.text().strip(),
            "gender": Gender(gender) if gender else None,
            "home_timezone": self.zone.zone(),
            "dietary": self.dietary.text().strip(),
            "notes": self.notes.toPlainText().strip(),
            "biography": self.biography.toPlainText().strip(),
            "identity": self.identity(),
        }
        if self.original is not None:
            return replace(self.original, **values)
        return Person(str(uuid.uuid4()), **values)

    def participation(self, uid: str) -> Participation:
        return replace(
            self.part,
            person_uid=uid,
            role=Role(self.role.currentData()),
            status=Status(self.status.currentData()) if self.original is None else self.part.status,
            nominating_npo=self.npo.text().strip(),
            group=self.group.text().strip(),
        )

    def problem_text(self) -> str:
        if not self.family.text().strip():
            return self.tr("Give the family name.")
        if not self.country.currentText().strip():
            return self.tr("Choose the country.")
        email = self.email.text().strip()
        if email and ("@" not in email or " " in email):
            return self.tr("{text} is not an email address.").format(text=email)
        if self.zone.currentText().strip() and not self.zone.zone():
            return self.tr("Choose the home time zone from the list (type part of its name), or leave it empty.")
        return length_problem(
            [
                self.family,
                self.given,
                self.organization,
                self.position,
                self.email,
                self.npo,
                self.group,
                self.notes,
                self.biography,
            ]
        )

    def _check(self, *_args: object) -> None:
        show_problem(self.buttons, self.problem, self.problem_text())

    @classmethod
    def ask(
        cls, person: Person | None, part: Participation | None, parent: QWidget | None = None
    ) -> tuple[Person, Participation] | None:
        dialog = cls(person, part, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        person = dialog.person()
        return person, dialog.participation(person.uid)
