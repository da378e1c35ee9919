"""Approving earlier minutes by a decision of a later meeting.

An agenda item can name the earlier minutes it approves; recording its decision sets
those minutes approved (and so locked), with the meeting that approved them and its date,
which the approved minutes print as their approval line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from ..db import Database
from ..i18n import translate
from ..models import AgendaItem, AgendaPurpose, AuditAction, Decision, Meeting, MeetingStatus, OutcomeKind
from . import audit
from .common import get_or_raise
from .errors import ValidationError
from .meetings import ensure_unlocked

# Document text in the meeting's language (see action_review.REVIEW_TITLES).
APPROVAL_TITLES = {
    "en": "Approval of the minutes No. {number} of {date}",
    "ru": "Об утверждении протокола № {number} от {date}",
    "tk": "{date} senedäki № {number} teswirnamany tassyklamak hakynda",
}
APPROVAL_DECISIONS = {
    "en": "To approve the minutes No. {number} of {date}.",
    "ru": "Утвердить протокол № {number} от {date}.",
    "tk": "{date} senedäki № {number} teswirnamany tassyklamaly.",
}


@dataclass(frozen=True)
class MinutesChoice:
    """Earlier minutes that a meeting can approve."""

    meeting_id: int
    reference: str
    starts_at_date: date
    title: str
    status: str


def _numbered(template: dict[str, str], language: str, meeting: Meeting) -> str:
    number = meeting.number if meeting.number is not None else meeting.id
    return template.get(language, template["en"]).format(number=number, date=meeting.starts_at.strftime("%d.%m.%Y"))


def minutes_to_approve(db: Database, meeting_id: int) -> list[MinutesChoice]:
    """Earlier meetings whose minutes are drafted or circulated and not yet approved, latest first."""
    with db.read() as s:
        meeting = get_or_raise(s, Meeting, meeting_id, translate("services", "Meeting"))
        waiting = (MeetingStatus.HELD.value, MeetingStatus.MINUTES_DRAFTED.value,
                   MeetingStatus.MINUTES_CIRCULATED.value)
        return [MinutesChoice(m.id, m.reference, m.starts_at.date(), m.title or "", m.status)
                for m in s.scalars(select(Meeting).where(Meeting.starts_at < meeting.starts_at,
                                                         Meeting.status.in_(waiting))
                                   .order_by(Meeting.starts_at.desc()))]


def _check_earlier(meeting: Meeting, earlier: Meeting) -> None:
    if earlier.id == meeting.id or not earlier.starts_at < meeting.starts_at:
        raise ValidationError(translate("services", "A meeting can approve only the minutes of an earlier meeting."))


def add_approval_item(db: Database, meeting_id: int, earlier_id: int) -> AgendaItem:
    """An agenda item "Approval of the minutes No. N of DATE" naming the earlier minutes."""
    with db.write() as s:
        meeting = get_or_raise(s, Meeting, meeting_id, translate("services", "Meeting"))
        ensure_unlocked(meeting)
        earlier = get_or_raise(s, Meeting, earlier_id, translate("services", "Meeting"))
        _check_earlier(meeting, earlier)
        last = s.scalar(select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting_id))
        item = AgendaItem(meeting_id=meeting_id, position=(last or 0) + 1, purpose=AgendaPurpose.APPROVE_MINUTES.value,
                          approves_meeting_id=earlier.id,
                          title=_numbered(APPROVAL_TITLES, meeting.language, earlier))
        s.add(item)
        s.flush()
        return item


def approve_by_decision(db: Database, agenda_item_id: int, text: str | None = None) -> Decision:
    """Record the item's decision and approve (and lock) the minutes it names."""
    with db.write() as s:
        item = get_or_raise(s, AgendaItem, agenda_item_id, translate("services", "Agenda item"))
        meeting = get_or_raise(s, Meeting, item.meeting_id, translate("services", "Meeting"))
        ensure_unlocked(meeting)
        if item.approves_meeting_id is None:
            raise ValidationError(translate("services", "This agenda item names no minutes to approve."))
        earlier = get_or_raise(s, Meeting, item.approves_meeting_id, translate("services", "Meeting"))
        _check_earlier(meeting, earlier)
        if earlier.is_locked:
            raise ValidationError(translate("services", "The minutes of meeting {ref} are already approved.")
                                  .format(ref=earlier.reference))
        last = s.scalar(select(func.max(Decision.position)).where(Decision.agenda_item_id == item.id))
        decision = Decision(meeting_id=meeting.id, agenda_item_id=item.id, position=(last or 0) + 1,
                            kind=OutcomeKind.DECISION.value,
                            text=(text or "").strip() or _numbered(APPROVAL_DECISIONS, meeting.language, earlier))
        s.add(decision)
        earlier.status = MeetingStatus.MINUTES_APPROVED.value
        earlier.approved_at_meeting_id = meeting.id
        earlier.approved_on = meeting.starts_at.date()
        s.flush()
        audit.record(s, AuditAction.UPDATE.value, Meeting.__tablename__, earlier.id,
                     translate("services", "Minutes approved at meeting {ref}").format(ref=meeting.reference),
                     {"approved_at_meeting_id": meeting.id})
        return decision
