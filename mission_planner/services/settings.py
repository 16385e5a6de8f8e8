"""The organization's settings, kept in the database so the CLI and the desktop agree:
its name, logo and signature for certificates, the default rule set and paper size.

(Window geometry, language and recent folders are the desktop's own, in QSettings.)
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlmodel import Session

from ..domain.enums import AttachmentKind
from ..domain.mission import Attachment
from ..errors import InputError
from ..inputs import read_input
from ..storage import repositories
from .text_gate import refuse_long_text

KEY = "organization"
PAPERS = ("A4", "Letter")
IMAGE_TYPES = ("image/png", "image/jpeg")


@dataclass(frozen=True, slots=True)
class OrganizationSettings:
    name: str = ""
    logo: Attachment | None = None
    signature: Attachment | None = None
    signatory_name: str = ""
    signatory_title: str = ""
    default_rule_set: str = "digital-multicountry"  # the preferred preset, for new missions it fits
    paper: str = "A4"
    # The organization's own letter templates, by letter (invitation, visa-support...): kept in
    # the database beside the logo, so every coordinator of a team database and the command line
    # write the same letters; a letter without one uses the template shipped in resources/letters/.
    letter_templates: dict[str, str] = field(default_factory=dict)


def _image_to_json(image: Attachment | None) -> dict[str, Any] | None:
    if image is None:
        return None
    return {"filename": image.filename, "media_type": image.media_type, "data": base64.b64encode(image.data).decode()}


def _image_from_json(data: dict[str, Any] | None, kind: AttachmentKind) -> Attachment | None:
    if not data:
        return None
    return Attachment(kind, data["filename"], data["media_type"], base64.b64decode(data["data"]))


def load_settings(session: Session) -> OrganizationSettings:
    data = repositories.get_setting(session, KEY, {}) or {}
    return OrganizationSettings(
        name=data.get("name", ""),
        logo=_image_from_json(data.get("logo"), AttachmentKind.LOGO),
        signature=_image_from_json(data.get("signature"), AttachmentKind.SIGNATURE),
        signatory_name=data.get("signatory_name", ""),
        signatory_title=data.get("signatory_title", ""),
        default_rule_set=data.get("default_rule_set", "digital-multicountry"),
        paper=data.get("paper", "A4"),
        letter_templates=dict(data.get("letter_templates") or {}),
    )


def save_settings(session: Session, settings: OrganizationSettings) -> None:
    refuse_long_text(settings)
    if settings.paper not in PAPERS:
        raise InputError(f"{settings.paper!r} is not a paper size ({', '.join(PAPERS)})", location="paper")
    for letter, source in settings.letter_templates.items():
        check_letter_template(letter, source)
    for image in (settings.logo, settings.signature):
        if image is not None and image.media_type not in IMAGE_TYPES:
            raise InputError(
                f"{image.filename} is not a PNG or JPEG image", location="image", code="not_an_image", params={}
            )
    repositories.set_setting(
        session,
        KEY,
        {
            "name": settings.name,
            "logo": _image_to_json(settings.logo),
            "signature": _image_to_json(settings.signature),
            "signatory_name": settings.signatory_name,
            "signatory_title": settings.signatory_title,
            "default_rule_set": settings.default_rule_set,
            "paper": settings.paper,
            "letter_templates": {letter: source for letter, source in settings.letter_templates.items() if source},
        },
    )


def image_from_file(path: str | Path, kind: AttachmentKind) -> Attachment:
    """A PNG or JPEG file as an attachment; anything else is refused."""
    data = read_input(path)
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        media_type = "image/png"
    elif data.startswith(b"\xff\xd8\xff"):
        media_type = "image/jpeg"
    else:
        raise InputError("not a PNG or JPEG image", source=str(path), code="not_an_image")
    return Attachment(kind, Path(path).name, media_type, data)


def check_letter_template(letter: str, source: str) -> None:
    """Refuse a template for a letter that does not exist, or one that does not compile."""
    from .export.letters.templates import LETTERS, check_template

    if letter not in LETTERS:
        raise InputError(
            f"{letter!r} is not a letter ({', '.join(LETTERS)})",
            location="letter_templates",
            code="letter_unknown",
            params={"letter": letter},
        )
    check_template(letter, source)
