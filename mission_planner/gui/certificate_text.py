"""Why no certificate can be written, in the window's language, from the certificate count.

The command line and the documents have the English words (`services/certificates.py`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.certificates import CertificateCount, Group


def threshold_text(count: CertificateCount) -> str:
    """The mission's rule, as the threshold a participant falls below."""
    if count.all_items:
        text = QCoreApplication.translate(
            "Certificates", "present at every item, online ones for at least {percent}% of their minutes"
        )
    else:
        text = QCoreApplication.translate("Certificates", "present at {percent}% of the items or more")
    return text.format(percent=f"{count.min_percent:g}")


def group_text(group: Group, people: int, count: CertificateCount) -> str:
    one = people == 1
    match group:
        case Group.NOT_ACCEPTED:
            text = (
                QCoreApplication.translate("Certificates", "1 participant not accepted or confirmed")
                if one
                else QCoreApplication.translate("Certificates", "{count} participants not accepted or confirmed")
            )
        case Group.NO_ATTENDANCE:
            text = (
                QCoreApplication.translate("Certificates", "1 participant with no attendance recorded")
                if one
                else QCoreApplication.translate("Certificates", "{count} participants with no attendance recorded")
            )
        case Group.BELOW_THRESHOLD:
            text = (
                QCoreApplication.translate("Certificates", "1 participant below the threshold ({threshold})")
                if one
                else QCoreApplication.translate(
                    "Certificates", "{count} participants below the threshold ({threshold})"
                )
            )
        case _:
            return f"{people}: {group}"
    return text.format(count=people, threshold=threshold_text(count))


def why_none_text(count: CertificateCount, *, chosen_only: bool = False) -> str:
    """Why no certificate can be written, in one line."""
    if chosen_only:
        return QCoreApplication.translate(
            "Certificates", "None of the people chosen is eligible for a certificate; the Attendance tab shows who is."
        )
    if count.participants == 0:
        return QCoreApplication.translate(
            "Certificates", "No one is eligible for a certificate: the mission has no participants."
        )
    reasons = "; ".join(group_text(group, people, count) for group, people in count.groups.items())
    return QCoreApplication.translate("Certificates", "No one is eligible for a certificate: {reasons}.").format(
        reasons=reasons
    )
