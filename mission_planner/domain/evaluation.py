"""The participants' evaluation of a mission: the questionnaire's template and the responses.

A response is one respondent's row of a form tool's export. It is anonymous unless the form
asked for a name or email that names one of the mission's people. Session ratings point at the
programme item rated, so a renamed session keeps its ratings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from .enums import ItemKind
from .programme import Item

RATINGS = (1, 2, 3, 4, 5)
RATING_WORDS = {1: "Poor", 2: "Fair", 3: "Good", 4: "Very good", 5: "Excellent"}
SESSION_KINDS = frozenset({ItemKind.PRESENTATION, ItemKind.PANEL, ItemKind.SITE_VISIT, ItemKind.GROUP_DISCUSSION})

# The questionnaire every mission starts from: the form prints these, the import recognises them.
OVERALL_QUESTIONS = (
    "Overall, how satisfied are you with the mission?",
    "How relevant was the mission to your work?",
    "How well were the objectives of the mission achieved?",
    "How well was the mission organized?",
)
OPEN_QUESTIONS = (
    "What did you find most useful?",
    "What should be improved?",
    "Any other comments?",
)
ACTION_PLAN_QUESTION = "Action plan: what will you apply in your organization after the mission?"
SESSION_QUESTION = "Rate each session"  # a form tool's rating grid: `Rate each session [title]`


@dataclass(frozen=True, slots=True)
class Questionnaire:
    """The template the printed form is made from; the form tool's questions should read the same,
    so that its export's headers name them (the import matches them by these words)."""

    overall: tuple[str, ...] = OVERALL_QUESTIONS
    session_question: str = SESSION_QUESTION
    open: tuple[str, ...] = OPEN_QUESTIONS
    action_plan: str = ACTION_PLAN_QUESTION


DEFAULT_QUESTIONNAIRE = Questionnaire()


class QuestionKind(StrEnum):
    OVERALL = "overall"  # a rating of the whole mission
    SESSION = "session"  # a rating of one session (item_uid)
    OPEN = "open"  # a written answer


@dataclass(slots=True)
class Answer:
    question: str  # as the form's export headed it
    kind: QuestionKind
    item_uid: str | None = None  # the session rated
    rating: int | None = None  # 1..5 for ratings
    text: str = ""  # the written answer of an open question


@dataclass(slots=True)
class EvaluationResponse:
    """One respondent's answers; `number` is the order of the responses (their row in the file)."""

    number: int
    submitted: str = ""  # the form tool's timestamp as it wrote it
    person_uid: str | None = None  # only when the respondent named themselves
    answers: list[Answer] = field(default_factory=list)


def is_session(item: Item) -> bool:
    """Whether the questionnaire asks participants to rate `item` (not a meal, break or transfer)."""
    return item.kind in SESSION_KINDS


@dataclass(frozen=True, slots=True)
class QuestionSummary:
    question: str
    item_uid: str | None
    counts: dict[int, int]  # rating -> how many gave it

    @property
    def answered(self) -> int:
        return sum(self.counts.values())

    @property
    def mean(self) -> Decimal | None:
        """The mean rating to two places, or None when no one rated."""
        if not self.answered:
            return None
        total = sum(rating * count for rating, count in self.counts.items())
        return (Decimal(total) / Decimal(self.answered)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class EvaluationSummary:
    responses: int
    overall: list[QuestionSummary]
    sessions: list[QuestionSummary]  # in programme order, one per session rated or not
    comments: dict[str, list[str]]  # open question -> the answers written

    def overall_distribution(self) -> dict[int, int]:
        """How many overall ratings of each value, over all overall questions."""
        return {rating: sum(q.counts.get(rating, 0) for q in self.overall) for rating in RATINGS}


def summarize(responses: list[EvaluationResponse], sessions: list[Item]) -> EvaluationSummary:
    overall: dict[str, dict[int, int]] = {}
    rated: dict[str, dict[int, int]] = {item.uid: {} for item in sessions}
    comments: dict[str, list[str]] = {}
    for response in responses:
        for answer in response.answers:
            if answer.kind == QuestionKind.OPEN:
                if answer.text:
                    comments.setdefault(answer.question, []).append(answer.text)
                continue
            if answer.rating is None:
                continue
            if answer.kind == QuestionKind.OVERALL:
                counts = overall.setdefault(answer.question, {})
            elif answer.item_uid in rated:
                counts = rated[answer.item_uid]
            else:
                continue  # a session removed from the programme since
            counts[answer.rating] = counts.get(answer.rating, 0) + 1
    titles = {item.uid: item.title for item in sessions}
    return EvaluationSummary(
        len(responses),
        [QuestionSummary(question, None, counts) for question, counts in overall.items()],
        [QuestionSummary(titles[uid], uid, counts) for uid, counts in rated.items()],
        comments,
    )
