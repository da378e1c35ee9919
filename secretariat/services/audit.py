"""The audit log: every change that goes through a session is written down.

A ``before_flush`` listener on the ORM session turns each new, changed or deleted
record into an ``AuditEntry`` with the old and new values, so no service can forget
to log. Bulk work done with Core statements logs one summary entry itself.
"""

from __future__ import annotations

import getpass
import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Iterable

from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from ..models import AuditEntry, Draft, ImportLayout, MinutesCirculation, MinutesRevision
from ..models.base import Base

# revisions and circulated PDFs are themselves a history (and large): not copied into the log
_NOT_AUDITED = (AuditEntry, Draft, ImportLayout, MinutesRevision, MinutesCirculation)
_SKIPPED_COLUMNS = {"search_text", "created_at", "updated_at", "version"}


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name is not worth failing a save
        return ""


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Base):
        ident = inspect(value).identity
        return ident[0] if ident and len(ident) == 1 else repr(value)
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def _label(obj: Base) -> str:
    for attr in ("reference", "number", "name", "full_name", "title", "text"):
        value = getattr(obj, attr, None)
        if isinstance(value, str) and value:
            return value[:120]
    return ""


def _changes(obj: Base, action: str) -> dict[str, Any]:
    state = inspect(obj)
    result: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _SKIPPED_COLUMNS:
            continue
        hist = state.attrs[attr.key].history
        if action == "insert":
            value = getattr(obj, attr.key)
            if value not in (None, ""):
                result[attr.key] = {"new": _plain(value)}
        elif action == "delete":
            old = hist.unchanged[0] if hist.unchanged else (hist.deleted[0] if hist.deleted else None)
            result[attr.key] = {"old": _plain(old)}
        elif hist.has_changes():
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old != new:
                result[attr.key] = {"old": _plain(old), "new": _plain(new)}
    if action == "update":
        for rel in state.mapper.relationships:
            if rel.secondary is None:
                continue
            hist = state.attrs[rel.key].history
            if hist.added or hist.deleted:
                result[rel.key] = {
                    "added": [_plain(o) for o in hist.added],
                    "removed": [_plain(o) for o in hist.deleted],
                }
    return result


def db_user(session: Session) -> str:
    """The database login of this session (shared databases; empty on a local file)."""
    return str(session.info.get("db_user") or "")


def _entry(session: Session, obj: Base, action: str, changes: dict[str, Any]) -> AuditEntry | None:
    ident = inspect(obj).identity
    record_id = ident[0] if ident else getattr(obj, "id", None)
    return AuditEntry(
        os_user=os_user(),
        db_user=db_user(session),
        action=action,
        table_name=obj.__tablename__,
        record_id=int(record_id) if isinstance(record_id, int) else 0,
        summary=_label(obj),
        changes=json.dumps(changes, ensure_ascii=False),
    )


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    pending: list[tuple[Base, str]] = []
    for obj in session.new:
        if not isinstance(obj, _NOT_AUDITED) and isinstance(obj, Base):
            pending.append((obj, "insert"))
    for obj in session.dirty:
        if isinstance(obj, _NOT_AUDITED) or not isinstance(obj, Base):
            continue
        if session.is_modified(obj, include_collections=True):
            pending.append((obj, "update"))
    for obj in session.deleted:
        if not isinstance(obj, _NOT_AUDITED) and isinstance(obj, Base):
            pending.append((obj, "delete"))
    if not pending:
        return
    inserts = [(obj, _changes(obj, a)) for obj, a in pending if a == "insert"]
    others = [(obj, a, _changes(obj, a)) for obj, a in pending if a != "insert"]
    for obj, action, changes in others:
        if action == "update" and not changes:
            continue
        entry = _entry(session, obj, action, changes)
        if entry is not None:
            session.add(entry)
    if inserts:
        # New rows have no id before the flush: record them right after it.
        session.info.setdefault("audit_inserts", []).extend(inserts)


def _after_flush(session: Session, _context: Any) -> None:
    inserts = session.info.pop("audit_inserts", None)
    if not inserts:
        return
    rows = []
    for obj, changes in inserts:
        entry = _entry(session, obj, "insert", changes)
        if entry is not None:
            rows.append(entry)
    # Added during after_flush: written by the session's next flush (at commit).
    session.add_all(rows)


def record(session: Session, action: str, table: str, record_id: int, summary: str,
           changes: dict[str, Any] | None = None) -> None:
    """Write an explicit entry (reopen, import, restore...)."""
    session.add(
        AuditEntry(
            os_user=os_user(),
            db_user=db_user(session),
            action=action,
            table_name=table,
            record_id=record_id,
            summary=summary[:500],
            changes=json.dumps(changes or {}, ensure_ascii=False),
        )
    )


def history(session: Session, table: str, record_id: int, limit: int | None = None) -> list[AuditEntry]:
    """The audit entries of one record, newest first."""
    stmt = (
        select(AuditEntry)
        .where(AuditEntry.table_name == table, AuditEntry.record_id == record_id)
        .order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
        .limit(limit)
    )
    return list(session.scalars(stmt))


@dataclass(frozen=True)
class FieldChange:
    """One field of one audit entry: *old* → *new* (None when there was none)."""

    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class HistoryRow:
    """An audit entry as plain values, for views and reports (no session needed)."""

    id: int
    at: datetime
    """When, in UTC (the views show local time)."""
    os_user: str
    action: str
    table: str
    record_id: int
    summary: str
    changes: tuple[FieldChange, ...]
    db_user: str = ""
    """The database login (shared databases), else empty."""


def parse_changes(changes: str | None) -> tuple[FieldChange, ...]:
    """The JSON ``changes`` of an entry as field changes (lists for links added/removed)."""
    try:
        data = json.loads(changes or "{}")
    except ValueError:
        return ()
    if not isinstance(data, dict):
        return ()
    result = []
    for key, value in data.items():
        if isinstance(value, dict) and ("old" in value or "new" in value):
            result.append(FieldChange(key, value.get("old"), value.get("new")))
        elif isinstance(value, dict) and ("added" in value or "removed" in value):
            result.append(FieldChange(key, value.get("removed") or [], value.get("added") or []))
        else:
            result.append(FieldChange(key, None, value))
    return tuple(result)


def history_for(db: Any, table: str, record_id: int, limit: int = 1000) -> list[HistoryRow]:
    """Who changed the record (*table*, *record_id*), when, and what: newest first."""
    with db.read() as s:
        return [HistoryRow(e.id, e.at, e.os_user or "", e.action, e.table_name, e.record_id, e.summary or "",
                           parse_changes(e.changes), e.db_user or "")
                for e in history(s, table, record_id, limit)]


def install(targets: Iterable[Any] = (Session,)) -> None:
    """Attach the listeners (idempotent)."""
    for target in targets:
        if not event.contains(target, "before_flush", _before_flush):
            event.listen(target, "before_flush", _before_flush)
            event.listen(target, "after_flush", _after_flush)
