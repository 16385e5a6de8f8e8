"""Harfbuzz shaping through reportlab, one font at a time, with text that extracts.

Three gaps in reportlab 5.1's shaping are closed here, for as long as `shaping()` is held:

1. A Paragraph with `shaping=1` is shaped word by word (`ttfonts.shapeFragWord`); a "word" is
   text between spaces, and when its characters come from two fonts ("김민준(Kim)",
   "Priya(प्रिया)") reportlab shapes all of them with the first font's glyph table, which prints
   the rest as empty boxes. The wrapper shapes each font's part of such a word on its own.
2. reportlab names each shaped glyph in the text layer (the ToUnicode map) by the character
   the font's map gives it: a Persian letter becomes its presentation form, a Devanagari vowel
   sign drawn before its consonant comes first, a conjunct is a private-use character. The
   wrapper draws the glyphs of such a cluster as aliases that stand for its characters
   (`_true_text`), so pypdf, poppler and the rest copy and find the name as typed.
3. reportlab's text writer (`PDFTextObject._formatText`) also puts each such word in a
   marked-content span with its real text (/ActualText), which poppler and Acrobat prefer to
   the glyphs.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from functools import cache
from typing import Any

import uharfbuzz
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfgen import textobject
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as rl_paragraph

from .... import tuning
from .fonts import true_type
from .scripts import is_rtl

_reportlab_shape = ttfonts.shapeFragWord
_reportlab_cmap = ttfonts.makeToUnicodeCMap
# reportlab's stubs leave out the text object's private writer.
_reportlab_format_text: Any = textobject.PDFTextObject._formatText  # type: ignore[attr-defined]
_SIMPLE_CLUSTER = 0x7FFFFFFF  # reportlab's mark for characters appended unshaped

# (font face name as in the PDF, private-use code point) -> the characters it stands for
_private_text: dict[tuple[str, int], str] = {}
# (font face name, glyph id, text, width) -> the private-use code point drawn for that glyph
_aliases: dict[tuple[str, int, str, float | None], int] = {}
# Aliases drawn wider than their glyph (see `_reads_as_a_gap`)
_widened: set[int] = set()
# Aliases come from plane 15's private-use area: reportlab numbers its own glyphs in U+E000-U+F8FF.
_PRIVATE_FIRST, _PRIVATE_LAST = 0xF0000, 0xFFFFD
_lock = threading.Lock()


def _is_private(code: int) -> bool:
    return 0xE000 <= code <= 0xF8FF or _PRIVATE_FIRST <= code <= _PRIVATE_LAST


def _font_parts(word: list[Any]) -> list[list[Any]]:
    """Split a frag word `[width, (frag, text), ...]` into one frag word per run of one font."""
    parts: list[list[Any]] = []
    current_font = None
    for item in word[1:]:
        frag, text = item
        font = getattr(frag, "fontName", None) if not hasattr(frag, "cbDefn") else current_font
        if not parts or font != current_font:
            parts.append([0.0])
            current_font = font
        part = parts[-1]
        part.append(item)
        if hasattr(frag, "cbDefn"):
            part[0] += getattr(frag, "width", 0)
        else:
            part[0] += pdfmetrics.stringWidth(text, frag.fontName, frag.fontSize)
    return parts


def _source(word: list[Any]) -> str:
    """The characters harfbuzz shaped for `word` (its callbacks hold none)."""
    return "".join(text for frag, text in word[1:] if not hasattr(frag, "cbDefn"))


def _alias(font: str, gid: int, text: str, width: float | None = None) -> str:
    """A private-use character that draws glyph `gid` of `font` and stands for `text` in the
    text layer (`to_unicode_cmap`), `width` wide in the PDF (the glyph's own advance if None);
    one per (glyph, text, width), shared by every document."""
    ttf = true_type(font)
    face = ttf.face
    key = (face.name.decode("latin-1"), gid, text, width)
    with _lock:
        code = _aliases.get(key)
        if code is None:
            code = _PRIVATE_FIRST
            while code in face.charToGlyph:
                code += 1
            if code > _PRIVATE_LAST:
                raise ValueError("no private-use code point left")
            face.charToGlyph[code] = gid
            if width is None:
                # harfbuzz draws a joiner or variation selector (U+200D, U+FE0F) as the space
                # glyph with no advance: such an alias is as wide as it is drawn, or readers
                # see a gap.
                width = 0.0 if gid == face.charToGlyph.get(0x20) else nominal_width(font, gid)
            else:
                _widened.add(code)
            face.charWidths[code] = width
            _aliases[key] = code
            _private_text[(key[0], code)] = text
    return chr(code)


def _reads_as_a_gap(entry: Any, char: str, font: str) -> bool:
    """Whether the move back after a glyph placed left of the pen (a Tibetan vowel sign over its
    consonant) is wide enough for a reader to take it for a space between words."""
    if entry.x_offset >= 0:
        return False
    widths = true_type(font).face.charWidths
    after = widths.get(ord(char), 0) - entry.x_advance + entry.x_offset
    return bool(after <= -0.5 * widths.get(0x20, 250))


def _true_text(word: list[Any], shaped: list[Any]) -> None:
    """Make the glyphs of `shaped` stand for the characters of `word` they were shaped from.

    reportlab names each glyph by the character the font's map gives it, if any: a Persian letter
    becomes its presentation form (U+FE8F...), a Devanagari vowel sign drawn before its consonant
    comes first, a conjunct is a private-use character. For each cluster (the glyphs harfbuzz
    made from a stretch of characters) whose glyphs do not spell its characters in drawing
    order, the first glyph is drawn as an alias that stands for all of them and the others as
    aliases that stand for nothing, so a reader taking glyphs in order gets the real text. A
    glyph drawn so far left of the pen that the move back would read as a space (a Tibetan vowel
    sign) is drawn as an alias as wide as that move.
    """
    source = _source(word)
    glyphs: list[tuple[int, int, str, str]] = []  # (item index, position, character drawn, font)
    for index, (frag, text) in enumerate(shaped[1:], start=1):
        data = getattr(text, "__shapeData__", None)
        if hasattr(frag, "cbDefn") or data is None:
            continue
        glyphs.extend((index, position, char, frag.fontName) for position, char in enumerate(text))
    clusters: dict[int, list[tuple[int, int, str, str]]] = {}
    for glyph in glyphs:
        cluster = shaped[glyph[0]][1].__shapeData__[glyph[1]].cluster
        if cluster != _SIMPLE_CLUSTER:
            clusters.setdefault(cluster, []).append(glyph)
    starts = sorted(clusters)
    ends = dict(zip(starts, [*starts[1:], len(source)], strict=True))
    stands_for: dict[tuple[int, int], str] = {}
    for start in starts:
        members = clusters[start]
        wanted = source[start : ends[start]]
        if "".join(_drawn_text(char, font) for _, _, char, font in members) != wanted:
            for number, (index, position, _, _) in enumerate(members):
                stands_for[(index, position)] = wanted if number == 0 else ""
    widths: dict[tuple[int, int], float] = {}
    for index, position, char, font in glyphs:
        entry = shaped[index][1].__shapeData__[position]
        if _reads_as_a_gap(entry, char, font):
            # As wide in the PDF as the way back it is drawn from: no move after it to read as a gap.
            widths[(index, position)] = round(entry.x_advance - entry.x_offset, 2)
            stands_for.setdefault((index, position), _drawn_text(char, font))
    replaced: dict[tuple[int, int], str] = {}
    for index, position, char, font in glyphs:
        if (index, position) in stands_for:
            gid = true_type(font).face.charToGlyph[ord(char)]
            key = (index, position)
            replaced[key] = _alias(font, gid, stands_for[key], widths.get(key))
    for index in {index for index, _ in replaced}:
        frag, text = shaped[index]
        chars: list[str] = []
        entries: Any = []  # reportlab's stubs take shape data for one entry, not the list it holds
        for position, (char, entry) in enumerate(zip(text, text.__shapeData__, strict=True)):
            alias = replaced.get((index, position))
            if alias is not None:
                # The PDF advances an alias by its glyph's own width: say so, and the drawing
                # corrects to harfbuzz's advance as it does for every glyph.
                char, entry = alias, entry._replace(width=true_type(frag.fontName).face.charWidths[ord(alias)])
            chars.append(char)
            entries.append(entry)
        shaped[index] = (frag, ttfonts.ShapedStr("".join(chars), shapeData=entries))


def nominal_width(font: str, gid: int) -> float:
    """The advance of glyph `gid` of `font` in thousandths of the font size, from harfbuzz.

    Not reportlab's: it notes a private-use glyph's width in the font's own units, and past the
    font's last full metric its table holds scaled widths; both are off in a font whose em is
    not 1000 units (Noto Emoji's is 2048)."""
    face = true_type(font).hbFace
    return float(_hb_font(font).get_glyph_h_advance(gid) * 1000 / face.upem)


@cache
def _hb_font(font: str) -> Any:
    return uharfbuzz.Font(true_type(font).hbFace)


def _drawn_text(char: str, font: str) -> str:
    """What a glyph drawn as `char` in `font` stands for in the text layer."""
    code = ord(char)
    if not _is_private(code):
        return char
    face = true_type(font).face.name.decode("latin-1")
    return _private_text.get((face, code), char)


def _shape_one_font(word: Any, *args: Any, **kwargs: Any) -> Any:
    shaped = _reportlab_shape(word, *args, **kwargs)
    if shaped is not word:
        # Should this fail, only the text layer is poorer; the drawing is reportlab's.
        with contextlib.suppress(AttributeError, KeyError, ValueError, TypeError):
            _true_text(word, shaped)
    return shaped


def shape_frag_word(word: Any, *args: Any, **kwargs: Any) -> Any:
    """`shapeFragWord` that shapes each font's part of a word with that font."""
    if isinstance(word, ttfonts.ShapedFragWord):
        return word
    parts = _font_parts(word)
    if len(parts) < 2:
        return _shape_one_font(word, *args, **kwargs)
    width, items, changed = 0.0, [], False
    for part in parts:
        shaped = _shape_one_font(part, *args, **kwargs)
        changed = changed or shaped is not part
        width += shaped[0]
        items.extend(shaped[1:])
    if not changed:
        return word
    return ttfonts.makeShapedFragWord(word)([width, *items])


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap for a font subset, naming the characters behind shaped glyphs
    (and writing characters beyond U+FFFF as UTF-16, as the PDF format wants)."""
    face = fontname.split("+", 1)[-1]
    if not any(_is_private(code) or code > 0xFFFF for code in subset):
        return _reportlab_cmap(fontname, subset)
    entries = [
        f"<{index:02X}> <{_utf16_hex(_private_text.get((face, code), chr(code)))}>" for index, code in enumerate(subset)
    ]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            "/CIDSystemInfo",
            f"<< /Registry ({fontname})",
            f"/Ordering ({fontname})",
            "/Supplement 0",
            ">> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            f"{len(subset)} beginbfchar",
            *entries,
            "endbfchar",
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )


def _segments(text: Any) -> list[tuple[int, int]]:
    """The [start, end) stretches of a shaped string that harfbuzz shaped as one (its words),
    split at the characters reportlab added unshaped (the spaces between a line's words)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for index, data in enumerate(text.__shapeData__):
        if data.cluster == _SIMPLE_CLUSTER:
            if index > start:
                spans.append((start, index))
            start = index + 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def actual_text(text: Any, font: str) -> str | None:
    """The characters a stretch of shaped glyphs was made from, in reading order, if its glyphs
    in drawing order say something else (a cluster drawn out of order); else None."""
    drawn = [(data.cluster, _drawn_text(char, font)) for char, data in zip(text, text.__shapeData__, strict=False)]
    in_order = "".join(part for _, part in drawn)
    reading = "".join(part for _, part in sorted(drawn, key=lambda item: item[0]))
    if any(is_rtl(char) for char in reading):
        # Readers put right-to-left glyphs in reading order themselves (poppler would reverse
        # an ActualText too); the ToUnicode map's ordinary letters are all they need.
        return None
    # A glyph that stands for nothing is part of a cluster drawn out of order (ि before प्र):
    # a reader placing glyphs by position would misplace its characters.
    split = any(part == "" for _, part in drawn)
    # A widened glyph overlaps the one before it: poppler would take it for a new line.
    widened = any(ord(char) in _widened for char in text)
    return reading if split or widened or reading != in_order else None


def _marked(operators: str, text: str) -> str:
    return f"/Span <</ActualText <FEFF{_utf16_hex(text)}>>> BDC {operators} EMC"


def _plain(writer: Any, text: Any) -> str:
    return str(_reportlab_format_text(writer, text))


def format_text(self: Any, text: Any) -> str:
    """reportlab's `PDFTextObject._formatText` with each reordered or joined word of shaped text
    in a marked-content span whose /ActualText is its characters in reading order: a reader that
    knows ActualText (poppler, Acrobat) copies and finds the name as typed whatever the glyphs."""
    if not isinstance(text, ttfonts.ShapedStr) or getattr(text, "__shapeData__", None) is None:
        return _plain(self, text)
    font = self._fontname
    parts = []
    done = 0
    for start, end in _segments(text):
        real = actual_text(text[start:end], font)
        if real is None:
            continue
        if start > done:
            parts.append(_plain(self, text[done:start]))
        parts.append(_marked(_plain(self, text[start:end]), real))
        done = end
    if not parts:
        return _plain(self, text)
    if done < len(text):
        parts.append(_plain(self, text[done:]))
    return " ".join(parts)


@contextlib.contextmanager
def shaping() -> Iterator[None]:
    """reportlab's shaping and ToUnicode maps go through this module while inside, and are
    reportlab's own again once no thread is (see `tuning.patched`). Held while a paragraph
    breaks its lines (`ShapingParagraph`), while a line is shaped for a canvas
    (`text._shaped`) and while a document is laid out and saved (`document.build_pdf`,
    `people_common.write_canvas_pdf`), where the fonts' ToUnicode maps are written."""
    with (
        tuning.patched(rl_paragraph, "shapeFragWord", shape_frag_word),
        tuning.patched(ttfonts, "shapeFragWord", shape_frag_word),  # what ttfonts.shapeStr calls
        tuning.patched(ttfonts, "makeToUnicodeCMap", to_unicode_cmap),
        tuning.patched(textobject.PDFTextObject, "_formatText", format_text),
    ):
        yield


class ShapingParagraph(Paragraph):
    """A Paragraph whose words are shaped by this module (reportlab shapes while breaking lines)."""

    def breakLines(self, width: Any) -> Any:
        with shaping():
            return super().breakLines(width)
