"""Compare parsed records with the database (nothing written), then write them in one transaction.

    plan = prepare_import(kind, sheet, header, options)   # io.excel.importers: parsing only
    plan = decide_import(db, plan)                         # the preview: what would happen
    result = run_import(db, plan, skip_invalid=False)      # the import

``run_import`` compares the records with the database again inside its write
transaction - the preview may be minutes old - and writes only when the file has no
errors (or *skip_invalid* is set, in which case rows with errors are left out).
Whatever goes wrong after the transaction began, including ``progress.check()``
raising because the clerk pressed Cancel, rolls everything back.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from ...db import Database
from ...db.bulk import refresh_statistics
from ...i18n import translate
from ...models import AuditAction
from .. import audit
from .base import CREATE, ERROR, UPDATE, ImportPlan, ImportResult, NullProgress, ProgressLike, paused_gc

#: Ids listed in the audit entry up to this many; beyond, the first and last.
AUDIT_ID_LIMIT = 2000


def kind_module(kind: str) -> ModuleType:
    """The module deciding and writing one kind (``decide``, ``write`` and ``TABLE``)."""
    from . import KINDS

    try:
        return KINDS[kind]
    except KeyError:
        raise ValueError(f"unknown import kind {kind!r}") from None


def decide_import(db: Database, plan: ImportPlan, progress: ProgressLike | None = None) -> ImportPlan:
    """*plan* with its decision: what importing its records would do (read only)."""
    progress = progress or NullProgress()
    with db.read() as session, paused_gc():
        plan.decision = kind_module(plan.kind).decide(session, plan.parsed, plan.options, progress)
    return plan


def run_import(db: Database, plan: ImportPlan, *, skip_invalid: bool = False,
               progress: ProgressLike | None = None) -> ImportResult:
    """Write the import in one transaction; ``result.written`` is False when refused.

    The plan passed in is replaced by the one decided inside the transaction, so the
    counts of the result are what was really done.
    """
    module = kind_module(plan.kind)
    progress = progress or NullProgress()
    if plan.parsed.fatal:
        return ImportResult(plan=plan, written=False)
    with db.write() as session, paused_gc():
        progress.check()
        decision = module.decide(session, plan.parsed, plan.options, progress)
        final = ImportPlan(kind=plan.kind, path=plan.path, sheet=plan.sheet, header_row=plan.header_row,
                           parsed=plan.parsed, decision=decision, options=plan.options)
        if final.fatal or (decision.errors and not skip_invalid):
            return ImportResult(plan=final, written=False)
        details = module.write(session, plan.parsed, decision, plan.options, progress)
        refresh_statistics(session, module.TABLE, decision.count(CREATE) + decision.count(UPDATE))
        _audit(session, module.TABLE, final, details, skip_invalid)
        progress.check()  # the last moment a Cancel still leaves the database untouched
    return ImportResult(plan=final, written=True)


def _audit(session: Any, table: str, plan: ImportPlan, details: dict[str, Any], skip_invalid: bool) -> None:
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
    audit.record(session, AuditAction.IMPORT.value, table, 0, summary, changes)


__all__ = ["decide_import", "kind_module", "run_import"]
