"""`missions`: list code, title, dates, modality and people, one mission a line."""

from __future__ import annotations

import argparse

from ..domain.enums import Modality
from .terminal import shown
from .workspace import workspace_for

MODALITY_WORDS: dict[str, str] = {
    Modality.IN_PERSON: "in person",
    Modality.DIGITAL: "digital",
    Modality.HYBRID: "hybrid",
}


def register(subparsers) -> None:
    parser = subparsers.add_parser("missions", help="list the missions")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from ..services import quick_missions  # sqlite3 alone where it changes nothing; `--help` loads none

    quick = quick_missions(args.db)
    summaries = quick if quick is not None else workspace_for(args).missions.list_missions()
    if not summaries:
        print("No missions yet. Run `mission-planner-cli demo` to load the demo missions.")
        return 0
    for mission in summaries:
        dates = f"{mission.start_date.isoformat()}..{mission.end_date.isoformat()}"
        modality = MODALITY_WORDS.get(mission.modality, mission.modality)
        people = f"{mission.people} {'person' if mission.people == 1 else 'people'}"
        archived = "  (archived)" if mission.archived else ""
        print(f"{shown(mission.code)}  {dates}  {modality:<9}  {people:>11}  {shown(mission.title)}{archived}")
    return 0
