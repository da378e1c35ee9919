"""What makes one database itself: a random id and a secret, stored inside it.

Both are made the first time they are needed and kept as one row of the key-value
table ``import_layout`` (kind ``_database``), so every copy of the file and every
backup of it carries them. The id names the database's backups (so rotating the
backups of one database never touches another's, even in a shared folder); the
secret keys the signature of the questionnaires it issues.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ..models import ImportLayout
from .failures import connect_read_only

KIND = "_database"
SIGNATURE = "identity"


@dataclass(frozen=True)
class Identity:
    database_id: str
    """Twelve hexadecimal digits, random, made once per database."""
    secret: bytes

    @property
    def tag(self) -> str:
        return self.database_id


def _parse(text: str | None) -> Identity | None:
    try:
        data = json.loads(text or "")
        return Identity(str(data["id"]), bytes.fromhex(data["secret"]))
    except (ValueError, KeyError, TypeError):
        return None


def identity(database: "Database") -> Identity:  # noqa: F821 - avoids an import cycle
    """The database's identity, made (in its own write transaction) if it has none yet.

    Read with a Core query on the table: opening a database then does not configure every
    ORM mapper (half a second), which the first query of a page pays later, after the
    window shows.
    """
    with database.read() as session:
        table = ImportLayout.__table__
        found = _parse(session.scalar(select(table.c.mapping).where(
            table.c.kind == KIND, table.c.signature == SIGNATURE)))
    if found is not None:
        return found
    with database.write() as session:
        row = session.scalar(select(ImportLayout).where(ImportLayout.kind == KIND,
                                                        ImportLayout.signature == SIGNATURE))
        found = _parse(row.mapping) if row is not None else None
        if found is None:
            found = Identity(uuid.uuid4().hex[:12], secrets.token_bytes(32))
            mapping = json.dumps({"id": found.database_id, "secret": found.secret.hex()})
            if row is None:
                session.add(ImportLayout(kind=KIND, signature=SIGNATURE, mapping=mapping))
            else:
                row.mapping = mapping
    return found


def identity_of_file(path: Path) -> Identity | None:
    """The identity stored in a database file (e.g. a backup), read without changing it."""
    try:
        con = connect_read_only(path)
        try:
            row = con.execute("SELECT mapping FROM import_layout WHERE kind = ? AND signature = ?",
                              (KIND, SIGNATURE)).fetchone()
        finally:
            con.close()
    except sqlite3.Error:
        return None
    return _parse(row[0]) if row else None


def identity_in(session: "Session") -> Identity | None:  # noqa: F821
    """The identity as seen inside an open session (None if the database has none yet)."""
    return _parse(session.scalar(select(ImportLayout.mapping).where(
        ImportLayout.kind == KIND, ImportLayout.signature == SIGNATURE)))
