"""Missions: the list, creating, editing, duplicating, archiving and replacing whole missions,
mission files and archives, and the check."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import Session

from ...domain.codes import code_problem
from ...domain.duplicate import duplicate_record, shift_problem
from ...domain.mission import Mission
from ...domain.practical import PracticalNotes
from ...domain.record import MissionRecord
from ...domain.validation import find_problems
from ...errors import ConflictError, InputError
from ...storage import people_rows, records, repositories
from ...storage.summaries import MissionSummary
from .. import feed, practical
from ..archive import read_archive, write_archive
from ..changes import Changed
from ..checking import CheckReport, check_mission
from ..feed import Topic
from ..identity import IdentityChangeError, identity_changes
from ..interchange.files import read_mission_file, write_mission_file
from ..mission_codes import resolve_code
from ..rule_sets import copy_for_mission
from ..settings_defaults import with_organization_defaults
from .base import Transaction, changing, load_record, organization_settings, require

if TYPE_CHECKING:
    from ..imports.notification.plan import NotificationPlan
    from ..imports.notification.reading import NotificationReading

# Everything a mission holds: what replacing or removing a whole mission changes.
MISSION_TOPICS = (Topic.MISSIONS, Topic.PROGRAMME, Topic.PEOPLE, Topic.ATTENDANCE, Topic.BUDGET)


class Missions:
    def __init__(self, transaction: Transaction):
        self._transaction = transaction

    def list_missions(self, *, include_archived: bool = True) -> list[MissionSummary]:
        with self._transaction(writes=False) as session:
            return repositories.list_missions(session, include_archived=include_archived)

    def is_empty(self) -> bool:
        with self._transaction(writes=False) as session:
            return repositories.count_missions(session) == 0

    def mission_code(self, code: str) -> str:
        """The code of the mission `code` names, as stored (a user may type it in any case)."""
        with self._transaction(checked=False, writes=False) as session:
            return resolve_code(session, code)

    def mission_id(self, code: str) -> int:
        with self._transaction(writes=False) as session:
            return require(session, code)

    def load_record(self, code: str, *, with_identity: bool = False, shown: bool = True) -> MissionRecord:
        """The whole mission; `shown` (the default) means a person will see it, so edits made
        afterwards are checked against what it holds (see `Workspace.transaction`)."""
        return load_record(self._transaction, code, with_identity=with_identity, shown=shown)

    def add_record(
        self, record: MissionRecord, *, replace: bool = False, update_identity: bool = False, source: str = ""
    ) -> int:
        """Store a whole mission; a mission with the same code is refused unless `replace`.
        Identity data of people who are in other missions is replaced only with `update_identity`
        (`IdentityChangeError` names them otherwise; `source` is the file they came from)."""
        _check_code(record.mission.code)
        with self._transaction(checked=False) as session:
            existing = repositories.mission_id_by_code(session, record.mission.code)
            if existing is not None and not replace:
                raise ConflictError(
                    f"A mission with the code {record.mission.code} already exists; use --replace to overwrite it.",
                    code="mission_exists",
                    params={"code": record.mission.code},
                )
            changes = identity_changes(session, record.people, mission_id=existing)
            if changes and not update_identity:
                raise IdentityChangeError(source or record.mission.code, changes)
            if existing is not None:
                repositories.delete_mission(session, existing)
            _note_record(session, record, others_people=bool(changes))
            return records.insert_record(session, record)

    def create_mission(self, mission: Mission) -> MissionRecord:
        """A new, empty mission with a copy of the preset rule set that fits its modality and
        scope (the organization's preferred one when it fits), or without rules when none fits."""
        from ..rule_sets import preset_for

        _check_code(mission.code)
        preset = preset_for(mission, organization_settings(self._transaction).default_rule_set)
        mission = dataclasses.replace(mission, uid=mission.uid or str(uuid.uuid4()))
        record = MissionRecord(mission=mission, rule_set=copy_for_mission(preset[1]) if preset else None)
        problems = find_problems(record)
        if problems:
            raise InputError(problems[0].message, location=problems[0].path)
        self.add_record(record)
        return record

    def duplicate_mission(self, code: str, new_code: str, start: date) -> MissionRecord:
        """Next year's mission from `code`: programme, places and budget moved to `start`."""
        _check_code(new_code)
        record = self.load_record(code)
        too_far = shift_problem(record, start)
        if too_far is not None:
            raise InputError(too_far)
        copy = duplicate_record(record, new_code, start, today=date.today())
        problems = find_problems(copy)
        if problems:
            raise InputError(problems[0].message, location=problems[0].path)
        self.add_record(copy)
        return copy

    def delete_mission(self, code: str) -> MissionRecord:
        """Remove a mission and what it owns; returns it as it was (people and sites stay)."""
        with self._transaction() as session:
            mission_id = require(session, code)
            record = records.load_record(session, mission_id)
            repositories.delete_mission(session, mission_id)
            feed.note(session, record.mission.code, *MISSION_TOPICS)
            return record

    def restore_mission(self, record: MissionRecord) -> Changed:
        """Put mission `record.mission.code` back exactly as `record` holds it (undo of a bulk
        change such as an import): same uids; people only the replaced state knew are removed
        when no other mission has them."""
        with self._transaction() as session:
            mission_id = require(session, record.mission.code)
            current = records.load_record(session, mission_id)
            repositories.delete_mission(session, mission_id)
            records.insert_record(session, record, mission_id=mission_id)
            gone = {p.uid for p in current.people} - {p.uid for p in record.people}
            people_rows.delete_unused_people(session, gone)
            _note_record(session, record)
            return Changed(updated=(record.mission.uid,))

    def update_mission(self, code: str, mission: Mission) -> Changed:
        """Save the mission's Project Notification fields and revisions (its code never changes).

        The whole mission is checked as it would be after the change; on any problem nothing
        is written.
        """
        if mission.code != code:
            raise InputError(f"A mission's code cannot change ({code} -> {mission.code}); duplicate it instead.")
        with self._transaction() as session:
            mission_id = require(session, code)
            record = records.load_record(session, mission_id)
            mission = dataclasses.replace(mission, uid=record.mission.uid, archived=record.mission.archived)
            problems = find_problems(dataclasses.replace(record, mission=mission))
            if problems:
                raise InputError(problems[0].message, location=problems[0].path)
            feed.note(session, record.mission.code, Topic.MISSIONS)
            return Changed(updated=(repositories.update_mission(session, mission_id, mission),))

    def plan_notification(self, reading: NotificationReading, *, today: date | None = None) -> NotificationPlan:
        """What importing the notification `reading` would do: a new mission, or for a code
        already here a new revision of its notification with what changed. Nothing is written."""
        from ..imports.notification.plan import plan_new, plan_revision

        code = reading.texts.get("code", "")
        known = {stored.casefold(): stored for stored in (s.code for s in self.list_missions())}
        if code.casefold() not in known:
            plan = plan_new(reading)
            problems = find_problems(plan.record) if plan.record else []
            if problems:
                raise InputError(problems[0].message, source=reading.source, location=problems[0].path)
            return plan
        current = self.load_record(known[code.casefold()]).mission
        return plan_revision(current, reading, today or date.today())

    def import_notification(self, reading: NotificationReading, *, today: date | None = None) -> NotificationPlan:
        """Store what `plan_notification` plans, in one transaction: all or nothing."""
        plan = self.plan_notification(reading, today=today)
        if plan.record is not None:
            _check_code(plan.code)
            self.add_record(plan.record, source=reading.source)
        elif plan.mission is not None and plan.changes:
            self.update_mission(plan.code, plan.mission)
        return plan

    def practical_notes(self, code: str) -> PracticalNotes:
        """The practical notes delegates find in their packs, and the departure transfer rule."""
        with self._transaction(shown=True, writes=False) as session:
            return practical.read_notes(session, require(session, code))

    def set_practical_notes(self, code: str, notes: PracticalNotes) -> Changed:
        """Store the mission's practical notes over the ones it had (what undo gives back too)."""
        with self._transaction() as session:
            mission_id = changing(session, code, Topic.MISSIONS)
            return Changed(updated=(practical.save_notes(session, mission_id, notes),))

    def set_archived(self, code: str, archived: bool = True) -> Changed:
        """Archive a mission (kept, out of the way) or bring it back."""
        with self._transaction() as session:
            mission_id = changing(session, code, Topic.MISSIONS)
            return Changed(updated=(repositories.set_archived(session, mission_id, archived),))

    def import_mission(self, source: Path, *, replace: bool = False, update_identity: bool = False) -> MissionRecord:
        record = read_mission_file(source)
        self.add_record(record, replace=replace, update_identity=update_identity, source=str(source))
        return record

    def export_mission(self, code: str, target: Path, *, with_personal_data: bool = False) -> MissionRecord:
        record = self.load_record(code, with_identity=with_personal_data)
        write_mission_file(record, target)
        return record

    def archive_mission(self, code: str, target: Path, *, with_personal_data: bool = False) -> MissionRecord:
        """Write the mission, with the logo and signature its documents use, to one archive file."""
        record = self.load_record(code, with_identity=with_personal_data)
        record = with_organization_defaults(record, organization_settings(self._transaction))
        write_archive(record, target)
        return record

    def unarchive_mission(self, source: Path, *, replace: bool = False, update_identity: bool = False) -> MissionRecord:
        record = read_archive(source)
        self.add_record(record, replace=replace, update_identity=update_identity, source=str(source))
        return record

    def check(self, code: str, *, today: date | None = None, tasks: bool = True) -> CheckReport:
        """The mission's conflicts as of `today` (by default the computer's date); `tasks`: with
        its overdue tasks (the programme's panel leaves them to the Tasks tab)."""
        with self._transaction(shown=True) as session:
            return check_mission(session, require(session, code), today or date.today(), tasks=tasks)

    def load_demo(self, *, today: date | None = None) -> list[str]:
        """Add the demo missions that are not here yet, all in one transaction; returns the codes
        added. Every file of a missing mission is read and checked before anything is written;
        a file whose mission is here already is not read. The mission in planning is dated from
        `today` (by default the computer's date)."""
        from ..demo_missions import demo_files, demo_record

        present = {summary.code for summary in self.list_missions()}
        loaded_on = today or date.today()
        demo = [demo_record(path, loaded_on) for path in demo_files() if path.stem not in present]
        with self._transaction(checked=False) as session:
            missing = [r for r in demo if repositories.mission_id_by_code(session, r.mission.code) is None]
            for record in missing:
                records.insert_record(session, record)
                _note_record(session, record)
        return [record.mission.code for record in missing]


def _note_record(session: Session, record: MissionRecord, *, others_people: bool = False) -> None:
    """A whole mission written: all it holds, the shared site catalogue when it brings sites,
    and other missions' people when their identity data was replaced."""
    feed.note(session, record.mission.code, *MISSION_TOPICS)
    if record.sites or record.travel_times:
        feed.note(session, None, Topic.SITES)
    if others_people:
        feed.note(session, None, Topic.PEOPLE)


def _check_code(code: str) -> None:
    """Every new mission's code is one readable line (domain.codes.code_problem)."""
    problem = code_problem(code)
    if problem is not None:
        raise InputError(f"The mission code {code!r} {problem}.")
