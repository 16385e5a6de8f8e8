"""Identity data (passport numbers, dates of birth) of people who are also in other missions is
never replaced silently by an import: the command line refuses, naming them, unless
`--update-identity` says to replace it."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path

from tests.cli.runner import cli

TURKIYE = "23-IP-12-GE-OSM-A"
DIGITAL = "21-IP-06-GE-OSM-B"


def dump(db: str) -> list[str]:
    with closing(sqlite3.connect(db)) as connection:
        return list(connection.iterdump())


def passport_of(db: str, email: str) -> str:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute(
            "select i.passport_number from person p join person_identity i on i.person_id = p.id where p.email = ?",
            (email,),
        ).fetchone()[0]


def turkiye_file(db: str, folder: Path) -> tuple[Path, dict]:
    path = folder / "turkiye.json"
    done = cli("--db", db, "export-mission", TURKIYE, str(path), "--with-personal-data")
    assert done.returncode == 0, done.stderr
    data = json.loads(path.read_text(encoding="utf-8"))
    [someone] = [p for p in data["people"] if p["family_name"] == "Güneş"]
    return path, someone


def test_a_mission_file_changing_a_passport_of_someone_in_another_mission_is_refused(demo_db, tmp_path):
    path, someone = turkiye_file(demo_db, tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["mission"]["code"] = "24-IP-12-GE-OSM-A"  # a colleague's copy for next year
    [person] = [p for p in data["people"] if p["uid"] == someone["uid"]]
    person["identity"]["passport_number"] = "U11111111"
    colleague = tmp_path / "colleague.json"
    colleague.write_text(json.dumps(data), encoding="utf-8")
    before = dump(demo_db)

    refused = cli("--db", demo_db, "import-mission", str(colleague))
    assert refused.returncode == 2
    name = f"{someone['given_name']} {someone['family_name']}"
    assert refused.stderr.splitlines() == [
        f"mission-planner-cli: {colleague}: would replace the identity data of 1 person who is in other missions too: "
        f"{name} (passport number; also in {TURKIYE}). Nothing was imported; use --update-identity to replace it."
    ]
    assert dump(demo_db) == before

    done = cli("--db", demo_db, "import-mission", str(colleague), "--update-identity")
    assert done.returncode == 0, done.stderr
    assert passport_of(demo_db, someone["email"]) == "U11111111"


def test_a_copy_with_the_same_identity_data_imports_without_the_flag(demo_db, tmp_path):
    path, _ = turkiye_file(demo_db, tmp_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["mission"]["code"] = "24-IP-12-GE-OSM-A"
    path.write_text(json.dumps(data), encoding="utf-8")
    done = cli("--db", demo_db, "import-mission", str(path))
    assert done.returncode == 0, done.stderr


def test_a_nomination_file_changing_a_passport_of_someone_in_another_mission_is_refused(demo_db, tmp_path):
    _, someone = turkiye_file(demo_db, tmp_path)
    nominations = tmp_path / "nominations.csv"
    nominations.write_text(
        "family_name,given_name,country,organization,email,passport_number,date_of_birth\n"
        f"{someone['family_name']},{someone['given_name']},TR,Agency,{someone['email']},U22222222,1990-01-01\n",
        encoding="utf-8",
    )
    before = dump(demo_db)
    refused = cli("--db", demo_db, "import-delegates", DIGITAL, str(nominations))
    assert refused.returncode == 2
    assert len(refused.stderr.splitlines()) == 1
    assert f"(passport number, date of birth; also in {TURKIYE})" in refused.stderr
    assert "use --update-identity" in refused.stderr
    assert dump(demo_db) == before

    dry = cli("--db", demo_db, "import-delegates", DIGITAL, str(nominations), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert f"identity would replace: {someone['given_name']} {someone['family_name']} (passport number" in dry.stdout
    assert dump(demo_db) == before

    done = cli("--db", demo_db, "import-delegates", DIGITAL, str(nominations), "--update-identity")
    assert done.returncode == 0, done.stderr
    assert passport_of(demo_db, someone["email"]) == "U22222222"


def test_unarchive_into_a_database_whose_people_differ_is_refused_until_asked(demo_db, tmp_path):
    archive = tmp_path / "turkiye.mission"
    assert cli("--db", demo_db, "archive", TURKIYE, str(archive), "--with-personal-data").returncode == 0
    _, someone = turkiye_file(demo_db, tmp_path)
    colleague = str(tmp_path / "colleague.db")
    Path(colleague).write_bytes(Path(demo_db).read_bytes())
    Path(colleague).chmod(0o600)
    with closing(sqlite3.connect(colleague)) as connection, connection:
        connection.execute("update mission set code = '23-IP-12-GE-OSM-Z' where code = ?", (TURKIYE,))
        connection.execute(
            "update person_identity set passport_number = 'U33333333' "
            "where person_id = (select id from person where email = ?)",
            (someone["email"],),
        )
    before = dump(colleague)
    refused = cli("--db", colleague, "unarchive", str(archive))
    assert refused.returncode == 2 and len(refused.stderr.splitlines()) == 1
    assert "(passport number; also in 23-IP-12-GE-OSM-Z)" in refused.stderr
    assert dump(colleague) == before
    done = cli("--db", colleague, "unarchive", str(archive), "--update-identity")
    assert done.returncode == 0, done.stderr
    assert passport_of(colleague, someone["email"]) == someone["identity"]["passport_number"]
