"""The import wizard: file and sheet, column mapping, preview, run.

Nothing is written before the last page: the preview reads the rows
(``io.excel.importers.prepare_import``) and compares them with the database
(``services.imports.decide_import``, a read), and the run page calls the service's
``run_import``, one transaction that a Cancel or a failure rolls back completely.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget, QWizard

from ...io.excel.headers import HeaderMatch
from ...io.excel.importers import ImportOptions, ImportPlan, ImportResult, SheetData, importer_for
from ..core.context import AppContext

FILE, MAPPING, PREVIEW, RUN = range(4)


class ImportWizard(QWizard):
    """State shared by the pages; the pages do the work."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *, kind: str | None = None) -> None:
        super().__init__(parent)
        from .file_page import FilePage
        from .mapping_page import MappingPage
        from .preview_page import PreviewPage
        from .run_page import RunPage

        self.context = context
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import from Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setMinimumSize(QSize(820, 560))
        self.sheet: SheetData | None = None
        self.header: HeaderMatch | None = None
        self.detected_columns: dict[str, int] = {}  # what detection (or memory) proposed
        self.detected_row = 0
        self.header_message = ""  # why no header was recognised, if so
        self.remembered = False
        self.options = ImportOptions()
        self.state_to_store: str | None = None  # the Commission's new State under review, if asked
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.skip_invalid = False
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        self.setPage(FILE, self.file_page)
        self.setPage(MAPPING, self.mapping_page)
        self.setPage(PREVIEW, self.preview_page)
        self.setPage(RUN, self.run_page)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        if kind:
            self.file_page.set_kind(kind)

    @property
    def kind(self) -> str:
        return self.file_page.kind()

    def importer(self) -> Any:
        return importer_for(self.kind)

    def reject(self) -> None:
        """Cancel while importing stops the import (rolled back) instead of closing the window."""
        if self.run_page.running:
            self.run_page.cancel()
            return
        for page in (self.file_page, self.preview_page):
            page.stop()
        super().reject()


def open_import_wizard(parent: QWidget | None, context: AppContext, kind: str | None = None) -> ImportWizard:
    wizard = ImportWizard(context, parent, kind=kind)
    wizard.open()
    return wizard


__all__ = ["FILE", "ImportWizard", "MAPPING", "PREVIEW", "RUN", "open_import_wizard"]
