"""Phone numbers and e-mail addresses are never broken across lines in any PDF that shows them
(the 24-hour number once printed as `+82-10-5555-012` over `1`). Read back with pypdf and with
PDFium (pypdfium2), two readers that share nothing with our layout code."""

from __future__ import annotations

import dataclasses
import itertools
from pathlib import Path

import pypdfium2
import pytest
from pypdf import PdfReader

from mission_planner.domain.enums import Role
from mission_planner.domain.mission import EmergencyContact
from mission_planner.services import open_workspace
from mission_planner.services.export.pdf import text
from mission_planner.services.export.pdf.contact_text import contact_widths, lay_out, pieces
from tests.databases import copy_sqlite_template
from tests.factories import full_record

DEMO = ("23-IP-12-GE-OSM-A", "21-IP-06-GE-OSM-B", "23-IP-20-GE-WSP-B")
HARD = "23-IP-97-GE-OSM-A"
SPACED = "+82 10 5555 0121"
LONG_EMAIL = "international.cooperation.department@korea-productivity-center.example.org"
KINDS = ("itinerary-pdf", "participants-pdf", "packs")


@pytest.fixture(scope="module")
def loaded(sqlite_demo_template, tmp_path_factory):
    target = tmp_path_factory.mktemp("contacts") / "missions.db"
    opened = open_workspace(copy_sqlite_template(sqlite_demo_template, target))
    opened.missions.add_record(hard_record())
    yield opened
    opened.close()


def hard_record():
    """A mission whose contacts are as awkward as typed ones get: spaces inside numbers, words
    around them, an address longer than any column."""
    record = full_record(HARD, prefix="h")
    record.mission.emergency_contacts = [
        EmergencyContact("Ji-young Lee", "KPC mission coordinator (24 hours)", "+82-10-5555-0121", "jy@example.org"),
        EmergencyContact("Desk", "Hotel front desk, all night", f"{SPACED} (ext. 12), office hours", LONG_EMAIL),
        EmergencyContact("Fire and ambulance", "Korean emergency number", "119", ""),
    ]
    secretariat = {p.person_uid for p in record.participations if p.role == Role.SECRETARIAT} | {"h-p-sule"}
    record.people = [
        dataclasses.replace(p, phone="+82-2-398-4000-1234", email=LONG_EMAIL) if p.uid in secretariat else p
        for p in record.people
    ]
    record.sites = [dataclasses.replace(s, contact_phone="(02) 958-5114 / 010 5555 0199") for s in record.sites]
    return record


def pdfs(workspace, code: str, kind: str, folder: Path) -> list[Path]:
    target = folder / f"{code}-{kind}{'' if kind == 'packs' else '.pdf'}"
    workspace.documents.export(code, kind, target)
    return sorted(target.glob("*.pdf")) if kind == "packs" else [target]


def lines_of(path: Path) -> list[str]:
    """Every extracted line, by both libraries."""
    found = [line for page in PdfReader(path).pages for line in page.extract_text().splitlines()]
    document = pypdfium2.PdfDocument(str(path))
    try:
        for page in document:
            found += page.get_textpage().get_text_range().splitlines()
    finally:
        document.close()
    return found


def numbers_of(workspace, code: str) -> set[str]:
    record = workspace.missions.load_record(code)
    fields = [c.phone for c in record.mission.emergency_contacts] + [p.phone for p in record.people]
    fields += [s.contact_phone for s in record.sites]
    return {piece for value in fields for piece in pieces(value) if any(ch.isdigit() for ch in piece)}


def broken(lines: list[str], number: str) -> list[tuple[str, str]]:
    """Each pair of lines where one ends with the first part of `number` and the next begins
    with the rest of it."""
    found = []
    for first, second in itertools.pairwise(lines):
        for cut in range(1, len(number)):
            head, tail = number[:cut].strip(), number[cut:].strip()
            if head and tail and first.rstrip().endswith(head) and second.lstrip().startswith(tail):
                found.append((first, second))
    return found


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("code", [*DEMO, HARD])
def test_every_phone_number_prints_whole_on_one_line(loaded, tmp_path, code, kind):
    numbers = numbers_of(loaded, code)
    seen = set()
    for path in pdfs(loaded, code, kind, tmp_path):
        lines = lines_of(path)
        everything = "\n".join(lines)
        for number in numbers:
            assert not broken(lines, number), (path.name, number, broken(lines, number))
            if number in everything:
                seen.add(number)
    if code in (HARD, DEMO[0]) and kind != "participants-pdf":  # the participant list has no phones
        assert "+82-10-5555-0121" in seen  # the coordinator's 24-hour mobile is printed, whole
    if code == HARD and kind != "participants-pdf":
        assert SPACED in seen


@pytest.mark.parametrize("kind", KINDS)
def test_an_address_too_long_for_its_column_breaks_only_at_its_boundaries(loaded, tmp_path, kind):
    found = 0
    for path in pdfs(loaded, HARD, kind, tmp_path):
        lines = [line for page in PdfReader(path).pages for line in page.extract_text().splitlines()]
        for index, line in enumerate(lines):
            if line.strip().startswith("international."):
                joined, rest = line.strip(), iter(lines[index + 1 :])
                while joined != LONG_EMAIL and LONG_EMAIL.startswith(joined):
                    nxt = next(rest).strip()
                    assert nxt.startswith((".", "korea")), (joined, nxt)  # after "@" or before "."
                    joined += nxt
                assert LONG_EMAIL in joined
                found += 1
    assert found  # the address is printed (the desk's, and a participant's in the participant list)


def test_columns_grow_to_the_widest_number_and_the_total_stays():
    size = 9
    need = text.text_width("+82-10-5555-0121", size) + 12
    widths = contact_widths([100.0, 150.0, 40.0, 120.0], {2: need})
    assert widths[2] == pytest.approx(need)
    assert sum(widths) == pytest.approx(410.0)
    assert widths[0] < 100 and widths[1] < 150 and widths[3] < 120


def test_pieces_keep_numbers_and_addresses_whole():
    assert pieces("+82 2 555 0110 (ext. 12), office hours") == [
        "+82 2 555 0110",
        "(ext.",
        "12),",
        "office",
        "hours",
    ]
    assert pieces("(02) 958-5114 / 010 5555 0199") == ["(02) 958-5114", "/", "010 5555 0199"]
    assert pieces("a.b@example.org; c@d.example") == ["a.b@example.org;", "c@d.example"]


def test_a_number_in_a_column_too_narrow_shrinks_rather_than_breaks():
    laid = lay_out("+82-10-5555-0121", 40, 9)
    assert laid.lines == ("+82-10-5555-0121",)
    assert laid.size < 9
    assert text.text_width(laid.lines[0], laid.size) <= 40


def test_an_address_breaks_after_the_at_or_before_a_dot():
    laid = lay_out(LONG_EMAIL, 150, 9)
    assert "".join(laid.lines) == LONG_EMAIL
    assert len(laid.lines) > 1
    for before, after in zip(laid.lines, laid.lines[1:], strict=False):
        assert before.endswith("@") or after.startswith(".")


def test_text_no_phone_number_could_be_wraps_inside_its_column():
    digits = "1234567890" * 30
    laid = lay_out(digits, 60, 9)
    assert "".join(laid.lines) == digits and len(laid.lines) > 1
    assert all(text.text_width(line, laid.size) <= 60 for line in laid.lines)
