"""Which writing system a character belongs to, and which way it runs.

Only the scripts our shipped fonts are chosen by are named here (see `fonts.py`); digits,
punctuation, spaces and combining marks are neutral (`None`) and join the run next to them.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from functools import lru_cache

# (first, last, script), sorted by first code point.
_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x005A, "latin"),
    (0x0061, 0x007A, "latin"),
    (0x00AA, 0x00AA, "latin"),
    (0x00BA, 0x00BA, "latin"),
    (0x00C0, 0x00D6, "latin"),
    (0x00D8, 0x00F6, "latin"),
    (0x00F8, 0x02AF, "latin"),
    (0x0370, 0x03FF, "greek"),
    (0x0400, 0x052F, "cyrillic"),
    (0x0530, 0x058F, "armenian"),
    (0x0590, 0x05FF, "hebrew"),
    (0x0600, 0x06FF, "arabic"),
    (0x0750, 0x077F, "arabic"),
    (0x0870, 0x08FF, "arabic"),
    (0x0900, 0x097F, "devanagari"),
    (0x0980, 0x09FF, "bengali"),
    (0x0B80, 0x0BFF, "tamil"),
    (0x0D80, 0x0DFF, "sinhala"),
    (0x0E00, 0x0E7F, "thai"),
    (0x0E80, 0x0EFF, "lao"),
    (0x0F00, 0x0FFF, "tibetan"),
    (0x1000, 0x109F, "myanmar"),
    (0x10A0, 0x10FF, "georgian"),
    (0x1100, 0x11FF, "hangul"),
    (0x1200, 0x139F, "ethiopic"),
    (0x1780, 0x17FF, "khmer"),
    (0x1800, 0x18AF, "mongolian"),
    (0x19E0, 0x19FF, "khmer"),
    (0x1C80, 0x1C8F, "cyrillic"),
    (0x1C90, 0x1CBF, "georgian"),
    (0x1E00, 0x1EFF, "latin"),
    (0x1F00, 0x1FFF, "greek"),
    (0x2C60, 0x2C7F, "latin"),
    (0x2D00, 0x2D2F, "georgian"),
    (0x2D80, 0x2DDF, "ethiopic"),
    (0x2DE0, 0x2DFF, "cyrillic"),
    (0x2E80, 0x2FDF, "han"),
    (0x3000, 0x303F, "han"),
    (0x3040, 0x30FF, "kana"),
    (0x3130, 0x318F, "hangul"),
    (0x3190, 0x31EF, "han"),
    (0x31F0, 0x31FF, "kana"),
    (0x3200, 0x33FF, "han"),
    (0x3400, 0x4DBF, "han"),
    (0x4E00, 0x9FFF, "han"),
    (0xA640, 0xA69F, "cyrillic"),
    (0xA720, 0xA7FF, "latin"),
    (0xA8E0, 0xA8FF, "devanagari"),
    (0xA960, 0xA97F, "hangul"),
    (0xA9E0, 0xA9FF, "myanmar"),
    (0xAA60, 0xAA7F, "myanmar"),
    (0xAB00, 0xAB2F, "ethiopic"),
    (0xAB30, 0xAB6F, "latin"),
    (0xAC00, 0xD7FF, "hangul"),
    (0xF900, 0xFAFF, "han"),
    (0xFB13, 0xFB17, "armenian"),
    (0xFB1D, 0xFB4F, "hebrew"),
    (0xFB50, 0xFDFF, "arabic"),
    (0xFE30, 0xFE4F, "han"),
    (0xFE70, 0xFEFF, "arabic"),
    (0xFF00, 0xFF9F, "han"),
    (0xFFA0, 0xFFDC, "hangul"),
    (0x1F000, 0x1FAFF, "emoji"),
    (0x20000, 0x3134F, "han"),
)
_STARTS = [first for first, _, _ in _RANGES]

# Scripts whose letters change shape, reorder or stack: they must go through harfbuzz.
SHAPED_SCRIPTS = frozenset(
    {"arabic", "devanagari", "bengali", "tamil", "sinhala", "thai", "lao", "khmer"}
    | {"myanmar", "hebrew", "tibetan", "mongolian", "emoji"}
)

# Paired punctuation that a right-to-left run shows mirrored.
MIRRORED = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹", strict=True))


@lru_cache(maxsize=8192)
def script_of(char: str) -> str | None:
    """The script of `char`, or None for a neutral (digit, punctuation, space, combining mark)."""
    code = ord(char)
    index = bisect_right(_STARTS, code) - 1
    if index >= 0:
        first, last, script = _RANGES[index]
        if first <= code <= last:
            # Digits, spaces and punctuation inside a script's block (Arabic comma, Thai digits,
            # the ideographic space) still count as that script: its font has them.
            return script
    category = unicodedata.category(char)
    if category[0] == "L":
        return "other"
    return None


def is_rtl(char: str) -> bool:
    """A strong right-to-left character (Arabic-script letters, Hebrew)."""
    return unicodedata.bidirectional(char) in ("R", "AL")


def is_ltr(char: str) -> bool:
    return unicodedata.bidirectional(char) == "L"


def is_number(char: str) -> bool:
    return unicodedata.bidirectional(char) in ("EN", "AN")


def rtl_spans(text: str) -> list[tuple[int, int]]:
    """The [start, end) spans of `text` that read right to left inside a left-to-right line.

    A span starts at a strong right-to-left character and runs until the next strong
    left-to-right one, less any trailing spaces and punctuation (which then belong to the
    surrounding left-to-right text), as the Unicode bidi algorithm resolves them for a
    left-to-right paragraph without explicit embeddings.
    """
    spans = []
    index, length = 0, len(text)
    while index < length:
        if not is_rtl(text[index]):
            index += 1
            continue
        start = end = index
        while index < length and not is_ltr(text[index]):
            if is_rtl(text[index]) or is_number(text[index]) or unicodedata.category(text[index])[0] == "M":
                end = index
            index += 1
        spans.append((start, end + 1))
    return spans
