"""Where the database lives: the user's data folder unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

from .. import APP_NAME

ENV_VAR = "SECRETARIAT_DB"
DEFAULT_FILENAME = "secretariat.sqlite"


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    return user_log_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    return data_dir() / DEFAULT_FILENAME


def resolve_database_url(target: str | os.PathLike[str] | None = None) -> str:
    """Turn ``--db``, ``$SECRETARIAT_DB`` or the default into a SQLAlchemy URL.

    A value containing ``://`` is taken as a URL as it is; anything else is a file path.
    """
    value = os.fspath(target) if target is not None else os.environ.get(ENV_VAR) or ""
    if "://" in value:
        return value
    path = Path(value).expanduser() if value else default_database_path()
    return "sqlite:///" + str(path.resolve())


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another database or in-memory SQLite."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)
