"""Certificate counts in words, the same for the command line, the documents and the window."""

from __future__ import annotations

from ..domain.certificates import CertificateCount, Group


def threshold_text(count: CertificateCount) -> str:
    """The mission's rule, as the threshold a participant falls below."""
    if count.all_items:
        return f"present at every item, online ones for at least {count.min_percent:g}% of their minutes"
    return f"present at {count.min_percent:g}% of the items or more"


def group_text(group: Group, people: int, count: CertificateCount) -> str:
    plural = "participant" if people == 1 else "participants"
    match group:
        case Group.NOT_ACCEPTED:
            return f"{people} {plural} not accepted or confirmed"
        case Group.NO_ATTENDANCE:
            return f"{people} {plural} with no attendance recorded"
        case Group.BELOW_THRESHOLD:
            return f"{people} {plural} below the threshold ({threshold_text(count)})"
    return f"{people} {plural}: {group}"


def why_none_text(count: CertificateCount) -> str:
    """Why no certificate can be written, in one line."""
    if count.participants == 0:
        return "No one is eligible for a certificate: the mission has no participants."
    reasons = "; ".join(group_text(group, people, count) for group, people in count.groups.items())
    return f"No one is eligible for a certificate: {reasons}."
