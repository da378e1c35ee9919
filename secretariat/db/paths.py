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
        return _supported_url(value)
    path = Path(value).expanduser() if value else default_database_path()
    return "sqlite:///" + str(path.resolve())


#: URL scheme (backend+driver) -> the Python module it needs.
_DRIVERS = {"sqlite": "sqlite3", "sqlite+pysqlite": "sqlite3", "postgresql": "psycopg2",
            "postgresql+psycopg2": "psycopg2", "postgresql+psycopg": "psycopg"}


def _supported_url(value: str) -> str:
    """*value* if it names a database this application runs on with an installed driver."""
    import importlib.util

    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from ..i18n import translate
    from .errors import DatabaseError

    supported = translate("db", "Supported: a SQLite file path, sqlite:///PATH, or "
                          "postgresql+psycopg://USER@HOST/DATABASE.")
    try:
        url = make_url(value)
        scheme = url.drivername
        shown = url.render_as_string(hide_password=True)
    except (ArgumentError, ValueError) as exc:
        raise DatabaseError(translate("db", "{value} is not a database address. {supported}").format(
            value=value.split("@")[-1], supported=supported)) from exc
    module = _DRIVERS.get(scheme)
    if module is None:
        raise DatabaseError(translate("db", "{url}: the kind of database \"{scheme}\" is not supported. "
                                      "{supported}").format(url=shown, scheme=scheme, supported=supported))
    if importlib.util.find_spec(module) is None:
        raise DatabaseError(translate("db", "{url} needs the Python package {module}, which is not installed. "
                                      "{supported}").format(url=shown, module=module, supported=supported))
    return value


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for another database or in-memory SQLite."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)
