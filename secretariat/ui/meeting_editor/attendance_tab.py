"""Who attends: organizations and people, their role, present / absent / represented by."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...models import Attendance, AttendanceRole, Meeting, Presence
from ...services import directory, meetings
from ...services.names import localized
from ..core.labels import choices, label
from ..widgets.completer import ORGANIZATION, Choice, DirectoryPicker
from ..widgets.delegates import VALUE_ROLE, ChoiceDelegate
from ..widgets.messages import FAILED, call_service
from ..widgets.undo_bar import UndoBar
from ..core.settings import EDITOR_ATTENDANCE_HEADER
from ..core.view_tools import restore_state, save_state

if TYPE_CHECKING:
    from .window import MeetingEditor

ROLE_ORDER = {r.value: i for i, r in enumerate(
    [AttendanceRole.CHAIR, AttendanceRole.SECRETARY, AttendanceRole.MEMBER, AttendanceRole.INVITED,
     AttendanceRole.OBSERVER])}
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("organization", "person", "role", "presence", "represented_by", "note")
EDITABLE = {"role", "presence", "represented_by", "note"}


def _org_name(row: Attendance) -> str:
    org = row.organization
    if org is None:
        return ""
    name, short = localized(org, "name"), localized(org, "short_name")  # in the interface's language
    return f"{name} ({short})" if short else name


class AttendanceModel(QAbstractTableModel):
    def __init__(self, on_edit: Callable[[int, str, Any], bool], parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Attendance] = []
        self.read_only = False
        self._on_edit = on_edit
        self._titles = [self.tr("Organization"), self.tr("Person"), self.tr("Role"), self.tr("Presence"),
                        self.tr("Represented by"), self.tr("Note")]

    def set_rows(self, rows: list[Attendance]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and COLUMNS[index.column()] in EDITABLE:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, SORT_ROLE):
            if key == "organization":
                return _org_name(row)
            if key == "person":
                return row.person.full_name if row.person is not None else ""
            if key == "role":
                return ROLE_ORDER.get(row.role, 99) if role == SORT_ROLE else label(row.role)
            if key == "presence":
                return label(row.presence)
            return getattr(row, key)
        if role == VALUE_ROLE and key in ("role", "presence"):
            return getattr(row, key)
        if role == Qt.ItemDataRole.ForegroundRole and row.presence == Presence.ABSENT.value:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.FontRole and row.presence == Presence.REPRESENTED.value and key == "presence":
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or self.read_only:
            return False
        key = COLUMNS[index.column()]
        if key not in EDITABLE:
            return False
        if key in ("role", "presence") and role != VALUE_ROLE:
            return False
        row = self.rows[index.row()]
        if getattr(row, key) == value:
            return False
        return self._on_edit(row.id, key, value)


class AttendanceTab(QWidget):
    def __init__(self, editor: "MeetingEditor") -> None:
        super().__init__(editor)
        self.editor = editor
        self.read_only = False
        layout = QVBoxLayout(self)
        add_row = QHBoxLayout()
        self.picker = DirectoryPicker(lambda: editor.db, placeholder=self.tr(
            "Add who attends: type part of an organization's or a person's name, then Enter"))
        self.new_role = QComboBox()
        for value, text in choices([r.value for r in AttendanceRole]):
            self.new_role.addItem(text, value)
        self.new_role.setCurrentIndex(self.new_role.findData(AttendanceRole.MEMBER.value))
        self.new_role.setToolTip(self.tr("Role given to the next organization or person added"))
        add_row.addWidget(self.picker, 1)
        add_row.addWidget(QLabel(self.tr("as")))
        add_row.addWidget(self.new_role)
        layout.addLayout(add_row)

        self.model = AttendanceModel(self._edit, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setSortLocaleAware(True)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(0, 320)
        self.table.setColumnWidth(1, 180)
        self.table.setItemDelegateForColumn(2, ChoiceDelegate(choices([r.value for r in AttendanceRole]), self))
        self.table.setItemDelegateForColumn(3, ChoiceDelegate(choices([p.value for p in Presence]), self))
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.present_button = QPushButton(self.tr("&Present"))
        self.absent_button = QPushButton(self.tr("&Absent"))
        self.represented_button = QPushButton(self.tr("&Represented by…"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setToolTip(self.tr("Remove the selected lines (Delete)"))
        for button in (self.present_button, self.absent_button, self.represented_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.summary = QLabel()
        buttons.addWidget(self.summary)
        layout.addLayout(buttons)
        self.undo_bar = UndoBar(self, history=editor.context.undo)
        layout.addWidget(self.undo_bar)

        self.picker.chosen.connect(self._add_choice)
        self.picker.not_found.connect(self._add_new)
        self.present_button.clicked.connect(lambda: self.mark(Presence.PRESENT.value))
        self.absent_button.clicked.connect(lambda: self.mark(Presence.ABSENT.value))
        self.represented_button.clicked.connect(self.mark_represented)
        self.remove_button.clicked.connect(self.remove_selected)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)

    # -- loading ----------------------------------------------------------------
    def load(self, meeting: Meeting) -> None:
        selected = set(self.selected_ids())
        self.model.set_rows(meeting.attendance)
        self._reselect(selected)
        counts = {p.value: 0 for p in Presence}
        for row in meeting.attendance:
            counts[row.presence] = counts.get(row.presence, 0) + 1
        self.summary.setText(self.tr("%n listed: %2 present, %3 absent, %4 represented", "", len(meeting.attendance))
                             .replace("%2", str(counts["present"])).replace("%3", str(counts["absent"]))
                             .replace("%4", str(counts["represented"])))

    def _reselect(self, ids: set[int]) -> None:
        selection = self.table.selectionModel()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(Qt.ItemDataRole.UserRole) in ids:
                selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.model.read_only = read_only
        for widget in (self.picker, self.new_role, self.present_button, self.absent_button,
                       self.represented_button, self.remove_button):
            widget.setEnabled(not read_only)

    def selected_ids(self) -> list[int]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()} if self.table.selectionModel() else set()
        return [self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in sorted(rows)]

    def select_row_of(self, attendance_id: int) -> None:
        self.table.clearSelection()
        self._reselect({attendance_id})
        for row in range(self.proxy.rowCount()):
            if self.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole) == attendance_id:
                self.table.scrollTo(self.proxy.index(row, 0))

    # -- editing ----------------------------------------------------------------
    def _edit(self, attendance_id: int, field: str, value: Any) -> bool:
        changes: dict[str, Any] = {field: value}
        if field == "represented_by" and value.strip():
            changes["presence"] = Presence.REPRESENTED.value
        if call_service(self, meetings.update_attendance, self.editor.db, attendance_id, **changes) is FAILED:
            return False
        self.editor.after_change()
        return True

    def _existing(self, choice: Choice) -> int | None:
        for row in self.model.rows:
            if choice.kind == ORGANIZATION and row.person_id is None and row.organization_id == choice.id:
                return row.id
            if choice.kind != ORGANIZATION and row.person_id == choice.id:
                return row.id
        return None

    def _add_choice(self, choice: Choice) -> None:
        existing = self._existing(choice)
        if existing is not None:
            self.select_row_of(existing)
            self.editor.statusBar().showMessage(self.tr("%1 is already in the list.").replace("%1", choice.label), 5000)
            return
        if choice.kind == ORGANIZATION:
            kwargs = {"organization_id": choice.id}
        else:
            kwargs = {"person_id": choice.id, "organization_id": choice.organization_id}
        row = call_service(self, meetings.add_attendance, self.editor.db, self.editor.meeting_id,
                           role=self.new_role.currentData(), **kwargs)
        if row is FAILED:
            return
        self.editor.after_change()
        self.select_row_of(row.id)
        self.picker.setFocus()

    def _add_new(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Not in the directory"),
                          self.tr("“%1” is not in the directory. Add it as a new organization or as a new "
                                  "person?").replace("%1", text), QMessageBox.StandardButton.NoButton, self)
        as_org = box.addButton(self.tr("New &organization"), QMessageBox.ButtonRole.AcceptRole)
        as_person = box.addButton(self.tr("New &person"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is as_org:
            org = call_service(self, directory.create_organization, self.editor.db, text)
            if org is FAILED:
                return
            choice = Choice(ORGANIZATION, org.id, org.name)
        elif box.clickedButton() is as_person:
            person = call_service(self, directory.create_person, self.editor.db, text)
            if person is FAILED:
                return
            choice = Choice("person", person.id, person.full_name)
        else:
            return
        self.picker.clear()
        self._add_choice(choice)

    def mark(self, presence: str, represented_by: str = "") -> None:
        ids = self.selected_ids()
        if not ids:
            self.editor.statusBar().showMessage(self.tr("Select one or more lines first."), 4000)
            return
        for attendance_id in ids:
            if call_service(self, meetings.update_attendance, self.editor.db, attendance_id, presence=presence,
                            represented_by=represented_by) is FAILED:
                break
        self.editor.after_change()

    def mark_represented(self) -> None:
        if not self.selected_ids():
            self.editor.statusBar().showMessage(self.tr("Select one or more lines first."), 4000)
            return
        text, ok = QInputDialog.getText(self, self.tr("Represented by"),
                                        self.tr("Who represented them (name and position):"))
        if ok:
            self.mark(Presence.REPRESENTED.value, text.strip())

    def remove_selected(self) -> None:
        if self.read_only:
            return
        ids = set(self.selected_ids())
        removed = [r for r in self.model.rows if r.id in ids]
        if not removed:
            return
        kept = []
        for row in removed:
            if call_service(self, meetings.remove_attendance, self.editor.db, row.id) is FAILED:
                break
            kept.append({"person_id": row.person_id, "organization_id": row.organization_id, "role": row.role,
                         "presence": row.presence, "represented_by": row.represented_by, "note": row.note})
        self.editor.after_change()
        if kept:
            restored: list[int] = []
            self.undo_bar.offer(self.tr("%n lines removed from the attendance.", "", len(kept)),
                                lambda: self._restore(kept, restored), lambda: self._remove_again(restored))

    def _restore(self, rows: list[dict[str, Any]], restored: list[int]) -> bool:
        restored.clear()
        for values in rows:
            row = call_service(self, meetings.add_attendance, self.editor.db, self.editor.meeting_id, **values)
            if row is FAILED:
                break
            restored.append(row.id)
        self.editor.after_change()
        return len(restored) == len(rows)

    def _remove_again(self, ids: list[int]) -> bool:
        for attendance_id in ids:
            if call_service(self, meetings.remove_attendance, self.editor.db, attendance_id) is FAILED:
                return False
        self.editor.after_change()
        return True

    def save_layout(self, settings: Any) -> None:
        save_state(settings, EDITOR_ATTENDANCE_HEADER, self.table.horizontalHeader())

    def restore_layout(self, settings: Any) -> None:
        restore_state(settings, EDITOR_ATTENDANCE_HEADER, self.table.horizontalHeader())
