"""Finding a mission by the code a user typed: without regard to case, and with the closest
codes suggested when none matches."""

from __future__ import annotations

import difflib

from sqlmodel import Session

from ..errors import NotFoundError
from ..storage import repositories

SUGGESTIONS = 3


def resolve_mission_id(session: Session, code: str) -> int:
    """The id of the mission `code` names; its exact spelling first, then any case."""
    mission_id = repositories.mission_id_by_code(session, code)
    if mission_id is not None:
        return mission_id
    known = repositories.mission_ids_by_code(session)
    folded = {stored.casefold(): stored for stored in known}
    if code.casefold() in folded:
        return known[folded[code.casefold()]]
    raise NotFoundError(
        unknown_code_message(code, list(known)), code="not_found", params={"what": "mission", "key": code}
    )


def resolve_code(session: Session, code: str) -> str:
    """The code as stored for the mission `code` names."""
    return repositories.mission_code_of(session, resolve_mission_id(session, code))


def unknown_code_message(code: str, known: list[str]) -> str:
    folded = {stored.casefold(): stored for stored in known}
    close = difflib.get_close_matches(code.casefold(), list(folded), n=SUGGESTIONS, cutoff=0.6)
    hint = f" Did you mean {', '.join(folded[c] for c in close)}?" if close else ""
    return f"No mission with the code {code}.{hint}"
