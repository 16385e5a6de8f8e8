"""Editing the Project Notification from the Overview tab, with undo, against a real database."""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from mission_planner.gui.dialogs.mission_editor import MissionEditor


def test_the_editor_returns_every_field_as_typed(qtbot, missions_workspace, main_window):
    mission = main_window.details.overview.record.mission
    dialog = MissionEditor(mission)
    qtbot.addWidget(dialog)
    assert dialog.mission() == mission  # opening and accepting changes nothing
    dialog.title_edit.setText("  İzmir Smart Factory Mission  ")
    dialog.venue.setText("서울")
    dialog.overseas_quota.setValue(14)
    dialog.local_quota.setValue(-1)
    dialog.objectives.setPlainText("First\n\n  Second  \n")
    dialog.closing_date.enabled.setChecked(False)
    dialog.add_revision()
    dialog.revisions.item(dialog.revisions.rowCount() - 1, 2).setText("Dates")
    edited = dialog.mission()
    assert edited.title == "İzmir Smart Factory Mission"
    assert edited.venue_city == "서울"
    assert (edited.overseas_quota, edited.local_quota) == (14, None)
    assert edited.objectives == ["First", "Second"]
    assert edited.nomination_closing_date is None
    assert edited.revisions[-1].clause == "Dates" and edited.revisions[-1].date_of_issue == date.today()
    assert edited.code == mission.code


def test_the_editor_refuses_what_cannot_be_saved(qtbot, main_window):
    dialog = MissionEditor(main_window.details.overview.record.mission)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.timezone.setCurrentText("Asia/Atlantis")
    assert not ok.isEnabled() and "Asia/Atlantis" in dialog.problem.text()
    dialog.timezone.setCurrentText("Europe/Istanbul")
    assert ok.isEnabled()
    dialog.end.setDate(dialog.start.date().addDays(-1))
    assert not ok.isEnabled()
    dialog.end.setDate(dialog.start.date())
    dialog.add_revision()
    dialog.revisions.item(dialog.revisions.rowCount() - 1, 1).setText("1 Sept")
    assert not ok.isEnabled() and "YYYY-MM-DD" in dialog.problem.text()


def test_an_edit_from_the_overview_is_saved_shown_and_undone(qtbot, missions_workspace, main_window, monkeypatch):
    code = main_window.selected_mission().code
    before = missions_workspace.missions.load_record(code).mission
    main_window.details.tabs.setCurrentWidget(main_window.details.overview)

    def edit(cls, mission, parent=None):
        dialog = cls(mission, parent)
        dialog.title_edit.setText("Green Productivity in İstanbul")
        dialog.background.setPlainText("배경")
        return dialog.mission()

    monkeypatch.setattr(MissionEditor, "ask", classmethod(edit))
    qtbot.mouseClick(main_window.details.overview.edit_button, Qt.MouseButton.LeftButton)
    stored = missions_workspace.missions.load_record(code).mission
    assert (stored.title, stored.background) == ("Green Productivity in İstanbul", "배경")
    assert main_window.details.overview.heading.text() == "Green Productivity in İstanbul"
    assert main_window.details.overview.fields["background"].text() == "배경"
    assert main_window.selected_mission().title == "Green Productivity in İstanbul"
    main_window.undo_stack.undo()
    assert missions_workspace.missions.load_record(code).mission == before
    assert main_window.details.overview.heading.text() == before.title
    main_window.undo_stack.redo()
    assert missions_workspace.missions.load_record(code).mission.title == "Green Productivity in İstanbul"
