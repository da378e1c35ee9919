"""The Qt GUI: widgets, dialogs and item models over the services."""

from .app.qt_refcount import guard as _guard_refcounts

_guard_refcounts()  # PySide6 6.12 on Python 3.11 would otherwise abort after a while
