"""Documents: a frozen snapshot of a mission, and writing one kind of document from it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from ..export import (
    DocumentKind,
    DocumentSettings,
    MissionSnapshot,
    Progress,
    kind_named,
    take_snapshot,
    write_document,
)
from ..export.visitor_sites import gaps, gaps_text, site_for_list
from ..settings_defaults import with_organization_defaults
from ..unprintable import Unprintable, unprintable
from .base import Transaction, load_record, organization_settings


class Documents:
    def __init__(self, transaction: Transaction):
        self._transaction = transaction

    def snapshot(self, code: str, settings: DocumentSettings | None = None) -> MissionSnapshot:
        """A frozen copy of the mission for documents; identity data only when asked."""
        settings = settings or DocumentSettings()
        record = load_record(self._transaction, code, with_identity=settings.carries_personal_data, shown=False)
        organization = organization_settings(self._transaction)
        if settings.letter and not settings.letter_templates:
            settings = replace(settings, letter_templates=tuple(organization.letter_templates.items()))
        return take_snapshot(with_organization_defaults(record, organization), settings=settings)

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
        document = kind_named(kind)
        settings = settings or DocumentSettings()
        if document.personal:
            settings = replace(settings, include_personal_data=True)
        return write_document(document, self.snapshot(code, settings), target, progress or Progress())

    def visitor_list_gaps(self, code: str, site: str = "") -> str:
        """A line naming the people on the site's visitor list whose passport data is missing,
        and what is missing; empty when the list is complete. Refuses a site as the export does."""
        record = load_record(self._transaction, code, with_identity=True, shown=False)
        found = gaps(record, site_for_list(record, site))
        return gaps_text(found) if found else ""

    def write(self, kind: DocumentKind, snapshot: MissionSnapshot, target: Path, progress: Progress) -> Path:
        """Write one kind from a snapshot already taken: one snapshot serves every kind of an export."""
        return write_document(kind, snapshot, target, progress)

    def unprintable(self, snapshot: MissionSnapshot) -> list[Unprintable]:
        """The people whose name or organization the snapshot's documents print with a
        replacement mark (U+FFFD): those its settings choose, else everyone in the mission."""
        chosen = set(snapshot.settings.person_uids)
        return unprintable(p for p in snapshot.record.people if not chosen or p.uid in chosen)
