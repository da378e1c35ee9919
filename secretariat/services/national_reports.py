"""National reports due to UN treaty bodies and the UPR."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from ..db import Database
from ..i18n import tr
from ..models import Mechanism, NationalReport, ReportStatus
from .common import apply_fields, check_choice, check_version, get_or_raise, require_text

REPORT_FIELDS = ("mechanism", "body", "title", "cycle", "period_start", "period_end", "due_date",
                 "submitted_on", "status", "responsible_id", "notes")


def _check(fields: dict[str, Any]) -> None:
    if "mechanism" in fields:
        check_choice(fields["mechanism"], Mechanism, "mechanism")
    if "status" in fields:
        check_choice(fields["status"], ReportStatus, "status")


def create_report(db: Database, body: str, title: str = "", **fields: Any) -> NationalReport:
    _check(fields)
    with db.write() as s:
        report = NationalReport(body=require_text(body, "body", tr("services", "The UN body")))
        apply_fields(report, {"title": title, **fields}, REPORT_FIELDS)
        if report.submitted_on is not None and "status" not in fields:
            report.status = ReportStatus.SUBMITTED.value
        s.add(report)
        s.flush()
        return report


def update_report(db: Database, report_id: int, expected_version: int | None = None,
                  **changes: Any) -> NationalReport:
    _check(changes)
    with db.write() as s:
        report = get_or_raise(s, NationalReport, report_id, tr("services", "National report"))
        check_version(report, expected_version, tr("services", "This report"))
        apply_fields(report, changes, REPORT_FIELDS)
        return report


def delete_report(db: Database, report_id: int) -> None:
    with db.write() as s:
        s.delete(get_or_raise(s, NationalReport, report_id, tr("services", "National report")))


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
