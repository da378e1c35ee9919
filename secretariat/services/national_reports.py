"""National reports due to UN treaty bodies and the UPR."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, func, select

from ..db import Database
from ..i18n import translate
from ..models import Mechanism, NationalReport, Organization, ReportStatus
from .common import apply_fields, check_choice, check_version, get_or_raise, require_text
from ..db.search_index import text_match
from .errors import ValidationError
from .names import label_column

REPORT_FIELDS = ("mechanism", "body", "title", "cycle", "period_start", "period_end", "due_date",
                 "submitted_on", "status", "responsible_id", "notes")


def _check(fields: dict[str, Any]) -> None:
    if "mechanism" in fields:
        check_choice(fields["mechanism"], Mechanism, "mechanism")
    if "status" in fields:
        check_choice(fields["status"], ReportStatus, "status")
    if "body" in fields:
        fields["body"] = require_text(fields["body"], "body", translate("services", "The UN body"))


def _check_record(report: NationalReport) -> None:
    start, end = report.period_start, report.period_end
    if start is not None and end is not None and end < start:
        raise ValidationError(translate("services", "The reporting period ends before it starts."), field="period_end")
    if report.submitted_on is not None and report.submitted_on > date.today():
        raise ValidationError(translate("services", "The submission date is in the future; a report can only be "
                                 "marked as submitted once it has been sent."), field="submitted_on")


def create_report(db: Database, body: str, title: str = "", **fields: Any) -> NationalReport:
    _check(fields)
    with db.write() as s:
        report = NationalReport(body=require_text(body, "body", translate("services", "The UN body")))
        apply_fields(report, {"title": title, **fields}, REPORT_FIELDS)
        if report.submitted_on is not None and "status" not in fields:
            report.status = ReportStatus.SUBMITTED.value
        _check_record(report)
        s.add(report)
        s.flush()
        return report


def update_report(db: Database, report_id: int, expected_version: int | None = None,
                  **changes: Any) -> NationalReport:
    _check(changes)
    with db.write() as s:
        report = get_or_raise(s, NationalReport, report_id, translate("services", "National report"))
        check_version(report, expected_version, translate("services", "This report"))
        apply_fields(report, changes, REPORT_FIELDS)
        _check_record(report)
        return report


def delete_report(db: Database, report_id: int) -> None:
    with db.write() as s:
        s.delete(get_or_raise(s, NationalReport, report_id, translate("services", "National report")))


def list_reports(db: Database) -> list[NationalReport]:
    with db.read() as s:
        return list(s.scalars(select(NationalReport).order_by(NationalReport.due_date.desc().nulls_last(),
                                                              NationalReport.body)))


def reports_due(db: Database, today: date, months: int = 6) -> tuple[list[NationalReport], list[NationalReport]]:
    """(due within *months*, overdue): unsubmitted reports for the Dashboard."""
    horizon = today + timedelta(days=round(months * 30.44))
    with db.read() as s:
        pending = select(NationalReport).where(NationalReport.submitted_on.is_(None),
                                               NationalReport.due_date.is_not(None))
        due = list(s.scalars(pending.where(NationalReport.due_date >= today,
                                           NationalReport.due_date <= horizon)
                             .order_by(NationalReport.due_date)))
        overdue = list(s.scalars(pending.where(NationalReport.due_date < today)
                                 .order_by(NationalReport.due_date)))
        return due, overdue


# -- queries for the view --------------------------------------------------------------

@dataclass(frozen=True)
class ReportQuery:
    search: str = ""
    mechanism: str | None = None
    body: str | None = None
    status: str | None = None
    responsible_id: int | None = None
    due: str | None = None            # "overdue", "soon" (next 6 months), "pending" (not submitted)
    today: date | None = None
    sort: str = "due_date"
    descending: bool = False


@dataclass(frozen=True)
class ReportRow:
    id: int
    mechanism: str
    body: str
    title: str
    cycle: str
    period: str
    due_date: date | None
    submitted_on: date | None
    status: str
    responsible: str
    responsible_id: int | None
    notes: str
    version: int
    overdue: bool
    due_soon: bool


REPORT_SORTS = {
    "due_date": (NationalReport.due_date, NationalReport.body),
    "body": (NationalReport.body, NationalReport.due_date),
    "submitted_on": (NationalReport.submitted_on, NationalReport.due_date),
    "status": (NationalReport.status, NationalReport.due_date),
    "title": (NationalReport.title, NationalReport.due_date),
}
SOON_MONTHS = 6


def _horizon(today: date) -> date:
    return today + timedelta(days=round(SOON_MONTHS * 30.44))


def _report_filter(stmt: Select[Any], q: ReportQuery) -> Select[Any]:
    N = NationalReport
    today = q.today or date.today()
    if q.search.strip():
        stmt = stmt.where(text_match(N.id, q.search))
    for value, column in ((q.mechanism, N.mechanism), (q.body, N.body), (q.status, N.status),
                          (q.responsible_id, N.responsible_id)):
        if value is not None and value != "":
            stmt = stmt.where(column == value)
    if q.due:
        stmt = stmt.where(N.submitted_on.is_(None))
        if q.due == "overdue":
            stmt = stmt.where(N.due_date < today)
        elif q.due == "soon":
            stmt = stmt.where(N.due_date >= today, N.due_date <= _horizon(today))
    return stmt


def count_reports(db: Database, q: ReportQuery = ReportQuery()) -> int:
    with db.read() as s:
        return s.scalar(_report_filter(select(func.count(NationalReport.id)), q)) or 0


def list_report_rows(db: Database, q: ReportQuery = ReportQuery(), offset: int = 0,
                     limit: int | None = 200) -> list[ReportRow]:
    order = REPORT_SORTS.get(q.sort)
    if order is None:
        raise ValidationError(translate("services", "Reports cannot be sorted by {key!r}.").format(key=q.sort))
    today = q.today or date.today()
    N = NationalReport
    stmt = _report_filter(select(N, label_column(Organization))
                          .outerjoin(Organization, Organization.id == N.responsible_id), q)
    cols = [c.desc().nulls_last() if q.descending else c.asc().nulls_last() for c in order]
    stmt = stmt.order_by(*cols, N.id).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    with db.read() as s:
        rows = []
        for r, name in s.execute(stmt):
            period = (f"{r.period_start}-{r.period_end}" if r.period_start and r.period_end
                      and r.period_start != r.period_end else str(r.period_start or r.period_end or ""))
            pending = r.submitted_on is None and r.due_date is not None
            rows.append(ReportRow(
                id=r.id, mechanism=r.mechanism, body=r.body, title=r.title, cycle=r.cycle, period=period,
                due_date=r.due_date, submitted_on=r.submitted_on, status=r.status,
                responsible=name or "", responsible_id=r.responsible_id, notes=r.notes,
                version=r.version, overdue=pending and r.due_date < today,
                due_soon=pending and today <= r.due_date <= _horizon(today)))
        return rows


def report_bodies(db: Database) -> list[str]:
    with db.read() as s:
        return sorted(b for b in s.scalars(select(NationalReport.body).distinct()) if b)


def get_report(db: Database, report_id: int) -> NationalReport:
    with db.read() as s:
        return get_or_raise(s, NationalReport, report_id, translate("services", "National report"))
