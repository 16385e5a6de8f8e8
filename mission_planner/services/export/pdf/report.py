"""The completion report to the APO: the notification's facts, who took part by economy and role,
attendance per session, certificates, the budget planned against actual, the evaluation's summary
with charts, and each participant's action plan.

The budget tables are the budget PDF's own (`budget.payer_totals`, `budget.category_totals`) and
attendance follows the certificate rule (`domain.completion`), so the report's figures are those
`budget` and `certificates` print.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from ....domain.certificates import certificate_count
from ....domain.completion import SessionAttendance, people_by_economy_and_role, session_attendance
from ....domain.enums import Role
from ....domain.evaluation import RATING_WORDS, RATINGS, EvaluationSummary, QuestionSummary, is_session, summarize
from ....domain.record import MissionRecord
from ...labels import ROLE_GROUPS
from ..progress import Progress
from ..snapshot import MissionSnapshot, country_key
from . import text
from .budget import category_totals, payer_totals
from .common import (
    ACCENT,
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
from .words import format_date, format_date_range, format_duration, join_words, modality_label

DOCUMENT = "Completion report"
SECTIONS = ("The mission", "Participants", "Attendance", "Certificates", "Budget", "Evaluation", "Action plans")


def write(snapshot: MissionSnapshot, target: Path, progress: Progress) -> None:
    found = house_styles(9.5)
    width = frame_width(snapshot)
    total = len(SECTIONS) + 1
    makers = (facts, participants, attendance, certificates, budget, evaluation, action_plans)
    story: list[Flowable] = heading(snapshot, found, width)
    for number, (title, make) in enumerate(zip(SECTIONS, makers, strict=True)):
        progress.step(number, total, title)
        story += [Checkpoint(progress, number, total, title), CondPageBreak(40 * mm)]
        story += [text.para(f"{number + 1}. {title}", found["h2"]), *make(snapshot, found, width)]
    finish(snapshot, target, story, progress, document=DOCUMENT, total=total)


def heading(snapshot: MissionSnapshot, found: Styles, width: float) -> list[Flowable]:
    mission = snapshot.record.mission
    place = ", ".join(p for p in (mission.venue_city, snapshot.country(mission.host_country)) if p)
    return [
        mission_banner("COMPLETION REPORT", snapshot, found, width, place=place),
        Spacer(1, 2 * mm),
        line(("muted", f"As of {format_date(snapshot.made_on)}."), style=found["body"]),
    ]


# --- the mission ---------------------------------------------------------------------------------


def facts(snapshot: MissionSnapshot, found: Styles, width: float) -> list[Flowable]:
    mission = snapshot.record.mission
    economies = [snapshot.country(code) for code in mission.participating_countries]
    if mission.all_member_countries:
        economies = ["All member economies"]
    quotas = [
        f"{quota} {who}"
        for quota, who in ((mission.overseas_quota, "overseas"), (mission.local_quota, "local"))
        if quota is not None
    ]
    rows: list[tuple[str, str]] = [
        ("Reference", mission.ref_no or mission.code),
        ("Date of issue", format_date(mission.date_of_issue) if mission.date_of_issue else ""),
        ("Type", f"{mission.project_type}, {modality_label(mission.modality, mission.scope)}"),
        (
            "Duration",
            f"{format_date_range(mission.start_date, mission.end_date)} ({format_duration(mission.duration_days)})",
        ),
        ("Venue", ", ".join(p for p in (mission.venue_city, snapshot.country(mission.host_country)) if p)),
        ("Implementing organizations", join_words(mission.implementing_organizations)),
        ("Participating economies", join_words(economies)),
        ("Participants planned", join_words(quotas)),
    ]
    table = field_table(
        [(label, text.para(value, found["cell"])) for label, value in rows if value],
        [44 * mm, width - 44 * mm],
        found,
    )
    story: list[Flowable] = [table]
    if mission.objectives:
        story += [Spacer(1, 2 * mm), text.para("Objectives", found["field"])]
        story += [line(objective, style=found["bullet"], bullet="•") for objective in mission.objectives]
    return story


# --- participants ----------------------------------------------------------------------------------


def participants(snapshot: MissionSnapshot, found: Styles, width: float) -> list[Flowable]:
    table = people_by_economy_and_role(snapshot.record)
    if not table:
        return [text.para("No one took part.", found["body"])]
    roles = [role for role in ROLE_GROUPS if any(role in row for row in table.values())]
    named = sorted(table, key=lambda code: country_key(snapshot.country(code)))
    rows: list[list[Any]] = [
        [text.para("Economy", found["header"])]
        + [text.para(ROLE_GROUPS[role], found["header_right"]) for role in roles]
        + [text.para("Total", found["header_right"])]
    ]
    for code in named:
        counts = table[code]
        rows.append(
            [text.para(snapshot.country(code) or "Not recorded", found["cell"])]
            + [text.para(str(counts.get(role, 0)), found["number"]) for role in roles]
            + [text.para(str(sum(counts.values())), found["number_bold"])]
        )
    rows.append(
        [text.para("Total", found["cell_bold"])]
        + [text.para(str(sum(table[c].get(role, 0) for c in table)), found["number_bold"]) for role in roles]
        + [text.para(str(sum(sum(row.values()) for row in table.values())), found["number_bold"])]
    )
    first = 46 * mm
    rest = (width - first) / (len(roles) + 1)
    economies = sum(1 for code in table if table[code].get(Role.PARTICIPANT))
    return [
        grid(rows, [first] + [rest] * (len(roles) + 1), extra=[("LINEABOVE", (0, -1), (-1, -1), 0.9, ACCENT)]),
        Spacer(1, 1.5 * mm),
        line(
            ("muted", f"Accepted and confirmed; participants from {economies} "),
            ("muted", "economy." if economies == 1 else "economies."),
            style=found["body"],
        ),
    ]


# --- attendance ---------------------------------------------------------------------------------------


def rate_text(row: SessionAttendance) -> str:
    return f"{row.rate}%" if row.rate is not None else "–"


def attendance(snapshot: MissionSnapshot, found: Styles, width: float) -> list[Flowable]:
    rows_found = session_attendance(snapshot.record)
    if not rows_found:
        return [text.para("The programme has no session that counts for attendance.", found["body"])]
    days = {item.uid: day.date for day in snapshot.record.days for item in day.items}
    header = ["Date", "Session", "Expected", "Attended", "Excused", "Absent", "No record", "Rate"]
    small = ParagraphStyle("small_header", parent=found["header_right"], fontSize=7.5, leading=9.5)
    rows: list[list[Any]] = [[text.para(h, found["header"] if i < 2 else small) for i, h in enumerate(header)]]
    for row in rows_found:
        figures = (row.expected, row.attended, row.excused, row.absent, row.unrecorded)
        rows.append(
            [
                text.para(f"{days[row.item.uid]:%d %b}", found["cell"]),
                text.para(row.item.title, found["cell"]),
                *[text.para(str(n), found["number"]) for n in figures],
                text.para(rate_text(row), found["number_bold"]),
            ]
        )
    numbers = 15.5 * mm
    widths = [14 * mm, width - 14 * mm - 6 * numbers, *[numbers] * 6]
    expected = sum(r.expected for r in rows_found)
    attended = sum(r.attended for r in rows_found)
    overall = f"{attended * 100 / expected:.1f}%" if expected else "–"
    return [
        grid(rows, widths),
        Spacer(1, 1.5 * mm),
        line(
            ("muted", "Accepted and confirmed participants at each session they attend. "),
            ("b", f"Overall: {attended} of {expected} attendances ({overall})."),
            style=found["body"],
        ),
    ]


# --- certificates -------------------------------------------------------------------------------------


def certificates(snapshot: MissionSnapshot, found: Styles, width: float) -> list[Flowable]:
    record = snapshot.record
    count = certificate_count(record, snapshot.eligibility)
    rule = record.mission.certificate_rule
    how = "every session" if rule.require_all_items else f"at least {rule.min_online_percent}% of the sessions"
    story: list[Flowable] = [
        line(
            ("b", f"Eligible: {count.eligible} of {count.participants} participants"),
            ("muted", f" (the rule: {how})."),
            style=found["body"],
        ),
        line(("b", f"Certificates issued: {len(record.certificates)}"), style=found["body"]),
    ]
    if record.certificates:
        names = {person.uid: person.full_name for person in record.people}
        rows: list[list[Any]] = [[text.para(h, found["header"]) for h in ("Number", "Participant", "Issued")]]
        for issued in sorted(record.certificates, key=lambda c: c.serial):
            rows.append(
                [
                    text.para(issued.serial, found["cell"]),
                    text.para(names.get(issued.person_uid, ""), found["cell"]),
                    text.para(format_date(issued.issued_at.date()), found["cell"]),
                ]
            )
        story += [Spacer(1, 1.5 * mm), grid(rows, [50 * mm, width - 90 * mm, 40 * mm])]
    return story


# --- budget ----------------------------------------------------------------------------------------------


def budget(snapshot: MissionSnapshot, found: Styles, width: float) -> list[Flowable]:
    report = snapshot.budget
    if not report.lines:
        return [text.para("The budget has no lines.", found["body"])]
    return [
        line(("muted", f"Planned against actual, in {report.currency}."), style=found["body"]),
        *payer_totals(report, found, width),
        Spacer(1, 3 * mm),
        *category_totals(report, found, width),
    ]


# --- evaluation ------------------------------------------------------------------------------------------


def evaluation(snapshot: MissionSnapshot, found: Styles, width: float) -> list[Flowable]:
    record = snapshot.record
    summary = summarize(record.evaluation, [item for item in record.items() if is_session(item)])
    if not summary.responses:
        return [text.para("No evaluation responses have been imported.", found["body"])]
    named = sum(1 for r in record.evaluation if r.person_uid is not None)
    story: list[Flowable] = [
        line(
            ("b", f"{summary.responses} responses"),
            ("muted", f" ({named} named, {summary.responses - named} anonymous). Ratings from 1 (poor) to 5."),
            style=found["body"],
        )
    ]
    if summary.overall:
        story += [
            Spacer(1, 2 * mm),
            text.para("The mission overall", found["field"]),
            KeepTogether([distribution_chart(summary, width), Spacer(1, 2 * mm)]),
            ratings_table(summary.overall, found, width, "Question"),
        ]
    rated = [q for q in summary.sessions if q.answered]
    if rated:
        story += [
            CondPageBreak(60 * mm),
            Spacer(1, 3 * mm),
            text.para("The sessions", found["field"]),
            session_chart(rated, width),
            Spacer(1, 2 * mm),
            ratings_table(rated, found, width, "Session", numbered=True),
        ]
    for question, answers in summary.comments.items():
        story += [Spacer(1, 2 * mm), text.para(question, found["field"])]
        story += [line(answer, style=found["bullet"], bullet="•") for answer in answers]
    return story


def ratings_table(
    questions: list[QuestionSummary], found: Styles, width: float, what: str, *, numbered: bool = False
) -> Flowable:
    header = [what, *[str(r) for r in RATINGS], "Answers", "Mean"]
    rows: list[list[Any]] = [
        [text.para(h, found["header"] if i == 0 else found["header_right"]) for i, h in enumerate(header)]
    ]
    for number, question in enumerate(questions, start=1):
        title = f"S{number}. {question.question}" if numbered else question.question
        rows.append(
            [
                text.para(title, found["cell"]),
                *[text.para(str(question.counts.get(r, 0)), found["number"]) for r in RATINGS],
                text.para(str(question.answered), found["number"]),
                text.para(str(question.mean) if question.mean is not None else "–", found["number_bold"]),
            ]
        )
    box, answers, mean = 9 * mm, 17 * mm, 14 * mm
    return grid(rows, [width - 5 * box - answers - mean, *[box] * 5, answers, mean])


def distribution_chart(summary: EvaluationSummary, width: float) -> Drawing:
    """How many overall ratings of each value, as columns."""
    counts = summary.overall_distribution()
    height = 55 * mm
    drawing = Drawing(width, height)
    chart: Any = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 14 * mm, 10 * mm, width - 20 * mm, height - 16 * mm
    chart.data = [[counts[r] for r in RATINGS]]
    chart.categoryAxis.categoryNames = [f"{r} {RATING_WORDS[r]}" for r in RATINGS]
    _style_chart(chart, max(counts.values()))
    chart.barLabels.boxAnchor, chart.barLabels.dy = "s", 2
    chart.barLabelFormat = _count_label
    drawing.add(chart)
    drawing.add(String(0, height - 4 * mm, "Overall ratings given", fontName=text.SANS_BOLD, fontSize=8))
    return drawing


def session_chart(questions: list[QuestionSummary], width: float) -> Drawing:
    """The mean rating of each session, as bars from 0 to 5, labelled S1, S2… as the table."""
    bar = 6 * mm
    height = len(questions) * bar + 16 * mm
    drawing = Drawing(width, height)
    chart: Any = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 14 * mm, 8 * mm, width - 20 * mm, len(questions) * bar
    # the first category is drawn at the bottom: reverse so S1 is on top, as in the table
    chart.data = [[float(q.mean or 0) for q in reversed(questions)]]
    chart.categoryAxis.categoryNames = [f"S{n}" for n in range(len(questions), 0, -1)]
    _style_chart(chart, 5)
    chart.valueAxis.valueMax = 5
    chart.valueAxis.valueStep = 1
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    chart.barLabelFormat = _mean_label
    drawing.add(chart)
    drawing.add(String(0, height - 4 * mm, "Mean rating of each session", fontName=text.SANS_BOLD, fontSize=8))
    return drawing


def _style_chart(chart: Any, highest: int) -> None:
    text.ensure_fonts()
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(highest, 1)
    chart.valueAxis.valueStep = max(1, (max(highest, 1) + 4) // 5)
    for axis in (chart.valueAxis, chart.categoryAxis):
        axis.labels.fontName = text.SANS
        axis.labels.fontSize = 7.5
    chart.barLabels.fontName = text.SANS
    chart.barLabels.fontSize = 7


def _count_label(value: float) -> str:
    return f"{value:.0f}" if value else ""


def _mean_label(value: float) -> str:
    return f"{value:.2f}" if value else ""


# --- action plans ----------------------------------------------------------------------------------------


def action_plans(snapshot: MissionSnapshot, found: Styles, width: float) -> list[Flowable]:
    record: MissionRecord = snapshot.record
    people = {person.uid: person for person in record.people}
    story: list[Flowable] = []
    for part in record.participations:
        person = people.get(part.person_uid)
        if person is None or not part.action_plan.strip():
            continue
        who = f"{person.full_name} ({snapshot.country(person.country)})"
        if person.organization:
            who += f", {person.organization}"
        story.append(KeepTogether([text.para(who, found["field"]), text.para(part.action_plan, found["body"])]))
        story.append(Spacer(1, 2 * mm))
    return story or [text.para("No action plan has been recorded.", found["body"])]
