"""A mission as the mission list shows it: read by the full query (repositories.list_missions)
or by the quick one (quick_list.py), which must not import SQLAlchemy to get it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class MissionSummary:
    id: int
    code: str
    title: str
    start_date: date
    end_date: date
    modality: str
    people: int
    archived: bool
