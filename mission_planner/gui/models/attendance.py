"""The attendance register as a grid over plain values: people by counted items, and each
participant's certificate (eligible or not, with the reasons).

`attendance_grid(record, results)` turns a mission record and its eligibility into an
`AttendanceGrid` of uids, times, marks and sentences; the model never holds the record.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ...domain.attendees import INACTIVE, AttendancePlan
from ...domain.certificates import Eligibility, Reason, Shortfall, counted_items
from ...domain.enums import AttendanceStatus, Role
from ...domain.people import Attendance
from ...domain.record import MissionRecord
from ..formatting import month_abbreviation, weekday_abbreviation
from ..labels import mission_role_word

AnyIndex = QModelIndex | QPersistentModelIndex
MARK_ROLE = Qt.ItemDataRole.UserRole  # the cell's `Attendance`, or None when not recorded
PERSON_UID_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's person uid, read through any proxy model
ITEM_UID_ROLE = Qt.ItemDataRole.UserRole + 3  # the column's item uid (None: name, certificate)
NAME, CERTIFICATE = 0, 1  # the item columns follow
FIRST_ITEM = 2
PRESENT_COLOR, ABSENT_COLOR, SHORT_COLOR = QColor("#1e7b34"), QColor("#b3261e"), QColor("#a15c00")


@dataclass(frozen=True, slots=True)
class GridItem:
    uid: str
    day: date
    start: time
    title: str
    online: bool


@dataclass(frozen=True, slots=True)
class GridPerson:
    uid: str
    name: str
    role: str
    eligible: bool | None  # None: not a candidate for a certificate
    reasons: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AttendanceGrid:
    people: list[GridPerson] = field(default_factory=list)
    items: list[GridItem] = field(default_factory=list)
    marks: dict[tuple[str, str], Attendance] = field(default_factory=dict)  # (person, item)
    expected: frozenset[tuple[str, str]] = frozenset()  # (person, item) the person should attend
    short: frozenset[tuple[str, str]] = frozenset()  # present, but for too few minutes


def shortfall_text(shortfall: Shortfall, titles: dict[str, str]) -> str:
    title = titles.get(shortfall.item_uid, shortfall.item_uid)
    match shortfall.reason:
        case Reason.NOT_RECORDED:
            return QCoreApplication.translate("Attendance", "{item}: not recorded").format(item=title)
        case Reason.ABSENT:
            return QCoreApplication.translate("Attendance", "{item}: absent").format(item=title)
        case Reason.EXCUSE_REFUSED:
            return QCoreApplication.translate("Attendance", "{item}: excuse not accepted").format(item=title)
        case Reason.EXCUSE_UNDECIDED:
            return QCoreApplication.translate("Attendance", "{item}: excuse not decided yet").format(item=title)
        case Reason.TOO_FEW_MINUTES:
            return QCoreApplication.translate("Attendance", "{item}: {minutes} of the {needed} minutes needed").format(
                item=title, minutes=shortfall.minutes, needed=shortfall.needed_minutes
            )
    return f"{title}: {shortfall.reason}"


def attendance_grid(record: MissionRecord, results: Sequence[Eligibility]) -> AttendanceGrid:
    """Everyone taking part who attends a counted item (participants first) by those items."""
    days = {item.uid: day.date for day in record.days for item in day.items}
    items = sorted(counted_items(record), key=lambda i: (days[i.uid], i.start, i.end, i.title))
    titles = {item.uid: item.title for item in items}
    plan = AttendancePlan(record)
    names = {person.uid: person.full_name for person in record.people}
    by_person = {result.person_uid: result for result in results}
    expected = {(p.person_uid, i.uid) for p in record.participations for i in items if plan.attends(p.person_uid, i)}
    parts = [p for p in record.participations if p.status not in INACTIVE]
    parts.sort(key=lambda p: p.role != Role.PARTICIPANT)  # stable: the record's order within
    people = []
    for part in parts:
        if not any((part.person_uid, item.uid) in expected for item in items):
            continue
        result = by_person.get(part.person_uid)
        people.append(
            GridPerson(
                uid=part.person_uid,
                name=names.get(part.person_uid, part.person_uid),
                role=str(part.role),
                eligible=None if result is None else result.eligible,
                reasons=() if result is None else tuple(shortfall_text(s, titles) for s in result.shortfalls),
            )
        )
    short = {
        (result.person_uid, s.item_uid)
        for result in results
        for s in result.shortfalls
        if s.reason == Reason.TOO_FEW_MINUTES
    }
    return AttendanceGrid(
        people=people,
        items=[GridItem(i.uid, days[i.uid], i.start, i.title, i.is_online) for i in items],
        marks={(a.person_uid, a.item_uid): a for a in record.attendance if a.item_uid in titles},
        expected=frozenset(expected),
        short=frozenset(short),
    )


def mark_text(mark: Attendance | None) -> str:
    """✓ present (or its minutes online), ✗ absent, E excused, blank when not recorded."""
    if mark is None:
        return ""
    if mark.status == AttendanceStatus.PRESENT:
        return (
            QCoreApplication.translate("Attendance", "{minutes} min").format(minutes=mark.minutes)
            if mark.minutes is not None
            else "✓"
        )
    if mark.status == AttendanceStatus.ABSENT:
        return "✗"
    return "E"


def mark_detail(mark: Attendance | None) -> str:
    if mark is None:
        return QCoreApplication.translate("Attendance", "Not recorded")
    if mark.status == AttendanceStatus.PRESENT:
        if mark.minutes is not None:
            return QCoreApplication.translate("Attendance", "Present for {minutes} minutes").format(
                minutes=mark.minutes
            )
        return QCoreApplication.translate("Attendance", "Present")
    if mark.status == AttendanceStatus.ABSENT:
        return QCoreApplication.translate("Attendance", "Absent")
    decided = {
        True: QCoreApplication.translate("Attendance", "accepted"),
        False: QCoreApplication.translate("Attendance", "not accepted"),
        None: QCoreApplication.translate("Attendance", "not decided"),
    }[mark.excuse_accepted]
    if mark.reason:
        return QCoreApplication.translate("Attendance", "Excused ({decided}): {reason}").format(
            decided=decided, reason=mark.reason
        )
    return QCoreApplication.translate("Attendance", "Excused ({decided})").format(decided=decided)


class AttendanceModel(QAbstractTableModel):
    """A row per person: name, certificate, then a mark per counted item."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.grid = AttendanceGrid()

    # our API

    def set_grid(self, grid: AttendanceGrid) -> None:
        same_shape = [p.uid for p in grid.people] == [p.uid for p in self.grid.people] and [
            i.uid for i in grid.items
        ] == [i.uid for i in self.grid.items]
        if same_shape:
            self.grid = grid
            if grid.people:
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self.grid = grid
        self.endResetModel()

    def person_at(self, row: int) -> GridPerson | None:
        return self.grid.people[row] if 0 <= row < len(self.grid.people) else None

    def item_at(self, column: int) -> GridItem | None:
        number = column - FIRST_ITEM
        return self.grid.items[number] if 0 <= number < len(self.grid.items) else None

    def row_of(self, person_uid: str) -> int | None:
        return next((n for n, p in enumerate(self.grid.people) if p.uid == person_uid), None)

    def column_of(self, item_uid: str) -> int | None:
        return next((FIRST_ITEM + n for n, i in enumerate(self.grid.items) if i.uid == item_uid), None)

    def mark_at(self, row: int, column: int) -> Attendance | None:
        person, item = self.person_at(row), self.item_at(column)
        if person is None or item is None:
            return None
        return self.grid.marks.get((person.uid, item.uid))

    # Qt's API

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.grid.people)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIRST_ITEM + len(self.grid.items)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        item = self.item_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == NAME:
                return self.tr("Name")
            if section == CERTIFICATE:
                return self.tr("Certificate")
            assert item is not None
            title = item.title if len(item.title) <= 12 else item.title[:11].rstrip() + "…"
            return self.tr("{weekday} {day} {month}\n{start}\n{title}").format(
                weekday=weekday_abbreviation(item.day),
                day=item.day.day,
                month=month_abbreviation(item.day.month),
                start=f"{item.start:%H:%M}",
                title=title,
            )
        if role == Qt.ItemDataRole.ToolTipRole and item is not None:
            return item.title + (self.tr(" (online)") if item.online else "")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        person = self.person_at(index.row()) if index.isValid() else None
        if person is None or not 0 <= index.column() < self.columnCount():
            return None
        if role in (PERSON_UID_ROLE, ITEM_UID_ROLE):
            item = self.item_at(index.column())
            return person.uid if role == PERSON_UID_ROLE else item.uid if item is not None else None
        if index.column() == NAME:
            return self._name_data(person, role)
        if index.column() == CERTIFICATE:
            return self._certificate_data(person, role)
        item = self.item_at(index.column())
        assert item is not None
        return self._mark_data(person, item, role)

    # helpers

    def _name_data(self, person: GridPerson, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return person.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{person.name} ({mission_role_word(person.role)})"
        if role == Qt.ItemDataRole.FontRole and person.role != Role.PARTICIPANT:
            font = QFont(QApplication.font())
            font.setItalic(True)
            return font
        return None

    def _certificate_data(self, person: GridPerson, role: int) -> Any:
        if person.eligible is None:
            return self.tr("Not a candidate for a certificate") if role == Qt.ItemDataRole.ToolTipRole else None
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return self.tr("✓ Yes") if person.eligible else self.tr("✗ No")
            case Qt.ItemDataRole.ToolTipRole:
                return self.tr("Eligible") if person.eligible else "\n".join(person.reasons)
            case Qt.ItemDataRole.ForegroundRole:
                return QBrush(PRESENT_COLOR if person.eligible else ABSENT_COLOR)
            case _ if role == MARK_ROLE:
                return person.eligible
        return None

    def _mark_data(self, person: GridPerson, item: GridItem, role: int) -> Any:
        key = (person.uid, item.uid)
        mark = self.grid.marks.get(key)
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return mark_text(mark)
            case Qt.ItemDataRole.ToolTipRole:
                return f"{person.name} · {item.title}\n{mark_detail(mark)}"
            case Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
            case Qt.ItemDataRole.ForegroundRole if mark is not None:
                if key in self.grid.short or mark.status == AttendanceStatus.EXCUSED:
                    return QBrush(SHORT_COLOR)
                return QBrush(PRESENT_COLOR if mark.status == AttendanceStatus.PRESENT else ABSENT_COLOR)
            case Qt.ItemDataRole.BackgroundRole if key not in self.grid.expected:
                return QApplication.palette().brush(QPalette.ColorRole.AlternateBase)
            case _ if role == MARK_ROLE:
                return mark
        return None
