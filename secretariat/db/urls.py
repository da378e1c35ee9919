"""Database URLs as people see them: never with the password.

One helper for every place a URL is shown (title bar, messages, logs, ``--json``), so a
password typed into ``--db postgresql+psycopg://login:secret@server/db`` never leaks.
"""

from __future__ import annotations

import re

MASK = "***"
# user:password@ in anything that looks like a URL, for text we cannot parse as one.
_IN_TEXT = re.compile(r"(?P<head>[a-zA-Z][a-zA-Z0-9+.-]*://[^:/@\s]*):(?P<password>[^@\s]*)@")


def masked_url(url: object) -> str:
    """*url* with its password replaced by ``***`` (a file path is returned as it is)."""
    from sqlalchemy.engine import make_url  # here: logging masks text before SQLAlchemy is loaded
    from sqlalchemy.exc import ArgumentError

    text = str(url)
    if "://" not in text:
        return text
    try:
        parsed = make_url(text)
    except (ArgumentError, ValueError):
        return mask_passwords(text)
    if parsed.password is None:
        return mask_passwords(text)
    return parsed.render_as_string(hide_password=True)


def mask_passwords(text: str) -> str:
    """Every ``scheme://user:password@`` inside *text* with the password masked."""
    return _IN_TEXT.sub(lambda m: f"{m.group('head')}:{MASK}@", text)


def is_postgres(url: object) -> bool:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(str(url)).get_backend_name() == "postgresql"
    except (ArgumentError, ValueError):
        return False


def describe(url: object) -> str:
    """A short name for a shared database: ``login@server:port/database``, no password."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(str(url))
    except (ArgumentError, ValueError):
        return masked_url(url)
    if parsed.get_backend_name() == "sqlite":
        return parsed.database or ""
    where = parsed.host or "localhost"
    if parsed.port:
        where += f":{parsed.port}"
    login = f"{parsed.username}@" if parsed.username else ""
    return f"{login}{where}/{parsed.database or ''}"
