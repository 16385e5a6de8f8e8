"""A refusal (a `MissionPlannerError`) in the window's language, where the error carries a code
and its parameters; any other error is shown with its own (English) message."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication

from ..domain.problems import shown_and_hidden
from ..errors import InputError, MissionPlannerError, StaleEditError
from ..services import ImportProblems, NoCertificateError
from .certificate_text import why_none_text
from .import_problem_text import problem_text


def error_text(error: MissionPlannerError) -> str:
    """What to show for `error`: worded here from its code when it has one."""
    if isinstance(error, ImportProblems):
        return import_problems_text(error)
    if isinstance(error, NoCertificateError):
        return why_none_text(error.count, chosen_only=error.chosen_only)
    if isinstance(error, StaleEditError):
        return stale_text(error.what)
    if isinstance(error, InputError) and error.code is not None:
        return input_text(error.code, error.params) or str(error)
    return str(error)


def input_text(code: str, params: dict[str, object]) -> str | None:
    """A refused value in the window's language; None for a code this module does not word."""
    match code:
        case "item_without_title":
            return QCoreApplication.translate("Refusal", "An item needs a title.")
        case "item_ends_before_start":
            start = params["start"]
            return QCoreApplication.translate("Refusal", "“{title}” must end after it starts ({start}).").format(
                title=params["title"], start=f"{start:%H:%M}" if isinstance(start, time) else start
            )
        case "item_past_midnight":
            return QCoreApplication.translate("Refusal", "“{title}” would run past midnight.").format(
                title=params["title"]
            )
        case "flight_without_airport":
            return QCoreApplication.translate("Refusal", "A flight needs an airport.")
        case "person_without_family_name":
            return QCoreApplication.translate("Refusal", "A person needs a family name.")
        case "unknown_country":
            return QCoreApplication.translate("Refusal", "{text} is not a country.").format(text=params["text"])
        case "not_email":
            return QCoreApplication.translate("Refusal", "{text} is not an email address.").format(text=params["text"])
        case "not_time_zone":
            return QCoreApplication.translate("Refusal", "{text} is not a time zone.").format(text=params["text"])
        case "email_in_mission":
            return QCoreApplication.translate(
                "Refusal", "{name} of this mission has the email {email} already."
            ).format(name=params["name"], email=params["email"])
        case "stay_ends_before_check_in":
            return QCoreApplication.translate("Refusal", "The stay at {hotel} ends before it begins.").format(
                hotel=params["hotel"]
            )
    return None


def stale_text(what: str | None) -> str:
    """Someone else's change came first; `what` names the row, None when it cannot be named."""
    if what is None:
        return QCoreApplication.translate(
            "Refusal",
            "This was changed by someone else at the same moment; reload to see their change. Nothing was saved.",
        )
    return QCoreApplication.translate(
        "Refusal", "«{what}» was changed by someone else since you opened it; reload to see their change."
    ).format(what=what)


def import_problems_text(error: ImportProblems) -> str:
    """`2 problems; nothing was imported:` and the first problems, one a line."""
    count = (
        QCoreApplication.translate("Refusal", "1 problem")
        if error.total == 1
        else QCoreApplication.translate("Refusal", "{count} problems").format(count=f"{error.total:,}")
    )
    shown, hidden = shown_and_hidden(error.problems, error.total)
    lines = [QCoreApplication.translate("Refusal", "{count}; nothing was imported:").format(count=count)]
    lines += [f"{error.source}: {problem_text(problem)}" for problem in shown]
    if hidden:
        lines.append(QCoreApplication.translate("Refusal", "and {count} more").format(count=f"{hidden:,}"))
    return "\n".join(lines)
