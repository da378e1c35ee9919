"""Importing plan matrices: measures with their sections, agencies, deadlines and status.

A measure is identified by its plan and its number ("2.3.1"), so re-importing an
updated matrix updates the measures it imported before. The plan comes from the
clerk (``ImportOptions.plan`` / ``create_plan``) or from a "Plan" column (our own
export has one). Section rows ("1. Совершенствование законодательства", merged
across the table) put the measures under them into that section of the plan.

Plans hold at most a few thousand measures, so these rows are written through the
ORM: each new or changed measure also gets its own audit entry, next to the
import's summary entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ...i18n import LANGUAGES, translate
from ...models import (
    Measure,
    MeasureOrganization,
    MeasureRole,
    Plan,
    PlanKind,
    PlanSection,
    fold,
)
from .. import indicators as indicator_rows
from .. import sdg_targets as sdg_target_links
from ..sdg_targets import code_key
from ..deadlines import parse_deadline
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
)
from .lookups import OrgIndex

KIND = "measures"
TABLE = "measure"


@dataclass
class MeasureInput:
    row: int
    label: str
    plan_name: str | None = None
    number: str = ""
    text: str = ""
    section: tuple[str, str] | None = None
    deadline: str | None = None
    indicators: str | None = None
    status: str | None = None
    agencies: dict[str, list[str]] = field(default_factory=dict)  # role -> names
    sdg_targets: list[str] | None = None  # codes of the SDG column; None: the file names none
    warnings: list[str] = field(default_factory=list)
    error: tuple[str, str] | None = None


_PERIOD = re.compile(r"\b((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})\b")


def _new_plan(title: str) -> Plan:
    period = _PERIOD.search(title)
    kind = PlanKind.NATIONAL_ACTION_PLAN.value
    if re.search(r"work plan|план работы|iş meýilnamasy", title, re.I):
        kind = PlanKind.WORK_PLAN.value
    elif re.search(r"roadmap|дорожн\w+ карт\w*|ýol kartasy", title, re.I):
        kind = PlanKind.ROADMAP.value
    plan = Plan(title=title, kind=kind)
    if period:
        plan.period_start, plan.period_end = int(period.group(1)), int(period.group(2))
    return plan


def _apply(session: Session, measure: Measure, item: MeasureInput, plan: Plan, orgs: OrgIndex,
           created_orgs: dict[str, int], section_cache: dict[tuple[int, str, str], PlanSection]) -> None:
    measure.text = item.text
    if item.status is not None:
        measure.status = item.status
    if item.deadline is not None and (measure.id is None or item.deadline != measure.deadline_text):
        period = (plan.period_start, plan.period_end) if plan.period_start and plan.period_end else None
        deadline = parse_deadline(item.deadline, period)
        measure.deadline_text = deadline.text
        measure.deadline_start, measure.deadline_end = deadline.start, deadline.end
        measure.deadline_recurring, measure.deadline_understood = deadline.recurring, deadline.understood
    if item.section is not None:
        section = _section(session, plan, item.section, section_cache)
        if measure.section_id != section.id:
            measure.section_id = section.id
    for role, names in item.agencies.items():
        wanted = orgs.ids([orgs.resolve(n) for n in names], created_orgs)
        current = [link.organization_id for link in measure.organization_links if link.role == role]
        if current == wanted:
            continue
        measure.organization_links = [link for link in measure.organization_links if link.role != role]
        measure.organization_links.extend(MeasureOrganization(organization_id=org_id, role=role)
                                          for org_id in wanted)


def _section(session: Session, plan: Plan, section: tuple[str, str],
             cache: dict[tuple[int, str, str], PlanSection]) -> PlanSection:
    number, title = section
    key = (plan.id, number, fold(title))
    found = cache.get(key)
    if found is not None:
        return found
    candidates = list(session.scalars(select(PlanSection).where(PlanSection.plan_id == plan.id)))
    for candidate in candidates:
        if fold(candidate.title) == fold(title) and (not number or candidate.number in ("", number)):
            cache[key] = candidate
            return candidate
    last = max((c.position for c in candidates if c.parent_id is None), default=0)
    created = PlanSection(plan_id=plan.id, number=number, title=title, position=last + 1)
    session.add(created)
    session.flush()
    cache[key] = created
    return created


@dataclass
class _Plans:
    by_id: dict[int, str]
    by_key: dict[str, int]

    @classmethod
    def load(cls, session: Session) -> "_Plans":
        plans = cls(by_id={}, by_key={})
        forms = [getattr(Plan, f"{field}_{code}") for field in ("title", "short_title") for code in LANGUAGES]
        for plan_id, title, short_title, *other in session.execute(
                select(Plan.id, Plan.title, Plan.short_title, *forms)):
            plans.by_id[plan_id] = title
            for text in (title, short_title, *other):  # a plan is found by its title in any language
                if text:
                    plans.by_key.setdefault(fold(text), plan_id)
        return plans

    def find(self, name: str) -> int | None:
        name = name.strip()
        if name.isdigit() and int(name) in self.by_id:
            return int(name)
        return self.by_key.get(fold(name))


@dataclass
class _Existing:
    id: int
    text: str
    deadline_text: str
    indicators: list[str]
    status: str
    section_id: int | None
    agencies: dict[str, list[int]] = field(default_factory=dict)
    sdg_targets: list[str] = field(default_factory=list)


def _existing_measures(session: Session, plan_ids: set[int]) -> dict[tuple[int, str], _Existing]:
    if not plan_ids:
        return {}
    found: dict[tuple[int, str], _Existing] = {}
    by_id: dict[int, _Existing] = {}
    for row in session.execute(select(Measure.id, Measure.plan_id, Measure.number, Measure.text,
                                      Measure.deadline_text, Measure.status,
                                      Measure.section_id).where(Measure.plan_id.in_(plan_ids))):
        record = _Existing(row.id, row.text, row.deadline_text, [], row.status, row.section_id)
        found[(row.plan_id, row.number)] = record
        by_id[row.id] = record
    for measure_id, org_id, role in session.execute(
            select(MeasureOrganization.measure_id, MeasureOrganization.organization_id, MeasureOrganization.role)
            .join(Measure, Measure.id == MeasureOrganization.measure_id).where(Measure.plan_id.in_(plan_ids))):
        by_id[measure_id].agencies.setdefault(role, []).append(org_id)
    for measure_id, names in indicator_rows.names_by_measure(
            session, select(Measure.id).where(Measure.plan_id.in_(plan_ids))).items():
        by_id[measure_id].indicators = names
    for measure_id, codes in sdg_target_links.codes_by_owner(session, "measure", list(by_id)).items():
        by_id[measure_id].sdg_targets = codes
    return found


def _existing_sections(session: Session, plan_ids: set[int]) -> dict[int, dict[int, tuple[str, str]]]:
    found: dict[int, dict[int, tuple[str, str]]] = {}
    for section_id, plan_id, number, title in session.execute(
            select(PlanSection.id, PlanSection.plan_id, PlanSection.number, PlanSection.title)
            .where(PlanSection.plan_id.in_(plan_ids))):
        found.setdefault(plan_id, {})[section_id] = (number, fold(title))
    return found


def _changes(item: MeasureInput, current: _Existing, sections: dict[int, tuple[str, str]],
             orgs: OrgIndex) -> list[str]:
    changes = []
    if item.text != current.text:
        changes.append(translate("excel", "text"))
    if item.deadline is not None and item.deadline != current.deadline_text:
        changes.append(translate("excel", "deadline"))
    if item.indicators is not None and indicator_rows.new_names(indicator_rows.split_names(item.indicators),
                                                                current.indicators):
        changes.append(translate("excel", "indicators"))
    if item.status is not None and item.status != current.status:
        changes.append(translate("excel", "status"))
    if item.section is not None:
        now = sections.get(current.section_id) if current.section_id is not None else None
        if now is None or now[1] != fold(item.section[1]):
            changes.append(translate("excel", "section"))
    if item.sdg_targets is not None and sorted(item.sdg_targets, key=code_key) != current.sdg_targets:
        changes.append(translate("excel", "SDG targets"))
    labels = {MeasureRole.LEAD.value: translate("excel", "lead agencies"),
              MeasureRole.CO_IMPLEMENTER.value: translate("excel", "co-implementers"),
              MeasureRole.PARTNER.value: translate("excel", "partners")}
    for role, names in item.agencies.items():
        refs = [orgs.resolve(name) for name in names]
        if any(isinstance(ref, str) for ref in refs) or list(dict.fromkeys(refs)) != current.agencies.get(role, []):
            changes.append(labels[role])
    return changes


# -- decide -----------------------------------------------------------------
def decide(session: Session, parsed: Parsed, options: ImportOptions,
           progress: ProgressLike) -> Decision:
    items: list[MeasureInput] = parsed.records
    decision = Decision()
    plans = _Plans.load(session)
    default_plan: int | str | None = None
    if options.plan:
        default_plan = plans.find(options.plan)
        if default_plan is None:
            decision.fatal.append(translate("excel", "There is no plan called \"{name}\".").format(name=options.plan))
    elif options.create_plan:
        default_plan = plans.find(options.create_plan)
        if default_plan is None:
            default_plan = options.create_plan.strip()
            decision.notes.append(translate("excel", "A new plan will be created: {title}.").format(title=default_plan))
    orgs = OrgIndex.load(session)
    plan_of: dict[int, int | str | None] = {}
    for item in items:
        plan_ref = default_plan
        if item.plan_name:
            plan_ref = plans.find(item.plan_name)
        plan_of[item.row] = plan_ref
    plan_ids = {ref for ref in plan_of.values() if isinstance(ref, int)}
    existing = _existing_measures(session, plan_ids)
    sections = _existing_sections(session, plan_ids)
    for number, item in enumerate(items, start=1):
        if number % 500 == 0:
            progress.check()
            progress.update(number, len(items))
        action = RowAction(row=item.row, action=CREATE, label=item.label, warnings=list(item.warnings))
        decision.rows.append(action)
        if item.error is not None:
            action.action, action.column, action.reason = ERROR, item.error[0], item.error[1]
            continue
        plan_ref = plan_of[item.row]
        if plan_ref is None:
            action.action = ERROR
            action.reason = (translate("excel", "There is no plan called \"{name}\".").format(name=item.plan_name)
                             if item.plan_name else translate("excel", "The plan is not known."))
            continue
        for role, names in item.agencies.items():
            names = item.agencies[role] = orgs.split_known(names)
            for name in names:
                orgs.resolve(name)
        current = existing.get((plan_ref, item.number)) if isinstance(plan_ref, int) else None
        if current is None:
            action.reason = translate("excel", "New measure.")
            continue
        changes = _changes(item, current, sections.get(plan_ref, {}), orgs)
        if changes:
            action.action = UPDATE
            action.reason = translate("excel", "Changes: {fields}.").format(fields=", ".join(changes))
        else:
            action.action = SKIP
            action.reason = translate("excel", "Already recorded, nothing changed.")
    if orgs.new:
        decision.notes.append(translate("excel", "New organizations will be added: {names}.").format(
            names=", ".join(sorted(orgs.new.values()))))
    decision.payload = {"plans": plans, "plan_of": plan_of, "orgs": orgs, "existing": existing}
    return decision


# -- write ------------------------------------------------------------------
def write(session: Session, parsed: Parsed, decision: Decision, options: ImportOptions,
          progress: ProgressLike) -> dict[str, Any]:
    payload = decision.payload
    orgs: OrgIndex = payload["orgs"]
    plan_of: dict[int, int | str | None] = payload["plan_of"]
    existing: dict[tuple[int, str], _Existing] = payload["existing"]
    by_row = {row.row: row.action for row in decision.rows}
    created_orgs = orgs.create_new(session)
    new_plans: dict[str, Plan] = {}
    created_ids, updated_ids = [], []
    todo = [item for item in parsed.records if by_row.get(item.row) in (CREATE, UPDATE)]
    progress.update(0, len(todo), translate("excel", "Writing measures…"))
    plan_objects: dict[int, Plan] = {}
    section_cache: dict[tuple[int, str, str], PlanSection] = {}
    next_position: dict[int, int] = {}
    update_ids = [existing[(plan_of[i.row], i.number)].id for i in todo if by_row[i.row] == UPDATE]
    loaded = {m.id: m for m in session.scalars(
        select(Measure).where(Measure.id.in_(update_ids)).options(selectinload(Measure.organization_links)))}
    for number, item in enumerate(todo, start=1):
        if number % 200 == 0:
            progress.check()
            progress.update(number, len(todo))
        ref = plan_of[item.row]
        if isinstance(ref, str):
            plan = new_plans.get(fold(ref))
            if plan is None:
                plan = _new_plan(ref)
                session.add(plan)
                session.flush()
                new_plans[fold(ref)] = plan
        else:
            assert ref is not None
            plan = plan_objects.get(ref) or session.get(Plan, ref)
        assert plan is not None
        plan_objects[plan.id] = plan
        if by_row[item.row] == CREATE:
            if plan.id not in next_position:
                next_position[plan.id] = (session.scalar(
                    select(func.max(Measure.position)).where(Measure.plan_id == plan.id)) or 0) + 1
            measure = Measure(plan_id=plan.id, number=item.number, position=next_position[plan.id])
            next_position[plan.id] += 1
            session.add(measure)
        else:
            measure = loaded[existing[(plan.id, item.number)].id]
        _apply(session, measure, item, plan, orgs, created_orgs, section_cache)
        session.flush()
        if item.indicators is not None:  # the column's lines become indicator rows of the measure
            indicator_rows.add_named(session, measure, plan, indicator_rows.split_names(item.indicators))
            session.flush()
        if item.sdg_targets is not None:
            sdg_target_links.replace_targets(session, "measure", measure.id, item.sdg_targets,
                                             touch=by_row[item.row] == UPDATE)
        (created_ids if by_row[item.row] == CREATE else updated_ids).append(measure.id)
    return {"created_ids": created_ids, "updated_ids": updated_ids,
            "new_plans": [p.title for p in new_plans.values()],
            "new_organizations": sorted(orgs.new.values())}
