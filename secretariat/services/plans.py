"""Plans, sections, measures and their progress reports."""

from __future__ import annotations

from datetime import date
from typing import Any, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..db import Database
from ..i18n import tr
from ..models import (
    Measure,
    MeasureOrganization,
    MeasureRole,
    MeasureStatus,
    Organization,
    Plan,
    PlanKind,
    PlanSection,
    ProgressReport,
)
from .common import apply_fields, check_choice, check_version, get_or_raise, require_text
from .deadlines import parse_deadline
from .errors import DuplicateError, ValidationError

PLAN_FIELDS = ("kind", "title", "short_title", "period_start", "period_end", "adopted_on",
               "adopting_act", "notes")
MEASURE_FIELDS = ("number", "text", "section_id", "indicators", "status", "position")
COMPLETED_STATUSES = (MeasureStatus.COMPLETED.value, MeasureStatus.CANCELLED.value)


def _check_period(fields: dict[str, Any]) -> None:
    start, end = fields.get("period_start"), fields.get("period_end")
    if start is not None and end is not None and end < start:
        raise ValidationError(tr("services", "The plan period ends before it starts."), field="period_end")


def create_plan(db: Database, title: str, kind: str = PlanKind.NATIONAL_ACTION_PLAN.value,
                **fields: Any) -> Plan:
    check_choice(kind, PlanKind, "kind")
    _check_period(fields)
    with db.write() as s:
        plan = Plan(title=require_text(title, "title", tr("services", "The title")), kind=kind)
        apply_fields(plan, fields, PLAN_FIELDS)
        s.add(plan)
        s.flush()
        return plan


def update_plan(db: Database, plan_id: int, expected_version: int | None = None, **changes: Any) -> Plan:
    if "kind" in changes:
        check_choice(changes["kind"], PlanKind, "kind")
    with db.write() as s:
        plan = get_or_raise(s, Plan, plan_id, tr("services", "Plan"))
        check_version(plan, expected_version, tr("services", "This plan"))
        apply_fields(plan, changes, PLAN_FIELDS)
        _check_period({"period_start": plan.period_start, "period_end": plan.period_end})
        return plan


def delete_plan(db: Database, plan_id: int) -> None:
    with db.write() as s:
        s.delete(get_or_raise(s, Plan, plan_id, tr("services", "Plan")))


def list_plans(db: Database) -> list[Plan]:
    with db.read() as s:
        return list(s.scalars(select(Plan).order_by(Plan.period_start.desc(), Plan.title)))


def find_plan(db: Database, title_or_id: str) -> Plan:
    """A plan by id, exact title or short title (case-insensitive in any script)."""
    from ..models.base import fold
    from .errors import NotFoundError

    with db.read() as s:
        if title_or_id.strip().isdigit():
            plan = s.get(Plan, int(title_or_id))
            if plan is not None:
                return plan
        key = fold(title_or_id)
        for plan in s.scalars(select(Plan)):
            if key in (fold(plan.title), fold(plan.short_title)):
                return plan
    raise NotFoundError(tr("services", "There is no plan called {name!r}.").format(name=title_or_id))


def add_section(db: Database, plan_id: int, title: str, number: str = "",
                parent_id: int | None = None) -> PlanSection:
    with db.write() as s:
        get_or_raise(s, Plan, plan_id, tr("services", "Plan"))
        last = s.scalar(select(func.max(PlanSection.position)).where(
            PlanSection.plan_id == plan_id, PlanSection.parent_id.is_(parent_id)
            if parent_id is None else PlanSection.parent_id == parent_id))
        section = PlanSection(plan_id=plan_id, parent_id=parent_id, title=title, number=number,
                              position=(last or 0) + 1)
        s.add(section)
        s.flush()
        return section


def update_section(db: Database, section_id: int, **changes: Any) -> PlanSection:
    with db.write() as s:
        section = get_or_raise(s, PlanSection, section_id, tr("services", "Section"))
        apply_fields(section, changes, ("title", "number", "parent_id", "position"))
        return section


def delete_section(db: Database, section_id: int) -> None:
    with db.write() as s:
        s.delete(get_or_raise(s, PlanSection, section_id, tr("services", "Section")))


def _apply_deadline(measure: Measure, text: str, plan: Plan) -> None:
    period = (plan.period_start, plan.period_end) if plan.period_start and plan.period_end else None
    deadline = parse_deadline(text, period)
    measure.deadline_text = deadline.text
    measure.deadline_start = deadline.start
    measure.deadline_end = deadline.end
    measure.deadline_recurring = deadline.recurring
    measure.deadline_understood = deadline.understood


def _set_organizations(s: Session, measure: Measure, role: MeasureRole, ids: Sequence[int]) -> None:
    wanted = list(dict.fromkeys(ids))
    found = set(s.scalars(select(Organization.id).where(Organization.id.in_(wanted))))
    if len(found) != len(wanted):
        raise ValidationError(tr("services", "One of the organizations does not exist."), field=role.value)
    measure.organization_links = [link for link in measure.organization_links if link.role != role.value]
    measure.organization_links.extend(
        MeasureOrganization(organization_id=org_id, role=role.value) for org_id in wanted
    )


def _check_measure_number(s: Session, plan_id: int, number: str, measure_id: int | None) -> str:
    number = require_text(number, "number", tr("services", "The measure number"))
    clash = s.scalar(select(Measure.id).where(Measure.plan_id == plan_id, Measure.number == number))
    if clash is not None and clash != measure_id:
        raise DuplicateError(tr("services", "The plan already has a measure {number}.").format(number=number),
                             field="number")
    return number


def create_measure(db: Database, plan_id: int, number: str, text: str, *, deadline: str = "",
                   lead_ids: Sequence[int] = (), co_implementer_ids: Sequence[int] = (),
                   partner_ids: Sequence[int] = (), **fields: Any) -> Measure:
    if "status" in fields:
        check_choice(fields["status"], MeasureStatus, "status")
    with db.write() as s:
        plan = get_or_raise(s, Plan, plan_id, tr("services", "Plan"))
        measure = Measure(plan_id=plan_id, number=_check_measure_number(s, plan_id, number, None))
        if "position" not in fields:
            last = s.scalar(select(func.max(Measure.position)).where(Measure.plan_id == plan_id))
            fields["position"] = (last or 0) + 1
        apply_fields(measure, {"text": text, **fields}, MEASURE_FIELDS)
        _apply_deadline(measure, deadline, plan)
        s.add(measure)
        _set_organizations(s, measure, MeasureRole.LEAD, lead_ids)
        _set_organizations(s, measure, MeasureRole.CO_IMPLEMENTER, co_implementer_ids)
        _set_organizations(s, measure, MeasureRole.PARTNER, partner_ids)
        s.flush()
        return measure


def update_measure(db: Database, measure_id: int, expected_version: int | None = None, *,
                   deadline: str | None = None, lead_ids: Sequence[int] | None = None,
                   co_implementer_ids: Sequence[int] | None = None,
                   partner_ids: Sequence[int] | None = None, **changes: Any) -> Measure:
    if "status" in changes:
        check_choice(changes["status"], MeasureStatus, "status")
    with db.write() as s:
        measure = get_or_raise(s, Measure, measure_id, tr("services", "Measure"))
        check_version(measure, expected_version, tr("services", "This measure"))
        if "number" in changes:
            changes["number"] = _check_measure_number(s, measure.plan_id, changes["number"], measure.id)
        apply_fields(measure, changes, MEASURE_FIELDS)
        if deadline is not None:
            _apply_deadline(measure, deadline, measure.plan)
        for role, ids in ((MeasureRole.LEAD, lead_ids), (MeasureRole.CO_IMPLEMENTER, co_implementer_ids),
                          (MeasureRole.PARTNER, partner_ids)):
            if ids is not None:
                _set_organizations(s, measure, role, ids)
        return measure


def delete_measure(db: Database, measure_id: int) -> None:
    with db.write() as s:
        s.delete(get_or_raise(s, Measure, measure_id, tr("services", "Measure")))


def get_measure(db: Database, measure_id: int) -> Measure:
    with db.read() as s:
        stmt = (select(Measure).where(Measure.id == measure_id).options(
            selectinload(Measure.organization_links).selectinload(MeasureOrganization.organization),
            selectinload(Measure.progress_reports).selectinload(ProgressReport.organization),
            selectinload(Measure.recommendations),
            selectinload(Measure.plan), selectinload(Measure.section)))
        measure = s.scalar(stmt)
        if measure is None:
            get_or_raise(s, Measure, measure_id, tr("services", "Measure"))
        assert measure is not None
        return measure


def add_progress_report(db: Database, measure_id: int, reported_on: date, text: str,
                        status: str | None = None, organization_id: int | None = None,
                        update_measure_status: bool = True) -> ProgressReport:
    """Record progress; the measure takes the reported status unless told otherwise."""
    if status is not None:
        check_choice(status, MeasureStatus, "status")
    with db.write() as s:
        measure = get_or_raise(s, Measure, measure_id, tr("services", "Measure"))
        report = ProgressReport(measure_id=measure_id, reported_on=reported_on, text=text,
                                status=status or measure.status, organization_id=organization_id)
        s.add(report)
        if update_measure_status and status is not None and measure.status != status:
            measure.status = status
        s.flush()
        return report


def overdue_measures(db: Database, today: date, plan_id: int | None = None) -> list[Measure]:
    """Measures whose normalized deadline has passed and that are not completed."""
    with db.read() as s:
        stmt = (select(Measure).where(Measure.deadline_end < today,
                                      Measure.status.not_in(COMPLETED_STATUSES))
                .order_by(Measure.deadline_end, Measure.plan_id, Measure.position))
        if plan_id is not None:
            stmt = stmt.where(Measure.plan_id == plan_id)
        return list(s.scalars(stmt))
