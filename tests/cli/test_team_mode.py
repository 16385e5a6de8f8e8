"""The command line on a PostgreSQL server, through `--db postgresql+psycopg://…`.

Skips without a server (see tests/databases.py); CI runs it against the one `.ci/postgres` starts.
"""

import json

import pytest
from pypdf import PdfReader

from mission_planner.services.demo_missions import demo_files
from mission_planner.services.interchange.files import write_mission_file
from tests.cli.runner import cli
from tests.factories import SCRIPT_PEOPLE, scripts_record

SCRIPTS = "23-IP-77-GE-OSM-A"


@pytest.fixture
def url(postgres_schema) -> str:
    return postgres_schema.fresh()


def ok(*args: str):
    result = cli(*args)
    assert result.returncode == 0, result.stderr
    return result


def test_demo_then_missions_on_the_server(url):
    assert ok("--db", url, "demo").returncode == 0
    listed = ok("--db", url, "missions").stdout.splitlines()
    assert len(listed) == len(demo_files())
    again = ok("--db", url, "demo")  # idempotent, as on SQLite
    assert ok("--db", url, "missions").stdout.splitlines() == listed, again.stdout


def test_names_in_every_script_go_in_and_come_back_intact(url, tmp_path):
    source = tmp_path / "scripts.json"
    write_mission_file(scripts_record(), source)
    ok("--db", url, "import-mission", str(source))
    exported = tmp_path / "back.json"
    ok("--db", url, "export-mission", SCRIPTS, str(exported))

    people = {person["uid"]: person for person in json.loads(exported.read_text(encoding="utf-8"))["people"]}
    for suffix, given, family, _country, organization in SCRIPT_PEOPLE:
        person = people[f"s-p-{suffix}"]
        assert (person["given_name"], person["family_name"], person["organization"]) == (given, family, organization)
    assert "23-IP-77-GE-OSM-A" in ok("--db", url, "missions").stdout


def test_import_delegates_and_a_pdf_on_the_server(url, tmp_path):
    source = tmp_path / "scripts.json"
    write_mission_file(scripts_record(), source)
    ok("--db", url, "import-mission", str(source))
    nominations = tmp_path / "nominations.csv"
    nominations.write_bytes(
        "\ufeffSurname;First name;Nationality;Organisation;Designation;E-mail\r\n"
        "Öztürk;İlkay;Türkiye;Cumhurbaşkanlığı;Uzman;ilkay@example.org\r\n".encode()
    )
    imported = ok("--db", url, "import-delegates", SCRIPTS, str(nominations))
    assert imported.stdout.strip().splitlines()[-1] == "Added 1, updated 0, 0 unchanged."

    pdf = tmp_path / "participants.pdf"
    ok("--db", url, "export", SCRIPTS, "participants-pdf", "-o", str(pdf))
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    for name in ("Öztürk", "İlkay", "Şahin", "Yılmaz", "김", "王", "Nguyễn"):
        assert name in text


def test_a_server_out_of_reach_is_one_line_that_keeps_the_password_secret():
    result = cli("--db", "postgresql+psycopg://planner:s3cret@127.0.0.1:1/planning", "missions")
    assert result.returncode == 2
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(
        "mission-planner-cli: Cannot open the database postgresql+psycopg://planner:***@127.0.0.1:1/"
    )
    assert "s3cret" not in result.stderr
