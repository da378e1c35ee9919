"""Engine, sessions, SQLite settings, migrations and backups.

The names below are loaded on first use (PEP 562): the window imports the light
modules of this package (``paths``, ``urls``) before it shows, and SQLAlchemy only after.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .database import Database, integrity_problems, open_database
    from .errors import (
        BackupError,
        DatabaseBusyError,
        DatabaseDamagedError,
        DatabaseError,
        DatabaseNotWritableError,
        DiskFullError,
        ForeignDatabaseError,
        MigrationError,
        NewerSchemaError,
        NotADatabaseError,
    )
    from .paths import default_database_path, resolve_database_url

_HOMES = {
    "Database": "database", "integrity_problems": "database", "open_database": "database",
    "BackupError": "errors", "DatabaseBusyError": "errors", "DatabaseDamagedError": "errors",
    "DatabaseError": "errors", "DatabaseNotWritableError": "errors", "DiskFullError": "errors",
    "ForeignDatabaseError": "errors", "MigrationError": "errors", "NewerSchemaError": "errors",
    "NotADatabaseError": "errors",
    "default_database_path": "paths", "resolve_database_url": "paths",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{home}", __name__), name)
    globals()[name] = value
    return value
