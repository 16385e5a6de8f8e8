"""What an edit changed, so views refresh only those rows and undo knows what to restore."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..domain.budget import BudgetLine
from ..domain.people import Attendance, Participation, Person
from ..domain.places import Site, TravelTime
from ..domain.programme import Item, ItemAssignment


@dataclass(frozen=True, slots=True)
class Changed:
    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    def __or__(self, other: Changed) -> Changed:
        return Changed(self.added + other.added, self.updated + other.updated, self.removed + other.removed)


@dataclass(frozen=True, slots=True)
class RemovedItem:
    """Everything a deleted item took with it; `restore_item` puts it back with the same uid."""

    mission_code: str
    day: date
    item: Item
    attendance: list[Attendance] = field(default_factory=list)
    assignments: list[ItemAssignment] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class RemovedLine:
    """A deleted budget line and its place in the list; `restore_line` puts it back there."""

    mission_code: str
    line: BudgetLine
    position: int


@dataclass(frozen=True, slots=True)
class RemovedSite:
    """A deleted site and the travel times that went with it; `restore_site` puts them back."""

    site: Site
    travel_times: list[TravelTime] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class RemovedPerson:
    """A person taken out of a mission with everything that went with it (their part: status
    history, flights, stays; their marks at its items); `restore_person` puts it back, same uid."""

    mission_code: str
    person: Person  # identity data included
    participation: Participation
    attendance: list[Attendance] = field(default_factory=list)
    assignments: list[ItemAssignment] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class RemovedDay:
    """A removed day: its title and its items with their marks; `restore_day` puts it back."""

    mission_code: str
    day: date
    title: str = ""
    items: list[RemovedItem] = field(default_factory=list)
