"""The numbered agenda as a list model; dragging or Alt+Up/Down reorders it via the service."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from ...models import AgendaItem

MIME_TYPE = "application/x-secretariat-agenda-item"
Index = QModelIndex | QPersistentModelIndex


class AgendaListModel(QAbstractListModel):
    """Rows are agenda items in position order; ``on_move(item_id, new_position)`` reorders."""

    def __init__(self, on_move: Callable[[int, int], bool] | None = None, parent: Any = None,
                 marks: Callable[[AgendaItem], str] | None = None) -> None:
        super().__init__(parent)
        self.items: list[AgendaItem] = []
        self.movable = on_move is not None
        self._on_move = on_move
        self._marks = marks

    def set_items(self, items: list[AgendaItem]) -> None:
        self.beginResetModel()
        self.items = sorted(items, key=lambda i: (i.position, i.id))
        self.endResetModel()

    def row_of(self, item_id: int | None) -> int:
        for row, item in enumerate(self.items):
            if item.id == item_id:
                return row
        return -1

    def refresh_marks(self) -> None:
        if self.items:
            self.dataChanged.emit(self.index(0), self.index(len(self.items) - 1))

    # -- read -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = f"{item.position}. {item.title or '…'}"
            if item.presenter:
                text += f" — {item.presenter}"
            mark = self._marks(item) if self._marks else ""
            return f"{mark}{text}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.title
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        if role == Qt.ItemDataRole.FontRole and item.is_standing:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    # -- drag and drop ----------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.movable else Qt.ItemFlag.NoItemFlags
        if self.movable:
            base |= Qt.ItemFlag.ItemIsDragEnabled
        return base

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        ids = [str(self.items[i.row()].id) for i in indexes if i.isValid()]
        data.setData(MIME_TYPE, QByteArray(",".join(ids[:1]).encode()))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,  # noqa: N802
                     parent: Index) -> bool:
        if not self.movable or action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        try:
            item_id = int(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.items)
        source = self.row_of(item_id)
        if source < 0:
            return False
        return self.moveRows(QModelIndex(), source, 1, QModelIndex(), row)

    def moveRows(self, source_parent: Index, source_row: int, count: int,  # noqa: N802
                 destination_parent: Index, destination_child: int) -> bool:
        """Move one item so that it comes before *destination_child* (Qt's convention)."""
        if not self.movable or count != 1 or not 0 <= source_row < len(self.items):
            return False
        destination_child = max(0, min(destination_child, len(self.items)))
        new_row = destination_child - 1 if destination_child > source_row else destination_child
        if new_row == source_row:
            return False
        assert self._on_move is not None
        return self._on_move(self.items[source_row].id, new_row + 1)
