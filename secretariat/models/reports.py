"""National reports due to UN treaty bodies and the UPR."""

from __future__ import annotations

from datetime import date
from typing import Optional

from sqlalchemy import Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Searchable, Versioned
from .directory import Organization
from .enums import Mechanism, ReportStatus


class NationalReport(Versioned, Searchable, Base):
    __tablename__ = "national_report"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mechanism: Mapped[str] = mapped_column(String(30), default=Mechanism.TREATY_BODY.value)
    body: Mapped[str] = mapped_column(String(80), index=True)
    title: Mapped[str] = mapped_column(Text, default="")
    cycle: Mapped[str] = mapped_column(String(40), default="")
    period_start: Mapped[Optional[int]] = mapped_column(Integer)
    period_end: Mapped[Optional[int]] = mapped_column(Integer)
    due_date: Mapped[Optional[date]] = mapped_column(Date, index=True)
    submitted_on: Mapped[Optional[date]] = mapped_column(Date)
    status: Mapped[str] = mapped_column(
        String(30), default=ReportStatus.PLANNED.value, index=True
    )
    responsible_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")

    responsible: Mapped[Optional[Organization]] = relationship()

    def searchable_parts(self) -> list[str | None]:
        return [self.body, self.title, self.notes]

    def is_overdue(self, today: date) -> bool:
        return self.submitted_on is None and self.due_date is not None and self.due_date < today
