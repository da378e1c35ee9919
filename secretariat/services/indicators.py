"""Indicators of plan measures, their reporting due dates, and the reports missed.

After IMPACT OSS: an indicator has a responsible organization and a reporting frequency
in months between a start and an end date. Its reports fall due at the end of every
period (start + frequency, start + 2 x frequency ...), the last on the end date; a
progress report attaches to one due date. A due date passed without a report is missed.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import dataclass
from datetime import date
from typing import Any, Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db import Database
from ..i18n import translate
from ..models import Indicator, Measure, Organization, Plan, ProgressReport
from .common import apply_fields, check_version, get_or_raise, require_text
from .errors import ValidationError
from . import sdg_targets as sdg_target_links
from .plans import checked_progress

INDICATOR_FIELDS = ("name", "organization_id", "frequency_months", "starts_on", "ends_on", "baseline", "target")
MAX_DUE_DATES = 600  # a monthly indicator over 50 years: anything beyond is a typing mistake


@dataclass(frozen=True)
class IndicatorRow:
    id: int
    version: int
    measure_id: int
    name: str
    organization_id: int | None
    organization: str
    frequency_months: int
    starts_on: date
    ends_on: date
    baseline: str
    target: str
    due_dates: tuple[date, ...]
    reported: tuple[date, ...]
    sdg_targets: tuple[str, ...] = ()  # codes, in the official order


@dataclass(frozen=True)
class DueReport:
    """A report an indicator is due to receive, with what is known of it."""

    indicator_id: int
    indicator: str
    measure_id: int
    measure_number: str
    plan: str
    organization_id: int | None
    organization: str
    due_on: date
    reported_on: date | None

    @property
    def missed(self) -> bool:
        return self.reported_on is None


def add_months(day: date, months: int) -> date:
    """*day* moved by *months*, kept at the month's last day when the month is shorter."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, monthrange(year, month)[1]))


def due_dates(starts_on: date, ends_on: date, frequency_months: int) -> list[date]:
    """The ends of the reporting periods from *starts_on*; the last one is *ends_on*."""
    if frequency_months < 1 or ends_on < starts_on:
        return []
    result: list[date] = []
    step = 1
    while len(result) < MAX_DUE_DATES:
        due = add_months(starts_on, frequency_months * step)
        if due >= ends_on:
            break
        result.append(due)
        step += 1
    result.append(ends_on)
    return result


def _check(values: dict[str, Any]) -> None:
    if "frequency_months" in values:
        try:
            months = int(values["frequency_months"])
        except (TypeError, ValueError):
            months = 0
        if not 1 <= months <= 120:
            raise ValidationError(translate("services", "The reporting frequency is a number of months from 1 to 120."),
                                  field="frequency_months")
        values["frequency_months"] = months
    starts, ends = values.get("starts_on"), values.get("ends_on")
    if "starts_on" in values and starts is None:
        raise ValidationError(translate("services", "An indicator needs a start date."), field="starts_on")
    if "ends_on" in values and ends is None:
        raise ValidationError(translate("services", "An indicator needs an end date."), field="ends_on")
    if starts is not None and ends is not None and ends < starts:
        raise ValidationError(translate("services", "The indicator cannot end before it starts."), field="ends_on")


def add_indicator(db: Database, measure_id: int, name: str, starts_on: date, ends_on: date,
                  frequency_months: int = 12, organization_id: int | None = None, sdg_targets: Sequence[str] = (),
                  **fields: Any) -> Indicator:
    values = {"name": require_text(name, "name", translate("services", "The indicator")), "starts_on": starts_on,
              "ends_on": ends_on, "frequency_months": frequency_months, "organization_id": organization_id, **fields}
    _check(values)
    with db.write() as s:
        get_or_raise(s, Measure, measure_id, translate("services", "Measure"))
        if organization_id is not None:
            get_or_raise(s, Organization, organization_id, translate("services", "Organization"))
        last = s.scalar(select(func.max(Indicator.position)).where(Indicator.measure_id == measure_id))
        indicator = Indicator(measure_id=measure_id, position=(last or 0) + 1)
        apply_fields(indicator, values, INDICATOR_FIELDS)
        s.add(indicator)
        s.flush()
        if sdg_targets:
            sdg_target_links.replace_targets(s, "indicator", indicator.id, sdg_targets, touch=False)
        return indicator


def update_indicator(db: Database, indicator_id: int, expected_version: int | None = None,
                     sdg_targets: Sequence[str] | None = None, **changes: Any) -> Indicator:
    with db.write() as s:
        indicator = get_or_raise(s, Indicator, indicator_id, translate("services", "Indicator"))
        check_version(indicator, expected_version, translate("services", "This indicator"))
        merged = {"starts_on": indicator.starts_on, "ends_on": indicator.ends_on, **changes}
        _check(merged)
        if "name" in changes:
            changes["name"] = require_text(changes["name"], "name", translate("services", "The indicator"))
        if "frequency_months" in changes:
            changes["frequency_months"] = merged["frequency_months"]
        apply_fields(indicator, changes, INDICATOR_FIELDS)
        if sdg_targets is not None:
            sdg_target_links.replace_targets(s, "indicator", indicator.id, sdg_targets)
        return indicator


def delete_indicator(db: Database, indicator_id: int) -> None:
    """Delete an indicator; its progress reports stay with the measure."""
    with db.write() as s:
        s.delete(get_or_raise(s, Indicator, indicator_id, translate("services", "Indicator")))


def _reported(s: Session, indicator_ids: list[int]) -> dict[int, dict[date, date]]:
    """Per indicator: due date -> the first date a report for it came in."""
    found: dict[int, dict[date, date]] = {}
    if indicator_ids:
        for indicator_id, due_on, reported_on in s.execute(
                select(ProgressReport.indicator_id, ProgressReport.due_on, func.min(ProgressReport.reported_on))
                .where(ProgressReport.indicator_id.in_(indicator_ids), ProgressReport.due_on.is_not(None))
                .group_by(ProgressReport.indicator_id, ProgressReport.due_on)):
            found.setdefault(indicator_id, {})[due_on] = reported_on
    return found


def list_indicators(db: Database, measure_id: int) -> list[IndicatorRow]:
    with db.read() as s:
        rows = list(s.execute(select(Indicator, Organization.name)
                              .outerjoin(Organization, Organization.id == Indicator.organization_id)
                              .where(Indicator.measure_id == measure_id)
                              .order_by(Indicator.position, Indicator.id)))
        reported = _reported(s, [i.id for i, _n in rows])
        targets = sdg_target_links.codes_by_owner(s, "indicator", [i.id for i, _n in rows])
        return [IndicatorRow(i.id, i.version, i.measure_id, i.name, i.organization_id, name or "",
                             i.frequency_months, i.starts_on, i.ends_on, i.baseline, i.target,
                             tuple(due_dates(i.starts_on, i.ends_on, i.frequency_months)),
                             tuple(sorted(reported.get(i.id, {}))), tuple(targets.get(i.id, [])))
                for i, name in rows]


def report_progress(db: Database, indicator_id: int, due_on: date, reported_on: date, text: str,
                    status: str | None = None, organization_id: int | None = None) -> ProgressReport:
    """A progress report of the indicator's measure answering the report due on *due_on*."""
    text = checked_progress(status, reported_on, text)
    with db.write() as s:
        indicator = get_or_raise(s, Indicator, indicator_id, translate("services", "Indicator"))
        if due_on not in due_dates(indicator.starts_on, indicator.ends_on, indicator.frequency_months):
            raise ValidationError(translate("services", "{date} is not a reporting date of this indicator.")
                                  .format(date=due_on.strftime("%d.%m.%Y")), field="due_on")
        measure = get_or_raise(s, Measure, indicator.measure_id, translate("services", "Measure"))
        report = ProgressReport(measure_id=measure.id, indicator_id=indicator.id, due_on=due_on,
                                reported_on=reported_on, text=text, status=status or measure.status,
                                organization_id=organization_id or indicator.organization_id)
        s.add(report)
        if status is not None and measure.status != status:
            measure.status = status
        s.flush()
        return report


def due_reports(db: Database, today: date, until: date | None = None, organization_id: int | None = None,
                missed_only: bool = False) -> list[DueReport]:
    """Reports due up to *until* (default *today*), oldest first; missed = due before today, none received."""
    until = until or today
    with db.read() as s:
        stmt = (select(Indicator, Measure.number, func.coalesce(func.nullif(Plan.short_title, ""), Plan.title),
                       Organization.name)
                .join(Measure, Measure.id == Indicator.measure_id)
                .join(Plan, Plan.id == Measure.plan_id)
                .outerjoin(Organization, Organization.id == Indicator.organization_id)
                .where(Indicator.starts_on <= until))
        if organization_id is not None:
            stmt = stmt.where(Indicator.organization_id == organization_id)
        rows = list(s.execute(stmt))
        reported = _reported(s, [i.id for i, *_rest in rows])
    result = []
    for indicator, number, plan, org in rows:
        got = reported.get(indicator.id, {})
        for due in due_dates(indicator.starts_on, indicator.ends_on, indicator.frequency_months):
            if due > until:
                break
            line = DueReport(indicator.id, indicator.name, indicator.measure_id, number, plan,
                             indicator.organization_id, org or "", due, got.get(due))
            if missed_only and not (line.missed and due < today):
                continue
            result.append(line)
    result.sort(key=lambda r: (r.due_on, r.plan, r.measure_number, r.indicator_id))
    return result


def missed_reports(db: Database, today: date, organization_id: int | None = None) -> list[DueReport]:
    """Due dates passed with no report received."""
    return due_reports(db, today, organization_id=organization_id, missed_only=True)


# -- indicators named in a plan matrix's "Indicators" column -----------------------------------

def split_names(text: str | None) -> list[str]:
    """One indicator a line of the cell (the layout of plan matrices), blank lines left out."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def default_period(measure: Measure, plan: Plan | None) -> tuple[date, date]:
    """The measure's deadline, else its plan's years, else the current year: where an indicator runs."""
    starts = measure.deadline_start or (date(plan.period_start, 1, 1) if plan and plan.period_start else None) \
        or date(date.today().year, 1, 1)
    ends = measure.deadline_end or (date(plan.period_end, 12, 31) if plan and plan.period_end else None) \
        or date(starts.year, 12, 31)
    return starts, max(starts, ends)


def names_by_measure(s: Session, measure_ids: Any) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for measure_id, name in s.execute(select(Indicator.measure_id, Indicator.name)
                                      .where(Indicator.measure_id.in_(measure_ids))
                                      .order_by(Indicator.measure_id, Indicator.position, Indicator.id)):
        found.setdefault(measure_id, []).append(name)
    return found


def new_names(names: list[str], existing: list[str]) -> list[str]:
    """The names not yet among *existing* (compared case-folded), each once."""
    from ..models import fold

    known = {fold(n) for n in existing}
    result = []
    for name in names:
        if fold(name) not in known:
            known.add(fold(name))
            result.append(name)
    return result


def add_named(s: Session, measure: Measure, plan: Plan | None, names: list[str]) -> list[Indicator]:
    """Indicators for the *names* the measure lacks (yearly, over the measure's period, its lead reporting).

    Inside the caller's transaction (an import); indicators already there are kept as they are.
    """
    existing = names_by_measure(s, [measure.id]).get(measure.id, [])
    wanted = new_names(names, existing)
    if not wanted:
        return []
    starts, ends = default_period(measure, plan)
    lead = next((link.organization_id for link in measure.organization_links if link.role == "lead"), None)
    last = s.scalar(select(func.max(Indicator.position)).where(Indicator.measure_id == measure.id)) or 0
    created = [Indicator(measure_id=measure.id, position=last + offset, name=name, organization_id=lead,
                         frequency_months=12, starts_on=starts, ends_on=ends)
               for offset, name in enumerate(wanted, start=1)]
    s.add_all(created)
    return created
