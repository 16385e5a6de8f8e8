"""Undo commands for a person by hand and for many people at once (see `base.py`).

Each step is one call of the workspace, so one transaction: a bulk change is all or nothing and
one undo takes it all back. A removal's undo gives back the same uid with everything that went
(`RemovedPerson`); a bulk status change is taken back out of each person's history.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication

from ...domain.enums import Status
from ...domain.people import Attendance, Identity, Participation, Person, Stay
from ...services import Changed, RemovedPerson
from ..labels import status_text
from .base import CommandContext, ServiceCommand


class AddPersonCommand(ServiceCommand):
    """Add a person typed in by hand; the uid is fixed here, so a redo gives the same one."""

    def __init__(self, context: CommandContext, code: str, person: Person, part: Participation) -> None:
        super().__init__(
            context, code, QCoreApplication.translate("Commands", "Add {name}").format(name=person.full_name)
        )
        self.person = person
        self.part = part
        self.on = date.today()

    def _do(self) -> Changed:
        return self.workspace.people.add_person(self.code, self.person, self.part, today=self.on)

    def _undo(self) -> Changed:
        self.workspace.people.remove_person(self.code, self.person.uid)
        return Changed(removed=(self.person.uid,))


class EditPersonCommand(ServiceCommand):
    """Change a person's details and part in the mission; undo puts back what there was."""

    def __init__(
        self,
        context: CommandContext,
        code: str,
        old: tuple[Person, Participation],
        new: tuple[Person, Participation],
    ) -> None:
        super().__init__(
            context, code, QCoreApplication.translate("Commands", "Edit {name}").format(name=new[0].full_name)
        )
        person, part = old
        if person.identity is None and new[0].identity is not None:
            person = _with_identity(person, Identity())  # the undo erases what the edit gave
        self.old = (person, part)
        self.new = new

    def _do(self) -> Changed:
        return self.workspace.people.update_person(self.code, *self.new)

    def _undo(self) -> Changed:
        return self.workspace.people.update_person(self.code, *self.old)


def _with_identity(person: Person, identity: Identity) -> Person:
    return replace(person, identity=identity)


class RemovePersonCommand(ServiceCommand):
    """Take a person out of the mission; undo puts them back with everything that went."""

    def __init__(self, context: CommandContext, code: str, uid: str, name: str) -> None:
        super().__init__(context, code, QCoreApplication.translate("Commands", "Remove {name}").format(name=name))
        self.uid = uid
        self.removed: RemovedPerson | None = None

    def _do(self) -> Changed:
        self.removed = self.workspace.people.remove_person(self.code, self.uid)
        return Changed(removed=(self.uid,))

    def _undo(self) -> Changed:
        if self.removed is None:
            return Changed()
        return self.workspace.people.restore_person(self.removed)


class SetStatusesCommand(ServiceCommand):
    """One status for everyone selected, dated `on`; undo takes each change back out."""

    def __init__(self, context: CommandContext, code: str, uids: list[str], status: Status, on: date) -> None:
        if len(uids) == 1:
            text = QCoreApplication.translate("Commands", "Mark 1 person as {status}")
        else:
            text = QCoreApplication.translate("Commands", "Mark {count} people as {status}")
        text = text.format(count=len(uids), status=status_text(status).lower())
        super().__init__(context, code, text)
        self.uids = uids
        self.status = status
        self.on = on
        self.had: dict[str, Status] = {}

    def _do(self) -> Changed:
        self.had = self.workspace.people.set_statuses(self.code, self.uids, self.status, on=self.on)
        return Changed(updated=tuple(self.had))

    def _undo(self) -> Changed:
        return self.workspace.people.withdraw_statuses(self.code, self.status, on=self.on, back_to=self.had)


class SetPartsCommand(ServiceCommand):
    """Role, nominating NPO or pick-up group for everyone selected; undo gives each their own back."""

    def __init__(self, context: CommandContext, code: str, changes: dict[str, dict[str, object]], text: str) -> None:
        super().__init__(context, code, text)
        self.changes = changes
        self.before: dict[str, dict[str, object]] = {}

    def _do(self) -> Changed:
        self.before = self.workspace.people.set_parts(self.code, self.changes)
        return Changed(updated=tuple(self.changes))

    def _undo(self) -> Changed:
        self.workspace.people.set_parts(self.code, self.before)
        return Changed(updated=tuple(self.before))


class SetStaysCommand(ServiceCommand):
    """One hotel stay for everyone selected; undo gives each their own stays back."""

    def __init__(self, context: CommandContext, code: str, uids: list[str], stay: Stay) -> None:
        if len(uids) == 1:
            text = QCoreApplication.translate("Commands", "Book {hotel} for 1 person")
        else:
            text = QCoreApplication.translate("Commands", "Book {hotel} for {count} people")
        text = text.format(hotel=stay.hotel, count=len(uids))
        super().__init__(context, code, text)
        self.stays = {uid: [stay] for uid in uids}
        self.before: dict[str, list[Stay]] = {}

    def _do(self) -> Changed:
        self.before = self.workspace.people.set_many_stays(self.code, self.stays)
        return Changed(updated=tuple(self.stays))

    def _undo(self) -> Changed:
        self.workspace.people.set_many_stays(self.code, self.before)
        return Changed(updated=tuple(self.before))


class SetMarksCommand(ServiceCommand):
    """One attendance mark at one item for everyone selected; undo puts back each earlier mark
    (or none)."""

    def __init__(
        self, context: CommandContext, code: str, old: dict[str, Attendance | None], new: list[Attendance], item: str
    ) -> None:
        text = QCoreApplication.translate("Commands", "Mark {count} people at “{item}”").format(
            count=len(new), item=item
        )
        super().__init__(context, code, text)
        self.old = old
        self.new = new

    def _do(self) -> Changed:
        return self.workspace.attendance.set_marks(self.code, self.new)

    def _undo(self) -> Changed:
        kept = [mark for mark in self.old.values() if mark is not None]
        cleared = tuple((mark.item_uid, mark.person_uid) for mark in self.new if self.old.get(mark.person_uid) is None)
        return self.workspace.attendance.set_marks(self.code, kept, clear=cleared)
