"""Choosing a meeting from a list (File → Print minutes…): search, arrows, Enter."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import meetings
from ...services.meetings import MeetingQuery
from ..core.formatting import fmt_datetime
from ..core.labels import label


class MeetingPicker(QDialog):
    """The meetings, newest first; typing filters them. ``chosen_id()`` after OK."""

    def __init__(self, rows: list[meetings.MeetingRow], current: str = "", parent: QWidget | None = None,
                 title: str = "", ok_text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("meetingPicker")
        self.setWindowTitle(title or self.tr("Choose a meeting"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type part of the number, date or title…"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.empty = QLabel(self.tr("There are no meetings yet."))
        self.empty.setVisible(not rows)
        for row in rows:
            reference = f"{row.year}/{row.number}" if row.number else f"#{row.id}"
            text = f"{reference} · {fmt_datetime(row.starts_at)} · {row.title} · {label(row.status)}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, reference)
            item.setToolTip(text)
            self.list.addItem(item)
            if reference == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        if ok_text:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.accept)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.resize(820, 440)
        self.search.setFocus()

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = not all(w in item.text().casefold() for w in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.list.currentItem()
        if first is not None and (current is None or current.isHidden()):
            self.list.setCurrentItem(first)

    def chosen_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and not item.isHidden() else None

    def chosen_reference(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole + 1) if item is not None else ""

    def accept(self) -> None:
        if self.chosen_id() is not None:
            super().accept()


def pick_meeting(parent: QWidget | None, db, current: str, on_chosen: Callable[[int, str], None],
                 **texts: str) -> MeetingPicker:
    """Open the picker (not blocking); *on_chosen(id, reference)* runs after OK."""
    dialog = MeetingPicker(meetings.list_meetings(db, MeetingQuery()), current, parent, **texts)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: on_chosen(dialog.chosen_id(), dialog.chosen_reference()))
    dialog.open()
    return dialog
