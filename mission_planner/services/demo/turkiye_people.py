"""The people of the Türkiye mission: six invented participants, the local expert, and how they travel.

Names, passports, dates of birth, flight times and rooms are invented for the demo.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from ...domain.enums import FlightDirection, Gender, Role, Status
from ...domain.people import Flight, Identity, Participation, Person, StatusChange, Stay
from .people import confirmed, history, invented_person, npo_of
from .sites import HOTEL

SEOUL = ZoneInfo("Asia/Seoul")
KEY = "tr-osm-2023"


def _participant(n: int, family: str, given: str, gender: Gender, org: str, position: str, **extra: Any) -> Person:
    return invented_person(f"person/{KEY}/tr/{n}", family, given, "TR", gender, org, position, **extra)


PARTICIPANTS = [
    _participant(
        1,
        "Yılmaz",
        "Şule",
        Gender.FEMALE,
        "Presidency of Strategy and Budget",
        "Head of Department",
        dietary="halal",
        notes="Head of delegation.",
        identity=Identity("U90000011", date(2031, 5, 1), date(1979, 3, 14)),
    ),
    _participant(
        2,
        "Çelik",
        "İbrahim",
        Gender.MALE,
        "Ministry of Industry and Technology",
        "Productivity Expert",
        identity=Identity("U90000012", date(2029, 11, 20), date(1986, 7, 2)),
    ),
    _participant(
        3,
        "Öztürk",
        "Ayşegül",
        Gender.FEMALE,
        "Ministry of Interior",
        "Deputy Head, e-Government Department",
        dietary="vegetarian",
        identity=Identity("U90000013", date(2030, 2, 8), date(1983, 12, 30)),
    ),
    _participant(
        4,
        "Kılıç",
        "Oğuz",
        Gender.MALE,
        "Public Procurement Authority",
        "Senior Expert",
        identity=Identity("U90000014", date(2032, 6, 15), date(1988, 4, 21)),
    ),
    _participant(
        5,
        "Şahin",
        "Gökçe",
        Gender.FEMALE,
        "Digital Transformation Office of the Presidency",
        "Senior Expert",
        identity=Identity("U90000015", date(2028, 9, 3), date(1990, 1, 9)),
    ),
    _participant(
        6,
        "Güneş",
        "Mehmet Emre",
        Gender.MALE,
        "Ankara Metropolitan Municipality",
        "Head of Unit, Smart City Department",
        dietary="halal",
        identity=Identity("U90000016", date(2030, 10, 27), date(1981, 8, 17)),
    ),
]

LOCAL_EXPERT = invented_person(
    f"person/{KEY}/rp/jung-hye-won",
    "Jung",
    "Hye-won",
    "KR",
    Gender.FEMALE,
    "National Information Society Agency",
    "Senior Research Fellow, Digital Government Policy",
    phone="+82-2-555-0140",
    notes="Local expert for the sharing session on the ROK's digital innovation policies.",
)


def participation(person: Person, room: str) -> Participation:
    part = confirmed(
        person, Role.PARTICIPANT, history(date(2023, 9, 8), date(2023, 9, 20), date(2023, 10, 6)), npo=npo_of("TR")
    )
    part.flights = [
        Flight(FlightDirection.ARRIVAL, "ICN", datetime(2023, 10, 23, 17, 40, tzinfo=SEOUL), "TK090", "1"),
        Flight(FlightDirection.DEPARTURE, "ICN", datetime(2023, 10, 28, 11, 5, tzinfo=SEOUL), "TK091", "1"),
    ]
    part.stays = [Stay(HOTEL.name_en, date(2023, 10, 23), date(2023, 10, 28), room, HOTEL.uid)]
    return part


def staff(person: Person) -> Participation:
    return Participation(
        person.uid,
        Role.SECRETARIAT,
        Status.CONFIRMED,
        [StatusChange(Status.CONFIRMED, date(2023, 8, 21), "Assigned by KPC")],
    )


def expert_participation() -> Participation:
    return Participation(
        LOCAL_EXPERT.uid,
        Role.RESOURCE_PERSON_LOCAL,
        Status.CONFIRMED,
        [
            StatusChange(Status.ACCEPTED, date(2023, 9, 25), "Invitation accepted"),
            StatusChange(Status.CONFIRMED, date(2023, 10, 16), "Presentation received"),
        ],
    )
