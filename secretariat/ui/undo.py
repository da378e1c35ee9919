"""One history of what can be taken back, behind Edit → Undo / Redo and the yellow bars.

A change is made first, then recorded with the two functions that take it back and do
it again; recording does not run it a second time. Each function returns False when the
service refused (the user was told), and the history then stops there.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack


class _Change(QUndoCommand):
    def __init__(self, text: str, undo: Callable[[], Any], redo: Callable[[], Any] | None) -> None:
        super().__init__(text)
        self._undo, self._redo = undo, redo
        self._done = True  # pushed after the change was made

    def undo(self) -> None:
        if self._undo() is False:
            self.setObsolete(True)

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        if self._redo is None or self._redo() is False:
            self.setObsolete(True)


class UndoHistory(QUndoStack):
    """The application's undo stack (one per open database)."""

    def record(self, text: str, undo: Callable[[], Any], redo: Callable[[], Any] | None = None) -> QUndoCommand:
        change = _Change(text, undo, redo)
        self.push(change)
        return change

    def is_next_undo(self, change: QUndoCommand | None) -> bool:
        return change is not None and self.index() > 0 and self.command(self.index() - 1) is change

    def actions(self, parent: QObject) -> tuple[QAction, QAction]:
        """Edit → Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z), named after what they take back."""
        undo = self.createUndoAction(parent, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        undo.setObjectName("editUndo")
        redo = self.createRedoAction(parent, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.setObjectName("editRedo")
        return undo, redo
