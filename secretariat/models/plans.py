"""Plans (action plans, work plans, roadmaps), their sections, measures and progress."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Optional

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import SHORT, Base, Searchable, Versioned
from .directory import Organization
from .enums import MeasureRole, MeasureStatus, PlanKind

if TYPE_CHECKING:
    from .recommendations import Recommendation


class Plan(Versioned, Searchable, Base):
    __tablename__ = "plan"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), default=PlanKind.NATIONAL_ACTION_PLAN.value)
    title: Mapped[str] = mapped_column(Text)
    short_title: Mapped[str] = mapped_column(String(120), default="")
    # The title in each working language; empty where none was given (``title`` is used).
    title_tk: Mapped[str] = mapped_column(Text, default="")
    title_ru: Mapped[str] = mapped_column(Text, default="")
    title_en: Mapped[str] = mapped_column(Text, default="")
    short_title_tk: Mapped[str] = mapped_column(String(120), default="")
    short_title_ru: Mapped[str] = mapped_column(String(120), default="")
    short_title_en: Mapped[str] = mapped_column(String(120), default="")
    period_start: Mapped[Optional[int]] = mapped_column(Integer)
    period_end: Mapped[Optional[int]] = mapped_column(Integer)
    adopted_on: Mapped[Optional[date]] = mapped_column(Date)
    adopting_act: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    sections: Mapped[list["PlanSection"]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="PlanSection.position"
    )
    measures: Mapped[list["Measure"]] = relationship(
        back_populates="plan", cascade="all, delete-orphan", order_by="Measure.position"
    )

    def searchable_parts(self) -> list[str | None]:
        return [self.title, self.short_title, self.title_tk, self.title_ru, self.title_en,
                self.short_title_tk, self.short_title_ru, self.short_title_en]

    @property
    def period(self) -> str:
        if self.period_start and self.period_end and self.period_start != self.period_end:
            return f"{self.period_start}-{self.period_end}"
        return str(self.period_start or self.period_end or "")


class PlanSection(Base):
    __tablename__ = "plan_section"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("plan_section.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[str] = mapped_column(String(40), default="")
    title: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=1)

    plan: Mapped[Plan] = relationship(back_populates="sections")
    parent: Mapped[Optional["PlanSection"]] = relationship(
        remote_side="PlanSection.id", back_populates="children"
    )
    children: Mapped[list["PlanSection"]] = relationship(
        back_populates="parent", cascade="all, delete-orphan", order_by="PlanSection.position"
    )
    measures: Mapped[list["Measure"]] = relationship(
        back_populates="section", order_by="Measure.position"
    )


class MeasureOrganization(Base):
    """An organization's part in a measure: lead, co-implementer or partner."""

    __tablename__ = "measure_organization"

    measure_id: Mapped[int] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), primary_key=True
    )
    organization_id: Mapped[int] = mapped_column(
        ForeignKey("organization.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[str] = mapped_column(String(20), primary_key=True, default=MeasureRole.LEAD.value)

    measure: Mapped["Measure"] = relationship(back_populates="organization_links")
    organization: Mapped[Organization] = relationship()


class Measure(Versioned, Searchable, Base):
    """A numbered deliverable of a plan."""

    __tablename__ = "measure"
    __table_args__ = (
        UniqueConstraint("plan_id", "number"),
        # What the Plans view counts per plan (measures, overdue ones), read from the index alone.
        Index("ix_measure_plan_status", "plan_id", "status", "deadline_end", "deadline_recurring"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plan.id", ondelete="CASCADE"), index=True)
    section_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("plan_section.id", ondelete="SET NULL"), index=True
    )
    number: Mapped[str] = mapped_column(String(40))
    position: Mapped[int] = mapped_column(Integer, default=1)
    text: Mapped[str] = mapped_column(Text, default="")
    # The deadline as people wrote it, and what the app understood of it.
    deadline_text: Mapped[str] = mapped_column(String(120), default="")
    deadline_start: Mapped[Optional[date]] = mapped_column(Date)
    deadline_end: Mapped[Optional[date]] = mapped_column(Date, index=True)
    deadline_recurring: Mapped[bool] = mapped_column(default=False)
    deadline_understood: Mapped[bool] = mapped_column(default=True)
    status: Mapped[str] = mapped_column(
        String(30), default=MeasureStatus.NOT_STARTED.value, index=True
    )

    plan: Mapped[Plan] = relationship(back_populates="measures")
    section: Mapped[Optional[PlanSection]] = relationship(back_populates="measures")
    organization_links: Mapped[list[MeasureOrganization]] = relationship(
        back_populates="measure", cascade="all, delete-orphan"
    )
    progress_reports: Mapped[list["ProgressReport"]] = relationship(
        back_populates="measure",
        cascade="all, delete-orphan",
        order_by="ProgressReport.reported_on",
    )
    recommendations: Mapped[list["Recommendation"]] = relationship(
        secondary="recommendation_measure", back_populates="measures"
    )

    def searchable_parts(self) -> list[str | None]:
        return [self.number, self.text]

    def organizations(self, role: MeasureRole | str) -> list[Organization]:
        return [link.organization for link in self.organization_links if link.role == role]


class ProgressReport(Searchable, Base):
    __tablename__ = "progress_report"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    measure_id: Mapped[int] = mapped_column(
        ForeignKey("measure.id", ondelete="CASCADE"), index=True
    )
    reported_on: Mapped[date] = mapped_column(Date, index=True)
    organization_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(30), default=MeasureStatus.IN_PROGRESS.value)
    # the indicator and the due date this report answers (see models.indicators)
    indicator_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("indicator.id", ondelete="SET NULL"), index=True
    )
    due_on: Mapped[Optional[date]] = mapped_column(Date)

    measure: Mapped[Measure] = relationship(back_populates="progress_reports")
    organization: Mapped[Optional[Organization]] = relationship()

    def searchable_parts(self) -> list[str | None]:
        return [self.text]
