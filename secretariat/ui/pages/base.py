"""What every page of the main window offers the window."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import AppContext


class Page(QWidget):
    """A navigation target. ``areas`` lists the data areas it shows, for refreshes."""

    areas: frozenset[str] = frozenset({"all"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        context.data_changed.connect(self._on_data_changed)
        self._stale = False

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload from the database."""

    def _on_data_changed(self, areas: set[str]) -> None:
        if "all" in areas or areas & self.areas or "all" in self.areas:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)
