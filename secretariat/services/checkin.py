"""Checking a copy back in: a three-way merge of the copy, the database it came from, and the base.

Each record the copy took along is compared with the base (the record as checked out) on
both sides; the version column tells at once whether a record was saved meanwhile on the
database, the fields tell what changed. A field changed on one side only takes that side's
value; a field changed on both sides to different values is a *conflict*, which the person
resolves ("mine": the copy's value, "theirs": the database's). So is a record deleted on one
side and changed on the other. Records created in the copy get new ids on the database, and
references to them follow. Nothing typed is lost: the minutes are kept as a revision before
and after, the audit entry of the check-in holds every value a choice set aside, and the
copy itself stays on disk, marked as checked in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Mapping

from sqlalchemy import Connection, Table, and_, func, select
from sqlalchemy.orm import Session

from ..db import Database, open_database
from ..i18n import PLURAL, translate
from ..models import Base, CheckoutCopy, Draft, Meeting, MeetingCheckout
from ..models.base import utcnow
from . import audit
from .checkout import CheckoutError, Step, no_step
from .checkout_rows import APPENDED, LINKS, MERGED, NOT_COMPARED, Rows, directory_rows, key_of, meeting_rows, \
    plain, plain_row, table
from .minutes_revisions import keep_revision, plain_text

MINE, THEIRS = "mine", "theirs"
CHANGED, DELETED_HERE, DELETED_THERE = "changed", "deleted_here", "deleted_there"
_RICH = {"heard", "spoke", "notes", "text", "completion_note", "note"}


@dataclass(frozen=True)
class Conflict:
    """One record both sides changed: the copy's values beside the database's."""

    key: str
    table: str
    record_id: int
    what: str
    kind: str
    mine: dict[str, Any]
    theirs: dict[str, Any]
    columns: tuple[str, ...]


@dataclass
class CheckinPlan:
    """What a check-in would do; ``conflicts`` need a choice each before it can."""

    meeting_id: int
    reference: str
    origin: str
    holder: str
    checked_out_at: datetime
    updated: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    kept_from_server: list[str] = field(default_factory=list)

    def summary(self) -> list[str]:
        """The plan in words, a line each."""
        lines = []
        for label, items in ((translate("services", "Changed in the copy"), self.updated),
                             (translate("services", "Added in the copy"), self.added),
                             (translate("services", "Deleted in the copy"), self.removed),
                             (translate("services", "Changed meanwhile on the database, kept"),
                              self.kept_from_server)):
            if items:
                lines.append(f"{label}:")
                lines += [f"  {item}" for item in items]
        if self.conflicts:
            lines.append(translate("services", "Changed on both sides (choose which to keep):"))
            for conflict in self.conflicts:
                lines.append(f"  {conflict.what}")
                for name in conflict.mine:
                    lines.append(translate("services", "    {field}: copy «{mine}», database «{theirs}»").format(
                        field=name, mine=_short(conflict.mine[name]), theirs=_short(conflict.theirs.get(name))))
        return lines


@dataclass(frozen=True)
class CheckinResult:
    plan: CheckinPlan
    new_ids: dict[str, dict[int, int]]
    choices: dict[str, str]


class UnresolvedConflicts(CheckoutError):
    """Both sides changed the same thing and no choice was given: nothing was written."""

    def __init__(self, message: str, plan: CheckinPlan) -> None:
        super().__init__(message)
        self.plan = plan


def _short(value: Any, size: int = 80) -> str:
    text = "" if value is None else str(value)
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1] + "…"


# -- reading both sides --------------------------------------------------------------------

def _local_rows(conn: Connection, meeting_id: int) -> Rows:
    return {**meeting_rows(conn, meeting_id), **directory_rows(conn)}


def _server_rows(conn: Connection, base: dict[str, Any], local: Rows) -> Rows:
    """The database's current rows of every record in the base (and the links of those)."""
    found: Rows = {}
    for name in MERGED:
        tbl = table(name)
        ids = [row["id"] for row in base.get(name, [])]
        found[name] = {}
        for start in range(0, len(ids), 500):
            rows = conn.execute(select(tbl).where(tbl.c.id.in_(ids[start:start + 500])))
            found[name].update({key_of(tbl, dict(r._mapping)): dict(r._mapping) for r in rows})
    for name in LINKS:
        tbl = table(name)
        parent = tbl.primary_key.columns[0]
        ids = sorted({row[parent.name] for row in base.get(name, [])}
                     | {k[0] for k in local.get(name, {})})
        rows = conn.execute(select(tbl).where(parent.in_(ids))) if ids else []
        found[name] = {key_of(tbl, dict(r._mapping)): dict(r._mapping) for r in rows}
    return found


def _compared(tbl: Table) -> list[str]:
    return [c.name for c in tbl.columns if c.name not in NOT_COMPARED and not c.primary_key]


# -- the merge ------------------------------------------------------------------------------

@dataclass
class _Merge:
    plan: CheckinPlan
    updates: dict[tuple[str, int], dict[str, Any]] = field(default_factory=dict)
    conflict_updates: dict[str, tuple[str, int, dict[str, Any]]] = field(default_factory=dict)
    inserts: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    conflict_inserts: dict[str, tuple[str, dict[str, Any]]] = field(default_factory=dict)
    deletes: list[tuple[str, int]] = field(default_factory=list)
    conflict_deletes: dict[str, tuple[str, int]] = field(default_factory=dict)
    link_adds: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    link_removes: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    appended: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    discarded: dict[str, dict[str, Any]] = field(default_factory=dict)


class _Describer:
    """Names records and fields for people, from whichever side holds them."""

    def __init__(self, local: Rows, server: Rows) -> None:
        self.local, self.server = local, server

    def _row(self, name: str, record_id: Any) -> dict[str, Any] | None:
        return self.local.get(name, {}).get((record_id,)) or self.server.get(name, {}).get((record_id,))

    def value(self, tbl: Table, column: str, value: Any) -> Any:
        col = tbl.c[column]
        for fk in col.foreign_keys:
            target = fk.column.table.name
            if target in ("person", "organization") and value is not None:
                row = self._row(target, value)
                if row:
                    return row.get("full_name") or row.get("short_name") or row.get("name")
        if column in _RICH and isinstance(value, str) and "<" in value:
            return plain_text(value)
        return plain(value)

    def what(self, name: str, row: dict[str, Any]) -> str:
        if name == "meeting":
            ref = f"{row.get('year')}/{row.get('number')}" if row.get("number") else f"#{row.get('id')}"
            return translate("services", "Meeting {ref}").format(ref=ref)
        if name == "agenda_item":
            return translate("services", "Agenda item {n}: {title}").format(
                n=row.get("position"), title=_short(row.get("title"), 60))
        if name == "decision":
            return translate("services", "Decision: {text}").format(text=_short(plain_text(row.get("text") or ""), 60))
        if name == "action_item":
            return translate("services", "Action item: {text}").format(text=_short(row.get("text"), 60))
        if name == "action_item_event":
            action = self._row("action_item", row.get("action_item_id")) or {}
            return translate("services", "Review of the action item: {text}").format(
                text=_short(action.get("text"), 60))
        if name == "attendance":
            who = (self.value(table(name), "person_id", row.get("person_id")) if row.get("person_id")
                   else self.value(table(name), "organization_id", row.get("organization_id")))
            return translate("services", "Attendance: {who}").format(who=who)
        if name == "person":
            return translate("services", "Person: {name}").format(name=row.get("full_name"))
        if name == "organization":
            return translate("services", "Organization: {name}").format(name=row.get("name"))
        return f"{name} #{row.get('id')}"

    def labels(self) -> dict[str, str]:
        return {
            "title": translate("services", "Title"), "venue": translate("services", "Venue"),
            "notes": translate("services", "Notes"), "heard": translate("services", "Heard"),
            "spoke": translate("services", "Spoke"), "text": translate("services", "Text"),
            "due_date": translate("services", "Due date"), "status": translate("services", "Status"),
            "starts_at": translate("services", "Starts"), "ends_at": translate("services", "Ends"),
            "full_name": translate("services", "Full name"), "name": translate("services", "Name"),
            "position": translate("services", "Position"), "presenter": translate("services", "Presenter"),
            "presence": translate("services", "Presence"), "role": translate("services", "Role"),
            "represented_by": translate("services", "Represented by"),
            "completion_note": translate("services", "Note on completion"),
            "note": translate("services", "Note"), "outcome": translate("services", "Outcome"),
            "chair_id": translate("services", "Chair"), "secretary_id": translate("services", "Secretary"),
            "organizer_id": translate("services", "Organizer"), "email": translate("services", "E-mail"),
            "phone": translate("services", "Phone"),
        }

    def side(self, name: str, row: dict[str, Any] | None, columns: list[str]) -> dict[str, Any]:
        labels = self.labels()
        tbl = table(name)
        if row is None:
            return {labels.get(c, c): translate("services", "(deleted)") for c in columns}
        return {labels.get(c, c): self.value(tbl, c, row.get(c)) for c in columns}


def _merge(plan: CheckinPlan, base: dict[str, Any], local: Rows, server: Rows) -> _Merge:
    merge = _Merge(plan)
    names = _Describer(local, server)
    for name in MERGED:
        tbl = table(name)
        columns = _compared(tbl)
        versioned = "version" in tbl.c
        base_rows = {row["id"]: row for row in base.get(name, [])}
        mine = {k[0]: r for k, r in local.get(name, {}).items()}
        theirs = {k[0]: r for k, r in server.get(name, {}).items()}
        new_here = [i for i in mine if i not in base_rows]
        if "created_at" in tbl.c:  # an id the copy gave again to a new record after deleting the old one
            for record_id, row in base_rows.items():
                if record_id in mine and plain(mine[record_id]["created_at"]) != row.get("created_at"):
                    new_here.append(record_id)
                    del mine[record_id]
        for record_id, was in base_rows.items():
            here, there = mine.get(record_id), theirs.get(record_id)
            here_plain = plain_row(here) if here is not None else None
            there_plain = plain_row(there) if there is not None else None
            changed_here = {c for c in columns if here_plain is not None and here_plain[c] != was.get(c)}
            if there_plain is None or (versioned and there_plain["version"] == was.get("version")):
                changed_there: set[str] = set()
            else:
                changed_there = {c for c in columns if there_plain[c] != was.get(c)}
            what = names.what(name, here or there or was)
            key = f"{name}:{record_id}"
            if here is not None and there is not None:
                clash = [c for c in columns if c in changed_here and c in changed_there
                         and here_plain[c] != there_plain[c]]
                take = {c: here[c] for c in changed_here - set(clash) if here_plain[c] != there_plain[c]}
                if take:
                    merge.updates[(name, record_id)] = take
                    plan.updated.append(what)
                if clash:
                    merge.conflict_updates[key] = (name, record_id, {c: here[c] for c in clash})
                    merge.discarded[key] = {c: here_plain[c] for c in clash}
                    plan.conflicts.append(Conflict(key, name, record_id, what, CHANGED,
                                                   names.side(name, here, clash), names.side(name, there, clash),
                                                   tuple(clash)))
                elif changed_there - changed_here:
                    plan.kept_from_server.append(what)
            elif here is not None:  # deleted on the database meanwhile
                if changed_here:
                    shown = sorted(changed_here, key=columns.index)
                    merge.conflict_inserts[key] = (name, here)
                    merge.discarded[key] = {c: here_plain[c] for c in shown}
                    plan.conflicts.append(Conflict(key, name, record_id, what, DELETED_THERE,
                                                   names.side(name, here, shown), names.side(name, None, shown),
                                                   tuple(shown)))
            elif there is not None:  # deleted in the copy
                if name == "meeting" and record_id == plan.meeting_id:
                    raise CheckoutError(translate(
                        "services", "The meeting itself was deleted in the copy, so there is nothing to check in; "
                        "nothing was changed on {origin}.").format(origin=plan.origin))
                if changed_there:
                    shown = sorted(changed_there, key=columns.index)
                    merge.conflict_deletes[key] = (name, record_id)
                    plan.conflicts.append(Conflict(key, name, record_id, what, DELETED_HERE,
                                                   names.side(name, None, shown), names.side(name, there, shown),
                                                   tuple(shown)))
                else:
                    merge.deletes.append((name, record_id))
                    plan.removed.append(what)
        for record_id in sorted(new_here):
            merge.inserts.append((name, local[name][(record_id,)]))
            plan.added.append(names.what(name, local[name][(record_id,)]))
    for name in LINKS:
        tbl = table(name)
        keys = [c.name for c in tbl.primary_key.columns]
        here = {tuple(plain(r[k]) for k in keys): r for r in local.get(name, {}).values()}
        there = {tuple(plain(r[k]) for k in keys): r for r in server.get(name, {}).values()}
        base_keys = {tuple(plain(row[k]) for k in keys) for row in base.get(name, [])}
        merge.link_adds += [(name, row) for k, row in here.items() if k not in base_keys]
        merge.link_removes += [(name, there[k]) for k in base_keys if k not in here and k in there]
    for name in APPENDED:
        known = set(base.get(name, []))
        merge.appended += [(name, row) for k, row in local.get(name, {}).items() if k[0] not in known]
    return merge


# -- applying it ----------------------------------------------------------------------------

def _models() -> dict[str, type]:
    return {m.local_table.name: m.class_ for m in Base.registry.mappers}


class _Writer:
    """Applies a merge in the database's session, giving new records new ids."""

    def __init__(self, session: Session, merge: _Merge) -> None:
        self.s = session
        self.merge = merge
        self.models = _models()
        self.new_ids: dict[str, dict[int, int]] = {}
        self._exists: dict[tuple[str, Any], bool] = {}

    def exists(self, name: str, record_id: Any) -> bool:
        if record_id in self.new_ids.get(name, {}).values():
            return True
        key = (name, record_id)
        if key not in self._exists:
            tbl = table(name)
            pk = tbl.primary_key.columns[0]
            self._exists[key] = self.s.execute(select(func.count()).select_from(tbl).where(pk == record_id)
                                               ).scalar() > 0
        return self._exists[key]

    def remap(self, name: str, values: dict[str, Any]) -> dict[str, Any] | None:
        """References to records new in the copy follow their new ids; None if a required one is gone."""
        out = dict(values)
        for col in table(name).columns:
            if not col.foreign_keys or col.name not in out or out[col.name] is None:
                continue
            target = next(iter(col.foreign_keys)).column.table.name
            value = out[col.name]
            if value in self.new_ids.get(target, {}):
                out[col.name] = self.new_ids[target][value]
            elif not self.exists(target, value):
                if not col.nullable:
                    return None
                out[col.name] = None
        return out

    def insert(self, name: str, row: dict[str, Any]) -> None:
        values = self.remap(name, {k: v for k, v in row.items() if k not in ("id", "version", "search_text")})
        if values is None:
            return
        if name == "action_item_event" and self._reviewed_there(values):
            # reviewed at this meeting on both sides: the database's mark stays, the copy's is set aside
            self.merge.discarded[f"{name}:{row['id']}"] = plain_row(row)
            return
        obj = self.models[name](**values)
        self.s.add(obj)
        self.s.flush()
        self.new_ids.setdefault(name, {})[row["id"]] = obj.id
        self._exists[(name, obj.id)] = True

    def _reviewed_there(self, values: dict[str, Any]) -> bool:
        tbl = table("action_item_event")
        return self.s.execute(select(func.count()).select_from(tbl).where(
            tbl.c.action_item_id == values["action_item_id"], tbl.c.meeting_id == values["meeting_id"])
        ).scalar() > 0

    def update(self, name: str, record_id: int, values: dict[str, Any]) -> None:
        obj = self.s.get(self.models[name], record_id)
        remapped = self.remap(name, values)
        if obj is None or remapped is None:
            return
        for column, value in remapped.items():
            setattr(obj, column, value)

    def delete(self, name: str, record_id: int) -> None:
        obj = self.s.get(self.models[name], record_id)
        if obj is not None:
            self.s.delete(obj)
            self.s.flush()

    def link(self, name: str, row: dict[str, Any], add: bool) -> None:
        tbl = table(name)
        values = self.remap(name, row)
        if values is None:
            return
        where = and_(*(tbl.c[k] == v for k, v in values.items()))
        present = self.s.execute(select(func.count()).select_from(tbl).where(where)).scalar() > 0
        if add and not present:
            self.s.execute(tbl.insert().values(**values))
        elif not add and present:
            self.s.execute(tbl.delete().where(where))

    def append(self, name: str, row: dict[str, Any], meeting_id: int, numbers: dict[int, int]) -> None:
        tbl = table(name)
        values = {k: v for k, v in row.items() if k != "id"}
        values["meeting_id"] = meeting_id
        if name == "minutes_revision":
            last = self.s.execute(select(func.max(tbl.c.number)).where(tbl.c.meeting_id == meeting_id)).scalar()
            numbers[row["number"]] = values["number"] = (last or 0) + 1
        elif values.get("revision_number") is not None:
            values["revision_number"] = numbers.get(values["revision_number"], values["revision_number"])
        self.s.execute(tbl.insert().values(**values))


def _apply(session: Session, merge: _Merge, choices: Mapping[str, str]) -> dict[str, dict[int, int]]:
    writer = _Writer(session, merge)
    inserts = list(merge.inserts) + [v for k, v in merge.conflict_inserts.items() if choices[k] == MINE]
    updates = dict(merge.updates)
    for key, (name, record_id, values) in merge.conflict_updates.items():
        if choices[key] == MINE:
            updates[(name, record_id)] = {**updates.get((name, record_id), {}), **values}
    for name in MERGED:
        for row_name, row in sorted(inserts, key=lambda item: item[1]["id"]):
            if row_name == name:
                writer.insert(name, row)
    for (name, record_id), values in updates.items():
        writer.update(name, record_id, values)
    session.flush()
    for name, row in merge.link_adds:
        writer.link(name, row, add=True)
    for name, row in merge.link_removes:
        writer.link(name, row, add=False)
    deletes = list(merge.deletes) + [v for k, v in merge.conflict_deletes.items() if choices[k] == MINE]
    for name in reversed(MERGED):
        for row_name, record_id in deletes:
            if row_name == name:
                writer.delete(name, record_id)
    numbers: dict[int, int] = {}
    for name, row in sorted(merge.appended, key=lambda item: (APPENDED.index(item[0]), item[1]["id"])):
        writer.append(name, row, merge.plan.meeting_id, numbers)
    return writer.new_ids


# -- the use cases --------------------------------------------------------------------------

def _open_copy(path: Path) -> tuple[Database, CheckoutCopy]:
    path = Path(path).expanduser()
    if not path.is_file():
        raise CheckoutError(translate("services", "{path} does not exist.").format(path=path))
    local = open_database(path)
    try:
        with local.read() as s:
            copy = s.scalar(select(CheckoutCopy).order_by(CheckoutCopy.id.desc()).limit(1))
    except BaseException:
        local.dispose()
        raise
    if copy is None:
        local.dispose()
        raise CheckoutError(translate("services", "{path} is not a checked-out copy of a meeting.").format(path=path))
    if copy.checked_in_at is None:
        with local.read() as s:
            unsaved = s.scalar(select(func.count()).select_from(Draft)) or 0
        if unsaved:
            local.dispose()
            count = int(unsaved)
            raise CheckoutError(translate(
                "services", "The copy {path} holds text typed but not saved (%n fields). Open the copy, save that "
                "text (or discard it), then check in; nothing was changed.", None, PLURAL, count).format(path=path))
    if copy.checked_in_at is not None:
        local.dispose()
        raise CheckoutError(translate("services", "{path} was already checked in on {when}; nothing was changed.")
                            .format(path=path, when=copy.checked_in_at.strftime("%Y-%m-%d %H:%M")))
    return local, copy


def _prepare(session: Session, db: Database, local: Database, copy: CheckoutCopy) -> _Merge:
    mark = session.scalar(select(MeetingCheckout).where(MeetingCheckout.meeting_id == copy.meeting_id))
    if mark is None or mark.token != copy.token:
        raise CheckoutError(translate(
            "services", "This copy is not checked out from {where} (it came from {origin}, or its check-out was "
            "cancelled there). Nothing was changed; the copy is kept as it is.").format(
            where=db.display_name, origin=copy.origin))
    meeting = session.get(Meeting, copy.meeting_id)
    plan = CheckinPlan(copy.meeting_id, meeting.reference if meeting else f"#{copy.meeting_id}", copy.origin,
                       copy.holder, copy.checked_out_at)
    base = json.loads(copy.base or "{}")
    with local.engine.connect() as conn:
        mine = _local_rows(conn, copy.meeting_id)
    theirs = _server_rows(session.connection(), base, mine)
    merge = _merge(plan, base, mine, theirs)
    if meeting is not None and meeting.is_locked and _touches_minutes(merge):
        raise CheckoutError(translate(
            "services", "The minutes of meeting {ref} were approved and locked on {where} after the copy was made, "
            "so the copy's changes to them cannot come in. Reopen the minutes there (the button Reopen minutes… in the meeting), then "
            "check in again; nothing was changed.").format(ref=plan.reference, where=db.display_name))
    return merge


#: What approved minutes lock (action items stay editable after approval, as in the editor).
_MINUTES = frozenset({"meeting", "agenda_item", "decision", "attendance", "agenda_item_measure",
                      "agenda_item_recommendation"})


def _touches_minutes(merge: _Merge) -> bool:
    names = ({name for name, _id in merge.updates} | {name for name, _row in merge.inserts}
             | {name for name, _id in merge.deletes} | {c.table for c in merge.plan.conflicts}
             | {name for name, _row in merge.link_adds + merge.link_removes})
    return bool(names & _MINUTES)


def plan_checkin(db: Database, path: Path, step: Step = no_step) -> CheckinPlan:
    """What checking in the copy at *path* would change, and the conflicts to choose from."""
    step(translate("services", "Comparing the copy with the database…"))
    local, copy = _open_copy(path)
    try:
        with db.read() as s:
            return _prepare(s, db, local, copy).plan
    finally:
        local.dispose()


def checkin(db: Database, path: Path, choices: Mapping[str, str] | None = None,
            keep: str | None = None, step: Step = no_step) -> CheckinResult:
    """Merge the copy at *path* into *db* and remove the check-out mark; one transaction.

    *choices* maps a conflict's key to "mine" or "theirs"; *keep* answers every conflict
    not in *choices*. A conflict left without an answer (or a new one, from a save made
    since the plan was shown) raises ``UnresolvedConflicts`` and nothing is written.
    """
    local, copy = _open_copy(path)
    try:
        with db.write() as s:
            merge = _prepare(s, db, local, copy)
            plan = merge.plan
            chosen = {c.key: (choices or {}).get(c.key) or keep for c in plan.conflicts}
            open_ones = [key for key, choice in chosen.items() if choice not in (MINE, THEIRS)]
            if open_ones:
                count = len(open_ones)
                raise UnresolvedConflicts(translate(
                    "services", "%n records were changed both in the copy and on the database; choose which "
                    "version to keep. Nothing was changed.", None, PLURAL, count), plan)
            step(translate("services", "Checking in…"))
            keep_revision(s, plan.meeting_id, translate("services", "Before check-in of {file}").format(
                file=Path(path).name))
            new_ids = _apply(s, merge, chosen)
            keep_revision(s, plan.meeting_id, translate("services", "Checked in from {file}").format(
                file=Path(path).name))
            kept_aside = {key: values for key, values in merge.discarded.items() if chosen.get(key, THEIRS) == THEIRS}
            audit.record(s, "checkin", Meeting.__tablename__, plan.meeting_id,
                         translate("services", "Meeting {ref} checked in from {file} ({who})").format(
                             ref=plan.reference, file=Path(path).name, who=copy.holder),
                         {"choices": chosen, "kept_aside": kept_aside,
                          "new_ids": {t: {str(k): v for k, v in ids.items()} for t, ids in new_ids.items()}})
            s.execute(MeetingCheckout.__table__.delete().where(MeetingCheckout.meeting_id == plan.meeting_id))
            step(translate("services", "Checking in…"))  # the last moment to stop: nothing is written yet
        with local.write() as ls:
            row = ls.get(CheckoutCopy, copy.id)
            row.checked_in_at = utcnow()
    finally:
        local.dispose()
    return CheckinResult(plan, new_ids, chosen)
