"""Declarative base, naming convention and the columns most records share."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timezone

from sqlalchemy import DateTime, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Stable constraint names keep Alembic autogenerate and batch migrations deterministic.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Timestamps are stored in UTC and shown in local time by the UI."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Timestamped:
    """Creation and modification times, set by the ORM."""

    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Versioned(Timestamped):
    """Optimistic locking: two copies of the app editing one record are detected.

    ``version`` is incremented by every UPDATE; a service that is given the version the
    user loaded refuses to save over a newer one.
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, object]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


class Searchable:
    """A case-folded copy of the record's searchable text.

    SQLite's LIKE folds ASCII only, so "министерство" would not find "Министерство";
    PostgreSQL's ILIKE differs again. Storing ``str.casefold()`` of the text makes a
    plain LIKE on this column correct for Turkmen, Russian and English on any database.
    Kept current by a mapper event (see ``models.events``).
    """

    search_text: Mapped[str] = mapped_column(Text, nullable=False, default="", index=False)

    def searchable_parts(self) -> list[str | None]:  # pragma: no cover - overridden
        return []


# Letters folded to the plain Latin or Cyrillic letter a user types without the layout:
# Turkmen ä ç ň ö ş ü ý ž, Russian ё. NFKD then strips any other combining mark (é, ı...).
_LETTERS = str.maketrans({"ä": "a", "ç": "c", "ň": "n", "ö": "o", "ş": "s", "ü": "u", "ý": "y",
                          "ž": "z", "ё": "е", "ı": "i"})
_KEEP = {"й": "\ue000"}  # Russian й is a letter of its own, not и with a mark: NFKD must not strip it


def fold_case(text: str | None) -> str:
    """Case-folded text with runs of white space made one space (letters keep their marks).

    For keys that must not change with the search folding (a recommendation's identity).
    """
    if not text:
        return ""
    if any("\ud800" <= char <= "\udfff" for char in text):
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return " ".join(text.casefold().split())


def fold(text: str | None) -> str:
    """The normalisation used for search and case-insensitive sort keys.

    Case, Turkmen diacritics and Russian ё are folded away, so "meyilnamasy" finds
    "Meýilnamasy" and "елка" finds "Ёлка"; the query is folded the same way.
    """
    folded = fold_case(text)
    if not folded:
        return ""
    folded = folded.translate(_LETTERS).replace("й", _KEEP["й"])
    decomposed = unicodedata.normalize("NFKD", folded)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).replace(_KEEP["й"], "й")


SHORT = String(255)
CODE = String(40)
