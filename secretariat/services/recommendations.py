"""Recommendations of UN mechanisms, their vocabularies and links to plan measures."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable, Sequence

from sqlalchemy import Select, String, case, cast, func, inspect, literal, literal_column, select, union_all
from sqlalchemy.orm import Session, selectinload

from ..db import Database
from ..db.sql_functions import among, among_parameter, leading_integer, position_of
from ..i18n import translate
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
from ..models import (
    Plan,
    recommendation_country,
    recommendation_measure,
    recommendation_organization,
    recommendation_sdg,
    recommendation_sdg_target,
    recommendation_tag,
)
from ..models.base import fold, fold_case
from . import sdg_targets as sdg_target_links
from .common import apply_fields, check_choice, check_version, get_or_raise, require_text
from ..db.search_index import text_match
from .errors import DuplicateError, ValidationError
from .names import label_column, language_code

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
        para = "text:" + hashlib.sha1(fold_case(text).encode("utf-8")).hexdigest()[:16]
    if mechanism == Mechanism.UPR.value:
        return f"upr|{body.strip().upper() or 'UPR'}|{cycle or ''}|{para}"
    return f"{mechanism}|{body.strip().upper()}|{fold_case(document_symbol)}|{cycle or ''}|{para}"


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
            raise ValidationError(translate("services", "SDG goals are numbered 1 to 17; got {bad}.").format(bad=bad),
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
               measure_ids: Sequence[int] | None = None, sdg_targets: Sequence[str] | None = None) -> None:
    was_saved = inspect(rec).persistent  # not a recommendation created in this transaction
    targets = sdg_target_links.checked_codes(s, sdg_targets) if sdg_targets is not None else None
    if targets:  # a target's goal is linked too
        have = sdgs if sdgs is not None else [g.number for g in rec.sdgs]
        sdgs = sorted(set(have) | sdg_target_links.goals_of(s, targets))
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
            raise ValidationError(translate("services", "One of the responsible organizations does not exist."),
                                  field="responsible")
        rec.responsible = orgs
    if measure_ids is not None:
        measures = list(s.scalars(select(Measure).where(Measure.id.in_(set(measure_ids)))))
        if len(measures) != len(set(measure_ids)):
            raise ValidationError(translate("services", "One of the measures does not exist."), field="measures")
        rec.measures = measures
    if targets is not None:
        s.flush()
        sdg_target_links.replace_targets(s, "recommendation", rec.id, targets, add_goals=False, touch=was_saved)


LINK_ARGS = ("themes", "groups", "states", "sdgs", "responsible_ids", "measure_ids", "sdg_targets")


def create_recommendation(db: Database, text: str, mechanism: str = Mechanism.UPR.value,
                          body: str = "UPR", **fields: Any) -> Recommendation:
    links = {k: fields.pop(k) for k in LINK_ARGS if k in fields}
    _check({"mechanism": mechanism, **fields, **links})
    with db.write() as s:
        rec = Recommendation(text=require_text(text, "text", translate("services", "The recommendation text")),
                             mechanism=mechanism, body=body)
        apply_fields(rec, fields, RECOMMENDATION_FIELDS)
        rec.natural_key = natural_key(rec.mechanism, rec.body, rec.cycle, rec.document_symbol or "",
                                      rec.paragraph or "", rec.text)
        if s.scalar(select(Recommendation.id).where(Recommendation.natural_key == rec.natural_key)):
            raise DuplicateError(
                translate("services", "Recommendation {para} of {body} (cycle {cycle}) is already recorded.").format(
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
        rec = get_or_raise(s, Recommendation, rec_id, translate("services", "Recommendation"))
        check_version(rec, expected_version, translate("services", "This recommendation"))
        apply_fields(rec, changes, RECOMMENDATION_FIELDS)
        key = natural_key(rec.mechanism, rec.body, rec.cycle, rec.document_symbol or "",
                          rec.paragraph or "", rec.text)
        if key != rec.natural_key:
            clash = s.scalar(select(Recommendation.id).where(Recommendation.natural_key == key))
            if clash is not None and clash != rec.id:
                raise DuplicateError(translate("services", "Another recommendation already has that number."),
                                     field="paragraph")
            rec.natural_key = key
        _set_links(s, rec, **links)
        return rec


def delete_recommendation(db: Database, rec_id: int) -> None:
    with db.write() as s:
        s.delete(get_or_raise(s, Recommendation, rec_id, translate("services", "Recommendation")))


def delete_recommendations(db: Database, rec_ids: Sequence[int]) -> int:
    """Delete several recommendations in one transaction (all or none)."""
    with db.write() as s:
        recs = list(s.scalars(select(Recommendation).where(Recommendation.id.in_(set(rec_ids)))))
        if len(recs) != len(set(rec_ids)):
            raise ValidationError(translate("services", "One of the recommendations does not exist any more."))
        for rec in recs:
            s.delete(rec)
        return len(recs)


def get_recommendation(db: Database, rec_id: int) -> Recommendation:
    with db.read() as s:
        rec = s.scalar(select(Recommendation).where(Recommendation.id == rec_id).options(
            selectinload(Recommendation.tags), selectinload(Recommendation.states),
            selectinload(Recommendation.sdgs), selectinload(Recommendation.responsible),
            selectinload(Recommendation.measures)))
        if rec is None:
            get_or_raise(s, Recommendation, rec_id, translate("services", "Recommendation"))
        assert rec is not None
        return rec


def link_measures(db: Database, rec_id: int, measure_ids: Sequence[int]) -> Recommendation:
    """Add measures that implement the recommendation (keeps existing links)."""
    with db.write() as s:
        rec = get_or_raise(s, Recommendation, rec_id, translate("services", "Recommendation"))
        current = {m.id for m in rec.measures}
        _set_links(s, rec, measure_ids=sorted(current | set(measure_ids)))
        return rec


def unlink_measure(db: Database, rec_id: int, measure_id: int) -> None:
    with db.write() as s:
        rec = get_or_raise(s, Recommendation, rec_id, translate("services", "Recommendation"))
        rec.measures = [m for m in rec.measures if m.id != measure_id]


def link_recommendations(db: Database, measure_id: int, rec_ids: Sequence[int]) -> Measure:
    """From a measure: add the recommendations it answers (keeps existing links)."""
    with db.write() as s:
        measure = get_or_raise(s, Measure, measure_id, translate("services", "Measure"))
        wanted = set(rec_ids) - {r.id for r in measure.recommendations}
        recs = list(s.scalars(select(Recommendation).where(Recommendation.id.in_(wanted))))
        if len(recs) != len(wanted):
            raise ValidationError(translate("services", "One of the recommendations does not exist."),
                                  field="recommendations")
        measure.recommendations.extend(recs)
        return measure


def set_measure_recommendations(db: Database, measure_id: int, rec_ids: Sequence[int]) -> Measure:
    """From a measure: exactly these recommendations are the ones it answers."""
    with db.write() as s:
        measure = get_or_raise(s, Measure, measure_id, translate("services", "Measure"))
        wanted = set(rec_ids)
        recs = list(s.scalars(select(Recommendation).where(Recommendation.id.in_(wanted)))) if wanted else []
        if len(recs) != len(wanted):
            raise ValidationError(translate("services", "One of the recommendations does not exist."),
                                  field="recommendations")
        measure.recommendations = sorted(recs, key=lambda r: r.id)
        return measure


def unlink_recommendation(db: Database, measure_id: int, rec_id: int) -> None:
    unlink_measure(db, rec_id, measure_id)


# -- queries for the views -------------------------------------------------------------

@dataclass(frozen=True)
class RecommendationQuery:
    """Filters of the Recommendations view; defaults mean "any"."""

    search: str = ""
    mechanism: str | None = None
    body: str | None = None
    cycle: int | None = None
    paragraph: str = ""              # the paragraph number starts with this
    state_id: int | None = None      # recommending state (Country.id)
    position: str | None = None
    tag_id: int | None = None        # a theme or a group of persons
    sdg: int | None = None
    sdg_target: str | None = None    # a target's code, "16.3"
    responsible_id: int | None = None
    status: str | None = None
    measure_id: int | None = None    # answered by this measure
    linked: bool | None = None       # True: has measures; False: has none
    sort: str = "paragraph"
    descending: bool = False


@dataclass(slots=True)
class RecommendationRow:
    id: int
    mechanism: str
    body: str
    cycle: int | None
    paragraph: str
    text: str
    position: str
    status: str
    version: int
    states: str = ""
    themes: str = ""
    groups: str = ""
    sdgs: str = ""
    sdg_targets: str = ""
    responsible: str = ""
    measures: int = 0

    @property
    def reference(self) -> str:
        cycle = f" ({self.cycle})" if self.cycle else ""
        return f"{self.body}{cycle} {self.paragraph}".strip()


def _paragraph_order() -> list[Any]:
    """Natural order of paragraph numbers: 140.7 before 140.12, 12(a) after 9.

    The constants are written into the SQL, not bound: only then does the database see
    the expression of ``ix_recommendation_paragraph_order`` and read pages from it.
    """
    after_dot = func.substr(Recommendation.paragraph,
                            position_of(Recommendation.paragraph, literal_column("'.'")) + literal_column("1"))
    return [leading_integer(Recommendation.paragraph), leading_integer(after_dot), Recommendation.paragraph]


def _enum_order(column: Any, values: Any) -> Any:
    """Sort stored vocabulary values in their natural order, not alphabetically."""
    return case({v.value: i for i, v in enumerate(values)}, value=column, else_=len(values))


def _rec_order(sort: str) -> list[Any]:
    para = _paragraph_order()
    orders: dict[str, list[Any]] = {
        "paragraph": [Recommendation.body, Recommendation.cycle, *para],
        "body": [Recommendation.mechanism, Recommendation.body, Recommendation.cycle, *para],
        "cycle": [Recommendation.cycle, Recommendation.body, *para],
        "position": [_enum_order(Recommendation.position, Position), Recommendation.body,
                     Recommendation.cycle, *para],
        "status": [_enum_order(Recommendation.status, ImplementationStatus), Recommendation.body,
                   Recommendation.cycle, *para],
        "text": [Recommendation.search_text],
    }
    if sort not in orders:
        raise ValidationError(translate("services", "Recommendations cannot be sorted by {key!r}.").format(key=sort))
    return [*orders[sort], Recommendation.id]


def _rec_filter(stmt: Select[Any], q: RecommendationQuery) -> Select[Any]:
    R = Recommendation
    if q.search.strip():
        stmt = stmt.where(text_match(R.id, q.search))
    for value, column in ((q.mechanism, R.mechanism), (q.body, R.body), (q.cycle, R.cycle),
                          (q.position, R.position), (q.status, R.status)):
        if value is not None and value != "":
            stmt = stmt.where(column == value)
    if q.paragraph.strip():
        stmt = stmt.where(R.paragraph.startswith(q.paragraph.strip(), autoescape=True))
    links = ((q.state_id, recommendation_country.c.country_id, recommendation_country),
             (q.tag_id, recommendation_tag.c.tag_id, recommendation_tag),
             (q.sdg, recommendation_sdg.c.sdg_number, recommendation_sdg),
             (q.sdg_target, recommendation_sdg_target.c.sdg_target_code, recommendation_sdg_target),
             (q.responsible_id, recommendation_organization.c.organization_id, recommendation_organization),
             (q.measure_id, recommendation_measure.c.measure_id, recommendation_measure))
    for value, column, table in links:
        if value is not None:
            stmt = stmt.where(R.id.in_(select(table.c.recommendation_id).where(column == value)))
    if q.linked is not None:
        has = R.id.in_(select(recommendation_measure.c.recommendation_id))
        stmt = stmt.where(has if q.linked else ~has)
    return stmt


def filtered_ids(q: RecommendationQuery) -> Select[Any]:
    """A select of the ids matching *q* (for statistics and bulk edits)."""
    return _rec_filter(select(Recommendation.id), q)


def count_recommendations(db: Database, q: RecommendationQuery = RecommendationQuery()) -> int:
    with db.read() as s:
        return s.scalar(_rec_filter(select(func.count(Recommendation.id)), q)) or 0


def recommendation_ids(db: Database, q: RecommendationQuery = RecommendationQuery()) -> list[int]:
    with db.read() as s:
        return list(s.scalars(filtered_ids(q)))


@lru_cache(maxsize=8)
def _links_statement(dialect_name: str, language: str) -> Select[Any]:
    """The four kinds of link of a list of recommendations (parameter ``ids``), in one
    query (a UNION), built once per database kind and language: a page of the list is read
    while the user waits, and making this statement cost more than running it."""
    def kind(value: str) -> Any:
        return cast(literal(value), String)

    def among_ids(column: Any) -> Any:
        return among_parameter(dialect_name, column)

    rc, rt, rs, ro = recommendation_country, recommendation_tag, recommendation_sdg, recommendation_organization
    union = union_all(
        select(rc.c.recommendation_id.label("rid"), kind("state").label("kind"), Country.name.label("name"),
               literal(0).label("number"), Country.name.label("sort"))
        .join(Country, Country.id == rc.c.country_id).where(among_ids(rc.c.recommendation_id)),
        select(rt.c.recommendation_id, Tag.kind, Tag.name, literal(0), Tag.name)
        .join(Tag, Tag.id == rt.c.tag_id).where(among_ids(rt.c.recommendation_id)),
        select(rs.c.recommendation_id, kind("sdg"), cast(Sdg.number, String), Sdg.number, kind(""))
        .join(Sdg, Sdg.number == rs.c.sdg_number).where(among_ids(rs.c.recommendation_id)),
        select(ro.c.recommendation_id, kind("responsible"), label_column(Organization, language), literal(0),
               Organization.search_text)
        .join(Organization, Organization.id == ro.c.organization_id).where(among_ids(ro.c.recommendation_id)),
    ).subquery()
    return select(union.c.rid, union.c.kind, union.c.name).order_by(
        union.c.rid, union.c.kind, union.c.number, union.c.sort)


def _links(s: Session, ids: list[int]) -> dict[int, dict[str, list[str]]]:
    """recommendation id -> {"state" | "theme" | "group" | "sdg" | "responsible": names in order}."""
    stmt = _links_statement(s.get_bind().dialect.name, language_code(None))
    result: dict[int, dict[str, list[str]]] = {}
    for start in range(0, len(ids), 900):
        for rid, link_kind, name in s.execute(stmt, {"ids": ids[start:start + 900]}):
            result.setdefault(rid, {}).setdefault(link_kind, []).append(name)
    return result


def list_recommendations(db: Database, q: RecommendationQuery = RecommendationQuery(), offset: int = 0,
                         limit: int | None = 200) -> list[RecommendationRow]:
    """A page of recommendations matching *q*, with their links as text."""
    R = Recommendation
    order = _rec_order(q.sort)
    stmt = _rec_filter(select(R.id, R.mechanism, R.body, R.cycle, R.paragraph, R.text, R.position, R.status,
                              R.version), q)
    stmt = stmt.order_by(*[c.desc() for c in order] if q.descending else order).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    with db.read() as s:
        base = list(s.execute(stmt))
        ids = [r.id for r in base]
        links = _links(s, ids)
        targets = sdg_target_links.codes_by_owner(s, "recommendation", ids)
        counts: dict[int, int] = {}
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            counts.update(s.execute(select(recommendation_measure.c.recommendation_id, func.count())
                                    .where(among(s, recommendation_measure.c.recommendation_id, chunk))
                                    .group_by(recommendation_measure.c.recommendation_id)).all())
        return [RecommendationRow(
            id=r.id, mechanism=r.mechanism, body=r.body, cycle=r.cycle, paragraph=r.paragraph, text=r.text,
            position=r.position, status=r.status, version=r.version,
            states="; ".join(links.get(r.id, {}).get("state", ())),
            themes="; ".join(links.get(r.id, {}).get(TagKind.THEME.value, ())),
            groups="; ".join(links.get(r.id, {}).get(TagKind.GROUP.value, ())),
            sdgs=", ".join(links.get(r.id, {}).get("sdg", ())),
            sdg_targets=", ".join(targets.get(r.id, [])),
            responsible=", ".join(links.get(r.id, {}).get("responsible", ())),
            measures=counts.get(r.id, 0)) for r in base]


@dataclass(frozen=True)
class Choice:
    """An item of a filter list: its id (or value) and what to show."""

    value: Any
    label: str


@dataclass(frozen=True)
class Vocabularies:
    bodies: list[str]
    cycles: list[int]
    states: list[Choice]
    themes: list[Choice]
    groups: list[Choice]
    responsible: list[Choice]


def vocabularies(db: Database) -> Vocabularies:
    """The values the recommendations actually use, for the view's filter lists."""
    with db.read() as s:
        bodies = sorted(b for b in s.scalars(select(Recommendation.body).distinct()) if b)
        cycles = sorted(c for c in s.scalars(select(Recommendation.cycle).distinct()) if c is not None)
        states = [Choice(i, n) for i, n in s.execute(select(Country.id, Country.name).order_by(Country.search_text))]
        tags = list(s.execute(select(Tag.id, Tag.kind, Tag.name).order_by(Tag.search_text)))
        used_orgs = select(recommendation_organization.c.organization_id).distinct()
        orgs = [Choice(i, n) for i, n in s.execute(
            select(Organization.id, label_column(Organization))
            .where(Organization.id.in_(used_orgs)).order_by(Organization.search_text))]
        return Vocabularies(bodies, cycles, states,
                            [Choice(i, n) for i, k, n in tags if k == TagKind.THEME.value],
                            [Choice(i, n) for i, k, n in tags if k == TagKind.GROUP.value], orgs)


def bulk_update(db: Database, rec_ids: Sequence[int], *, status: str | None = None,
                add_responsible_ids: Sequence[int] = (), remove_responsible_ids: Sequence[int] = (),
                replace_responsible_ids: Sequence[int] | None = None) -> int:
    """Set the status and/or responsible organizations of many recommendations at once.

    One transaction: all change or none does. Every record's change is audited.
    Returns how many recommendations were changed.
    """
    if status is not None:
        check_choice(status, ImplementationStatus, "status")
    if not rec_ids:
        raise ValidationError(translate("services", "Select at least one recommendation."))
    wanted_orgs = set(add_responsible_ids) | set(replace_responsible_ids or ())
    changed = 0
    with db.write() as s:
        orgs = {o.id: o for o in s.scalars(select(Organization).where(Organization.id.in_(wanted_orgs)))}
        if len(orgs) != len(wanted_orgs):
            raise ValidationError(translate("services", "One of the responsible organizations does not exist."),
                                  field="responsible")
        unique = list(dict.fromkeys(rec_ids))
        for start in range(0, len(unique), 500):
            chunk = unique[start:start + 500]
            recs = list(s.scalars(select(Recommendation).where(Recommendation.id.in_(chunk))
                                  .options(selectinload(Recommendation.responsible))))
            if len(recs) != len(chunk):
                raise ValidationError(translate("services", "One of the recommendations does not exist any more."))
            for rec in recs:
                before = (rec.status, [o.id for o in rec.responsible])
                if status is not None:
                    rec.status = status
                if replace_responsible_ids is not None:
                    rec.responsible = [orgs[i] for i in dict.fromkeys(replace_responsible_ids)]
                else:
                    current = [o for o in rec.responsible if o.id not in set(remove_responsible_ids)]
                    current += [orgs[i] for i in dict.fromkeys(add_responsible_ids)
                                if i not in {o.id for o in current}]
                    rec.responsible = current
                if before != (rec.status, [o.id for o in rec.responsible]):
                    changed += 1
            s.flush()
    return changed


@dataclass(frozen=True)
class LinkedMeasure:
    id: int
    plan: str
    number: str
    text: str
    status: str


def measures_of(db: Database, rec_id: int) -> list[LinkedMeasure]:
    """The plan measures that implement a recommendation."""
    with db.read() as s:
        stmt = (select(Measure.id, Plan.short_title, Plan.title, Measure.number, Measure.text, Measure.status)
                .join(Plan, Plan.id == Measure.plan_id)
                .join(recommendation_measure, recommendation_measure.c.measure_id == Measure.id)
                .where(recommendation_measure.c.recommendation_id == rec_id)
                .order_by(Plan.title, Measure.position))
        return [LinkedMeasure(r.id, r.short_title or r.title, r.number, r.text, r.status) for r in s.execute(stmt)]


def recommendations_of(db: Database, measure_id: int) -> list[RecommendationRow]:
    """The recommendations a measure answers."""
    return list_recommendations(db, RecommendationQuery(measure_id=measure_id), limit=None)


def search_measures(db: Database, text: str, limit: int = 200) -> list[LinkedMeasure]:
    """Measures of every plan whose number or text matches, for the link dialog."""
    with db.read() as s:
        stmt = (select(Measure.id, Plan.short_title, Plan.title, Measure.number, Measure.text, Measure.status)
                .join(Plan, Plan.id == Measure.plan_id)
                .where(text_match(Measure.id, text))
                .order_by(Plan.title, Measure.position).limit(limit))
        return [LinkedMeasure(r.id, r.short_title or r.title, r.number, r.text, r.status) for r in s.execute(stmt)]
