"""What a new revision of a notification changes, field by field, in words for its revision
row (`Clause` and `Modifications`) and for the review."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ....domain.mission import Mission
from ...countries import country_name
from ...export.pdf.words import format_date, format_date_range

# The mission's fields as the notification names them.
CLAUSES: dict[str, str] = {
    "title": "Title",
    "dates": "Timing and Duration",
    "host_country": "Hosting Country(ies)",
    "venue_city": "Hosting Country(ies)",
    "modality": "Modality",
    "scope": "Modality",
    "ref_no": "Ref. No.",
    "implementing_organizations": "Implementing Organization(s)",
    "participating": "Participating Country(ies)",
    "overseas_quota": "Overseas Participants",
    "local_quota": "Local Participants",
    "qualifications": "Qualifications of Participants",
    "nomination_procedure": "Nomination of Participants",
    "nomination_closing_date": "Closing Date for Nominations",
    "objectives": "1. Objectives",
    "background": "2. Background",
    "scope_methodology": "3. Scope, Methodology, and Certificate of Attendance",
    "financial_arrangements": "4. Financial Arrangements",
    "implementation_procedures": "5. Implementation Procedures",
    "signatory": "Signature",
}
LONG = {"background", "scope_methodology", "implementation_procedures", "qualifications"}


@dataclass(frozen=True, slots=True)
class FieldChange:
    clause: str
    before: str
    after: str

    def __str__(self) -> str:
        if not self.before or not self.after or len(self.before) + len(self.after) > 160:
            return (
                f"{self.clause}: {'rewritten' if self.before and self.after else 'added' if self.after else 'removed'}"
            )
        return f"{self.clause}: {self.before} → {self.after}"


def what_changed(old: Mission, new: Mission) -> list[FieldChange]:
    found: list[FieldChange] = []
    for key, clause in CLAUSES.items():
        before, after = _shown(old, key), _shown(new, key)
        if before != after and not any(c.clause == clause for c in found):
            found.append(FieldChange(clause, before, after))
    return found


def _shown(mission: Mission, key: str) -> str:
    if key == "dates":
        return format_date_range(mission.start_date, mission.end_date)
    if key == "participating":
        if mission.all_member_countries:
            return "All Member Countries"
        return ", ".join(country_name(code) for code in mission.participating_countries)
    if key == "signatory":
        return " ".join(p for p in (mission.signatory_name, mission.signatory_title) if p)
    if key == "host_country":
        return country_name(mission.host_country)
    value = getattr(mission, key)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else str(value)
