"""Reading spreadsheets for import: each kind's rows become records, nothing is written here.

Kinds: recommendations, measures, progress, meetings (with attendance),
organizations, and questionnaire (a returned status questionnaire, see
``io.excel.questionnaire``). ``engine.prepare_import`` reads a sheet into an
``ImportPlan``; ``services.imports`` compares it with the database
(``decide_import``) and writes it in one transaction (``run_import``, re-exported
here with ``plan_import``, which reads and compares at once).
"""

from __future__ import annotations

from secretariat.io.excel.importers.base import (
    CREATE,
    ERROR,
    SKIP,
    UPDATE,
    ImportOptions,
    ImportPlan,
    ImportResult,
    NullProgress,
    RowAction,
)
from secretariat.io.excel.importers.measures import MeasureImporter
from secretariat.io.excel.importers.meetings import MeetingImporter
from secretariat.io.excel.importers.organizations import OrganizationImporter
from secretariat.io.excel.importers.progress import ProgressImporter
from secretariat.io.excel.importers.questionnaire import QuestionnaireImporter
from secretariat.io.excel.importers.recommendations import RecommendationImporter

IMPORTERS = {
    importer.kind: importer
    for importer in (RecommendationImporter, MeasureImporter, ProgressImporter, MeetingImporter,
                     OrganizationImporter, QuestionnaireImporter)
}
KINDS = ("recommendations", "measures", "progress", "meetings", "organizations")

from secretariat.io.excel.importers.engine import (  # noqa: E402
    importer_for,
    plan_import,
    prepare_header,
    prepare_import,
    run_import,
)
from secretariat.io.excel.importers.source import (  # noqa: E402
    SheetData,
    detect_header,
    header_at,
    list_sheets,
    load_sheet,
    remember_mapping,
    with_columns,
)

__all__ = [
    "CREATE", "ERROR", "IMPORTERS", "ImportOptions", "ImportPlan", "ImportResult", "KINDS",
    "NullProgress", "RowAction", "SKIP", "SheetData", "UPDATE", "detect_header", "header_at",
    "importer_for", "list_sheets", "load_sheet", "plan_import", "prepare_header", "prepare_import", "remember_mapping", "run_import",
    "with_columns",
]
