"""The people of the digital mission on data governance (21-IP-06-GE-OSM-B), all invented.

57 overseas participants, three from each active member economy other than the host; 12 local
participants from Korean public bodies; three local and two overseas resource persons; and
secretariat staff from KPC and the APO Secretariat.
"""

from __future__ import annotations

from datetime import date

from ...domain.countries import active_members
from ...domain.enums import Gender, Role, Status
from ...domain.people import Participation, Person, StatusChange
from .people import confirmed, history, invent_people, invented_person, npo_of
from .staff import APO_PROGRAM_OFFICER, KPC_COORDINATOR, KPC_DIRECTOR, KPC_TECHNICAL_HOST

KEY = "dg-2021"
HOST = "KR"
OVERSEAS_PER_ECONOMY = 3
LOCAL_COUNT = 12

RP_SINGAPORE = invented_person(
    f"person/{KEY}/rp/ong-siew-ling",
    "Ong",
    "Siew Ling",
    "SG",
    Gender.FEMALE,
    "Lee Kuan Yew School of Public Policy",
    "Adjunct Associate Professor",
    notes="Overseas resource person: introduction to data governance.",
)
RP_JAPAN = invented_person(
    f"person/{KEY}/rp/mori-takahiro",
    "Mori",
    "Takahiro",
    "JP",
    Gender.MALE,
    "Graduate School of Public Policy, University of Tokyo",
    "Professor",
    notes="Overseas resource person: data governance and productivity.",
)
RP_NIA = invented_person(
    f"person/{KEY}/rp/yoon-soo-jin",
    "Yoon",
    "Soo-jin",
    "KR",
    Gender.FEMALE,
    "National Information Society Agency",
    "Principal Researcher, Data Policy",
    phone="+82-2-555-0151",
)
RP_MOIS = invented_person(
    f"person/{KEY}/rp/park-sung-ho",
    "Park",
    "Sung-ho",
    "KR",
    Gender.MALE,
    "Ministry of the Interior and Safety",
    "Director, Public Data Policy Division",
    phone="+82-2-555-0152",
)
RP_SEOUL = invented_person(
    f"person/{KEY}/rp/han-jae-hyun",
    "Han",
    "Jae-hyun",
    "KR",
    Gender.MALE,
    "Seoul Metropolitan Government",
    "Deputy Director, Data Policy Division",
    phone="+82-2-555-0153",
    notes="Guides the virtual site visit.",
)

OVERSEAS_RPS = [RP_SINGAPORE, RP_JAPAN]
LOCAL_RPS = [RP_NIA, RP_MOIS, RP_SEOUL]
STAFF = [KPC_COORDINATOR, KPC_DIRECTOR, KPC_TECHNICAL_HOST, APO_PROGRAM_OFFICER]


def economies() -> list[str]:
    """The active APO members other than the host, in the order of the APO's list."""
    return [m.iso2 for m in active_members() if m.iso2 != HOST]


def _taken() -> set[tuple[str, str]]:
    return {(p.family_name, p.given_name) for p in (*OVERSEAS_RPS, *LOCAL_RPS, *STAFF)}


def overseas_participants() -> list[Person]:
    taken = _taken()
    return [person for cc in economies() for person in invent_people(KEY, cc, OVERSEAS_PER_ECONOMY, taken)]


def local_participants() -> list[Person]:
    return invent_people(KEY, HOST, LOCAL_COUNT, _taken())


def participant(person: Person, n: int) -> Participation:
    """Nominations arrive over the fortnight before the closing date of 1 November 2021."""
    nominated = date(2021, 10, 18 + n % 14)
    return confirmed(
        person, Role.PARTICIPANT, history(nominated, date(2021, 11, 8), date(2021, 11, 10)), npo=npo_of(person.country)
    )


def resource_person(person: Person, role: Role) -> Participation:
    return Participation(
        person.uid,
        role,
        Status.CONFIRMED,
        [
            StatusChange(Status.ACCEPTED, date(2021, 10, 15), "Invitation accepted"),
            StatusChange(Status.CONFIRMED, date(2021, 11, 10), "Presentation title and slides received"),
        ],
    )


def secretariat(person: Person) -> Participation:
    return Participation(
        person.uid,
        Role.SECRETARIAT,
        Status.CONFIRMED,
        [StatusChange(Status.CONFIRMED, date(2021, 9, 29), "Assigned on the PN's date of issue")],
    )
