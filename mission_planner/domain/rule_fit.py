"""Which preset rule set a new mission starts with: one made for its modality and scope.

A preset says what missions it was written for. A mission starts on a preset only when it
fits; the organization's preferred preset wins among those that fit. When none fits, the
mission starts without rules, rather than on rules written for another kind of mission.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .enums import Modality, Scope
from .mission import Mission


@dataclass(frozen=True, slots=True)
class PresetFit:
    """The missions a preset was written for; an empty set fits no mission."""

    modalities: frozenset[Modality] = frozenset()
    scopes: frozenset[Scope] = frozenset()

    def admits(self, mission: Mission) -> bool:
        return mission.modality in self.modalities and mission.scope in self.scopes


def choose_preset(mission: Mission, fits: Mapping[str, PresetFit], preferred: str = "") -> str | None:
    """The preset `mission` starts with: `preferred` when it fits, else the first that fits
    (in the order of `fits`), else None."""
    fitting = [name for name, fit in fits.items() if fit.admits(mission)]
    if preferred in fitting:
        return preferred
    return fitting[0] if fitting else None
