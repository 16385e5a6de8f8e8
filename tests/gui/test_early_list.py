"""The start's quick list: the missions are listed, searched and chosen before the workspace is
open (read with sqlite3 alone, services.early_missions), and the mission chosen shows its
Overview at once (services.early_overview), its other tabs greyed; the workspace, once attached,
shows the mission chosen meanwhile in every tab."""

from PySide6.QtCore import Qt

from mission_planner.gui.main_window import MainWindow
from mission_planner.services import early_missions, early_overview, open_workspace

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


def test_the_mission_chosen_early_shows_its_overview_then_every_tab(qtbot, db_path, tmp_path):
    window = MainWindow(None, documents_root=tmp_path / "documents")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    reads = []

    def read(code):
        reads.append(code)
        return early_overview(str(db_path), code)

    first = early_overview(str(db_path), OSM_TURKIYE.mission.code)  # read by the opening thread
    window.list_early(early_missions(str(db_path)))
    window.show_early(read, first)
    pane = window.early_pane
    assert pane is not None and window.splitter.widget(1) is pane
    assert pane.overview.heading.text() == OSM_TURKIYE.mission.title
    assert reads == []  # the first was read already
    assert [pane.tabs.isTabEnabled(i) for i in range(pane.tabs.count())] == [True] + [False] * 7
    assert [pane.tabs.tabText(i) for i in range(pane.tabs.count())][:3] == ["Overview", "Programme", "People"]
    assert not pane.overview.edit_button.isEnabled()
    assert window.statusBar().currentMessage() == "Opening the database…"

    click_row(qtbot, window, WORKSHOP.mission.code)
    assert reads == [WORKSHOP.mission.code]
    assert pane.overview.heading.text() == WORKSHOP.mission.title
    early_fields = {name: label.text() for name, label in pane.overview.fields.items()}
    type_query(qtbot, window, "no such mission")
    assert pane.currentWidget() is pane.message  # nothing chosen: no Overview
    window.search_box.clear()
    click_row(qtbot, window, WORKSHOP.mission.code)

    workspace = open_workspace(str(db_path))
    try:
        window.attach(workspace)
        qtbot.waitUntil(lambda: window.details.overview.heading.text() != "")
        assert window.early_pane is None and window.splitter.widget(1) is window.details
        assert window.details.overview.heading.text() == WORKSHOP.mission.title
        # The early Overview said what the full one says, field by field.
        assert {name: label.text() for name, label in window.details.overview.fields.items()} == early_fields
        assert all(window.details.tabs.isTabEnabled(i) for i in range(window.details.tabs.count()))
        assert window.statusBar().currentMessage() == ""
    finally:
        window.close()
        workspace.close()


def test_the_opening_thread_goes_on_when_the_window_never_shows_the_list(qtbot, db_path):
    """A window that never paints (started minimised) does not hold the opening: the thread
    waits for the list's showing a moment only (`EARLY_SHOWING_WAIT_S`)."""
    from mission_planner.gui.opening import WorkspaceOpener

    opener = WorkspaceOpener(str(db_path))
    listed = []
    opener.sig_listed.connect(lambda missions, first: listed.append((missions, first)))
    with qtbot.waitSignal(opener.sig_opened, timeout=30_000) as opened:
        opener.start_once()
    opener.wait()
    try:
        missions, first = listed[0]
        assert [m.code for m in missions][:1] == [first.mission.code] == [OSM_TURKIYE.mission.code]
    finally:
        opened.args[0].close()
