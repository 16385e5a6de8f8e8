"""Databases the storage tests share."""

import dataclasses
from pathlib import Path

import pytest

from mission_planner.services import open_workspace
from tests.databases import copy_sqlite_template
from tests.factories import full_record, online_record, scripts_record

UNICODE_TITLE = "Étude d’observation: 서울, ไทย, تهران, Ελλάδα 🌏"


@pytest.fixture
def varied_db(sqlite_demo_template, tmp_path) -> Path:
    """The demo missions, plus missions with titles in many scripts, one of them archived."""
    path = tmp_path / "varied.db"
    copy_sqlite_template(sqlite_demo_template, path)
    workspace = open_workspace(str(path))
    try:
        unicode = full_record()
        unicode = dataclasses.replace(unicode, mission=dataclasses.replace(unicode.mission, title=UNICODE_TITLE))
        for record in (unicode, online_record(), scripts_record()):
            workspace.missions.add_record(record)
        workspace.missions.set_archived(online_record().mission.code)
    finally:
        workspace.close()
    return path
