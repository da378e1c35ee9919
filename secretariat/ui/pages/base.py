"""What every page of the main window offers the window."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from ..core.context import AppContext


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

    #: Filter name → attribute holding its widget (a search box, a combo, a check box).
    FILTERS: dict[str, str] = {}

    def show_filtered(self, filters: dict[str, Any]) -> None:
        """Show what a dashboard card or list counts: every filter cleared, then *filters* set."""
        unknown = set(filters) - set(self.FILTERS)
        if unknown:
            raise KeyError(f"{type(self).__name__} has no filter {sorted(unknown)}")
        for name, attribute in self.FILTERS.items():
            widget, value = getattr(self, attribute), filters.get(name)
            if isinstance(widget, QLineEdit):
                widget.setText("" if value is None else str(value))
            elif isinstance(widget, QComboBox):
                index = widget.findData(value) if value is not None else 0
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))

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
