"""The Attendance tab: the demo marks in the grid, marking a cell with undo, and a Zoom participant
report imported through the tab, with the certificates following."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from mission_planner.domain.certificates import counted_items
from mission_planner.domain.enums import AttendanceStatus
from mission_planner.gui.models.attendance import (
    CERTIFICATE,
    MARK_ROLE,
    NAME,
    AttendanceModel,
    attendance_grid,
    mark_text,
)
from mission_planner.gui.views.attendance import ExcuseDialog
from tests.factories import online_record

TAKING_PART = ("nominated", "accepted", "confirmed")  # nominees count among participants, not yet eligible
DIGITAL = "21-IP-06-GE-OSM-B"
ONLINE = "21-IP-90-GE-OSM-B"
HEADER = "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes)\n"
ZOOM = [
    "Ana Reyes,ana@example.org,11/24/2021 09:55:00 AM,11/24/2021 01:02:00 PM,187",
    "Ana Reyes,ana@example.org,11/25/2021 09:58:00 AM,11/25/2021 01:00:00 PM,182",
    "Minh (Bùi Minh),minh@example.org,11/24/2021 09:59:00 AM,11/24/2021 10:30:00 AM,31",
    "Minh (Bùi Minh),minh@example.org,11/24/2021 11:00:00 AM,11/24/2021 01:00:00 PM,120",
    "Minh (Bùi Minh),minh@example.org,11/25/2021 10:00:00 AM,11/25/2021 01:00:00 PM,180",
    "Sana Chaudhry,,11/25/2021 10:00:00 AM,11/25/2021 01:00:00 PM,180",
    "iPhone de Juan,,11/24/2021 10:05:00 AM,11/24/2021 10:20:00 AM,15",
]


def show_mission(window, workspace, code):
    mission = next(m for m in workspace.missions.list_missions() if m.code == code)
    window.select_row(window.model.row_of(mission.id))
    window.details.tabs.setCurrentWidget(window.details.attendance)
    tab = window.details.attendance
    assert tab.code == code
    return tab


@pytest.fixture
def tab(demo_window, demo_workspace):
    return show_mission(demo_window, demo_workspace, DIGITAL)


def saved_mark(workspace, code, item_uid, person_uid):
    marks = workspace.missions.load_record(code).attendance
    return next((m for m in marks if (m.item_uid, m.person_uid) == (item_uid, person_uid)), None)


def cell(tab, person_uid, item_uid):
    return tab.model.index(tab.model.row_of(person_uid), tab.model.column_of(item_uid))


def test_the_model_passes_the_model_tester(qtmodeltester, demo_workspace):
    record, results = demo_workspace.attendance.eligibility(DIGITAL)
    model = AttendanceModel()
    model.set_grid(attendance_grid(record, results))
    qtmodeltester.check(model)
    model.set_grid(attendance_grid(record, results))  # the same shape: only repainted
    qtmodeltester.check(model)


def test_the_grid_shows_the_demo_marks_and_certificates(tab, demo_workspace):
    record, results = demo_workspace.attendance.eligibility(DIGITAL)
    counted = {item.uid for item in counted_items(record)}
    assert tab.model.columnCount() == 2 + len(counted)
    shown = 0
    for mark in record.attendance:
        row, column = tab.model.row_of(mark.person_uid), tab.model.column_of(mark.item_uid)
        if row is None or column is None:
            assert mark.item_uid not in counted or row is None
            continue
        index = tab.model.index(row, column)
        assert index.data() == mark_text(mark)
        assert index.data(MARK_ROLE) == mark
        shown += 1
    assert shown > 500
    short = next(r for r in results if not r.eligible)
    index = tab.model.index(tab.model.row_of(short.person_uid), CERTIFICATE)
    assert index.data() == "✗ No" and index.data(Qt.ItemDataRole.ToolTipRole)
    eligible = sum(r.eligible for r in results)
    taking_part = [p for p in record.participations if p.role.value == "participant" and p.status.value in TAKING_PART]
    assert tab.summary.text() == f"Certificates: {eligible} of {len(taking_part)} participants are eligible."


def test_marking_a_cell_then_undo_and_redo(tab, demo_window, demo_workspace):
    record = demo_workspace.missions.load_record(DIGITAL)
    before = next(m for m in record.attendance if m.status == AttendanceStatus.PRESENT and m.minutes)
    index = cell(tab, before.person_uid, before.item_uid)
    assert tab.set_mark(index.row(), index.column(), AttendanceStatus.ABSENT)
    assert saved_mark(demo_workspace, DIGITAL, before.item_uid, before.person_uid).status == AttendanceStatus.ABSENT
    assert cell(tab, before.person_uid, before.item_uid).data() == "✗"
    assert tab.model.index(index.row(), CERTIFICATE).data() == "✗ No"

    demo_window.undo_action.trigger()
    assert saved_mark(demo_workspace, DIGITAL, before.item_uid, before.person_uid) == before
    assert cell(tab, before.person_uid, before.item_uid).data() == f"{before.minutes} min"
    demo_window.redo_action.trigger()
    assert cell(tab, before.person_uid, before.item_uid).data() == "✗"


def test_excusing_through_the_menu(tab, demo_window, demo_workspace, monkeypatch):
    record = demo_workspace.missions.load_record(DIGITAL)
    before = next(m for m in record.attendance if m.status == AttendanceStatus.PRESENT)
    monkeypatch.setattr(ExcuseDialog, "ask", classmethod(lambda cls, parent, reason, accepted: ("Power cut", True)))
    index = cell(tab, before.person_uid, before.item_uid)
    menu = tab._menu_for(tab.proxy.mapFromSource(index))  # the table's index, as a click gives it
    next(a for a in menu.actions() if a.text() == "Excused…").trigger()
    mark = saved_mark(demo_workspace, DIGITAL, before.item_uid, before.person_uid)
    assert (mark.status, mark.reason, mark.excuse_accepted) == (AttendanceStatus.EXCUSED, "Power cut", True)
    assert cell(tab, before.person_uid, before.item_uid).data() == "E"
    assert "Power cut" in cell(tab, before.person_uid, before.item_uid).data(Qt.ItemDataRole.ToolTipRole)
    demo_window.undo_action.trigger()
    assert saved_mark(demo_workspace, DIGITAL, before.item_uid, before.person_uid) == before


@pytest.fixture
def online_window(qtbot, workspace, tmp_path):
    from mission_planner.gui.main_window import MainWindow

    workspace.missions.add_record(online_record())
    window = MainWindow(workspace, documents_root=tmp_path / "documents")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_importing_a_zoom_report_updates_the_grid_and_the_certificates(
    qtbot, online_window, workspace, tmp_path, monkeypatch
):
    tab = show_mission(online_window, workspace, ONLINE)
    assert [tab.model.index(r, NAME).data() for r in range(tab.model.rowCount())] == [
        "Bùi Minh",
        "Sana Chaudhry",
        "Ana Reyes",
        "Jiwon Lee",  # the resource person after the participants
    ]
    assert tab.model.columnCount() == 2 + 4  # the breaks are not counted
    assert cell(tab, "o-bui", "o-talk1").data() == ""
    path = tmp_path / "participants.csv"
    path.write_text(HEADER + "".join(line + "\n" for line in ZOOM), encoding="utf-8-sig")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    tab.import_button.click()
    qtbot.waitUntil(lambda: not tab.running, timeout=20_000)

    assert tab.status.text().startswith("Set the attendance of 3 people at 6 items.")
    assert [tab.unmatched.item(n).text() for n in range(tab.unmatched.count())] == ["row 8: iPhone de Juan"]
    assert tab.unmatched.isVisibleTo(tab)
    assert cell(tab, "o-ana", "o-talk1").data() == "90 min"
    assert cell(tab, "o-bui", "o-talk1").data() == "60 min"
    assert cell(tab, "o-cha", "o-talk1").data() == "✗"
    certificate = {uid: tab.model.index(tab.model.row_of(uid), CERTIFICATE) for uid in ("o-ana", "o-bui", "o-rp")}
    assert certificate["o-ana"].data() == "✓ Yes"
    assert certificate["o-bui"].data() == "✗ No"
    assert certificate["o-bui"].data(Qt.ItemDataRole.ToolTipRole) == "Talk 1: 60 of the 72 minutes needed"
    assert certificate["o-rp"].data() is None  # a resource person earns no certificate
    assert saved_mark(workspace, ONLINE, "o-talk1", "o-bui").minutes == 60
    assert workspace.missions.load_record(ONLINE).mission.certificate_rule.min_online_percent == Decimal("80")

    # The import is one step of the history: undo clears what it set, redo sets it again.
    online_window.undo_stack.undo()
    assert workspace.missions.load_record(ONLINE).attendance == []
    assert cell(tab, "o-bui", "o-talk1").data() == ""
    online_window.undo_stack.redo()
    assert saved_mark(workspace, ONLINE, "o-talk1", "o-bui").minutes == 60


def test_a_report_with_problems_says_so_and_changes_nothing(qtbot, online_window, workspace, tmp_path):
    tab = show_mission(online_window, workspace, ONLINE)
    path = tmp_path / "broken.csv"
    path.write_text("Name (Original Name),User Email\nAna Reyes,ana@example.org\n", encoding="utf-8")
    tab.import_report(path)
    qtbot.waitUntil(lambda: not tab.running, timeout=20_000)
    assert "Join Time" in tab.status.text()
    assert workspace.missions.load_record(ONLINE).attendance == []
    assert tab.import_button.isEnabled()


def test_importing_the_evaluation_responses_through_the_tab(qtbot, demo_window, demo_workspace, tmp_path, monkeypatch):
    """Google Forms' export of the Türkiye mission's evaluation, by the tab's button: the responses
    and action plans are kept, the tab says what it read, and the import is one undoable step."""
    from tests.cli.test_evaluation_cli import CODE, GOOGLE_HEADER, GOOGLE_ROWS, write_csv

    tab = show_mission(demo_window, demo_workspace, CODE)
    before = demo_workspace.missions.load_record(CODE)
    path = write_csv(tmp_path / "responses.csv", GOOGLE_HEADER, GOOGLE_ROWS)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    tab.evaluation_button.click()
    assert not tab.evaluation_button.isEnabled()  # while it reads
    qtbot.waitUntil(lambda: not tab.running, timeout=20_000)

    assert tab.status.text().startswith("Imported 3 responses (2 named, 1 anonymous) and 2 action plans.")
    assert "No column rates these sessions:" in tab.status.text()
    unrated = [tab.unmatched.item(n).text() for n in range(tab.unmatched.count())]
    assert unrated and all(title not in (ORIENTATION_TITLE, KIST_TITLE) for title in unrated)
    record = demo_workspace.missions.load_record(CODE)
    assert len(record.evaluation) == 3  # the file's, in place of those imported before
    plans = {p.action_plan for p in record.participations}
    assert {"Open data portal for the city", "Pilot KONEPS-style bidding"} <= plans
    assert demo_window.undo_stack.undoText() == "Import the evaluation responses responses.csv"

    demo_window.undo_stack.undo()
    record = demo_workspace.missions.load_record(CODE)
    assert (record.evaluation, record.participations) == (before.evaluation, before.participations)
    demo_window.undo_stack.redo()
    assert len(demo_workspace.missions.load_record(CODE).evaluation) == 3


def test_an_evaluation_file_with_problems_is_named_and_nothing_changes(qtbot, demo_window, demo_workspace, tmp_path):
    from tests.cli.test_evaluation_cli import CODE

    tab = show_mission(demo_window, demo_workspace, CODE)
    before = demo_workspace.missions.load_record(CODE)
    path = tmp_path / "latin1.csv"
    path.write_bytes("Timestamp,Overall, how satisfied are you?\nt,caf\xe9\n".encode("latin-1"))
    tab.import_evaluation(path)
    qtbot.waitUntil(lambda: not tab.running, timeout=20_000)
    assert "latin1.csv" in tab.status.text()
    assert demo_workspace.missions.load_record(CODE) == before
    assert tab.evaluation_button.isEnabled()
    assert demo_window.undo_stack.count() == 0


ORIENTATION_TITLE = "Orientation: KPC and the ROK's productivity development policies"
KIST_TITLE = "Site visit: Korea Institute of Science and Technology (KIST)"
