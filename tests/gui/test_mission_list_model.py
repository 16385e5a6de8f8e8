"""MissionListModel under pytest-qt's model tester, and the search that feeds it."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from mission_planner.gui.models.mission_list import (
    Column,
    MissionListModel,
    filter_missions,
    fold,
    search_key,
)


@pytest.fixture
def summaries(missions_workspace):
    return missions_workspace.missions.list_missions()


def test_model_passes_the_model_tester(qtmodeltester, summaries):
    model = MissionListModel()
    qtmodeltester.check(model)
    model.set_missions(summaries)
    qtmodeltester.check(model)
    model.set_missions(filter_missions(summaries, "workshop"))
    qtmodeltester.check(model)


def test_model_rows_and_roles(summaries):
    model = MissionListModel()
    with_reset = []
    model.modelReset.connect(lambda: with_reset.append(True))
    model.set_missions(summaries)
    assert with_reset == [True]
    assert (model.rowCount(), model.columnCount()) == (3, 5)
    assert model.headerData(Column.PEOPLE, Qt.Orientation.Horizontal) == "People"
    people = model.index(0, Column.PEOPLE)
    assert people.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    title = model.index(0, Column.TITLE)
    assert title.data(Qt.ItemDataRole.ToolTipRole) == title.data()
    assert model.mission_at(0) is summaries[0]
    assert model.mission_at(3) is None
    assert model.row_of(summaries[2].id) == 2


def test_archived_missions_are_drawn_muted(summaries):
    from dataclasses import replace

    model = MissionListModel()
    model.set_missions([replace(summaries[0], archived=True), summaries[1]])
    assert model.index(0, Column.CODE).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, Column.CODE).data(Qt.ItemDataRole.ForegroundRole) is None


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("İSTANBUL", "istanbul"),
        ("Istanbul", "istanbul"),
        ("ıstanbul", "istanbul"),  # Turkish dotless i
        ("Türkiye", "turkiye"),
        ("TÜRKİYE", "turkiye"),
        ("Straße", "strasse"),
        ("Hà Nội", "ha noi"),
        ("서울", "서울"),  # Hangul stays composed
        ("กรุงเทพ", "กรุงเทพ"),  # Thai marks carry meaning: kept
    ],
)
def test_fold(text, folded):
    assert fold(text) == folded


class Summary:
    """A stand-in summary, as plain as the services' own."""

    def __init__(self, id: int, code: str, title: str) -> None:
        self.id, self.code, self.title = id, code, title
        self.start_date = self.end_date = date(2024, 1, 1)
        self.modality, self.people, self.archived = "in_person", 0, False


MISSIONS = [
    Summary(1, "23-IP-06-GE-OSM-A", "Study Mission to 서울 from Türkiye"),
    Summary(2, "23-IP-10-GE-WSP-C", "Workshop in İSTANBUL"),
    Summary(3, "21-IP-06-GE-OSM-B", "Digital Mission on Data Governance"),
]


@pytest.mark.parametrize(
    ("query", "ids"),
    [
        ("", [1, 2, 3]),
        ("   ", [1, 2, 3]),
        ("istanbul", [2]),
        ("İstanbul", [2]),
        ("TÜRKIYE", [1]),
        ("서울", [1]),
        ("서", [1]),
        ("osm", [1, 3]),
        ("mission osm", [1, 3]),
        ("governance digital", [3]),
        ("21-ip", [3]),
        ("nothing", []),
    ],
)
def test_filter_missions(query, ids):
    assert [m.id for m in filter_missions(MISSIONS, query)] == ids
    keys = [search_key(m) for m in MISSIONS]
    assert [m.id for m in filter_missions(MISSIONS, query, keys)] == ids


def test_filtering_a_hundred_thousand_missions_is_quick():
    import time

    many = [Summary(n, f"23-IP-{n:05d}-OSM", f"Study Mission number {n} to 서울") for n in range(100_000)]
    keys = [search_key(m) for m in many]
    model = MissionListModel()
    started = time.perf_counter()
    shown = filter_missions(many, "number 99999", keys)
    model.set_missions(shown)
    assert time.perf_counter() - started < 1.0
    assert [m.id for m in shown] == [99999]
