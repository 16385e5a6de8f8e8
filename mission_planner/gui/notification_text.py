"""The notification review's words in the window's language: the fields' names and why a
field is flagged (the services give codes; `services.notification_doubt_text` is the CLI's)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def field_label(key: str) -> str:
    words = {
        "code": QCoreApplication.translate("Notification", "Project Code"),
        "title": QCoreApplication.translate("Notification", "Title"),
        "timing": QCoreApplication.translate("Notification", "Timing and Duration"),
        "ref_no": QCoreApplication.translate("Notification", "Ref. No."),
        "date_of_issue": QCoreApplication.translate("Notification", "Date of Issue"),
        "hosting": QCoreApplication.translate("Notification", "Hosting Country(ies)"),
        "modality": QCoreApplication.translate("Notification", "Modality"),
        "implementing": QCoreApplication.translate("Notification", "Implementing Organization(s)"),
        "participating": QCoreApplication.translate("Notification", "Participating Country(ies)"),
        "overseas": QCoreApplication.translate("Notification", "Overseas Participants"),
        "local": QCoreApplication.translate("Notification", "Local Participants"),
        "qualifications": QCoreApplication.translate("Notification", "Qualifications of Participants"),
        "nomination": QCoreApplication.translate("Notification", "Nomination of Participants"),
        "closing": QCoreApplication.translate("Notification", "Closing Date for Nominations"),
        "objectives": QCoreApplication.translate("Notification", "1. Objectives"),
        "background": QCoreApplication.translate("Notification", "2. Background"),
        "scope": QCoreApplication.translate("Notification", "3. Scope and Methodology"),
        "topics": QCoreApplication.translate("Notification", "Indicative topics"),
        "certificate": QCoreApplication.translate("Notification", "Certificate of attendance"),
        "financial": QCoreApplication.translate("Notification", "4. Financial Arrangements"),
        "rule_set": QCoreApplication.translate("Notification", "Rule set preset"),
        "implementation": QCoreApplication.translate("Notification", "5. Implementation Procedures"),
        "signatory": QCoreApplication.translate("Notification", "Signed by"),
    }
    return words.get(key, key)


def doubt_words(doubt: str, detail: str, *, required: bool) -> str:
    """Why a field is flagged, or "" when it is not."""
    if not doubt:
        return ""
    words = {
        "missing": QCoreApplication.translate("Notification", "Required: not found in the file; type it here.")
        if required
        else QCoreApplication.translate("Notification", "Not found in the file."),
        "bad_date": QCoreApplication.translate("Notification", "Not a date: write it as 15 September 2023."),
        "bad_timing": QCoreApplication.translate(
            "Notification", "Not a range of dates: write it as 24–25 November 2021."
        ),
        "duration_mismatch": QCoreApplication.translate(
            "Notification", "The stated duration and the dates disagree (days stated/counted: {detail})."
        ),
        "unknown_country": QCoreApplication.translate("Notification", "Not a country known here: {detail}"),
        "no_modality": QCoreApplication.translate(
            "Notification", "Neither digital, face to face nor hybrid: face to face is assumed."
        ),
        "no_number": QCoreApplication.translate("Notification", "No number in it."),
        "split_guessed": QCoreApplication.translate(
            "Notification", "Told apart at commas and “and”: check the names (one a line)."
        ),
        "code_off_pattern": QCoreApplication.translate(
            "Notification", "Not in the APO pattern (21-IP-06-GE-OSM-B); kept as written."
        ),
        "no_preset": QCoreApplication.translate(
            "Notification", "No preset quotes these arrangements: none is chosen; verify the text kept."
        ),
        "topics_beyond_days": QCoreApplication.translate(
            "Notification", "Topics for day {detail}, after the last day: not placed."
        ),
    }
    return words.get(doubt, doubt).format(detail=detail)
