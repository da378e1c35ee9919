"""Recommendations of UN mechanisms, their vocabularies and links to plan measures."""

from __future__ import annotations

import hashlib
from typing import Any, Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..db import Database
from ..i18n import tr
from ..models import (
    Country,
    ImplementationStatus,
    Measure,
    Mechanism,
    Organization,
    Position,
    Recommendation,
    Sdg,
    Tag,
    TagKind,
)
from ..models.base import fold
from .common import apply_fields, check_choice, check_version, get_or_raise, require_text
from .errors import DuplicateError, ValidationError

RECOMMENDATION_FIELDS = ("mechanism", "body", "cycle", "session", "document_symbol", "paragraph",
                         "text", "position", "source_of_position", "status", "assessment")


def natural_key(mechanism: str, body: str, cycle: int | None, document_symbol: str,
                paragraph: str, text: str) -> str:
    """What identifies a recommendation across re-imports of an updated list.

    UPR: mechanism, cycle and paragraph ("upr|UPR|4|140.7"). Treaty bodies and special
    procedures: body, document and paragraph. Without a paragraph, the folded text.
    """
    para = paragraph.strip().rstrip(".")
    if not para:
        para = "text:" + hashlib.sha1(fold(text).encode("utf-8")).hexdigest()[:16]
    if mechanism == Mechanism.UPR.value:
        return f"upr|{body.strip().upper() or 'UPR'}|{cycle or ''}|{para}"
    return f"{mechanism}|{body.strip().upper()}|{fold(document_symbol)}|{cycle or ''}|{para}"


def _check(fields: dict[str, Any]) -> None:
    if "mechanism" in fields:
        check_choice(fields["mechanism"], Mechanism, "mechanism")
    if "position" in fields:
        check_choice(fields["position"], Position, "position")
    if "status" in fields:
        check_choice(fields["status"], ImplementationStatus, "status")
    if "sdgs" in fields:
        bad = [n for n in fields["sdgs"] if not (isinstance(n, int) and 1 <= n <= 17)]
        if bad:
            raise ValidationError(tr("services", "SDG goals are numbered 1 to 17; got {bad}.").format(bad=bad),
                                  field="sdgs")


def get_tags(s: Session, kind: TagKind, names: Iterable[str]) -> list[Tag]:
    """Tags by name, created when new; matched case-insensitively in any script."""
    result: list[Tag] = []
    for name in dict.fromkeys(n.strip() for n in names if n and n.strip()):
        tag = s.scalar(select(Tag).where(Tag.kind == kind.value, Tag.search_text == fold(name)))
        if tag is None:
            tag = Tag(kind=kind.value, name=name)
            s.add(tag)
            s.flush()
        result.append(tag)
    return result


def get_countries(s: Session, names: Iterable[str]) -> list[Country]:
    result: list[Country] = []
    for name in dict.fromkeys(n.strip() for n in names if n and n.strip()):
        country = s.scalar(select(Country).where(Country.search_text == fold(name)))
        if country is None:
            country = Country(name=name)
            s.add(country)
            s.flush()
        result.append(country)
    return result


def _set_links(s: Session, rec: Recommendation, *, themes: Sequence[str] | None = None,
               groups: Sequence[str] | None = None, states: Sequence[str] | None = None,
               sdgs: Sequence[int] | None = None, responsible_ids: Sequence[int] | None = None,
               measure_ids: Sequence[int] | None = None) -> None:
    if themes is not None or groups is not None:
        keep_themes = themes if themes is not None else [t.name for t in rec.tags if t.kind == "theme"]
        keep_groups = groups if groups is not None else [t.name for t in rec.tags if t.kind == "group"]
        rec.tags = get_tags(s, TagKind.THEME, keep_themes) + get_tags(s, TagKind.GROUP, keep_groups)
    if states is not None:
        rec.states = get_countries(s, states)
    if sdgs is not None:
        rec.sdgs = list(s.scalars(select(Sdg).where(Sdg.number.in_(set(sdgs))).order_by(Sdg.number)))
    if responsible_ids is not None:
        orgs = list(s.scalars(select(Organization).where(Organization.id.in_(set(responsible_ids)))))
        if len(orgs) != len(set(responsible_ids)):
            raise ValidationError(tr("services", "One of the responsible organizations does not exist."),
                                  field="responsible")
        rec.responsible = orgs
    if measure_ids is not None:
        measures = list(s.scalars(select(Measure).where(Measure.id.in_(set(measure_ids)))))
        if len(measures) != len(set(measure_ids)):
            raise ValidationError(tr("services", "One of the measures does not exist."), field="measures")
        rec.measures = measures


LINK_ARGS = ("themes", "groups", "states", "sdgs", "responsible_ids", "measure_ids")


def create_recommendation(db: Database, text: str, mechanism: str = Mechanism.UPR.value,
                          body: str = "UPR", **fields: Any) -> Recommendation:
    links = {k: fields.pop(k) for k in LINK_ARGS if k in fields}
    _check({"mechanism": mechanism, **fields, **links})
    with db.write() as s:
        rec = Recommendation(text=require_text(text, "text", tr("services", "The recommendation text")),
                             mechanism=mechanism, body=body)
        apply_fields(rec, fields, RECOMMENDATION_FIELDS)
        rec.natural_key = natural_key(rec.mechanism, rec.body, rec.cycle, rec.document_symbol or "",
                                      rec.paragraph or "", rec.text)
        if s.scalar(select(Recommendation.id).where(Recommendation.natural_key == rec.natural_key)):
            raise DuplicateError(
                tr("services", "Recommendation {para} of {body} (cycle {cycle}) is already recorded.").format(
                    para=rec.paragraph or "?", body=rec.body, cycle=rec.cycle or "-"), field="paragraph")
        s.add(rec)
        _set_links(s, rec, **links)
        s.flush()
        return rec


def update_recommendation(db: Database, rec_id: int, expected_version: int | None = None,
                          **changes: Any) -> Recommendation:
    links = {k: changes.pop(k) for k in LINK_ARGS if k in changes}
    _check({**changes, **links})
    with db.write() as s:
        rec = get_or_raise(s, Recommendation, rec_id, tr("services", "Recommendation"))
        check_version(rec, expected_version, tr("services", "This recommendation"))
        apply_fields(rec, changes, RECOMMENDATION_FIELDS)
        key = natural_key(rec.mechanism, rec.body, rec.cycle, rec.document_symbol or "",
                          rec.paragraph or "", rec.text)
        if key != rec.natural_key:
            clash = s.scalar(select(Recommendation.id).where(Recommendation.natural_key == key))
            if clash is not None and clash != rec.id:
                raise DuplicateError(tr("services", "Another recommendation already has that number."),
                                     field="paragraph")
            rec.natural_key = key
        _set_links(s, rec, **links)
        return rec


def delete_recommendation(db: Database, rec_id: int) -> None:
    with db.write() as s:
        s.delete(get_or_raise(s, Recommendation, rec_id, tr("services", "Recommendation")))


def get_recommendation(db: Database, rec_id: int) -> Recommendation:
    with db.read() as s:
        rec = s.scalar(select(Recommendation).where(Recommendation.id == rec_id).options(
            selectinload(Recommendation.tags), selectinload(Recommendation.states),
            selectinload(Recommendation.sdgs), selectinload(Recommendation.responsible),
            selectinload(Recommendation.measures)))
        if rec is None:
            get_or_raise(s, Recommendation, rec_id, tr("services", "Recommendation"))
        assert rec is not None
        return rec


def link_measures(db: Database, rec_id: int, measure_ids: Sequence[int]) -> Recommendation:
    """Add measures that implement the recommendation (keeps existing links)."""
    with db.write() as s:
        rec = get_or_raise(s, Recommendation, rec_id, tr("services", "Recommendation"))
        current = {m.id for m in rec.measures}
        _set_links(s, rec, measure_ids=sorted(current | set(measure_ids)))
        return rec


def unlink_measure(db: Database, rec_id: int, measure_id: int) -> None:
    with db.write() as s:
        rec = get_or_raise(s, Recommendation, rec_id, tr("services", "Recommendation"))
        rec.measures = [m for m in rec.measures if m.id != measure_id]
