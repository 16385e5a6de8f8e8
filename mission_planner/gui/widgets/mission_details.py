"""The detail pane: the selected mission's key fields, read-only for now."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QFormLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ...domain.enums import Role
from ...domain.record import MissionRecord
from ..formatting import country_name, format_date_range, modality_text

FIELDS = ("code", "dates", "timezone", "host", "venue", "modality", "organizations", "people")


class MissionDetails(QStackedWidget):
    """Shows one mission (`show_record`) or a sentence in its place (`show_message`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = _muted(QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True))
        self.message.setMargin(24)
        self.heading = _value_label()
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.35)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.archived = _muted(QLabel(self.tr("Archived")))
        self.fields: dict[str, QLabel] = {name: _value_label() for name in FIELDS}
        self.addWidget(self.message)
        self.addWidget(self._build_record_page())
        self.show_message(self.tr("No mission selected."))

    def _build_record_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        # Captions above their values: long values (organizations, people) get the full width.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(0)
        form.setVerticalSpacing(2)
        captions = {
            "code": self.tr("Code"),
            "dates": self.tr("Dates"),
            "timezone": self.tr("Time zone"),
            "host": self.tr("Host country"),
            "venue": self.tr("Venue"),
            "modality": self.tr("Modality"),
            "organizations": self.tr("Implementing organizations"),
            "people": self.tr("People"),
        }
        for name in FIELDS:
            caption = _muted(QLabel(captions[name]))
            caption.setContentsMargins(0, 10, 0, 0)
            form.addRow(caption, self.fields[name])
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        layout.addWidget(self.heading)
        layout.addWidget(self.archived)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.setCurrentIndex(0)

    def show_record(self, record: MissionRecord) -> None:
        mission = record.mission
        self.heading.setText(mission.title)
        self.archived.setVisible(mission.archived)
        values = {
            "code": mission.code,
            "dates": format_date_range(mission.start_date, mission.end_date),
            "timezone": mission.timezone,
            "host": country_name(mission.host_country),
            "venue": mission.venue_city or (self.tr("Online") if mission.modality == "digital" else "—"),
            "modality": modality_text(mission.modality),
            "organizations": "\n".join(mission.implementing_organizations) or "—",
            "people": self._people_text(record),
        }
        for name, text in values.items():
            self.fields[name].setText(text)
        self.setCurrentIndex(1)

    def _people_text(self, record: MissionRecord) -> str:
        """One line per role present, and the total when there is more than one."""
        groups = (
            (self.tr("Participants: {count}"), (Role.PARTICIPANT,)),
            (self.tr("Resource persons: {count}"), (Role.RESOURCE_PERSON_OVERSEAS, Role.RESOURCE_PERSON_LOCAL)),
            (self.tr("Observers: {count}"), (Role.OBSERVER,)),
            (self.tr("Secretariat: {count}"), (Role.SECRETARIAT,)),
        )
        counted = [(line, record.count_people(*roles)) for line, roles in groups]
        lines = [line.format(count=count) for line, count in counted if count]
        if not lines:
            return self.tr("None yet")
        if len(lines) > 1:
            lines.append(self.tr("Total: {count}").format(count=record.count_people()))
        return "\n".join(lines)


def _muted(label: QLabel) -> QLabel:
    """A label drawn in the palette's quieter text colour: captions and placeholders."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def _value_label() -> QLabel:
    label = QLabel(wordWrap=True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label
