"""Reporting cycles of the treaty bodies and the UPR; the free-text indicators of measures
become indicator rows.

The cycles are seeded with the treaties' own rules (initial report, periodicity, entry
into force) and no State dates: the secretariat enters its ratification dates. The old
``measure.indicators`` text is moved, one indicator a line, into ``indicator`` rows
(period of the measure's deadline, or of its plan, yearly reports, lead organization),
then the column is dropped.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

from datetime import date, datetime, timezone

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

# body, mechanism, instrument, entry into force, initial months, period months (None: as requested), source
CYCLES = (
    ("CCPR", "treaty_body", "International Covenant on Civil and Political Rights", "3_months", 12, 96,
     "ICCPR art. 40(1), entry into force art. 49(2); periodic reports when the Human Rights Committee "
     "requests them: 8 years in its predictable review cycle (simplified procedure)"),
    ("CESCR", "treaty_body", "International Covenant on Economic, Social and Cultural Rights", "3_months", 24, 60,
     "ICESCR arts. 16-17, entry into force art. 27(2); ECOSOC resolution 1988/4: initial report within "
     "2 years, then every 5 years"),
    ("CERD", "treaty_body", "International Convention on the Elimination of All Forms of Racial Discrimination",
     "30_days", 12, 24, "ICERD art. 9(1), entry into force art. 19(2): within 1 year, then every 2 years "
     "(the Committee accepts combined reports)"),
    ("CEDAW", "treaty_body", "Convention on the Elimination of All Forms of Discrimination against Women",
     "30_days", 12, 48, "CEDAW art. 18(1), entry into force art. 27(2): within 1 year, then at least every 4 years"),
    ("CAT", "treaty_body", "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or "
     "Punishment", "30_days", 12, 48,
     "CAT art. 19(1), entry into force art. 27(2): within 1 year, then every 4 years"),
    ("CRC", "treaty_body", "Convention on the Rights of the Child", "30_days", 24, 60,
     "CRC art. 44(1), entry into force art. 49(2): within 2 years, then every 5 years"),
    ("CRPD", "treaty_body", "Convention on the Rights of Persons with Disabilities", "30_days", 24, 48,
     "CRPD art. 35(1)-(2), entry into force art. 45(2): within 2 years, then at least every 4 years"),
    ("CMW", "treaty_body", "International Convention on the Protection of the Rights of All Migrant Workers "
     "and Members of Their Families", "month_after_3_months", 12, 60,
     "ICRMW art. 73(1), entry into force art. 87(2): within 1 year, then every 5 years"),
    ("CED", "treaty_body", "International Convention for the Protection of All Persons from Enforced "
     "Disappearance", "30_days", 24, None,
     "ICPPED art. 29(1), entry into force art. 39(2): within 2 years; further information as the "
     "Committee requests (art. 29(4))"),
    ("UPR", "upr", "Universal Periodic Review (Human Rights Council)", "none", 0, 54,
     "Human Rights Council resolutions 5/1 and 16/21: each State reviewed every 4.5 years "
     "(enter the first review's date)"),
)


def _searchable(*parts: str | None) -> str:
    from secretariat.models.base import fold

    return fold(" ".join(p for p in parts if p))


def _recompute_measures(with_indicators: bool) -> None:
    conn = op.get_bind()
    columns = "id, number, text" + (", indicators" if with_indicators else "")
    changed = [{"id": row[0], "folded": _searchable(*row[1:])}
               for row in conn.execute(sa.text(f"SELECT {columns} FROM measure"))]
    if changed:
        conn.execute(sa.text("UPDATE measure SET search_text = :folded WHERE id = :id"), changed)


def _move_indicators() -> None:
    """Every non-empty line of ``measure.indicators`` becomes an indicator row of its measure."""
    conn = op.get_bind()
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    rows = conn.execute(sa.text(
        "SELECT m.id, m.indicators, m.deadline_start, m.deadline_end, m.created_at, p.period_start, p.period_end "
        "FROM measure m JOIN plan p ON p.id = m.plan_id ORDER BY m.id")).all()
    positions = dict(conn.execute(sa.text("SELECT measure_id, MAX(position) FROM indicator GROUP BY measure_id")).all())
    leads = {}
    for measure_id, organization_id in conn.execute(sa.text(
            "SELECT measure_id, organization_id FROM measure_organization WHERE role = 'lead' "
            "ORDER BY measure_id, organization_id")):
        leads.setdefault(measure_id, organization_id)
    new = []
    for measure_id, text, d_start, d_end, created, p_start, p_end in rows:
        lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
        if not lines:
            continue
        created_on = created.date() if isinstance(created, datetime) else date.fromisoformat(str(created)[:10])
        starts = _as_date(d_start) or (date(p_start, 1, 1) if p_start else created_on)
        ends = _as_date(d_end) or (date(p_end, 12, 31) if p_end else date(starts.year, 12, 31))
        ends = max(ends, starts)
        position = positions.get(measure_id) or 0
        for line in lines:
            position += 1
            new.append({"measure_id": measure_id, "position": position, "name": line,
                        "organization_id": leads.get(measure_id), "frequency_months": 12, "starts_on": starts,
                        "ends_on": ends, "baseline": "", "target": "", "version": 1, "created_at": now,
                        "updated_at": now, "search_text": _searchable(line)})
    if new:
        indicator = sa.table("indicator", *(sa.column(k) for k in new[0]))
        op.bulk_insert(indicator, new)


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value  # type: ignore[return-value]
    return date.fromisoformat(str(value)[:10])


def upgrade() -> None:
    cycle = op.create_table(
        "reporting_cycle",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("body", sa.String(length=80), nullable=False),
        sa.Column("mechanism", sa.String(length=30), nullable=False),
        sa.Column("instrument", sa.Text(), nullable=False),
        sa.Column("ratified_on", sa.Date(), nullable=True),
        sa.Column("in_force_on", sa.Date(), nullable=True),
        sa.Column("entry_rule", sa.String(length=30), nullable=False),
        sa.Column("initial_months", sa.Integer(), nullable=False),
        sa.Column("period_months", sa.Integer(), nullable=True),
        sa.Column("next_due_on", sa.Date(), nullable=True),
        sa.Column("next_due_source", sa.String(length=255), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("initial_months >= 0 AND initial_months <= 120",
                           name=op.f("ck_reporting_cycle_initial_range")),
        sa.CheckConstraint("period_months IS NULL OR (period_months >= 1 AND period_months <= 240)",
                           name=op.f("ck_reporting_cycle_period_range")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reporting_cycle")),
        sa.UniqueConstraint("body", name=op.f("uq_reporting_cycle_body")),
    )
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    op.bulk_insert(cycle, [
        {"body": body, "mechanism": mechanism, "instrument": instrument, "ratified_on": None, "in_force_on": None,
         "entry_rule": rule, "initial_months": initial, "period_months": period, "next_due_on": None,
         "next_due_source": "", "source": source, "notes": "", "version": 1, "created_at": now, "updated_at": now}
        for body, mechanism, instrument, rule, initial, period, source in CYCLES])

    _move_indicators()
    # A plain ALTER (SQLite 3.35+), not a batch copy: SQLite's DROP TABLE of the copied
    # table would cascade to the indicator rows just written (foreign keys are on).
    op.execute("ALTER TABLE measure DROP COLUMN indicators")
    _recompute_measures(with_indicators=False)


def downgrade() -> None:
    # ADD COLUMN alters in place; a batch copy would cascade-delete the measures' children
    op.add_column("measure", sa.Column("indicators", sa.Text(), nullable=False, server_default=""))
    conn = op.get_bind()
    names: dict[int, list[str]] = {}
    for measure_id, name in conn.execute(sa.text("SELECT measure_id, name FROM indicator ORDER BY measure_id, "
                                                 "position, id")):
        names.setdefault(measure_id, []).append(name)
    if names:
        conn.execute(sa.text("UPDATE measure SET indicators = :text WHERE id = :id"),
                     [{"id": k, "text": "\n".join(v)} for k, v in names.items()])
    _recompute_measures(with_indicators=True)
    op.drop_table("reporting_cycle")
