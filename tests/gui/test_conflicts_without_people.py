"""A programme whose items overlap before anyone is nominated: the panel and the timeline say so."""

from datetime import time

from mission_planner.domain.conflicts import Severity
from mission_planner.domain.enums import ItemKind
from mission_planner.domain.programme import Item
from tests.factories import full_record

CODE = "23-IP-99-GE-OSM-A"


def no_people_two_talks_at_once():
    record = full_record()
    record.people, record.participations, record.assignments, record.attendance = [], [], [], []
    record.evaluation = []  # its responses name people too
    record.certificates = []
    record.days = record.days[:1]
    record.days[0].items = [
        Item("talk", ItemKind.PRESENTATION, "Smart factories", time(9), time(10, 30)),
        Item("panel", ItemKind.PANEL, "Panel on AI", time(10), time(11)),
    ]
    return record


def test_the_panel_and_the_timeline_show_an_overlap_with_no_people(qtbot, workspace, tmp_path):
    from mission_planner.gui.main_window import MainWindow

    workspace.missions.add_record(no_people_two_talks_at_once())
    window = MainWindow(workspace, documents_root=tmp_path / "documents")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.select_row(window.model.row_of(workspace.missions.mission_id(CODE)))
    tab = window.details.programme
    window.details.tabs.setCurrentWidget(tab)

    panel = tab.conflicts
    assert panel.entry_count() == 1
    assert panel.entry_severity(0) == "error"
    assert panel.entry_text(0) == (
        "“Smart factories” (Tue 24 Oct 2023 09:00–10:30) overlaps “Panel on AI” (Tue 24 Oct 2023 10:00–11:00); "
        "the whole delegation is expected at both."
    )
    assert not panel.summary.text().startswith("None found")
    assert tab.timeline.block_severity("talk") == tab.timeline.block_severity("panel") == Severity.ERROR
    window.close()
