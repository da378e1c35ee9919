"""Run storage work off the UI thread, with a progress dialog and cancel.

Modelled on Anki's CollectionOp: a plain function runs in a worker thread; its result
(or error) comes back to the UI thread through a signal, then ``on_done`` runs there.
The work function receives a ``Progress`` object to report steps and poll for cancel.
"""

from __future__ import annotations

import logging
import threading
import traceback
from typing import Any, Callable, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

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
                 show_progress_after_ms: int | None = 500) -> None:
        super().__init__(parent)
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
        QThreadPool.globalInstance().start(self._job)
        if self._show_after is not None:  # None: a quick query, no progress dialog (progress is opt-in)
            QTimer.singleShot(self._show_after, self._show_dialog)
        self._timer.start()
        return self

    def _show_dialog(self) -> None:
        if not self.running or self._dialog is not None:
            return
        dialog = QProgressDialog(self._title, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(self._title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.canceled.connect(self.progress.cancel)
        dialog.show()
        self._dialog = dialog

    def _tick(self) -> None:
        if self._dialog is None:
            return
        done, total, label = self.progress.snapshot()
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(min(done, total) if total else 0)
        if label:
            self._dialog.setLabelText(label)

    def _finish(self, result: Any, error: BaseException | None) -> None:
        self.running = False
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.deleteLater()
            self._dialog = None
        _RUNNING.discard(self)
        if error is not None:
            if not isinstance(error, Cancelled):
                log.error("Background work failed: %s", getattr(error, "__traceback_text__", error))
            if self._on_error is not None:
                self._on_error(error)
        elif self._on_done is not None:
            self._on_done(result)
        self.finished.emit(result, error)


_RUNNING: set[Operation[Any]] = set()


def run_in_background(parent: QWidget | None, work: Callable[[Progress], T], *, title: str = "",
                      on_done: Callable[[T], None] | None = None,
                      on_error: Callable[[BaseException], None] | None = None) -> Operation[T]:
    return Operation(parent, work, title=title, on_done=on_done, on_error=on_error).start()
