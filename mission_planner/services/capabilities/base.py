"""What the handles share: the workspace's transaction and the reads several of them need."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Protocol

from sqlmodel import Session

from ...domain.record import MissionRecord
from ...storage import records
from ...storage.owners import mission_code
from .. import feed
from ..feed import Topic
from ..mission_codes import resolve_mission_id
from ..settings import OrganizationSettings, load_settings


class Transaction(Protocol):
    """`Workspace.transaction`: a session committed at the end, or not at all."""

    def __call__(
        self, *, checked: bool = True, shown: bool = False, writes: bool | None = None
    ) -> AbstractContextManager[Session]: ...


def require(session: Session, code: str) -> int:
    """The id of the mission `code` names (`NotFoundError`, with suggestions, if none)."""
    return resolve_mission_id(session, code)


def load_record(
    transaction: Transaction, code: str, *, with_identity: bool = False, shown: bool = True
) -> MissionRecord:
    """The whole mission; `shown` means a person will see it, so later edits are checked against it."""
    with transaction(shown=shown, writes=False) as session:
        return records.load_record(session, require(session, code), with_identity=with_identity)


def organization_settings(transaction: Transaction) -> OrganizationSettings:
    with transaction(writes=False) as session:
        return load_settings(session)


def changing(session: Session, code: str, *topics: Topic) -> int:
    """The id of the mission `code` names, noting on the change feed that this transaction
    changes its `topics` (published only if the transaction commits)."""
    mission_id = require(session, code)
    feed.note(session, mission_code(session, mission_id), *topics)
    return mission_id
