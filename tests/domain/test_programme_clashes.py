"""Overlaps found before anyone is nominated, and a venue booked twice at once; each with its
quiet cases (back to back, another day, another place, groups already split)."""

from datetime import date, time

from mission_planner.domain.conflicts import Code, Severity, find_conflicts
from mission_planner.domain.enums import ItemKind, Role, Status
from mission_planner.domain.people import Participation, Person
from mission_planner.domain.programme import Day, Item
from tests.factories import full_record

BEFORE = date(2023, 1, 1)
DAY_1, DAY_2 = date(2023, 10, 24), date(2023, 10, 25)


def empty_mission(*items_by_day: list[Item]):
    """The test mission with no people and the given items on its days."""
    record = full_record()
    record.people, record.participations, record.assignments, record.attendance = [], [], [], []
    record.days = [Day(on, "", items) for on, items in zip((DAY_1, DAY_2), items_by_day, strict=False)]
    return record


def item(uid: str, start: time, end: time, **fields) -> Item:
    return Item(uid, fields.pop("kind", ItemKind.PRESENTATION), uid.title(), start, end, **fields)


def found(record, code):
    return [c for c in find_conflicts(record, today=BEFORE) if c.code == code]


def test_two_items_for_everyone_overlap_with_nobody_nominated():
    record = empty_mission([item("talk", time(9), time(10)), item("panel", time(9, 30), time(11))])
    [overlap] = found(record, Code.OVERLAP)
    assert (overlap.severity, overlap.item_uids, overlap.person_uids) == (Severity.ERROR, ("talk", "panel"), ())
    assert overlap.params == {"group": ""}


def test_items_end_to_start_or_on_different_days_do_not_overlap():
    back_to_back = empty_mission([item("talk", time(9), time(10)), item("panel", time(10), time(11))])
    assert found(back_to_back, Code.OVERLAP) == []
    other_days = empty_mission([item("talk", time(9), time(10))], [item("panel", time(9), time(10))])
    assert found(other_days, Code.OVERLAP) == []


def test_an_item_for_everyone_overlaps_an_item_for_one_group():
    record = empty_mission([item("talk", time(9), time(10)), item("visit", time(9), time(12), group="A")])
    [overlap] = found(record, Code.OVERLAP)
    assert overlap.params == {"group": "A"}


def test_two_items_for_the_same_group_overlap():
    record = empty_mission([item("a1", time(9), time(10), group="A"), item("a2", time(9), time(10), group="A")])
    assert [c.params for c in found(record, Code.OVERLAP)] == [{"group": "A"}]


def test_items_for_two_groups_overlap_until_someone_is_put_in_a_group():
    record = empty_mission([item("a", time(9), time(12), group="A"), item("b", time(9), time(12), group="B")])
    [overlap] = found(record, Code.OVERLAP)
    assert overlap.params == {"groups": ("A", "B")}

    ana = Person("p-ana", "Ana", "Lee", "TR")
    record.people.append(ana)
    record.participations.append(Participation(ana.uid, Role.PARTICIPANT, Status.NOMINATED, group="A"))
    assert found(record, Code.OVERLAP) == []


def test_a_withdrawn_persons_group_does_not_split_the_delegation():
    record = empty_mission([item("a", time(9), time(12), group="A"), item("b", time(9), time(12), group="B")])
    record.people.append(Person("p-ana", "Ana", "Lee", "TR"))
    record.participations.append(Participation("p-ana", Role.PARTICIPANT, Status.WITHDRAWN, group="A"))
    assert len(found(record, Code.OVERLAP)) == 1


def test_a_participant_without_a_group_is_named_in_the_overlap_of_two_groups():
    record = empty_mission([item("a", time(9), time(12), group="A"), item("b", time(9), time(12), group="B")])
    record.people += [Person("p-ana", "Ana", "Lee", "TR"), Person("p-ben", "Ben", "Kaya", "TR")]
    record.participations += [
        Participation("p-ana", Role.PARTICIPANT, Status.NOMINATED, group="A"),
        Participation("p-ben", Role.PARTICIPANT, Status.NOMINATED),
    ]
    [overlap] = found(record, Code.OVERLAP)
    assert (overlap.person_uids, overlap.params) == (("p-ben",), {})


def test_one_site_used_by_two_groups_at_once_is_a_venue_conflict():
    record = empty_mission(
        [
            item("a", time(9), time(12), group="A", site_uid="t-site-kist"),
            item("b", time(11), time(13), group="B", site_uid="t-site-kist"),
        ]
    )
    record.people.append(Person("p-ana", "Ana", "Lee", "TR"))
    record.participations.append(Participation("p-ana", Role.PARTICIPANT, Status.NOMINATED, group="A"))
    [double] = find_conflicts(record, today=BEFORE)
    assert (double.code, double.severity, double.item_uids) == (Code.VENUE_DOUBLE_BOOKED, Severity.ERROR, ("a", "b"))
    assert double.params == {"site": "t-site-kist"}


def test_the_same_venue_written_differently_is_one_venue():
    record = empty_mission(
        [
            item("a", time(9), time(12), group="A", venue="KPC Room 301"),
            item("b", time(9), time(12), group="B", venue="  kpc room  301 "),
        ]
    )
    record.people.append(Person("p-ana", "Ana", "Lee", "TR"))
    record.participations.append(Participation("p-ana", Role.PARTICIPANT, Status.NOMINATED, group="A"))
    assert [c.params for c in found(record, Code.VENUE_DOUBLE_BOOKED)] == [{"venue": "KPC Room 301"}]


def test_different_places_touching_times_and_transfers_do_not_double_book_a_venue():
    record = empty_mission(
        [
            item("a", time(9), time(12), group="A", site_uid="t-site-kist"),
            item("b", time(9), time(12), group="B", site_uid="t-site-kpc"),
            item("c", time(12), time(13), group="B", site_uid="t-site-kist"),
            item("d", time(9), time(10), group="C", venue="Bus", kind=ItemKind.TRANSFER),
            item("e", time(9), time(10), group="D", venue="Bus", kind=ItemKind.TRANSFER),
        ]
    )
    record.people.append(Person("p-ana", "Ana", "Lee", "TR"))
    record.participations.append(Participation("p-ana", Role.PARTICIPANT, Status.NOMINATED, group="E"))
    assert find_conflicts(record, today=BEFORE) == []


def test_an_overlap_at_one_place_is_reported_once():
    record = empty_mission([item("a", time(9), time(10), venue="Hall"), item("b", time(9, 30), time(11), venue="Hall")])
    assert [c.code for c in find_conflicts(record, today=BEFORE)] == [Code.OVERLAP]
