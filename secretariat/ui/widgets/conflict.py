"""When a save meets ``ConflictError``: show both versions and let the person choose.

Another window (or another laptop on the shared folder) saved the same record after
this editor loaded it. Editors call::

    try:
        meetings.update_meeting(db, id, expected_version=loaded_version, **mine)
    except ConflictError as error:
        theirs = ...  # reload the record's current values
        choice = resolve_conflict(self, self.tr("This meeting"), mine, theirs)
        if choice == "mine":      # save again over theirs, knowingly
            meetings.update_meeting(db, id, expected_version=error.current_version, **mine)
        elif choice == "theirs":  # drop the edits and show the saved record
            self.load()
        # "cancel": keep editing; nothing was saved

*mine* and *theirs* are ``{field label: value}`` mappings (or plain strings).
"""

from __future__ import annotations

from typing import Any, Literal, Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ...i18n import translate

Choice = Literal["mine", "theirs", "cancel"]
DIFFERENT = QColor(255, 236, 179)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple, set)):
        return ", ".join(_text(v) for v in value)
    return str(value)


def _as_mapping(value: Mapping[str, Any] | str) -> dict[str, Any]:
    if isinstance(value, Mapping):
        return dict(value)
    return {translate("ConflictDialog", "Text"): value}


class ConflictDialog(QDialog):
    """Both versions side by side; the rows that differ are highlighted."""

    def __init__(self, parent: QWidget | None, what: str, mine: Mapping[str, Any] | str,
                 theirs: Mapping[str, Any] | str) -> None:
        super().__init__(parent)
        self.choice: Choice = "cancel"
        self.setWindowTitle(translate("ConflictDialog", "Changed by someone else"))
        self.setMinimumSize(640, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(translate("ConflictDialog", "%1 was changed and saved by someone else (another window or another computer) "
                                                   "while you were editing it. Nothing of yours is saved yet. Choose which version "
                                                   "to keep.").replace("%1", what))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        mine_map, theirs_map = _as_mapping(mine), _as_mapping(theirs)
        fields = list(dict.fromkeys([*mine_map, *theirs_map]))
        self.table = QTableWidget(len(fields), 2)
        self.table.setObjectName("conflictTable")
        self.table.setHorizontalHeaderLabels([translate("ConflictDialog", "Your version"),
                                              translate("ConflictDialog", "Saved meanwhile")])
        self.table.setVerticalHeaderLabels(fields)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.differing: list[str] = []
        for row, name in enumerate(fields):
            left, right = _text(mine_map.get(name)), _text(theirs_map.get(name))
            cells = (QTableWidgetItem(left), QTableWidgetItem(right))
            if left != right:
                self.differing.append(name)
                for cell in cells:
                    cell.setBackground(QBrush(DIFFERENT))
            for column, cell in enumerate(cells):
                cell.setToolTip(cell.text())
                cell.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        if self.differing:
            layout.addWidget(QLabel(translate("ConflictDialog", "Highlighted: what differs (%1).").replace("%1", ", ".join(self.differing))))

        buttons = QDialogButtonBox()
        self.mine_button = QPushButton(translate("ConflictDialog", "Keep mine (save over theirs)"))
        self.theirs_button = QPushButton(translate("ConflictDialog", "Take theirs (drop my changes)"))
        self.cancel_button = QPushButton(translate("ConflictDialog", "Cancel (keep editing)"))
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setDefault(True)
        self.mine_button.clicked.connect(lambda: self._choose("mine"))
        self.theirs_button.clicked.connect(lambda: self._choose("theirs"))
        self.cancel_button.clicked.connect(lambda: self._choose("cancel"))
        layout.addWidget(buttons)

    def _choose(self, choice: Choice) -> None:
        self.choice = choice
        if choice == "cancel":
            self.reject()
        else:
            self.accept()

    def reject(self) -> None:  # Escape and the window's close button mean "cancel"
        if self.choice not in ("mine", "theirs"):
            self.choice = "cancel"
        super().reject()


def resolve_conflict(parent: QWidget | None, what: str, mine: Mapping[str, Any] | str,
                     theirs: Mapping[str, Any] | str) -> Choice:
    """Ask which version to keep: "mine", "theirs" or "cancel" (modal)."""
    dialog = ConflictDialog(parent, what, mine, theirs)
    dialog.exec()
    choice = dialog.choice
    dialog.deleteLater()
    return choice
