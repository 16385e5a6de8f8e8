"""The New Mission dialog checks as the user types and never closes losing what was typed."""

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateEdit, QDialogButtonBox

from mission_planner.domain.mission import Mission
from mission_planner.gui.dialogs.mission_editor import MissionEditor
from mission_planner.gui.dialogs.new_mission import NewMissionDialog
from mission_planner.gui.widgets.time_zone_box import zone_entries
from mission_planner.services import open_workspace

CODE = "24-IP-30-GE-OSM-A"


@pytest.fixture
def dialog(qtbot):
    dialog = NewMissionDialog(today=date(2024, 5, 13), used_codes=["23-IP-06-GE-OSM-A"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def ok_button(dialog: NewMissionDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def type_into(widget, text: str) -> None:
    widget.setFocus()
    QTest.keyClicks(widget, text)


def test_a_code_another_mission_has_is_said_under_the_code_as_it_is_typed(dialog):
    type_into(dialog.title_edit, "Smart Factories")
    type_into(dialog.code, "23-ip-06-ge-osm-a")  # in any case: codes are found without regard to it
    assert dialog.code_note.isVisible()
    assert dialog.code_note.text() == "Another mission has the code 23-ip-06-ge-osm-a."
    assert not ok_button(dialog).isEnabled()
    dialog.code.selectAll()
    QTest.keyClicks(dialog.code, "23-IP-06-GE-OSM-B")
    assert dialog.code_note.isHidden() and ok_button(dialog).isEnabled()


def test_a_code_with_an_invisible_character_is_refused_and_an_unusual_one_only_noted(dialog):
    type_into(dialog.title_edit, "Smart Factories")
    dialog.code.setFocus()
    dialog.code.insert("24-IP-30\u200b-GE-OSM-A")  # pasted with a zero-width space
    assert dialog.code_note.text() == "A code is one line of visible characters, at most 40 long."
    assert not ok_button(dialog).isEnabled()
    dialog.code.clear()
    QTest.keyClicks(dialog.code, "Our study tour")
    assert dialog.code_note.text() == "The code does not look like an APO code (it can still be used)."
    assert ok_button(dialog).isEnabled()  # a note, not a refusal


def test_days_out_of_order_are_said_under_the_last_day(dialog):
    type_into(dialog.code, CODE)
    type_into(dialog.title_edit, "Smart Factories")
    dialog.end.setFocus()
    QTest.keyClick(dialog.end, Qt.Key.Key_End)  # the day, the last section
    QTest.keyClick(dialog.end, Qt.Key.Key_Down)
    assert dialog.mission().end_date == date(2024, 5, 12)
    assert dialog.dates_note.text() == "The last day is before the first."
    assert not ok_button(dialog).isEnabled()


def test_moving_the_first_day_moves_the_last_and_keeps_the_length(dialog):
    dialog.end.setDate(dialog.end.date().addDays(3))  # 13–16 May
    dialog.start.setFocus()
    QTest.keyClick(dialog.start, Qt.Key.Key_Home)  # the year
    QTest.keyClick(dialog.start, Qt.Key.Key_Up)
    assert (dialog.mission().start_date, dialog.mission().end_date) == (date(2025, 5, 13), date(2025, 5, 16))


def test_the_time_zone_is_found_by_part_of_its_name_and_chosen_from_the_list(dialog):
    assert dialog.timezone.currentText() == "Asia/Seoul (UTC+09:00)"
    assert dialog.mission().timezone == "Asia/Seoul"
    type_into(dialog.code, CODE)
    type_into(dialog.title_edit, "Smart Factories")
    dialog.timezone.lineEdit().selectAll()
    type_into(dialog.timezone.lineEdit(), "kathm")
    completions = dialog.timezone.completer().completionModel()
    assert [completions.index(row, 0).data() for row in range(completions.rowCount())] == ["Asia/Kathmandu (UTC+05:45)"]
    assert dialog.mission().timezone == ""  # typed, not chosen
    assert dialog.zone_note.text() == "Choose a time zone from the list: type part of its name to find it."
    assert not ok_button(dialog).isEnabled()
    dialog.timezone.lineEdit().selectAll()
    type_into(dialog.timezone.lineEdit(), "Seoul")
    popup = dialog.timezone.completer().popup()
    QTest.keyClick(popup, Qt.Key.Key_Down)
    QTest.keyClick(popup, Qt.Key.Key_Return)
    assert dialog.mission().timezone == "Asia/Seoul"
    assert dialog.zone_note.isHidden() and ok_button(dialog).isEnabled()


def test_the_zone_list_is_every_regions_zone_with_its_offset():
    shown = dict((name, text) for text, name in zone_entries())
    assert shown["Asia/Seoul"] == "Asia/Seoul (UTC+09:00)"
    assert shown["UTC"] == "UTC (UTC+00:00)"
    assert shown["America/St_Johns"].endswith(("(UTC−03:30)", "(UTC−02:30)"))  # summer time or not
    assert not any(name.startswith("Etc/") for name in shown)
    assert len(shown) > 300


def test_the_new_mission_dialog_uses_the_same_date_fields_as_the_other_dialogs(dialog, qtbot):
    editor = MissionEditor(Mission("", CODE, "Smart Factories", date(2024, 5, 13), date(2024, 5, 16)))
    qtbot.addWidget(editor)
    for mine, theirs in ((dialog.start, editor.start), (dialog.end, editor.end)):
        assert isinstance(mine, QDateEdit)
        assert (mine.displayFormat(), mine.calendarPopup()) == (theirs.displayFormat(), theirs.calendarPopup())


def test_the_dialog_is_wide_enough_for_a_code_and_a_long_title(dialog):
    title = "Smart Manufacturing and Digital Transformation Study Mission"
    type_into(dialog.title_edit, title)
    assert dialog.title_edit.width() > dialog.title_edit.fontMetrics().horizontalAdvance(title)
    assert dialog.code.width() > dialog.code.fontMetrics().horizontalAdvance("24-IP-01-GE/NP-OSM-A")


def test_a_refusal_from_the_services_keeps_the_dialog_open_with_what_was_typed(qtbot, main_window, db_path):
    """Another program takes the code while the dialog is open: OK is refused, the dialog stays
    with the refusal under the code, and a new code then goes through."""
    window = main_window
    seen = {}

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewMissionDialog)
        type_into(dialog.code, CODE)
        type_into(dialog.title_edit, "Smart Factories")
        other = open_workspace(str(db_path))  # a colleague, on the same database
        try:
            other.missions.create_mission(Mission("", CODE, "Theirs", date(2024, 5, 13), date(2024, 5, 14)))
        finally:
            other.close()
        ok_button(dialog).click()
        seen["open"] = dialog.isVisible()
        seen["typed"] = (dialog.code.text(), dialog.title_edit.text())
        seen["note"] = dialog.code_note.text()
        seen["ok"] = ok_button(dialog).isEnabled()
        dialog.code.selectAll()
        QTest.keyClicks(dialog.code, "24-IP-31-GE-OSM-A")
        ok_button(dialog).click()

    QTimer.singleShot(0, fill_in)
    window.new_mission_action.trigger()
    assert seen == {
        "open": True,
        "typed": (CODE, "Smart Factories"),
        "note": f"Another mission has the code {CODE}.",
        "ok": False,
    }
    assert window.selected_mission().code == "24-IP-31-GE-OSM-A"
    assert window.workspace.missions.load_record(CODE).mission.title == "Theirs"
    assert window.undo_stack.count() == 1


def test_a_refusal_without_a_field_of_its_own_shows_below_and_keeps_the_dialog_open(dialog):
    from mission_planner.errors import InputError

    def refuse(_mission):
        raise InputError("the database is read-only")

    dialog.submit = refuse
    type_into(dialog.code, CODE)
    type_into(dialog.title_edit, "Smart Factories")
    ok_button(dialog).click()
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert dialog.problem.text() == "the database is read-only"
    assert dialog.code.text() == CODE


def test_the_notification_editor_chooses_its_zone_from_the_same_list(qtbot):
    """A mission imported with a zone the list leaves out keeps it; a name typed whole counts."""
    editor = MissionEditor(
        Mission("", CODE, "Smart Factories", date(2024, 5, 13), date(2024, 5, 16), timezone="Etc/GMT-9")
    )
    qtbot.addWidget(editor)
    assert editor.timezone.currentText() == "Etc/GMT-9 (UTC+09:00)"
    assert editor.mission().timezone == "Etc/GMT-9"
    editor.timezone.setEditText("europe/istanbul")
    assert editor.mission().timezone == "Europe/Istanbul"
    assert editor.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
