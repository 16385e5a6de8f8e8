"""What the per-person documents share: canvas-drawn pages, names that fit a box, images from
the mission's attachments, QR codes, and the words for roles and dates.

User text reaches the canvas only through `text.draw_text()` and `text.para()`.
"""

from __future__ import annotations

import functools
import io
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from ....atomic import write_bytes_atomically
from ....domain.enums import AttachmentKind
from ....domain.record import MissionRecord
from . import text
from .shaping import shaping

HEADER_FILL = Color(0.86, 0.89, 0.93)
RULE_COLOUR = Color(0.75, 0.78, 0.82)


def write_canvas_pdf(
    target: Path,
    pagesize: tuple[float, float],
    pages: Iterable[Callable[[Canvas], None]],
    *,
    title: str,
    subject: str = "",
) -> None:
    """Draw each page with its function, then write the PDF to `target` atomically."""
    text.ensure_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=pagesize, pageCompression=1)
    canvas.setTitle(title)
    canvas.setAuthor("Mission Planner")
    canvas.setSubject(subject)
    canvas.setCreator("Mission Planner")
    with shaping():  # the lines drawn and the fonts' ToUnicode maps
        for draw in pages:
            draw(canvas)
            canvas.showPage()
        canvas.save()
    write_bytes_atomically(target, buffer.getvalue())


@dataclass(frozen=True, slots=True)
class FittedText:
    lines: tuple[str, ...]
    size: float


LEGIBLE = 6  # points: the smallest type a badge or a certificate prints
MAX_WORDS_TO_BREAK = 24  # every way to break more words into three lines is too many to try


def fit_lines(
    value: str, width: float, largest: float, smallest: float, *, bold: bool = False, max_lines: int = 2
) -> FittedText:
    """`value` as large as it fits `width` (never larger than `largest`): on one line, or broken
    at spaces into up to `max_lines` lines when that makes it clearly larger or when one line
    would need less than `smallest`. It may shrink below `smallest` to half of it (never below
    `LEGIBLE`); text that needs smaller type still is cut with an ellipsis. Whatever the text,
    no line is wider than `width`."""
    fitted = _fit_lines(value, width, largest, smallest, bold=bold, max_lines=max_lines)
    floor = min(smallest, max(smallest / 2, LEGIBLE))
    if fitted.size >= floor:
        return fitted
    return FittedText(tuple(text.clip_to_width(line, width, floor, bold=bold) for line in fitted.lines), floor)


def _fit_lines(value: str, width: float, largest: float, smallest: float, *, bold: bool, max_lines: int) -> FittedText:
    one_line = FittedText((value,), largest_size([value], width, largest, bold=bold))
    words = value.split()
    if max_lines < 2 or len(words) < 2 or one_line.size >= largest:
        return one_line
    if len(words) > MAX_WORDS_TO_BREAK:
        # So many words will not fit a badge or a certificate however they are broken.
        return one_line
    best = one_line
    for lines in _splits(words, max_lines):
        size = largest_size(lines, width, largest, bold=bold)
        if size > best.size or (size == best.size and len(lines) < len(best.lines)):
            best = FittedText(tuple(lines), size)
    if one_line.size >= smallest and best.size < one_line.size * 1.2:
        return one_line
    return best


def wrap_lines(
    value: str, width: float, largest: float, smallest: float, *, bold: bool = False, max_lines: int = 3
) -> FittedText:
    """`value` in at most `max_lines` lines as large as fits `width` (never larger than
    `largest`), and never smaller than `smallest`: where `fit_lines` would shrink below it, the
    text fills lines at `smallest` instead, broken at spaces (a word wider than a whole line
    between two characters, never inside a character and its marks). Only a text that still
    needs more than `max_lines` lines is cut, with an ellipsis, on the last one."""
    fitted = _fit_lines(value, width, largest, smallest, bold=bold, max_lines=max_lines)
    if fitted.size >= smallest:
        return fitted
    lines = _fill(value, width, smallest, bold=bold)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = [*lines[: max_lines - 1], text.clip_to_width(rest, width, smallest, bold=bold)]
    return FittedText(tuple(lines), smallest)


_JOINERS = ("\u200c", "\u200d")


def _fill(value: str, width: float, size: float, *, bold: bool) -> list[str]:
    """`value` filled into lines of `width` at `size`, word by word."""
    lines: list[str] = []
    for word in value.split():
        candidate = f"{lines[-1]} {word}" if lines else word
        if lines and text.text_width(candidate, size, bold=bold) <= width:
            lines[-1] = candidate
        elif text.text_width(word, size, bold=bold) <= width:
            lines.append(word)
        else:
            lines += _break_word(word, width, size, bold=bold)
    return lines


def _break_word(word: str, width: float, size: float, *, bold: bool) -> list[str]:
    """A word wider than `width` in pieces that fit, cut only where a new character starts."""
    pieces = [""]
    for index, char in enumerate(word):
        joined = index and (
            unicodedata.category(char).startswith("M") or char in _JOINERS or word[index - 1] in _JOINERS
        )
        if pieces[-1] and not joined and text.text_width(pieces[-1] + char, size, bold=bold) > width:
            pieces.append(char)
        else:
            pieces[-1] += char
    return pieces


def largest_size(lines: Sequence[str], width: float, largest: float, *, bold: bool = False) -> float:
    """The largest size, in half points up to `largest`, at which every line fits `width`."""
    size = largest
    for line in lines:
        measured = text.text_width(line, largest, bold=bold)
        if measured > width:
            size = min(size, largest * width / measured)
    size = max(0.5, int(size * 2) / 2)
    while size > 0.5 and any(text.text_width(line, size, bold=bold) > width for line in lines):
        size -= 0.5
    return size


def _splits(words: list[str], max_lines: int) -> Iterable[list[str]]:
    """Every way to cut `words` into two (or, when allowed, three) lines."""
    for i in range(1, len(words)):
        yield [" ".join(words[:i]), " ".join(words[i:])]
        if max_lines > 2:
            for j in range(i + 1, len(words)):
                yield [" ".join(words[:i]), " ".join(words[i:j]), " ".join(words[j:])]


def draw_fitted(
    canvas: Canvas,
    x: float,
    top: float,
    fitted: FittedText,
    *,
    bold: bool = False,
    align: str = "centre",
    leading: float = 1.15,
) -> float:
    """Draw fitted lines, the first one's capitals just under `top`; returns the y under the last."""
    y = top - fitted.size * 0.8
    for index, line in enumerate(fitted.lines):
        if index:
            y -= fitted.size * leading
        text.draw_text(canvas, x, y, line, fitted.size, bold=bold, align=align)
    return y - fitted.size * 0.3


def fitted_height(fitted: FittedText, leading: float = 1.15) -> float:
    return fitted.size * (1.1 + leading * (len(fitted.lines) - 1))


def attachment_image(record: MissionRecord, kind: AttachmentKind) -> ImageReader | None:
    """The mission's logo or signature as an image reportlab can draw, or None (also when the
    stored bytes are not an image reportlab can read)."""
    for attachment in record.attachments:
        if attachment.kind == kind and attachment.data:
            try:
                image = ImageReader(io.BytesIO(attachment.data))
                image.getSize()
            except Exception:  # a damaged or unsupported file: leave the image out, not the page
                continue
            return image
    return None


def draw_image_in(
    canvas: Canvas, image: ImageReader, x: float, y: float, width: float, height: float, *, align: str = "centre"
) -> None:
    """Draw `image` as large as fits the box (x, y, width, height), keeping its proportions."""
    own_width, own_height = image.getSize()
    if not own_width or not own_height:
        return
    scale = min(width / own_width, height / own_height)
    drawn_width, drawn_height = own_width * scale, own_height * scale
    left = {"left": x, "right": x + width - drawn_width}.get(align, x + (width - drawn_width) / 2)
    canvas.drawImage(image, left, y + (height - drawn_height) / 2, drawn_width, drawn_height, mask="auto")


class QrCode(Flowable):
    """A QR code drawn as vector squares (sharp at any zoom and on any printer)."""

    def __init__(self, content: str, size: float):
        super().__init__()
        self.content = content
        self.matrix = qr_matrix(content)
        self.size = size
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_qr(self.canv, self.matrix, 0, 0, self.size)


@functools.lru_cache(maxsize=256)
def qr_matrix(content: str) -> tuple[tuple[int, ...], ...]:
    """The modules of a QR code for `content` (error correction M), made once per content."""
    import segno

    return tuple(tuple(row) for row in segno.make(content, error="m", micro=False).matrix)


def draw_qr(
    canvas: Canvas, matrix: Sequence[Sequence[int]], x: float, y: float, size: float, *, quiet: int = 4
) -> None:
    modules = len(matrix) + 2 * quiet
    step = size / modules
    canvas.saveState()
    canvas.setFillColorRGB(1, 1, 1)
    canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    for row_index, row in enumerate(matrix):
        top = y + size - (row_index + quiet + 1) * step
        column = 0
        while column < len(row):
            if row[column]:
                run = column
                while run < len(row) and row[run]:
                    run += 1
                canvas.rect(x + (column + quiet) * step, top, (run - column) * step, step, stroke=0, fill=1)
                column = run
            else:
                column += 1
    canvas.restoreState()


def date_range(first: date, last: date) -> str:
    """ "24–27 October 2023", "30 October – 2 November 2023", "14 August 2023"."""
    if first == last:
        return f"{first.day} {first:%B %Y}"
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{last.day} {last:%B %Y}"
    if first.year == last.year:
        return f"{first.day} {first:%B} – {last.day} {last:%B %Y}"
    return f"{first.day} {first:%B %Y} – {last.day} {last:%B %Y}"


def long_date(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


class RowTable(Flowable):
    """A table of one-line cells drawn with `text.draw_text`: much faster than a Table of
    Paragraphs for a long list (a directory of 80 people in 80 packs). Each cell's text shrinks
    to fit its column, down to `smallest`; beyond that it is clipped at the column's edge.
    Splits across pages and repeats the header."""

    PAD = 3

    def __init__(
        self,
        header: Sequence[str],
        rows: Sequence[Sequence[str]],
        widths: Sequence[float],
        *,
        size: float = 8.5,
        smallest: float = 6,
        bold_rows: frozenset[int] = frozenset(),
        header_fill: Color = HEADER_FILL,
        rule: Color = RULE_COLOUR,
    ):
        super().__init__()
        self.header, self.rows, self.widths = list(header), [list(row) for row in rows], list(widths)
        self.size, self.smallest, self.bold_rows = size, smallest, bold_rows
        self.header_fill, self.rule = header_fill, rule
        self.row_height = size * 1.7
        self.width = sum(self.widths)
        self.height = self.row_height * (len(self.rows) + 1)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        fits = int(available_height // self.row_height) - 1
        if fits < 1:
            return []
        if fits >= len(self.rows):
            return [self]
        bold = self.bold_rows
        return [
            self._part(self.rows[:fits], frozenset(i for i in bold if i < fits)),
            self._part(self.rows[fits:], frozenset(i - fits for i in bold if i >= fits)),
        ]

    def _part(self, rows: list[list[str]], bold: frozenset[int]) -> RowTable:
        return RowTable(
            self.header,
            rows,
            self.widths,
            size=self.size,
            smallest=self.smallest,
            bold_rows=bold,
            header_fill=self.header_fill,
            rule=self.rule,
        )

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        top = self.height
        canvas.setFillColor(self.header_fill)
        canvas.rect(0, top - self.row_height, self.width, self.row_height, stroke=0, fill=1)
        canvas.setFillColorRGB(0, 0, 0)
        canvas.setStrokeColor(self.rule)
        canvas.setLineWidth(0.4)
        for index, row in enumerate([self.header, *self.rows]):
            bottom = top - (index + 1) * self.row_height
            bold = index == 0 or (index - 1) in self.bold_rows
            self._draw_row(canvas, row, bottom, bold)
            canvas.line(0, bottom, self.width, bottom)
        canvas.restoreState()

    def _draw_row(self, canvas: Canvas, row: Sequence[str], bottom: float, bold: bool) -> None:
        x = 0.0
        for value, width in zip(row, self.widths, strict=False):
            room = width - 2 * self.PAD
            if value:
                size = text.fit_size(value, room, self.size, self.smallest, bold=bold)
                baseline = bottom + (self.row_height - size * 0.7) / 2
                if text.text_width(value, size, bold=bold) > room:
                    canvas.saveState()
                    path = canvas.beginPath()
                    path.rect(x, bottom, width - self.PAD, self.row_height)
                    canvas.clipPath(path, stroke=0, fill=0)
                    text.draw_text(canvas, x + self.PAD, baseline, value, size, bold=bold)
                    canvas.restoreState()
                else:
                    text.draw_text(canvas, x + self.PAD, baseline, value, size, bold=bold)
            x += width
