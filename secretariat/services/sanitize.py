"""A safety net under every service: text is cleaned before it is written.

Services clean the fields they are given (``common.clean_text``), but a text can reach
a record by other paths (a decision's text, an import, a restored snapshot). A
``before_flush`` listener, placed before the audit log's, cleans every new or changed
text attribute: control characters pasted from other programs are dropped and
unpaired surrogates (which SQLite's UTF-8 cannot hold, and which would make the save
fail with an encoding error) are replaced. Tabs and newlines are kept.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from ..models.base import Base
from .common import clean_text


def _clean(obj: Base, only_changed: bool) -> None:
    state = inspect(obj)
    for attr in state.mapper.column_attrs:
        key = attr.key
        if only_changed and key not in state.committed_state:  # not changed: nothing to load or clean
            continue
        value = state.dict.get(key)
        if isinstance(value, str):
            cleaned = clean_text(value)
            if cleaned != value:
                setattr(obj, key, cleaned)


def _before_flush(session: Session, _context: Any, _instances: Any) -> None:
    for obj in session.new:
        if isinstance(obj, Base):
            _clean(obj, only_changed=False)
    for obj in session.dirty:
        if isinstance(obj, Base):
            _clean(obj, only_changed=True)


def install(targets: tuple[Any, ...] = (Session,)) -> None:
    """Attach the listener ahead of the others (idempotent)."""
    for target in targets:
        if not event.contains(target, "before_flush", _before_flush):
            event.listen(target, "before_flush", _before_flush, insert=True)
