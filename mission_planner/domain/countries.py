"""APO member economies: the names the APO uses and a sensible home time zone for each.

Other countries (a resource person from the United Kingdom, say) are resolved through
pycountry by the services; this table only holds what pycountry cannot know.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Member:
    iso2: str
    apo_name: str
    english_name: str
    timezone: str
    active: bool = True


APO_MEMBERS: tuple[Member, ...] = (
    Member("BD", "Bangladesh", "Bangladesh", "Asia/Dhaka"),
    Member("KH", "Cambodia", "Cambodia", "Asia/Phnom_Penh"),
    Member("TW", "Republic of China", "Taiwan", "Asia/Taipei"),
    Member("FJ", "Fiji", "Fiji", "Pacific/Fiji"),
    Member("HK", "Hong Kong", "Hong Kong", "Asia/Hong_Kong", active=False),
    Member("IN", "India", "India", "Asia/Kolkata"),
    Member("ID", "Indonesia", "Indonesia", "Asia/Jakarta"),
    Member("IR", "IR Iran", "Iran", "Asia/Tehran"),
    Member("JP", "Japan", "Japan", "Asia/Tokyo"),
    Member("KR", "Republic of Korea", "Korea, Republic of", "Asia/Seoul"),
    Member("LA", "Lao PDR", "Lao People's Democratic Republic", "Asia/Vientiane"),
    Member("MY", "Malaysia", "Malaysia", "Asia/Kuala_Lumpur"),
    Member("MN", "Mongolia", "Mongolia", "Asia/Ulaanbaatar"),
    Member("NP", "Nepal", "Nepal", "Asia/Kathmandu"),
    Member("PK", "Pakistan", "Pakistan", "Asia/Karachi"),
    Member("PH", "Philippines", "Philippines", "Asia/Manila"),
    Member("SG", "Singapore", "Singapore", "Asia/Singapore"),
    Member("LK", "Sri Lanka", "Sri Lanka", "Asia/Colombo"),
    Member("TH", "Thailand", "Thailand", "Asia/Bangkok"),
    Member("TR", "Türkiye", "Türkiye", "Europe/Istanbul"),
    Member("VN", "Vietnam", "Viet Nam", "Asia/Ho_Chi_Minh"),
)

MEMBERS_BY_ISO2 = {member.iso2: member for member in APO_MEMBERS}

# Older texts and some NPOs still write these.
APO_NAME_ALIASES = {
    "turkey": "TR",
    "republic of china": "TW",
    "roc": "TW",
    "chinese taipei": "TW",
    "korea": "KR",
    "south korea": "KR",
    "rok": "KR",
    "iran": "IR",
    "laos": "LA",
    "lao pdr": "LA",
    "viet nam": "VN",
}


def member(iso2: str) -> Member | None:
    return MEMBERS_BY_ISO2.get(iso2.upper())


def active_members() -> list[Member]:
    return [m for m in APO_MEMBERS if m.active]
