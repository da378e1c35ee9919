"""What the printed minutes and reports show, gathered with few set-based queries.

GUI-free and PDF-free: every function returns plain frozen dataclasses, so the PDF
layouts (``io.pdf``) never touch the database and the numbers can be tested on their
own. Queries are grouped per report, never per row: a report over 20,000 measures
runs the same handful of statements as one over twenty.

Names (organizations, plans, positions) come in the document's language: the minutes'
in the meeting's, the reports' in ``i18n.current_language()`` (set by ``in_language``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session, aliased

from ..db import Database
from ..i18n import translate
from ..models import (
    ActionItem,
    AgendaItem,
    Attendance,
    AuditEntry,
    Decision,
    Measure,
    MeasureOrganization,
    MeasureRole,
    MeasureStatus,
    Meeting,
    MeetingStatus,
    NationalReport,
    Organization,
    Person,
    Plan,
    PlanKind,
    ProgressReport,
    Recommendation,
    action_item_organization,
    recommendation_organization,
)
from ..models.base import fold
from . import action_review, indicators, reporting_calendar
from .action_items import OPEN_STATES
from .action_review import ReviewRow
from .indicators import DueReport
from .reporting_calendar import CalendarEntry
from .common import get_or_raise
from .errors import NotFoundError
from .deadlines import is_overdue
from .names import commission_name, label_column, language_code, localized, localized_column
from .plans import COMPLETED_STATUSES, MeasureQuery, _measure_filter, _overdue_clause
from .recommendations import RecommendationQuery, RecommendationRow, list_recommendations
from .statistics import Count, RecommendationCounts, recommendation_counts

DONE_IMPLEMENTATION = ("implemented",)


@dataclass(frozen=True)
class ReportFilters:
    """The filters every report may take; each report uses those that apply to it.

    ``date_from``/``date_to``: the period (progress reported, actions due, the year...);
    ``today``: the date the report is "as of" (overdue means due before it).
    """

    date_from: date | None = None
    date_to: date | None = None
    plan_id: int | None = None
    organization_id: int | None = None
    mechanism: str | None = None
    year: int | None = None
    today: date | None = None

    @property
    def as_of(self) -> date:
        return self.today or date.today()


def _label(short: str | None, name: str | None) -> str:
    return (short or "").strip() or (name or "").strip()


def _in_period(column: Any, date_from: date | None, date_to: date | None) -> list[Any]:
    clauses = []
    if date_from is not None:
        clauses.append(column >= date_from)
    if date_to is not None:
        clauses.append(column <= date_to)
    return clauses


def organization_name(db: Database, organization_id: int | None) -> str:
    if organization_id is None:
        return ""
    with db.read() as s:
        org = get_or_raise(s, Organization, organization_id, translate("services", "Organization"))
        return localized(org, "name")


# -- minutes ------------------------------------------------------------------------

@dataclass(frozen=True)
class PersonLine:
    name: str
    position: str = ""
    organization: str = ""


@dataclass(frozen=True)
class AttendanceLine:
    role: str
    presence: str
    organization: str
    organization_kind: str
    person: str
    position: str
    represented_by: str
    note: str


@dataclass(frozen=True)
class DecisionLine:
    number: str
    kind: str
    text: str


@dataclass(frozen=True)
class AgendaLine:
    position: int
    title: str
    presenter: str
    heard: str
    spoke: str
    decisions: tuple[DecisionLine, ...]
    purpose: str = ""


@dataclass(frozen=True)
class ActionLine:
    number: int
    text: str
    responsible: tuple[str, ...]
    due_date: date | None
    status: str
    decision_number: str


@dataclass(frozen=True)
class ApprovalLine:
    """The meeting whose decision approved these minutes."""

    meeting_number: int | None
    meeting_reference: str
    meeting_date: date | None
    approved_on: date | None


@dataclass(frozen=True)
class MinutesData:
    id: int
    reference: str
    year: int
    number: int | None
    kind: str
    title: str
    starts_at: datetime
    ends_at: datetime | None
    venue: str
    format: str
    language: str
    status: str
    organizer: str
    chair: PersonLine | None
    secretary: PersonLine | None
    attendance: tuple[AttendanceLine, ...]
    agenda: tuple[AgendaLine, ...]
    other_decisions: tuple[DecisionLine, ...]
    actions: tuple[ActionLine, ...]
    # The Commission's name in the meeting's language (as after "of the meeting of"), short name
    commission: str = ""
    commission_short: str = ""
    approved_on: date | None = None  # the day the minutes were last approved (from the audit log)
    # the earlier action items this meeting reviewed, and where these minutes were approved
    review: tuple[ReviewRow, ...] = ()
    approval: ApprovalLine | None = None

    @property
    def approved(self) -> bool:
        return self.status == MeetingStatus.MINUTES_APPROVED.value


def _person(person: Person | None, s: Session, language: str) -> PersonLine | None:
    if person is None:
        return None
    org = s.get(Organization, person.organization_id) if person.organization_id else None
    return PersonLine(person.full_name, localized(person, "position", language),
                      localized(org, "name", language) if org else "")


def _approved_on(s: Session, meeting_id: int) -> date | None:
    """The local day of the last change that set the meeting's status to "minutes approved".

    The audit log records every status change with its time (UTC), so no column of its own
    is needed; minutes approved before any log (an import) give None.
    """
    approved = MeetingStatus.MINUTES_APPROVED.value
    for at, changes in s.execute(
            select(AuditEntry.at, AuditEntry.changes)
            .where(AuditEntry.table_name == Meeting.__tablename__, AuditEntry.record_id == meeting_id,
                   AuditEntry.changes.contains(approved))
            .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())):
        try:
            status = json.loads(changes or "{}").get("status") or {}
        except (ValueError, AttributeError):
            continue
        if isinstance(status, dict) and status.get("new") == approved:
            return at.replace(tzinfo=timezone.utc).astimezone().date()
    return None


def minutes_data(db: Database, meeting_id: int) -> MinutesData:
    """Everything the printed minutes of one meeting show, names in the meeting's language."""
    with db.read() as s:
        meeting = s.get(Meeting, meeting_id)
        if meeting is None:
            raise NotFoundError(translate("services", "Meeting #{id} does not exist (it may have been deleted).")
                                .format(id=meeting_id))
        language = language_code(meeting.language)
        org_name_column = localized_column(Organization, "name", language)
        rows = s.execute(
            select(Attendance, org_name_column, Organization.kind, Person.full_name,
                   localized_column(Person, "position", language))
            .outerjoin(Organization, Organization.id == Attendance.organization_id)
            .outerjoin(Person, Person.id == Attendance.person_id)
            .where(Attendance.meeting_id == meeting_id)
            .order_by(Attendance.id)).all()
        # sorted by the names as printed, in the meeting's language
        rows.sort(key=lambda row: (fold(row[1]), fold(row[3])))
        attendance = [
            AttendanceLine(role=a.role, presence=a.presence, organization=org_name or "",
                           organization_kind=kind or "", person=person or "", position=position or "",
                           represented_by=a.represented_by or "", note=a.note or "")
            for a, org_name, kind, person, position in rows
        ]
        items = list(s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                               .order_by(AgendaItem.position, AgendaItem.id)))
        positions = {item.id: item.position for item in items}
        decisions: dict[int | None, list[DecisionLine]] = defaultdict(list)
        numbers: dict[int, str] = {}
        for d in s.scalars(select(Decision).where(Decision.meeting_id == meeting_id)
                           .order_by(Decision.position, Decision.id)):
            item_position = positions.get(d.agenda_item_id) if d.agenda_item_id else None
            number = f"{item_position}.{d.position}" if item_position is not None else str(d.position)
            numbers[d.id] = number
            decisions[d.agenda_item_id if item_position is not None else None].append(
                DecisionLine(number, d.kind, d.text or ""))
        responsible: dict[int, list[str]] = defaultdict(list)
        for action_id, name in s.execute(
                select(action_item_organization.c.action_item_id, org_name_column)
                .join(Organization, Organization.id == action_item_organization.c.organization_id)
                .join(ActionItem, ActionItem.id == action_item_organization.c.action_item_id)
                .where(ActionItem.meeting_id == meeting_id)
                .order_by(org_name_column)):
            responsible[action_id].append(name)
        actions = [
            ActionLine(number=n, text=a.text or "", responsible=tuple(responsible.get(a.id, ())),
                       due_date=a.due_date, status=a.status,
                       decision_number=numbers.get(a.decision_id, "") if a.decision_id else "")
            for n, a in enumerate(s.scalars(select(ActionItem).where(ActionItem.meeting_id == meeting_id)
                                            .order_by(ActionItem.id)), start=1)
        ]
        organizer = s.get(Organization, meeting.organizer_id) if meeting.organizer_id else None
        return MinutesData(
            id=meeting.id, reference=meeting.reference, year=meeting.year, number=meeting.number,
            kind=meeting.kind, title=meeting.title or "", starts_at=meeting.starts_at, ends_at=meeting.ends_at,
            venue=meeting.venue or "", format=meeting.format, language=meeting.language,
            status=meeting.status, organizer=localized(organizer, "name", language) if organizer else "",
            chair=_person(meeting.chair, s, language), secretary=_person(meeting.secretary, s, language),
            attendance=tuple(attendance),
            agenda=tuple(AgendaLine(item.position, item.title or "", item.presenter or "", item.heard or "",
                                    item.spoke or "", tuple(decisions.get(item.id, ())), item.purpose or "")
                         for item in items),
            other_decisions=tuple(decisions.get(None, ())),
            actions=tuple(actions),
            commission=commission_name(db, language), commission_short=commission_name(db, language, short=True),
            approved_on=_approved_on(s, meeting.id)
            if meeting.status == MeetingStatus.MINUTES_APPROVED.value else None,
            review=tuple(action_review.reviewed_at(s, meeting_id)),
            approval=_approval(s, meeting),
        )


def _approval(s: Session, meeting: Meeting) -> ApprovalLine | None:
    if meeting.approved_at_meeting_id is None:
        return None
    at = s.get(Meeting, meeting.approved_at_meeting_id)
    if at is None:
        return None
    return ApprovalLine(at.number, at.reference, at.starts_at.date(), meeting.approved_on)


# -- plan implementation ------------------------------------------------------------

@dataclass(frozen=True)
class OrganizationProgress:
    organization: str
    total: int
    completed: int
    in_progress: int
    not_started: int
    overdue: int


@dataclass(frozen=True)
class MeasureLine:
    id: int
    number: str
    text: str
    deadline_text: str
    deadline_end: date | None
    status: str
    lead: str


@dataclass(frozen=True)
class ProgressLine:
    measure_number: str
    measure_text: str
    reported_on: date
    organization: str
    status: str
    text: str


@dataclass(frozen=True)
class PlanImplementation:
    id: int
    title: str
    kind: str
    period: str
    adopted_on: date | None
    total: int
    by_status: tuple[Count, ...]
    by_organization: tuple[OrganizationProgress, ...]
    overdue: tuple[MeasureLine, ...]
    progress: tuple[ProgressLine, ...]


@dataclass(frozen=True)
class PlanImplementationData:
    as_of: date
    date_from: date | None
    date_to: date | None
    organization: str
    plans: tuple[PlanImplementation, ...]


def default_progress_period(filters: ReportFilters) -> tuple[date, date]:
    """Without a period, progress "in the last twelve months" up to the as-of date."""
    end = filters.date_to or filters.as_of
    start = filters.date_from or date(end.year - 1, end.month, min(end.day, 28))
    return start, end


def _leads(s: Session, measure_ids: Any) -> dict[int, list[str]]:
    leads: dict[int, list[str]] = defaultdict(list)
    for measure_id, name in s.execute(
            select(MeasureOrganization.measure_id, label_column(Organization))
            .join(Organization, Organization.id == MeasureOrganization.organization_id)
            .where(MeasureOrganization.role == MeasureRole.LEAD.value,
                   MeasureOrganization.measure_id.in_(measure_ids))
            .order_by(MeasureOrganization.measure_id, Organization.search_text)):
        leads[measure_id].append(name)
    return leads


def plan_implementation(db: Database, filters: ReportFilters = ReportFilters()) -> PlanImplementationData:
    """Per plan: measures by status and by lead organization, the overdue ones, progress in the period."""
    today = filters.as_of
    period_from, period_to = default_progress_period(filters)
    query = MeasureQuery(plan_id=filters.plan_id, organization_id=filters.organization_id)
    overdue_clause = _overdue_clause(today)
    with db.read() as s:
        ids = _measure_filter(select(Measure.id), query)
        plan_stmt = select(Plan).order_by(Plan.period_start.desc().nulls_last(), Plan.title, Plan.id)
        if filters.plan_id is not None:
            get_or_raise(s, Plan, filters.plan_id, translate("services", "Plan"))
            plan_stmt = plan_stmt.where(Plan.id == filters.plan_id)
        plans = list(s.scalars(plan_stmt))

        status_counts: dict[int, dict[str, int]] = defaultdict(dict)
        for plan_id, status, count in s.execute(
                select(Measure.plan_id, Measure.status, func.count()).where(Measure.id.in_(ids))
                .group_by(Measure.plan_id, Measure.status)):
            status_counts[plan_id][status] = count

        by_org: dict[int, list[OrganizationProgress]] = defaultdict(list)
        org_stmt = (
            select(Measure.plan_id, label_column(Organization), func.count(),
                   func.sum(case((Measure.status == MeasureStatus.COMPLETED.value, 1), else_=0)),
                   func.sum(case((Measure.status.in_((MeasureStatus.IN_PROGRESS.value,
                                                      MeasureStatus.PARTIALLY_COMPLETED.value)), 1), else_=0)),
                   func.sum(case((Measure.status == MeasureStatus.NOT_STARTED.value, 1), else_=0)),
                   func.sum(case((overdue_clause, 1), else_=0)))
            .join(MeasureOrganization, MeasureOrganization.measure_id == Measure.id)
            .join(Organization, Organization.id == MeasureOrganization.organization_id)
            .where(MeasureOrganization.role == MeasureRole.LEAD.value, Measure.id.in_(ids))
            .group_by(Measure.plan_id, Organization.id)
            .order_by(Measure.plan_id, func.count().desc(), Organization.search_text))
        for plan_id, name, total, done, going, idle, late in s.execute(org_stmt):
            by_org[plan_id].append(OrganizationProgress(name, total, done or 0, going or 0,
                                                        idle or 0, late or 0))

        overdue_ids = select(Measure.id).where(Measure.id.in_(ids), overdue_clause)
        leads = _leads(s, overdue_ids)
        overdue: dict[int, list[MeasureLine]] = defaultdict(list)
        for row in s.execute(select(Measure.id, Measure.plan_id, Measure.number, Measure.text,
                                    Measure.deadline_text, Measure.deadline_end, Measure.status)
                             .where(Measure.id.in_(overdue_ids))
                             .order_by(Measure.plan_id, Measure.deadline_end, Measure.position, Measure.id)):
            overdue[row.plan_id].append(MeasureLine(row.id, row.number, row.text or "", row.deadline_text or "",
                                                    row.deadline_end, row.status, ", ".join(leads.get(row.id, []))))

        progress: dict[int, list[ProgressLine]] = defaultdict(list)
        reporter = aliased(Organization)
        for row in s.execute(
                select(Measure.plan_id, Measure.number, Measure.text, ProgressReport.reported_on,
                       label_column(reporter).label("reporter"), ProgressReport.status, ProgressReport.text)
                .join(Measure, Measure.id == ProgressReport.measure_id)
                .outerjoin(reporter, reporter.id == ProgressReport.organization_id)
                .where(Measure.id.in_(ids), ProgressReport.reported_on >= period_from,
                       ProgressReport.reported_on <= period_to)
                .order_by(Measure.plan_id, Measure.position, Measure.id, ProgressReport.reported_on,
                          ProgressReport.id)):
            progress[row.plan_id].append(ProgressLine(row.number, row.text or "", row.reported_on,
                                                      row.reporter, row.status, row[6] or ""))
        result = []
        for plan in plans:
            found = status_counts.get(plan.id, {})
            if filters.organization_id is not None and not found:
                continue  # the organization has no part in this plan
            order = [v.value for v in MeasureStatus]
            counts = [Count(v, v, found.get(v, 0)) for v in order]
            counts += [Count(k, k, n) for k, n in sorted(found.items()) if k not in order]
            result.append(PlanImplementation(
                id=plan.id, title=localized(plan, "title"), kind=plan.kind, period=plan.period, adopted_on=plan.adopted_on,
                total=sum(found.values()), by_status=tuple(counts),
                by_organization=tuple(by_org.get(plan.id, ())), overdue=tuple(overdue.get(plan.id, ())),
                progress=tuple(progress.get(plan.id, ()))))
        organization = ""
        if filters.organization_id is not None:
            organization = localized(get_or_raise(s, Organization, filters.organization_id,
                                                  translate("services", "Organization")), "name")
    return PlanImplementationData(today, period_from, period_to, organization, tuple(result))


# -- recommendations ----------------------------------------------------------------

@dataclass(frozen=True)
class RecommendationsData:
    as_of: date
    mechanism: str | None
    organization: str
    counts: RecommendationCounts
    unlinked: tuple[RecommendationRow, ...]


def recommendations_report(db: Database, filters: ReportFilters = ReportFilters()) -> RecommendationsData:
    """Counts by position, status, SDG and theme, and the recommendations no measure answers."""
    query = RecommendationQuery(mechanism=filters.mechanism or None, responsible_id=filters.organization_id)
    counts = recommendation_counts(db, query)
    unlinked = list_recommendations(db, RecommendationQuery(**{**query.__dict__, "linked": False}), limit=None)
    return RecommendationsData(filters.as_of, filters.mechanism, organization_name(db, filters.organization_id),
                               counts, tuple(unlinked))


# -- action items ---------------------------------------------------------------------

@dataclass(frozen=True)
class ActionReportLine:
    id: int
    meeting_reference: str
    meeting_date: date
    decision_number: str
    text: str
    due_date: date | None
    status: str
    overdue: bool
    responsible: tuple[str, ...]


@dataclass(frozen=True)
class OrganizationActions:
    organization_id: int | None
    organization: str
    actions: tuple[ActionReportLine, ...]
    short_name: str = ""

    @property
    def label(self) -> str:
        """The short name where the directory has one (for charts)."""
        return _label(self.short_name, self.organization)

    @property
    def overdue(self) -> int:
        return sum(1 for a in self.actions if a.overdue)


@dataclass(frozen=True)
class ActionItemsData:
    as_of: date
    date_from: date | None
    date_to: date | None
    total_open: int
    total_overdue: int
    groups: tuple[OrganizationActions, ...]


def _action_lines(s: Session, where: list[Any], today: date) -> tuple[list[ActionReportLine], dict[int, list[tuple[int, str]]]]:
    """Open action items matching *where*, and per action its responsible (id, name)."""
    item = aliased(AgendaItem)
    stmt = (select(ActionItem.id, Meeting.year, Meeting.number, Meeting.id.label("meeting_id"), Meeting.starts_at,
                   Decision.position, item.position, ActionItem.text, ActionItem.due_date, ActionItem.status)
            .join(Meeting, Meeting.id == ActionItem.meeting_id)
            .outerjoin(Decision, Decision.id == ActionItem.decision_id)
            .outerjoin(item, item.id == Decision.agenda_item_id)
            .where(*where)
            .order_by(ActionItem.due_date.is_(None), ActionItem.due_date, Meeting.starts_at, ActionItem.id))
    rows = list(s.execute(stmt))
    ids = select(ActionItem.id).join(Meeting, Meeting.id == ActionItem.meeting_id).where(*where)
    owners: dict[int, list[tuple[int, str]]] = defaultdict(list)
    for action_id, org_id, name in s.execute(
            select(action_item_organization.c.action_item_id, Organization.id, localized_column(Organization, "name"))
            .join(Organization, Organization.id == action_item_organization.c.organization_id)
            .where(action_item_organization.c.action_item_id.in_(ids))
            .order_by(Organization.search_text)):
        owners[action_id].append((org_id, name))
    lines = []
    for action_id, year, number, meeting_id, starts_at, d_pos, i_pos, text, due, status in rows:
        decision = "" if d_pos is None else (f"{i_pos}.{d_pos}" if i_pos is not None else str(d_pos))
        lines.append(ActionReportLine(
            id=action_id, meeting_reference=f"{year}/{number}" if number else f"#{meeting_id}",
            meeting_date=starts_at.date(), decision_number=decision, text=text or "", due_date=due,
            status=status, overdue=due is not None and due < today,
            responsible=tuple(name for _, name in owners.get(action_id, []))))
    return lines, owners


def action_items_report(db: Database, filters: ReportFilters = ReportFilters()) -> ActionItemsData:
    """Open action items (overdue flagged), grouped by responsible organization.

    The period filters on the due date; an action shared by two organizations is
    listed under each of them.
    """
    today = filters.as_of
    where: list[Any] = [ActionItem.status.in_(OPEN_STATES),
                        *_in_period(ActionItem.due_date, filters.date_from, filters.date_to)]
    if filters.organization_id is not None:
        where.append(ActionItem.id.in_(select(action_item_organization.c.action_item_id).where(
            action_item_organization.c.organization_id == filters.organization_id)))
    with db.read() as s:
        lines, owners = _action_lines(s, where, today)
        groups: dict[int | None, list[ActionReportLine]] = defaultdict(list)
        names: dict[int | None, str] = {None: translate("reports", "No organization assigned")}
        for line in lines:
            holders = owners.get(line.id) or [(None, names[None])]
            for org_id, name in holders:
                if filters.organization_id is not None and org_id != filters.organization_id:
                    continue
                names[org_id] = name
                groups[org_id].append(line)
        shorts = dict(s.execute(select(Organization.id, Organization.short_name)
                                .where(Organization.id.in_([k for k in groups if k is not None]))).all())
    ordered = sorted(groups, key=lambda k: (k is None, -sum(1 for a in groups[k] if a.overdue),
                                            names[k].casefold()))
    return ActionItemsData(
        as_of=today, date_from=filters.date_from, date_to=filters.date_to, total_open=len(lines),
        total_overdue=sum(1 for a in lines if a.overdue),
        groups=tuple(OrganizationActions(k, names[k], tuple(groups[k]), shorts.get(k) or "") for k in ordered))


# -- the Commission's year ----------------------------------------------------------------

@dataclass(frozen=True)
class MeetingSummary:
    reference: str
    starts_at: datetime
    kind: str
    title: str
    venue: str
    status: str
    decisions: tuple[DecisionLine, ...]
    actions_total: int
    actions_open: int


@dataclass(frozen=True)
class NationalReportLine:
    body: str
    title: str
    due_date: date | None
    submitted_on: date | None
    status: str
    responsible: str
    overdue: bool = False  # not submitted and the due date has passed


@dataclass(frozen=True)
class PlanYearLine:
    title: str
    period: str
    measures: int
    due_in_year: int
    completed_due_in_year: int
    progress_reports: int


@dataclass(frozen=True)
class WorkPlan:
    title: str
    period: str
    measures: tuple[MeasureLine, ...]


@dataclass(frozen=True)
class YearData:
    year: int
    as_of: date
    meetings: tuple[MeetingSummary, ...]
    decisions_total: int
    reports_submitted: tuple[NationalReportLine, ...]
    # next year's reports calendar: recorded reports and the due dates no recorded report answers yet
    reports_calendar: tuple[CalendarEntry, ...]
    plans: tuple[PlanYearLine, ...]
    next_work_plans: tuple[WorkPlan, ...]


def _report_lines(s: Session, *where: Any) -> tuple[NationalReportLine, ...]:
    stmt = (select(NationalReport.body, NationalReport.title, NationalReport.due_date, NationalReport.submitted_on,
                   NationalReport.status, label_column(Organization))
            .outerjoin(Organization, Organization.id == NationalReport.responsible_id)
            .where(*where).order_by(NationalReport.submitted_on, NationalReport.due_date, NationalReport.body))
    return tuple(NationalReportLine(b, t or "", due, sub, st, org or "") for b, t, due, sub, st, org
                 in s.execute(stmt))


def year_report(db: Database, filters: ReportFilters = ReportFilters()) -> YearData:
    """Meetings held, decisions taken, reports submitted in a year, and next year's work plan."""
    year = filters.year or (filters.date_from.year if filters.date_from else filters.as_of.year)
    start, end = date(year, 1, 1), date(year, 12, 31)
    starts_from, starts_before = datetime(year, 1, 1), datetime(year + 1, 1, 1)
    held = (MeetingStatus.HELD.value, MeetingStatus.MINUTES_DRAFTED.value, MeetingStatus.MINUTES_APPROVED.value)
    with db.read() as s:
        meeting_where = [Meeting.starts_at >= starts_from, Meeting.starts_at < starts_before,
                         Meeting.status.in_(held)]
        meeting_ids = select(Meeting.id).where(*meeting_where)
        item_positions = dict(s.execute(select(AgendaItem.id, AgendaItem.position)
                                        .where(AgendaItem.meeting_id.in_(meeting_ids))).all())
        decisions: dict[int, list[DecisionLine]] = defaultdict(list)
        for meeting_id, item_id, position, kind, text in s.execute(
                select(Decision.meeting_id, Decision.agenda_item_id, Decision.position, Decision.kind, Decision.text)
                .outerjoin(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
                .where(Decision.meeting_id.in_(meeting_ids))
                .order_by(Decision.meeting_id, AgendaItem.position, Decision.position, Decision.id)):
            item_pos = item_positions.get(item_id) if item_id else None
            number = f"{item_pos}.{position}" if item_pos is not None else str(position)
            decisions[meeting_id].append(DecisionLine(number, kind, text or ""))
        action_counts = {m: (total, open_) for m, total, open_ in s.execute(
            select(ActionItem.meeting_id, func.count(),
                   func.sum(case((ActionItem.status.in_(OPEN_STATES), 1), else_=0)))
            .where(ActionItem.meeting_id.in_(meeting_ids)).group_by(ActionItem.meeting_id))}
        meetings = tuple(
            MeetingSummary(m.reference, m.starts_at, m.kind, m.title or "", m.venue or "", m.status,
                           tuple(decisions.get(m.id, ())), *(lambda c: (c[0], c[1] or 0))(action_counts.get(m.id, (0, 0))))
            for m in s.scalars(select(Meeting).where(*meeting_where).order_by(Meeting.starts_at, Meeting.id)))

        submitted = _report_lines(s, NationalReport.submitted_on >= start, NationalReport.submitted_on <= end)

        active = [p for p in s.scalars(select(Plan).order_by(Plan.period_start, Plan.title))
                  if (p.period_start or year) <= year <= (p.period_end or p.period_start or year)]
        active_ids = [p.id for p in active]
        per_plan = {pid: (total, due, done) for pid, total, due, done in s.execute(
            select(Measure.plan_id, func.count(),
                   func.sum(case((and_(Measure.deadline_end >= start, Measure.deadline_end <= end), 1), else_=0)),
                   func.sum(case((and_(Measure.deadline_end >= start, Measure.deadline_end <= end,
                                       Measure.status == MeasureStatus.COMPLETED.value), 1), else_=0)))
            .where(Measure.plan_id.in_(active_ids)).group_by(Measure.plan_id))}
        reports_per_plan = dict(s.execute(
            select(Measure.plan_id, func.count()).join(ProgressReport, ProgressReport.measure_id == Measure.id)
            .where(Measure.plan_id.in_(active_ids), ProgressReport.reported_on >= start,
                   ProgressReport.reported_on <= end).group_by(Measure.plan_id)).all())
        plan_lines = tuple(PlanYearLine(localized(p, "title"), p.period, per_plan.get(p.id, (0, 0, 0))[0],
                                        per_plan.get(p.id, (0, 0, 0))[1] or 0, per_plan.get(p.id, (0, 0, 0))[2] or 0,
                                        reports_per_plan.get(p.id, 0)) for p in active)

        next_year = year + 1
        work_plans = [p for p in s.scalars(select(Plan).where(Plan.kind == PlanKind.WORK_PLAN.value)
                                           .order_by(Plan.period_start, Plan.title))
                      if (p.period_start or 0) <= next_year <= (p.period_end or p.period_start or 0)]
        wp_ids = [p.id for p in work_plans]
        leads = _leads(s, select(Measure.id).where(Measure.plan_id.in_(wp_ids)))
        wp_measures: dict[int, list[MeasureLine]] = defaultdict(list)
        for row in s.execute(select(Measure.id, Measure.plan_id, Measure.number, Measure.text, Measure.deadline_text,
                                    Measure.deadline_end, Measure.status)
                             .where(Measure.plan_id.in_(wp_ids)).order_by(Measure.plan_id, Measure.position)):
            wp_measures[row.plan_id].append(MeasureLine(row.id, row.number, row.text or "", row.deadline_text or "",
                                                        row.deadline_end, row.status,
                                                        ", ".join(leads.get(row.id, []))))
        next_plans = tuple(WorkPlan(localized(p, "title"), p.period, tuple(wp_measures.get(p.id, ()))) for p in work_plans)
    return YearData(year=year, as_of=filters.as_of, meetings=meetings,
                    decisions_total=sum(len(m.decisions) for m in meetings), reports_submitted=submitted,
                    reports_calendar=tuple(reporting_calendar.year_entries(db, year + 1, filters.as_of)),
                    plans=plan_lines, next_work_plans=next_plans)


# -- what each organization owes ------------------------------------------------------------

@dataclass(frozen=True)
class OwedMeasure:
    plan: str
    number: str
    text: str
    role: str
    deadline_text: str
    deadline_end: date | None
    status: str
    overdue: bool


@dataclass(frozen=True)
class OrganizationDues:
    organization_id: int
    name: str
    kind: str
    actions: tuple[ActionReportLine, ...]
    measures: tuple[OwedMeasure, ...]
    reports: tuple[NationalReportLine, ...]
    recommendations_open: int
    short_name: str = ""
    # indicator reports due by the horizon and not received (missed when due before as_of)
    indicator_reports: tuple[DueReport, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.actions or self.measures or self.reports or self.recommendations_open
                    or self.indicator_reports)

    @property
    def label(self) -> str:
        """The short name where the directory has one (for summary tables)."""
        return _label(self.short_name, self.name)

    @property
    def overdue_actions(self) -> int:
        return sum(1 for a in self.actions if a.overdue)

    @property
    def overdue_measures(self) -> int:
        return sum(1 for m in self.measures if m.overdue)

    @property
    def overdue_reports(self) -> int:
        return sum(1 for r in self.reports if r.overdue)

    @property
    def overdue(self) -> int:
        """Everything overdue: action items, plan measures and national reports."""
        return self.overdue_actions + self.overdue_measures + self.overdue_reports


@dataclass(frozen=True)
class DuesData:
    as_of: date
    horizon: date
    organizations: tuple[OrganizationDues, ...]


def organization_dues(db: Database, filters: ReportFilters = ReportFilters()) -> DuesData:
    """Per organization: open action items, measures due by the period's end, reports not submitted.

    Measures count when the organization leads or co-implements them, they are not
    completed and their deadline has passed or ends by the horizon (the period's end,
    else the end of the as-of year). Organizations that owe nothing are left out unless
    one was asked for.
    """
    today = filters.as_of
    horizon = filters.date_to or date(today.year, 12, 31)
    with db.read() as s:
        org_stmt = (select(Organization.id, localized_column(Organization, "name"), Organization.kind,
                           localized_column(Organization, "short_name"))
                    .order_by(Organization.search_text))
        if filters.organization_id is not None:
            get_or_raise(s, Organization, filters.organization_id, translate("services", "Organization"))
            org_stmt = org_stmt.where(Organization.id == filters.organization_id)
        organizations = list(s.execute(org_stmt))

        action_where: list[Any] = [ActionItem.status.in_(OPEN_STATES)]
        if filters.organization_id is not None:
            action_where.append(ActionItem.id.in_(select(action_item_organization.c.action_item_id).where(
                action_item_organization.c.organization_id == filters.organization_id)))
        lines, owners = _action_lines(s, action_where, today)
        actions: dict[int, list[ActionReportLine]] = defaultdict(list)
        for line in lines:
            for org_id, _name in owners.get(line.id, []):
                actions[org_id].append(line)

        measure_where = [Measure.status.not_in(COMPLETED_STATUSES), Measure.deadline_end <= horizon,
                         MeasureOrganization.role.in_((MeasureRole.LEAD.value, MeasureRole.CO_IMPLEMENTER.value))]
        if filters.organization_id is not None:
            measure_where.append(MeasureOrganization.organization_id == filters.organization_id)
        if filters.plan_id is not None:
            measure_where.append(Measure.plan_id == filters.plan_id)
        measures: dict[int, list[OwedMeasure]] = defaultdict(list)
        for row in s.execute(
                select(MeasureOrganization.organization_id, MeasureOrganization.role,
                       func.coalesce(func.nullif(localized_column(Plan, "short_title"), ""),
                                     localized_column(Plan, "title")), Measure.number, Measure.text,
                       Measure.deadline_text, Measure.deadline_end, Measure.status, Measure.deadline_recurring)
                .join(Measure, Measure.id == MeasureOrganization.measure_id)
                .join(Plan, Plan.id == Measure.plan_id)
                .where(*measure_where)
                .order_by(MeasureOrganization.organization_id, Measure.deadline_end, Plan.title, Measure.position)):
            org_id, role, plan, number, text, deadline_text, deadline_end, status, recurring = row
            measures[org_id].append(OwedMeasure(plan, number, text or "", role, deadline_text or "", deadline_end,
                                                status, is_overdue(deadline_end, False, today,
                                                                   recurring=bool(recurring))))

        reports: dict[int, list[NationalReportLine]] = defaultdict(list)
        for row in s.execute(
                select(NationalReport.responsible_id, NationalReport.body, NationalReport.title,
                       NationalReport.due_date, NationalReport.submitted_on, NationalReport.status)
                .where(NationalReport.submitted_on.is_(None), NationalReport.responsible_id.is_not(None))
                .order_by(NationalReport.due_date)):
            reports[row[0]].append(NationalReportLine(row[1], row[2] or "", row[3], row[4], row[5], "",
                                                      overdue=row[3] is not None and row[3] < today))

        recs = dict(s.execute(
            select(recommendation_organization.c.organization_id, func.count())
            .join(Recommendation, Recommendation.id == recommendation_organization.c.recommendation_id)
            .where(Recommendation.status.not_in(DONE_IMPLEMENTATION))
            .group_by(recommendation_organization.c.organization_id)).all())

    owed_reports: dict[int, list[DueReport]] = defaultdict(list)
    for due in indicators.due_reports(db, today, until=horizon, organization_id=filters.organization_id):
        if due.missed and due.organization_id is not None:
            owed_reports[due.organization_id].append(due)
    result = []
    for org_id, name, kind, short_name in organizations:
        dues = OrganizationDues(org_id, name, kind, tuple(actions.get(org_id, ())), tuple(measures.get(org_id, ())),
                                tuple(reports.get(org_id, ())), recs.get(org_id, 0), short_name or "",
                                tuple(owed_reports.get(org_id, ())))
        if dues.is_empty and filters.organization_id is None:
            continue
        result.append(dues)
    return DuesData(as_of=today, horizon=horizon, organizations=tuple(result))


# -- choices for filter forms ---------------------------------------------------------------

@dataclass(frozen=True)
class Option:
    id: int
    label: str


def plan_options(db: Database, language: str | None = None) -> list[Option]:
    """Plans for a picker, titled in *language* (the interface's)."""
    with db.read() as s:
        return [Option(i, f"{t} ({sn})" if sn else t) for i, t, sn in s.execute(
            select(Plan.id, localized_column(Plan, "title", language), localized_column(Plan, "short_title", language))
            .order_by(Plan.period_start.desc().nulls_last(), Plan.title))]


def organization_options(db: Database, language: str | None = None) -> list[Option]:
    """Organizations for a picker, named in *language*, sorted by that name."""
    with db.read() as s:
        rows = s.execute(select(Organization.id, localized_column(Organization, "name", language),
                                localized_column(Organization, "short_name", language))).all()
    rows.sort(key=lambda row: (fold(row[1]), row[0]))
    return [Option(i, f"{n} ({sn})" if sn else n) for i, n, sn in rows]


def meeting_years(db: Database) -> list[int]:
    with db.read() as s:
        return [y for (y,) in s.execute(select(Meeting.year).distinct().order_by(Meeting.year.desc()))]

