"""Picking SDG targets under their goals: a tree of the 17 goals with their targets, and a filter.

The filter matches a code ("16.3", "16." for a whole goal) or words of the target's text;
goals with a checked target stay open so what is chosen is always in sight.
"""

from __future__ import annotations

import re
from typing import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...labels import sdg_title
from ...models.base import fold
from ...services.sdg_targets import TargetChoice, short_text

CODE_ROLE = Qt.ItemDataRole.UserRole
_CODE_LIKE = re.compile(r"^\d{1,2}\.")  # "16." or "16.3": a code, matched from its start


class SdgTargetPicker(QWidget):
    """Checkable targets grouped by goal; ``checked_codes()`` in the official order."""

    changed = Signal()

    def __init__(self, targets: list[TargetChoice], checked: Iterable[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sdgTargets")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filter = QLineEdit()
        self.filter.setObjectName("sdgTargetFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Find a target: 16.3, or words of its text"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("sdgTargetTree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        wanted = {c.lower() for c in checked}
        self.items: dict[str, QTreeWidgetItem] = {}
        self.goals: dict[int, QTreeWidgetItem] = {}
        self._search: dict[str, str] = {}
        for target in targets:
            goal = self.goals.get(target.goal)
            if goal is None:
                goal = QTreeWidgetItem(self.tree, [f"{target.goal} - {sdg_title(target.goal)}"])
                goal.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.goals[target.goal] = goal
            item = QTreeWidgetItem(goal, [target.label])
            item.setData(0, CODE_ROLE, target.code)
            item.setToolTip(0, target.label)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(0, Qt.CheckState.Checked if target.code.lower() in wanted
                               else Qt.CheckState.Unchecked)
            self.items[target.code] = item
            self._search[target.code] = fold(target.text)
        self._open_checked()
        self.tree.itemChanged.connect(self._item_changed)
        self.filter.textChanged.connect(self.apply_filter)

    def checked_codes(self) -> list[str]:
        return [code for code, item in self.items.items() if item.checkState(0) == Qt.CheckState.Checked]

    def checked_goals(self) -> set[int]:
        return {int(code.split(".")[0]) for code in self.checked_codes()}

    def set_checked(self, code: str, checked: bool = True) -> None:
        item = self.items[code]
        item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, CODE_ROLE):
            self._update_goal_title(item.parent())
            self.changed.emit()

    def _update_goal_title(self, goal: QTreeWidgetItem | None) -> None:
        if goal is None:
            return
        count = sum(1 for i in range(goal.childCount()) if goal.child(i).checkState(0) == Qt.CheckState.Checked)
        font = goal.font(0)
        font.setBold(count > 0)
        goal.setFont(0, font)

    def _open_checked(self) -> None:
        for goal in self.goals.values():
            self._update_goal_title(goal)
            goal.setExpanded(any(goal.child(i).checkState(0) == Qt.CheckState.Checked
                                 for i in range(goal.childCount())))

    def apply_filter(self, text: str) -> None:
        """Show the targets whose code starts with, or whose text contains, what is typed."""
        words = fold(text).split()
        for code, item in self.items.items():
            matches = all(code.startswith(w) if _CODE_LIKE.match(w) else (code.startswith(w) or w in self._search[code])
                          for w in words)
            item.setHidden(not matches)
        for goal in self.goals.values():
            shown = [goal.child(i) for i in range(goal.childCount()) if not goal.child(i).isHidden()]
            goal.setHidden(not shown)
            goal.setExpanded(bool(words) and bool(shown))
        if not words:
            self._open_checked()


def target_caption(target: TargetChoice, width: int = 80) -> str:
    """A target's code and the start of its text, for a detail line."""
    return f"{target.code} {short_text(target.text, width)}"
