"""The mission file: every field travels, bad files are refused whole with a clear message."""

import json

import pytest
from sqlalchemy import text

from mission_planner.domain.record import canonical_order
from mission_planner.errors import InputError
from mission_planner.paths import resource
from mission_planner.services import open_workspace
from mission_planner.services.interchange.schema import render
from tests.factories import full_record

CODE = "23-IP-99-GE-OSM-A"


@pytest.fixture
def exported(workspace, tmp_path):
    workspace.missions.add_record(full_record())
    path = tmp_path / "mission.json"
    workspace.missions.export_mission(CODE, path, with_personal_data=True)
    return path


def test_export_import_export_gives_identical_json(exported, tmp_path):
    other = open_workspace(str(tmp_path / "other.db"))
    other.missions.import_mission(exported)
    again = tmp_path / "again.json"
    other.missions.export_mission(CODE, again, with_personal_data=True)
    assert again.read_bytes() == exported.read_bytes()


def test_the_file_is_versioned_unicode_json(exported):
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert (data["format"], data["version"]) == ("mission-planner/mission", 1)
    assert "İstanbul–서울" in exported.read_text(encoding="utf-8")
    assert data["participations"][0]["flights"][0]["scheduled"] == "2023-10-23T17:40:00+09:00[Asia/Seoul]"
    assert data["budget_lines"][0]["unit_cost"] == "150000"


def test_personal_data_stays_out_unless_asked(workspace, tmp_path):
    workspace.missions.add_record(full_record())
    plain = tmp_path / "plain.json"
    workspace.missions.export_mission(CODE, plain)
    text_ = plain.read_text(encoding="utf-8")
    assert "U12345678" not in text_ and "1984-02-29" not in text_
    full = tmp_path / "full.json"
    workspace.missions.export_mission(CODE, full, with_personal_data=True)
    assert "U12345678" in full.read_text(encoding="utf-8")


def test_an_import_without_personal_data_keeps_what_the_database_knows(workspace, tmp_path):
    workspace.missions.add_record(full_record())
    plain = tmp_path / "plain.json"
    workspace.missions.export_mission(CODE, plain)
    workspace.missions.import_mission(plain, replace=True)
    loaded = workspace.missions.load_record(CODE, with_identity=True)
    assert loaded.person("t-p-sule").identity.passport_number == "U12345678"


def test_the_shipped_schema_is_the_one_the_code_derives():
    assert resource("schemas", "mission-v1.schema.json").read_text(encoding="utf-8") == render()


def test_the_exported_file_validates_against_the_shipped_schema(exported):
    import jsonschema

    schema = json.loads(resource("schemas", "mission-v1.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(schema).validate(json.loads(exported.read_text(encoding="utf-8")))


def _rows(workspace) -> int:
    with workspace.engine.connect() as connection:
        return sum(
            connection.execute(text(f"select count(*) from {table}")).scalar()
            for table in ("mission", "item", "person", "site", "attendance", "budget_line")
        )


def _refused(workspace, path, *, replace=False) -> str:
    before = _rows(workspace)
    with pytest.raises(InputError) as caught:
        workspace.missions.import_mission(path, replace=replace)
    assert _rows(workspace) == before
    message = str(caught.value)
    assert "\n" not in message and str(path) in message
    return message


def _edited(exported, tmp_path, edit):
    data = json.loads(exported.read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_truncated_file_is_refused_naming_the_place(workspace, exported, tmp_path):
    truncated = tmp_path / "truncated.json"
    truncated.write_bytes(exported.read_bytes()[: len(exported.read_bytes()) // 2])
    message = _refused(workspace, truncated, replace=True)
    assert "not valid JSON" in message and "line" in message


def test_a_bad_time_is_named_by_its_path(workspace, exported, tmp_path):
    def edit(data):
        data["days"][0]["items"][1]["start"] = "25:99"

    message = _refused(workspace, _edited(exported, tmp_path, edit), replace=True)
    assert "days[0].items[1].start" in message and "'25:99'" in message


def test_a_missing_field_and_an_unknown_field_are_named(workspace, exported, tmp_path):
    message = _refused(workspace, _edited(exported, tmp_path, lambda d: d["mission"].pop("title")), replace=True)
    assert "mission" in message and "missing field 'title'" in message
    message = _refused(
        workspace, _edited(exported, tmp_path, lambda d: d["people"][0].update(nickname="x")), replace=True
    )
    assert "people[0]" in message and "unknown field 'nickname'" in message


def test_a_dangling_reference_is_refused(workspace, exported, tmp_path):
    def edit(data):
        data["attendance"][0]["person_uid"] = "nobody"

    message = _refused(workspace, _edited(exported, tmp_path, edit), replace=True)
    assert "attendance[0].person_uid" in message and "nobody" in message


def test_an_item_ending_before_it_starts_is_refused(workspace, exported, tmp_path):
    def edit(data):
        data["days"][0]["items"][0]["end"] = "08:00"

    assert "days[0].items[0].end" in _refused(workspace, _edited(exported, tmp_path, edit), replace=True)


def test_a_file_from_a_newer_version_or_another_program_is_refused(workspace, exported, tmp_path):
    message = _refused(workspace, _edited(exported, tmp_path, lambda d: d.update(version=2)))
    assert "newer Mission Planner" in message
    message = _refused(workspace, _edited(exported, tmp_path, lambda d: d.update(format="other")))
    assert "not a Mission Planner mission file" in message


def test_an_existing_code_is_refused_unless_replacing(workspace, exported):
    with pytest.raises(Exception, match="already exists; use --replace"):
        workspace.missions.import_mission(exported)
    workspace.missions.import_mission(exported, replace=True)
    assert [m.code for m in workspace.missions.list_missions()] == [CODE]


def test_a_copy_under_another_code_imports_beside_the_original(workspace, exported, tmp_path):
    copy = _edited(exported, tmp_path, lambda d: d["mission"].update(code="23-IP-98-GE-OSM-A"))
    workspace.missions.import_mission(copy)
    assert sorted(m.code for m in workspace.missions.list_missions()) == ["23-IP-98-GE-OSM-A", CODE]


def test_the_agendas_fields_travel_through_the_mission_file(exported, tmp_path):
    data = json.loads(exported.read_text(encoding="utf-8"))
    [online] = [item for day in data["days"] for item in day["items"] if item["online_url"]]
    assert (online["meeting_id"], online["passcode"]) == ("123 456 789", "Pq9Zw2")
    assert {site["dress_code"] for site in data["sites"]} == {"Business attire", ""}
    assert "Leads KPC's work." in {person["biography"] for person in data["people"]}
    other = open_workspace(str(tmp_path / "other.db"))
    other.missions.import_mission(exported)
    assert other.missions.load_record(CODE, with_identity=True) == canonical_order(full_record())
    other.close()
