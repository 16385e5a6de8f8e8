"""Delegate packs: a folder with, for each person, their pack PDF and their own calendar.

The folder is built beside the target and put in place only when every file is written, so a
Cancel or an error leaves no half folder (and an earlier folder at the target as it was).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ...atomic import atomic_folder, write_bytes_atomically
from ...collector import short_collections
from ...domain.people import Person
from .ics import person_calendar
from .pdf.pack import write_pack_pdf
from .progress import Progress
from .snapshot import MissionSnapshot

UNSAFE = re.compile(r"[^\w\-]+")  # \w keeps letters and digits of every script


def file_stem(person: Person) -> str:
    """`<family>_<given>_<first 8 of uid>`, safe on every file system, Unicode letters kept."""

    def clean(part: str) -> str:
        part = unicodedata.normalize("NFC", part)
        return UNSAFE.sub("-", part).strip("-_.")[:40]

    parts = [clean(person.family_name), clean(person.given_name), clean(person.uid.replace("-", ""))[:8]]
    return "_".join(part for part in parts if part) or "person"


def write(snapshot: MissionSnapshot, target: Path, progress: Progress) -> None:
    uids = snapshot.people_for_documents()
    total = len(uids)
    with atomic_folder(target) as folder, short_collections() as settled:
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
