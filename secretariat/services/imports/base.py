"""What every import shares: options, the row-by-row plan, and the progress protocol.

An import is planned before it is run. The spreadsheet layer (``io.excel.importers``)
reads the file into records; the services here compare every record with the
database and say, per row, what would happen: create, update (which fields change),
skip (and why) or error (which column, what is wrong). Running does the same
comparison again inside one write transaction - so it acts on the database as it is
at that moment - and writes; anything raised (an error, the clerk's Cancel) rolls the
whole transaction back, so there is never half an import.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from ...i18n import PLURAL, translate

CREATE = "create"
UPDATE = "update"
SKIP = "skip"
ERROR = "error"
ACTIONS = (CREATE, UPDATE, SKIP, ERROR)


class ProgressLike(Protocol):
    """What ``ui.core.ops.Progress`` offers; the CLI passes a plain object with the same methods."""

    def update(self, done: int, total: int | None = None, label: str | None = None) -> None: ...

    def check(self) -> None: ...


class NullProgress:
    """Progress that reports nowhere and is never cancelled."""

    def update(self, done: int, total: int | None = None, label: str | None = None) -> None:
        return None

    def check(self) -> None:
        return None


@dataclass
class ImportOptions:
    """What the file does not say, given by the clerk (wizard fields or CLI options)."""

    mechanism: str | None = None
    body: str | None = None
    cycle: int | None = None
    session: str | None = None
    document_symbol: str | None = None
    plan: str | None = None  # id, title or short title of an existing plan
    create_plan: str | None = None  # title of a plan to create (or reuse) for the measures
    report_date: date | None = None  # date of progress reports that carry none
    #: Lists covering many States (UPR Info's export) import only this State's rows;
    #: None: Turkmenistan; the CLI and the wizard pass the Commission's setting (``services.commission``).
    state_under_review: str | None = None
    # Agency names the directory does not know become new organizations; the preview's
    # notes list them so a misspelling is caught before the import (or merged after).


@dataclass(slots=True)
class RowAction:
    """What happens to one Excel row."""

    row: int
    action: str
    label: str = ""
    reason: str = ""
    column: str = ""
    warnings: list[str] = field(default_factory=list)

    @property
    def is_error(self) -> bool:
        return self.action == ERROR

    def as_error(self) -> dict[str, Any]:
        return {"row": self.row, "column": self.column, "message": self.reason}


@dataclass
class Decision:
    """The outcome of comparing parsed rows with the database (see ``Importer.decide``)."""

    rows: list[RowAction] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    fatal: list[str] = field(default_factory=list)
    payload: Any = None

    @property
    def errors(self) -> list[RowAction]:
        return [row for row in self.rows if row.action == ERROR]

    def count(self, action: str) -> int:
        return sum(1 for row in self.rows if row.action == action)


@dataclass
class Parsed:
    """Rows read from the sheet, ready to be compared with the database.

    ``fatal`` holds problems that stop the whole import whatever the rows say (no UPR
    cycle known, the plan does not exist); ``notes`` are facts the clerk should see
    (the cycle was read from the title row).
    """

    records: list[Any] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    fatal: list[str] = field(default_factory=list)
    context: dict[str, Any] = field(default_factory=dict)


@dataclass
class ImportPlan:
    """A planned (not yet written) import, as the preview shows it."""

    kind: str
    path: Path
    sheet: str
    header_row: int
    parsed: Parsed
    decision: Decision
    options: ImportOptions

    @property
    def rows(self) -> list[RowAction]:
        return self.decision.rows

    @property
    def fatal(self) -> list[str]:
        return self.parsed.fatal + self.decision.fatal

    @property
    def notes(self) -> list[str]:
        return self.parsed.notes + self.decision.notes

    @property
    def errors(self) -> list[RowAction]:
        return self.decision.errors

    def counts(self) -> dict[str, int]:
        return {action: self.decision.count(action) for action in ACTIONS}

    def can_run(self, skip_invalid: bool = False) -> bool:
        """Whether running would write something the clerk asked for."""
        if self.fatal:
            return False
        return skip_invalid or not self.errors


@dataclass
class ImportResult:
    """What a run did (or, when ``written`` is false, would have done)."""

    plan: ImportPlan
    written: bool
    dry_run: bool = False

    def counts(self) -> dict[str, int]:
        return self.plan.counts()

    def as_json(self) -> dict[str, Any]:
        """The CLI's ``--json`` document."""
        counts = self.counts()
        errors = [{"row": self.plan.header_row, "column": "", "message": message}
                  for message in self.plan.fatal]
        errors += [row.as_error() for row in self.plan.errors]
        warnings = [{"row": row.row, "message": message}
                    for row in self.plan.rows for message in row.warnings]
        return {
            "created": counts[CREATE] if self.written or self.dry_run else 0,
            "updated": counts[UPDATE] if self.written or self.dry_run else 0,
            "skipped": counts[SKIP] if self.written or self.dry_run else 0,
            "errors": errors,
            "invalid": counts[ERROR],
            "warnings": warnings,
            "notes": self.plan.notes,
            "written": self.written,
            "dry_run": self.dry_run,
            "kind": self.plan.kind,
            "file": str(self.plan.path),
            "sheet": self.plan.sheet,
        }

    def summary(self) -> str:
        counts = self.counts()
        text = translate("excel", "{created} created, {updated} updated, {skipped} skipped").format(
            created=counts[CREATE], updated=counts[UPDATE], skipped=counts[SKIP])
        if counts[ERROR]:
            text += translate("excel", ", %n rows with errors", None, PLURAL, counts[ERROR])
        return text


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while an import builds its objects.

    Reading and comparing a 50,000-row sheet creates a few million small objects and
    no reference cycles worth collecting; the collector's repeated passes over them
    cost about a third of the import. It is switched back on afterwards (if it was on).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def short(text: str, limit: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


__all__ = [
    "ACTIONS", "CREATE", "Decision", "ERROR", "ImportOptions", "ImportPlan", "ImportResult", "NullProgress",
    "Parsed", "ProgressLike", "RowAction", "SKIP", "UPDATE", "paused_gc", "short",
]
