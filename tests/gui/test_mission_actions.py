"""New, Duplicate and Archive in the File menu, against a real database."""

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox

from mission_planner.domain.enums import Modality
from mission_planner.domain.mission import Mission
from mission_planner.gui.dialogs.duplicate_mission import DuplicateMissionDialog
from mission_planner.gui.dialogs.new_mission import NewMissionDialog


def accepting(mission: Mission):
    """The New Mission dialog as a user fills it in with `mission` and presses OK: the dialog
    hands it to the window's `submit` (which may refuse it) and returns it."""

    def ask(cls, parent=None, *, submit, **_options):
        submit(mission)
        return mission

    return classmethod(ask)


def test_a_new_mission_is_stored_listed_and_selected(main_window, missions_workspace, monkeypatch):
    new = Mission(
        "", "24-IP-30-GE-OSM-A", "Smart Factories", date(2024, 5, 13), date(2024, 5, 16), modality=Modality.HYBRID
    )
    monkeypatch.setattr(NewMissionDialog, "ask", accepting(new))
    main_window.new_mission_action.trigger()
    assert main_window.selected_mission().code == "24-IP-30-GE-OSM-A"
    assert missions_workspace.missions.load_record("24-IP-30-GE-OSM-A").mission.modality == Modality.HYBRID


def test_the_new_mission_dialog_refuses_a_mission_that_ends_before_it_starts(qtbot):
    dialog = NewMissionDialog(today=date(2024, 5, 13))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.code.setText("24-IP-30-GE-OSM-A")
    dialog.title_edit.setText("Smart Factories")
    assert ok.isEnabled()
    dialog.end.setDate(dialog.start.date().addDays(-1))
    assert not ok.isEnabled() and dialog.dates_note.text() == "The last day is before the first."


def test_the_new_mission_dialog_says_which_rules_the_mission_starts_on(qtbot):
    dialog = NewMissionDialog(today=date(2024, 5, 13), preferred_rules="digital-multicountry")
    qtbot.addWidget(dialog)
    dialog.modality.setCurrentIndex(dialog.modality.findData(Modality.IN_PERSON.value))
    assert dialog.rules.text() == (
        "Starts on the rules “APO face-to-face multicountry projects (template)” (a template to verify)."
    )
    dialog.modality.setCurrentIndex(dialog.modality.findData(Modality.DIGITAL.value))
    assert dialog.rules.text() == "Starts on the rules “APO digital multicountry projects” (verified)."
    dialog.modality.setCurrentIndex(dialog.modality.findData(Modality.HYBRID.value))
    assert dialog.rules.text() == "No preset fits a mission that is hybrid, multicountry: it starts without rules."
    assert dialog.mission().scope == "multicountry"


def test_a_new_mission_no_preset_fits_says_so_in_the_budget_tab(main_window, missions_workspace, monkeypatch):
    new = Mission("", "24-IP-31-GE-OSM-A", "Hybrid", date(2024, 5, 13), date(2024, 5, 16), modality=Modality.HYBRID)
    monkeypatch.setattr(NewMissionDialog, "ask", accepting(new))
    main_window.new_mission_action.trigger()
    assert missions_workspace.missions.load_record("24-IP-31-GE-OSM-A").rule_set is None
    budget = main_window.details.budget
    main_window.details.tabs.setCurrentWidget(budget)
    assert budget.rule_name.text() == "No rule set"
    assert budget.rule_status.text() == (
        "No preset fits a mission that is hybrid, multicountry: choose one or write the rules."
    )
    assert "Verified" not in budget.rule_status.text()


def test_duplicating_makes_next_years_mission(main_window, missions_workspace, monkeypatch):
    shown = main_window.selected_mission()
    dialog = DuplicateMissionDialog("23-IP-12-GE-OSM-A", date(2023, 10, 24))
    assert (dialog.code.text(), dialog.start.date().toPython()) == ("24-IP-12-GE-OSM-A", date(2024, 10, 24))
    dialog.deleteLater()
    monkeypatch.setattr(
        DuplicateMissionDialog, "ask", classmethod(lambda cls, code, start, parent=None: ("99-IP-01-GE-OSM-A", start))
    )
    main_window.duplicate_mission_action.trigger()
    assert main_window.selected_mission().code == "99-IP-01-GE-OSM-A"
    copy = missions_workspace.missions.load_record("99-IP-01-GE-OSM-A")
    assert [item.title for item in copy.items()] == [
        item.title for item in missions_workspace.missions.load_record(shown.code).items()
    ]


def test_archiving_marks_the_mission_and_can_be_undone(main_window, missions_workspace):
    code = main_window.selected_mission().code
    main_window.archive_mission_action.trigger()
    assert next(m for m in missions_workspace.missions.list_missions() if m.code == code).archived
    assert main_window.archive_mission_action.isChecked()
    main_window.archive_mission_action.trigger()
    assert not next(m for m in missions_workspace.missions.list_missions() if m.code == code).archived


def _codes(workspace) -> list[str]:
    return sorted(m.code for m in workspace.missions.list_missions())


def test_new_duplicate_and_archive_are_undone_and_redone(main_window, missions_workspace, monkeypatch):
    before = _codes(missions_workspace)
    shown = main_window.selected_mission().code
    new = Mission("", "24-IP-30-GE-OSM-A", "Smart Factories", date(2024, 5, 13), date(2024, 5, 16))
    monkeypatch.setattr(NewMissionDialog, "ask", accepting(new))
    monkeypatch.setattr(
        DuplicateMissionDialog, "ask", classmethod(lambda cls, code, start, parent=None: ("99-IP-01-GE-OSM-A", start))
    )
    main_window.new_mission_action.trigger()
    created = missions_workspace.missions.load_record("24-IP-30-GE-OSM-A").mission.uid
    main_window.duplicate_mission_action.trigger()  # duplicates the new mission, now selected
    main_window.archive_mission_action.trigger()  # archives the copy
    copy_items = [item.uid for item in missions_workspace.missions.load_record("99-IP-01-GE-OSM-A").items()]
    stack = main_window.undo_stack
    assert stack.count() == 3
    stack.undo()
    assert not next(m for m in missions_workspace.missions.list_missions() if m.code == "99-IP-01-GE-OSM-A").archived
    stack.undo()
    assert "99-IP-01-GE-OSM-A" not in _codes(missions_workspace)
    stack.undo()
    assert _codes(missions_workspace) == before
    assert main_window.selected_mission() is not None and main_window.selected_mission().code in before
    stack.redo()
    stack.redo()
    stack.redo()
    assert missions_workspace.missions.load_record("24-IP-30-GE-OSM-A").mission.uid == created
    assert [item.uid for item in missions_workspace.missions.load_record("99-IP-01-GE-OSM-A").items()] == copy_items
    assert next(m for m in missions_workspace.missions.list_missions() if m.code == "99-IP-01-GE-OSM-A").archived
    assert shown in _codes(missions_workspace)
