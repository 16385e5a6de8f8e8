"""The main window over a real database: the list, the search, the detail pane, the menus."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent, QKeySequence
from PySide6.QtWidgets import QMessageBox

from mission_planner import __version__
from mission_planner.gui.main_window import MainWindow
from mission_planner.gui.models.mission_list import Column
from mission_planner.services import open_workspace

from .sample_missions import DIGITAL, OSM_TURKIYE, WORKSHOP


def codes_shown(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(row, Column.CODE).data() for row in range(model.rowCount())]


def type_query(qtbot, window: MainWindow, text: str) -> None:
    """Type `text` into the search box as a user would.

    QTest can only press keys for Latin-1 characters; the others (İ, Hangul) arrive the way an
    input method delivers them, as committed text.
    """
    box = window.search_box
    box.clear()
    for char in text:
        if ord(char) < 256:
            qtbot.keyClicks(box, char)
        else:
            event = QInputMethodEvent()
            event.setCommitString(char)
            QCoreApplication.sendEvent(box, event)
    assert box.text() == text


def test_lists_the_missions_newest_first(main_window):
    assert main_window.windowTitle() == "Mission Planner"
    assert codes_shown(main_window) == [OSM_TURKIYE.mission.code, WORKSHOP.mission.code, DIGITAL.mission.code]
    model = main_window.model
    assert model.index(0, Column.TITLE).data() == "Observational Study Mission from Türkiye to 서울"
    assert model.index(0, Column.DATES).data() == "24–27 Oct 2023"
    assert [model.index(row, Column.MODALITY).data() for row in range(3)] == ["In person", "Hybrid", "Digital"]
    assert [model.index(row, Column.PEOPLE).data() for row in range(3)] == [3, 1, 0]
    assert main_window.count_label.text() == "Missions: 3"


def test_first_mission_is_selected_and_detailed(main_window):
    assert main_window.table.currentIndex().row() == 0
    assert main_window.table.selectionModel().isRowSelected(0)
    details = main_window.details
    assert details.currentWidget() is details.tabs
    assert details.tabs.currentWidget() is details.overview
    assert details.overview.heading.text() == OSM_TURKIYE.mission.title
    shown = {name: label.text() for name, label in details.overview.fields.items()}
    assert shown == {
        "code": "23-IP-06-GE-OSM-A",
        "ref_no": "—",
        "date_of_issue": "—",
        "closing_date": "—",
        "dates": "24–27 Oct 2023",
        "timezone": "Asia/Seoul",
        "host": "Republic of Korea",
        "venue": "Seoul",
        "modality": "In person",
        "organizations": "Korea Productivity Center\nAPO Secretariat",
        "countries": "—",
        "quotas": "—",
        "people": "Participants: 2\nResource persons: 1\nTotal: 3",
        "qualifications": "—",
        "objectives": "—",
        "background": "—",
    }


def test_typing_filters_the_list(qtbot, main_window):
    type_query(qtbot, main_window, "workshop")
    assert codes_shown(main_window) == [WORKSHOP.mission.code]
    assert main_window.count_label.text() == "1 of 3"
    type_query(qtbot, main_window, "osm")
    assert codes_shown(main_window) == [OSM_TURKIYE.mission.code, DIGITAL.mission.code]
    main_window.search_box.clear()
    assert len(codes_shown(main_window)) == 3


def test_search_matches_non_ascii_titles_regardless_of_case(qtbot, main_window):
    for query, expected in [
        ("istanbul", WORKSHOP),  # the title says İSTANBUL
        ("İstanbul", WORKSHOP),
        ("TÜRKIYE", OSM_TURKIYE),
        ("turkiye", OSM_TURKIYE),
        ("서울", OSM_TURKIYE),
        ("study governance", DIGITAL),  # every word, in any order
    ]:
        type_query(qtbot, main_window, query)
        assert codes_shown(main_window) == [expected.mission.code], query
        assert main_window.details.overview.fields["code"].text() == expected.mission.code, query


def test_no_match_says_so(qtbot, main_window):
    type_query(qtbot, main_window, "nowhere")
    assert main_window.model.rowCount() == 0
    assert main_window.details.currentWidget() is main_window.details.message
    assert "nowhere" in main_window.details.message.text()
    assert main_window.count_label.text() == "0 of 3"


def test_selecting_a_row_updates_the_details(qtbot, main_window):
    table = main_window.table
    rect = table.visualRect(table.model().index(2, Column.TITLE))
    with qtbot.waitSignal(main_window.sig_mission_selected) as blocker:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [DIGITAL.mission.code]
    fields = main_window.details.overview.fields
    assert main_window.details.overview.heading.text() == DIGITAL.mission.title
    assert fields["dates"].text() == "24–25 Nov 2021"
    assert fields["modality"].text() == "Digital"
    assert fields["venue"].text() == "Online"
    assert fields["people"].text() == "None yet"

    with qtbot.waitSignal(main_window.sig_mission_selected) as blocker:
        qtbot.keyClick(table, Qt.Key.Key_Up)
    assert blocker.args == [WORKSHOP.mission.code]
    assert fields["venue"].text() == "İstanbul"
    assert fields["people"].text() == "Participants: 1"


def test_selection_survives_a_search_that_still_matches_it(qtbot, main_window):
    main_window.select_row(1)
    type_query(qtbot, main_window, "innovation")
    assert main_window.selected_mission().code == WORKSHOP.mission.code
    main_window.search_box.clear()
    assert main_window.selected_mission().code == WORKSHOP.mission.code
    assert main_window.table.currentIndex().row() == 1


def test_status_bar_shows_the_database(main_window, db_path):
    assert str(db_path) in main_window.database_label.text()
    assert main_window.database_label.toolTip() == str(db_path)


def test_empty_database(qtbot, tmp_path):
    workspace = open_workspace(str(tmp_path / "empty.db"))
    try:
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        assert window.model.rowCount() == 0
        assert window.details.message.text() == "There are no missions in this database yet."
    finally:
        workspace.close()


def test_quit_and_about(qtbot, main_window, monkeypatch):
    shortcuts = main_window.quit_action.shortcuts()
    assert QKeySequence("Ctrl+Q") in shortcuts
    assert all(key in shortcuts for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Quit))
    assert len(shortcuts) == len(set(key.toString() for key in shortcuts))
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    main_window.about_action.trigger()
    assert __version__ in shown[0]
    main_window.activateWindow()
    qtbot.waitActive(main_window)
    qtbot.keyClick(main_window.table, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not main_window.isVisible()


def test_find_shortcut_focuses_the_search(qtbot, main_window):
    main_window.activateWindow()
    qtbot.waitActive(main_window)
    main_window.search_box.setText("osm")
    main_window.table.setFocus()
    qtbot.keyClick(main_window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert main_window.search_box.hasFocus()
    assert main_window.search_box.selectedText() == "osm"


def test_the_dates_column_steps_aside_when_the_list_is_narrow(main_window, qtbot):
    from mission_planner.gui.models.mission_list import Column

    splitter = main_window.main_page
    splitter.setSizes([300, 980])
    qtbot.waitUntil(lambda: main_window.table.isColumnHidden(Column.DATES))
    assert main_window.table.columnWidth(Column.TITLE) > 100  # the titles can be read
    splitter.setSizes([640, 640])
    qtbot.waitUntil(lambda: not main_window.table.isColumnHidden(Column.DATES))
