"""The budget: the rule set it rests on (name, status, source, what to verify), totals by payer
and by category, every line with its quantity, unit cost, amount in the reporting currency, the
share of each payer and the rule that split it, actual amounts, and every warning.

All figures come from the snapshot's `BudgetReport`; nothing is recomputed or re-rounded here,
so the columns add up to the totals exactly as the report does.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from ....domain.budgeting import BudgetReport, LineResult
from ....domain.enums import Payer, RuleStatus
from ....domain.record import MissionRecord
from ...budget import HEADCOUNT_CODES, quantity_text, warning_text
from ..progress import Progress
from ..snapshot import MissionSnapshot
from . import text
from .common import (
    ACCENT,
    ACCENT_LIGHT,
    Checkpoint,
    Styles,
    field_table,
    finish,
    frame_width,
    grid,
    house_styles,
    line,
    mission_banner,
)
from .words import (
    BASIS_UNITS,
    format_date,
    format_money,
    format_number,
    payer_label,
    rule_phrase,
)

DOCUMENT = "Budget"


def write(snapshot: MissionSnapshot, target: Path, progress: Progress) -> None:
    report = snapshot.budget
    record = snapshot.record
    total = 5
    found = house_styles(9)
    width = frame_width(snapshot, wide=True)
    progress.step(0, total, "Rule set")
    story: list[Flowable] = heading(snapshot, found, width)
    progress.step(1, total, "Totals and rule set")
    story += [Checkpoint(progress, 1, total, "Totals"), KeepTogether(totals_block(report, record, found, width))]
    progress.step(2, total, "Lines")
    story += [Checkpoint(progress, 2, total, "Lines"), *lines_block(report, found, width)]
    progress.step(3, total, "Warnings")
    story += warnings_block(report, found, width)
    finish(snapshot, target, story, progress, document=DOCUMENT, wide=True, total=total)


# --- heading and rule set ------------------------------------------------------------------------------


def heading(snapshot: MissionSnapshot, found: Styles, width: float) -> list[Flowable]:
    report = snapshot.budget
    rates = [
        f"1 {rate.currency} = {format_number(rate.rate)} {report.currency}" for rate in snapshot.record.exchange_rates
    ]
    notes = f"All amounts in {report.currency}, the mission's reporting currency"
    notes += f"; exchange rates used: {', '.join(rates)}." if rates else "."
    incomplete = [
        line(("bwarn", warning_text(w, report.currency)), style=found["body"])
        for w in report.warnings
        if w.code == "incomplete_total"
    ]
    return [
        mission_banner("BUDGET", snapshot, found, width),
        Spacer(1, 3 * mm),
        line(("muted", f"{notes} As of {format_date(snapshot.made_on)}."), style=found["body"]),
        *incomplete,
    ]


def rule_set_block(record: MissionRecord, found: Styles, width: float) -> list[Flowable]:
    rule_set = record.rule_set
    story: list[Flowable] = [text.para("Rule set: who pays what", found["h2"])]
    if rule_set is None:
        story.append(line(("bwarn", "No rule set: every line is counted for the host country."), style=found["body"]))
        return story
    verified = rule_set.status == RuleStatus.VERIFIED
    rows = [
        ("Rule set", text.para(f"{rule_set.name} (revision {rule_set.revision})", found["cell_bold"])),
        (
            "Status",
            line(
                ("good", "Verified") if verified else ("bwarn", "Unverified: check before relying on it"),
                style=found["cell"],
            ),
        ),
        ("Source", text.para(rule_set.source or "Not recorded", found["cell"])),
    ]
    if rule_set.to_verify:
        rows.append(("To verify", text.para(rule_set.to_verify, found["cell"])))
    if rule_set.default_payer is not None:
        rows.append(
            (
                "Default payer",
                text.para(f"{payer_label(rule_set.default_payer)}, for lines no rule covers", found["cell"]),
            )
        )
    story.append(field_table(rows, [34 * mm, width - 34 * mm], found))
    return story


# --- totals --------------------------------------------------------------------------------------------------


def payers_of(report: BudgetReport) -> list[Payer]:
    present = set(report.by_payer) | {p for r in report.lines for p in r.shares} | set(report.actual_by_payer)
    return [payer for payer in Payer if payer in present]


def totals_block(report: BudgetReport, record: MissionRecord, found: Styles, width: float) -> list[Flowable]:
    """Totals by payer with the rule set under them on the left; totals by category on the right."""
    gap = 8 * mm
    half = (width - gap) / 2
    by_payer = [*payer_totals(report, found, half), Spacer(1, 2 * mm), *rule_set_block(record, found, half)]
    by_category = category_totals(report, found, half)
    outer = Table([[by_payer, "", by_category]], colWidths=[half, gap, half], hAlign="LEFT", splitInRow=1)
    outer.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), text.SANS),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [text.para("Totals", found["h2"]), outer]


def _share(part: Decimal, whole: Decimal) -> str:
    return f"{(part * 100 / whole):.1f}%" if whole else "–"


def payer_totals(report: BudgetReport, found: Styles, width: float) -> list[Flowable]:
    currency = report.currency
    rows: list[list[Any]] = [
        [
            text.para("By payer", found["header"]),
            text.para(f"Budget ({currency})", found["header_right"]),
            text.para("Share", found["header_right"]),
            text.para(f"Actual ({currency})", found["header_right"]),
        ]
    ]
    for payer in payers_of(report):
        amount = report.by_payer.get(payer)
        actual = report.actual_by_payer.get(payer)
        rows.append(
            [
                text.para(payer_label(payer), found["cell"]),
                text.para(format_money(amount, currency), found["number"]),
                text.para(_share(amount, report.total) if amount is not None else "–", found["number"]),
                text.para(format_money(actual, currency) if actual is not None else "–", found["number"]),
            ]
        )
    rows.append(
        [
            text.para(total_label(report), found["cell_bold"]),
            text.para(format_money(report.total, currency), found["number_bold"]),
            text.para("100.0%" if report.total else "–", found["number_bold"]),
            text.para(format_money(report.actual_total, currency), found["number_bold"]),
        ]
    )
    return [grid(rows, _widths(width, (34, 24, 14, 24)), extra=_total_row())]


def category_totals(report: BudgetReport, found: Styles, width: float) -> list[Flowable]:
    currency = report.currency
    actual: dict[str, Decimal] = {}
    for result in report.lines:
        if result.actual is not None:
            actual[result.line.category] = actual.get(result.line.category, Decimal(0)) + result.actual
    rows: list[list[Any]] = [
        [
            text.para("By category", found["header"]),
            text.para(f"Budget ({currency})", found["header_right"]),
            text.para("Share", found["header_right"]),
            text.para(f"Actual ({currency})", found["header_right"]),
        ]
    ]
    for category, amount in report.by_category.items():
        spent = actual.get(category)
        rows.append(
            [
                text.para(category[:1].upper() + category[1:], found["cell"]),
                text.para(format_money(amount, currency), found["number"]),
                text.para(_share(amount, report.total), found["number"]),
                text.para(format_money(spent, currency) if spent is not None else "–", found["number"]),
            ]
        )
    rows.append(
        [
            text.para(total_label(report), found["cell_bold"]),
            text.para(format_money(report.total, currency), found["number_bold"]),
            text.para("100.0%" if report.total else "–", found["number_bold"]),
            text.para(format_money(report.actual_total, currency), found["number_bold"]),
        ]
    )
    return [grid(rows, _widths(width, (34, 24, 14, 24)), extra=_total_row())]


def total_label(report: BudgetReport) -> str:
    return "Total (incomplete)" if report.incomplete else "Total"


def _widths(width: float, weights: tuple[float, ...]) -> list[float]:
    scale = width / sum(weights)
    return [weight * scale for weight in weights]


def _total_row() -> list[tuple[Any, ...]]:
    return [
        ("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT),
        ("BACKGROUND", (0, -1), (-1, -1), ACCENT_LIGHT),
        ("FONTNAME", (0, -1), (-1, -1), text.SANS_BOLD),
    ]


# --- lines ---------------------------------------------------------------------------------------------------


def lines_block(report: BudgetReport, found: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(50 * mm), text.para("Budget lines", found["h2"])]
    if not report.lines:
        story.append(text.para("The budget has no lines yet.", found["body"]))
        return story
    payers = payers_of(report)
    currency = report.currency
    fixed = [9 * mm, 27 * mm, 27 * mm, 24 * mm, *([23 * mm] * len(payers)), 23 * mm]
    description = max(width - sum(fixed), 60 * mm)
    scale = (width - description) / sum(fixed)
    widths = [fixed[0] * scale, description, *(w * scale for w in fixed[1:])]
    header = [
        text.para("No.", found["header"]),
        text.para("Line and the rule that splits it", found["header"]),
        text.para("Quantity", found["header_right"]),
        text.para("Unit cost", found["header_right"]),
        text.para(f"Amount ({currency})", found["header_right"]),
        *(text.para(payer_label(payer), found["header_right"]) for payer in payers),
        text.para(f"Actual ({currency})", found["header_right"]),
    ]
    rows: list[list[Any]] = [header]
    for number, result in enumerate(report.lines, start=1):
        rows.append(line_row(number, result, payers, currency, found))
    rows.append(
        [
            text.para("", found["cell"]),
            text.para(total_label(report), found["cell_bold"]),
            text.para("", found["cell"]),
            text.para("", found["cell"]),
            text.para(format_money(report.total, currency), found["number_bold"]),
            *(
                text.para(format_money(report.by_payer.get(p, Decimal(0)), currency), found["number_bold"])
                for p in payers
            ),
            text.para(format_money(report.actual_total, currency), found["number_bold"]),
        ]
    )
    story.append(grid(rows, widths, extra=_total_row()))
    return story


def line_row(number: int, result: LineResult, payers: list[Payer], currency: str, found: Styles) -> list[Any]:
    budget_line = result.line
    what: list[Flowable] = [
        line(("b", budget_line.category[:1].upper() + budget_line.category[1:]), style=found["cell"]),
        text.para(budget_line.description, found["cell"]),
    ]
    rule = rule_phrase(result.rule, result.payer_by_default)
    if rule:
        what.append(line(("muted", f"Rule: {rule}"), style=found["muted"]))
    if budget_line.notes:
        what.append(line(("muted", f"Note: {budget_line.notes}"), style=found["muted"]))
    for warning in result.warnings:
        if warning.code == "uncovered_line":
            continue  # the rule line already says so; the warnings section lists it
        what.append(line(("warn", f"Warning: {warning_text(warning, currency)}"), style=found["muted"]))
    unit = BASIS_UNITS.get(budget_line.basis, "")
    quantity: list[Flowable] = [text.para(format_number(result.quantity), found["number"])]
    if unit:
        quantity.append(text.para(unit, found["muted_right"]))
    if result.source.code in HEADCOUNT_CODES:
        quantity.append(text.para(quantity_text(result.source), found["muted_right"]))
    return [
        text.para(str(number), found["cell"]),
        what,
        quantity,
        [
            text.para(format_money(budget_line.unit_cost, budget_line.currency), found["number"]),
            text.para(budget_line.currency, found["muted_right"]),
        ],
        text.para(format_money(result.amount, currency), found["number_bold"]),
        *(
            text.para(format_money(result.shares[p], currency) if p in result.shares else "", found["number"])
            for p in payers
        ),
        text.para(format_money(result.actual, currency) if result.actual is not None else "", found["number"]),
    ]


# --- warnings ------------------------------------------------------------------------------------------------


def warnings_block(report: BudgetReport, found: Styles, width: float) -> list[Flowable]:
    entries: list[str] = [warning_text(w, report.currency) for w in report.warnings]
    for number, result in enumerate(report.lines, start=1):
        for warning in result.warnings:
            entries.append(
                f"Line {number} ({result.line.category}: {result.line.description}): "
                f"{warning_text(warning, report.currency)}"
            )
    if not entries:
        return [Spacer(1, 4 * mm), line(("good", "No warnings."), style=found["body"])]
    story: list[Flowable] = [CondPageBreak(30 * mm), text.para("Warnings", found["h2"])]
    story += [line(("warn", entry), style=found["bullet"], bullet="•") for entry in entries]
    return story
