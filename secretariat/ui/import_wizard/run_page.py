"""Page 4: the import itself, one transaction, with progress and Cancel."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWizardPage

from ...db import DatabaseError
from ...db.errors import PermissionDeniedError
from ...io.excel.errors import SpreadsheetError
from ...io.excel.importers import CREATE, ERROR, SKIP, UPDATE, ImportResult
from ...services import commission
from ...services.errors import ServiceError
from ...services.imports import run_import
from ..core.ops import Cancelled, Operation, run_in_background

log = logging.getLogger(__name__)


class RunPage(QWizardPage):
    def __init__(self, wizard: Any) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Importing"))
        self._operation: Operation | None = None
        self._state_refused = False
        self.finished = False
        layout = QVBoxLayout(self)
        self.label = QLabel()
        self.label.setObjectName("runStatus")
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.bar = QProgressBar()
        layout.addWidget(self.bar)
        self.cancel_button = QPushButton(self.tr("&Cancel the import"))
        self.cancel_button.setObjectName("cancelImport")
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(self.cancel_button)
        layout.addStretch(1)
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._tick)

    @property
    def running(self) -> bool:
        return self._operation is not None

    def initializePage(self) -> None:  # noqa: N802 - Qt naming
        self.finished = False
        self.wiz.result = None
        plan, skip = self.wiz.plan, self.wiz.skip_invalid
        db = self.wiz.context.db
        self.label.setText(self.tr("Importing… Nothing is kept unless the whole import succeeds."))
        self.label.setStyleSheet("")
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(True)

        state = self.wiz.state_to_store
        self._state_refused = False

        def work(progress: Any) -> ImportResult:
            if state:
                try:
                    commission.set_state_under_review(db, state)
                except PermissionDeniedError:  # an editor of a shared database: for this import only
                    self._state_refused = True
            return run_import(db, plan, skip_invalid=skip, progress=progress)

        self._operation = run_in_background(self, work, title=self.tr("Importing"), on_done=self._done,
                                            on_error=self._failed, writes=True)
        self._timer.start()
        self.completeChanged.emit()

    def cancel(self) -> None:
        if self._operation is not None:
            self._operation.progress.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling… everything written so far is being undone."))

    def _tick(self) -> None:
        if self._operation is None:
            return
        done, total, label = self._operation.progress.snapshot()
        if total:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        if label and self.cancel_button.isEnabled():
            self.label.setText(label)

    def _end(self) -> None:
        self._operation = None
        self._timer.stop()
        self.finished = True
        self.cancel_button.setVisible(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.completeChanged.emit()

    def _done(self, result: ImportResult) -> None:
        self._end()
        self.wiz.result = result
        counts = result.counts()
        if result.written:
            text = self.tr("Import finished: %1 created, %2 updated, %3 skipped.") \
                .replace("%1", str(counts[CREATE])).replace("%2", str(counts[UPDATE])) \
                .replace("%3", str(counts[SKIP]))
            if counts[ERROR]:
                text += " " + self.tr("%n rows with errors were left out.", "", counts[ERROR])
            if self._state_refused:
                text += "\n" + self.tr("The State under review was used for this import only: only an "
                                        "administrator may change the Commission's settings.")
            self.label.setText(text)
        else:
            problems = result.plan.fatal or [f"{row.row}: {row.reason}" for row in result.plan.errors[:5]]
            self.label.setText(self.tr("Nothing was imported: the database changed since the preview and the "
                                       "file now has errors.") + "\n" + "\n".join(problems))
            self.label.setStyleSheet("color: #a00000;")

    def _failed(self, error: BaseException) -> None:
        self._end()
        if isinstance(error, Cancelled):
            self.label.setText(self.tr("The import was cancelled. Nothing was written."))
        elif isinstance(error, (SpreadsheetError, ServiceError, DatabaseError)):
            self.label.setText(self.tr("The import failed and nothing was written: %1").replace("%1", str(error)))
        else:
            self.label.setText(self.tr("The import failed unexpectedly and nothing was written (details are in "
                                       "the log, Help → Open log folder): %1").replace("%1", str(error)))
        self.label.setStyleSheet("color: #a00000;")

    def isComplete(self) -> bool:  # noqa: N802 - Qt naming
        return self.finished
