"""`import-notification` as a user runs it: the review, a new mission, a revision, refusals."""

from __future__ import annotations

import os
from pathlib import Path

from tests.services import notification_layouts as layouts

from .runner import cli


def test_a_new_mission_then_a_revision_with_what_changed(tmp_path: Path) -> None:
    db = str(tmp_path / "m.db")
    source = layouts.word_document(tmp_path / "pn.docx")
    dry = cli("--db", db, "import-notification", str(source), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Closing Date for Nominations" in dry.stdout and 'from: "Closing Date for Nominations' in dry.stdout
    assert "Dry run: nothing was written." in dry.stdout and not Path(db).exists()
    done = cli("--db", db, "import-notification", str(source))
    assert done.returncode == 0, done.stderr
    assert "New mission 23-AG-05-GE-WSP-A" in done.stdout and "6 draft items" in done.stdout
    listed = cli("--db", db, "missions")
    assert "23-AG-05-GE-WSP-A" in listed.stdout
    text = layouts.plain_consecutive(tmp_path / "pn.txt").read_text(encoding="utf-8")
    revised = tmp_path / "pn2.txt"
    revised.write_text(text.replace("Up to 18", "Up to 20"), encoding="utf-8")
    again = cli("--db", db, "import-notification", str(revised))
    assert again.returncode == 0, again.stderr
    assert "Revision 1 of the notification of 23-AG-05-GE-WSP-A" in again.stdout
    assert "Overseas Participants: 18 → 20" in again.stdout


def test_refusals_name_the_file_and_what_is_missing(tmp_path: Path) -> None:
    db = str(tmp_path / "m.db")
    text = layouts.plain_consecutive(tmp_path / "pn.txt").read_text(encoding="utf-8")
    no_code = tmp_path / "no-code.txt"
    no_code.write_text(text.replace("Project Code", "Our reference"), encoding="utf-8")
    refused = cli("--db", db, "import-notification", str(no_code))
    assert refused.returncode == 2
    assert refused.stderr.strip().splitlines() == [
        f"mission-planner-cli: {no_code}: no Project Code found; a notification needs its Project Code, "
        "Title and Timing and Duration"
    ]
    assert "!! Project Code" in refused.stdout and not Path(db).exists()
    given = cli("--db", db, "import-notification", str(no_code), "--code", "23-AG-05-GE-WSP-A", "--dry-run")
    assert given.returncode == 0, given.stderr


def test_what_is_no_notification_is_refused_clearly(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    db = str(tmp_path / "m.db")
    random_pdf = tmp_path / "letter.pdf"
    page = canvas.Canvas(str(random_pdf))
    page.drawString(72, 720, "Dear colleague, thank you for your visit.")
    page.save()
    scanned = tmp_path / "scan.pdf"
    page = canvas.Canvas(str(scanned))
    page.rect(72, 72, 300, 300, fill=1)
    page.save()
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 8)
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Project Code: 21-IP-06 — Türkiye".encode("cp1252"))
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    cases = {
        random_pdf: "is not a Project Notification",
        scanned: "is a PDF with no text to read (a scanned image?)",
        junk: "is not UTF-8 text, a PDF or a Word document",
        latin: "is not UTF-8 text",
        tmp_path: "is a folder, not a file",
        fifo: "is a pipe (FIFO), not a file",
    }
    for path, said in cases.items():
        result = cli("--db", db, "import-notification", str(path))
        assert result.returncode == 2, (path, result.stdout)
        assert len(result.stderr.strip().splitlines()) == 1 and said in result.stderr, result.stderr
    assert not Path(db).exists()
