"""The coordinator edits the practical notes once, in the window, from the Overview or the Mission
menu; the database holds them, and undo and redo take them back and forth."""

from __future__ import annotations

import os
from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QDateTime, QPoint, Qt, QTime, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from mission_planner.domain.enums import FlightDirection
from mission_planner.gui.dialogs.meeting_point import MeetingPointDialog
from mission_planner.gui.dialogs.practical_notes import PracticalNotesDialog
from mission_planner.gui.dialogs.travel_editor import TravelEditor

TURKIYE = "23-IP-12-GE-OSM-A"


def drive(qtbot, steps) -> list[str]:
    """Run `steps(dialog)` on the dialog once it is open, then press its OK button; returns a
    list that holds "done" once the steps ran (an assertion inside a timer would be lost)."""
    done: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PracticalNotesDialog)
        steps(dialog)
        shot = os.environ.get("PRACTICAL_SHOT")
        if shot:
            dialog.grab().save(shot)
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        done.append("done")

    QTimer.singleShot(0, act)
    return done


def type_into(edit, text: str) -> None:
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    QTest.keyClicks(edit, text)


def test_practical_notes_typed_from_the_overview_are_stored_and_undone(qtbot, demo_workspace, demo_window):
    window = demo_window
    assert window.selected_mission().code == TURKIYE
    before = demo_workspace.missions.practical_notes(TURKIYE)
    window.details.tabs.setCurrentWidget(window.details.overview)

    def steps(dialog: PracticalNotesDialog) -> None:
        type_into(dialog.edits["dress_code"], "Hanbok welcome dinner: smart casual")
        type_into(dialog.edits["wifi"], "KPC-Guest / ")
        dialog.edits["wifi"].insertPlainText("비밀번호")  # as an input method commits it: keyClicks is ASCII only
        dialog.lead.selectAll()
        QTest.keyClicks(dialog.lead, "210")
        dialog.office.setCurrentIndex(0)  # (none)

    done = drive(qtbot, steps)
    qtbot.mouseClick(window.details.overview.practical_button, Qt.MouseButton.LeftButton)
    assert done == ["done"]

    stored = demo_workspace.missions.practical_notes(TURKIYE)
    assert stored.dress_code == "Hanbok welcome dinner: smart casual"
    assert stored.wifi == "KPC-Guest / 비밀번호"
    assert stored.departure_transfer_minutes == 210
    assert stored.host_office_uid is None
    assert stored.insurance == before.insurance  # untouched fields stay as they were
    window.undo_stack.undo()
    assert demo_workspace.missions.practical_notes(TURKIYE) == before
    window.undo_stack.redo()
    assert demo_workspace.missions.practical_notes(TURKIYE) == stored


def test_the_mission_menu_opens_the_same_dialog_and_a_cancel_saves_nothing(qtbot, demo_workspace, demo_window):
    window = demo_window
    before = demo_workspace.missions.practical_notes(TURKIYE)
    seen: list[str] = []

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(type(dialog).__name__)
        assert isinstance(dialog, PracticalNotesDialog)
        type_into(dialog.edits["money"], "nothing")
        dialog.reject()

    QTimer.singleShot(0, cancel)
    window.practical_notes_action.trigger()

    assert seen == ["PracticalNotesDialog"]
    assert demo_workspace.missions.practical_notes(TURKIYE) == before
    assert not window.undo_stack.canUndo()


def test_a_note_too_long_cannot_be_saved(qtbot, demo_workspace):
    dialog = PracticalNotesDialog(TURKIYE, demo_workspace.missions.practical_notes(TURKIYE), [])
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.edits["insurance"].setPlainText("x" * 20_001)
    assert not ok.isEnabled() and dialog.problem.text()


# --- the meeting point and the hotel pick-up, where travel is edited ----------------------------


def participant(workspace, name: str):
    record = workspace.missions.load_record(TURKIYE)
    return next(p.uid for p in record.people if p.full_name == name)


def test_the_meeting_point_is_typed_from_the_people_tab_stored_and_undone(qtbot, demo_workspace, demo_window):
    tab = demo_window.details.people
    demo_window.details.tabs.setCurrentWidget(tab)
    uid = participant(demo_workspace, "Şule Yılmaz")
    before = demo_workspace.people.meeting_points(TURKIYE)
    assert [p.greeter_name for p in before] == ["Ji-young Lee"]  # the demo's, for every day at ICN
    tab.select_person(uid)
    assert "Ji-young Lee" in tab.details.fields["pickup"].text()
    done: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MeetingPointDialog)
        type_into(dialog.exit, "Exit 10")
        type_into(dialog.greeter_name, "Park Seo-yeon")
        type_into(dialog.greeter_phone, "+82-10-5555-0177")
        QTest.mouseClick(
            dialog.only_this_day, Qt.MouseButton.LeftButton, pos=QPoint(6, dialog.only_this_day.height() // 2)
        )
        shot = os.environ.get("MEETING_SHOT")
        if shot:
            dialog.grab().save(shot)
        QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        done.append("done")

    QTimer.singleShot(0, act)
    qtbot.mouseClick(tab.details.meeting_button, Qt.MouseButton.LeftButton)
    assert done == ["done"]

    stored = demo_workspace.people.meeting_points(TURKIYE)
    # A point for that day only, beside the one for every other day.
    dated = [(p.on_date, p.greeter_name, p.greeter_phone, p.exit) for p in stored if p.on_date is not None]
    assert dated == [(date(2023, 10, 23), "Park Seo-yeon", "+82-10-5555-0177", "Exit 10")]
    assert before[0] in stored
    assert "Park Seo-yeon" in tab.details.fields["pickup"].text()  # the feed refreshed the tab
    demo_window.undo_stack.undo()
    assert demo_workspace.people.meeting_points(TURKIYE) == before
    demo_window.undo_stack.redo()
    assert demo_workspace.people.meeting_points(TURKIYE) == stored


def test_a_departure_gets_its_own_hotel_pick_up_in_the_travel_editor(qtbot, demo_workspace, demo_window):
    tab = demo_window.details.people
    demo_window.details.tabs.setCurrentWidget(tab)
    uid = participant(demo_workspace, "Şule Yılmaz")
    tab.select_person(uid)
    done: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TravelEditor)
        assert not dialog.arrival.pickup_box.isVisibleTo(dialog)  # arrivals are met, not picked up
        box = dialog.departure.pickup_box
        QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(6, box.height() // 2))
        dialog.departure.pickup.setDateTime(QDateTime(QDate(2023, 10, 28), QTime(12, 0)))
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # after the 11:05 flight
        dialog.departure.pickup.setDateTime(QDateTime(QDate(2023, 10, 28), QTime(6, 45)))
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
        done.append("done")

    QTimer.singleShot(0, act)
    qtbot.mouseClick(tab.details.travel_button, Qt.MouseButton.LeftButton)
    assert done == ["done"]

    record = demo_workspace.missions.load_record(TURKIYE)
    part = next(p for p in record.participations if p.person_uid == uid)
    departure = next(f for f in part.flights if f.direction == FlightDirection.DEPARTURE)
    assert departure.pickup == datetime(2023, 10, 28, 6, 45, tzinfo=ZoneInfo("Asia/Seoul"))
    demo_window.undo_stack.undo()
    record = demo_workspace.missions.load_record(TURKIYE)
    part = next(p for p in record.participations if p.person_uid == uid)
    assert all(f.pickup is None for f in part.flights)
