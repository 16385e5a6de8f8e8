"""The crash log and dialog of the desktop application carry no personal data: a failed database
write is logged with its statement, not with the names and e-mails bound to it."""

import sys
from datetime import date

from PySide6.QtCore import QCoreApplication
from sqlalchemy import text

from mission_planner.domain.mission import Mission
from mission_planner.gui.errors import CrashHandler


def test_a_failed_write_is_logged_without_the_personal_data_in_it(workspace, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(QCoreApplication, "exit", lambda code: None)
    workspace.missions.create_mission(Mission("", "24-IP-01-GE-OSM-A", "Refusals", date(2024, 5, 1), date(2024, 5, 3)))
    with workspace.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("alter table person add constraint refused check (email not like '%refused%')"))
        else:
            connection.execute(
                text("create trigger refused before insert on person begin select raise(abort, 'refused'); end")
            )
    nominations = tmp_path / "n.csv"
    nominations.write_text(
        "family_name,given_name,country,organization,email,date_of_birth\n"
        "Refusedoğlu,Ayşe,Türkiye,Agency,ayse.refused@nominee.example,1980-02-03\n",
        encoding="utf-8",
    )
    log = tmp_path / "logs" / "mission-planner.log"
    try:
        workspace.people.import_delegates("24-IP-01-GE-OSM-A", nominations)
    except Exception:
        CrashHandler(log, interactive=False)(*sys.exc_info())
    finally:
        with workspace.engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(text("alter table person drop constraint refused"))
    logged = log.read_text(encoding="utf-8")
    assert "refused" in logged and "Traceback" in logged
    for shown in (logged, capsys.readouterr().err):
        assert "ayse.refused@nominee.example" not in shown
        assert "Refusedoğlu" not in shown and "1980-02-03" not in shown
