"""Hostile JSON through the real command line: exit 2, one line naming the file, nothing written."""

import hashlib
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.cli.runner import cli

CODE = "23-IP-12-GE-OSM-A"


@pytest.fixture(scope="module")
def valid(tmp_path_factory, demo_template) -> dict:
    """The demo mission as the real `export-mission` writes it."""
    path = tmp_path_factory.mktemp("valid") / "mission.json"
    done = cli("--db", str(demo_template), "export-mission", CODE, str(path))
    assert done.returncode == 0, done.stderr
    data = json.loads(path.read_text(encoding="utf-8"))
    data["mission"]["code"] = "24-IP-12-GE-OSM-A"
    return data


def refused(db: str, *args: str, fragment: str) -> None:
    before = Path(db).read_bytes()
    done = cli("--db", db, *args)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and done.stderr.count("\n") == 1, done.stderr
    assert fragment in done.stderr, done.stderr
    assert Path(db).read_bytes() == before


def with_(data: dict, edit) -> dict:
    data = json.loads(json.dumps(data))
    edit(data)
    return data


HOSTILE_MISSIONS = {
    "deep": lambda data: (
        '{"format": "mission-planner/mission", "version": 1, "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    ),
    "huge integer": lambda data: json.dumps(data).replace('"format"', '"n": ' + "9" * 5000 + ', "format"'),
    "1 MB title": lambda data: json.dumps(with_(data, lambda d: d["mission"].__setitem__("title", "T" * 1_000_000))),
    "folder zone": lambda data: json.dumps(with_(data, lambda d: d["mission"].__setitem__("timezone", "America"))),
    "lone surrogate": lambda data: json.dumps(
        with_(data, lambda d: d["people"][0].__setitem__("given_name", "\ud800"))
    ),
    "code with newline": lambda data: json.dumps(with_(data, lambda d: d["mission"].__setitem__("code", "A\nB"))),
    "year 9999": lambda data: json.dumps(with_(data, lambda d: d["mission"].__setitem__("end_date", "9999-12-31"))),
}
FRAGMENTS = {
    "deep": "objects and arrays nest deeper than 32 levels",
    "huge integer": "line 1 column 7: the number 999999999999999999999999... (5,000 characters) is too large",
    "1 MB title": "mission.title: is 1,000,000 characters long; at most 500",
    "folder zone": "mission.timezone: 'America' is not an IANA time zone",
    "lone surrogate": "people[0].given_name: holds a lone surrogate (U+D800)",
    "code with newline": "mission.code: 'A\\nB' is not one line",
    "year 9999": "mission.end_date: '9999-12-31' is not a date, YYYY-MM-DD, in the years 1900 to 2999",
}


@pytest.mark.parametrize("case", sorted(HOSTILE_MISSIONS))
def test_import_mission_refuses_hostile_json(demo_db, tmp_path, valid, case):
    path = tmp_path / "hostile.json"
    path.write_text(HOSTILE_MISSIONS[case](valid), encoding="utf-8")
    refused(demo_db, "import-mission", str(path), fragment=f"{path}: {FRAGMENTS[case]}")


def peak_rss_mb(*args: str) -> tuple[int, subprocess.CompletedProcess]:
    """Run the CLI in a child of a fresh interpreter and read the child's peak memory."""
    probe = (
        "import resource, subprocess, sys\n"
        "command = [sys.executable, '-m', 'mission_planner', *sys.argv[1:]]\n"
        "done = subprocess.run(command, capture_output=True, text=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)\n"
        "print(done.returncode)\n"
        "sys.stdout.write(done.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe, *args], capture_output=True, text=True, check=True)
    peak, code, *stderr = done.stdout.splitlines()
    return int(peak), subprocess.CompletedProcess(args, int(code), "", "\n".join(stderr))


def test_a_4_mb_file_with_a_million_schema_errors_stays_in_bounded_memory(demo_db, tmp_path):
    path = tmp_path / "errors.json"
    marks = ",".join(['"abc"'] * 900_000)
    people = ",".join(["{}"] * 490_000)
    header = '{"format": "mission-planner/mission", "version": 1, '
    path.write_text(header + f'"attendance": [{marks}], "people": [{people}]}}', encoding="utf-8")
    assert path.stat().st_size > 4_000_000
    peak, done = peak_rss_mb("--db", demo_db, "import-mission", str(path))
    assert done.returncode == 2 and "Traceback" not in done.stderr and done.stderr.count("\n") == 0, done.stderr
    assert "more than 999 more problems" in done.stderr
    assert peak < 400, f"peak {peak} MB"


def archive(tmp_path: Path, manifest: str, mission: bytes) -> Path:
    target = tmp_path / "hostile.mission"
    with zipfile.ZipFile(target, "w") as handle:
        handle.writestr("manifest.json", manifest)
        handle.writestr("mission.json", mission)
    return target


def entry(mission: bytes) -> dict:
    return {"path": "mission.json", "size": len(mission), "sha256": hashlib.sha256(mission).hexdigest()}


def test_unarchive_refuses_a_deep_manifest(demo_db, tmp_path, valid):
    mission = json.dumps(valid).encode()
    target = archive(
        tmp_path, '{"format": "mission-planner/archive", "files": ' + "[" * 50_000 + "]" * 50_000 + "}", mission
    )
    refused(demo_db, "unarchive", str(target), fragment=f"{target}:manifest.json: objects and arrays nest deeper")


def test_unarchive_refuses_a_mission_listing_a_rate_twice(demo_db, tmp_path, valid):
    rates = [{"currency": "KRW", "rate": "0.00075"}] * 2
    mission = json.dumps(with_(valid, lambda d: d.__setitem__("exchange_rates", rates))).encode()
    manifest = json.dumps({"format": "mission-planner/archive", "version": 1, "files": [entry(mission)]})
    target = archive(tmp_path, manifest, mission)
    refused(demo_db, "unarchive", str(target), fragment=f"{target}:mission.json: exchange_rates: KRW appears 2 times")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        (
            '{"format": "mission-planner/rule-set", "version": 1, "rules": ' + "[" * 40 + "]" * 40 + "}",
            "objects and arrays nest deeper",
        ),
        ('{"format": "mission-planner/rule-set", "version": true}', 'the "version" is missing or not a number'),
        (
            json.dumps({"format": "mission-planner/rule-set", "version": 1, "uid": "u", "name": "N" * 1_000_000}),
            "name: is 1,000,000 characters long",
        ),
    ],
)
def test_rules_use_refuses_hostile_json(demo_db, tmp_path, text, fragment):
    path = tmp_path / "rules.json"
    path.write_text(text, encoding="utf-8")
    refused(demo_db, "rules", "use", CODE, str(path), fragment=f"{path}: {fragment}")


def test_duplicate_mission_refuses_a_start_that_would_leave_the_calendar(demo_db):
    refused(
        demo_db,
        "duplicate-mission",
        CODE,
        "99-IP-12-GE-OSM-A",
        "--start",
        "9999-12-30",
        fragment="starting on 9999-12-30 would move",
    )


def test_duplicate_mission_refuses_a_code_with_a_newline(demo_db):
    refused(
        demo_db,
        "duplicate-mission",
        CODE,
        "24-IP\n-12",
        "--start",
        "2024-10-22",
        fragment="holds an invisible or control character (U+000A)",
    )
