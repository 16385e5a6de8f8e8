"""Documents: every KIND of `export CODE KIND -o PATH`, each made from a `MissionSnapshot`.

`kinds.py` holds the kinds (`KINDS`), each with its file name and writer; `write_document` writes
one kind from a snapshot, so one snapshot serves every kind of an export. A writer is
`write(snapshot, target, progress)`; every file goes through `mission_planner.atomic` (a temporary
file beside the target, renamed into place; a target that is not a regular file is refused), so a
failure or a Cancel never leaves half a document at `target`. The packs, a folder of documents,
follow `mission_planner.owned_folders` and their `write` returns the folder written. While a
snapshot with personal data is written, every file is private (mode 600).
"""

from __future__ import annotations

from .kinds import KINDS, DocumentKind, Writer, kind_named
from .progress import Cancelled, Progress
from .snapshot import DocumentSettings, MissionSnapshot, take_snapshot
from .writing import write_document

__all__ = [
    "KINDS",
    "Cancelled",
    "DocumentKind",
    "DocumentSettings",
    "MissionSnapshot",
    "Progress",
    "Writer",
    "kind_named",
    "take_snapshot",
    "write_document",
]
