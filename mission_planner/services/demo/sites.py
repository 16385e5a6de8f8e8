"""The shared Korean site catalogue of the demo, and road travel times between its places.

Names and addresses are those published (see apo-notes.md); coordinates are approximate.
Contact people, phone numbers and e-mail addresses are invented: Hong Gil-dong, Kim Cheol-su
and Lee Young-hee are the Korean textbook placeholders, and 555-01xx numbers are not real.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import time

from ...domain.enums import PlaceKind
from ...domain.places import OpeningHours, Site, TravelTime
from .ids import demo_uid

WEEKDAYS = (0, 1, 2, 3, 4)
OFFICE_HOURS = [OpeningHours(WEEKDAYS, time(9), time(18))]

KPC = Site(
    demo_uid("site/kpc"),
    "Korea Productivity Center",
    kind=PlaceKind.VENUE,
    name_ko="한국생산성본부",
    acronym="KPC",
    address_en="32 Saemunan-ro 5ga-gil, Jongno-gu, Seoul",
    address_ko="서울특별시 종로구 새문안로5가길 32",
    city="Seoul",
    latitude=37.5729,
    longitude=126.9743,
    contact_name="Hong Gil-dong (invented)",
    contact_phone="+82-2-555-0101",
    contact_email="global.cooperation@kpc.example",
    website="https://www.kpc.or.kr",
    capacity=80,
    opening_hours=OFFICE_HOURS,
    typical_visit_minutes=90,
    access_notes="Meeting rooms on the upper floors; visitors register at the lobby desk.",
)

KIST = Site(
    demo_uid("site/kist"),
    "Korea Institute of Science and Technology",
    name_ko="한국과학기술연구원",
    acronym="KIST",
    address_en="5 Hwarang-ro 14-gil, Seongbuk-gu, Seoul",
    address_ko="서울특별시 성북구 화랑로14길 5",
    city="Seoul",
    latitude=37.6026,
    longitude=127.0458,
    contact_name="Kim Cheol-su (invented)",
    contact_phone="+82-2-555-0102",
    contact_email="visits@kist.example",
    website="https://www.kist.re.kr",
    capacity=40,
    opening_hours=OFFICE_HOURS,
    visitor_list_required=True,
    visitor_list_days_before=14,
    typical_visit_minutes=120,
    access_notes=(
        "Security site: send every visitor's full name as in the passport, nationality, passport number and "
        "date of birth at least 14 days ahead; visitors show their passports at the gate."
    ),
)

KAIST = Site(
    demo_uid("site/kaist"),
    "Korea Advanced Institute of Science and Technology",
    name_ko="한국과학기술원",
    acronym="KAIST",
    address_en="291 Daehak-ro, Yuseong-gu, Daejeon 34141",
    address_ko="대전광역시 유성구 대학로 291",
    city="Daejeon",
    latitude=36.3721,
    longitude=127.3604,
    contact_name="Lee Young-hee (invented)",
    contact_phone="+82-42-555-0103",
    contact_email="international@kaist.example",
    website="https://www.kaist.ac.kr",
    capacity=50,
    opening_hours=OFFICE_HOURS,
    typical_visit_minutes=150,
    access_notes="Coaches drop visitors at the main gate; the host meets the group there.",
)

PPS = Site(
    demo_uid("site/pps"),
    "Public Procurement Service",
    name_ko="조달청",
    acronym="PPS",
    address_en="Government Complex Daejeon Building 3, 189 Cheongsa-ro, Seo-gu, Daejeon",
    address_ko="대전광역시 서구 청사로 189",
    city="Daejeon",
    latitude=36.3587,
    longitude=127.3845,
    contact_name="Hong Gil-dong (invented)",
    contact_phone="+82-42-555-0104",
    contact_email="koneps.visits@pps.example",
    website="https://www.pps.go.kr",
    capacity=30,
    opening_hours=OFFICE_HOURS,
    typical_visit_minutes=150,
    access_notes=(
        "Government complex: visitor passes at the Building 3 entrance, passports needed. The visit includes a "
        "demonstration of KONEPS, the Korea Online e-Procurement System (나라장터), which PPS runs."
    ),
)

KOSME_HQ = Site(
    demo_uid("site/kosme-hq"),
    "Korea SMEs and Startups Agency",
    name_ko="중소벤처기업진흥공단",
    acronym="KOSME",
    address_en="430 Dongjin-ro, Jinju-si, Gyeongsangnam-do",
    address_ko="경상남도 진주시 동진로 430",
    city="Jinju",
    latitude=35.1693,
    longitude=128.1364,
    contact_name="Kim Cheol-su (invented)",
    contact_phone="+82-55-555-0105",
    contact_email="global@kosme.example",
    website="https://www.kosmes.or.kr",
    capacity=40,
    opening_hours=OFFICE_HOURS,
    typical_visit_minutes=120,
    access_notes="Headquarters in Jinju Innovation City, about four hours from Seoul by road.",
)

# Assumed for the demo: a four-day mission based in Seoul cannot spend eight hours on the road to
# Jinju and back, so the KOSME briefing is held at a KOSME office in Seoul. The office and its
# address are unverified; the coordinator would confirm them with KOSME.
KOSME_SEOUL = Site(
    demo_uid("site/kosme-seoul"),
    "Korea SMEs and Startups Agency, Seoul office",
    name_ko="중소벤처기업진흥공단 서울지역본부",
    acronym="KOSME",
    address_en="Seoul (address to be confirmed with KOSME)",
    city="Seoul",
    contact_name="Lee Young-hee (invented)",
    contact_phone="+82-2-555-0106",
    contact_email="seoul@kosme.example",
    website="https://www.kosmes.or.kr",
    capacity=30,
    opening_hours=OFFICE_HOURS,
    typical_visit_minutes=120,
    access_notes=(
        "Unverified: the published KOSME address is the Jinju headquarters; this Seoul office, its address and "
        "coordinates were assumed for the demo. Travel times to it are Seoul averages."
    ),
)

SMG = Site(
    demo_uid("site/smg"),
    "Seoul Metropolitan Government",
    name_ko="서울특별시청",
    address_en="110 Sejong-daero, Jung-gu, Seoul",
    address_ko="서울특별시 중구 세종대로 110",
    city="Seoul",
    latitude=37.5663,
    longitude=126.9779,
    contact_name="Hong Gil-dong (invented)",
    contact_phone="+82-2-555-0107",
    contact_email="international@seoul.example",
    website="https://www.seoul.go.kr",
    capacity=40,
    opening_hours=OFFICE_HOURS,
    typical_visit_minutes=150,
    access_notes="Groups enter through the new City Hall building; the host collects the group in the lobby.",
)

IFEZ = Site(
    demo_uid("site/ifez-smart-city"),
    "Incheon Smart City (IFEZ Smart City Operation Center)",
    name_ko="인천경제자유구역 스마트시티 운영센터",
    address_en="G-Tower, Songdo, Yeonsu-gu, Incheon",
    city="Incheon",
    latitude=37.3947,
    longitude=126.6393,
    contact_name="Kim Cheol-su (invented)",
    contact_phone="+82-32-555-0108",
    contact_email="smartcity@ifez.example",
    website="https://www.ifez.go.kr",
    capacity=30,
    opening_hours=OFFICE_HOURS,
    typical_visit_minutes=120,
    access_notes=(
        "In the G-Tower, Songdo; the street number is unverified, so check the address before booking the coach. "
        "Run by Incheon Smart City Corporation."
    ),
)

HOTEL = Site(
    demo_uid("site/hotel-gwanghwamun"),
    "Gwanghwamun Example Hotel",
    kind=PlaceKind.HOTEL,
    name_ko="광화문 예시 호텔",
    address_en="Jongno-gu, Seoul (invented for the demo)",
    city="Seoul",
    latitude=37.5705,
    longitude=126.9790,
    contact_name="Front desk",
    contact_phone="+82-2-555-0110",
    contact_email="frontdesk@hotel.example",
    access_notes="An invented hotel ten minutes' walk from KPC; coaches pick the group up at the main entrance.",
)

ICN = Site(
    demo_uid("site/icn"),
    "Incheon International Airport",
    kind=PlaceKind.AIRPORT,
    name_ko="인천국제공항",
    acronym="ICN",
    address_en="272 Gonghang-ro, Jung-gu, Incheon",
    address_ko="인천광역시 중구 공항로 272",
    city="Incheon",
    latitude=37.4602,
    longitude=126.4407,
    website="https://www.airport.kr",
    access_notes="Turkish Airlines uses Terminal 1; meet arriving guests at the arrivals hall exit.",
)

CATALOGUE: tuple[Site, ...] = (KPC, KIST, KAIST, PPS, KOSME_HQ, KOSME_SEOUL, SMG, IFEZ, HOTEL, ICN)

_SEOUL = (KPC, KIST, KOSME_SEOUL, SMG, HOTEL)
_DAEJEON = (KAIST, PPS)

# Minutes by road, one way, at a working day's traffic.
_WITHIN_SEOUL = [
    (KPC, KIST, 35),
    (KPC, KOSME_SEOUL, 30),
    (KPC, SMG, 20),
    (KPC, HOTEL, 20),
    (KIST, KOSME_SEOUL, 40),
    (KIST, SMG, 35),
    (KIST, HOTEL, 35),
    (KOSME_SEOUL, SMG, 30),
    (KOSME_SEOUL, HOTEL, 30),
    (SMG, HOTEL, 20),
]


def _rows() -> list[TravelTime]:
    rows = [TravelTime(a.uid, b.uid, minutes) for a, b, minutes in _WITHIN_SEOUL]
    for seoul in _SEOUL:
        rows += [TravelTime(seoul.uid, daejeon.uid, 120) for daejeon in _DAEJEON]
        rows.append(TravelTime(seoul.uid, IFEZ.uid, 75 if seoul is KIST else 60))
        rows.append(TravelTime(seoul.uid, ICN.uid, 80 if seoul is KIST else 70))
        rows.append(TravelTime(seoul.uid, KOSME_HQ.uid, 240))
    rows.append(TravelTime(PPS.uid, KAIST.uid, 20))
    rows += [TravelTime(daejeon.uid, KOSME_HQ.uid, 150) for daejeon in _DAEJEON]
    rows += [TravelTime(daejeon.uid, IFEZ.uid, 150) for daejeon in _DAEJEON]
    rows.append(TravelTime(IFEZ.uid, ICN.uid, 30))
    return rows


TRAVEL_TIMES: tuple[TravelTime, ...] = tuple(_rows())


def catalogue_for(sites: Iterable[Site]) -> tuple[list[Site], list[TravelTime]]:
    """Copies of `sites` and of the travel times between them, for one mission's record."""
    chosen = {site.uid: site for site in sites}
    travel = [
        TravelTime(t.from_uid, t.to_uid, t.minutes) for t in TRAVEL_TIMES if t.from_uid in chosen and t.to_uid in chosen
    ]
    return [_copy(site) for site in chosen.values()], travel


def _copy(site: Site) -> Site:
    return replace(site, opening_hours=[OpeningHours(h.weekdays, h.opens, h.closes) for h in site.opening_hours])
