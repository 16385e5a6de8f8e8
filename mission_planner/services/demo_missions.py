"""The demo missions: the mission files in `resources/demo/`, one per mission.

They are read like any mission file a user imports (`interchange.files.read_mission_file`:
JSON limits, the schema, the mission's own consistency), so a shipped file that is broken is
refused in one line naming it, before anything is written. resources/demo/README.md says how to
change them.
"""

from __future__ import annotations

from pathlib import Path

from ..domain.record import MissionRecord
from ..paths import resource
from .interchange.files import read_mission_file

DEMO_FOLDER = "demo"


def demo_files() -> list[Path]:
    """The shipped demo mission files, in the order of their names (the mission codes)."""
    return sorted(resource(DEMO_FOLDER).glob("*.json"))


def demo_records() -> list[MissionRecord]:
    """Every demo mission, read and checked; nothing is read from a database."""
    return [read_mission_file(path) for path in demo_files()]
