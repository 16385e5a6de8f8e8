"""Mission archives: one `.mission` file holding a mission and the images its documents use.

The file is a zip with `manifest.json` (what is inside, with sizes and SHA-256 digests),
`mission.json` (the mission interchange format, its attachments left out) and the images under
`attachments/`. See docs/mission-format.md. Reading checks everything before anything is stored.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import zipfile
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .. import __version__
from ..atomic import atomic_writer
from ..domain.enums import AttachmentKind
from ..domain.limits import MAX_ARCHIVE_BYTES, MAX_ARCHIVE_MEMBERS, MAX_INPUT_BYTES, MAX_SHORT_TEXT
from ..domain.mission import Attachment
from ..domain.record import MissionRecord
from ..domain.text_limits import text_problem
from ..errors import InputError
from ..inputs import open_input
from .interchange.files import record_from_text, record_to_text
from .interchange.jsontext import parse_json
from .zips import ZipLimits, open_zip, read_member

FORMAT = "mission-planner/archive"
VERSION = 1
MANIFEST = "manifest.json"
MISSION = "mission.json"
ATTACHMENTS = "attachments/"
ARCHIVE_LIMITS = ZipLimits(members=MAX_ARCHIVE_MEMBERS, member_bytes=MAX_INPUT_BYTES, total_bytes=MAX_ARCHIVE_BYTES)
EXTENSIONS = {"image/png": ".png", "image/jpeg": ".jpg"}


def write_archive(record: MissionRecord, target: Path) -> None:
    """Write `record` to `target` as an archive, atomically and private to the owner."""
    members: dict[str, bytes] = {MISSION: record_to_text(dataclasses.replace(record, attachments=[])).encode()}
    listed = [_entry(MISSION, members[MISSION])]
    for number, attachment in enumerate(record.attachments, start=1):
        name = f"{ATTACHMENTS}{number}-{attachment.kind.value}{EXTENSIONS.get(attachment.media_type, '')}"
        members[name] = attachment.data
        listed.append(
            _entry(
                name,
                attachment.data,
                kind=attachment.kind.value,
                filename=attachment.filename,
                media_type=attachment.media_type,
            )
        )
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "mission": {"code": record.mission.code, "title": record.mission.title, "uid": record.mission.uid},
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "created_by": f"Mission Planner {__version__}",
        "files": listed,
    }
    # Owner-only, like a mission file. The zip is closed (its directory written) before the
    # atomic writer ends, so a write that fails at any point leaves the earlier archive in place.
    with atomic_writer(target, private=True) as handle, zipfile.ZipFile(handle, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False) + "\n")
        for name, data in members.items():
            archive.writestr(name, data)


def _entry(path: str, data: bytes, **extra: str) -> dict[str, Any]:
    return {"path": path, "size": len(data), "sha256": hashlib.sha256(data).hexdigest(), **extra}


def read_archive(source: Path) -> MissionRecord:
    """The mission in the archive `source`, or an InputError naming the file and the problem."""
    name = str(source)
    with (
        open_input(source, limit=MAX_ARCHIVE_BYTES) as handle,
        open_zip(handle, name, ARCHIVE_LIMITS, kind="a Mission Planner mission archive") as archive,
    ):
        return _read(archive, name)


def _read(archive: zipfile.ZipFile, name: str) -> MissionRecord:
    manifest = _manifest(archive, name)
    files = manifest["files"]
    listed = {entry["path"] for entry in files}  # each once: _manifest saw to it
    extra = sorted(set(archive.namelist()) - listed - {MANIFEST})
    if extra:
        raise InputError(f"holds {extra[0]!r}, which the manifest does not list", source=name)
    contents = {entry["path"]: _member(archive, entry, name) for entry in files}
    if MISSION not in contents:
        raise InputError(f"the manifest lists no {MISSION}", source=name)
    try:
        text = contents[MISSION].decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(f"not UTF-8 text (byte {error.start})", source=f"{name}:{MISSION}") from None
    record = record_from_text(text, f"{name}:{MISSION}")
    record.attachments = [*record.attachments, *_attachments(files, contents, name)]
    return record


def _manifest(archive: zipfile.ZipFile, name: str) -> dict[str, Any]:
    try:
        info = archive.getinfo(MANIFEST)
    except KeyError:
        raise InputError(f"not a Mission Planner mission archive (no {MANIFEST})", source=name) from None
    data = read_member(archive, info, name, MAX_INPUT_BYTES)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(f"not a Mission Planner mission archive ({MANIFEST} is not JSON)", source=name) from None
    manifest = parse_json(text, f"{name}:{MANIFEST}")
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise InputError(f'not a Mission Planner mission archive (expected "format": "{FORMAT}")', source=name)
    version = manifest.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise InputError(f'the "version" in {MANIFEST} is missing or not a number', source=name)
    if version > VERSION:
        raise InputError(
            f"written by a newer Mission Planner (archive version {version}; this build reads up to {VERSION})",
            source=name,
        )
    files = manifest.get("files")
    if not isinstance(files, list) or not all(_is_entry(entry) for entry in files):
        raise InputError(f'the "files" list in {MANIFEST} is missing or malformed', source=name)
    if len(files) > MAX_ARCHIVE_MEMBERS:
        raise InputError(f"{MANIFEST} lists more than {MAX_ARCHIVE_MEMBERS:,} files", source=name)
    twice = next((path for path, count in Counter(entry["path"] for entry in files).items() if count > 1), None)
    if twice is not None:
        raise InputError(f"the manifest lists {twice!r} twice", source=name)
    return manifest


def _is_entry(entry: object) -> bool:
    return (
        isinstance(entry, dict)
        and _is_short_text(entry.get("path"))
        and isinstance(entry.get("size"), int)
        and not isinstance(entry["size"], bool)
        and 0 <= entry["size"] <= MAX_INPUT_BYTES
        and isinstance(entry.get("sha256"), str)
        and len(entry["sha256"]) == 64
        and all(_is_short_text(entry[key]) for key in ("kind", "media_type", "filename") if key in entry)
    )


def _is_short_text(value: object) -> bool:
    return isinstance(value, str) and text_problem(value, MAX_SHORT_TEXT) is None


def _member(archive: zipfile.ZipFile, entry: dict[str, Any], name: str) -> bytes:
    path = entry["path"]
    try:
        info = archive.getinfo(path)
    except KeyError:
        raise InputError(f"{path} is listed in the manifest but missing", source=name) from None
    if info.file_size != entry["size"]:
        raise InputError(f"{path} is not the size the manifest says; the file is damaged", source=name)
    data = read_member(archive, info, name, MAX_INPUT_BYTES)
    if hashlib.sha256(data).hexdigest() != entry["sha256"]:
        raise InputError(f"{path} does not match its SHA-256 in the manifest; the file is damaged", source=name)
    return data


def _attachments(files: list[dict[str, Any]], contents: dict[str, bytes], name: str) -> list[Attachment]:
    attachments = []
    for entry in files:
        path = entry["path"]
        if not path.startswith(ATTACHMENTS):
            continue
        try:
            kind = AttachmentKind(entry.get("kind", ""))
        except ValueError:
            raise InputError(f"{path}: {entry.get('kind')!r} is not a kind of attachment", source=name) from None
        media_type = entry.get("media_type")
        if not isinstance(media_type, str) or "/" not in media_type:
            raise InputError(f"{path}: {media_type!r} is not a media type", source=name)
        filename = entry.get("filename")
        if not isinstance(filename, str):
            filename = Path(path).name
        attachments.append(Attachment(kind, filename, media_type, contents[path]))
    return attachments
