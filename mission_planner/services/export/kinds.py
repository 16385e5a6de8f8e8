"""The kinds of document, in one table: each kind's name, English title, file name and writer.

A writer is `write(snapshot, target, progress)`. Each kind holds a function that imports its
writer and returns it: importing every writer here would load reportlab, openpyxl and the
database layer (about a second) into `mission-planner-cli --help`, which lists the kinds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ...errors import InputError
from .progress import Progress
from .snapshot import MissionSnapshot

Writer = Callable[[MissionSnapshot, Path, Progress], Path | None]  # packs return the folder they wrote


@dataclass(frozen=True, slots=True)
class DocumentKind:
    name: str  # as `export CODE KIND` takes it
    title: str  # in English, for the CLI; the window words it in gui/document_jobs.py
    stem: str  # the file is `<code>-<stem><suffix>`
    suffix: str  # ".pdf", ".ics", ".xlsx", or "" for a folder
    load_writer: Callable[[], Writer] = field(repr=False)
    personal: bool = False  # holds passport data whatever the settings say: always read and written private

    @property
    def writer(self) -> Writer:
        return self.load_writer()


def _itinerary() -> Writer:
    from .pdf.itinerary import write

    return write


def _daily() -> Writer:
    from .pdf.daily import write

    return write


def _packs() -> Writer:
    from .packs import write

    return write


def _calendar() -> Writer:
    from .ics import write

    return write


def _certificates() -> Writer:
    from .pdf.certificates import write

    return write


def _badges() -> Writer:
    from .pdf.badges import write

    return write


def _notification() -> Writer:
    from .pdf.notification import write

    return write


def _participants_pdf() -> Writer:
    from .pdf.participants import write

    return write


def _participants_xlsx() -> Writer:
    from .xlsx import write_participants

    return write_participants


def _budget_pdf() -> Writer:
    from .pdf.budget import write

    return write


def _budget_xlsx() -> Writer:
    from .xlsx import write_budget

    return write_budget


def _visitor_list() -> Writer:
    from .pdf.visitor_list import write

    return write


def _letters() -> Writer:
    from .letters.write import write

    return write


KINDS: dict[str, DocumentKind] = {
    kind.name: kind
    for kind in (
        DocumentKind("itinerary-pdf", "Itinerary", "itinerary", ".pdf", _itinerary),
        DocumentKind("daily-pdf", "Daily agenda", "daily-agenda", ".pdf", _daily),
        DocumentKind("packs", "Delegate packs (a PDF and an ICS per person)", "delegate-packs", "", _packs),
        DocumentKind("ics", "Calendar of the mission", "calendar", ".ics", _calendar),
        DocumentKind("certificates-pdf", "Certificates of attendance", "certificates", ".pdf", _certificates),
        DocumentKind("badges-pdf", "Name badges", "name-badges", ".pdf", _badges),
        DocumentKind("notification-pdf", "Project Notification", "project-notification", ".pdf", _notification),
        DocumentKind("participants-pdf", "Participant list", "participants", ".pdf", _participants_pdf),
        DocumentKind("participants-xlsx", "Participant list (Excel)", "participants", ".xlsx", _participants_xlsx),
        DocumentKind("budget-pdf", "Budget", "budget", ".pdf", _budget_pdf),
        DocumentKind("budget-xlsx", "Budget (Excel)", "budget", ".xlsx", _budget_xlsx),
        DocumentKind(
            "visitor-list", "Visitor list for a security site", "visitor-list", ".pdf", _visitor_list, personal=True
        ),
        DocumentKind("letters", "Letters (a PDF to send and a DOCX copy to edit)", "letters", ".pdf", _letters),
    )
}


def kind_named(name: str) -> DocumentKind:
    try:
        return KINDS[name]
    except KeyError:
        raise InputError(f"{name!r} is not a kind of document ({', '.join(KINDS)})") from None
