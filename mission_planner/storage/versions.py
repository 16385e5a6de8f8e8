"""Optimistic concurrency: refuse to overwrite a row that someone else changed since we read it.

A workspace remembers the version of every editable row it has shown (the reads it marks
`shown`) and of every row it wrote itself. When a transaction then changes or deletes such a
row, the version in the database must still be the one remembered; otherwise the transaction
stops with `StaleEditError` and nothing is written. A row the workspace never showed (a one-off
command) is not checked. The `version_id_col` of the tables covers the other half: two writers
that read the same version at the same moment cannot both write.
"""

from __future__ import annotations

import threading
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapper, ORMExecuteState, Session, object_session
from sqlalchemy.orm.attributes import flag_modified

from ..errors import StaleEditError
from . import tables
from .keys import existing

# The rows a coordinator edits by hand; imports and demo loads replace data without asking.
CHECKED = (
    tables.ItemRow,
    tables.BudgetLineRow,
    tables.PersonRow,
    tables.ParticipationRow,
    tables.SiteRow,
    tables.AttendanceRow,
)

Key = tuple[str, Any]


def _key(row: Any) -> Key:
    return (row.__tablename__, row.id)


class SeenVersions:
    """The version of each checked row as this workspace last read or wrote it."""

    def __init__(self) -> None:
        self._versions: dict[Key, int] = {}
        self._lock = threading.Lock()

    def remember(self, versions: dict[Key, int]) -> None:
        with self._lock:
            self._versions.update(versions)

    def expected(self, row: Any) -> int | None:
        with self._lock:
            return self._versions.get(_key(row))


def watch(session: Session, seen: SeenVersions, *, checked: bool = True) -> None:
    """Check the changes `session` flushes against `seen` (when `checked`), and note in its
    `info` whether it wrote anything ("wrote") and the versions of the checked rows it read
    ("read") and wrote ("written")."""
    session.info["wrote"] = False
    session.info["read"] = {}
    session.info["written"] = {}

    @event.listens_for(session, "loaded_as_persistent")
    def note(session: Session, row: Any) -> None:
        if isinstance(row, CHECKED):
            session.info["read"][_key(row)] = row.version

    @event.listens_for(session, "do_orm_execute")
    def note_statement(state: ORMExecuteState) -> None:
        if state.is_insert or state.is_update or state.is_delete:  # a write not made through rows
            session.info["wrote"] = True

    @event.listens_for(session, "before_flush")
    def check(session: Session, _context, _instances) -> None:
        if not checked:
            return
        for row in (*session.dirty, *session.deleted):
            if not isinstance(row, CHECKED):
                continue
            # A row set to the values it holds is checked too (it writes nothing, so the version
            # column would not catch it): values worked out from an old version of the row, a
            # quantity raised by one, are refused, not taken as agreeing with the new one.
            expected = seen.expected(row)
            # A row this transaction already wrote (two steps of one edit) carries its own version.
            ours = session.info["written"].get(_key(row))
            if expected is not None and _stored_version(row) not in (expected, ours):
                raise stale(session, row)


@event.listens_for(Mapper, "after_insert")
@event.listens_for(Mapper, "after_update")
@event.listens_for(Mapper, "after_delete")
def _note_write(_mapper, _connection, row: Any) -> None:
    """Each row a watched session writes: it wrote, and the version a checked row has now."""
    session = object_session(row)
    if session is None or "written" not in session.info:
        return
    session.info["wrote"] = True
    if isinstance(row, CHECKED):
        session.info["written"][_key(row)] = row.version


@event.listens_for(Session, "do_orm_execute")
def _note_statement(state: Any) -> None:
    """A statement that writes (an import's batch inserts) fires no mapper event: it wrote too."""
    if (state.is_insert or state.is_update or state.is_delete) and "written" in state.session.info:
        state.session.info["wrote"] = True


def new_version(row: Any) -> None:
    """Have the next flush give `row` a new version although none of its own values changed: its
    child rows did (a person's flights, an item's roles, a mission's revisions), and an edit made
    from the row as it was must still be refused as stale.

    The version column raises the version with every UPDATE of the row, by one. SQLAlchemy emits
    no UPDATE for a row without a net change, even one flagged dirty (`flag_dirty`), so one of
    its columns is flagged modified with the value it holds: the UPDATE writes that value back
    and the version column's new version, `WHERE version = <the version read>`."""
    session = object_session(row)
    renewed = session.info.setdefault("renewed", set()) if session is not None else set()
    if _key(row) in renewed:
        return  # one new version per transaction, however many steps it takes
    renewed.add(_key(row))
    mapper = inspect(row).mapper
    keep = next(
        prop.key
        for prop in mapper.column_attrs
        if not any(column.primary_key or column is mapper.version_id_col for column in prop.columns)
    )
    flag_modified(row, keep)


def _stored_version(row: Any) -> int:
    return _stored(row, "version")


def _stored(row: Any, name: str) -> Any:
    """The value as this transaction read it from the database, before any change made here."""
    history = inspect(row).attrs[name].history
    return history.deleted[0] if history.deleted else getattr(row, name)


def stale(session: Session, row: Any) -> StaleEditError:
    what = describe(session, row)
    return StaleEditError(
        f"«{what}» was changed by someone else since you opened it; reload to see their change.", what=what
    )


def lost_race() -> StaleEditError:
    """The error when the database itself matched no row: another write got there first."""
    return StaleEditError(
        "This was changed by someone else at the same moment; reload to see their change. Nothing was saved."
    )


# PostgreSQL's names of the keys a use case checks before it writes, so that another writer can
# get in between: a unique key taken at the same moment, or a row referred to that was removed at
# the same moment. A key missing here is a mistake of the program, not a race, and stays one.
RACED_KEYS = frozenset(
    {
        "mission_code_key",
        "mission_uid_key",
        "person_uid_key",
        "site_uid_key",
        "item_uid_key",  # two windows undoing the same delete
        "budget_line_uid_key",
        "day_mission_id_date_key",  # a day shifted onto a date another writer just filled
        "participation_mission_id_person_id_key",
        "issued_certificate_mission_id_serial_key",
        "item_day_id_fkey",
        "item_site_id_fkey",
        "stay_hotel_site_id_fkey",
        "item_role_person_id_fkey",
        "participation_person_id_fkey",
    }
)


def lost_race_on_key(error: IntegrityError) -> bool:
    """Whether PostgreSQL refused a row because another writer, at the same moment, took its
    unique key or removed the row it refers to (`RACED_KEYS`). On SQLite writers take turns
    (`engine.for_writing`), so there such an error is never a race."""
    diag = getattr(error.orig, "diag", None)
    return getattr(diag, "constraint_name", None) in RACED_KEYS


def describe(session: Session, row: Any) -> str:
    """The name a coordinator knows the row by, as the database holds it."""
    with session.no_autoflush:
        if isinstance(row, tables.ItemRow):
            return _stored(row, "title")
        if isinstance(row, tables.BudgetLineRow):
            return _stored(row, "description") or _stored(row, "category")
        if isinstance(row, tables.SiteRow):
            return _stored(row, "name_en")
        if isinstance(row, tables.PersonRow):
            return _name(row)
        if isinstance(row, tables.ParticipationRow):
            return _name(session.get(tables.PersonRow, row.person_id))
        if isinstance(row, tables.AttendanceRow):
            item = existing(session, tables.ItemRow, row.item_id)
            return f"{item.title}: {_name(session.get(tables.PersonRow, row.person_id))}"
    return row.__tablename__


def _name(person: tables.PersonRow | None) -> str:
    return " ".join(part for part in (person.given_name, person.family_name) if part) if person else ""
