"""The review of earlier meetings' action items at a new meeting.

A meeting's agenda can hold one item "Review of decisions and action items". It lists
the action items of earlier meetings that are still open (or that this meeting has
already reviewed); for each the secretary records done, carried over (with a new due
date) or dropped, with a note. Each mark is an ``ActionItemEvent`` in the action's
history, keeps the action's status and due date before the mark (so it can be undone),
and is printed as a table in the minutes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..db import Database
from ..i18n import translate
from ..models import (
    ActionItem,
    ActionItemEvent,
    ActionStatus,
    AgendaItem,
    AgendaPurpose,
    Meeting,
    Organization,
    ReviewOutcome,
    action_item_organization,
)
from .audit import os_user
from .common import check_choice, check_version, clean_text, get_or_raise
from .errors import ValidationError
from .meetings import ensure_unlocked

OPEN_STATES = (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)

# The item's title is document text, written in the meeting's language (the minutes are
# printed in it), not in the language of the screens. It can be edited like any title.
REVIEW_TITLES = {
    "en": "Review of decisions and action items",
    "ru": "О ходе выполнения ранее принятых решений и поручений",
    "tk": "Öň kabul edilen kararlaryň we tabşyryklaryň ýerine ýetirilişi barada",
}


@dataclass(frozen=True)
class ReviewRow:
    """One earlier action item as the review shows it."""

    action_id: int
    version: int
    meeting_id: int
    meeting_reference: str
    meeting_date: date
    text: str
    responsible: tuple[str, ...]
    due_date: date | None
    status: str
    overdue: bool
    outcome: str = ""
    note: str = ""
    new_due_date: date | None = None
    previous_due_date: date | None = None


@dataclass(frozen=True)
class HistoryLine:
    """One step of an action item's history."""

    meeting_id: int
    meeting_reference: str
    meeting_date: date
    outcome: str
    note: str
    previous_due_date: date | None
    new_due_date: date | None
    at: datetime
    os_user: str


def _meeting_date(meeting: Meeting) -> date:
    return meeting.starts_at.date()


def _review_meeting(s: Session, meeting_id: int) -> Meeting:
    meeting = get_or_raise(s, Meeting, meeting_id, translate("services", "Meeting"))
    ensure_unlocked(meeting)
    return meeting


def review_item(db: Database, meeting_id: int) -> AgendaItem | None:
    """The meeting's review item, if its agenda has one."""
    with db.read() as s:
        return s.scalar(select(AgendaItem).where(
            AgendaItem.meeting_id == meeting_id, AgendaItem.purpose == AgendaPurpose.ACTION_REVIEW.value)
            .order_by(AgendaItem.position).limit(1))


def add_review_item(db: Database, meeting_id: int) -> AgendaItem:
    """Add "Review of decisions and action items" to the agenda (once per meeting)."""
    with db.write() as s:
        meeting = _review_meeting(s, meeting_id)
        existing = s.scalar(select(AgendaItem).where(
            AgendaItem.meeting_id == meeting_id, AgendaItem.purpose == AgendaPurpose.ACTION_REVIEW.value))
        if existing is not None:
            raise ValidationError(translate("services", "The agenda already has the review of action items "
                                            "(item {position}).").format(position=existing.position))
        last = s.scalar(select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting_id))
        item = AgendaItem(meeting_id=meeting_id, position=(last or 0) + 1, is_standing=True,
                          purpose=AgendaPurpose.ACTION_REVIEW.value,
                          title=REVIEW_TITLES.get(meeting.language, REVIEW_TITLES["en"]))
        s.add(item)
        s.flush()
        return item


def _responsible(s: Session, action_ids: list[int]) -> dict[int, tuple[str, ...]]:
    names: dict[int, list[str]] = defaultdict(list)
    if action_ids:
        for action_id, name in s.execute(
                select(action_item_organization.c.action_item_id, Organization.name)
                .join(Organization, Organization.id == action_item_organization.c.organization_id)
                .where(action_item_organization.c.action_item_id.in_(action_ids))
                .order_by(Organization.search_text)):
            names[action_id].append(name)
    return {k: tuple(v) for k, v in names.items()}


def _rows(s: Session, meeting: Meeting) -> list[ReviewRow]:
    reviewed_here = select(ActionItemEvent.action_item_id).where(ActionItemEvent.meeting_id == meeting.id)
    stmt = (select(ActionItem, Meeting)
            .join(Meeting, Meeting.id == ActionItem.meeting_id)
            .where(Meeting.starts_at < meeting.starts_at, Meeting.id != meeting.id,
                   or_(ActionItem.status.in_(OPEN_STATES), ActionItem.id.in_(reviewed_here)))
            .order_by(Meeting.starts_at, Meeting.id, ActionItem.id))
    found = list(s.execute(stmt))
    events = {e.action_item_id: e for e in s.scalars(
        select(ActionItemEvent).where(ActionItemEvent.meeting_id == meeting.id))}
    responsible = _responsible(s, [a.id for a, _m in found])
    today = _meeting_date(meeting)
    rows = []
    for action, source in found:
        event = events.get(action.id)
        due = event.previous_due_date if event is not None else action.due_date
        rows.append(ReviewRow(
            action_id=action.id, version=action.version, meeting_id=source.id,
            meeting_reference=source.reference, meeting_date=_meeting_date(source), text=action.text or "",
            responsible=responsible.get(action.id, ()), due_date=due, status=action.status,
            overdue=due is not None and due < today,
            outcome=event.outcome if event else "", note=event.note if event else "",
            new_due_date=event.new_due_date if event else None,
            previous_due_date=event.previous_due_date if event else None))
    return rows


def review_rows(db: Database, meeting_id: int) -> list[ReviewRow]:
    """The earlier meetings' open action items, and those this meeting already reviewed."""
    with db.read() as s:
        meeting = get_or_raise(s, Meeting, meeting_id, translate("services", "Meeting"))
        return _rows(s, meeting)


def pending_count(db: Database, meeting_id: int) -> int:
    """How many earlier action items are still open at this meeting (not yet reviewed here)."""
    return sum(1 for row in review_rows(db, meeting_id) if not row.outcome)


def _undo(action: ActionItem, event: ActionItemEvent) -> None:
    action.status = event.previous_status or ActionStatus.OPEN.value
    action.due_date = event.previous_due_date
    if event.outcome == ReviewOutcome.DONE.value:
        action.completed_on = None


def record_review(db: Database, meeting_id: int, action_id: int, outcome: str, note: str = "",
                  new_due_date: date | None = None, expected_version: int | None = None) -> ActionItemEvent:
    """Mark an earlier action item at this meeting; marking it again replaces the earlier mark."""
    check_choice(outcome, ReviewOutcome, "outcome")
    note = clean_text(note or "").strip()
    with db.write() as s:
        meeting = _review_meeting(s, meeting_id)
        action = get_or_raise(s, ActionItem, action_id, translate("services", "Action item"))
        check_version(action, expected_version, translate("services", "This action item"))
        source = s.get(Meeting, action.meeting_id)
        if source is None or source.id == meeting.id or not source.starts_at < meeting.starts_at:
            raise ValidationError(translate("services", "Only the action items of earlier meetings are reviewed "
                                            "at a meeting."))
        when = _meeting_date(meeting)
        if outcome == ReviewOutcome.CARRIED_OVER.value:
            if new_due_date is None:
                raise ValidationError(translate("services", "Give the new due date of the carried-over action item."),
                                      field="new_due_date")
            if new_due_date <= when:
                raise ValidationError(translate("services", "The new due date must be after the meeting "
                                                "({date}).").format(date=when.strftime("%d.%m.%Y")),
                                      field="new_due_date")
        if outcome == ReviewOutcome.DROPPED.value and not note:
            raise ValidationError(translate("services", "Say why the action item is dropped."), field="note")
        event = s.scalar(select(ActionItemEvent).where(ActionItemEvent.meeting_id == meeting_id,
                                                       ActionItemEvent.action_item_id == action_id))
        if event is not None:
            _undo(action, event)
        else:
            event = ActionItemEvent(action_item_id=action_id, meeting_id=meeting_id)
            s.add(event)
        if action.status not in OPEN_STATES:
            raise ValidationError(translate("services", "This action item is no longer open (it is marked {status} "
                                            "elsewhere).").format(status=action.status))
        event.previous_status = action.status
        event.previous_due_date = action.due_date
        event.outcome, event.note, event.os_user = outcome, note, os_user()
        event.new_due_date = new_due_date if outcome == ReviewOutcome.CARRIED_OVER.value else None
        if outcome == ReviewOutcome.DONE.value:
            action.status = ActionStatus.DONE.value
            action.completed_on = when
            if note:
                action.completion_note = note
        elif outcome == ReviewOutcome.DROPPED.value:
            action.status = ActionStatus.CANCELLED.value
        else:
            action.due_date = new_due_date
        s.flush()
        return event


def undo_review(db: Database, meeting_id: int, action_id: int) -> None:
    """Take back this meeting's mark: the action gets its status and due date back."""
    with db.write() as s:
        _review_meeting(s, meeting_id)
        event = s.scalar(select(ActionItemEvent).where(ActionItemEvent.meeting_id == meeting_id,
                                                       ActionItemEvent.action_item_id == action_id))
        if event is None:
            return
        action = get_or_raise(s, ActionItem, action_id, translate("services", "Action item"))
        _undo(action, event)
        s.delete(event)


def undo_marks_of(s: Session, meeting_id: int) -> None:
    """A meeting is being deleted: the actions it reviewed get their earlier status and due date back."""
    for event in s.scalars(select(ActionItemEvent).where(ActionItemEvent.meeting_id == meeting_id)):
        action = s.get(ActionItem, event.action_item_id)
        if action is not None:
            _undo(action, event)
        s.delete(event)


def action_history(db: Database, action_id: int) -> list[HistoryLine]:
    """The reviews of one action item, oldest first."""
    with db.read() as s:
        return [HistoryLine(m.id, m.reference, _meeting_date(m), e.outcome, e.note, e.previous_due_date,
                            e.new_due_date, e.at, e.os_user)
                for e, m in s.execute(select(ActionItemEvent, Meeting)
                                      .join(Meeting, Meeting.id == ActionItemEvent.meeting_id)
                                      .where(ActionItemEvent.action_item_id == action_id)
                                      .order_by(Meeting.starts_at, ActionItemEvent.id))]


def reviewed_at(s: Session, meeting_id: int) -> list[ReviewRow]:
    """The marks recorded at a meeting (for its printed minutes), in the review's order."""
    meeting = s.get(Meeting, meeting_id)
    if meeting is None:
        return []
    return [row for row in _rows(s, meeting) if row.outcome]
