"""Counts of recommendations and measures, as the views show them and the reports print them.

GUI-free: the Recommendations view's "counts at a glance" and the PDF reports call the
same functions, so a number on screen and on paper cannot disagree. Every function
takes the same query object as the list it summarizes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..labels import sdg_title
from ..db import Database
from ..models import (
    ImplementationStatus,
    Measure,
    MeasureOrganization,
    MeasureRole,
    MeasureStatus,
    Organization,
    Position,
    Recommendation,
    Sdg,
    Tag,
    TagKind,
    recommendation_measure,
    recommendation_organization,
    recommendation_sdg,
    recommendation_tag,
)
from .names import label_column
from .plans import MeasureQuery, _measure_filter, _overdue_clause
from .recommendations import RecommendationQuery, _rec_filter, filtered_ids
from .sdg_targets import target_counts


@dataclass(frozen=True)
class Count:
    """One line of a breakdown: the stored key, a label to show, and the number."""

    key: Any
    label: str
    count: int


@dataclass(frozen=True)
class RecommendationCounts:
    total: int
    by_position: list[Count]
    by_status: list[Count]
    by_sdg: list[Count]            # all 17 goals, in order, zeros included
    by_theme: list[Count]          # most frequent first
    by_group: list[Count]
    by_responsible: list[Count]
    by_body: list[Count]
    linked_to_measures: int
    without_responsible: int
    by_target: list[Count] = field(default_factory=list)  # targets named at least once, in order

    def as_dict(self) -> dict[str, Any]:
        def plain(rows: list[Count]) -> dict[str, int]:
            return {str(c.key): c.count for c in rows}
        return {"total": self.total, "by_position": plain(self.by_position), "by_status": plain(self.by_status),
                "by_sdg": plain(self.by_sdg), "by_theme": {c.label: c.count for c in self.by_theme},
                "by_group": {c.label: c.count for c in self.by_group},
                "by_responsible": {c.label: c.count for c in self.by_responsible},
                "by_body": plain(self.by_body), "linked_to_measures": self.linked_to_measures,
                "without_responsible": self.without_responsible, "by_target": plain(self.by_target)}


def _ordered(found: dict[Any, int], order: list[str]) -> list[Count]:
    """Known values first in their natural order (zeros included), then anything else."""
    rows = [Count(v, v, found.get(v, 0)) for v in order]
    rows += [Count(k, str(k), n) for k, n in sorted(found.items(), key=lambda kv: str(kv[0])) if k not in order]
    return rows


def _tag_counts(s: Session, ids: Any, kind: TagKind) -> list[Count]:
    stmt = (select(Tag.id, Tag.name, func.count())
            .join(recommendation_tag, recommendation_tag.c.tag_id == Tag.id)
            .where(Tag.kind == kind.value))
    if ids is not None:  # None: every recommendation
        stmt = stmt.where(recommendation_tag.c.recommendation_id.in_(ids))
    stmt = (stmt.group_by(Tag.id, Tag.name).order_by(func.count().desc(), Tag.search_text))
    return [Count(i, n, c) for i, n, c in s.execute(stmt)]


def recommendation_counts(db: Database, q: RecommendationQuery = RecommendationQuery()) -> RecommendationCounts:
    """Breakdowns of the recommendations matching *q*, in one read transaction.

    A recommendation with two themes counts once under each, so theme (SDG,
    organization) counts can add up to more than the total; the total counts each once.
    """
    R = Recommendation
    ids_sel = filtered_ids(q)
    everything = ids_sel.whereclause is None

    def among_matching(stmt: Any, column: Any) -> Any:
        """*stmt* narrowed to the matching recommendations; nothing to narrow without filters
        (``id IN (all ids)`` made SQLite build a list of every id for each count)."""
        return stmt if everything else stmt.where(column.in_(ids_sel))

    with db.read() as s:
        def by(column: Any) -> dict[Any, int]:
            return dict(s.execute(_rec_filter(select(column, func.count()), q).group_by(column)).all())

        total = s.scalar(_rec_filter(select(func.count(R.id)), q)) or 0
        sdg_found = dict(s.execute(among_matching(select(recommendation_sdg.c.sdg_number, func.count()),
                                                  recommendation_sdg.c.recommendation_id)
                                   .group_by(recommendation_sdg.c.sdg_number)).all())
        sdgs = [Count(n, f"{n} - {sdg_title(n) or t}", sdg_found.get(n, 0))
                for n, t in s.execute(select(Sdg.number, Sdg.title).order_by(Sdg.number))]
        org_stmt = (among_matching(select(Organization.id, label_column(Organization), func.count())
                                   .join(recommendation_organization,
                                         recommendation_organization.c.organization_id == Organization.id),
                                   recommendation_organization.c.recommendation_id)
                    .group_by(Organization.id)
                    .order_by(func.count().desc(), Organization.search_text))
        responsible = [Count(i, n, c) for i, n, c in s.execute(org_stmt)]
        # Through the link tables alone (``R.measures.any()`` joined every measure as well).
        has_measure = R.id.in_(select(recommendation_measure.c.recommendation_id))
        has_responsible = R.id.in_(select(recommendation_organization.c.recommendation_id))
        linked = s.scalar(_rec_filter(select(func.count(R.id)).where(has_measure), q)) or 0
        without = s.scalar(_rec_filter(select(func.count(R.id)).where(~has_responsible), q)) or 0
        return RecommendationCounts(
            total=total,
            by_position=_ordered(by(R.position), [Position.SUPPORTED.value, Position.NOTED.value]),
            by_status=_ordered(by(R.status), [v.value for v in ImplementationStatus]),
            by_sdg=sdgs,
            by_theme=_tag_counts(s, None if everything else ids_sel, TagKind.THEME),
            by_group=_tag_counts(s, None if everything else ids_sel, TagKind.GROUP),
            by_responsible=responsible,
            by_body=[Count(k, k, n) for k, n in sorted(by(R.body).items())],
            linked_to_measures=linked,
            without_responsible=without,
            by_target=[Count(code, label, n) for code, label, n in target_counts(s, "recommendation", ids_sel)],
        )


@dataclass(frozen=True)
class MeasureCounts:
    total: int
    by_status: list[Count]
    overdue: int
    completed: int
    deadline_not_understood: int
    by_lead: list[Count] = field(default_factory=list)
    by_target: list[Count] = field(default_factory=list)  # SDG targets named at least once, in order

    def as_dict(self) -> dict[str, Any]:
        return {"total": self.total, "by_status": {str(c.key): c.count for c in self.by_status},
                "overdue": self.overdue, "completed": self.completed,
                "deadline_not_understood": self.deadline_not_understood,
                "by_lead": {c.label: c.count for c in self.by_lead},
                "by_target": {str(c.key): c.count for c in self.by_target}}


def measure_counts(db: Database, q: MeasureQuery = MeasureQuery(), today: date | None = None) -> MeasureCounts:
    """Breakdowns of the measures matching *q* (a plan, an organization...)."""
    today = today or q.today or date.today()
    with db.read() as s:
        ids = _measure_filter(select(Measure.id), q)
        found = dict(s.execute(select(Measure.status, func.count()).where(Measure.id.in_(ids))
                               .group_by(Measure.status)).all())
        lead_stmt = (select(Organization.id, label_column(Organization), func.count())
                     .join(MeasureOrganization, MeasureOrganization.organization_id == Organization.id)
                     .where(MeasureOrganization.role == MeasureRole.LEAD.value,
                            MeasureOrganization.measure_id.in_(ids))
                     .group_by(Organization.id)
                     .order_by(func.count().desc(), Organization.search_text))
        return MeasureCounts(
            total=sum(found.values()),
            by_status=_ordered(found, [v.value for v in MeasureStatus]),
            overdue=s.scalar(select(func.count()).where(Measure.id.in_(ids), _overdue_clause(today))) or 0,
            completed=found.get(MeasureStatus.COMPLETED.value, 0),
            deadline_not_understood=s.scalar(select(func.count()).where(
                Measure.id.in_(ids), Measure.deadline_understood.is_(False))) or 0,
            by_lead=[Count(i, n, c) for i, n, c in s.execute(lead_stmt)],
            by_target=[Count(code, label, n) for code, label, n in target_counts(s, "measure", ids)],
        )
