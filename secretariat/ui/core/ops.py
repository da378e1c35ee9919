"""The one path from a widget to a service: the work leaves the GUI thread.

After Anki's ``CollectionOp`` and ``QueryOp``: a plain function runs in a worker thread;
its result (or error) comes back to the GUI thread through a signal, and the callbacks
run there. Writes (``CollectionOp``) all go through one writer, a single worker thread
that runs them one after the other, so two writes of this window never race; reads
(``QueryOp``) run on a pool. A progress dialog is opt-in (``with_progress``), and a
refusal from a service or the database becomes a message in words unless the caller
handles it (``failure``). ``Operation`` is the job underneath; long work receives a
``Progress`` object to report steps and poll for cancel.
"""

from __future__ import annotations

import logging
import threading
import traceback
from typing import Any, Callable, Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget
from shiboken6 import isValid

from ..widgets.messages import REFUSALS

log = logging.getLogger(__name__)
T = TypeVar("T")


class Cancelled(Exception):
    """Raised inside work that noticed the user pressed Cancel."""


class Progress:
    """Thread-safe progress reporting and cancel flag, handed to the work function."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self.done = 0
        self.total = 0
        self.label = ""

    def update(self, done: int, total: int | None = None, label: str | None = None) -> None:
        with self._lock:
            self.done = done
            if total is not None:
                self.total = total
            if label is not None:
                self.label = label

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def snapshot(self) -> tuple[int, int, str]:
        with self._lock:
            return self.done, self.total, self.label


class _Signals(QObject):
    finished = Signal(object, object)  # result, error


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], progress: Progress) -> None:
        super().__init__()
        self.work = work
        self.progress = progress
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.signals.finished.emit(None, exc)
        else:
            self.signals.finished.emit(result, None)


class Operation(QObject, Generic[T]):
    """One background job; keep a reference until ``finished`` fires."""

    finished = Signal(object, object)

    def __init__(self, parent: QWidget | None, work: Callable[[Progress], T], *, title: str = "",
                 on_done: Callable[[T], None] | None = None,
                 on_error: Callable[[BaseException], None] | None = None,
                 show_progress_after_ms: int | None = 500, pool: QThreadPool | None = None,
                 cancellable: bool = True) -> None:
        super().__init__()  # not owned by *parent*: kept until it ends, its callbacks skipped if *parent* is gone
        self._pool = pool
        self._cancellable = cancellable  # False: the work cannot stop halfway, the dialog offers no Cancel
        self.progress = Progress()
        self._job = _Job(work, self.progress)
        self._job.setAutoDelete(False)
        self._job.signals.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._on_done = on_done
        self._on_error = on_error
        self._dialog: QProgressDialog | None = None
        self._title = title
        self._parent = parent
        self._show_after = show_progress_after_ms
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._tick)
        self.running = False

    def start(self) -> "Operation[T]":
        self.running = True
        _RUNNING.add(self)
        (self._pool or QThreadPool.globalInstance()).start(self._job)
        if self._show_after is not None:  # None: a quick query, no progress dialog (progress is opt-in)
            QTimer.singleShot(self._show_after, self._show_dialog)
        self._timer.start()
        return self

    def _show_dialog(self) -> None:
        if not self.running or self._dialog is not None or not _alive(self._parent):
            return
        dialog = QProgressDialog(self._title, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(self._title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.progress.cancel)
        if not self._cancellable:
            dialog.setCancelButton(None)
        dialog.show()
        self._dialog = dialog

    def _tick(self) -> None:
        dialog = self._dialog  # setValue() of a modal dialog runs events: the work may end inside it
        if dialog is None:
            return
        done, total, label = self.progress.snapshot()
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if label and self._dialog is dialog:
            dialog.setLabelText(label)

    def _finish(self, result: Any, error: BaseException | None) -> None:
        self.running = False
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        _RUNNING.discard(self)
        if error is not None:
            if isinstance(error, REFUSALS):
                log.info("Refused: %s", error)  # said to the user in words
            elif not isinstance(error, Cancelled):
                log.error("Background work failed: %s", getattr(error, "__traceback_text__", error))
            if self._on_error is not None and _alive(self._parent):
                self._on_error(error)
        elif self._on_done is not None and _alive(self._parent):
            self._on_done(result)
        self.finished.emit(result, error)


_RUNNING: set[Operation[Any]] = set()


def run_in_background(parent: QWidget | None, work: Callable[[Progress], T], *, title: str = "",
                      on_done: Callable[[T], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None,
                      writes: bool = False) -> Operation[T]:
    """Long work with a progress dialog and Cancel; *writes*: made by the one writer, after the writes before it."""
    if writes:
        work = on_the_writer(work)
    return Operation(parent, work, title=title, on_done=on_done, on_error=on_error,
                     pool=writer_pool() if writes else None).start()


def on_the_writer(work: Callable[[Progress], T]) -> Callable[[Progress], T]:
    return lambda progress: _as_writer(lambda: work(progress))


def _alive(owner: QObject | None) -> bool:
    """A callback is for a widget still there: none is run for one closed (deleted) meanwhile."""
    return owner is None or isValid(owner)


# -- the writer and the readers ---------------------------------------------------------

_WRITER: QThreadPool | None = None
#: A wait longer than this shows the busy cursor (the window is not frozen, only waiting).
BUSY_CURSOR_AFTER_MS = 300
_WRITER_THREADS: set[int] = set()


def writer_pool() -> QThreadPool:
    """The one writer: a pool of a single thread, so writes run one after the other, in order."""
    global _WRITER
    if _WRITER is None:
        _WRITER = QThreadPool()
        _WRITER.setObjectName("writer")
        _WRITER.setMaxThreadCount(1)
        _WRITER.setExpiryTimeout(-1)
    return _WRITER


def on_writer() -> bool:
    """True inside a write the writer runs (a nested op then runs in place, not queued behind itself)."""
    return threading.get_ident() in _WRITER_THREADS


def _as_writer(fn: Callable[[], T]) -> T:
    _WRITER_THREADS.add(threading.get_ident())
    try:
        return fn()
    finally:
        _WRITER_THREADS.discard(threading.get_ident())


class _Op(Generic[T]):
    """What ``CollectionOp`` and ``QueryOp`` share: the callbacks, the progress, how it waits."""

    _writes = False

    def __init__(self, parent: QObject | None, op: Callable[[], T]) -> None:
        self._parent = parent
        self._op = op
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None
        self._progress: str | None = None
        self._busy: list[QWidget] = []

    def success(self, callback: Callable[[T], Any]) -> "_Op[T]":
        """Run on the GUI thread with the result."""
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], Any]) -> "_Op[T]":
        """Run on the GUI thread with the refusal, instead of the worded message."""
        self._failure = callback
        return self

    def with_progress(self, label: str) -> "_Op[T]":
        """Show a progress dialog if the work takes over half a second.

        It offers no Cancel: a service call is one transaction, done whole or not at all
        (long work that can stop halfway takes a ``Progress``: ``run_in_background``).
        """
        self._progress = label
        return self

    def disabling(self, *widgets: QWidget) -> "_Op[T]":
        """Disable *widgets* (a dialog's buttons) while the work runs, so it is not asked twice."""
        self._busy.extend(widgets)
        return self

    def _work(self) -> Callable[[Progress], T]:
        op = self._op
        if self._writes:
            return lambda _progress: _as_writer(op)
        return lambda _progress: op()

    def _operation(self, on_done: Callable[[T], Any] | None,
                   on_error: Callable[[BaseException], Any] | None) -> Operation[T]:
        busy = [w for w in self._busy if w.isEnabled()]
        for widget in busy:
            widget.setEnabled(False)

        def release(_result: Any = None, _error: Any = None) -> None:
            for widget in busy:
                if isValid(widget):
                    widget.setEnabled(True)

        operation: Operation[T] = Operation(
            self._parent, self._work(), title=self._progress or "", on_done=on_done, on_error=on_error,
            show_progress_after_ms=500 if self._progress is not None else None,
            pool=writer_pool() if self._writes else None, cancellable=False)
        operation.finished.connect(release)
        return operation

    def run_in_background(self) -> Operation[T]:
        """Start the work; the callbacks run on the GUI thread when it ends."""
        failure = self._failure or (lambda error: report_refusal(self._parent, error))
        return self._operation(self._success, failure).start()

    def wait(self) -> T:
        """The work's result (or its error raised), keeping the window painted meanwhile.

        For the callers that need the answer before going on (a dialog closing on a
        successful save, a check before a status change). The work runs where
        ``run_in_background`` runs it; until it ends the GUI thread repaints and runs its
        timers, but holds back the keyboard and mouse: what is typed meanwhile is
        delivered after, in order, nothing lost and nothing started twice.
        """
        if (self._writes and on_writer()) or not _on_gui_thread():
            return self._op()  # already off the GUI thread (or no window at all): in place
        outcome: dict[str, Any] = {}
        loop = QEventLoop()

        def finished(result: Any, error: BaseException | None) -> None:
            outcome["result"], outcome["error"] = result, error
            loop.quit()

        operation = self._operation(None, None)
        operation.finished.connect(finished)
        operation.start()
        busy = QTimer(singleShot=True, interval=BUSY_CURSOR_AFTER_MS)
        busy.timeout.connect(lambda: QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor))
        busy.start()
        try:
            if "error" not in outcome:
                loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        finally:
            if busy.isActive():
                busy.stop()
            else:
                QApplication.restoreOverrideCursor()
        if outcome["error"] is not None:
            raise outcome["error"]
        if self._success is not None:
            self._success(outcome["result"])
        return outcome["result"]


def _on_gui_thread() -> bool:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.instance() is not None and threading.current_thread() is threading.main_thread()


class CollectionOp(_Op[T]):
    """A write: ``CollectionOp(parent, lambda: service(db, ...)).success(cb).run_in_background()``.

    Runs on the one writer thread, after every write asked for before it.
    """

    _writes = True


class QueryOp(_Op[T]):
    """A read: ``QueryOp(parent, lambda: service(db, ...)).success(cb).run_in_background()``."""


def report_refusal(parent: QWidget | None, error: BaseException) -> None:
    """The one handler: a refusal from a service or the database, said in words.

    Anything else is a bug, logged with its traceback and said in words too, never shown
    as a traceback.
    """
    from PySide6.QtCore import QCoreApplication

    from .view_tools import show_error

    if isinstance(error, Cancelled):
        return
    if parent is not None and not isValid(parent):
        parent = None
    if isinstance(error, REFUSALS):
        show_error(parent, error)
        return
    # Logged with its traceback when the work failed (Operation._finish); said here as the excepthook says it.
    show_error(parent, QCoreApplication.translate(
        "errors", "Something went wrong: %1\n\nYour saved work is safe. The details are in the log file "
        "(Help → Open log folder).").replace("%1", str(error)),
        QCoreApplication.translate("errors", "Unexpected error"))
