"""The records of each kind as export tables whose columns import back unchanged.

Column titles are the English field names the importers recognise
(``headers.FIELD_SYNONYMS``), so a list exported here, edited by a ministry and
imported again updates the same records: recommendations by mechanism, body,
cycle and paragraph, measures by plan and number, organizations by name.
Vocabulary values are written as their labels ("In progress"), which the
importers read back in any of the three languages.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased

from secretariat.db import Database
from secretariat.i18n import current_language, in_language, translate
from secretariat.labels import label
from secretariat.models import (
    Attendance,
    Country,
    Measure,
    MeasureOrganization,
    MeasureRole,
    Meeting,
    Organization,
    Person,
    Plan,
    PlanSection,
    ProgressReport,
    Recommendation,
    Tag,
    TagKind,
    fold,
    recommendation_country,
    recommendation_organization,
    recommendation_sdg,
    recommendation_tag,
)
from secretariat.services import indicators as indicator_rows
from secretariat.services import sdg_targets as sdg_target_links
from secretariat.services.names import label_column, localized_column

CHUNK = 900
T = TypeVar("T")


@dataclass
class TableData:
    title: str
    headers: list[str]
    rows: list[list[Any]] = field(default_factory=list)
    sheet_name: str = ""


def in_document_language(build: Callable[..., T]) -> Callable[..., T]:
    """Give a table builder a ``language`` keyword: headers, labels and names in that language.

    Without it, the language in force (``in_language`` around the call, else the interface's).
    Organizations and plans are named by any of their forms; they import back all the same.
    """
    @functools.wraps(build)
    def wrapper(*args: Any, language: str | None = None, **kwargs: Any) -> T:
        with in_language(language or current_language()):
            return build(*args, **kwargs)
    return wrapper


def _plan_label() -> Any:
    """A plan's short title, else its title, in the document language."""
    return func.coalesce(_nonempty(localized_column(Plan, "short_title")), localized_column(Plan, "title"))


def _nonempty(column: Any) -> Any:
    return func.nullif(column, "")


def _chunks(ids: list[int]):
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def sdg_cell(goals: list[int], targets: list[str]) -> str | None:
    """The SDG column: the goals, then the target codes ("5, 16, 5.2, 16.3"); read back by the importer."""
    return ", ".join([*(str(n) for n in sorted(goals)), *targets]) or None


def _paragraph_key(paragraph: str) -> tuple:
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"[.\s]+", paragraph or "") if p)


# ------------------------------------------------------------------ recommendations

@in_document_language
def recommendations_table(db: Database, *, search: str = "", mechanism: str | None = None,
                          body: str | None = None, cycle: int | None = None, position: str | None = None,
                          status: str | None = None, organization_id: int | None = None,
                          ids: list[int] | None = None) -> TableData:
    R = Recommendation
    stmt: Select[Any] = select(R.id, R.mechanism, R.body, R.cycle, R.session, R.document_symbol, R.paragraph,
                               R.text, R.position, R.source_of_position, R.status, R.assessment)
    for value, column in ((mechanism, R.mechanism), (body, R.body), (cycle, R.cycle), (position, R.position),
                          (status, R.status)):
        if value is not None and value != "":
            stmt = stmt.where(column == value)
    for word in fold(search).split():
        stmt = stmt.where(R.search_text.contains(word, autoescape=True))
    if organization_id is not None:
        stmt = stmt.where(R.id.in_(select(recommendation_organization.c.recommendation_id)
                                   .where(recommendation_organization.c.organization_id == organization_id)))
    table = TableData(
        title=translate("excel", "Recommendations"), sheet_name=translate("excel", "Recommendations"),
        headers=[translate("excel", "Mechanism"), translate("excel", "Body"), translate("excel", "Cycle"),
                 translate("excel", "Session"), translate("excel", "Document"), translate("excel", "Paragraph"),
                 translate("excel", "Recommendation"), translate("excel", "Recommending States"), translate("excel", "Position"), translate("excel", "Source of position"),
                 translate("excel", "Themes"), translate("excel", "Groups of persons"), translate("excel", "SDGs"), translate("excel", "Status"), translate("excel", "Assessment"),
                 translate("excel", "Responsible")])
    with db.read() as s:
        base = list(s.execute(stmt))
        if ids is not None:
            wanted = set(ids)
            base = [r for r in base if r.id in wanted]
        base.sort(key=lambda r: (r.mechanism, r.body, r.cycle or 0, _paragraph_key(r.paragraph), r.id))
        all_ids = [r.id for r in base]
        states: dict[int, list[str]] = {}
        themes: dict[int, list[str]] = {}
        groups: dict[int, list[str]] = {}
        sdgs: dict[int, list[int]] = {}
        orgs: dict[int, list[str]] = {}
        for chunk in _chunks(all_ids):
            for rec_id, name in s.execute(select(recommendation_country.c.recommendation_id, Country.name)
                                          .join(Country, Country.id == recommendation_country.c.country_id)
                                          .where(recommendation_country.c.recommendation_id.in_(chunk))):
                states.setdefault(rec_id, []).append(name)
            for rec_id, kind, name in s.execute(select(recommendation_tag.c.recommendation_id, Tag.kind, Tag.name)
                                                .join(Tag, Tag.id == recommendation_tag.c.tag_id)
                                                .where(recommendation_tag.c.recommendation_id.in_(chunk))):
                (themes if kind == TagKind.THEME.value else groups).setdefault(rec_id, []).append(name)
            for rec_id, number in s.execute(select(recommendation_sdg.c.recommendation_id,
                                                   recommendation_sdg.c.sdg_number)
                                            .where(recommendation_sdg.c.recommendation_id.in_(chunk))):
                sdgs.setdefault(rec_id, []).append(number)
            for rec_id, name in s.execute(
                    select(recommendation_organization.c.recommendation_id, label_column(Organization))
                    .join(Organization, Organization.id == recommendation_organization.c.organization_id)
                    .where(recommendation_organization.c.recommendation_id.in_(chunk))):
                orgs.setdefault(rec_id, []).append(name)
        targets = sdg_target_links.codes_by_owner(s, "recommendation", all_ids)
    for r in base:
        table.rows.append([
            label(r.mechanism), r.body, r.cycle, r.session or None, r.document_symbol or None, r.paragraph or None,
            r.text, "; ".join(states.get(r.id, [])) or None, label(r.position), r.source_of_position or None,
            "\n".join(themes.get(r.id, [])) or None, "\n".join(groups.get(r.id, [])) or None,
            sdg_cell(sdgs.get(r.id, []), targets.get(r.id, [])), label(r.status),
            r.assessment or None, "\n".join(orgs.get(r.id, [])) or None,
        ])
    return table


# ------------------------------------------------------------------ measures and progress

@in_document_language
def measures_table(db: Database, *, plan_id: int | None = None, status: str | None = None,
                   organization_id: int | None = None, search: str = "",
                   ids: list[int] | None = None) -> TableData:
    stmt: Select[Any] = (select(Measure.id, _plan_label().label("plan"), PlanSection.number.label("section_number"),
                                PlanSection.title.label("section_title"), Measure.number, Measure.text,
                                Measure.deadline_text, Measure.status)
                         .join(Plan, Plan.id == Measure.plan_id)
                         .outerjoin(PlanSection, PlanSection.id == Measure.section_id)
                         .order_by(Plan.title, Measure.position, Measure.id))
    if plan_id is not None:
        stmt = stmt.where(Measure.plan_id == plan_id)
    if status:
        stmt = stmt.where(Measure.status == status)
    if organization_id is not None:
        stmt = stmt.where(Measure.id.in_(select(MeasureOrganization.measure_id)
                                         .where(MeasureOrganization.organization_id == organization_id)))
    for word in fold(search).split():
        stmt = stmt.where(Measure.search_text.contains(word, autoescape=True))
    table = TableData(
        title=translate("excel", "Plan measures"), sheet_name=translate("excel", "Measures"),
        headers=[translate("excel", "Plan"), translate("excel", "Section"), translate("excel", "No."),
                 translate("excel", "Measure"), translate("excel", "Lead agency"),
                 translate("excel", "Co-implementers"),
                 translate("excel", "Partners"), translate("excel", "Deadline"), translate("excel", "Indicators"), translate("excel", "Status"),
                 translate("excel", "SDG targets"), translate("excel", "Last report"),
                 translate("excel", "Last progress")])
    with db.read() as s:
        base = list(s.execute(stmt))
        if ids is not None:
            wanted = set(ids)
            base = [r for r in base if r.id in wanted]
        all_ids = [r.id for r in base]
        agencies: dict[tuple[int, str], list[str]] = {}
        last: dict[int, Any] = {}
        names: dict[int, list[str]] = {}
        for chunk in _chunks(all_ids):
            names.update(indicator_rows.names_by_measure(s, chunk))
            for measure_id, role, name in s.execute(
                    select(MeasureOrganization.measure_id, MeasureOrganization.role, label_column(Organization))
                    .join(Organization, Organization.id == MeasureOrganization.organization_id)
                    .where(MeasureOrganization.measure_id.in_(chunk))):
                agencies.setdefault((measure_id, role), []).append(name)
            for report in s.execute(select(ProgressReport.measure_id, ProgressReport.reported_on,
                                           ProgressReport.text, ProgressReport.id)
                                    .where(ProgressReport.measure_id.in_(chunk))):
                known = last.get(report.measure_id)
                if known is None or (report.reported_on, report.id) > (known.reported_on, known.id):
                    last[report.measure_id] = report
        targets = sdg_target_links.codes_by_owner(s, "measure", all_ids)
    for r in base:
        section = " ".join(p for p in (f"{r.section_number}." if r.section_number else "", r.section_title or "")
                           if p) or None
        report = last.get(r.id)
        table.rows.append([
            r.plan, section, r.number, r.text,
            "\n".join(agencies.get((r.id, MeasureRole.LEAD.value), [])) or None,
            "\n".join(agencies.get((r.id, MeasureRole.CO_IMPLEMENTER.value), [])) or None,
            "\n".join(agencies.get((r.id, MeasureRole.PARTNER.value), [])) or None,
            r.deadline_text or None, "\n".join(names.get(r.id, [])) or None, label(r.status),
            ", ".join(targets.get(r.id, [])) or None, report.reported_on if report else None, report.text if report else None,
        ])
    return table


@in_document_language
def progress_table(db: Database, *, plan_id: int | None = None, organization_id: int | None = None) -> TableData:
    stmt = (select(_plan_label().label("plan"), Measure.number, ProgressReport.reported_on,
                   label_column(Organization).label("organization"), ProgressReport.text, ProgressReport.status)
            .join(Measure, Measure.id == ProgressReport.measure_id)
            .join(Plan, Plan.id == Measure.plan_id)
            .outerjoin(Organization, Organization.id == ProgressReport.organization_id)
            .order_by(Plan.title, Measure.position, ProgressReport.reported_on, ProgressReport.id))
    if plan_id is not None:
        stmt = stmt.where(Measure.plan_id == plan_id)
    if organization_id is not None:
        stmt = stmt.where(ProgressReport.organization_id == organization_id)
    table = TableData(title=translate("excel", "Progress reports"), sheet_name=translate("excel", "Progress"),
                      headers=[translate("excel", "Plan"), translate("excel", "Measure No."),
                               translate("excel", "Date"), translate("excel", "Organization"),
                               translate("excel", "Progress"),
                               translate("excel", "Status")])
    with db.read() as s:
        for r in s.execute(stmt):
            table.rows.append([r.plan, r.number, r.reported_on, r.organization or None,
                               r.text, label(r.status)])
    return table


# ------------------------------------------------------------------ meetings and directory

@in_document_language
def meetings_table(db: Database, *, year: int | None = None) -> TableData:
    org = aliased(Organization)
    stmt = (select(Meeting.id, Meeting.number, Meeting.starts_at, Meeting.kind, Meeting.title, Meeting.venue,
                   label_column(org).label("org_label"), Person.full_name, Attendance.role,
                   Attendance.presence, Attendance.represented_by)
            .outerjoin(Attendance, Attendance.meeting_id == Meeting.id)
            .outerjoin(org, org.id == Attendance.organization_id)
            .outerjoin(Person, Person.id == Attendance.person_id)
            .order_by(Meeting.starts_at, Meeting.id, Attendance.id))
    if year is not None:
        stmt = stmt.where(Meeting.year == year)
    table = TableData(title=translate("excel", "Meetings and attendance"),
                      sheet_name=translate("excel", "Meetings"),
                      headers=[translate("excel", "No."), translate("excel", "Date"), translate("excel", "Type"),
                               translate("excel", "Title"), translate("excel", "Venue"),
                               translate("excel", "Organization"),
                               translate("excel", "Person"), translate("excel", "Role"), translate("excel", "Presence"), translate("excel", "Represented by")])
    with db.read() as s:
        for r in s.execute(stmt):
            table.rows.append([r.number, r.starts_at, label(r.kind), r.title or None, r.venue or None,
                               r.org_label or None, r.full_name or None,
                               label(r.role) or None, label(r.presence) or None, r.represented_by or None])
    return table


def organizations_table(db: Database, *, search: str = "", kind: str | None = None,
                        ids: list[int] | None = None) -> TableData:
    parent = aliased(Organization)
    stmt = (select(Organization.id, Organization.name, Organization.short_name, Organization.kind,
                   Organization.is_member, parent.name.label("parent_name"))
            .outerjoin(parent, parent.id == Organization.parent_id)
            .order_by(Organization.search_text, Organization.id))
    for word in fold(search).split():
        stmt = stmt.where(Organization.search_text.contains(word, autoescape=True))
    if kind:
        stmt = stmt.where(Organization.kind == kind)
    table = TableData(title=translate("excel", "Organizations"), sheet_name=translate("excel", "Organizations"),
                      headers=[translate("excel", "Name"), translate("excel", "Short name"),
                               translate("excel", "Type"), translate("excel", "Parent organization"),
                               translate("excel", "Commission member")])
    with db.read() as s:
        for r in s.execute(stmt):
            if ids is not None and r.id not in ids:
                continue
            table.rows.append([r.name, r.short_name or None, label(r.kind), r.parent_name,
                               translate("excel", "Yes") if r.is_member else translate("excel", "No")])
    return table


def find_organization_id(db: Database, name: str) -> int | None:
    """An organization by id, name or short name (for command-line filters)."""
    key = fold(name)
    with db.read() as s:
        if name.strip().isdigit() and s.get(Organization, int(name)) is not None:
            return int(name)
        for org_id, full, short in s.execute(select(Organization.id, Organization.name, Organization.short_name)):
            if key in (fold(full), fold(short)):
                return org_id
    return None


__all__ = ["TableData", "find_organization_id", "label", "measures_table", "meetings_table",
           "organizations_table", "progress_table", "recommendations_table"]
