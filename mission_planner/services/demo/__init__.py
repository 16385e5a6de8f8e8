"""The demo missions, built from the seed documents so that a fresh install has something to show.

`build_demo_records()` returns three complete missions (programme, people, attendance, budget,
rules), the same values on every call: every uid derives from `DEMO_NAMESPACE` and a readable
key, and the only randomness is seeded with fixed text.

- `turkiye_mission` (with `turkiye_people`, `turkiye_programme`): the individual-country OSM for
  Türkiye in Seoul, 24–27 October 2023.
- `data_governance_mission` (with `data_governance_notification`, `data_governance_people`): the
  digital multicountry OSM 21-IP-06-GE-OSM-B, 24–25 November 2021.
- `public_service_workshop` (with `public_service_workshop_people`): the online workshop on
  public service innovation, 14–16 August 2023.

Shared: `sites` (the Korean site catalogue and travel times), `names` and `people` (name pools
and the generator of invented people), `staff` (secretariat people who work on several missions),
and small builders in `schedule`, `attendance` and `money`.
"""

from __future__ import annotations

from ...domain.record import MissionRecord
from . import data_governance_mission, public_service_workshop, turkiye_mission
from .ids import DEMO_NAMESPACE, demo_uid


def build_demo_records() -> list[MissionRecord]:
    """The three demo missions (Türkiye, data governance, workshop), each in canonical order."""
    return [turkiye_mission.build(), data_governance_mission.build(), public_service_workshop.build()]


__all__ = ["DEMO_NAMESPACE", "build_demo_records", "demo_uid"]
