"""What users and files wrote is shown on the terminal with its control characters visible, and
every listing ends quietly when its reader goes away (`| head`)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing

import pytest

from mission_planner.cli.terminal import shown
from mission_planner.services.demo_missions import demo_files
from tests.cli.runner import cli

DEMO_CODE = "21-IP-06-GE-OSM-B"
HOSTILE = "Data\x1b[2J\x1b]0;owned\x07 Gov\nfake: line\rover \u202eesrever\u2066x\u2069\u200b\x7f\x85"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Türkiye 연수 ข้อมูล داده", "Türkiye 연수 ข้อมูล داده"),
        ("a\x1b[31mb", "a\\x1b[31mb"),
        ("two\nlines\r\n", "two\\nlines\\r\\n"),
        ("tab\there", "tab\\there"),
        ("\u202eevil\u202c", "\\u202eevil\\u202c"),
        ("\u2066\u2067\u2068\u2069\u202a\u202b\u202d", "\\u2066\\u2067\\u2068\\u2069\\u202a\\u202b\\u202d"),
        ("zero\u200bwidth\ufeff", "zero\\u200bwidth\\ufeff"),
        ("sep\u2028arator", "sep\\u2028arator"),
        ("c1\x9b31m", "c1\\x9b31m"),
        ("lone \ud800", "lone \\ud800"),
        ("\U000e0041tag", "\\U000e0041tag"),
        ("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"),
        ("no\u00a0break", "no\u00a0break"),
    ],
)
def test_shown_makes_control_and_format_characters_visible_and_leaves_writing_alone(text, expected):
    assert shown(text) == expected


def _set(db: str, sql: str, *values) -> None:
    with closing(sqlite3.connect(db)) as connection, connection:
        connection.execute(sql, values)


def _assert_harmless(output: str) -> None:
    for raw in ("\x1b", "\r", "\u202e", "\u2066", "\u2069", "\u200b", "\x7f", "\x85", "\x07"):
        assert raw not in output


def test_a_hostile_title_and_name_are_shown_escaped_by_every_listing(demo_db):
    _set(demo_db, "update mission set title = ? where code = ?", HOSTILE, DEMO_CODE)
    _set(demo_db, "update item set title = ?", HOSTILE)
    _set(demo_db, "update person set family_name = ?", HOSTILE)
    _set(demo_db, "update budget_line set description = ?", HOSTILE)
    _set(demo_db, "update mission set end_date = start_date where code = ?", DEMO_CODE)  # items outside its dates

    missions = cli("--db", demo_db, "missions")
    assert missions.returncode == 0, missions.stderr
    assert len(missions.stdout.splitlines()) == len(demo_files())
    [line] = [line for line in missions.stdout.splitlines() if line.startswith(DEMO_CODE)]
    assert line.endswith(shown(HOSTILE))
    for command in (["certificates", DEMO_CODE], ["check", DEMO_CODE], ["budget", DEMO_CODE]):
        done = cli("--db", demo_db, *command)
        assert done.returncode in (0, 1), done.stderr
        _assert_harmless(done.stdout + done.stderr)
        assert "\\x1b[2J" in done.stdout, command


def test_a_hostile_file_name_in_an_error_message_is_shown_escaped(demo_db, tmp_path):
    name = tmp_path / "evil\x1b[2J\nmission-planner-cli: all fine\u202e.json"
    done = cli("--db", demo_db, "import-mission", str(name))
    assert done.returncode == 2
    assert len(done.stderr.splitlines()) == 1
    _assert_harmless(done.stderr)
    assert "evil\\x1b[2J\\nmission-planner-cli: all fine\\u202e.json" in done.stderr


LISTINGS = [
    ["missions"],
    ["certificates", "23-IP-12-GE-OSM-A"],
    ["check", DEMO_CODE],
    ["budget", DEMO_CODE],
    ["budget", DEMO_CODE, "--format", "csv"],
    ["budget", DEMO_CODE, "--format", "json"],
    ["rules", "list"],
]


@pytest.mark.parametrize("command", LISTINGS, ids=lambda c: "-".join(c[:1] + c[2:]))
def test_a_listing_whose_reader_has_gone_ends_quietly_with_0(demo_db, command):
    process = subprocess.Popen(
        [sys.executable, "-m", "mission_planner", "--db", demo_db, *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    process.stdout.close()  # the reader is gone before the first line is written, as `| head -0`
    stderr = process.stderr.read()
    process.wait(timeout=60)
    assert stderr == "" and process.returncode == 0


def test_certificates_piped_to_head_ends_quietly(demo_db):
    script = f'"$0" -m mission_planner --db "$1" certificates {DEMO_CODE} | head -n 1; exit ${{PIPESTATUS[0]}}'
    done = subprocess.run(
        ["bash", "-c", script, sys.executable, demo_db],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and done.stderr == ""
    assert done.stdout.startswith("Eligible")
