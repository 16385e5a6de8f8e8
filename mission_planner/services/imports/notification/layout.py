"""Where a notification's parts are: the labelled header fields (label and value on one line,
in a two-column table, or on consecutive lines, in any order) and the numbered sections."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Each header field's key and the ways its label is written; `\s+` also spans a line break.
LABELS: dict[str, str] = {
    "ref_no": r"Ref(?:erence)?\.?\s*No\.?|Reference\s+Number",
    "date_of_issue": r"Date\s+of\s+Issue",
    "code": r"Project\s+Code|Project\s+No\.?",
    "title": r"(?:Project\s+)?Title",
    "timing": r"Timing(?:\s+(?:and|&)\s+Duration)?|Dates?\s+and\s+Duration|Duration",
    "hosting": r"Host(?:ing)?\s+Countr(?:y\s*\(\s*ies\s*\)|ies|y)|Venue",
    "modality": r"Modality|Mode",
    "implementing": r"Implementing\s+Organi[sz]ations?(?:\s*\(\s*s\s*\))?",
    "participating": r"Participating\s+Countr(?:y\s*\(\s*ies\s*\)|ies|y)",
    "overseas": r"(?:Number\s+of\s+)?Overseas\s+Participants",
    "local": r"(?:Number\s+of\s+)?Local\s+Participants",
    "qualifications": r"Qualifications?(?:\s+of\s+Participants)?",
    "nomination": r"Nomination\s+of\s+Participants|Nomination\s+Procedures?",
    "closing": r"Closing\s+Date(?:\s+for\s+Nominations?)?|Deadline\s+for\s+Nominations?|Nomination\s+Deadline",
}
# A label stands at the start of a line and is followed by a colon, a tab, two spaces or the
# line's end; only the long labels may be followed by a single space (a table read as one line).
_AFTER = r"(?:\s*[:：]\s*|\t+\s*|[ ]{2,}|[ ]*\n\s*|[ ]*$|[ ](?=\S))"
_HEADER = re.compile(
    "|".join(rf"^[ \t]*(?P<{key}>(?:{pattern})){_AFTER}" for key, pattern in LABELS.items()),
    re.IGNORECASE | re.MULTILINE,
)
SECTIONS: dict[str, str] = {
    "objectives": r"Objectives?",
    "background": r"Background",
    "scope": r"Scope(?:\s*,?\s*(?:and\s+)?Methodology)?(?:\s*,?\s*and\s+Certificate\s+of\s+Attendance)?"
    r"|Methodology|Program(?:me)?\s+and\s+Methodology",
    "financial": r"Financial\s+Arrangements?",
    "implementation": r"Implementation\s+Procedures?",
}
_SECTION = re.compile(
    "|".join(
        rf"^[ \t]*(?:\d{{1,2}}\s*[.)]?\s+)?(?P<{key}>(?:{pattern}))[ \t]*:?[ \t]*$" for key, pattern in SECTIONS.items()
    )
    + r"|^[ \t]*(?P<other>\d{1,2}\s*[.)]\s+[A-Z][A-Za-z ,&'-]{2,60})[ \t]*$",
    re.MULTILINE,
)
_REVISIONS = re.compile(r"^[ \t]*Revision\s+Date\s+of\s+Issue\b", re.IGNORECASE | re.MULTILINE)
_TITLE = re.compile(r"project\s+notification", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Part:
    """A piece of the text: its key, the text of its value, and the words it was found in."""

    key: str
    text: str
    source: str


def normalized(text: str) -> str:
    """NFC, one kind of line break, no markup a converter left (`<b>`, `**`, `##`)."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u2028", "\n").replace("\f", "\n")
    # A bullet in a font without a Unicode map comes out as a control or private-use character.
    text = re.sub(r"^([ \t]*)[\x00-\x08\x7f-\x9f\ue000-\uf8ff]", r"\1•", text, flags=re.MULTILINE)
    text = re.sub(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]", "", text)
    text = re.sub(r"</?(?:b|strong|i|em|u)>", "", text, flags=re.IGNORECASE)
    text = text.replace("**", "").replace("__", "")
    text = re.sub(r"^[ \t]*#{1,6}[ \t]+", "", text, flags=re.MULTILINE)
    return re.sub(r"^[ \t]*[-*][ \t]+(?=\(?[a-z][.)][ \t])", "", text, flags=re.MULTILINE)


def looks_like_notification(text: str) -> bool:
    return bool(_TITLE.search(text)) or len(header_parts(text)) >= 3


def header_parts(text: str) -> dict[str, Part]:
    """The labelled fields before the sections; the first time a label appears counts."""
    end = body_start(text)
    head = text[:end]
    revisions = _REVISIONS.search(head)
    if revisions:
        head = head[: revisions.start()]
    found: dict[str, Part] = {}
    matches = _labels(head)
    for index, match in enumerate(matches):
        key = match.lastgroup or ""
        stop = matches[index + 1].start() if index + 1 < len(matches) else len(head)
        raw = head[match.start() : stop]
        found[key] = Part(key, joined(head[match.end() : stop]), " ".join(raw.split()))
    return found


def _labels(head: str) -> list[re.Match[str]]:
    """One label a field, in the order they stand: the first set off by a colon, a tab, two
    spaces or a line's end; else the first multi-word label followed by one space (a table
    read as one line), which `Local participants will…` inside another value could also be."""
    strong: dict[str, re.Match[str]] = {}
    weak: dict[str, re.Match[str]] = {}
    for match in _HEADER.finditer(head):
        key = match.lastgroup or ""
        label = match.group(key)
        if match.group(0)[len(match.group(0)) - (match.end() - match.end(key)) :] == " ":
            if re.search(r"\s", label):
                weak.setdefault(key, match)
        else:
            strong.setdefault(key, match)
    chosen = {**{k: m for k, m in weak.items() if k not in strong}, **strong}
    return sorted(chosen.values(), key=lambda m: m.start())


def body_start(text: str) -> int:
    for match in _SECTION.finditer(text):
        if match.lastgroup in ("objectives", "background"):
            return match.start()
    return len(text)


def section_parts(text: str) -> dict[str, Part]:
    """Each known numbered section's text, up to the next heading."""
    start = body_start(text)
    matches = list(_SECTION.finditer(text, start))
    found: dict[str, Part] = {}
    for index, match in enumerate(matches):
        key = match.lastgroup or "other"
        stop = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        if key != "other" and key not in found:
            body = text[match.end() : stop].strip("\n")
            found[key] = Part(key, body.strip(), " ".join(text[match.start() : stop].split()))
    return found


def joined(value: str) -> str:
    """A value broken over lines, as one line (a word hyphenated at a line's end is mended)."""
    parts: list[str] = []
    for line in value.strip().splitlines():
        line = line.strip()
        if not line:
            continue
        previous = parts[-1] if parts else ""
        if previous.endswith("-") and previous[-2:-1].isalpha() and line[:1].islower():
            parts.append(line)
        else:
            parts.append(f" {line}" if parts else line)
    return " ".join("".join(parts).replace("\t", " ").split())
