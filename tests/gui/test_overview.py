"""The Overview tab shows the Project Notification fields of the demo missions."""

import dataclasses

from mission_planner.gui.views.overview import OverviewTab
from tests.factories import full_record

DIGITAL = "21-IP-06-GE-OSM-B"


def show(demo_window, code):
    row = next(row for row in range(demo_window.model.rowCount()) if demo_window.model.mission_at(row).code == code)
    demo_window.select_row(row)
    return demo_window.details.overview


def test_the_digital_mission_with_its_revision(demo_window):
    overview = show(demo_window, DIGITAL)
    fields = {name: label.text() for name, label in overview.fields.items()}
    assert overview.heading.text().startswith("Multicountry Observational Study Mission on Data Governance")
    assert fields["code"] == DIGITAL
    assert fields["ref_no"] == "21-IP-06-GE-OSM-B-PN2100065-003"
    assert fields["date_of_issue"] == "29 Sep 2021"
    assert fields["closing_date"] == "1 Nov 2021"
    assert fields["dates"] == "24–25 Nov 2021"
    assert fields["venue"] == "Online"
    assert fields["modality"] == "Digital"
    assert fields["countries"] == "All APO member economies"
    assert fields["quotas"] == "57 overseas and 12 local participants"
    assert fields["objectives"].count("•") == 3
    assert fields["background"].startswith(demo_window.workspace.missions.load_record(DIGITAL).mission.background[:40])
    table = overview.revisions
    assert table.rowCount() == 1 and not table.isHidden() and overview.no_revisions.isHidden()
    assert [table.item(0, column).text() for column in range(3)] == [
        "1",
        "20 Oct 2021",
        "3. Scope, Methodology, and Certificate of Attendance",
    ]
    assert table.item(0, 3).text().startswith("Daily sessions set at 13:00–16:00 Seoul time")


def test_a_mission_without_revisions_says_so(demo_window):
    overview = show(demo_window, "23-IP-12-GE-OSM-A")
    assert overview.revisions.isHidden() and not overview.no_revisions.isHidden()
    assert overview.fields["countries"].text() == "Türkiye"
    assert overview.fields["quotas"].text() == "6 overseas participants"
    assert overview.fields["people"].text() == "Participants: 6\nResource persons: 1\nSecretariat: 2\nTotal: 9"


def test_quotas_and_countries_in_every_combination(qtbot):
    overview = OverviewTab()
    qtbot.addWidget(overview)
    record = full_record()
    mission = record.mission
    for overseas, local, expected in [
        (6, 2, "6 overseas and 2 local participants"),
        (None, 2, "2 local participants"),
        (None, None, "—"),
    ]:
        mission.overseas_quota, mission.local_quota = overseas, local
        overview.show_record(record)
        assert overview.fields["quotas"].text() == expected
    mission.participating_countries = ["TR", "VN", "IR"]
    overview.show_record(record)
    assert overview.fields["countries"].text() == "Türkiye, Vietnam, IR Iran"


def test_a_prefilled_record_is_shown_once_instead_of_reading_then_the_database_again(demo_window):
    """The start's thread reads the first mission; the Overview shows that record instead of
    reading it again on the GUI thread, once, and for that mission only."""
    overview = demo_window.details.overview
    record = demo_window.workspace.missions.load_record(demo_window.details.code)
    read_on_the_thread = dataclasses.replace(
        record, mission=dataclasses.replace(record.mission, title="Read on the start's thread")
    )
    overview.prefill(read_on_the_thread)
    overview.read_now()
    assert overview.heading.text() == "Read on the start's thread"
    overview.read_now()
    assert overview.heading.text() == record.mission.title
    assert record.mission.code != DIGITAL
    another = demo_window.workspace.missions.load_record(DIGITAL)
    overview.prefill(another)
    overview.read_now()  # not the mission shown: read from the database
    assert overview.record is not None and overview.record.mission.code == record.mission.code
