"""A page for an area whose screens are not there yet: says so, shows its count."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..core.context import AppContext
from .base import Page


class PlaceholderPage(Page):
    def __init__(self, context: AppContext, title: str, count: Callable[[], int],
                 parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._title = title
        self._count = count
        layout = QVBoxLayout(self)
        heading = QLabel(title)
        heading.setObjectName("pageHeading")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(heading)
        layout.addWidget(self.message, 1)
        self.refresh()

    def title(self) -> str:
        return self._title

    def refresh(self) -> None:
        self.message.setText(self.tr("The database holds %n records here. Screens to work with them "
                                     "are not available in this version yet; the command line can "
                                     "already report on them (secretariat summary).", "", self._count()))
