"""Import problems in English, as the command line prints them:
`row 3, E-mail (column F): 'x@' is not an email address`. The window words the same codes in
its own language (`gui/import_problem_text.py`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ...domain.problems import ProblemCode, RowProblem, column_letter
from ...domain.text_limits import fault_text

ROLE_CHOICES = "participant, resource person overseas, resource person local, observer, secretariat"


def row_problem_text(problem: RowProblem) -> str:
    """The problem with its row and, when it is in one cell, the column's title and letter."""
    return f"row {problem.row}{where_text(problem)}: {message_text(problem.code, problem.params)}"


def where_text(problem: RowProblem) -> str:
    """`, E-mail (column F)`, or nothing for a problem of the whole row."""
    if problem.column is None:
        return ""
    return f", {problem.header} (column {column_letter(problem.column)})"


TITLES_SHOWN = 10  # of a header's titles named in one line
TITLE_CHARS = 40  # of one title


def titles_text(titles: list[str]) -> str:
    """`'Nation', 'Mobile'` and how many more: a header of hundreds of columns stays one line."""
    shown = [repr(t if len(t) <= TITLE_CHARS else t[: TITLE_CHARS - 1] + "…") for t in titles[:TITLES_SHOWN]]
    more = len(titles) - TITLES_SHOWN
    return ", ".join(shown) + (f" and {more:,} more" if more > 0 else "")


def message_text(code: ProblemCode, params: Mapping[str, Any]) -> str:
    """What is wrong, without its place."""
    text = params.get("text", "")
    match code:
        case ProblemCode.MISSING_COLUMN:
            return f"the required column {params['column']!r} is missing"
        case ProblemCode.UNRECOGNISED_COLUMNS:
            return (
                f"the column{'s' if len(params['headers']) != 1 else ''} {titles_text(params['headers'])} "
                f"{'are' if len(params['headers']) != 1 else 'is'} not recognised and the required "
                f"column{'s' if len(params['missing']) != 1 else ''} {', '.join(map(repr, params['missing']))} "
                f"{'are' if len(params['missing']) != 1 else 'is'} missing; say which field each holds "
                '(--map "Header=field" on the command line)'
            )
        case ProblemCode.MAPPED_TWICE:
            return f"the columns {titles_text(params['headers'])} all give the field {params['field']!r}; keep one"
        case ProblemCode.EMPTY:
            return "is empty"
        case ProblemCode.NUL_CHARACTER | ProblemCode.LONE_SURROGATE | ProblemCode.TOO_LONG:
            return fault_text(code.value, dict(params))
        case ProblemCode.NOT_EMAIL:
            return f"{text!r} is not an email address"
        case ProblemCode.NOT_DATE:
            return f"{text!r} is not a date (write it as 2023-10-24 or 24/10/2023)"
        case ProblemCode.NOT_DATE_TIME:
            return f"{text!r} is not a date and time (write it as 2023-10-23 17:40)"
        case ProblemCode.NO_SUCH_TIME:
            return f"{text!r} has no such time of day"
        case ProblemCode.NOT_GENDER:
            return f"{text!r} is not a gender (F, M or X)"
        case ProblemCode.NOT_ROLE:
            return f"{text!r} is not a role ({ROLE_CHOICES})"
        case ProblemCode.UNKNOWN_COUNTRY:
            return f"{text!r} is not a known country"
        case ProblemCode.NOT_TIME_ZONE:
            return f"{text!r} is not an IANA time zone such as Europe/Istanbul"
        case ProblemCode.SAME_PERSON:
            return f"the same person as row {params['earlier']}"
        case ProblemCode.LEAVE_BEFORE_JOIN:
            return "the leave time is before the join time"
        case ProblemCode.NOT_RATING:
            return f"{text!r} is not a rating from 1 to 5 (write 4, or 4 - Very good)"
        case ProblemCode.NO_SUCH_SESSION:
            return f"no session of the programme is titled {params['title']!r}"
        case ProblemCode.NO_SUCH_PERSON:
            return f"{text!r} names none of the mission's people (leave it empty for an anonymous response)"
        case ProblemCode.NO_QUESTIONS:
            return "no column holds an answer to a question"
    return f"{code}: {dict(params)}"
