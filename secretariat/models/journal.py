"""Records about records: the audit log, autosaved drafts, remembered import layouts."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, utcnow


class AuditEntry(Base):
    """Who changed what, when, with the old and new values (JSON)."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    os_user: Mapped[str] = mapped_column(String(120), default="")
    db_user: Mapped[str] = mapped_column(String(120), default="", server_default="")
    """The database login that made the change (shared databases; empty on a local file)."""
    action: Mapped[str] = mapped_column(String(20))
    table_name: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, default="")
    changes: Mapped[str] = mapped_column(Text, default="{}")


class Draft(Base):
    """Text typed but not yet saved (minutes autosave), kept until saved or discarded."""

    __tablename__ = "draft"
    __table_args__ = (UniqueConstraint("entity", "entity_id", "field"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(60))
    content: Mapped[str] = mapped_column(Text, default="")
    saved_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    os_user: Mapped[str] = mapped_column(String(120), default="")


class ImportLayout(Base):
    """A clerk's corrected column mapping, remembered for spreadsheets of that layout."""

    __tablename__ = "import_layout"
    __table_args__ = (UniqueConstraint("kind", "signature"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    signature: Mapped[str] = mapped_column(String(64))
    mapping: Mapped[str] = mapped_column(Text, default="{}")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
