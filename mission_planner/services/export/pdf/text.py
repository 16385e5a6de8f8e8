"""Text in PDFs: the shipped fonts, a font per run of script, shaping, escaping.

Every piece of user text reaches reportlab through `para()` (flowing text) or `draw_text()`
(canvas drawing): never as raw markup, never in a font that lacks its characters.

- The text is cut into runs by script (digits, punctuation and spaces join the run beside
  them); each run gets the shipped font that has its characters (`fonts.py`), checked against
  the font's character map, with a fallback chain; a character no shipped font has prints as
  U+FFFD, never silently nothing.
- Runs are escaped and wrapped in `<font name="...">`, so "Q&A" and "<b>" print as typed.
- Thai, Lao, Khmer, Devanagari, Bengali, Tamil, Sinhala and Arabic-script runs are shaped by
  harfbuzz through reportlab (`para()` turns the style's `shaping` on when the text needs it;
  `draw_text()` shapes each run itself).
- Right-to-left runs (Persian, Urdu) are put in visual order here, word by word, for a
  left-to-right line (documents are in English); harfbuzz orders the letters inside a word.

Tables: a Table cell that holds a plain string is drawn in the TableStyle's FONT (Helvetica
unless it names one), which has no Hangul and no Thai; put user text in cells as `para()`.
"""

from __future__ import annotations

import re
import unicodedata
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, shapeStr
from reportlab.platypus import Paragraph

from . import fonts, shaping
from .long_text import CHUNK, LongText, WrappedOnce, long_text
from .scripts import MIRRORED, is_rtl, rtl_spans, script_of

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

SANS = fonts.SANS
SANS_BOLD = fonts.SANS_BOLD

REPLACEMENT = "\ufffd"
EMOJI_PRESENTATION = "\ufe0f"
_ENTITIES = {'"': "&quot;", "'": "&#39;"}
_TOKENS = re.compile(r"\s+|\S+")
_ready = False


@dataclass(frozen=True)
class Piece:
    """A stretch of one line in one font, in the order it is drawn (left to right).

    Its own characters stay in logical order: harfbuzz puts a right-to-left word's letters in
    visual order when it shapes them.
    """

    font: str
    text: str


def ensure_fonts() -> None:
    """Register the Latin fonts with reportlab, make them its default instead of Helvetica, and
    (once per process; call before making styles and documents).

    The other scripts' fonts register themselves the first time a run needs them.
    """
    global _ready
    if not _ready:
        fonts.make_sans_the_default()
        _ready = True


# --- cutting text into pieces -------------------------------------------------------------


def _clean(line: str) -> str:
    line = unicodedata.normalize("NFC", line.replace("\t", " "))
    return "".join(char for char in line if unicodedata.category(char) != "Cc")


def _resolve(line: str, bold: bool) -> list[tuple[str, str]]:
    """(character, font) for each character of `line` that prints, in logical order."""
    chosen: list[str | None] = [None] * len(line)
    strong = [False] * len(line)
    for index, char in enumerate(line):
        script = script_of(char)
        if line[index + 1 : index + 2] == EMOJI_PRESENTATION and fonts.covers(fonts.EMOJI, char):
            chosen[index], strong[index] = fonts.EMOJI, True  # ❤️ is an emoji, ❤ a symbol
        elif script is not None:
            chosen[index] = fonts.font_for(char, script, bold)
            strong[index] = True
    following: list[str | None] = [None] * len(line)  # the next strong character's font
    for index in range(len(line) - 2, -1, -1):
        after = index + 1
        following[index] = chosen[after] if strong[after] and chosen[after] else following[after]
    resolved: list[tuple[str, str]] = []
    for index, char in enumerate(line):
        font = chosen[index]
        if not strong[index]:
            font = _neutral_font(char, resolved[-1][1] if resolved else None, following[index], bold)
        if font is not None:
            resolved.append((char, font))
        elif unicodedata.category(char) not in ("Cf", "Zl", "Zp"):
            # No shipped font has it: show that something is there rather than nothing.
            resolved.append((REPLACEMENT, fonts.face_name(SANS, bold)))
    return resolved


def _neutral_font(char: str, before: str | None, after: str | None, bold: bool) -> str | None:
    """A digit, space or mark stays in the font of the text before it (or after it) if it can.

    Not in the emoji font, unless it joins emoji (a zero-width joiner, a variation selector):
    its space and digits are an emoji wide."""
    joins = unicodedata.category(char) in ("Mn", "Me", "Cf")
    for font in (before, after):
        if font is not None and (joins or font != fonts.EMOJI) and fonts.covers(font, char):
            return font
    return fonts.font_for(char, None, bold)


def _group(chars: list[tuple[str, str]]) -> list[Piece]:
    runs: list[tuple[str, list[str]]] = []
    for char, font in chars:
        if runs and runs[-1][0] == font:
            runs[-1][1].append(char)
        else:
            runs.append((font, [char]))
    return [Piece(font, "".join(run)) for font, run in runs]


def _mirror(piece: Piece) -> Piece:
    """Brackets in a right-to-left run that harfbuzz will not shape as right to left."""
    if any(is_rtl(char) for char in piece.text):
        return piece  # harfbuzz mirrors these itself
    return Piece(piece.font, "".join(MIRRORED.get(char, char) for char in piece.text))


def _rtl_pieces(chars: list[tuple[str, str]]) -> list[Piece]:
    """A right-to-left span in visual order: words reversed, a word's fonts reversed."""
    text = "".join(char for char, _ in chars)
    pieces: list[Piece] = []
    for match in reversed(list(_TOKENS.finditer(text))):
        parts = _group(chars[match.start() : match.end()])
        pieces.extend(_mirror(part) for part in reversed(parts))
    return pieces


@lru_cache(maxsize=4096)
def pieces(text: str, bold: bool = False) -> tuple[tuple[Piece, ...], ...]:
    """`text` as lines of pieces in drawing order, each piece in a font that has its characters."""
    ensure_fonts()
    lines = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        chars = _resolve(_clean(raw), bold)
        line_text = "".join(char for char, _ in chars)
        ordered: list[Piece] = []
        done = 0
        for start, end in rtl_spans(line_text):
            ordered.extend(_group(chars[done:start]))
            ordered.extend(_rtl_pieces(chars[start:end]))
            done = end
        ordered.extend(_group(chars[done:]))
        lines.append(tuple(ordered))
    return tuple(lines)


def needs_shaping(text: str, *, bold: bool = False) -> bool:
    """Whether `text` has a run that only prints right once harfbuzz shapes it."""
    return any(fonts.needs_shaping(piece.font) for line in pieces(text, bold) for piece in line)


def missing_characters(text: str) -> set[str]:
    """The characters of `text` that no shipped font has (they print as U+FFFD)."""
    ensure_fonts()
    return {
        char
        for char in _clean(text)
        if fonts.font_for(char, script_of(char)) is None and unicodedata.category(char) not in ("Cf", "Zl", "Zp")
    }


# --- paragraphs ---------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def markup(text: str, *, bold: bool = False) -> str:
    """Paragraph markup that prints `text` exactly as typed, in fonts that have its characters.

    A style whose font is bold does not make this markup bold (each run names its font): pass
    `bold=True`, or use `para()`, which looks at the style. A Paragraph made from this markup
    needs `shaping=1` in its style when `needs_shaping(text)`; `para()` sees to that.
    """
    return "<br/>".join(
        "".join(f'<font name="{piece.font}">{escape(piece.text, _ENTITIES)}</font>' for piece in _merged(line))
        for line in pieces(text, bold)
    )


def _merged(line: tuple[Piece, ...]) -> list[Piece]:
    """Neighbouring pieces in one font as one (a Paragraph splits and shapes words by itself)."""
    merged: list[Piece] = []
    for piece in line:
        if merged and merged[-1].font == piece.font:
            merged[-1] = Piece(piece.font, merged[-1].text + piece.text)
        else:
            merged.append(piece)
    return merged


_shaped_styles: weakref.WeakKeyDictionary[ParagraphStyle, ParagraphStyle] = weakref.WeakKeyDictionary()


def shaped_style(style: ParagraphStyle) -> ParagraphStyle:
    """`style` with harfbuzz shaping on (reportlab shapes only if the style's own font is TrueType)."""
    if style.shaping and getattr(pdfmetrics.getFont(style.fontName), "shapable", False):
        return style
    derived = _shaped_styles.get(style)
    if derived is None:
        font = style.fontName
        if not getattr(pdfmetrics.getFont(font), "shapable", False):
            font = SANS_BOLD if fonts.is_bold(font) else SANS
        derived = ParagraphStyle(f"{style.name}+shaped", parent=style, shaping=1, fontName=font)
        _shaped_styles[style] = derived
    return derived


def para(text: str, style: ParagraphStyle, *, bold: bool = False) -> Paragraph | LongText:
    """A Paragraph of user text; bold if asked or if the style's font is bold.

    A text longer than `long_text.CHUNK` comes as a `LongText`: short paragraphs one under the
    other, which split across pages without wrapping the whole text again on each.
    """
    ensure_fonts()
    bold = bold or fonts.is_bold(style.fontName)
    if len(text) > CHUNK:
        return long_text(text, style, lambda chunk, inner: _paragraph(chunk, inner, bold))
    return _paragraph(text, style, bold)


def _paragraph(text: str, style: ParagraphStyle, bold: bool) -> Paragraph:
    if needs_shaping(text, bold=bold):
        style = shaped_style(style)
    return WrappedOnce(markup(text, bold=bold), style)


# --- measuring and drawing single lines ---------------------------------------------------


@lru_cache(maxsize=8192)
def _shaped(text: str, font: str, size: float) -> tuple[str, float]:
    """The string to draw for a piece and its width at `size`."""
    if fonts.needs_shaping(font):
        with shaping.shaping():
            shaped = shapeStr(text, font, size)
        if isinstance(shaped, ShapedStr):
            # reportlab's shaping sets __shapeData__; its stubs do not declare it.
            advances = sum(data.x_advance for data in shaped.__shapeData__)  # type: ignore[attr-defined]
            return shaped, advances * size / 1000
    return text, pdfmetrics.stringWidth(text, font, size)


def _line(text: str, bold: bool) -> tuple[Piece, ...]:
    return tuple(piece for line in pieces(text.replace("\n", " "), bold) for piece in line)


@lru_cache(maxsize=8192)
def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """The width of `text` drawn on one line at `size` points."""
    return sum(_shaped(piece.text, piece.font, size)[1] for piece in _line(text, bold))


def fit_size(text: str, width: float, largest: float, smallest: float, *, bold: bool = False) -> float:
    """The largest size from `largest` down to `smallest` (in half points) at which `text` fits in `width`."""
    full = text_width(text, largest, bold=bold)
    if full <= width or largest <= smallest:
        return largest
    size = max(smallest, int(largest * width / full * 2) / 2)  # widths grow in proportion to size
    while size > smallest and text_width(text, size, bold=bold) > width:
        size = max(smallest, size - 0.5)
    return size


ELLIPSIS = "…"


def clip(value: str, fits: Callable[[str], bool]) -> str:
    """`value` if it `fits`, else its longest beginning that fits with an ellipsis after it.

    For places whose room is fixed (a badge, a certificate, a page header): a binary search, so
    a long text costs a few measurements, not one per character.
    """
    if fits(value):
        return value
    low, high = 0, len(value)  # value[:low] + ELLIPSIS fits (or low is 0); value[:high] does not
    while high - low > 1:
        middle = (low + high) // 2
        if fits(value[:middle].rstrip() + ELLIPSIS):
            low = middle
        else:
            high = middle
    return value[:low].rstrip() + ELLIPSIS


def clip_to_width(value: str, width: float, size: float, *, bold: bool = False) -> str:
    """`value` on one line of `width` points at `size`, cut with an ellipsis if it is wider."""
    return clip(value, lambda candidate: text_width(candidate, size, bold=bold) <= width)


def draw_text(
    canvas: Canvas, x: float, y: float, text: str, size: float, *, bold: bool = False, align: str = "left"
) -> None:
    """Draw one line of user text on a canvas; `align` is left, centre or right of `x`."""
    line: list[tuple[str, str, float]] = []
    for piece in _line(text, bold):
        drawn, width = _shaped(piece.text, piece.font, size)
        if line and line[-1][0] == piece.font:
            # One string per font, as a Paragraph draws a line: a reader puts a right-to-left
            # string's words in reading order only within one string.
            font, before, before_width = line.pop()
            drawn, width = before + drawn, before_width + width
        line.append((piece.font, drawn, width))
    total = sum(width for _, _, width in line)
    start = {"left": x, "centre": x - total / 2, "right": x - total}[align]
    # One text object for the whole line: readers join its pieces into one line of text.
    writer = canvas.beginText()
    for font, drawn, width in line:
        writer.setTextOrigin(start, y)
        writer.setFont(font, size)
        writer.textOut(drawn)
        start += width
    canvas.drawText(writer)
