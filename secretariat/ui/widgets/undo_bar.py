"""A strip that says what was just done and offers to take it back."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

if TYPE_CHECKING:
    from ..core.undo import UndoHistory


class UndoBar(QFrame):
    """Hidden until ``offer(text, undo)``; the offer lapses after *timeout_ms*.

    Given the application's *history*, each offer is also recorded there, so Edit →
    Undo takes it back too (and Redo does it again, given *redo*).
    """

    def __init__(self, parent: QWidget | None = None, timeout_ms: int = 30_000,
                 history: "UndoHistory | None" = None) -> None:
        super().__init__(parent)
        self.history = history
        self._change: Any = None
        self.setObjectName("undoBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QFrame#undoBar { background: palette(tooltip-base); border-radius: 4px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.setFlat(True)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self._undo: Callable[[], None] | None = None
        self._timer = QTimer(self, singleShot=True, interval=timeout_ms)
        self._timer.timeout.connect(self.dismiss)
        self.undo_button.clicked.connect(self.undo)
        self.close_button.clicked.connect(self.dismiss)
        self.hide()

    def offer(self, text: str, undo: Callable[[], Any], redo: Callable[[], Any] | None = None) -> None:
        self.label.setText(text)
        self._undo = undo
        self._change = self.history.record(text, undo, redo) if self.history is not None else None
        self.show()
        self._timer.start()

    @property
    def pending(self) -> bool:
        return self._undo is not None

    def undo(self) -> None:
        action, self._undo = self._undo, None
        change, self._change = self._change, None
        self.dismiss()
        if action is None:
            return
        if self.history is not None and self.history.is_next_undo(change):
            self.history.undo()
        else:
            action()

    def dismiss(self) -> None:
        self._timer.stop()
        self._undo = None
        self.hide()
