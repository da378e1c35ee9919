"""Keeps ``Searchable.search_text`` current whenever a record is written."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Mapper

from .base import Searchable, fold


def _refresh_search_text(mapper: Mapper[Any], connection: Any, target: Searchable) -> None:
    target.search_text = fold(" ".join(p for p in target.searchable_parts() if p))


def install() -> None:
    """Listen on every Searchable subclass (idempotent)."""
    if event.contains(Searchable, "before_insert", _refresh_search_text):
        return
    event.listen(Searchable, "before_insert", _refresh_search_text, propagate=True)
    event.listen(Searchable, "before_update", _refresh_search_text, propagate=True)
