"""File → Import from Excel… (Ctrl+I) and File → Export status questionnaires….

The wizard and the spreadsheet code are imported when first used, so start-up does
not pay for openpyxl.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services import directory
from ..core.context import AppContext
from ..core.ops import Cancelled, Operation, run_in_background
from ..core.settings import QUESTIONNAIRE_FOLDER

log = logging.getLogger(__name__)


class SpreadsheetActions(QObject):
    def __init__(self, window: QWidget, context: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.wizard: Any = None
        self.dialog: QuestionnaireDialog | None = None
        self.import_action = QAction(self.tr("&Import from Excel…"), window)
        self.import_action.setObjectName("importFromExcel")
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.open_import)
        self.questionnaire_action = QAction(self.tr("Export status &questionnaires…"), window)
        self.questionnaire_action.setObjectName("exportQuestionnaires")
        self.questionnaire_action.triggered.connect(self.open_questionnaires)

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addAction(self.import_action)
        menu.addAction(self.questionnaire_action)

    def open_import(self) -> None:
        from ..import_wizard import open_import_wizard

        self.wizard = open_import_wizard(self.window, self.context)

    def open_questionnaires(self) -> None:
        self.dialog = QuestionnaireDialog(self.context, self.window)
        self.dialog.open()


class QuestionnaireDialog(QDialog):
    """Where to write the questionnaires, and for which organization (or each)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.operation: Operation | None = None
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Export status questionnaires"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("One Excel workbook per organization with the plan measures it leads or "
                               "co-implements and the recommendations it is responsible for. Only the status "
                               "and progress columns can be filled in; import the returned files with File → "
                               "Import from Excel."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.organization = QComboBox()
        self.organization.setObjectName("organization")
        self.organization.addItem(self.tr("Each organization with something to report"), None)
        for org in directory.list_organizations(context.db):
            self.organization.addItem(org.name if not org.short_name else f"{org.short_name} — {org.name}", org.id)
        form.addRow(self.tr("&Organization:"), self.organization)
        row = QHBoxLayout()
        self.folder = QLineEdit(QUESTIONNAIRE_FOLDER.get(context.settings) or str(Path.home() / "Questionnaires"))
        self.folder.setObjectName("folder")
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        holder = QWidget()
        row.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(row)
        form.addRow(self.tr("&Folder:"), holder)
        self.include_done = QCheckBox(self.tr("Include completed measures and implemented recommendations"))
        form.addRow("", self.include_done)
        layout.addLayout(form)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the questionnaires"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def export(self) -> None:
        from ...io.excel.questionnaire import write_questionnaires

        folder = Path(self.folder.text().strip()).expanduser()
        if not self.folder.text().strip():
            self.status.setText(self.tr("Choose a folder."))
            return
        QUESTIONNAIRE_FOLDER.set(self.context.settings, str(folder))
        db, organization_id, include = self.context.db, self.organization.currentData(), self.include_done.isChecked()
        self.buttons.setEnabled(False)
        self.status.setText(self.tr("Writing the questionnaires…"))

        def work(progress: Any) -> list[Path]:
            return write_questionnaires(db, folder, organization_id, include_done=include, progress=progress)

        self.operation = run_in_background(self, work, title=self.tr("Writing questionnaires"),
                                           on_done=self._done, on_error=self._failed)

    def _done(self, paths: list[Path]) -> None:
        self.operation = None
        self.written = paths
        self.buttons.setEnabled(True)
        self.status.setText(self.tr("%n questionnaires written to %1.", "", len(paths))
                            .replace("%1", self.folder.text()))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setVisible(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Close"))

    def _failed(self, error: BaseException) -> None:
        self.operation = None
        self.buttons.setEnabled(True)
        if isinstance(error, Cancelled):
            self.status.setText(self.tr("Cancelled."))
            return
        log.error("Writing questionnaires failed", exc_info=error)
        self.status.setText(self.tr("The questionnaires could not be written: %1").replace("%1", str(error)))


__all__ = ["QuestionnaireDialog", "SpreadsheetActions"]
