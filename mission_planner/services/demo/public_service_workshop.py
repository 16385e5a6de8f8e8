"""The online workshop on Public Service Innovation in the New Normal, 14–16 August 2023 (seed 002).

Organized by the Ministry of Manpower of the Republic of Indonesia and the APO Secretariat. The
code, reference number, dates of issue, the programme's details, the people and the amounts are
invented; the sessions follow the webinar shape of seed 001 (opening remarks, a moderator,
presentations with speaker, a discussant, group discussions).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ...domain.budget import BudgetLine, ExchangeRate, RuleSet
from ...domain.enums import AttendanceStatus, ItemKind, Modality, Payer, QuantityBasis, Role, RuleStatus, Scope
from ...domain.mission import CertificateRule, EmergencyContact, Mission
from ...domain.people import Attendance, Person
from ...domain.programme import Day, ItemAssignment
from ...domain.record import MissionRecord, canonical_order
from .attendance import online, present_except
from .ids import demo_uid
from .money import first_units, line, paid_by
from .public_service_workshop_people import (
    DIRECTOR,
    LOCAL_RPS,
    MINISTRY,
    MODERATOR,
    OVERSEAS_RPS,
    RP_CITIZENS,
    RP_INNOVATION,
    RP_OPSI,
    RP_PRACTICE,
    STAFF,
    TECHNICAL_HOST,
    participant,
    participants,
    resource_person,
    secretariat,
)
from .schedule import discussant, item, moderator, speaker
from .staff import APO_PROGRAM_OFFICER

CODE = "23-IP-20-GE-WSP-B"
T = ItemKind


def _mission() -> Mission:
    return Mission(
        demo_uid(f"mission/{CODE}"),
        CODE,
        "Workshop on Public Service Innovation in the New Normal",
        date(2023, 8, 14),
        date(2023, 8, 16),
        timezone="Asia/Jakarta",
        project_type="WSP",
        scope=Scope.MULTICOUNTRY,
        modality=Modality.DIGITAL,
        ref_no=f"{CODE}-PN2300120-001",
        date_of_issue=date(2023, 5, 30),
        host_country="ID",
        implementing_organizations=[MINISTRY, "APO Secretariat"],
        all_member_countries=True,
        overseas_quota=30,
        local_quota=5,
        qualifications=(
            "Government officials and managers of public-sector organizations responsible for public service "
            "delivery, innovation, and reform programs"
        ),
        nomination_procedure="All nominations must be submitted through National Productivity Organizations of "
        "member countries",
        nomination_closing_date=date(2023, 7, 14),
        objectives=[
            "Explore strategies and tools for innovation in public services in the new normal.",
            "Share approaches to engaging citizens in public service culture, design, and planning.",
            "Learn from best practices of public service innovation, including the case studies archived by the "
            "Observatory of Public Sector Innovation (OPSI).",
        ],
        background=(
            "As governments deal with an increasing array of complex challenges, from climate change to "
            "cybersecurity, the need for innovation in the public sector has never been more evident. The ways "
            "citizens interact with their governments have changed as a result of technology, giving rise to more "
            "complex demands and higher expectations.\n\n"
            "Employing creative strategies and effectively using data and technologies to respond efficiently to "
            "the needs of citizens are imperative. This workshop highlights the need for public-sector "
            "organizations to modernize processes and innovate to enhance the quality of life for citizens."
        ),
        scope_methodology=(
            "Three online sessions of about three hours each, comprising presentations by resource persons from "
            "Indonesia, the Philippines, and the UK, discussions, and group work. Topics: applying innovation in "
            "the public sector; engaging citizens in public service culture, design, and planning; best practices "
            "of public service innovation; and the OPSI case study observatory.\n\n"
            "The participants are required to attend all sessions. This full participation is a prerequisite for "
            "receiving the APO certificate of attendance."
        ),
        financial_arrangements=[
            "The APO will meet the assignment costs of overseas resource persons and honorarium for up to two local "
            "resource persons.",
            "The host country will meet the costs of the online platform and local arrangements.",
        ],
        implementation_procedures="Please refer to the implementation procedures for APO online multicountry "
        "projects circulated with this document.",
        signatory_name="Dr. Indra Pradana Singawinata",
        signatory_title="Secretary-General",
        reporting_currency="USD",
        certificate_rule=CertificateRule(),
        organization_name=MINISTRY,
        emergency_contacts=[
            EmergencyContact(
                MODERATOR.full_name, "Workshop coordinator, Ministry of Manpower", MODERATOR.phone, MODERATOR.email
            ),
            EmergencyContact(
                TECHNICAL_HOST.full_name,
                "Technical support during the sessions (Zoom)",
                TECHNICAL_HOST.phone,
                TECHNICAL_HOST.email,
            ),
            EmergencyContact(
                APO_PROGRAM_OFFICER.full_name,
                "APO Secretariat, Tokyo",
                APO_PROGRAM_OFFICER.phone,
                APO_PROGRAM_OFFICER.email,
            ),
        ],
        notes=(
            "Demo mission built from the APO news item of 31 August 2023. The code, reference number, dates of "
            "issue and nomination, the detailed programme, the people and the amounts are invented."
        ),
    )


def _days() -> list[Day]:
    c = CODE
    zoom = "Zoom (hosted by the Ministry of Manpower)"
    u1, u2, u3 = (f"https://zoom.example/j/8320230814{n}?pwd=demo" for n in (1, 2, 3))
    return [
        Day(
            date(2023, 8, 14),
            "Applying innovation in the public sector",
            [
                item(
                    c,
                    1,
                    "opening",
                    T.OPENING,
                    "Opening session",
                    "13:00",
                    "13:30",
                    venue=zoom,
                    online_url=u1,
                    roles=[moderator(MODERATOR), speaker(DIRECTOR), speaker(APO_PROGRAM_OFFICER)],
                    description="Welcome remarks by the Ministry of Manpower and opening remarks by the APO "
                    "Secretariat.",
                ),
                item(
                    c,
                    1,
                    "presentation-1",
                    T.PRESENTATION,
                    "Presentation I: Applying innovation in the public sector",
                    "13:30",
                    "14:30",
                    venue=zoom,
                    online_url=u1,
                    roles=[speaker(RP_INNOVATION), moderator(MODERATOR)],
                ),
                item(c, 1, "break", T.BREAK, "Break", "14:30", "14:40", online_url=u1),
                item(
                    c,
                    1,
                    "presentation-2",
                    T.PRESENTATION,
                    "Presentation II: The Observatory of Public Sector Innovation (OPSI)",
                    "14:40",
                    "15:40",
                    venue=zoom,
                    online_url=u1,
                    roles=[speaker(RP_OPSI), moderator(MODERATOR)],
                    description="A new information tool that archives innovative approaches from many countries "
                    "as case studies: how to search it and use the cases.",
                ),
                item(
                    c,
                    1,
                    "discussion",
                    T.PANEL,
                    "Discussion",
                    "15:40",
                    "16:00",
                    venue=zoom,
                    online_url=u1,
                    roles=[moderator(MODERATOR), speaker(RP_INNOVATION), speaker(RP_OPSI), discussant(RP_CITIZENS)],
                ),
            ],
        ),
        Day(
            date(2023, 8, 15),
            "Engaging citizens",
            [
                item(
                    c,
                    2,
                    "recap",
                    T.OTHER,
                    "Recap of Day 1",
                    "13:00",
                    "13:10",
                    venue=zoom,
                    online_url=u2,
                    roles=[moderator(MODERATOR)],
                ),
                item(
                    c,
                    2,
                    "presentation-3",
                    T.PRESENTATION,
                    "Presentation III: Engaging citizens in public service culture, design, and planning",
                    "13:10",
                    "14:10",
                    venue=zoom,
                    online_url=u2,
                    roles=[speaker(RP_CITIZENS), moderator(MODERATOR)],
                ),
                item(c, 2, "break", T.BREAK, "Break", "14:10", "14:20", online_url=u2),
                item(
                    c,
                    2,
                    "groups",
                    T.GROUP_DISCUSSION,
                    "Group work: a citizen-engagement plan for one public service",
                    "14:20",
                    "15:30",
                    venue="Zoom breakout rooms",
                    online_url=u2,
                    roles=[moderator(RP_CITIZENS), discussant(RP_INNOVATION)],
                ),
                item(
                    c,
                    2,
                    "reports",
                    T.OTHER,
                    "Group reports and feedback",
                    "15:30",
                    "16:00",
                    venue=zoom,
                    online_url=u2,
                    roles=[moderator(MODERATOR), discussant(RP_CITIZENS)],
                ),
            ],
        ),
        Day(
            date(2023, 8, 16),
            "Best practices of public service innovation",
            [
                item(
                    c,
                    3,
                    "presentation-4",
                    T.PRESENTATION,
                    "Presentation IV: Best practices of public service innovation in Indonesia",
                    "13:00",
                    "14:00",
                    venue=zoom,
                    online_url=u3,
                    roles=[speaker(RP_PRACTICE), moderator(MODERATOR)],
                ),
                item(
                    c,
                    3,
                    "panel",
                    T.PANEL,
                    "Panel: making innovation last in the new normal",
                    "14:00",
                    "14:45",
                    venue=zoom,
                    online_url=u3,
                    roles=[moderator(MODERATOR), speaker(RP_PRACTICE), speaker(RP_CITIZENS), discussant(RP_OPSI)],
                ),
                item(c, 3, "break", T.BREAK, "Break", "14:45", "14:55", online_url=u3),
                item(
                    c,
                    3,
                    "action-plans",
                    T.GROUP_DISCUSSION,
                    "Action planning: an innovation for my organization",
                    "14:55",
                    "15:35",
                    venue="Zoom breakout rooms",
                    online_url=u3,
                    roles=[moderator(MODERATOR)],
                ),
                item(
                    c,
                    3,
                    "closing",
                    T.CLOSING,
                    "Closing session",
                    "15:35",
                    "16:00",
                    venue=zoom,
                    online_url=u3,
                    roles=[moderator(MODERATOR), speaker(APO_PROGRAM_OFFICER), speaker(DIRECTOR)],
                ),
            ],
        ),
    ]


def _budget() -> list[BudgetLine]:
    c, b = CODE, QuantityBasis
    return [
        line(
            c,
            "assignment",
            "resource person assignment costs",
            "Assignment costs of overseas resource persons",
            "800",
            "USD",
            b.PER_OVERSEAS_RP,
        ),
        line(c, "honorarium", "honorarium", "Honorarium for local resource persons", "3000000", "IDR", b.PER_LOCAL_RP),
        line(
            c, "platform", "online platform", "Zoom licence with breakout rooms, three days", "4500000", "IDR", b.FIXED
        ),
        line(c, "support", "other", "Technical support team", "1000000", "IDR", b.PER_DAY),
        line(
            c, "materials", "materials and printing", "Digital workbook and e-certificates", "1500000", "IDR", b.FIXED
        ),
    ]


def _rules() -> RuleSet:
    return RuleSet(
        demo_uid(f"rules/{CODE}"),
        "APO online multicountry projects (preset from 21-IP-06-GE-OSM-B)",
        status=RuleStatus.UNVERIFIED,
        to_verify=(
            "Copied from the verified rules of the digital mission 21-IP-06-GE-OSM-B; this workshop's own PN was "
            "not seen. Check its section 4 and the Implementation Procedures for APO Online Multicountry Projects."
        ),
        source="Project Notification 21-IP-06-GE-OSM-B-PN2100065-003, section 4 (another project)",
        default_payer=Payer.HOST,
        rules=[
            paid_by("resource person assignment costs", Payer.APO),
            first_units("honorarium", 2, Payer.APO, Payer.HOST, "Up to two local resource persons"),
            paid_by("online platform", Payer.HOST),
        ],
    )


def _marks(people: list[Person]) -> list[Attendance]:
    """Two people short of the 80% an online item needs, one just above, one excused absence."""
    i = {slug: demo_uid(f"item/{CODE}/{slug}") for slug in ("1/presentation-2", "2/groups", "3/presentation-4")}
    first: dict[str, Person] = {}
    for person in people:
        first.setdefault(person.country, person)
    return [
        online(i["1/presentation-2"], first["FJ"].uid, 30, "Left early: evening power outage"),
        online(i["2/groups"], first["IR"].uid, 40, "Unstable connection"),
        online(i["3/presentation-4"], first["TH"].uid, 50),
        Attendance(
            i["3/presentation-4"],
            first["ID"].uid,
            AttendanceStatus.EXCUSED,
            0,
            "Summoned to a ministerial meeting; the organizer accepted the excuse",
            excuse_accepted=True,
        ),
    ]


def build() -> MissionRecord:
    people = participants()
    record = MissionRecord(
        mission=_mission(),
        days=_days(),
        people=[*people, *LOCAL_RPS, *OVERSEAS_RPS, *STAFF],
        participations=[
            *(participant(p, n) for n, p in enumerate(people)),
            *(resource_person(p, Role.RESOURCE_PERSON_LOCAL) for p in LOCAL_RPS),
            *(resource_person(p, Role.RESOURCE_PERSON_OVERSEAS) for p in OVERSEAS_RPS),
            *(secretariat(p) for p in STAFF),
        ],
        budget_lines=_budget(),
        exchange_rates=[ExchangeRate("IDR", Decimal("0.000066"))],
        rule_set=_rules(),
    )
    # The director opens and closes the workshop and attends nothing else.
    director_items = {demo_uid(f"item/{CODE}/{key}") for key in ("1/opening", "3/closing")}
    record.assignments = [
        ItemAssignment(i.uid, DIRECTOR.uid, False) for i in record.items() if i.uid not in director_items
    ]
    record.attendance = present_except(record, _marks(people))
    return canonical_order(record)
