"""Long user text in PDFs: cut into chunks at sensible places, laid out in time linear in its length."""

import time
from pathlib import Path

from pypdf import PdfReader
from reportlab.platypus import Paragraph

from mission_planner.services.export.pdf import text
from mission_planner.services.export.pdf.common import grid, house_styles
from mission_planner.services.export.pdf.document import build_pdf
from mission_planner.services.export.pdf.long_text import CHUNK, LongText, chunks


def test_chunks_cut_at_a_line_break_then_a_sentence_then_a_space_then_anywhere():
    lines = ("a" * (CHUNK - 10) + "\n") * 3
    assert chunks(lines) == ["a" * (CHUNK - 10)] * 2 + ["a" * (CHUNK - 10) + "\n"]
    sentences = ("Word word. " * 1000).strip()
    found = chunks(sentences)
    assert "".join(found) == sentences and all(len(c) <= CHUNK for c in found)
    assert all(c.endswith(". ") for c in found[:-1])
    word = "x" * (CHUNK * 2 + 5)
    assert [len(c) for c in chunks(word)] == [CHUNK, CHUNK, 5]


def test_a_chunk_never_starts_with_a_combining_mark():
    thai = "กิ" * CHUNK  # a consonant and a vowel sign drawn on it: never apart
    found = chunks(thai)
    assert "".join(found) == thai
    assert all(not c.startswith("ิ") for c in found)


def test_para_gives_short_text_a_paragraph_and_long_text_chunks():
    style = house_styles()["body"]
    assert isinstance(text.para("short", style), Paragraph)
    long = text.para("words " * CHUNK, style)
    assert isinstance(long, LongText) and len(long.parts) > 1


def _layout_seconds(length: int, folder: Path) -> float:
    style = house_styles()["cell"]
    value = ("Unbroken" + "x" * 40) * (length // 48)
    story = [grid([["a", "b"], [text.para("x", style), text.para(value, style)]], [100, 300])]
    started = time.process_time()
    build_pdf(folder / f"{length}.pdf", story, title="t")
    return time.process_time() - started


def test_a_long_cell_splits_over_pages_in_linear_time(tmp_path):
    _layout_seconds(2_000, tmp_path)  # fonts loaded, caches warm
    small = min(_layout_seconds(10_000, tmp_path) for _ in range(2))
    large = min(_layout_seconds(40_000, tmp_path) for _ in range(2))
    # Four times the text: about four times the work (measured 4; it was 9 when the whole rest
    # of the text was wrapped again on every page).
    assert large < small * 6.5, (small, large)
    lines = [line for page in PdfReader(tmp_path / "40000.pdf").pages for line in page.extract_text().split("\n")]
    body = "".join(line for line in lines if line not in ("a", "b", "x") and not line.isdigit())  # no page numbers
    assert body == ("Unbroken" + "x" * 40) * (40_000 // 48)  # every character, once, in order
