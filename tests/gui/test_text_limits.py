"""The editing dialogs hold each text to its length limit: a line stops taking characters at
the limit, and a text box over its limit shows the problem and holds OK back."""

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox

from mission_planner.domain.limits import MAX_LONG_TEXT, MAX_NAME, MAX_SHORT_TEXT, MAX_TITLE
from mission_planner.gui.dialogs.item_editor import ItemEditor
from mission_planner.gui.dialogs.mission_editor import MissionEditor
from mission_planner.gui.dialogs.rule_set_editor import RuleSetEditor
from mission_planner.gui.dialogs.site_editor import SiteEditor
from mission_planner.gui.dialogs.travel_editor import TravelEditor
from tests.factories import full_record


def ok(dialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_the_item_editor_stops_a_title_at_its_limit_and_refuses_a_long_description(qtbot):
    record = full_record()
    item = record.days[0].items[0]
    dialog = ItemEditor(record, record.sites, record.days[0].date, item)
    qtbot.addWidget(dialog)
    assert dialog.title_edit.maxLength() == MAX_TITLE
    dialog.title_edit.setText("t" * (MAX_TITLE + 50))
    assert dialog.title_edit.text() == "t" * MAX_TITLE
    qtbot.keyClicks(dialog.title_edit, "more")
    assert len(dialog.title_edit.text()) == MAX_TITLE
    dialog.description.setPlainText("d" * (MAX_LONG_TEXT + 1))
    assert not ok(dialog)
    assert (
        dialog.problem.text() == f"Description is {MAX_LONG_TEXT + 1:,} characters long; at most {MAX_LONG_TEXT:,} fit."
    )
    dialog.description.setPlainText("d" * MAX_LONG_TEXT)
    assert ok(dialog) and dialog.problem.text() == ""
    assert dialog.result_item().description == "d" * MAX_LONG_TEXT


def test_the_mission_editor_checks_each_line_of_a_list_against_its_limit(qtbot):
    dialog = MissionEditor(full_record().mission)
    qtbot.addWidget(dialog)
    assert dialog.signatory_name.maxLength() == MAX_NAME
    dialog.organizations.setPlainText("KPC\n" + "o" * (MAX_SHORT_TEXT + 1))
    assert not ok(dialog) and "Implementing organizations is" in dialog.problem.text()
    dialog.organizations.setPlainText("KPC\n" + "o" * MAX_SHORT_TEXT)
    assert ok(dialog)
    dialog.background.setPlainText("b" * (MAX_LONG_TEXT + 1))
    assert not ok(dialog) and "Background" in dialog.problem.text()


def test_the_site_travel_and_rule_editors_limit_their_lines(qtbot):
    record = full_record()
    site = SiteEditor(record.sites[0])
    qtbot.addWidget(site)
    assert site.name_en.maxLength() == MAX_NAME
    site.access_notes.setPlainText("a" * (MAX_LONG_TEXT + 1))
    assert not ok(site) and "Access notes" in site.problem.text()

    travel = TravelEditor("Şule", {}, [], date(2023, 10, 24), date(2023, 10, 25), "Asia/Seoul")
    qtbot.addWidget(travel)
    assert travel.hotel.maxLength() == MAX_NAME
    assert travel.arrival.flight_no.maxLength() == MAX_SHORT_TEXT

    rules = RuleSetEditor(record.rule_set)
    qtbot.addWidget(rules)
    assert rules.to_verify.maxLength() == MAX_LONG_TEXT


def test_a_text_already_longer_than_its_limit_is_not_cut_but_shown_as_a_problem(qtbot):
    record = full_record()
    record.sites[0].name_en = "S" * (MAX_NAME + 1)
    dialog = SiteEditor(record.sites[0])
    qtbot.addWidget(dialog)
    assert dialog.name_en.text() == "S" * (MAX_NAME + 1)
    assert not ok(dialog) and "English name is" in dialog.problem.text()
