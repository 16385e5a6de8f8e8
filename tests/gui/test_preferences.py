"""The Preferences dialog and the desktop's own settings, in a QSettings file in tmp_path."""

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from mission_planner.domain.enums import AttachmentKind
from mission_planner.gui.dialogs.preferences import ImageField, PreferencesDialog
from mission_planner.gui.settings import VERSION, DesktopSettings
from mission_planner.services.settings import OrganizationSettings, image_from_file


@pytest.fixture
def settings(tmp_path) -> DesktopSettings:
    return DesktopSettings.in_file(tmp_path / "settings.ini")


@pytest.fixture
def demo(workspace):
    workspace.missions.load_demo()
    return workspace


@pytest.fixture
def png(tmp_path) -> Path:
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("darkblue"))
    path = tmp_path / "logo.png"
    assert image.save(str(path))
    return path


@pytest.fixture
def dialog(qtbot, demo, settings):
    shown = PreferencesDialog(demo, settings)
    qtbot.addWidget(shown)
    return shown


def test_desktop_settings_default_then_round_trip(tmp_path, settings):
    assert settings.language is None and settings.documents_folder is None
    settings.language = "ko"
    settings.documents_folder = tmp_path / "docs"
    settings.sync()
    again = DesktopSettings.in_file(tmp_path / "settings.ini")
    assert again.language == "ko" and again.documents_folder == tmp_path / "docs"
    assert int(again.store.value("settings/version")) == VERSION
    again.language = None
    again.documents_folder = None
    assert again.language is None and again.documents_folder is None
    with pytest.raises(ValueError):
        again.language = "fr"


def test_the_dialog_shows_the_saved_settings(qtbot, demo, settings, png, tmp_path):
    logo = image_from_file(png, AttachmentKind.LOGO)
    demo.settings.save_organization_settings(
        OrganizationSettings(
            name="Korea Productivity Center",
            logo=logo,
            signatory_name="Kim",
            signatory_title="Director",
            default_rule_set="host-funded",
            paper="Letter",
        )
    )
    settings.language = "ko"
    settings.documents_folder = tmp_path / "docs"
    dialog = PreferencesDialog(demo, settings)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Korea Productivity Center"
    assert (dialog.signatory_name.text(), dialog.signatory_title.text()) == ("Kim", "Director")
    assert dialog.logo.image == logo and not dialog.logo.preview.pixmap().isNull()
    assert dialog.signature.image is None and not dialog.signature.remove_button.isEnabled()
    assert dialog.rule_set.currentData() == "host-funded"
    assert dialog.paper.currentData() == "Letter"
    assert dialog.language.currentData() == "ko"
    assert dialog.documents_folder.text() == str(tmp_path / "docs")
    assert dialog.organization_settings() == demo.settings.organization_settings()


def test_ok_saves_the_organization_and_the_desktop_settings(monkeypatch, dialog, demo, settings, png, tmp_path):
    monkeypatch.setattr(ImageField, "ask_file", lambda self: png)
    dialog.name.setText("  APO Secretariat ")
    dialog.signatory_title.setText("Secretary-General")
    dialog.logo.choose_button.click()
    dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
    dialog.rule_set.setCurrentIndex(dialog.rule_set.findData("individual-country"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.documents_folder.setText(str(tmp_path / "out"))
    dialog.accept()

    saved = demo.settings.organization_settings()
    assert saved.name == "APO Secretariat" and saved.signatory_title == "Secretary-General"
    assert saved.logo is not None and saved.logo.media_type == "image/png"
    assert saved.logo.filename == "logo.png" and saved.logo.data == png.read_bytes()
    assert (saved.paper, saved.default_rule_set) == ("Letter", "individual-country")
    again = DesktopSettings.in_file(tmp_path / "settings.ini")
    assert again.language == "en" and again.documents_folder == tmp_path / "out"


def test_removing_the_logo(qtbot, demo, settings, png):
    demo.settings.save_organization_settings(OrganizationSettings(logo=image_from_file(png, AttachmentKind.LOGO)))
    dialog = PreferencesDialog(demo, settings)
    qtbot.addWidget(dialog)
    dialog.logo.remove_button.click()
    dialog.accept()
    assert demo.settings.organization_settings().logo is None


def test_cancel_leaves_everything_as_it_was(monkeypatch, dialog, demo, settings, png, tmp_path):
    before = demo.settings.organization_settings()
    monkeypatch.setattr(ImageField, "ask_file", lambda self: png)
    dialog.name.setText("Changed")
    dialog.signature.choose_button.click()
    dialog.language.setCurrentIndex(dialog.language.findData("ko"))
    dialog.documents_folder.setText(str(tmp_path / "elsewhere"))
    dialog.reject()
    assert demo.settings.organization_settings() == before
    again = DesktopSettings.in_file(tmp_path / "settings.ini")
    assert again.language is None and again.documents_folder is None


def test_a_file_that_is_not_an_image_is_refused(monkeypatch, dialog, tmp_path):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *args: shown.append(text))
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a picture")
    assert not dialog.logo.load_file(text_file)
    assert len(shown) == 1 and "not a PNG or JPEG image" in shown[0]
    assert dialog.logo.image is None


def test_the_edit_menu_opens_the_preferences(monkeypatch, qtbot, demo, settings, tmp_path):
    from mission_planner.gui.main_window import MainWindow

    window = MainWindow(demo, documents_root=tmp_path / "documents", desktop_settings=settings)
    qtbot.addWidget(window)
    opened = []
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(lambda cls, *args: opened.append(args) or True))
    window.preferences_action.trigger()
    assert opened == [(window, demo, settings)]
    assert window.preferences_action.text() == "&Preferences…"
