"""A notification read: each field's text, the words in the file it came from, and what is
missing or doubtful. The texts can be corrected (`with_text`) before a mission is made; every
meaning is worked out again from the texts, so a correction is checked like the file was."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path

from ....domain.codes import parse_project_code
from ....errors import InputError
from . import blocks, layout, values
from .dates import parse_date, parse_range, stated_days
from .presets import matching_preset
from .text_layer import EXPECTED, read_text

# Review order: key and the label the CLI prints (the window has its own words).
LABELS: dict[str, str] = {
    "code": "Project Code",
    "title": "Title",
    "timing": "Timing and Duration",
    "ref_no": "Ref. No.",
    "date_of_issue": "Date of Issue",
    "hosting": "Hosting Country(ies)",
    "modality": "Modality",
    "implementing": "Implementing Organization(s)",
    "participating": "Participating Country(ies)",
    "overseas": "Overseas Participants",
    "local": "Local Participants",
    "qualifications": "Qualifications of Participants",
    "nomination": "Nomination of Participants",
    "closing": "Closing Date for Nominations",
    "objectives": "1. Objectives",
    "background": "2. Background",
    "scope": "3. Scope and Methodology",
    "topics": "Indicative topics",
    "certificate": "Certificate of attendance",
    "financial": "4. Financial Arrangements",
    "rule_set": "Rule set preset",
    "implementation": "5. Implementation Procedures",
    "signatory": "Signed by",
}
REQUIRED = ("code", "title", "timing")
DERIVED = ("topics", "certificate", "rule_set")  # worked out from other fields, not typed
MULTILINE = ("objectives", "background", "scope", "financial", "implementation", "signatory")


@dataclass(frozen=True, slots=True)
class Field:
    key: str
    text: str
    source: str = ""
    doubt: str = ""  # a code: missing, bad_date, unknown_country...; "" when sure
    detail: str = ""

    @property
    def label(self) -> str:
        return LABELS[self.key]

    @property
    def derived(self) -> bool:
        return self.key in DERIVED


@dataclass(frozen=True)
class NotificationReading:
    source: str
    form: str
    texts: dict[str, str]
    sources: dict[str, str] = field(default_factory=dict)

    def with_text(self, key: str, text: str) -> NotificationReading:
        return replace(self, texts={**self.texts, key: text.strip()})

    @cached_property
    def fields(self) -> list[Field]:
        return interpret(self.texts, self.sources)

    def field(self, key: str) -> Field:
        return next(f for f in self.fields if f.key == key)

    @property
    def missing_required(self) -> list[str]:
        return [f.key for f in self.fields if f.key in REQUIRED and f.doubt in ("missing", "bad_timing")]


def read_notification(path: Path, *, code: str = "") -> NotificationReading:
    """The fields of the notification in `path`; refused when it is no notification."""
    found = read_text(path)
    text = layout.normalized(found.text)
    texts, sources = texts_of(text)
    if not layout.looks_like_notification(text) or not any(texts.get(key) for key in REQUIRED):
        raise InputError(
            f"is not a Project Notification (no Project Code, Title or Timing and Duration in it); {EXPECTED}",
            source=str(path),
            code="not_a_notification",
        )
    if code.strip():
        sources["code"] = sources.get("code", "")
        texts["code"] = code.strip()
    return NotificationReading(str(path), found.form, texts, sources)


def texts_of(text: str) -> tuple[dict[str, str], dict[str, str]]:
    texts: dict[str, str] = {}
    sources: dict[str, str] = {}
    for key, part in layout.header_parts(text).items():
        texts[key], sources[key] = part.text, part.source
    sections = layout.section_parts(text)
    for key, part in sections.items():
        sources[key] = part.source
        if key in ("objectives", "financial"):
            texts[key] = "\n".join(blocks.entries(part.text))
        elif key == "implementation":
            rest, (name, title) = blocks.signature(part.text)
            texts[key] = blocks.paragraphs(rest)
            if name:
                texts["signatory"] = f"{name}\n{title}".strip()
                sources["signatory"] = f"{name} {title}".strip()
        else:
            texts[key] = blocks.paragraphs(part.text)
    return texts, sources


def interpret(texts: dict[str, str], sources: dict[str, str]) -> list[Field]:
    found: list[Field] = []
    for key in LABELS:
        text = texts.get(key, "")
        source = sources.get(key, "")
        if key in DERIVED:
            found.append(_derived(key, texts, sources))
        elif not text:
            found.append(Field(key, "", source, "missing"))
        else:
            doubt, detail = _doubt(key, text, texts)
            found.append(Field(key, text, source, doubt, detail))
    return found


def _doubt(key: str, text: str, texts: dict[str, str]) -> tuple[str, str]:
    if key == "code":
        return ("", "") if parse_project_code(text) else ("code_off_pattern", "")
    if key in ("date_of_issue", "closing"):
        return ("", "") if parse_date(text) else ("bad_date", "")
    if key == "timing":
        return _timing_doubt(text)
    if key == "hosting":
        return ("", "") if values.hosting(text)[1] else ("unknown_country", text)
    if key == "participating":
        unknown = values.countries(text)[2]
        return ("unknown_country", ", ".join(unknown)) if unknown else ("", "")
    if key == "modality":
        return ("", "") if values.modality(text)[0] else ("no_modality", "")
    if key in ("overseas", "local"):
        return ("", "") if values.quota(text) is not None else ("no_number", "")
    if key == "implementing":
        return ("split_guessed", "") if values.organizations(text)[1] else ("", "")
    return "", ""


def _timing_doubt(text: str) -> tuple[str, str]:
    span = parse_range(text)
    if span is None:
        return "bad_timing", ""
    stated = stated_days(text)
    days = (span[1] - span[0]).days + 1
    if stated is not None and stated != days:
        return "duration_mismatch", f"{stated}/{days}"
    return "", ""


def _derived(key: str, texts: dict[str, str], sources: dict[str, str]) -> Field:
    scope = texts.get("scope", "")
    if key == "topics":
        topics = blocks.day_topics(scope)
        text = "\n".join(f"Day {day}: " + "; ".join(titles) for day, titles in sorted(topics.items()))
        span = parse_range(texts.get("timing", ""))
        beyond = [str(d) for d in topics if span and d > (span[1] - span[0]).days + 1]
        doubt = "topics_beyond_days" if beyond else ("" if topics else "missing")
        return Field(key, text, sources.get("scope", ""), doubt, ", ".join(beyond))
    if key == "certificate":
        sentence = blocks.certificate_condition(scope)
        return Field(key, sentence, sources.get("scope", ""), "" if sentence else "missing")
    entries = [e for e in texts.get("financial", "").splitlines() if e.strip()]
    name = matching_preset(entries)
    return Field(key, name or "", sources.get("financial", ""), "" if name else "no_preset")
