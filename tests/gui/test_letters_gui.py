"""Letters in the window, as a coordinator writes them: tick Letters in the Documents tab, choose
which, Export (the PDF previewed, the Word copy listed beside it); Edit Template… to reword a
letter, with a preview of the mission's letters and a template error shown with its line."""

import stat

import docx
from pypdf import PdfReader
from PySide6.QtCore import Qt

from mission_planner.gui.dialogs.letter_template import LetterTemplateDialog

TURKIYE = "23-IP-12-GE-OSM-A"


def choose_letter(tab, letter: str) -> None:
    tab.letter.setCurrentIndex(tab.letter.findData(letter))


def test_visa_letters_are_written_private_previewed_and_copied_to_word(qtbot, demo_window, tmp_path):
    tab = demo_window.details.documents
    demo_window.details.tabs.setCurrentWidget(tab)
    tab.set_checked(["letters", "itinerary-pdf"])
    choose_letter(tab, "visa-support")

    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not tab.running, timeout=60_000)

    folder = tmp_path / "documents" / TURKIYE
    pdf, copy = folder / f"{TURKIYE}-letters-visa-support.pdf", folder / f"{TURKIYE}-letters-visa-support.docx"
    assert pdf.name in tab.status.text() and copy.name in tab.status.text()
    assert "Passport number: U90000012" in " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert any("Passport number: U90000012" in p.text for p in docx.Document(str(copy)).paragraphs)
    for path in (pdf, copy):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    # The itinerary written with them is not private: the visa letter's passport data stays in it.
    assert stat.S_IMODE((folder / f"{TURKIYE}-itinerary.pdf").stat().st_mode) != 0o600
    assert tab.preview.path in (pdf, folder / f"{TURKIYE}-itinerary.pdf")
    tab.preview_choice.setCurrentIndex(tab.preview_choice.findData(str(pdf)))
    assert tab.preview.path == pdf and tab.preview.total >= 1


def test_a_template_is_reworded_previewed_with_its_errors_and_saved(qtbot, demo_window, demo_workspace, tmp_path):
    tab = demo_window.details.documents
    choose_letter(tab, "thank-you")
    dialog = LetterTemplateDialog(demo_workspace, TURKIYE, tab.letter.currentData(), demo_window)
    qtbot.addWidget(dialog)
    dialog.show()  # as Edit Template… opens it
    qtbot.waitExposed(dialog)
    assert "thank you for receiving" in dialog.source()  # the shipped wording to start from

    dialog.editor.setPlainText("{{ site.name }}\n\n# Thanks\n\nDear friends at {{ site.name.__class__ }},")
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.problem.text().startswith("letter template thank-you.txt: line 5: "), dialog.problem.text()
    assert dialog.problem.isVisible()

    dialog.editor.setPlainText("{{ site.name }}\n\n# Thanks from us\n\nDear friends at {{ site.name }},")
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert not dialog.problem.isVisible()
    assert dialog.preview.path is not None and dialog.preview.total >= 2  # one letter per site visited
    assert "Thanks from us" in PdfReader(dialog.preview.path).pages[0].extract_text()
    assert demo_workspace.settings.organization_settings().letter_templates == {}  # a preview saves nothing

    dialog.editor.setPlainText("Dear {% if %}")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.isVisible()  # refused: still open, nothing saved
    assert "line 1" in dialog.problem.text()

    dialog.editor.setPlainText("{{ site.name }}\n\n# Thanks from us\n\nDear friends,")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted and not dialog.isVisible()
    saved = demo_workspace.settings.organization_settings().letter_templates
    assert saved == {"thank-you": "{{ site.name }}\n\n# Thanks from us\n\nDear friends,"}
