"""Each kind of conflict built on purpose, with the quiet case beside it."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from mission_planner.domain.conflicts import Booking, Code, Severity, find_conflicts
from mission_planner.domain.enums import ItemKind, Status
from mission_planner.domain.programme import Item
from tests.factories import full_record

BEFORE = date(2023, 1, 1)
SEOUL = ZoneInfo("Asia/Seoul")


def codes(record, today=BEFORE, bookings=()):
    return [c.code for c in find_conflicts(record, today=today, bookings=bookings)]


def visit(record) -> Item:
    return record.days[0].items[1]


def test_the_sound_mission_has_no_conflicts():
    assert codes(full_record()) == []


def test_overlapping_items_with_common_attendees_are_an_error():
    record = full_record()
    visit(record).start, visit(record).end = time(9, 15), time(11)
    [overlap] = [c for c in find_conflicts(record, today=BEFORE) if c.code == Code.OVERLAP]
    assert overlap.severity == Severity.ERROR
    assert set(overlap.item_uids) == {"t-i-open", "t-i-kist"}
    assert set(overlap.person_uids) == {"t-p-sule", "t-p-kim"}


def test_back_to_back_items_are_not_an_overlap():
    record = full_record()
    record.days[0].items.append(
        Item("t-i-next", ItemKind.PRESENTATION, "Next", time(9, 30), time(10), site_uid="t-site-kpc")
    )
    assert codes(record) == []


def test_items_for_another_group_do_not_overlap_for_this_group():
    record = full_record()
    record.days[0].items.append(Item("t-i-b", ItemKind.SITE_VISIT, "Group B visit", time(14), time(16), group="B"))
    assert codes(record) == []
    record.days[0].items[-1].group = ""
    assert Code.OVERLAP in codes(record)


def test_withdrawn_people_attend_nothing_so_the_overlap_names_nobody():
    record = full_record()
    visit(record).start, visit(record).end = time(9, 15), time(11)
    for part in record.participations:
        part.status = Status.WITHDRAWN
    [overlap] = [c for c in find_conflicts(record, today=BEFORE) if c.code == Code.OVERLAP]
    assert overlap.person_uids == ()


def test_too_little_travel_time_between_sites_is_an_error():
    record = full_record()
    visit(record).start, visit(record).end = time(9, 45), time(11)
    [travel] = [c for c in find_conflicts(record, today=BEFORE) if c.code == Code.TRAVEL_TIME]
    assert travel.item_uids == ("t-i-open", "t-i-kist")
    assert travel.params == {"needed_minutes": 35, "available_minutes": 15}


def test_enough_travel_time_is_quiet():
    record = full_record()
    visit(record).start, visit(record).end = time(10, 5), time(11)
    assert codes(record) == []


def test_a_speaker_booked_in_another_mission_at_the_same_time_is_an_error():
    record = full_record()
    other = Booking(
        "t-p-kim",
        "23-IP-50-GE-WSP-B",
        "Keynote",
        datetime(2023, 10, 24, 15, tzinfo=SEOUL),
        datetime(2023, 10, 24, 16, tzinfo=SEOUL),
    )
    [double] = find_conflicts(record, today=BEFORE, bookings=[other])
    assert (double.code, double.item_uids, double.person_uids) == (Code.DOUBLE_BOOKED, ("t-i-kist",), ("t-p-kim",))
    assert double.params["other_mission"] == "23-IP-50-GE-WSP-B"


def test_the_same_speaker_in_another_mission_on_another_day_is_fine():
    other = Booking(
        "t-p-kim",
        "23-IP-50-GE-WSP-B",
        "Keynote",
        datetime(2023, 10, 26, 14, tzinfo=SEOUL),
        datetime(2023, 10, 26, 16, tzinfo=SEOUL),
    )
    assert codes(full_record(), bookings=[other]) == []


def test_a_booking_in_another_zone_is_compared_as_an_instant():
    # 08:00 in Istanbul is 14:00 in Seoul: the same moment as the KIST visit.
    istanbul = ZoneInfo("Europe/Istanbul")
    other = Booking(
        "t-p-kim", "X", "Talk", datetime(2023, 10, 24, 8, tzinfo=istanbul), datetime(2023, 10, 24, 9, tzinfo=istanbul)
    )
    assert codes(full_record(), bookings=[other]) == [Code.DOUBLE_BOOKED]


def test_an_item_outside_the_mission_dates_is_an_error():
    record = full_record()
    record.days[1].date = date(2023, 10, 27)
    [outside] = find_conflicts(record, today=BEFORE)
    assert (outside.code, outside.item_uids, outside.params) == (
        Code.OUTSIDE_MISSION_DATES,
        ("t-i-online",),
        {"day": date(2023, 10, 27)},
    )


def test_a_visit_outside_opening_hours_is_a_warning():
    record = full_record()
    visit(record).start, visit(record).end = time(17), time(19)
    [late] = find_conflicts(record, today=BEFORE)
    assert (late.code, late.severity) == (Code.OUTSIDE_OPENING_HOURS, Severity.WARNING)
    assert late.params["hours"] == [(time(9), time(18))]


def test_a_visit_on_a_closed_day_is_a_warning():
    record = full_record()
    record.mission.end_date = date(2023, 10, 28)
    record.days[0].date = date(2023, 10, 28)  # a Saturday
    [closed] = find_conflicts(record, today=BEFORE)
    assert (closed.code, closed.params["hours"]) == (Code.OUTSIDE_OPENING_HOURS, [])


def test_an_overdue_visitor_list_for_a_security_site_is_a_warning():
    # KIST wants the list 14 days ahead: due 10 October for a visit on 24 October.
    [overdue] = find_conflicts(full_record(), today=date(2023, 10, 15))
    assert (overdue.code, overdue.params["due"]) == (Code.VISITOR_LIST_OVERDUE, date(2023, 10, 10))
    assert codes(full_record(), today=date(2023, 10, 10)) == []
    assert codes(full_record(), today=date(2023, 11, 1)) == []


def test_nominations_closing_after_the_start_is_an_error():
    record = full_record()
    record.mission.nomination_closing_date = date(2023, 10, 25)
    assert codes(record) == [Code.NOMINATIONS_CLOSE_AFTER_START]
    record.mission.nomination_closing_date = date(2023, 10, 24)
    assert codes(record) == []


def test_more_accepted_participants_than_the_quota_is_a_warning():
    record = full_record()
    record.mission.overseas_quota = 0
    [quota] = find_conflicts(record, today=BEFORE)
    assert (quota.code, quota.severity, quota.params) == (
        Code.QUOTA_EXCEEDED,
        Severity.WARNING,
        {"kind": "overseas", "quota": 0, "accepted": 1},
    )
    record.participations[0].status = Status.NOMINATED
    assert codes(record) == []


def test_errors_come_before_warnings():
    record = full_record()
    visit(record).start, visit(record).end = time(17), time(19)
    record.mission.nomination_closing_date = date(2023, 12, 1)
    found = find_conflicts(record, today=BEFORE)
    assert [c.severity for c in found] == [Severity.ERROR, Severity.WARNING]
