"""The start's quick list: the missions are listed, searched and chosen before the workspace is
open (read with sqlite3 alone, services.early_missions); the workspace, once attached, shows the
mission chosen meanwhile."""

from PySide6.QtCore import Qt

from mission_planner.gui.main_window import MainWindow
from mission_planner.services import early_missions, open_workspace

from .sample_missions import DIGITAL, OSM_TURKIYE, WORKSHOP
from .test_main_window import codes_shown, type_query


def click_row(qtbot, window: MainWindow, code: str) -> None:
    table = window.table
    row = next(r for r in range(window.proxy.rowCount()) if window.proxy.index(r, 0).data() == code)
    rect = table.visualRect(window.proxy.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_list_is_usable_before_the_workspace_and_the_choice_survives_it(qtbot, db_path, tmp_path):
    window = MainWindow(None, documents_root=tmp_path / "documents")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert codes_shown(window) == []

    window.list_early(early_missions(str(db_path)))
    assert window.workspace is None
    assert codes_shown(window) == [OSM_TURKIYE.mission.code, WORKSHOP.mission.code, DIGITAL.mission.code]
    type_query(qtbot, window, DIGITAL.mission.code)
    assert window.proxy.rowCount() == 1
    window.search_box.clear()
    assert window.proxy.rowCount() == 3
    click_row(qtbot, window, WORKSHOP.mission.code)  # chosen while the database still opens
    assert window.selected_mission().code == WORKSHOP.mission.code

    workspace = open_workspace(str(db_path))
    try:
        window.attach(workspace)
        qtbot.waitUntil(lambda: window.details.overview.heading.text() != "")
        assert window.selected_mission().code == WORKSHOP.mission.code
        assert window.details.overview.heading.text() == WORKSHOP.mission.title
        assert codes_shown(window) == [OSM_TURKIYE.mission.code, WORKSHOP.mission.code, DIGITAL.mission.code]
    finally:
        window.close()
        workspace.close()


def test_a_database_the_quick_list_cannot_read_lists_nothing_early(tmp_path):
    """The check above can fail: a missing database gives no early list (the workspace reports it)."""
    assert early_missions(str(tmp_path / "missing.db")) is None
