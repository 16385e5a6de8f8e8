"""The participants' evaluation: importing a form tool's responses, all or nothing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlmodel import Session

from ..domain.evaluation import is_session
from ..storage import evaluation_rows, people_rows, records
from .imports.evaluation import Column, ColumnUse, parse_evaluation
from .imports.sheets import read_sheet
from .people import ImportProblems


@dataclass(frozen=True, slots=True)
class EvaluationImportReport:
    responses: int
    named: int  # responses whose respondent is one of the mission's people
    action_plans: int
    columns: list[ColumnUse]
    unrated_sessions: list[str]  # sessions of the programme no column rates
    dry_run: bool

    def column_lines(self) -> list[str]:
        """`column C “Rate each session [Opening]”: session rating of “Opening”`, one per column."""
        lines = []
        for column in self.columns:
            what = column.use.value
            if column.use == Column.SESSION:
                what += f" of “{column.title}”"
            lines.append(f"column {column.letter} “{column.header}”: {what}")
        return lines


def import_evaluation(session: Session, mission_id: int, path: Path, *, dry_run: bool) -> EvaluationImportReport:
    """Replace the mission's responses with those of the file and set the action plans it gives."""
    record = records.load_record(session, mission_id)
    sheet = read_sheet(path)
    found = parse_evaluation(sheet, record)
    if found.problems:
        raise ImportProblems(str(path), found.problems, total=found.problem_count)
    rated = {c.item_uid for c in found.columns if c.use == Column.SESSION}
    unrated = [item.title for item in record.items() if item.uid not in rated and is_session(item)]
    if not dry_run:
        evaluation_rows.save_responses(session, mission_id, found.responses)
        for person_uid, plan in found.action_plans.items():
            row = people_rows.participation_row(session, mission_id, person_uid)
            people_rows.set_participation_fields(session, row, action_plan=plan)
    return EvaluationImportReport(
        len(found.responses),
        sum(1 for r in found.responses if r.person_uid is not None),
        len(found.action_plans),
        found.columns,
        unrated,
        dry_run,
    )
