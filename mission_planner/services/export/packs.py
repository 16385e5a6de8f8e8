"""Delegate packs: a folder with, for each person, their pack PDF and their own calendar.

Which folder, and what may be replaced in it, follows `owned_folders`: a new folder, or an
earlier packs folder of the same mission, never a folder of the user's. The files are built in a
temporary folder and put in place only when every one is written, so a Cancel or an error leaves
no half pack (and the earlier packs as they were).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ...atomic import write_bytes_atomically
from ...domain.people import Person
from ...owned_folders import owned_folder, packs_folder
from ...tuning import short_collections
from .ics import person_calendar
from .pdf.pack import write_pack_pdf
from .progress import Progress
from .snapshot import MissionSnapshot

# Runs of anything but letters, digits and the marks that combine with them become one hyphen.
# (`[^\w]` would also cut out the marks: the virama and vowel signs of शर्मा, leaving शर-म.)
SEPARATORS = re.compile(r"[\s\-]+")


def file_stem(person: Person) -> str:
    """`<family>_<given>_<first 8 of uid>`, safe on every file system, Unicode letters kept."""

    def clean(part: str) -> str:
        part = unicodedata.normalize("NFC", part)
        kept = "".join(char if unicodedata.category(char)[0] in "LMN" else "-" for char in part)
        return SEPARATORS.sub("-", kept).strip("-_.")[:40]

    parts = [clean(person.family_name), clean(person.given_name), clean(person.uid.replace("-", ""))[:8]]
    return "_".join(part for part in parts if part) or "person"


def write(snapshot: MissionSnapshot, target: Path, progress: Progress) -> Path:
    """Write the packs for `-o target`; returns the folder they are in."""
    code = snapshot.record.mission.code
    written = packs_folder(target, code)
    uids = snapshot.people_for_documents()
    total = len(uids)
    with owned_folder(written, code) as folder, short_collections() as settled:
        used: set[str] = set()
        for done, uid in enumerate(uids):
            person = snapshot.record.person(uid)
            progress.step(done, total, person.full_name)
            stem = file_stem(person)
            while stem.casefold() in used:
                stem += "_"
            used.add(stem.casefold())
            write_pack_pdf(snapshot, uid, folder / f"{stem}.pdf")
            write_bytes_atomically(folder / f"{stem}.ics", person_calendar(snapshot, uid))
            if done == 0:
                settled()  # the fonts and shaping caches are loaded now
        progress.step(total, total, "")
    return written
