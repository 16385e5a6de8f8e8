"""The organization's own template of one letter: edited as text, previewed as the PDF the
mission's letters would be, and saved for every coordinator and the command line."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...errors import MissionPlannerError
from ...services import DocumentSettings, Workspace, default_template
from ..refusal_text import error_text
from ..widgets.pdf_preview import PdfPreview


def letter_titles() -> dict[str, str]:
    """Each letter by name, in the interface's language."""
    return {
        "invitation": QCoreApplication.translate("Letters", "Invitation to each participant from abroad"),
        "visa-support": QCoreApplication.translate("Letters", "Visa support, with passport data, for the consulate"),
        "site-request": QCoreApplication.translate("Letters", "Visit request to each site, in Korean and English"),
        "thank-you": QCoreApplication.translate("Letters", "Thank-you to each site visited"),
    }


class LetterTemplateDialog(QDialog):
    """Edit the template of `letter`; Preview writes the mission's letters with it (nothing is
    saved); Save keeps it in the organization's settings. A template error is shown with its line."""

    def __init__(self, workspace: Workspace, code: str, letter: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.code, self.letter = workspace, code, letter
        self.folder = tempfile.TemporaryDirectory(prefix="mission-planner-letter-")
        self.setWindowTitle(self.tr("Letter template: {letter}").format(letter=letter_titles()[letter]))
        organization = workspace.settings.organization_settings()
        self.editor = QPlainTextEdit(organization.letter_templates.get(letter) or default_template(letter))
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.editor.setToolTip(
            self.tr(
                "Jinja2 text: {{ person.name }} writes a value, {% if %} … {% endif %} a choice. Blank lines "
                "separate paragraphs, a line starting with '# ' is the subject, '---' draws a rule."
            )
        )
        self.problem = QLabel(wordWrap=True)
        self.problem.setStyleSheet("color: #b00020")
        self.preview = PdfPreview()
        self.preview.show_message(
            self.tr("Preview shows the letters of {code} written with this template.").format(code=code)
        )
        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.clicked.connect(self.show_preview)
        self.default_button = QPushButton(self.tr("Restore Default"))
        self.default_button.clicked.connect(lambda: self.editor.setPlainText(default_template(letter)))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        actions = QHBoxLayout()
        actions.addWidget(self.preview_button)
        actions.addWidget(self.default_button)
        actions.addStretch(1)
        actions.addWidget(self.buttons)
        split = QSplitter()
        split.addWidget(self.editor)
        split.addWidget(self.preview)
        split.setSizes([500, 500])
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.problem)
        layout.addLayout(actions)
        self._show_problem("")
        self.resize(1100, 760)

    @classmethod
    def ask(cls, workspace: Workspace, code: str, letter: str, parent: QWidget | None = None) -> bool:
        """Show the dialog; True when the template was saved."""
        return cls(workspace, code, letter, parent).exec() == QDialog.DialogCode.Accepted

    def source(self) -> str:
        return self.editor.toPlainText()

    def show_preview(self) -> bool:
        """Write the mission's letters with the text as it stands; show them, or what is wrong."""
        target = Path(self.folder.name) / f"{self.letter}.pdf"
        settings = DocumentSettings(letter=self.letter, letter_templates=((self.letter, self.source()),))
        try:
            self.workspace.documents.export(self.code, "letters", target, settings=settings)
        except MissionPlannerError as error:
            self._show_problem(error_text(error))
            return False
        self._show_problem("")
        self.preview.show_pdf(target)
        return True

    def save(self) -> None:
        """Keep the text as the organization's template (the default's own text keeps none)."""
        organization = self.workspace.settings.organization_settings()
        templates = dict(organization.letter_templates)
        if self.source().strip() == default_template(self.letter).strip():
            templates.pop(self.letter, None)
        else:
            templates[self.letter] = self.source()
        self.workspace.settings.save_organization_settings(
            dataclasses.replace(organization, letter_templates=templates)
        )

    def accept(self) -> None:
        try:
            self.save()
        except MissionPlannerError as error:
            self._show_problem(error_text(error))
            return
        super().accept()

    def done(self, result: int) -> None:
        super().done(result)
        self.folder.cleanup()

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
