"""`export CODE letters --letter ...`: the letters a coordinator sends, as the command line writes
them: a PDF read back with pypdf, the Word copy beside it read back with python-docx."""

import dataclasses
import sqlite3
import stat

import docx
from pypdf import PdfReader

from mission_planner.services import open_workspace
from tests.cli.runner import cli

CODE = "23-IP-12-GE-OSM-A"  # in person in Seoul, visits KIST and two other institutions


def pdf_text(path) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(str(path)).pages)


def docx_text(path) -> str:
    return " ".join(" ".join(p.text.split()) for p in docx.Document(str(path)).paragraphs)


def test_invitations_are_written_with_a_word_copy_beside_them(demo_db, tmp_path):
    target = tmp_path / "invitations.pdf"

    result = cli("--db", demo_db, "export", CODE, "letters", "--letter", "invitation", "-o", str(target))

    assert result.returncode == 0, result.stderr
    copy = tmp_path / "invitations.docx"
    assert f"Wrote the invitation letters of {CODE} to {target}, a Word copy to {copy}" in result.stdout
    found, edited = pdf_text(target), docx_text(copy)
    assert "Dear İbrahim Çelik," in found and "Dear İbrahim Çelik," in edited
    assert "/INV/001" in found and "/INV/001" in edited
    assert "U90000012" not in found  # an invitation carries no passport
    assert stat.S_IMODE(target.stat().st_mode) != 0o600


def test_a_visa_letter_for_one_person_is_private_and_names_a_missing_passport(demo_db, tmp_path):
    with sqlite3.connect(demo_db) as db:
        db.execute("update person_identity set passport_number = '' where passport_number = 'U90000012'")
    target = tmp_path / "visa.pdf"

    result = cli("--db", demo_db, "export", CODE, "letters", "--letter", "visa-support", "-o", str(target))

    assert result.returncode == 0, result.stderr
    assert "Warning: no passport number or expiry recorded for İbrahim Çelik" in result.stderr
    assert "Passport number: (not recorded)" in pdf_text(target)
    assert "Passport number: U90000011" in pdf_text(target)
    for path in (target, tmp_path / "visa.docx"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_a_request_to_one_site_in_korean_and_english(demo_db, tmp_path):
    target = tmp_path / "kist.pdf"

    result = cli(
        "--db", demo_db, "export", CODE, "letters", "--letter", "site-request", "--site", "KIST", "-o", str(target)
    )

    assert result.returncode == 0, result.stderr
    found = pdf_text(target)
    assert len(PdfReader(str(target)).pages) == 1
    assert "한국과학기술연구원" in found and "Korea Institute of Science and Technology" in found
    assert "Request for a visit" in found and "방문 인원" in found


def test_wrong_choices_are_one_line_exit_2_and_nothing_written(demo_db, tmp_path):
    target = tmp_path / "letters.pdf"
    for args, said in (
        (("letters",), "which letter? --letter is one of invitation, visa-support, site-request, thank-you"),
        (("letters", "--letter", "love"), "which letter?"),
        (("letters", "--letter", "thank-you", "--site", "Nowhere"), "No visited site 'Nowhere'"),
        (("itinerary-pdf", "--letter", "invitation"), "--letter is for KIND letters only"),
        (("letters", "--letter", "invitation", "--person", "nobody"), "No person with the uid nobody"),
    ):
        result = cli("--db", demo_db, "export", CODE, *args, "-o", str(target))
        assert result.returncode == 2, (args, result.stderr)
        assert said in result.stderr and result.stderr.count("\n") == 1, result.stderr
        assert list(tmp_path.glob("letters.*")) == []


def test_a_broken_template_of_the_organization_is_named_with_its_line(demo_db, tmp_path):
    workspace = open_workspace(demo_db)  # as the Preferences save it: it compiles, it fails when written
    settings = workspace.settings.organization_settings()
    own = {"thank-you": "Dear all,\n\n{{ site.name.__class__ }}"}
    workspace.settings.save_organization_settings(dataclasses.replace(settings, letter_templates=own))
    workspace.close()
    target = tmp_path / "thanks.pdf"

    result = cli("--db", demo_db, "export", CODE, "letters", "--letter", "thank-you", "-o", str(target))

    assert result.returncode == 2
    assert result.stderr.startswith("mission-planner-cli: letter template thank-you.txt: line 3: ")
    assert not target.exists()
