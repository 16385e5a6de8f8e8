"""The Preferences dialog: the organization's settings (in the database) and the desktop's own.

The organization's name, signatory, logo, signature, default rule set and paper size are shared
with the command line, so they are saved with `ws.settings.save_organization_settings`. The
documents folder and the language belong to this computer (`DesktopSettings`). Nothing is saved
until OK; Cancel leaves both as they were.

`PreferencesDialog.ask(parent, workspace, settings)` shows it; tests make the dialog, change its
fields and call `save()` (or `accept()`), without a modal loop.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import AttachmentKind
from ...domain.mission import Attachment
from ...errors import MissionPlannerError
from ...services import PAPERS, OrganizationSettings, Workspace, image_from_file, presets
from ..refusal_text import error_text
from ..settings import DesktopSettings
from .fields import limit_text

THUMBNAIL = QSize(160, 64)


class ImageField(QWidget):
    """An image setting: a thumbnail, Choose… and Remove; `image` is the current attachment."""

    def __init__(self, kind: AttachmentKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.image: Attachment | None = None
        self.preview = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.preview.setFixedSize(THUMBNAIL)
        self.preview.setFrameShape(QLabel.Shape.StyledPanel)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(lambda: self.set_image(None))
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.set_image(None)

    def set_image(self, image: Attachment | None) -> None:
        self.image = image
        self.remove_button.setEnabled(image is not None)
        pixmap = QPixmap()
        if image is None or not pixmap.loadFromData(image.data):
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("None"))
            self.preview.setToolTip("")
            return
        self.preview.setPixmap(
            pixmap.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        )
        self.preview.setToolTip(image.filename)

    def choose(self) -> None:
        path = self.ask_file()
        if path is not None:
            self.load_file(path)

    def ask_file(self) -> Path | None:
        """The image file the user picks, or None."""
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose an Image"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        return Path(name) if name else None

    def load_file(self, path: Path) -> bool:
        """Take the image in `path`; a file that is not a PNG or JPEG is refused with a message."""
        try:
            self.set_image(image_from_file(path, self.kind))
        except (MissionPlannerError, OSError) as error:
            said = error_text(error) if isinstance(error, MissionPlannerError) else str(error)
            QMessageBox.warning(self, self.tr("Preferences"), said)
            return False
        return True


class PreferencesDialog(QDialog):
    """Shows the settings of `workspace` and `settings`; `save()` writes both."""

    def __init__(self, workspace: Workspace, settings: DesktopSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.organization = workspace.settings.organization_settings()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._organization_group())
        layout.addWidget(self._desktop_group())
        layout.addWidget(self.buttons)
        self._load()

    @classmethod
    def ask(cls, parent: QWidget | None, workspace: Workspace, settings: DesktopSettings) -> bool:
        """Show the dialog; True when the settings were saved."""
        return cls(workspace, settings, parent).exec() == QDialog.DialogCode.Accepted

    # --- building --------------------------------------------------------------------------------

    def _organization_group(self) -> QGroupBox:
        self.name = QLineEdit()
        self.signatory_name = QLineEdit()
        self.signatory_title = QLineEdit()
        for edit, field in (
            (self.name, "organization_name"),
            (self.signatory_name, "signatory_name"),
            (self.signatory_title, "signatory_title"),
        ):
            limit_text(edit, field)
        self.logo = ImageField(AttachmentKind.LOGO)
        self.signature = ImageField(AttachmentKind.SIGNATURE)
        self.rule_set = QComboBox()
        for name, rule_set in presets().items():
            self.rule_set.addItem(rule_set.name or name, name)
        self.paper = QComboBox()
        for paper in PAPERS:
            self.paper.addItem(paper, paper)
        form = QFormLayout()
        form.addRow(self.tr("Organization name:"), self.name)
        form.addRow(self.tr("Signatory name:"), self.signatory_name)
        form.addRow(self.tr("Signatory title:"), self.signatory_title)
        form.addRow(self.tr("Logo:"), self.logo)
        form.addRow(self.tr("Signature:"), self.signature)
        form.addRow(self.tr("Default rule set:"), self.rule_set)
        form.addRow(self.tr("Paper size:"), self.paper)
        group = QGroupBox(self.tr("Organization (shared with the command line)"))
        group.setLayout(form)
        return group

    def _desktop_group(self) -> QGroupBox:
        self.documents_folder = QLineEdit()
        self.documents_folder.setPlaceholderText(self.tr("Documents/Mission Planner in your home folder"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self._choose_folder)
        folder = QHBoxLayout()
        folder.addWidget(self.documents_folder, 1)
        folder.addWidget(choose)
        self.language = QComboBox()
        self.language.addItem(self.tr("As the system"), "")
        self.language.addItem("English", "en")
        self.language.addItem("한국어", "ko")
        note = QLabel(self.tr("A new language takes effect the next time Mission Planner starts."), wordWrap=True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        form = QFormLayout()
        form.addRow(self.tr("Documents folder:"), folder)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", note)
        group = QGroupBox(self.tr("This computer"))
        group.setLayout(form)
        return group

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Documents Folder"), self.documents_folder.text())
        if folder:
            self.documents_folder.setText(folder)

    # --- values ----------------------------------------------------------------------------------

    def _load(self) -> None:
        organization = self.organization
        self.name.setText(organization.name)
        self.signatory_name.setText(organization.signatory_name)
        self.signatory_title.setText(organization.signatory_title)
        self.logo.set_image(organization.logo)
        self.signature.set_image(organization.signature)
        _select(self.rule_set, organization.default_rule_set)
        _select(self.paper, organization.paper)
        folder = self.settings.documents_folder
        self.documents_folder.setText(str(folder) if folder else "")
        _select(self.language, self.settings.language or "")

    def organization_settings(self) -> OrganizationSettings:
        """The organization's settings as the fields say now."""
        return dataclasses.replace(
            self.organization,
            name=self.name.text().strip(),
            signatory_name=self.signatory_name.text().strip(),
            signatory_title=self.signatory_title.text().strip(),
            logo=self.logo.image,
            signature=self.signature.image,
            default_rule_set=self.rule_set.currentData() or self.organization.default_rule_set,
            paper=self.paper.currentData(),
        )

    def save(self) -> None:
        """Write the organization's settings and the desktop's; raises `MissionPlannerError`."""
        self.workspace.settings.save_organization_settings(self.organization_settings())
        folder = self.documents_folder.text().strip()
        self.settings.documents_folder = Path(folder).expanduser() if folder else None
        self.settings.language = self.language.currentData() or None
        self.settings.sync()

    def accept(self) -> None:
        try:
            self.save()
        except MissionPlannerError as error:
            QMessageBox.warning(self, self.tr("Preferences"), error_text(error))
            return
        super().accept()


def _select(combo: QComboBox, value: str) -> None:
    found = combo.findData(value)
    if found < 0:  # a value this build does not offer (a preset removed since): keep it shown
        combo.addItem(value, value)
        found = combo.count() - 1
    combo.setCurrentIndex(found)
