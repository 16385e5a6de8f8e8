"""A refusal (a `MissionPlannerError`) in the window's language, where the error carries a code
and its parameters; any other error is shown with its own (English) message."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..domain.problems import ProblemCode, shown_and_hidden
from ..errors import InputError, MissionPlannerError, StaleEditError
from ..services import ImportProblems, NoCertificateError
from .certificate_text import why_none_text
from .formatting import format_date
from .import_problem_text import message_text, problem_text


def error_text(error: MissionPlannerError) -> str:
    """What to show for `error`: worded here from its code when it has one."""
    if isinstance(error, ImportProblems):
        return import_problems_text(error)
    if isinstance(error, NoCertificateError):
        return why_none_text(error.count, chosen_only=error.chosen_only)
    if isinstance(error, StaleEditError):
        return stale_text(error.what)
    if error.code is None:
        return str(error)
    said = input_text(error.code, error.params) or coded_text(error.code, error.params)
    if said is None:
        return str(error)
    source = error.source if isinstance(error, InputError) else None
    return f"{Path(source).name}: {said}" if source else said


def file_reason(code: str) -> str | None:
    """Why a file picked cannot be read at all, or None for another code."""
    words = {
        "no_such_file": QCoreApplication.translate("Refusal", "There is no such file."),
        "permission_denied": QCoreApplication.translate("Refusal", "The file cannot be read: permission denied."),
        "link_loop": QCoreApplication.translate("Refusal", "The file is a symbolic link that leads in a circle."),
        "is_folder": QCoreApplication.translate("Refusal", "This is a folder, not a file."),
        "not_a_file": QCoreApplication.translate("Refusal", "This is not a regular file."),
        "name_too_long": QCoreApplication.translate("Refusal", "The file name is too long."),
        "old_xls_workbook": QCoreApplication.translate(
            "Refusal", "This is an old Excel .xls workbook; save it as .xlsx or as CSV UTF-8."
        ),
        "not_a_workbook": QCoreApplication.translate("Refusal", "This is not a readable XLSX workbook."),
        "no_rows": QCoreApplication.translate("Refusal", "The file has no rows."),
        "damaged_file": QCoreApplication.translate(
            "Refusal", "The file is damaged, or is not the kind of file its name says; nothing was read."
        ),
        "notification_unreadable": QCoreApplication.translate(
            "Refusal", "This is not a Project Notification this program reads: a PDF, a Word (.docx) or a text file."
        ),
        "notification_locked": QCoreApplication.translate("Refusal", "This PDF is locked with a password."),
        "notification_no_text": QCoreApplication.translate(
            "Refusal", "This PDF has no text to read (a scanned image?): save the notification as Word or text."
        ),
        "not_a_notification": QCoreApplication.translate(
            "Refusal", "This is not a Project Notification: it has no Project Code, Title or Timing and Duration."
        ),
        "nul_in_text": QCoreApplication.translate(
            "Refusal", "The file holds a NUL character, which no text file has; is it a spreadsheet saved as text?"
        ),
    }
    return words.get(code)


def coded_text(code: str, params: dict[str, object]) -> str | None:
    """A refusal of the services, the storage or the file readers, from its code; None for one
    this module does not word."""
    if (reason := file_reason(code)) is not None:
        return reason
    match code:
        case "not_found":
            return not_found_text(str(params["what"]), str(params["key"]))
        case "notification_too_long":
            return QCoreApplication.translate(
                "Refusal", "This file holds more text than any Project Notification; nothing was read."
            )
        case "notification_incomplete":
            return QCoreApplication.translate(
                "Refusal", "A notification needs its Project Code, Title and Timing and Duration."
            )
        case "no_security_site":
            return QCoreApplication.translate(
                "Refusal", "No site this mission visits wants a list of visitors; there is no visitor list to write."
            )
        case "site_needed":
            return QCoreApplication.translate(
                "Refusal", "The mission visits several sites that want a list of visitors ({sites}); choose one."
            ).format(sites=params["sites"])
        case "letter_template" if params.get("line"):
            return QCoreApplication.translate("Refusal", "line {line}: {message}").format(
                line=params["line"], message=params["message"]
            )
        case "letter_missing":
            return QCoreApplication.translate("Refusal", "Choose which letter to write.")
        case "letter_unknown":
            return QCoreApplication.translate("Refusal", "{letter} is not a letter.").format(letter=params["letter"])
        case "letter_no_site":
            return QCoreApplication.translate(
                "Refusal", "{mission} visits no institution: there is no site to write to."
            ).format(mission=params["mission"])
        case "text_too_long":
            return QCoreApplication.translate("Refusal", "{field} is longer than {limit} characters.").format(
                field=params["field"], limit=params["limit"]
            )
        case "letter_digital":
            return QCoreApplication.translate("Refusal", "{mission} meets online: no one needs a visa for it.").format(
                mission=params["mission"]
            )
        case "letter_no_traveller":
            return QCoreApplication.translate(
                "Refusal", "{mission} has no accepted participant from abroad to write to."
            ).format(mission=params["mission"])
        case "person_exists":
            return QCoreApplication.translate("Refusal", "This person is in the mission already.")
        case "not_a_field":
            return QCoreApplication.translate("Refusal", "“{key}” (for the column “{column}”) is not a field.").format(
                key=params["key"], column=params["column"]
            )
        case "nul_character" | "lone_surrogate" | "too_long":
            return QCoreApplication.translate("Refusal", "{field} {problem}").format(
                field=params["field"], problem=message_text(ProblemCode(code), params)
            )
        case "negative":
            return QCoreApplication.translate("Refusal", "{field} cannot be negative.").format(field=params["field"])
        case "site_in_use":
            return QCoreApplication.translate(
                "Refusal", "{site} is used by {count} programme items or hotel stays; change those first."
            ).format(site=params["site"], count=params["uses"])
        case "purge_before_end":
            end = params["end"]
            return QCoreApplication.translate(
                "Refusal", "{mission} ends on {end}; personal data is purged after a mission."
            ).format(mission=params["mission"], end=format_date(end) if isinstance(end, date) else end)
        case "mission_exists":
            return QCoreApplication.translate("Refusal", "A mission with the code {code} already exists.").format(
                code=params["code"]
            )
        case "identity_change":
            return QCoreApplication.translate(
                "Refusal",
                "{source} would replace the identity data (passport, date of birth) of people who are in other "
                "missions too. Nothing was imported.",
            ).format(source=Path(str(params["source"])).name)
        case "database_busy":
            return QCoreApplication.translate(
                "Refusal", "The database is busy: another program is writing to it. Try again."
            )
        case "database_full":
            return QCoreApplication.translate(
                "Refusal", "Cannot write to the database: no space left. Nothing was changed."
            )
        case "database_unreachable":
            return QCoreApplication.translate(
                "Refusal", "Cannot open or reach the database {location} ({reason})."
            ).format(location=params["location"], reason=params["reason"])
        case "not_our_database":
            return QCoreApplication.translate(
                "Refusal", "{location} holds tables but is not a Mission Planner database."
            ).format(location=params["location"])
        case "database_too_new":
            return QCoreApplication.translate(
                "Refusal", "{location} was written by a newer Mission Planner. Install the newer version to open it."
            ).format(location=params["location"])
        case "disk_full":
            return QCoreApplication.translate(
                "Refusal", "Cannot write {file}: the disk is full. Any file that was there is left as it was."
            ).format(file=Path(str(params["file"])).name)
        case "write_denied":
            return QCoreApplication.translate(
                "Refusal", "Cannot write {file}: permission denied. Choose another folder."
            ).format(file=Path(str(params["file"])).name)
        case "write_failed":
            return QCoreApplication.translate("Refusal", "Cannot write {file} ({reason}).").format(
                file=Path(str(params["file"])).name, reason=params["reason"]
            )
        case "not_an_image":
            return QCoreApplication.translate("Refusal", "This is not a PNG or JPEG image.")
        case "site_without_name":
            return QCoreApplication.translate("Refusal", "A site needs an English name.")
        case "travel_same_place":
            return QCoreApplication.translate("Refusal", "A travel time needs two different places.")
        case "implausible_journey":
            return QCoreApplication.translate("Refusal", "{minutes} minutes is not a plausible journey.").format(
                minutes=params["minutes"]
            )
        case "not_currency":
            return QCoreApplication.translate("Refusal", "“{text}” is not an ISO 4217 currency code.").format(
                text=params["text"]
            )
        case "rate_not_positive":
            return QCoreApplication.translate("Refusal", "An exchange rate must be more than 0.")
        case "cannot_read":
            return QCoreApplication.translate("Refusal", "The file cannot be read ({reason}).").format(
                reason=params["reason"]
            )
        case "file_too_large":
            return QCoreApplication.translate(
                "Refusal", "The file is larger than the {limit} this program reads."
            ).format(limit=params["limit"])
        case "too_many_rows" | "too_many_columns" | "too_many_cells":
            return too_big_text(code, int(str(params["limit"])))
        case "cell_too_long":
            return QCoreApplication.translate(
                "Refusal",
                "Row {row}, column {column}: the cell holds {length} characters; a cell holds at most {limit}.",
            ).format(
                row=params["row"], column=params["column"], length=f"{params['length']:,}", limit=f"{params['limit']:,}"
            )
        case "no_header_row":
            return QCoreApplication.translate("Refusal", "No header row has a column “{column}”.").format(
                column=params["column"]
            )
        case "not_readable_text":
            return QCoreApplication.translate(
                "Refusal", "The file cannot be read as {encoding} text; save it as CSV UTF-8."
            ).format(encoding=params["encoding"])
    return None


def too_big_text(code: str, limit: int) -> str:
    words = {
        "too_many_rows": QCoreApplication.translate("Refusal", "The file has more than {limit} rows, the most read."),
        "too_many_columns": QCoreApplication.translate(
            "Refusal", "The file has more than {limit} columns, the most read."
        ),
        "too_many_cells": QCoreApplication.translate("Refusal", "The file has more than {limit} cells, the most read."),
    }
    return words[code].format(limit=f"{limit:,}")


def not_found_text(what: str, key: str) -> str:
    """The row is gone (most often someone else deleted it); `key` is its code or uid."""
    words = {
        "site": QCoreApplication.translate("Refusal", "This site no longer exists; someone may have deleted it."),
        "item": QCoreApplication.translate(
            "Refusal", "This programme item no longer exists; someone may have deleted it."
        ),
        "budget_line": QCoreApplication.translate(
            "Refusal", "This budget line no longer exists; someone may have deleted it."
        ),
        "person": QCoreApplication.translate(
            "Refusal", "This person is no longer in the mission; someone may have removed them."
        ),
    }
    if what == "mission":
        return QCoreApplication.translate("Refusal", "There is no mission with the code {code}.").format(code=key)
    return words.get(what) or QCoreApplication.translate("Refusal", "{key} no longer exists.").format(key=key)


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
        case "host_office_unknown":
            return QCoreApplication.translate("Refusal", "The host organization's office is no longer a site.")
        case "meeting_point_without_airport":
            return QCoreApplication.translate("Refusal", "A meeting point needs an airport.")
        case "meeting_point_repeated":
            return QCoreApplication.translate("Refusal", "{airport} has two meeting points for the same day.").format(
                airport=params["airport"]
            )
        case "transfer_out_of_range":
            return QCoreApplication.translate(
                "Refusal", "The hotel pick-up can be at most {limit} minutes before the flight."
            ).format(limit=params["limit"])
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
