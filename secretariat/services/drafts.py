"""Autosaved drafts: text typed but not saved yet, kept until saved or discarded.

The editor writes a draft a few seconds after typing stops and when a field loses
focus, each in its own short transaction, so a crash of the application or of the
laptop loses at most those few seconds. Saving the real record discards the draft;
the next start offers whatever drafts are left.

A draft is keyed by (entity, entity_id, field), e.g. ("agenda_item", 12, "heard").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..db import Database
from ..i18n import PLURAL, translate
from ..models import Draft, utcnow
from .audit import os_user
from .errors import ValidationError

MAX_DRAFT_CHARS = 5_000_000  # a runaway paste must not fill the disk with copies


@dataclass(frozen=True)
class DraftRow:
    entity: str
    entity_id: int
    field: str
    content: str
    saved_at: datetime
    os_user: str

    @property
    def key(self) -> tuple[str, int, str]:
        return (self.entity, self.entity_id, self.field)


def _row(draft: Draft) -> DraftRow:
    return DraftRow(draft.entity, draft.entity_id, draft.field, draft.content, draft.saved_at, draft.os_user)


def save_draft(db: Database, entity: str, entity_id: int, field: str, content: str) -> DraftRow:
    """Keep *content* as the draft of one field (replacing an older draft of it)."""
    if not entity or not field:
        raise ValidationError(translate("services", "A draft needs the record and the field it belongs to."))
    if len(content) > MAX_DRAFT_CHARS:
        raise ValidationError(translate("services", "The text is too long to keep as a draft (%n characters).", None, PLURAL,
                                        len(content)))
    with db.write() as s:
        draft = s.scalar(select(Draft).where(Draft.entity == entity, Draft.entity_id == entity_id,
                                             Draft.field == field))
        if draft is None:
            draft = Draft(entity=entity, entity_id=entity_id, field=field)
            s.add(draft)
        draft.content = content
        draft.saved_at = utcnow()
        draft.os_user = os_user()
        s.flush()
        return _row(draft)


def get_draft(db: Database, entity: str, entity_id: int, field: str) -> DraftRow | None:
    with db.read() as s:
        draft = s.scalar(select(Draft).where(Draft.entity == entity, Draft.entity_id == entity_id,
                                             Draft.field == field))
        return None if draft is None else _row(draft)


def drafts_for(db: Database, entity: str, entity_ids: Iterable[int]) -> list[DraftRow]:
    """The drafts of some records of one kind, oldest first."""
    ids = list(entity_ids)
    if not ids:
        return []
    with db.read() as s:
        stmt = (select(Draft).where(Draft.entity == entity, Draft.entity_id.in_(ids))
                .order_by(Draft.saved_at, Draft.id))
        return [_row(d) for d in s.scalars(stmt)]


def list_drafts(db: Database) -> list[DraftRow]:
    """Every draft left, oldest first."""
    with db.read() as s:
        return [_row(d) for d in s.scalars(select(Draft).order_by(Draft.saved_at, Draft.id))]


def discard_draft(db: Database, entity: str, entity_id: int, field: str) -> None:
    with db.write() as s:
        s.execute(delete(Draft).where(Draft.entity == entity, Draft.entity_id == entity_id,
                                      Draft.field == field))


def discard_drafts(db: Database, keys: Iterable[tuple[str, int, str]]) -> None:
    """Discard several drafts at once, e.g. after saving them."""
    keys = list(keys)
    if not keys:
        return
    with db.write() as s:
        for entity, entity_id, field in keys:
            s.execute(delete(Draft).where(Draft.entity == entity, Draft.entity_id == entity_id,
                                          Draft.field == field))


def discard_in(session: Session, entity: str, entity_ids: Iterable[int]) -> None:
    """Inside another service's transaction: drop the drafts of deleted records."""
    ids = list(entity_ids)
    if ids:
        session.execute(delete(Draft).where(Draft.entity == entity, Draft.entity_id.in_(ids)))
