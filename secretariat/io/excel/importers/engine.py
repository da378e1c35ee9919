"""Plan an import (nothing written), then run it in one transaction.

    sheet = load_sheet(path, "Matrix")
    header, remembered = detect_header(sheet.rows, kind, synonyms, db)
    plan = plan_import(db, "recommendations", sheet, header, options)
    result = run_import(db, plan, skip_invalid=False)

``run_import`` compares the rows with the database again inside its write
transaction - the preview may be minutes old - and writes only when the file has no
errors (or *skip_invalid* is set, in which case rows with errors are left out).
Whatever goes wrong after the transaction began, including ``progress.check()``
raising because the clerk pressed Cancel, rolls everything back.
"""

from __future__ import annotations

from typing import Any

from secretariat.db import Database
from secretariat.i18n import translate
from secretariat.io.excel.sheet import mis_decoded_cells
from secretariat.io.excel.headers import HeaderMatch
from secretariat.io.excel.importers.base import (
    ERROR,
    Decision,
    ImportOptions,
    Importer,
    ImportPlan,
    ImportResult,
    NullProgress,
    ProgressLike,
    paused_gc,
)
from secretariat.io.excel.importers.source import SheetData, detect_header
from secretariat.models import AuditAction
from secretariat.services import audit

#: Ids listed in the audit entry up to this many; beyond, the first and last.
AUDIT_ID_LIMIT = 2000


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
    """Read the rows under *header* and say what importing them would do."""
    plan = prepare_import(kind, sheet, header, options, progress)
    progress = progress or NullProgress()
    with db.read() as session, paused_gc():
        plan.decision = importer_for(kind).decide(session, plan.parsed, plan.options, progress)
    return plan


def run_import(db: Database, plan: ImportPlan, *, skip_invalid: bool = False,
               progress: ProgressLike | None = None) -> ImportResult:
    """Write the import in one transaction; ``result.written`` is False when refused.

    The plan passed in is replaced by the one decided inside the transaction, so the
    counts of the result are what was really done.
    """
    importer = importer_for(plan.kind)
    progress = progress or NullProgress()
    if plan.parsed.fatal:
        return ImportResult(plan=plan, written=False)
    with db.write() as session, paused_gc():
        progress.check()
        decision = importer.decide(session, plan.parsed, plan.options, progress)
        final = ImportPlan(kind=plan.kind, path=plan.path, sheet=plan.sheet, header_row=plan.header_row,
                           parsed=plan.parsed, decision=decision, options=plan.options)
        if final.fatal or (decision.errors and not skip_invalid):
            return ImportResult(plan=final, written=False)
        details = importer.write(session, plan.parsed, decision, plan.options, progress)
        _audit(session, importer, final, details, skip_invalid)
        progress.check()  # the last moment a Cancel still leaves the database untouched
    return ImportResult(plan=final, written=True)


def _audit(session: Any, importer: Importer, plan: ImportPlan, details: dict[str, Any],
           skip_invalid: bool) -> None:
    counts = plan.counts()
    changes: dict[str, Any] = {
        "file": plan.path.name, "sheet": plan.sheet, "kind": plan.kind,
        "created": counts["create"], "updated": counts["update"], "skipped": counts["skip"],
        "invalid_rows_skipped": counts[ERROR] if skip_invalid else 0,
    }
    for name, value in details.items():
        if isinstance(value, list) and len(value) > AUDIT_ID_LIMIT and all(isinstance(v, int) for v in value):
            changes[name] = {"count": len(value), "first": min(value), "last": max(value)}
        else:
            changes[name] = value
    summary = translate("excel", "Import of {file} ({sheet}): {counts}").format(
        file=plan.path.name, sheet=plan.sheet,
        counts=ImportResult(plan=plan, written=True).summary())
    audit.record(session, AuditAction.IMPORT.value, importer.table, 0, summary, changes)


__all__ = ["importer_for", "plan_import", "prepare_header", "prepare_import", "run_import"]
