"""One search over everything: meetings and their minutes, decisions, measures, progress
reports, recommendations and organizations, grouped by kind.

Each kind is looked up through its full-text index (``db.search_index``); a group holds
the first few records found and how many there are in all, and every hit names what to
open (the meeting for minutes and decisions, the measure for a progress report).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from ..db import Database
from ..db.search_index import first_matches, words
from ..i18n import translate
from ..models import AgendaItem, Decision, Measure, Meeting, Organization, ProgressReport, Recommendation
from ..models.base import fold
from .names import organization_label

MEETING = "meeting"
MINUTES = "minutes"
DECISION = "decision"
MEASURE = "measure"
PROGRESS = "progress"
RECOMMENDATION = "recommendation"
ORGANIZATION = "organization"
KINDS = (MEETING, MINUTES, DECISION, MEASURE, PROGRESS, RECOMMENDATION, ORGANIZATION)

COUNT_CAP = 100
"""A group counts its hits up to this; a common word's thousands are not counted one by one."""

MIN_QUERY_LENGTH = 2
"""Fewer letters than this find nothing: one letter starts nearly every text."""


@dataclass(frozen=True)
class Hit:
    kind: str
    record_id: int
    title: str
    detail: str = ""
    """A few words of the text around the first word found."""
    meeting_id: int | None = None
    measure_id: int | None = None


@dataclass(frozen=True)
class HitGroup:
    kind: str
    title: str
    total: int
    hits: list[Hit]
    more: bool = False
    """More than ``total`` match (counting stopped there)."""


def kind_title(kind: str) -> str:
    titles = {
        MEETING: translate("search", "Meetings"),
        MINUTES: translate("search", "Minutes and agenda items"),
        DECISION: translate("search", "Decisions"),
        MEASURE: translate("search", "Plan measures"),
        PROGRESS: translate("search", "Progress reports"),
        RECOMMENDATION: translate("search", "Recommendations"),
        ORGANIZATION: translate("search", "Organizations"),
    }
    return titles[kind]


def search_everything(db: Database, query: str, limit: int = 5, language: str | None = None,
                      cap: int = COUNT_CAP) -> list[HitGroup]:
    """The groups with at least one hit, in the order of ``KINDS``; empty for a too-short query.

    A group's hits are its newest records (highest id first); its total is counted up to
    *cap*, beyond which ``HitGroup.more`` says there are more.
    """
    found = words(query)
    if not found or len("".join(found)) < MIN_QUERY_LENGTH:
        return []
    groups: list[HitGroup] = []
    names = [_KIND_QUERIES[kind][0].__tablename__ for kind in KINDS]
    with db.read() as s:
        found_ids = first_matches(s, names, query, limit, cap + 1)
        for kind, name in zip(KINDS, names):
            total, ids = found_ids.get(name, (0, []))
            if not total:
                continue
            model, make = _KIND_QUERIES[kind]
            rows = {row.id: row for row in s.scalars(
                select(model).where(model.id.in_(ids)).options(*_LOADS.get(kind, ())))}
            hits = [make(rows[i], found, language) for i in ids if i in rows]
            groups.append(HitGroup(kind, kind_title(kind), min(total, cap), hits, more=total > cap))
    return groups


# --- one query per kind ----------------------------------------------------------------------

def _meeting_name(meeting: Meeting) -> str:
    number = f"{meeting.number}/{meeting.year}" if meeting.number else str(meeting.year)
    when = meeting.starts_at.date().isoformat() if meeting.starts_at else ""
    return " ".join(part for part in (number, "—", meeting.title or when) if part)


def _meeting(row: Meeting, found: list[str], _language: str | None) -> Hit:
    return Hit(MEETING, row.id, _meeting_name(row), excerpt([row.title, row.venue, row.notes], found),
               meeting_id=row.id)


def _minutes(row: AgendaItem, found: list[str], _language: str | None) -> Hit:
    title = f"{row.position}. {_clip(row.title, 80)}"
    if row.meeting is not None:
        title = f"{_meeting_name(row.meeting)}: {title}"
    return Hit(MINUTES, row.id, title, excerpt([row.title, row.presenter, row.heard, row.spoke], found),
               meeting_id=row.meeting_id)


def _decision(row: Decision, found: list[str], _language: str | None) -> Hit:
    title = row.number
    if row.meeting is not None:
        title = f"{_meeting_name(row.meeting)}: {title}"
    return Hit(DECISION, row.id, title, excerpt([row.text], found), meeting_id=row.meeting_id)


def _measure(row: Measure, found: list[str], _language: str | None) -> Hit:
    plan = row.plan.short_title or _clip(row.plan.title, 40) if row.plan is not None else ""
    return Hit(MEASURE, row.id, f"{plan} {row.number}".strip(), excerpt([row.text], found),
               measure_id=row.id)


def _progress(row: ProgressReport, found: list[str], _language: str | None) -> Hit:
    measure = row.measure
    title = row.reported_on.isoformat() if row.reported_on else ""
    if measure is not None:
        plan = measure.plan.short_title or _clip(measure.plan.title, 40) if measure.plan is not None else ""
        title = f"{plan} {measure.number}, {title}".strip()
    return Hit(PROGRESS, row.id, title, excerpt([row.text], found), measure_id=row.measure_id)


def _recommendation(row: Recommendation, found: list[str], _language: str | None) -> Hit:
    source = row.body or row.mechanism
    if row.cycle:
        source = f"{source}-{row.cycle}"
    return Hit(RECOMMENDATION, row.id, f"{source} {row.paragraph}".strip(),
               excerpt([row.text, row.assessment, row.document_symbol], found))


def _organization(row: Organization, found: list[str], language: str | None) -> Hit:
    label = organization_label(row, language)
    names = [row.name, row.name_tk, row.name_ru, row.name_en, row.short_name]
    return Hit(ORGANIZATION, row.id, label, excerpt(names, found) if fold(label) != fold(row.name) else "")


_KIND_QUERIES: dict[str, tuple[Any, Callable[[Any, list[str], str | None], Hit]]] = {
    MEETING: (Meeting, _meeting),
    MINUTES: (AgendaItem, _minutes),
    DECISION: (Decision, _decision),
    MEASURE: (Measure, _measure),
    PROGRESS: (ProgressReport, _progress),
    RECOMMENDATION: (Recommendation, _recommendation),
    ORGANIZATION: (Organization, _organization),
}

# Many-to-one: joined into the same query, no second round trip.
_LOADS: dict[str, tuple[Any, ...]] = {
    MINUTES: (joinedload(AgendaItem.meeting),),
    DECISION: (joinedload(Decision.meeting), joinedload(Decision.agenda_item)),
    MEASURE: (joinedload(Measure.plan),),
    PROGRESS: (joinedload(ProgressReport.measure).joinedload(Measure.plan),),
}


# --- excerpts --------------------------------------------------------------------------------

def excerpt(parts: list[str | None], found: list[str], width: int = 12) -> str:
    """About *width* words of the first part holding a word that starts with one of *found*."""
    for part in parts:
        if not part:
            continue
        text_words = part.split()
        for index, word in enumerate(text_words):
            folded = fold(word).lstrip("\"'«(“[")
            if any(folded.startswith(w) for w in found):
                start = max(0, index - width // 3)
                piece = " ".join(text_words[start:start + width])
                return ("… " if start else "") + piece + (" …" if start + width < len(text_words) else "")
    first = next((p for p in parts if p), "")
    return _clip(" ".join(first.split()), 100)


def _clip(text: str | None, size: int = 110) -> str:
    text = text or ""
    return text if len(text) <= size else text[: size - 1].rstrip() + "…"
