"""Importing a returned status questionnaire (see ``io.excel.questionnaire``).

Rows are matched by the hidden id column and checked against the visible number,
so a row that was moved, copied into another file or belongs to another database
is refused rather than applied to the wrong record. For measures, a filled-in
"what was done" becomes a progress report of the questionnaire's organization
(dated ``ImportOptions.report_date``, by default today) and the chosen status
becomes the measure's status; for recommendations, the status is set and the
information is added to the assessment, signed with the organization and date.
Importing the same file twice records nothing twice.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...db.identity import identity_in
from ...i18n import translate
from ...models import (
    Measure,
    MeasureOrganization,
    MeasureRole,
    Organization,
    ProgressReport,
    Recommendation,
    fold,
    recommendation_organization,
)
from ..questionnaire_signature import signature
from .base import (
    CREATE,
    ERROR,
    SKIP,
    UPDATE,
    Decision,
    ImportOptions,
    Parsed,
    ProgressLike,
    RowAction,
)

KIND = "questionnaire"
TABLE = "questionnaire"


@dataclass
class AnswerInput:
    kind: str  # "measure" or "recommendation"
    sheet: str
    row: int
    label: str
    record_id: int | None = None
    number: str = ""
    status: str | None = None
    text: str = ""
    error: tuple[str, str] | None = None
    warnings: list[str] = field(default_factory=list)


def _ids(text: str | None) -> set[int] | None:
    """"1,5,7" -> {1, 5, 7}; None when the file does not say (an older questionnaire)."""
    if text is None:
        return None
    return {int(part) for part in str(text).split(",") if part.strip().isdigit() and len(part.strip()) <= 18}


def decide(session: Session, parsed: Parsed, options: ImportOptions,
           progress: ProgressLike) -> Decision:
    decision = Decision()
    org_id = parsed.context.get("organization_id")
    org = session.get(Organization, org_id) if org_id is not None else None
    if org is None:
        decision.fatal.append(translate("excel", "The organization of this questionnaire ({name}) is not in the "
                                          "database; was it made from another database?").format(
            name=parsed.context.get("organization") or "?"))
    answers: list[AnswerInput] = parsed.records
    allowed = _allowed(session, parsed.context, org, decision)
    measure_ids = {a.record_id for a in answers if a.kind == "measure" and a.record_id is not None}
    rec_ids = {a.record_id for a in answers if a.kind == "recommendation" and a.record_id is not None}
    measures = {row.id: row for row in session.execute(
        select(Measure.id, Measure.number, Measure.status).where(Measure.id.in_(measure_ids)))}
    recs = {row.id: row for row in session.execute(
        select(Recommendation.id, Recommendation.paragraph, Recommendation.status, Recommendation.assessment)
        .where(Recommendation.id.in_(rec_ids)))}
    report_date = options.report_date or date.today()
    reports = {(measure_id, fold(text)) for measure_id, text in session.execute(
        select(ProgressReport.measure_id, ProgressReport.text).where(ProgressReport.measure_id.in_(measure_ids)))}
    for answer in answers:
        action = RowAction(row=answer.row, action=SKIP, label=answer.label, warnings=list(answer.warnings))
        decision.rows.append(action)
        if answer.error is not None:
            action.action, action.column, action.reason = ERROR, answer.error[0], answer.error[1]
            continue
        if answer.record_id not in allowed[answer.kind]:
            action.action, action.column = ERROR, answer.sheet
            action.reason = (translate("excel", "Measure {number} was not in the questionnaire issued to {org}; "
                                       "the row was refused.") if answer.kind == "measure" else
                             translate("excel", "Recommendation {number} was not in the questionnaire issued "
                                       "to {org}; the row was refused.")).format(
                number=answer.number or "?", org=parsed.context.get("organization") or "?")
            continue
        if answer.kind == "measure":
            current = measures.get(answer.record_id)
            if current is None or current.number != answer.number:
                action.action = ERROR
                action.column = answer.sheet
                action.reason = translate("excel", "Measure {number} of this row is not in the database (or has "
                                            "another number now).").format(number=answer.number or "?")
                continue
            if answer.text and (current.id, fold(answer.text)) not in reports:
                action.action = CREATE
                action.reason = translate("excel", "New progress report of measure {number}.").format(number=answer.number)
                if answer.status and answer.status != current.status:
                    action.reason += " " + translate("excel", "Status: {old} → {new}.").format(
                        old=current.status, new=answer.status)
            elif answer.status and answer.status != current.status:
                action.action = UPDATE
                action.reason = translate("excel", "Status: {old} → {new}.").format(old=current.status, new=answer.status)
            else:
                action.reason = translate("excel", "Nothing new.")
        else:
            current = recs.get(answer.record_id)
            if current is None or (current.paragraph or "") != answer.number:
                action.action = ERROR
                action.column = answer.sheet
                action.reason = translate("excel", "Recommendation {number} of this row is not in the database (or "
                                            "has another number now).").format(number=answer.number or "?")
                continue
            changes = []
            if answer.status and answer.status != current.status:
                changes.append(translate("excel", "Status: {old} → {new}.").format(old=current.status, new=answer.status))
            if answer.text and fold(answer.text) not in fold(current.assessment or ""):
                changes.append(translate("excel", "Information added to the assessment."))
            if changes:
                action.action, action.reason = UPDATE, " ".join(changes)
            else:
                action.reason = translate("excel", "Nothing new.")
    decision.payload = {"organization": org, "report_date": report_date}
    return decision


def _allowed(session: Session, context: dict[str, Any], org: Organization | None,
             decision: Decision) -> dict[str, set[int]]:
    """The record ids rows may write: what the questionnaire was issued for.

    A signed file's issued lists are trusted once the signature matches; a file
    without one (or one whose lists were edited) is held to what the organization
    answers for in the database today, and the edited one is refused outright.
    """
    if org is None:
        return {"measure": set(), "recommendation": set()}
    issued = {kind: _ids(context.get(key)) for kind, key in
              (("measure", "issued_measures"), ("recommendation", "issued_recommendations"))}
    mark = context.get("signature") or ""
    if mark:
        found = identity_in(session)
        expected = signature(found.secret, str(context.get("raw_organization_id") or ""),
                             str(context.get("prepared_on") or ""), context.get("issued_measures") or "",
                             context.get("issued_recommendations") or "") if found else ""
        if not hmac.compare_digest(mark, expected):
            decision.fatal.append(translate(
                "excel", "This questionnaire was changed after it was issued, or was issued by another "
                "database: its signature does not match what it says it was issued for. It was not "
                "imported; send the organization a new one."))
            return {"measure": set(), "recommendation": set()}
        return {kind: ids or set() for kind, ids in issued.items()}
    roles = {row[0] for row in session.execute(
        select(MeasureOrganization.measure_id).where(
            MeasureOrganization.organization_id == org.id,
            MeasureOrganization.role.in_((MeasureRole.LEAD.value, MeasureRole.CO_IMPLEMENTER.value))))}
    duties = {row[0] for row in session.execute(
        select(recommendation_organization.c.recommendation_id).where(
            recommendation_organization.c.organization_id == org.id))}
    measures = roles if issued["measure"] is None else roles & issued["measure"]
    recommendations = duties if issued["recommendation"] is None else duties & issued["recommendation"]
    return {"measure": measures, "recommendation": recommendations}


def write(session: Session, parsed: Parsed, decision: Decision, options: ImportOptions,
          progress: ProgressLike) -> dict[str, Any]:
    org: Organization = decision.payload["organization"]
    report_date: date = decision.payload["report_date"]
    by_row = {(row.row, row.label): row.action for row in decision.rows}
    reports, measures_changed, recs_changed = [], [], []
    signature = f"{report_date:%d.%m.%Y}, {org.short_name or org.name}"
    for number, answer in enumerate(parsed.records, start=1):
        if number % 200 == 0:
            progress.check()
        action = by_row.get((answer.row, answer.label))
        if action not in (CREATE, UPDATE):
            continue
        if answer.kind == "measure":
            measure = session.get(Measure, answer.record_id)
            assert measure is not None
            if action == CREATE:
                report = ProgressReport(measure_id=measure.id, reported_on=report_date, text=answer.text,
                                        status=answer.status or measure.status, organization_id=org.id)
                session.add(report)
                session.flush()
                reports.append(report.id)
            if answer.status and measure.status != answer.status:
                measure.status = answer.status
                measures_changed.append(measure.id)
        else:
            rec = session.get(Recommendation, answer.record_id)
            assert rec is not None
            if answer.status and rec.status != answer.status:
                rec.status = answer.status
            if answer.text and fold(answer.text) not in fold(rec.assessment or ""):
                addition = f"[{signature}] {answer.text}"
                rec.assessment = f"{rec.assessment}\n\n{addition}" if rec.assessment else addition
            recs_changed.append(rec.id)
        session.flush()
    return {"organization": org.name, "progress_reports": reports, "measures_changed": measures_changed,
            "recommendations_changed": recs_changed}
