"""The Overview tab: the mission's Project Notification fields, and a button to edit them.

It reads the mission again after any change to the mission itself or to its people (counted
under Participants); see `views/tab.py`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import Role
from ...domain.mission import Mission, Revision
from ...domain.record import MissionRecord
from ...services import Topic
from ..formatting import country_name, format_date, format_date_range, modality_text
from .tab import Tab

if TYPE_CHECKING:
    from ...services import Workspace

# The fields of the two forms side by side under the title, then those of the full-width form.
PROJECT_FIELDS = ("code", "ref_no", "date_of_issue", "closing_date")
PLACE_FIELDS = ("dates", "timezone", "host", "venue", "modality")
PEOPLE_FIELDS = ("organizations", "countries", "quotas", "people", "qualifications")
TEXT_FIELDS = ("objectives", "background")
FIELDS = PROJECT_FIELDS + PLACE_FIELDS + PEOPLE_FIELDS + TEXT_FIELDS

_READING_WIDTH_EM = 80  # long paragraphs wrap at about this many characters


class OverviewTab(Tab, QScrollArea):
    """The Project Notification of one mission, laid out for reading; `fields` holds its values."""

    sig_edit_requested = Signal()  # the Edit Notification button
    sig_practical_requested = Signal()  # the Practical Notes button
    topics = frozenset({Topic.MISSIONS, Topic.PEOPLE})
    _prefilled: MissionRecord | None = None  # see `prefill`

    def __init__(self, workspace: Workspace | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace  # None: shown only through `show_record`
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.heading = _value_label()
        heading_font = QFont(self.heading.font())
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.35)
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.archived = _muted(QLabel(self.tr("Archived")))
        self.edit_button = QPushButton(self.tr("Edit Notification…"))
        self.edit_button.clicked.connect(self.sig_edit_requested)
        self.practical_button = QPushButton(self.tr("Practical Notes…"))
        self.practical_button.setToolTip(self.tr("Dress code, money, Wi-Fi and more, for every delegate's pack"))
        self.practical_button.clicked.connect(self.sig_practical_requested)
        self.record: MissionRecord | None = None
        self.fields: dict[str, QLabel] = {name: _value_label() for name in FIELDS}
        for name in ("code", "ref_no"):  # identifiers: never broken at their hyphens
            self.fields[name].setWordWrap(False)
        self.revisions = _revisions_table()
        self.no_revisions = _muted(QLabel(self.tr("None: this is the notification as first issued.")))
        self.setWidget(self._build_page())

    def _build_page(self) -> QWidget:
        captions = self._captions()
        top = QGridLayout()
        top.setHorizontalSpacing(32)
        project = _form(PROJECT_FIELDS, captions, self.fields)
        people = _form(PEOPLE_FIELDS, captions, self.fields)
        top.addLayout(project, 0, 0)
        top.addLayout(_form(PLACE_FIELDS, captions, self.fields), 0, 1)
        top.setColumnStretch(0, 3)
        top.setColumnStretch(1, 2)
        # The value columns of the left form and of the participants' form line up.
        caption_width = max(self.fontMetrics().horizontalAdvance(captions[n]) for n in PROJECT_FIELDS + PEOPLE_FIELDS)
        for form in (project, people):
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                label = item.widget() if item is not None else None
                if label is not None:  # every row of these forms has its caption
                    label.setMinimumWidth(caption_width)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 16)
        layout.setSpacing(6)
        heading_row = QHBoxLayout()
        heading_row.addWidget(self.heading, 1)
        heading_row.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        heading_row.addWidget(self.practical_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(heading_row)
        layout.addWidget(self.archived)
        layout.addLayout(top)
        layout.addWidget(_section(self.tr("Participants")))
        layout.addLayout(people)
        for name in TEXT_FIELDS:
            layout.addWidget(_section(captions[name]))
            layout.addWidget(self.fields[name])
        layout.addWidget(_section(self.tr("Revisions")))
        layout.addWidget(self.revisions)
        layout.addWidget(self.no_revisions)
        layout.addStretch(1)
        page.setMaximumWidth(page.fontMetrics().averageCharWidth() * _READING_WIDTH_EM * 3 // 2)
        return page

    def _captions(self) -> dict[str, str]:
        return {
            "code": self.tr("Code"),
            "ref_no": self.tr("Reference"),
            "date_of_issue": self.tr("Issued on"),
            "closing_date": self.tr("Nominations close"),
            "dates": self.tr("Dates"),
            "timezone": self.tr("Time zone"),
            "host": self.tr("Host country"),
            "venue": self.tr("Venue"),
            "modality": self.tr("Modality"),
            "organizations": self.tr("Implementing organizations"),
            "countries": self.tr("Participating countries"),
            "quotas": self.tr("Quotas"),
            "people": self.tr("People"),
            "qualifications": self.tr("Qualifications"),
            "objectives": self.tr("Objectives"),
            "background": self.tr("Background"),
        }

    def prefill(self, record: MissionRecord) -> None:
        """A record read a moment ago (the start's thread reads the first mission): the next read
        of that mission shows it instead of reading it again on the GUI thread."""
        self._prefilled = record

    def refresh(self) -> None:
        if self.code is not None and self.workspace is not None:
            prefilled, self._prefilled = self._prefilled, None
            if prefilled is not None and prefilled.mission.code == self.code:
                self.show_record(prefilled)
                return
            self.show_record(self.workspace.missions.load_record(self.code))

    def clear(self) -> None:
        self.record = None

    def show_record(self, record: MissionRecord) -> None:
        self.record = record
        mission = record.mission
        self.heading.setText(mission.title)
        self.archived.setVisible(mission.archived)
        for name, text in self._values(record).items():
            self.fields[name].setText(text)
        self._show_revisions(mission.revisions)

    def _values(self, record: MissionRecord) -> dict[str, str]:
        mission = record.mission
        none = "—"
        return {
            "code": mission.code,
            "ref_no": mission.ref_no or none,
            "date_of_issue": format_date(mission.date_of_issue) if mission.date_of_issue else none,
            "closing_date": (format_date(mission.nomination_closing_date) if mission.nomination_closing_date else none),
            "dates": format_date_range(mission.start_date, mission.end_date),
            "timezone": mission.timezone,
            "host": country_name(mission.host_country),
            "venue": mission.venue_city or (self.tr("Online") if mission.modality == "digital" else none),
            "modality": modality_text(mission.modality),
            "organizations": "\n".join(mission.implementing_organizations) or none,
            "countries": self._countries_text(mission),
            "quotas": self._quotas_text(mission),
            "people": self._people_text(record),
            "qualifications": mission.qualifications or none,
            "objectives": "\n".join(f"•  {line}" for line in mission.objectives) or none,
            "background": mission.background or none,
        }

    def _countries_text(self, mission: Mission) -> str:
        if mission.all_member_countries:
            return self.tr("All APO member economies")
        return ", ".join(country_name(code) for code in mission.participating_countries) or "—"

    def _quotas_text(self, mission: Mission) -> str:
        overseas, local = mission.overseas_quota, mission.local_quota
        if overseas is not None and local is not None:
            return self.tr("{overseas} overseas and {local} local participants").format(overseas=overseas, local=local)
        if overseas is not None:
            return self.tr("{overseas} overseas participants").format(overseas=overseas)
        if local is not None:
            return self.tr("{local} local participants").format(local=local)
        return "—"

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

    def _show_revisions(self, revisions: list[Revision]) -> None:
        table = self.revisions
        table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Issued on"), self.tr("Clause"), self.tr("What changed")]
        )
        table.setRowCount(len(revisions))
        for row, revision in enumerate(sorted(revisions, key=lambda r: r.number)):
            values = (str(revision.number), format_date(revision.date_of_issue), revision.clause, revision.modification)
            for column, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                table.setItem(row, column, cell)
        table.setVisible(bool(revisions))
        self.no_revisions.setVisible(not revisions)


def _form(names: tuple[str, ...], captions: dict[str, str], fields: dict[str, QLabel]) -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setFormAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setHorizontalSpacing(16)
    form.setVerticalSpacing(6)
    for name in names:
        form.addRow(_muted(QLabel(captions[name])), fields[name])
    return form


def _section(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 12, 0, 0)
    return label


def _revisions_table() -> QTableWidget:
    table = QTableWidget(0, 4)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.setWordWrap(True)
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
    table.verticalHeader().hide()
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
    return table


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
