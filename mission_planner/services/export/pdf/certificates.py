"""Certificates of attendance: one landscape page for each person the mission's rule makes
eligible (and only for those chosen, when the coordinator chose some).

A certificate already issued keeps its serial; the others get `<code>-<nnn>` by their place
among the eligible people, skipping serials already taken.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from ....domain.certificates import certificate_count
from ....domain.enums import AttachmentKind, Modality
from ....domain.mission import Mission
from ....domain.people import Person
from ...certificates import NoCertificateError
from ...collation import romanized_line
from ..progress import Progress
from ..snapshot import MissionSnapshot
from . import text
from .document import page_size
from .people_common import (
    FittedText,
    attachment_image,
    date_range,
    draw_fitted,
    draw_image_in,
    fit_lines,
    fitted_height,
    long_date,
    write_canvas_pdf,
)
from .words import APO_NAME, organizations_in_words, signatory_line

INK = Color(0.10, 0.20, 0.38)
GOLD = Color(0.70, 0.56, 0.24)
CONTENT_BOTTOM = 62 * mm  # the signature block lies below


@dataclass(frozen=True, slots=True)
class Certificate:
    person: Person
    serial: str
    issued_on: date


def certificates(snapshot: MissionSnapshot) -> list[Certificate]:
    """The certificates to print, in the order of the eligible people."""
    record = snapshot.record
    mission = record.mission
    issued = {c.person_uid: c for c in record.certificates}
    taken = {c.serial for c in record.certificates}
    chosen = set(snapshot.settings.person_uids)
    made, number = [], 0
    for result in snapshot.eligibility:
        if not result.eligible:
            continue
        if result.person_uid in issued:
            serial, on = issued[result.person_uid].serial, issued[result.person_uid].issued_at.date()
        else:
            number += 1
            while f"{mission.code}-{number:03d}" in taken:
                number += 1
            serial, on = f"{mission.code}-{number:03d}", mission.end_date
            taken.add(serial)
        if not chosen or result.person_uid in chosen:
            made.append(Certificate(record.person(result.person_uid), serial, on))
    return made


def write(snapshot: MissionSnapshot, target: Path, progress: Progress) -> None:
    chosen = certificates(snapshot)
    if not chosen:
        count = certificate_count(snapshot.record, snapshot.eligibility)
        raise NoCertificateError(count, chosen_only=count.eligible > 0)
    size = page_size(snapshot.settings.paper, wide=True)
    logo = attachment_image(snapshot.record, AttachmentKind.LOGO)
    signature = attachment_image(snapshot.record, AttachmentKind.SIGNATURE)

    def pages() -> Iterator[Callable[[Canvas], None]]:
        for index, certificate in enumerate(chosen):
            progress.step(index, len(chosen), certificate.person.full_name)

            def page(canvas: Canvas, c: Certificate = certificate) -> None:
                _draw(canvas, snapshot, c, size, logo, signature)

            yield page
        progress.step(len(chosen), len(chosen), "")

    mission = snapshot.record.mission
    write_canvas_pdf(target, size, pages(), title=f"Certificates of attendance: {mission.code}", subject=mission.title)


def _draw(
    canvas: Canvas,
    snapshot: MissionSnapshot,
    certificate: Certificate,
    size: tuple[float, float],
    logo: ImageReader | None,
    signature: ImageReader | None,
) -> None:
    width, height = size
    _frame(canvas, width, height)
    top = height - 22 * mm
    if logo is not None:
        draw_image_in(canvas, logo, width / 2 - 35 * mm, top - 20 * mm, 70 * mm, 20 * mm)
        top -= 24 * mm
    blocks = _blocks(snapshot, certificate, width)
    spare = max(0.0, top - CONTENT_BOTTOM - sum(block.height for block in blocks))
    gap = min(spare / (len(blocks) + 1), 8 * mm)
    y = top - (spare - gap * (len(blocks) - 1)) / 2
    for block in blocks:
        block.draw(canvas, width / 2, y)
        y -= block.height + gap
    _signature_block(canvas, snapshot, width / 2, signature)
    text.draw_text(canvas, 22 * mm, 20 * mm, f"Issued on {long_date(certificate.issued_on)}", 9)
    text.draw_text(canvas, width - 22 * mm, 20 * mm, f"Certificate No. {certificate.serial}", 9, align="right")


@dataclass(frozen=True, slots=True)
class _Block:
    """Something drawn centred under a given top, and how tall it is."""

    height: float
    draw: Callable[[Canvas, float, float], object]


def _blocks(snapshot: MissionSnapshot, certificate: Certificate, width: float) -> list[_Block]:
    mission = snapshot.record.mission
    person = certificate.person
    wide = width - 80 * mm
    blocks = []
    issuer = APO_NAME if mission.code_is_apo_style else mission.organization_name
    if issuer:
        blocks.append(_fitted_block(fit_lines(issuer, wide, 15, 9)))
    blocks.append(_heading_block("CERTIFICATE OF ATTENDANCE", 28))
    blocks.append(_fitted_block(fit_lines("This is to certify that", wide, 13, 13)))
    blocks.append(_fitted_block(fit_lines(person.full_name, wide, 36, 22, bold=True), bold=True))
    if latin := romanized_line(person):
        blocks.append(_fitted_block(fit_lines(latin, wide, 14, 10, max_lines=1)))
    affiliation = ", ".join(part for part in (person.organization, snapshot.country(person.country)) if part)
    if affiliation:
        blocks.append(_fitted_block(fit_lines(affiliation, wide, 12, 8)))
    blocks.append(_fitted_block(fit_lines("has attended the", wide, 13, 13)))
    blocks.append(_paragraph_block(mission.title, width - 90 * mm, 18, bold=True, after=f"({mission.code})"))
    blocks.append(_paragraph_block(_held(snapshot), width - 90 * mm, 12))
    return blocks


def _fitted_block(fitted: FittedText, *, bold: bool = False) -> _Block:
    return _Block(fitted_height(fitted), lambda canvas, x, y: draw_fitted(canvas, x, y, fitted, bold=bold))


def _heading_block(value: str, size: float) -> _Block:
    def draw(canvas: Canvas, x: float, y: float) -> None:
        canvas.saveState()
        canvas.setFillColor(INK)
        text.draw_text(canvas, x, y - size * 0.8, value, size, bold=True, align="centre")
        canvas.restoreState()

    return _Block(size * 1.1, draw)


def _paragraph_block(value: str, width: float, size: float, *, bold: bool = False, after: str = "") -> _Block:
    """A centred paragraph shrunk to at most three lines (cut with an ellipsis if even the
    smallest type needs more), with an optional small line under it."""

    def laid_out(value: str, size: float) -> tuple[Flowable, float]:
        style = ParagraphStyle(
            "certificate",
            fontName=text.SANS_BOLD if bold else text.SANS,
            fontSize=size,
            leading=size * 1.25,
            alignment=TA_CENTER,
        )
        paragraph = text.para(value, style, bold=bold)
        return paragraph, paragraph.wrap(width, 1000)[1]

    while True:
        paragraph, used = laid_out(value, size)
        room = size * 1.25 * 3 + 1
        if used <= room or size <= 9:
            break
        size -= 1
    if used > room:
        value = text.clip(value, lambda candidate: laid_out(candidate, size)[1] <= room)
        paragraph, used = laid_out(value, size)
    small = fit_lines(after, width, 11, 8, max_lines=1) if after else None

    def draw(canvas: Canvas, x: float, y: float) -> None:
        paragraph.drawOn(canvas, x - width / 2, y - used)
        if small is not None:
            draw_fitted(canvas, x, y - used - 3, small)

    return _Block(used + (fitted_height(small) + 3 if small else 0), draw)


def _frame(canvas: Canvas, width: float, height: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(2.5)
    canvas.rect(10 * mm, 10 * mm, width - 20 * mm, height - 20 * mm)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.8)
    canvas.rect(13 * mm, 13 * mm, width - 26 * mm, height - 26 * mm)
    canvas.restoreState()


def _held(snapshot: MissionSnapshot) -> str:
    """ "held in Seoul, Republic of Korea, 24–27 October 2023, implemented by the Korea
    Productivity Center and the APO Secretariat"."""
    mission = snapshot.record.mission
    dates = date_range(mission.start_date, mission.end_date)
    host = snapshot.country(mission.host_country) if mission.host_country else ""
    online = mission.modality == Modality.DIGITAL
    if online:
        sentence = f"held online, {dates}" + (f", hosted by {_with_article(host)}" if host else "")
    else:
        sentence = f"held in {', '.join(part for part in (mission.venue_city, host) if part)}, {dates}"
    implementers = implementing_organizations(mission)
    if implementers:
        sentence += f"{' and' if online and host else ','} implemented by {organizations_in_words(implementers)}"
    return sentence + "."


def implementing_organizations(mission: Mission) -> list[str]:
    """The mission's implementing organizations; when none is entered, the host NPO (the
    organization the documents are prepared by) and, for an APO project, the APO Secretariat."""
    named = [name for name in mission.implementing_organizations if name.strip()]
    if named or not mission.organization_name:
        return named
    return [mission.organization_name, *(["APO Secretariat"] if mission.code_is_apo_style else [])]


def _with_article(country: str) -> str:
    """ "the Republic of Korea", "the Philippines", but "Indonesia"."""
    words = ("Republic", "Islamic", "Philippines", "Kingdom", "People", "United", "Lao", "Democratic", "Socialist")
    return f"the {country}" if country.startswith(words) else country


def _signature_block(canvas: Canvas, snapshot: MissionSnapshot, centre: float, signature: ImageReader | None) -> None:
    mission = snapshot.record.mission
    line_y = 38 * mm
    if signature is not None:
        draw_image_in(canvas, signature, centre - 30 * mm, line_y + 1 * mm, 60 * mm, 16 * mm)
    canvas.saveState()
    canvas.setLineWidth(0.6)
    canvas.line(centre - 40 * mm, line_y, centre + 40 * mm, line_y)
    canvas.restoreState()
    if mission.signatory_name:
        name = fit_lines(mission.signatory_name, 100 * mm, 11, 8, bold=True, max_lines=1)
        draw_fitted(canvas, centre, line_y - 2 * mm, name, bold=True)
    title = signatory_line(mission)
    if title:
        draw_fitted(canvas, centre, line_y - 8 * mm, fit_lines(title, 120 * mm, 10, 7, max_lines=1))
