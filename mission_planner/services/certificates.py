"""Certificate counts in English words, for the command line and the documents, and the
refusal to write certificates for no one. The window words the same counts in its own language
(`gui/certificate_text.py`)."""

from __future__ import annotations

from ..domain.certificates import CertificateCount, Group
from ..errors import InputError


class NoCertificateError(InputError):
    """Not one certificate to write: nobody is eligible (`count` says why), or, with
    `chosen_only`, some are but none of the people chosen is."""

    def __init__(self, count: CertificateCount, *, chosen_only: bool = False) -> None:
        self.count, self.chosen_only = count, chosen_only
        super().__init__(CHOSEN_NOT_ELIGIBLE if chosen_only else why_none_text(count))


CHOSEN_NOT_ELIGIBLE = "None of the people chosen is eligible for a certificate; `certificates CODE` lists who is."


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
