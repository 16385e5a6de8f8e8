"""Evaluation responses as form tools export them: one row per respondent, a column per question.

Google Forms and Microsoft Forms head each column with its question; a rating grid gives one
column per row of the grid, `Rate each session [Opening address]`. Columns are read by their
header: the timestamp and the respondent's name or email (optional: responses are anonymous
otherwise), an action plan, overall ratings, a rating per session (matched to the programme by
title, whatever the case and spacing), and open questions. Ratings are 1 to 5, written as a
number or as Google writes a scale's labels (`5 - Excellent`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from ...domain.evaluation import (
    OPEN_QUESTIONS,
    OVERALL_QUESTIONS,
    RATING_WORDS,
    Answer,
    EvaluationResponse,
    QuestionKind,
    is_session,
)
from ...domain.limits import MAX_LONG_TEXT, MAX_PROBLEMS_COLLECTED, MAX_SHORT_TEXT
from ...domain.problems import ProblemCode, RowProblem, column_letter
from ...domain.programme import Item
from ...domain.record import MissionRecord
from ...domain.text import name_key
from .cells import CellError, parse_text
from .sheets import Sheet

TIMESTAMPS = {"timestamp", "completiontime", "submittedat", "submitted", "submissiontime", "endtime"}
IGNORED = {"id", "starttime", "lastmodifiedtime", "respondentid"}
RESPONDENTS = {"email", "emailaddress", "name", "yourname", "fullname", "participantname", "respondent"}
ANONYMOUS = {"", "anonymous", "anon"}
GRID = re.compile(r"\[(.+)\]\s*$")
RATING = re.compile(r"([1-5])(?:\s*(?:[-–—:.)/(]|of|out of).*)?", re.IGNORECASE)
WORD_RATINGS = {name_key(word): rating for rating, word in RATING_WORDS.items()} | {"verypoor": 1}


class Column(StrEnum):
    TIMESTAMP = "timestamp"
    RESPONDENT = "respondent"
    ACTION_PLAN = "action plan"
    OVERALL = "overall rating"
    SESSION = "session rating"
    OPEN = "open question"
    IGNORED = "ignored"


@dataclass(frozen=True, slots=True)
class ColumnUse:
    index: int
    header: str
    use: Column
    item_uid: str | None = None
    title: str = ""  # the session's title as the programme has it

    @property
    def letter(self) -> str:
        return column_letter(self.index)


@dataclass(slots=True)
class EvaluationImport:
    columns: list[ColumnUse] = field(default_factory=list)
    responses: list[EvaluationResponse] = field(default_factory=list)
    action_plans: dict[str, str] = field(default_factory=dict)  # person uid -> plan
    problems: list[RowProblem] = field(default_factory=list)  # the first MAX_PROBLEMS_COLLECTED
    problem_count: int = 0

    def problem(self, problem: RowProblem) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS_COLLECTED:
            self.problems.append(problem)


def _key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def parse_evaluation(sheet: Sheet, record: MissionRecord) -> EvaluationImport:
    found = EvaluationImport()
    sessions = {_key(item.title): item for item in record.items() if is_session(item)}
    for index, header in enumerate(sheet.header):
        found.columns.append(_classify(index, header, sessions, sheet, found))
    if not found.problems and not any(
        c.use in (Column.OVERALL, Column.SESSION, Column.OPEN, Column.ACTION_PLAN) for c in found.columns
    ):
        found.problem(RowProblem(sheet.header_row, ProblemCode.NO_QUESTIONS))
        return found
    finder = _Respondents(record)
    for number, cells in sheet.rows:
        response = _response(number, cells, found, finder, sheet)
        if response is not None:
            found.responses.append(response)
    return found


def _classify(index: int, header: str, sessions: dict[str, Item], sheet: Sheet, found: EvaluationImport) -> ColumnUse:
    key = _key(header)
    if key in TIMESTAMPS:
        return ColumnUse(index, header, Column.TIMESTAMP)
    if key in IGNORED or not key:
        return ColumnUse(index, header, Column.IGNORED)
    if key in RESPONDENTS:
        return ColumnUse(index, header, Column.RESPONDENT)
    if "actionplan" in key:  # "Action plan", "Your action plan", "My action plan at home"
        return ColumnUse(index, header, Column.ACTION_PLAN)
    grid = GRID.search(header)
    named = grid.group(1) if grid else header
    item = sessions.get(_key(named))
    if item is not None:
        return ColumnUse(index, header, Column.SESSION, item.uid, item.title)
    if grid and not key.startswith("overall"):
        found.problem(
            RowProblem(sheet.header_row, ProblemCode.NO_SUCH_SESSION, {"title": named.strip()}, index, header)
        )
        return ColumnUse(index, header, Column.IGNORED)
    if key in {_key(q) for q in OVERALL_QUESTIONS} or key.startswith("overall"):
        return ColumnUse(index, header, Column.OVERALL)
    if key in {_key(q) for q in OPEN_QUESTIONS}:
        return ColumnUse(index, header, Column.OPEN)
    if _all_ratings(index, sheet):
        found.problem(RowProblem(sheet.header_row, ProblemCode.NO_SUCH_SESSION, {"title": header}, index, header))
        return ColumnUse(index, header, Column.IGNORED)
    return ColumnUse(index, header, Column.OPEN)


def _all_ratings(index: int, sheet: Sheet) -> bool:
    """Whether every answer in the column is a rating: a question of ratings no session matches."""
    values = [str(cells[index]) for _, cells in sheet.rows if index < len(cells) and str(cells[index])]
    return bool(values) and all(parse_rating(value) is not None for value in values)


def parse_rating(text: str) -> int | None:
    match = RATING.fullmatch(text.strip())
    if match:
        return int(match.group(1))
    return WORD_RATINGS.get(name_key(text))


def _response(
    number: int, cells: list[object], found: EvaluationImport, finder: _Respondents, sheet: Sheet
) -> EvaluationResponse | None:
    response = EvaluationResponse(number)
    plan = ""
    ok = True
    for column in found.columns:
        value = cells[column.index] if column.index < len(cells) else ""
        limit = MAX_LONG_TEXT if column.use in (Column.OPEN, Column.ACTION_PLAN) else MAX_SHORT_TEXT
        try:
            text = parse_text(value, limit) if column.use != Column.IGNORED else ""
        except CellError as error:
            found.problem(RowProblem(number, error.code, error.params, column.index, column.header))
            ok = False
            continue
        match column.use:
            case Column.TIMESTAMP:
                response.submitted = response.submitted or text
            case Column.RESPONDENT:
                if text.casefold() in ANONYMOUS:
                    continue
                person = finder.find(text)
                if person is None:
                    found.problem(
                        RowProblem(number, ProblemCode.NO_SUCH_PERSON, {"text": text}, column.index, column.header)
                    )
                    ok = False
                elif response.person_uid is None:
                    response.person_uid = person
            case Column.OVERALL | Column.SESSION:
                if not text:
                    continue
                rating = parse_rating(text)
                if rating is None:
                    found.problem(
                        RowProblem(number, ProblemCode.NOT_RATING, {"text": text}, column.index, column.header)
                    )
                    ok = False
                    continue
                kind = QuestionKind.SESSION if column.use == Column.SESSION else QuestionKind.OVERALL
                question = column.title if column.use == Column.SESSION else column.header
                response.answers.append(Answer(question, kind, column.item_uid, rating))
            case Column.OPEN:
                if text:
                    response.answers.append(Answer(column.header, QuestionKind.OPEN, text=text))
            case Column.ACTION_PLAN:
                plan = text
    if not ok:
        return None
    if plan and response.person_uid is not None:
        found.action_plans[response.person_uid] = plan
    elif plan:  # an anonymous plan is kept among the answers
        header = next(c.header for c in found.columns if c.use == Column.ACTION_PLAN)
        response.answers.append(Answer(header, QuestionKind.OPEN, text=plan))
    return response


class _Respondents:
    """The mission's people by email and by name (either order of family and given name)."""

    def __init__(self, record: MissionRecord):
        taking_part = {part.person_uid for part in record.participations}
        self.keys: dict[str, str] = {}
        for person in record.people:
            if person.uid not in taking_part:
                continue
            names = (
                person.email,
                person.full_name,
                f"{person.given_name} {person.family_name}",
                f"{person.family_name} {person.given_name}",
            )
            for name in names:
                if name.strip():
                    self.keys.setdefault(name_key(name), person.uid)

    def find(self, text: str) -> str | None:
        return self.keys.get(name_key(text))
