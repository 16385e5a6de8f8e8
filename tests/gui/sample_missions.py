"""Three small missions for the GUI tests, built from the domain's dataclasses."""

from datetime import date

from mission_planner.domain.enums import Modality, Role
from mission_planner.domain.mission import Mission
from mission_planner.domain.people import Participation, Person
from mission_planner.domain.record import MissionRecord


def mission_record(
    code: str,
    title: str,
    start: date,
    end: date,
    *,
    modality: Modality = Modality.IN_PERSON,
    venue_city: str = "Seoul",
    organizations: tuple[str, ...] = ("Korea Productivity Center",),
    roles: tuple[Role, ...] = (),
) -> MissionRecord:
    """A small mission with one person per role in `roles`."""
    people = [
        Person(f"{code}-p{n}", f"Family{n}", f"Given{n}", "TR", email=f"p{n}@example.org") for n in range(len(roles))
    ]
    return MissionRecord(
        mission=Mission(
            f"{code}-uid",
            code,
            title,
            start,
            end,
            modality=modality,
            venue_city=venue_city,
            implementing_organizations=list(organizations),
        ),
        people=people,
        participations=[Participation(person.uid, role) for person, role in zip(people, roles, strict=True)],
    )


# Newest first, as the list shows them.
OSM_TURKIYE = mission_record(
    "23-IP-06-GE-OSM-A",
    "Observational Study Mission from Türkiye to 서울",
    date(2023, 10, 24),
    date(2023, 10, 27),
    organizations=("Korea Productivity Center", "APO Secretariat"),
    roles=(Role.PARTICIPANT, Role.PARTICIPANT, Role.RESOURCE_PERSON_LOCAL),
)
WORKSHOP = mission_record(
    "23-IP-10-GE-WSP-C",
    "Workshop on Public Service Innovation in İSTANBUL",
    date(2023, 8, 14),
    date(2023, 8, 16),
    modality=Modality.HYBRID,
    venue_city="İstanbul",
    roles=(Role.PARTICIPANT,),
)
DIGITAL = mission_record(
    "21-IP-06-GE-OSM-B",
    "Digital Multicountry Observational Study Mission on Data Governance",
    date(2021, 11, 24),
    date(2021, 11, 25),
    modality=Modality.DIGITAL,
    venue_city="",
)
RECORDS = (OSM_TURKIYE, WORKSHOP, DIGITAL)
