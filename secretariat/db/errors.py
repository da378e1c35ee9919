"""Errors about the database file itself, worded for the person who chose it."""

from __future__ import annotations


class DatabaseError(Exception):
    """Base class: ``str(error)`` is a message a user can act on."""


class NotADatabaseError(DatabaseError):
    pass


class ForeignDatabaseError(DatabaseError):
    """A SQLite file that was not made by this application."""


class NewerSchemaError(DatabaseError):
    """The file was written by a newer version of the application."""


class DatabaseNotWritableError(DatabaseError):
    pass


class MigrationError(DatabaseError):
    pass


class BackupError(DatabaseError):
    pass


class DatabaseBusyError(DatabaseError):
    """Another connection (this app elsewhere, or another program) holds the lock too long."""


class DiskFullError(DatabaseError):
    """The disk (or the database's size limit) is full: nothing of the change was written."""


class DatabaseDamagedError(DatabaseError):
    """SQLite found the file corrupt, or the drive failed while reading or writing it."""


class PermissionDeniedError(DatabaseError):
    """The shared database refused the change to this login's role: nothing was written."""


class AuthenticationError(DatabaseError):
    """The server refused the login or password (the password is never in the message)."""


class DatabaseUnreachableError(DatabaseError):
    """The database server cannot be reached, or the database does not exist on it."""


class ConcurrentChangeError(DatabaseError):
    """Someone else saved the same record at the same moment: nothing of this change was written."""


class OutputFileError(DatabaseError):
    """A file the application writes (PDF, workbook, backup) could not be written there."""
