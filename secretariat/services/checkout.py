"""Checking a meeting out to this computer: a local copy to type the minutes in with no network.

``checkout`` writes a new SQLite file holding the meeting and what typing its minutes needs
(see ``checkout_rows``), with the rows as they were (the base of the merge at check-in), and
marks the meeting as checked out on the database it came from, for everyone else to see.
``checkin`` (in ``checkin``) brings the copy's changes back. The file is written beside its
destination and renamed onto it when complete; an existing file is never replaced.
"""

from __future__ import annotations

import json
import platform
from collections.abc import Callable
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from ..db import BackupError, Database, open_database
from ..db import pg_snapshot
from ..i18n import translate
from ..models import CheckoutCopy, Meeting, MeetingCheckout
from ..models.base import utcnow
from . import audit
from ..db.partial_copy import write_rows
from .checkout_rows import base_of, checkout_rows, merged_rows
from .common import get_or_raise
from .errors import ServiceError


class CheckoutError(ServiceError):
    """The meeting cannot be checked out, or the copy cannot be checked in (said in words)."""


@dataclass(frozen=True)
class CheckoutInfo:
    """A meeting checked out: who has it, since when, in which file."""

    meeting_id: int
    holder: str
    db_user: str
    file_name: str
    checked_out_at: datetime

    @property
    def who(self) -> str:
        return self.db_user or self.holder


@dataclass(frozen=True)
class CopyInfo:
    """This database is a checked-out copy of one meeting."""

    meeting_id: int
    origin: str
    holder: str
    checked_out_at: datetime
    checked_in_at: datetime | None
    token: str


@dataclass(frozen=True)
class CheckoutResult:
    path: Path
    meeting_id: int
    reference: str
    records: int


def holder_name() -> str:
    """Whose computer the copy goes to: the account and the computer's name."""
    user, host = audit.os_user(), platform.node()
    return f"{user}@{host}" if user and host else user or host


#: Told the step being started (a short text); may raise to stop: nothing is then written.
Step = Callable[[str], None]


def no_step(_label: str) -> None:
    return None


def checkout(db: Database, meeting_id: int, destination: Path, step: Step = no_step) -> CheckoutResult:
    """Copy *meeting_id* into a new local file at *destination* and mark it checked out."""
    destination = Path(destination).expanduser()
    if destination.exists():
        raise BackupError(translate("services", "{path} already exists; it was left as it was. Choose another "
                                    "name.").format(path=destination))
    if copy_info(db) is not None:
        raise CheckoutError(translate("services", "This database is itself a checked-out copy; check meetings "
                                      "out from the database they came from."))
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BackupError(translate("services", "Cannot create the folder {folder}: {error}").format(
            folder=destination.parent, error=exc.strerror)) from exc
    token = uuid.uuid4().hex
    holder = holder_name()
    partial = pg_snapshot.partial_path(destination)
    with db.write() as s:
        meeting = get_or_raise(s, Meeting, meeting_id, translate("services", "Meeting"))
        reference = meeting.reference
        existing = s.scalar(select(MeetingCheckout).where(MeetingCheckout.meeting_id == meeting_id))
        if existing is not None:
            raise CheckoutError(translate(
                "services", "Meeting {ref} is already checked out to {who} since {since}; it can be checked out "
                "again once that copy is checked in.").format(
                ref=reference, who=existing.db_user or existing.holder,
                since=existing.checked_out_at.strftime("%Y-%m-%d %H:%M")))
        step(translate("services", "Reading the meeting…"))
        conn = s.connection()
        base = base_of(merged_rows(conn, meeting_id))
        found = checkout_rows(conn, meeting_id)
        now = utcnow()
        s.add(MeetingCheckout(meeting_id=meeting_id, token=token, holder=holder, db_user=db.login,
                              file_name=destination.name, checked_out_at=now))
        audit.record(s, "checkout", Meeting.__tablename__, meeting_id,
                     translate("services", "Meeting {ref} checked out to {who} ({file})").format(
                         ref=reference, who=db.login or holder, file=destination.name))
        s.flush()
        step(translate("services", "Writing the copy…"))
        local = open_database(partial, journal_mode="delete")
        try:
            with local.engine.begin() as target:
                write_rows(target, found)
            with local.write() as ls:
                ls.add(CheckoutCopy(token=token, meeting_id=meeting_id, origin=db.display_name, holder=holder,
                                    checked_out_at=now, base=json.dumps(base, ensure_ascii=False)))
            local.dispose()
            step(translate("services", "Writing the copy…"))
            pg_snapshot.publish(partial, destination)
        except BaseException:
            local.dispose()
            partial.unlink(missing_ok=True)
            raise
    return CheckoutResult(destination, meeting_id, reference, sum(len(rows) for rows in found.values()))


def checkout_of(db: Database, meeting_id: int) -> CheckoutInfo | None:
    """Whether *meeting_id* is checked out from *db*: who has it, since when."""
    with db.read() as s:
        mark = s.scalar(select(MeetingCheckout).where(MeetingCheckout.meeting_id == meeting_id))
        if mark is None:
            return None
        return CheckoutInfo(mark.meeting_id, mark.holder, mark.db_user, mark.file_name, mark.checked_out_at)


def checked_out_meetings(db: Database) -> dict[int, CheckoutInfo]:
    """Every meeting checked out from *db*, by meeting id (for lists)."""
    with db.read() as s:
        return {m.meeting_id: CheckoutInfo(m.meeting_id, m.holder, m.db_user, m.file_name, m.checked_out_at)
                for m in s.scalars(select(MeetingCheckout))}


def copy_info(db: Database) -> CopyInfo | None:
    """If *db* is a checked-out copy: of which meeting, from where, since when."""
    with db.read() as s:
        row = s.scalar(select(CheckoutCopy).order_by(CheckoutCopy.id.desc()).limit(1))
        if row is None:
            return None
        return CopyInfo(row.meeting_id, row.origin, row.holder, row.checked_out_at, row.checked_in_at, row.token)


def cancel_checkout(db: Database, meeting_id: int) -> None:
    """Remove the check-out mark (the copy is lost or abandoned); its changes will not come back."""
    with db.write() as s:
        mark = s.scalar(select(MeetingCheckout).where(MeetingCheckout.meeting_id == meeting_id))
        if mark is None:
            raise CheckoutError(translate("services", "That meeting is not checked out."))
        meeting = get_or_raise(s, Meeting, meeting_id, translate("services", "Meeting"))
        audit.record(s, "checkout", Meeting.__tablename__, meeting_id,
                     translate("services", "Check-out of meeting {ref} to {who} cancelled").format(
                         ref=meeting.reference, who=mark.db_user or mark.holder))
        s.delete(mark)
