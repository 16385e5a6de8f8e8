"""The command line as a user runs it: a real process, a real database file."""

from mission_planner.services import open_workspace
from mission_planner.services.demo_missions import demo_files
from tests.cli.runner import cli

DEMO_CODE = "21-IP-06-GE-OSM-B"
DEMO_COUNT = len(demo_files())


def test_demo_then_missions_lists_every_demo_mission(demo_db):
    result = cli("--db", demo_db, "missions")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == DEMO_COUNT == 4
    [line] = [line for line in lines if line.startswith(DEMO_CODE)]
    assert "2021-11-24..2021-11-25" in line and "digital" in line and "Data Governance" in line


def test_demo_is_idempotent(demo_db):
    again = cli("--db", demo_db, "demo")
    assert again.returncode == 0 and "already loaded" in again.stdout
    assert len(cli("--db", demo_db, "missions").stdout.strip().splitlines()) == DEMO_COUNT


def test_export_import_export_round_trips_to_identical_json(demo_db, tmp_path):
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    assert cli("--db", demo_db, "export-mission", DEMO_CODE, str(first)).returncode == 0
    other = str(tmp_path / "other.db")
    imported = cli("--db", other, "import-mission", str(first))
    assert imported.returncode == 0, imported.stderr
    assert cli("--db", other, "export-mission", DEMO_CODE, str(second)).returncode == 0
    assert first.read_bytes() == second.read_bytes()


def test_a_truncated_file_exits_2_with_one_line_and_changes_nothing(demo_db, tmp_path):
    full = tmp_path / "full.json"
    cli("--db", demo_db, "export-mission", DEMO_CODE, str(full))
    truncated = tmp_path / "truncated.json"
    truncated.write_bytes(full.read_bytes()[:5000])
    target = tmp_path / "target.db"
    open_workspace(str(target)).close()
    before = target.read_bytes()
    result = cli("--db", str(target), "import-mission", str(truncated))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "truncated.json" in result.stderr and "not valid JSON" in result.stderr
    assert "Traceback" not in result.stderr
    assert target.read_bytes() == before


def test_an_existing_code_needs_replace(demo_db, tmp_path):
    path = tmp_path / "m.json"
    cli("--db", demo_db, "export-mission", DEMO_CODE, str(path))
    refused = cli("--db", demo_db, "import-mission", str(path))
    assert refused.returncode == 2 and "--replace" in refused.stderr
    assert cli("--db", demo_db, "import-mission", str(path), "--replace").returncode == 0


def test_an_unknown_mission_is_one_clear_line(tmp_path):
    open_workspace(str(tmp_path / "e.db")).close()
    result = cli("--db", str(tmp_path / "e.db"), "export-mission", "NOPE", str(tmp_path / "n.json"))
    assert result.returncode == 2
    assert result.stderr.strip() == "mission-planner-cli: No mission with the code NOPE."
    assert not (tmp_path / "n.json").exists()


def test_the_database_comes_from_the_environment_when_no_db_is_given(tmp_path):
    db = tmp_path / "from-env.db"
    open_workspace(str(db)).close()
    result = cli("missions", env={"MISSION_PLANNER_DB": str(db)})
    assert result.returncode == 0
    assert "No missions yet" in result.stdout


def test_a_database_from_a_newer_build_is_refused(tmp_path):
    import sqlite3

    db = tmp_path / "future.db"
    open_workspace(str(db)).close()
    with sqlite3.connect(db) as connection:
        connection.execute("update alembic_version set version_num = 'ffff_future'")
    result = cli("--db", str(db), "missions")
    assert result.returncode == 2 and "newer Mission Planner" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_file_that_is_not_a_database_is_one_clear_line(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("shopping list\n")
    result = cli("--db", str(path), "missions")
    assert result.returncode == 2
    assert result.stderr.strip() == f"mission-planner-cli: Cannot open the database {path}: file is not a database"
    assert path.read_text() == "shopping list\n"


def test_duplicate_mission_makes_next_years_mission(demo_db):
    result = cli(
        "--db", demo_db, "duplicate-mission", "23-IP-12-GE-OSM-A", "24-IP-12-GE-OSM-A", "--start", "2024-10-22"
    )
    assert result.returncode == 0, result.stderr
    assert "24-IP-12-GE-OSM-A (2024-10-22..2024-10-25)" in result.stdout
    assert cli("--db", demo_db, "check", "24-IP-12-GE-OSM-A").returncode == 0
