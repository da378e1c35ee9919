"""Meetings: attendance, agenda, minutes, decisions and action items."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Optional

from sqlalchemy import (
    CheckConstraint,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import SHORT, Base, Searchable, Versioned
from .directory import Organization, Person
from .enums import (
    ActionStatus,
    AttendanceRole,
    Language,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    OutcomeKind,
    Presence,
)

if TYPE_CHECKING:
    from .plans import Measure
    from .recommendations import Recommendation

agenda_item_measure = Table(
    "agenda_item_measure",
    Base.metadata,
    Column("agenda_item_id", ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True),
    Column("measure_id", ForeignKey("measure.id", ondelete="CASCADE"), primary_key=True, index=True),
)

agenda_item_recommendation = Table(
    "agenda_item_recommendation",
    Base.metadata,
    Column("agenda_item_id", ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "recommendation_id",
        ForeignKey("recommendation.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)

action_item_organization = Table(
    "action_item_organization",
    Base.metadata,
    Column("action_item_id", ForeignKey("action_item.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "organization_id",
        ForeignKey("organization.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
)


class Meeting(Versioned, Searchable, Base):
    __tablename__ = "meeting"
    __table_args__ = (UniqueConstraint("year", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), default=MeetingKind.COMMISSION.value)
    year: Mapped[int] = mapped_column(Integer, index=True)
    number: Mapped[Optional[int]] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(Text, default="")
    starts_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[Optional[datetime]] = mapped_column(DateTime)
    venue: Mapped[str] = mapped_column(SHORT, default="")
    format: Mapped[str] = mapped_column(String(20), default=MeetingFormat.IN_PERSON.value)
    organizer_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    chair_id: Mapped[Optional[int]] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    secretary_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL")
    )
    language: Mapped[str] = mapped_column(String(8), default=Language.RUSSIAN.value)
    status: Mapped[str] = mapped_column(
        String(30), default=MeetingStatus.PLANNED.value, index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="")
    # Where and when these minutes were approved (by a decision of a later meeting).
    approved_at_meeting_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )
    approved_on: Mapped[Optional[date]] = mapped_column(Date)

    approved_at_meeting: Mapped[Optional["Meeting"]] = relationship(
        foreign_keys=[approved_at_meeting_id], remote_side="Meeting.id"
    )
    organizer: Mapped[Optional[Organization]] = relationship(foreign_keys=[organizer_id])
    chair: Mapped[Optional[Person]] = relationship(foreign_keys=[chair_id])
    secretary: Mapped[Optional[Person]] = relationship(foreign_keys=[secretary_id])
    attendance: Mapped[list["Attendance"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Attendance.id"
    )
    agenda_items: Mapped[list["AgendaItem"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position",
        foreign_keys="AgendaItem.meeting_id",
    )
    decisions: Mapped[list["Decision"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Decision.id"
    )
    action_items: Mapped[list["ActionItem"]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="ActionItem.id"
    )

    def searchable_parts(self) -> list[str | None]:
        return [self.title, self.venue, self.notes]

    @property
    def is_locked(self) -> bool:
        """Approved minutes are read-only until deliberately reopened."""
        return self.status == MeetingStatus.MINUTES_APPROVED.value

    @property
    def reference(self) -> str:
        return meeting_reference(self.id, self.year, self.number)


def meeting_reference(meeting_id: int, year: int, number: int | None) -> str:
    """How a meeting is named in lists: "2024/3", or "#12" before it has a number."""
    return f"{year}/{number}" if number else f"#{meeting_id}"


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (
        CheckConstraint(
            "person_id IS NOT NULL OR organization_id IS NOT NULL", name="person_or_org"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("person.id", ondelete="SET NULL"), index=True
    )
    organization_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    role: Mapped[str] = mapped_column(String(20), default=AttendanceRole.MEMBER.value)
    presence: Mapped[str] = mapped_column(String(20), default=Presence.PRESENT.value)
    represented_by: Mapped[str] = mapped_column(SHORT, default="")
    note: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    person: Mapped[Optional[Person]] = relationship()
    organization: Mapped[Optional[Organization]] = relationship()


class AgendaItem(Searchable, Base):
    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=1)
    title: Mapped[str] = mapped_column(Text, default="")
    presenter: Mapped[str] = mapped_column(SHORT, default="")
    is_standing: Mapped[bool] = mapped_column(default=False)
    # A standing item with a job: "" (an ordinary item), "action_review" (the review of
    # earlier meetings' action items) or "approve_minutes" (approving earlier minutes).
    purpose: Mapped[str] = mapped_column(String(30), default="")
    approves_meeting_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL"), index=True
    )
    # Minutes, in the regional protocol: HEARD (who reported what) and SPOKE (the
    # discussion). Rich text is stored as a small HTML subset (p, b, i, u, ol, ul, li).
    heard: Mapped[str] = mapped_column(Text, default="")
    spoke: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items", foreign_keys=[meeting_id])
    approves_meeting: Mapped[Optional[Meeting]] = relationship(foreign_keys=[approves_meeting_id])
    decisions: Mapped[list["Decision"]] = relationship(
        back_populates="agenda_item", order_by="Decision.position"
    )
    measures: Mapped[list["Measure"]] = relationship(secondary=agenda_item_measure)
    recommendations: Mapped[list["Recommendation"]] = relationship(
        secondary=agenda_item_recommendation
    )

    def searchable_parts(self) -> list[str | None]:
        return [self.title, self.presenter, self.heard, self.spoke]


class Decision(Searchable, Base):
    """A decision, numbered within its agenda item (1.1, 1.2 ...)."""

    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=1)
    kind: Mapped[str] = mapped_column(String(20), default=OutcomeKind.DECISION.value)
    text: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="decisions")
    agenda_item: Mapped[Optional[AgendaItem]] = relationship(back_populates="decisions")
    action_items: Mapped[list["ActionItem"]] = relationship(back_populates="decision")

    def searchable_parts(self) -> list[str | None]:
        return [self.text]

    @property
    def number(self) -> str:
        if self.agenda_item is not None:
            return f"{self.agenda_item.position}.{self.position}"
        return str(self.position)


class ActionItem(Versioned, Searchable, Base):
    __tablename__ = "action_item"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    decision_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("decision.id", ondelete="SET NULL"), index=True
    )
    text: Mapped[str] = mapped_column(Text, default="")
    due_date: Mapped[Optional[date]] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(20), default=ActionStatus.OPEN.value, index=True)
    completed_on: Mapped[Optional[date]] = mapped_column(Date)
    completion_note: Mapped[str] = mapped_column(Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="action_items")
    decision: Mapped[Optional[Decision]] = relationship(back_populates="action_items")
    responsible: Mapped[list[Organization]] = relationship(secondary=action_item_organization)

    def searchable_parts(self) -> list[str | None]:
        return [self.text, self.completion_note]

    @property
    def is_open(self) -> bool:
        return self.status in (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)
