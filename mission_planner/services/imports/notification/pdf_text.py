"""A PDF's text layer, line by line, with a blank line where the space between two lines is
wider than the type's own leading (a new paragraph), and without the running heads and feet
that repeat on every page (pypdf)."""

from __future__ import annotations

import io
import logging
import re
from dataclasses import dataclass, field

from ....domain.limits import MAX_NOTIFICATION_PAGES
from ....errors import InputError
from .text_layer import EXPECTED

# A gap above this many times the type size parts two paragraphs (lines are about 1.2-1.4).
PARAGRAPH_GAP = 1.7


@dataclass(slots=True)
class Line:
    y: float
    size: float
    text: str = ""
    end: float = 0.0


@dataclass(slots=True)
class Page:
    lines: list[Line] = field(default_factory=list)


def pdf_text(data: bytes, source: str) -> tuple[str, int]:
    import pypdf
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # warnings about a sloppy file are no news to the user
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("is a PDF locked with a password", source=source, code="notification_locked")
        pages = [_page_lines(page) for page in reader.pages[:MAX_NOTIFICATION_PAGES]]
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError, RecursionError):
        raise InputError(f"is a damaged PDF; {EXPECTED}", source=source, code="notification_unreadable") from None
    text = _join(_without_furniture(pages))
    if not text.strip():
        raise InputError(
            "is a PDF with no text to read (a scanned image?); a notification's text layer is needed, "
            "or its text saved as a Word or text file",
            source=source,
            code="notification_no_text",
        )
    return text, len(pages)


def _page_lines(page) -> Page:  # type: ignore[no-untyped-def]
    found = Page()
    current: list[Line] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if not text:
            return
        y = cm[5] + tm[5] * cm[3]
        x = cm[4] + tm[4] * cm[0]
        scale = abs(tm[3] * cm[3]) or 1.0
        if not current:
            current.append(Line(y, size * scale))
        line = current[-1]
        if line.text and abs(y - line.y) < 1 and x > line.end + line.size:
            text = "\t" + text.lstrip()  # a wide gap on one line: the next column of a table
        line.text += text
        # Where this piece ends, estimated generously (a character is narrower than 0.6 em).
        line.end = max(line.end, x + 0.6 * size * scale * len(text.rstrip("\n")))
        if text.endswith("\n"):
            found.lines.append(current.pop())

    page.extract_text(visitor_text=visit)
    found.lines += current
    for line in found.lines:
        line.text = "\t".join(" ".join(cell.split()) for cell in line.text.split("\t"))
    found.lines = [line for line in found.lines if line.text]
    return found


_DIGITS = re.compile(r"\d+")


def _without_furniture(pages: list[Page]) -> list[Page]:
    """Drop a page's first and last lines when the same words (numbers aside) head or foot
    other pages too: a running head, a footer with the page number."""
    if len(pages) < 2:
        return pages
    seen: dict[str, int] = {}
    for page in pages:
        for key in {_DIGITS.sub("#", line.text) for line in (*page.lines[:2], *page.lines[-2:])}:
            seen[key] = seen.get(key, 0) + 1
    repeated = {key for key, count in seen.items() if count >= 2}
    kept = []
    for page in pages:
        edges = {id(line) for line in (*page.lines[:2], *page.lines[-2:])}
        lines = [one for one in page.lines if id(one) not in edges or _DIGITS.sub("#", one.text) not in repeated]
        kept.append(Page(lines))
    return kept


def _join(pages: list[Page]) -> str:
    """A page's end parts paragraphs only after a sentence's end: a paragraph runs on."""
    out: list[str] = []
    for page in pages:
        previous: Line | None = None
        for line in page.lines:
            if previous is not None and previous.y - line.y > PARAGRAPH_GAP * max(previous.size, line.size):
                out.append("")
            out.append(line.text)
            previous = line
        if out and out[-1].endswith((".", ":", "!", "?")):
            out.append("")
    return "\n".join(out)
