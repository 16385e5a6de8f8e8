"""Programme edits through the workspace, each one transaction, each saying what changed."""

import dataclasses
from datetime import date, time, timedelta

import pytest

from mission_planner.domain.enums import ItemKind, ItemRoleKind
from mission_planner.domain.programme import Item, ItemRole
from mission_planner.errors import InputError, NotFoundError

CODE = "23-IP-99-GE-OSM-A"
DAY1, DAY2 = date(2023, 10, 24), date(2023, 10, 25)


@pytest.fixture
def ws(full):
    return full


def item(ws, uid):
    record = ws.missions.load_record(CODE)
    return next((d.date, i) for d in record.days for i in d.items if i.uid == uid)


def test_adding_an_item_creates_its_day_and_returns_its_uid(ws):
    new = Item(
        "",
        ItemKind.CLOSING,
        "Closing & evaluation",
        time(16),
        time(17),
        site_uid="t-site-kpc",
        roles=[ItemRole("t-p-kim", ItemRoleKind.SPEAKER)],
    )
    changed = ws.programme.add_item(CODE, date(2023, 10, 26), new)
    [uid] = changed.added
    day, stored = item(ws, uid)
    assert (day, stored.title, stored.roles) == (date(2023, 10, 26), "Closing & evaluation", new.roles)


def test_editing_raises_the_sequence_and_reports_the_item(ws):
    changed = ws.programme.edit_item("t-i-kist", title="Visit to KIST (Seoul)", venue="Main gate")
    assert changed.updated == ("t-i-kist",)
    _, stored = item(ws, "t-i-kist")
    assert (stored.title, stored.venue, stored.sequence) == ("Visit to KIST (Seoul)", "Main gate", 3)


def test_an_edit_that_changes_nothing_reports_nothing(ws):
    assert ws.programme.edit_item("t-i-kist", title="Visit to KIST").updated == ()
    assert item(ws, "t-i-kist")[1].sequence == 2


def test_bad_edits_are_refused_and_change_nothing(ws):
    before = ws.missions.load_record(CODE)
    with pytest.raises(InputError, match="must end after it starts"):
        ws.programme.resize_item("t-i-kist", time(16), time(15))
    with pytest.raises(InputError, match="cannot edit sequence"):
        ws.programme.edit_item("t-i-kist", sequence=9)
    with pytest.raises(NotFoundError):
        ws.programme.edit_item("no-such-item", title="x")
    with pytest.raises(InputError, match="no site"):
        ws.programme.edit_item("t-i-kist", site_uid="nowhere")
    assert ws.missions.load_record(CODE) == before


def test_moving_keeps_the_length_and_leaves_no_empty_day(ws):
    ws.programme.move_item("t-i-online", DAY1, time(11))
    day, stored = item(ws, "t-i-online")
    assert (day, stored.start, stored.end) == (DAY1, time(11), time(12, 30))
    assert [d.date for d in ws.missions.load_record(CODE).days] == [DAY1]


def test_moving_past_midnight_is_refused(ws):
    with pytest.raises(InputError, match="past midnight"):
        ws.programme.move_item("t-i-kist", DAY1, time(23))


def test_resizing_changes_only_the_times(ws):
    ws.programme.resize_item("t-i-kist", time(14), time(17))
    _, stored = item(ws, "t-i-kist")
    assert (stored.start, stored.end, stored.title) == (time(14), time(17), "Visit to KIST")


def test_delete_and_restore_bring_back_the_same_uid_roles_and_attendance(ws):
    before = ws.missions.load_record(CODE)
    changed, removed = ws.programme.delete_item("t-i-kist")
    assert changed.removed == ("t-i-kist",)
    after_delete = ws.missions.load_record(CODE)
    assert "t-i-kist" not in {i.uid for i in after_delete.items()}
    assert all(a.item_uid != "t-i-kist" for a in after_delete.attendance)
    assert ws.programme.restore_item(removed).added == ("t-i-kist",)
    assert ws.missions.load_record(CODE) == before


def test_shifting_a_day_moves_its_items_and_raises_their_sequence(ws):
    changed = ws.programme.shift_day(CODE, DAY2, date(2023, 10, 26))
    assert changed.updated == ("t-i-online",)
    day, stored = item(ws, "t-i-online")
    assert (day, stored.start, stored.sequence) == (date(2023, 10, 26), time(10), 1)


def test_shifting_onto_a_day_with_items_merges_them(ws):
    ws.programme.shift_day(CODE, DAY2, DAY1)
    record = ws.missions.load_record(CODE)
    assert [d.date for d in record.days] == [DAY1]
    assert [i.uid for i in record.days[0].items] == ["t-i-open", "t-i-online", "t-i-kist"]


def test_copying_a_day_makes_new_items_with_the_same_content(ws):
    changed = ws.programme.copy_day(CODE, DAY1, date(2023, 10, 26))
    assert len(changed.added) == 2 and not {"t-i-open", "t-i-kist"} & set(changed.added)
    record = ws.missions.load_record(CODE)
    copied = next(d for d in record.days if d.date == date(2023, 10, 26))
    assert [(i.title, i.start, i.roles) for i in copied.items] == [
        (i.title, i.start, i.roles) for i in record.days[0].items
    ]
    assert copied.title == "Arrival and opening"


def test_a_day_inserted_makes_the_mission_a_day_longer_when_the_last_day_moves_past_its_end(ws):
    mission = ws.missions.load_record(CODE).mission
    last = ws.missions.load_record(CODE).days[-1].date
    ws.missions.update_mission(CODE, dataclasses.replace(mission, end_date=last))

    _changed, previous_end = ws.programme.insert_day(CODE, DAY1)

    assert previous_end == last
    assert ws.missions.load_record(CODE).mission.end_date == last + timedelta(days=1)
    ws.programme.remove_day(CODE, DAY1 + timedelta(days=1), end=previous_end)  # the undo
    assert ws.missions.load_record(CODE).mission.end_date == last


def test_inserting_a_day_moves_the_later_days_one_day_on(ws):
    before = ws.missions.load_record(CODE)
    changed, _previous_end = ws.programme.insert_day(CODE, DAY1)
    assert changed.updated == ("t-i-online",)
    assert [d.date for d in ws.missions.load_record(CODE).days] == [DAY1, date(2023, 10, 26)]
    ws.programme.remove_day(CODE, DAY2)  # the empty day inserted: removing it closes the gap
    after = ws.missions.load_record(CODE)
    assert [(d.date, [i.uid for i in d.items]) for d in after.days] == [
        (d.date, [i.uid for i in d.items]) for d in before.days
    ]


def test_removing_a_day_takes_its_items_and_restoring_brings_back_the_same_uids(ws):
    before = ws.missions.load_record(CODE)
    changed, removed = ws.programme.remove_day(CODE, DAY1)
    assert set(changed.removed) == {"t-i-open", "t-i-kist"}
    after = ws.missions.load_record(CODE)
    assert [(d.date, [i.uid for i in d.items]) for d in after.days] == [(DAY1, ["t-i-online"])]
    assert all(a.item_uid not in changed.removed for a in after.attendance)
    ws.programme.restore_day(removed)
    restored = ws.missions.load_record(CODE)
    assert [(d.date, d.title, [i.uid for i in d.items]) for d in restored.days] == [
        (d.date, d.title, [i.uid for i in d.items]) for d in before.days
    ]
    assert sorted(restored.attendance, key=repr) == sorted(before.attendance, key=repr)


def test_deleting_copies_and_restoring_them_is_one_step_each(ws):
    changed = ws.programme.copy_day(CODE, DAY1, date(2023, 10, 26))
    _, removed = ws.programme.delete_items(CODE, list(changed.added))
    assert [d.date for d in ws.missions.load_record(CODE).days][:2] == [DAY1, DAY2]
    ws.programme.restore_items(CODE, removed)
    copied = next(d for d in ws.missions.load_record(CODE).days if d.date == date(2023, 10, 26))
    assert sorted(i.uid for i in copied.items) == sorted(changed.added)


def test_moving_items_back_to_their_day_undoes_a_shift_onto_a_busy_day(ws):
    before = ws.missions.load_record(CODE)
    changed = ws.programme.shift_day(CODE, DAY2, DAY1)
    ws.programme.move_items_to_day(CODE, list(changed.updated), DAY2)
    after = ws.missions.load_record(CODE)
    assert [(d.date, [i.uid for i in d.items]) for d in after.days] == [
        (d.date, [i.uid for i in d.items]) for d in before.days
    ]


def test_pasting_into_the_same_mission_keeps_speakers_site_and_attendees(ws):
    record = ws.missions.load_record(CODE)
    _, kist = item(ws, "t-i-kist")
    assignments = [a for a in record.assignments if a.item_uid == "t-i-kist"]
    assert kist.roles and kist.site_uid and assignments
    copy = dataclasses.replace(kist, uid="pasted-kist", sequence=0)
    changed, people_left, sites_left = ws.programme.paste_items(CODE, [(DAY2, copy, assignments)])
    assert (changed.added, people_left, sites_left) == (("pasted-kist",), 0, 0)
    day, stored = item(ws, "pasted-kist")
    assert (day, stored.roles, stored.site_uid, stored.start) == (DAY2, kist.roles, kist.site_uid, kist.start)
    pasted = [a for a in ws.missions.load_record(CODE).assignments if a.item_uid == "pasted-kist"]
    assert [(a.person_uid, a.attends) for a in pasted] == [(a.person_uid, a.attends) for a in assignments]


def test_pasting_into_another_mission_leaves_out_who_and_what_it_does_not_have(ws):
    record = ws.missions.load_record(CODE)
    other = ws.missions.create_mission(dataclasses.replace(record.mission, code="24-IP-99-GE-OSM-A")).mission.code
    _, kist = item(ws, "t-i-kist")
    assignments = [a for a in record.assignments if a.item_uid == "t-i-kist"]
    gone = dataclasses.replace(kist, uid="pasted-2", site_uid="no-such-site", roles=[])
    entries = [
        (date(2024, 10, 23), dataclasses.replace(kist, uid="pasted-1"), assignments),
        (date(2024, 10, 23), gone, []),
    ]
    changed, people_left, sites_left = ws.programme.paste_items(other, entries)
    assert changed.added == ("pasted-1", "pasted-2")
    pasted = ws.missions.load_record(other)
    there = {p.person_uid for p in pasted.participations}
    kept_roles = [r for r in kist.roles if r.person_uid in there]
    kept = [(a.person_uid, a.attends) for a in assignments if a.person_uid in there]
    left = len(kist.roles) - len(kept_roles) + len(assignments) - len(kept)
    assert left == len(kist.roles) + len(assignments) > 0 and (people_left, sites_left) == (left, 1)
    stored = {i.uid: i for i in pasted.items()}
    assert stored["pasted-1"].roles == kept_roles and stored["pasted-1"].site_uid == kist.site_uid
    assert stored["pasted-2"].site_uid is None
    assert [(a.person_uid, a.attends) for a in pasted.assignments if a.item_uid == "pasted-1"] == kept
    assert ws.missions.load_record(CODE) == record
