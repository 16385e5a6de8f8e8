"""Round trip: each demo mission's notification PDF, as `export CODE notification-pdf` writes
it, reads back into the fields the mission holds; and importing it again changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from mission_planner.services import open_workspace, read_notification
from mission_planner.services.demo_missions import demo_files
from mission_planner.services.imports.notification.mission_of import NOTIFICATION_FIELDS, mission_of

CODES = [path.stem for path in demo_files()]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Path], object]:
    folder = tmp_path_factory.mktemp("round_trip")
    workspace = open_workspace(str(folder / "demo.db"))
    workspace.missions.load_demo()
    written = {code: workspace.documents.export(code, "notification-pdf", folder / f"{code}.pdf") for code in CODES}
    for kind in ("itinerary-pdf", "budget-pdf", "packs"):
        written[kind] = workspace.documents.export(CODES[0], kind, folder / kind)
    records = {code: workspace.missions.load_record(code) for code in CODES}
    workspace.close()
    return written, records


@pytest.mark.parametrize("code", CODES)
def test_the_exported_notification_reads_back_into_the_same_fields(code: str, exported) -> None:
    written, records = exported
    mission = records[code].mission
    reading = read_notification(written[code])
    again = mission_of(reading)
    for name in (*NOTIFICATION_FIELDS, "code", "date_of_issue", "project_type"):
        assert getattr(again, name) == getattr(mission, name), name
    allowed = {"rule_set", "topics", "implementing"} | ({"local"} if mission.local_quota is None else set())
    assert not [f.key for f in reading.fields if f.doubt and f.key not in allowed]


def test_importing_the_same_notification_again_changes_nothing(exported, tmp_path: Path) -> None:
    written, _ = exported
    workspace = open_workspace(str(tmp_path / "again.db"))
    try:
        workspace.missions.load_demo()
        code = CODES[0]
        before = workspace.missions.load_record(code)
        plan = workspace.missions.import_notification(read_notification(written[code]))
        assert not plan.is_new and plan.changes == []
        assert workspace.missions.load_record(code) == before
    finally:
        workspace.close()


@pytest.mark.parametrize("kind", ["itinerary-pdf", "budget-pdf", "packs"])
def test_our_other_documents_are_no_notification(kind: str, exported) -> None:
    from mission_planner.errors import InputError

    written, _ = exported
    path = written[kind]
    if path.is_dir():  # a delegate pack: one PDF a person
        path = sorted(path.rglob("*.pdf"))[0]
    with pytest.raises(InputError, match="is not a Project Notification") as refused:
        read_notification(path)
    assert refused.value.code == "not_a_notification"
