"""A mission's evaluation responses: read, and replaced as a whole by each import."""

from __future__ import annotations

from sqlmodel import Session, col, delete, select

from ..domain.evaluation import Answer, EvaluationResponse, QuestionKind
from . import tables
from .keys import existing


def load_responses(session: Session, mission_id: int) -> list[EvaluationResponse]:
    """The responses in order; one whose respondent has left the mission since reads as anonymous,
    so the mission never names a person it does not hold."""
    response = tables.EvaluationResponseRow
    part = tables.ParticipationRow
    rows = session.exec(
        select(response, tables.PersonRow.uid, part.id)
        .outerjoin(tables.PersonRow, col(tables.PersonRow.id) == response.person_id)
        .outerjoin(part, (col(part.person_id) == response.person_id) & (col(part.mission_id) == mission_id))
        .where(col(response.mission_id) == mission_id)
        .order_by(col(response.number))
    ).all()
    return [
        EvaluationResponse(
            row.number, row.submitted, person_uid if taking_part else None, [_answer(value) for value in row.answers]
        )
        for row, person_uid, taking_part in rows
    ]


def save_responses(session: Session, mission_id: int, responses: list[EvaluationResponse]) -> str:
    """Replace the mission's responses; returns the mission's uid. A person a response names
    must be stored already (KeyError otherwise)."""
    session.execute(
        delete(tables.EvaluationResponseRow).where(col(tables.EvaluationResponseRow.mission_id) == mission_id)
    )
    uids = {r.person_uid for r in responses if r.person_uid is not None}
    ids = dict(
        session.exec(select(tables.PersonRow.uid, tables.PersonRow.id).where(col(tables.PersonRow.uid).in_(uids))).all()
    )
    for response in responses:
        person_id = None
        if response.person_uid is not None:
            person_id = ids.get(response.person_uid)
            if person_id is None:
                raise KeyError(response.person_uid)
        session.add(
            tables.EvaluationResponseRow(
                mission_id=mission_id,
                number=response.number,
                submitted=response.submitted,
                person_id=person_id,
                answers=[_answer_value(answer) for answer in response.answers],
            )
        )
    return existing(session, tables.MissionRow, mission_id).uid


def _answer_value(answer: Answer) -> dict[str, object]:
    return {
        "question": answer.question,
        "kind": answer.kind.value,
        "item_uid": answer.item_uid,
        "rating": answer.rating,
        "text": answer.text,
    }


def _answer(value: dict) -> Answer:
    return Answer(
        value["question"],
        QuestionKind(value["kind"]),
        value.get("item_uid"),
        value.get("rating"),
        value.get("text", ""),
    )
