"""A mission's practical notes and airport meeting points: checked, then stored whole."""

from __future__ import annotations

from sqlmodel import Session

from ..domain.practical import MeetingPoint, PracticalNotes
from ..domain.value_limits import value_problems
from ..errors import InputError
from ..storage import practical_rows
from .text_gate import refuse_long_text


def read_notes(session: Session, mission_id: int) -> PracticalNotes:
    return practical_rows.load_practical(session, mission_id)[0]


def read_meeting_points(session: Session, mission_id: int) -> list[MeetingPoint]:
    return practical_rows.load_meeting_points(session, mission_id)


def save_notes(session: Session, mission_id: int, notes: PracticalNotes) -> str:
    refuse_long_text(notes)
    _refuse_values(notes)
    try:
        return practical_rows.save_practical(session, mission_id, notes)
    except KeyError:
        raise InputError(
            "The host organization's office is not in the site catalogue.",
            location="host_office_uid",
            code="host_office_unknown",
        ) from None


def save_meeting_points(session: Session, mission_id: int, points: list[MeetingPoint]) -> str:
    seen: set[tuple[str, object]] = set()
    for n, point in enumerate(points):
        refuse_long_text(point, f"meeting_points[{n}]")
        key = (point.airport.upper(), point.on_date)
        if not point.airport.strip():
            raise InputError(
                "A meeting point needs an airport.",
                location=f"meeting_points[{n}].airport",
                code="meeting_point_without_airport",
            )
        if key in seen:
            raise InputError(
                f"{point.airport} has two meeting points for the same day.",
                location=f"meeting_points[{n}]",
                code="meeting_point_repeated",
                params={"airport": point.airport},
            )
        seen.add(key)
    return practical_rows.save_meeting_points(session, mission_id, points)


def _refuse_values(value: object) -> None:
    problems = value_problems(value)
    if problems:
        raise InputError(
            f"{problems[0].path} {problems[0].message}",
            location=problems[0].path,
            code="transfer_out_of_range",
            params={"limit": 24 * 60},
        )
