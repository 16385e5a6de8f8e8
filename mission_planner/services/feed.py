"""The change feed: every committed change is published here, whoever made it.

A write notes what it changes with `note(session, code, Topic.X)` inside its transaction;
when the transaction commits, the workspace publishes one `Change` per mission it touched.
A write that noted nothing publishes a `Change` for every topic of every mission, so a
forgotten note costs a refresh, never a stale view. A write by another program (seen by
`Workspace.changed_elsewhere`) is published the same way, with `elsewhere` set.

The feed knows nothing of Qt: subscribers are plain callables, called on the thread that
committed. The window turns them into one Qt signal (`gui/change_signal.py`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Topic(StrEnum):
    """What kind of thing changed."""

    MISSIONS = "missions"  # a mission's own fields, the list of missions, archiving
    PROGRAMME = "programme"  # days and items
    PEOPLE = "people"  # delegates, their status, travel and stays
    ATTENDANCE = "attendance"
    BUDGET = "budget"  # budget lines, exchange rates, the mission's rule set
    SITES = "sites"  # the site catalogue and travel times (shared by every mission)
    SETTINGS = "settings"  # the organization's settings
    TASKS = "tasks"  # what is recorded of a mission's tasks and its task rules


EVERY_TOPIC = frozenset(Topic)


@dataclass(frozen=True, slots=True)
class Change:
    """One committed change: which mission (None: any or none) and what kind of thing."""

    code: str | None
    topics: frozenset[Topic]
    elsewhere: bool = False  # made by another program, not by this workspace

    def touches(self, code: str | None, *topics: Topic) -> bool:
        """Whether a view of mission `code` showing `topics` must read again."""
        same_mission = self.code is None or code is None or self.code == code
        return same_mission and not self.topics.isdisjoint(topics)


Subscriber = Callable[[Change], None]

_NOTES = "feed.notes"  # the key of a session's notes in `session.info`


def note(session: Any, code: str | None, *topics: Topic) -> None:
    """Say, inside a transaction, that it changes `topics` of mission `code` (None: of none)."""
    notes: dict[str | None, set[Topic]] = session.info.setdefault(_NOTES, {})
    notes.setdefault(code, set()).update(topics)


def noted(session: Any) -> list[Change]:
    """The changes noted in `session`, one per mission."""
    notes: dict[str | None, set[Topic]] = session.info.get(_NOTES, {})
    return [Change(code, frozenset(topics)) for code, topics in notes.items()]


class ChangeFeed:
    """Subscribers and the publishing of changes to them."""

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Call `subscriber` with every change from now on; returns the function that stops it."""
        with self._lock:
            self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            with self._lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)

        return unsubscribe

    def publish(self, changes: Iterable[Change]) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for change in changes:
            for subscriber in subscribers:
                subscriber(change)

    def publish_everything(self, *, elsewhere: bool) -> None:
        """Everything may have changed (a write that noted nothing, or another program's)."""
        self.publish([Change(None, EVERY_TOPIC, elsewhere=elsewhere)])
