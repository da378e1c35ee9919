"""Which rows a checked-out meeting takes along, and how rows are compared across databases.

Check-out copies, with their ids, the meeting and everything of it (attendance, agenda,
minutes and revisions, decisions, action items and the earlier meetings' open action items
its review marks), the whole directory, the settings, and every row these point to (linked
measures and recommendations, their plans...), so the copy is a complete database that
keeps its references. Rows are compared as *plain* values (dates as ISO text), which are
what the copy stores as its base and what JSON can hold.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Any, Iterable

from sqlalchemy import Connection, Table, and_, or_, select

from ..models import Base
from ..models.enums import ActionStatus

#: Rows of the meeting (and of the directory) merged field by field at check-in.
MERGED = ("organization", "person", "meeting", "agenda_item", "decision", "attendance", "action_item",
          "action_item_event")
#: Links without an id of their own, merged as sets of pairs.
LINKS = ("agenda_item_measure", "agenda_item_recommendation", "action_item_organization")
#: Rows only ever added (a revision or a circulated PDF is never edited): new ones are added.
APPENDED = ("minutes_revision", "minutes_circulation")
#: Tables copied whole: the directory the minutes are typed with, and the Commission's settings.
WHOLE = ("organization", "person", "setting")
#: Columns that change with every save, or follow from others: not compared.
NOT_COMPARED = frozenset({"search_text", "version", "created_at", "updated_at"})
OPEN_STATES = (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)

Rows = dict[str, dict[tuple, dict[str, Any]]]


def table(name: str) -> Table:
    return Base.metadata.tables[name]


def key_of(tbl: Table, row: dict[str, Any]) -> tuple:
    return tuple(row[c.name] for c in tbl.primary_key.columns)


def plain(value: Any) -> Any:
    """A value as JSON holds it and as both databases agree on (dates as ISO text)."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return "sha256:" + hashlib.sha256(bytes(value)).hexdigest()
    return value


def plain_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: plain(v) for k, v in row.items()}


def _fetch(conn: Connection, tbl: Table, where: Any = None) -> list[dict[str, Any]]:
    stmt = select(tbl)
    if where is not None:
        stmt = stmt.where(where)
    return [dict(r._mapping) for r in conn.execute(stmt.order_by(*tbl.primary_key.columns))]


def meeting_rows(conn: Connection, meeting_id: int) -> Rows:
    """The rows of *meeting_id* that a copy merges back (no directory, no closure)."""
    t = Base.metadata.tables
    meeting = t["meeting"]
    found: Rows = {}

    def put(name: str, rows: Iterable[dict[str, Any]]) -> None:
        tbl = t[name]
        found.setdefault(name, {}).update({key_of(tbl, r): r for r in rows})

    put("meeting", _fetch(conn, meeting, meeting.c.id == meeting_id))
    for name in ("attendance", "agenda_item", "decision", "action_item_event", *APPENDED):
        put(name, _fetch(conn, t[name], t[name].c.meeting_id == meeting_id))
    starts = conn.execute(select(meeting.c.starts_at).where(meeting.c.id == meeting_id)).scalar()
    action = t["action_item"]
    reviewed_here = select(t["action_item_event"].c.action_item_id).where(
        t["action_item_event"].c.meeting_id == meeting_id)
    earlier = select(meeting.c.id).where(meeting.c.starts_at < starts, meeting.c.id != meeting_id)
    put("action_item", _fetch(conn, action, or_(
        action.c.meeting_id == meeting_id,
        and_(action.c.meeting_id.in_(earlier),
             or_(action.c.status.in_(OPEN_STATES), action.c.id.in_(reviewed_here))))))
    items = [k[0] for k in found.get("agenda_item", {})]
    actions = [k[0] for k in found.get("action_item", {})]
    for name, column, ids in (("agenda_item_measure", "agenda_item_id", items),
                              ("agenda_item_recommendation", "agenda_item_id", items),
                              ("action_item_organization", "action_item_id", actions)):
        put(name, _fetch(conn, t[name], t[name].c[column].in_(ids)) if ids else [])
    return found


def directory_rows(conn: Connection, ids: dict[str, Iterable[int]] | None = None) -> Rows:
    """The directory: every organization and person (or only those of *ids*)."""
    found: Rows = {}
    for name in ("organization", "person"):
        tbl = table(name)
        where = None if ids is None else tbl.c.id.in_(list(ids.get(name, ())))
        found[name] = {key_of(tbl, r): r for r in _fetch(conn, tbl, where)}
    return found


def merged_rows(conn: Connection, meeting_id: int) -> Rows:
    """The rows check-in merges: the meeting's own and the directory."""
    return {**meeting_rows(conn, meeting_id), **directory_rows(conn)}


def checkout_rows(conn: Connection, meeting_id: int) -> Rows:
    """Everything a copy of *meeting_id* holds: the meeting's rows, the directory, the
    settings, and every row these refer to (so each reference of the copy resolves)."""
    found = {name: dict(rows) for name, rows in merged_rows(conn, meeting_id).items()}
    found["setting"] = {key_of(table("setting"), r): r for r in _fetch(conn, table("setting"))}
    _close_references(conn, found)
    return found


def _close_references(conn: Connection, found: Rows) -> None:
    """Add every row that a row already found points to, until nothing is missing.

    A reference to a row that is not there (none should be) is looked for once and left.
    """
    looked: dict[str, set[Any]] = {}
    while True:
        missing: dict[str, set[Any]] = {}
        for name, rows in list(found.items()):
            for fk in table(name).foreign_keys:
                target = fk.column.table
                if len(target.primary_key.columns) != 1:
                    continue
                have = {k[0] for k in found.get(target.name, {})} | looked.get(target.name, set())
                wanted = {row.get(fk.parent.name) for row in rows.values()} - {None} - have
                if wanted:
                    missing.setdefault(target.name, set()).update(wanted)
        if not missing:
            return
        for name, ids in missing.items():
            tbl = table(name)
            rows = _fetch(conn, tbl, tbl.primary_key.columns[0].in_(sorted(ids)))
            found.setdefault(name, {}).update({key_of(tbl, r): r for r in rows})
            looked.setdefault(name, set()).update(ids)


def base_of(found: Rows) -> dict[str, Any]:
    """What the copy keeps as its base: plain rows of the merged tables, ids of the appended."""
    base: dict[str, Any] = {}
    for name in (*MERGED, *LINKS):
        base[name] = [plain_row(r) for r in found.get(name, {}).values()]
    for name in APPENDED:
        base[name] = sorted(k[0] for k in found.get(name, {}))
    return base
