"""The four-day individual-country OSM for Türkiye in Seoul, 24–27 October 2023 (seed 000).

Built from KPC's news item: six participants from Türkiye, a sharing session with a local expert,
and visits to KIST, PPS (KONEPS), KAIST, Incheon Smart City, KOSME and the Seoul Metropolitan
Government. The project code, reference number, dates of issue and every person are invented;
who pays what on face-to-face projects is unverified, and the rule set says so.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from ...domain.budget import BudgetLine, ExchangeRate, Rule, RuleSet, Split
from ...domain.enums import AttendanceStatus, Modality, Payer, QuantityBasis, Role, RuleStatus, Scope, SplitKind
from ...domain.mission import CertificateRule, EmergencyContact, Mission
from ...domain.people import Attendance
from ...domain.programme import ItemAssignment
from ...domain.record import MissionRecord, canonical_order
from .attendance import present_except
from .ids import demo_uid
from .money import first_units, line, paid_by
from .sites import CATALOGUE, HOTEL, catalogue_for
from .staff import KPC_COORDINATOR, KPC_DIRECTOR
from .turkiye_people import LOCAL_EXPERT, PARTICIPANTS, expert_participation, participation, staff
from .turkiye_programme import days

CODE = "23-IP-12-GE-OSM-A"


def _mission() -> Mission:
    return Mission(
        demo_uid(f"mission/{CODE}"),
        CODE,
        "Individual-country Observational Study Mission on Public-sector Productivity Development in the ROK",
        date(2023, 10, 24),
        date(2023, 10, 27),
        timezone="Asia/Seoul",
        project_type="OSM",
        scope=Scope.INDIVIDUAL_COUNTRY,
        modality=Modality.IN_PERSON,
        ref_no=f"{CODE}-PN2300112-001",
        date_of_issue=date(2023, 8, 21),
        host_country="KR",
        venue_city="Seoul",
        implementing_organizations=["Korea Productivity Center", "APO Secretariat"],
        participating_countries=["TR"],
        overseas_quota=6,
        qualifications=(
            "Senior and mid-level officials of central and local government agencies of Türkiye responsible for "
            "productivity, digital transformation, public procurement, and smart city policies"
        ),
        nomination_procedure="All nominations must be submitted through the National Productivity Organization of "
        "Türkiye",
        nomination_closing_date=date(2023, 9, 15),
        objectives=[
            "Learn how the ROK has raised public-sector productivity through digital transformation and innovation.",
            "Observe the practices of institutions known for effective public-sector productivity, including "
            "e-procurement, smart city operations, and support for SMEs and startups.",
            "Draw up action plans for applying the lessons in the public sector of Türkiye.",
        ],
        background=(
            "The public sector in the ROK has achieved remarkable productivity growth through innovation and "
            "technology, primarily driven by the government's digital transformation efforts, which have "
            "streamlined operations and raised the quality of service delivery.\n\n"
            "The ROK illustrates the impact of technology adoption and investment in human capital on public-"
            "sector productivity. At the request of Türkiye, this individual-country mission lets officials "
            "learn these practices first hand."
        ),
        scope_methodology=(
            "Four days of orientation, a sharing session on the ROK's digital innovation policies with a local "
            "expert, site visits, a group discussion, and a post-mission evaluation. Topics: productivity "
            "development policies; the national science and technology innovation system; the Korea Online "
            "e-Procurement System (KONEPS); smart city initiatives in Incheon; digital infrastructure building; "
            "and the role of technological innovation among SMEs and startups.\n\n"
            "The participants are required to attend all sessions. This full participation is a prerequisite for "
            "receiving the APO certificate of attendance."
        ),
        financial_arrangements=[
            "The participating country will meet the international airfare and travel insurance of its "
            "participants (unverified).",
            "The APO and the participating country will share the accommodation costs equally (unverified).",
            "The APO will meet the honorarium for one local resource person and local transport up to USD 500 "
            "(unverified).",
            "The host country will meet the costs of site visits, meals, interpretation, and materials (unverified).",
        ],
        implementation_procedures="Please refer to the implementation procedures for APO face-to-face projects "
        "circulated with this document.",
        signatory_name="Dr. Indra Pradana Singawinata",
        signatory_title="Secretary-General",
        reporting_currency="USD",
        certificate_rule=CertificateRule(),
        organization_name="Korea Productivity Center",
        emergency_contacts=[
            EmergencyContact(
                KPC_COORDINATOR.full_name,
                "KPC mission coordinator (24 hours)",
                "+82-10-5555-0121",
                KPC_COORDINATOR.email,
            ),
            EmergencyContact("Front desk", "Gwanghwamun Example Hotel", HOTEL.contact_phone, HOTEL.contact_email),
            EmergencyContact("Fire and ambulance", "Korean emergency number", "119"),
            EmergencyContact("Police", "Korean emergency number", "112"),
        ],
        notes=(
            "Demo mission built from KPC's news item of 4 December 2023. The code, reference number, dates of "
            "issue and nomination, flight times and all people are invented; the financial arrangements are "
            "unverified."
        ),
    )


def _budget() -> list[BudgetLine]:
    c, b = CODE, QuantityBasis
    return [
        line(
            c,
            "airfare",
            "international airfare",
            "Return airfare İstanbul–Seoul, economy",
            "1100",
            "USD",
            b.PER_OVERSEAS_PARTICIPANT,
            actual="6480",
        ),
        line(
            c,
            "hotel",
            "accommodation",
            "Gwanghwamun Example Hotel, single room with breakfast",
            "150000",
            "KRW",
            b.PER_PERSON_NIGHT,
            actual="4500000",
        ),
        line(
            c,
            "airport",
            "local transport",
            "Airport transfers ICN–hotel on arrival and departure",
            "700000",
            "KRW",
            b.FIXED,
        ),
        line(
            c,
            "coach",
            "site-visit transport",
            "Chartered coach for each site visit",
            "650000",
            "KRW",
            b.PER_SITE_VISIT,
            notes="The Daejeon day is counted as two visits.",
        ),
        line(
            c,
            "honorarium",
            "honorarium",
            "Honorarium, local resource person (sharing session)",
            "500000",
            "KRW",
            b.PER_LOCAL_RP,
        ),
        line(
            c, "lunches", "meals and reception", "Lunches for the delegation and KPC staff", "240000", "KRW", b.PER_DAY
        ),
        line(c, "welcome-dinner", "meals and reception", "Welcome dinner, 24 October", "900000", "KRW", b.FIXED),
        line(
            c,
            "interpretation",
            "interpretation",
            "Korean–English interpretation at site visits",
            "800000",
            "KRW",
            b.TYPED,
            quantity="3",
            notes="Days 2–4; KIST presents in English.",
        ),
        line(
            c,
            "materials",
            "materials and printing",
            "Programme booklets, name tags and certificates",
            "300000",
            "KRW",
            b.FIXED,
        ),
        line(c, "gifts", "other", "Tokens of appreciation for the host institutions", "50000", "KRW", b.PER_SITE_VISIT),
        line(c, "insurance", "insurance", "Travel insurance", "35", "USD", b.PER_OVERSEAS_PARTICIPANT),
    ]


def _rules() -> RuleSet:
    return RuleSet(
        demo_uid(f"rules/{CODE}"),
        "APO face-to-face projects (unverified preset)",
        status=RuleStatus.UNVERIFIED,
        to_verify=(
            "The face-to-face cost rules are unverified: the Implementation Procedures for APO Face-to-Face "
            "Projects were not found. Check who pays airfare, per diem and accommodation, and any cost sharing "
            "by Türkiye, against the procedures circulated with the PN."
        ),
        source="Demo preset after apo-notes.md (financial arrangements); the 'Implementation Procedures for APO "
        "Face-to-Face Projects' are named in PNs but were not found",
        default_payer=Payer.HOST,
        rules=[
            paid_by("international airfare", Payer.PARTICIPATING),
            paid_by("insurance", Payer.PARTICIPATING),
            Rule(
                "accommodation",
                Split(SplitKind.SHARES, shares={Payer.APO: Decimal("50"), Payer.PARTICIPATING: Decimal("50")}),
                modalities=[Modality.IN_PERSON],
                roles=[Role.PARTICIPANT],
            ),
            first_units("honorarium", 1, Payer.APO, Payer.HOST, "One local resource person paid by the APO"),
            Rule(
                "local transport",
                Split(
                    SplitKind.CAP, payer=Payer.APO, cap_amount=Decimal("500"), cap_currency="USD", rest_payer=Payer.HOST
                ),
            ),
            paid_by("site-visit transport", Payer.HOST),
            paid_by("meals and reception", Payer.HOST),
        ],
    )


def build() -> MissionRecord:
    people = [*PARTICIPANTS, LOCAL_EXPERT, KPC_COORDINATOR, KPC_DIRECTOR]
    rooms = [f"12{n:02d}" for n in range(1, len(PARTICIPANTS) + 1)]
    sites, travel = catalogue_for(CATALOGUE)
    record = MissionRecord(
        mission=_mission(),
        days=days(CODE),
        people=people,
        participations=[
            *(participation(p, room) for p, room in zip(PARTICIPANTS, rooms, strict=True)),
            expert_participation(),
            staff(KPC_COORDINATOR),
            staff(KPC_DIRECTOR),
        ],
        sites=sites,
        travel_times=travel,
        budget_lines=_budget(),
        exchange_rates=[ExchangeRate("KRW", Decimal("0.00075"))],
        rule_set=_rules(),
    )
    items = {i.uid: i for i in record.items()}
    director_items = {demo_uid(f"item/{CODE}/{key}") for key in ("1/opening", "1/orientation", "1/dinner", "4/closing")}
    record.assignments = [ItemAssignment(uid, KPC_DIRECTOR.uid, False) for uid in items if uid not in director_items]
    # The local expert stays for lunch after the sharing session.
    record.assignments.append(ItemAssignment(demo_uid(f"item/{CODE}/1/lunch"), LOCAL_EXPERT.uid, True))
    excused = Attendance(
        demo_uid(f"item/{CODE}/3/discussion"),
        PARTICIPANTS[3].uid,
        AttendanceStatus.EXCUSED,
        reason="Video call with his ministry in Ankara that could not be moved",
        excuse_accepted=True,
    )
    record.attendance = present_except(record, [excused])
    return canonical_order(record)
