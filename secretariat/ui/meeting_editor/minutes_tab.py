"""Minutes per agenda item in the regional protocol: HEARD, SPOKE, DECIDED.

HEARD and SPOKE are rich text kept in the editors until Ctrl+S saves them; the
draft keeper copies them to the database a few seconds after typing stops, so a
crash loses almost nothing. Decisions are saved as soon as they are entered.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QListView,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...models import AgendaItem, Meeting
from ...services.meetings import DRAFT_AGENDA_ITEM
from ..widgets.rich_text_editor import RichTextEditor
from ..core.settings import EDITOR_MINUTES_LIST_SPLITTER, EDITOR_MINUTES_SPLITTER
from ..core.view_tools import restore_state, save_state
from .agenda_model import AgendaListModel
from .decisions_box import DecisionsBox
from .follow_up import follow_up_box

if TYPE_CHECKING:
    from .window import MeetingEditor

FIELDS = ("heard", "spoke")
UNSAVED_MARK = "✎ "


class MinutesPane(QWidget):
    """The minutes of one agenda item."""

    def __init__(self, editor: "MeetingEditor", item: AgendaItem) -> None:
        super().__init__()
        self.editor = editor
        self.item_id = item.id
        self.saved: dict[str, str] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("sectionHeading")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.editors: dict[str, RichTextEditor] = {}
        titles = {"heard": self.tr("HEARD — who reported, on what"),
                  "spoke": self.tr("SPOKE — the discussion")}
        placeholders = {"heard": self.tr("e.g. A. Orazowa reported on the draft Work Plan for 2024…"),
                        "spoke": self.tr("Who spoke and what they proposed…")}
        for field in FIELDS:
            box = QGroupBox(titles[field])
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(4, 4, 4, 4)
            text = RichTextEditor(box, placeholders[field])
            text.setObjectName(f"minutes_{field}")
            box_layout.addWidget(text)
            self.editors[field] = text
            self.splitter.addWidget(box)
        self.decisions = DecisionsBox(editor, item.id, self.tr("DECIDED — decisions numbered within the item"))
        self.splitter.addWidget(self.decisions)
        self.follow_up = follow_up_box(editor, item)
        if self.follow_up is not None:
            self.splitter.addWidget(self.follow_up)
        layout.addWidget(self.splitter, 1)
        for field, text in self.editors.items():
            editor.keeper.watch((DRAFT_AGENDA_ITEM, item.id, field), text.html, text.is_modified,
                                text.changed, text.focus_lost)
        self.load(item)

    def keys(self) -> list[tuple[str, int, str]]:
        return [(DRAFT_AGENDA_ITEM, self.item_id, field) for field in FIELDS]

    def load(self, item: AgendaItem) -> None:
        title = f"{item.position}. {item.title}"
        if item.presenter:
            title += f" — {item.presenter}"
        self.heading.setText(title)
        for field, text in self.editors.items():
            value = getattr(item, field) or ""
            if not text.is_modified() and (self.saved.get(field) != value or field not in self.saved):
                text.set_html(value)
            self.saved[field] = value
        self.decisions.load(item)
        if self.follow_up is not None:
            self.follow_up.reload()

    def modified_fields(self) -> dict[str, str]:
        return {field: text.html() for field, text in self.editors.items() if text.is_modified()}

    def is_dirty(self) -> bool:
        return any(text.is_modified() for text in self.editors.values())

    def mark_saved(self, values: dict[str, str]) -> None:
        for field, value in values.items():
            self.saved[field] = value
            self.editors[field].set_modified(False)

    def revert(self, field: str) -> None:
        self.editors[field].set_html(self.saved.get(field, ""))

    def set_read_only(self, read_only: bool) -> None:
        for text in self.editors.values():
            text.set_read_only(read_only)
        self.decisions.set_read_only(read_only)
        if self.follow_up is not None:
            self.follow_up.set_read_only(read_only)


class MinutesTab(QWidget):
    def __init__(self, editor: "MeetingEditor") -> None:
        super().__init__(editor)
        self.editor = editor
        self.read_only = False
        self.panes: dict[int, MinutesPane] = {}
        self._items: dict[int, AgendaItem] = {}
        self.model = AgendaListModel(None, self, marks=self._mark)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setToolTip(self.tr("✎ marks items with text not saved yet (Ctrl+S saves)"))
        self.stack = QStackedWidget()
        self.empty = QLabel(self.tr("The agenda is empty. Add agenda items on the Agenda tab; "
                                    "their minutes are written here."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack.addWidget(self.empty)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.list.selectionModel().currentChanged.connect(lambda *_a: self._show_current())

    def _mark(self, item: AgendaItem) -> str:
        pane = self.panes.get(item.id)
        return UNSAVED_MARK if pane is not None and pane.is_dirty() else ""

    # -- loading ----------------------------------------------------------------
    def load(self, meeting: Meeting) -> None:
        current = self.current_id()
        self._items = {item.id: item for item in meeting.agenda_items}
        self.model.set_items(meeting.agenda_items)
        for item_id in list(self.panes):
            if item_id not in self._items:
                self.drop_pane(item_id)
        for item_id, pane in self.panes.items():
            pane.load(self._items[item_id])
        if current not in self._items:
            current = self.model.items[0].id if self.model.items else None
        self.select(current)

    def drop_pane(self, item_id: int) -> None:
        pane = self.panes.pop(item_id, None)
        if pane is None:
            return
        for key in pane.keys():
            self.editor.keeper.unwatch(key)
        self.stack.removeWidget(pane)
        pane.deleteLater()

    def current_id(self) -> int | None:
        index = self.list.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def select(self, item_id: int | None) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(self.model.index(row),
                                                       QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_current()

    def pane(self, item_id: int) -> MinutesPane:
        """The pane of an agenda item, made on first use."""
        pane = self.panes.get(item_id)
        if pane is None:
            pane = MinutesPane(self.editor, self._items[item_id])
            pane.set_read_only(self.read_only)
            for text in pane.editors.values():
                text.changed.connect(self.model.refresh_marks)
                text.changed.connect(self.editor.update_modified)
            restore_state(self.editor.context.settings, EDITOR_MINUTES_SPLITTER, pane.splitter)
            self.panes[item_id] = pane
            self.stack.addWidget(pane)
        return pane

    def _show_current(self) -> None:
        item_id = self.current_id()
        if item_id is None or item_id not in self._items:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.pane(item_id))

    def current_pane(self) -> MinutesPane | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, MinutesPane) else None

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for pane in self.panes.values():
            pane.set_read_only(read_only)

    # -- saving and drafts ------------------------------------------------------
    def is_dirty(self) -> bool:
        return any(pane.is_dirty() for pane in self.panes.values())

    def dirty_items(self) -> dict[int, dict[str, str]]:
        return {item_id: pane.modified_fields() for item_id, pane in self.panes.items() if pane.is_dirty()}

    def mark_saved(self, item_id: int, values: dict[str, str]) -> None:
        self.panes[item_id].mark_saved(values)
        self.model.refresh_marks()

    def apply_draft(self, item_id: int, field: str, content: str) -> bool:
        if item_id not in self._items or field not in FIELDS:
            return False
        self.pane(item_id).editors[field].set_html(content, modified=True)
        self.model.refresh_marks()
        return True

    def revert(self, keys: list[tuple[str, int, str]]) -> None:
        for _entity, item_id, field in keys:
            if item_id in self.panes and field in FIELDS:
                self.panes[item_id].revert(field)
        self.model.refresh_marks()

    def save_layout(self, settings: Any) -> None:
        save_state(settings, EDITOR_MINUTES_LIST_SPLITTER, self.splitter)
        pane = self.current_pane()
        if pane is not None:
            save_state(settings, EDITOR_MINUTES_SPLITTER, pane.splitter)

    def restore_layout(self, settings: Any) -> None:
        restore_state(settings, EDITOR_MINUTES_LIST_SPLITTER, self.splitter)
