"""The same letters as a Word document, for a coordinator who edits before signing; the PDF is
the one to send. Each letter starts a page; the letterhead is the logo, else the name."""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Mm, Pt

from ....domain.enums import AttachmentKind
from ..pdf.words import format_date
from ..snapshot import MissionSnapshot
from .blocks import Block
from .context import signature_lines
from .korean import korean_date

PROPERTY_CHARS = 255
PAPER_MM = {"A4": (210, 297), "Letter": (215.9, 279.4)}


def docx_bytes(snapshot: MissionSnapshot, letters: Sequence[tuple[str, Sequence[Block]]], title: str) -> bytes:
    mission = snapshot.record.mission
    document = Document()
    # Word's properties hold 255 characters; the letters themselves print the whole title.
    document.core_properties.title = _clipped(f"{title}: {mission.title}")
    document.core_properties.author = _clipped(mission.organization_name or "Mission Planner")
    section = document.sections[0]
    width, height = PAPER_MM.get(snapshot.settings.paper, PAPER_MM["A4"])
    section.page_width, section.page_height = Mm(width), Mm(height)
    for margin in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, margin, Mm(18))
    logo = next((a for a in snapshot.record.attachments if a.kind == AttachmentKind.LOGO), None)
    signature = next((a for a in snapshot.record.attachments if a.kind == AttachmentKind.SIGNATURE), None)
    for index, (reference, body) in enumerate(letters):
        first = document.add_paragraph()
        if index:
            first.add_run().add_break(WD_BREAK.PAGE)
        if logo is not None and not _picture(first, logo.data, Mm(16)):
            logo = None
        head = first.add_run(("\n" if logo is not None else "") + (mission.organization_name or "Mission Planner"))
        head.font.size = Pt(16)
        for line in (f"Ref. {reference}", f"{format_date(snapshot.made_on)} · {korean_date(snapshot.made_on)}"):
            document.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for block in body:
            if block.kind == "rule":
                document.add_paragraph("―" * 20).alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif block.kind == "subject":
                document.add_paragraph().add_run(block.text).bold = True
            else:
                document.add_paragraph(block.text)
        closing = document.add_paragraph()
        if signature is None or not _picture(closing, signature.data, Mm(14)):
            closing.add_run("\n\n")
        closing.add_run("\n" + (mission.signatory_name or "")).bold = True
        for line in signature_lines(mission):
            closing.add_run("\n" + line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _clipped(value: str, most: int = PROPERTY_CHARS) -> str:
    return value if len(value) <= most else value[: most - 1] + "…"


def _picture(paragraph: object, data: bytes, height: object) -> bool:
    """The image in `paragraph`; False (and nothing added) when Word's library cannot read it."""
    try:
        paragraph.add_run().add_picture(io.BytesIO(data), height=height)  # type: ignore[attr-defined]
    except Exception:  # a broken image: the letter goes out with the name alone
        return False
    return True
