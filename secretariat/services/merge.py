"""Merging duplicate organizations: one entered twice under two spellings becomes one.

Every reference to the duplicates is moved to the organization kept, found by
walking the schema's foreign keys (so a table added later is covered too). Link
tables whose primary key includes the organization are deduplicated: a measure
that had both spellings as lead keeps one lead link. Attendance rows that become
identical are collapsed. The whole merge is one transaction and one audit entry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from sqlalchemy import Table, and_, delete, func, insert, select, update
from sqlalchemy.orm import Session

from ..db import Database
from ..i18n import translate
from ..models import Attendance, AuditAction, Base, Organization
from . import audit
from .common import get_or_raise
from .errors import ValidationError

MERGE_ACTION = AuditAction.MERGE.value
ORG_TABLE = Organization.__table__


def _references() -> list[tuple[Table, Any]]:
    """(table, column) for every column that refers to organization.id."""
    refs = []
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column is ORG_TABLE.c.id:
                refs.append((table, fk.parent))
    return refs


@dataclass
class MergeResult:
    kept_id: int
    merged_ids: list[int]
    moved: dict[str, int] = field(default_factory=dict)          # table.column -> rows moved
    duplicates_dropped: dict[str, int] = field(default_factory=dict)  # table -> duplicate links removed

    @property
    def total_moved(self) -> int:
        return sum(self.moved.values())


def usage(db: Database, org_id: int) -> dict[str, int]:
    """How many records refer to an organization, by table.column (zeros left out)."""
    with db.read() as s:
        get_or_raise(s, Organization, org_id, translate("services", "Organization"))
        result = {}
        for table, column in _references():
            n = s.scalar(select(func.count()).select_from(table).where(column == org_id)) or 0
            if n:
                result[f"{table.name}.{column.name}"] = n
        return result


def _move_link_rows(s: Session, table: Table, column: Any, keep: int, drop: list[int]) -> tuple[int, int]:
    """Re-point rows of a table whose primary key includes the organization, deduplicating."""
    others = [c for c in table.primary_key.columns if c is not column]
    rows = [dict(r._mapping) for r in s.execute(select(table).where(column.in_(drop)))]
    if not rows:
        return 0, 0
    existing = {tuple(r) for r in s.execute(select(*others).where(column == keep))}
    s.execute(delete(table).where(column.in_(drop)))
    moved, dropped = [], 0
    for row in rows:
        key = tuple(row[c.name] for c in others)
        if key in existing:
            dropped += 1
            continue
        existing.add(key)
        moved.append({**row, column.name: keep})
    if moved:
        s.execute(insert(table), moved)
    return len(moved), dropped


def _collapse_attendance(s: Session, keep: int) -> int:
    """Attendance rows of one meeting that became identical after the merge: keep the first."""
    A = Attendance.__table__
    seen: set[tuple[Any, ...]] = set()
    duplicates = []
    for row in s.execute(select(A).where(A.c.organization_id == keep).order_by(A.c.id)):
        key = (row.meeting_id, row.person_id, row.role, row.presence, row.represented_by)
        if key in seen and not row.note:
            duplicates.append(row.id)
        seen.add(key)
    if duplicates:
        s.execute(delete(A).where(A.c.id.in_(duplicates)))
    return len(duplicates)


def merge_organizations(db: Database, keep_id: int, merge_ids: Sequence[int]) -> MergeResult:
    """Merge *merge_ids* into *keep_id*; the merged records are deleted, nothing else is.

    The kept organization takes a short name, notes and Commission membership from the
    merged ones where it has none.
    """
    drop = [i for i in dict.fromkeys(merge_ids) if i != keep_id]
    if not drop:
        raise ValidationError(translate("services", "Choose at least one other organization to merge into this one."))
    result = MergeResult(keep_id, drop)
    with db.write() as s:
        keep = get_or_raise(s, Organization, keep_id, translate("services", "Organization"))
        dropped = [get_or_raise(s, Organization, i, translate("services", "Organization")) for i in drop]
        names = {o.id: o.name for o in dropped}
        absorbed = {"short_name": [o.short_name for o in dropped], "notes": [o.notes for o in dropped]}
        # The kept one must not end up its own parent (or child of a deleted one).
        parent_id = keep.parent_id
        while parent_id in drop:
            parent_id = next(o.parent_id for o in dropped if o.id == parent_id)
            if parent_id == keep_id:
                parent_id = None
        if not keep.short_name:
            keep.short_name = next((o.short_name for o in dropped if o.short_name), "")
        extra_notes = [o.notes for o in dropped if o.notes and o.notes not in keep.notes]
        if extra_notes:
            keep.notes = "\n".join([keep.notes, *extra_notes]).strip()
        keep.is_member = keep.is_member or any(o.is_member for o in dropped)
        if keep.kind == "other":
            keep.kind = next((o.kind for o in dropped if o.kind != "other"), keep.kind)
        keep.parent_id = parent_id
        s.flush()
        for table, column in _references():
            label = f"{table.name}.{column.name}"
            if column.primary_key:
                moved, dups = _move_link_rows(s, table, column, keep_id, drop)
                if dups:
                    result.duplicates_dropped[table.name] = dups
            else:
                values: dict[str, Any] = {column.name: keep_id}
                if "version" in table.c:
                    values["version"] = table.c.version + 1
                where = column.in_(drop)
                if table is ORG_TABLE:
                    where = and_(where, table.c.id.not_in([keep_id, *drop]))
                moved = s.execute(update(table).where(where).values(**values)).rowcount or 0
            if moved:
                result.moved[label] = moved
        collapsed = _collapse_attendance(s, keep_id)
        if collapsed:
            result.duplicates_dropped["attendance"] = collapsed
        s.expire_all()
        for org_id in drop:
            s.delete(s.get(Organization, org_id))
        s.flush()
        audit.record(
            s, MERGE_ACTION, ORG_TABLE.name, keep_id,
            translate("services", "Merged {names} into {kept}").format(
                names=", ".join(f"«{n}»" for n in names.values()), kept=keep.name),
            {"kept": keep_id, "merged": {str(k): v for k, v in names.items()}, "absorbed": absorbed,
             "moved": result.moved, "duplicates_dropped": result.duplicates_dropped})
    return result
