"""Indicators of plan measures (after IMPACT OSS): who reports, how often, from when to when."""

from __future__ import annotations

from datetime import date
from typing import Optional

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Searchable, Versioned
from .directory import Organization
from .plans import Measure


class Indicator(Versioned, Searchable, Base):
    """A measurable sign of a measure's progress, reported every ``frequency_months``.

    Reports fall due at the end of each period from ``starts_on`` (``starts_on`` plus
    one, two ... periods), the last one on ``ends_on``; progress reports name the due
    date they answer (``ProgressReport.due_on``).
    """

    __tablename__ = "indicator"
    __table_args__ = (
        CheckConstraint("frequency_months >= 1 AND frequency_months <= 120", name="frequency_range"),
        CheckConstraint("ends_on >= starts_on", name="ends_after_start"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    measure_id: Mapped[int] = mapped_column(ForeignKey("measure.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(Text, default="")
    organization_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    frequency_months: Mapped[int] = mapped_column(Integer, default=12)
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    baseline: Mapped[str] = mapped_column(Text, default="")
    target: Mapped[str] = mapped_column(Text, default="")

    measure: Mapped[Measure] = relationship()
    organization: Mapped[Optional[Organization]] = relationship()

    def searchable_parts(self) -> list[str | None]:
        return [self.name, self.baseline, self.target]
