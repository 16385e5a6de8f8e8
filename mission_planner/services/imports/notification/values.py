"""What each header field's words mean: countries (APO names and aliases), the modality and
scope, quotas, organizations. Each returns its value and, when in doubt, a code and detail."""

from __future__ import annotations

import re

from ....domain.enums import Modality, Scope
from ...countries import resolve_country

ALL_MEMBERS = re.compile(r"\ball\b.*\bmember\b|\ball\b.*\beconomies\b", re.IGNORECASE)
_PARENTHESES = re.compile(r"\([^)]*\)")


def countries(text: str) -> tuple[bool, list[str], list[str]]:
    """All member countries?, the ISO codes named, the names not known."""
    if ALL_MEMBERS.search(text):
        return True, [], []
    pieces = [p.strip(" .") for p in re.split(r";|,|\band\b|\n|/", _PARENTHESES.sub("", text))]
    pieces = [p for p in pieces if p]
    codes: list[str] = []
    unknown: list[str] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        pair = resolve_country(f"{piece}, {pieces[index + 1]}") if index + 1 < len(pieces) else None
        code = pair or resolve_country(piece)
        if pair is not None:  # `Korea, Republic of`
            index += 1
        if code is None:
            unknown.append(piece)
        elif code not in codes:
            codes.append(code)
        index += 1
    return False, codes, unknown


def hosting(text: str) -> tuple[str, str | None]:
    """The venue city and the host country of `Seoul, Republic of Korea` or `Republic of Korea`."""
    whole = resolve_country(_PARENTHESES.sub("", text).strip(" ."))
    if whole is not None:
        return "", whole
    parts = [p.strip(" .") for p in text.split(",") if p.strip(" .")]
    for cut in range(len(parts) - 1, 0, -1):
        code = resolve_country(", ".join(parts[cut:]))
        if code is not None:
            return ", ".join(parts[:cut]), code
    return text.strip(), None


def modality(text: str) -> tuple[Modality | None, Scope | None]:
    lowered = text.lower()
    found: Modality | None = None
    if "hybrid" in lowered or "blended" in lowered:
        found = Modality.HYBRID
    elif re.search(r"digital|online|virtual|e-learning", lowered):
        found = Modality.DIGITAL
    elif re.search(r"face[\s-]*to[\s-]*face|in[\s-]*person|physical|on[\s-]*site", lowered):
        found = Modality.IN_PERSON
    return found, scope(lowered)


def scope(text: str) -> Scope | None:
    lowered = text.lower()
    if re.search(r"multi[\s-]*country", lowered):
        return Scope.MULTICOUNTRY
    if re.search(r"individual[\s-]*country", lowered):
        return Scope.INDIVIDUAL_COUNTRY
    if "bilateral" in lowered:
        return Scope.BILATERAL
    return None


def quota(text: str) -> int | None:
    match = re.search(r"\d[\d,]*", text)
    return int(match.group().replace(",", "")) if match else None


def organizations(text: str) -> tuple[list[str], bool]:
    """The organizations, and whether they were told apart only by commas and `and` (a name
    with `and` in it would be cut: the coordinator checks)."""
    if ";" in text or "\n" in text:
        return [p.strip(" .") for p in re.split(r";|\n", text) if p.strip(" .")], False
    parts = [p.strip(" .") for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", text) if p.strip(" .")]
    return parts, len(parts) > 1
