"""Every table sorts, filters, copies and exports: real tabs over real databases, offscreen.

Sorting goes through each tab's proxy, so every check that an action hits the right row reads
the database again rather than the model."""

from datetime import date, timedelta

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mission_planner.domain.enums import AttendanceStatus, Status
from mission_planner.domain.places import Site
from mission_planner.gui.models.mission_list import When
from mission_planner.gui.models.people import Column as PersonColumn
from mission_planner.gui.models.programme import Column as ItemColumn
from mission_planner.gui.models.sites import SiteColumn
from mission_planner.gui.widgets.table_tools import cell_text, visible_columns

from .sample_missions import mission_record

TURKIYE = "23-IP-12-GE-OSM-A"
LEFT = Qt.MouseButton.LeftButton


def shown(table, column: int) -> list[str]:
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def click_row(table, row: int, column: int = 0) -> None:
    index = table.model().index(row, column)
    table.scrollTo(index)
    QTest.mouseClick(table.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, table.visualRect(index).center())


@pytest.fixture
def people(demo_window):
    demo_window.details.tabs.setCurrentWidget(demo_window.details.people)
    tab = demo_window.details.people
    assert tab.code == TURKIYE
    return tab


@pytest.fixture
def sites(demo_window, demo_workspace):
    for name, capacity in (("Çırağan Palace", 120), ("Changdeokgung Palace", 8), ("Dolmabahçe Palace", 40)):
        demo_workspace.sites.save_site(Site(uid="", name_en=name, city="İstanbul", capacity=capacity))
    demo_window.details.tabs.setCurrentWidget(demo_window.details.sites)
    return demo_window.details.sites


def test_names_sort_in_the_ui_language_collation(people):
    people.search_box.setText("Kılıç")
    people.search_box.clear()
    chosen = people.selected_uid()
    people.table.sortByColumn(PersonColumn.NAME, Qt.SortOrder.AscendingOrder)
    assert people.selected_uid() == chosen and people.details.heading.text() == "Oğuz Kılıç"  # kept through the sort
    names = shown(people.table, PersonColumn.NAME)
    # By family name in collation order (services.person_key): Çelik with the Cs, Kılıç before
    # Lee, Şahin with the Ss (code points would put Çelik, Öztürk and Şahin after Yılmaz).
    assert names == [
        "İbrahim Çelik",
        "Dong-hyun Choi",
        "Mehmet Emre Güneş",
        "Hye-won Jung",
        "Oğuz Kılıç",
        "Ji-young Lee",
        "Ayşegül Öztürk",
        "Gökçe Şahin",
        "Şule Yılmaz",
    ]
    people.table.sortByColumn(PersonColumn.NAME, Qt.SortOrder.DescendingOrder)
    assert shown(people.table, PersonColumn.NAME) == names[::-1]


def test_cedilla_sorts_with_c_and_numbers_as_numbers(sites):
    sites.filter_box.setText("palace")
    sites.table.sortByColumn(SiteColumn.NAME, Qt.SortOrder.AscendingOrder)
    assert shown(sites.table, SiteColumn.NAME) == ["Changdeokgung Palace", "Çırağan Palace", "Dolmabahçe Palace"]
    sites.table.sortByColumn(SiteColumn.CAPACITY, Qt.SortOrder.AscendingOrder)
    assert shown(sites.table, SiteColumn.CAPACITY) == ["8", "40", "120"]
    assert shown(sites.table, SiteColumn.NAME) == ["Changdeokgung Palace", "Dolmabahçe Palace", "Çırağan Palace"]


def test_a_status_change_after_sorting_and_filtering_hits_the_person_chosen(people, demo_workspace):
    before = {p.person_uid: p.status for p in demo_workspace.missions.load_record(TURKIYE).participations}
    people.search_box.setText("türkiye")
    people.table.sortByColumn(PersonColumn.NAME, Qt.SortOrder.DescendingOrder)
    assert shown(people.table, PersonColumn.NAME)[:4] == ["Şule Yılmaz", "Gökçe Şahin", "Ayşegül Öztürk", "Oğuz Kılıç"]
    click_row(people.table, 3)
    assert people.details.heading.text() == "Oğuz Kılıç"
    combo = people.details.status_combo
    combo.activated.emit(combo.findData(str(Status.WITHDRAWN)))
    record = demo_workspace.missions.load_record(TURKIYE)
    oguz = next(p.uid for p in record.people if p.full_name == "Oğuz Kılıç")
    after = {p.person_uid: p.status for p in record.participations}
    assert after[oguz] == Status.WITHDRAWN != before[oguz]
    assert {uid: s for uid, s in after.items() if uid != oguz} == {uid: s for uid, s in before.items() if uid != oguz}
    assert people.selected_uid() == oguz  # the refresh kept the person, through the sort


def test_the_programme_filter_narrows_rows_and_delete_hits_the_row_shown(demo_window, demo_workspace):
    demo_window.details.tabs.setCurrentWidget(demo_window.details.programme)
    tab = demo_window.details.programme
    everything = tab.proxy.rowCount()
    tab.filter_box.setText("dinner")
    titles = shown(tab.table, ItemColumn.TITLE)
    assert titles and len(titles) < everything and all("dinner" in t.lower() for t in titles)
    assert all(shown(tab.table, ItemColumn.DAY)), "a filtered programme names the day of every row"
    tab.table.sortByColumn(ItemColumn.DAY, Qt.SortOrder.DescendingOrder)
    click_row(tab.table, 0, ItemColumn.TITLE)
    [uid] = tab.selected_uids()
    last_dinner = max(
        (day.date, item.start, item.uid)
        for day in demo_workspace.missions.load_record(TURKIYE).days
        for item in day.items
        if "dinner" in item.title.lower()
    )[2]
    assert uid == last_dinner
    tab.delete_action.trigger()
    remaining = {item.uid for day in demo_workspace.missions.load_record(TURKIYE).days for item in day.items}
    assert last_dinner not in remaining and len(remaining) == everything - 1


def test_ctrl_c_copies_the_selected_row_as_tab_separated_text(people):
    people.search_box.setText("Kılıç")
    people.table.setFocus()
    QApplication.clipboard().clear()
    QTest.keyClick(people.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    text = QGuiApplication.clipboard().text()
    assert text.endswith("\r\n") and text.count("\r\n") == 1
    cells = text.rstrip("\r\n").split("\t")
    columns = visible_columns(people.table)
    assert cells == [people.table.model().index(0, c).data() or "" for c in columns]
    assert cells[:2] == ["Oğuz Kılıç", "Türkiye"]
    people.table_actions.copy_titles_action.trigger()
    titles, row = QGuiApplication.clipboard().text().rstrip("\r\n").split("\r\n")
    assert titles.split("\t")[:2] == ["Name", "Country"] and row.split("\t") == cells


def test_a_cell_keeps_to_its_line_and_column():
    assert cell_text("Room 1\tRoom 2\r\nannex") == "Room 1 Room 2  annex"
    assert cell_text(None) == "" and cell_text(12) == "12"


def test_export_visible_rows_writes_exactly_the_filtered_rows(sites, demo_workspace, tmp_path):
    demo_workspace.sites.save_site(Site(uid="", name_en="=HYPERLINK(1) Palace Hall", city="Seoul"))
    sites.filter_box.setText("palace")
    sites.table.sortByColumn(SiteColumn.CAPACITY, Qt.SortOrder.DescendingOrder)
    target = sites.table_actions.export(tmp_path / "sites.xlsx")
    sheet = load_workbook(target).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    columns = visible_columns(sites.table)
    header = sites.table.model()
    assert rows[0] == [header.headerData(c, Qt.Orientation.Horizontal) for c in columns]
    names = [row[columns.index(SiteColumn.NAME)] for row in rows[1:]]
    assert names == ["Çırağan Palace", "Dolmabahçe Palace", "Changdeokgung Palace", "=HYPERLINK(1) Palace Hall"]
    assert [row[columns.index(SiteColumn.CAPACITY)] for row in rows[1:]] == [120, 40, 8, None]
    formula = next(cell for row in sheet.iter_rows() for cell in row if cell.value == "=HYPERLINK(1) Palace Hall")
    assert formula.data_type == "s" and formula.quotePrefix


def test_the_mission_list_sorts_and_filters_by_when_and_year(main_window, missions_workspace):
    soon = date.today() + timedelta(days=30)
    missions_workspace.missions.add_record(mission_record("26-IP-01-GE-OSM-A", "Çanakkale study", soon, soon))
    missions_workspace.missions.set_archived("21-IP-06-GE-OSM-B")
    main_window.reload()
    table = main_window.table
    codes = lambda: shown(table, 0)  # noqa: E731
    assert len(codes()) == 4
    main_window.when_filter.setCurrentIndex(main_window.when_filter.findData(str(When.UPCOMING)))
    assert codes() == ["26-IP-01-GE-OSM-A"]
    main_window.when_filter.setCurrentIndex(main_window.when_filter.findData(str(When.PAST)))
    assert sorted(codes()) == ["23-IP-06-GE-OSM-A", "23-IP-10-GE-WSP-C"]
    assert main_window.count_label.text() == "2 of 4"
    main_window.when_filter.setCurrentIndex(main_window.when_filter.findData(str(When.ARCHIVED)))
    assert codes() == ["21-IP-06-GE-OSM-B"]
    assert main_window.selected_mission().code == "21-IP-06-GE-OSM-B"
    main_window.when_filter.setCurrentIndex(0)
    main_window.year_filter.setCurrentIndex(main_window.year_filter.findData(2023))
    assert sorted(codes()) == ["23-IP-06-GE-OSM-A", "23-IP-10-GE-WSP-C"]
    main_window.year_filter.setCurrentIndex(0)
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # titles: Çanakkale with the Cs, before Digital
    assert shown(table, 1)[:2] == [
        "Çanakkale study",
        "Digital Multicountry Observational Study Mission on Data Governance",
    ]
    table.sortByColumn(2, Qt.SortOrder.DescendingOrder)  # dates, newest first, not by their words
    assert codes() == ["26-IP-01-GE-OSM-A", "23-IP-06-GE-OSM-A", "23-IP-10-GE-WSP-C", "21-IP-06-GE-OSM-B"]
    main_window.search_box.setText("23-ip")  # a search keeps the order asked for
    assert codes() == ["23-IP-06-GE-OSM-A", "23-IP-10-GE-WSP-C"]
    main_window.search_box.clear()
    click_row(table, 2, 1)
    assert main_window.selected_mission().code == "23-IP-10-GE-WSP-C"
    assert main_window.details.overview.heading.text() == "Workshop on Public Service Innovation in İSTANBUL"
    assert (
        table.model().index(2, 0).data(Qt.ItemDataRole.ToolTipRole)
        == "Workshop on Public Service Innovation in İSTANBUL"
    )


def test_find_focuses_the_filter_of_the_table_in_use(demo_window):
    demo_window.details.tabs.setCurrentWidget(demo_window.details.sites)
    tab = demo_window.details.sites
    tab.table.setFocus()
    QTest.keyClick(tab.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert tab.filter_box.hasFocus()
    demo_window.table.setFocus()
    QTest.keyClick(demo_window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert demo_window.search_box.hasFocus()


DIGITAL = "21-IP-06-GE-OSM-B"


def show_tab(window, workspace, code: str, tab):
    mission = next(m for m in workspace.missions.list_missions() if m.code == code)
    window.select_row(window.model.row_of(mission.id))
    window.details.tabs.setCurrentWidget(tab)
    assert tab.code == code
    return tab


def test_the_budget_total_stays_last_whatever_the_order(demo_window, demo_workspace):
    from mission_planner.gui.models.budget import AMOUNT_ROLE
    from mission_planner.gui.models.budget import Column as BudgetColumn

    tab = show_tab(demo_window, demo_workspace, DIGITAL, demo_window.details.budget)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        tab.table.sortByColumn(BudgetColumn.AMOUNT, order)
        categories = shown(tab.table, BudgetColumn.CATEGORY)
        assert categories[-1].startswith("Total")
        model = tab.table.model()
        amounts = [model.index(r, BudgetColumn.AMOUNT).data(AMOUNT_ROLE) for r in range(model.rowCount() - 1)]
        assert amounts == sorted(amounts, reverse=order == Qt.SortOrder.DescendingOrder)  # as numbers
    click_row(tab.table, 0, BudgetColumn.DESCRIPTION)  # the largest line, once sorted
    assert tab.selected_line().description == tab.table.model().index(0, BudgetColumn.DESCRIPTION).data()


def test_a_mark_from_the_sorted_filtered_attendance_grid_hits_its_person(demo_window, demo_workspace):
    from mission_planner.gui.models.attendance import NAME

    tab = show_tab(demo_window, demo_workspace, DIGITAL, demo_window.details.attendance)
    tab.filter_box.setText("chang")
    names = shown(tab.table, NAME)
    assert sorted(names) == ["Tsung-han Chang", "Wei-lun Chang"]
    tab.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    names = shown(tab.table, NAME)
    column = next(c for c in range(tab.model.columnCount()) if tab.model.item_at(c) is not None)
    item = tab.model.item_at(column)
    menu = tab._menu_for(tab.table.model().index(0, column))
    next(a for a in menu.actions() if a.text() == "Absent").trigger()
    record = demo_workspace.missions.load_record(DIGITAL)
    person = next(p.uid for p in record.people if p.full_name == names[0] or names[0].startswith(p.full_name))
    mark = next(m for m in record.attendance if (m.item_uid, m.person_uid) == (item.uid, person))
    assert mark.status == AttendanceStatus.ABSENT
