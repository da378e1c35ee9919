"""DECIDED: the decisions of one agenda item, numbered 1.1, 1.2 ... in the protocol style."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...models import AgendaItem, OutcomeKind
from ...services import meetings
from ..core.labels import choices, label
from ..widgets.delegates import VALUE_ROLE, ChoiceDelegate
from ..widgets.messages import FAILED, call_service, confirm

if TYPE_CHECKING:
    from .window import MeetingEditor

ID_ROLE = Qt.ItemDataRole.UserRole


class DecisionsBox(QGroupBox):
    def __init__(self, editor: "MeetingEditor", item_id: int, title: str) -> None:
        super().__init__(title)
        self.editor = editor
        self.item_id = item_id
        self.read_only = False
        self._loading = False
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Kind"), self.tr("Decision")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(1, ChoiceDelegate(choices([k.value for k in OutcomeKind]), self))
        add_row = QHBoxLayout()
        self.new_text = QLineEdit()
        self.new_text.setPlaceholderText(self.tr("Type a decision and press Enter"))
        self.new_kind = QComboBox()
        for value, text in choices([k.value for k in OutcomeKind]):
            self.new_kind.addItem(text, value)
        self.new_kind.setCurrentIndex(self.new_kind.findData(OutcomeKind.DECISION.value))
        self.up_button = QPushButton(self.tr("Up"))
        self.down_button = QPushButton(self.tr("Down"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        add_row.addWidget(self.new_text, 1)
        add_row.addWidget(self.new_kind)
        for button in (self.up_button, self.down_button, self.delete_button):
            add_row.addWidget(button)
        layout.addWidget(self.table, 1)
        layout.addLayout(add_row)
        self.new_text.returnPressed.connect(self.add)
        self.table.itemChanged.connect(self._item_changed)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.delete_button.clicked.connect(self.delete_current)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_current)
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda s=step: self.move_current(s))

    def load(self, item: AgendaItem) -> None:
        current = self.current_id()
        self._loading = True
        try:
            decisions = sorted(item.decisions, key=lambda d: (d.position, d.id))
            self.table.setRowCount(len(decisions))
            for row, decision in enumerate(decisions):
                number = QTableWidgetItem(f"{item.position}.{decision.position}")
                number.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                number.setData(ID_ROLE, decision.id)
                kind = QTableWidgetItem(label(decision.kind))
                kind.setData(VALUE_ROLE, decision.kind)
                text = QTableWidgetItem(decision.text)
                text.setToolTip(decision.text)
                for cell in (kind, text):
                    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                    if not self.read_only:
                        flags |= Qt.ItemFlag.ItemIsEditable
                    cell.setFlags(flags)
                self.table.setItem(row, 0, number)
                self.table.setItem(row, 1, kind)
                self.table.setItem(row, 2, text)
            self.table.resizeRowsToContents()
        finally:
            self._loading = False
        self.select(current)

    def current_id(self) -> int | None:
        row = self.table.currentRow()
        cell = self.table.item(row, 0) if row >= 0 else None
        return cell.data(ID_ROLE) if cell is not None else None

    def select(self, decision_id: int | None) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(ID_ROLE) == decision_id:
                self.table.selectRow(row)
                return

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for widget in (self.new_text, self.new_kind, self.up_button, self.down_button, self.delete_button):
            widget.setEnabled(not read_only)

    # -- editing ----------------------------------------------------------------
    def add(self) -> None:
        text = self.new_text.text().strip()
        if not text or self.read_only:
            return
        decision = call_service(self, meetings.add_decision, self.editor.db, self.editor.meeting_id, text,
                                self.item_id, kind=self.new_kind.currentData())
        if decision is FAILED:
            return
        self.new_text.clear()
        self.editor.after_change()
        self.select(decision.id)
        self.new_text.setFocus()

    def _item_changed(self, cell: QTableWidgetItem) -> None:
        if self._loading or self.read_only:
            return
        decision_id = self.table.item(cell.row(), 0).data(ID_ROLE)
        changes: dict[str, Any]
        if cell.column() == 1:
            changes = {"kind": cell.data(VALUE_ROLE)}
        elif cell.column() == 2:
            text = cell.text().strip()
            if not text:
                self.editor.statusBar().showMessage(
                    self.tr("A decision needs its text; delete it instead if it is not needed."), 6000)
                self.editor.after_change()
                return
            changes = {"text": text}
        else:
            return
        call_service(self, meetings.update_decision, self.editor.db, decision_id, **changes)
        self.editor.after_change()

    def move_current(self, step: int) -> None:
        row = self.table.currentRow()
        decision_id = self.current_id()
        if decision_id is None or self.read_only or not 0 <= row + step < self.table.rowCount():
            return
        if call_service(self, meetings.move_decision, self.editor.db, decision_id, row + step + 1) is FAILED:
            return
        self.editor.after_change()
        self.select(decision_id)
        self.table.setFocus()

    def delete_current(self) -> None:
        decision_id = self.current_id()
        if decision_id is None or self.read_only:
            return
        row = self.table.currentRow()
        number, text = self.table.item(row, 0).text(), self.table.item(row, 2).text()
        if not confirm(self, self.tr("Delete decision"),
                       self.tr("Delete decision %1, “%2”? The decisions after it are renumbered; its action "
                               "items stay, no longer tied to a decision.").replace("%1", number)
                       .replace("%2", text), self.tr("Delete")):
            return
        if call_service(self, meetings.delete_decision, self.editor.db, decision_id) is FAILED:
            return
        self.editor.after_change()
