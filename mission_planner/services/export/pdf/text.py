"""Text in PDFs: the shipped fonts, a font per run of script, shaping, escaping.

Every piece of user text reaches reportlab through `para()` (flowing text) or `draw_text()`
(canvas drawing): never as raw markup, never in a font that lacks its characters.

PLACEHOLDER: this first version only escapes and uses Helvetica; it is being replaced by the
real implementation (shipped fonts per script, shaping, right-to-left) behind the same API.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

SANS = "Helvetica"
SANS_BOLD = "Helvetica-Bold"


def ensure_fonts() -> None:
    """Register the shipped fonts with reportlab (once per process)."""


def markup(text: str, *, bold: bool = False) -> str:
    """Paragraph markup that prints `text` exactly as typed, in fonts that have its characters."""
    escaped = escape(text).replace("\n", "<br/>")
    return f"<b>{escaped}</b>" if bold else escaped


def para(text: str, style: ParagraphStyle, *, bold: bool = False) -> Paragraph:
    return Paragraph(markup(text, bold=bold), style)


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    return stringWidth(text, SANS_BOLD if bold else SANS, size)


def fit_size(text: str, width: float, largest: float, smallest: float, *, bold: bool = False) -> float:
    """The largest size from `largest` down to `smallest` at which `text` fits in `width`."""
    size = largest
    while size > smallest and text_width(text, size, bold=bold) > width:
        size -= 0.5
    return size


def draw_text(canvas, x: float, y: float, text: str, size: float, *, bold: bool = False, align: str = "left") -> None:
    """Draw one line of user text on a canvas; `align` is left, centre or right of `x`."""
    font = SANS_BOLD if bold else SANS
    canvas.setFont(font, size)
    {"left": canvas.drawString, "centre": canvas.drawCentredString, "right": canvas.drawRightString}[align](x, y, text)
