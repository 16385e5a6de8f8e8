"""The mission list, and the Overview of the mission chosen in it, read before (or instead of) the
database layer: sqlite3 alone.

The front ends reach `storage/quick_list.py` through here. The window shows the list early and
opens the workspace all the same; the command line's `missions` prints it instead of opening the
workspace, so there the quick read is taken only where the full opening would change nothing the
user could see.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ..errors import MissionPlannerError
from ..paths import resolve_database
from ..storage.daily_backups import KEEP_SETTING, nothing_to_do
from ..storage.file_gate import database_file, is_url
from ..storage.quick_list import is_private, quick_mission_list, quick_setting
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
    """The missions, or None where the full opening must answer: a file it would make private
    again (it says so), and the default database until today's backup of it is made (opening
    it makes that backup, and keeps no more than the setting says). Raises what the full
    opening raises for a file it refuses before SQLite opens it."""
    location, is_default = resolve_database(db)
    if is_url(location):
        return None
    if not is_private(location) or (is_default and not _backed_up_today(location, date.today())):
        return None
    return quick_mission_list(location)


def _backed_up_today(location: str, today: date) -> bool:
    stored = quick_setting(location, KEEP_SETTING)
    return stored is not None and nothing_to_do(database_file(location), stored[0], today)
