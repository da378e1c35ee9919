"""Calling services from widgets: every refusal becomes a readable message box."""

from __future__ import annotations

import logging
from typing import Any, Callable, TypeVar

from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from ...db import DatabaseError
from ...db.errors import ConcurrentChangeError, PermissionDeniedError
from ...i18n import translate
from ...services.errors import ConflictError, LockedError, NotFoundError, ServiceError, ValidationError

log = logging.getLogger(__name__)
T = TypeVar("T")


class _Failed:
    """Returned by ``call_service`` when the call was refused (the user was told)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "FAILED"


FAILED: Any = _Failed()


def error_title(error: BaseException) -> str:
    if isinstance(error, PermissionDeniedError):
        return translate("messages", "Not allowed for your role")
    if isinstance(error, LockedError):
        return translate("messages", "The minutes are locked")
    if isinstance(error, (ConflictError, ConcurrentChangeError)):
        return translate("messages", "Changed by someone else")
    if isinstance(error, NotFoundError):
        return translate("messages", "Record not found")
    if isinstance(error, ValidationError):
        return translate("messages", "Please check the input")
    if isinstance(error, ServiceError):
        return translate("messages", "Cannot do that")
    return translate("messages", "The database could not be used")


def error_text(error: BaseException) -> str:
    """The words for a refusal: the service's own message, or what the database said in words."""
    if isinstance(error, (SQLAlchemyError, DatabaseError)) and not isinstance(
            error, (ServiceError, PermissionDeniedError, ConcurrentChangeError)):
        log.error("Database error", exc_info=error)
        if isinstance(error, DatabaseError):
            return str(error)  # already worded by db.failures (disk full, read-only, locked...)
        return translate("messages", "The database did not accept the change: %1\n\nNothing was lost: try again, "
                                     "and if it keeps failing, save your text elsewhere and look at the log "
                                     "(Help → Open log folder).") \
            .replace("%1", str(getattr(error, "orig", None) or error))
    return str(error)


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or error_title(error), error_text(error))


#: What a widget's call to a service may be refused with; each becomes a message, never a traceback.
REFUSALS = (ServiceError, SQLAlchemyError, DatabaseError)


def call_service(parent: QWidget | None, fn: Callable[..., T], *args: Any,
                 _show: Callable[[QWidget | None, BaseException], Any] | None = None, **kwargs: Any) -> T:
    """``fn(*args, **kwargs)`` run by the writer (``ops.CollectionOp``), or ``FAILED`` after showing why it was refused.

    For the callers that need the result before going on: the window stays painted while
    the writer works and holds back what is typed until it is done (``_Op.wait``). The
    arguments are taken here, on the GUI thread; *fn* must not touch a widget. The one
    place where a refusal from a service or the database becomes words for the user
    (``view_tools.attempt`` is this with a non-blocking message).
    """
    from ..core.ops import CollectionOp

    return _waited(CollectionOp, parent, fn, args, kwargs, _show)


def read_service(parent: QWidget | None, fn: Callable[..., T], *args: Any,
                 _show: Callable[[QWidget | None, BaseException], Any] | None = None, **kwargs: Any) -> T:
    """``call_service`` for a read: made on the readers' pool (``ops.QueryOp``), not queued behind writes."""
    from ..core.ops import QueryOp

    return _waited(QueryOp, parent, fn, args, kwargs, _show)


def _waited(op: Any, parent: QWidget | None, fn: Callable[..., T], args: tuple[Any, ...], kwargs: dict[str, Any],
            show: Callable[[QWidget | None, BaseException], Any] | None) -> T:
    try:
        return op(parent, lambda: fn(*args, **kwargs)).wait()
    except REFUSALS as error:
        (show or show_error)(parent, error)
        return FAILED


def confirm(parent: QWidget | None, title: str, text: str, yes: str, default_yes: bool = False) -> bool:
    """Ask before something that cannot be taken back; *yes* names the action."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    ok = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(ok if default_yes else cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is ok
