"""The People tab over the demo database: the model, the filters, a status change with undo, and
an import through the wizard. Every check of what was saved reads the database again."""

from datetime import date

import pytest

from mission_planner.domain.enums import Role, Status
from mission_planner.gui.dialogs.import_wizard import ImportWizard
from mission_planner.gui.models.people import Column, PeopleModel, filter_people, people_rows

TURKIYE = "23-IP-12-GE-OSM-A"
MULTICOUNTRY = "21-IP-06-GE-OSM-B"  # 78 people from many countries


@pytest.fixture
def tab(demo_window):
    demo_window.details.tabs.setCurrentWidget(demo_window.details.people)
    return demo_window.details.people


def names(tab) -> list[str]:
    return [tab.model.index(row, Column.NAME).data() for row in range(tab.model.rowCount())]


def uid_named(workspace, name: str) -> str:
    return next(p.uid for p in workspace.missions.load_record(TURKIYE).people if p.full_name == name)


def saved_part(workspace, uid):
    return next(p for p in workspace.missions.load_record(TURKIYE).participations if p.person_uid == uid)


def choose(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def test_the_model_passes_the_model_tester(qtmodeltester, demo_workspace):
    model = PeopleModel()
    model.set_rows(people_rows(demo_workspace.missions.load_record(MULTICOUNTRY)))
    assert model.rowCount() == 78
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_the_rows_show_names_countries_arrivals_and_nights(demo_workspace):
    rows = {row.name: row for row in people_rows(demo_workspace.missions.load_record(TURKIYE))}
    sule = rows["Şule Yılmaz"]
    assert (sule.country_name, sule.status, sule.role, sule.nights) == ("Türkiye", "confirmed", "participant", 5)
    assert sule.arrival.startswith("23 Oct 17:40")
    assert "ICN" in sule.arrival_detail and "Asia/Seoul" in sule.arrival_detail
    assert rows["Dong-hyun Choi"].country_name == "Republic of Korea"


def test_filtering_without_case_or_accents(demo_workspace):
    rows = people_rows(demo_workspace.missions.load_record(TURKIYE))
    for query in ("yilmaz", "YILMAZ", "Yılmaz", "şule yıl"):
        assert [row.name for row in filter_people(rows, query=query)] == ["Şule Yılmaz"], query
    assert filter_people(rows, query="nobody at all") == []
    assert len(filter_people(rows, country="KR")) == 3
    assert len(filter_people(rows, role=str(Role.SECRETARIAT))) == 2


def test_the_tab_shows_the_mission_people_with_a_count(tab):
    assert tab.code == TURKIYE
    assert len(names(tab)) == 9
    assert tab.count_label.text() == "9 of 9"
    assert tab.details.heading.text() == names(tab)[0]  # the first person is selected


def test_the_filters_narrow_the_rows(tab):
    choose(tab.country_filter, "KR")
    assert sorted(names(tab)) == ["Dong-hyun Choi", "Hye-won Jung", "Ji-young Lee"]
    assert tab.count_label.text() == "3 of 9"
    choose(tab.role_filter, str(Role.SECRETARIAT))
    assert sorted(names(tab)) == ["Dong-hyun Choi", "Ji-young Lee"]
    choose(tab.status_filter, str(Status.WITHDRAWN))
    assert names(tab) == [] and tab.count_label.text() == "0 of 9"
    assert not tab.details.form_holder.isVisibleTo(tab.details)
    for combo in (tab.country_filter, tab.role_filter, tab.status_filter):
        combo.setCurrentIndex(0)
    tab.search_box.setText("yilmaz")
    assert names(tab) == ["Şule Yılmaz"] and tab.count_label.text() == "1 of 9"
    assert tab.details.heading.text() == "Şule Yılmaz"


def test_the_details_show_history_flights_stays_and_pickup(tab):
    tab.search_box.setText("Yılmaz")
    details = tab.details
    assert details.status_combo.currentData() == "confirmed"
    assert details.fields["history"].text().count("\n") == 2  # nominated, accepted, confirmed
    flights = details.fields["flights"].text()
    assert "Arrives at ICN" in flights and "17:40 local time (Asia/Seoul, KST)" in flights
    assert "Leaves from ICN" in flights
    assert "5 nights" in details.fields["stays"].text()
    assert details.fields["pickup"].text().startswith("ICN, 23 Oct 17:40: 6 people")


def test_changing_a_status_records_it_and_undo_restores_it(demo_window, demo_workspace, tab):
    uid = uid_named(demo_workspace, "Şule Yılmaz")
    tab.select_person(uid)
    combo = tab.details.status_combo
    index = combo.findData(str(Status.WITHDRAWN))
    combo.setCurrentIndex(index)
    combo.activated.emit(index)  # what choosing it with the mouse emits

    part = saved_part(demo_workspace, uid)
    assert part.status == Status.WITHDRAWN
    assert (part.status_history[-1].status, part.status_history[-1].on) == (Status.WITHDRAWN, date.today())
    assert demo_window.undo_action.text() == "&Undo Mark Şule Yılmaz as withdrawn"
    assert tab.selected_uid() == uid and combo.currentData() == "withdrawn"
    assert demo_window.details.tabs.currentWidget() is tab  # the tab stays where it was

    demo_window.undo_stack.undo()
    assert saved_part(demo_workspace, uid).status == Status.CONFIRMED
    assert combo.currentData() == "confirmed" and tab.selected_uid() == uid
    demo_window.undo_stack.redo()
    assert saved_part(demo_workspace, uid).status == Status.WITHDRAWN


def test_choosing_the_same_status_changes_nothing(demo_window, demo_workspace, tab):
    uid = uid_named(demo_workspace, "Şule Yılmaz")
    tab.select_person(uid)
    before = saved_part(demo_workspace, uid)
    tab.change_status(uid, "confirmed")
    assert demo_window.undo_stack.count() == 0
    assert saved_part(demo_workspace, uid) == before


def test_importing_through_the_wizard_shows_the_new_people(qtbot, monkeypatch, tmp_path, demo_workspace, tab):
    path = tmp_path / "nominations.csv"
    path.write_text(
        "Surname,First name,Nationality,Organisation,E-mail\n"
        "Arslan,Zeynep,Türkiye,KOSGEB,zeynep@example.org\n"
        "Nguyễn,Thị Hương,Viet Nam,VNPI,huong@example.org\n",
        encoding="utf-8",
    )

    def drive(parent, workspace, code, tasks):
        wizard = ImportWizard(workspace, code, tasks, parent)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.set_path(path)
        wizard.next()
        assert wizard.import_button().isEnabled()
        with qtbot.waitSignal(wizard.sig_imported, timeout=10_000):
            wizard.import_button().click()
        return wizard.imported

    monkeypatch.setattr(ImportWizard, "ask", drive)
    tab.import_button.click()
    assert tab.count_label.text() == "11 of 11"
    assert {"Zeynep Arslan", "Nguyễn Thị Hương"} <= set(names(tab))
    choose(tab.country_filter, "VN")
    assert names(tab) == ["Nguyễn Thị Hương"]
    assert len(demo_workspace.missions.load_record(TURKIYE).people) == 11


def test_editing_travel_saves_flights_and_hotel_and_undo_restores_them(demo_window, demo_workspace, tab, monkeypatch):
    from PySide6.QtCore import QDate, QDateTime, QTime

    from mission_planner.domain.enums import FlightDirection
    from mission_planner.gui.dialogs.travel_editor import TravelEditor

    uid = uid_named(demo_workspace, "Şule Yılmaz")
    before = saved_part(demo_workspace, uid)
    tab.select_person(uid)

    def change(cls, name, flights, stays, first, last, zone, parent=None):
        dialog = cls(name, flights, stays, first, last, zone, parent)
        assert dialog.flights() == {f.direction: f for f in before.flights}  # shown as stored
        dialog.arrival.when.setDateTime(QDateTime(QDate(2023, 10, 23), QTime(21, 15)))
        dialog.arrival.flight_no.setText("oz542")
        dialog.departure.setChecked(False)  # she leaves by train
        dialog.hotel.setText("Lotte Hotel 서울")
        dialog.check_out.setDate(QDate(2023, 10, 27))
        return dialog.flights(), dialog.stays()

    monkeypatch.setattr(TravelEditor, "ask", classmethod(change))
    tab.details.travel_button.click()
    part = saved_part(demo_workspace, uid)
    (arrival,) = part.flights
    assert arrival.direction == FlightDirection.ARRIVAL and arrival.flight_no == "OZ542"
    assert (arrival.scheduled.hour, arrival.scheduled.minute, str(arrival.scheduled.tzinfo)) == (21, 15, "Asia/Seoul")
    assert arrival.sequence > before.flights[0].sequence  # calendars take the change
    assert [(s.hotel, s.check_out) for s in part.stays] == [("Lotte Hotel 서울", date(2023, 10, 27))]
    assert "OZ542" in tab.details.fields["flights"].text()
    assert "Leaves from" not in tab.details.fields["flights"].text()

    demo_window.undo_stack.undo()
    restored = saved_part(demo_workspace, uid)
    assert sorted(f.flight_no for f in restored.flights) == sorted(f.flight_no for f in before.flights)
    assert restored.stays == before.stays
