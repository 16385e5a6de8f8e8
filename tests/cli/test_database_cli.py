"""`--db` as a user types it: file names with URL characters, bad URLs, missing files, files
readable by others, a full disk. Each case runs the real command line in a subprocess."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from mission_planner.services import open_workspace
from mission_planner.services.demo_missions import demo_files
from tests.cli.runner import cli
from tests.databases import postgres_url

DEMO_CODE = "21-IP-06-GE-OSM-B"
ROOT = Path(__file__).resolve().parent.parent.parent
FIXTURES = ROOT / "tests" / "storage" / "fixtures"


def cli_in(folder: Path, *args: str) -> subprocess.CompletedProcess:
    """The command line run from `folder`, where relative paths start."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "mission_planner", *args], cwd=folder, env=env, capture_output=True, text=True
    )


def contents(path: Path) -> list[str]:
    """Every row of every table, as SQL: the database as a user's data, whatever its pages."""
    with closing(sqlite3.connect(path)) as connection:
        return list(connection.iterdump())


def codes(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return sorted(row[0] for row in connection.execute("select code from mission"))


# --- file names are file names ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["a?b.db", "c#d.db", "e%41.db", "with space.db", "Türkiye 연수.db", "x?mode=ro.db"])
def test_a_file_name_with_url_characters_names_exactly_that_file(tmp_path, name):
    folder = tmp_path / "data"
    folder.mkdir()
    path = folder / name
    done = cli("--db", str(path), "demo")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in folder.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [name]
    assert len(codes(path)) == len(demo_files())

    listed = cli("--db", str(path), "missions")
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == len(demo_files()), listed.stderr

    copy = tmp_path / "copy.db"
    backed = cli("--db", str(path), "backup", str(copy))
    assert backed.returncode == 0, backed.stderr
    assert codes(copy) == codes(path)


def test_an_old_database_at_a_name_with_url_characters_is_upgraded_in_place(tmp_path):
    path = tmp_path / "old?#%41.db"
    shutil.copyfile(FIXTURES / "schema-0001.db", path)
    path.chmod(0o600)
    done = cli("--db", str(path), "missions")
    assert done.returncode == 0, done.stderr
    with closing(sqlite3.connect(path)) as connection:
        [(revision,)] = connection.execute("select version_num from alembic_version").fetchall()
    assert revision != "0001"
    names = sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm")))
    assert len(names) == 2 and names[0] == path.name
    assert names[1].startswith(f"{path.name}.before-upgrade-0001-")


def test_a_url_looking_name_is_a_url_and_dot_slash_makes_it_a_file(tmp_path):
    refused = cli_in(tmp_path, "--db", "a://b", "missions")
    assert refused.returncode == 2
    assert refused.stderr.splitlines() == [
        "mission-planner-cli: a://b: unknown kind of database 'a' (use a file path, sqlite:///FILE or "
        "postgresql+psycopg://…; a file named like a URL is ./NAME)"
    ]
    made = cli_in(tmp_path, "--db", "./a://b", "demo")
    assert made.returncode == 0, made.stderr
    assert len(codes(tmp_path / "a:" / "b")) == len(demo_files())


@pytest.mark.parametrize("kind", ["folder", "fifo", "/dev/null"])
def test_a_path_that_is_not_a_regular_file_is_refused_and_nothing_is_written_beside_it(tmp_path, kind):
    if kind == "folder":
        path, says = tmp_path / "a folder.db", "a folder"
        path.mkdir()
    elif kind == "fifo":
        path, says = tmp_path / "pipe.db", "a device or a pipe"
        os.mkfifo(path)
    else:
        path, says = Path("/dev/null"), "a device or a pipe"
    beside = sorted(os.listdir(path.parent))
    done = cli("--db", str(path), "demo")
    assert done.returncode == 2
    assert done.stderr.splitlines() == [f"mission-planner-cli: {path} is not a database file but {says}"]
    assert sorted(os.listdir(path.parent)) == beside


# --- URLs that cannot be used ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("postgresql://planner:s3cret@db.example:abc/missions", "the port of a database URL is a number"),
        ("postgresql://planner:s3cret@[::1/missions", "the port of a database URL is a number"),
        ("://planner:s3cret@nowhere", "is not a database URL"),
        ("foo://planner:s3cret@db.example/missions", "unknown kind of database 'foo'"),
        ("mysql://planner:s3cret@db.example/missions", "the database driver 'MySQLdb' is not installed"),
        ("postgresql+asyncpg://planner:s3cret@db.example/missions", "the database driver 'asyncpg' is not installed"),
        ("sqlite://planner:s3cret@host/file.db", "a SQLite URL names a file"),
        ("sqlite:///file.db?mode=ro&uri=true", "a SQLite URL takes no options"),
        ("postgresql+psycopg://planner:s3cret@127.0.0.1:1/missions", "Cannot open the database"),
        ("postgresql+psycopg://planner:s3cret@127.0.0.1:99999/missions", "invalid port number"),
    ],
)
def test_a_database_url_that_cannot_be_used_is_one_line_without_its_password(tmp_path, url, says):
    done = cli("--db", url, "missions")
    assert done.returncode == 2
    assert len(done.stderr.splitlines()) == 1 and "Traceback" not in done.stderr
    assert "s3cret" not in done.stderr and "s3cret" not in done.stdout
    assert says in done.stderr
    assert url.split("://")[0] + "://" in done.stderr  # the URL is named, with *** for the password


def test_a_server_database_that_refuses_the_login_is_one_line_without_the_password():
    from sqlalchemy.engine import make_url

    url = make_url(postgres_url()).set(password="wrong-s3cret", database="no_such_database")
    done = cli("--db", url.render_as_string(hide_password=False), "missions")
    assert done.returncode == 2
    assert len(done.stderr.splitlines()) == 1 and "Traceback" not in done.stderr
    assert "wrong-s3cret" not in done.stderr and "***" in done.stderr


# --- a path with no database: only the commands that create data make one ------------------------


READERS = [
    ["missions"],
    ["check", DEMO_CODE],
    ["budget", DEMO_CODE],
    ["certificates", DEMO_CODE],
    ["export", DEMO_CODE, "itinerary-pdf", "-o", "OUT"],
    ["export-mission", DEMO_CODE, "OUT"],
    ["archive", DEMO_CODE, "OUT"],
    ["duplicate-mission", DEMO_CODE, "24-IP-06-GE-OSM-B", "--start", "2024-11-24"],
    ["rules", "use", DEMO_CODE, "digital-multicountry"],
    ["purge-personal-data", DEMO_CODE, "--force"],
    ["backup", "--keep-daily", "3"],
    ["import-delegates", DEMO_CODE, "IN"],
]


@pytest.mark.parametrize("command", READERS, ids=lambda c: c[0])
def test_a_command_that_only_uses_data_refuses_a_path_with_no_database_and_creates_nothing(tmp_path, command):
    folder = tmp_path / "not yet"
    path = folder / "typo.db"
    given = tmp_path / "in.csv"
    given.write_text("family_name,given_name,country,organization,email\nA,B,TR,X,a@b.example\n")
    args = [str(tmp_path / "out") if a == "OUT" else str(given) if a == "IN" else a for a in command]
    done = cli("--db", str(path), *args)
    assert done.returncode == 2
    assert done.stderr.splitlines() == [f"mission-planner-cli: no database at {path}"]
    assert not folder.exists() and not (tmp_path / "out").exists()


def test_the_environment_variable_naming_no_database_is_refused_too(tmp_path):
    path = tmp_path / "typo.db"
    done = cli("missions", env={"MISSION_PLANNER_DB": str(path)})
    assert done.returncode == 2 and done.stderr.splitlines() == [f"mission-planner-cli: no database at {path}"]
    assert not path.exists()


def test_the_commands_that_create_data_make_a_new_database(demo_db, tmp_path):
    mission_file, archive = tmp_path / "m.json", tmp_path / "m.mission"
    assert cli("--db", demo_db, "export-mission", DEMO_CODE, str(mission_file)).returncode == 0
    assert cli("--db", demo_db, "archive", DEMO_CODE, str(archive)).returncode == 0
    for name, args in [
        ("demo.db", ["demo"]),
        ("imported.db", ["import-mission", str(mission_file)]),
        ("unarchived.db", ["unarchive", str(archive)]),
        ("restored.db", ["restore", demo_db]),
    ]:
        path = tmp_path / "new" / name
        done = cli("--db", str(path), *args)
        assert done.returncode == 0, done.stderr
        assert DEMO_CODE in codes(path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


# --- a database readable by others is made private --------------------------------------------


def test_a_database_copied_in_readable_by_others_is_made_private_with_a_notice(demo_db, tmp_path):
    path = Path(demo_db)
    with closing(sqlite3.connect(path)) as connection:  # leaves -wal and -shm as the copy's mode
        connection.execute("pragma journal_mode = wal")
        connection.execute("update mission set title = title")
        connection.commit()
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        for file in (path, wal, shm):
            file.chmod(0o644)
        done = cli("--db", str(path), "missions")
        assert all(stat.S_IMODE(file.stat().st_mode) == 0o600 for file in (path, wal, shm))
    assert done.returncode == 0, done.stderr
    assert done.stderr.splitlines() == [
        f"mission-planner-cli: notice: {file} was readable by others; it is now private to you (mode 600)"
        for file in (path, wal, shm)
    ]
    again = cli("--db", str(path), "missions")
    assert again.returncode == 0 and again.stderr == ""


# --- a full disk during a write ------------------------------------------------------------------

FULL_DISK_BYTES = 64 * 1024


def _full_disk() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG), nothing dies
    resource.setrlimit(resource.RLIMIT_FSIZE, (FULL_DISK_BYTES, FULL_DISK_BYTES))


def cli_on_full_disk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mission_planner", *args], capture_output=True, text=True, preexec_fn=_full_disk
    )


def nominations(path: Path, count: int) -> Path:
    lines = ["family_name,given_name,country,organization,email"]
    lines += [f"Nominee{n:04d},Ayşe,Türkiye,Agency {n % 7},ayse{n:04d}@nominee.example" for n in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _assert_rolled_back(done: subprocess.CompletedProcess, path: Path, before: list[str]) -> None:
    assert done.returncode == 2, done.stderr
    [line] = done.stderr.splitlines()
    assert line.startswith(f"mission-planner-cli: Cannot write to the database {path}: no space left (")
    assert line.endswith("); nothing was changed.")
    assert contents(path) == before


def test_a_full_disk_during_a_nomination_import_rolls_back_and_says_so(demo_db, tmp_path):
    path = Path(demo_db)
    before = contents(path)
    done = cli_on_full_disk("--db", demo_db, "import-delegates", DEMO_CODE, str(nominations(tmp_path / "n.csv", 2000)))
    _assert_rolled_back(done, path, before)


def test_a_full_disk_during_a_mission_import_rolls_back_and_says_so(demo_db, tmp_path):
    mission_file = tmp_path / "m.json"
    assert cli("--db", demo_db, "export-mission", DEMO_CODE, str(mission_file)).returncode == 0
    path = tmp_path / "colleague.db"
    open_workspace(str(path)).close()
    before = contents(path)
    _assert_rolled_back(cli_on_full_disk("--db", str(path), "import-mission", str(mission_file)), path, before)


def test_a_full_disk_while_loading_the_demo_rolls_back_and_says_so(tmp_path):
    path = tmp_path / "empty.db"
    open_workspace(str(path)).close()
    before = contents(path)
    _assert_rolled_back(cli_on_full_disk("--db", str(path), "demo"), path, before)
    assert cli("--db", str(path), "demo").returncode == 0  # and the database still works


def test_a_full_disk_while_creating_a_database_leaves_no_file(tmp_path):
    path = tmp_path / "new.db"
    done = cli_on_full_disk("--db", str(path), "demo")
    assert done.returncode == 2 and len(done.stderr.splitlines()) == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert os.listdir(tmp_path) == []


# --- restore checks the tables, not only the revision number -----------------------------------


def foreign_alembic_database(path: Path, revision: str, *, tables: dict[str, str]) -> Path:
    """Another application's database, also migrated with Alembic and at `revision` by chance."""
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("create table alembic_version (version_num varchar(32) not null primary key)")
        connection.execute("insert into alembic_version values (?)", (revision,))
        for name, columns in tables.items():
            connection.execute(f"create table {name} ({columns})")
    return path


@pytest.mark.parametrize(
    ("tables", "says"),
    [
        ({"invoice": "id integer primary key, total text"}, ""),
        (
            {"mission": "id integer primary key, code text"},
            " (no table 'app_setting', though it claims schema revision 0003)",
        ),
    ],
)
def test_restore_refuses_another_applications_database_at_our_revision(demo_db, tmp_path, tables, says):
    foreign = foreign_alembic_database(tmp_path / "other app.db", "0003", tables=tables)
    before = contents(Path(demo_db))
    done = cli("--db", demo_db, "restore", str(foreign))
    assert done.returncode == 2
    assert done.stderr.splitlines() == [f"mission-planner-cli: {foreign}: not a Mission Planner database{says}"]
    assert contents(Path(demo_db)) == before and not (tmp_path / "backups").exists()
    assert cli("--db", demo_db, "missions").returncode == 0


def test_restore_refuses_our_tables_missing_a_key_column(demo_db, tmp_path):
    damaged = tmp_path / "damaged?.db"
    shutil.copyfile(demo_db, damaged)
    with closing(sqlite3.connect(damaged)) as connection, connection:
        connection.execute("pragma foreign_keys = off")
        connection.execute("drop index ix_person_email")
        connection.execute("alter table person drop column email")
    done = cli("--db", demo_db, "restore", str(damaged))
    assert done.returncode == 2
    assert "(the table 'person' has no column 'email', though it claims schema revision" in done.stderr
    assert len(done.stderr.splitlines()) == 1


@pytest.mark.parametrize("revision", ["0001", "0002"])
def test_restore_accepts_our_own_older_databases(tmp_path, revision):
    target = tmp_path / "planner.db"
    old = tmp_path / f"old #{revision}.db"
    shutil.copyfile(FIXTURES / f"schema-{revision}.db", old)
    done = cli("--db", str(target), "restore", str(old))
    assert done.returncode == 0, done.stderr
    assert cli("--db", str(target), "missions").returncode == 0


# --- mission codes entering from the command line and the services ------------------------------


@pytest.mark.parametrize(
    ("code", "says"),
    [
        (
            "24-IP-06\nGE-OSM-B",
            r"The mission code '24-IP-06\nGE-OSM-B' holds an invisible or control character (U+000A).",
        ),
        ("24-IP-06-GE-OSM-B ", "The mission code '24-IP-06-GE-OSM-B ' begins or ends with a space."),
        ("\x1b[2J24-IP", r"The mission code '\x1b[2J24-IP' holds an invisible or control character (U+001B)."),
        ("", "The mission code '' is empty."),
    ],
)
def test_duplicate_mission_refuses_a_new_code_that_is_not_one_readable_line(demo_db, code, says):
    before = contents(Path(demo_db))
    done = cli("--db", demo_db, "duplicate-mission", DEMO_CODE, code, "--start", "2024-11-24")
    assert done.returncode == 2
    assert done.stderr.splitlines() == [f"mission-planner-cli: {says}"]
    assert contents(Path(demo_db)) == before


def test_a_new_mission_from_the_services_gets_the_same_check(tmp_path):
    from datetime import date

    from mission_planner.domain.mission import Mission
    from mission_planner.errors import InputError

    workspace = open_workspace(str(tmp_path / "new.db"))
    try:
        with pytest.raises(InputError, match=r"holds an invisible or control character \(U\+202E\)"):
            workspace.missions.create_mission(
                Mission("", "24-IP\u202e-01", "Title", date(2024, 5, 1), date(2024, 5, 2))
            )
        assert workspace.missions.list_missions() == []
    finally:
        workspace.close()


# --- no personal data in what a failed write prints ---------------------------------------------


def test_a_failed_write_prints_no_personal_data(demo_db, tmp_path):
    with closing(sqlite3.connect(demo_db)) as connection, connection:
        connection.execute(
            "create trigger refused before insert on person begin select raise(abort, 'refused by the test'); end"
        )
    done = cli("--db", demo_db, "import-delegates", DEMO_CODE, str(nominations(tmp_path / "n.csv", 3)))
    assert done.returncode == 1 and "refused by the test" in done.stderr  # a bug's traceback, but a clean one
    assert "@nominee.example" not in done.stderr + done.stdout
    assert "Nominee0001" not in done.stderr + done.stdout


def test_a_refused_first_import_leaves_no_new_database(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    folder = tmp_path / "new"
    folder.mkdir()
    done = cli("--db", str(folder / "planner.db"), "import-mission", str(bad))
    assert done.returncode == 2 and len(done.stderr.splitlines()) == 1
    assert os.listdir(folder) == []


def test_a_file_name_that_is_not_utf8_is_refused_in_one_line(tmp_path):
    folder = os.fsencode(tmp_path)
    done = subprocess.run(
        [os.fsencode(sys.executable), b"-m", b"mission_planner", b"--db", folder + b"/\xff.db", b"demo"],
        capture_output=True,
    )
    assert done.returncode == 2
    assert done.stderr.decode().splitlines() == [
        f"mission-planner-cli: {tmp_path}/\\udcff.db: the file name is not UTF-8 text; rename the file"
    ]
    assert os.listdir(tmp_path) == []
