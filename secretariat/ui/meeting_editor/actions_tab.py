"""Action items under the decisions: what, who is responsible, by when, and how far it got.

Their follow-up stays editable after the minutes are approved (status, due date,
responsible, note); adding or deleting them, or changing their wording, does not.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...models import ActionItem, ActionStatus, Meeting
from ...services import directory, meetings
from ..core.formatting import fmt_date, locale
from ..core.labels import choices, label
from ..widgets.completer import Choice, DirectoryPicker, ORGANIZATION
from ..widgets.date_edits import DateEdit
from ..widgets.messages import FAILED, call_service, confirm
from ..core.settings import EDITOR_ACTIONS_HEADER, EDITOR_ACTIONS_SPLITTER
from ..core.view_tools import restore_state, save_state
from .action_review import history_text

if TYPE_CHECKING:
    from .window import MeetingEditor

ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 3


class SortItem(QTableWidgetItem):
    """A cell that sorts by its ``SORT_ROLE`` value (dates, decision numbers) when it has one."""

    def __init__(self, text: str, key: Any = None) -> None:
        super().__init__(text)
        self.setData(SORT_ROLE, text.casefold() if key is None else key)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        try:
            return mine < theirs
        except TypeError:
            return str(mine) < str(theirs)


def _number_key(number: str) -> str:
    """"1.10" after "1.2": zero-padded parts; actions without a decision last."""
    return ".".join(p.zfill(4) for p in number.split(".")) if number else "9999"


class ResponsibleList(QWidget):
    """The organizations responsible for an action, added by typing part of a name."""

    def __init__(self, editor: "MeetingEditor", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.picker = DirectoryPicker(lambda: editor.db, (ORGANIZATION,),
                                      placeholder=self.tr("Add a responsible organization: type part of its name"))
        self.remove_button = QPushButton(self.tr("Remove"))
        row.addWidget(self.picker, 1)
        row.addWidget(self.remove_button)
        self.list = QListWidget()
        self.list.setMaximumHeight(84)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.picker.chosen.connect(self._add)
        self.picker.not_found.connect(self._create)
        self.remove_button.clicked.connect(self._remove)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.list)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._remove)

    def ids(self) -> list[int]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def set_orgs(self, orgs: list[tuple[int, str]]) -> None:
        self.list.clear()
        for org_id, name in orgs:
            item = QListWidgetItem(name)
            item.setData(ID_ROLE, org_id)
            self.list.addItem(item)

    def _add(self, choice: Choice) -> None:
        if choice.id not in self.ids():
            item = QListWidgetItem(choice.label)
            item.setData(ID_ROLE, choice.id)
            self.list.addItem(item)

    def _create(self, text: str) -> None:
        if not confirm(self, self.tr("Not in the directory"),
                       self.tr("“%1” is not in the directory. Add it as a new organization?").replace("%1", text),
                       self.tr("Add organization"), default_yes=True):
            return
        org = call_service(self, directory.create_organization, self.editor.db, text)
        if org is FAILED:
            return
        self.picker.clear()
        self._add(Choice(ORGANIZATION, org.id, org.name))

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)


def _org_name(org: Any) -> str:
    return org.short_name or org.name


class ActionsTab(QWidget):
    def __init__(self, editor: "MeetingEditor") -> None:
        super().__init__(editor)
        self.editor = editor
        self.read_only = False
        self._rows: dict[int, ActionItem] = {}
        self._editing: int | None = None

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("Decision"), self.tr("Action"), self.tr("Responsible"),
                                              self.tr("Due date"), self.tr("Status")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 70)
        self.table.setColumnWidth(2, 200)
        self.table.setColumnWidth(3, 100)

        form_box = QGroupBox(self.tr("Action item"))
        form = QFormLayout(form_box)
        self.decision = QComboBox()
        self.text = QPlainTextEdit()
        self.text.setMaximumHeight(70)
        self.text.setPlaceholderText(self.tr("What is to be done"))
        self.text.setTabChangesFocus(True)
        self.responsible = ResponsibleList(editor)
        due_row = QHBoxLayout()
        self.due = DateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(locale().dateFormat(locale().FormatType.ShortFormat))
        self.no_due = QCheckBox(self.tr("No due date"))
        due_row.addWidget(self.due)
        due_row.addWidget(self.no_due)
        due_row.addStretch(1)
        self.status = QComboBox()
        for value, text in choices([s.value for s in ActionStatus]):
            self.status.addItem(text, value)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("How it was done, or why not"))
        form.addRow(self.tr("Under &decision"), self.decision)
        form.addRow(self.tr("&What"), self.text)
        form.addRow(self.tr("&Responsible"), self.responsible)
        due_label = QLabel(self.tr("D&ue"))
        due_label.setBuddy(self.due)
        form.addRow(due_label, due_row)
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("Completion &note"), self.note)
        self.reviews = QLabel()
        self.reviews.setObjectName("actionReviews")
        self.reviews.setWordWrap(True)
        form.addRow(self.tr("Reviews"), self.reviews)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New action"))
        self.save_button = QPushButton(self.tr("&Add action"))
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.save_button.setDefault(True)
        self.delete_button = QPushButton(self.tr("De&lete…"))
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(form_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.no_due.toggled.connect(lambda checked: self.due.setEnabled(not checked))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.new_button.clicked.connect(self.new_action)
        self.save_button.clicked.connect(self.save_action)
        self.delete_button.clicked.connect(self.delete_action)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), form_box)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save_action)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_action)
        self.new_action()

    # -- loading ----------------------------------------------------------------
    def load(self, meeting: Meeting) -> None:
        numbers = {d.id: d.number for d in meeting.decisions}
        current_decision = self.decision.currentData()
        self.decision.clear()
        self.decision.addItem(self.tr("— not tied to a decision —"), None)
        for decision in sorted(meeting.decisions, key=lambda d: [int(p) for p in d.number.split(".")]):
            text = decision.text if len(decision.text) < 90 else decision.text[:89] + "…"
            self.decision.addItem(f"{decision.number} {text}", decision.id)
        self.decision.setCurrentIndex(max(0, self.decision.findData(current_decision)))
        self._rows = {a.id: a for a in meeting.action_items}
        sorting = self.table.isSortingEnabled()
        self.table.setSortingEnabled(False)
        blocker = self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(meeting.action_items))
            today = date.today()
            for row, action in enumerate(meeting.action_items):
                decision_number = numbers.get(action.decision_id, "")
                number = SortItem(decision_number, _number_key(decision_number))
                number.setData(ID_ROLE, action.id)
                due = SortItem(fmt_date(action.due_date),
                               action.due_date.isoformat() if action.due_date else "9999")
                status = SortItem(label(action.status))
                if action.is_open and action.due_date is not None and action.due_date < today:
                    status.setText(self.tr("%1 (overdue)").replace("%1", label(action.status)))
                    status.setForeground(Qt.GlobalColor.red)
                cells = [number, SortItem(action.text),
                         SortItem(", ".join(_org_name(o) for o in action.responsible)), due, status]
                for column, cell in enumerate(cells):
                    cell.setToolTip(cell.text())
                    self.table.setItem(row, column, cell)
        finally:
            self.table.blockSignals(blocker)
            self.table.setSortingEnabled(sorting)
        self.table.resizeRowsToContents()
        if self._editing is not None and self._editing in self._rows:
            self.select(self._editing)
        else:
            self.new_action()

    def select(self, action_id: int) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == action_id:
                self.table.selectRow(row)
                self.table.scrollToItem(self.table.item(row, 0))
                self._show(self._rows[action_id])
                return

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            action_id = self.table.item(rows[0].row(), 0).data(ID_ROLE)
            if action_id in self._rows:
                self._show(self._rows[action_id])

    def _show(self, action: ActionItem | None) -> None:
        self._editing = action.id if action is not None else None
        self.decision.setCurrentIndex(max(0, self.decision.findData(action.decision_id if action else None)))
        self.text.setPlainText(action.text if action else "")
        self.responsible.set_orgs([(o.id, _org_name(o)) for o in action.responsible] if action else [])
        has_due = action is not None and action.due_date is not None
        self.no_due.setChecked(not has_due)
        self.due.setDate(QDate(action.due_date) if has_due else QDate.currentDate().addMonths(1))
        self.status.setCurrentIndex(self.status.findData(action.status if action else ActionStatus.OPEN.value))
        self.note.setText(action.completion_note if action else "")
        self.reviews.setText(history_text(self.editor.db, action.id if action else None))
        self.save_button.setText(self.tr("&Save changes") if action else self.tr("&Add action"))
        self._apply_read_only()

    def new_action(self) -> None:
        self.table.clearSelection()
        self._show(None)
        if not self.read_only:
            self.text.setFocus()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._apply_read_only()

    def _apply_read_only(self) -> None:
        locked, existing = self.read_only, self._editing is not None
        self.decision.setEnabled(not locked)
        self.text.setReadOnly(locked)
        self.new_button.setEnabled(not locked)
        self.delete_button.setEnabled(existing and not locked)
        self.save_button.setEnabled(existing or not locked)
        self.due.setEnabled(not self.no_due.isChecked())

    # -- saving -----------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {
            "decision_id": self.decision.currentData(),
            "text": self.text.toPlainText().strip(),
            "due_date": None if self.no_due.isChecked() else self.due.date().toPython(),
            "status": self.status.currentData(),
            "completion_note": self.note.text().strip(),
        }

    def save_action(self) -> None:
        values = self.values()
        if not values["text"]:
            self.editor.statusBar().showMessage(self.tr("Say what is to be done first."), 5000)
            self.text.setFocus()
            return
        if self._editing is None:
            if self.read_only:
                return
            action = call_service(self, meetings.add_action_item, self.editor.db, self.editor.meeting_id,
                                  values.pop("text"), responsible_ids=self.responsible.ids(), **values)
        else:
            current = self._rows[self._editing]
            if self.read_only:  # approved minutes: only the follow-up can change
                values = {k: v for k, v in values.items() if k in ("due_date", "status", "completion_note")}
            action = call_service(self, meetings.update_action_item, self.editor.db, current.id,
                                  expected_version=current.version, responsible_ids=self.responsible.ids(),
                                  **values)
        if action is FAILED:
            return
        self._editing = action.id
        self.editor.after_change()
        self.editor.statusBar().showMessage(self.tr("Action item saved."), 4000)

    def delete_action(self) -> None:
        if self._editing is None or self.read_only:
            return
        action = self._rows[self._editing]
        if not confirm(self, self.tr("Delete action item"),
                       self.tr("Delete the action item “%1”?").replace("%1", action.text), self.tr("Delete")):
            return
        if call_service(self, meetings.delete_action_item, self.editor.db, action.id) is FAILED:
            return
        self._editing = None
        self.editor.after_change()

    def save_layout(self, settings: Any) -> None:
        save_state(settings, EDITOR_ACTIONS_SPLITTER, self.splitter)
        save_state(settings, EDITOR_ACTIONS_HEADER, self.table.horizontalHeader())

    def restore_layout(self, settings: Any) -> None:
        restore_state(settings, EDITOR_ACTIONS_SPLITTER, self.splitter)
        restore_state(settings, EDITOR_ACTIONS_HEADER, self.table.horizontalHeader())
