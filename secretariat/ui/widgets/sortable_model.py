"""The lazy table model, sortable by the service and with per-row colours."""

from __future__ import annotations

from typing import Any, Callable, Sequence, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from ..lazy_model import Column, LazyTableModel

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
_DECORATED = (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole)


class SortableLazyModel(LazyTableModel[R]):
    """Header clicks ask ``on_sort(sort_key, descending)`` to re-query; rows may be coloured.

    The one sortable lazy model of every list: colours and bold by row (*foreground*,
    *bold*), or any role by cell through ``decorate(row, column, role)``.
    """

    PAGE = 100  # a screenful or three: the first paint after a filter reads only this much

    def __init__(self, columns: Sequence[Column[R]], count: Callable[[], int],
                 fetch: Callable[[int, int], Sequence[R]], row_id: Callable[[R], int],
                 on_sort: Callable[[str, bool], None],
                 foreground: Callable[[R], QBrush | None] | None = None,
                 bold: Callable[[R], bool] | None = None, parent: Any = None) -> None:
        self._on_sort = on_sort
        self._foreground = foreground
        self._bold = bold
        self.decorate: Callable[[R, int, int], Any] | None = None
        super().__init__(columns, count, fetch, row_id, parent)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        key = self.columns[column].sort_key
        if key is not None:
            self._on_sort(key, order == Qt.SortOrder.DescendingOrder)

    def column_of(self, sort_key: str) -> int:
        for index, column in enumerate(self.columns):
            if column.sort_key == sort_key:
                return index
        return -1

    def selected_ids(self, rows: Sequence[int]) -> list[int]:
        return [i for i in (self.row_id(r) for r in sorted(rows)) if i is not None]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.decorate is not None and index.isValid() and role in _DECORATED:
            item = self.row(index.row())
            if item is not None:
                value = self.decorate(item, index.column(), role)
                if value is not None:
                    return value
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and self._foreground is not None:
            item = self.row(index.row())
            return None if item is None else self._foreground(item)
        if index.isValid() and role == Qt.ItemDataRole.FontRole and self._bold is not None:
            item = self.row(index.row())
            if item is not None and self._bold(item):
                font = QFont()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)
