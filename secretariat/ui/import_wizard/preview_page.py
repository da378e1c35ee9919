"""Page 3: row by row, what the import will create, update or skip, and why - before anything is written."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from ...io.excel.importers import CREATE, ERROR, SKIP, UPDATE, ImportPlan, RowAction, prepare_import
from ...services.imports import decide_import
from ..core.ops import Cancelled, Operation, run_in_background

Index = QModelIndex | QPersistentModelIndex
COLOURS = {CREATE: "#e6f4ea", UPDATE: "#e8f0fe", SKIP: "#f1f3f4", ERROR: "#fce8e6"}


class PreviewModel(QAbstractTableModel):
    ROW, ACTION, RECORD, DETAILS = range(4)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.all: list[RowAction] = []
        self.rows: list[RowAction] = []
        self.action: str | None = None

    def set_rows(self, rows: list[RowAction], action: str | None = None) -> None:
        self.beginResetModel()
        self.all = rows
        self.action = action
        self.rows = rows if action is None else [row for row in rows if row.action == action]
        self.endResetModel()

    def action_label(self, action: str) -> str:
        return {CREATE: self.tr("Create"), UPDATE: self.tr("Update"), SKIP: self.tr("Skip"),
                ERROR: self.tr("Error")}[action]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt naming
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt naming
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt naming
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("Row"), self.tr("Action"), self.tr("Record"), self.tr("Why / what changes")][section]
        return None

    def details(self, row: RowAction) -> str:
        text = row.reason
        if row.action == ERROR and row.column:
            text = f"{row.column}: {text}"
        if row.warnings:
            text += " " + " ".join(f"⚠ {w}" for w in row.warnings)
        return text

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.ROW:
                return row.row
            if column == self.ACTION:
                return self.action_label(row.action)
            if column == self.RECORD:
                return row.label
            return self.details(row)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(COLOURS[row.action]))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class PreviewPage(QWizardPage):
    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Check what will be done"))
        self.setSubTitle(self.tr("Nothing has been written yet. Press Import to write all of it in one go; "
                                 "a cancelled or failed import writes nothing."))
        self.setCommitPage(True)
        self._operation: Operation | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.notes = QLabel()
        self.notes.setObjectName("previewNotes")
        self.notes.setWordWrap(True)
        layout.addWidget(self.notes)
        bar = QHBoxLayout()
        self.filter = QComboBox()
        self.filter.setObjectName("previewFilter")
        for text, action in ((self.tr("All rows"), None), (self.tr("Errors"), ERROR), (self.tr("Created"), CREATE),
                             (self.tr("Updated"), UPDATE), (self.tr("Skipped"), SKIP)):
            self.filter.addItem(text, action)
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.filter)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.model = PreviewModel(self)
        self.view = QTableView()
        self.view.setObjectName("previewTable")
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(False)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(PreviewModel.ROW, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PreviewModel.ACTION, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PreviewModel.RECORD, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setColumnWidth(PreviewModel.RECORD, 340)
        layout.addWidget(self.view, 1)
        self.skip_invalid = QCheckBox(self.tr("Leave out the rows with errors and import the others"))
        self.skip_invalid.setObjectName("skipInvalid")
        self.skip_invalid.setVisible(False)
        layout.addWidget(self.skip_invalid)
        self.filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self.skip_invalid.toggled.connect(self._skip_toggled)

    @property
    def plan(self) -> ImportPlan | None:
        return self.wiz.plan

    @property
    def computing(self) -> bool:
        return self._operation is not None

    def stop(self) -> None:
        if self._operation is not None:
            self._operation.progress.cancel()
            self._operation = None

    def initializePage(self) -> None:  # noqa: N802 - Qt naming
        self.stop()
        self.wiz.plan = None
        self.model.set_rows([])
        self.skip_invalid.setChecked(False)
        self.skip_invalid.setVisible(False)
        self.notes.setText("")
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Comparing the rows with the database…"))
        db, kind, sheet, header, options = (self.wiz.context.db, self.wiz.kind, self.wiz.sheet, self.wiz.header,
                                            self.wiz.options)

        def work(progress: Any) -> ImportPlan:
            # Reading the rows (io), then comparing them with the database (the service).
            return decide_import(db, prepare_import(kind, sheet, header, options, progress), progress)

        operation = run_in_background(self, work, title=self.tr("Preparing the preview"),
                                      on_done=lambda plan: self._ready(operation, plan),
                                      on_error=lambda error: self._failed(operation, error))
        self._operation = operation
        self.completeChanged.emit()

    def _ready(self, operation: Operation, plan: ImportPlan) -> None:
        if operation is not self._operation:
            return
        self._operation = None
        self.wiz.plan = plan
        counts = plan.counts()
        text = self.tr("%1 to create, %2 to update, %3 to skip, %4 with errors.") \
            .replace("%1", str(counts[CREATE])).replace("%2", str(counts[UPDATE])) \
            .replace("%3", str(counts[SKIP])).replace("%4", str(counts[ERROR]))
        if plan.fatal:
            text = "\n".join(plan.fatal) + "\n" + text
            self.summary.setStyleSheet("color: #a00000;")
        elif counts[CREATE] + counts[UPDATE] == 0:
            text += " " + self.tr("There is nothing to import: everything is already recorded.")
        self.summary.setText(text)
        self.notes.setText("\n".join(plan.notes))
        self.skip_invalid.setVisible(bool(counts[ERROR]) and not plan.fatal)
        if counts[ERROR]:
            self.filter.setCurrentIndex(self.filter.findData(ERROR))
        self._apply_filter()
        self.completeChanged.emit()

    def _failed(self, operation: Operation, error: BaseException) -> None:
        if operation is not self._operation:
            return
        self._operation = None
        if isinstance(error, Cancelled):
            self.summary.setText(self.tr("The preview was cancelled. Go back and try again."))
        else:
            self.summary.setText(self.tr("The preview could not be prepared: %1").replace("%1", str(error)))
        self.summary.setStyleSheet("color: #a00000;")
        self.completeChanged.emit()

    def _apply_filter(self) -> None:
        self.model.set_rows(self.plan.rows if self.plan else [], self.filter.currentData())

    def _skip_toggled(self, checked: bool) -> None:
        self.wiz.skip_invalid = checked
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt naming
        plan = self.plan
        if plan is None or self.computing:
            return False
        counts = plan.counts()
        return plan.can_run(self.skip_invalid.isChecked()) and counts[CREATE] + counts[UPDATE] > 0

    def cleanupPage(self) -> None:  # noqa: N802 - Qt naming
        self.stop()
