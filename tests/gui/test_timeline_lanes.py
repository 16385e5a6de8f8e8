"""Lanes of the day timeline: overlapping items side by side, the others full width."""

from mission_planner.gui.widgets.timeline_lanes import Lane, lanes


def test_items_that_do_not_overlap_each_take_the_whole_width():
    assert lanes([("a", 540, 570), ("b", 570, 600), ("c", 600, 660)]) == {
        "a": Lane(0, 1),
        "b": Lane(0, 1),
        "c": Lane(0, 1),
    }


def test_two_overlapping_items_share_two_lanes():
    assert lanes([("late", 570, 630), ("early", 540, 590)]) == {"early": Lane(0, 2), "late": Lane(1, 2)}


def test_a_chain_of_overlaps_is_one_group_and_reuses_a_freed_lane():
    # a overlaps b, b overlaps c, a and c do not: two lanes are enough for all three.
    placed = lanes([("a", 540, 600), ("b", 570, 660), ("c", 600, 630), ("d", 700, 720)])
    assert placed == {"a": Lane(0, 2), "b": Lane(1, 2), "c": Lane(0, 2), "d": Lane(0, 1)}


def test_three_items_at_the_same_time_take_three_lanes():
    placed = lanes([("x", 600, 660), ("y", 600, 630), ("z", 610, 620)])
    assert sorted(lane.index for lane in placed.values()) == [0, 1, 2]
    assert {lane.count for lane in placed.values()} == {3}


def test_no_items_no_lanes():
    assert lanes([]) == {}
