"""The mission list, and the Overview of the mission chosen in it, read before (or instead of) the
database layer: sqlite3 alone.

The front ends reach `storage/quick_list.py` through here. The window shows the list early and
opens the workspace all the same; the command line's `missions` prints it instead of opening the
workspace, so there the quick read is taken only where the full opening would change nothing the
user could see.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import MissionPlannerError
from ..paths import resolve_database
from ..storage.file_gate import is_url
from ..storage.quick_list import is_private, quick_mission_list
from ..storage.summaries import MissionSummary

if TYPE_CHECKING:
    from ..domain.record import MissionRecord


def early_missions(db: str | None) -> list[MissionSummary] | None:
    """The missions to show while the workspace opens, or None (the workspace lists them, and
    reports any database it refuses)."""
    try:
        return quick_mission_list(resolve_database(db)[0])
    except MissionPlannerError:
        return None


def early_overview(db: str | None, code: str) -> MissionRecord | None:
    """What the Overview shows of mission `code` while the workspace opens (`storage/quick_overview.py`:
    not a whole record), or None (it shows once the workspace is open)."""
    from ..storage.quick_overview import quick_overview  # the domain's records: not for `missions`

    try:
        return quick_overview(resolve_database(db)[0], code)
    except MissionPlannerError:
        return None


def quick_missions(db: str | None) -> list[MissionSummary] | None:
    """The missions, or None where the full opening must answer: the default database (opening it
    takes the day's backup and may bring the demo) and a file the full opening would make
    private again (it says so). Raises what the full opening raises for a file it refuses before
    SQLite opens it."""
    location, is_default = resolve_database(db)
    if is_default or (not is_url(location) and not is_private(location)):
        return None
    return quick_mission_list(location)
