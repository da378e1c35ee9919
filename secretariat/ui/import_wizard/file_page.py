"""Page 1: what to import, from which file and sheet, and what the file does not say."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ...io.excel.errors import SpreadsheetError
from ...io.excel.importers import header_at, list_sheets, load_sheet, prepare_header
from ..core.ops import Operation, run_in_background
from ..core.settings import IMPORT_FOLDER
from .options import OptionsBox
from .wizard import MAPPING, PREVIEW
from ...i18n import translate

KINDS = ("recommendations", "measures", "progress", "meetings", "organizations", "questionnaire")


def kind_label(kind: str) -> str:
    return {
        "recommendations": translate("import", "Recommendations (OHCHR lists, treaty bodies)"),
        "measures": translate("import", "Plan measures (a plan matrix)"),
        "progress": translate("import", "Progress reports on measures"),
        "meetings": translate("import", "Meetings with attendance"),
        "organizations": translate("import", "Organizations"),
        "questionnaire": translate("import", "A returned status questionnaire"),
    }[kind]


class FilePage(QWizardPage):
    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Choose the spreadsheet"))
        self.setSubTitle(self.tr("Excel (.xlsx, .xlsm, .xls), LibreOffice (.ods), text tables (.csv, .tsv, .txt) "
                                 "or tables of a Word document (.docx). Title rows above the table are fine; the "
                                 "columns are recognised by their titles in English, Russian or Turkmen."))
        self._loading: Operation | None = None
        self._loaded_path: Path | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind")
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        form.addRow(self.tr("&Import:"), self.kind_combo)
        row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("path")
        self.path_edit.setPlaceholderText(self.tr("Path of the file"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&File:"), holder)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheet")
        form.addRow(self.tr("&Sheet or table:"), self.sheet_combo)
        layout.addLayout(form)
        self.status = QLabel()
        self.status.setObjectName("fileStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.options_group = QGroupBox(self.tr("What the file does not say"))
        group_layout = QVBoxLayout(self.options_group)
        self.options_box = OptionsBox(wizard.context)
        group_layout.addWidget(self.options_box)
        layout.addWidget(self.options_group)
        layout.addStretch(1)

        self.kind_combo.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.path_edit.editingFinished.connect(self.load_path)
        self.path_edit.returnPressed.connect(self.load_path)
        self.browse_button.clicked.connect(self.browse)
        self.sheet_combo.currentIndexChanged.connect(lambda _i: self.load_chosen_sheet())
        self.options_box.changed.connect(self.completeChanged)
        self._kind_changed()

    # -- kind -------------------------------------------------------------------
    def kind(self) -> str:
        return self.kind_combo.currentData()

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(KINDS.index(kind))

    def _kind_changed(self) -> None:
        self.options_box.show_kind(self.kind())
        self.options_group.setVisible(self.kind() not in ("meetings", "organizations"))
        self.completeChanged.emit()

    # -- file -------------------------------------------------------------------
    def browse(self) -> None:
        settings = self.wiz.context.settings
        start = IMPORT_FOLDER.get(settings) or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the spreadsheet"), start,
            self.tr("Tables (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt *.docx);;Excel workbooks (*.xlsx *.xlsm *.xls);;"
                    "Text tables (*.csv *.tsv *.txt);;Word documents (*.docx);;All files (*)"))
        if path:
            IMPORT_FOLDER.set(settings, str(Path(path).parent))
            self.set_path(path)

    def set_path(self, path: str | Path) -> None:
        self.path_edit.setText(str(path))
        self.load_path()

    @property
    def loading(self) -> bool:
        return self._loading is not None

    def load_path(self) -> None:
        text = self.path_edit.text().strip().strip('"')
        if not text:
            return
        path = Path(text).expanduser()
        if path == self._loaded_path and (self.wiz.sheet is not None or self.loading):
            return
        self._loaded_path = path
        self._start(path, None, with_sheet_list=True)

    def load_chosen_sheet(self) -> None:
        name = self.sheet_combo.currentText()
        if self._loaded_path is None or not name or (self.wiz.sheet is not None and self.wiz.sheet.sheet == name):
            return
        self._start(self._loaded_path, name, with_sheet_list=False)

    def _start(self, path: Path, sheet: str | None, *, with_sheet_list: bool) -> None:
        self.stop()
        self.wiz.sheet = None
        self.status.setText(self.tr("Reading %1…").replace("%1", path.name))
        self.status.setStyleSheet("")
        if with_sheet_list:
            self.sheet_combo.blockSignals(True)
            self.sheet_combo.clear()
            self.sheet_combo.blockSignals(False)

        def work(progress: Any) -> tuple[list[str], Any]:
            progress.update(0, 0, self.tr("Reading %1…").replace("%1", path.name))
            names = list_sheets(path) if with_sheet_list else None
            return names, load_sheet(path, sheet)

        operation = run_in_background(self, work, title=self.tr("Reading the spreadsheet"),
                                      on_done=lambda result: self._loaded(operation, result),
                                      on_error=lambda error: self._failed(operation, error))
        self._loading = operation
        self.completeChanged.emit()

    def stop(self) -> None:
        if self._loading is not None:
            self._loading.progress.cancel()
            self._loading = None

    def _loaded(self, operation: Operation, result: tuple[list[str] | None, Any]) -> None:
        if operation is not self._loading:
            return  # a newer choice replaced this one
        self._loading = None
        names, data = result
        self.wiz.sheet = data
        self.sheet_combo.blockSignals(True)  # filled by the program: not a choice to load
        if names is not None:
            self.sheet_combo.clear()
            self.sheet_combo.addItems(names)
        self.sheet_combo.setCurrentText(data.sheet)
        self.sheet_combo.blockSignals(False)
        rows = len(data.rows)
        text = self.tr("Sheet \"%1\": %n rows with content.", "", rows).replace("%1", data.sheet)
        if data.is_questionnaire:
            self.set_kind("questionnaire")
            text += " " + self.tr("This is a status questionnaire made by this application for %1.").replace(
                "%1", data.meta.get("organization", "?"))
        self.status.setText(text)
        self.completeChanged.emit()

    def _failed(self, operation: Operation, error: BaseException) -> None:
        if operation is not self._loading:
            return
        self._loading = None
        self.wiz.sheet = None
        if isinstance(error, SpreadsheetError):
            message = str(error)
        else:
            from ..core.ops import Cancelled

            if isinstance(error, Cancelled):
                message = self.tr("Reading was cancelled.")
            else:
                message = self.tr("The file could not be read: %1").replace("%1", str(error))
        self.status.setText(message)
        self.status.setStyleSheet("color: #a00000;")
        self.completeChanged.emit()

    # -- wizard -----------------------------------------------------------------
    def isComplete(self) -> bool:  # noqa: N802 - Qt naming
        return (self.wiz.sheet is not None and not self.loading
                and self.options_box.is_valid(self.kind()))

    def validatePage(self) -> bool:  # noqa: N802 - Qt naming
        sheet = self.wiz.sheet
        kind = self.kind()
        self.wiz.options = self.options_box.options(kind)
        self.wiz.state_to_store = self.options_box.state_to_store if kind == "recommendations" else None
        self.wiz.header_message = ""
        try:
            header, remembered = prepare_header(self.wiz.context.db, kind, sheet)
        except SpreadsheetError as error:
            if kind == "questionnaire":
                self.status.setText(str(error))
                self.status.setStyleSheet("color: #a00000;")
                return False
            first = next((i for i, row in enumerate(sheet.rows) if not row.merged_across), 0)
            header, remembered = header_at(sheet.rows, first, self.wiz.importer().synonyms()), False
            self.wiz.header_message = str(error)
        self.wiz.header = header
        self.wiz.detected_columns = dict(header.columns)
        self.wiz.detected_row = header.row_index
        self.wiz.remembered = remembered
        return True

    def nextId(self) -> int:  # noqa: N802 - Qt naming
        return PREVIEW if self.kind() == "questionnaire" else MAPPING
