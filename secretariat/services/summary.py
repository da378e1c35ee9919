"""Counts of what the database holds: the Dashboard and `secretariat summary`."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db import Database
from ..models import (
    ActionItem,
    ActionStatus,
    Measure,
    Meeting,
    NationalReport,
    Organization,
    Person,
    Plan,
    ProgressReport,
    Recommendation,
)
from .plans import _overdue_clause


def _by(s: Session, column: Any) -> dict[str, int]:
    return {str(key): count for key, count in s.execute(select(column, func.count()).group_by(column))}


def _count(s: Session, model: Any, *where: Any) -> int:
    return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def summary(db: Database, today: date | None = None) -> dict[str, Any]:
    """Everything is counted in one read transaction, so the numbers agree."""
    today = today or date.today()
    with db.read() as s:
        by_position = _by(s, Recommendation.position)
        return {
            "meetings": {"total": _count(s, Meeting), "by_status": _by(s, Meeting.status)},
            "measures": {
                "total": _count(s, Measure),
                "by_status": _by(s, Measure.status),
                "overdue": _count(s, Measure, _overdue_clause(today)),  # as the lists and reports count
                "deadline_not_understood": _count(s, Measure, Measure.deadline_understood.is_(False)),
            },
            "recommendations": {
                "total": _count(s, Recommendation),
                "by_position": {"supported": by_position.get("supported", 0),
                                "partially_supported": by_position.get("partially_supported", 0),
                                "noted": by_position.get("noted", 0),
                                **{k: v for k, v in by_position.items()
                                   if k not in ("supported", "partially_supported", "noted")}},
                "by_status": _by(s, Recommendation.status),
                "by_mechanism": _by(s, Recommendation.mechanism),
            },
            "organizations": _count(s, Organization),
            "people": _count(s, Person),
            "plans": _count(s, Plan),
            "progress_reports": _count(s, ProgressReport),
            "national_reports": _count(s, NationalReport),
            "national_reports_overdue": _count(s, NationalReport, NationalReport.submitted_on.is_(None),
                                               NationalReport.due_date < today),
            "action_items": {
                "total": _count(s, ActionItem),
                "open": _count(s, ActionItem, ActionItem.status.in_(
                    (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value))),
                "overdue": _count(s, ActionItem, ActionItem.status.in_(
                    (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)), ActionItem.due_date < today),
            },
        }


def upcoming_meetings(db: Database, today: date, limit: int = 8) -> list[tuple[int, str, Any, str]]:
    """(id, reference, starts_at, title) of the next meetings from *today* on, soonest first."""
    with db.read() as s:
        rows = s.execute(select(Meeting.id, Meeting.year, Meeting.number, Meeting.starts_at, Meeting.title)
                         # From today's midnight: the same on every database, and read from the index.
                         .where(Meeting.starts_at >= datetime.combine(today, time.min))
                         .order_by(Meeting.starts_at, Meeting.id).limit(limit))
        return [(i, f"{y}/{n}" if n else f"#{i}", starts, title) for i, y, n, starts, title in rows]
