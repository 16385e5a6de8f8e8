"""What the programme documents share (their words are in `words.py`): the house
styles, tables and banners; and the frame every one of them is built in.

User text always goes through `text.para()` / `text.markup()`; every table style names
`text.SANS` / `text.SANS_BOLD` (reportlab tables fall back to Helvetica otherwise).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table, TableStyle

from ....domain.enums import (
    AttachmentKind,
)
from ....domain.people import Person
from ....domain.places import Site
from ....domain.programme import Item
from ....domain.record import MissionRecord
from ...labels import ITEM_ROLE_LABELS
from ..progress import Progress
from ..snapshot import MissionSnapshot
from . import text
from .document import MARGIN, build_pdf, page_size, styles
from .shaping import ShapingParagraph
from .words import format_date, format_date_range

# --- colours ---------------------------------------------------------------------------------------

INK = colors.HexColor("#1B1F24")
ACCENT = colors.HexColor("#1F3A5F")  # deep blue: banners, rules, headings of tables
ACCENT_LIGHT = colors.HexColor("#E8EEF5")  # header rows
ZEBRA = colors.HexColor("#F6F8FB")
RULE = colors.HexColor("#C9D1DC")
MUTED = "#5A6472"
WARNING = "#9A3412"
GOOD = "#166534"

# --- looking things up in a record ---------------------------------------------------------------------


@dataclass(frozen=True)
class Lookup:
    """People and sites of a record by uid."""

    people: dict[str, Person]
    sites: dict[str, Site]

    @classmethod
    def of(cls, record: MissionRecord) -> Lookup:
        return cls({p.uid: p for p in record.people}, {s.uid: s for s in record.sites})

    def site(self, uid: str | None) -> Site | None:
        return self.sites.get(uid) if uid else None

    def person_with_organization(self, uid: str) -> str:
        person = self.people.get(uid)
        if person is None:
            return ""
        return f"{person.full_name} ({person.organization})" if person.organization else person.full_name

    def roles_of(self, item: Item) -> list[tuple[str, list[str]]]:
        """`[("Speakers", ["A (Org)", "B (Org)"]), ("Moderator", [...])]` in a fixed order."""
        found = []
        for kind, (one, many) in ITEM_ROLE_LABELS.items():
            names = [self.person_with_organization(r.person_uid) for r in item.roles if r.role == kind]
            names = [name for name in names if name]
            if names:
                found.append((one if len(names) == 1 else many, names))
        return found


# --- styles and flowables --------------------------------------------------------------------------


# The paragraph styles of a document by name, as `house_styles` makes them.
Styles = dict[str, ParagraphStyle]


def house_styles(base: float = 10) -> Styles:
    """The document styles plus the ones these documents add (muted, right-aligned, headers)."""
    found = styles(base)
    body, cell = found["body"], found["cell"]
    small = base * 0.8
    found.update(
        muted=ParagraphStyle(
            "muted", parent=cell, fontSize=small, leading=small * 1.3, textColor=colors.HexColor(MUTED)
        ),
        muted_right=ParagraphStyle(
            "muted_right",
            parent=cell,
            fontSize=small,
            leading=small * 1.3,
            textColor=colors.HexColor(MUTED),
            alignment=TA_RIGHT,
        ),
        bullet=ParagraphStyle(
            "bullet",
            parent=body,
            leftIndent=base * 1.4,
            bulletIndent=base * 0.3,
            bulletFontName=text.SANS,
            bulletFontSize=base,
            spaceAfter=base * 0.2,
        ),
        label=ParagraphStyle(
            "label", parent=cell, fontName=text.SANS_BOLD, fontSize=small, leading=small * 1.3, textColor=ACCENT
        ),
        field=ParagraphStyle("field", parent=body, fontName=text.SANS_BOLD, textColor=ACCENT),
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=text.SANS_BOLD),
        number=ParagraphStyle("number", parent=cell, alignment=TA_RIGHT),
        number_bold=ParagraphStyle("number_bold", parent=cell, fontName=text.SANS_BOLD, alignment=TA_RIGHT),
        header=ParagraphStyle("header", parent=cell, fontName=text.SANS_BOLD, textColor=ACCENT),
        header_right=ParagraphStyle(
            "header_right", parent=cell, fontName=text.SANS_BOLD, textColor=ACCENT, alignment=TA_RIGHT
        ),
        address=ParagraphStyle("address", parent=body, fontSize=base * 1.25, leading=base * 1.6),
        centre=ParagraphStyle("centre", parent=body, alignment=TA_CENTER),
        banner=ParagraphStyle(
            "banner",
            parent=body,
            fontName=text.SANS_BOLD,
            fontSize=base * 1.9,
            leading=base * 2.4,
            textColor=colors.white,
        ),
        banner_small=ParagraphStyle(
            "banner_small", parent=body, fontSize=base * 0.95, leading=base * 1.3, textColor=colors.HexColor("#D5DEEA")
        ),
        h1=ParagraphStyle("h1_house", parent=found["h1"], textColor=ACCENT),
        h2=ParagraphStyle("h2_house", parent=found["h2"], textColor=ACCENT),
    )
    return found


RUN_COLOURS = {"muted": MUTED, "warn": WARNING, "good": GOOD}


def line(*runs: tuple[str, str] | str, style: ParagraphStyle, bullet: str | None = None) -> Paragraph:
    """One paragraph of user text in runs: a plain string in the style's weight; `("b", s)` bold;
    `("muted", s)`, `("warn", s)`, `("good", s)` coloured; `("bwarn", s)` bold and warning-coloured.
    `bullet` (a letter, a dot) hangs in the style's bullet indent."""
    text.ensure_fonts()
    bold_style = style.fontName == text.SANS_BOLD
    parts = []
    shaping = False
    for run in runs:
        how, value = ("", run) if isinstance(run, str) else run
        bold = how in ("b", "bwarn") or bold_style
        shaping = shaping or text.needs_shaping(value, bold=bold)
        marked = text.markup(value, bold=bold)
        colour = RUN_COLOURS.get(how) or (WARNING if how == "bwarn" else None)
        if how and how not in ("b", "bwarn", *RUN_COLOURS):
            raise ValueError(how)
        parts.append(f'<font color="{colour}">{marked}</font>' if colour else marked)
    if shaping:
        return ShapingParagraph("".join(parts), text.shaped_style(style), bulletText=bullet)
    return Paragraph("".join(parts), style, bulletText=bullet)


GRID_PADDING = 4  # points on each side of a house table's cell


def grid_style(*, header_rows: int = 1, zebra: bool = True, padding: float = GRID_PADDING) -> list[tuple[Any, ...]]:
    """The house table: fonts named, header row tinted, thin rules, zebra stripes."""
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), text.SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), padding * 0.9),
        ("BOTTOMPADDING", (0, 0), (-1, -1), padding * 1.1),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.4, RULE),
    ]
    if header_rows:
        commands += [
            ("FONTNAME", (0, 0), (-1, header_rows - 1), text.SANS_BOLD),
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT_LIGHT),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.9, ACCENT),
        ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [colors.white, ZEBRA]))
    return commands


def grid(
    rows: Sequence[Sequence[Flowable | str | list[Flowable]]],
    widths: Sequence[float],
    *,
    header_rows: int = 1,
    zebra: bool = True,
    extra: Iterable[tuple[Any, ...]] = (),
    padding: float = GRID_PADDING,
) -> Table:
    """A table in the house style that repeats its header rows on every page it runs to."""
    table = Table(
        [list(row) for row in rows], colWidths=list(widths), repeatRows=header_rows, hAlign="LEFT", splitInRow=1
    )
    table.setStyle(TableStyle([*grid_style(header_rows=header_rows, zebra=zebra, padding=padding), *extra]))
    return table


def field_table(rows: Sequence[tuple[str, Flowable]], widths: Sequence[float], found: Styles) -> Table:
    """Label | value rows, framed, as the header of a Project Notification."""
    data = [[text.para(label, found["cell_bold"]), value] for label, value in rows]
    table = Table(data, colWidths=list(widths), hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), text.SANS),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.5, RULE),
                ("BACKGROUND", (0, 0), (0, -1), ACCENT_LIGHT),
                ("LEFTPADDING", (0, 0), (-1, -1), 5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def banner(lines: Sequence[Flowable], width: float, *, padding: float = 10) -> Table:
    """A full-width block in the accent colour, for the top of a cover or a day."""
    table = Table([[list(lines)]], colWidths=[width], hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), text.SANS),
                ("BACKGROUND", (0, 0), (-1, -1), ACCENT),
                ("LEFTPADDING", (0, 0), (-1, -1), padding * 1.2),
                ("RIGHTPADDING", (0, 0), (-1, -1), padding * 1.2),
                ("TOPPADDING", (0, 0), (-1, -1), padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding * 1.2),
            ]
        )
    )
    return table


def mission_banner(document: str, snapshot: MissionSnapshot, found: Styles, width: float, *, place: str = "") -> Table:
    """The banner a mission's document opens with: its name (`BUDGET`), the mission's title, and
    its code and dates (and `place` when given)."""
    mission = snapshot.record.mission
    facts = [mission.code, format_date_range(mission.start_date, mission.end_date), place]
    return banner(
        [
            text.para(document, found["banner_small"]),
            Spacer(1, 1.5 * mm),
            text.para(mission.title, found["banner"]),
            Spacer(1, 1.5 * mm),
            text.para("  ·  ".join(fact for fact in facts if fact), found["banner_small"]),
        ],
        width,
    )


class HorizontalRule(Flowable):
    """A thin horizontal rule the width of the frame."""

    def __init__(
        self, width: float, *, thickness: float = 0.8, colour: colors.Color = ACCENT, space: float = 4
    ) -> None:
        super().__init__()
        self.width, self.thickness, self.colour, self.space = width, thickness, colour, space

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.thickness + 2 * self.space

    def draw(self) -> None:
        self.canv.setStrokeColor(self.colour)
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.space, self.width, self.space)


def hrule(width: float, **kwargs: Any) -> Flowable:
    return HorizontalRule(width, **kwargs)


class Checkpoint(Flowable):
    """Takes no room; while the document is laid out it reports progress and asks about Cancel."""

    def __init__(self, progress: Progress, done: int, total: int, what: str) -> None:
        super().__init__()
        self.progress, self.done, self.total, self.what = progress, done, total, what

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.progress.step(self.done, self.total, self.what)


def attachment_image(record: MissionRecord, kind: AttachmentKind, *, height: float, max_width: float) -> Image | None:
    """The mission's logo or signature scaled to `height`, or None when it has none that reads."""
    from reportlab.lib.utils import ImageReader

    for attachment in record.attachments:
        if attachment.kind != kind:
            continue
        try:
            width, tall = ImageReader(io.BytesIO(attachment.data)).getSize()
        except Exception:  # a broken or unknown image: the document goes out without it
            continue
        if not (width and tall):
            continue
        scale = min(height / tall, max_width / width)
        return Image(io.BytesIO(attachment.data), width=width * scale, height=tall * scale, hAlign="LEFT")
    return None


# --- the frame -------------------------------------------------------------------------------------


FRAME_PADDING = 6  # reportlab's Frame pads its content by 6 points on every side


def frame_width(snapshot: MissionSnapshot, *, wide: bool = False) -> float:
    """The width a flowable may take: the page less the margins and the frame's padding."""
    return page_size(snapshot.settings.paper, wide=wide)[0] - 2 * (MARGIN + FRAME_PADDING)


def frame_height(snapshot: MissionSnapshot, *, wide: bool = False) -> float:
    return page_size(snapshot.settings.paper, wide=wide)[1] - 2 * (MARGIN + FRAME_PADDING)


def footer_for(snapshot: MissionSnapshot, document: str) -> str:
    mission = snapshot.record.mission
    return f"{mission.code} · {document} · printed on {format_date(snapshot.made_on)}"


def finish(
    snapshot: MissionSnapshot,
    target: Path,
    story: list[Flowable],
    progress: Progress,
    *,
    document: str,
    wide: bool = False,
    total: int = 1,
) -> None:
    """Lay the story out and write it atomically; a Cancel during layout leaves nothing behind."""
    progress.step(total - 1, total, f"Laying out the {document.lower()}")
    mission = snapshot.record.mission
    build_pdf(
        target,
        story,
        title=f"{document}: {mission.title}",
        paper=snapshot.settings.paper,
        wide=wide,
        footer=footer_for(snapshot, document),
    )
    progress.report(total, total, f"{document} written")
