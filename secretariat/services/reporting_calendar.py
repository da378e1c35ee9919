"""The reports calendar: when each treaty body and the UPR expect the State's next report.

A treaty's schedule starts at its entry into force for the State (computed from the date
of ratification or accession by the treaty's own rule unless entered): the initial report
``initial_months`` later, then one every ``period_months``. A date the committee set in
its concluding observations (``next_due_on``) overrides the schedule from there on.
Reports recorded on the National reports page answer the computed dates they are near,
so a year shows each report once: the recorded one, or else the date still to be met.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select

from ..db import Database
from ..i18n import translate
from ..models import NationalReport, Organization, ReportingCycle, ReportStatus
from .common import apply_fields, check_version, clean_text, get_or_raise
from .errors import ValidationError
from .indicators import add_months
from .names import label_column

ENTRY_RULES = ("30_days", "3_months", "month_after_3_months", "none")
CYCLE_FIELDS = ("ratified_on", "in_force_on", "entry_rule", "initial_months", "period_months", "next_due_on",
                "next_due_source", "notes")
MAX_DATES = 200
# a recorded report answers a computed date at most this far from it (or half a period)
MATCH_DAYS = 365


@dataclass(frozen=True)
class CycleRule:
    """The plain facts a schedule is computed from (a ``ReportingCycle`` or a test's own)."""

    body: str
    ratified_on: date | None
    initial_months: int
    period_months: int | None
    entry_rule: str = "30_days"
    in_force_on: date | None = None
    next_due_on: date | None = None
    mechanism: str = "treaty_body"


def entry_into_force(ratified_on: date, rule: str) -> date:
    """The day a treaty enters into force for a State that deposited its instrument on *ratified_on*.

    ``30_days``: the thirtieth day after the deposit (CERD art. 19(2), CEDAW art. 27(2), CAT
    art. 27(2), CRC art. 49(2), CRPD art. 45(2), CED art. 39(2)); ``3_months``: three months
    after it (ICCPR art. 49(2), ICESCR art. 27(2)); ``month_after_3_months``: the first day of
    the month following three months after it (ICRMW art. 87(2)); ``none``: that day itself.
    """
    if rule == "30_days":
        return ratified_on + timedelta(days=30)
    if rule == "3_months":
        return add_months(ratified_on, 3)
    if rule == "month_after_3_months":
        later = add_months(ratified_on, 3)
        return date(later.year + later.month // 12, later.month % 12 + 1, 1)
    if rule == "none":
        return ratified_on
    raise ValidationError(translate("calendar", "Unknown rule of entry into force: {rule}.").format(rule=rule),
                          field="entry_rule")


def start_of(rule: CycleRule) -> date | None:
    if rule.in_force_on is not None:
        return rule.in_force_on
    if rule.ratified_on is None:
        return None
    return entry_into_force(rule.ratified_on, rule.entry_rule)


def due_dates(rule: CycleRule, until: date) -> list[tuple[date, int, bool]]:
    """(due date, report number from 1, set by the committee) up to *until*, in order.

    The treaty's schedule is kept up to half a period before the committee's own date;
    from that date on the periodicity continues from it.
    """
    start = start_of(rule)
    result: list[tuple[date, int, bool]] = []
    if start is not None:
        # each date from the entry into force itself, so that a day the month lacks (31st, 29 February)
        # comes back in the months that have it rather than drifting to the 28th
        override = rule.next_due_on
        keep_before = None
        if override is not None:
            half = (rule.period_months or 12) * 30.44 / 2
            keep_before = override - timedelta(days=round(half))
        step = 0
        while len(result) < MAX_DATES:
            due = add_months(start, rule.initial_months + (rule.period_months or 0) * step)
            if due > until or (keep_before is not None and due >= keep_before):
                break
            result.append((due, step + 1, False))
            if not rule.period_months:
                break
            step += 1
    elif rule.next_due_on is None:
        return []
    if rule.next_due_on is not None:
        number = len(result) + 1
        step = 0
        while len(result) < MAX_DATES:
            due = add_months(rule.next_due_on, (rule.period_months or 0) * step)
            if due > until:
                break
            result.append((due, number + step, step == 0))
            if not rule.period_months:
                break
            step += 1
    return result


# -- editing the cycles ------------------------------------------------------------------

@dataclass(frozen=True)
class CycleRow:
    id: int
    body: str
    mechanism: str
    instrument: str
    ratified_on: date | None
    in_force_on: date | None
    entry_rule: str
    initial_months: int
    period_months: int | None
    next_due_on: date | None
    next_due_source: str
    source: str
    notes: str
    version: int
    starts_on: date | None  # entry into force as used (entered, or computed)

    @property
    def rule(self) -> CycleRule:
        return CycleRule(self.body, self.ratified_on, self.initial_months, self.period_months, self.entry_rule,
                         self.in_force_on, self.next_due_on, self.mechanism)


def _row(c: ReportingCycle) -> CycleRow:
    rule = CycleRule(c.body, c.ratified_on, c.initial_months, c.period_months, c.entry_rule, c.in_force_on,
                     c.next_due_on, c.mechanism)
    return CycleRow(c.id, c.body, c.mechanism, c.instrument, c.ratified_on, c.in_force_on, c.entry_rule,
                    c.initial_months, c.period_months, c.next_due_on, c.next_due_source, c.source, c.notes,
                    c.version, start_of(rule))


def list_cycles(db: Database) -> list[CycleRow]:
    with db.read() as s:
        return [_row(c) for c in s.scalars(select(ReportingCycle).order_by(
            ReportingCycle.mechanism.desc(), ReportingCycle.id))]


def update_cycle(db: Database, cycle_id: int, expected_version: int | None = None, **changes: Any) -> CycleRow:
    """Saves a body's dates and rule; a date of entry into force before the ratification is refused."""
    if "entry_rule" in changes and changes["entry_rule"] not in ENTRY_RULES:
        raise ValidationError(translate("calendar", "Unknown rule of entry into force: {rule}.")
                              .format(rule=changes["entry_rule"]), field="entry_rule")
    for key in ("next_due_source", "notes"):
        if key in changes:
            changes[key] = clean_text(changes[key] or "").strip()
    with db.write() as s:
        cycle = get_or_raise(s, ReportingCycle, cycle_id, translate("calendar", "Reporting cycle"))
        check_version(cycle, expected_version, translate("calendar", "This reporting cycle"))
        apply_fields(cycle, changes, CYCLE_FIELDS)
        if not 0 <= cycle.initial_months <= 120:
            raise ValidationError(translate("calendar", "The initial report is due 0 to 120 months after entry "
                                                        "into force."), field="initial_months")
        if cycle.period_months is not None and not 1 <= cycle.period_months <= 240:
            raise ValidationError(translate("calendar", "Periodic reports are due every 1 to 240 months, or "
                                                        "only when the committee asks (leave it empty)."),
                                  field="period_months")
        if cycle.ratified_on and cycle.in_force_on and cycle.in_force_on < cycle.ratified_on:
            raise ValidationError(translate("calendar", "The entry into force is before the ratification."),
                                  field="in_force_on")
        s.flush()
        return _row(cycle)


# -- the calendar of a year ------------------------------------------------------------------

@dataclass(frozen=True)
class CalendarEntry:
    due_on: date
    body: str
    mechanism: str
    title: str
    origin: str            # "recorded", "computed" (treaty schedule) or "committee" (concluding observations)
    report_id: int | None  # the recorded report, if any
    status: str
    submitted_on: date | None
    responsible: str
    overdue: bool


def _computed_title(rule: CycleRule, number: int) -> str:
    """Not numbered past the initial one: the schedule counts every period since the entry into
    force, while States often combine reports, so its count is not the report's number."""
    if rule.mechanism == "upr":
        return translate("calendar", "National report for the UPR")
    if number == 1:
        return translate("calendar", "Initial report")
    return translate("calendar", "Periodic report")


def _answered(due: date, recorded: list[date], period_months: int | None) -> bool:
    window = min(MATCH_DAYS, round((period_months or 12) * 30.44 / 2))
    return any(abs((r - due).days) <= window for r in recorded)


def calendar_entries(db: Database, date_from: date, date_to: date, today: date | None = None) -> list[CalendarEntry]:
    """What is due between two dates: recorded reports, and the computed dates no recorded report answers."""
    today = today or date.today()
    N = NationalReport
    with db.read() as s:
        cycles = [_row(c).rule for c in s.scalars(select(ReportingCycle))]
        recorded_dates: dict[str, list[date]] = {}
        for body, due in s.execute(select(N.body, N.due_date).where(N.due_date.is_not(None))):
            recorded_dates.setdefault(body.strip().casefold(), []).append(due)
        entries = [
            CalendarEntry(r.due_date, r.body, r.mechanism, r.title or "", "recorded", r.id, r.status, r.submitted_on,
                          name or "", r.submitted_on is None and r.due_date < today)
            for r, name in s.execute(select(N, label_column(Organization))
                                     .outerjoin(Organization, Organization.id == N.responsible_id)
                                     .where(N.due_date >= date_from, N.due_date <= date_to))]
    for rule in cycles:
        known = recorded_dates.get(rule.body.casefold(), [])
        for due, number, by_committee in due_dates(rule, date_to):
            if due < date_from or _answered(due, known, rule.period_months):
                continue
            entries.append(CalendarEntry(due, rule.body, rule.mechanism, _computed_title(rule, number),
                                         "committee" if by_committee else "computed", None,
                                         ReportStatus.PLANNED.value, None, "", due < today))
    entries.sort(key=lambda e: (e.due_on, e.body.casefold(), e.title))
    return entries


def year_entries(db: Database, year: int, today: date | None = None) -> list[CalendarEntry]:
    return calendar_entries(db, date(year, 1, 1), date(year, 12, 31), today)


def calendar_years(db: Database, today: date | None = None) -> list[int]:
    """Years worth offering: those of recorded due dates, and a few around the present."""
    this_year = (today or date.today()).year
    with db.read() as s:
        low, high = s.execute(select(func.min(NationalReport.due_date), func.max(NationalReport.due_date))).one()
    first = min(low.year if low else this_year, this_year - 2)
    last = max(high.year if high else this_year, this_year + 5)
    return list(range(first, last + 1))
