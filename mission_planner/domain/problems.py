"""Problems found before anything is stored: in a value, named by its path inside the value, or
in a row of an imported file, as a code with parameters and the cell it is in."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from .limits import MAX_PROBLEMS_SHOWN

Shown = TypeVar("Shown")


@dataclass(frozen=True, slots=True)
class Problem:
    """`message` is English, for the command line; `code` and `params`, where given, say the same
    for a front end that words it itself."""

    path: str
    message: str
    code: str = ""
    params: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class ProblemCode(StrEnum):
    """What is wrong in a row of an imported file; the comment names each code's parameters."""

    MISSING_COLUMN = "missing_column"  # column: the name the file lacks
    UNRECOGNISED_COLUMNS = "unrecognised_columns"  # headers: titles not recognised; missing: required fields
    MAPPED_TWICE = "mapped_twice"  # field: one field; headers: the titles of the columns giving it
    EMPTY = "empty"
    NUL_CHARACTER = "nul_character"
    LONE_SURROGATE = "lone_surrogate"  # code_point
    TOO_LONG = "too_long"  # length, limit
    NOT_EMAIL = "not_email"  # text
    NOT_DATE = "not_date"  # text
    NOT_DATE_TIME = "not_date_time"  # text
    NO_SUCH_TIME = "no_such_time"  # text
    NOT_GENDER = "not_gender"  # text
    NOT_ROLE = "not_role"  # text
    UNKNOWN_COUNTRY = "unknown_country"  # text
    NOT_TIME_ZONE = "not_time_zone"  # text
    SAME_PERSON = "same_person"  # earlier: the row of the first mention
    LEAVE_BEFORE_JOIN = "leave_before_join"
    NOT_RATING = "not_rating"  # text
    NO_SUCH_SESSION = "no_such_session"  # title: the session a question names
    NO_SUCH_PERSON = "no_such_person"  # text: the name or email a respondent gave
    NO_QUESTIONS = "no_questions"


@dataclass(frozen=True, slots=True)
class RowProblem:
    """A problem of row `row` (numbered as the spreadsheet shows it), in the column at `column`
    (zero-based, None for the whole row) headed `header` in the file. No sentence: each front
    end words the code and its parameters."""

    row: int
    code: ProblemCode
    params: dict[str, Any] = field(default_factory=dict)
    column: int | None = None
    header: str = ""


def column_letter(index: int) -> str:
    """A, B, ..., Z, AA, AB, ... for a zero-based column index."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def shown_and_hidden(
    problems: list[Shown], total: int | None = None, shown: int | None = None
) -> tuple[list[Shown], int]:
    """The problems to print and how many more there are (`total` when counting went on past the list).

    Front ends print the first `shown` (MAX_PROBLEMS_SHOWN) and then "and N more".
    """
    shown = MAX_PROBLEMS_SHOWN if shown is None else shown
    total = len(problems) if total is None else total
    return problems[:shown], max(0, total - min(shown, len(problems)))
