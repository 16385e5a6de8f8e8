"""Attendance through the workspace: the register, a Zoom participant report, certificates."""

from datetime import date

import pytest

from mission_planner.domain.certificates import Reason
from mission_planner.domain.enums import AttendanceStatus
from mission_planner.domain.people import Attendance
from mission_planner.services.people import ImportProblems
from tests.factories import online_record

CODE = "21-IP-90-GE-OSM-B"
HEADER = "Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest\n"


@pytest.fixture
def ws(workspace):
    workspace.missions.add_record(online_record())
    return workspace


def report(tmp_path, lines, preamble=""):
    path = tmp_path / "participants.csv"
    path.write_text(preamble + HEADER + "".join(line + "\n" for line in lines), encoding="utf-8-sig")
    return path


def day(d, start, end):
    return f"11/{d}/2021 {start},11/{d}/2021 {end}"


# Ana stays throughout; Minh leaves 10:30-11:00 on day 1 (60 of 90 minutes of Talk 1);
# Sana shows up under her name only, without email, and only on day 2; a stranger dials in.
ZOOM = [
    f"Ana Reyes,ana@example.org,{day(24, '09:55:00 AM', '01:02:00 PM')},187,No",
    f"Ana Reyes,ana@example.org,{day(25, '09:58:00 AM', '01:00:00 PM')},182,No",
    f"Minh (Bùi Minh),minh@example.org,{day(24, '09:59:00 AM', '10:30:00 AM')},31,No",
    f"Minh (Bùi Minh),minh@example.org,{day(24, '11:00:00 AM', '01:00:00 PM')},120,No",
    f"Minh (Bùi Minh),MINH@example.org,{day(25, '10:00:00 AM', '01:00:00 PM')},180,No",
    f"Sana Chaudhry,,{day(25, '10:00:00 AM', '01:00:00 PM')},180,Yes",
    f"iPhone de Juan,,{day(24, '10:05:00 AM', '10:20:00 AM')},15,Yes",
]


def marks(ws):
    return {(a.item_uid, a.person_uid): a for a in ws.missions.load_record(CODE).attendance}


def test_minutes_per_item_are_what_you_would_count_by_hand(ws, tmp_path):
    result = ws.attendance.import_attendance(CODE, report(tmp_path, ZOOM))
    assert result.items == ["Talk 1", "Break", "Discussion 1", "Talk 2", "Break", "Discussion 2"]
    assert result.unmatched == ["row 8: iPhone de Juan"]
    got = marks(ws)
    assert got[("o-talk1", "o-ana")].minutes == 90
    assert got[("o-disc1", "o-ana")].minutes == 75
    assert got[("o-talk1", "o-bui")].minutes == 60
    assert got[("o-disc1", "o-bui")].minutes == 75
    assert got[("o-talk1", "o-cha")].status == AttendanceStatus.ABSENT
    assert got[("o-talk2", "o-cha")].minutes == 90
    assert got[("o-talk1", "o-rp")].minutes == 0  # the speaker did not connect on day 1


def test_leaving_for_30_of_90_minutes_costs_the_certificate(ws, tmp_path):
    ws.attendance.import_attendance(CODE, report(tmp_path, ZOOM))
    _, results = ws.attendance.eligibility(CODE)
    by_person = {r.person_uid: r for r in results}
    assert by_person["o-ana"].eligible
    [short] = by_person["o-bui"].shortfalls
    assert (short.item_uid, short.reason, short.minutes, short.needed_minutes) == (
        "o-talk1",
        Reason.TOO_FEW_MINUTES,
        60,
        72,
    )
    assert [s.item_uid for s in by_person["o-cha"].shortfalls] == ["o-talk1", "o-disc1"]
    assert "o-rp" not in by_person  # resource persons are not candidates


def test_a_coordinators_excuse_survives_a_report_that_shows_no_minutes(ws, tmp_path):
    for item in ("o-talk1", "o-disc1"):
        ws.attendance.set_attendance(
            Attendance(item, "o-cha", AttendanceStatus.EXCUSED, reason="Power cut", excuse_accepted=True)
        )
    ws.attendance.import_attendance(CODE, report(tmp_path, ZOOM))
    assert marks(ws)[("o-talk1", "o-cha")].status == AttendanceStatus.EXCUSED
    _, results = ws.attendance.eligibility(CODE)
    assert next(r for r in results if r.person_uid == "o-cha").eligible


def test_a_preamble_before_the_participant_table_is_skipped(ws, tmp_path):
    preamble = "Meeting ID,Topic,Start Time\n123 456,Data governance,11/24/2021 09:50:00 AM\n\n"
    result = ws.attendance.import_attendance(CODE, report(tmp_path, ZOOM[:2], preamble))
    assert result.people == 1


def test_a_bad_time_refuses_the_whole_report(ws, tmp_path):
    lines = [*ZOOM[:2], "Minh,minh@example.org,yesterday,11/24/2021 10:30:00 AM,31,No"]
    with pytest.raises(ImportProblems, match=r"row 4, Join Time \(column C\): 'yesterday'"):
        ws.attendance.import_attendance(CODE, report(tmp_path, lines))
    assert ws.missions.load_record(CODE).attendance == []


def test_the_register_can_be_filled_by_hand(ws):
    ws.attendance.set_attendance(Attendance("o-talk1", "o-ana", AttendanceStatus.PRESENT, minutes=88))
    ws.attendance.set_attendance(Attendance("o-talk1", "o-ana", AttendanceStatus.ABSENT))
    assert marks(ws)[("o-talk1", "o-ana")] == Attendance("o-talk1", "o-ana", AttendanceStatus.ABSENT)


def test_a_status_change_is_dated_and_kept_in_the_history(ws):
    from mission_planner.domain.enums import Status

    ws.people.set_status(CODE, "o-ana", Status.WITHDRAWN, on=date(2021, 11, 20), note="Illness")
    part = next(p for p in ws.missions.load_record(CODE).participations if p.person_uid == "o-ana")
    assert part.status == Status.WITHDRAWN
    assert [(c.status, c.on, c.note) for c in part.status_history] == [
        (Status.WITHDRAWN, date(2021, 11, 20), "Illness")
    ]


def test_a_mark_can_be_cleared_back_to_not_recorded(ws):
    ws.attendance.set_attendance(Attendance("o-talk1", "o-ana", AttendanceStatus.PRESENT, minutes=88))
    ws.attendance.clear_attendance("o-talk1", "o-ana")
    assert ("o-talk1", "o-ana") not in marks(ws)
