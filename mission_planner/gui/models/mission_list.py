"""The mission list: a table model over mission summaries, and the search that filters them.

The model holds the plain summaries the services return (ids and values), never ORM rows.
Filtering happens in Python and the model is reset with the result: at 100,000 rows that is
far faster than a QSortFilterProxyModel.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import IntEnum, StrEnum
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from ...domain.text import fold
from ..formatting import format_date_range, modality_text
from .rows import LEFT, RIGHT, SORT_ROLE, AnyIndex, RowsModel


class MissionSummaryLike(Protocol):
    """What the model reads from each of `ws.missions.list_missions()`'s summaries."""

    # Read-only: the summaries are frozen dataclasses.
    @property
    def id(self) -> int: ...
    @property
    def code(self) -> str: ...
    @property
    def title(self) -> str: ...
    @property
    def start_date(self) -> date: ...
    @property
    def end_date(self) -> date: ...
    @property
    def modality(self) -> str: ...
    @property
    def people(self) -> int: ...
    @property
    def archived(self) -> bool: ...


M = TypeVar("M", bound=MissionSummaryLike)


class Column(IntEnum):
    CODE = 0
    TITLE = 1
    DATES = 2
    MODALITY = 3
    PEOPLE = 4


# --- search ------------------------------------------------------------------------------------


def search_key(mission: MissionSummaryLike) -> str:
    """The folded text a query is matched against: code and title."""
    return fold(f"{mission.code}\n{mission.title}")


def filter_missions(missions: Sequence[M], query: str, keys: Sequence[str] | None = None) -> list[M]:
    """The missions whose code or title contains every word of `query`, in their order.

    `keys` are the missions' `search_key`s, computed once by a caller that filters repeatedly.
    """
    words = fold(query).split()
    if not words:
        return list(missions)
    if keys is None:
        keys = [search_key(mission) for mission in missions]
    if len(keys) != len(missions):
        raise ValueError("one search key per mission")
    first, *others = words
    rows = [row for row, key in enumerate(keys) if first in key]
    for word in others:  # each word narrows what the next one looks at
        rows = [row for row in rows if word in keys[row]]
    return [missions[row] for row in rows]


class When(StrEnum):
    """Which missions the list shows by their dates: archived ones only under ARCHIVED."""

    ALL = "all"
    UPCOMING = "upcoming"  # not over yet: running or still to come
    PAST = "past"
    ARCHIVED = "archived"


def narrow_missions(missions: Sequence[M], when: When, year: int | None, today: date) -> list[M]:
    """The missions `when` names (archived ones count only as ARCHIVED or ALL) held in `year`
    (None: any), in their order."""

    def fits(mission: M) -> bool:
        if year is not None and not mission.start_date.year <= year <= mission.end_date.year:
            return False
        match when:
            case When.UPCOMING:
                return not mission.archived and mission.end_date >= today
            case When.PAST:
                return not mission.archived and mission.end_date < today
            case When.ARCHIVED:
                return mission.archived
        return True

    return [mission for mission in missions if fits(mission)]


def mission_years(missions: Sequence[MissionSummaryLike]) -> list[int]:
    """The years the missions are held in, newest first."""
    return sorted({year for m in missions for year in range(m.start_date.year, m.end_date.year + 1)}, reverse=True)


# --- model -------------------------------------------------------------------------------------


class MissionListModel(RowsModel):
    """One row per mission: code, title, dates, modality, people."""

    columns = Column

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, key=lambda mission: mission.id)

    # our API

    def set_missions(self, missions: Sequence[MissionSummaryLike]) -> None:
        self._replace_rows(missions)

    def mission_at(self, row: int) -> MissionSummaryLike | None:
        return self.row_at(row)

    # Qt's API

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        mission = self.row_at(index.row()) if index.isValid() else None
        if mission is None:
            return None
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(mission, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.CODE, Column.TITLE):
            return mission.title
        if role == SORT_ROLE and column == Column.DATES:
            return mission.start_date
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole and mission.archived:
            return QApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def _display(self, mission: MissionSummaryLike, column: Column) -> str | int:
        match column:
            case Column.CODE:
                return mission.code
            case Column.TITLE:
                return mission.title
            case Column.DATES:
                return format_date_range(mission.start_date, mission.end_date)
            case Column.MODALITY:
                return modality_text(mission.modality)
            case Column.PEOPLE:
                return mission.people

    def _header_text(self, column: Column) -> str:
        match column:
            case Column.CODE:
                return self.tr("Code")
            case Column.TITLE:
                return self.tr("Title")
            case Column.DATES:
                return self.tr("Dates")
            case Column.MODALITY:
                return self.tr("Modality")
            case Column.PEOPLE:
                return self.tr("People")

    def _alignment(self, column: Column) -> Qt.AlignmentFlag:
        return RIGHT if column == Column.PEOPLE else LEFT
