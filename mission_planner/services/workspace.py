"""The workspace: an opened database and the use cases that run on it.

`open_workspace(db)` resolves `--db` / $MISSION_PLANNER_DB / the default database, brings the
schema up to date, and returns a `Workspace`. Every change runs in one transaction.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
import uuid
from collections.abc import Iterator
from datetime import date, time
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from ..domain.budget import BudgetLine, RuleSet
from ..domain.budgeting import BudgetReport, compute_budget
from ..domain.certificates import Eligibility, eligibility
from ..domain.duplicate import duplicate_record, shift_problem
from ..domain.enums import FlightDirection, Status
from ..domain.mission import Mission
from ..domain.people import Attendance, Flight, Stay
from ..domain.places import Site, TravelTime
from ..domain.programme import Item
from ..domain.record import MissionRecord
from ..domain.travel import PickupGroup, pickup_groups
from ..domain.validation import find_problems
from ..errors import ConflictError, DatabaseError, InputError, NotFoundError
from ..paths import resolve_database
from ..storage import attendance as attendance_rows
from ..storage import change_counter, records, repositories, versions
from ..storage import people as people_rows
from ..storage import sites as site_rows
from ..storage.engine import create_database_engine, sqlite_path
from ..storage.migrate import MigrationOutcome, prepare_database
from ..storage.repositories import MissionSummary
from . import attendance, budget, people, programme, sites
from .archive import read_archive, write_archive
from .attendance import ReportImport
from .backups import DailyBackup, daily_backup_for, kept_daily_backups, set_kept_daily_backups
from .changes import Changed, RemovedItem
from .checking import CheckReport, check_mission
from .export import KINDS, DocumentSettings, MissionSnapshot, Progress, take_snapshot, writer_for
from .interchange.files import read_mission_file, write_mission_file
from .people import ImportReport, PurgeReport
from .people_search import PeopleIndex
from .personal import ProgrammeEntry, personal_programme
from .rule_sets import copy_for_mission
from .settings import OrganizationSettings, load_settings, save_settings
from .settings_defaults import with_organization_defaults


class Workspace:
    def __init__(self, engine: Engine, *, is_default: bool = False, migration: MigrationOutcome | None = None):
        self.engine = engine
        self.is_default = is_default
        self.migration = migration or MigrationOutcome()
        self.daily_backup = DailyBackup()
        self._seen = versions.SeenVersions()
        self._counter_lock = threading.Lock()
        with engine.connect() as connection:
            self._known_count = change_counter.read(connection)  # writes counted, ours and others' seen
        self._missed_other_write = False

    @property
    def location(self) -> str:
        url = self.engine.url.render_as_string(hide_password=True)
        path = sqlite_path(url)
        return str(path) if path else url

    @contextlib.contextmanager
    def transaction(self, *, checked: bool = True, shown: bool = False) -> Iterator[Session]:
        """A session whose changes are committed together at the end, or not at all.

        `checked`: refuse to change a row someone else changed since this workspace read it
        (`StaleEditError`); imports set it off, as they replace data on purpose. `shown`: what
        the session reads is about to be shown, so later edits are checked against it.
        """
        with Session(self.engine, expire_on_commit=False) as session:
            versions.watch(session, self._seen, checked=checked)
            try:
                yield session
                count = change_counter.bump(session) if session.info["wrote"] else None
                session.commit()
            except StaleDataError as error:
                session.rollback()
                raise versions.lost_race() from error
            except OperationalError as error:
                session.rollback()
                if "locked" in str(error.orig) or "busy" in str(error.orig):
                    raise DatabaseError(
                        f"The database {self.location} is busy: another program is writing to it. Try again."
                    ) from error
                raise
            except BaseException:
                session.rollback()
                raise
            if shown:
                self._seen.remember(session.info["read"])
            self._seen.remember(session.info["written"])
            if count is not None:
                self._counted_own_write(count)

    def _counted_own_write(self, count: int) -> None:
        with self._counter_lock:
            if count != self._known_count + 1:
                self._missed_other_write = True  # someone else wrote since we last looked
            self._known_count = count

    def changed_elsewhere(self) -> bool:
        """Whether another program wrote to the database since the last call (or the opening).

        Cheap enough to call every few seconds: one row of one table is read.
        """
        try:
            with self.engine.connect() as connection:
                count = change_counter.read(connection)
        except SQLAlchemyDatabaseError as error:
            raise DatabaseError(f"Cannot reach the database {self.location}: {_one_line(error.orig)}") from error
        with self._counter_lock:
            changed = self._missed_other_write or count != self._known_count
            self._known_count, self._missed_other_write = count, False
        return changed

    def close(self) -> None:
        self.engine.dispose()

    # --- missions --------------------------------------------------------------------------

    def list_missions(self, *, include_archived: bool = True) -> list[MissionSummary]:
        with self.transaction() as session:
            return repositories.list_missions(session, include_archived=include_archived)

    def is_empty(self) -> bool:
        with self.transaction() as session:
            return repositories.count_missions(session) == 0

    def mission_id(self, code: str) -> int:
        with self.transaction() as session:
            return self._require(session, code)

    def load_record(self, code: str, *, with_identity: bool = False, shown: bool = True) -> MissionRecord:
        """The whole mission; `shown` (the default) means a person will see it, so edits made
        afterwards are checked against what it holds (see `transaction`)."""
        with self.transaction(shown=shown) as session:
            return records.load_record(session, self._require(session, code), with_identity=with_identity)

    def add_record(self, record: MissionRecord, *, replace: bool = False) -> int:
        """Store a whole mission; a mission with the same code is refused unless `replace`."""
        with self.transaction(checked=False) as session:
            existing = repositories.mission_id_by_code(session, record.mission.code)
            if existing is not None:
                if not replace:
                    raise ConflictError(
                        f"A mission with the code {record.mission.code} already exists; use --replace to overwrite it."
                    )
                repositories.delete_mission(session, existing)
            return records.insert_record(session, record)

    def create_mission(self, mission: Mission) -> MissionRecord:
        """A new, empty mission with a copy of the organization's default rule set."""
        from .rule_sets import presets

        preset = presets().get(self.organization_settings().default_rule_set)
        mission = dataclasses.replace(mission, uid=mission.uid or str(uuid.uuid4()))
        record = MissionRecord(mission=mission, rule_set=copy_for_mission(preset) if preset else None)
        problems = find_problems(record)
        if problems:
            raise InputError(problems[0].message, location=problems[0].path)
        self.add_record(record)
        return record

    def duplicate_mission(self, code: str, new_code: str, start: date) -> MissionRecord:
        """Next year's mission from `code`: programme, places and budget moved to `start`."""
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
        with self.transaction() as session:
            mission_id = self._require(session, code)
            record = records.load_record(session, mission_id)
            repositories.delete_mission(session, mission_id)
            return record

    def restore_mission(self, record: MissionRecord) -> Changed:
        """Put mission `record.mission.code` back exactly as `record` holds it (undo of a bulk
        change such as an import): same uids; people only the replaced state knew are removed
        when no other mission has them."""
        with self.transaction() as session:
            mission_id = self._require(session, record.mission.code)
            current = records.load_record(session, mission_id)
            repositories.delete_mission(session, mission_id)
            records.insert_record(session, record, mission_id=mission_id)
            gone = {p.uid for p in current.people} - {p.uid for p in record.people}
            people_rows.delete_unused_people(session, gone)
            return Changed(updated=(record.mission.uid,))

    def update_mission(self, code: str, mission: Mission) -> Changed:
        """Save the mission's Project Notification fields and revisions (its code never changes).

        The whole mission is checked as it would be after the change; on any problem nothing
        is written.
        """
        if mission.code != code:
            raise InputError(f"A mission's code cannot change ({code} -> {mission.code}); duplicate it instead.")
        with self.transaction() as session:
            mission_id = self._require(session, code)
            record = records.load_record(session, mission_id)
            mission = dataclasses.replace(mission, uid=record.mission.uid, archived=record.mission.archived)
            problems = find_problems(dataclasses.replace(record, mission=mission))
            if problems:
                raise InputError(problems[0].message, location=problems[0].path)
            return Changed(updated=(repositories.update_mission(session, mission_id, mission),))

    def set_archived(self, code: str, archived: bool = True) -> Changed:
        """Archive a mission (kept, out of the way) or bring it back."""
        with self.transaction() as session:
            return Changed(updated=(repositories.set_archived(session, self._require(session, code), archived),))

    def import_mission(self, source: Path, *, replace: bool = False) -> MissionRecord:
        record = read_mission_file(source)
        self.add_record(record, replace=replace)
        return record

    def export_mission(self, code: str, target: Path, *, with_personal_data: bool = False) -> MissionRecord:
        record = self.load_record(code, with_identity=with_personal_data)
        write_mission_file(record, target)
        return record

    def archive_mission(self, code: str, target: Path, *, with_personal_data: bool = False) -> MissionRecord:
        """Write the mission, with the logo and signature its documents use, to one archive file."""
        record = self.load_record(code, with_identity=with_personal_data)
        record = with_organization_defaults(record, self.organization_settings())
        write_archive(record, target)
        return record

    def unarchive_mission(self, source: Path, *, replace: bool = False) -> MissionRecord:
        record = read_archive(source)
        self.add_record(record, replace=replace)
        return record

    def check(self, code: str, *, today: date | None = None) -> CheckReport:
        """The mission's conflicts as of `today` (by default the computer's date)."""
        with self.transaction(shown=True) as session:
            return check_mission(session, self._require(session, code), today or date.today())

    # --- programme ---------------------------------------------------------------------------

    def add_item(self, code: str, day: date, item: Item) -> Changed:
        with self.transaction() as session:
            return programme.add_item(session, self._require(session, code), day, item)

    def edit_item(self, uid: str, **changes) -> Changed:
        with self.transaction() as session:
            return programme.edit_item(session, uid, **changes)

    def move_item(self, uid: str, day: date, start: time) -> Changed:
        with self.transaction() as session:
            return programme.move_item(session, uid, day, start)

    def resize_item(self, uid: str, start: time, end: time) -> Changed:
        with self.transaction() as session:
            return programme.resize_item(session, uid, start, end)

    def delete_item(self, uid: str) -> tuple[Changed, RemovedItem]:
        with self.transaction() as session:
            return programme.delete_item(session, uid)

    def restore_item(self, removed: RemovedItem) -> Changed:
        with self.transaction() as session:
            return programme.restore_item(session, self._require(session, removed.mission_code), removed)

    def shift_day(self, code: str, day: date, to: date) -> Changed:
        with self.transaction() as session:
            return programme.shift_day(session, self._require(session, code), day, to)

    def copy_day(self, code: str, day: date, to: date) -> Changed:
        with self.transaction() as session:
            return programme.copy_day(session, self._require(session, code), day, to)

    def personal_programme(self, code: str, person_uid: str) -> list[ProgrammeEntry]:
        return personal_programme(self.load_record(code), person_uid)

    # --- people --------------------------------------------------------------------------------

    def import_delegates(self, code: str, path: Path, *, dry_run: bool = False) -> ImportReport:
        """Add and update people from a nomination file, all rows or none."""
        with self.transaction(checked=False) as session:
            return people.import_nominations(session, self._require(session, code), path, dry_run=dry_run)

    def people_index(self) -> PeopleIndex:
        """Everyone in the database with their missions, to search by name as one types."""
        with self.transaction() as session:
            return PeopleIndex(*people_rows.people_for_search(session))

    def set_status(
        self, code: str, person_uid: str, status: Status, *, on: date | None = None, note: str = ""
    ) -> Changed:
        with self.transaction() as session:
            return people.set_status(
                session, self._require(session, code), person_uid, status, on or date.today(), note
            )

    def set_flight(self, code: str, person_uid: str, flight: Flight) -> Changed:
        with self.transaction() as session:
            return people.set_flight(session, self._require(session, code), person_uid, flight)

    def set_travel(
        self, code: str, person_uid: str, flights: dict[FlightDirection, Flight | None], stays: list[Stay]
    ) -> Changed:
        """Flights by direction (None removes that flight) and hotel stays, in one transaction."""
        with self.transaction() as session:
            return people.set_travel(session, self._require(session, code), person_uid, flights, stays)

    def set_stays(self, code: str, person_uid: str, stays: list[Stay]) -> Changed:
        with self.transaction() as session:
            return people.set_stays(session, self._require(session, code), person_uid, stays)

    def pickup_groups(self, code: str) -> list[PickupGroup]:
        return pickup_groups(self.load_record(code))

    def purge_personal_data(self, code: str, *, today: date | None = None, force: bool = False) -> PurgeReport:
        with self.transaction() as session:
            mission_id = self._require(session, code)
            return people.purge_personal_data(session, mission_id, today=today or date.today(), force=force)

    # --- attendance --------------------------------------------------------------------------

    def set_attendance(self, mark: Attendance) -> Changed:
        with self.transaction() as session:
            return attendance.set_attendance(session, mark)

    def clear_attendance(self, item_uid: str, person_uid: str) -> Changed:
        """Back to "not recorded" (the undo of a first mark)."""
        with self.transaction() as session:
            attendance_rows.clear_mark(session, item_uid, person_uid)
            return Changed(updated=(item_uid,))

    def import_attendance(self, code: str, path: Path) -> ReportImport:
        """Minutes per online item from a meeting's participant report, all or nothing."""
        with self.transaction(checked=False) as session:
            return attendance.import_participant_report(session, self._require(session, code), path)

    def eligibility(self, code: str) -> tuple[MissionRecord, list[Eligibility]]:
        record = self.load_record(code)
        return record, eligibility(record)

    # --- budget --------------------------------------------------------------------------------

    def budget(self, code: str) -> BudgetReport:
        return compute_budget(self.load_record(code))

    def save_budget_line(self, code: str, line: BudgetLine) -> Changed:
        with self.transaction() as session:
            return budget.save_line(session, self._require(session, code), line)

    def delete_budget_line(self, uid: str) -> Changed:
        with self.transaction() as session:
            return budget.delete_line(session, uid)

    def set_exchange_rate(self, code: str, currency: str, rate: Decimal | None) -> Changed:
        with self.transaction() as session:
            return budget.set_exchange_rate(session, self._require(session, code), currency, rate)

    def use_rule_set(self, code: str, rule_set: RuleSet) -> Changed:
        """Give the mission its own copy of `rule_set` (a preset or a file), replacing its rules."""
        with self.transaction() as session:
            return budget.use_rule_set(session, self._require(session, code), rule_set)

    def clear_rule_set(self, code: str) -> Changed:
        """Take the mission's rules away (the undo of giving a mission its first rule set)."""
        with self.transaction() as session:
            return budget.clear_rule_set(session, self._require(session, code))

    # --- the organization's settings ---------------------------------------------------------

    def organization_settings(self) -> OrganizationSettings:
        with self.transaction() as session:
            return load_settings(session)

    def save_organization_settings(self, settings: OrganizationSettings) -> None:
        with self.transaction() as session:
            save_settings(session, settings)

    def kept_daily_backups(self) -> int:
        with self.transaction() as session:
            return kept_daily_backups(session)

    def set_kept_daily_backups(self, keep: int) -> None:
        with self.transaction() as session:
            set_kept_daily_backups(session, keep)

    # --- documents -------------------------------------------------------------------------------

    def snapshot(self, code: str, settings: DocumentSettings | None = None) -> MissionSnapshot:
        """A frozen copy of the mission for documents; identity data only when asked."""
        settings = settings or DocumentSettings()
        record = self.load_record(code, with_identity=settings.include_personal_data, shown=False)
        return take_snapshot(with_organization_defaults(record, self.organization_settings()), settings=settings)

    def export(
        self,
        code: str,
        kind: str,
        target: Path,
        *,
        settings: DocumentSettings | None = None,
        progress: Progress | None = None,
    ) -> Path:
        """Write one KIND of document for the mission to `target` (a file, or a folder for packs)."""
        if kind not in KINDS:
            raise InputError(f"{kind!r} is not a kind of document ({', '.join(KINDS)})")
        snapshot = self.snapshot(code, settings)
        if not target.parent.exists():
            raise InputError("the folder does not exist", source=str(target.parent))
        writer_for(kind)(snapshot, target, progress or Progress())
        return target

    # --- sites -------------------------------------------------------------------------------

    def list_sites(self) -> list[Site]:
        with self.transaction(shown=True) as session:
            return site_rows.all_sites(session)

    def travel_times(self) -> list[TravelTime]:
        with self.transaction() as session:
            return site_rows.all_travel_times(session)

    def save_site(self, site: Site) -> tuple[Changed, str]:
        with self.transaction() as session:
            return sites.save_site(session, site)

    def delete_site(self, uid: str) -> Changed:
        with self.transaction() as session:
            return sites.delete_site(session, uid)

    def set_travel_time(self, from_uid: str, to_uid: str, minutes: int | None) -> Changed:
        with self.transaction() as session:
            return sites.set_travel_time(session, from_uid, to_uid, minutes)

    def load_demo(self) -> list[str]:
        """Add the demo missions that are not here yet; returns the codes added."""
        from .demo import build_demo_records

        added = []
        for record in build_demo_records():
            with self.transaction(checked=False) as session:
                if repositories.mission_id_by_code(session, record.mission.code) is None:
                    records.insert_record(session, record)
                    added.append(record.mission.code)
        return added

    @staticmethod
    def _require(session: Session, code: str) -> int:
        mission_id = repositories.mission_id_by_code(session, code)
        if mission_id is None:
            raise NotFoundError(f"No mission with the code {code}.")
        return mission_id


def open_workspace(db: str | None = None) -> Workspace:
    """Open (creating or upgrading if needed) the database named by `db` or the defaults."""
    location, is_default = resolve_database(db)
    engine = create_database_engine(location)
    try:
        outcome = prepare_database(engine)
    except SQLAlchemyDatabaseError as error:
        engine.dispose()
        shown = sqlite_path(engine.url.render_as_string(hide_password=False)) or engine.url.render_as_string()
        raise DatabaseError(f"Cannot open the database {shown}: {_one_line(error.orig)}") from error
    except BaseException:
        engine.dispose()
        raise
    workspace = Workspace(engine, is_default=is_default, migration=outcome)
    if is_default:
        workspace.daily_backup = daily_backup_for(engine)
    return workspace


def _one_line(error: BaseException) -> str:
    """A driver's message on one line (psycopg adds a hint on a line of its own)."""
    return " ".join(str(error).split())
