"""One exception hierarchy for every error a user can cause or meet.

Front ends catch `MissionPlannerError`: messages are written for the coordinator, naming the
file, row and field where there is one, and the command line prints them as they are; the
window words an error from its `code` and `params` where it has them. Anything else is a bug.
"""

from __future__ import annotations


class MissionPlannerError(Exception):
    """An expected error with a message fit for the user. `code` and `params`, where given, say
    the same as the English message for a front end that words it itself (the window)."""

    def __init__(self, *args: object, code: str | None = None, params: dict[str, object] | None = None):
        super().__init__(*args)
        self.code = code
        self.params = params or {}


class InputError(MissionPlannerError):
    """Bad input: a file, a row, a field. Nothing was written. `code` and `params`, where given,
    say the same as the English message for a front end that words it itself."""

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        location: str | None = None,
        code: str | None = None,
        params: dict[str, object] | None = None,
    ):
        self.source = source
        self.location = location
        prefix = ": ".join(part for part in (source, location) if part)
        super().__init__(f"{prefix}: {message}" if prefix else message, code=code, params=params)
        self.detail = message


class NotFoundError(MissionPlannerError):
    """A mission, person or item the user named does not exist."""


class ConflictError(MissionPlannerError):
    """The change would clash with what is already there (a code in use, a newer edit)."""


class WriteError(MissionPlannerError):
    """A file could not be written (a full disk, no permission); what was there is left as it was."""

    def __init__(
        self,
        message: str,
        *,
        reason: str | None = None,
        code: str | None = None,
        params: dict[str, object] | None = None,
    ):
        super().__init__(message, code=code, params=params)
        self.reason = reason or message  # the cause alone, for a sentence of the caller's own


class StaleEditError(ConflictError):
    """Someone else changed the row since this workspace last read it; nothing was written.
    `what` names the row as the coordinator knows it (an item's title), for a front end that
    words the refusal itself; None when the database matched no row at all (a lost race)."""

    def __init__(self, message: str, *, what: str | None = None):
        super().__init__(message)
        self.what = what


class DatabaseError(MissionPlannerError):
    """The database cannot be opened or used."""


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer build of Mission Planner."""


class NotAMissionPlannerDatabaseError(DatabaseError):
    """The file holds data, but not a Mission Planner database."""


class NoDatabaseError(DatabaseError):
    """A database named by path does not exist, for a command that only uses one."""
