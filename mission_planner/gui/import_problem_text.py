"""Import problems in the window's language, from their codes and parameters.

The command line's English words are `services/imports/problem_text.py`; these go through
`QCoreApplication.translate`, so the Korean window says them in Korean (the English is the
command line's, so both front ends read alike).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..domain.problems import ProblemCode, RowProblem, column_letter
from .import_plan_text import field_text

_TITLES_SHOWN = 10
_TITLE_CHARS = 40


def where_text(problem: RowProblem) -> str:
    """`E-mail (column F)`, or nothing for a problem of the whole row."""
    if problem.column is None:
        return ""
    return QCoreApplication.translate("ImportProblem", "{title} (column {letter})").format(
        title=problem.header, letter=column_letter(problem.column)
    )


def message_text(code: ProblemCode, params: Mapping[str, Any]) -> str:
    """What is wrong, without its place."""
    text = repr(params.get("text", ""))
    match code:
        case ProblemCode.MISSING_COLUMN:
            return QCoreApplication.translate("ImportProblem", "the required column {column} is missing").format(
                column=repr(params["column"])
            )
        case ProblemCode.UNRECOGNISED_COLUMNS:
            return QCoreApplication.translate(
                "ImportProblem",
                "the columns {headers} are not recognised and the required columns {missing} are missing; "
                "choose which field each column holds",
            ).format(headers=titles_text(params["headers"]), missing=fields_text(params["missing"]))
        case ProblemCode.MAPPED_TWICE:
            return QCoreApplication.translate(
                "ImportProblem", "the columns {headers} all give {field}; keep one"
            ).format(headers=titles_text(params["headers"]), field=fields_text([params["field"]]))
        case ProblemCode.EMPTY:
            return QCoreApplication.translate("ImportProblem", "is empty")
        case ProblemCode.NUL_CHARACTER:
            return QCoreApplication.translate("ImportProblem", "holds a NUL character (U+0000)")
        case ProblemCode.LONE_SURROGATE:
            return QCoreApplication.translate(
                "ImportProblem", "holds a lone surrogate (U+{code}), which is not a character"
            ).format(code=f"{params['code_point']:04X}")
        case ProblemCode.TOO_LONG:
            return QCoreApplication.translate(
                "ImportProblem", "is {length} characters long; at most {limit} are allowed"
            ).format(length=f"{params['length']:,}", limit=f"{params['limit']:,}")
        case ProblemCode.NOT_EMAIL:
            return QCoreApplication.translate("ImportProblem", "{text} is not an email address").format(text=text)
        case ProblemCode.NOT_DATE:
            return QCoreApplication.translate(
                "ImportProblem", "{text} is not a date (write it as 2023-10-24 or 24/10/2023)"
            ).format(text=text)
        case ProblemCode.NOT_DATE_TIME:
            return QCoreApplication.translate(
                "ImportProblem", "{text} is not a date and time (write it as 2023-10-23 17:40)"
            ).format(text=text)
        case ProblemCode.NO_SUCH_TIME:
            return QCoreApplication.translate("ImportProblem", "{text} has no such time of day").format(text=text)
        case ProblemCode.NOT_GENDER:
            return QCoreApplication.translate("ImportProblem", "{text} is not a gender (F, M or X)").format(text=text)
        case ProblemCode.NOT_ROLE:
            return QCoreApplication.translate(
                "ImportProblem",
                "{text} is not a role (participant, resource person overseas, resource person local, observer, "
                "secretariat)",
            ).format(text=text)
        case ProblemCode.UNKNOWN_COUNTRY:
            return QCoreApplication.translate("ImportProblem", "{text} is not a known country").format(text=text)
        case ProblemCode.NOT_TIME_ZONE:
            return QCoreApplication.translate(
                "ImportProblem", "{text} is not an IANA time zone such as Europe/Istanbul"
            ).format(text=text)
        case ProblemCode.SAME_PERSON:
            return QCoreApplication.translate("ImportProblem", "the same person as row {row}").format(
                row=params["earlier"]
            )
        case ProblemCode.LEAVE_BEFORE_JOIN:
            return QCoreApplication.translate("ImportProblem", "the leave time is before the join time")
    return f"{code}: {dict(params)}"


def titles_text(titles: list[str]) -> str:
    """The first few of a header's titles, each cut short: hundreds of columns stay one line."""
    shown = [_title(title) for title in titles[:_TITLES_SHOWN]]
    more = len(titles) - _TITLES_SHOWN
    if more > 0:
        return QCoreApplication.translate("ImportProblem", "{titles} and {count} more").format(
            titles=", ".join(shown), count=f"{more:,}"
        )
    return ", ".join(shown)


def _title(title: str) -> str:
    if not title:
        return QCoreApplication.translate("ImportProblem", "(untitled)")
    return repr(title if len(title) <= _TITLE_CHARS else title[: _TITLE_CHARS - 1] + "…")


def fields_text(keys: list[str]) -> str:
    """Fields by their names in words (`family name`, `country`)."""
    return ", ".join(f"'{field_text(key)}'" for key in keys)


def problem_text(problem: RowProblem) -> str:
    """The whole problem in one line, for a list without columns of its own."""
    where = where_text(problem)
    message = message_text(problem.code, problem.params)
    if where:
        return QCoreApplication.translate("ImportProblem", "row {row}, {where}: {message}").format(
            row=problem.row, where=where, message=message
        )
    return QCoreApplication.translate("ImportProblem", "row {row}: {message}").format(row=problem.row, message=message)
