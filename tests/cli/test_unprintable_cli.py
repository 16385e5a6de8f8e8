"""A character no shipped font has: the nomination import and the document export warn, naming the
person and each character by code point and Unicode name, and still do their work."""

import pytest
from pypdf import PdfReader

from tests.cli.runner import cli
from tests.databases import copy_sqlite_template

CODE = "23-IP-99-GE-OSM-A"
NAME_WARNING = (
    "warning: ᏣᎳᎩ Sequoyah: the name has characters no font prints, shown as \ufffd: "
    "U+13E3 CHEROKEE LETTER TSA, U+13B3 CHEROKEE LETTER LA, U+13A9 CHEROKEE LETTER GI"
)
ORGANIZATION_WARNING = (
    "warning: Aung Kyaw: the organization has characters no font prints, shown as \ufffd: "
    "U+1C65 OL CHIKI LETTER IS, U+1C5F OL CHIKI LETTER LAA"
)


@pytest.fixture
def db(sqlite_full_template, tmp_path):
    return copy_sqlite_template(sqlite_full_template, tmp_path / "unprintable.db")


@pytest.fixture
def imported(db, tmp_path):
    nominations = tmp_path / "n.csv"
    nominations.write_text(
        "family_name,given_name,country,organization,email\n"
        "Sequoyah,ᏣᎳᎩ,Türkiye,Cherokee Nation,sequoyah@example.org\n"
        "Kyaw,Aung,Türkiye,ᱥᱟᱥᱟ Institute,aung@example.org\n"
        "ဦး,အောင်ဆန်း,Türkiye,နိုင်ငံ,aungsan@example.org\n"  # Myanmar: printed, no warning
        "Ergin,Ayşe 😀,Türkiye,TÜBİTAK,ayse.ergin@example.org\n",  # the emoji font has it
        encoding="utf-8",
    )
    return cli("--db", db, "import-delegates", CODE, str(nominations))


def test_the_import_warns_naming_the_person_and_each_character(imported):
    assert imported.returncode == 0, imported.stderr
    warnings = [line for line in imported.stdout.splitlines() if line.startswith("warning")]
    assert warnings == [NAME_WARNING, ORGANIZATION_WARNING]
    assert "Added 4" in imported.stdout


def test_the_export_of_a_pdf_warns_too_and_prints_a_replacement_mark(db, imported, tmp_path):
    target = tmp_path / "badges.pdf"
    result = cli("--db", db, "export", CODE, "badges-pdf", "-o", str(target))
    assert result.returncode == 0, result.stderr
    said = result.stderr.splitlines()
    assert "mission-planner-cli: " + NAME_WARNING in said
    assert "mission-planner-cli: " + ORGANIZATION_WARNING in said
    extracted = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "\ufffd\ufffd\ufffd Sequoyah" in extracted
    assert "အောင်ဆန်း" in extracted and "😀" in extracted


def test_a_document_without_the_shipped_fonts_does_not_warn(db, imported, tmp_path):
    result = cli("--db", db, "export", CODE, "participants-xlsx", "-o", str(tmp_path / "p.xlsx"))
    assert result.returncode == 0, result.stderr
    assert "warning" not in result.stderr
