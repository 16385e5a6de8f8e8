"""Undo commands of the Sites tab: the site catalogue and the travel minutes between sites.

The catalogue belongs to no mission, so these commands run with a context of their own (see
`site_context`) whose `changed` tells the Sites tab, not the mission pane; their `code` is "".
Sites keep their uid through every step: an added site's uid is fixed when the command is made,
and undoing a delete puts back the same site with the travel times that went with it, as the
database held them when it was deleted.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ...domain.places import Site
from ...services import Changed, RemovedSite
from .base import CommandContext, ServiceCommand

NO_MISSION = ""


def site_context(context: CommandContext, changed: Callable[[Changed], None]) -> CommandContext:
    """The window's context, but with changes reported to `changed` (the Sites tab)."""
    return CommandContext(context.workspace, lambda _code, what: changed(what), context.failed)


class AddSiteCommand(ServiceCommand):
    """Add a site to the catalogue; undo deletes it, redo adds it again with the same uid."""

    def __init__(self, context: CommandContext, site: Site) -> None:
        super().__init__(
            context,
            NO_MISSION,
            QCoreApplication.translate("SiteCommands", "Add site “{name}”").format(name=site.name_en),
        )
        self.site = site if site.uid else dataclasses.replace(site, uid=str(uuid.uuid4()))

    @property
    def uid(self) -> str:
        return self.site.uid

    def _do(self) -> Changed:
        return self.workspace.sites.save_site(self.site)[0]

    def _undo(self) -> Changed:
        return self.workspace.sites.delete_site(self.site.uid)[0]


class EditSiteCommand(ServiceCommand):
    """Save new values for a site; undo saves the old ones."""

    def __init__(self, context: CommandContext, old: Site, new: Site) -> None:
        if old.uid != new.uid or not old.uid:
            raise ValueError("an edit keeps the site's uid")
        super().__init__(
            context,
            NO_MISSION,
            QCoreApplication.translate("SiteCommands", "Edit site “{name}”").format(name=old.name_en),
        )
        self.old = old
        self.new = new

    def _do(self) -> Changed:
        return self.workspace.sites.save_site(self.new)[0]

    def _undo(self) -> Changed:
        return self.workspace.sites.save_site(self.old)[0]


class DeleteSiteCommand(ServiceCommand):
    """Delete a site no item or stay uses; undo puts it back, with its uid and travel times."""

    def __init__(self, context: CommandContext, site: Site) -> None:
        super().__init__(
            context,
            NO_MISSION,
            QCoreApplication.translate("SiteCommands", "Delete site “{name}”").format(name=site.name_en),
        )
        self.site = site
        self.removed: RemovedSite | None = None

    def _do(self) -> Changed:
        changed, self.removed = self.workspace.sites.delete_site(self.site.uid)
        return changed

    def _undo(self) -> Changed:
        assert self.removed is not None, "undo before redo"
        return self.workspace.sites.restore_site(self.removed)


class SetTravelTimeCommand(ServiceCommand):
    """Set the minutes between two sites (None: unknown); undo sets the old minutes."""

    def __init__(
        self, context: CommandContext, from_uid: str, to_uid: str, old: int | None, new: int | None, names: str
    ) -> None:
        super().__init__(
            context,
            NO_MISSION,
            QCoreApplication.translate("SiteCommands", "Change the travel time {names}").format(names=names),
        )
        self.from_uid = from_uid
        self.to_uid = to_uid
        self.old = old
        self.new = new

    def _do(self) -> Changed:
        return self.workspace.sites.set_travel_time(self.from_uid, self.to_uid, self.new)

    def _undo(self) -> Changed:
        return self.workspace.sites.set_travel_time(self.from_uid, self.to_uid, self.old)
