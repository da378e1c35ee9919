"""Importing meetings with their attendance lists.

One row per participant: the meeting's number, date, type, title and venue (often
only on a meeting's first row, or merged down the rows - both are understood), then
the organization, the person, their role and whether they were present. A meeting
is recognised by year and number, or, without a number, by its date and title;
a participant by organization and person. Approved (locked) minutes are never
changed by an import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...i18n import translate
from ...models import (
    Attendance,
    AttendanceRole,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Person,
    Presence,
    fold,
)
from .base import (
    CREATE,
    ERROR,
    SKIP,
    UPDATE,
    Decision,
    ImportOptions,
    Parsed,
    ProgressLike,
    RowAction,
    short,
)
from .lookups import OrgIndex, PersonIndex

KIND = "meetings"
TABLE = "meeting"


@dataclass
class MeetingInfo:
    row: int
    starts_at: datetime
    number: int | None
    kind: str | None
    title: str | None
    venue: str | None

    @property
    def key(self) -> tuple:
        if self.number is not None:
            return ("number", self.starts_at.year, self.number)
        return ("date", self.starts_at.date(), fold(self.title or ""))

    @property
    def label(self) -> str:
        ref = f"{self.starts_at.year}/{self.number}" if self.number else f"{self.starts_at:%d.%m.%Y}"
        return short(f"{ref} {self.title or ''}".strip(), 60)


@dataclass
class AttendanceInput:
    row: int
    label: str
    meeting: MeetingInfo | None = None
    organization: str | None = None
    person: str | None = None
    role: str | None = None
    presence: str | None = None
    represented_by: str | None = None
    warnings: list[str] = field(default_factory=list)
    error: tuple[str, str] | None = None


def _new_meeting(session: Session, info: MeetingInfo) -> Meeting:
    year = info.starts_at.year
    number = info.number
    if number is None:
        number = (session.scalar(select(func.max(Meeting.number)).where(Meeting.year == year)) or 0) + 1
    meeting = Meeting(year=year, number=number, starts_at=info.starts_at,
                      kind=info.kind or MeetingKind.COMMISSION.value, title=info.title or "",
                      venue=info.venue or "",
                      status=MeetingStatus.HELD.value if info.starts_at.date() <= date.today()
                      else MeetingStatus.PLANNED.value)
    session.add(meeting)
    session.flush()
    return meeting


def decide(session: Session, parsed: Parsed, options: ImportOptions,
           progress: ProgressLike) -> Decision:
    decision = Decision()
    orgs = OrgIndex.load(session)
    people = PersonIndex.load(session)
    meetings: dict[tuple, tuple[int, str, dict[str, Any]]] = {}
    for row in session.execute(select(Meeting.id, Meeting.year, Meeting.number, Meeting.starts_at,
                                      Meeting.title, Meeting.status, Meeting.kind, Meeting.venue)):
        fields = {"title": row.title, "kind": row.kind, "venue": row.venue}
        if row.number is not None:
            meetings[("number", row.year, row.number)] = (row.id, row.status, fields)
        meetings.setdefault(("date", row.starts_at.date(), fold(row.title)), (row.id, row.status, fields))
    attendance: dict[tuple[int, int | None, int | None], tuple[str, str, str]] = {}
    for a in session.execute(select(Attendance.meeting_id, Attendance.organization_id, Attendance.person_id,
                                    Attendance.role, Attendance.presence, Attendance.represented_by)):
        attendance[(a.meeting_id, a.organization_id, a.person_id)] = (a.role, a.presence, a.represented_by)
    seen_meetings: set[tuple] = set()
    seen_attendance: dict[tuple, int] = {}
    for item in parsed.records:
        action = RowAction(row=item.row, action=SKIP, label=item.label, warnings=list(item.warnings))
        decision.rows.append(action)
        if item.error is not None or item.meeting is None:
            action.action = ERROR
            action.column, action.reason = item.error or ("", translate("excel", "No meeting."))
            continue
        info = item.meeting
        found = meetings.get(info.key)
        reasons: list[str] = []
        locked = found is not None and found[1] == MeetingStatus.MINUTES_APPROVED.value
        first_row_of_meeting = info.key not in seen_meetings
        seen_meetings.add(info.key)
        if found is None and first_row_of_meeting:
            action.action = CREATE
            reasons.append(translate("excel", "New meeting {ref}.").format(ref=info.label))
        elif found is not None and first_row_of_meeting:
            changed = [name for name, value in (("title", info.title), ("kind", info.kind),
                                                ("venue", info.venue))
                       if value is not None and value != found[2][name]]
            if changed:
                action.action = UPDATE
                reasons.append(translate("excel", "Meeting changes: {fields}.").format(fields=", ".join(changed)))
        if item.organization or item.person:
            org_ref = orgs.resolve(item.organization) if item.organization else None
            person_id = people.find(item.person) if item.person else None
            meeting_id = found[0] if found is not None else None
            key = (meeting_id, org_ref if isinstance(org_ref, int) else None, person_id)
            file_key = (info.key, fold(item.organization or ""), fold(item.person or ""))
            if file_key in seen_attendance:
                action.action = ERROR
                action.reason = translate("excel", "The same participant is already in row {row}.").format(
                    row=seen_attendance[file_key])
                continue
            seen_attendance[file_key] = item.row
            now = (attendance.get(key) if meeting_id is not None and not isinstance(org_ref, str)
                   and (item.person is None or person_id is not None) else None)
            if now is None:
                action.action = CREATE if action.action == SKIP else action.action
                reasons.append(translate("excel", "New participant."))
            elif ((item.role and item.role != now[0]) or (item.presence and item.presence != now[1])
                  or (item.represented_by and item.represented_by != now[2])):
                action.action = UPDATE if action.action == SKIP else action.action
                reasons.append(translate("excel", "Attendance changes."))
        if action.action == SKIP:
            reasons.append(translate("excel", "Already recorded, nothing changed."))
        elif locked:
            action.action = ERROR
            reasons = [translate("excel", "The minutes of meeting {ref} are approved and locked; reopen them "
                                          "first.").format(ref=info.label)]
        action.reason = " ".join(reasons)
    if orgs.new:
        decision.notes.append(translate("excel", "New organizations will be added: {names}.").format(
            names=", ".join(sorted(orgs.new.values()))))
    decision.payload = {"orgs": orgs, "people": people, "meetings": meetings}
    return decision


def write(session: Session, parsed: Parsed, decision: Decision, options: ImportOptions,
          progress: ProgressLike) -> dict[str, Any]:
    payload = decision.payload
    orgs: OrgIndex = payload["orgs"]
    people: PersonIndex = payload["people"]
    known: dict[tuple, tuple[int, str, dict[str, Any]]] = payload["meetings"]
    by_row = {row.row: row.action for row in decision.rows}
    created_orgs = orgs.create_new(session)
    objects: dict[tuple, Meeting] = {}
    new_people: dict[str, Person] = {}
    created_meetings, updated_meetings = [], set()
    todo = [item for item in parsed.records if by_row.get(item.row) in (CREATE, UPDATE)]
    for number, item in enumerate(todo, start=1):
        if number % 200 == 0:
            progress.check()
            progress.update(number, len(todo))
        info = item.meeting
        assert info is not None
        meeting = objects.get(info.key)
        if meeting is None:
            found = known.get(info.key)
            if found is None:
                meeting = _new_meeting(session, info)
                created_meetings.append(meeting)
            else:
                meeting = session.get(Meeting, found[0])
                assert meeting is not None
                for name in ("title", "kind", "venue"):
                    value = getattr(info, name)
                    if value is not None and getattr(meeting, name) != value:
                        setattr(meeting, name, value)
                        updated_meetings.add(meeting.id)
            objects[info.key] = meeting
        if not (item.organization or item.person):
            continue
        org_id = None
        if item.organization:
            ids = orgs.ids([orgs.resolve(item.organization)], created_orgs)
            org_id = ids[0] if ids else None
        person_id = None
        if item.person:
            person_id = people.find(item.person)
            if person_id is None:
                person = new_people.get(fold(item.person))
                if person is None:
                    person = Person(full_name=item.person, organization_id=org_id)
                    session.add(person)
                    session.flush()
                    new_people[fold(item.person)] = person
                person_id = person.id
        row = None
        if meeting.id is not None:
            row = session.scalar(select(Attendance).where(
                Attendance.meeting_id == meeting.id,
                Attendance.organization_id.is_(None) if org_id is None else Attendance.organization_id == org_id,
                Attendance.person_id.is_(None) if person_id is None else Attendance.person_id == person_id))
        if row is None:
            row = Attendance(organization_id=org_id, person_id=person_id)
            meeting.attendance.append(row)
        row.role = item.role or row.role or AttendanceRole.MEMBER.value
        row.presence = item.presence or row.presence or Presence.PRESENT.value
        if item.represented_by:
            row.represented_by = item.represented_by
        session.flush()
    return {"created_meetings": [m.id for m in created_meetings], "updated_meetings": sorted(updated_meetings),
            "new_people": sorted(p.full_name for p in new_people.values()),
            "new_organizations": sorted(orgs.new.values())}
