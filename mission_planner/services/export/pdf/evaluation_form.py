"""The printable evaluation questionnaire: the mission overall rated 1 to 5, one rating per
session in programme order, open questions and the participant's action plan, with room to write.

It is made from the questionnaire template (`domain.evaluation.Questionnaire`); a form tool's
questions worded the same give an export `import-evaluation` reads column by column.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from ....domain.evaluation import DEFAULT_QUESTIONNAIRE, RATING_WORDS, RATINGS, Questionnaire, is_session
from ..progress import Progress
from ..snapshot import MissionSnapshot
from . import text
from .common import ACCENT, RULE, Checkpoint, Styles, finish, frame_width, grid, house_styles, line, mission_banner
from .words import format_short_date

DOCUMENT = "Evaluation form"
WRITING_LINES = 4  # ruled lines under each open question


def write(snapshot: MissionSnapshot, target: Path, progress: Progress) -> None:
    questionnaire = DEFAULT_QUESTIONNAIRE
    found = house_styles(10)
    width = frame_width(snapshot)
    total = 4
    progress.step(0, total, "Heading")
    story: list[Flowable] = heading(snapshot, found, width)
    progress.step(1, total, "Overall ratings")
    story += [Checkpoint(progress, 1, total, "Overall ratings"), *overall(questionnaire, found, width)]
    progress.step(2, total, "Sessions")
    story += [Checkpoint(progress, 2, total, "Sessions"), *sessions(snapshot, questionnaire, found, width)]
    story += [Checkpoint(progress, 3, total, "Open questions"), *open_questions(questionnaire, found, width)]
    finish(snapshot, target, story, progress, document=DOCUMENT, total=total)


def heading(snapshot: MissionSnapshot, found: Styles, width: float) -> list[Flowable]:
    return [
        mission_banner("EVALUATION QUESTIONNAIRE", snapshot, found, width),
        Spacer(1, 3 * mm),
        text.para(
            "Please rate each question from 1 to 5 by ticking one box: "
            + ", ".join(f"{r} {RATING_WORDS[r].lower()}" for r in RATINGS)
            + ". Your name is optional; give it if you wish your action plan to be followed up.",
            found["body"],
        ),
        Spacer(1, 2 * mm),
        answer_lines(["Name (optional)", "Economy and organization"], found, width),
    ]


def rating_header(first: str, found: Styles) -> list[Any]:
    centred = ParagraphStyle("rating", parent=found["muted"], alignment=TA_CENTER)
    return [text.para(first, found["header"])] + [
        [text.para(str(r), centred, bold=True), text.para(RATING_WORDS[r], centred)] for r in RATINGS
    ]


class TickBox(Flowable):
    """An empty square to tick, in the middle of its cell."""

    SIDE = 3.6 * mm

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._room = available_width
        return available_width, self.SIDE

    def draw(self) -> None:
        self.canv.setStrokeColor(ACCENT)
        self.canv.setLineWidth(0.8)
        self.canv.rect((self._room - self.SIDE) / 2, 0, self.SIDE, self.SIDE)


def rating_row(title: Any, found: Styles) -> list[Any]:
    return [title] + [TickBox() for _ in RATINGS]


def _rating_widths(width: float) -> list[float]:
    box = 17 * mm
    return [width - 5 * box, *[box] * 5]


def overall(questionnaire: Questionnaire, found: Styles, width: float) -> list[Flowable]:
    rows = [rating_header("The mission overall", found)]
    rows += [rating_row(text.para(q, found["cell"]), found) for q in questionnaire.overall]
    return [Spacer(1, 4 * mm), KeepTogether(grid(rows, _rating_widths(width)))]


def sessions(snapshot: MissionSnapshot, questionnaire: Questionnaire, found: Styles, width: float) -> list[Flowable]:
    record = snapshot.record
    rows = [rating_header(questionnaire.session_question, found)]
    for day in record.days:
        for item in day.items:
            if is_session(item):
                when = line(("muted", f"{format_short_date(day.date)}  "), item.title, style=found["cell"])
                rows.append(rating_row(when, found))
    if len(rows) == 1:
        return []
    return [Spacer(1, 5 * mm), CondPageBreak(40 * mm), grid(rows, _rating_widths(width))]


def answer_lines(labels: list[str], found: Styles, width: float, *, lines: int = 1) -> Table:
    """A label over `lines` ruled lines to write on, for each label."""
    data: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), text.SANS),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]
    for label in labels:
        data.append([text.para(label, found["field"])])
        for _ in range(lines):
            data.append([""])
            commands.append(("LINEBELOW", (0, len(data) - 1), (0, len(data) - 1), 0.5, RULE))
            commands.append(("TOPPADDING", (0, len(data) - 1), (0, len(data) - 1), 14))
    table = Table(data, colWidths=[width], hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def open_questions(questionnaire: Questionnaire, found: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [Spacer(1, 5 * mm)]
    for question in (*questionnaire.open, questionnaire.action_plan):
        story += [KeepTogether(answer_lines([question], found, width, lines=WRITING_LINES)), Spacer(1, 4 * mm)]
    story.append(text.para("Thank you.", found["body"]))
    return story
