"""A section's text as the mission holds it: lettered entries (objectives, financial
arrangements), paragraphs with `- ` bullets and `Day 1:` subheadings (background, scope),
the indicative topics of each day, and the signature under the last section."""

from __future__ import annotations

import re

from .layout import joined

_MARKER = re.compile(r"^\s*(?:[-•*▪◦·●○■➢►▸]\s*)?\(?([a-z]|[ivx]{1,4}|\d{1,2})[.)]\s+(.*)$")
_BULLET = re.compile(r"^\s*[-•*▪◦–·●○■➢►▸]\s+(.*)$")
_DAY = re.compile(r"^Day\s+(\d{1,3})\b[^:\n]{0,40}:\s*(.*)$", re.IGNORECASE)
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def entries(text: str) -> list[str]:
    """`a. …`, `b. …` (or bullets, or paragraphs when nothing marks them) as one entry each."""
    lines = text.splitlines()
    marked = [_MARKER.match(line) for line in lines]
    first = next((m for m in marked if m), None)
    if first is not None:
        return _lettered(lines)
    if any(_BULLET.match(line) for line in lines):
        return [joined(block[2:]) for block in _bullet_blocks(lines)]
    return [joined(chunk) for chunk in re.split(r"\n\s*\n", text) if chunk.strip()]


def _lettered(lines: list[str]) -> list[str]:
    found: list[list[str]] = []
    for line in lines:
        match = _MARKER.match(line)
        if match and _next_marker(match.group(1), len(found)):
            found.append([match.group(2)])
        elif found and line.strip():
            found[-1].append(line)
    return [joined("\n".join(parts)) for parts in found]


def _next_marker(marker: str, count: int) -> bool:
    """`a`, `b`… or `1`, `2`… or `i`, `ii`… in order (an `i.` inside a text is no marker)."""
    if marker.isdigit():
        return int(marker) == count + 1
    if count < len(LETTERS) and marker == LETTERS[count]:
        return True
    romans = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
    return count < len(romans) and marker == romans[count]


def _bullet_blocks(lines: list[str]) -> list[str]:
    blocks: list[str] = []
    for line in lines:
        bullet = _BULLET.match(line)
        if bullet:
            blocks.append("- " + bullet.group(1))
        elif blocks and line.strip():
            blocks[-1] += "\n" + line
    return blocks


def paragraphs(text: str) -> str:
    """Paragraphs parted by blank lines, bullets as `- ` lines under a `Day 1:` subheading, as
    the Edit Notification dialog and the notification PDF write them."""
    out: list[str] = []
    previous = ""
    for kind, value in _blocks(text):
        if out:
            out.append("\n" if kind == "bullet" and previous in ("bullet", "heading") else "\n\n")
        out.append(f"- {value}" if kind == "bullet" else value)
        previous = kind
    return "".join(out)


def _blocks(text: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    open_block: list[str] = []
    kind = ""

    def close() -> None:
        nonlocal kind
        if open_block:
            found.append((kind, joined("\n".join(open_block))))
            open_block.clear()
        kind = ""

    listing = False  # under a `Day 1:` heading, short lines are topics even without a bullet
    for raw in text.splitlines():
        line = raw.strip()
        bullet = _BULLET.match(line)
        if listing and line and not bullet and not _topic_like(line):
            listing = False
            close()
        elif kind == "bullet" and line[:1].isupper() and not bullet and open_block and len(open_block[-1]) <= 60:
            close()  # a sentence under a short bullet starts a paragraph of its own
        if not line:
            close()
            listing = False
        elif bullet or (listing and not line.endswith(":")):
            bullet_text = bullet.group(1) if bullet else line
            close()
            kind = "bullet"
            open_block.append(bullet_text)
        elif line.endswith(":") and len(line) <= 40:
            close()
            found.append(("heading", line))
            listing = bool(_DAY.match(line))
        else:
            if kind not in ("paragraph", "bullet"):
                close()
                kind = "paragraph"
            open_block.append(line)
    close()
    return found


def _topic_like(line: str) -> bool:
    return len(line) <= 90 and ". " not in line and not line.endswith((".", ":"))


def day_topics(scope: str) -> dict[int, list[str]]:
    """The indicative topics under `Day 1:`, `Day 2:` … (bullets, or the words after the colon)."""
    topics: dict[int, list[str]] = {}
    day: int | None = None
    for kind, value in _blocks(scope):
        match = _DAY.match(value) if kind in ("heading", "paragraph") else None
        if match:
            day = int(match.group(1))
            topics.setdefault(day, [])
            inline = match.group(2).strip()
            if inline:
                topics[day] += [t.strip(" .") for t in re.split(r";|\s•\s", inline) if t.strip(" .")]
        elif kind == "bullet" and day is not None:
            topics[day].append(value)
        elif kind != "bullet":
            day = None
    return {number: titles for number, titles in topics.items() if titles}


def certificate_condition(scope: str) -> str:
    """The sentences of the scope that say who earns the certificate of attendance."""
    flat = joined(scope)
    sentences = re.split(r"(?<=[.!?])\s+", flat)
    return " ".join(s for s in sentences if re.search(r"certificate|full participation|attend all", s, re.I))


def signature(text: str) -> tuple[str, tuple[str, str]]:
    """The section's text without the signature block at its end, and the name and title it
    holds: one to three short lines after a blank line, none ending like a sentence."""
    chunks = re.split(r"\n\s*\n", text.strip())
    if len(chunks) < 2:
        return text, ("", "")
    last = [line.strip() for line in chunks[-1].splitlines() if line.strip()]
    if not 1 <= len(last) <= 3 or any(len(line) > 80 or line.endswith((".", ";", ",")) for line in last):
        return text, ("", "")
    return "\n\n".join(chunks[:-1]), (last[0], " ".join(last[1:]))
