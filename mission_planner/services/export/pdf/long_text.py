"""Long user text as a stack of short paragraphs, so laying it out stays linear in its length.

reportlab splits a Paragraph across pages by wrapping all that is left of it again on every
page, and a Table wraps every cell's content again for each piece it splits into; a 20,000
character description over ten pages was wrapped ten times. Here the text is cut into chunks
of at most `CHUNK` characters (at a line break, else after a sentence, else at a space, else
between characters), each a paragraph that remembers its wrap, so a page costs at most one
chunk's wrapping.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from .shaping import ShapingParagraph

CHUNK = 2_000


class WrappedOnce(ShapingParagraph):
    """A Paragraph that wraps once per width (reportlab wraps again on every call; a Table
    splitting a cell asks at two widths, with and without the cell's padding)."""

    # What Paragraph.wrap leaves behind (its lines and their widths); reportlab's own.
    blPara: Any
    _wrapWidths: Any

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        wraps = self.__dict__.setdefault("_wraps", {})
        done = wraps.get(availWidth)
        if done is None:
            super().wrap(availWidth, availHeight)
            if len(wraps) >= 4:
                wraps.clear()
            wraps[availWidth] = (self.blPara, self.height, self._wrapWidths)
        else:
            self.blPara, self.height, self._wrapWidths = done
            self.width = availWidth
        return self.width, self.height


class LongText(Flowable):
    """Paragraphs drawn one under the other with no space between, as one text; splits between
    them or inside one, at a line."""

    def __init__(self, parts: Sequence[Paragraph], style: ParagraphStyle) -> None:
        super().__init__()
        self.parts, self.style = list(parts), style
        self._heights: list[float] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self._heights = [part.wrap(availWidth, availHeight)[1] for part in self.parts]
        self.width, self.height = availWidth, sum(self._heights)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        # A Table splitting a cell measures it without the cell's padding, then asks for the
        # split with it: split at the width the text is drawn in.
        self.wrap(min(availWidth, self.width or availWidth), availHeight)
        availWidth = self.width
        used = 0.0
        for index, (part, height) in enumerate(zip(self.parts, self._heights, strict=True)):
            if used + height <= availHeight:
                used += height
                continue
            # A Paragraph splits into Paragraphs.
            pieces = [piece for piece in part.split(availWidth, availHeight - used) if isinstance(piece, Paragraph)]
            head = [*self.parts[:index], *pieces[:1]]
            tail = [*pieces[1:], *self.parts[index + 1 :]] if pieces else self.parts[index:]
            if not head or not tail:
                return []
            return [LongText(head, self.style), LongText(tail, self.style)]
        return [self, LongText([], self.style)]  # all of it fits: a Table still wants two pieces

    def draw(self) -> None:
        y = self.height
        for part, height in zip(self.parts, self._heights, strict=True):
            y -= height
            part.wrap(self.width, height)  # its lines at this width (it may last have wrapped at another)
            part.drawOn(self.canv, 0, y)

    def minWidth(self) -> float:
        return max((part.minWidth() for part in self.parts), default=0)

    def getSpaceBefore(self) -> float:
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:
        return self.style.spaceAfter

    def getPlainText(self) -> str:
        return "".join(part.getPlainText() for part in self.parts)


def chunks(text: str, size: int = CHUNK) -> list[str]:
    """`text` cut into pieces of at most `size` characters; a line break at a cut is dropped."""
    found = []
    rest = text
    while len(rest) > size:
        cut, skip = _cut(rest, size)
        found.append(rest[:cut])
        rest = rest[cut + skip :]
    found.append(rest)
    return found


def _cut(text: str, size: int) -> tuple[int, int]:
    """Where to cut `text` at or before `size`, and how many characters the cut drops."""
    window = text[: size + 1]
    low = size // 2
    newline = window.rfind("\n", low)
    if newline > 0:
        return newline, 1
    for mark in (". ", " "):
        at = window.rfind(mark, low, size)
        if at > 0:
            return at + len(mark), 0
    cut = size
    while cut > low and _joins_previous(text[cut]):
        cut -= 1
    return cut, 0


def _joins_previous(char: str) -> bool:
    """A combining mark or joiner is drawn with the character before it: never cut before one."""
    return unicodedata.category(char) in ("Mn", "Mc", "Me") or char in "\u200c\u200d"


def long_text(text: str, style: ParagraphStyle, paragraph: Callable[[str, ParagraphStyle], Paragraph]) -> LongText:
    """`text` as a LongText; `paragraph` makes one chunk's paragraph in a style."""
    inner = ParagraphStyle(f"{style.name}+chunk", parent=style, spaceBefore=0, spaceAfter=0)
    return LongText([paragraph(chunk, inner) for chunk in chunks(text)], style)
