"""Nomination spreadsheets: columns found by name, every row checked, then a plan of who is
added and who is updated. Nothing is written here; `services.people` applies a clean plan.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from ...domain.enums import Role
from ...domain.limits import MAX_PROBLEMS_COLLECTED
from ...domain.people import Identity, Person
from ...domain.problems import ProblemCode, RowProblem
from ...domain.text import name_key
from ...domain.validation import is_timezone
from ...errors import InputError
from ..countries import resolve_country
from ..text_gate import limit_of
from .cells import CellError, parse_date, parse_datetime, parse_email, parse_gender, parse_role, parse_text
from .sheets import Sheet

Parsed = TypeVar("Parsed")


@dataclass(frozen=True, slots=True)
class Column:
    key: str
    aliases: tuple[str, ...] = ()
    required: bool = False


COLUMNS = (
    Column("family_name", ("surname", "last name", "family name", "last names"), required=True),
    Column("given_name", ("first name", "given names", "given name", "forename", "first names"), required=True),
    Column("country", ("nationality", "member country", "economy", "member economy"), required=True),
    Column("organization", ("organisation", "agency", "institution", "company", "employer"), required=True),
    Column("position", ("title", "job title", "designation", "job")),
    Column("email", ("e-mail", "email address", "e-mail address", "mail"), required=True),
    Column(
        "phone", ("mobile", "mobile phone", "phone number", "telephone", "tel", "tel.", "mobile number", "cell phone")
    ),
    Column("gender", ("sex",)),
    Column("role", ()),
    Column("nominating_npo", ("npo", "nominating organization", "nominating organisation")),
    Column("passport_number", ("passport no", "passport", "passport no.")),
    Column("passport_expiry", ("passport expiry date", "passport expiration", "passport valid until")),
    Column("date_of_birth", ("dob", "birth date", "birthday")),
    Column("dietary", ("dietary requirements", "dietary restrictions", "diet", "food")),
    Column("arrival", ("arrival time", "arrival date")),
    Column("arrival_flight", ("arrival flight no", "inbound flight")),
    Column("departure", ("departure time", "departure date")),
    Column("departure_flight", ("departure flight no", "outbound flight")),
    Column("home_timezone", ("time zone", "timezone", "home time zone")),
    Column("biography", ("bio", "short biography", "short bio", "biographical note")),
    # The name in Latin letters as the passport prints it, for names written in another script.
    Column(
        "romanized_family_name",
        (
            "family name as in passport",
            "family name (as in passport)",
            "surname as in passport",
            "surname (as in passport)",
            "passport surname",
            "passport family name",
            "romanized family name",
            "romanised family name",
            "romanized surname",
            "romanised surname",
            "latin family name",
            "latin surname",
        ),
    ),
    Column(
        "romanized_given_name",
        (
            "given name as in passport",
            "given name (as in passport)",
            "given names as in passport",
            "given names (as in passport)",
            "first name as in passport",
            "passport given name",
            "passport given names",
            "romanized given name",
            "romanised given name",
            "romanized first name",
            "romanised first name",
            "latin given name",
            "latin first name",
        ),
    ),
    # One cell for the whole Latin name: split into family and given name (`split_romanized`).
    Column(
        "romanized_name",
        (
            "name as in passport",
            "name (as in passport)",
            "name in passport",
            "full name as in passport",
            "full name (as in passport)",
            "passport name",
            "romanized name",
            "romanised name",
            "romanization",
            "romanisation",
            "latin name",
            "name in latin",
            "name in latin letters",
            "name in latin script",
            "name in english",
            "english name",
        ),
    ),
)
IDENTITY_KEYS = ("passport_number", "passport_expiry", "date_of_birth")


def header_key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch not in " _-.\u00a0")


ALIASES = {header_key(name): column for column in COLUMNS for name in (column.key, *column.aliases)}


@dataclass(slots=True)
class Nominee:
    """One clean row: the person as the file gives them and what they do in the mission."""

    row: int
    person: Person
    present: frozenset[str]  # the columns the file has
    role: Role | None = None
    nominating_npo: str = ""
    arrival: datetime | None = None
    arrival_flight: str = ""
    departure: datetime | None = None
    departure_flight: str = ""


@dataclass(slots=True)
class ParsedSheet:
    nominees: list[Nominee] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)  # the first MAX_PROBLEMS_COLLECTED
    problem_count: int = 0  # all of them

    def add_problems(self, problems: list[RowProblem]) -> None:
        self.problem_count += len(problems)
        self.problems += problems[: max(0, MAX_PROBLEMS_COLLECTED - len(self.problems))]


ColumnMapping = Mapping[str, str | None]
"""The caller's choice for headers: the header's text -> a field (a `Column.key`), or None to
ignore the column. Texts match as headers do, without regard to case, spaces or punctuation."""

NOMINATION_FIELDS = tuple(column.key for column in COLUMNS)
REQUIRED_NOMINATION_FIELDS = tuple(column.key for column in COLUMNS if column.required)


def recognised_field(title: str) -> str | None:
    """The field a header names by itself, or None."""
    column = ALIASES.get(header_key(title))
    return column.key if column is not None else None


def unrecognised_headers(header: list[str]) -> list[str]:
    """The header's titles no field is known by, each once, in the file's order (empty ones too)."""
    titles: dict[str, None] = {}
    for title in header:
        if recognised_field(title) is None:
            titles.setdefault(title, None)
    return list(titles)


def check_mapping(mapping: ColumnMapping) -> None:
    """Refuse a mapping naming a field that does not exist."""
    for title, key in mapping.items():
        if key is not None and key not in NOMINATION_FIELDS:
            raise InputError(
                f"{key!r} (for the column {title!r}) is not a field; the fields are {', '.join(NOMINATION_FIELDS)}",
                code="not_a_field",
                params={"key": key, "column": title},
            )


def locate_columns(sheet: Sheet, mapping: ColumnMapping | None = None) -> tuple[dict[str, int], list[RowProblem]]:
    """Which position holds each field: the caller's `mapping` first, then the names recognised.
    A required field missing, or one field given by two columns the mapping names, is a problem;
    unrecognised headers the mapping does not name are reported with the missing fields."""
    chosen = {header_key(title): key for title, key in (mapping or {}).items()}
    positions: dict[str, int] = {}
    mapped: dict[str, list[int]] = {}
    for index, title in enumerate(sheet.header):
        if header_key(title) in chosen:
            key = chosen[header_key(title)]
            if key is not None:
                mapped.setdefault(key, []).append(index)
            continue
        key = recognised_field(title)
        if key is not None and key not in positions:
            positions[key] = index
    problems = []
    for key, indexes in mapped.items():
        if len(indexes) > 1 or key in positions:
            given = sorted([*indexes, *([positions[key]] if key in positions else [])])
            headers = [sheet.header[i] for i in given]
            problems.append(RowProblem(sheet.header_row, ProblemCode.MAPPED_TWICE, {"field": key, "headers": headers}))
        positions.setdefault(key, indexes[0])
    missing = [key for key in REQUIRED_NOMINATION_FIELDS if key not in positions]
    unnamed = [title for title in unrecognised_headers(sheet.header) if header_key(title) not in chosen]
    if missing and unnamed:
        params = {"headers": unnamed, "missing": missing}
        problems.append(RowProblem(sheet.header_row, ProblemCode.UNRECOGNISED_COLUMNS, params))
    else:
        problems += [RowProblem(sheet.header_row, ProblemCode.MISSING_COLUMN, {"column": key}) for key in missing]
    return positions, problems


def parse_sheet(sheet: Sheet, mapping: ColumnMapping | None = None) -> ParsedSheet:
    positions, problems = locate_columns(sheet, mapping)
    parsed = ParsedSheet()
    parsed.add_problems(problems)
    if problems:
        return parsed
    for number, cells in sheet.rows:
        row = _RowReader(sheet, number, cells, positions)
        nominee = row.nominee()
        if row.problems:
            parsed.add_problems(row.problems)
        else:
            parsed.nominees.append(nominee)
    parsed.add_problems(_duplicates(parsed.nominees))
    return parsed


class _RowReader:
    def __init__(self, sheet: Sheet, number: int, cells: list[object], positions: dict[str, int]):
        self.sheet, self.number, self.cells, self.positions = sheet, number, cells, positions
        self.problems: list[RowProblem] = []
        self.too_long: set[str] = set()

    def raw(self, key: str) -> object:
        index = self.positions.get(key)
        return self.cells[index] if index is not None and index < len(self.cells) else ""

    def text(self, key: str) -> str:
        """The cell as written; one too long for its field is a problem of the row (said once)."""
        value = self.raw(key)
        try:
            return parse_text(value, limit_of(key))
        except CellError as error:
            if key not in self.too_long:
                self.too_long.add(key)
                self.complain(key, error.code, **error.params)
            return value if isinstance(value, str) else str(value)

    def parsed(self, key: str, parser: Callable[[object], Parsed]) -> Parsed | None:
        value = self.raw(key)
        if value in ("", None):
            return None
        try:
            return parser(value)
        except CellError as error:
            self.complain(key, error.code, **error.params)
            return None

    def complain(self, key: str, code: ProblemCode, **params: object) -> None:
        index = self.positions[key]
        self.problems.append(RowProblem(self.number, code, params, index, self.sheet.header[index]))

    def nominee(self) -> Nominee:
        family, email = self.text("family_name"), self.text("email")
        if not family:
            self.complain("family_name", ProblemCode.EMPTY)
        country = resolve_country(self.text("country"))
        if country is None:
            written = self.text("country")
            if written:
                self.complain("country", ProblemCode.UNKNOWN_COUNTRY, text=written)
            else:
                self.complain("country", ProblemCode.EMPTY)
        if not self.text("organization"):
            self.complain("organization", ProblemCode.EMPTY)
        if not email:
            self.complain("email", ProblemCode.EMPTY)
        else:
            self.parsed("email", lambda v: parse_email(str(v)))
        zone = self.text("home_timezone")
        if zone and not is_timezone(zone):
            self.complain("home_timezone", ProblemCode.NOT_TIME_ZONE, text=zone)
        person = Person(
            uid="",
            family_name=family,
            given_name=self.text("given_name"),
            country=country or "",
            organization=self.text("organization"),
            position=self.text("position"),
            email=email,
            phone=self.text("phone"),
            gender=self.parsed("gender", lambda v: parse_gender(str(v))),
            home_timezone=zone,
            dietary=self.text("dietary"),
            biography=self.text("biography"),
            identity=self._identity(),
        )
        person.romanized_family_name, person.romanized_given_name = self._romanized(person)
        present = set(self.positions)
        if "romanized_name" in present:
            present.update(("romanized_family_name", "romanized_given_name"))
        return Nominee(
            row=self.number,
            person=person,
            present=frozenset(present),
            role=self.parsed("role", lambda v: parse_role(str(v))),
            nominating_npo=self.text("nominating_npo"),
            arrival=self.parsed("arrival", parse_datetime),
            arrival_flight=self.text("arrival_flight"),
            departure=self.parsed("departure", parse_datetime),
            departure_flight=self.text("departure_flight"),
        )

    def _romanized(self, person: Person) -> tuple[str, str]:
        family, given = self.text("romanized_family_name"), self.text("romanized_given_name")
        if family or given or "romanized_name" not in self.positions:
            return family, given
        return split_romanized(self.text("romanized_name"), family_first=person_writes_family_first(person))

    def _identity(self) -> Identity | None:
        identity = Identity(
            passport_number=self.text("passport_number"),
            passport_expiry=self.parsed("passport_expiry", parse_date),
            date_of_birth=self.parsed("date_of_birth", parse_date),
        )
        return None if identity.is_empty else identity


def person_key(person: Person) -> tuple[str, str, str]:
    return (name_key(person.family_name), name_key(person.given_name), person.country)


def _duplicates(nominees: list[Nominee]) -> list[RowProblem]:
    seen_email: dict[str, int] = {}
    seen_name: dict[tuple[Any, ...], int] = {}
    problems = []
    for nominee in nominees:
        email, name = nominee.person.email.casefold(), person_key(nominee.person)
        earlier = seen_email.get(email) or seen_name.get(name)
        if earlier:
            problems.append(RowProblem(nominee.row, ProblemCode.SAME_PERSON, {"earlier": earlier}))
        seen_email.setdefault(email, nominee.row)
        seen_name.setdefault(name, nominee.row)
    return problems


# --- matching with the people already known -----------------------------------------------------


@dataclass(slots=True)
class Planned:
    nominee: Nominee
    person: Person  # what will be stored
    before: Person | None = None  # what was there, when updating
    in_mission: bool = False

    @property
    def changes(self) -> list[str]:
        if self.before is None:
            return []
        return [
            f.name for f in dataclasses.fields(Person) if getattr(self.before, f.name) != getattr(self.person, f.name)
        ]


@dataclass(slots=True)
class NominationPlan:
    added: list[Planned] = field(default_factory=list)
    updated: list[Planned] = field(default_factory=list)
    unchanged: list[Planned] = field(default_factory=list)


def plan_nominations(
    nominees: list[Nominee], in_mission: list[Person], known_by_email: dict[str, Person]
) -> NominationPlan:
    """Match each row to a person of the mission (same email, or same name and country), then
    to a person of the database by email; everyone else is new."""
    by_email = {p.email.casefold(): p for p in in_mission if p.email}
    by_name = {person_key(p): p for p in in_mission}
    plan = NominationPlan()
    for nominee in nominees:
        found = by_email.get(nominee.person.email.casefold()) or by_name.get(person_key(nominee.person))
        if found is not None:
            merged = merge(found, nominee)
            planned = Planned(nominee, merged, found, in_mission=True)
            (plan.updated if planned.changes else plan.unchanged).append(planned)
            continue
        known = known_by_email.get(nominee.person.email.casefold())
        if known is not None:
            plan.added.append(Planned(nominee, merge(known, nominee), known))
        else:
            plan.added.append(Planned(nominee, nominee.person))
    return plan


def merge(existing: Person, nominee: Nominee) -> Person:
    """The existing person with the values of the columns the file has; an empty identity cell
    never erases what is known."""
    values = {}
    for f in dataclasses.fields(Person):
        if f.name in ("uid", "identity"):
            continue
        if f.name in nominee.present:
            values[f.name] = getattr(nominee.person, f.name)
    identity = existing.identity
    if nominee.person.identity is not None:
        given = nominee.person.identity
        old = identity or Identity()
        identity = Identity(
            given.passport_number or old.passport_number,
            given.passport_expiry or old.passport_expiry,
            given.date_of_birth or old.date_of_birth,
        )
    return dataclasses.replace(existing, **values, identity=identity)


@dataclass(frozen=True, slots=True)
class PlannedRow:
    """What an import does with one row, for each front end to word: add the person, or update
    the fields named in `changes` (Person's field names; none when only travel changes)."""

    added: bool
    row: int
    name: str
    country: str
    changes: tuple[str, ...] = ()


def planned_rows(plan: NominationPlan) -> list[PlannedRow]:
    rows = [PlannedRow(True, p.nominee.row, p.person.full_name, p.person.country) for p in plan.added]
    rows += [
        PlannedRow(False, p.nominee.row, p.person.full_name, p.person.country, tuple(p.changes)) for p in plan.updated
    ]
    return rows


def describe_rows(plan: NominationPlan) -> list[str]:
    """The planned rows in English, as the command line prints them."""
    return [planned_row_text(row) for row in planned_rows(plan)]


def planned_row_text(row: PlannedRow) -> str:
    if row.added:
        return f"add    row {row.row}: {row.name} ({row.country})"
    return f"update row {row.row}: {row.name} ({', '.join(row.changes) or 'travel'})"


def person_writes_family_first(person: Person) -> bool:
    """Whether the person's own name is written family name first (김민준, Nguyễn Thị Hương)."""
    return person.full_name.startswith(person.family_name) and bool(person.given_name)


def split_romanized(name: str, *, family_first: bool) -> tuple[str, str]:
    """A whole Latin name from one cell, as (family, given). Passports' own ways first:
    `SHARMA, Sita` (a comma after the family name), `SHARMA Sita` (the family name in capitals);
    otherwise the family name is where the person's own name puts it (first for 김민준, last
    for सीता शर्मा)."""
    name = " ".join(name.split())
    if not name:
        return "", ""
    if "," in name:
        family, _, given = name.partition(",")
        return family.strip(), given.strip()
    words = name.split(" ")
    capitals = [word.isupper() and len(word) > 1 for word in words]
    if any(capitals) and not all(capitals):
        return " ".join(w for w, c in zip(words, capitals, strict=True) if c), " ".join(
            w for w, c in zip(words, capitals, strict=True) if not c
        )
    if len(words) == 1:
        return name, ""
    if family_first:
        return words[0], " ".join(words[1:])
    return words[-1], " ".join(words[:-1])
