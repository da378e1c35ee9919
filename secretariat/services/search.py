"""One search over everything: meetings and their minutes, decisions, measures, progress
reports, recommendations and organizations, grouped by kind.

Each kind is looked up through its full-text index (``db.search_index``); a group holds
the first few records found and how many there are in all, and every hit names what to
open (the meeting for minutes and decisions, the measure for a progress report).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from ..db import Database
from ..db.search_index import text_match, words
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


def search_everything(db: Database, query: str, limit: int = 8, language: str | None = None) -> list[HitGroup]:
    """The groups with at least one hit, in the order of ``KINDS``; empty for a too-short query."""
    found = words(query)
    if not found or len("".join(found)) < MIN_QUERY_LENGTH:
        return []
    groups: list[HitGroup] = []
    with db.read() as s:
        for kind in KINDS:
            model, order, make = _KIND_QUERIES[kind]
            match = text_match(model.id, query)
            total = s.scalar(select(func.count()).select_from(model).where(match)) or 0
            if not total:
                continue
            stmt = select(model).where(text_match(model.id, query)).order_by(*order()).limit(limit)
            rows = s.scalars(stmt.options(*_LOADS.get(kind, ())))
            hits = [make(row, found, language) for row in rows]
            groups.append(HitGroup(kind, kind_title(kind), total, hits))
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
    return Hit(MEASURE, row.id, f"{plan} {row.number}".strip(), excerpt([row.text, row.indicators], found),
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


_KIND_QUERIES: dict[str, tuple[Any, Callable[[], list[Any]], Callable[[Any, list[str], str | None], Hit]]] = {
    MEETING: (Meeting, lambda: [Meeting.starts_at.desc(), Meeting.id.desc()], _meeting),
    MINUTES: (AgendaItem, lambda: [AgendaItem.meeting_id.desc(), AgendaItem.position], _minutes),
    DECISION: (Decision, lambda: [Decision.meeting_id.desc(), Decision.id], _decision),
    MEASURE: (Measure, lambda: [Measure.plan_id, Measure.position, Measure.id], _measure),
    PROGRESS: (ProgressReport, lambda: [ProgressReport.reported_on.desc(), ProgressReport.id.desc()], _progress),
    RECOMMENDATION: (Recommendation, lambda: [Recommendation.cycle.desc(), Recommendation.paragraph,
                                              Recommendation.id], _recommendation),
    ORGANIZATION: (Organization, lambda: [Organization.search_text, Organization.id], _organization),
}


_LOADS: dict[str, tuple[Any, ...]] = {
    MINUTES: (selectinload(AgendaItem.meeting),),
    DECISION: (selectinload(Decision.meeting), selectinload(Decision.agenda_item)),
    MEASURE: (selectinload(Measure.plan),),
    PROGRESS: (selectinload(ProgressReport.measure).selectinload(Measure.plan),),
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
