"""Mission archives: a mission and its images in one file, handed to another database."""

import dataclasses
import hashlib
import json
import resource
import sqlite3
import zipfile
from contextlib import closing

import pytest

from mission_planner.domain.enums import AttachmentKind
from mission_planner.domain.mission import Attachment
from mission_planner.errors import ConflictError, InputError, WriteError
from mission_planner.services import open_workspace
from mission_planner.services.archive import read_archive
from mission_planner.services.interchange.files import record_to_text
from mission_planner.services.settings import OrganizationSettings
from tests.databases import copy_sqlite_template
from tests.factories import full_record

CODE = "23-IP-99-GE-OSM-A"
SIGNATURE = Attachment(AttachmentKind.SIGNATURE, "sign.jpg", "image/jpeg", b"\xff\xd8\xff\xe0 a signature")


@pytest.fixture
def archived(workspace, tmp_path):
    workspace.missions.add_record(full_record())
    workspace.settings.save_organization_settings(OrganizationSettings(name="APO", signature=SIGNATURE))
    target = tmp_path / "mission.mission"
    workspace.missions.archive_mission(CODE, target)
    return target


@pytest.fixture
def colleague(sqlite_template, tmp_path):
    other = open_workspace(copy_sqlite_template(sqlite_template, tmp_path / "colleague.db"))
    yield other
    other.close()


def test_an_archive_carries_the_mission_and_the_images_its_documents_use(workspace, archived, colleague):
    with zipfile.ZipFile(archived) as archive:
        names = archive.namelist()
        manifest = json.loads(archive.read("manifest.json"))
        for entry in manifest["files"]:
            assert hashlib.sha256(archive.read(entry["path"])).hexdigest() == entry["sha256"]
        mission = json.loads(archive.read("mission.json"))
    assert names == ["manifest.json", "mission.json", "attachments/1-logo.png", "attachments/2-signature.jpg"]
    assert manifest["format"] == "mission-planner/archive" and manifest["version"] == 1
    assert manifest["mission"]["code"] == CODE
    assert [(e.get("kind"), e.get("filename")) for e in manifest["files"][1:]] == [
        ("logo", "logo.png"),
        ("signature", "sign.jpg"),
    ]
    assert mission["attachments"] == []
    assert archived.stat().st_mode & 0o077 == 0

    colleague.missions.unarchive_mission(archived)

    received = colleague.missions.load_record(CODE)
    original = workspace.missions.load_record(CODE)
    expected = dataclasses.replace(
        original,
        mission=dataclasses.replace(original.mission, organization_name=original.mission.organization_name or "APO"),
        attachments=[*original.attachments, SIGNATURE],
    )
    assert record_to_text(received) == record_to_text(expected)


def test_personal_data_stays_out_unless_asked(workspace, tmp_path, colleague):
    workspace.missions.add_record(full_record())
    workspace.missions.archive_mission(CODE, tmp_path / "plain.mission")
    workspace.missions.archive_mission(CODE, tmp_path / "full.mission", with_personal_data=True)
    assert all(person.identity is None for person in read_archive(tmp_path / "plain.mission").people)
    assert any(person.identity for person in read_archive(tmp_path / "full.mission").people)


def rewrite(source, target, *, drop=(), replace=None, add=None, manifest=None):
    """A copy of the archive `source` with members dropped, replaced or added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            if name in drop:
                continue
            data = old.read(name)
            if name == "manifest.json" and manifest:
                data = json.dumps(manifest(json.loads(data))).encode()
            new.writestr(name, (replace or {}).get(name, data))
        for name, data in (add or {}).items():
            new.writestr(name, data)
    return target


def newer(manifest):
    return {**manifest, "version": 2}


def foreign(manifest):
    return {**manifest, "format": "something/else"}


def bad_mission_archive(archived, tmp_path):
    mission = json.loads(zipfile.ZipFile(archived).read("mission.json"))
    mission["days"][0]["items"][0]["start"] = "25:99"
    text = json.dumps(mission).encode()

    def matching(manifest):
        entry = manifest["files"][0]
        entry.update(size=len(text), sha256=hashlib.sha256(text).hexdigest())
        return manifest

    return rewrite(archived, tmp_path / "bad-time.mission", replace={"mission.json": text}, manifest=matching)


def test_bad_and_foreign_files_are_refused_with_a_clear_message_and_nothing_stored(archived, tmp_path, colleague):
    text_file = tmp_path / "notes.mission"
    text_file.write_text("not a zip")
    cut = tmp_path / "cut.mission"
    cut.write_bytes(archived.read_bytes()[:-40])
    other_zip = tmp_path / "photos.mission"
    with zipfile.ZipFile(other_zip, "w") as archive:
        archive.writestr("holiday.jpg", b"\xff\xd8\xff")
    cases = {
        text_file: "not a Mission Planner mission archive (not a zip file)",
        cut: "not a Mission Planner mission archive",
        other_zip: "not a Mission Planner mission archive (no manifest.json)",
        rewrite(archived, tmp_path / "foreign.mission", manifest=foreign): 'expected "format"',
        rewrite(archived, tmp_path / "newer.mission", manifest=newer): "written by a newer Mission Planner",
        rewrite(archived, tmp_path / "tampered.mission", replace={"attachments/2-signature.jpg": b"\xff\xd8\xff!"}): (
            "attachments/2-signature.jpg is not the size the manifest says"
        ),
        rewrite(archived, tmp_path / "missing.mission", drop={"attachments/1-logo.png"}): (
            "attachments/1-logo.png is listed in the manifest but missing"
        ),
        rewrite(archived, tmp_path / "extra.mission", add={"script.sh": b"rm -rf ~"}): "holds 'script.sh'",
        bad_mission_archive(archived, tmp_path): "mission.json: days[0].items[0].start: '25:99' is not a time (HH:MM)",
        tmp_path / "absent.mission": "no such file",
    }
    for path, message in cases.items():
        with pytest.raises(InputError) as raised:
            colleague.missions.unarchive_mission(path)
        assert str(raised.value).startswith(str(path)), raised.value
        assert message in str(raised.value), raised.value
        assert "\n" not in str(raised.value)
    assert colleague.missions.list_missions() == []


def test_a_changed_byte_is_caught_by_the_digest(archived, tmp_path, colleague):
    logo = zipfile.ZipFile(archived).read("attachments/1-logo.png")
    changed = rewrite(archived, tmp_path / "changed.mission", replace={"attachments/1-logo.png": logo[:-1] + b"!"})
    with pytest.raises(InputError, match="does not match its SHA-256"):
        colleague.missions.unarchive_mission(changed)


def test_unarchiving_is_all_or_nothing(archived, colleague, tmp_path):
    colleague.missions.unarchive_mission(archived)
    before = colleague.missions.load_record(CODE)
    with pytest.raises(ConflictError, match="already exists"):
        colleague.missions.unarchive_mission(archived)
    colleague.missions.unarchive_mission(archived, replace=True)
    assert record_to_text(colleague.missions.load_record(CODE)) == record_to_text(before)
    with closing(sqlite3.connect(tmp_path / "colleague.db")) as connection:
        assert connection.execute("select count(*) from mission").fetchone() == (1,)
        assert connection.execute("select count(*) from attachment").fetchone() == (2,)


def test_an_archive_that_cannot_be_written_leaves_the_old_one(workspace, archived):
    workspace.missions.archive_mission(CODE, archived)  # everything read and opened before the "disk" fills
    before = archived.read_bytes()
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024, hard))  # no file may grow past 1 KiB
    try:
        with pytest.raises(WriteError, match=f"Cannot write {archived}: File too large; the previous file is left"):
            workspace.missions.archive_mission(CODE, archived)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    assert archived.read_bytes() == before
    assert [path.name for path in archived.parent.iterdir() if path.name.startswith(".")] == []
