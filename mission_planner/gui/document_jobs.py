"""The documents a mission can be written as, where they go, and the export job that writes them.

`export_documents` runs on a worker thread: nothing in it touches a widget.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from ..errors import MissionPlannerError
from ..services import DocumentKind, DocumentSettings, MissionSnapshot, Progress, Unprintable, Workspace
from .refusal_text import error_text

_STEPS = 1000  # progress steps per document


def kind_titles() -> dict[str, str]:
    """Every kind of document by name, in the interface's language."""
    return {
        "itinerary-pdf": QCoreApplication.translate("Documents", "Itinerary (PDF)"),
        "daily-pdf": QCoreApplication.translate("Documents", "Daily agenda, a day a page (PDF)"),
        "packs": QCoreApplication.translate("Documents", "Delegate packs: a PDF and a calendar per person"),
        "ics": QCoreApplication.translate("Documents", "Calendar of the mission (ICS)"),
        "certificates-pdf": QCoreApplication.translate("Documents", "Certificates of attendance (PDF)"),
        "badges-pdf": QCoreApplication.translate("Documents", "Name badges (PDF)"),
        "notification-pdf": QCoreApplication.translate("Documents", "Project Notification (PDF)"),
        "participants-pdf": QCoreApplication.translate("Documents", "Participant list (PDF)"),
        "participants-xlsx": QCoreApplication.translate("Documents", "Participant list (Excel)"),
        "budget-pdf": QCoreApplication.translate("Documents", "Budget (PDF)"),
        "budget-xlsx": QCoreApplication.translate("Documents", "Budget (Excel)"),
        "visitor-list": QCoreApplication.translate(
            "Documents", "Visitor lists, one per security site, confidential (PDF)"
        ),
        "letters": QCoreApplication.translate("Documents", "Letters: a PDF to send and a Word copy (DOCX)"),
    }


def kind_title(kind: DocumentKind) -> str:
    """The kind of document in the interface's language."""
    return kind_titles().get(kind.name, kind.title)


def target_for(folder: Path, code: str, kind: DocumentKind, letter: str = "") -> Path:
    """`<folder>/<code>-<stem><suffix>`, e.g. `23-IP-12-GE-OSM-A-itinerary.pdf`; letters are
    named for the letter, so invitations and thank-you letters are kept side by side."""
    safe_code = re.sub(r'[<>:"/\\|?*\s]+', "_", code)
    stem = f"{kind.stem}-{letter}" if kind.name == "letters" and letter else kind.stem
    return folder / f"{safe_code}-{stem}{kind.suffix}"


def default_folder(code: str, root: Path | None = None) -> Path:
    """`~/Documents/Mission Planner/<code>` (or under `root`)."""
    if root is None:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        root = Path(documents or Path.home()) / "Mission Planner"
    return root / re.sub(r'[<>:"/\\|?*]+', "_", code)


@dataclass
class ExportOutcome:
    """What an export wrote and what it could not; filled as it goes, so a Cancel keeps the count."""

    written: list[tuple[str, Path]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    unprintable: list[Unprintable] = field(default_factory=list)  # names a PDF prints with a �
    warnings: list[str] = field(default_factory=list)  # written, but with something to say


def export_documents(
    workspace: Workspace,
    code: str,
    jobs: list[tuple[DocumentKind, Path]],
    settings: DocumentSettings,
    outcome: ExportOutcome,
    progress: Progress,
    titles: dict[str, str],
) -> ExportOutcome:
    """Write each (kind, target) of `jobs` in turn from one snapshot of the mission; runs on a
    worker thread, so no Qt here."""
    total = len(jobs) * _STEPS
    # A kind that carries passport data (the visitor list, a visa letter) has it whatever is
    # ticked; the others only when asked, and never the visa letter's. One read serves them all.
    visa = settings.letter == "visa-support" and any(kind.name == "letters" for kind, _ in jobs)
    if (visa or any(kind.personal for kind, _ in jobs)) and not settings.include_personal_data:
        personal = workspace.documents.snapshot(code, replace(settings, include_personal_data=True))
        snapshot = personal.without_personal_data()
    else:
        snapshot = personal = workspace.documents.snapshot(code, settings)
    letters = personal if visa else snapshot
    snapshot = replace(snapshot, settings=replace(snapshot.settings, letter=""))
    if any(kind.suffix in (".pdf", "") for kind, _ in jobs):
        outcome.unprintable = workspace.documents.unprintable(snapshot)
    for number, (kind, target) in enumerate(jobs):
        title = titles[kind.name]
        progress.step(number * _STEPS, total, title)
        inner = Progress(report=_scaled(progress, number, total, title), cancelled=progress.cancelled)
        try:
            if kind.name == "visitor-list":
                _write_visitor_lists(workspace, kind, personal, target, inner, outcome)
                continue
            if kind.name == "letters":
                _write_letters(workspace, kind, letters, target, inner, outcome)
                continue
            # Packs may go into a folder of their own inside `target`: keep where they really went.
            written = workspace.documents.write(kind, snapshot, target, inner)
        except MissionPlannerError as error:
            if progress.cancelled():
                raise
            said = error_text(error) if isinstance(error, MissionPlannerError) else str(error)
            outcome.failed.append((kind.name, said))
        else:
            outcome.written.append((kind.name, written))
    progress.step(total, total, "")
    return outcome


def _write_visitor_lists(
    workspace: Workspace,
    kind: DocumentKind,
    snapshot: MissionSnapshot,
    target: Path,
    progress: Progress,
    outcome: ExportOutcome,
) -> None:
    """One list per security site (each goes to that site's desk alone): `<code>-visitor-list-KIST.pdf`."""
    sites = snapshot.security_sites() or [""]  # none: the writer says why
    for site in sites:
        safe = re.sub(r'[<>:"/\\|?*\s]+', "_", site)
        named = target.with_name(f"{target.stem}-{safe}{target.suffix}")
        chosen = replace(snapshot, settings=replace(snapshot.settings, site=site))
        outcome.written.append(
            (kind.name, workspace.documents.write(kind, chosen, named if site else target, progress))
        )
        if missing := chosen.passport_gaps(site):
            outcome.warnings.append(
                QCoreApplication.translate(
                    "Documents", "The visitor list for {site} marks passport data missing for {names}."
                ).format(site=site, names=", ".join(missing))
            )


def _write_letters(
    workspace: Workspace,
    kind: DocumentKind,
    snapshot: MissionSnapshot,
    target: Path,
    progress: Progress,
    outcome: ExportOutcome,
) -> None:
    """The letters' PDF and the Word copy the writer puts beside it; a visa letter without a
    passport number is named."""
    written = workspace.documents.write(kind, snapshot, target, progress)
    outcome.written += [(kind.name, written), (kind.name, written.with_suffix(".docx"))]
    if missing := snapshot.visa_letter_gaps():
        outcome.warnings.append(
            QCoreApplication.translate(
                "Documents", "The visa letters of {names} have no passport number or expiry: add them first."
            ).format(names=", ".join(missing))
        )


def _scaled(progress: Progress, number: int, total: int, title: str) -> Callable[[int, int, str], None]:
    def report(done: int, of: int, what: str) -> None:
        share = _STEPS * done // of if of > 0 else 0
        progress.report(number * _STEPS + share, total, f"{title}: {what}" if what else title)

    return report
