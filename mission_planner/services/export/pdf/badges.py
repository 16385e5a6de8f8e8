"""Name badges: 90 × 55 mm cards, as many as fit the paper (ten on A4, eight on Letter), with
cut marks at every corner. Under the organization's band, the mission's code and title. The name
is as large as fits the card, on two or three lines when that lets it be larger, and never
smaller than `NAME_SMALLEST`: a very long name takes more lines instead. The organization wraps
at spaces. Nothing runs past the card's edge.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ....domain.enums import Role
from ....domain.people import Person
from ...collation import romanized_line
from ...labels import SHORT_ROLE_NAMES
from ..progress import Progress
from ..snapshot import MissionSnapshot
from . import text
from .document import page_size
from .people_common import FittedText, draw_fitted, fit_lines, fitted_height, wrap_lines, write_canvas_pdf

BADGE_WIDTH = 90 * mm
BADGE_HEIGHT = 55 * mm
PADDING = 5 * mm
BAND = 8 * mm
FOOT = 6.5 * mm
INSET = 2 * mm  # bands stop short of the edges, so a cut a little off leaves no stripe of colour
MARK = 4 * mm
NAME_LARGEST = 22  # points
NAME_SMALLEST = 9  # points: read at arm's length; a longer name takes a third line, not smaller type
NAME_LINES = 3
ORGANIZATION_SMALLEST = 7  # points
MISSION_SIZE = 7  # points: the code and title under the top band
ROLE_COLOURS = {
    Role.PARTICIPANT: Color(0.10, 0.20, 0.38),
    Role.RESOURCE_PERSON_OVERSEAS: Color(0.55, 0.12, 0.12),
    Role.RESOURCE_PERSON_LOCAL: Color(0.55, 0.12, 0.12),
    Role.OBSERVER: Color(0.25, 0.40, 0.25),
    Role.SECRETARIAT: Color(0.35, 0.35, 0.35),
}


@dataclass(frozen=True, slots=True)
class Badge:
    person: Person
    role: Role


@dataclass(frozen=True, slots=True)
class Sheet:
    """Where the badges go on one page: columns × rows, centred."""

    columns: int
    rows: int
    left: float
    bottom: float

    @classmethod
    def for_page(cls, width: float, height: float) -> Sheet:
        columns = max(1, int((width - 2 * 8 * mm) // BADGE_WIDTH))
        rows = max(1, int((height - 2 * 8 * mm) // BADGE_HEIGHT))
        return cls(columns, rows, (width - columns * BADGE_WIDTH) / 2, (height - rows * BADGE_HEIGHT) / 2)

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def origin(self, slot: int) -> tuple[float, float]:
        """The lower-left corner of the badge in `slot` (0 is the top left)."""
        row, column = divmod(slot, self.columns)
        return self.left + column * BADGE_WIDTH, self.bottom + (self.rows - 1 - row) * BADGE_HEIGHT


def badges(snapshot: MissionSnapshot) -> list[Badge]:
    roles = {part.person_uid: part.role for part in snapshot.record.participations}
    return [Badge(snapshot.record.person(uid), roles[uid]) for uid in snapshot.people_for_documents()]


def write(snapshot: MissionSnapshot, target: Path, progress: Progress) -> None:
    size = page_size(snapshot.settings.paper)
    sheet = Sheet.for_page(*size)
    chosen = badges(snapshot)
    pages = [chosen[i : i + sheet.per_page] for i in range(0, len(chosen), sheet.per_page)] or [[]]
    mission = snapshot.record.mission

    def drawers() -> Iterator[Callable[[Canvas], None]]:
        for number, page in enumerate(pages):
            progress.step(number * sheet.per_page, len(chosen), f"sheet {number + 1}")

            def draw(canvas: Canvas, page: list[Badge] = page) -> None:
                _draw_sheet(canvas, snapshot, sheet, page)

            yield draw
        progress.step(len(chosen), len(chosen), "")

    write_canvas_pdf(target, size, drawers(), title=f"Name badges: {mission.code}", subject=mission.title)


def _draw_sheet(canvas: Canvas, snapshot: MissionSnapshot, sheet: Sheet, page: list[Badge]) -> None:
    for slot, badge in enumerate(page):
        x, y = sheet.origin(slot)
        draw_badge(canvas, snapshot, badge, x, y)
    _cut_marks(canvas, sheet, len(page))


def draw_badge(canvas: Canvas, snapshot: MissionSnapshot, badge: Badge, x: float, y: float) -> None:
    """One badge with its lower-left corner at (x, y)."""
    mission = snapshot.record.mission
    person = badge.person
    inner = BADGE_WIDTH - 2 * PADDING
    centre = x + BADGE_WIDTH / 2
    colour = ROLE_COLOURS.get(badge.role, ROLE_COLOURS[Role.PARTICIPANT])
    canvas.saveState()
    canvas.setFillColor(colour)
    canvas.roundRect(
        x + INSET, y + BADGE_HEIGHT - INSET - BAND, BADGE_WIDTH - 2 * INSET, BAND, 1.5 * mm, stroke=0, fill=1
    )
    canvas.roundRect(x + INSET, y + INSET, BADGE_WIDTH - 2 * INSET, FOOT, 1.5 * mm, stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 1)
    heading = fit_lines(mission.organization_name or mission.code, inner - 2 * INSET, 9, 6, bold=True, max_lines=1)
    text.draw_text(
        canvas,
        centre,
        y + BADGE_HEIGHT - INSET - BAND / 2 - heading.size * 0.35,
        heading.lines[0],
        heading.size,
        bold=True,
        align="centre",
    )
    role = SHORT_ROLE_NAMES.get(badge.role, "").upper()
    text.draw_text(canvas, centre, y + INSET + FOOT / 2 - 9 * 0.35, role, 9, bold=True, align="centre")
    canvas.setFillColor(colour)
    mission_line = text.clip_to_width(f"{mission.code} · {mission.title}", inner, MISSION_SIZE)
    band_bottom = y + BADGE_HEIGHT - INSET - BAND
    text.draw_text(
        canvas, centre, band_bottom - 1.2 * mm - MISSION_SIZE * 0.8, mission_line, MISSION_SIZE, align="centre"
    )
    canvas.restoreState()
    _draw_middle(canvas, snapshot, person, centre, y, inner)


def _draw_middle(
    canvas: Canvas, snapshot: MissionSnapshot, person: Person, centre: float, y: float, inner: float
) -> None:
    """Name, organization and country, centred in the space between the mission line and the
    foot band; the name gives up size (never below NAME_SMALLEST) when they would not fit."""
    room = BADGE_HEIGHT - 2 * INSET - BAND - FOOT - MISSION_SIZE * 1.1 - 2.4 * mm
    organization = (
        wrap_lines(person.organization, inner, 10, ORGANIZATION_SMALLEST, max_lines=2) if person.organization else None
    )
    country = fit_lines(snapshot.country(person.country), inner, 10, 7, max_lines=1)
    latin = romanized_line(person)
    romanized = [(fit_lines(latin, inner, 10, 7, max_lines=1), False)] if latin else []
    gap = 2 * mm
    largest = NAME_LARGEST
    while True:
        name = wrap_lines(person.full_name, inner, largest, NAME_SMALLEST, bold=True, max_lines=NAME_LINES)
        parts: list[tuple[FittedText, bool]] = [(name, True), *romanized]
        parts += [(organization, False)] if organization else []
        parts.append((country, False))
        total = sum(fitted_height(fitted) for fitted, _ in parts) + gap * (len(parts) - 1)
        if total <= room or largest <= NAME_SMALLEST:
            break
        largest -= 1
    low = y + INSET + FOOT
    top = low + (room + total) / 2
    for fitted, bold in parts:
        draw_fitted(canvas, centre, top, fitted, bold=bold, align="centre")
        top -= fitted_height(fitted) + gap


def _cut_marks(canvas: Canvas, sheet: Sheet, used: int) -> None:
    """Short grey lines outside the badges along every cutting line, and a hairline border."""
    if not used:
        return
    rows = (used + sheet.columns - 1) // sheet.columns
    columns = min(used, sheet.columns)
    canvas.saveState()
    canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
    canvas.setLineWidth(0.3)
    top = sheet.bottom + sheet.rows * BADGE_HEIGHT
    bottom = top - rows * BADGE_HEIGHT
    right = sheet.left + columns * BADGE_WIDTH
    for column in range(columns + 1):
        x = sheet.left + column * BADGE_WIDTH
        canvas.line(x, top + 1 * mm, x, top + 1 * mm + MARK)
        canvas.line(x, bottom - 1 * mm, x, bottom - 1 * mm - MARK)
    for row in range(rows + 1):
        y = top - row * BADGE_HEIGHT
        canvas.line(sheet.left - 1 * mm, y, sheet.left - 1 * mm - MARK, y)
        canvas.line(right + 1 * mm, y, right + 1 * mm + MARK, y)
    canvas.setDash(1, 2)
    canvas.setStrokeColorRGB(0.8, 0.8, 0.8)
    for slot in range(used):
        x, y = sheet.origin(slot)
        canvas.rect(x, y, BADGE_WIDTH, BADGE_HEIGHT, stroke=1, fill=0)
    canvas.restoreState()
