"""Saved versions of a meeting's minutes, their comparison, restoring one, and circulation.

Every save of the minutes (``save_minutes``) keeps the whole text of the minutes (per
agenda item: title, HEARD, SPOKE and the decisions) as a numbered revision with who
saved it and when, unless nothing changed since the last one. Any two revisions can be
compared word by word; an earlier one can be restored, which saves it as a new revision
(nothing is overwritten). Circulating the minutes keeps the PDF that was sent.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from html.parser import HTMLParser
from typing import Any, Mapping

from sqlalchemy import func, select
from sqlalchemy.orm import Session, defer

from ..db import Database
from ..i18n import translate
from ..models import (
    AgendaItem,
    Decision,
    Meeting,
    MeetingStatus,
    MinutesCirculation,
    MinutesRevision,
)
from .audit import os_user
from .common import apply_fields, clean_text, get_or_raise
from .errors import ValidationError
from .meetings import AGENDA_FIELDS, ensure_unlocked


@dataclass(frozen=True)
class RevisionRow:
    id: int
    number: int
    saved_at: datetime
    os_user: str
    note: str


@dataclass(frozen=True)
class Section:
    """One part of the minutes as plain text, for reading and comparing."""

    key: str
    title: str
    text: str


@dataclass(frozen=True)
class SectionDiff:
    """A part of the minutes in two revisions: ``ops`` are (tag, old words, new words)."""

    key: str
    title: str
    ops: tuple[tuple[str, str, str], ...]

    @property
    def changed(self) -> bool:
        return any(tag != "equal" for tag, _old, _new in self.ops)


@dataclass(frozen=True)
class RestoreResult:
    revision: MinutesRevision | None
    missing_items: tuple[str, ...]


@dataclass(frozen=True)
class CirculationRow:
    id: int
    circulated_on: date
    recipients: str
    file_name: str
    size: int
    revision_number: int | None
    at: datetime
    os_user: str


# -- the content of a revision --------------------------------------------------------

def _snapshot(s: Session, meeting_id: int) -> dict[str, Any]:
    items = list(s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
                           .order_by(AgendaItem.position, AgendaItem.id)))
    decisions: dict[int | None, list[Decision]] = {}
    for d in s.scalars(select(Decision).where(Decision.meeting_id == meeting_id)
                       .order_by(Decision.position, Decision.id)):
        decisions.setdefault(d.agenda_item_id, []).append(d)
    return {"items": [
        {"id": i.id, "position": i.position, "title": i.title or "", "heard": i.heard or "", "spoke": i.spoke or "",
         "decisions": [{"id": d.id, "number": f"{i.position}.{d.position}", "text": d.text or ""}
                       for d in decisions.get(i.id, [])]}
        for i in items]}


def _last(s: Session, meeting_id: int) -> MinutesRevision | None:
    return s.scalar(select(MinutesRevision).where(MinutesRevision.meeting_id == meeting_id)
                    .order_by(MinutesRevision.number.desc()).limit(1))


def _lock_minutes(s: Session, meeting_id: int) -> None:
    """Saves of one meeting's minutes take turns (PostgreSQL: the meeting row's lock; SQLite
    writes one at a time anyway): the second numbers its revision after the first's, and its
    snapshot holds the first's words, instead of failing on the revision number."""
    s.execute(select(Meeting.id).where(Meeting.id == meeting_id).with_for_update())


def keep_revision(s: Session, meeting_id: int, note: str = "") -> MinutesRevision | None:
    """Store the minutes as they are now as a new revision, unless the last one is the same."""
    _lock_minutes(s, meeting_id)
    s.flush()
    content = json.dumps(_snapshot(s, meeting_id), ensure_ascii=False, sort_keys=True)
    last = _last(s, meeting_id)
    if last is not None and last.content == content:
        return None
    revision = MinutesRevision(meeting_id=meeting_id, number=(last.number if last else 0) + 1,
                               os_user=os_user(), note=note[:255], content=content)
    s.add(revision)
    s.flush()
    return revision


def save_minutes(db: Database, meeting_id: int, changes: Mapping[int, Mapping[str, Any]],
                 note: str = "") -> MinutesRevision | None:
    """Save the minutes typed for several agenda items at once, kept as one revision."""
    with db.write() as s:
        _lock_minutes(s, meeting_id)
        meeting = get_or_raise(s, Meeting, meeting_id, translate("services", "Meeting"))
        ensure_unlocked(meeting)
        if _last(s, meeting_id) is None and _has_text(_snapshot(s, meeting_id)):
            # minutes written before revisions were kept: keep them as they were first
            keep_revision(s, meeting_id, translate("services", "As saved before"))
        for item_id, values in changes.items():
            item = get_or_raise(s, AgendaItem, item_id, translate("services", "Agenda item"))
            if item.meeting_id != meeting_id:
                raise ValidationError(translate("services", "That agenda item belongs to another meeting."))
            apply_fields(item, dict(values), AGENDA_FIELDS)
        return keep_revision(s, meeting_id, note)


def _has_text(content: dict[str, Any]) -> bool:
    return any(item["heard"] or item["spoke"] or item["decisions"] for item in content["items"])


def list_revisions(db: Database, meeting_id: int) -> list[RevisionRow]:
    """The meeting's revisions, newest first."""
    with db.read() as s:
        return [RevisionRow(r.id, r.number, r.saved_at, r.os_user, r.note)
                for r in s.scalars(select(MinutesRevision).where(MinutesRevision.meeting_id == meeting_id)
                                   .order_by(MinutesRevision.number.desc()))]


class _TextOf(HTMLParser):
    """The words of the stored rich-text subset, one paragraph or list item a line."""

    BREAKS = {"p", "li", "br", "div", "ol", "ul"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in self.BREAKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BREAKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(html: str) -> str:
    parser = _TextOf()
    parser.feed(html or "")
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _sections(content: dict[str, Any]) -> list[Section]:
    heard, spoke = translate("services", "HEARD"), translate("services", "SPOKE")
    decided = translate("services", "DECIDED")
    sections = []
    for item in content.get("items", []):
        head = f"{item['position']}. {item['title']}"
        sections.append(Section(f"{item['id']}:title", head, item["title"]))
        sections.append(Section(f"{item['id']}:heard", f"{head} \u2014 {heard}", plain_text(item["heard"])))
        sections.append(Section(f"{item['id']}:spoke", f"{head} \u2014 {spoke}", plain_text(item["spoke"])))
        sections.append(Section(f"{item['id']}:decisions", f"{head} \u2014 {decided}",
                                "\n".join(f"{d['number']}. {d['text']}" for d in item.get("decisions", []))))
    return sections


def _revision(s: Session, revision_id: int) -> MinutesRevision:
    return get_or_raise(s, MinutesRevision, revision_id, translate("services", "Revision"))


def revision_sections(db: Database, revision_id: int) -> list[Section]:
    with db.read() as s:
        return _sections(json.loads(_revision(s, revision_id).content))


_TOKEN = re.compile(r"\s+|[^\s]+")


def word_diff(old: str, new: str) -> tuple[tuple[str, str, str], ...]:
    """The changes from *old* to *new* word by word (whitespace kept): (tag, old part, new part)."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return tuple((tag, "".join(a[i1:i2]), "".join(b[j1:j2])) for tag, i1, i2, j1, j2 in matcher.get_opcodes())


def compare_revisions(db: Database, old_id: int, new_id: int) -> list[SectionDiff]:
    """Every part of the minutes in either revision, with its word changes from *old* to *new*."""
    with db.read() as s:
        old_rev, new_rev = _revision(s, old_id), _revision(s, new_id)
        if old_rev.meeting_id != new_rev.meeting_id:
            raise ValidationError(translate("services", "Both revisions must be of the same minutes."))
        old = {x.key: x for x in _sections(json.loads(old_rev.content))}
        new = _sections(json.loads(new_rev.content))
    result = []
    seen = set()
    for section in new:
        seen.add(section.key)
        before = old.get(section.key)
        result.append(SectionDiff(section.key, section.title, word_diff(before.text if before else "", section.text)))
    result.extend(SectionDiff(k, x.title, word_diff(x.text, "")) for k, x in old.items() if k not in seen)
    return result


def restore_revision(db: Database, revision_id: int) -> RestoreResult:
    """Put the text of an earlier revision back, saved as a new revision.

    Agenda items and decisions deleted since then cannot come back this way; their
    titles are returned so the user is told.
    """
    with db.write() as s:
        revision = _revision(s, revision_id)
        meeting = get_or_raise(s, Meeting, revision.meeting_id, translate("services", "Meeting"))
        ensure_unlocked(meeting)
        missing: list[str] = []
        for data in json.loads(revision.content).get("items", []):
            item = s.get(AgendaItem, data["id"])
            if item is None or item.meeting_id != meeting.id:
                missing.append(f"{data['position']}. {data['title']}")
                continue
            item.title, item.heard, item.spoke = data["title"], data["heard"], data["spoke"]
            for d in data.get("decisions", []):
                decision = s.get(Decision, d["id"])
                if decision is None or decision.agenda_item_id != item.id:
                    missing.append(f"{d['number']}. {d['text']}")
                else:
                    decision.text = d["text"]
        note = translate("services", "Restored from revision {number}").format(number=revision.number)
        return RestoreResult(keep_revision(s, meeting.id, note), tuple(missing))


# -- circulation -----------------------------------------------------------------------

def circulate_minutes(db: Database, meeting_id: int, circulated_on: date, recipients: str, pdf: bytes,
                      file_name: str) -> MinutesCirculation:
    """Record that the minutes were sent for comment, keeping the PDF sent; status: circulated."""
    recipients = clean_text(recipients or "").strip()
    if not recipients:
        raise ValidationError(translate("services", "Say to whom the minutes were sent."), field="recipients")
    if not pdf or not pdf.startswith(b"%PDF"):
        raise ValidationError(translate("services", "The minutes to circulate must be a PDF."), field="pdf")
    if circulated_on is None:
        raise ValidationError(translate("services", "Give the date the minutes were sent."), field="circulated_on")
    with db.write() as s:
        meeting = get_or_raise(s, Meeting, meeting_id, translate("services", "Meeting"))
        ensure_unlocked(meeting)
        if circulated_on < meeting.starts_at.date():
            raise ValidationError(translate("services", "The minutes cannot be sent before the meeting was held."),
                                  field="circulated_on")
        revision = keep_revision(s, meeting_id, translate("services", "Circulated")) or _last(s, meeting_id)
        row = MinutesCirculation(meeting_id=meeting_id, circulated_on=circulated_on, recipients=recipients,
                                 file_name=file_name[:255], pdf=pdf, os_user=os_user(),
                                 revision_number=revision.number if revision else None)
        s.add(row)
        meeting.status = MeetingStatus.MINUTES_CIRCULATED.value
        s.flush()
        return row


def list_circulations(db: Database, meeting_id: int) -> list[CirculationRow]:
    with db.read() as s:
        return [CirculationRow(c.id, c.circulated_on, c.recipients, c.file_name, size or 0, c.revision_number,
                               c.at, c.os_user)
                for c, size in s.execute(select(MinutesCirculation, func.length(MinutesCirculation.pdf))
                                         .options(defer(MinutesCirculation.pdf))
                                         .where(MinutesCirculation.meeting_id == meeting_id)
                                         .order_by(MinutesCirculation.circulated_on.desc(),
                                                   MinutesCirculation.id.desc()))]


def circulated_pdf(db: Database, circulation_id: int) -> bytes:
    """The PDF exactly as it was sent."""
    with db.read() as s:
        return get_or_raise(s, MinutesCirculation, circulation_id, translate("services", "Circulation")).pdf
