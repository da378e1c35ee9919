"""Column mappings a clerk corrected, remembered per spreadsheet layout.

A layout is identified by the ``kind`` of import ("recommendations", "measures"...)
and the signature of its header row (see ``io.excel.headers.layout_signature``). The
mapping is plain JSON: ``{"columns": {field: 0-based column}}``; this module does not
interpret it, so the spreadsheet layer stays the only one that knows what it means.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, select

from ..db import Database
from ..i18n import translate
from ..models import ImportLayout, utcnow
from .errors import ValidationError

MAX_SIGNATURE = 64


def _check(kind: str, signature: str) -> None:
    if not kind or not signature or len(signature) > MAX_SIGNATURE:
        raise ValidationError(translate("services", "An import layout needs a kind and a signature."))


def remember(db: Database, kind: str, signature: str, mapping: dict[str, Any]) -> None:
    """Store (or replace) the mapping for this layout."""
    _check(kind, signature)
    payload = json.dumps(mapping, ensure_ascii=False, sort_keys=True)
    with db.write() as s:
        layout = s.scalar(select(ImportLayout).where(ImportLayout.kind == kind,
                                                     ImportLayout.signature == signature))
        if layout is None:
            s.add(ImportLayout(kind=kind, signature=signature, mapping=payload))
        elif layout.mapping != payload:
            layout.mapping = payload
            layout.updated_at = utcnow()


def recall(db: Database, kind: str, signature: str) -> dict[str, Any] | None:
    """The remembered mapping of one layout, or None."""
    with db.read() as s:
        text = s.scalar(select(ImportLayout.mapping).where(ImportLayout.kind == kind,
                                                           ImportLayout.signature == signature))
    return _load(text)


def recall_all(db: Database, kind: str) -> dict[str, dict[str, Any]]:
    """Every remembered mapping of a kind, by signature (to recognise a header row)."""
    with db.read() as s:
        rows = s.execute(select(ImportLayout.signature, ImportLayout.mapping)
                         .where(ImportLayout.kind == kind)).all()
    result = {}
    for signature, text in rows:
        mapping = _load(text)
        if mapping is not None:
            result[signature] = mapping
    return result


def forget(db: Database, kind: str, signature: str) -> bool:
    """Drop a remembered mapping; True when there was one."""
    with db.write() as s:
        result = s.execute(delete(ImportLayout).where(ImportLayout.kind == kind,
                                                      ImportLayout.signature == signature))
        return bool(result.rowcount)


def _load(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None  # a damaged entry is as good as none: the clerk maps again
    return value if isinstance(value, dict) else None
