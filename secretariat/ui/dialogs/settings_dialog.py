"""Edit → Settings… (Ctrl+,): the interface language, remembered for the next starts.

The whole window is built in one language, so a new choice applies from the next start;
the dialog offers to restart at once (the application starts again on the same
database, with the same arguments).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QProcess, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ...locale import LANGUAGES
from ..app.language import LANGUAGE_NAMES, chosen_language, interface_language, remember_language, restart_command


class SettingsDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(chosen_language(settings)))
        form.addRow(self.tr("Interface &language:"), self.language)
        layout.addLayout(form)
        note = QLabel(self.tr("Menus, pages, dialogs, dates and numbers are shown in this language. "
                              "Reports and minutes can still be printed in another one."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def chosen(self) -> str:
        return str(self.language.currentData())

    def accept(self) -> None:
        remember_language(self.settings, self.chosen())
        super().accept()


def ask_restart(parent: QWidget | None, language: str) -> QMessageBox:
    """The message offering to restart in the new language; worded in that language too,
    since whoever just chose it may not read the current one."""
    from ...i18n import in_language, translate

    texts = []
    for lang in dict.fromkeys((language, interface_language())):
        with in_language(lang):
            texts.append(translate("SettingsDialog", "The new language is used from the next start of "
                                                     "Secretariat. Restart now?"))
    box = QMessageBox(QMessageBox.Icon.Question, translate("SettingsDialog", "Settings"), "\n\n".join(texts),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("restartQuestion")
    box.restart_button = box.addButton(translate("SettingsDialog", "Restart now"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("SettingsDialog", "Later"), QMessageBox.ButtonRole.RejectRole)
    return box


def open_settings(parent: QWidget, settings: QSettings, close_window: Callable[[], bool]) -> None:
    """Show the dialog; on a new language, offer to restart (which closes the window first,
    so that nothing unsaved is lost, then starts the application again)."""
    dialog = SettingsDialog(settings, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() == interface_language():
        return
    box = ask_restart(parent, dialog.chosen())
    box.exec()
    if box.clickedButton() is box.restart_button and close_window():
        command = restart_command()
        QProcess.startDetached(command[0], command[1:])
