"""Documents: a frozen snapshot of a mission, and writing one kind of document from it."""

from __future__ import annotations

from pathlib import Path

from ...atomic import check_folder, check_target, holding_personal_data, write_error
from ...errors import InputError, NotFoundError
from ..export import KINDS, DocumentSettings, MissionSnapshot, Progress, take_snapshot, writer_for
from ..settings_defaults import with_organization_defaults
from .base import Transaction, load_record, organization_settings


class Documents:
    def __init__(self, transaction: Transaction):
        self._transaction = transaction

    def snapshot(self, code: str, settings: DocumentSettings | None = None) -> MissionSnapshot:
        """A frozen copy of the mission for documents; identity data only when asked."""
        settings = settings or DocumentSettings()
        record = load_record(self._transaction, code, with_identity=settings.include_personal_data, shown=False)
        return take_snapshot(
            with_organization_defaults(record, organization_settings(self._transaction)), settings=settings
        )

    def export(
        self,
        code: str,
        kind: str,
        target: Path,
        *,
        settings: DocumentSettings | None = None,
        progress: Progress | None = None,
    ) -> Path:
        """Write one KIND of document for the mission to `target` (a file, or a folder for packs);
        returns what was written (packs may go into a folder of their own inside `target`)."""
        if kind not in KINDS:
            raise InputError(f"{kind!r} is not a kind of document ({', '.join(KINDS)})")
        snapshot = self.snapshot(code, settings)
        _refuse_unknown_people(snapshot)
        # Refused before the work, not after it: a folder that is not there, a device, a pipe.
        if KINDS[kind].suffix:
            check_target(target)
        else:
            check_folder(target.parent, target)
        try:
            with holding_personal_data(snapshot.settings.include_personal_data):
                written = writer_for(kind)(snapshot, target, progress or Progress())
        except OSError as error:  # a library's own scratch file (openpyxl's) on a full disk
            raise write_error(target, error) from error
        return written or target


def _refuse_unknown_people(snapshot: MissionSnapshot) -> None:
    """`--person UID` must name someone of the mission, or the document would quietly be empty."""
    known = {part.person_uid for part in snapshot.record.participations}
    for uid in snapshot.settings.person_uids:
        if uid not in known:
            code = snapshot.record.mission.code
            raise NotFoundError(f"No person with the uid {uid} in {code}; `people {code}` lists them.")
