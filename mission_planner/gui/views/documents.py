"""The Documents tab: choose kinds of document, paper and folder, and write them in the background."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Qt, QUrl, Signal
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
from ...services import KINDS, DocumentKind, DocumentSettings, Workspace
from ..dialogs.choose_people import ChoosePeopleDialog, PersonChoice
from ..dialogs.letter_template import LetterTemplateDialog, letter_titles
from ..document_jobs import (
    ExportOutcome,
    default_folder,
    export_documents,
    kind_title,
    target_for,
)
from ..formatting import country_name
from ..labels import mission_role_text
from ..printing import PrintJob, print_with_dialog
from ..refusal_text import error_text
from ..tasks import BackgroundTasks
from ..unprintable_text import unprintable_text
from ..widgets.pdf_preview import PdfPreview

KIND_ROLE = Qt.ItemDataRole.UserRole


class DocumentsTab(QWidget):
    sig_visitor_lists_written = Signal(str)  # the mission's code: its Tasks tab asks whether they were sent
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
        self.person_uids: tuple[str, ...] = ()  # whose packs, certificates, badges; () is everyone
        self.previewable: list[Path] = []
        self.running = False
        self.written_paper = "A4"  # the paper of the documents last written, for printing them
        self.show_print: Callable[[PrintJob], None] = lambda job: print_with_dialog(job, self)  # tests print to a file
        self._build()

    def _build(self) -> None:
        self.kinds = QListWidget()
        for kind in KINDS.values():
            entry = QListWidgetItem(kind_title(kind))
            entry.setData(KIND_ROLE, kind.name)
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Checked if kind.name == "itinerary-pdf" else Qt.CheckState.Unchecked)
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
        self.people_button = QPushButton()
        self.people_button.setToolTip(self.tr("Packs, certificates and badges are written for these people"))
        self.people_button.clicked.connect(self.choose_people)
        self.letter = QComboBox()
        for name, title in letter_titles().items():
            self.letter.addItem(title, name)
        self.letter.setToolTip(self.tr("Which letters 'Letters' writes: a PDF to send and a Word copy to edit"))
        self.template_button = QPushButton(self.tr("Edit Template…"))
        self.template_button.setToolTip(self.tr("The organization's own wording of this letter, with a preview"))
        self.template_button.clicked.connect(self.edit_template)
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
        self.preview_choice = QComboBox()
        self.preview_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.preview_choice.currentIndexChanged.connect(self._preview_chosen)
        self.preview = PdfPreview()
        self.preview.sig_print_requested.connect(self.print_previewed)
        self.preview.show_message(self.tr("The PDF documents you write are shown here."))
        self._lay_out()
        self._show_people_choice()
        self._update_buttons()

    def _lay_out(self) -> None:
        row_height = self.fontMetrics().height() + 10
        for row in range(self.kinds.count()):
            self.kinds.item(row).setSizeHint(QSize(0, row_height))
        self.kinds.setFixedHeight(row_height * self.kinds.count() + 2 * self.kinds.frameWidth() + 4)
        self.paper.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.people_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
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
        form.addRow(self.tr("People:"), self.people_button)
        letter_row = QHBoxLayout()
        letter_row.addWidget(self.letter, 1)
        letter_row.addWidget(self.template_button)
        form.addRow(self.tr("Letters:"), letter_row)
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
        preview_row = QHBoxLayout()
        preview_row.addWidget(_bold(QLabel(self.tr("Preview"))))
        preview_row.addWidget(self.preview_choice)
        preview_row.addStretch(1)
        grid.addLayout(preview_row, 2, 0, 1, 2)
        grid.addWidget(self.preview, 3, 0, 1, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(3, 1)

    # --- behaviour -----------------------------------------------------------------------------

    def show_mission(self, code: str | None) -> None:
        if code == self.code:
            return
        self.code = code
        folder = (self.folders.get(code) or default_folder(code, self.documents_root)) if code else None
        self.folder.setText(str(folder) if folder else "")
        self.person_uids = ()
        self._show_people_choice()
        self._show_status("")
        self._show_previewable([])
        self._update_buttons()

    def choose_people(self) -> None:
        if self.code is None:
            return
        try:
            record = self.workspace.missions.load_record(self.code)
        except MissionPlannerError as error:
            self._show_status(error_text(error), error=True)
            return
        people = [
            PersonChoice(
                part.person_uid,
                record.person(part.person_uid).full_name,
                " · ".join(
                    text
                    for text in (country_name(record.person(part.person_uid).country), mission_role_text(part.role))
                    if text
                ),
            )
            for part in record.participations
        ]
        chosen = ChoosePeopleDialog.ask(people, self.person_uids, self)
        if chosen is not None:
            self.person_uids = chosen
            self._show_people_choice()

    def _show_people_choice(self) -> None:
        if self.person_uids:
            self.people_button.setText(self.tr("{count} chosen…").format(count=len(self.person_uids)))
        else:
            self.people_button.setText(self.tr("Everyone…"))

    def edit_template(self) -> None:
        if self.code is not None:
            LetterTemplateDialog.ask(self.workspace, self.code, self.letter.currentData(), self)

    def checked_kinds(self) -> list[DocumentKind]:
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
        self.written_paper = self.paper.currentData()
        settings = DocumentSettings(
            paper=self.paper.currentData(),
            include_personal_data=self.personal_data.isChecked(),
            person_uids=self.person_uids,
            letter=self.letter.currentData(),
        )
        jobs = [(kind, target_for(folder, code, kind, settings.letter)) for kind in kinds]
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
            names = "\n".join(f"•  {_shown(path, folder)}" for _kind, path in outcome.written)
            lines.append(self.tr("Wrote to {folder}:").format(folder=folder) + "\n" + names)
        elif not cancelled:
            lines.append(self.tr("Nothing was written."))
        for kind, message in outcome.failed:
            lines.append(
                self.tr("Could not write {what}: {message}").format(what=kind_title(KINDS[kind]), message=message)
            )
        lines += ["⚠ " + unprintable_text(found) for found in outcome.unprintable]
        lines += outcome.warnings
        self._show_status("\n".join(lines), error=bool(outcome.failed or outcome.warnings))
        self._show_previewable([path for _kind, path in outcome.written])
        if self.code is not None and any(kind == "visitor-list" for kind, _path in outcome.written):
            self.sig_visitor_lists_written.emit(self.code)
        if outcome.failed and not self.previewable:
            # Why nothing could be written (no one eligible for a certificate, say), where the pages would be.
            self.preview.show_message("\n".join(message for _kind, message in outcome.failed))

    def _show_previewable(self, written: list[Path]) -> None:
        """Offer the PDFs just written (those in a pack folder too) and show the first."""
        pdfs = []
        for path in written:
            if path.is_dir():
                pdfs += sorted(path.rglob("*.pdf"))
            elif path.suffix.lower() == ".pdf":
                pdfs.append(path)
        self.previewable = pdfs
        self.preview_choice.blockSignals(True)
        self.preview_choice.clear()
        for path in pdfs:
            self.preview_choice.addItem(path.name, str(path))
        self.preview_choice.blockSignals(False)
        self.preview_choice.setVisible(bool(pdfs))
        if pdfs:
            self._preview_chosen(0)
        else:
            self.preview.show_message(self.tr("The PDF documents you write are shown here."))

    def _preview_chosen(self, index: int) -> None:
        if 0 <= index < len(self.previewable):
            self.preview.show_pdf(self.previewable[index])

    def print_previewed(self) -> None:
        """Print the PDF shown in the preview, every page of it."""
        path = self.preview.path
        if path is not None and path.is_file():
            self.show_print(PrintJob(path, list(range(self.preview.total)), path.name, self.written_paper))

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        if isinstance(error, MissionPlannerError):
            self._show_status(error_text(error), error=True)
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
        self.template_button.setEnabled(idle)

    def _show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        self.status_icon.setVisible(error and bool(text))


def _shown(path: Path, folder: Path) -> str:
    """Where a document went, relative to the folder chosen (a packs folder is marked as one)."""
    try:
        shown = str(path.relative_to(folder))
    except ValueError:
        shown = str(path)
    return shown + os.sep if path.is_dir() else shown


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label
