"""Imports: comparing records read from a file with the database, and writing them.

The spreadsheet layer (``io.excel.importers``) only reads files into records
(``Parsed``); deciding what each record means for the database (create, update,
skip, error), matching organizations, creating records and committing happen here,
in one transaction per import. Each kind's module offers ``decide`` and ``write``.
"""

from __future__ import annotations

from . import measures, meetings, organizations, progress, questionnaire, recommendations
from .base import (
    ACTIONS,
    CREATE,
    ERROR,
    SKIP,
    UPDATE,
    Decision,
    ImportOptions,
    ImportPlan,
    ImportResult,
    NullProgress,
    Parsed,
    ProgressLike,
    RowAction,
)

KINDS = {module.KIND: module for module in (recommendations, measures, progress, meetings, organizations,
                                             questionnaire)}

from .engine import decide_import, run_import  # noqa: E402

__all__ = [
    "ACTIONS", "CREATE", "Decision", "ERROR", "ImportOptions", "ImportPlan", "ImportResult", "KINDS",
    "NullProgress", "Parsed", "ProgressLike", "RowAction", "SKIP", "UPDATE", "decide_import", "run_import",
]
