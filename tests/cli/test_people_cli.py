"""The people commands as a user runs them."""

from pathlib import Path

import pytest

from mission_planner.domain.limits import MAX_NAME
from mission_planner.services import open_workspace
from tests.cli.runner import cli
from tests.factories import full_record, online_record


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "people.db")
    workspace = open_workspace(path)
    workspace.missions.add_record(full_record())
    workspace.missions.add_record(online_record())
    workspace.close()
    return path


def test_import_delegates_dry_run_then_for_real(db, tmp_path):
    path = tmp_path / "nominations.csv"
    path.write_bytes(
        "\ufeffSurname;First name;Nationality;Organisation;Designation;E-mail\r\n"
        "Öztürk;Ayşe;Türkiye;Cumhurbaşkanlığı;Uzman;ayse@example.org\r\n".encode()
    )
    dry = cli("--db", db, "import-delegates", "23-IP-99-GE-OSM-A", str(path), "--dry-run")
    assert dry.returncode == 0
    assert "add    row 2: Ayşe Öztürk (TR)" in dry.stdout and "nothing written" in dry.stdout
    real = cli("--db", db, "import-delegates", "23-IP-99-GE-OSM-A", str(path))
    assert real.stdout.strip().splitlines()[-1] == "Added 1, updated 0, 0 unchanged."
    again = cli("--db", db, "import-delegates", "23-IP-99-GE-OSM-A", str(path))
    assert again.stdout.strip() == "Added 0, updated 0, 1 unchanged."


def test_a_bad_nomination_file_exits_2_listing_each_row(db, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("family_name,given_name,country,organization,email\nA,B,Mars,X,a@\n", encoding="utf-8")
    result = cli("--db", db, "import-delegates", "23-IP-99-GE-OSM-A", str(path))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert lines[0] == f"mission-planner-cli: {path}: 2 problems; nothing was imported:"
    assert lines[1:] == [
        f"{path}: row 2, country (column C): 'Mars' is not a known country",
        f"{path}: row 2, email (column E): 'a@' is not an email address",
    ]


def test_a_nomination_cell_longer_than_its_field_exits_2_naming_the_limit(db, tmp_path):
    path = tmp_path / "long.csv"
    name = "Ş" * (MAX_NAME + 1)
    path.write_text(f"family_name,given_name,country,organization,email\n{name},B,Japan,X,a@example.org\n", "utf-8")
    before = Path(db).read_bytes()
    result = cli("--db", db, "import-delegates", "23-IP-99-GE-OSM-A", str(path))
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[1:] == [
        f"{path}: row 2, family_name (column A): is {MAX_NAME + 1} characters long; at most {MAX_NAME} are allowed"
    ]
    assert "Traceback" not in result.stderr
    assert Path(db).read_bytes() == before


def test_import_attendance_and_certificates(db, tmp_path):
    path = tmp_path / "zoom.csv"
    path.write_text(
        "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\n"
        "Ana Reyes,ana@example.org,11/24/2021 09:55:00 AM,11/25/2021 01:05:00 PM,1\n"
        "Someone,x@example.org,11/24/2021 10:00:00 AM,11/24/2021 10:10:00 AM,10\n",
        encoding="utf-8",
    )
    result = cli("--db", db, "import-attendance", "21-IP-90-GE-OSM-B", str(path))
    assert result.returncode == 0, result.stderr
    assert "1 rows match nobody" in result.stdout and "row 3: Someone <x@example.org>" in result.stdout
    certificates = cli("--db", db, "certificates", "21-IP-90-GE-OSM-B")
    assert "Eligible (1 of 3):\n  Ana Reyes (PH)" in certificates.stdout
    assert "Bùi Minh (VN): absent from “Talk 1”" in certificates.stdout


def test_purge_personal_data_needs_the_mission_to_be_over_or_force(db):
    result = cli("--db", db, "purge-personal-data", "23-IP-99-GE-OSM-A")
    assert result.returncode == 0, result.stderr
    assert "Erased the personal data of 1 people" in result.stdout


def test_a_header_not_recognised_is_mapped_with_map_and_refused_without(db, tmp_path):
    path = tmp_path / "nation.csv"
    path.write_text("Surname,First name,Nation,Organisation,E-mail,Remarks\nKaya,Ali,TR,MoIT,ali@example.org,x\n")
    before = Path(db).read_bytes()
    refused = cli("--db", db, "import-delegates", "23-IP-99-GE-OSM-A", str(path))
    assert refused.returncode == 2 and Path(db).read_bytes() == before
    assert refused.stderr.strip().splitlines()[1] == (
        f"{path}: row 1: the columns 'Nation', 'Remarks' are not recognised and the required column 'country' "
        'is missing; say which field each holds (--map "Header=field" on the command line)'
    )
    twice = cli("--db", db, "import-delegates", "23-IP-99-GE-OSM-A", str(path), "--map", "Nation=email")
    assert twice.returncode == 2 and "the columns 'Nation', 'E-mail' all give the field 'email'" in twice.stderr
    unknown = cli("--db", db, "import-delegates", "23-IP-99-GE-OSM-A", str(path), "--map", "Nation=nation")
    assert unknown.returncode == 2 and "'nation' is not a field" in unknown.stderr
    mapped = cli(
        "--db",
        db,
        "import-delegates",
        "23-IP-99-GE-OSM-A",
        str(path),
        "--map",
        "Nation=country",
        "--map",
        "Remarks=ignore",
    )
    assert mapped.returncode == 0, mapped.stderr
    assert mapped.stdout.strip().splitlines() == ["add    row 2: Ali Kaya (TR)", "Added 1, updated 0, 0 unchanged."]
