from datetime import date

from mission_planner.domain.attendees import AttendancePlan
from mission_planner.domain.enums import Status
from mission_planner.domain.people import Person
from mission_planner.domain.programme import ItemAssignment
from mission_planner.domain.timezones import home_timezone, local_times
from tests.factories import full_record


def titles(plan, person):
    return [s.item.title for s in plan.programme_of(person)]


def test_participants_attend_everything_and_resource_persons_their_own_items():
    record = full_record()
    plan = AttendancePlan(record)
    assert len(titles(plan, "t-p-sule")) == 3
    # Kim is a local resource person: moderator, host and discussant of all three items.
    assert len(titles(plan, "t-p-kim")) == 3
    record.days[1].items[0].roles = [r for r in record.days[1].items[0].roles if r.person_uid != "t-p-kim"]
    assert titles(AttendancePlan(record), "t-p-kim") == [record.days[0].items[0].title, "Visit to KIST"]


def test_an_item_for_another_group_is_not_in_a_personal_programme():
    record = full_record()
    record.participations[0].group = "B"
    assert "Visit to KIST" not in titles(AttendancePlan(record), "t-p-sule")


def test_assignments_override_the_rule_both_ways():
    record = full_record()
    record.participations[0].group = "B"
    record.assignments = [ItemAssignment("t-i-kist", "t-p-sule", True), ItemAssignment("t-i-online", "t-p-sule", False)]
    assert titles(AttendancePlan(record), "t-p-sule") == [record.days[0].items[0].title, "Visit to KIST"]


def test_withdrawn_people_have_no_programme():
    record = full_record()
    record.participations[0].status = Status.WITHDRAWN
    assert titles(AttendancePlan(record), "t-p-sule") == []


def test_home_time_zone_comes_from_the_person_then_the_country():
    assert home_timezone(Person("a", "A", "B", "TR", home_timezone="Asia/Seoul")) == "Asia/Seoul"
    assert home_timezone(Person("a", "A", "B", "VN")) == "Asia/Ho_Chi_Minh"
    assert home_timezone(Person("a", "A", "B", "GB"), lambda iso2: {"GB": "Europe/London"}[iso2]) == "Europe/London"
    assert home_timezone(Person("a", "A", "B", "GB")) is None


def test_an_online_item_at_ten_in_seoul_is_at_four_in_istanbul():
    record = full_record()
    online = record.days[1].items[0]
    times = local_times(online, date(2023, 10, 25), "Asia/Seoul", "Europe/Istanbul")
    assert (times.start.hour, times.start.minute, times.end.hour, times.end.minute) == (4, 0, 5, 30)
    assert times.start.tzinfo.key == "Europe/Istanbul"


def test_names_in_east_asian_scripts_are_written_family_name_first():
    assert Person("a", "김", "민준", "KR").full_name == "김민준"
    assert Person("a", "山田", "太郎", "JP").full_name == "山田太郎"
    assert Person("a", "Kim", "Min-jun", "KR").full_name == "Min-jun Kim"
    assert Person("a", "Yılmaz", "Şule", "TR").full_name == "Şule Yılmaz"
    assert Person("a", "Sukarno", "", "ID").full_name == "Sukarno"
    assert Person("a", "Nguyễn", "Thị Hương", "VN").full_name == "Nguyễn Thị Hương"
