"""Meetings: creating and numbering them, attendance, agenda, decisions, actions, status."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Sequence

from sqlalchemy import Select, func, or_, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session, selectinload

from ..db import Database
from ..i18n import translate
from ..models import (
    ActionItem,
    ActionStatus,
    AgendaItem,
    Attendance,
    AttendanceRole,
    AuditAction,
    AuditEntry,
    Decision,
    Draft,
    Language,
    Measure,
    Meeting,
    MeetingFormat,
    MeetingCheckout,
    MeetingKind,
    MeetingStatus,
    Organization,
    OutcomeKind,
    Person,
    Presence,
    Recommendation,
)
from ..models.meetings import meeting_reference
from . import audit, drafts
from .common import apply_fields, check_choice, check_version, get_or_raise, saved_at_once_is_a_conflict
from ..db.search_index import text_match
from .errors import LockedError, NotFoundError, ValidationError

MEETING_FIELDS = (
    "kind", "title", "starts_at", "ends_at", "venue", "format", "organizer_id", "chair_id",
    "secretary_id", "language", "notes", "number",
)
STATUS_ORDER = [s.value for s in MeetingStatus]
# Draft keys (see services.drafts): minutes text per agenda item, the details form per meeting.
DRAFT_AGENDA_ITEM = "agenda_item"
DRAFT_MEETING = "meeting"


def _meeting_label() -> str:
    return translate("services", "Meeting")


def _check_meeting_fields(changes: dict[str, Any]) -> None:
    if "kind" in changes:
        check_choice(changes["kind"], MeetingKind, "kind")
    if "format" in changes:
        check_choice(changes["format"], MeetingFormat, "format")
    if "language" in changes:
        check_choice(changes["language"], Language, "language")
    if changes.get("starts_at") is None and "starts_at" in changes:
        raise ValidationError(translate("services", "A meeting needs a date."), field="starts_at")
    ends, starts = changes.get("ends_at"), changes.get("starts_at")
    if ends is not None and starts is not None and ends < starts:
        raise ValidationError(translate("services", "The meeting cannot end before it starts."), field="ends_at")


def _ensure_unlocked(meeting: Meeting) -> None:
    if meeting.is_locked:
        raise LockedError(
            translate("services", "The minutes of meeting {ref} are approved and locked. "
               "Reopen them first (the reopening is recorded).").format(ref=meeting.reference)
        )


ensure_unlocked = _ensure_unlocked  # for the other meeting use cases (review, approval, revisions)


def _next_number(s: Session, year: int) -> int:
    current = s.scalar(select(func.max(Meeting.number)).where(Meeting.year == year))
    return (current or 0) + 1


def _check_number_free(s: Session, year: int, number: int, meeting_id: int | None) -> None:
    with s.no_autoflush:  # the pending change itself would hit the unique constraint first
        clash = s.scalar(select(Meeting.id).where(Meeting.year == year, Meeting.number == number))
    if clash is not None and clash != meeting_id:
        raise ValidationError(
            translate("services", "Meeting number {number} of {year} is already used.").format(number=number, year=year),
            field="number",
        )


def create_meeting(db: Database, starts_at: datetime, title: str = "",
                   kind: str = MeetingKind.COMMISSION.value, **fields: Any) -> Meeting:
    """Create a meeting; its number is the next free one in its year unless given."""
    changes = {"starts_at": starts_at, "kind": kind, "title": title, **fields}
    _check_meeting_fields(changes)
    status = fields.pop("status", MeetingStatus.PLANNED.value)
    check_choice(status, MeetingStatus, "status")
    with db.write() as s:
        meeting = Meeting(year=starts_at.year, status=status)
        apply_fields(meeting, {"starts_at": starts_at, "kind": kind, "title": title, **fields}, MEETING_FIELDS)
        if meeting.number is None:
            meeting.number = _next_number(s, meeting.year)
        else:
            _check_number_free(s, meeting.year, meeting.number, None)
        s.add(meeting)
        s.flush()
        return meeting


def update_meeting(db: Database, meeting_id: int, expected_version: int | None = None,
                   **changes: Any) -> Meeting:
    _check_meeting_fields(changes)
    with saved_at_once_is_a_conflict(translate("services", "This meeting")), db.write() as s:
        meeting = get_or_raise(s, Meeting, meeting_id, _meeting_label())
        check_version(meeting, expected_version, translate("services", "This meeting"))
        _ensure_unlocked(meeting)
        apply_fields(meeting, changes, MEETING_FIELDS)
        if "starts_at" in changes:
            meeting.year = meeting.starts_at.year
        if "starts_at" in changes or "number" in changes:
            if meeting.number is not None:
                _check_number_free(s, meeting.year, meeting.number, meeting.id)
        return meeting


def delete_meeting(db: Database, meeting_id: int) -> None:
    with db.write() as s:
        meeting = get_or_raise(s, Meeting, meeting_id, _meeting_label())
        _ensure_unlocked(meeting)
        item_ids = list(s.scalars(select(AgendaItem.id).where(AgendaItem.meeting_id == meeting_id)))
        drafts.discard_in(s, DRAFT_AGENDA_ITEM, item_ids)
        drafts.discard_in(s, DRAFT_MEETING, [meeting_id])
        from .action_review import undo_marks_of  # (action_review builds on this module)

        undo_marks_of(s, meeting_id)
        s.delete(meeting)


def get_meeting(db: Database, meeting_id: int) -> Meeting:
    """The meeting with attendance, agenda, decisions and actions loaded."""
    with db.read() as s:
        stmt = (
            select(Meeting)
            .where(Meeting.id == meeting_id)
            .options(
                selectinload(Meeting.attendance).selectinload(Attendance.person),
                selectinload(Meeting.attendance).selectinload(Attendance.organization),
                selectinload(Meeting.agenda_items).selectinload(AgendaItem.decisions),
                selectinload(Meeting.agenda_items).selectinload(AgendaItem.measures)
                .selectinload(Measure.plan),
                selectinload(Meeting.agenda_items).selectinload(AgendaItem.recommendations),
                selectinload(Meeting.decisions).selectinload(Decision.agenda_item),
                selectinload(Meeting.action_items).selectinload(ActionItem.responsible),
                selectinload(Meeting.action_items).selectinload(ActionItem.decision),
                selectinload(Meeting.organizer),
                selectinload(Meeting.chair),
                selectinload(Meeting.secretary),
            )
        )
        meeting = s.scalar(stmt)
        if meeting is None:
            raise NotFoundError(translate("services", "Meeting #{id} does not exist (it may have been deleted).")
                                .format(id=meeting_id))
        return meeting


_REFERENCE = re.compile(r"^\s*(\d{4})\s*/\s*(\d+)\s*$")


MAX_SQL_INTEGER = 2**63 - 1


def find_meeting(db: Database, reference: str) -> Meeting:
    """A meeting by id ("12") or by "YEAR/NUMBER" ("2024/1")."""
    match = _REFERENCE.match(reference)
    numbers = [int(part) for part in (match.groups() if match else [reference.strip()]) if part.isdigit()]
    if any(number > MAX_SQL_INTEGER for number in numbers) or (match and int(match[1]) > 9999):
        raise NotFoundError(translate("services", "There is no meeting {ref}.").format(ref=reference.strip()[:40]))
    with db.read() as s:
        if match:
            meeting_id = s.scalar(select(Meeting.id).where(
                Meeting.year == int(match[1]), Meeting.number == int(match[2])))
        elif reference.strip().isdigit():
            meeting_id = int(reference)
        else:
            raise ValidationError(translate("services", "Give a meeting as an id (12) or as YEAR/NUMBER (2024/1)."))
    if meeting_id is None:
        raise NotFoundError(translate("services", "There is no meeting {ref}.").format(ref=reference.strip()))
    return get_meeting(db, meeting_id)


# -- status -------------------------------------------------------------------------

def set_status(db: Database, meeting_id: int, status: str, expected_version: int | None = None) -> Meeting:
    """Move along planned -> held -> minutes drafted -> minutes approved.

    Going back from approved is a reopen and must go through ``reopen_minutes``.
    """
    check_choice(status, MeetingStatus, "status")
    with saved_at_once_is_a_conflict(translate("services", "This meeting")), db.write() as s:
        meeting = get_or_raise(s, Meeting, meeting_id, _meeting_label())
        check_version(meeting, expected_version, translate("services", "This meeting"))
        if meeting.is_locked and status != meeting.status:
            _ensure_unlocked(meeting)
        meeting.status = status
        return meeting


def reopen_minutes(db: Database, meeting_id: int, reason: str) -> Meeting:
    """Unlock approved minutes; the reopening and its reason go into the audit log."""
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(translate("services", "Say why the approved minutes are reopened."), field="reason")
    with db.write() as s:
        meeting = get_or_raise(s, Meeting, meeting_id, _meeting_label())
        if not meeting.is_locked:
            return meeting
        meeting.status = MeetingStatus.MINUTES_DRAFTED.value
        meeting.approved_at_meeting_id, meeting.approved_on = None, None  # to be approved again
        audit.record(s, AuditAction.REOPEN.value, Meeting.__tablename__, meeting.id,
                     translate("services", "Approved minutes reopened: {reason}").format(reason=reason),
                     {"reason": reason})
        return meeting


# -- children -----------------------------------------------------------------------

def _unlocked_meeting(s: Session, meeting_id: int) -> Meeting:
    meeting = get_or_raise(s, Meeting, meeting_id, _meeting_label())
    _ensure_unlocked(meeting)
    return meeting


ATTENDANCE_FIELDS = ("person_id", "organization_id", "role", "presence", "represented_by", "note")


def _check_attendance(changes: dict[str, Any]) -> None:
    if "role" in changes:
        check_choice(changes["role"], AttendanceRole, "role")
    if "presence" in changes:
        check_choice(changes["presence"], Presence, "presence")


def add_attendance(db: Database, meeting_id: int, person_id: int | None = None,
                   organization_id: int | None = None, **fields: Any) -> Attendance:
    if person_id is None and organization_id is None:
        raise ValidationError(translate("services", "Choose a person or an organization."), field="person_id")
    _check_attendance(fields)
    with db.write() as s:
        _unlocked_meeting(s, meeting_id)
        row = Attendance(meeting_id=meeting_id, person_id=person_id, organization_id=organization_id)
        apply_fields(row, fields, ATTENDANCE_FIELDS)
        s.add(row)
        s.flush()
        return row


def update_attendance(db: Database, attendance_id: int, **changes: Any) -> Attendance:
    _check_attendance(changes)
    with db.write() as s:
        row = get_or_raise(s, Attendance, attendance_id, translate("services", "Attendance"))
        _unlocked_meeting(s, row.meeting_id)
        apply_fields(row, changes, ATTENDANCE_FIELDS)
        return row


def remove_attendance(db: Database, attendance_id: int) -> None:
    with db.write() as s:
        row = get_or_raise(s, Attendance, attendance_id, translate("services", "Attendance"))
        _unlocked_meeting(s, row.meeting_id)
        s.delete(row)


AGENDA_FIELDS = ("title", "presenter", "heard", "spoke", "is_standing")


def add_agenda_item(db: Database, meeting_id: int, title: str, **fields: Any) -> AgendaItem:
    with db.write() as s:
        _unlocked_meeting(s, meeting_id)
        last = s.scalar(select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting_id))
        item = AgendaItem(meeting_id=meeting_id, position=(last or 0) + 1)
        apply_fields(item, {"title": title, **fields}, AGENDA_FIELDS)
        s.add(item)
        s.flush()
        return item


def update_agenda_item(db: Database, item_id: int, **changes: Any) -> AgendaItem:
    with db.write() as s:
        item = get_or_raise(s, AgendaItem, item_id, translate("services", "Agenda item"))
        _unlocked_meeting(s, item.meeting_id)
        apply_fields(item, changes, AGENDA_FIELDS)
        return item


def move_agenda_item(db: Database, item_id: int, new_position: int) -> list[AgendaItem]:
    """Put an item at *new_position* (1-based) and renumber the others."""
    with db.write() as s:
        item = get_or_raise(s, AgendaItem, item_id, translate("services", "Agenda item"))
        _unlocked_meeting(s, item.meeting_id)
        items = list(s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == item.meeting_id)
                               .order_by(AgendaItem.position, AgendaItem.id)))
        items.remove(item)
        new_position = max(1, min(new_position, len(items) + 1))
        items.insert(new_position - 1, item)
        for index, each in enumerate(items, start=1):
            if each.position != index:
                each.position = index
        return items


def delete_agenda_item(db: Database, item_id: int) -> None:
    with db.write() as s:
        item = get_or_raise(s, AgendaItem, item_id, translate("services", "Agenda item"))
        _unlocked_meeting(s, item.meeting_id)
        meeting_id = item.meeting_id
        drafts.discard_in(s, DRAFT_AGENDA_ITEM, [item.id])
        s.delete(item)
        s.flush()
        rest = s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                         .order_by(AgendaItem.position, AgendaItem.id))
        for index, each in enumerate(rest, start=1):
            if each.position != index:
                each.position = index


DECISION_FIELDS = ("text", "kind")


def add_decision(db: Database, meeting_id: int, text: str, agenda_item_id: int | None = None,
                 kind: str = OutcomeKind.DECISION.value) -> Decision:
    """A decision numbered after the last one of its agenda item (1.1, 1.2 ...)."""
    check_choice(kind, OutcomeKind, "kind")
    with db.write() as s:
        _unlocked_meeting(s, meeting_id)
        if agenda_item_id is not None:
            item = get_or_raise(s, AgendaItem, agenda_item_id, translate("services", "Agenda item"))
            if item.meeting_id != meeting_id:
                raise ValidationError(translate("services", "That agenda item belongs to another meeting."))
        last = s.scalar(select(func.max(Decision.position)).where(
            Decision.meeting_id == meeting_id, Decision.agenda_item_id.is_(agenda_item_id)
            if agenda_item_id is None else Decision.agenda_item_id == agenda_item_id))
        decision = Decision(meeting_id=meeting_id, agenda_item_id=agenda_item_id,
                            position=(last or 0) + 1, kind=kind, text=text)
        s.add(decision)
        s.flush()
        return decision


def update_decision(db: Database, decision_id: int, **changes: Any) -> Decision:
    if "kind" in changes:
        check_choice(changes["kind"], OutcomeKind, "kind")
    with db.write() as s:
        decision = get_or_raise(s, Decision, decision_id, translate("services", "Decision"))
        _unlocked_meeting(s, decision.meeting_id)
        apply_fields(decision, changes, DECISION_FIELDS)
        return decision


def _sibling_decisions(s: Session, decision: Decision) -> list[Decision]:
    same_item = (Decision.agenda_item_id.is_(None) if decision.agenda_item_id is None
                 else Decision.agenda_item_id == decision.agenda_item_id)
    return list(s.scalars(select(Decision).where(Decision.meeting_id == decision.meeting_id, same_item)
                          .order_by(Decision.position, Decision.id)))


def _renumber(rows: Sequence[Any]) -> None:
    for index, each in enumerate(rows, start=1):
        if each.position != index:
            each.position = index


def delete_decision(db: Database, decision_id: int) -> None:
    """Delete a decision; the later decisions of its item move up (1.3 becomes 1.2)."""
    with db.write() as s:
        decision = get_or_raise(s, Decision, decision_id, translate("services", "Decision"))
        _unlocked_meeting(s, decision.meeting_id)
        siblings = _sibling_decisions(s, decision)
        siblings.remove(decision)
        s.delete(decision)
        s.flush()
        _renumber(siblings)


def move_decision(db: Database, decision_id: int, new_position: int) -> list[Decision]:
    """Put a decision at *new_position* (1-based) within its agenda item."""
    with db.write() as s:
        decision = get_or_raise(s, Decision, decision_id, translate("services", "Decision"))
        _unlocked_meeting(s, decision.meeting_id)
        siblings = _sibling_decisions(s, decision)
        siblings.remove(decision)
        new_position = max(1, min(new_position, len(siblings) + 1))
        siblings.insert(new_position - 1, decision)
        _renumber(siblings)
        return siblings


ACTION_FIELDS = ("text", "due_date", "status", "completed_on", "completion_note", "decision_id")


def _set_responsible(s: Session, action: ActionItem, organization_ids: Sequence[int]) -> None:
    orgs = list(s.scalars(select(Organization).where(Organization.id.in_(organization_ids))))
    if len(orgs) != len(set(organization_ids)):
        raise ValidationError(translate("services", "One of the responsible organizations does not exist."),
                              field="responsible")
    action.responsible = orgs


def add_action_item(db: Database, meeting_id: int, text: str,
                    responsible_ids: Sequence[int] = (), **fields: Any) -> ActionItem:
    if "status" in fields:
        check_choice(fields["status"], ActionStatus, "status")
    with db.write() as s:
        _unlocked_meeting(s, meeting_id)
        action = ActionItem(meeting_id=meeting_id)
        apply_fields(action, {"text": text, **fields}, ACTION_FIELDS)
        _set_responsible(s, action, responsible_ids)
        s.add(action)
        s.flush()
        return action


def update_action_item(db: Database, action_id: int, expected_version: int | None = None,
                       responsible_ids: Sequence[int] | None = None, **changes: Any) -> ActionItem:
    """Action items stay editable after approval: their follow-up is not the minutes."""
    if "status" in changes:
        check_choice(changes["status"], ActionStatus, "status")
    with saved_at_once_is_a_conflict(translate("services", "This action item")), db.write() as s:
        action = get_or_raise(s, ActionItem, action_id, translate("services", "Action item"))
        check_version(action, expected_version, translate("services", "This action item"))
        apply_fields(action, changes, ACTION_FIELDS)
        if changes.get("status") == ActionStatus.DONE.value and action.completed_on is None:
            action.completed_on = date.today()
        if responsible_ids is not None:
            _set_responsible(s, action, responsible_ids)
        return action


def delete_action_item(db: Database, action_id: int) -> None:
    with db.write() as s:
        action = get_or_raise(s, ActionItem, action_id, translate("services", "Action item"))
        _unlocked_meeting(s, action.meeting_id)
        s.delete(action)


# -- lists --------------------------------------------------------------------------

@dataclass(frozen=True)
class MeetingQuery:
    """What the meetings list shows: filters, search words and sort order."""

    search: str = ""
    year: int | None = None
    kind: str | None = None
    status: str | None = None
    sort: str = "starts_at"
    descending: bool = True


@dataclass(frozen=True)
class MeetingRow:
    id: int
    year: int
    number: int | None
    starts_at: datetime
    kind: str
    title: str
    venue: str
    status: str
    version: int
    checked_out_to: str | None = None
    """Who has the meeting checked out to their computer (see ``services.checkout``)."""


SORTABLE = {
    "number": (Meeting.year, Meeting.number),
    "starts_at": (Meeting.starts_at,),
    "kind": (Meeting.kind,),
    "title": (Meeting.search_text,),
    "venue": (Meeting.venue,),
    "status": (Meeting.status,),
}


def _filtered(query: MeetingQuery, stmt: Select[Any] | None = None) -> Select[Any]:
    """*stmt* (by default the ids of meetings) narrowed to the meetings *query* shows.

    The conditions go on the statement itself, not through ``id IN (...)``, so that the
    database can read a page in the order of an index and stop after it.
    """
    stmt = select(Meeting.id) if stmt is None else stmt
    if query.year is not None:
        stmt = stmt.where(Meeting.year == query.year)
    if query.kind:
        stmt = stmt.where(Meeting.kind == query.kind)
    if query.status:
        stmt = stmt.where(Meeting.status == query.status)
    if query.search.strip():
        # Titles and minutes: a meeting matches if it or one of its agenda items does.
        in_items = select(AgendaItem.meeting_id).where(text_match(AgendaItem.id, query.search))
        stmt = stmt.where(text_match(Meeting.id, query.search) | Meeting.id.in_(in_items))
    return stmt


def count_meetings(db: Database, query: MeetingQuery = MeetingQuery()) -> int:
    with db.read() as s:
        return s.scalar(_filtered(query, select(func.count(Meeting.id)))) or 0


def list_meetings(db: Database, query: MeetingQuery = MeetingQuery(), offset: int = 0,
                  limit: int | None = None) -> list[MeetingRow]:
    columns = SORTABLE.get(query.sort, SORTABLE["starts_at"])
    order = [c.desc() if query.descending else c.asc() for c in columns]
    stmt = (
        _filtered(query, select(Meeting.id, Meeting.year, Meeting.number, Meeting.starts_at, Meeting.kind,
                                Meeting.title, Meeting.venue, Meeting.status, Meeting.version,
                                func.coalesce(func.nullif(MeetingCheckout.db_user, ""), MeetingCheckout.holder))
                  .outerjoin(MeetingCheckout, MeetingCheckout.meeting_id == Meeting.id))
        .order_by(*order, Meeting.id.desc() if query.descending else Meeting.id)
        .offset(offset)
    )
    if limit is not None:
        stmt = stmt.limit(limit)
    with db.read() as s:
        return [MeetingRow(*row) for row in s.execute(stmt)]


def meeting_years(db: Database) -> list[int]:
    with db.read() as s:
        return list(s.scalars(select(Meeting.year).distinct().order_by(Meeting.year.desc())))


def venues(db: Database, limit: int = 50) -> list[str]:
    """Venues used before, most frequent first (for completion)."""
    with db.read() as s:
        stmt = (select(Meeting.venue).where(Meeting.venue != "").group_by(Meeting.venue)
                .order_by(func.count().desc(), Meeting.venue).limit(limit))
        return list(s.scalars(stmt))


def latest_meeting_id(db: Database) -> int | None:
    """The meeting with the latest date: what "same as last meeting" copies."""
    with db.read() as s:
        return s.scalar(select(Meeting.id).order_by(Meeting.starts_at.desc(), Meeting.id.desc()).limit(1))


# -- duplicating ("same as last meeting") -----------------------------------------------

COPIED_FIELDS = ("kind", "venue", "format", "organizer_id", "chair_id", "secretary_id", "language")


def duplicate_meeting(db: Database, source_id: int, starts_at: datetime, title: str | None = None,
                      **fields: Any) -> Meeting:
    """A new planned meeting like *source_id*: its details, attendance list and standing agenda.

    Attendance is carried over as the list of who is expected (everyone present, no
    "represented by"); only agenda items marked standing are copied, without minutes.
    """
    if starts_at is None:
        raise ValidationError(translate("services", "A meeting needs a date."), field="starts_at")
    with db.write() as s:
        source = get_or_raise(s, Meeting, source_id, _meeting_label())
        values: dict[str, Any] = {name: getattr(source, name) for name in COPIED_FIELDS}
        values["title"] = source.title if title is None else title
        values["starts_at"] = starts_at
        if source.ends_at is not None:
            values["ends_at"] = starts_at + (source.ends_at - source.starts_at)
        values.update(fields)
        _check_meeting_fields(values)
        meeting = Meeting(year=starts_at.year, status=MeetingStatus.PLANNED.value)
        apply_fields(meeting, values, MEETING_FIELDS)
        if meeting.number is None:
            meeting.number = _next_number(s, meeting.year)
        else:
            _check_number_free(s, meeting.year, meeting.number, None)
        s.add(meeting)
        s.flush()
        for row in source.attendance:
            s.add(Attendance(meeting_id=meeting.id, person_id=row.person_id,
                             organization_id=row.organization_id, role=row.role,
                             presence=Presence.PRESENT.value, represented_by="", note=""))
        standing = [item for item in source.agenda_items if item.is_standing]
        for position, item in enumerate(standing, start=1):
            s.add(AgendaItem(meeting_id=meeting.id, position=position, title=item.title,
                             presenter=item.presenter, is_standing=True, heard="", spoke="",
                             purpose=item.purpose if item.purpose == "action_review" else ""))
        s.flush()
        return meeting


# -- links from agenda items to plan measures and recommendations ----------------------

@dataclass(frozen=True)
class LinkTarget:
    id: int
    label: str


def _clip(text: str, size: int = 110) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= size else text[: size - 1] + "…"


def measure_label(measure: Measure) -> str:
    plan = measure.plan
    plan_name = (plan.short_title or _clip(plan.title, 40)) if plan is not None else ""
    return f"{plan_name} {measure.number} — {_clip(measure.text)}".strip()


def recommendation_label(rec: Recommendation) -> str:
    source = rec.body or rec.mechanism
    if rec.cycle:
        source = f"{source}-{rec.cycle}"
    return f"{source} {rec.paragraph} — {_clip(rec.text)}".strip()


def find_measures(db: Database, text: str, limit: int = 20) -> list[LinkTarget]:
    """Plan measures whose number or text contains every word of *text*."""
    with db.read() as s:
        stmt = (select(Measure).options(selectinload(Measure.plan))
                .where(text_match(Measure.id, text))
                .order_by(Measure.plan_id, Measure.position, Measure.id).limit(limit))
        return [LinkTarget(m.id, measure_label(m)) for m in s.scalars(stmt)]


def find_recommendations(db: Database, text: str, limit: int = 20) -> list[LinkTarget]:
    with db.read() as s:
        stmt = (select(Recommendation).where(text_match(Recommendation.id, text))
                .order_by(Recommendation.cycle.desc(), Recommendation.paragraph, Recommendation.id)
                .limit(limit))
        return [LinkTarget(r.id, recommendation_label(r)) for r in s.scalars(stmt)]


def agenda_links(db: Database, item_id: int) -> tuple[list[LinkTarget], list[LinkTarget]]:
    """The measures and the recommendations an agenda item is linked to."""
    with db.read() as s:
        item = s.scalar(select(AgendaItem).where(AgendaItem.id == item_id).options(
            selectinload(AgendaItem.measures).selectinload(Measure.plan),
            selectinload(AgendaItem.recommendations)))
        if item is None:
            raise NotFoundError(translate("services", "{what} #{id} does not exist (it may have been deleted).")
                                .format(what=translate("services", "Agenda item"), id=item_id))
        return ([LinkTarget(m.id, measure_label(m)) for m in item.measures],
                [LinkTarget(r.id, recommendation_label(r)) for r in item.recommendations])


def set_agenda_links(db: Database, item_id: int, measure_ids: Sequence[int] | None = None,
                     recommendation_ids: Sequence[int] | None = None) -> AgendaItem:
    """Replace the measures and/or recommendations an agenda item is linked to."""
    with db.write() as s:
        item = get_or_raise(s, AgendaItem, item_id, translate("services", "Agenda item"))
        _unlocked_meeting(s, item.meeting_id)
        if measure_ids is not None:
            found = list(s.scalars(select(Measure).where(Measure.id.in_(measure_ids))))
            if len(found) != len(set(measure_ids)):
                raise ValidationError(translate("services", "One of the plan measures does not exist any more."),
                                      field="measures")
            item.measures = found
        if recommendation_ids is not None:
            found_recs = list(s.scalars(select(Recommendation).where(Recommendation.id.in_(recommendation_ids))))
            if len(found_recs) != len(set(recommendation_ids)):
                raise ValidationError(translate("services", "One of the recommendations does not exist any more."),
                                      field="recommendations")
            item.recommendations = found_recs
        return item


# -- drafts left from an editing session that did not end with saving ------------------

@dataclass(frozen=True)
class MeetingDrafts:
    meeting_id: int
    reference: str
    title: str
    starts_at: datetime
    fields: int
    last_saved_at: datetime


def meetings_with_drafts(db: Database) -> list[MeetingDrafts]:
    """Meetings that have autosaved text nobody saved or discarded, latest first."""
    with db.read() as s:
        if s.scalar(select(Draft.entity).limit(1)) is None:
            return []  # the usual case, answered without building the query below
        item_drafts = (select(AgendaItem.meeting_id.label("meeting_id"), Draft.saved_at)
                       .join(AgendaItem, (Draft.entity == DRAFT_AGENDA_ITEM) & (Draft.entity_id == AgendaItem.id)))
        meeting_drafts = (select(Draft.entity_id.label("meeting_id"), Draft.saved_at)
                          .where(Draft.entity == DRAFT_MEETING))
        both = item_drafts.union_all(meeting_drafts).subquery()
        # The columns it shows, not whole meetings: the list opens with this read.
        stmt = (select(Meeting.id, Meeting.year, Meeting.number, Meeting.title, Meeting.starts_at, func.count(),
                       func.max(both.c.saved_at))
                .join(both, both.c.meeting_id == Meeting.id)
                .group_by(Meeting.id).order_by(func.max(both.c.saved_at).desc()))
        return [MeetingDrafts(mid, meeting_reference(mid, year, number), title, starts_at, count, last)
                for mid, year, number, title, starts_at, count, last in s.execute(stmt)]


# -- undoing a delete ------------------------------------------------------------------

_SNAPSHOT_SKIP = {"search_text", "version"}


def _columns(obj: Any) -> dict[str, Any]:
    return {attr.key: getattr(obj, attr.key) for attr in sa_inspect(obj).mapper.column_attrs
            if attr.key not in _SNAPSHOT_SKIP}


def meeting_snapshot(db: Database, meeting_id: int) -> dict[str, Any]:
    """Everything of a meeting as plain values, to put it back after a delete."""
    meeting = get_meeting(db, meeting_id)
    return {
        "meeting": _columns(meeting),
        "attendance": [_columns(a) for a in meeting.attendance],
        "agenda_items": [{**_columns(i), "measure_ids": [m.id for m in i.measures],
                          "recommendation_ids": [r.id for r in i.recommendations]}
                         for i in meeting.agenda_items],
        "decisions": [_columns(d) for d in meeting.decisions],
        "action_items": [{**_columns(a), "responsible_ids": [o.id for o in a.responsible]}
                         for a in meeting.action_items],
    }


def _free(s: Session, model: Any, ids: list[int]) -> bool:
    return not ids or s.scalar(select(func.count()).select_from(model).where(model.id.in_(ids))) == 0


def _existing(s: Session, model: Any, ids: Sequence[int | None]) -> set[int]:
    wanted = [i for i in ids if i is not None]
    return set(s.scalars(select(model.id).where(model.id.in_(wanted)))) if wanted else set()


def restore_meeting(db: Database, snapshot: dict[str, Any]) -> Meeting:
    """Put back a deleted meeting from ``meeting_snapshot``; recorded in the audit log.

    The records keep their ids when those are still free. Links to organizations,
    people, measures or recommendations deleted in the meantime are dropped.
    """
    data = dict(snapshot["meeting"])
    with db.write() as s:
        keep_ids = (_free(s, Meeting, [data["id"]])
                    and _free(s, AgendaItem, [i["id"] for i in snapshot["agenda_items"]])
                    and _free(s, Decision, [d["id"] for d in snapshot["decisions"]])
                    and _free(s, Attendance, [a["id"] for a in snapshot["attendance"]])
                    and _free(s, ActionItem, [a["id"] for a in snapshot["action_items"]]))

        def fresh(values: dict[str, Any]) -> dict[str, Any]:
            return values if keep_ids else {k: v for k, v in values.items() if k != "id"}

        people = _existing(s, Person, [a["person_id"] for a in snapshot["attendance"]]
                           + [data.get("chair_id"), data.get("secretary_id")])
        orgs = _existing(s, Organization, [a["organization_id"] for a in snapshot["attendance"]]
                         + [o for a in snapshot["action_items"] for o in a["responsible_ids"]]
                         + [data.get("organizer_id")])
        for key, known in (("chair_id", people), ("secretary_id", people), ("organizer_id", orgs)):
            if data.get(key) not in known:
                data[key] = None
        if data.get("number") is not None:
            clash = s.scalar(select(Meeting.id).where(Meeting.year == data["year"],
                                                      Meeting.number == data["number"]))
            if clash is not None:
                data["number"] = _next_number(s, data["year"])
        meeting = Meeting(**fresh(data))
        s.add(meeting)
        s.flush()
        for row in snapshot["attendance"]:
            values = fresh(dict(row))
            values["person_id"] = row["person_id"] if row["person_id"] in people else None
            values["organization_id"] = row["organization_id"] if row["organization_id"] in orgs else None
            if values["person_id"] is None and values["organization_id"] is None:
                continue
            s.add(Attendance(**{**values, "meeting_id": meeting.id}))
        item_ids: dict[int, int] = {}
        for row in snapshot["agenda_items"]:
            values = {k: v for k, v in row.items() if k not in ("measure_ids", "recommendation_ids")}
            item = AgendaItem(**{**fresh(values), "meeting_id": meeting.id})
            item.measures = list(s.scalars(select(Measure).where(Measure.id.in_(row["measure_ids"]))))
            item.recommendations = list(s.scalars(
                select(Recommendation).where(Recommendation.id.in_(row["recommendation_ids"]))))
            s.add(item)
            s.flush()
            item_ids[row["id"]] = item.id
        decision_ids: dict[int, int] = {}
        for row in snapshot["decisions"]:
            decision = Decision(**{**fresh(dict(row)), "meeting_id": meeting.id,
                                   "agenda_item_id": item_ids.get(row["agenda_item_id"])})
            s.add(decision)
            s.flush()
            decision_ids[row["id"]] = decision.id
        for row in snapshot["action_items"]:
            values = {k: v for k, v in row.items() if k != "responsible_ids"}
            action = ActionItem(**{**fresh(values), "meeting_id": meeting.id,
                                   "decision_id": decision_ids.get(row["decision_id"])})
            action.responsible = list(s.scalars(select(Organization).where(
                Organization.id.in_([o for o in row["responsible_ids"] if o in orgs]))))
            s.add(action)
        s.flush()
        audit.record(s, AuditAction.RESTORE.value, Meeting.__tablename__, meeting.id,
                     translate("services", "Meeting {ref} restored after being deleted").format(ref=meeting.reference))
        return meeting


# -- history ----------------------------------------------------------------------------

def meeting_history(db: Database, meeting_id: int, limit: int = 500) -> list[AuditEntry]:
    """Audit entries of the meeting and of its current attendance, agenda, decisions and actions."""
    with db.read() as s:
        children = {
            AgendaItem.__tablename__: select(AgendaItem.id).where(AgendaItem.meeting_id == meeting_id),
            Decision.__tablename__: select(Decision.id).where(Decision.meeting_id == meeting_id),
            Attendance.__tablename__: select(Attendance.id).where(Attendance.meeting_id == meeting_id),
            ActionItem.__tablename__: select(ActionItem.id).where(ActionItem.meeting_id == meeting_id),
        }
        where = [(AuditEntry.table_name == Meeting.__tablename__) & (AuditEntry.record_id == meeting_id)]
        where += [(AuditEntry.table_name == table) & AuditEntry.record_id.in_(ids) for table, ids in children.items()]
        stmt = (select(AuditEntry).where(or_(*where))
                .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(limit))
        return list(s.scalars(stmt))
