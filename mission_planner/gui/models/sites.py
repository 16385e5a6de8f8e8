"""The site catalogue as tables: the sites, and the travel minutes from one site to the others.

Both models show plain values (`Site` dataclasses and `TravelRow`s) and never write anything:
an edited travel time goes to an edit handler (the Sites tab), which makes an undo command of it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from ...domain.places import OpeningHours, Site, TravelTime
from ..labels import place_kind_text
from .rows import SORT_ROLE, AnyIndex, RowsModel

# The travel edit handler: (the other site's uid, new minutes or None) -> whether it was made.
TravelEditHandler = Callable[[str, int | None], bool]

MAX_MINUTES = 24 * 60


def weekday_name(weekday: int) -> str:
    """Monday is 0."""
    names = (
        QCoreApplication.translate("Weekday", "Monday"),
        QCoreApplication.translate("Weekday", "Tuesday"),
        QCoreApplication.translate("Weekday", "Wednesday"),
        QCoreApplication.translate("Weekday", "Thursday"),
        QCoreApplication.translate("Weekday", "Friday"),
        QCoreApplication.translate("Weekday", "Saturday"),
        QCoreApplication.translate("Weekday", "Sunday"),
    )
    return names[weekday]


def hours_by_weekday(hours: Iterable[OpeningHours]) -> list[tuple[int, str]]:
    """Each weekday (Monday first) with its opening times, `09:00–18:00`, or "closed"."""
    times: dict[int, list[str]] = {day: [] for day in range(7)}
    for entry in sorted(hours, key=lambda h: h.opens):
        for day in entry.weekdays:
            if 0 <= day < 7:
                times[day].append(f"{entry.opens:%H:%M}–{entry.closes:%H:%M}")
    closed = QCoreApplication.translate("Sites", "closed")
    return [(day, ", ".join(times[day]) or closed) for day in range(7)]


def visitor_list_text(site: Site) -> str:
    if not site.visitor_list_required:
        return ""
    if site.visitor_list_days_before is None:
        return QCoreApplication.translate("Sites", "visitor list required")
    days = site.visitor_list_days_before
    if days == 1:
        return QCoreApplication.translate("Sites", "visitor list 1 day ahead")
    return QCoreApplication.translate("Sites", "visitor list {days} days ahead").format(days=days)


class SiteColumn(IntEnum):
    NAME = 0
    NAME_KO = 1
    KIND = 2
    CITY = 3
    CAPACITY = 4
    VISITOR_LIST = 5


class SitesModel(RowsModel):
    """All sites of the catalogue, in the order given (by English name)."""

    columns = SiteColumn

    def set_sites(self, sites: Iterable[Site]) -> None:
        self._replace_rows(sites)

    def site_at(self, number: int) -> Site | None:
        return self.row_at(number)

    def sites(self) -> list[Site]:
        return list(self._rows)

    # Qt's API

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        site = self.site_at(index.row()) if index.isValid() else None
        if site is None:
            return None
        column = SiteColumn(index.column())
        match role:
            case Qt.ItemDataRole.DisplayRole:
                return self._display(site, column)
            case Qt.ItemDataRole.ToolTipRole if column in (SiteColumn.NAME, SiteColumn.NAME_KO):
                return "\n".join(filter(None, (site.display_name, site.name_ko)))
            case Qt.ItemDataRole.TextAlignmentRole if column == SiteColumn.CAPACITY:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            case Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            case _ if role == SORT_ROLE and column == SiteColumn.CAPACITY:
                return site.capacity
        return None

    def _display(self, site: Site, column: SiteColumn) -> str:
        match column:
            case SiteColumn.NAME:
                return site.display_name
            case SiteColumn.NAME_KO:
                return site.name_ko
            case SiteColumn.KIND:
                return place_kind_text(site.kind)
            case SiteColumn.CITY:
                return site.city
            case SiteColumn.CAPACITY:
                return "" if site.capacity is None else str(site.capacity)
            case SiteColumn.VISITOR_LIST:
                return visitor_list_text(site)

    def _header_text(self, column: SiteColumn) -> str:
        match column:
            case SiteColumn.NAME:
                return self.tr("Name")
            case SiteColumn.NAME_KO:
                return self.tr("Korean name")
            case SiteColumn.KIND:
                return self.tr("Kind")
            case SiteColumn.CITY:
                return self.tr("City")
            case SiteColumn.CAPACITY:
                return self.tr("Capacity")
            case SiteColumn.VISITOR_LIST:
                return self.tr("Security")


@dataclass(frozen=True, slots=True)
class TravelRow:
    uid: str  # the other site
    name: str
    minutes: int | None  # None: not known


def travel_rows(site_uid: str, sites: Iterable[Site], travel: Iterable[TravelTime]) -> list[TravelRow]:
    """From `site_uid` to every other site, with the minutes known either way."""
    minutes: dict[str, int] = {}
    for entry in travel:
        if entry.from_uid == site_uid:
            minutes[entry.to_uid] = entry.minutes
        elif entry.to_uid == site_uid:
            minutes.setdefault(entry.from_uid, entry.minutes)
    return [TravelRow(s.uid, s.display_name, minutes.get(s.uid)) for s in sites if s.uid != site_uid]


class TravelColumn(IntEnum):
    SITE = 0
    MINUTES = 1


class TravelTimesModel(QAbstractTableModel):
    """The minutes from one site to each other site; minutes are editable through `edit_handler`."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TravelRow] = []
        self.edit_handler: TravelEditHandler | None = None

    def set_rows(self, rows: Iterable[TravelRow]) -> None:
        rows = list(rows)
        if [row.uid for row in rows] == [row.uid for row in self._rows]:
            self._rows = rows  # the same sites: only the minutes may differ, keep the view's state
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(TravelColumn) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, number: int) -> TravelRow | None:
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def row_of(self, uid: str) -> int | None:
        return next((n for n, row in enumerate(self._rows) if row.uid == uid), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TravelColumn)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == TravelColumn.MINUTES and self.edit_handler is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(TravelColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("To") if section == TravelColumn.SITE else self.tr("Minutes")
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        minutes_column = index.column() == TravelColumn.MINUTES
        match role:
            case Qt.ItemDataRole.DisplayRole:
                if not minutes_column:
                    return row.name
                return "" if row.minutes is None else str(row.minutes)
            case Qt.ItemDataRole.EditRole:
                if not minutes_column:
                    return row.name
                return "" if row.minutes is None else str(row.minutes)
            case Qt.ItemDataRole.ToolTipRole if minutes_column:
                return self.tr("Minutes by road; leave empty when not known")
            case Qt.ItemDataRole.TextAlignmentRole if minutes_column:
                return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or role != Qt.ItemDataRole.EditRole or self.edit_handler is None:
            return False
        if index.column() != TravelColumn.MINUTES:
            return False
        try:
            minutes = parse_minutes(value)
        except ValueError:
            return False
        if minutes == row.minutes:
            return False
        return self.edit_handler(row.uid, minutes)


def parse_minutes(value: Any) -> int | None:
    """Minutes typed in a cell: an int, or None for an empty cell; ValueError for anything else."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    if not text.isdigit() or int(text) > MAX_MINUTES:
        raise ValueError(f"{text!r} is not a number of minutes")
    return int(text)
