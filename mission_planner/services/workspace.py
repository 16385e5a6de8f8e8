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
from typing import Any

import sqlalchemy.exc
from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from ..atomic import check_folder, check_target, holding_personal_data, protect_database, release_database, write_error
from ..domain.budget import BudgetLine, RuleSet
from ..domain.budgeting import BudgetReport, compute_budget
from ..domain.certificates import Eligibility, eligibility
from ..domain.codes import code_problem
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
from ..storage import attendance_rows, change_counter, people_rows, records, repositories, site_rows, versions
from ..storage.backup import refuse_foreign_database
from ..storage.engine import (
    create_database_engine,
    database_url,
    for_writing,
    refuse_non_regular,
    shown_location,
    sqlite_path,
    tighten_database_files,
)
from ..storage.migrate import MigrationOutcome, prepare_database
from ..storage.repositories import MissionSummary
from . import attendance, budget, feed, people, programme, sites
from .archive import read_archive, write_archive
from .attendance import ReportImport
from .backups import DailyBackup, daily_backup_for, kept_daily_backups, set_kept_daily_backups
from .changes import Changed, RemovedItem, RemovedLine
from .checking import CheckReport, check_mission
from .export import KINDS, DocumentSettings, MissionSnapshot, Progress, take_snapshot, writer_for
from .feed import ChangeFeed
from .identity import IdentityChangeError, identity_changes
from .interchange.files import read_mission_file, write_mission_file
from .mission_codes import resolve_code, resolve_mission_id
from .people import ImportReport, PurgeReport
from .people_search import PeopleIndex
from .personal import ProgrammeEntry, personal_programme
from .rule_sets import copy_for_mission
from .settings import OrganizationSettings, load_settings, save_settings
from .settings_defaults import with_organization_defaults


class Workspace:
    def __init__(self, engine: Engine, *, is_default: bool = False, migration: MigrationOutcome | None = None):
        self.engine = engine
        self.notices: list[str] = []  # what opening did that the user should hear of
        self.new_file: Path | None = None  # the database file this opening created
        self.is_default = is_default
        self.migration = migration or MigrationOutcome()
        self.daily_backup = DailyBackup()
        self._seen = versions.SeenVersions()
        self._counter_lock = threading.Lock()
        with engine.connect() as connection:
            self._known_count = change_counter.read(connection)  # writes counted, ours and others' seen
        self._missed_other_write = False
        self.feed = ChangeFeed()  # every commit of this workspace, and others' writes it notices

    @property
    def location(self) -> str:
        return shown_location(self.engine.url)

    @contextlib.contextmanager
    def transaction(
        self, *, checked: bool = True, shown: bool = False, writes: bool | None = None
    ) -> Iterator[Session]:
        """A session whose changes are committed together at the end, or not at all.

        `checked`: refuse to change a row someone else changed since this workspace read it
        (`StaleEditError`); imports set it off, as they replace data on purpose. `shown`: what
        the session reads is about to be shown, so later edits are checked against it.
        `writes`: the session may write, so on SQLite it takes the write lock when it begins
        and another writer waits its turn (`engine.for_writing`); a read that passes False
        never waits for a writer. Unless given, a session writes when its reads are not
        `shown` (a read for the window, such as `load_record`, does not wait for writers).
        """
        writes = not shown if writes is None else writes
        with Session(for_writing(self.engine) if writes else self.engine, expire_on_commit=False) as session:
            versions.watch(session, self._seen, checked=checked)
            try:
                yield session
                count = change_counter.bump(session) if session.info["wrote"] else None
                session.commit()
            except StaleDataError as error:
                session.rollback()
                raise versions.lost_race() from error
            except IntegrityError as error:
                session.rollback()
                if versions.lost_race_on_key(error):
                    raise versions.lost_race() from error
                raise
            except OperationalError as error:
                _rollback(session)
                if "locked" in str(error.orig) or "busy" in str(error.orig):
                    raise DatabaseError(
                        f"The database {self.location} is busy: another program is writing to it. Try again."
                    ) from error
                if _out_of_space(error.orig):
                    raise DatabaseError(
                        f"Cannot write to the database {self.location}: no space left ({_one_line(error.orig)}); "
                        "nothing was changed."
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
            self._publish(session)

    def _publish(self, session: Session) -> None:
        changes = feed.noted(session)
        if changes:
            self.feed.publish(changes)
        elif session.info["wrote"]:
            self.feed.publish_everything(elsewhere=False)  # a write that said nothing of itself

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
        except sqlalchemy.exc.DatabaseError as error:
            raise DatabaseError(f"Cannot reach the database {self.location}: {_one_line(error.orig)}") from error
        with self._counter_lock:
            changed = self._missed_other_write or count != self._known_count
            self._known_count, self._missed_other_write = count, False
        if changed:
            self.feed.publish_everything(elsewhere=True)
        return changed

    def close(self) -> None:
        path = sqlite_path(self.engine.url.render_as_string(hide_password=False))
        if path is not None:
            release_database(path)
        self.engine.dispose()

    def discard_new_file(self) -> None:
        """Close, and remove the database file this opening created (a first command that was
        refused leaves no empty database behind)."""
        self.close()
        if self.new_file is not None:
            _remove_database_files(self.new_file)

    # --- missions --------------------------------------------------------------------------

    def list_missions(self, *, include_archived: bool = True) -> list[MissionSummary]:
        with self.transaction() as session:
            return repositories.list_missions(session, include_archived=include_archived)

    def is_empty(self) -> bool:
        with self.transaction() as session:
            return repositories.count_missions(session) == 0

    def mission_code(self, code: str) -> str:
        """The code of the mission `code` names, as stored (a user may type it in any case)."""
        with self.transaction(checked=False) as session:
            return resolve_code(session, code)

    def mission_id(self, code: str) -> int:
        with self.transaction() as session:
            return self._require(session, code)

    def load_record(self, code: str, *, with_identity: bool = False, shown: bool = True) -> MissionRecord:
        """The whole mission; `shown` (the default) means a person will see it, so edits made
        afterwards are checked against what it holds (see `transaction`)."""
        with self.transaction(shown=shown) as session:
            return records.load_record(session, self._require(session, code), with_identity=with_identity)

    def add_record(
        self, record: MissionRecord, *, replace: bool = False, update_identity: bool = False, source: str = ""
    ) -> int:
        """Store a whole mission; a mission with the same code is refused unless `replace`.
        Identity data of people who are in other missions is replaced only with `update_identity`
        (`IdentityChangeError` names them otherwise; `source` is the file they came from)."""
        _check_code(record.mission.code)
        with self.transaction(checked=False) as session:
            existing = repositories.mission_id_by_code(session, record.mission.code)
            if existing is not None and not replace:
                raise ConflictError(
                    f"A mission with the code {record.mission.code} already exists; use --replace to overwrite it."
                )
            changes = identity_changes(session, record.people, mission_id=existing)
            if changes and not update_identity:
                raise IdentityChangeError(source or record.mission.code, changes)
            if existing is not None:
                repositories.delete_mission(session, existing)
            return records.insert_record(session, record)

    def create_mission(self, mission: Mission) -> MissionRecord:
        """A new, empty mission with a copy of the preset rule set that fits its modality and
        scope (the organization's preferred one when it fits), or without rules when none fits."""
        from .rule_sets import preset_for

        _check_code(mission.code)
        preset = preset_for(mission, self.organization_settings().default_rule_set)
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
        record = with_organization_defaults(record, self.organization_settings())
        write_archive(record, target)
        return record

    def unarchive_mission(self, source: Path, *, replace: bool = False, update_identity: bool = False) -> MissionRecord:
        record = read_archive(source)
        self.add_record(record, replace=replace, update_identity=update_identity, source=str(source))
        return record

    def check(self, code: str, *, today: date | None = None) -> CheckReport:
        """The mission's conflicts as of `today` (by default the computer's date)."""
        with self.transaction(shown=True) as session:
            return check_mission(session, self._require(session, code), today or date.today())

    # --- programme ---------------------------------------------------------------------------

    def add_item(self, code: str, day: date, item: Item) -> Changed:
        with self.transaction() as session:
            return programme.add_item(session, self._require(session, code), day, item)

    def edit_item(self, uid: str, **changes: Any) -> Changed:
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

    def import_delegates(
        self, code: str, path: Path, *, dry_run: bool = False, update_identity: bool = False
    ) -> ImportReport:
        """Add and update people from a nomination file, all rows or none."""
        with self.transaction(checked=False) as session:
            return people.import_nominations(
                session, self._require(session, code), path, dry_run=dry_run, update_identity=update_identity
            )

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

    def delete_budget_line(self, uid: str) -> tuple[Changed, RemovedLine]:
        with self.transaction() as session:
            return budget.delete_line(session, uid)

    def restore_budget_line(self, removed: RemovedLine) -> Changed:
        """Put a deleted line back with its uid, where it was in the list."""
        with self.transaction() as session:
            return budget.restore_line(session, self._require(session, removed.mission_code), removed)

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
        return resolve_mission_id(session, code)


def _refuse_unknown_people(snapshot: MissionSnapshot) -> None:
    """`--person UID` must name someone of the mission, or the document would quietly be empty."""
    known = {part.person_uid for part in snapshot.record.participations}
    for uid in snapshot.settings.person_uids:
        if uid not in known:
            code = snapshot.record.mission.code
            raise NotFoundError(f"No person with the uid {uid} in {code}; `people {code}` lists them.")


def open_workspace(db: str | None = None, *, create: bool = True) -> Workspace:
    """Open (upgrading if needed) the database named by `db` or the defaults.

    A database file that does not exist is created when `create` is set or when it is the
    default database; otherwise it is refused ("no database at PATH"), creating nothing.
    """
    location, is_default = resolve_database(db)
    url = database_url(location)
    path = sqlite_path(url)
    if path is not None:
        refuse_non_regular(path)
        refuse_foreign_database(path)  # before SQLite opens it: WAL mode would change its header
    existed = path is not None and path.exists()
    engine = create_database_engine(url, create=create or is_default)
    try:
        outcome = prepare_database(engine)
        workspace = Workspace(engine, is_default=is_default, migration=outcome)
    except sqlalchemy.exc.DatabaseError as error:
        _abandon(engine, path, existed)
        raise DatabaseError(f"Cannot open the database {shown_location(url)}: {_one_line(error.orig)}") from error
    except DBAPIError as error:  # a server that cannot be reached, a driver that gives up
        _abandon(engine, path, existed)
        raise DatabaseError(f"Cannot reach the database {shown_location(url)}: {_one_line(error.orig)}") from error
    except BaseException:
        _abandon(engine, path, existed)
        raise
    workspace.new_file = path if path is not None and not existed else None
    tightened = tighten_database_files(path) if existed and path is not None else []
    if path is not None:
        protect_database(path)
    workspace.notices += [f"{file} was readable by others; it is now private to you (mode 600)" for file in tightened]
    if is_default:
        workspace.daily_backup = daily_backup_for(engine)
    return workspace


def _check_code(code: str) -> None:
    """Every new mission's code is one readable line (domain.codes.code_problem)."""
    problem = code_problem(code)
    if problem is not None:
        raise InputError(f"The mission code {code!r} {problem}.")


def _abandon(engine: Engine, path: Path | None, existed: bool) -> None:
    """Close a database that could not be opened; a file this opening created goes again."""
    engine.dispose()
    if path is not None and not existed:
        _remove_database_files(path)


def _remove_database_files(path: Path) -> None:
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        file.unlink(missing_ok=True)


def _rollback(session: Session) -> None:
    """Roll back after a failed write; a connection too broken to roll back is dropped, which
    rolls back too."""
    try:
        session.rollback()
    except SQLAlchemyError:
        session.invalidate()


def _out_of_space(error: BaseException | None) -> bool:
    """Whether a driver error says the disk (or the file size allowed) is full."""
    if getattr(error, "sqlstate", None) in ("53100", "54000"):  # PostgreSQL: disk full, program limit
        return True
    text = str(error).casefold()
    return "disk is full" in text or "disk i/o error" in text or "no space left" in text


def _one_line(error: BaseException | None) -> str:
    """A driver's message on one line (psycopg adds a hint on a line of its own)."""
    return " ".join(str(error).split())
