"""The agenda: numbered items, reordered by dragging or Alt+Up/Down, linked to plans and UN recommendations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QItemSelectionModel, QStringListModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...models import AgendaItem, Meeting
from ...services import directory, meetings
from ..widgets.completer import Choice, SearchPicker
from ..widgets.messages import FAILED, call_service, confirm
from ..core.settings import EDITOR_AGENDA_SPLITTER
from ..core.view_tools import restore_state, save_state
from .agenda_model import AgendaListModel
from .follow_up import FollowUpBar

if TYPE_CHECKING:
    from .window import MeetingEditor


def _link_search(find: Callable[..., list[meetings.LinkTarget]], db: Callable[[], Any]) -> Callable[[str], list[Choice]]:
    def search(text: str) -> list[Choice]:
        return [Choice("link", t.id, t.label, (t.label,)) for t in find(db(), text)]
    return search


class LinkList(QGroupBox):
    """Linked measures or recommendations of the current item, with a search to add one."""

    def __init__(self, title: str, search: Callable[[str], list[Choice]], placeholder: str,
                 on_change: Callable[[list[int]], bool], parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._on_change = on_change
        layout = QVBoxLayout(self)
        self.picker = SearchPicker(search, placeholder=placeholder)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.remove_button = QPushButton(self.tr("Remove link"))
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        layout.addWidget(self.list, 1)
        self.picker.chosen.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._remove)

    def ids(self) -> list[int]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def set_targets(self, targets: list[meetings.LinkTarget]) -> None:
        self.list.clear()
        for target in targets:
            item = QListWidgetItem(target.label)
            item.setData(Qt.ItemDataRole.UserRole, target.id)
            item.setToolTip(target.label)
            self.list.addItem(item)

    def _add(self, choice: Choice) -> None:
        if choice.id not in self.ids():
            self._on_change(self.ids() + [choice.id])

    def _remove(self) -> None:
        current = self.list.currentItem()
        if current is not None:
            wanted = [i for i in self.ids() if i != current.data(Qt.ItemDataRole.UserRole)]
            self._on_change(wanted)

    def set_read_only(self, read_only: bool) -> None:
        self.picker.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)


class AgendaTab(QWidget):
    def __init__(self, editor: "MeetingEditor") -> None:
        super().__init__(editor)
        self.editor = editor
        self.read_only = False
        self._current: AgendaItem | None = None
        db = lambda: editor.db  # noqa: E731

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.new_title = QLineEdit()
        self.new_title.setPlaceholderText(self.tr("New agenda item: type its title and press Enter"))
        self.model = AgendaListModel(self._move, self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setDragEnabled(True)
        self.list.setAcceptDrops(True)
        self.list.setDropIndicatorShown(True)
        self.list.setToolTip(self.tr("Drag items, or use Alt+Up and Alt+Down, to reorder the agenda"))
        buttons = QHBoxLayout()
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setToolTip(self.tr("Alt+Up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setToolTip(self.tr("Alt+Down"))
        self.remove_button = QPushButton(self.tr("&Delete item…"))
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout.addWidget(self.new_title)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(buttons)
        self.follow_up = FollowUpBar(editor, left)
        left_layout.addWidget(self.follow_up)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.title = QLineEdit()
        self.presenter = QLineEdit()
        self.presenter.setPlaceholderText(self.tr("Who reports on this item"))
        self._people = QStringListModel(self)
        people_completer = QCompleter(self._people, self)
        people_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        people_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.presenter.setCompleter(people_completer)
        self.standing = QCheckBox(self.tr("Standing item (carried over to the next meeting)"))
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("&Presenter"), self.presenter)
        form.addRow("", self.standing)
        right_layout.addLayout(form)
        self.measures = LinkList(self.tr("Plan measures discussed"), _link_search(meetings.find_measures, db),
                                 self.tr("Find a plan measure by number or words…"),
                                 lambda ids: self._set_links(measure_ids=ids))
        self.recommendations = LinkList(self.tr("UN recommendations discussed"),
                                        _link_search(meetings.find_recommendations, db),
                                        self.tr("Find a recommendation by paragraph or words…"),
                                        lambda ids: self._set_links(recommendation_ids=ids))
        right_layout.addWidget(self.measures, 1)
        right_layout.addWidget(self.recommendations, 1)
        self.empty_hint = QLabel(self.tr("Add the first agenda item on the left."))
        right_layout.addWidget(self.empty_hint)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.right = right

        self.new_title.returnPressed.connect(self.add_item)
        self.list.selectionModel().currentChanged.connect(lambda *_a: self._show_current())
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.remove_button.clicked.connect(self.delete_current)
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.move_current(s))
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)
        self.title.editingFinished.connect(self._save_fields)
        self.presenter.editingFinished.connect(self._save_fields)
        self.standing.toggled.connect(lambda _c: self._save_fields())

    # -- loading ----------------------------------------------------------------
    def load(self, meeting: Meeting) -> None:
        current = self.current_id()
        # The model reset clears the current row for a moment; showing that would disable
        # the item's fields and send the focus (and what is typed next) elsewhere.
        blocker = self.list.selectionModel().blockSignals(True)
        try:
            self.model.set_items(meeting.agenda_items)
        finally:
            self.list.selectionModel().blockSignals(blocker)
        self.follow_up.load(meeting)
        if not self._people.stringList():
            self._people.setStringList([p.full_name for p in directory.list_people(self.editor.db, limit=2000)])
        self.select(current if current is not None else (self.model.items[0].id if self.model.items else None))

    def current_id(self) -> int | None:
        index = self.list.currentIndex()
        return index.data(Qt.ItemDataRole.UserRole) if index.isValid() else None

    def select(self, item_id: int | None) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_current()

    def _show_current(self) -> None:
        row = self.model.row_of(self.current_id())
        item = self.model.items[row] if row >= 0 else None
        self._current = item
        self.right.setEnabled(item is not None)
        self.empty_hint.setVisible(not self.model.items)
        for widget, value in ((self.title, item.title if item else ""),
                              (self.presenter, item.presenter if item else "")):
            if widget.text() != value:
                widget.setText(value)
        blocker = self.standing.blockSignals(True)
        self.standing.setChecked(bool(item and item.is_standing))
        self.standing.blockSignals(blocker)
        self.measures.set_targets([meetings.LinkTarget(m.id, meetings.measure_label(m)) for m in item.measures]
                                  if item else [])
        self.recommendations.set_targets([meetings.LinkTarget(r.id, meetings.recommendation_label(r))
                                          for r in item.recommendations] if item else [])
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.model.row_of(self.current_id())
        editable = not self.read_only
        self.up_button.setEnabled(editable and row > 0)
        self.down_button.setEnabled(editable and 0 <= row < len(self.model.items) - 1)
        self.remove_button.setEnabled(editable and row >= 0)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.model.movable = not read_only
        self.new_title.setEnabled(not read_only)
        self.follow_up.set_read_only(read_only)
        self.title.setReadOnly(read_only)
        self.presenter.setReadOnly(read_only)
        self.standing.setEnabled(not read_only)
        self.measures.set_read_only(read_only)
        self.recommendations.set_read_only(read_only)
        self._update_buttons()

    # -- editing ----------------------------------------------------------------
    def add_item(self) -> None:
        title = self.new_title.text().strip()
        if not title or self.read_only:
            return
        item = call_service(self, meetings.add_agenda_item, self.editor.db, self.editor.meeting_id, title)
        if item is FAILED:
            return
        self.new_title.clear()
        self.editor.after_change()
        self.select(item.id)
        self.new_title.setFocus()

    def _move(self, item_id: int, new_position: int) -> bool:
        if self.read_only:
            return False
        if call_service(self, meetings.move_agenda_item, self.editor.db, item_id, new_position) is FAILED:
            return False
        self.editor.after_change()
        self.select(item_id)
        return True

    def move_current(self, step: int) -> None:
        row = self.model.row_of(self.current_id())
        if row < 0 or self.read_only:
            return
        target = row + step
        if not 0 <= target < len(self.model.items):
            return
        # Qt's moveRow puts the row before the destination: one further when moving down.
        self.model.moveRow(self.list.rootIndex(), row, self.list.rootIndex(), target + 1 if step > 0 else target)
        self.list.setFocus()

    def delete_current(self) -> None:
        item = self._current
        if item is None or self.read_only:
            return
        decisions = len(item.decisions)
        detail = self.tr("Its minutes and %n decisions are deleted with it.", "", decisions) \
            if (decisions or item.heard or item.spoke) else ""
        if not confirm(self, self.tr("Delete agenda item"),
                       self.tr("Delete agenda item %1, “%2”?").replace("%1", str(item.position))
                       .replace("%2", item.title) + ("\n\n" + detail if detail else ""), self.tr("Delete")):
            return
        if call_service(self, meetings.delete_agenda_item, self.editor.db, item.id) is FAILED:
            return
        self.editor.forget_item(item.id)
        self._current = None
        self.editor.after_change()

    def _save_fields(self) -> None:
        item = self._current
        if item is None or self.read_only:
            return
        changes: dict[str, Any] = {}
        if self.title.text().strip() != item.title:
            if not self.title.text().strip():
                self.title.setText(item.title)
                self.editor.statusBar().showMessage(self.tr("An agenda item needs a title."), 5000)
                return
            changes["title"] = self.title.text().strip()
        if self.presenter.text().strip() != item.presenter:
            changes["presenter"] = self.presenter.text().strip()
        if self.standing.isChecked() != item.is_standing:
            changes["is_standing"] = self.standing.isChecked()
        if not changes:
            return
        if call_service(self, meetings.update_agenda_item, self.editor.db, item.id, **changes) is FAILED:
            return
        self.editor.after_change()

    def _set_links(self, **links: list[int]) -> bool:
        item = self._current
        if item is None or self.read_only:
            return False
        if call_service(self, meetings.set_agenda_links, self.editor.db, item.id, **links) is FAILED:
            return False
        self.editor.after_change()
        return True

    def save_layout(self, settings: Any) -> None:
        save_state(settings, EDITOR_AGENDA_SPLITTER, self.splitter)

    def restore_layout(self, settings: Any) -> None:
        restore_state(settings, EDITOR_AGENDA_SPLITTER, self.splitter)
