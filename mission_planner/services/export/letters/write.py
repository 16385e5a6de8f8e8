"""KIND `letters`: the letters the settings ask for, as a PDF to send and a DOCX copy beside it
(`<name>.docx`) to edit before signing. Both are written private when they carry passport data."""

from __future__ import annotations

from pathlib import Path

from ....atomic import write_bytes_atomically
from ....errors import InputError
from ..progress import Progress
from ..snapshot import MissionSnapshot
from .blocks import Block, blocks
from .context import letters_for
from .docx import docx_bytes
from .pdf import write_pdf
from .templates import LETTERS, render, template_for

TITLES = {
    "invitation": "Letters of invitation",
    "visa-support": "Visa support letters",
    "site-request": "Visit requests",
    "thank-you": "Letters of thanks",
}


def docx_path(target: Path) -> Path:
    """Where the editable copy of the letters in `target` goes."""
    return target.with_suffix(".docx")


def rendered_letters(snapshot: MissionSnapshot) -> list[tuple[str, list[Block]]]:
    """Each letter's reference and body, the template rendered; InputError before any writing."""
    letter = snapshot.settings.letter
    if letter not in LETTERS:
        raise InputError(
            "which letter? --letter is one of " + ", ".join(LETTERS),
            code="letter_missing",
            params={"letters": list(LETTERS)},
        )
    source = template_for(letter, dict(snapshot.settings.letter_templates))
    return [(one.reference, blocks(render(letter, source, one.values))) for one in letters_for(snapshot, letter)]


def write(snapshot: MissionSnapshot, target: Path, progress: Progress) -> Path:
    progress.step(0, 3, "Writing the letters")
    letters = rendered_letters(snapshot)
    title = TITLES[snapshot.settings.letter]
    copy = docx_bytes(snapshot, letters, title)
    progress.step(1, 3, "Laying out the letters")
    write_pdf(snapshot, target, letters, title)
    progress.step(2, 3, "Writing the Word copy")
    write_bytes_atomically(docx_path(target), copy)
    progress.report(3, 3, "Letters written")
    return target
