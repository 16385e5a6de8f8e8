"""reportlab's shaping is ours only while a PDF is laid out and written (tuning.py,
pdf/shaping.py): after a document, reportlab's own functions are back, also when writing fails,
and the documents still print and extract every script."""

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import ttfonts
from reportlab.pdfgen import textobject
from reportlab.platypus import Flowable
from reportlab.platypus import paragraph as rl_paragraph

from mission_planner.services import open_workspace
from mission_planner.services.export.pdf import shaping, text
from mission_planner.services.export.pdf.document import build_pdf, styles
from tests.factories import scripts_record

CODE = "23-IP-77-GE-OSM-A"


def reportlabs_own() -> bool:
    return (
        ttfonts.shapeFragWord is shaping._reportlab_shape
        and rl_paragraph.shapeFragWord is shaping._reportlab_shape
        and ttfonts.makeToUnicodeCMap is shaping._reportlab_cmap
        and textobject.PDFTextObject._formatText is shaping._reportlab_format_text
    )


@pytest.fixture
def workspace(tmp_path):
    opened = open_workspace(str(tmp_path / "scripts.db"))
    opened.missions.add_record(scripts_record())
    yield opened
    opened.close()


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("participants-pdf", "สมชาย ใจดี"),
        ("badges-pdf", "ใจดี"),
        ("packs", "ใจดี"),
        ("certificates-pdf", "Şule Yılmaz"),  # the one person with a certificate
    ],
)
def test_reportlab_is_its_own_again_after_a_document(workspace, tmp_path, kind, name):
    assert reportlabs_own()
    written = workspace.documents.export(CODE, kind, tmp_path / f"out-{kind}.pdf")
    assert reportlabs_own()
    files = sorted(written.glob("*.pdf")) if written.is_dir() else [written]
    extracted = "\n".join(page.extract_text() for path in files for page in PdfReader(path).pages)
    assert name in extracted and not any(0xE000 <= ord(char) <= 0xF8FF for char in extracted)


class Probe(Flowable):
    """Notes whether our shaping is in force when the document lays it out; may fail there."""

    def __init__(self, fail: bool = False) -> None:
        super().__init__()
        self.fail, self.seen = fail, []

    def wrap(self, available_width, available_height):
        self.seen.append(ttfonts.shapeFragWord is shaping.shape_frag_word)
        if self.fail:
            raise ZeroDivisionError("the layout failed")
        return 10, 10

    def draw(self):
        pass


def test_shaping_is_ours_while_a_document_is_built_and_reportlabs_when_it_fails(tmp_path):
    probe = Probe()
    build_pdf(tmp_path / "ok.pdf", [text.para("Priya(प्रिया)", styles()["body"]), probe], title="t")
    assert probe.seen and all(probe.seen)
    assert reportlabs_own()
    failing = Probe(fail=True)
    with pytest.raises(ZeroDivisionError):
        build_pdf(tmp_path / "failed.pdf", [failing], title="t")
    assert failing.seen == [True]
    assert reportlabs_own()
    assert not (tmp_path / "failed.pdf").exists()
