"""Importing progress reports: "what was done" per measure, as ministries send it back.

Each row names a measure by its number (within the plan given by the clerk or by a
"Plan" column) and says what was done, by whom, when, and with which status. The
measure takes the reported status, as with ``services.plans.add_progress_report``.
A row whose report is already recorded (same measure, date and text) is skipped,
so importing the same table twice records nothing twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...i18n import translate
from ...models import Measure, ProgressReport, fold
from .base import (
    CREATE,
    ERROR,
    SKIP,
    Decision,
    ImportOptions,
    Parsed,
    ProgressLike,
    RowAction,
)
from .lookups import OrgIndex
from .measures import _Plans

KIND = "progress"
TABLE = "progress_report"


@dataclass
class ProgressInput:
    row: int
    label: str
    plan_name: str | None = None
    number: str = ""
    reported_on: date | None = None
    organization: str | None = None
    text: str = ""
    status: str | None = None
    warnings: list[str] = field(default_factory=list)
    error: tuple[str, str] | None = None


def decide(session: Session, parsed: Parsed, options: ImportOptions,
           progress: ProgressLike) -> Decision:
    decision = Decision()
    plans = _Plans.load(session)
    default_plan = None
    if options.plan:
        default_plan = plans.find(options.plan)
        if default_plan is None:
            decision.fatal.append(translate("excel", "There is no plan called \"{name}\".").format(name=options.plan))
    measures = {(plan_id, number): (measure_id, status) for measure_id, plan_id, number, status in
                session.execute(select(Measure.id, Measure.plan_id, Measure.number, Measure.status))}
    reports = {(measure_id, reported_on, fold(text)) for measure_id, reported_on, text in
               session.execute(select(ProgressReport.measure_id, ProgressReport.reported_on,
                                      ProgressReport.text))}
    orgs = OrgIndex.load(session)
    targets: dict[int, int] = {}
    in_file: dict[tuple[int, date | None, str], int] = {}
    for item in parsed.records:
        action = RowAction(row=item.row, action=CREATE, label=item.label, warnings=list(item.warnings))
        decision.rows.append(action)
        if item.error is not None:
            action.action, action.column, action.reason = ERROR, item.error[0], item.error[1]
            continue
        plan_id = plans.find(item.plan_name) if item.plan_name else default_plan
        if plan_id is None:
            action.action = ERROR
            action.reason = (translate("excel", "There is no plan called \"{name}\".").format(name=item.plan_name)
                             if item.plan_name else translate("excel", "The plan is not known."))
            continue
        found = measures.get((plan_id, item.number))
        if found is None:
            action.action = ERROR
            action.reason = translate("excel", "The plan has no measure {number}.").format(number=item.number)
            continue
        key = (found[0], item.reported_on, fold(item.text))
        if key in reports:
            action.action, action.reason = SKIP, translate("excel", "This report is already recorded.")
            continue
        if key in in_file:
            action.action, action.reason = SKIP, translate("excel", "Same report as row {row}.").format(row=in_file[key])
            continue
        in_file[key] = item.row
        targets[item.row] = found[0]
        if item.organization:
            orgs.resolve(item.organization)
        action.reason = translate("excel", "New progress report for measure {number}.").format(number=item.number)
    if orgs.new:
        decision.notes.append(translate("excel", "New organizations will be added: {names}.").format(
            names=", ".join(sorted(orgs.new.values()))))
    decision.payload = {"targets": targets, "orgs": orgs}
    return decision


def write(session: Session, parsed: Parsed, decision: Decision, options: ImportOptions,
          progress: ProgressLike) -> dict[str, Any]:
    targets: dict[int, int] = decision.payload["targets"]
    orgs: OrgIndex = decision.payload["orgs"]
    by_row = {row.row: row.action for row in decision.rows}
    created_orgs = orgs.create_new(session)
    todo = [item for item in parsed.records if by_row.get(item.row) == CREATE]
    measures = {m.id: m for m in session.scalars(select(Measure).where(Measure.id.in_(set(targets.values()))))}
    created = []
    for number, item in enumerate(todo, start=1):
        if number % 200 == 0:
            progress.check()
            progress.update(number, len(todo))
        measure = measures[targets[item.row]]
        org_ids = orgs.ids([orgs.resolve(item.organization)], created_orgs) if item.organization else []
        report = ProgressReport(measure_id=measure.id, reported_on=item.reported_on, text=item.text,
                                status=item.status or measure.status,
                                organization_id=org_ids[0] if org_ids else None)
        session.add(report)
        if item.status is not None and measure.status != item.status:
            measure.status = item.status
        session.flush()
        created.append(report.id)
    return {"created_ids": created, "new_organizations": sorted(orgs.new.values())}
