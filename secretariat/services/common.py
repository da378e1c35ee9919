"""Helpers shared by the use cases: loading, field checks, version checks, search."""

from __future__ import annotations

import re
from enum import StrEnum
from contextlib import contextmanager
from typing import Any, Iterable, Iterator, Mapping, TypeVar

from sqlalchemy import ColumnElement, and_, true
from sqlalchemy.orm import Session

from ..db.errors import ConcurrentChangeError
from ..i18n import PLURAL, translate
from ..models.base import Base, fold
from .errors import ConflictError, NotFoundError, ValidationError

T = TypeVar("T", bound=Base)


def get_or_raise(session: Session, model: type[T], record_id: int, what: str) -> T:
    obj = session.get(model, record_id)
    if obj is None:
        raise NotFoundError(translate("services", "{what} #{id} does not exist (it may have been deleted).")
                            .format(what=what, id=record_id))
    return obj


def check_version(obj: Any, expected: int | None, what: str) -> None:
    """Refuse to overwrite a record someone else saved after the user loaded it."""
    if expected is not None and obj.version != expected:
        raise ConflictError(
            translate("services", "{what} was changed by someone else while you were editing it. "
               "Reload it to see their changes, or save yours over them.").format(what=what),
            current_version=obj.version,
        )


@contextmanager
def saved_at_once_is_a_conflict(what: str) -> Iterator[None]:
    """Around ``db.write()``: a save that met another save of the same record at the same
    moment (caught by the version column at the very UPDATE, on a shared database) is a
    ``ConflictError`` like any other, so the editor can show both versions side by side."""
    try:
        yield
    except ConcurrentChangeError as exc:
        raise ConflictError(
            translate("services", "{what} was changed by someone else while you were editing it. "
               "Reload it to see their changes, or save yours over them.").format(what=what)) from exc


def check_choice(value: str, choices: type[StrEnum], field: str) -> str:
    allowed = {c.value for c in choices}
    if value not in allowed:
        raise ValidationError(
            translate("services", "{value!r} is not a valid {field}; expected one of: {allowed}.").format(
                value=value, field=field, allowed=", ".join(sorted(allowed))
            ),
            field=field,
        )
    return value


def require_text(value: str | None, field: str, label: str) -> str:
    text = clean_text(value or "").strip()
    if not text:
        raise ValidationError(translate("services", "{label} must not be empty.").format(label=label), field=field)
    return text


def apply_fields(obj: Any, changes: Mapping[str, Any], allowed: Iterable[str]) -> None:
    allowed_set = set(allowed)
    unknown = set(changes) - allowed_set
    if unknown:
        raise ValidationError(
            translate("services", "Unknown fields: {fields}.", None, PLURAL, len(unknown)).format(fields=", ".join(sorted(unknown)))
        )
    for key, value in changes.items():
        if isinstance(value, str):
            value = clean_text(value)
        setattr(obj, key, value)


_CONTROL = {c: None for c in range(32) if c not in (9, 10)}
_CONTROL[13] = None


_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(value: str) -> str:
    """Drop control characters (pasted from other programs) but keep tabs and newlines.

    Unpaired UTF-16 surrogates (a damaged paste) cannot be stored as UTF-8: valid pairs
    are joined, lone halves become U+FFFD.
    """
    if _SURROGATE.search(value):
        value = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return value.replace("\r\n", "\n").translate(_CONTROL)


def search_clause(column: Any, query: str | None) -> ColumnElement[bool]:
    """Every word of *query* must occur in the case-folded search column."""
    words = fold(query).split()
    if not words:
        return true()
    return and_(*[column.contains(word, autoescape=True) for word in words])
