"""Badges: every badge names its mission; a very long name takes two or three lines at a size
one reads (NAME_SMALLEST) rather than shrinking to nothing; organizations wrap at spaces.
Sizes are read back from the PDF with pypdf, not taken from our layout code."""

from __future__ import annotations

import unicodedata

from pypdf import PdfReader

from mission_planner.services.export.pdf import text
from mission_planner.services.export.pdf.badges import BADGE_WIDTH, NAME_SMALLEST, PADDING
from mission_planner.services.export.pdf.people_common import wrap_lines
from tests.factories import full_record

CODE = "23-IP-96-GE-OSM-A"
INNER = BADGE_WIDTH - 2 * PADDING
LONG_GIVEN = "Maria Cristina Concepcion Esperanza Luzviminda Dolores"
LONG_FAMILY = "Villanueva-Dela Cruz-Santiago-Macapagal y Bartolome"
LONG_ORGANIZATION = "Department of Trade and Industry Competitiveness Bureau, Productivity and Development Center"


def runs(path) -> list[tuple[str, float]]:
    """Every piece of text in the PDF with the size it is drawn at."""
    found: list[tuple[str, float]] = []

    def visit(value, cm, tm, font, size):
        if value.strip():
            found.append((unicodedata.normalize("NFC", value), size * abs(tm[0] or 1) * abs(cm[0] or 1)))

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return found


def test_a_very_long_name_wraps_at_a_readable_size_and_every_badge_names_the_mission(workspace, tmp_path):
    record = full_record(CODE)
    sule = record.person("t-p-sule")
    sule.given_name, sule.family_name, sule.organization = LONG_GIVEN, LONG_FAMILY, LONG_ORGANIZATION
    workspace.missions.add_record(record)
    target = tmp_path / "badges.pdf"
    workspace.documents.export(CODE, "badges-pdf", target)
    badges = len(workspace.documents.snapshot(CODE).people_for_documents())
    found = runs(target)
    page = "".join(PdfReader(target).pages[0].extract_text())
    assert page.count(CODE) == badges
    name_words = set(sule.full_name.split())
    sizes = [size for value, size in found if set(value.split()) & name_words and "·" not in value]
    assert sizes and min(sizes) >= NAME_SMALLEST
    squeezed = "".join("".join(value for value, _ in found).split())
    assert "".join(sule.full_name.split()) in squeezed  # all of it, nothing cut
    for word in LONG_ORGANIZATION.split():
        assert any(word in value.split() for value, _ in found), word  # never cut inside a word


def test_wrap_lines_keeps_the_floor_and_fills_up_to_three_lines():
    name = f"{LONG_GIVEN} {LONG_FAMILY}"
    fitted = wrap_lines(name, INNER, 22, NAME_SMALLEST, bold=True)
    assert fitted.size >= NAME_SMALLEST
    assert 2 <= len(fitted.lines) <= 3
    assert " ".join(fitted.lines) == name
    assert all(text.text_width(line, fitted.size, bold=True) <= INNER for line in fitted.lines)
    short = wrap_lines("Ana Reyes", INNER, 22, NAME_SMALLEST, bold=True)
    assert short.size == 22 and short.lines == ("Ana Reyes",)


def test_a_single_word_wider_than_the_badge_breaks_between_characters_at_the_floor():
    word = "Wolfeschlegelsteinhausenbergerdorffwelchevoralternwarengewissenhaft"
    fitted = wrap_lines(word, INNER, 22, NAME_SMALLEST, bold=True)
    assert fitted.size == NAME_SMALLEST
    assert "".join(fitted.lines) == word
    assert all(text.text_width(line, fitted.size, bold=True) <= INNER for line in fitted.lines)


def test_a_name_too_long_for_three_lines_is_cut_on_the_third():
    fitted = wrap_lines(" ".join(["Abcdefgh"] * 40), INNER, 22, NAME_SMALLEST, bold=True)
    assert len(fitted.lines) == 3 and fitted.lines[-1].endswith("…")
    assert fitted.size == NAME_SMALLEST
