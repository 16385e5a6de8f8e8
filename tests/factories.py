"""Small missions built by hand for tests, touching every kind of value the model holds."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal
from zoneinfo import ZoneInfo

from mission_planner.domain.budget import BudgetLine, ExchangeRate, Rule, RuleSet, Split
from mission_planner.domain.enums import (
    AttachmentKind,
    AttendanceStatus,
    FlightDirection,
    Gender,
    ItemKind,
    ItemRoleKind,
    Modality,
    Payer,
    PlaceKind,
    QuantityBasis,
    Role,
    RuleStatus,
    Scope,
    SplitKind,
    Status,
)
from mission_planner.domain.evaluation import Answer, EvaluationResponse, QuestionKind
from mission_planner.domain.mission import (
    Attachment,
    CertificateRule,
    EmergencyContact,
    IssuedCertificate,
    LogEntry,
    Mission,
    Revision,
)
from mission_planner.domain.people import (
    Attendance,
    Flight,
    Identity,
    Participation,
    Person,
    StatusChange,
    Stay,
)
from mission_planner.domain.places import OpeningHours, Site, TravelTime
from mission_planner.domain.practical import MeetingPoint, PracticalNotes
from mission_planner.domain.programme import Day, Item, ItemAssignment, ItemRole
from mission_planner.domain.record import MissionRecord
from mission_planner.domain.tasks import TaskRuleOverride, TaskState, TaskStatus

SEOUL = ZoneInfo("Asia/Seoul")


def full_record(code: str = "23-IP-99-GE-OSM-A", *, prefix: str = "t") -> MissionRecord:
    """A two-day mission using every entity and field type; uids start with `prefix`."""
    kist = Site(
        f"{prefix}-site-kist",
        "Korea Institute of Science and Technology",
        acronym="KIST",
        name_ko="한국과학기술연구원",
        address_en="5 Hwarang-ro 14-gil, Seongbuk-gu, Seoul",
        address_ko="서울특별시 성북구 화랑로14길 5",
        latitude=37.6026,
        longitude=127.0458,
        capacity=40,
        opening_hours=[OpeningHours((0, 1, 2, 3, 4), time(9), time(18))],
        visitor_list_required=True,
        visitor_list_days_before=14,
        typical_visit_minutes=120,
        access_notes="Passport details in advance",
        dress_code="Business attire",
    )
    kpc = Site(f"{prefix}-site-kpc", "Korea Productivity Center", kind=PlaceKind.VENUE, name_ko="한국생산성본부")
    hotel = Site(f"{prefix}-site-hotel", "Hotel Example Seoul", kind=PlaceKind.HOTEL)
    sule = Person(
        f"{prefix}-p-sule",
        "Yılmaz",
        "Şule",
        "TR",
        organization="Türkiye Cumhurbaşkanlığı",
        position="Expert",
        email="sule.yilmaz@example.org",
        gender=Gender.FEMALE,
        home_timezone="Europe/Istanbul",
        dietary="halal",
        identity=Identity("U12345678", date(2031, 5, 1), date(1984, 2, 29)),
    )
    kim = Person(
        f"{prefix}-p-kim",
        "김",
        "민준",
        "KR",
        organization="KPC",
        email="mj.kim@example.org",
        biography="Leads KPC's work.",
    )
    opening = Item(
        f"{prefix}-i-open",
        ItemKind.OPENING,
        'Opening & "welcome" <b>remarks</b>',
        time(9),
        time(9, 30),
        site_uid=kpc.uid,
        roles=[ItemRole(kim.uid, ItemRoleKind.MODERATOR)],
    )
    visit = Item(
        f"{prefix}-i-kist",
        ItemKind.SITE_VISIT,
        "Visit to KIST",
        time(14),
        time(16),
        site_uid=kist.uid,
        description="Tour 🧪",
        group="A",
        sequence=2,
        roles=[ItemRole(kim.uid, ItemRoleKind.HOST)],
    )
    online = Item(
        f"{prefix}-i-online",
        ItemKind.PRESENTATION,
        "Online briefing",
        time(10),
        time(11, 30),
        online_url="https://zoom.example/j/123",
        meeting_id="123 456 789",
        passcode="Pq9Zw2",
        roles=[ItemRole(sule.uid), ItemRole(kim.uid, ItemRoleKind.DISCUSSANT)],
    )
    mission = Mission(
        f"{prefix}-mission",
        code,
        "Study Mission on Productivity İstanbul–서울",
        date(2023, 10, 24),
        date(2023, 10, 25),
        scope=Scope.INDIVIDUAL_COUNTRY,
        modality=Modality.HYBRID,
        ref_no=f"{code}-PN1",
        date_of_issue=date(2023, 8, 1),
        venue_city="Seoul",
        implementing_organizations=["KPC", "APO Secretariat"],
        participating_countries=["TR"],
        overseas_quota=6,
        local_quota=2,
        qualifications="Officials",
        nomination_procedure="Through NPOs",
        nomination_closing_date=date(2023, 9, 1),
        objectives=["Learn", "Share"],
        background="Background text",
        scope_methodology="Visits",
        financial_arrangements=["APO pays"],
        implementation_procedures="See PN",
        signatory_name="Dr. Example",
        signatory_title="Secretary-General",
        reporting_currency="USD",
        certificate_rule=CertificateRule(True, Decimal("75.5")),
        organization_name="Korea Productivity Center",
        emergency_contacts=[EmergencyContact("Coordinator", "KPC", "+82-2-0000-0000", "c@example.org")],
        notes="",
        revisions=[Revision(1, date(2023, 8, 15), "3", "Dates changed")],
    )
    return MissionRecord(
        mission=mission,
        days=[
            Day(date(2023, 10, 24), "Arrival and opening", [opening, visit]),
            Day(date(2023, 10, 25), "", [online]),
        ],
        people=[sule, kim],
        participations=[
            Participation(
                sule.uid,
                Role.PARTICIPANT,
                Status.CONFIRMED,
                [
                    StatusChange(Status.NOMINATED, date(2023, 8, 20)),
                    StatusChange(Status.CONFIRMED, date(2023, 9, 5), "ok"),
                ],
                nominating_npo="TÜBİTAK",
                group="A",
                flights=[
                    Flight(FlightDirection.ARRIVAL, "ICN", datetime(2023, 10, 23, 17, 40, tzinfo=SEOUL), "TK090", "2"),
                    Flight(
                        FlightDirection.DEPARTURE,
                        "ICN",
                        datetime(2023, 10, 26, 11, 0, tzinfo=SEOUL),
                        "TK091",
                        pickup=datetime(2023, 10, 26, 7, 15, tzinfo=SEOUL),
                    ),
                ],
                stays=[Stay("Hotel Example Seoul", date(2023, 10, 23), date(2023, 10, 26), "1201", hotel.uid)],
                action_plan="Pilot e-procurement in two directorates by March",
            ),
            Participation(kim.uid, Role.RESOURCE_PERSON_LOCAL, Status.ACCEPTED),
        ],
        assignments=[ItemAssignment(visit.uid, kim.uid, True)],
        attendance=[
            Attendance(opening.uid, sule.uid, AttendanceStatus.PRESENT),
            Attendance(online.uid, sule.uid, AttendanceStatus.PRESENT, minutes=85),
            Attendance(visit.uid, sule.uid, AttendanceStatus.EXCUSED, reason="Flight delay", excuse_accepted=True),
        ],
        sites=sorted([kist, kpc, hotel], key=lambda s: (s.name_en, s.uid)),
        travel_times=[TravelTime(kpc.uid, kist.uid, 35)],
        budget_lines=[
            BudgetLine(
                f"{prefix}-b-hotel", "accommodation", "Hotel", Decimal("150000"), "KRW", QuantityBasis.PER_PERSON_NIGHT
            ),
            BudgetLine(
                f"{prefix}-b-hon",
                "honorarium",
                "Local RP",
                Decimal("300.00"),
                "USD",
                QuantityBasis.PER_LOCAL_RP,
                actual_amount=Decimal("300.00"),
                notes="paid",
            ),
            BudgetLine(
                f"{prefix}-b-bus", "local transport", "Bus", Decimal("1.5"), "USD", QuantityBasis.TYPED, Decimal("2.5")
            ),
        ],
        exchange_rates=[ExchangeRate("KRW", Decimal("0.00075"))],
        rule_set=RuleSet(
            f"{prefix}-rules",
            "Test rules",
            2,
            RuleStatus.UNVERIFIED,
            "Everything",
            "Invented",
            Payer.HOST,
            [
                Rule("honorarium", Split(SplitKind.FIRST_UNITS, payer=Payer.APO, units=2, rest_payer=Payer.HOST)),
                Rule(
                    "accommodation",
                    Split(SplitKind.SHARES, shares={Payer.APO: Decimal("60"), Payer.HOST: Decimal("40")}),
                    modalities=[Modality.IN_PERSON],
                    roles=[Role.PARTICIPANT],
                    note="60/40",
                ),
                Rule(
                    "local transport",
                    Split(
                        SplitKind.CAP,
                        payer=Payer.APO,
                        cap_amount=Decimal("1000"),
                        cap_currency="USD",
                        rest_payer=Payer.PARTICIPATING,
                    ),
                ),
                Rule("venue", Split(SplitKind.PAYER, payer=Payer.HOST)),
            ],
        ),
        certificates=[IssuedCertificate(sule.uid, f"{code}-001", datetime(2023, 10, 25, 8, 0, tzinfo=UTC))],
        attachments=[Attachment(AttachmentKind.LOGO, "logo.png", "image/png", b"\x89PNG\r\n\x1a\nfake")],
        log=[LogEntry(datetime(2023, 10, 30, 1, 2, 3, tzinfo=UTC), "note", "made for a test")],
        practical=PracticalNotes(
            dress_code="Business attire; comfortable shoes for the site visit",
            what_to_bring="Passport, business cards",
            money="Korean won (KRW); per diem paid in cash on day 1",
            emergency_numbers="Police 112 · Fire and ambulance 119",
            wifi="Network KPC-Guest, password apo2023",
            insurance="Covered by the APO's group policy",
            departure_transfer_minutes=240,
            host_office_uid=kpc.uid,
        ),
        meeting_points=[
            MeetingPoint(
                "ICN", None, "1", "Exit 4", "KPC sign by the Information desk", "Kim Min-ji", "+82-10-5555-0123"
            ),
        ],
        evaluation=[
            EvaluationResponse(
                2,
                "2023/10/25 5:01:02 PM GMT+9",
                sule.uid,
                [
                    Answer("Overall, how satisfied are you with the mission?", QuestionKind.OVERALL, rating=5),
                    Answer(visit.title, QuestionKind.SESSION, visit.uid, 4),
                    Answer("What should be improved?", QuestionKind.OPEN, text="More time at KIST"),
                ],
            ),
            EvaluationResponse(3, "", None, [Answer(online.title, QuestionKind.SESSION, online.uid, 3)]),
        ],
        tasks=[
            TaskState(
                "nominations_close", "", TaskStatus.DONE, date(2023, 9, 15), "Kim Min-ji", "all in", date(2023, 9, 15)
            ),
            TaskState("visitor_list", kist.uid, TaskStatus.OPEN, note="KIST wants birth dates", due=date(2023, 10, 11)),
            TaskState("certificates", status=TaskStatus.NOT_APPLICABLE, note="sent by the APO", sequence=2),
        ],
        task_rules=[TaskRuleOverride("rooming_list", days=-10), TaskRuleOverride("evaluation_close", applies=False)],
    )


def online_record(code: str = "21-IP-90-GE-OSM-B") -> MissionRecord:
    """A two-day online mission: 10:00–11:30 talk, 11:30–11:45 break, 11:45–13:00 discussion each day."""
    url = "https://zoom.example/j/99"
    people = [
        Person("o-ana", "Reyes", "Ana", "PH", organization="DAP", email="ana@example.org"),
        Person("o-bui", "Bùi", "Minh", "VN", organization="VNPI", email="minh@example.org"),
        Person("o-cha", "Chaudhry", "Sana", "PK", organization="NPO Pakistan", email="sana@example.org"),
        Person("o-rp", "Lee", "Jiwon", "KR", organization="KPC", email="jiwon@example.org"),
    ]

    def day(on: date, n: int) -> Day:
        return Day(
            on,
            f"Day {n}",
            [
                Item(
                    f"o-talk{n}",
                    ItemKind.PRESENTATION,
                    f"Talk {n}",
                    time(10),
                    time(11, 30),
                    online_url=url,
                    roles=[ItemRole("o-rp")],
                ),
                Item(f"o-break{n}", ItemKind.BREAK, "Break", time(11, 30), time(11, 45), online_url=url),
                Item(
                    f"o-disc{n}", ItemKind.GROUP_DISCUSSION, f"Discussion {n}", time(11, 45), time(13), online_url=url
                ),
            ],
        )

    mission = Mission(
        "o-mission",
        code,
        "Digital Mission on Data",
        date(2021, 11, 24),
        date(2021, 11, 25),
        modality=Modality.DIGITAL,
        all_member_countries=True,
        certificate_rule=CertificateRule(True, Decimal("80")),
    )
    return MissionRecord(
        mission=mission,
        days=[day(date(2021, 11, 24), 1), day(date(2021, 11, 25), 2)],
        people=people,
        participations=[
            Participation("o-ana", status=Status.CONFIRMED),
            Participation("o-bui", status=Status.CONFIRMED),
            Participation("o-cha", status=Status.CONFIRMED),
            Participation("o-rp", Role.RESOURCE_PERSON_LOCAL, Status.CONFIRMED),
        ],
    )


# (uid suffix, given name, family name, country, organization): invented participants whose
# names and organizations are written in every script an APO member uses.
SCRIPT_PEOPLE = [
    ("ismail", "İsmail Çağlar", "Şahin", "TR", "İstanbul Sanayi Odası"),
    ("ayse", "Ayşe Gül", "Yılmaz", "TR", "Türkiye Verimlilik Genel Müdürlüğü"),
    ("huong", "Thị Hương", "Nguyễn", "VN", "Viện Năng suất Việt Nam"),
    ("minjun", "민준", "김", "KR", "한국생산성본부"),
    ("xiaoming", "小明", "王", "TW", "中國生產力中心"),
    ("taro", "太郎", "山田", "JP", "やまだ工業株式会社"),
    ("somchai", "สมชาย", "ใจดี", "TH", "สถาบันเพิ่มผลผลิตแห่งชาติ"),
    ("sok", "សុខ", "ចាន់", "KH", "ក្រសួងឧស្សាហកម្ម"),
    ("somphone", "ສົມພອນ", "ພົມມະຈັນ", "LA", "ກະຊວງອຸດສາຫະກຳ ແລະ ການຄ້າ"),
    ("priya", "प्रिया", "शर्मा", "IN", "राष्ट्रीय उत्पादकता परिषद"),
    ("anisur", "আনিসুর", "রহমান", "BD", "ন্যাশনাল প্রোডাক্টিভিটি অর্গানাইজেশন"),
    ("nimal", "නිමල්", "පෙරේරා", "LK", "ජාතික ඵලදායිතා ලේකම් කාර්යාලය"),
    ("maryam", "مریم", "رضایی", "IR", "سازمان ملی بهره\u200cوری ایران"),
    ("aisha", "عائشہ", "خان", "PK", "نیشنل پروڈکٹیوٹی آرگنائزیشن"),
    ("batbayar", "Батбаяр", "Болд", "MN", "Монголын Бүтээмжийн Төв"),
]


def scripts_record() -> MissionRecord:
    """`full_record` plus confirmed participants named in every APO member's script."""
    record = full_record("23-IP-77-GE-OSM-A", prefix="s")
    for suffix, given, family, country, organization in SCRIPT_PEOPLE:
        person = Person(f"s-p-{suffix}", family, given, country, organization=organization)
        record.people.append(person)
        record.participations.append(Participation(person.uid, Role.PARTICIPANT, Status.CONFIRMED))
    return record
