"""Hypothesis-made hostile files through the services in-process (fast), and a few through the
command line: a refusal is a MissionPlannerError (the CLI's exit 2), anything else a bug."""

from __future__ import annotations

import contextlib
import itertools
import tempfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from mission_planner.errors import MissionPlannerError
from mission_planner.services import open_workspace

from . import generated
from .corpus import CODE, ONLINE
from .harness import Case, Step, run_case
from .missions import demo_mission


def stable(examples: int) -> settings:
    """Few examples, no deadline, the same examples every run (CI stays stable and quick)."""
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
    )


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("generated")


@pytest.fixture(scope="module")
def workspace(folder):
    """The demo missions in a SQLite database of this module's own, opened in-process."""
    opened = open_workspace(str(folder / "demo.db"))
    opened.missions.load_demo()
    yield opened
    opened.close()


@pytest.fixture(scope="module")
def demo(template) -> dict:
    return demo_mission(template.mission)


def _file(folder: Path, suffix: str, data: bytes) -> Path:
    descriptor, name = tempfile.mkstemp(suffix=suffix, dir=folder)
    with open(descriptor, "wb") as handle:
        handle.write(data)
    return Path(name)


def _refused_or_done(action) -> None:
    with contextlib.suppress(MissionPlannerError):
        action()


def test_mission_file_mutations_are_imported_or_refused(workspace, folder, demo):
    paths = generated.node_paths(demo)

    @stable(30)
    @given(generated.mission_files(demo, paths))
    def check(raw: generated.MissionFile) -> None:
        path = _file(folder, ".json", raw)
        _refused_or_done(lambda: workspace.missions.import_mission(path, replace=True))

    check()


@stable(30)
@given(data=st.data())
def test_nomination_csv_files_are_imported_or_refused(workspace, folder, data):
    raw = data.draw(generated.csv_bytes(data.draw(generated.sheets())))
    path = _file(folder, ".csv", raw)
    dry_run = data.draw(st.booleans())
    _refused_or_done(lambda: workspace.people.import_delegates(CODE, path, dry_run=dry_run))


@stable(15)
@given(
    table=generated.sheets(), numbers=st.lists(st.floats(allow_nan=False) | st.integers(-(2**62), 2**62), max_size=3)
)
def test_nomination_workbooks_are_imported_or_refused(workspace, folder, table, numbers):
    book = openpyxl.Workbook()
    sheet = book.active
    for row in table:
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", cell.encode("utf-8", "replace").decode()) for cell in row])
    if len(table) > 1:
        sheet.append(numbers)
    path = Path(tempfile.mkstemp(suffix=".xlsx", dir=folder)[1])
    book.save(path)
    _refused_or_done(lambda: workspace.people.import_delegates(CODE, path, dry_run=True))


@stable(20)
@given(data=st.data())
def test_meeting_reports_are_imported_or_refused(workspace, folder, data):
    raw = data.draw(generated.csv_bytes(data.draw(generated.zoom_reports())))
    path = _file(folder, ".csv", raw)
    _refused_or_done(lambda: workspace.attendance.import_attendance(ONLINE, path))


_numbers = itertools.count()


def test_a_few_mission_mutations_through_the_command_line(template, demo, tmp_path_factory):
    """The same strategy through the real command line, with the whole contract checked."""
    root = tmp_path_factory.mktemp("generated-cli")
    paths = generated.node_paths(demo)

    @stable(4)
    @given(generated.mission_files(demo, paths))
    def check(raw: generated.MissionFile) -> None:
        def build(case_folder: Path, _template) -> list[Step]:
            path = case_folder / "colleague.json"
            path.write_bytes(raw)
            return [Step(("import-mission", str(path)), names=path.name)]

        result = run_case(Case(f"example-{next(_numbers)}", build), template, root)
        assert not result.problems, f"{result.report()}\n  {raw!r}"

    check()
