"""Find Person in the window: typing filters everyone in the database as one types, and the
person chosen opens at the People tab of their newest mission."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from mission_planner.gui.dialogs.find_person import FindPersonDialog
from tests.factories import scripts_record

SCRIPTS = "23-IP-77-GE-OSM-A"


@pytest.fixture
def dialog(qtbot, main_window):
    main_window.workspace.missions.add_record(scripts_record())
    main_window.reload()
    main_window.find_person_action.trigger()
    dialog = main_window.find_person_dialog
    assert isinstance(dialog, FindPersonDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.index is not None)  # read in the background
    return dialog


def shown_names(dialog) -> list[str]:
    return [dialog.model.index(row, 0).data() for row in range(dialog.model.rowCount())]


def test_typing_filters_names_regardless_of_case(qtbot, dialog):
    assert shown_names(dialog) == []
    qtbot.keyClicks(dialog.search_box, "SAHIN")
    assert shown_names(dialog) == ["İsmail Çağlar Şahin"]
    assert dialog.model.index(0, 2).data() == SCRIPTS
    assert dialog.model.index(0, 3).data() == "Confirmed"
    dialog.search_box.setText("민준")  # as an input method commits it (QTest types Latin keys only)
    shown = shown_names(dialog)
    assert set(shown) == {"민준 김"} and "s-p-minjun" in [match.uid for match in dialog.model.matches]
    assert dialog.count_label.text() == f"Found: {len(shown)}"


def test_choosing_opens_the_mission_at_the_people_tab_with_the_person_selected(qtbot, main_window, dialog):
    people = main_window.details.people
    dialog.search_box.setText("батбаяр")
    qtbot.keyClick(dialog.search_box, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert main_window.selected_mission().code == SCRIPTS
    assert main_window.details.tabs.currentWidget() is people
    assert people.selected_uid() == "s-p-batbayar"
    assert people.details.heading.text() == "Батбаяр Болд"


def test_a_person_hidden_by_the_people_filters_is_still_revealed(qtbot, main_window, dialog):
    main_window.reveal_person(SCRIPTS, "s-p-minjun")
    people = main_window.details.people
    people.search_box.setText("nobody")
    assert people.selected_uid() is None
    main_window.reveal_person(SCRIPTS, "s-p-somchai")
    assert people.search_box.text() == "" and people.selected_uid() == "s-p-somchai"


def test_no_match_leaves_open_disabled(qtbot, dialog):
    qtbot.keyClicks(dialog.search_box, "zzzz")
    assert shown_names(dialog) == []
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Open).isEnabled()


def test_what_is_typed_while_the_names_are_read_is_searched_once_they_are(qtbot, main_window):
    main_window.workspace.missions.add_record(scripts_record())
    dialog = FindPersonDialog(None, main_window)
    dialog.show()
    dialog.search_box.setText("şahin")
    assert shown_names(dialog) == [] and dialog.count_label.text() == "Reading the names…"
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Open).isEnabled()
    with qtbot.waitSignal(dialog.sig_ready):
        dialog.set_index(main_window.workspace.people.people_index())
    assert shown_names(dialog) == ["İsmail Çağlar Şahin"]
