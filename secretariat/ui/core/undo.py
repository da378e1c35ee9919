"""One history of what can be taken back, behind Edit → Undo / Redo and the yellow bars.

A change is made first, then recorded with the two functions that take it back and do
it again; recording does not run it a second time. Each function returns False when the
service refused (the user was told), and the history then drops that step. Plain Python
lists, not QUndoStack: a command object owned by Qt but holding Python closures over
widgets would be freed twice when the garbage collector breaks the cycle.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence


@dataclass(eq=False)
class Change:
    text: str
    undo: Callable[[], Any]
    redo: Callable[[], Any] | None


class UndoHistory(QObject):
    """The application's undo history (one per open database)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None, limit: int = 100) -> None:
        super().__init__(parent)
        self._done: list[Change] = []
        self._undone: list[Change] = []
        self.limit = limit

    def record(self, text: str, undo: Callable[[], Any], redo: Callable[[], Any] | None = None) -> Change:
        change = Change(text, undo, redo)
        self._done.append(change)
        del self._done[:-self.limit]
        self._undone.clear()
        self.changed.emit()
        return change

    def is_next_undo(self, change: Change | None) -> bool:
        return change is not None and bool(self._done) and self._done[-1] is change

    def can_undo(self) -> bool:
        return bool(self._done)

    def can_redo(self) -> bool:
        return bool(self._undone) and self._undone[-1].redo is not None

    def undo_text(self) -> str:
        return self._done[-1].text if self._done else ""

    def redo_text(self) -> str:
        return self._undone[-1].text if self._undone else ""

    def undo(self) -> None:
        if not self._done:
            return
        change = self._done.pop()
        if change.undo() is not False:
            self._undone.append(change)
        self.changed.emit()

    def redo(self) -> None:
        if not self.can_redo():
            return
        change = self._undone.pop()
        if change.redo is not None and change.redo() is not False:
            self._done.append(change)
        self.changed.emit()

    def clear(self) -> None:
        self._done.clear()
        self._undone.clear()
        self.changed.emit()

    def actions(self, parent: QObject) -> tuple[QAction, QAction]:
        """Edit → Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z), named after what they take back."""
        pair = _EditActions(self, parent)
        return pair.undo_action, pair.redo_action


class _EditActions(QObject):
    """Keeps a window's Undo and Redo actions in step with the history (until the window goes)."""

    def __init__(self, history: UndoHistory, parent: QObject) -> None:
        super().__init__(parent)
        self.history = history
        self.undo_action = QAction(parent)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.setObjectName("editUndo")
        self.undo_action.triggered.connect(lambda _checked=False: history.undo())
        self.redo_action = QAction(parent)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.setObjectName("editRedo")
        self.redo_action.triggered.connect(lambda _checked=False: history.redo())
        history.changed.connect(self.update)
        self.update()

    def update(self) -> None:
        undo, redo = self.history.undo_text(), self.history.redo_text()
        self.undo_action.setText(QCoreApplication.translate("undo", "&Undo %1").replace("%1", undo).strip()
                                 if undo else QCoreApplication.translate("undo", "&Undo"))
        self.redo_action.setText(QCoreApplication.translate("undo", "&Redo %1").replace("%1", redo).strip()
                                 if redo else QCoreApplication.translate("undo", "&Redo"))
        self.undo_action.setEnabled(self.history.can_undo())
        self.redo_action.setEnabled(self.history.can_redo())
