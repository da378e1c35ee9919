"""A lazy, caching table model: rows are fetched a page at a time from a service.

The view asks only for the rows it shows; the model asks the service for the total
once and for pages of rows as they scroll into sight, so a 100,000-row table opens
as fast as a 100-row one. Sorting and filtering re-query the service.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Generic, Sequence, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    key: str
    title: str
    display: Callable[[R], Any]
    sort_key: str | None = None  # the service's sort name; None: not sortable
    align_right: bool = False
    tooltip: Callable[[R], str] | None = None


class LazyTableModel(QAbstractTableModel, Generic[R]):
    PAGE = 200

    def __init__(self, columns: Sequence[Column[R]],
                 count: Callable[[], int],
                 fetch: Callable[[int, int], Sequence[R]],
                 row_id: Callable[[R], int],
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._count = count
        self._fetch = fetch
        self._row_id = row_id
        self._total = 0
        self._pages: dict[int, Sequence[R]] = {}
        self.reload()

    # -- data source ------------------------------------------------------------
    def set_source(self, count: Callable[[], int], fetch: Callable[[int, int], Sequence[R]]) -> None:
        self._count, self._fetch = count, fetch
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._total = self._count()
        self.endResetModel()

    def row(self, row: int) -> R | None:
        if not 0 <= row < self._total:
            return None
        page_no = row // self.PAGE
        page = self._pages.get(page_no)
        if page is None:
            page = self._fetch(page_no * self.PAGE, self.PAGE)
            if len(self._pages) > 50:  # keep memory bounded while scrolling far
                self._pages.clear()
            self._pages[page_no] = page
        offset = row - page_no * self.PAGE
        return page[offset] if offset < len(page) else None

    def row_id(self, row: int) -> int | None:
        item = self.row(row)
        return None if item is None else self._row_id(item)

    def find_row(self, record_id: int) -> int | None:
        """Row of a record among the pages already loaded (None if not loaded)."""
        for page_no, page in self._pages.items():
            for offset, item in enumerate(page):
                if self._row_id(item) == record_id:
                    return page_no * self.PAGE + offset
        return None

    # -- Qt model API -----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            item = self.row(index.row())
            if item is None:
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                return column.tooltip(item) if column.tooltip else None
            value = column.display(item)
            return "" if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return self.row_id(index.row())
        return None
