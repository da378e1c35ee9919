"""Read a sheet into an import plan; the services compare it with the database and write it.

    sheet = load_sheet(path, "Matrix")
    header, remembered = prepare_header(db, "recommendations", sheet)
    plan = prepare_import("recommendations", sheet, header, options)   # parsing only
    plan = services.imports.decide_import(db, plan)                     # the preview
    result = services.imports.run_import(db, plan, skip_invalid=False)  # one transaction

``plan_import`` is the first two steps at once; ``run_import`` is the service's,
re-exported here for callers that import everything from this package.
"""

from __future__ import annotations


from secretariat.db import Database
from secretariat.i18n import translate
from secretariat.io.excel.sheet import mis_decoded_cells
from secretariat.io.excel.headers import HeaderMatch
from secretariat.io.excel.importers.base import (
    Decision,
    ImportOptions,
    Importer,
    ImportPlan,
    NullProgress,
    ProgressLike,
    paused_gc,
)
from secretariat.io.excel.importers.source import SheetData, detect_header
from secretariat.services.imports.engine import decide_import, run_import


def importer_for(kind: str) -> Importer:
    from secretariat.io.excel.importers import IMPORTERS

    try:
        return IMPORTERS[kind]()
    except KeyError:
        raise ValueError(f"unknown import kind {kind!r}") from None


def prepare_header(db: Database | None, kind: str, sheet: SheetData) -> tuple[HeaderMatch, bool]:
    """The header to use and whether it came from a remembered (or fixed) mapping.

    Raises ``SpreadsheetError`` when no header row is recognised.
    """
    importer = importer_for(kind)
    fixed = importer.fixed_header(sheet)
    if fixed is not None:
        return fixed, True
    return detect_header(sheet.rows, kind, importer.synonyms(), db)


def prepare_import(kind: str, sheet: SheetData, header: HeaderMatch, options: ImportOptions | None = None,
                   progress: ProgressLike | None = None) -> ImportPlan:
    """Read the rows under *header* (no database): a plan whose decision is still empty.

    ``run_import`` accepts it as it is; ``plan_import`` also compares with the database.
    """
    importer = importer_for(kind)
    options = options or ImportOptions()
    progress = progress or NullProgress()
    progress.update(0, 0, translate("excel", "Reading the rows…"))
    with paused_gc():
        parsed = importer.parse(sheet, header, options)
    garbled = mis_decoded_cells(sheet.rows)
    if garbled:
        row, text, meant = garbled[0]
        parsed.notes.append(translate(
            "excel", "Some texts look like UTF-8 read in the wrong encoding (row {row}: \"{text}\", probably "
            "\"{meant}\"). Ask the sender to save the file again as UTF-8, or open it with the right encoding "
            "and save it as .xlsx.").format(row=row, text=text[:60], meant=meant[:60]))
    progress.check()
    return ImportPlan(kind=kind, path=sheet.path, sheet=sheet.sheet, header_row=header.row_number,
                      parsed=parsed, decision=Decision(), options=options)


def plan_import(db: Database, kind: str, sheet: SheetData, header: HeaderMatch,
                options: ImportOptions | None = None,
                progress: ProgressLike | None = None) -> ImportPlan:
    """Read the rows under *header* and say what importing them would do (nothing written)."""
    return decide_import(db, prepare_import(kind, sheet, header, options, progress), progress)


__all__ = ["importer_for", "plan_import", "prepare_header", "prepare_import", "run_import"]
