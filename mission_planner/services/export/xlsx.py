"""Spreadsheets: the participant list and the budget, for people who work in Excel.

Every piece of text is written as a text cell, whatever it looks like: a name typed as
`=HYPERLINK(...)`, a phone number `+1 (555)` or `@handle` is never a formula (see `formulas`). Money is written
as numbers (the exact Decimal digits go into the file) with the currency's number of decimals;
dates are dates. Passport numbers and dates of birth appear only when the coordinator asked for
personal data. The file is written to a temporary file and renamed into place.
"""

from __future__ import annotations

import errno
import gc
import io
import os
import re
import sys
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell, MergedCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from ...atomic import write_bytes_atomically, write_error
from ...domain.attendees import INACTIVE
from ...domain.budget import Split
from ...domain.budgeting import BudgetReport, LineResult
from ...domain.enums import FlightDirection, Payer, QuantityBasis, Role, SplitKind
from ...domain.money import minor_units
from ...domain.people import Flight, Participation, Person
from ..budget import quantity_text, warning_text
from ..labels import ROLE_NAMES
from .formulas import looks_like_formula
from .progress import Progress
from .snapshot import MissionSnapshot

MAX_TEXT = 32767  # Excel's limit for one cell
HEADER_FILL = PatternFill("solid", fgColor="DCE3EE")
DATE_FORMAT = "yyyy-mm-dd"
TIME_FORMAT = "yyyy-mm-dd hh:mm"
ROLE_ORDER = list(Role)
# Keyed by str so that a payer a split leaves unset (None) or a plain string reads as absent.
PAYER_NAMES: dict[str | None, str] = {
    Payer.APO: "APO",
    Payer.HOST: "Host",
    Payer.PARTICIPATING: "Participating countries",
    Payer.PARTICIPANT: "Participant",
    Payer.SPONSOR: "Sponsor",
}

# How a line's quantity is counted, in words (the codes are the mission file's).
BASIS_WORDS = {
    QuantityBasis.TYPED: "typed by hand",
    QuantityBasis.FIXED: "lump sum",
    QuantityBasis.PER_OVERSEAS_PARTICIPANT: "per overseas participant",
    QuantityBasis.PER_LOCAL_PARTICIPANT: "per local participant",
    QuantityBasis.PER_PERSON_NIGHT: "per person-night",
    QuantityBasis.PER_LOCAL_RP: "per local resource person",
    QuantityBasis.PER_OVERSEAS_RP: "per overseas resource person",
    QuantityBasis.PER_DAY: "per day",
    QuantityBasis.PER_SITE_VISIT: "per site visit",
}
PAPER_SIZES = {"A4": 9, "Letter": 1}  # openpyxl's (Excel's) paper codes
VALUES_NOTE = (
    "The totals are values worked out by Mission Planner when this file was written, not formulas: "
    "they do not change when a cell above is edited. Write the budget again from the program after a change."
)


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    value: Callable[..., object]
    number_format: str | None = None
    width: int | None = None


# --- cells --------------------------------------------------------------------------------------


def put(sheet: Worksheet, row: int, column: int, value: object, number_format: str | None = None) -> Cell | MergedCell:
    """Write one cell: text always as text (never a formula), numbers and dates as themselves."""
    cell = sheet.cell(row=row, column=column)
    if value is None or value == "":
        return cell
    if isinstance(value, bool):
        value = "yes" if value else "no"
    if isinstance(value, (int, float, Decimal, date, datetime)):
        cell.value = value
        if number_format:
            cell.number_format = number_format
        elif isinstance(value, datetime):
            cell.number_format = TIME_FORMAT
        elif isinstance(value, date):
            cell.number_format = DATE_FORMAT
        return cell
    cell.value = ILLEGAL_CHARACTERS_RE.sub("", str(value))[:MAX_TEXT]
    cell.data_type = "s"
    if looks_like_formula(cell.value):
        cell.quotePrefix = True  # as if typed with an apostrophe: stays text when edited
    return cell


def money_format(currency: str) -> str:
    places = minor_units(currency)
    return "#,##0" + ("." + "0" * places if places else "")


def write_table(sheet: Worksheet, columns: Sequence[Column], rows: Sequence[object], *, first_row: int = 1) -> int:
    """A header row (bold, frozen, filtered) and one row per item; returns the next free row."""
    for index, column in enumerate(columns, start=1):
        cell = put(sheet, first_row, index, column.title)
        cell.font = Font(bold=True)
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    for offset, item in enumerate(rows, start=1):
        for index, column in enumerate(columns, start=1):
            put(sheet, first_row + offset, index, column.value(item), column.number_format)
    sheet.freeze_panes = f"A{first_row + 1}"
    last = get_column_letter(len(columns))
    sheet.auto_filter.ref = f"A{first_row}:{last}{first_row + len(rows)}"
    set_widths(sheet, columns)
    return first_row + len(rows) + 1


def set_widths(sheet: Worksheet, columns: Sequence[Column]) -> None:
    for index, column in enumerate(columns, start=1):
        letter = get_column_letter(index)
        if column.width:
            sheet.column_dimensions[letter].width = column.width
            continue
        longest = max((_shown_length(cell.value) for cell in sheet[letter]), default=8)
        sheet.column_dimensions[letter].width = min(60, max(8, longest + 2))


def _shown_length(value: object) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    text = str(value)
    # Wide (East Asian) characters take about two columns.
    return sum(2 if ord(char) >= 0x1100 else 1 for char in max(text.split("\n"), key=len, default=""))


def save(workbook: Workbook, target: Path) -> None:
    buffer = io.BytesIO()
    try:
        workbook.save(buffer)
    except Exception as error:  # openpyxl writes each sheet to a scratch file first: a full disk
        system_error = _as_os_error(error)
        if system_error is None:
            raise
        refusal = write_error(target, system_error)
        _finish_quietly(error)
        raise refusal from None
    write_bytes_atomically(target, buffer.getvalue())


def _as_os_error(error: Exception) -> OSError | None:
    """The system error behind a failed save: openpyxl's own, or the one lxml (which openpyxl
    writes with when it is installed) reports only by name, as `IO_EFBIG`."""
    if isinstance(error, OSError):
        return error
    name = re.search(r"\bIO_(E[A-Z]+)\b", str(error)) if type(error).__name__ == "SerialisationError" else None
    number = getattr(errno, name.group(1), None) if name else None
    return OSError(number, os.strerror(number)) if number is not None else None


def _finish_quietly(error: BaseException) -> None:
    """Close what openpyxl left open when its scratch file failed. Its sheet writers, closed, try
    to write again and fail the same way; that is the error already reported, not another."""
    previous = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        traceback.clear_frames(error.__traceback__)
        error.__traceback__ = None
        gc.collect()
    finally:
        sys.unraisablehook = previous


# --- participants -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PersonRow:
    number: int
    person: Person
    part: Participation

    def flight(self, direction: FlightDirection) -> Flight | None:
        return next((f for f in self.part.flights if f.direction == direction), None)


def participant_rows(snapshot: MissionSnapshot) -> list[PersonRow]:
    """Everyone in the mission, active people first, by role and then the record's order."""
    record = snapshot.record
    people = {person.uid: person for person in record.people}
    order = {uid: index for index, uid in enumerate(people)}
    parts = sorted(
        (part for part in record.participations if part.person_uid in people),
        key=lambda p: (p.status in INACTIVE, ROLE_ORDER.index(p.role), order[p.person_uid]),
    )
    return [PersonRow(number, people[part.person_uid], part) for number, part in enumerate(parts, start=1)]


def participant_columns(snapshot: MissionSnapshot) -> list[Column]:
    def local(flight: Flight | None) -> datetime | None:
        return flight.scheduled.replace(tzinfo=None) if flight else None

    def flight_text(flight: Flight | None) -> str:
        if flight is None:
            return ""
        return " ".join(
            part for part in (flight.flight_no, flight.airport, flight.terminal and f"T{flight.terminal}") if part
        )

    columns = [
        Column("No.", lambda r: r.number, width=5),
        Column("Family name", lambda r: r.person.family_name),
        Column("Given name", lambda r: r.person.given_name),
        Column("Full name", lambda r: r.person.full_name),
        Column("Country", lambda r: snapshot.country(r.person.country)),
        Column("Organization", lambda r: r.person.organization),
        Column("Position", lambda r: r.person.position),
        Column("Role", lambda r: ROLE_NAMES.get(r.part.role, str(r.part.role))),
        Column("Status", lambda r: str(r.part.status).capitalize()),
        Column("Nominating NPO", lambda r: r.part.nominating_npo),
        Column("Group", lambda r: r.part.group),
        Column("Email", lambda r: r.person.email),
        Column("Phone", lambda r: r.person.phone),
        Column("Gender", lambda r: str(r.person.gender) if r.person.gender else ""),
        Column("Home time zone", lambda r: snapshot.timezone_of(r.person.uid) or ""),
        Column("Dietary needs", lambda r: r.person.dietary),
        Column("Arrival flight", lambda r: flight_text(r.flight(FlightDirection.ARRIVAL))),
        Column("Arrival (local time)", lambda r: local(r.flight(FlightDirection.ARRIVAL)), TIME_FORMAT, 17),
        Column("Departure flight", lambda r: flight_text(r.flight(FlightDirection.DEPARTURE))),
        Column("Departure (local time)", lambda r: local(r.flight(FlightDirection.DEPARTURE)), TIME_FORMAT, 17),
        Column("Hotel", lambda r: "; ".join(stay.hotel for stay in r.part.stays)),
        Column("Check-in", lambda r: r.part.stays[0].check_in if r.part.stays else None, DATE_FORMAT, 11),
        Column("Check-out", lambda r: r.part.stays[-1].check_out if r.part.stays else None, DATE_FORMAT, 11),
        Column("Nights", lambda r: sum(stay.nights for stay in r.part.stays) if r.part.stays else None, "0", 7),
    ]
    if snapshot.settings.include_personal_data:
        columns += [
            Column("Passport number", lambda r: r.person.identity.passport_number if r.person.identity else ""),
            Column(
                "Passport expiry",
                lambda r: r.person.identity.passport_expiry if r.person.identity else None,
                DATE_FORMAT,
                11,
            ),
            Column(
                "Date of birth",
                lambda r: r.person.identity.date_of_birth if r.person.identity else None,
                DATE_FORMAT,
                11,
            ),
        ]
    return columns


def write_participants(snapshot: MissionSnapshot, target: Path, progress: Progress) -> None:
    progress.step(0, 2, "participants")
    mission = snapshot.record.mission
    workbook = Workbook()
    sheet = _first_sheet(workbook)
    sheet.title = "Participants"
    write_table(sheet, participant_columns(snapshot), participant_rows(snapshot))
    _properties(workbook, f"Participants: {mission.code}", mission.title)
    progress.step(1, 2, "saving")
    save(workbook, target)
    progress.step(2, 2, "")


# --- budget -------------------------------------------------------------------------------------


def budget_columns(snapshot: MissionSnapshot) -> list[Column]:
    report = snapshot.budget
    money = money_format(report.currency)
    payers = [payer for payer in Payer if any(payer in line.shares for line in report.lines)]

    columns = [
        Column("Category", lambda r: category_words(r.line.category)),
        Column("Description", lambda r: r.line.description, width=45),
        Column("Unit cost", lambda r: r.line.unit_cost, width=13),  # formatted per line's currency below
        Column("Currency", lambda r: r.line.currency, width=9),
        Column("Quantity", lambda r: r.quantity, "General", 10),
        Column("Quantity from", lambda r: BASIS_WORDS.get(r.line.basis, str(r.line.basis).replace("_", " "))),
        Column("Quantity basis", lambda r: quantity_text(r.source), width=30),
        Column(f"Amount ({report.currency})", lambda r: r.amount, money, 15),
        *(
            Column(f"{PAYER_NAMES[payer]} ({report.currency})", lambda r, p=payer: r.shares.get(p), money, 15)
            for payer in payers
        ),
        Column("Rule", lambda r: _rule_text(r)),
        Column(f"Actual ({report.currency})", lambda r: r.actual, money, 15),
        Column("Notes", lambda r: r.line.notes),
        Column("Warnings", lambda r: "; ".join(warning_text(w, report.currency) for w in r.warnings)),
    ]
    return columns


def write_budget(snapshot: MissionSnapshot, target: Path, progress: Progress) -> None:
    progress.step(0, 3, "budget lines")
    report = snapshot.budget
    mission = snapshot.record.mission
    workbook = Workbook()
    sheet = _first_sheet(workbook)
    sheet.title = "Budget"
    columns = budget_columns(snapshot)
    next_row = write_table(sheet, columns, report.lines)
    for offset, result in enumerate(report.lines, start=2):
        sheet.cell(row=offset, column=3).number_format = money_format(result.line.currency)
    _budget_total_row(sheet, columns, next_row, snapshot)
    put(sheet, next_row + 2, 1, VALUES_NOTE).font = Font(italic=True)
    print_setup(sheet, snapshot.settings.paper, title_rows="1:1")
    progress.step(1, 3, "summary")
    summary = workbook.create_sheet("Summary")
    _budget_summary(summary, snapshot)
    print_setup(summary, snapshot.settings.paper)
    _properties(workbook, f"Budget: {mission.code}", mission.title)
    progress.step(2, 3, "saving")
    save(workbook, target)
    progress.step(3, 3, "")


def _budget_total_row(sheet: Worksheet, columns: list[Column], row: int, snapshot: MissionSnapshot) -> None:
    report = snapshot.budget
    money = money_format(report.currency)
    put(sheet, row, 1, "Total").font = Font(bold=True)
    if report.incomplete:
        note = put(sheet, row, 2, _incomplete(report))
        note.font = Font(bold=True, color="B00020")
    for index, column in enumerate(columns, start=1):
        title = column.title
        value: Decimal | None
        if title.startswith("Amount ("):
            value = report.total
        elif title.startswith("Actual ("):
            value = report.actual_total
        else:
            payer = next((p for p, name in PAYER_NAMES.items() if title == f"{name} ({report.currency})"), None)
            value = report.by_payer.get(Payer(payer)) if payer else None
        if value is not None:
            put(sheet, row, index, value, money).font = Font(bold=True)


def _budget_summary(sheet: Worksheet, snapshot: MissionSnapshot) -> None:
    report = snapshot.budget
    record = snapshot.record
    money = money_format(report.currency)
    rows: list[tuple[object, object, str | None]] = [
        ("Mission", f"{record.mission.code} {record.mission.title}", None),
        ("Reporting currency", report.currency, None),
        ("Rule set", _rule_set_text(snapshot), None),
        ("", "", None),
        ("Total", report.total, money),
        *((("Total incomplete", _incomplete(report), None),) if report.incomplete else ()),
        ("Actual total", report.actual_total, money),
        ("", "", None),
        ("By payer", "", None),
        *((PAYER_NAMES[payer], amount, money) for payer, amount in report.by_payer.items()),
        ("", "", None),
        ("By category", "", None),
        *((category_words(category), amount, money) for category, amount in report.by_category.items()),
        ("", "", None),
        ("Exchange rates", f"{report.currency} for one unit", None),
        *((rate.currency, rate.rate, "0.########") for rate in record.exchange_rates),
    ]
    rows += [("", "", None), ("", VALUES_NOTE, None)]
    if report.warnings:
        rows += [("", "", None), ("Warnings", "", None)]
        rows += [("", warning_text(warning, report.currency), None) for warning in report.warnings]
    for number, (label, value, number_format) in enumerate(rows, start=1):
        cell = put(sheet, number, 1, label)
        if label in ("Total", "By payer", "By category", "Exchange rates", "Warnings"):
            cell.font = Font(bold=True)
        if label == "Total incomplete":
            cell.font = Font(bold=True, color="B00020")
        put(sheet, number, 2, value, number_format)
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 60


def category_words(category: str) -> str:
    """ "Resource person assignment costs": a category as a label (they are kept in lower case)."""
    return category[:1].upper() + category[1:]


def print_setup(sheet: Worksheet, paper: str, *, title_rows: str | None = None) -> None:
    """Landscape on the mission's paper, one page wide, the header row on every printed page."""
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = PAPER_SIZES.get(paper, PAPER_SIZES["A4"])
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages down as it takes
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    if title_rows:
        sheet.print_title_rows = title_rows


def _rule_text(result: LineResult) -> str:
    if result.rule is not None:
        return "; ".join(part for part in (_split_text(result.rule.split), result.rule.note) if part)
    if result.payer_by_default is not None:
        return f"no rule: {PAYER_NAMES.get(result.payer_by_default, result.payer_by_default)} by default"
    return ""


def _split_text(split: Split) -> str:
    """How a rule divides a line, in a few words: "APO 60%, Host 40%"."""
    name = PAYER_NAMES.get
    match split.kind:
        case SplitKind.PAYER:
            return f"paid by {name(split.payer, '')}"
        case SplitKind.SHARES:
            return ", ".join(f"{name(payer, payer)} {share.normalize():f}%" for payer, share in split.shares.items())
        case SplitKind.FIRST_UNITS:
            return f"the first {split.units} paid by {name(split.payer, '')}, the rest by {name(split.rest_payer, '')}"
        case SplitKind.CAP:
            cap = f"{split.cap_amount.normalize():f} {split.cap_currency}".strip() if split.cap_amount else "a cap"
            return f"paid by {name(split.payer, '')} up to {cap}, the rest by {name(split.rest_payer, '')}"
    return ""


def _rule_set_text(snapshot: MissionSnapshot) -> str:
    rules = snapshot.record.rule_set
    if rules is None:
        return "none"
    return f"{rules.name} (revision {rules.revision}, {rules.status})"


def _incomplete(report: BudgetReport) -> str:
    return next(warning_text(w) for w in report.warnings if w.code == "incomplete_total")


def _properties(workbook: Workbook, title: str, subject: str) -> None:
    workbook.properties.title = title
    workbook.properties.subject = subject
    workbook.properties.creator = "Mission Planner"


WRITERS = {"participants-xlsx": write_participants, "budget-xlsx": write_budget}


def _first_sheet(workbook: Workbook) -> Worksheet:
    """The sheet a new workbook starts with."""
    sheet = workbook.active
    if not isinstance(sheet, Worksheet):
        raise TypeError("a new workbook starts with one worksheet")
    return sheet
