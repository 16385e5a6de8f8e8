"""The hostile corpus: every input the issue names and more, for each command that reads a file
or a URL. Each case writes its inputs into its own folder when it runs; nothing is stored.

A step marked `refuse` must exit 2; one marked `succeed` is a control (a valid input, which proves
the case's builder makes what the program reads) or the longest allowed values. Every other step
may exit 0 or 2; the harness checks the rest of the contract on all of them.
"""

from __future__ import annotations

import copy
import json
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from mission_planner.domain.limits import (
    MAX_ARCHIVE_BYTES,
    MAX_CELL_CHARS,
    MAX_DAYS,
    MAX_INPUT_BYTES,
    MAX_NAME,
    MAX_SHEET_ROWS,
    MAX_SHORT_TEXT,
    MAX_TITLE,
)

from . import missions, notifications, specials, spreadsheets, zips
from .harness import Case, Step, Template
from .missions import NEW_CODE
from .spreadsheets import HEADER, NOMINEE, ZOOM_HEADER, ZOOM_ROW, csv_text

CODE = "23-IP-12-GE-OSM-A"  # the in-person demo mission the template exports
ONLINE = "23-IP-20-GE-WSP-B"  # the online workshop, for meeting reports
MILLION = 1_000_000

CASES: list[Case] = []


def case(case_id: str):
    def register(build: Callable[[Path, Template], list[Step]]):
        CASES.append(Case(case_id, build))
        return build

    return register


# --- the commands that read a file ----------------------------------------------------------


def _import_mission(path: Path, **kw) -> list[Step]:
    return [Step(("import-mission", str(path)), names=path.name, **kw)]


def _unarchive(path: Path, **kw) -> list[Step]:
    return [Step(("unarchive", "--replace", str(path)), names=path.name, **kw)]


def _delegates(path: Path, **kw) -> list[Step]:
    return [Step(("import-delegates", CODE, str(path)), names=path.name, **kw)]


def _attendance(path: Path, **kw) -> list[Step]:
    return [Step(("import-attendance", ONLINE, str(path)), names=path.name, **kw)]


def _rules(path: Path, **kw) -> list[Step]:
    return [Step(("rules", "use", CODE, str(path)), names=path.name, **kw)]


def _restore(path: Path, **kw) -> list[Step]:
    folder = path.parent
    return [Step(("restore", str(path)), names=path.name, targets=(folder / "backups",), **kw)]


# Each command, the name of its input, and a valid input (what an unreadable file holds: were it
# read anyway, the command would succeed and the case would fail).
READERS = {
    "import-mission": (_import_mission, "colleague.json", lambda t: missions.text(missions.demo_mission(t.mission))),
    "unarchive": (_unarchive, "colleague.mission", lambda t: t.archive.read_bytes()),
    "delegates-csv": (_delegates, "nominations.csv", lambda t: VALID_CSV),
    "delegates-xlsx": (_delegates, "nominations.xlsx", lambda t: spreadsheets.nominations_xlsx()),
    "attendance": (_attendance, "zoom-report.csv", lambda t: _zoom(ZOOM_ROW)),
    "rules-use": (_rules, "rules.json", lambda t: t.rule_set.read_bytes()),
    "restore": (_restore, "friday.db", lambda t: t.db.read_bytes()),
}

GATES = {
    "folder": lambda path, valid: specials.folder(path),
    "fifo": lambda path, valid: specials.fifo(path),
    "dev-zero-symlink": lambda path, valid: specials.zero_link(path),
    "unreadable": specials.unreadable,
    "empty": lambda path, valid: specials.empty(path),
}
MORE_GATES = {
    "dev-null-symlink": lambda path, valid: specials.null_link(path),
    "dangling-symlink": lambda path, valid: specials.dangling(path),
}


def _gate(reader, name, valid, make):
    def build(folder: Path, template: Template) -> list[Step]:
        content = valid(template)
        return reader(make(folder / name, content.encode() if isinstance(content, str) else content), refuse=True)

    return build


for _command, (_reader, _name, _valid) in READERS.items():
    for _gate_name, _make in GATES.items():
        case(f"{_command}-{_gate_name}")(_gate(_reader, _name, _valid, _make))
for _command in ("import-mission",):  # the same gate serves every reader; once is enough for these
    _reader, _name, _valid = READERS[_command]
    for _gate_name, _make in MORE_GATES.items():
        case(f"{_command}-{_gate_name}")(_gate(_reader, _name, _valid, _make))


# --- mission files (import-mission) ---------------------------------------------------------


def _mission_case(case_id: str, *, refuse: bool = True, then: tuple[tuple[str, ...], ...] = ()):
    """A case from a function giving the mission file's bytes (from the demo mission's dict);
    `then` are command lines run after the import (an export of what a lax import let in)."""

    def register(content: Callable[[dict], bytes | str]):
        def build(folder: Path, template: Template) -> list[Step]:
            path = folder / "colleague.json"
            body = content(missions.demo_mission(template.mission))
            path.write_bytes(body.encode("utf-8") if isinstance(body, str) else body)
            steps = _import_mission(path, refuse=refuse)
            for args in then:
                args = tuple(str(folder / a) if a.endswith((".ics", ".pdf")) else a for a in args)
                targets = tuple(Path(a) for a in args if a.startswith(str(folder)))
                steps.append(Step(args, targets=targets, after_success=True))
            return steps

        return case(f"mission-{case_id}")(build)

    return register


def _set(data: dict, path: str, value) -> dict:
    """`data` with the value at a dotted path (`mission.title`, `people.0.uid`) replaced."""
    changed = copy.deepcopy(data)
    *parents, last = path.split(".")
    node = changed
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    if isinstance(node, list):
        node[int(last)] = value
    else:
        node[last] = value
    return changed


_mission_case("valid-control", refuse=False)(lambda d: missions.text(d))
_mission_case("truncated")(lambda d: missions.text(d)[: len(missions.text(d)) // 2])
_mission_case("utf-32")(lambda d: missions.text(d).encode("utf-32"))
_mission_case("latin-1")(lambda d: missions.text(d).encode("latin-1", errors="replace"))
_mission_case("nul-bytes")(lambda d: missions.text(d).encode().replace(b'"title"', b'"ti\x00tle"', 1))
_mission_case("empty-object")(lambda d: "{}")
_mission_case("nesting-100000")(lambda d: missions.deep_mission(100_000))
_mission_case("nesting-40-in-mission")(
    lambda d: missions.text(_set(d, "mission.notes", "X")).replace('"X"', missions.nested(40), 1)
)
_mission_case("objectives-million-strings")(lambda d: missions.text(_set(d, "mission.objectives", ["x"] * MILLION)))
_mission_case("people-million-errors")(lambda d: missions.text(_set(d, "people", [0] * MILLION)))
_mission_case("attendance-million-errors")(lambda d: missions.text(_set(d, "attendance", [{}] * 300_000)))
_mission_case("quota-10e400")(lambda d: missions.text(_set(d, "mission.overseas_quota", 10**400)))
_mission_case("quota-5000-digits")(
    lambda d: missions.with_literal(_set(d, "mission.overseas_quota", "@INT@"), "@INT@", "9" * 5000)
)
_mission_case("quota-1e400")(lambda d: missions.with_literal(_set(d, "mission.overseas_quota", "@F@"), "@F@", "1e400"))
_mission_case("quota-nan")(lambda d: missions.text(_set(d, "mission.overseas_quota", float("nan"))))
_mission_case("quota-negative")(lambda d: missions.text(_set(d, "mission.overseas_quota", -6)))
_mission_case("quota-true")(lambda d: missions.text(_set(d, "mission.overseas_quota", True)))
_mission_case("quota-float")(lambda d: missions.text(_set(d, "mission.overseas_quota", 6.5)))
_mission_case("travel-minutes-negative")(lambda d: missions.text(_set(d, "travel_times.0.minutes", -30)))
_mission_case("travel-minutes-true")(lambda d: missions.text(_set(d, "travel_times.0.minutes", True)))
_mission_case("travel-minutes-2-to-the-63")(lambda d: missions.text(_set(d, "travel_times.0.minutes", 2**63)))
_mission_case("attendance-minutes-negative")(
    lambda d: missions.text(_set(_set(d, "attendance.0.minutes", -5), "attendance.0.status", "present"))
)
_mission_case("attendance-minutes-10e18")(lambda d: missions.text(_set(d, "attendance.0.minutes", 10**18)))
_mission_case("item-sequence-negative", refuse=False, then=(("export", NEW_CODE, "ics", "-o", "out.ics"),))(
    lambda d: missions.text(_set(d, "days.0.items.0.sequence", -1))
)
_mission_case("budget-quantity-negative")(lambda d: missions.text(_set(d, "budget_lines.0.quantity", -3)))
_mission_case("site-latitude-nan", refuse=False)(lambda d: missions.text(_set(d, "sites.0.latitude", float("nan"))))
_mission_case("money-5000-digits", then=(("budget", NEW_CODE, "--format", "json"),))(
    lambda d: missions.text(_set(d, "budget_lines.0.unit_cost", "9" * 5000))
)
_mission_case("money-exponent", then=(("budget", NEW_CODE),))(
    lambda d: missions.text(_set(d, "budget_lines.0.unit_cost", "1E+999999"))
)
_mission_case("money-negative-zero-places")(
    lambda d: missions.text(_set(d, "budget_lines.0.actual_amount", "-0." + "0" * 3000 + "1"))
)
_mission_case("rate-4000-places", then=(("budget", NEW_CODE),))(
    lambda d: missions.text(_set(d, "exchange_rates.0.rate", "0." + "0" * 4000 + "1"))
)
_mission_case("rate-zero", refuse=False, then=(("budget", NEW_CODE),))(
    lambda d: missions.text(_set(d, "exchange_rates.0.rate", "0"))
)
_mission_case("lone-surrogate-title")(
    lambda d: missions.text(_set(d, "mission.title", "Mission \ud800"), ascii_only=True)
)
_mission_case("lone-surrogate-name")(
    lambda d: missions.text(_set(d, "people.0.family_name", "\udfff"), ascii_only=True)
)
_mission_case("timezone-america")(lambda d: missions.text(_set(d, "mission.timezone", "America")))
_mission_case("timezone-asia-person")(lambda d: missions.text(_set(d, "people.0.home_timezone", "Asia")))
_mission_case("timezone-traversal")(lambda d: missions.text(_set(d, "mission.timezone", "../../../../etc/passwd")))
_mission_case("timezone-zone-tab")(lambda d: missions.text(_set(d, "mission.timezone", "zone.tab")))
_mission_case("timezone-nul")(lambda d: missions.text(_set(d, "mission.timezone", "Asia/Seoul\x00")))
_mission_case(
    "year-9999",
    refuse=False,
    then=(
        ("export", NEW_CODE, "ics", "-o", "out.ics"),
        ("duplicate-mission", NEW_CODE, "25-IP-99-GE-OSM-Z", "--start", "9999-12-31"),
        ("budget", NEW_CODE),
    ),
)(lambda d: missions.text(missions.at_year(d, 9999)))
_mission_case("year-0001", refuse=False, then=(("export", NEW_CODE, "ics", "-o", "out.ics"),))(
    lambda d: missions.text(missions.at_year(d, 1))
)
_mission_case("flight-year-9999", refuse=False, then=(("export", NEW_CODE, "ics", "-o", "out.ics"),))(
    lambda d: missions.text(_set(d, "participations.1.flights.0.scheduled", "9999-12-31T23:59:00+09:00[Asia/Seoul]"))
)
_mission_case("flight-offset-disagrees")(
    lambda d: missions.text(_set(d, "participations.1.flights.0.scheduled", "2023-10-23T17:40:00-11:00[Asia/Seoul]"))
)
for _list in (
    "attendance",
    "assignments",
    "exchange_rates",
    "travel_times",
    "people",
    "budget_lines",
    "participations",
):
    _mission_case(f"duplicate-{_list.replace('_', '-')}")(
        lambda d, _list=_list: missions.text(missions.duplicated(d, _list))
    )
_mission_case("duplicate-item-uid")(
    lambda d: missions.text(_set(d, "days.1.items.0.uid", d["days"][0]["items"][0]["uid"]))
)
_mission_case("title-1-mb")(lambda d: missions.text(_set(d, "mission.title", "T" * MILLION)))
_mission_case("name-1-mb")(lambda d: missions.text(_set(d, "people.0.family_name", "N" * MILLION)))
_mission_case("code-with-newline")(lambda d: missions.text(_set(d, "mission.code", "24-IP-99\nGE-OSM-Z")))
_mission_case("version-10e30")(lambda d: missions.text(_set(d, "version", 10**30)))
_mission_case("version-true")(lambda d: missions.text(_set(d, "version", True)))
_mission_case("unknown-field")(lambda d: missions.text(_set(d, "mission.colour", "blue")))
_mission_case("days-over-limit")(lambda d: missions.text(missions.many_days(d, MAX_DAYS + 100)))
_mission_case("control-characters-in-title", refuse=False, then=(("missions",),))(
    lambda d: missions.text(_set(d, "mission.title", "Study \x1b[2J\x1b]0;owned\x07 mission \u202eevil"))
)


@case("mission-longest-allowed-values")
def _longest(folder: Path, template: Template) -> list[Step]:
    """Every text at its stated maximum, in words too long for a line: the documents must come
    out (no hang, no layout error)."""
    data = missions.demo_mission(template.mission)
    data["mission"]["title"] = "W" * MAX_TITLE
    for item in missions.items(data):
        item["title"] = "I" * MAX_TITLE
    for person in data["people"]:
        person["family_name"] = person["given_name"] = "N" * MAX_NAME
        person["organization"] = person["position"] = "O" * MAX_SHORT_TEXT
    path = folder / "longest.json"
    path.write_text(missions.text(data), encoding="utf-8")
    steps = _import_mission(path, succeed=True)
    for kind in ("itinerary-pdf", "participants-pdf", "notification-pdf"):
        target = folder / f"{kind}.pdf"
        steps.append(Step(("export", NEW_CODE, kind, "-o", str(target)), succeed=True, targets=(target,)))
    return steps


# --- mission archives (unarchive) -----------------------------------------------------------


def _archive_parts(template: Template) -> tuple[dict, list[tuple[str, bytes]]]:
    members = dict(zips.members_of(template.archive.read_bytes()))
    manifest = json.loads(members.pop("manifest.json"))
    manifest.pop("files")
    return manifest, list(members.items())


def _archive_case(case_id: str, *, refuse: bool = True, succeed: bool = False):
    """Unarchived with --replace, so an archive that gets through is stored, not stopped by its code."""

    def register(content: Callable[[Template], bytes]):
        def build(folder: Path, template: Template) -> list[Step]:
            path = folder / "colleague.mission"
            path.write_bytes(content(template))
            return [Step(("unarchive", "--replace", str(path)), refuse=refuse, succeed=succeed, names=path.name)]

        return case(f"archive-{case_id}")(build)

    return register


def _mission_member(template: Template) -> bytes:
    return dict(zips.members_of(template.archive.read_bytes()))["mission.json"]


def _with_mission(template: Template, mission: bytes) -> bytes:
    manifest, members = _archive_parts(template)
    members = [(name, mission if name == "mission.json" else data) for name, data in members]
    return zips.mission_archive(manifest, members)


_archive_case("valid-control", refuse=False, succeed=True)(lambda t: t.archive.read_bytes())
_archive_case("truncated")(lambda t: t.archive.read_bytes()[: t.archive.stat().st_size // 2])
_archive_case("pdf-renamed")(lambda t: b"%PDF-1.7\n" + b"0" * 4000)


@_archive_case("duplicate-member-names")
def _duplicate_members(template: Template) -> bytes:
    manifest, members = _archive_parts(template)
    mission = dict(members)["mission.json"]
    other = json.loads(mission)
    other["mission"]["title"] = "The second mission.json"
    return zips.mission_archive(manifest, [*members, ("mission.json", json.dumps(other).encode())])


@_archive_case("bomb-total-over-limit")
def _bomb(template: Template) -> bytes:
    """Members each under the per-member limit, together far over the archive's total."""
    manifest, members = _archive_parts(template)
    size = min(MAX_INPUT_BYTES - 1, 60 * 2**20)
    zeros = b"\0" * size
    count = MAX_ARCHIVE_BYTES // size + 2
    files = [zips.entry(name, data) for name, data in members]
    digest = zips.entry("x", zeros)["sha256"]
    bombs = [(f"attachments/{i}-other.bin", zeros) for i in range(1, count + 1)]
    files += [
        {"path": name, "size": size, "sha256": digest, "kind": "other", "filename": "x.bin", "media_type": "image/png"}
        for name, _ in bombs
    ]
    return zips.mission_archive(manifest, [*members, *bombs], files=files)


_archive_case("bad-deflate")(lambda t: zips.damage_stream(t.archive.read_bytes(), "mission.json"))
_archive_case("encrypted-member")(lambda t: zips.patch_member(t.archive.read_bytes(), "mission.json", flags=0x1))
_archive_case("unknown-compression")(lambda t: zips.patch_member(t.archive.read_bytes(), "mission.json", method=99))
_archive_case("lzma-member", refuse=False)(
    lambda t: zips.build(zips.members_of(t.archive.read_bytes()), compression=14, level=None)  # ZIP_LZMA
)
_archive_case("manifest-nesting-100000")(
    lambda t: zips.build([("manifest.json", missions.nested(100_000).encode()), ("mission.json", b"{}")])
)
_archive_case("manifest-size-10e400")(
    lambda t: zips.build(
        [
            (
                "manifest.json",
                json.dumps(
                    {**_archive_parts(t)[0], "files": [{"path": "mission.json", "size": 10**400, "sha256": "0"}]}
                ).encode(),
            ),
            ("mission.json", _mission_member(t)),
        ]
    )
)
_archive_case("manifest-million-files")(
    lambda t: zips.build(
        [
            (
                "manifest.json",
                json.dumps(
                    {**_archive_parts(t)[0], "files": [{"path": "a", "size": 1, "sha256": "0"}] * MILLION}
                ).encode(),
            )
        ]
    )
)
_archive_case("member-path-traversal", refuse=False)(
    lambda t: zips.mission_archive(_archive_parts(t)[0], [*_archive_parts(t)[1], ("../../escaped.txt", b"outside")])
)
_archive_case("many-members")(
    lambda t: zips.mission_archive(
        _archive_parts(t)[0], [*_archive_parts(t)[1], *[(f"attachments/{i}-other.png", b"x") for i in range(5_000)]]
    )
)
_archive_case("mission-utf-32")(lambda t: _with_mission(t, _mission_member(t).decode().encode("utf-32")))
_archive_case("mission-million-errors")(
    lambda t: _with_mission(t, missions.text(_set(json.loads(_mission_member(t)), "people", [0] * MILLION)).encode())
)
_archive_case("mission-lone-surrogate")(
    lambda t: _with_mission(
        t, missions.text(_set(json.loads(_mission_member(t)), "mission.title", "\ud800"), ascii_only=True).encode()
    )
)


# --- nomination files (import-delegates) ----------------------------------------------------


def _file_case(
    prefix: str, reader, name: str, case_id: str, *, refuse: bool = True, succeed: bool = False, secret=None
):
    def register(content: Callable[[Path], bytes | str]):
        def build(folder: Path, template: Template) -> list[Step]:
            path = folder / name
            body = content(folder)
            path.write_bytes(body.encode("utf-8") if isinstance(body, str) else body)
            return reader(path, refuse=refuse, succeed=succeed, secret=secret)

        return case(f"{prefix}-{case_id}")(build)

    return register


def _csv_case(case_id: str, **kw):
    return _file_case("delegates-csv", _delegates, "nominations.csv", case_id, **kw)


def _xlsx_case(case_id: str, **kw):
    return _file_case("delegates-xlsx", _delegates, "nominations.xlsx", case_id, **kw)


VALID_CSV = csv_text([HEADER, NOMINEE])

_csv_case("valid-control", refuse=False, succeed=True)(lambda f: VALID_CSV)
_csv_case("cell-1-mb")(lambda f: csv_text([HEADER, ("K" * MILLION, *NOMINEE[1:])]))
_csv_case("header-over-field-limit")(lambda f: csv_text([("H" * 200_000, *HEADER), NOMINEE]))
_csv_case("cell-one-over-excel-limit")(lambda f: csv_text([HEADER, ("K" * (MAX_CELL_CHARS + 1), *NOMINEE[1:])]))
_csv_case("unterminated-quote")(
    lambda f: VALID_CSV + 'Yilmaz,"Mehmet,TR,Org,m@example.org\r\n' + "x,y,TR,o,e@x.org\r\n" * 3
)
_csv_case("utf-32-bom", refuse=False)(lambda f: VALID_CSV.encode("utf-32"))
_csv_case("utf-32-be-no-bom", refuse=False)(lambda f: VALID_CSV.encode("utf-32-be"))
_csv_case("latin-1", refuse=False)(
    lambda f: csv_text([HEADER, ("Müller", "José", "DE", "Straßenbau GmbH", "jose@example.org")]).encode("latin-1")
)
_csv_case("nul-bytes", refuse=False)(lambda f: VALID_CSV.replace("Kaya", "Ka\x00ya"))
_csv_case("binary-garbage")(lambda f: bytes(range(256)) * 200)
_csv_case("header-only", refuse=False)(lambda f: csv_text([HEADER]))
_csv_case("million-error-rows")(lambda f: csv_text([HEADER]) + "x,,,,\r\n" * MILLION)
_csv_case("rows-over-limit")(
    lambda f: csv_text([HEADER]) + "".join(f"K{i},A,TR,O,k{i}@example.org\r\n" for i in range(MAX_SHEET_ROWS + 10))
)
_csv_case("columns-200000")(lambda f: ",".join(["family_name", *["x"] * 200_000]) + "\r\n" + "K,A\r\n")
_csv_case("over-input-limit")(lambda f: VALID_CSV + "x" * (MAX_INPUT_BYTES + 1))
_csv_case("cr-only-lines", refuse=False)(lambda f: VALID_CSV.replace("\r\n", "\r"))
_csv_case("dates-year-0-and-99999")(
    lambda f: csv_text(
        [
            (*HEADER, "date_of_birth", "passport_expiry", "arrival"),
            (*NOMINEE, "0000-01-01", "99999-01-01", "9999-12-31 23:59"),
        ]
    )
)
_csv_case("control-characters-in-names", refuse=False)(
    lambda f: csv_text(
        [HEADER, ("Kaya\x1b[2J\x1b]0;owned\x07", "A\u202eyşe", "TR", "Org\r\nInjected", "ayse.kaya@example.org")]
    )
)


def _xlsx_text(rows) -> str:
    return spreadsheets.sheet_rows(rows)


_xlsx_case("valid-control", refuse=False, succeed=True)(lambda f: spreadsheets.nominations_xlsx())
_xlsx_case("csv-renamed")(lambda f: VALID_CSV)
_xlsx_case("truncated")(lambda f: spreadsheets.nominations_xlsx()[:600])
LAUGHS = (
    "<!DOCTYPE worksheet [<!ENTITY lol0 'lollollollollollollollollollol'>"
    + "".join(f"<!ENTITY lol{i} '{('&lol' + str(i - 1) + ';') * 10}'>" for i in range(1, 10))
    + "]>"
)
_xlsx_case("entity-expansion")(
    lambda f: spreadsheets.xlsx(
        spreadsheets.sheet_xml(_xlsx_text([HEADER, NOMINEE]).replace("Kaya", "&lol9;"), prolog=LAUGHS)
    )
)


@_xlsx_case("external-entity", refuse=False, secret="TOPSECRET-0451")
def _external_entity(folder: Path) -> bytes:
    secret = folder / "secret.txt"
    secret.write_text("TOPSECRET-0451")
    rows = _xlsx_text([HEADER, NOMINEE]).replace("Kaya", "&xxe;")
    return spreadsheets.xlsx(
        spreadsheets.sheet_xml(rows, prolog=f'<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file://{secret}">]>')
    )


_xlsx_case("invalid-character-reference")(
    lambda f: spreadsheets.xlsx(spreadsheets.sheet_xml(_xlsx_text([HEADER, NOMINEE]).replace("Kaya", "Ka&#0;ya")))
)
_xlsx_case("bad-deflate")(
    lambda f: zips.damage_stream(
        spreadsheets.xlsx(spreadsheets.sheet_xml(_xlsx_text([HEADER, NOMINEE] * 200))), "xl/worksheets/sheet1.xml"
    )
)
_xlsx_case("encrypted-member")(
    lambda f: zips.patch_member(spreadsheets.nominations_xlsx(), "xl/worksheets/sheet1.xml", flags=0x1)
)
_xlsx_case("unknown-compression")(
    lambda f: zips.patch_member(spreadsheets.nominations_xlsx(), "xl/worksheets/sheet1.xml", method=99)
)
_xlsx_case("duplicate-members")(
    lambda f: zips.build(
        [
            *spreadsheets.xlsx_members(spreadsheets.sheet_xml(_xlsx_text([HEADER, NOMINEE]))),
            ("xl/worksheets/sheet1.xml", b"<worksheet/>"),
        ]
    )
)
_xlsx_case("cell-at-xfd1048576", refuse=False)(
    lambda f: spreadsheets.xlsx(
        spreadsheets.sheet_xml(
            _xlsx_text([HEADER, NOMINEE])
            + '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
        )
    )
)
_xlsx_case("claims-million-by-16384", refuse=False)(
    lambda f: spreadsheets.xlsx(spreadsheets.sheet_xml(_xlsx_text([HEADER, NOMINEE]), dimension="A1:XFD1048576"))
)
_xlsx_case("rows-over-limit")(
    lambda f: spreadsheets.xlsx(
        spreadsheets.sheet_xml(
            _xlsx_text([HEADER])
            + "".join(
                f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>K</t></is></c></row>'
                for n in range(2, MAX_SHEET_ROWS + 50)
            )
        )
    )
)
_xlsx_case("cell-1-mb")(lambda f: spreadsheets.nominations_xlsx([HEADER, ("K" * MILLION, *NOMINEE[1:])]))
_xlsx_case("date-serial-10e12", refuse=False)(
    lambda f: spreadsheets.xlsx(
        spreadsheets.sheet_xml(
            _xlsx_text([(*HEADER, "date_of_birth"), NOMINEE]).removesuffix("</row>")
            + '<c r="F2" s="1"><v>1e12</v></c></row>'
        )
    )
)
_xlsx_case("number-1e400", refuse=False)(
    lambda f: spreadsheets.xlsx(
        spreadsheets.sheet_xml(
            _xlsx_text([HEADER, NOMINEE]).replace('t="inlineStr"><is><t>Kaya</t></is>', "><v>1e400</v>")
        )
    )
)
_xlsx_case("no-sheets")(
    lambda f: zips.build(
        [
            (
                n,
                d
                if n != "xl/workbook.xml"
                else spreadsheets.WORKBOOK.replace('<sheet name="Nominations" sheetId="1" r:id="rId1"/>', "").encode(),
            )
            for n, d in spreadsheets.xlsx_members("")
        ]
    )
)


# --- meeting reports (import-attendance) ----------------------------------------------------


def _zoom_case(case_id: str, **kw):
    return _file_case("attendance", _attendance, "zoom-report.csv", case_id, **kw)


def _zoom(row) -> str:
    return csv_text([ZOOM_HEADER, row])


_zoom_case("valid-control", refuse=False, succeed=True)(lambda f: _zoom(ZOOM_ROW))
_zoom_case("duration-10e400", refuse=False)(lambda f: _zoom((*ZOOM_ROW[:4], str(10**400))))
_zoom_case("duration-negative", refuse=False)(lambda f: _zoom((*ZOOM_ROW[:4], "-30")))
_zoom_case("join-year-0001", refuse=False)(
    lambda f: _zoom((ZOOM_ROW[0], ZOOM_ROW[1], "01/01/0001 12:00:00 AM", ZOOM_ROW[3], "1"))
)
_zoom_case("leave-year-9999", refuse=False)(lambda f: _zoom((*ZOOM_ROW[:3], "12/31/9999 11:59:00 PM", "1")))
_zoom_case("hour-99", refuse=False)(lambda f: _zoom((ZOOM_ROW[0], ZOOM_ROW[1], "08/14/2023 99:99:99", *ZOOM_ROW[3:])))
_zoom_case("name-1-mb")(lambda f: _zoom(("N" * MILLION, *ZOOM_ROW[1:])))
_zoom_case("million-rows")(lambda f: csv_text([ZOOM_HEADER]) + "x,,bad,bad,1\r\n" * MILLION)
_zoom_case("utf-32", refuse=False)(lambda f: _zoom(ZOOM_ROW).encode("utf-32"))


# --- rule sets (rules use CODE FILE) --------------------------------------------------------


def _rules_case(case_id: str, *, refuse: bool = True, succeed: bool = False):
    def register(content: Callable[[dict], bytes | str]):
        def build(folder: Path, template: Template) -> list[Step]:
            path = folder / "rules.json"
            body = content(json.loads(template.rule_set.read_text(encoding="utf-8")))
            path.write_bytes(body.encode("utf-8") if isinstance(body, str) else body)
            return [
                *_rules(path, refuse=refuse, succeed=succeed),
                Step(("budget", CODE, "--format", "json"), after_success=True),
            ]

        return case(f"rules-{case_id}")(build)

    return register


def _rule_split(data: dict, index: int, key: str, value) -> dict:
    changed = copy.deepcopy(data)
    changed["rules"][index]["split"][key] = value
    return changed


def _share_rule(data: dict) -> int:
    return next(i for i, rule in enumerate(data["rules"]) if rule["split"]["kind"] == "shares")


def _units_rule(data: dict) -> int:
    return next(i for i, rule in enumerate(data["rules"]) if rule["split"]["units"] is not None)


_rules_case("valid-control", refuse=False, succeed=True)(lambda d: missions.text(d))
_rules_case("truncated")(lambda d: missions.text(d)[:200])
_rules_case("utf-32")(lambda d: missions.text(d).encode("utf-32"))
_rules_case("nesting-100000")(
    lambda d: '{"format": "mission-planner/rule-set", "version": 1, "rules": ' + missions.nested(100_000) + "}"
)
_rules_case("million-rules")(lambda d: missions.text({**d, "rules": [0] * MILLION}))
_rules_case("units-10e400")(lambda d: missions.text(_rule_split(d, _units_rule(d), "units", 10**400)))
_rules_case("units-true")(lambda d: missions.text(_rule_split(d, _units_rule(d), "units", True)))
_rules_case("units-negative")(lambda d: missions.text(_rule_split(d, _units_rule(d), "units", -1)))
_rules_case("share-negative")(
    lambda d: missions.text(_rule_split(d, _share_rule(d), "shares", {"apo": "-50", "participating": "150"}))
)
_rules_case("share-5000-digits")(
    lambda d: missions.text(_rule_split(d, _share_rule(d), "shares", {"apo": "9" * 5000, "participating": "1"}))
)
_rules_case("cap-5000-digits")(
    lambda d: missions.text(
        _rule_split(_rule_split(d, _units_rule(d), "cap_amount", "9" * 5000), _units_rule(d), "cap_currency", "USD")
    )
)
_rules_case("name-lone-surrogate")(lambda d: missions.text({**d, "name": "\ud800"}, ascii_only=True))
_rules_case("version-string")(lambda d: missions.text({**d, "version": "1"}))


# --- backups (restore) ----------------------------------------------------------------------


def _restore_case(case_id: str, *, refuse: bool = True, succeed: bool = False, name: str = "friday.db"):
    def register(make: Callable[[Path, Template], None]):
        def build(folder: Path, template: Template) -> list[Step]:
            path = folder / name
            make(path, template)
            return [*_restore(path, refuse=refuse, succeed=succeed), Step(("missions",), after_success=True)]

        return case(f"restore-{case_id}")(build)

    return register


def _sqlite(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as connection, connection:
        for statement in statements:
            connection.execute(statement)


def _copy_with(path: Path, template: Template, *statements: str) -> None:
    shutil.copy2(template.db, path)
    _sqlite(path, *statements)


_restore_case("valid-control", refuse=False, succeed=True)(lambda p, t: shutil.copy2(t.db, p))
_restore_case("name-with-query-hash-percent", refuse=False, succeed=True, name="back?up#1%41.db")(
    lambda p, t: shutil.copy2(t.db, p)
)
_restore_case("another-apps-alembic-0003")(
    lambda p, t: _sqlite(
        p,
        "create table alembic_version (version_num varchar(32) primary key)",
        "insert into alembic_version values ('0003')",
        "create table invoice (id integer primary key, total text)",
    )
)
_restore_case("another-apps-mission-table-at-0003")(
    lambda p, t: _sqlite(
        p,
        "create table alembic_version (version_num varchar(32) primary key)",
        "insert into alembic_version values ('0003')",
        "create table mission (id integer primary key, rocket text)",
    )
)
_restore_case("ours-with-a-table-dropped")(lambda p, t: _copy_with(p, t, "drop table person_identity"))
_restore_case("revision-from-the-future")(
    lambda p, t: _copy_with(p, t, "update alembic_version set version_num = '9999'")
)
_restore_case("revision-empty")(lambda p, t: _copy_with(p, t, "delete from alembic_version"))
_restore_case("sqlite-without-tables")(lambda p, t: _sqlite(p, "pragma user_version = 1"))
_restore_case("truncated")(lambda p, t: p.write_bytes(t.db.read_bytes()[: 100 * 1024]))
_restore_case("header-then-garbage")(lambda p, t: p.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 64))
_restore_case("text-file")(lambda p, t: p.write_text("shopping list\n"))


@case("restore-the-database-itself")
def _restore_itself(folder: Path, template: Template) -> list[Step]:
    return [Step(("restore", str(folder / "demo.db")), refuse=True, names="demo.db")]


# --- --db: file names and URLs --------------------------------------------------------------


def _db_name_case(case_id: str, name: str):
    """The demo database under a name with URL syntax in it: `missions` must read that file (and
    list the demo missions), not another file its name could be parsed into."""

    @case(f"db-name-{case_id}")
    def build(folder: Path, template: Template) -> list[Step]:
        path = folder / name
        shutil.copy2(template.db, path)
        return [Step(("missions",), db=path, succeed=True, shows=CODE, targets=(path,))]

    return build


_db_name_case("question-mark", "what?.db")
_db_name_case("hash", "a#b.db")
_db_name_case("percent-41", "%41.db")
_db_name_case("uri-lookalike", "x.db?mode=memory&cache=shared#y%2F")


def _db_url_case(case_id: str, url: str, secret: str | None = "hunter2"):
    @case(f"db-url-{case_id}")
    def build(folder: Path, template: Template) -> list[Step]:
        return [Step(("missions",), db=url, refuse=True, secret=secret)]

    return build


_db_url_case("bad-port", "postgresql+psycopg://planner:hunter2@127.0.0.1:99999/missions")
_db_url_case("port-not-a-number", "postgresql+psycopg://planner:hunter2@127.0.0.1:abc/missions")
_db_url_case("nothing-listening", "postgresql+psycopg://planner:hunter2@127.0.0.1:1/missions")
_db_url_case("unknown-scheme", "nosuchdb://planner:hunter2@localhost/missions")
_db_url_case("driver-not-installed", "mysql+mysqldb://planner:hunter2@localhost/missions")
_db_url_case("dialect-without-driver", "postgresql+pg8000://planner:hunter2@localhost/missions")
_db_url_case("unclosed-ipv6", "postgresql://planner:hunter2@[::1/missions")
_db_url_case("password-with-at", "postgresql+psycopg://planner:hun@ter2@127.0.0.1:1/missions", secret="hun@ter2")


def _text_file(path: Path) -> Path:
    path.write_text("shopping list\n")
    return path


def _db_file_case(case_id: str, make: Callable[[Path], Path]):
    @case(f"db-file-{case_id}")
    def build(folder: Path, template: Template) -> list[Step]:
        return [Step(("missions",), db=make(folder), refuse=True)]

    return build


_db_file_case("folder", lambda f: specials.folder(f / "data"))
_db_file_case("fifo", lambda f: specials.fifo(f / "missions.db"))
_db_file_case("dev-zero-symlink", lambda f: specials.zero_link(f / "missions.db"))
_db_file_case("device-node", lambda f: specials.device(f / "missions.db", specials.NULL_DEVICE))
_db_file_case("text-file", lambda f: _text_file(f / "notes.db"))
_db_file_case("under-a-file", lambda f: f / "sentinel.txt" / "missions.db")
_db_file_case("in-read-only-folder", lambda f: specials.read_only_folder(f / "locked") / "missions.db")


@case("db-file-another-apps-sqlite")
def _another_apps_db(folder: Path, template: Template) -> list[Step]:
    path = folder / "invoices.db"
    _sqlite(path, "create table invoice (id integer primary key, total text)", "insert into invoice values (1, '9.99')")
    return [Step(("missions",), db=path, refuse=True)]


@case("db-file-unreadable")
def _unreadable_db(folder: Path, template: Template) -> list[Step]:
    path = folder / "locked.db"
    shutil.copy2(template.db, path)
    path.chmod(0)
    return [Step(("missions",), db=path, refuse=True, names="locked.db")]


# --- write targets (export -o and the other writers) ----------------------------------------


def _target_case(
    case_id: str, make: Callable[[Path], Path], command: tuple[str, ...] = ("export", CODE, "ics", "-o"), **kw
):
    @case(f"target-{case_id}")
    def build(folder: Path, template: Template) -> list[Step]:
        target = make(folder)
        return [Step((*command, str(target)), targets=(target,), **kw)]

    return build


def _user_folder(folder: Path) -> Path:
    documents = folder / "Documents"
    documents.mkdir()
    (documents / "thesis.docx").write_bytes(b"years of work")
    (documents / "photos").mkdir()
    (documents / "photos" / "wedding.jpg").write_bytes(b"\xff\xd8 irreplaceable")
    return documents


def _user_file(folder: Path) -> Path:
    path = folder / "notes.txt"
    path.write_text("my notes\n")
    return path


@case("target-packs-into-users-folder")
def _packs_folder(folder: Path, template: Template) -> list[Step]:
    target = _user_folder(folder)
    args = ("export", CODE, "packs", "--person", template.person_uid, "-o", str(target))
    return [Step(args, targets=(target,))]


@case("target-packs-onto-users-file")
def _packs_file(folder: Path, template: Template) -> list[Step]:
    target = _user_file(folder)
    args = ("export", CODE, "packs", "--person", template.person_uid, "-o", str(target))
    return [Step(args, targets=(target,))]


_target_case("ics-into-users-folder", _user_folder)
_target_case("ics-onto-fifo", lambda f: specials.fifo(f / "out.ics"), refuse=True)
_target_case("ics-onto-null-device", lambda f: specials.device(f / "out.ics", specials.NULL_DEVICE), refuse=True)
_target_case("ics-onto-full-device", lambda f: specials.device(f / "out.ics", specials.FULL_DEVICE), refuse=True)
_target_case("ics-onto-symlink-to-dev-null", lambda f: specials.null_link(f / "out.ics"), refuse=True)
_target_case("ics-in-read-only-folder", lambda f: specials.read_only_folder(f / "locked") / "out.ics", refuse=True)
_target_case("ics-under-a-file", lambda f: f / "sentinel.txt" / "out.ics", refuse=True)
_target_case("ics-onto-the-database", lambda f: f / "demo.db", refuse=True)
_target_case("ics-name-with-escapes", lambda f: f / "out\x1b[2J\u202e.ics")
_target_case("archive-onto-fifo", lambda f: specials.fifo(f / "out.mission"), ("archive", CODE), refuse=True)
_target_case(
    "archive-onto-null-device",
    lambda f: specials.device(f / "out.mission", specials.NULL_DEVICE),
    ("archive", CODE),
    refuse=True,
)
_target_case("export-mission-onto-folder", _user_folder, ("export-mission", CODE), refuse=True)
_target_case("export-mission-onto-fifo", lambda f: specials.fifo(f / "out.json"), ("export-mission", CODE), refuse=True)
_target_case(
    "rules-export-onto-null-device",
    lambda f: specials.device(f / "rules.json", specials.NULL_DEVICE),
    ("rules", "export", CODE),
    refuse=True,
)
_target_case("backup-onto-fifo", lambda f: specials.fifo(f / "copy.db"), ("backup",), refuse=True)
_target_case(
    "budget-xlsx-onto-fifo",
    lambda f: specials.fifo(f / "budget.xlsx"),
    ("export", CODE, "budget-xlsx", "-o"),
    refuse=True,
)


# --- codes and dates on the command line ----------------------------------------------------


@case("duplicate-mission-to-year-9999")
def _duplicate_9999(folder: Path, template: Template) -> list[Step]:
    return [
        Step(("duplicate-mission", CODE, NEW_CODE, "--start", "9999-12-30")),
        Step(("export", NEW_CODE, "ics", "-o", str(folder / "late.ics")), targets=(folder / "late.ics",)),
    ]


@case("duplicate-mission-code-with-newline")
def _duplicate_newline(folder: Path, template: Template) -> list[Step]:
    return [Step(("duplicate-mission", CODE, "24-IP-99\n-GE-OSM-Z", "--start", "2024-10-22"), refuse=True)]


@case("code-with-escapes-echoed")
def _code_escapes(folder: Path, template: Template) -> list[Step]:
    path = folder / "nominations.csv"
    path.write_text(VALID_CSV)
    return [Step(("import-delegates", "\x1b[2J\x1b]0;owned\x07", str(path)), refuse=True)]


# --- Project Notifications (import-notification) ----------------------------------------------


def _notification(path: Path, **kw) -> list[Step]:
    return [Step(("import-notification", str(path)), names=path.name, **kw)]


for _gate_name, _make in GATES.items():
    case(f"notification-{_gate_name}")(_gate(_notification, "pn.txt", lambda t: notifications.VALID, _make))


def _notification_case(case_id: str, content: bytes | str, name: str, refuse: bool | None):
    def build(folder: Path, template: Template) -> list[Step]:
        path = folder / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return _notification(path, refuse=refuse is True, succeed=refuse is False)

    case(f"notification-{case_id}")(build)


for _case_id, (_content, _file, _refuse) in notifications.CASES.items():
    _notification_case(_case_id, _content, _file, _refuse)


IDS = [c.id for c in CASES]
assert len(IDS) == len(set(IDS)), "case ids are unique"
BY_ID = {c.id: c for c in CASES}
