"""The page frame every PDF shares: paper size, margins, running footer, atomic write."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate

from ....atomic import write_bytes_atomically
from . import text
from .shaping import shaping

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

PAPERS = {"A4": A4, "Letter": LETTER}
MARGIN = 18 * mm


def page_size(paper: str, *, wide: bool = False) -> tuple[float, float]:
    size = PAPERS.get(paper, A4)
    return landscape(size) if wide else size


def styles(base: float = 10) -> dict[str, ParagraphStyle]:
    """Named paragraph styles in the shipped sans font."""
    text.ensure_fonts()
    body = ParagraphStyle("body", fontName=text.SANS, fontSize=base, leading=base * 1.35)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=base * 0.85, leading=base * 1.15),
        "title": ParagraphStyle("title", parent=body, fontName=text.SANS_BOLD, fontSize=base * 2, leading=base * 2.5),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=text.SANS_BOLD,
            fontSize=base * 1.5,
            leading=base * 2,
            spaceBefore=base,
            spaceAfter=base * 0.5,
        ),
        "h2": ParagraphStyle(
            "h2",
            parent=body,
            fontName=text.SANS_BOLD,
            fontSize=base * 1.2,
            leading=base * 1.6,
            spaceBefore=base * 0.8,
            spaceAfter=base * 0.3,
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=base * 0.9, leading=base * 1.2),
    }


def build_pdf(
    target: Path,
    story: Sequence[Flowable],
    *,
    title: str,
    paper: str = "A4",
    wide: bool = False,
    footer: str = "",
    on_page: Callable[..., Any] | None = None,
) -> None:
    """Lay out `story` and write the PDF to `target` atomically, fonts embedded."""
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=page_size(paper, wide=wide),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author="Mission Planner",
        subject=footer,
    )

    def decorate(canvas: Canvas, doc: SimpleDocTemplate) -> None:
        canvas.saveState()
        text.draw_text(canvas, MARGIN, 10 * mm, footer, 7.5)
        text.draw_text(canvas, doc.pagesize[0] - MARGIN, 10 * mm, f"{doc.page}", 7.5, align="right")
        canvas.restoreState()
        if on_page is not None:
            on_page(canvas, doc)

    with shaping():  # the paragraphs' own lines and the fonts' ToUnicode maps
        document.build(list(story), onFirstPage=decorate, onLaterPages=decorate)
    write_bytes_atomically(target, buffer.getvalue())
