"""The Commission's own settings kept in the database (the ``setting`` table).

They belong to the Commission, not to one computer: every secretary of a shared
database sees the same values, and only an administrator may change them there
(PostgreSQL refuses an editor's write to ``setting``, see ``db.pg_roles``).

- ``commission.state_under_review``: the State whose recommendations the Commission
  follows. Lists covering many States (UPR Info's export) import only its rows unless
  the clerk names another State for one import.
"""

from __future__ import annotations

from ..db import Database
from ..i18n import translate
from ..models import Setting
from .errors import ValidationError

STATE_UNDER_REVIEW_KEY = "commission.state_under_review"
#: Until an administrator says otherwise, the Commission is Turkmenistan's.
DEFAULT_STATE_UNDER_REVIEW = "Turkmenistan"
MAX_STATE_NAME = 80


def state_under_review(db: Database) -> str:
    """The Commission's State under review (Turkmenistan unless changed)."""
    with db.read() as s:
        row = s.get(Setting, STATE_UNDER_REVIEW_KEY)
        value = row.value.strip() if row is not None and row.value else ""
    return value or DEFAULT_STATE_UNDER_REVIEW


def set_state_under_review(db: Database, name: str) -> str:
    """Store the Commission's State under review; returns the name as stored.

    An empty name is refused (the default stays in force); on a shared database only
    an administrator may change it.
    """
    value = " ".join((name or "").split())
    if not value:
        raise ValidationError(translate("services", "Give the name of the State under review."),
                              field="state_under_review")
    if len(value) > MAX_STATE_NAME:
        raise ValidationError(translate("services", "The name of the State under review is too long."),
                              field="state_under_review")
    with db.write() as s:
        row = s.get(Setting, STATE_UNDER_REVIEW_KEY)
        if row is None:
            s.add(Setting(key=STATE_UNDER_REVIEW_KEY, value=value))
        elif row.value != value:
            row.value = value
    return value


__all__ = ["DEFAULT_STATE_UNDER_REVIEW", "set_state_under_review", "state_under_review"]
