"""The lazy table model, sortable by the service and with per-row colours."""

from __future__ import annotations

from typing import Any, Callable, Sequence, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

from ..core.lazy_model import Column, LazyTableModel

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
_DECORATED = frozenset({Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.FontRole})
_ANSWERED = _DECORATED | {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                          Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.UserRole}


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
        # Kept, not made per call: PySide6 mis-counts references of a QFont made inside data().
        self._bold_font: QFont | None = None
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
        # A view asks a dozen roles of every cell it paints; those nobody answers return
        # at once, so painting a screenful costs a few hundred calls, not thousands.
        if role not in _ANSWERED or not index.isValid():
            return None
        if role in _DECORATED:
            item = self.row(index.row())
            if item is None:
                return None
            if self.decorate is not None:
                value = self.decorate(item, index.column(), role)
                if value is not None:
                    return value
            if role == Qt.ItemDataRole.ForegroundRole and self._foreground is not None:
                return self._foreground(item)
            if role == Qt.ItemDataRole.FontRole and self._bold is not None and self._bold(item):
                if self._bold_font is None:
                    self._bold_font = QFont()
                    self._bold_font.setBold(True)
                return self._bold_font
            return None
        return super().data(index, role)
