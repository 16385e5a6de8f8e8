"""Every document on a mission whose every text field is as long as the limits allow: each
finishes in seconds, lays out (no reportlab LayoutError) and still holds the long texts."""

from __future__ import annotations

import re
import signal
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from mission_planner.domain.limits import MAX_TITLE
from mission_planner.services import DocumentSettings, open_workspace
from mission_planner.services.export import KINDS
from tests.longest import longest_record, marker

CODE = "23-IP-98-GE-OSM-A"
CPU_SECONDS = 30  # per document; each takes a few on a laptop

# The shapes of text each document is known to print (Arabic is drawn in visual order, which a
# PDF's text layer gives back reversed, so it is not looked for).
PDF_SHAPES = {
    "itinerary-pdf": ("word", "words", "hangul", "thai"),
    "daily-pdf": ("word", "hangul", "thai"),
    "notification-pdf": ("word", "words", "hangul", "thai"),
    "participants-pdf": ("word", "hangul"),
    "budget-pdf": ("word",),
    "badges-pdf": ("word", "hangul"),
    "certificates-pdf": ("word",),
    "letters": ("word", "hangul"),  # invitations (see SETTINGS)
    "visitor-list": ("word", "hangul"),
}


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    workspace = open_workspace(str(tmp_path_factory.mktemp("longest") / "missions.db"))
    workspace.missions.add_record(longest_record(CODE))
    yield workspace
    workspace.close()


class _OutOfTime(Exception):
    pass


@contextmanager
def cpu_limit(seconds: int):
    """Stop the block with an exception once it has used `seconds` of CPU (a hang fails, not blocks)."""

    def stop(signum, frame):
        raise _OutOfTime(f"still working after {seconds} s of CPU")

    previous = signal.signal(signal.SIGPROF, stop)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


SETTINGS = {"letters": DocumentSettings(letter="invitation")}  # a kind that needs a choice
SPENT: dict[str, float] = {}  # CPU seconds of the last export of each kind


def export(workspace, kind: str, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{CODE}-{kind}{KINDS[kind].suffix}"
    started = time.process_time()
    with cpu_limit(CPU_SECONDS):
        workspace.documents.export(CODE, kind, target, settings=SETTINGS.get(kind))
    SPENT[kind] = time.process_time() - started
    return target


def squeezed(value: str) -> str:
    return re.sub(r"\s+", "", value)


def pdf_text(path: Path) -> str:
    return squeezed("".join(page.extract_text() or "" for page in PdfReader(path).pages))


def test_every_kind_is_covered():
    assert set(PDF_SHAPES) | {"packs", "ics", "participants-xlsx", "budget-xlsx"} == set(KINDS)


@pytest.mark.parametrize("kind", sorted(PDF_SHAPES))
def test_a_pdf_lays_out_the_longest_values(loaded, tmp_path, kind):
    target = export(loaded, kind, tmp_path)
    found = pdf_text(target)
    for shape in PDF_SHAPES[kind]:
        assert squeezed(marker(shape)) in found, f"{kind}: no {shape} text"


def test_page_headers_and_badges_cut_what_does_not_fit(loaded, tmp_path):
    daily = export(loaded, "daily-pdf", tmp_path)
    first_page = squeezed(PdfReader(daily).pages[0].extract_text())
    assert "…·" + CODE in first_page  # the mission title in the header, cut to one line

    badges = export(loaded, "badges-pdf", tmp_path)
    assert "…" in pdf_text(badges)


def test_packs_lay_out_the_longest_values(loaded, tmp_path):
    target = export(loaded, "packs", tmp_path)
    pdfs = sorted(target.rglob("*.pdf"))
    assert len(pdfs) == 2 and len(list(target.rglob("*.ics"))) == 2
    for pdf in pdfs:
        found = pdf_text(pdf)
        for shape in ("word", "words", "hangul", "thai"):
            assert squeezed(marker(shape)) in found, f"{pdf.name}: no {shape} text"


def test_the_calendar_holds_the_whole_title(loaded, tmp_path):
    target = export(loaded, "ics", tmp_path)
    unfolded = target.read_bytes().decode("utf-8").replace("\r\n ", "")
    title = loaded.missions.load_record(CODE).days[0].items[0].title
    assert len(title) == MAX_TITLE
    assert f"SUMMARY:{title}" in unfolded


@pytest.mark.parametrize("kind", ["participants-xlsx", "budget-xlsx"])
def test_a_workbook_keeps_the_longest_values_whole(loaded, tmp_path, kind):
    target = export(loaded, kind, tmp_path)
    cells = {
        str(cell.value) for sheet in load_workbook(target, read_only=True) for row in sheet.iter_rows() for cell in row
    }
    record = loaded.missions.load_record(CODE)
    expected = record.people[0].organization if kind == "participants-xlsx" else record.budget_lines[0].description
    assert expected in cells


def test_all_documents_together_take_seconds(loaded, tmp_path):
    for kind in set(KINDS) - set(SPENT):  # those the tests above did not make (run alone)
        export(loaded, kind, tmp_path)
    assert sum(SPENT[kind] for kind in KINDS) < 60, SPENT
