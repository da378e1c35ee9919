"""Plans, sections, measures and their progress reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Sequence

from sqlalchemy import Select, and_, case, func, or_, select, update
from sqlalchemy.orm import Session, selectinload

from ..db import Database
from ..db.sql_functions import next_year_start
from ..i18n import translate
from ..models import (
    Indicator,
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
from .common import apply_fields, check_choice, check_version, get_or_raise, require_text, search_clause
from ..db.search_index import text_match
from .deadlines import is_overdue, parse_deadline
from .errors import DuplicateError, ValidationError
from . import sdg_targets as sdg_target_links
from .names import form_columns, forms_of, label_column, localized, localized_column

PLAN_FIELDS = ("kind", "title", "short_title", "period_start", "period_end", "adopted_on",
               "adopting_act", "notes", *form_columns("title"), *form_columns("short_title"))
MEASURE_FIELDS = ("number", "text", "section_id", "status", "position")
COMPLETED_STATUSES = (MeasureStatus.COMPLETED.value, MeasureStatus.CANCELLED.value)


def _check_period(fields: dict[str, Any]) -> None:
    start, end = fields.get("period_start"), fields.get("period_end")
    if start is not None and end is not None and end < start:
        raise ValidationError(translate("services", "The plan period ends before it starts."), field="period_end")


def create_plan(db: Database, title: str, kind: str = PlanKind.NATIONAL_ACTION_PLAN.value,
                **fields: Any) -> Plan:
    check_choice(kind, PlanKind, "kind")
    _check_period(fields)
    with db.write() as s:
        plan = Plan(title=require_text(title, "title", translate("services", "The title")), kind=kind)
        apply_fields(plan, fields, PLAN_FIELDS)
        s.add(plan)
        s.flush()
        return plan


def update_plan(db: Database, plan_id: int, expected_version: int | None = None, **changes: Any) -> Plan:
    if "kind" in changes:
        check_choice(changes["kind"], PlanKind, "kind")
    with db.write() as s:
        plan = get_or_raise(s, Plan, plan_id, translate("services", "Plan"))
        check_version(plan, expected_version, translate("services", "This plan"))
        apply_fields(plan, changes, PLAN_FIELDS)
        _check_period({"period_start": plan.period_start, "period_end": plan.period_end})
        return plan


def delete_plan(db: Database, plan_id: int) -> None:
    with db.write() as s:
        s.delete(get_or_raise(s, Plan, plan_id, translate("services", "Plan")))


def list_plans(db: Database) -> list[Plan]:
    with db.read() as s:
        return list(s.scalars(select(Plan).order_by(Plan.period_start.desc(), Plan.title)))


def find_plan(db: Database, title_or_id: str) -> Plan:
    """A plan by id, exact title or short title (case-insensitive in any script)."""
    from ..models.base import fold
    from .errors import NotFoundError

    with db.read() as s:
        if title_or_id.strip().isdigit() and len(title_or_id.strip()) <= 18:
            plan = s.get(Plan, int(title_or_id))
            if plan is not None:
                return plan
        key = fold(title_or_id)
        for plan in s.scalars(select(Plan)):
            titles = (plan.title, plan.short_title, *forms_of(plan, "title").values(),
                      *forms_of(plan, "short_title").values())
            if key in (fold(t) for t in titles if t):
                return plan
    raise NotFoundError(translate("services", "There is no plan called {name!r}.").format(name=title_or_id))


def add_section(db: Database, plan_id: int, title: str, number: str = "",
                parent_id: int | None = None) -> PlanSection:
    if not (title or "").strip() and not (number or "").strip():
        raise ValidationError(translate("services", "A section needs a title or a number."), field="title")
    title, number = (title or "").strip(), (number or "").strip()
    with db.write() as s:
        get_or_raise(s, Plan, plan_id, translate("services", "Plan"))
        if parent_id is not None:
            parent = get_or_raise(s, PlanSection, parent_id, translate("services", "Section"))
            if parent.plan_id != plan_id:
                raise ValidationError(translate("services", "The parent section belongs to another plan."),
                                      field="parent_id")
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
        section = get_or_raise(s, PlanSection, section_id, translate("services", "Section"))
        apply_fields(section, changes, ("title", "number", "parent_id", "position"))
        if not section.title.strip() and not section.number.strip():
            raise ValidationError(translate("services", "A section needs a title or a number."), field="title")
        return section


def delete_section(db: Database, section_id: int) -> None:
    """Delete a section; its measures and subsections move up (nothing is lost)."""
    delete_section_keeping_measures(db, section_id)


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
        raise ValidationError(translate("services", "One of the organizations does not exist."), field=role.value)
    measure.organization_links = [link for link in measure.organization_links if link.role != role.value]
    measure.organization_links.extend(
        MeasureOrganization(organization_id=org_id, role=role.value) for org_id in wanted
    )


def _check_measure_number(s: Session, plan_id: int, number: str, measure_id: int | None) -> str:
    number = require_text(number, "number", translate("services", "The measure number"))
    clash = s.scalar(select(Measure.id).where(Measure.plan_id == plan_id, Measure.number == number))
    if clash is not None and clash != measure_id:
        raise DuplicateError(translate("services", "The plan already has a measure {number}.").format(number=number),
                             field="number")
    return number


def create_measure(db: Database, plan_id: int, number: str, text: str, *, deadline: str = "",
                   lead_ids: Sequence[int] = (), co_implementer_ids: Sequence[int] = (),
                   partner_ids: Sequence[int] = (), sdg_targets: Sequence[str] = (), **fields: Any) -> Measure:
    if "status" in fields:
        check_choice(fields["status"], MeasureStatus, "status")
    with db.write() as s:
        plan = get_or_raise(s, Plan, plan_id, translate("services", "Plan"))
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
        if sdg_targets:
            sdg_target_links.replace_targets(s, "measure", measure.id, sdg_targets, touch=False)
        return measure


def update_measure(db: Database, measure_id: int, expected_version: int | None = None, *,
                   deadline: str | None = None, lead_ids: Sequence[int] | None = None,
                   co_implementer_ids: Sequence[int] | None = None,
                   partner_ids: Sequence[int] | None = None, sdg_targets: Sequence[str] | None = None,
                   **changes: Any) -> Measure:
    if "status" in changes:
        check_choice(changes["status"], MeasureStatus, "status")
    with db.write() as s:
        measure = get_or_raise(s, Measure, measure_id, translate("services", "Measure"))
        check_version(measure, expected_version, translate("services", "This measure"))
        if "number" in changes:
            changes["number"] = _check_measure_number(s, measure.plan_id, changes["number"], measure.id)
        apply_fields(measure, changes, MEASURE_FIELDS)
        if deadline is not None:
            _apply_deadline(measure, deadline, measure.plan)
        for role, ids in ((MeasureRole.LEAD, lead_ids), (MeasureRole.CO_IMPLEMENTER, co_implementer_ids),
                          (MeasureRole.PARTNER, partner_ids)):
            if ids is not None:
                _set_organizations(s, measure, role, ids)
        if sdg_targets is not None:
            sdg_target_links.replace_targets(s, "measure", measure.id, sdg_targets)
        return measure


def delete_measure(db: Database, measure_id: int) -> None:
    with db.write() as s:
        s.delete(get_or_raise(s, Measure, measure_id, translate("services", "Measure")))


def get_measure(db: Database, measure_id: int) -> Measure:
    with db.read() as s:
        stmt = (select(Measure).where(Measure.id == measure_id).options(
            selectinload(Measure.organization_links).selectinload(MeasureOrganization.organization),
            selectinload(Measure.progress_reports).selectinload(ProgressReport.organization),
            selectinload(Measure.recommendations),
            selectinload(Measure.plan), selectinload(Measure.section)))
        measure = s.scalar(stmt)
        if measure is None:
            get_or_raise(s, Measure, measure_id, translate("services", "Measure"))
        assert measure is not None
        return measure


def checked_progress(status: str | None, reported_on: date | None, text: str) -> str:
    """What every progress report must have (a known status, a date, some text): the text, tidied."""
    if status is not None:
        check_choice(status, MeasureStatus, "status")
    if reported_on is None:
        raise ValidationError(translate("services", "A progress report needs a date."), field="reported_on")
    return require_text(text, "text", translate("services", "The progress report text"))


def add_progress_report(db: Database, measure_id: int, reported_on: date, text: str,
                        status: str | None = None, organization_id: int | None = None,
                        update_measure_status: bool = True) -> ProgressReport:
    """Record progress; the measure takes the reported status unless told otherwise."""
    text = checked_progress(status, reported_on, text)
    with db.write() as s:
        measure = get_or_raise(s, Measure, measure_id, translate("services", "Measure"))
        if organization_id is not None:
            get_or_raise(s, Organization, organization_id, translate("services", "Organization"))
        report = ProgressReport(measure_id=measure_id, reported_on=reported_on, text=text,
                                status=status or measure.status, organization_id=organization_id)
        s.add(report)
        if update_measure_status and status is not None and measure.status != status:
            measure.status = status
        s.flush()
        return report


def overdue_measures(db: Database, today: date, plan_id: int | None = None) -> list[Measure]:
    """Measures whose normalized deadline has passed and that are not completed (never recurring ones)."""
    with db.read() as s:
        stmt = (select(Measure).where(_overdue_clause(today))
                .order_by(Measure.deadline_end, Measure.plan_id, Measure.position))
        if plan_id is not None:
            stmt = stmt.where(Measure.plan_id == plan_id)
        return list(s.scalars(stmt))


# -- queries for the views -------------------------------------------------------------

@dataclass(frozen=True)
class MeasureQuery:
    """What the Plans view filters on; every field left at its default means "any"."""

    plan_id: int | None = None
    search: str = ""
    organization_id: int | None = None
    role: str | None = None          # with organization_id: only that part (lead, ...)
    status: str | None = None
    deadline_year: int | None = None  # the year the deadline ends in
    overdue: bool = False             # deadline passed and not completed
    not_understood: bool = False      # deadline that could not be read
    today: date | None = None
    sort: str = "position"
    descending: bool = False

    @property
    def is_filtered(self) -> bool:
        return bool(self.search.strip() or self.organization_id or self.status or self.deadline_year
                    or self.overdue or self.not_understood)


@dataclass(slots=True)
class MeasureRow:
    id: int
    plan_id: int
    plan_title: str
    section_id: int | None
    number: str
    position: int
    text: str
    deadline_text: str
    deadline_start: date | None
    deadline_end: date | None
    deadline_recurring: bool
    deadline_understood: bool
    status: str
    version: int
    lead: str = ""
    co_implementers: str = ""
    partners: str = ""
    progress_on: date | None = None
    progress_text: str = ""
    progress_status: str = ""
    overdue: bool = False


@dataclass(frozen=True)
class SectionRow:
    id: int
    plan_id: int
    parent_id: int | None
    number: str
    title: str
    position: int

    @property
    def label(self) -> str:
        return f"{self.number}. {self.title}" if self.number else self.title


@dataclass(frozen=True)
class PlanRow:
    id: int
    kind: str
    title: str
    short_title: str
    period: str
    version: int
    measures: int      # matching the query
    overdue: int       # overdue among those


@dataclass
class PlanOutline:
    """One plan's sections (all of them) and its measures matching a query."""

    plan_id: int
    sections: list[SectionRow] = field(default_factory=list)
    measures: list[MeasureRow] = field(default_factory=list)


MEASURE_SORTS = {
    "position": (Measure.plan_id, Measure.position, Measure.id),
    "number": (Measure.plan_id, Measure.number, Measure.id),
    "deadline": (Measure.deadline_end, Measure.plan_id, Measure.position),
    "status": (Measure.status, Measure.plan_id, Measure.position),
    "text": (Measure.search_text, Measure.id),
}


def _today(q: MeasureQuery) -> date:
    return q.today or date.today()


def _overdue_clause(today: date) -> Any:
    """Deadline passed, not completed, and not recurring: work done "annually" or "ежеквартально"
    comes round again and is reported on, never overdue (``deadlines.is_overdue``)."""
    return and_(Measure.deadline_end < today, Measure.status.not_in(COMPLETED_STATUSES),
                Measure.deadline_recurring.is_not(True))


def _measure_filter(stmt: Select[Any], q: MeasureQuery) -> Select[Any]:
    if q.plan_id is not None:
        stmt = stmt.where(Measure.plan_id == q.plan_id)
    if q.search.strip():
        # a measure is also found by the names of its indicators
        by_indicator = select(Indicator.measure_id).where(search_clause(Indicator.search_text, q.search))
        stmt = stmt.where(or_(text_match(Measure.id, q.search), Measure.id.in_(by_indicator)))
    if q.organization_id is not None:
        link = select(MeasureOrganization.measure_id).where(
            MeasureOrganization.organization_id == q.organization_id)
        if q.role:
            link = link.where(MeasureOrganization.role == q.role)
        stmt = stmt.where(Measure.id.in_(link))
    if q.status:
        stmt = stmt.where(Measure.status == q.status)
    if q.deadline_year:
        stmt = stmt.where(Measure.deadline_end >= date(q.deadline_year, 1, 1),
                          Measure.deadline_end <= date(q.deadline_year, 12, 31))
    if q.overdue:
        stmt = stmt.where(_overdue_clause(_today(q)))
    if q.not_understood:
        stmt = stmt.where(Measure.deadline_understood.is_(False))
    return stmt


def count_measures(db: Database, q: MeasureQuery = MeasureQuery()) -> int:
    with db.read() as s:
        return s.scalar(_measure_filter(select(func.count(Measure.id)), q)) or 0


def _latest_progress(s: Session, chunk: Any) -> dict[int, tuple[date, str, str]]:
    """measure id -> (date, text, status) of its newest progress report."""
    ranked = (select(ProgressReport.measure_id, ProgressReport.reported_on, ProgressReport.text,
                     ProgressReport.status,
                     func.row_number().over(partition_by=ProgressReport.measure_id,
                                            order_by=(ProgressReport.reported_on.desc(),
                                                      ProgressReport.id.desc())).label("rank"))
              .where(ProgressReport.measure_id.in_(chunk)).subquery())
    stmt = select(ranked.c.measure_id, ranked.c.reported_on, ranked.c.text, ranked.c.status).where(ranked.c.rank == 1)
    return {mid: (on, text, status) for mid, on, text, status in s.execute(stmt)}


def _measure_rows(s: Session, stmt: Select[Any], today: date, scope: Select[Any] | None = None,
                  with_progress: bool = True) -> list[MeasureRow]:
    """Turn a select of Measure columns into rows with organizations and latest progress.

    *scope* (a select of the same measures' ids) lets a whole plan's links be read in
    one pass instead of by lists of ids.
    """
    base = s.execute(stmt).all()
    if not base:
        return []
    ids = [r[0] for r in base]
    orgs: dict[tuple[int, str], list[str]] = {}
    progress: dict[int, tuple[date, str, str]] = {}
    chunks: list[Any] = [scope] if scope is not None else [ids[i:i + 900] for i in range(0, len(ids), 900)]
    for chunk in chunks:  # lists of ids stay under SQLite's parameter limit
        for mid, role, name in s.execute(
                select(MeasureOrganization.measure_id, MeasureOrganization.role, label_column(Organization))
                .join(Organization, Organization.id == MeasureOrganization.organization_id)
                .where(MeasureOrganization.measure_id.in_(chunk))
                .order_by(MeasureOrganization.measure_id, Organization.search_text)):
            orgs.setdefault((mid, role), []).append(name)
        if with_progress:
            progress.update(_latest_progress(s, chunk))
    lead, co, partner = (MeasureRole.LEAD.value, MeasureRole.CO_IMPLEMENTER.value, MeasureRole.PARTNER.value)
    none: tuple[Any, str, str] = (None, "", "")
    empty: list[str] = []
    rows = []
    for (mid, plan_id, plan_title, section_id, number, position, text, d_text, d_start, d_end, d_recurring,
         d_understood, status, version) in base:
        p_on, p_text, p_status = progress.get(mid, none)
        rows.append(MeasureRow(
            mid, plan_id, plan_title or "", section_id, number, position, text, d_text, d_start, d_end,
            d_recurring, d_understood, status, version,
            ", ".join(orgs.get((mid, lead), empty)), ", ".join(orgs.get((mid, co), empty)),
            ", ".join(orgs.get((mid, partner), empty)), p_on, p_text, p_status,
            is_overdue(d_end, status in COMPLETED_STATUSES, today, recurring=bool(d_recurring))))
    return rows


def latest_progress(db: Database, plan_id: int, q: MeasureQuery = MeasureQuery()) -> dict[int, tuple[date, str, str]]:
    """The newest progress report of each measure of a plan matching *q* (id -> date, text, status)."""
    with db.read() as s:
        return _latest_progress(s, _measure_filter(select(Measure.id), MeasureQuery(**{**q.__dict__,
                                                                                       "plan_id": plan_id})))


def _measure_select() -> Select[Any]:
    return (select(Measure.id, Measure.plan_id,
                   func.coalesce(func.nullif(localized_column(Plan, "short_title"), ""),
                                 localized_column(Plan, "title")).label("plan_title"), Measure.section_id, Measure.number, Measure.position,
                   Measure.text, Measure.deadline_text, Measure.deadline_start, Measure.deadline_end,
                   Measure.deadline_recurring, Measure.deadline_understood, Measure.status,
                   Measure.version)
            .join(Plan, Plan.id == Measure.plan_id))


def list_measures(db: Database, q: MeasureQuery = MeasureQuery(), offset: int = 0,
                  limit: int | None = 200) -> list[MeasureRow]:
    """A page of measures matching *q*, sorted by a whitelisted key."""
    order = MEASURE_SORTS.get(q.sort)
    if order is None:
        raise ValidationError(translate("services", "Measures cannot be sorted by {key!r}.").format(key=q.sort))
    cols = [c.desc() if q.descending else c for c in order]
    stmt = _measure_filter(_measure_select(), q).order_by(*cols).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    with db.read() as s:
        return _measure_rows(s, stmt, _today(q))


def measure_row(db: Database, measure_id: int, today: date | None = None) -> MeasureRow:
    with db.read() as s:
        rows = _measure_rows(s, _measure_select().where(Measure.id == measure_id), today or date.today())
        if not rows:
            get_or_raise(s, Measure, measure_id, translate("services", "Measure"))
        return rows[0]


def list_plan_rows(db: Database, q: MeasureQuery = MeasureQuery()) -> list[PlanRow]:
    """Every plan with the number of its measures matching *q* and of its overdue ones."""
    today = _today(q)
    with db.read() as s:
        counts = s.execute(_measure_filter(
            select(Measure.plan_id, func.count(Measure.id),
                   func.sum(case((_overdue_clause(today), 1), else_=0))), q).group_by(Measure.plan_id)).all()
        matching = {plan_id: n for plan_id, n, _late in counts}
        overdue = {plan_id: late or 0 for plan_id, _n, late in counts}
        plans = s.scalars(select(Plan).order_by(Plan.period_start.desc().nulls_last(), Plan.title))
        return [PlanRow(id=p.id, kind=p.kind, title=localized(p, "title"), short_title=localized(p, "short_title"),
                        period=p.period, version=p.version, measures=matching.get(p.id, 0),
                        overdue=overdue.get(p.id, 0))
                for p in plans]


def plan_outline(db: Database, plan_id: int, q: MeasureQuery = MeasureQuery(),
                 with_progress: bool = True) -> PlanOutline:
    """A plan's sections and, in outline order, its measures that match *q*.

    Without progress, the rows' latest-progress fields are empty: a view can show the
    outline at once and fill them from ``latest_progress`` a moment later.
    """
    q_plan = MeasureQuery(**{**q.__dict__, "plan_id": plan_id})
    with db.read() as s:
        get_or_raise(s, Plan, plan_id, translate("services", "Plan"))
        sections = [SectionRow(id=r.id, plan_id=r.plan_id, parent_id=r.parent_id, number=r.number,
                               title=r.title, position=r.position)
                    for r in s.execute(select(PlanSection.id, PlanSection.plan_id, PlanSection.parent_id,
                                              PlanSection.number, PlanSection.title, PlanSection.position)
                                       .where(PlanSection.plan_id == plan_id)
                                       .order_by(PlanSection.position, PlanSection.id))]
        stmt = _measure_filter(_measure_select(), q_plan).order_by(Measure.position, Measure.id)
        scope = _measure_filter(select(Measure.id), q_plan)
        return PlanOutline(plan_id, sections, _measure_rows(s, stmt, _today(q), scope, with_progress))


def list_sections(db: Database, plan_id: int) -> list[SectionRow]:
    with db.read() as s:
        return [SectionRow(id=r.id, plan_id=r.plan_id, parent_id=r.parent_id, number=r.number, title=r.title,
                           position=r.position)
                for r in s.scalars(select(PlanSection).where(PlanSection.plan_id == plan_id)
                                   .order_by(PlanSection.position, PlanSection.id))]


def get_plan(db: Database, plan_id: int) -> Plan:
    with db.read() as s:
        return get_or_raise(s, Plan, plan_id, translate("services", "Plan"))


def deadline_years(db: Database) -> list[int]:
    """The years deadlines end in, newest first (for a filter list).

    Found year by year, each the earliest deadline from the next first of January on
    (a recursive query over the index of deadlines): a few index lookups instead of
    taking the year of every measure.
    """
    found = select(func.min(Measure.deadline_end).label("day")).cte("deadline_year", recursive=True)
    later = (select(func.min(Measure.deadline_end)).where(Measure.deadline_end >= next_year_start(found.c.day))
             .scalar_subquery())
    years = found.union_all(select(later).where(found.c.day.is_not(None)))
    with db.read() as s:
        days = s.scalars(select(years.c.day).where(years.c.day.is_not(None)))
        return sorted({day.year for day in days}, reverse=True)


# -- moving ----------------------------------------------------------------------------

def move_measure(db: Database, measure_id: int, step: int) -> bool:
    """Swap a measure with its neighbour in the same section (step -1 up, +1 down).

    Returns False when it is already first (or last).
    """
    with db.write() as s:
        measure = get_or_raise(s, Measure, measure_id, translate("services", "Measure"))
        same = and_(Measure.plan_id == measure.plan_id,
                    Measure.section_id.is_(None) if measure.section_id is None
                    else Measure.section_id == measure.section_id, Measure.id != measure.id)
        key = (Measure.position, Measure.id)
        if step < 0:
            stmt = select(Measure).where(same, or_(Measure.position < measure.position, and_(
                Measure.position == measure.position, Measure.id < measure.id))).order_by(
                *[k.desc() for k in key])
        else:
            stmt = select(Measure).where(same, or_(Measure.position > measure.position, and_(
                Measure.position == measure.position, Measure.id > measure.id))).order_by(*key)
        other = s.scalars(stmt.limit(1)).first()
        if other is None:
            return False
        if other.position == measure.position:
            other.position += -step
        else:
            measure.position, other.position = other.position, measure.position
        return True


def move_section(db: Database, section_id: int, step: int) -> bool:
    """Swap a section with its neighbour under the same parent."""
    with db.write() as s:
        section = get_or_raise(s, PlanSection, section_id, translate("services", "Section"))
        siblings = list(s.scalars(select(PlanSection).where(
            PlanSection.plan_id == section.plan_id,
            PlanSection.parent_id.is_(None) if section.parent_id is None
            else PlanSection.parent_id == section.parent_id).order_by(PlanSection.position, PlanSection.id)))
        i = siblings.index(section)
        j = i + (1 if step > 0 else -1)
        if not 0 <= j < len(siblings):
            return False
        siblings[i], siblings[j] = siblings[j], siblings[i]
        for position, sib in enumerate(siblings, start=1):
            if sib.position != position:
                sib.position = position
        return True


def set_section_parent(db: Database, section_id: int, parent_id: int | None) -> PlanSection:
    """Put a section under another one of the same plan (None: top level)."""
    with db.write() as s:
        section = get_or_raise(s, PlanSection, section_id, translate("services", "Section"))
        if parent_id is not None:
            parent = get_or_raise(s, PlanSection, parent_id, translate("services", "Section"))
            if parent.plan_id != section.plan_id:
                raise ValidationError(translate("services", "A section can only be moved within its own plan."),
                                      field="parent_id")
            walk: PlanSection | None = parent
            while walk is not None:
                if walk.id == section.id:
                    raise ValidationError(translate("services", "A section cannot be put inside itself."),
                                          field="parent_id")
                walk = walk.parent
        if parent_id != section.parent_id:
            last = s.scalar(select(func.max(PlanSection.position)).where(
                PlanSection.plan_id == section.plan_id,
                PlanSection.parent_id.is_(None) if parent_id is None else PlanSection.parent_id == parent_id))
            section.parent_id = parent_id
            section.position = (last or 0) + 1
        return section


def delete_section_keeping_measures(db: Database, section_id: int) -> int:
    """Delete a section; its measures and subsections move up to its parent.

    Returns how many measures were moved, so the user can be told nothing was lost.
    """
    with db.write() as s:
        section = get_or_raise(s, PlanSection, section_id, translate("services", "Section"))
        moved = 0
        for measure in list(section.measures):
            measure.section_id = section.parent_id
            moved += 1
        s.flush()
        # Core, not the ORM: the children relationship would delete a child that
        # leaves its parent for the top level as an orphan.
        s.execute(update(PlanSection).where(PlanSection.parent_id == section.id)
                  .values(parent_id=section.parent_id))
        s.expire_all()
        s.delete(section)
        return moved


def section_stats(db: Database, section_id: int) -> tuple[int, int]:
    """(measures, subsections) directly in a section."""
    with db.read() as s:
        return (s.scalar(select(func.count()).select_from(Measure).where(Measure.section_id == section_id)) or 0,
                s.scalar(select(func.count()).select_from(PlanSection)
                         .where(PlanSection.parent_id == section_id)) or 0)


# -- progress --------------------------------------------------------------------------

@dataclass(frozen=True)
class ProgressRow:
    id: int
    reported_on: date
    organization: str
    text: str
    status: str


def list_progress(db: Database, measure_id: int) -> list[ProgressRow]:
    """A measure's progress reports, newest first."""
    with db.read() as s:
        stmt = (select(ProgressReport.id, ProgressReport.reported_on, label_column(Organization).label("organization"),
                       ProgressReport.text, ProgressReport.status)
                .outerjoin(Organization, Organization.id == ProgressReport.organization_id)
                .where(ProgressReport.measure_id == measure_id)
                .order_by(ProgressReport.reported_on.desc(), ProgressReport.id.desc()))
        return [ProgressRow(r.id, r.reported_on, r.organization or "", r.text, r.status)
                for r in s.execute(stmt)]


def delete_progress_report(db: Database, report_id: int) -> None:
    with db.write() as s:
        s.delete(get_or_raise(s, ProgressReport, report_id, translate("services", "Progress report")))


# -- deleting with a way back ------------------------------------------------------------

_MEASURE_COLUMNS = ("id", "plan_id", "section_id", "number", "position", "text", "deadline_text",
                    "deadline_start", "deadline_end", "deadline_recurring", "deadline_understood",
                    "status")
_INDICATOR_COLUMNS = ("id", "position", "name", "organization_id", "frequency_months", "starts_on", "ends_on",
                      "baseline", "target")


@dataclass(frozen=True)
class DeletedMeasure:
    """Everything a deleted measure had, so that the deletion can be undone."""

    fields: dict[str, Any]
    organizations: tuple[tuple[int, str], ...]
    progress: tuple[dict[str, Any], ...]
    recommendation_ids: tuple[int, ...]
    agenda_item_ids: tuple[int, ...]
    indicators: tuple[dict[str, Any], ...] = ()
    sdg_targets: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return f"{self.fields['number']} {self.fields['text'][:80]}".strip()


def delete_measure_undoably(db: Database, measure_id: int) -> DeletedMeasure:
    """Delete a measure and return what ``restore_measure`` needs to bring it back."""
    from ..models import agenda_item_measure, recommendation_measure

    with db.write() as s:
        measure = get_or_raise(s, Measure, measure_id, translate("services", "Measure"))
        snapshot = DeletedMeasure(
            fields={c: getattr(measure, c) for c in _MEASURE_COLUMNS},
            organizations=tuple((link.organization_id, link.role) for link in measure.organization_links),
            progress=tuple({"reported_on": p.reported_on, "organization_id": p.organization_id, "text": p.text,
                            "status": p.status, "indicator_id": p.indicator_id, "due_on": p.due_on}
                           for p in measure.progress_reports),
            indicators=tuple({c: getattr(i, c) for c in _INDICATOR_COLUMNS} for i in s.scalars(
                select(Indicator).where(Indicator.measure_id == measure_id).order_by(Indicator.position))),
            recommendation_ids=tuple(s.scalars(select(recommendation_measure.c.recommendation_id)
                                               .where(recommendation_measure.c.measure_id == measure_id))),
            agenda_item_ids=tuple(s.scalars(select(agenda_item_measure.c.agenda_item_id)
                                            .where(agenda_item_measure.c.measure_id == measure_id))),
            sdg_targets=tuple(sdg_target_links.codes_of(s, "measure", measure_id)))
        s.delete(measure)
        return snapshot


def _restore_indicators(s: Session, measure_id: int, rows: Sequence[dict[str, Any]]) -> dict[int, int]:
    """The deleted measure's indicators back; {old id: new id} for their progress reports."""
    result: dict[int, int] = {}
    for values in rows:
        organization_id = values["organization_id"]
        if organization_id is not None and s.get(Organization, organization_id) is None:
            organization_id = None
        fields = {k: v for k, v in values.items() if k != "id"}
        indicator = Indicator(**{**fields, "measure_id": measure_id, "organization_id": organization_id})
        if s.get(Indicator, values["id"]) is None:
            indicator.id = values["id"]
        s.add(indicator)
        s.flush()
        result[values["id"]] = indicator.id
    return result


def restore_measure(db: Database, deleted: DeletedMeasure) -> Measure:
    """Put a deleted measure back with its organizations, progress and links.

    Links to records deleted in the meantime cannot come back and are skipped; a
    number taken in the meantime is refused with a message.
    """
    from ..models import AgendaItem, AuditAction, Recommendation, agenda_item_measure
    from . import audit

    f = deleted.fields
    with db.write() as s:
        get_or_raise(s, Plan, f["plan_id"], translate("services", "Plan"))
        _check_measure_number(s, f["plan_id"], f["number"], None)
        values = dict(f)
        if s.get(Measure, values["id"]) is not None:
            values.pop("id")
        if values["section_id"] is not None and s.get(PlanSection, values["section_id"]) is None:
            values["section_id"] = None
        measure = Measure(**values)
        s.add(measure)
        existing_orgs = set(s.scalars(select(Organization.id).where(
            Organization.id.in_({o for o, _ in deleted.organizations}))))
        measure.organization_links = [MeasureOrganization(organization_id=o, role=r)
                                      for o, r in deleted.organizations if o in existing_orgs]
        s.flush()
        indicator_ids = _restore_indicators(s, measure.id, deleted.indicators)
        for p in deleted.progress:
            org = p["organization_id"] if p["organization_id"] in existing_orgs or p["organization_id"] is None \
                or s.get(Organization, p["organization_id"]) is not None else None
            measure.progress_reports.append(ProgressReport(**{**p, "organization_id": org,
                                                               "indicator_id": indicator_ids.get(p["indicator_id"])}))
        measure.recommendations = list(s.scalars(select(Recommendation).where(
            Recommendation.id.in_(deleted.recommendation_ids))))
        s.flush()
        items = list(s.scalars(select(AgendaItem.id).where(AgendaItem.id.in_(deleted.agenda_item_ids))))
        if items:
            s.execute(agenda_item_measure.insert(), [{"agenda_item_id": i, "measure_id": measure.id} for i in items])
        if deleted.sdg_targets:
            sdg_target_links.replace_targets(s, "measure", measure.id, deleted.sdg_targets, touch=False)
        audit.record(s, AuditAction.RESTORE.value, Measure.__tablename__, measure.id,
                     translate("services", "Deleted measure {number} restored").format(number=measure.number))
        return measure
