"""The dialog that edits a mission's practical notes for delegates (dress code, what to bring,
money and per diem, emergency numbers, Wi-Fi, insurance), the departure transfer rule and the
host organization's office. `PracticalNotesDialog.ask` returns the new notes, or None when
cancelled; it saves nothing."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import PlaceKind
from ...domain.places import Site
from ...domain.practical import PracticalNotes
from .fields import length_problem, limit_text, ok_cancel, problem_label, show_problem

NOTE_FIELDS = ("dress_code", "what_to_bring", "money", "emergency_numbers", "wifi", "insurance")


class PracticalNotesDialog(QDialog):
    def __init__(self, code: str, notes: PracticalNotes, sites: list[Site], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Practical Notes of {code}").format(code=code))
        self.original = notes
        captions = {
            "dress_code": self.tr("Dress code"),
            "what_to_bring": self.tr("What to bring"),
            "money": self.tr("Money and per diem"),
            "emergency_numbers": self.tr("Emergency numbers"),
            "wifi": self.tr("Wi-Fi"),
            "insurance": self.tr("Insurance"),
        }
        placeholders = {
            "dress_code": self.tr("Business attire; comfortable shoes for the site visits"),
            "what_to_bring": self.tr("Passport, business cards, a plug adapter"),
            "money": self.tr("Korean won (KRW); per diem paid in cash at registration"),
            "emergency_numbers": self.tr("Police 112 · Fire and ambulance 119"),
            "wifi": self.tr("Network and password at the venue and the hotel"),
            "insurance": self.tr("Who covers the delegates, and whom to call first"),
        }
        self.edits: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        intro = QLabel(self.tr("Every delegate's pack prints these notes. Leave a field empty to leave it out."))
        intro.setWordWrap(True)
        form.addRow(intro)
        for name in NOTE_FIELDS:
            edit = QPlainTextEdit(getattr(notes, name))
            edit.setPlaceholderText(placeholders[name])
            edit.setTabChangesFocus(True)
            edit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
            limit_text(edit, name)
            edit.textChanged.connect(self._check)
            form.addRow(captions[name], edit)
            self.edits[name] = edit
        self.transfer = QCheckBox(self.tr("The car leaves the hotel"))
        self.transfer.setChecked(notes.departure_transfer_minutes is not None)
        self.lead = QSpinBox(minimum=0, maximum=24 * 60, singleStep=15)
        self.lead.setValue(notes.departure_transfer_minutes if notes.departure_transfer_minutes is not None else 240)
        self.lead.setSuffix(self.tr(" min before the flight"))
        self.lead.setEnabled(self.transfer.isChecked())
        self.transfer.toggled.connect(self.lead.setEnabled)
        transfer_row = QHBoxLayout()
        transfer_row.addWidget(self.transfer)
        transfer_row.addWidget(self.lead, 1)
        form.addRow(self.tr("Departure transfer"), transfer_row)
        hint = QLabel(self.tr("A departing flight's own pick-up time, set in its traveller's travel, comes first."))
        hint.setWordWrap(True)
        hint.setEnabled(False)
        form.addRow("", hint)
        self.office = QComboBox()
        self.office.addItem(self.tr("(none)"), None)
        offices = sorted(
            (site for site in sites if site.kind in (PlaceKind.VENUE, PlaceKind.INSTITUTION)),
            key=lambda site: site.display_name.casefold(),
        )
        for site in offices:
            self.office.addItem(site.display_name, site.uid)
        if notes.host_office_uid is not None:
            index = self.office.findData(notes.host_office_uid)
            if index < 0:  # a site of another kind: still offered, so saving keeps it
                known = next((site for site in sites if site.uid == notes.host_office_uid), None)
                self.office.addItem(known.display_name if known else notes.host_office_uid, notes.host_office_uid)
                index = self.office.count() - 1
            self.office.setCurrentIndex(index)
        form.addRow(self.tr("Host organization's office (taxi card)"), self.office)
        self.problem = problem_label()
        self.buttons = ok_cancel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(640, self.sizeHint().height())
        self._check()

    def notes(self) -> PracticalNotes:
        texts = {name: edit.toPlainText().strip() for name, edit in self.edits.items()}
        return dataclasses.replace(
            self.original,
            **texts,
            departure_transfer_minutes=self.lead.value() if self.transfer.isChecked() else None,
            host_office_uid=self.office.currentData(),
        )

    def _check(self, *_args: object) -> None:
        show_problem(self.buttons, self.problem, length_problem(self.edits.values()))

    @classmethod
    def ask(
        cls, code: str, notes: PracticalNotes, sites: list[Site], parent: QWidget | None = None
    ) -> PracticalNotes | None:
        dialog = cls(code, notes, sites, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.notes()
