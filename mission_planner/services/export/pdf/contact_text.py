"""Phone numbers and e-mail addresses in PDFs: never broken across lines.

A reportlab Paragraph breaks at every space and, when a word is wider than its column, inside
the word: a 24-hour number printed as `+82-10-5555-012` over `1` cannot be dialled. Here a phone
or e-mail field is laid out by `Unbroken`, which breaks only between whole pieces: every phone
number in the field ("+82 2 555 0110", "(02) 555-0110") and every e-mail address is one piece;
the words around them ("ext. 12, office hours") may wrap at spaces. `contact_widths` gives the
columns that hold such fields the width of their widest piece, so the pieces fit whole.

An e-mail address wider than the whole column it was given (the column is as wide as the page
allows) is the one exception: it breaks after its "@" or before a ".", never inside a name, so
each line still reads as a part of the address.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from . import fonts, text

# A phone number: digits with the separators people type between them, single spaces included.
_NUMBER = re.compile(r"\+?\(?\d(?:[\d().\-]| (?=[\d(+]))*\d\)?")
_EMAIL = re.compile(r"[^\s@<>(),;]+@[^\s@<>(),;]+")
_BOUNDARY = re.compile(r"(?<=@)|(?=\.)")  # after the "@", before each "."
SMALLEST = 7.0  # points: a piece that does not fit its column shrinks to this size first
TINIEST = 4.0  # points: below SMALLEST only so that a number stays whole (never in practice)


def pieces(value: str) -> list[str]:
    """The pieces of a phone or e-mail field that a line break may not cut, in order: the
    whitespace-separated words, except that a number's own spaces do not separate."""
    glue = "\x00"  # stands for a space inside a number while the field is split at the others
    emails = [m.span() for m in _EMAIL.finditer(value)]
    kept = list(value)
    for match in _NUMBER.finditer(value):
        if not any(a <= match.start() < b for a, b in emails):
            for index in range(*match.span()):
                if kept[index] == " ":
                    kept[index] = glue
    return [piece.replace(glue, " ") for piece in "".join(kept).split()]


def widest_piece(values: Iterable[str], size: float, *, bold: bool = False) -> float:
    """The width of the widest piece of any of `values` at `size` points."""
    return max((text.text_width(piece, size, bold=bold) for value in values for piece in pieces(value)), default=0.0)


def contact_widths(widths: Sequence[float], needs: dict[int, float], *, keep: float = 0.55) -> list[float]:
    """`widths` with each column in `needs` (index: the room its widest piece needs, padding
    included) grown to that room, taken from the other columns in proportion to their widths;
    no other column falls below `keep` of its own width. The total stays the same."""
    result = list(widths)
    wanted = {i: max(0.0, need - result[i]) for i, need in needs.items() if need > result[i]}
    if not wanted:
        return result
    donors = [i for i in range(len(result)) if i not in needs]
    spare = sum(result[i] * (1 - keep) for i in donors)
    share = min(1.0, spare / sum(wanted.values())) if spare else 0.0
    taken = sum(wanted.values()) * share
    for i, more in wanted.items():
        result[i] += more * share
    donor_total = sum(result[i] for i in donors)
    for i in donors:
        result[i] -= taken * result[i] / donor_total
    return result


@dataclass(frozen=True, slots=True)
class _Laid:
    lines: tuple[str, ...]
    size: float


class Unbroken(Flowable):
    """A phone or e-mail field in a table cell, broken only between whole pieces."""

    def __init__(self, value: str, style: ParagraphStyle):
        super().__init__()
        self.value, self.style = value, style
        self.bold = fonts.is_bold(style.fontName)
        self.laid = _Laid((), style.fontSize)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.laid = lay_out(self.value, available_width, self.style.fontSize, bold=self.bold)
        self.width = available_width
        self.height = len(self.laid.lines) * self._leading()
        return self.width, self.height

    def _leading(self) -> float:
        return self.style.leading * self.laid.size / self.style.fontSize

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColor(self.style.textColor)
        leading = self._leading()
        for index, line in enumerate(self.laid.lines):
            # the baseline sits where a Paragraph of the same style puts it
            baseline = self.height - index * leading - self.laid.size
            text.draw_text(canvas, 0, baseline, line, self.laid.size, bold=self.bold)
        canvas.restoreState()


def lay_out(value: str, width: float, size: float, *, bold: bool = False) -> _Laid:
    """Lines of whole pieces within `width`: at `size` if every piece fits, else at the largest
    size down to SMALLEST at which the numbers and words do; an e-mail address too wide is
    broken at its "@" and "." boundaries, and a number still too wide shrinks further rather
    than break (down to TINIEST; what does not fit even then is no phone number and wraps)."""
    found = pieces(value)
    if not found:
        return _Laid((), size)
    # An address breaks at its boundaries at full size rather than shrink: small type is
    # harder to copy by eye than a break after "@".
    numbers = [piece for piece in found if "@" not in piece]
    widest = max(numbers, key=lambda piece: text.text_width(piece, size, bold=bold), default="")
    if text.text_width(widest, size, bold=bold) > width:
        size = text.fit_size(widest, width, size, SMALLEST, bold=bold)
    words: list[tuple[str, bool]] = []  # (piece, whether a space goes before it)
    for piece in found:
        if text.text_width(piece, size, bold=bold) <= width:
            words.append((piece, True))
        elif "@" in piece:
            parts = [part for part in _BOUNDARY.split(piece) if part]
            words += [(part, index == 0) for index, part in enumerate(parts)]
        else:
            smaller = text.fit_size(piece, width, size, TINIEST, bold=bold)
            if text.text_width(piece, smaller, bold=bold) <= width:
                size = min(size, smaller)
                words.append((piece, True))
            else:
                # Wider than a column even at TINIEST: no phone number is that long, so it wraps
                # like any text rather than run over the next column.
                chunks = _chunks(piece, width, size, bold=bold)
                words += [(chunk, index == 0) for index, chunk in enumerate(chunks)]
    lines: list[str] = []
    for piece, spaced in words:
        joined = (lines[-1] + (" " if spaced else "") + piece) if lines else piece
        if lines and text.text_width(joined, size, bold=bold) <= width:
            lines[-1] = joined
        else:
            lines.append(piece)
    return _Laid(tuple(lines), size)


def _chunks(piece: str, width: float, size: float, *, bold: bool) -> list[str]:
    """`piece` cut between characters into parts no wider than `width`."""
    parts = [""]
    for char in piece:
        if parts[-1] and text.text_width(parts[-1] + char, size, bold=bold) > width:
            parts.append(char)
        else:
            parts[-1] += char
    return parts
