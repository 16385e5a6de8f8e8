from pathlib import Path

import pytest

from mission_planner.domain.enums import AttachmentKind
from mission_planner.errors import InputError
from mission_planner.services.settings import OrganizationSettings, image_from_file
from tests.factories import full_record

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 16


def test_settings_round_trip_through_the_database(workspace, tmp_path):
    path = tmp_path / "logo.png"
    path.write_bytes(PNG)
    logo = image_from_file(path, AttachmentKind.LOGO)
    settings = OrganizationSettings(name="Korea Productivity Center", logo=logo, paper="Letter")
    workspace.settings.save_organization_settings(settings)
    assert workspace.settings.organization_settings() == settings


def test_missions_without_their_own_take_the_organizations_name_and_images(workspace):
    record = full_record()
    record.mission.organization_name = ""
    record.attachments = []
    workspace.missions.add_record(record)
    signature = image_from_file_bytes(AttachmentKind.SIGNATURE)
    workspace.settings.save_organization_settings(OrganizationSettings(name="KPC", signature=signature))
    snapshot = workspace.documents.snapshot(record.mission.code)
    assert snapshot.record.mission.organization_name == "KPC"
    assert [a.kind for a in snapshot.record.attachments] == [AttachmentKind.SIGNATURE]
    assert workspace.missions.load_record(record.mission.code).attachments == []  # the mission itself is unchanged


def test_bad_settings_are_refused(workspace, tmp_path):
    with pytest.raises(InputError, match="paper size"):
        workspace.settings.save_organization_settings(OrganizationSettings(paper="A3"))
    text = tmp_path / "logo.txt"
    text.write_text("not an image")
    with pytest.raises(InputError, match="not a PNG or JPEG"):
        image_from_file(text, AttachmentKind.LOGO)


def image_from_file_bytes(kind):
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "s.png"
        path.write_bytes(PNG)
        return image_from_file(path, kind)
