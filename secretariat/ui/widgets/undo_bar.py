"""A strip that says what was just done and offers to take it back."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class UndoBar(QFrame):
    """Hidden until ``offer(text, undo)``; the offer lapses after *timeout_ms*."""

    def __init__(self, parent: QWidget | None = None, timeout_ms: int = 30_000) -> None:
        super().__init__(parent)
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

    def offer(self, text: str, undo: Callable[[], None]) -> None:
        self.label.setText(text)
        self._undo = undo
        self.show()
        self._timer.start()

    @property
    def pending(self) -> bool:
        return self._undo is not None

    def undo(self) -> None:
        action, self._undo = self._undo, None
        self.dismiss()
        if action is not None:
            action()

    def dismiss(self) -> None:
        self._timer.stop()
        self._undo = None
        self.hide()
