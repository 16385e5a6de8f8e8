"""The Documents tab: choose kinds of document, paper and folder, and write them in the background."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSize, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ...errors import MissionPlannerError
from ...services import Workspace
from ...services.export import KINDS, DocumentSettings, Kind, Progress
from ..tasks import BackgroundTasks

KIND_ROLE = Qt.ItemDataRole.UserRole
_STEPS = 1000  # progress steps per document

# File names: `<code>-<stem><suffix>`, e.g. `23-IP-12-GE-OSM-A-itinerary.pdf`.
_STEMS = {
    "itinerary-pdf": "itinerary",
    "daily-pdf": "daily-agenda",
    "packs": "delegate-packs",
    "ics": "calendar",
    "certificates-pdf": "certificates",
    "badges-pdf": "name-badges",
    "notification-pdf": "project-notification",
    "participants-pdf": "participants",
    "participants-xlsx": "participants",
    "budget-pdf": "budget",
    "budget-xlsx": "budget",
}


def kind_title(kind: Kind) -> str:
    """The kind of document in the interface's language."""
    titles = {
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
    }
    return titles.get(kind.name, kind.title)


def kind_available(kind: Kind) -> bool:
    """Whether this build can write `kind` (its exporter's module is there)."""
    try:
        return importlib.util.find_spec(f"mission_planner.services.export.{kind.module}") is not None
    except (ImportError, ValueError):
        return False


def target_for(folder: Path, code: str, kind: Kind) -> Path:
    safe_code = re.sub(r'[<>:"/\\|?*\s]+', "_", code)
    return folder / f"{safe_code}-{_STEMS.get(kind.name, kind.name)}{kind.suffix}"


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


def export_documents(
    workspace: Workspace,
    code: str,
    jobs: list[tuple[Kind, Path]],
    settings: DocumentSettings,
    outcome: ExportOutcome,
    progress: Progress,
    titles: dict[str, str],
) -> ExportOutcome:
    """Write each (kind, target) of `jobs` in turn; runs on a worker thread, so no Qt here."""
    total = len(jobs) * _STEPS
    for number, (kind, target) in enumerate(jobs):
        title = titles[kind.name]
        progress.step(number * _STEPS, total, title)
        inner = Progress(report=_scaled(progress, number, total, title), cancelled=progress.cancelled)
        try:
            workspace.export(code, kind.name, target, settings=settings, progress=inner)
        except (MissionPlannerError, ImportError) as error:  # ImportError: an exporter missing from the build
            if progress.cancelled():
                raise
            outcome.failed.append((kind.name, str(error)))
        else:
            outcome.written.append((kind.name, target))
    progress.step(total, total, "")
    return outcome


def _scaled(progress: Progress, number: int, total: int, title: str) -> Callable[[int, int, str], None]:
    def report(done: int, of: int, what: str) -> None:
        share = _STEPS * done // of if of > 0 else 0
        progress.report(number * _STEPS + share, total, f"{title}: {what}" if what else title)

    return report


class DocumentsTab(QWidget):
    """Writes the chosen documents of the mission shown into a folder, off the GUI thread."""

    def __init__(
        self,
        workspace: Workspace,
        tasks: BackgroundTasks,
        parent: QWidget | None = None,
        *,
        documents_root: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tasks = tasks
        self.documents_root = documents_root
        self.code: str | None = None
        self.folders: dict[str, Path] = {}  # chosen this session, per mission
        self.running = False
        self._build()

    def _build(self) -> None:
        self.kinds = QListWidget()
        for kind in KINDS.values():
            entry = QListWidgetItem(kind_title(kind))
            entry.setData(KIND_ROLE, kind.name)
            if kind_available(kind):
                entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Checked if kind.name == "itinerary-pdf" else Qt.CheckState.Unchecked)
            else:
                entry.setFlags(Qt.ItemFlag.ItemIsUserCheckable)  # shown, but not enabled
                entry.setCheckState(Qt.CheckState.Unchecked)
                entry.setToolTip(self.tr("Not available in this version of Mission Planner"))
            self.kinds.addItem(entry)
        self.kinds.itemChanged.connect(self._update_buttons)
        self.kinds.setMinimumWidth(self.kinds.sizeHintForColumn(0) + 40)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("A4"), "A4")
        self.paper.addItem(self.tr("Letter (US)"), "Letter")
        if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem:
            self.paper.setCurrentIndex(1)
        self.personal_data = QCheckBox(self.tr("Include passport numbers and dates of birth"))
        self.personal_data.setToolTip(self.tr("Only where a document has room for them; leave off for shared copies"))
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("Folder for the documents"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_folder)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.open_button = QPushButton(self.tr("Open Folder"))
        self.open_button.clicked.connect(self.open_folder)
        self.status_icon = QLabel()
        self.status_icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(20, 20))
        self.status_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.status_icon.hide()
        self.status = QLabel(wordWrap=True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._lay_out()
        self._update_buttons()

    def _lay_out(self) -> None:
        row_height = self.fontMetrics().height() + 10
        for row in range(self.kinds.count()):
            self.kinds.item(row).setSizeHint(QSize(0, row_height))
        self.kinds.setFixedHeight(row_height * self.kinds.count() + 2 * self.kinds.frameWidth() + 4)
        self.paper.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_button)
        folder_row.setSpacing(6)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setHorizontalSpacing(10)
        form.setVerticalSpacing(10)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow("", self.personal_data)
        form.addRow(self.tr("Folder:"), folder_row)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_icon)
        status_row.addWidget(self.status, 1)
        settings = QVBoxLayout()
        settings.addLayout(form)
        settings.addSpacing(12)
        settings.addLayout(buttons)
        settings.addSpacing(12)
        settings.addLayout(status_row)
        settings.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(8)
        grid.addWidget(_bold(QLabel(self.tr("Documents to write"))), 0, 0)
        grid.addWidget(_bold(QLabel(self.tr("Settings"))), 0, 1)
        grid.addWidget(self.kinds, 1, 0, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(settings, 1, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(2, 1)

    # --- behaviour -----------------------------------------------------------------------------

    def show_mission(self, code: str | None) -> None:
        if code == self.code:
            return
        self.code = code
        folder = (self.folders.get(code) or default_folder(code, self.documents_root)) if code else None
        self.folder.setText(str(folder) if folder else "")
        self._show_status("")
        self._update_buttons()

    def checked_kinds(self) -> list[Kind]:
        chosen = []
        for row in range(self.kinds.count()):
            entry = self.kinds.item(row)
            if entry.checkState() == Qt.CheckState.Checked and entry.flags() & Qt.ItemFlag.ItemIsEnabled:
                chosen.append(KINDS[entry.data(KIND_ROLE)])
        return chosen

    def set_checked(self, names: list[str]) -> None:
        for row in range(self.kinds.count()):
            entry = self.kinds.item(row)
            checked = entry.data(KIND_ROLE) in names and bool(entry.flags() & Qt.ItemFlag.ItemIsEnabled)
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def output_folder(self) -> Path | None:
        text = self.folder.text().strip()
        return Path(text).expanduser() if text else None

    def choose_folder(self) -> None:
        start = self.output_folder()
        while start is not None and not start.exists() and start != start.parent:
            start = start.parent
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the documents"), str(start or Path.home()))
        if chosen:
            self.folder.setText(chosen)
            if self.code:
                self.folders[self.code] = Path(chosen)

    def open_folder(self) -> None:
        folder = self.output_folder()
        if folder is not None and folder.is_dir():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        else:
            self._show_status(self.tr("The folder does not exist yet: export something first."), error=True)

    def export(self) -> None:
        folder, kinds, code = self.output_folder(), self.checked_kinds(), self.code
        if self.running or not kinds or code is None:
            return
        if folder is None:
            self._show_status(self.tr("Choose a folder for the documents first."), error=True)
            return
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self._show_status(
                self.tr("Cannot create the folder {folder}: {reason}").format(
                    folder=folder, reason=error.strerror or error
                ),
                error=True,
            )
            return
        self.folders[code] = folder
        settings = DocumentSettings(
            paper=self.paper.currentData(), include_personal_data=self.personal_data.isChecked()
        )
        jobs = [(kind, target_for(folder, code, kind)) for kind in kinds]
        titles = {kind.name: kind_title(kind) for kind in kinds}
        outcome = ExportOutcome()
        self._set_running(True)
        self._show_status(self.tr("Writing…"))
        self.tasks.run(
            lambda progress: export_documents(self.workspace, code, jobs, settings, outcome, progress, titles),
            title=self.tr("Export"),
            label=self.tr("Writing the documents of {code}").format(code=code),
            on_succeeded=lambda result: self._finished(result, folder),
            on_failed=self._failed,
            on_cancelled=lambda: self._finished(outcome, folder, cancelled=True),
        )

    def _finished(self, outcome: ExportOutcome, folder: Path, *, cancelled: bool = False) -> None:
        self._set_running(False)
        lines = []
        if cancelled:
            lines.append(self.tr("Cancelled."))
        if outcome.written:
            names = "\n".join(f"•  {path.name}" for _kind, path in outcome.written)
            lines.append(self.tr("Wrote to {folder}:").format(folder=folder) + "\n" + names)
        elif not cancelled:
            lines.append(self.tr("Nothing was written."))
        for kind, message in outcome.failed:
            lines.append(
                self.tr("Could not write {what}: {message}").format(what=kind_title(KINDS[kind]), message=message)
            )
        self._show_status("\n".join(lines), error=bool(outcome.failed))

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        if isinstance(error, MissionPlannerError):
            self._show_status(str(error), error=True)
            return
        self._show_status(self.tr("The export failed unexpectedly."), error=True)
        raise error  # a bug: the crash handler logs it and shows the details

    def _set_running(self, running: bool) -> None:
        self.running = running
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        idle = not self.running and self.code is not None
        self.export_button.setEnabled(idle and bool(self.checked_kinds()))
        self.kinds.setEnabled(not self.running)
        self.choose_button.setEnabled(not self.running)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status_icon.setVisible(error and bool(text))


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label
