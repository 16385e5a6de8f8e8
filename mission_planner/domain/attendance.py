"""Attendance arithmetic: join and leave segments merged, minutes counted inside an item."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

Segment = tuple[datetime, datetime]


def merge_segments(segments: Iterable[Segment]) -> list[Segment]:
    """Overlapping or touching segments joined into one, in time order."""
    merged: list[Segment] = []
    for start, end in sorted(s for s in segments if s[1] > s[0]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def minutes_within(segments: Iterable[Segment], start: datetime, end: datetime) -> int:
    """Whole minutes of the merged segments that fall between `start` and `end`."""
    total = timedelta(0)
    for seg_start, seg_end in merge_segments(segments):
        overlap = min(seg_end, end) - max(seg_start, start)
        if overlap > timedelta(0):
            total += overlap
    return int(total.total_seconds() // 60)
