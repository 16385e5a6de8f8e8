"""What the window's Overview tab shows of a mission, read with sqlite3 alone while the database
layer loads (the mission chosen in the list the start shows early, `quick_list.py`): the mission
row and its revisions, through the same conversion the full read uses (`mission_values.py`), and
each participation's role. Behind the same gate as the quick list, at this build's schema only.
"""

from __future__ import annotations

import sqlite3
from datetime import date

from ..domain.enums import Role
from ..domain.mission import Revision
from ..domain.people import Participation
from ..domain.record import MissionRecord
from .mission_values import COLUMNS, mission_from_values, values_from_sqlite
from .quick_list import read_quickly


def quick_overview(db: str, code: str) -> MissionRecord | None:
    """What the Overview shows of mission `code` (the mission with its revisions, and each
    participation with its role only: not a whole record), or None where the full opening must
    answer or no such mission is found. Raises as `quick_mission_list` does."""
    return read_quickly(db, lambda connection: _overview(connection, code))


def _overview(connection: sqlite3.Connection, code: str) -> MissionRecord | None:
    connection.row_factory = sqlite3.Row
    columns = ", ".join(f'"{name}"' for name in ["id", *COLUMNS])
    row = connection.execute(f"SELECT {columns} FROM mission WHERE code = ?", (code,)).fetchone()
    if row is None:
        return None
    mission = mission_from_values(values_from_sqlite(dict(row)))
    mission.revisions = [
        Revision(number, date.fromisoformat(issued), clause, modification)
        for number, issued, clause, modification in connection.execute(_REVISIONS, (row["id"],))
    ]
    people = [Participation(person, Role(role)) for person, role in connection.execute(_PARTICIPATIONS, (row["id"],))]
    return MissionRecord(mission=mission, participations=people)


_REVISIONS = """
SELECT number, date_of_issue, clause, modification FROM revision WHERE mission_id = ? ORDER BY number
"""
_PARTICIPATIONS = """
SELECT person.uid, participation.role FROM participation JOIN person ON person.id = participation.person_id
WHERE participation.mission_id = ? ORDER BY person.uid
"""
