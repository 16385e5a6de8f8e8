"""Databases made by every earlier schema revision upgrade to this build's with every row intact.

The fixtures (tests/storage/fixtures/schema-REVISION.db, made by make_fixtures.py) hold the
tables exactly as their revision's migrations built them. After opening one, every row of every
table must still be there with the same values in the columns it had; columns added since are
the migrations' business, renamed or dropped ones make this test fail on purpose.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from mission_planner.services import open_workspace
from mission_planner.storage import migrate
from tests.storage.fixtures.make_fixtures import FOLDER, fixture_path, revisions

FIXTURES = sorted(FOLDER.glob("schema-*.db"))


def all_rows(path: Path) -> dict[str, dict[tuple, dict[str, object]]]:
    """Every row of every table but Alembic's, as {table: {primary key: {column: value}}}."""
    with closing(sqlite3.connect(path)) as connection:
        connection.row_factory = sqlite3.Row
        names = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version'"
            )
        ]
        found = {}
        for table in names:
            info = connection.execute(f'PRAGMA table_info("{table}")').fetchall()
            key = [column["name"] for column in sorted(info, key=lambda column: column["pk"]) if column["pk"]]
            rows = connection.execute(f'SELECT * FROM "{table}"').fetchall()
            found[table] = {tuple(row[name] for name in key): dict(row) for row in rows}
        return found


def assert_rows_intact(before: dict, after: dict) -> None:
    for table, rows in before.items():
        assert table in after, f"the table {table} is gone"
        assert after[table].keys() == rows.keys(), f"{table}: rows lost or added"
        for key, row in rows.items():
            kept = {column: after[table][key].get(column, "(column gone)") for column in row}
            assert kept == row, f"{table} {key}: changed by the upgrade"


def test_every_revision_before_the_head_has_a_fixture():
    older = revisions()[:-1]
    assert older, "there is no earlier revision to upgrade from"
    missing = [revision for revision in older if not fixture_path(revision).exists()]
    assert not missing, f"run `python -m tests.storage.fixtures.make_fixtures` to add fixtures for {missing}"


def test_the_fixtures_are_at_their_revisions_and_hold_rows_in_every_table():
    for path in FIXTURES:
        with closing(sqlite3.connect(path)) as connection:
            assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == path.stem[7:]
        empty = [table for table, rows in all_rows(path).items() if not rows]
        assert empty == [], f"{path.name}: tables with no rows to carry over: {empty}"


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda path: path.stem)
def test_a_database_of_an_earlier_revision_upgrades_with_every_row_intact(tmp_path, fixture):
    path = shutil.copyfile(fixture, tmp_path / fixture.name)
    before = all_rows(path)

    workspace = open_workspace(str(path))

    assert migrate.current_revision(workspace.engine) == migrate.head_revision()
    codes = [summary.code for summary in workspace.missions.list_missions()]
    assert len(codes) == len(before["mission"])
    for code in codes:  # the application reads every mission of the upgraded database
        assert workspace.missions.load_record(code, with_identity=True).mission.code == code
    assert workspace.settings.organization_settings().logo is not None
    workspace.close()
    assert_rows_intact(before, all_rows(path))
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    if fixture.stem != f"schema-{migrate.head_revision()}":
        assert workspace.migration.backup is not None
        assert all_rows(workspace.migration.backup) == before


NEXT_REVISION = """
import sqlalchemy as sa
from alembic import op

revision = "9999_test"
down_revision = "{head}"


def upgrade():
    with op.batch_alter_table("person") as batch:
        batch.add_column(sa.Column("added_later", sa.String(), nullable=False, server_default=""))
    {damage}
"""


@pytest.mark.parametrize(
    "damage, intact",
    [("pass", True), ("op.execute(\"UPDATE person SET email = lower(email) || '.'\")", False)],
    ids=["adds a column", "changes values"],
)
def test_the_check_follows_a_later_migration_and_catches_one_that_changes_rows(tmp_path, monkeypatch, damage, intact):
    newer = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, newer)
    (newer / "versions" / "9999_test.py").write_text(NEXT_REVISION.format(head=migrate.head_revision(), damage=damage))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", newer)
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", "9999_test")
    path = shutil.copyfile(FIXTURES[0], tmp_path / "old.db")
    before = all_rows(path)

    open_workspace(str(path)).close()

    if intact:
        assert_rows_intact(before, all_rows(path))
    else:
        with pytest.raises(AssertionError, match=r"person .* changed by the upgrade"):
            assert_rows_intact(before, all_rows(path))
