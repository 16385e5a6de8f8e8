"""The four-day programme of the Türkiye mission: KPC, KIST, Daejeon (PPS, KAIST), KOSME and the
Seoul Metropolitan Government, Incheon Smart City, and the evaluation and closing at KPC.

Every move between sites has a transfer item at least as long as the road time in sites.py, and
every visit falls inside its site's office hours.
"""

from __future__ import annotations

from datetime import date

from ...domain.enums import ItemKind
from ...domain.programme import Day
from .schedule import host, item, moderator, speaker
from .sites import IFEZ, KAIST, KIST, KOSME_SEOUL, KPC, PPS, SMG
from .staff import KPC_COORDINATOR, KPC_DIRECTOR
from .turkiye_people import LOCAL_EXPERT

T = ItemKind
KPC_ROOM = "KPC international conference room"


def days(code: str) -> list[Day]:
    c = code
    coach = "Chartered coach; the KPC coordinator travels with the group."
    return [
        Day(
            date(2023, 10, 24),
            "Opening, orientation and digital innovation policies",
            [
                item(
                    c,
                    1,
                    "walk-in",
                    T.TRANSFER,
                    "Walk from the hotel to KPC",
                    "08:40",
                    "09:00",
                    venue="Meet in the hotel lobby at 08:40",
                ),
                item(
                    c,
                    1,
                    "opening",
                    T.OPENING,
                    "Opening and welcome remarks",
                    "09:00",
                    "09:30",
                    site=KPC,
                    venue=KPC_ROOM,
                    roles=[speaker(KPC_DIRECTOR), moderator(KPC_COORDINATOR)],
                ),
                item(
                    c,
                    1,
                    "orientation",
                    T.PRESENTATION,
                    "Orientation: KPC and the ROK's productivity development policies",
                    "09:30",
                    "10:30",
                    site=KPC,
                    venue=KPC_ROOM,
                    roles=[speaker(KPC_DIRECTOR)],
                    description="The mission's programme and logistics; KPC's role as the ROK's NPO.",
                ),
                item(c, 1, "break", T.BREAK, "Coffee break", "10:30", "10:45", site=KPC),
                item(
                    c,
                    1,
                    "sharing",
                    T.PRESENTATION,
                    "Sharing session: the ROK's digital innovation policies",
                    "10:45",
                    "12:15",
                    site=KPC,
                    venue=KPC_ROOM,
                    roles=[speaker(LOCAL_EXPERT), moderator(KPC_COORDINATOR)],
                    description="Insights from a local expert on digital government, followed by questions.",
                ),
                item(
                    c,
                    1,
                    "lunch",
                    T.MEAL,
                    "Lunch",
                    "12:15",
                    "13:30",
                    venue="Korean restaurant near KPC (halal and vegetarian dishes ordered ahead)",
                ),
                item(c, 1, "to-kist", T.TRANSFER, "Transfer: KPC to KIST", "13:30", "14:15", venue=coach),
                item(
                    c,
                    1,
                    "kist",
                    T.SITE_VISIT,
                    "Site visit: Korea Institute of Science and Technology (KIST)",
                    "14:15",
                    "16:30",
                    site=KIST,
                    description="The national science and technology innovation system and KIST's place in "
                    "it; laboratory tour. Passport details were sent 14 days ahead.",
                ),
                item(c, 1, "kist-hotel", T.TRANSFER, "Transfer: KIST to the hotel", "16:30", "17:15", venue=coach),
                item(
                    c,
                    1,
                    "dinner",
                    T.MEAL,
                    "Welcome dinner hosted by KPC",
                    "18:30",
                    "20:30",
                    venue="Korean restaurant in Jongno-gu (to be booked)",
                    roles=[host(KPC_DIRECTOR)],
                ),
            ],
        ),
        Day(
            date(2023, 10, 25),
            "Daejeon: e-procurement and science and technology",
            [
                item(
                    c,
                    2,
                    "to-daejeon",
                    T.TRANSFER,
                    "Transfer: Seoul to Daejeon (about two hours)",
                    "07:30",
                    "09:30",
                    venue=coach,
                ),
                item(
                    c,
                    2,
                    "pps",
                    T.SITE_VISIT,
                    "Site visit: Public Procurement Service (PPS) and KONEPS",
                    "09:30",
                    "12:00",
                    site=PPS,
                    description="Public procurement reform and a demonstration of KONEPS, the Korea Online "
                    "e-Procurement System (나라장터).",
                ),
                item(
                    c,
                    2,
                    "lunch",
                    T.MEAL,
                    "Lunch",
                    "12:00",
                    "13:00",
                    site=PPS,
                    venue="Government Complex Daejeon cafeteria",
                ),
                item(c, 2, "to-kaist", T.TRANSFER, "Transfer: PPS to KAIST", "13:00", "13:30", venue=coach),
                item(
                    c,
                    2,
                    "kaist",
                    T.SITE_VISIT,
                    "Site visit: Korea Advanced Institute of Science and Technology (KAIST)",
                    "13:30",
                    "16:00",
                    site=KAIST,
                    description="Digital infrastructure building and research for the public sector; campus tour.",
                ),
                item(
                    c,
                    2,
                    "to-seoul",
                    T.TRANSFER,
                    "Transfer: Daejeon to Seoul (about two hours)",
                    "16:00",
                    "18:00",
                    venue=coach,
                ),
                item(c, 2, "dinner", T.MEAL, "Dinner", "18:30", "19:45", venue="Hotel restaurant"),
            ],
        ),
        Day(
            date(2023, 10, 26),
            "SMEs, startups and the Seoul Metropolitan Government",
            [
                item(
                    c,
                    3,
                    "to-kosme",
                    T.TRANSFER,
                    "Transfer: hotel to the KOSME Seoul office",
                    "08:30",
                    "09:00",
                    venue=coach,
                ),
                # The real mission visited KOSME, whose headquarters are in Jinju, four hours away. The demo
                # assumes a briefing at a KOSME office in Seoul instead (see sites.KOSME_SEOUL).
                item(
                    c,
                    3,
                    "kosme",
                    T.SITE_VISIT,
                    "Site visit: Korea SMEs and Startups Agency (KOSME)",
                    "09:00",
                    "11:30",
                    site=KOSME_SEOUL,
                    description="The role of technological innovation among SMEs and startups: KOSME's policy "
                    "finance, smart factory and startup support. Held at a KOSME office in Seoul (assumed).",
                ),
                item(c, 3, "to-smg", T.TRANSFER, "Transfer: KOSME to Seoul City Hall", "11:30", "12:00", venue=coach),
                item(c, 3, "lunch", T.MEAL, "Lunch", "12:00", "13:00", site=SMG, venue="City Hall staff restaurant"),
                item(
                    c,
                    3,
                    "smg",
                    T.SITE_VISIT,
                    "Site visit: Seoul Metropolitan Government",
                    "13:00",
                    "15:30",
                    site=SMG,
                    description="Digital Seoul: data-driven administration, citizen services and "
                    "the city's smart city policies.",
                ),
                item(c, 3, "to-kpc", T.TRANSFER, "Transfer: City Hall to KPC", "15:30", "16:00", venue=coach),
                item(
                    c,
                    3,
                    "discussion",
                    T.GROUP_DISCUSSION,
                    "Group discussion: lessons for Türkiye's public sector",
                    "16:00",
                    "17:30",
                    site=KPC,
                    venue=KPC_ROOM,
                    roles=[moderator(KPC_COORDINATOR)],
                ),
                item(c, 3, "walk-back", T.TRANSFER, "Walk from KPC to the hotel", "17:30", "17:50"),
            ],
        ),
        Day(
            date(2023, 10, 27),
            "Incheon smart city, evaluation and closing",
            [
                item(
                    c,
                    4,
                    "to-songdo",
                    T.TRANSFER,
                    "Transfer: hotel to Songdo, Incheon (about one hour)",
                    "08:00",
                    "09:00",
                    venue=coach,
                ),
                item(
                    c,
                    4,
                    "ifez",
                    T.SITE_VISIT,
                    "Site visit: Incheon Smart City (IFEZ Smart City Operation Center)",
                    "09:00",
                    "11:30",
                    site=IFEZ,
                    description="Smart city initiatives in Incheon: the integrated operation centre for "
                    "traffic, safety and the environment, presented by Incheon Smart City Corporation.",
                ),
                item(c, 4, "lunch", T.MEAL, "Lunch", "11:30", "12:30", venue="Restaurant in Songdo"),
                item(c, 4, "to-kpc", T.TRANSFER, "Transfer: Songdo to KPC", "12:30", "13:30", venue=coach),
                item(
                    c,
                    4,
                    "evaluation",
                    T.GROUP_DISCUSSION,
                    "Post-mission evaluation and action planning",
                    "13:30",
                    "15:00",
                    site=KPC,
                    venue=KPC_ROOM,
                    roles=[moderator(KPC_COORDINATOR)],
                ),
                item(c, 4, "break", T.BREAK, "Coffee break", "15:00", "15:15", site=KPC),
                item(
                    c,
                    4,
                    "closing",
                    T.CLOSING,
                    "Closing session and certificates of attendance",
                    "15:15",
                    "16:00",
                    site=KPC,
                    venue=KPC_ROOM,
                    roles=[speaker(KPC_DIRECTOR), moderator(KPC_COORDINATOR)],
                ),
                item(c, 4, "walk-back", T.TRANSFER, "Walk from KPC to the hotel", "16:00", "16:20"),
            ],
        ),
    ]
