"""Engine, sessions, SQLite settings, migrations and backups."""

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

__all__ = [
    "BackupError", "Database", "DatabaseBusyError", "DatabaseDamagedError", "DatabaseError",
    "DatabaseNotWritableError", "DiskFullError",
    "ForeignDatabaseError", "MigrationError", "NewerSchemaError", "NotADatabaseError",
    "default_database_path", "integrity_problems", "open_database", "resolve_database_url",
]
