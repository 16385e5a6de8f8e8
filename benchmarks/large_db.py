"""A database as a coordinator's grows in ten years: 500 missions, 30,000 people, 20,000 items.

    python -m benchmarks.large_db [--force]

Rows go in through the storage layer's tables as core bulk inserts (one executemany per
table), so the file is made in seconds rather than the minutes the ORM would take. The file is
cached under benchmarks/.cache/ and made again when the schema head or this generator changes.

Every mission is valid as the application sees it: a programme of five days, participants
from the APO members with statuses, flights and hotel stays, budget lines, attendance for the
missions that are over. `BENCH_MISSION` has exactly 60 people taking part, for the packs.
"""

from __future__ import annotations

import argparse
import random
import time
import uuid
from datetime import date, datetime, timedelta
from datetime import time as clock
from decimal import Decimal
from pathlib import Path

from sqlalchemy import insert

from mission_planner.domain.countries import active_members
from mission_planner.services import open_workspace
from mission_planner.services.rule_sets import presets
from mission_planner.storage import mapping
from mission_planner.storage import tables as t
from mission_planner.storage.migrate import SCHEMA_HEAD

from . import names

GENERATOR_VERSION = 1
CACHE = Path(__file__).resolve().parent / ".cache"
MISSIONS = 500
PEOPLE = 30_000
DAYS = 5
ITEMS_PER_DAY = 8  # 500 x 5 x 8 = 20,000 programme items
PARTICIPANTS = 70
BENCH_PARTICIPANTS = 60
FIRST_YEAR = 2017
BENCH_MISSION = "26-IP-10-GE-OSM-A"  # a mission of the last year, in person, with 60 people
STATUSES = ("confirmed",) * 6 + ("accepted", "nominated", "withdrawn", "rejected")
SCHEDULE = [  # (kind, start, minutes) of each day's eight items
    ("presentation", clock(9, 0), 60),
    ("break", clock(10, 0), 15),
    ("panel", clock(10, 15), 105),
    ("meal", clock(12, 0), 60),
    ("site_visit", clock(13, 30), 120),
    ("transfer", clock(15, 30), 30),
    ("group_discussion", clock(16, 0), 60),
    ("meal", clock(18, 30), 90),
]
TOPICS = (
    "Digital Government",
    "Green Productivity",
    "Smart Manufacturing",
    "Public-sector Innovation",
    "Agrifood Value Chains",
    "Data Governance",
    "Circular Economy",
    "Productivity Measurement",
    "Lean Healthcare",
    "SME Digitalization",
)


def database_path() -> Path:
    return CACHE / f"large-schema{SCHEMA_HEAD}-gen{GENERATOR_VERSION}.db"


def ensure_database(*, force: bool = False) -> Path:
    """The cached large database, made first if it is missing (or `force`)."""
    path = database_path()
    if path.exists() and not force:
        return path
    CACHE.mkdir(exist_ok=True)
    for old in CACHE.glob("large-*.db*"):
        old.unlink()
    partial = path.with_suffix(".partial")
    for leftover in CACHE.glob(partial.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    generate(partial)
    partial.rename(path)
    print(f"generated {path.name} in {time.perf_counter() - started:.1f} s ({path.stat().st_size >> 20} MB)")
    return path


def generate(path: Path, seed: int = 2017) -> None:
    rows = Rows(random.Random(seed))
    rows.build()
    workspace = open_workspace(str(path))  # the schema, through the migrations
    try:
        with workspace.engine.begin() as connection:
            for table, batch in rows.tables():
                if batch:
                    connection.execute(insert(table.__table__), batch)
        with workspace.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
            connection.exec_driver_sql("ANALYZE")
    finally:
        workspace.close()


class Rows:
    """Every row of the database, as dicts keyed by column, with ids given here."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.members = [m for m in active_members() if m.iso2 in names.POOLS]
        self.data: dict[type, list[dict]] = {}
        self.ids: dict[type, int] = {}

    def tables(self):
        order = (
            t.SiteRow,
            t.PersonRow,
            t.PersonIdentityRow,
            t.MissionRow,
            t.RuleSetRow,
            t.DayRow,
            t.ItemRow,
            t.ItemRoleRow,
            t.ParticipationRow,
            t.StatusChangeRow,
            t.FlightRow,
            t.StayRow,
            t.AttendanceRow,
            t.BudgetLineRow,
            t.ExchangeRateRow,
        )
        return [(table, self.data.get(table, [])) for table in order]

    def add(self, table: type, **values) -> int:
        row_id = self.ids[table] = self.ids.get(table, 0) + 1
        if "id" in table.__table__.c:
            values["id"] = row_id
        self.data.setdefault(table, []).append(values)
        return row_id

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def build(self) -> None:
        self.sites = self.build_sites()
        self.people = self.build_people()
        self.rule_sets = list(presets().values())
        for n in range(MISSIONS):
            self.build_mission(n)

    def build_sites(self) -> dict[str, list[int]]:
        sites: dict[str, list[int]] = {"hotel": [], "institution": [], "venue": []}
        for n in range(150):
            kind = ("hotel", "institution", "venue")[n % 3]
            sites[kind].append(
                self.add(
                    t.SiteRow,
                    uid=self.uid(),
                    kind=kind,
                    name_en=f"{kind.title()} {n + 1}",
                    name_ko=f"{('호텔', '기관', '회의장')[n % 3]} {n + 1}",
                    address_en=f"{n + 1} Sejong-daero, Jung-gu",
                    city="Seoul",
                    country="KR",
                    latitude=37.5 + n / 1000,
                    longitude=126.9 + n / 1000,
                    opening_hours=[],
                    contact_name="",
                    contact_phone="+82 2 000 0000",
                )
            )
        return sites

    def build_people(self) -> list[tuple[int, str]]:
        people = []
        rng = self.rng
        for n in range(PEOPLE):
            member = self.members[n % len(self.members)]
            country = member.iso2
            family = rng.choice(names.family_names(country))
            given = rng.choice(names.given_names(country))
            person_id = self.add(
                t.PersonRow,
                uid=self.uid(),
                family_name=family,
                given_name=given,
                country=country,
                organization=rng.choice(names.organizations(country)),
                position=rng.choice(("Director", "Senior Officer", "Deputy Director", "Researcher", "Manager")),
                email=f"person{n}@example.org",
                phone="",
                gender=rng.choice(("F", "M")),
                home_timezone=member.timezone,
                dietary=rng.choice(("", "", "", "Halal", "Vegetarian")),
                notes="",
            )
            if n % 2 == 0:
                self.add(
                    t.PersonIdentityRow,
                    person_id=person_id,
                    passport_number=f"P{n:08d}",
                    passport_expiry=date(2030, 1, 1) + timedelta(days=n % 1000),
                    date_of_birth=date(1965, 1, 1) + timedelta(days=n % 9000),
                )
            people.append((person_id, country))
        return people

    def build_mission(self, n: int) -> None:
        rng = self.rng
        year = FIRST_YEAR + n // (MISSIONS // 10)
        in_year = n % (MISSIONS // 10)
        start = date(year, 1, 8) + timedelta(days=in_year * 7)
        code = f"{year % 100:02d}-IP-{in_year + 10:02d}-GE-OSM-A"
        host = self.members[n % len(self.members)]
        topic = TOPICS[n % len(TOPICS)]
        mission_id = self.add(
            t.MissionRow,
            uid=self.uid(),
            code=code,
            title=f"Study Mission on {topic} {year}",
            project_type="OSM",
            scope="multicountry",
            modality="in_person",
            ref_no=f"APO/{year}/{n + 1:03d}",
            date_of_issue=start - timedelta(days=90),
            start_date=start,
            end_date=start + timedelta(days=DAYS - 1),
            timezone="Asia/Seoul",
            host_country="KR",
            venue_city="Seoul",
            implementing_organizations=["Korea Productivity Center"],
            all_member_countries=True,
            participating_countries=[],
            overseas_quota=PARTICIPANTS,
            local_quota=4,
            objectives=[f"To learn about {topic.lower()} in the Republic of Korea."],
            financial_arrangements=[],
            emergency_contacts=[],
            nomination_closing_date=start - timedelta(days=30),
            archived=year < FIRST_YEAR + 3,
            organization_name="Asian Productivity Organization",
            reporting_currency="USD",
            certificate_min_online_percent=Decimal("80"),
        )
        rule_set = self.rule_sets[n % len(self.rule_sets)]
        self.add(t.RuleSetRow, mission_id=mission_id, **{**mapping.rule_set_values(rule_set), "uid": self.uid()})
        count = BENCH_PARTICIPANTS if code == BENCH_MISSION else PARTICIPANTS
        chosen = rng.sample(self.people, count)
        speakers = [person_id for person_id, _ in chosen[:4]]
        items = self.build_programme(mission_id, start, speakers, host.iso2)
        participations = self.build_participations(mission_id, start, chosen, everyone_in=code == BENCH_MISSION)
        if start < date(2026, 1, 1):
            self.build_attendance(items, participations)
        self.build_budget(mission_id, count)

    def build_programme(self, mission_id: int, start: date, speakers: list[int], host: str) -> list[int]:
        items = []
        for d in range(DAYS):
            on = start + timedelta(days=d)
            day_id = self.add(t.DayRow, mission_id=mission_id, date=on, title=f"Day {d + 1}")
            for position, (kind, begins, minutes) in enumerate(SCHEDULE):
                ends = (datetime.combine(on, begins) + timedelta(minutes=minutes)).time()
                site = None
                if kind == "site_visit":
                    site = self.rng.choice(self.sites["institution"])
                elif kind in ("presentation", "panel", "group_discussion"):
                    site = self.sites["venue"][mission_id % len(self.sites["venue"])]
                item_id = self.add(
                    t.ItemRow,
                    uid=self.uid(),
                    day_id=day_id,
                    kind=kind,
                    title=f"{kind.replace('_', ' ').title()} {d + 1}.{position + 1}",
                    start=begins,
                    end=ends,
                    site_id=site,
                    venue="",
                    online_url="",
                    description="",
                    group_name="",
                    sequence=0,
                )
                items.append(item_id)
                if kind == "presentation":
                    self.add(
                        t.ItemRoleRow,
                        item_id=item_id,
                        person_id=speakers[d % len(speakers)],
                        role="speaker",
                        position=0,
                    )
        return items

    def build_participations(
        self, mission_id: int, start: date, chosen: list[tuple[int, str]], *, everyone_in: bool
    ) -> list[int]:
        rng = self.rng
        hotel = self.sites["hotel"][mission_id % len(self.sites["hotel"])]
        taking_part = []
        for person_id, country in chosen:
            status = "confirmed" if everyone_in else rng.choice(STATUSES)
            part_id = self.add(
                t.ParticipationRow,
                mission_id=mission_id,
                person_id=person_id,
                role="participant",
                status=status,
                nominating_npo=names.npo(country),
                group_name="",
                notes="",
            )
            history = ["nominated"] + ([] if status == "nominated" else [status])
            for position, step in enumerate(history):
                self.add(
                    t.StatusChangeRow,
                    participation_id=part_id,
                    status=step,
                    on_date=start - timedelta(days=40 - 10 * position),
                    note="",
                    position=position,
                )
            if status in ("withdrawn", "rejected", "nominated"):
                continue
            taking_part.append(person_id)
            for direction, on, hour in (
                ("arrival", start - timedelta(days=1), 15),
                ("departure", start + timedelta(days=DAYS), 11),
            ):
                self.add(
                    t.FlightRow,
                    participation_id=part_id,
                    direction=direction,
                    airport="ICN",
                    scheduled_local=datetime.combine(on, clock(hour, 5 * rng.randrange(12))),
                    timezone="Asia/Seoul",
                    flight_no=f"{rng.choice(('KE', 'OZ', 'TG', 'VN', 'TK'))}{rng.randrange(100, 999)}",
                    terminal="1",
                    sequence=0,
                )
            self.add(
                t.StayRow,
                participation_id=part_id,
                hotel=f"Hotel {hotel}",
                hotel_site_id=hotel,
                check_in=start - timedelta(days=1),
                check_out=start + timedelta(days=DAYS),
                room=str(rng.randrange(200, 1900)),
            )
        return taking_part

    def build_attendance(self, items: list[int], people: list[int]) -> None:
        marked = [
            item for index, item in enumerate(items) if SCHEDULE[index % len(SCHEDULE)][0] in ("presentation", "panel")
        ]
        for item_id in marked:
            for person_id in people:
                absent = self.rng.random() < 0.03
                self.add(
                    t.AttendanceRow,
                    item_id=item_id,
                    person_id=person_id,
                    status="absent" if absent else "present",
                    minutes=None,
                    reason="",
                    excuse_accepted=None,
                )

    def build_budget(self, mission_id: int, people: int) -> None:
        lines = [
            ("Airfare", "per_overseas_participant", "1200.00", "USD"),
            ("Per diem", "per_person_night", "150.00", "USD"),
            ("Hotel", "per_person_night", "180000", "KRW"),
            ("Interpretation", "per_day", "2500.00", "USD"),
            ("Venue rental", "per_day", "1500000", "KRW"),
            ("Site visit bus", "per_site_visit", "800000", "KRW"),
            ("Resource person fee", "fixed", "3000.00", "USD"),
            ("Materials", "fixed", "1200.00", "USD"),
            ("Welcome dinner", "typed", "45000", "KRW"),
            ("Certificates and badges", "fixed", "300.00", "USD"),
            ("Secretariat travel", "fixed", "2800.00", "USD"),
            ("Contingency", "fixed", "1000.00", "USD"),
        ]
        for position, (category, basis, cost, currency) in enumerate(lines):
            self.add(
                t.BudgetLineRow,
                uid=self.uid(),
                mission_id=mission_id,
                category=category,
                description="",
                unit_cost=Decimal(cost),
                currency=currency,
                basis=basis,
                quantity=Decimal(people) if basis == "typed" else None,
                actual_amount=None,
                notes="",
                position=position,
            )
        self.add(t.ExchangeRateRow, mission_id=mission_id, currency="KRW", rate=Decimal("0.00075"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="make the database again even if cached")
    print(ensure_database(force=parser.parse_args().force))


if __name__ == "__main__":
    main()
