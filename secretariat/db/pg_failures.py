"""PostgreSQL failures a user can meet, worded (the counterpart of ``db.failures`` for SQLite).

A refused privilege, a wrong password, an unreachable server or a serialization failure
arrive from psycopg as terse English; here they become ``DatabaseError`` subclasses whose
message says what happened and what to do, naming the database without its password.
"""

from __future__ import annotations

from ..i18n import translate
from .errors import (
    AuthenticationError,
    DatabaseBusyError,
    DatabaseError,
    DatabaseUnreachableError,
    PermissionDeniedError,
)
from .urls import describe

INSUFFICIENT_PRIVILEGE = "42501"
INVALID_PASSWORD = "28P01"
INVALID_AUTHORIZATION = "28000"
UNKNOWN_DATABASE = "3D000"
SERIALIZATION_FAILURE = "40001"
DEADLOCK = "40P01"


def _original(error: BaseException) -> BaseException:
    original = getattr(error, "orig", None)
    return original if isinstance(original, BaseException) else error


def is_psycopg_error(error: BaseException) -> bool:
    return type(_original(error)).__module__.startswith("psycopg")


def sqlstate(error: BaseException) -> str | None:
    return getattr(_original(error), "sqlstate", None)


def permission_denied_message(login: str | None = None) -> str:
    return translate("db", "Your login{login} may not make this change: the shared database refused it. "
                     "Nothing was written. Ask an administrator if you need this right.").format(
        login=f" {login}" if login else "")


def worded_pg_error(error: BaseException, url: str | None, login: str | None = None) -> DatabaseError | None:
    """The user-facing error for a PostgreSQL failure, or None if it is not one of those."""
    if isinstance(error, DatabaseError):
        return error
    if not is_psycopg_error(error):
        return None
    code = sqlstate(error)
    where = describe(url) if url else translate("db", "the shared database")
    detail = str(_original(error)).lower()
    if code == INSUFFICIENT_PRIVILEGE:
        return PermissionDeniedError(permission_denied_message(login))
    if code in (INVALID_PASSWORD, INVALID_AUTHORIZATION) or "password authentication failed" in detail \
            or "no password supplied" in detail:
        return AuthenticationError(
            translate("db", "The server refused the login for {where}: wrong login or password. "
                      "Check them and connect again.").format(where=where))
    if code == UNKNOWN_DATABASE or ("database" in detail and "does not exist" in detail):
        return DatabaseUnreachableError(
            translate("db", "There is no such database on the server ({where}). Check the database name, "
                      "or ask the administrator to create it.").format(where=where))
    if code in (SERIALIZATION_FAILURE, DEADLOCK):
        return DatabaseBusyError(
            translate("db", "Someone else changed the same records at the same moment ({where}). Nothing was "
                      "changed. Try again.").format(where=where))
    if code is None and ("connection" in detail or "could not" in detail or "server" in detail
                         or "timeout" in detail):
        return DatabaseUnreachableError(
            translate("db", "The database server for {where} cannot be reached. Check the server name and "
                      "port and the network connection, then try again. Nothing was changed.").format(
                where=where))
    return None
