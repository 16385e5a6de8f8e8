"""Undo commands that change the list of missions: new, duplicate, archive, and PN edits.

A created mission is undone by deleting it; its redo stores the very record that was deleted,
uids and all, so later commands on the stack still find their items.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from ...domain.mission import Mission
from ...domain.record import MissionRecord
from ...services import Changed
from .base import CommandContext, ServiceCommand


class CreateMissionCommand(ServiceCommand):
    """Add a mission made by `create` (a new one, a duplicate); undo deletes it again."""

    def __init__(self, context: CommandContext, create: Callable[[], MissionRecord], text: str) -> None:
        super().__init__(context, "", text)
        self.create = create
        self.record: MissionRecord | None = None

    @classmethod
    def new(cls, context: CommandContext, mission: Mission) -> CreateMissionCommand:
        text = QCoreApplication.translate("Commands", "New mission {code}").format(code=mission.code)
        return cls(context, lambda: context.workspace.missions.create_mission(mission), text)

    @classmethod
    def duplicate(cls, context: CommandContext, code: str, new_code: str, start) -> CreateMissionCommand:
        text = QCoreApplication.translate("Commands", "Duplicate {code} as {new_code}").format(
            code=code, new_code=new_code
        )
        return cls(context, lambda: context.workspace.missions.duplicate_mission(code, new_code, start), text)

    @classmethod
    def stored(cls, context: CommandContext, record: MissionRecord, text: str) -> CreateMissionCommand:
        """A mission already stored (opened from a file in the background): for `record_done`."""
        command = cls(context, lambda: record, text)
        command.record, command.code = record, record.mission.code
        return command

    def _do(self) -> Changed:
        if self.record is None:
            self.record = self.create()
        else:
            self.workspace.missions.add_record(self.record)
        self.code = self.record.mission.code
        return Changed(added=(self.record.mission.uid,))

    def _undo(self) -> Changed:
        self.record = self.workspace.missions.delete_mission(self.code)
        return Changed(removed=(self.record.mission.uid,))


class SetArchivedCommand(ServiceCommand):
    def __init__(self, context: CommandContext, code: str, archived: bool) -> None:
        text = (
            QCoreApplication.translate("Commands", "Archive {code}")
            if archived
            else QCoreApplication.translate("Commands", "Bring back {code}")
        )
        super().__init__(context, code, text.format(code=code))
        self.archived = archived

    def _do(self) -> Changed:
        return self.workspace.missions.set_archived(self.code, self.archived)

    def _undo(self) -> Changed:
        return self.workspace.missions.set_archived(self.code, not self.archived)


class EditMissionCommand(ServiceCommand):
    """Save the Project Notification fields; undo saves the ones there were before."""

    def __init__(self, context: CommandContext, before: Mission, after: Mission) -> None:
        text = QCoreApplication.translate("Commands", "Edit the notification of {code}").format(code=before.code)
        super().__init__(context, before.code, text)
        self.before = before
        self.after = after

    def _do(self) -> Changed:
        return self.workspace.missions.update_mission(self.code, self.after)

    def _undo(self) -> Changed:
        return self.workspace.missions.update_mission(self.code, self.before)


class RestoreMissionCommand(ServiceCommand):
    """A bulk change (an import) already made: undo puts the mission back as `before`, redo as `after`."""

    def __init__(self, context: CommandContext, before: MissionRecord, after: MissionRecord, text: str) -> None:
        super().__init__(context, before.mission.code, text)
        self.before = before
        self.after = after

    def _do(self) -> Changed:
        return self.workspace.missions.restore_mission(self.after)

    def _undo(self) -> Changed:
        return self.workspace.missions.restore_mission(self.before)
