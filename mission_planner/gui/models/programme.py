"""The programme as a table: one row per item, grouped by day, over plain values.

`programme_rows(record)` turns a mission record into `ProgrammeRow`s (uids, dates, times and
words); the model shows them and never holds the record. Edits do not write anything here: the
model hands them to an edit handler (the programme tab), which makes an undo command of them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, QTime
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from ...domain.conflicts import Severity
from ...domain.enums import ItemKind, ItemRoleKind
from ...domain.programme import Item
from ...domain.record import MissionRecord
from ..formatting import format_weekday_date, month_abbreviation, weekday_abbreviation
from ..labels import item_kind_text, item_role_text
from ..widgets.day_timeline import TimelineBlock
from .rows import SORT_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex

# The edit handler: (item uid, column, new value) -> whether the change was made.
EditHandler = Callable[[str, "Column", Any], bool]


class Column(IntEnum):
    DAY = 0
    START = 1
    END = 2
    KIND = 3
    TITLE = 4
    PLACE = 5
    SPEAKERS = 6


EDITABLE = (Column.START, Column.END, Column.TITLE)


@dataclass(frozen=True, slots=True)
class ProgrammeRow:
    uid: str
    day: date
    day_number: int  # 1 for the mission's first day
    first_of_day: bool
    start: time
    end: time
    kind: str
    title: str
    place: str
    place_detail: str  # the whole venue and site, for the tooltip
    speakers: str
    people_detail: str  # every role, one a line, for the tooltip
    online: bool


def programme_rows(record: MissionRecord) -> list[ProgrammeRow]:
    """The items of `record` by day and start time, with the words the table shows."""
    sites = {site.uid: site.display_name for site in record.sites}
    names = {person.uid: person.full_name for person in record.people}
    first_date = record.mission.start_date
    rows = []
    for day in sorted(record.days, key=lambda d: d.date):
        items = sorted(day.items, key=lambda i: (i.start, i.end, i.title, i.uid))
        for position, item in enumerate(items):
            place, place_detail = _place(item, sites)
            speakers, people_detail = _people(item, names)
            rows.append(
                ProgrammeRow(
                    uid=item.uid,
                    day=day.date,
                    day_number=(day.date - first_date).days + 1,
                    first_of_day=position == 0,
                    start=item.start,
                    end=item.end,
                    kind=str(item.kind),
                    title=item.title,
                    place=place,
                    place_detail=place_detail,
                    speakers=speakers,
                    people_detail=people_detail,
                    online=item.is_online,
                )
            )
    return rows


def timeline_blocks(record: MissionRecord, severities: dict[str, Severity]) -> dict[date, list[TimelineBlock]]:
    """The blocks of each day's timeline: a site visit shows its site, other items their venue."""
    sites = {site.uid: site.display_name for site in record.sites}
    names = {person.uid: person.full_name for person in record.people}
    days: dict[date, list[TimelineBlock]] = {}
    for day in sorted(record.days, key=lambda d: d.date):
        blocks = days.setdefault(day.date, [])
        for item in sorted(day.items, key=lambda i: (i.start, i.end, i.title, i.uid)):
            place, place_detail = _place(item, sites)
            site = sites.get(item.site_uid or "")
            if item.kind == ItemKind.SITE_VISIT and site:
                place = site
            speakers = _people(item, names)[1]
            heading = f"{item.start:%H:%M}–{item.end:%H:%M} · {item_kind_text(item.kind)}"
            tooltip = "\n".join(part for part in (heading, item.title, place_detail, speakers) if part)
            blocks.append(
                TimelineBlock(
                    uid=item.uid,
                    start=item.start,
                    end=item.end,
                    kind=str(item.kind),
                    title=item.title,
                    place=place,
                    tooltip=tooltip,
                    severity=severities.get(item.uid),
                )
            )
    return days


def _place(item: Item, sites: dict[str, str]) -> tuple[str, str]:
    site = sites.get(item.site_uid or "", "")
    online = QCoreApplication.translate("Programme", "Online") if item.is_online else ""
    shown = item.venue or site or online
    detail = "\n".join(part for part in (site, item.venue, item.online_url) if part)
    return shown, detail


def _people(item: Item, names: dict[str, str]) -> tuple[str, str]:
    """Speakers first, then the others with their role: `Ana Lee, Ben Kim (moderator)`."""
    ordered = sorted(item.roles, key=lambda r: r.role != ItemRoleKind.SPEAKER)
    parts = []
    for role in ordered:
        name = names.get(role.person_uid, role.person_uid)
        parts.append(name if role.role == ItemRoleKind.SPEAKER else f"{name} ({item_role_text(role.role)})")
    return ", ".join(parts), "\n".join(parts)


class ProgrammeModel(QAbstractTableModel):
    """Rows of `ProgrammeRow`; the start, end and title cells are editable through a handler."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ProgrammeRow] = []
        self._row_of: dict[str, int] = {}
        self._conflicts: dict[str, Severity] = {}
        self.edit_handler: EditHandler | None = None
        self._every_day = False  # every row names its day (sorted or filtered otherwise)

    # our API

    def set_every_day(self, every: bool) -> None:
        if every != self._every_day:
            self._every_day = every
            if self._rows:
                self.dataChanged.emit(self.index(0, Column.DAY), self.index(len(self._rows) - 1, Column.DAY))

    def set_rows(self, rows: Sequence[ProgrammeRow]) -> None:
        """Show `rows`; the same items in the same order only repaint, keeping the view's state."""
        rows = list(rows)
        if [row.uid for row in rows] == [row.uid for row in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(Column) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self._row_of = {row.uid: number for number, row in enumerate(rows)}
        self.endResetModel()

    def set_conflicts(self, severities: dict[str, Severity]) -> None:
        """The worst severity of a conflict per item uid, shown as an icon beside the title."""
        self._conflicts = dict(severities)
        if self._rows:
            self.dataChanged.emit(self.index(0, Column.TITLE), self.index(len(self._rows) - 1, Column.TITLE))

    def row_at(self, number: int) -> ProgrammeRow | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def row_of(self, uid: str) -> int | None:
        return self._row_of.get(uid)

    def rows_of(self, uids: Iterable[str]) -> list[int]:
        return sorted(n for n in (self._row_of.get(uid) for uid in uids) if n is not None)

    # Qt's API

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in EDITABLE and self.edit_handler is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header_text(Column(section))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = Column(index.column())
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return self._display(row, column)
            case Qt.ItemDataRole.EditRole:
                return self._edit_value(row, column)
            case Qt.ItemDataRole.ToolTipRole:
                return self._tooltip(row, column)
            case Qt.ItemDataRole.FontRole if column == Column.DAY:
                font = QFont(QApplication.font())
                font.setBold(True)
                return font
            case Qt.ItemDataRole.BackgroundRole if row.day_number % 2 == 0:
                # Every other day tinted, so the days read as groups.
                return QApplication.palette().brush(QPalette.ColorRole.AlternateBase)
            case Qt.ItemDataRole.DecorationRole if column == Column.TITLE:
                return self._conflict_icon(row.uid)
            case Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            case _ if role == SORT_ROLE:
                return self._sort_key(row, column)
        return None

    def _sort_key(self, row: ProgrammeRow, column: Column) -> int | None:
        """Minutes: the day and start for the day, the time for the start and end."""
        match column:
            case Column.DAY:
                return row.day.toordinal() * 1440 + row.start.hour * 60 + row.start.minute
            case Column.START:
                return row.start.hour * 60 + row.start.minute
            case Column.END:
                return row.end.hour * 60 + row.end.minute
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or role != Qt.ItemDataRole.EditRole or self.edit_handler is None:
            return False
        column = Column(index.column())
        if column not in EDITABLE:
            return False
        if isinstance(value, QTime):
            value = value.toPython()
        if column == Column.TITLE:
            value = str(value).strip()
            if not value or value == row.title:
                return False
        elif not isinstance(value, time) or value == (row.start if column == Column.START else row.end):
            return False
        return self.edit_handler(row.uid, column, value)

    # helpers

    def _display(self, row: ProgrammeRow, column: Column) -> str:
        match column:
            case Column.DAY:
                if not (row.first_of_day or self._every_day):
                    return ""
                return self.tr("{weekday} {day} {month}").format(
                    weekday=weekday_abbreviation(row.day), day=row.day.day, month=month_abbreviation(row.day.month)
                )
            case Column.START:
                return f"{row.start:%H:%M}"
            case Column.END:
                return f"{row.end:%H:%M}"
            case Column.KIND:
                return item_kind_text(row.kind)
            case Column.TITLE:
                return row.title
            case Column.PLACE:
                return row.place
            case Column.SPEAKERS:
                return row.speakers

    def _edit_value(self, row: ProgrammeRow, column: Column) -> Any:
        match column:
            case Column.START:
                return QTime(row.start.hour, row.start.minute)
            case Column.END:
                return QTime(row.end.hour, row.end.minute)
            case Column.TITLE:
                return row.title
        return self._display(row, column)

    def _tooltip(self, row: ProgrammeRow, column: Column) -> str | None:
        match column:
            case Column.DAY:
                return self.tr("Day {number} · {date}").format(number=row.day_number, date=format_weekday_date(row.day))
            case Column.TITLE:
                return row.title
            case Column.PLACE:
                return row.place_detail or None
            case Column.SPEAKERS:
                return row.people_detail or None
        return None

    def _conflict_icon(self, uid: str) -> Any:
        severity = self._conflicts.get(uid)
        if severity is None:
            return None
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxCritical
            if severity == Severity.ERROR
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        return QApplication.style().standardIcon(icon)

    def _header_text(self, column: Column) -> str:
        match column:
            case Column.DAY:
                return self.tr("Day")
            case Column.START:
                return self.tr("Start")
            case Column.END:
                return self.tr("End")
            case Column.KIND:
                return self.tr("Kind")
            case Column.TITLE:
                return self.tr("Title")
            case Column.PLACE:
                return self.tr("Venue or site")
            case Column.SPEAKERS:
                return self.tr("Speakers")
