"""Letters as one PDF, each on pages of its own: the letterhead (logo, else the organization's
name), the reference and date, the body the template made, and the signature block."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, SimpleDocTemplate, Spacer

from ....atomic import write_bytes_atomically
from ....domain.enums import AttachmentKind
from ..pdf import text
from ..pdf.common import ACCENT, Styles, attachment_image, frame_width, house_styles, hrule
from ..pdf.document import MARGIN, page_size
from ..pdf.shaping import shaping
from ..pdf.words import format_date
from ..snapshot import MissionSnapshot
from .blocks import Block
from .context import signature_lines
from .korean import korean_date

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas


def letter_story(snapshot: MissionSnapshot, reference: str, body: Sequence[Block], found: Styles) -> list[Flowable]:
    mission = snapshot.record.mission
    width = frame_width(snapshot)
    story: list[Flowable] = []
    logo = attachment_image(snapshot.record, AttachmentKind.LOGO, height=16 * mm, max_width=width / 2)
    if logo is not None:
        story.append(logo)
    story.append(text.para(mission.organization_name or "Mission Planner", found["letterhead"]))
    story += [hrule(width, thickness=1.2, space=4)]
    story.append(text.para(f"Ref. {reference}", found["muted_right"]))
    story.append(text.para(_date_line(snapshot), found["muted_right"]))
    story.append(Spacer(1, 6 * mm))
    for block in body:
        if block.kind == "rule":
            story.append(hrule(width, thickness=0.5, space=8))
        elif block.kind == "subject":
            story.append(text.para(block.text, found["subject"], bold=True))
        else:
            story.append(text.para(block.text, found["letter"]))
    story.append(KeepTogether(_signature(snapshot, found, width)))
    return story


def _date_line(snapshot: MissionSnapshot) -> str:
    return f"{format_date(snapshot.made_on)} · {korean_date(snapshot.made_on)}"


def _signature(snapshot: MissionSnapshot, found: Styles, width: float) -> list[Flowable]:
    mission = snapshot.record.mission
    parts: list[Flowable] = [Spacer(1, 4 * mm)]
    signature = attachment_image(snapshot.record, AttachmentKind.SIGNATURE, height=14 * mm, max_width=width / 3)
    parts.append(signature if signature is not None else Spacer(1, 14 * mm))
    parts.append(text.para(mission.signatory_name or " ", found["body"], bold=True))
    for line in signature_lines(mission):
        parts.append(text.para(line, found["body"]))
    return parts


def letter_styles() -> Styles:
    found = house_styles(10.5)
    body = found["body"]
    found.update(
        letterhead=ParagraphStyle("letterhead", parent=body, fontSize=16, leading=20, textColor=ACCENT),
        letter=ParagraphStyle("letter", parent=body, spaceAfter=7),
        subject=ParagraphStyle("subject", parent=body, fontSize=11.5, leading=15, spaceBefore=4, spaceAfter=9),
        muted_right=ParagraphStyle("letter_right", parent=found["muted_right"], alignment=TA_RIGHT),
    )
    return found


def write_pdf(
    snapshot: MissionSnapshot, target: Path, letters: Sequence[tuple[str, Sequence[Block]]], title: str
) -> None:
    """All `letters` (reference, body) into one PDF, each starting a page; written atomically."""
    found = letter_styles()
    story: list[Flowable] = []
    for index, (reference, body) in enumerate(letters):
        if index:
            story.append(PageBreak())
        story += letter_story(snapshot, reference, body, found)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=page_size(snapshot.settings.paper),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=f"{title}: {snapshot.record.mission.title}",
        author=snapshot.record.mission.organization_name or "Mission Planner",
    )

    def decorate(canvas: Canvas, doc: SimpleDocTemplate) -> None:  # no running footer on a letter
        return None

    with shaping():
        document.build(story, onFirstPage=decorate, onLaterPages=decorate)
    write_bytes_atomically(target, buffer.getvalue())
