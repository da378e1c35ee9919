"""Reporting cycles: when a treaty body (or the UPR) expects the State's reports.

A treaty fixes the initial report (months after entry into force for the State) and the
periodicity after it; the committee's concluding observations may set the next date
themselves, which then overrides the treaty's schedule (see ``services.reporting_calendar``).
Every value is editable: the defaults are the treaties' rules, the State's dates are
entered by the secretariat.
"""

from __future__ import annotations

from datetime import date
from typing import Optional

from sqlalchemy import CheckConstraint, Date, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Versioned
from .enums import Mechanism


class ReportingCycle(Versioned, Base):
    __tablename__ = "reporting_cycle"
    __table_args__ = (
        CheckConstraint("initial_months >= 0 AND initial_months <= 120", name="initial_range"),
        CheckConstraint("period_months IS NULL OR (period_months >= 1 AND period_months <= 240)",
                        name="period_range"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # the body's abbreviation as national reports name it ("CEDAW", "UPR")
    body: Mapped[str] = mapped_column(String(80), unique=True)
    mechanism: Mapped[str] = mapped_column(String(30), default=Mechanism.TREATY_BODY.value)
    instrument: Mapped[str] = mapped_column(Text, default="")
    # deposit of ratification or accession (for the UPR: the State's first review)
    ratified_on: Mapped[Optional[date]] = mapped_column(Date)
    # entry into force for the State; empty: computed from ``ratified_on`` by ``entry_rule``
    in_force_on: Mapped[Optional[date]] = mapped_column(Date)
    entry_rule: Mapped[str] = mapped_column(String(30), default="30_days")
    initial_months: Mapped[int] = mapped_column(Integer, default=12)
    # None: periodic reports only as the committee requests
    period_months: Mapped[Optional[int]] = mapped_column(Integer)
    # the next report's date as the committee set it (concluding observations), and where
    next_due_on: Mapped[Optional[date]] = mapped_column(Date)
    next_due_source: Mapped[str] = mapped_column(String(255), default="")
    # where the rule comes from (treaty article, resolution)
    source: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
