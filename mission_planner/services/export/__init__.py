"""Documents: every KIND of `export CODE KIND -o PATH`, each made from a `MissionSnapshot`.

An exporter is `write(snapshot, target, progress)`; every file goes through `mission_planner.atomic`
(a temporary file beside the target, renamed into place; a target that is not a regular file is
refused), so a failure or a Cancel never leaves half a document at `target`. The packs, a folder of
documents, follow `mission_planner.owned_folders` and their `write` returns the folder written.
While a snapshot with personal data is written, every file is private (mode 600).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .progress import Cancelled, Progress
from .snapshot import DocumentSettings, MissionSnapshot, take_snapshot

Writer = Callable[[MissionSnapshot, Path, Progress], None]


@dataclass(frozen=True, slots=True)
class Kind:
    name: str
    title: str
    suffix: str  # ".pdf", ".ics", ".xlsx", or "" for a folder
    module: str  # where `write` lives, imported only when this kind is made


KINDS = {
    kind.name: kind
    for kind in (
        Kind("itinerary-pdf", "Itinerary", ".pdf", "pdf.itinerary"),
        Kind("daily-pdf", "Daily agenda", ".pdf", "pdf.daily"),
        Kind("packs", "Delegate packs (a PDF and an ICS per person)", "", "packs"),
        Kind("ics", "Calendar of the mission", ".ics", "ics"),
        Kind("certificates-pdf", "Certificates of attendance", ".pdf", "pdf.certificates"),
        Kind("badges-pdf", "Name badges", ".pdf", "pdf.badges"),
        Kind("notification-pdf", "Project Notification", ".pdf", "pdf.notification"),
        Kind("participants-pdf", "Participant list", ".pdf", "pdf.participants"),
        Kind("participants-xlsx", "Participant list (Excel)", ".xlsx", "xlsx"),
        Kind("budget-pdf", "Budget", ".pdf", "pdf.budget"),
        Kind("budget-xlsx", "Budget (Excel)", ".xlsx", "xlsx"),
    )
}


def writer_for(kind: str) -> Writer:
    import importlib

    spec = KINDS[kind]
    module = importlib.import_module(f"{__name__}.{spec.module}")
    writer: Writer = getattr(module, "WRITERS", {}).get(kind) or module.write
    return writer


__all__ = [
    "KINDS",
    "Cancelled",
    "DocumentSettings",
    "Kind",
    "MissionSnapshot",
    "Progress",
    "take_snapshot",
    "writer_for",
]
