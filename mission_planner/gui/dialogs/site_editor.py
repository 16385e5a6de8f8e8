"""The dialog that adds or edits a site of the catalogue: every field of a `Site`.

`SiteEditor.ask(parent, site)` shows it and returns the edited site (with the uid it was given,
"" for a new one), or None when cancelled. It saves nothing: the caller makes an undo command.
"""

from __future__ import annotations

import dataclasses
from datetime import time

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QDoubleValidator, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import PlaceKind
from ...domain.places import OpeningHours, Site
from ..labels import place_kind_text
from ..models.sites import weekday_name
from .fields import length_problem, limit_text, python_time, time_edit

_WEEKDAYS = range(7)


class HoursRow(QWidget):
    """One `OpeningHours`: weekday checkboxes, opening and closing times, and a remove button."""

    def __init__(self, hours: OpeningHours, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.days: list[QCheckBox] = []
        for day in _WEEKDAYS:
            box = QCheckBox(weekday_name(day)[:3])
            box.setToolTip(weekday_name(day))
            box.setChecked(day in hours.weekdays)
            self.days.append(box)
            layout.addWidget(box)
        layout.addSpacing(12)
        self.opens = time_edit(hours.opens)
        self.closes = time_edit(hours.closes)
        layout.addWidget(self.opens)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.closes)
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(self.tr("Remove these opening hours"))
        layout.addWidget(self.remove_button)
        layout.addStretch(1)

    def hours(self) -> OpeningHours:
        weekdays = tuple(day for day, box in zip(_WEEKDAYS, self.days, strict=True) if box.isChecked())
        return OpeningHours(weekdays, python_time(self.opens.time()), python_time(self.closes.time()))


class SiteEditor(QDialog):
    """Edits a copy of `site` (a new site when None); `site()` is the result."""

    def __init__(self, site: Site | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.original = site or Site(uid="", name_en="")
        self.setWindowTitle(self.tr("New Site") if site is None else self.tr("Edit Site"))
        self.hours_rows: list[HoursRow] = []
        tabs = QTabWidget()
        tabs.addTab(self._general_page(), self.tr("General"))
        tabs.addTab(self._address_page(), self.tr("Address and contact"))
        tabs.addTab(self._visits_page(), self.tr("Visits"))
        self.problem = QLabel(wordWrap=True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.limited: list[tuple[QLineEdit | QPlainTextEdit, str]] = [
            (self.name_en, "name_en"),
            (self.name_ko, "name_ko"),
            (self.acronym, "acronym"),
            (self.city, "city"),
            (self.address_en, "address_en"),
            (self.address_ko, "address_ko"),
            (self.contact_name, "contact_name"),
            (self.contact_phone, "contact_phone"),
            (self.contact_email, "contact_email"),
            (self.website, "website"),
            (self.access_notes, "access_notes"),
            (self.dress_code, "dress_code"),
        ]
        self._load(self.original)  # before the limits: a line edit given a longer text keeps it
        for edit, field in self.limited:
            limit_text(edit, field)
            edit.textChanged.connect(self._check)
        self._check()

    @classmethod
    def ask(cls, parent: QWidget | None, site: Site | None = None) -> Site | None:
        dialog = cls(site, parent)
        return dialog.site() if dialog.exec() == QDialog.DialogCode.Accepted else None

    # --- building --------------------------------------------------------------------------------

    def _general_page(self) -> QWidget:
        self.name_en = QLineEdit()
        self.name_ko = QLineEdit()
        self.acronym = QLineEdit()
        self.kind = QComboBox()
        for kind in PlaceKind:
            self.kind.addItem(place_kind_text(kind), kind.value)
        self.city = QLineEdit()
        self.country = QLineEdit(maxLength=2)
        self.country.setToolTip(self.tr("Two-letter country code, KR for Korea"))
        self.capacity = _optional_spin(0, 100_000, self.tr("not known"), self.tr(" people"))
        self.typical_visit = _optional_spin(0, 24 * 60, self.tr("not known"), self.tr(" min"))
        form = QFormLayout()
        form.addRow(self.tr("English name:"), self.name_en)
        form.addRow(self.tr("Korean name:"), self.name_ko)
        form.addRow(self.tr("Acronym:"), self.acronym)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("City:"), self.city)
        form.addRow(self.tr("Country:"), self.country)
        form.addRow(self.tr("Capacity:"), self.capacity)
        form.addRow(self.tr("Typical visit:"), self.typical_visit)
        return _page(form)

    def _address_page(self) -> QWidget:
        self.address_en = QPlainTextEdit(tabChangesFocus=True)
        self.address_ko = QPlainTextEdit(tabChangesFocus=True)
        korean = QFont(self.address_ko.font())
        korean.setPointSizeF(korean.pointSizeF() * 1.2)
        self.address_ko.setFont(korean)
        for edit in (self.address_en, self.address_ko):
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
        self.contact_name = QLineEdit()
        self.contact_phone = QLineEdit()
        self.contact_email = QLineEdit()
        self.website = QLineEdit()
        self.latitude = _coordinate_edit(-90, 90)
        self.longitude = _coordinate_edit(-180, 180)
        form = QFormLayout()
        form.addRow(self.tr("Address in English:"), self.address_en)
        form.addRow(self.tr("Address in Korean:"), self.address_ko)
        form.addRow(self.tr("Contact person:"), self.contact_name)
        form.addRow(self.tr("Phone:"), self.contact_phone)
        form.addRow(self.tr("Email:"), self.contact_email)
        form.addRow(self.tr("Website:"), self.website)
        form.addRow(self.tr("Latitude:"), self.latitude)
        form.addRow(self.tr("Longitude:"), self.longitude)
        return _page(form)

    def _visits_page(self) -> QWidget:
        self.hours_box = QVBoxLayout()
        add_hours = QPushButton(self.tr("Add Opening Hours"))
        add_hours.clicked.connect(lambda: self.add_hours(OpeningHours((0, 1, 2, 3, 4), time(9), time(18))))
        hours = QVBoxLayout()
        hours.addLayout(self.hours_box)
        hours.addWidget(add_hours, 0, Qt.AlignmentFlag.AlignLeft)
        self.visitor_list = QCheckBox(self.tr("Security: a list of visitors must be sent ahead"))
        self.visitor_days = _optional_spin(-1, 90, self.tr("not known"), self.tr(" days ahead"))
        self.visitor_list.toggled.connect(self.visitor_days.setEnabled)
        self.access_notes = QPlainTextEdit(tabChangesFocus=True)
        form = QFormLayout()
        form.addRow(self.tr("Opening hours:"), hours)
        form.addRow("", self.visitor_list)
        form.addRow(self.tr("Visitor list:"), self.visitor_days)
        form.addRow(self.tr("Access notes:"), self.access_notes)
        self.dress_code = QLineEdit(placeholderText=self.tr("Printed on the day's agenda, e.g. business attire"))
        form.addRow(self.tr("Dress code:"), self.dress_code)
        return _page(form)

    def add_hours(self, hours: OpeningHours) -> HoursRow:
        row = HoursRow(hours)
        row.remove_button.clicked.connect(lambda: self._remove_hours(row))
        row.opens.timeChanged.connect(self._check)
        row.closes.timeChanged.connect(self._check)
        self.hours_rows.append(row)
        self.hours_box.addWidget(row)
        self._check()
        return row

    def _remove_hours(self, row: HoursRow) -> None:
        self.hours_rows.remove(row)
        row.deleteLater()
        self._check()

    # --- values ----------------------------------------------------------------------------------

    def _load(self, site: Site) -> None:
        self.name_en.setText(site.name_en)
        self.name_ko.setText(site.name_ko)
        self.acronym.setText(site.acronym)
        self.kind.setCurrentIndex(max(0, self.kind.findData(str(site.kind))))
        self.city.setText(site.city)
        self.country.setText(site.country)
        self.capacity.setValue(site.capacity or 0)
        self.typical_visit.setValue(site.typical_visit_minutes or 0)
        self.address_en.setPlainText(site.address_en)
        self.address_ko.setPlainText(site.address_ko)
        self.contact_name.setText(site.contact_name)
        self.contact_phone.setText(site.contact_phone)
        self.contact_email.setText(site.contact_email)
        self.website.setText(site.website)
        self.latitude.setText(_coordinate_text(site.latitude))
        self.longitude.setText(_coordinate_text(site.longitude))
        for hours in site.opening_hours:
            self.add_hours(hours)
        self.visitor_list.setChecked(site.visitor_list_required)
        self.visitor_days.setEnabled(site.visitor_list_required)
        days = site.visitor_list_days_before
        self.visitor_days.setValue(-1 if days is None else days)
        self.access_notes.setPlainText(site.access_notes)
        self.dress_code.setText(site.dress_code)

    def site(self) -> Site:
        """The site as the fields say now, with the original's uid."""
        days = self.visitor_days.value()
        return dataclasses.replace(
            self.original,
            name_en=self.name_en.text().strip(),
            name_ko=self.name_ko.text().strip(),
            acronym=self.acronym.text().strip(),
            kind=PlaceKind(self.kind.currentData()),
            city=self.city.text().strip(),
            country=self.country.text().strip().upper(),
            capacity=self.capacity.value() or None,
            typical_visit_minutes=self.typical_visit.value() or None,
            address_en=self.address_en.toPlainText().strip(),
            address_ko=self.address_ko.toPlainText().strip(),
            contact_name=self.contact_name.text().strip(),
            contact_phone=self.contact_phone.text().strip(),
            contact_email=self.contact_email.text().strip(),
            website=self.website.text().strip(),
            latitude=_coordinate(self.latitude.text()),
            longitude=_coordinate(self.longitude.text()),
            opening_hours=[hours for hours in (row.hours() for row in self.hours_rows) if hours.weekdays],
            visitor_list_required=self.visitor_list.isChecked(),
            visitor_list_days_before=days if self.visitor_list.isChecked() and days >= 0 else None,
            access_notes=self.access_notes.toPlainText().strip(),
            dress_code=self.dress_code.text().strip(),
        )

    def problem_text(self) -> str:
        """Why the site cannot be saved as it is, or ""."""
        if not self.name_en.text().strip():
            return self.tr("A site needs an English name.")
        for row in self.hours_rows:
            if row.closes.time() <= row.opens.time():
                return self.tr("Opening hours must close after they open.")
        return length_problem(edit for edit, _field in self.limited)

    def _check(self) -> None:
        problem = self.problem_text()
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        if not self.problem_text():
            super().accept()


def _page(form: QFormLayout) -> QWidget:
    page = QWidget()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    page.setLayout(form)
    return page


def _optional_spin(minimum: int, maximum: int, unknown: str, suffix: str) -> QSpinBox:
    """A spin box whose lowest value reads `unknown` (and means None)."""
    spin = QSpinBox(minimum=minimum, maximum=maximum, suffix=suffix)
    spin.setSpecialValueText(unknown)
    return spin


def _coordinate_edit(lowest: float, highest: float) -> QLineEdit:
    edit = QLineEdit()
    validator = QDoubleValidator(lowest, highest, 6, edit)
    validator.setLocale(QLocale.c())
    validator.setNotation(QDoubleValidator.Notation.StandardNotation)
    edit.setValidator(validator)
    edit.setPlaceholderText("—")
    return edit


def _coordinate(text: str) -> float | None:
    try:
        return float(text) if text.strip() else None
    except ValueError:
        return None


def _coordinate_text(value: float | None) -> str:
    return "" if value is None else f"{value:.6f}".rstrip("0").rstrip(".")
