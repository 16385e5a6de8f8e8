"""The digital multicountry OSM on data governance, 21-IP-06-GE-OSM-B, 24–25 November 2021.

The Project Notification fields are in `data_governance_notification`, the people in
`data_governance_people`; here are the programme (about three hours a day online, on the PN's day
topics, with a virtual site visit), the attendance, the budget and the rules. The programme,
the attendance and the amounts are invented; the rules are the PN's own, so they are verified.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ...domain.budget import BudgetLine, ExchangeRate, Rule, RuleSet, Split
from ...domain.enums import AttendanceStatus, ItemKind, Modality, Payer, QuantityBasis, Role, RuleStatus, SplitKind
from ...domain.people import Attendance, Person
from ...domain.programme import Day
from ...domain.record import MissionRecord, canonical_order
from .attendance import online, present_except
from .data_governance_notification import CODE, REF_NO, notification
from .data_governance_people import (
    LOCAL_RPS,
    OVERSEAS_RPS,
    RP_JAPAN,
    RP_MOIS,
    RP_NIA,
    RP_SEOUL,
    RP_SINGAPORE,
    STAFF,
    local_participants,
    overseas_participants,
    participant,
    resource_person,
    secretariat,
)
from .ids import demo_uid
from .money import line
from .schedule import discussant, host, item, moderator, speaker
from .sites import SMG, catalogue_for
from .staff import APO_PROGRAM_OFFICER, KPC_COORDINATOR, KPC_DIRECTOR

T = ItemKind


def _url(day: int) -> str:
    return f"https://zoom.example/j/8120211124{day}?pwd=demo"


def _days() -> list[Day]:
    c, u1, u2 = CODE, _url(1), _url(2)
    zoom = "Zoom (hosted by KPC)"
    return [
        Day(
            date(2021, 11, 24),
            "Fundamentals, benefits and challenges of data governance",
            [
                item(
                    c,
                    1,
                    "opening",
                    T.OPENING,
                    "Opening session",
                    "13:00",
                    "13:25",
                    venue=zoom,
                    online_url=u1,
                    roles=[moderator(KPC_COORDINATOR), speaker(KPC_DIRECTOR), speaker(APO_PROGRAM_OFFICER)],
                    description="Welcome address by KPC, opening remarks by the APO Secretariat, programme "
                    "overview and house rules for the online sessions.",
                ),
                item(
                    c,
                    1,
                    "introduction",
                    T.PRESENTATION,
                    "Introduction to data governance in the public sector",
                    "13:25",
                    "14:25",
                    venue=zoom,
                    online_url=u1,
                    roles=[speaker(RP_SINGAPORE)],
                ),
                item(c, 1, "break", T.BREAK, "Break", "14:25", "14:35", online_url=u1),
                item(
                    c,
                    1,
                    "benefits",
                    T.PRESENTATION,
                    "Benefits and challenges of data governance in the public sector",
                    "14:35",
                    "15:35",
                    venue=zoom,
                    online_url=u1,
                    roles=[speaker(RP_NIA)],
                ),
                item(
                    c,
                    1,
                    "qa",
                    T.PANEL,
                    "Questions and answers with the day's speakers",
                    "15:35",
                    "16:00",
                    venue=zoom,
                    online_url=u1,
                    roles=[moderator(KPC_COORDINATOR), speaker(RP_SINGAPORE), speaker(RP_NIA)],
                ),
            ],
        ),
        Day(
            date(2021, 11, 25),
            "Data governance and productivity; cases of the ROK",
            [
                item(
                    c,
                    2,
                    "recap",
                    T.OTHER,
                    "Recap of Day 1",
                    "13:00",
                    "13:05",
                    venue=zoom,
                    online_url=u2,
                    roles=[moderator(KPC_COORDINATOR)],
                ),
                item(
                    c,
                    2,
                    "productivity",
                    T.PRESENTATION,
                    "Linking data governance and productivity",
                    "13:05",
                    "13:50",
                    venue=zoom,
                    online_url=u2,
                    roles=[speaker(RP_JAPAN)],
                ),
                item(
                    c,
                    2,
                    "cases",
                    T.PRESENTATION,
                    "Cases of good data governance in the public sector of the ROK",
                    "13:50",
                    "14:35",
                    venue=zoom,
                    online_url=u2,
                    roles=[speaker(RP_MOIS)],
                    description="Government-wide public data policy and data-based administration.",
                ),
                item(c, 2, "break", T.BREAK, "Break", "14:35", "14:45", online_url=u2),
                item(
                    c,
                    2,
                    "virtual-visit",
                    T.SITE_VISIT,
                    "Virtual site visit: data-driven administration at the Seoul Metropolitan Government",
                    "14:45",
                    "15:15",
                    site=SMG,
                    venue=zoom,
                    online_url=u2,
                    roles=[host(RP_SEOUL)],
                    description="A recorded tour produced by the host country, followed by live questions.",
                ),
                item(
                    c,
                    2,
                    "groups",
                    T.GROUP_DISCUSSION,
                    "Group discussion: good data governance in the participants' organizations",
                    "15:15",
                    "15:50",
                    venue="Zoom breakout rooms",
                    online_url=u2,
                    roles=[moderator(KPC_COORDINATOR), discussant(RP_JAPAN), discussant(RP_MOIS)],
                    description="Four breakout rooms by region; each reports back in the last ten minutes.",
                ),
                item(
                    c,
                    2,
                    "closing",
                    T.CLOSING,
                    "Closing session",
                    "15:50",
                    "16:05",
                    venue=zoom,
                    online_url=u2,
                    roles=[moderator(KPC_COORDINATOR), speaker(APO_PROGRAM_OFFICER), speaker(KPC_DIRECTOR)],
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
            "Assignment costs of overseas resource persons (online: fee only, no travel)",
            "1000",
            "USD",
            b.PER_OVERSEAS_RP,
            actual="2000",
        ),
        line(
            c,
            "honorarium",
            "honorarium",
            "Honorarium for local resource persons",
            "600000",
            "KRW",
            b.PER_LOCAL_RP,
            actual="1800000",
            notes="Three local resource persons; the PN has the APO pay for up to two.",
        ),
        line(
            c,
            "virtual-visit",
            "virtual site visit production",
            "Recording and editing the virtual site visit (Seoul Metropolitan Government)",
            "4000000",
            "KRW",
            b.FIXED,
            actual="3850000",
        ),
        line(
            c,
            "platform",
            "online platform",
            "Zoom webinar licence with breakout rooms, two days",
            "300",
            "USD",
            b.FIXED,
        ),
        line(c, "support", "other", "Technical support staff for the online sessions", "250000", "KRW", b.PER_DAY),
        line(
            c, "materials", "materials and printing", "Electronic handouts and e-certificates", "300000", "KRW", b.FIXED
        ),
    ]


def _rules() -> RuleSet:
    """Section 4 of the PN: a. the APO pays overseas RPs and up to two local RPs; b. the host pays
    for the virtual site visit."""
    digital = [Modality.DIGITAL]
    return RuleSet(
        demo_uid(f"rules/{CODE}"),
        "APO digital multicountry projects",
        status=RuleStatus.VERIFIED,
        to_verify="The PN does not say who meets other costs (online platform, materials); the host is assumed.",
        source=f"Project Notification {REF_NO}, section 4",
        default_payer=Payer.HOST,
        rules=[
            Rule(
                "resource person assignment costs",
                Split(SplitKind.PAYER, payer=Payer.APO),
                modalities=digital,
                roles=[Role.RESOURCE_PERSON_OVERSEAS],
                note="PN 4a",
            ),
            Rule(
                "honorarium",
                Split(SplitKind.FIRST_UNITS, payer=Payer.APO, units=2, rest_payer=Payer.HOST),
                modalities=list(digital),
                roles=[Role.RESOURCE_PERSON_LOCAL],
                note="PN 4a: up to two local resource persons",
            ),
            Rule(
                "virtual site visit production",
                Split(SplitKind.PAYER, payer=Payer.HOST),
                modalities=list(digital),
                note="PN 4b: broadcast live or recorded",
            ),
        ],
    )


def _short_marks(overseas: list[Person], local: list[Person]) -> list[Attendance]:
    """A few people below the 80% an online item needs, a few just above it, and one no-show."""
    i = {
        slug: demo_uid(f"item/{CODE}/{slug}")
        for slug in ("1/introduction", "1/benefits", "2/productivity", "2/cases", "2/groups")
    }
    by_country: dict[str, list[Person]] = {}
    for person in overseas:
        by_country.setdefault(person.country, []).append(person)
    return [
        online(i["1/introduction"], by_country["TR"][0].uid, 35, "Joined 25 minutes late (07:50 in Istanbul)"),
        online(i["1/benefits"], by_country["FJ"][1].uid, 40, "Connection dropped"),
        online(i["2/productivity"], by_country["NP"][2].uid, 20, "Power cut"),
        online(i["2/cases"], local[4].uid, 25, "Called away to a meeting"),
        online(i["1/introduction"], by_country["IN"][0].uid, 55),
        online(i["2/cases"], by_country["PH"][1].uid, 40),
        Attendance(i["2/groups"], by_country["MN"][0].uid, AttendanceStatus.ABSENT, 0, "Did not join; no reply"),
    ]


def build() -> MissionRecord:
    overseas, local = overseas_participants(), local_participants()
    sites, travel = catalogue_for([SMG])
    record = MissionRecord(
        mission=notification(),
        days=_days(),
        people=[*overseas, *local, *LOCAL_RPS, *OVERSEAS_RPS, *STAFF],
        participations=[
            *(participant(p, n) for n, p in enumerate([*overseas, *local])),
            *(resource_person(p, Role.RESOURCE_PERSON_LOCAL) for p in LOCAL_RPS),
            *(resource_person(p, Role.RESOURCE_PERSON_OVERSEAS) for p in OVERSEAS_RPS),
            *(secretariat(p) for p in STAFF),
        ],
        sites=sites,
        travel_times=travel,
        budget_lines=_budget(),
        exchange_rates=[ExchangeRate("KRW", Decimal("0.00085"))],
        rule_set=_rules(),
    )
    record.attendance = present_except(record, _short_marks(overseas, local))
    return canonical_order(record)
