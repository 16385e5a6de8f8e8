"""Side-by-side lanes for the items of one day, so that overlapping items never cover each other."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Lane:
    index: int  # 0 for the leftmost lane
    count: int  # lanes shared by the group of items overlapping this one


def lanes(spans: Iterable[tuple[str, int, int]]) -> dict[str, Lane]:
    """The lane of each `(uid, start, end)` span (minutes of the day).

    Items that overlap, directly or through a chain of others, form a group that shares its width
    in as few lanes as the greedy first-free-lane choice gives; an item alone takes the whole width.
    """
    placed: dict[str, Lane] = {}
    group: list[tuple[str, int]] = []
    lane_ends: list[int] = []
    group_end = -1

    def close_group() -> None:
        for uid, index in group:
            placed[uid] = Lane(index, len(lane_ends))
        group.clear()
        lane_ends.clear()

    for uid, start, end in sorted(spans, key=lambda s: (s[1], s[2], s[0])):
        if start >= group_end:
            close_group()
        free = next((n for n, lane_end in enumerate(lane_ends) if lane_end <= start), None)
        if free is None:
            free = len(lane_ends)
            lane_ends.append(end)
        else:
            lane_ends[free] = end
        group.append((uid, free))
        group_end = max(group_end, end) if group_end > start else end
    close_group()
    return placed
