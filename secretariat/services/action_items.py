"""Action items across all meetings: what is open, what is overdue, who is responsible."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, case, func, or_, select
from sqlalchemy.orm import aliased

from ..db import Database
from ..db.sql_functions import among
from ..i18n import translate
from ..models import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    Decision,
    Meeting,
    Organization,
    action_item_organization,
)
from .common import search_clause
from .errors import ValidationError
from .names import label_column, localized_column

OPEN_STATES = (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)
STATES = ("open", "overdue", "done", "all")


@dataclass(frozen=True)
class ActionQuery:
    """Filters of the action items view.

    ``state``: "open" (open or in progress), "overdue" (open and past due on ``today``),
    "done" (done or cancelled) or "all".
    """

    search: str = ""
    state: str = "open"
    organization_id: int | None = None
    meeting_id: int | None = None
    sort: str = "due_date"
    descending: bool = False
    today: date | None = None


@dataclass(frozen=True)
class ActionRow:
    id: int
    meeting_id: int
    meeting_year: int
    meeting_number: int | None
    meeting_starts_at: datetime
    meeting_title: str
    decision_id: int | None
    decision_number: str
    text: str
    due_date: date | None
    status: str
    completed_on: date | None
    version: int
    responsible: tuple[str, ...]
    overdue: bool

    @property
    def meeting_reference(self) -> str:
        return f"{self.meeting_year}/{self.meeting_number}" if self.meeting_number else f"#{self.meeting_id}"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATES


def _today(query: ActionQuery) -> date:
    return query.today or date.today()


def _responsible_key() -> Any:
    """The first responsible organization's folded name, for sorting."""
    return (select(func.min(Organization.search_text))
            .join(action_item_organization, action_item_organization.c.organization_id == Organization.id)
            .where(action_item_organization.c.action_item_id == ActionItem.id)
            .correlate(ActionItem).scalar_subquery())


def _sort_columns(query: ActionQuery) -> list[Any]:
    due_missing = ActionItem.due_date.is_(None)
    columns = {
        "due_date": [ActionItem.due_date],
        "status": [ActionItem.status, ActionItem.due_date],
        "text": [ActionItem.search_text],
        "meeting": [Meeting.starts_at],
        "responsible": [_responsible_key(), ActionItem.due_date],
    }
    if query.sort not in columns:
        raise ValidationError(translate("services", "Action items cannot be sorted by {key!r}.").format(key=query.sort))
    order = [c.desc() if query.descending else c.asc() for c in columns[query.sort]]
    if query.sort == "due_date":
        order.insert(0, due_missing.asc())  # no due date: last, whatever the direction
    return [*order, ActionItem.id.asc()]


def _where(stmt: Select[Any], query: ActionQuery) -> Select[Any]:
    if query.state not in STATES:
        raise ValidationError(translate("services", "Unknown action item filter {state!r}.").format(state=query.state))
    if query.state == "open":
        stmt = stmt.where(ActionItem.status.in_(OPEN_STATES))
    elif query.state == "overdue":
        stmt = stmt.where(ActionItem.status.in_(OPEN_STATES), ActionItem.due_date < _today(query))
    elif query.state == "done":
        stmt = stmt.where(ActionItem.status.not_in(OPEN_STATES))
    if query.organization_id is not None:
        stmt = stmt.where(ActionItem.id.in_(
            select(action_item_organization.c.action_item_id)
            .where(action_item_organization.c.organization_id == query.organization_id)))
    if query.meeting_id is not None:
        stmt = stmt.where(ActionItem.meeting_id == query.meeting_id)
    if query.search.strip():
        in_orgs = (select(action_item_organization.c.action_item_id)
                   .join(Organization, Organization.id == action_item_organization.c.organization_id)
                   .where(search_clause(Organization.search_text, query.search)))
        stmt = stmt.where(or_(search_clause(ActionItem.search_text, query.search),
                              search_clause(Meeting.search_text, query.search),
                              ActionItem.id.in_(in_orgs)))
    return stmt


def count_action_items(db: Database, query: ActionQuery = ActionQuery()) -> int:
    stmt = _where(select(func.count(ActionItem.id)).join(Meeting, Meeting.id == ActionItem.meeting_id), query)
    with db.read() as s:
        return s.scalar(stmt) or 0


def list_action_items(db: Database, query: ActionQuery = ActionQuery(), offset: int = 0,
                      limit: int | None = None) -> list[ActionRow]:
    item = aliased(AgendaItem)
    stmt = (
        select(ActionItem.id, ActionItem.meeting_id, Meeting.year, Meeting.number, Meeting.starts_at,
               Meeting.title, ActionItem.decision_id, Decision.position, item.position, ActionItem.text,
               ActionItem.due_date, ActionItem.status, ActionItem.completed_on, ActionItem.version)
        .join(Meeting, Meeting.id == ActionItem.meeting_id)
        .outerjoin(Decision, Decision.id == ActionItem.decision_id)
        .outerjoin(item, item.id == Decision.agenda_item_id)
    )
    stmt = _where(stmt, query).order_by(*_sort_columns(query)).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    today = _today(query)
    with db.read() as s:
        rows = list(s.execute(stmt))
        ids = [r[0] for r in rows]
        names: dict[int, list[str]] = {i: [] for i in ids}
        if ids:
            for action_id, name in s.execute(
                    select(action_item_organization.c.action_item_id, label_column(Organization))
                    .join(Organization, Organization.id == action_item_organization.c.organization_id)
                    .where(among(s, action_item_organization.c.action_item_id, ids))
                    .order_by(Organization.search_text)):
                names[action_id].append(name)
    result = []
    for (action_id, meeting_id, year, number, starts_at, title, decision_id, d_pos, i_pos, text, due,
         status, completed_on, version) in rows:
        if decision_id is None:
            decision_number = ""
        else:
            decision_number = f"{i_pos}.{d_pos}" if i_pos is not None else str(d_pos)
        overdue = status in OPEN_STATES and due is not None and due < today
        result.append(ActionRow(action_id, meeting_id, year, number, starts_at, title, decision_id,
                                decision_number, text, due, status, completed_on, version,
                                tuple(names[action_id]), overdue))
    return result


def responsible_organizations(db: Database) -> list[tuple[int, str]]:
    """Organizations responsible for at least one action item, by name."""
    with db.read() as s:
        stmt = (select(Organization.id, localized_column(Organization, "name"),
                       localized_column(Organization, "short_name"))
                .where(Organization.id.in_(select(action_item_organization.c.organization_id)))
                .order_by(Organization.search_text))
        return [(oid, f"{name} ({short})" if short else name) for oid, name, short in s.execute(stmt)]


def action_counts(db: Database, today: date | None = None) -> dict[str, int]:
    """How many action items are open and how many of those are overdue."""
    today = today or date.today()
    with db.read() as s:
        open_count, overdue = s.execute(
            select(func.count(), func.sum(case((ActionItem.due_date < today, 1), else_=0)))
            .where(ActionItem.status.in_(OPEN_STATES))).one()
    return {"open": open_count or 0, "overdue": overdue or 0}
