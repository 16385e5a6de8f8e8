"""The Sites tab over the demo database: the catalogue, the editor, undo and redo, travel times.

Every check of what was saved reads the database again through the workspace.
"""

from datetime import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from mission_planner.domain.enums import PlaceKind
from mission_planner.domain.places import OpeningHours, Site
from mission_planner.gui.dialogs.site_editor import SiteEditor
from mission_planner.gui.models.sites import (
    SiteColumn,
    SitesModel,
    TravelColumn,
    TravelTimesModel,
    hours_by_weekday,
    parse_minutes,
    travel_rows,
)


@pytest.fixture
def tab(demo_window):
    demo_window.details.tabs.setCurrentWidget(demo_window.details.sites)
    return demo_window.details.sites


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *args: shown.append(text))
    return shown


def saved_site(workspace, uid) -> Site | None:
    return next((site for site in workspace.sites.list_sites() if site.uid == uid), None)


def minutes_between(workspace, a, b) -> int | None:
    for travel in workspace.sites.travel_times():
        if {travel.from_uid, travel.to_uid} == {a, b}:
            return travel.minutes
    return None


def row_named(tab, name_en) -> int:
    return next(n for n, site in enumerate(tab.model.sites()) if site.name_en == name_en)


def answer_editor(monkeypatch, fill):
    """Make `SiteEditor.ask` fill a real editor with `fill(editor)` and press OK."""

    def ask(parent, site=None):
        editor = SiteEditor(site, parent)
        fill(editor)
        ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok.isEnabled(), editor.problem_text()
        return editor.site()

    monkeypatch.setattr(SiteEditor, "ask", staticmethod(ask))


def test_the_models_pass_the_model_tester(qtmodeltester, demo_workspace):
    sites = demo_workspace.sites.list_sites()
    model = SitesModel()
    model.set_sites(sites)
    qtmodeltester.check(model)
    travel = TravelTimesModel()
    travel.edit_handler = lambda uid, minutes: True
    travel.set_rows(travel_rows(sites[0].uid, sites, demo_workspace.sites.travel_times()))
    qtmodeltester.check(travel)


def test_the_tab_shows_every_site_with_its_details(tab, demo_workspace):
    assert tab.model.rowCount() == len(demo_workspace.sites.list_sites()) == 10
    row = row_named(tab, "Korea Institute of Science and Technology")
    model = tab.model
    assert model.index(row, SiteColumn.NAME).data() == "Korea Institute of Science and Technology (KIST)"
    assert model.index(row, SiteColumn.NAME_KO).data() == "한국과학기술연구원"
    assert model.index(row, SiteColumn.KIND).data() == "Institution"
    assert model.index(row, SiteColumn.CAPACITY).data() == "40"
    assert model.index(row, SiteColumn.VISITOR_LIST).data() == "visitor list 14 days ahead"
    tab.select_row(row)
    details = tab.details.text()
    assert "서울특별시 성북구 화랑로14길 5" in details and "5 Hwarang-ro 14-gil" in details
    assert "Monday" in details and "09:00–18:00" in details and "closed" in details
    assert "passport" in details
    assert tab.travel_model.rowCount() == 9
    assert tab.edit_action.isEnabled() and tab.delete_action.isEnabled()


def test_opening_hours_by_weekday():
    hours = [OpeningHours((0, 1), time(9), time(12)), OpeningHours((0,), time(13), time(18))]
    assert hours_by_weekday(hours)[:3] == [(0, "09:00–12:00, 13:00–18:00"), (1, "09:00–12:00"), (2, "closed")]


def test_minutes_typed_in_a_cell():
    assert parse_minutes(" 45 ") == 45
    assert parse_minutes("") is None
    for wrong in ("abc", "-5", "2000"):
        with pytest.raises(ValueError):
            parse_minutes(wrong)


def test_adding_a_site_through_the_editor_then_undo_and_redo(monkeypatch, demo_window, demo_workspace, tab):
    def fill(editor):
        editor.name_en.setText("Seoul Digital Foundation")
        editor.name_ko.setText("서울디지털재단")
        editor.acronym.setText("SDF")
        editor.kind.setCurrentIndex(editor.kind.findData(PlaceKind.INSTITUTION.value))
        editor.city.setText("Seoul")
        editor.capacity.setValue(25)
        editor.add_hours(OpeningHours((0, 1, 2), time(10), time(17)))
        editor.visitor_list.setChecked(True)
        editor.visitor_days.setValue(3)
        editor.address_ko.setPlainText("서울특별시 마포구")

    answer_editor(monkeypatch, fill)
    before = len(demo_workspace.sites.list_sites())
    tab.add_action.trigger()
    added = next(site for site in demo_workspace.sites.list_sites() if site.name_en == "Seoul Digital Foundation")
    assert added.name_ko == "서울디지털재단" and added.capacity == 25
    assert added.opening_hours == [OpeningHours((0, 1, 2), time(10), time(17))]
    assert added.visitor_list_required and added.visitor_list_days_before == 3
    assert tab.selected_uid() == added.uid
    assert demo_window.undo_action.text() == "&Undo Add site “Seoul Digital Foundation”"

    demo_window.undo_action.trigger()
    assert saved_site(demo_workspace, added.uid) is None
    assert tab.model.rowCount() == before

    demo_window.redo_action.trigger()
    assert saved_site(demo_workspace, added.uid) == added  # the same uid and values again
    assert tab.model.row_of(added.uid) is not None


def test_editing_a_site_then_undo_restores_the_old_values(monkeypatch, demo_window, demo_workspace, tab):
    tab.select_row(row_named(tab, "Public Procurement Service"))
    old = tab.selected_site()

    def fill(editor):
        assert editor.name_en.text() == old.name_en
        editor.city.setText("Sejong")
        editor.access_notes.setPlainText("Gate 2.")

    answer_editor(monkeypatch, fill)
    tab.edit_action.trigger()
    edited = saved_site(demo_workspace, old.uid)
    assert (edited.city, edited.access_notes) == ("Sejong", "Gate 2.")
    assert edited.opening_hours == old.opening_hours and edited.name_ko == old.name_ko

    demo_window.undo_action.trigger()
    assert saved_site(demo_workspace, old.uid) == old
    assert tab.selected_uid() == old.uid


def test_an_unchanged_edit_pushes_nothing(monkeypatch, demo_window, tab):
    answer_editor(monkeypatch, lambda editor: None)
    tab.edit_action.trigger()
    assert demo_window.undo_stack.count() == 0


def test_deleting_a_site_in_use_shows_why_and_changes_nothing(demo_window, demo_workspace, tab, warnings):
    before = demo_workspace.sites.list_sites()
    tab.select_row(row_named(tab, "Korea Productivity Center"))
    tab.delete_action.trigger()
    assert len(warnings) == 1
    assert "Korea Productivity Center is used by" in warnings[0] and "change those first" in warnings[0]
    assert demo_workspace.sites.list_sites() == before
    assert demo_window.undo_stack.count() == 0


def test_deleting_an_unused_site_then_undo_brings_it_back_with_its_travel_times(demo_window, demo_workspace, tab):
    kpc = next(site for site in demo_workspace.sites.list_sites() if site.acronym == "KPC")
    _changed, uid = demo_workspace.sites.save_site(Site(uid="", name_en="Annex", city="Seoul"))
    demo_workspace.sites.set_travel_time(uid, kpc.uid, 12)
    tab.reload(select=uid)
    site = tab.selected_site()
    assert site.uid == uid

    tab.delete_action.trigger()
    assert saved_site(demo_workspace, uid) is None
    assert tab.model.row_of(uid) is None

    demo_window.undo_action.trigger()
    assert saved_site(demo_workspace, uid) == site
    assert minutes_between(demo_workspace, uid, kpc.uid) == 12
    assert tab.selected_uid() == uid


def test_editing_a_travel_time_then_undo(qtbot, demo_window, demo_workspace, tab):
    tab.select_row(row_named(tab, "Korea Institute of Science and Technology"))
    kist = tab.selected_uid()
    row = next(n for n in range(tab.travel_model.rowCount()) if "(PPS)" in tab.travel_model.row_at(n).name)
    pps = tab.travel_model.row_at(row).uid
    assert minutes_between(demo_workspace, kist, pps) == 120

    index = tab.travel_model.index(row, TravelColumn.MINUTES)
    tab.travel_table.setCurrentIndex(index)
    tab.travel_table.edit(index)
    editor = tab.travel_table.indexWidget(index)
    editor.setText("95")
    with qtbot.waitSignal(editor.destroyed):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert minutes_between(demo_workspace, kist, pps) == 95
    assert tab.travel_model.index(row, TravelColumn.MINUTES).data() == "95"

    tab.travel_model.setData(index, "")  # empty: not known
    assert minutes_between(demo_workspace, kist, pps) is None
    assert demo_window.undo_stack.count() == 2

    demo_window.undo_action.trigger()
    assert minutes_between(demo_workspace, kist, pps) == 95
    demo_window.undo_action.trigger()
    assert minutes_between(demo_workspace, kist, pps) == 120
    assert tab.selected_uid() == kist
    assert tab.travel_model.index(row, TravelColumn.MINUTES).data() == "120"


def test_a_travel_time_that_is_not_a_number_is_ignored(demo_window, demo_workspace, tab):
    index = tab.travel_model.index(0, TravelColumn.MINUTES)
    assert not tab.travel_model.setData(index, "soon")
    assert demo_window.undo_stack.count() == 0


def test_the_editor_refuses_a_site_without_a_name_or_with_hours_backwards(qtbot):
    editor = SiteEditor()
    qtbot.addWidget(editor)
    ok = editor.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and editor.problem_text() == "A site needs an English name."
    editor.name_en.setText("Somewhere")
    assert ok.isEnabled()
    row = editor.add_hours(OpeningHours((5,), time(10), time(9)))
    assert not ok.isEnabled() and "close after" in editor.problem_text()
    row.remove_button.click()
    assert ok.isEnabled()
    site = editor.site()
    assert site.uid == "" and site.opening_hours == [] and site.capacity is None
    assert site.visitor_list_days_before is None
