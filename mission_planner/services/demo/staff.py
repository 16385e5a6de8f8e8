"""Secretariat staff who work on more than one demo mission: the same person, the same uid.

People are shared between missions in the database, so these must be identical wherever used.
"""

from __future__ import annotations

from ...domain.enums import Gender
from .people import invented_person

KPC_COORDINATOR = invented_person(
    "person/kpc/lee-ji-young",
    "Lee",
    "Ji-young",
    "KR",
    Gender.FEMALE,
    "Korea Productivity Center",
    "Manager, Global Cooperation Team",
    phone="+82-2-555-0121",
    notes="Mission coordinator at KPC.",
)

KPC_DIRECTOR = invented_person(
    "person/kpc/choi-dong-hyun",
    "Choi",
    "Dong-hyun",
    "KR",
    Gender.MALE,
    "Korea Productivity Center",
    "Director, International Cooperation Department",
    phone="+82-2-555-0120",
)

KPC_TECHNICAL_HOST = invented_person(
    "person/kpc/kang-min-ji",
    "Kang",
    "Min-ji",
    "KR",
    Gender.FEMALE,
    "Korea Productivity Center",
    "Assistant Manager, Global Cooperation Team",
    phone="+82-2-555-0122",
    notes="Hosts the online sessions (Zoom host, breakout rooms, attendance log).",
)

APO_PROGRAM_OFFICER = invented_person(
    "person/apo/anjali-raman",
    "Raman",
    "Anjali",
    "IN",
    Gender.FEMALE,
    "APO Secretariat",
    "Program Officer",
    home_timezone="Asia/Tokyo",
    phone="+81-3-5555-0130",
    notes="Based at the APO Secretariat in Tokyo.",
)
