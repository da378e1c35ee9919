"""Typed errors raised by the services; ``str(error)`` is for the user to read."""

from __future__ import annotations


class ServiceError(Exception):
    """Base class of every error a use case reports to a person."""


class NotFoundError(ServiceError):
    pass


class ValidationError(ServiceError):
    """Bad input; ``field`` names the offending field when there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ConflictError(ServiceError):
    """The record was changed by someone else since it was loaded."""

    def __init__(self, message: str, current_version: int | None = None) -> None:
        super().__init__(message)
        self.current_version = current_version


class LockedError(ServiceError):
    """The record is locked (approved minutes) and must be reopened first."""


class DuplicateError(ValidationError):
    pass
