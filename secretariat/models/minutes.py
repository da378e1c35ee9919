"""The life of minutes and action items across meetings: reviews, revisions, circulation."""

from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from sqlalchemy import Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import SHORT, Base, utcnow
from .meetings import ActionItem, Meeting


class ActionItemEvent(Base):
    """One step in an action item's history: reviewed at a meeting as done, carried over or dropped.

    The status and due date before the step are kept so that a mistaken mark can be undone.
    """

    __tablename__ = "action_item_event"
    __table_args__ = (UniqueConstraint("action_item_id", "meeting_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action_item_id: Mapped[int] = mapped_column(
        ForeignKey("action_item.id", ondelete="CASCADE"), index=True
    )
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    outcome: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    previous_status: Mapped[str] = mapped_column(String(20), default="")
    previous_due_date: Mapped[Optional[date]] = mapped_column(Date)
    new_due_date: Mapped[Optional[date]] = mapped_column(Date)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    os_user: Mapped[str] = mapped_column(String(120), default="")

    action_item: Mapped[ActionItem] = relationship()
    meeting: Mapped[Meeting] = relationship()


class MinutesRevision(Base):
    """A saved version of a meeting's minutes (JSON of the agenda items' text and decisions)."""

    __tablename__ = "minutes_revision"
    __table_args__ = (UniqueConstraint("meeting_id", "number"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    saved_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    os_user: Mapped[str] = mapped_column(String(120), default="")
    note: Mapped[str] = mapped_column(SHORT, default="")
    content: Mapped[str] = mapped_column(Text, default="{}")


class MinutesCirculation(Base):
    """The minutes as sent to the members for comment: when, to whom, the very PDF sent."""

    __tablename__ = "minutes_circulation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    circulated_on: Mapped[date] = mapped_column(Date)
    recipients: Mapped[str] = mapped_column(Text, default="")
    file_name: Mapped[str] = mapped_column(SHORT, default="")
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    revision_number: Mapped[Optional[int]] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    os_user: Mapped[str] = mapped_column(String(120), default="")
