"""A database write that fails for a reason nobody expected is a bug and shows a traceback; the
traceback names the statement, never the values bound to it (names, e-mails, passport numbers),
nor PostgreSQL's "Failing row contains (…)" detail."""

from __future__ import annotations

import traceback
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from mission_planner.domain.mission import Mission

PRIVATE = ("ayse.refused@nominee.example", "Refusedoğlu", "U98765432")


def refuse_new_people(workspace) -> None:
    """The database refuses every new person, as a constraint added by hand on a server would."""
    with workspace.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("alter table person add constraint refused check (email not like '%refused%')"))
        else:
            connection.execute(
                text(
                    "create trigger refused before insert on person when new.email like '%refused%' "
                    "begin select raise(abort, 'refused by the test'); end"
                )
            )


def undo_refusal(workspace) -> None:
    with workspace.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("alter table person drop constraint refused"))


def test_a_failed_write_of_personal_data_leaves_it_out_of_the_traceback(workspace, tmp_path):
    workspace.missions.create_mission(Mission("", "24-IP-01-GE-OSM-A", "Refusals", date(2024, 5, 1), date(2024, 5, 3)))
    nominations = tmp_path / "n.csv"
    nominations.write_text(
        "family_name,given_name,country,organization,email,passport_number\n"
        f"{PRIVATE[1]},Ayşe,Türkiye,Agency,{PRIVATE[0]},{PRIVATE[2]}\n",
        encoding="utf-8",
    )
    refuse_new_people(workspace)
    try:
        with pytest.raises(DBAPIError) as raised:
            workspace.people.import_delegates("24-IP-01-GE-OSM-A", nominations)
    finally:
        undo_refusal(workspace)
    shown = "".join(traceback.format_exception(raised.value))
    assert "refused" in shown  # the error itself is there: what was refused and where
    for value in PRIVATE:
        assert value not in shown
    assert workspace.missions.load_record("24-IP-01-GE-OSM-A").people == []
