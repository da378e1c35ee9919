"""Page 2: which row is the header and which column holds what; corrections are remembered."""

from __future__ import annotations

from typing import Any

from openpyxl.utils import get_column_letter
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from ...io.excel.importers import header_at, remember_mapping, with_columns
from ...io.excel.sheet import value_as_text
from ..widgets.messages import FAILED, call_service

IGNORE = ""
HEADER_CHOICES = 30
EXAMPLE_ROWS = 30


class MappingPage(QWizardPage):
    COLUMN, TITLE, EXAMPLE, FIELD = range(4)

    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(self.tr("Each column of the sheet and what it will be imported as. Correct a column "
                                 "by choosing another field; the correction is remembered for files of the same "
                                 "layout."))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.header_combo = QComboBox()
        self.header_combo.setObjectName("headerRow")
        form.addRow(self.tr("&Header row:"), self.header_combo)
        layout.addLayout(form)
        self.note = QLabel()
        self.note.setObjectName("mappingNote")
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("mappingTable")
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Title in the file"), self.tr("Example"),
                                              self.tr("Imported as")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.EXAMPLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(self.TITLE, 230)
        self.table.setColumnWidth(self.FIELD, 230)
        layout.addWidget(self.table, 1)
        self.missing = QLabel()
        self.missing.setObjectName("mappingMissing")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #a00000;")
        layout.addWidget(self.missing)
        self.header_combo.currentIndexChanged.connect(lambda _i: self._header_row_changed())
        self._filling = False

    # -- building ---------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt naming
        sheet, header = self.wiz.sheet, self.wiz.header
        self._filling = True
        self.header_combo.clear()
        for index, row in enumerate(sheet.rows[:HEADER_CHOICES]):
            preview = " | ".join(t for t in row.texts() if t)[:90]
            self.header_combo.addItem(self.tr("Row %1: %2").replace("%1", str(row.number)).replace("%2", preview),
                                      index)
        self.header_combo.setCurrentIndex(max(self.header_combo.findData(header.row_index), 0))
        self._filling = False
        notes = []
        if self.wiz.header_message:
            notes.append(self.wiz.header_message + " " + self.tr("Choose the header row and say which column "
                                                                 "holds what."))
        elif self.wiz.remembered:
            notes.append(self.tr("This layout was seen before: the columns are mapped as you corrected them "
                                 "then."))
        self.note.setText(" ".join(notes))
        self._fill(header.columns)

    def _fill(self, columns: dict[str, int]) -> None:
        sheet, header = self.wiz.sheet, self.wiz.header
        fields = self.wiz.importer().fields()
        by_column = {column: name for name, column in columns.items()}
        width = max(len(header.header_texts), max((len(r.cells) for r in sheet.rows[:1]), default=0))
        examples = self._examples(width)
        self._filling = True
        self.table.setRowCount(width)
        for column in range(width):
            title = header.header_texts[column] if column < len(header.header_texts) else ""
            self.table.setItem(column, self.COLUMN, QTableWidgetItem(get_column_letter(column + 1)))
            title_item = QTableWidgetItem(title.replace("\n", " "))
            title_item.setToolTip(title)
            self.table.setItem(column, self.TITLE, title_item)
            example = examples.get(column, "")
            example_item = QTableWidgetItem(example.replace("\n", " ⏎ ")[:200])
            example_item.setToolTip(example[:1000])
            self.table.setItem(column, self.EXAMPLE, example_item)
            combo = QComboBox()
            combo.setObjectName(f"field{column}")
            combo.addItem(self.tr("(not imported)"), IGNORE)
            for spec in fields:
                combo.addItem(spec.label + (" *" if spec.required else ""), spec.name)
            combo.setCurrentIndex(max(combo.findData(by_column.get(column, IGNORE)), 0))
            combo.currentIndexChanged.connect(lambda _i, c=column: self._field_changed(c))
            self.table.setCellWidget(column, self.FIELD, combo)
        self._filling = False
        self._update_missing()

    def _examples(self, width: int) -> dict[int, str]:
        sheet, header = self.wiz.sheet, self.wiz.header
        found: dict[int, str] = {}
        for row in sheet.rows[header.data_start:header.data_start + EXAMPLE_ROWS]:
            if row.merged_across:
                continue
            for column in range(min(width, len(row.cells))):
                if column not in found and row.cells[column] is not None:
                    found[column] = value_as_text(row.cells[column])
        return found

    # -- changes ----------------------------------------------------------------
    def combo(self, column: int) -> QComboBox:
        return self.table.cellWidget(column, self.FIELD)

    def set_field(self, column: int, field: str) -> None:
        """Choose what *column* (0-based) is imported as, as a clerk does in the table."""
        combo = self.combo(column)
        combo.setCurrentIndex(combo.findData(field))

    def columns(self) -> dict[str, int]:
        result = {}
        for column in range(self.table.rowCount()):
            name = self.combo(column).currentData()
            if name:
                result[name] = column
        return result

    def _field_changed(self, column: int) -> None:
        if self._filling:
            return
        name = self.combo(column).currentData()
        if name:  # one column per field: the column that had it before gives it up
            self._filling = True
            for other in range(self.table.rowCount()):
                if other != column and self.combo(other).currentData() == name:
                    self.combo(other).setCurrentIndex(0)
            self._filling = False
        self._update_missing()

    def _header_row_changed(self) -> None:
        if self._filling:
            return
        index = self.header_combo.currentData()
        if index is None:
            return
        self.wiz.header = header_at(self.wiz.sheet.rows, index, self.wiz.importer().synonyms())
        self.wiz.remembered = False
        self._fill(self.wiz.header.columns)

    def _update_missing(self) -> None:
        missing = self.wiz.importer().missing_fields(self.columns())
        self.missing.setText(self.tr("Still to choose: %1.").replace("%1", ", ".join(missing)) if missing else "")
        self.completeChanged.emit()

    # -- wizard -----------------------------------------------------------------
    def isComplete(self) -> bool:  # noqa: N802 - Qt naming
        return self.table.rowCount() > 0 and not self.wiz.importer().missing_fields(self.columns())

    def validatePage(self) -> bool:  # noqa: N802 - Qt naming
        columns = self.columns()
        header = with_columns(self.wiz.sheet.rows, self.wiz.header, columns)
        corrected = (columns != self.wiz.detected_columns or header.row_index != self.wiz.detected_row
                     or bool(self.wiz.header_message))
        if corrected and call_service(self, remember_mapping, self.wiz.context.db, self.wiz.kind, header) is FAILED:
            return False
        self.wiz.header = header
        return True
