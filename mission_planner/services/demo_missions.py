"""The demo missions: the mission files in `resources/demo/`, one per mission.

They are read like any mission file a user imports (`interchange.files.read_mission_file`:
JSON limits, the schema, the mission's own consistency), so a shipped file that is broken is
refused in one line naming it, before anything is written. resources/demo/README.md says how to
change them. The mission in planning is dated from the day of loading (`demo_dates`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..domain.record import MissionRecord
from ..paths import resource
from .demo_dates import dated_for_loading
from .interchange.files import read_mission_file

DEMO_FOLDER = "demo"


def demo_files() -> list[Path]:
    """The shipped demo mission files, in the order of their names (the mission codes)."""
    return sorted(resource(DEMO_FOLDER).glob("*.json"))


def demo_records(today: date | None = None) -> list[MissionRecord]:
    """Every demo mission, read and checked, as loaded on `today` (None: as its file holds it);
    nothing is read from a database."""
    return [demo_record(path, today) for path in demo_files()]


def demo_record(path: Path, today: date | None) -> MissionRecord:
    """The demo mission in `path` as loaded on `today` (None: as the file holds it)."""
    record = read_mission_file(path)
    return record if today is None else dated_for_loading(record, today)
