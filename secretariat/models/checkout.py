"""Offline check-out of a meeting: the mark on the database it came from, and the copy's origin.

A meeting is *checked out* to a laptop as a small local database holding that meeting and
what typing its minutes needs. The database it came from keeps a ``MeetingCheckout`` row
(who has it, since when), shown to everyone else; the copy keeps one ``CheckoutCopy`` row:
where it came from and its records as they were at check-out (the base of the merge at
check-in).
"""

from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import SHORT, Base, utcnow


class MeetingCheckout(Base):
    """This meeting is checked out to someone's computer until it is checked back in."""

    __tablename__ = "meeting_checkout"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), unique=True
    )
    token: Mapped[str] = mapped_column(String(32), unique=True)
    holder: Mapped[str] = mapped_column(String(120), default="")
    """The person's account on the computer the copy went to (and that computer's name)."""
    db_user: Mapped[str] = mapped_column(String(120), default="")
    file_name: Mapped[str] = mapped_column(SHORT, default="")
    checked_out_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class CheckoutCopy(Base):
    """In a checked-out copy: its origin, and the records as they were when it was made."""

    __tablename__ = "checkout_copy"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token: Mapped[str] = mapped_column(String(32), unique=True)
    meeting_id: Mapped[int] = mapped_column(Integer)
    origin: Mapped[str] = mapped_column(SHORT, default="")
    """The database it came from, as shown to people (a file, or a server without password)."""
    holder: Mapped[str] = mapped_column(String(120), default="")
    checked_out_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    checked_in_at: Mapped[Optional[datetime]] = mapped_column(DateTime)
    base: Mapped[str] = mapped_column(Text, default="{}")
    """JSON: per table, the rows as checked out (the common ancestor of both sides' changes)."""
