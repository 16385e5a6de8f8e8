"""The people of the online workshop on public service innovation (August 2023), all invented.

35 participants from 14 member economies (five local ones from Indonesia, the host); resource
persons from Indonesia (two), the Philippines and the United Kingdom; secretariat staff from the
Ministry of Manpower and the APO Secretariat.
"""

from __future__ import annotations

from datetime import date

from ...domain.enums import Gender, Role, Status
from ...domain.people import Participation, Person, StatusChange
from .people import confirmed, history, invent_people, invented_person, npo_of
from .staff import APO_PROGRAM_OFFICER

KEY = "psi-2023"
HOST = "ID"
MINISTRY = "Ministry of Manpower of the Republic of Indonesia"
DIRECTORATE = "Directorate of Productivity Development, Ministry of Manpower"

# How many participants each economy sent: 14 economies, 35 people.
PARTICIPANTS_BY_ECONOMY: dict[str, int] = {
    "BD": 2,
    "FJ": 2,
    "IN": 3,
    "ID": 5,
    "IR": 2,
    "MY": 2,
    "MN": 2,
    "NP": 2,
    "PK": 3,
    "PH": 3,
    "LK": 2,
    "TH": 3,
    "TR": 2,
    "VN": 2,
}

RP_INNOVATION = invented_person(
    f"person/{KEY}/rp/ratna-wulandari",
    "Wulandari",
    "Ratna",
    "ID",
    Gender.FEMALE,
    "Universitas Indonesia",
    "Associate Professor of Public Administration",
)
RP_PRACTICE = invented_person(
    f"person/{KEY}/rp/dimas-prasetyo",
    "Prasetyo",
    "Dimas",
    "ID",
    Gender.MALE,
    "Ministry of Administrative and Bureaucratic Reform",
    "Deputy Director, Public Service Innovation",
)
RP_CITIZENS = invented_person(
    f"person/{KEY}/rp/jose-antonio-penaflor",
    "Peñaflor",
    "Jose Antonio",
    "PH",
    Gender.MALE,
    "Development Academy of the Philippines",
    "Fellow, Public Management Development",
)
RP_OPSI = invented_person(
    f"person/{KEY}/rp/eleanor-whitfield",
    "Whitfield",
    "Eleanor",
    "GB",
    Gender.FEMALE,
    "Independent adviser on public sector innovation, London",
    "Public Sector Innovation Adviser",
    home_timezone="Europe/London",
    notes="Introduces the Observatory of Public Sector Innovation (OPSI). The United Kingdom is not an APO member.",
)

MODERATOR = invented_person(
    f"person/{KEY}/staff/rina-kusumawati",
    "Kusumawati",
    "Rina",
    "ID",
    Gender.FEMALE,
    DIRECTORATE,
    "Head of Section, Productivity Cooperation",
    phone="+62-21-5555-0161",
    notes="Workshop coordinator and moderator.",
)
DIRECTOR = invented_person(
    f"person/{KEY}/staff/bambang-setiawan",
    "Setiawan",
    "Bambang",
    "ID",
    Gender.MALE,
    DIRECTORATE,
    "Director of Productivity Development",
    phone="+62-21-5555-0160",
)
TECHNICAL_HOST = invented_person(
    f"person/{KEY}/staff/arief-nugroho",
    "Nugroho",
    "Arief",
    "ID",
    Gender.MALE,
    DIRECTORATE,
    "IT Officer",
    phone="+62-21-5555-0162",
    notes="Zoom host and attendance log.",
)

LOCAL_RPS = [RP_INNOVATION, RP_PRACTICE]
OVERSEAS_RPS = [RP_CITIZENS, RP_OPSI]
STAFF = [MODERATOR, DIRECTOR, TECHNICAL_HOST, APO_PROGRAM_OFFICER]


def participants() -> list[Person]:
    taken = {(p.family_name, p.given_name) for p in (*LOCAL_RPS, *OVERSEAS_RPS, *STAFF)}
    return [person for cc, count in PARTICIPANTS_BY_ECONOMY.items() for person in invent_people(KEY, cc, count, taken)]


def participant(person: Person, n: int) -> Participation:
    nominated = date(2023, 6, 26 + n % 5)
    return confirmed(
        person, Role.PARTICIPANT, history(nominated, date(2023, 7, 21), date(2023, 7, 31)), npo=npo_of(person.country)
    )


def resource_person(person: Person, role: Role) -> Participation:
    return Participation(
        person.uid,
        role,
        Status.CONFIRMED,
        [
            StatusChange(Status.ACCEPTED, date(2023, 6, 15), "Invitation accepted"),
            StatusChange(Status.CONFIRMED, date(2023, 8, 4), "Slides received"),
        ],
    )


def secretariat(person: Person) -> Participation:
    return Participation(
        person.uid, Role.SECRETARIAT, Status.CONFIRMED, [StatusChange(Status.CONFIRMED, date(2023, 5, 30))]
    )
