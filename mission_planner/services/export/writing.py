"""Writing one kind of document from a snapshot: the checks before the work, and the file's mode."""

from __future__ import annotations

from pathlib import Path

from ...atomic import check_folder, check_target, holding_personal_data, write_error
from ...errors import NotFoundError
from .kinds import DocumentKind
from .progress import Progress
from .snapshot import MissionSnapshot


def write_document(kind: DocumentKind, snapshot: MissionSnapshot, target: Path, progress: Progress) -> Path:
    """Write `kind` to `target` (a file, or a folder for packs); returns what was written (packs
    may go into a folder of their own inside `target`). Reads no database: one snapshot serves
    every kind of an export."""
    _refuse_unknown_people(snapshot)
    # Refused before the work, not after it: a folder that is not there, a device, a pipe.
    if kind.suffix:
        check_target(target)
    else:
        check_folder(target.parent, target)
    writer = kind.writer
    try:
        with holding_personal_data(snapshot.settings.carries_personal_data or kind.personal):
            written = writer(snapshot, target, progress)
    except OSError as error:  # a library's own scratch file (openpyxl's) on a full disk
        raise write_error(target, error) from error
    return written or target


def _refuse_unknown_people(snapshot: MissionSnapshot) -> None:
    """`--person UID` must name someone of the mission, or the document would quietly be empty."""
    known = {part.person_uid for part in snapshot.record.participations}
    for uid in snapshot.settings.person_uids:
        if uid not in known:
            code = snapshot.record.mission.code
            raise NotFoundError(
                f"No person with the uid {uid} in {code}; `people {code}` lists them.",
                code="not_found",
                params={"what": "person", "key": uid},
            )
