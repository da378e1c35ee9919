"""The Plans tree: plans, then their sections and measures, loaded a plan at a time.

Only the plan list is read when the view opens; a plan's outline is read the first
time it is expanded (``fetchMore``), so a database with 20,000 measures opens as fast
as one with 20. A filter re-reads the plan list (with match counts) and the outlines
of the plans that are open.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from ....db import Database
from ....services import plans
from ....services.plans import MeasureQuery, MeasureRow, PlanRow, SectionRow
from ...core.formatting import fmt_date
from ...core.labels import label
from ....i18n import translate

Index = QModelIndex | QPersistentModelIndex
PLAN, SECTION, MEASURE = "plan", "section", "measure"
OVERDUE = QColor("#c0392b")
FLAGGED = QColor("#b35900")


@dataclass(eq=False)
class Node:
    kind: str
    id: int
    row: Any  # PlanRow, SectionRow or MeasureRow
    parent: "Node | None" = None
    children: list["Node"] = field(default_factory=list)
    loaded: bool = False

    def index_in_parent(self) -> int:
        return self.parent.children.index(self) if self.parent else 0


class PlanTreeModel(QAbstractItemModel):
    COLUMNS = ("number", "text", "lead", "co_implementers", "partners", "deadline", "status", "progress")

    def __init__(self, db_getter: Callable[[], Database], parent: Any = None) -> None:
        super().__init__(parent)
        self._db = db_getter
        self.query = MeasureQuery()
        self.root = Node("root", 0, None, loaded=True)
        self._retired = self.root
        self.headers = [translate("PlanTreeModel", "No."), translate("PlanTreeModel", "Measure"),
                        translate("PlanTreeModel", "Lead"), translate("PlanTreeModel", "Co-implementers"),
                        translate("PlanTreeModel", "Partners"), translate("PlanTreeModel", "Deadline"),
                        translate("PlanTreeModel", "Status"), translate("PlanTreeModel", "Latest progress")]
        self._warn_icon: QIcon | None = None
        self._pending_progress: set[int] = set()
        # Kept, not made per call: PySide6 mis-counts references of a QFont or QBrush
        # created inside data() and returned (a crash in garbage collection).
        self._bold = QFont()
        self._bold.setBold(True)
        self._overdue = QBrush(OVERDUE)
        self._flagged = QBrush(FLAGGED)

    # -- loading ----------------------------------------------------------------
    def reload(self, query: MeasureQuery | None = None) -> None:
        if query is not None:
            self.query = query
        self._pending_progress.clear()
        rows = plans.list_plan_rows(self._db(), self.query)
        if self.query.is_filtered:
            rows = [r for r in rows if r.measures]
        root = Node("root", 0, None, loaded=True)
        root.children = [Node(PLAN, r.id, r, root) for r in rows]
        self.beginResetModel()
        # The indexes Qt still holds point at the old nodes (internalPointer keeps no
        # reference): they stay alive until the next reset, never freed under the view.
        self._retired, self.root = self.root, root
        self.endResetModel()

    def _load_plan(self, node: Node) -> list[Node]:
        # The outline first; the latest progress (the slow part on big plans) a moment later.
        outline = plans.plan_outline(self._db(), node.id, self.query, with_progress=False)
        self._pending_progress.add(node.id)
        QTimer.singleShot(0, self, self._fill_progress)  # dropped with the model if it is gone by then
        sections = {s.id: Node(SECTION, s.id, s) for s in outline.sections}
        top: list[Node] = []
        for s in outline.sections:
            holder = sections.get(s.parent_id) if s.parent_id is not None else None
            target = holder.children if holder is not None else top
            sections[s.id].parent = holder or node
            target.append(sections[s.id])
        loose: list[Node] = []
        for m in outline.measures:
            holder = sections.get(m.section_id) if m.section_id is not None else None
            child = Node(MEASURE, m.id, m, holder or node, loaded=True)
            (holder.children if holder is not None else loose).append(child)
        for sec in sections.values():
            sec.loaded = True
            sec.children.sort(key=lambda n: (0, n.row.position, n.id) if n.kind == SECTION
                              else (1, n.row.position, n.id))
        if self.query.is_filtered:
            top = [n for n in top if self._prune(n)]
        return loose + top

    def _prune(self, node: Node) -> bool:
        """Drop sections with no matching measure below them (only while filtering)."""
        node.children = [c for c in node.children if c.kind == MEASURE or self._prune(c)]
        return bool(node.children)

    def _fill_progress(self) -> None:
        """Put each measure's latest progress into the rows of the plans just opened."""
        pending, self._pending_progress = self._pending_progress, set()
        column = self.COLUMNS.index("progress")
        for plan in [n for n in self.root.children if n.id in pending and n.loaded]:
            latest = plans.latest_progress(self._db(), plan.id, self.query)
            stack = [plan]
            while stack:
                parent = stack.pop()
                rows = [i for i, c in enumerate(parent.children) if c.kind == MEASURE]
                for i in rows:
                    m = parent.children[i].row
                    m.progress_on, m.progress_text, m.progress_status = latest.get(m.id, (None, "", ""))
                if rows:
                    self.dataChanged.emit(self.createIndex(rows[0], column, parent.children[rows[0]]),
                                          self.createIndex(rows[-1], column, parent.children[rows[-1]]))
                stack.extend(c for c in parent.children if c.kind == SECTION)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 - Qt naming
        node = self.node(parent)
        return node.kind == PLAN and not node.loaded

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 - Qt naming
        node = self.node(parent)
        if node.kind != PLAN or node.loaded:
            return
        children = self._load_plan(node)
        node.loaded = True
        if children:
            self.beginInsertRows(parent, 0, len(children) - 1)
            node.children = children
            self.endInsertRows()

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802 - Qt naming
        node = self.node(parent)
        if node.kind == PLAN and not node.loaded:
            return node.row.measures > 0 or not self.query.is_filtered
        return bool(node.children)

    # -- lookup -----------------------------------------------------------------
    def node(self, index: Index) -> Node:
        if index.isValid():
            return index.internalPointer()  # type: ignore[no-any-return]
        return self.root

    def index_of(self, node: Node, column: int = 0) -> QModelIndex:
        if node is self.root or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.index_in_parent(), column, node)

    def find(self, kind: str, record_id: int) -> QModelIndex:
        """The index of a loaded plan, section or measure (invalid when not loaded)."""
        stack = list(self.root.children)
        while stack:
            n = stack.pop()
            if n.kind == kind and n.id == record_id:
                return self.index_of(n)
            stack.extend(n.children)
        return QModelIndex()

    def plan_of(self, index: Index) -> Node | None:
        node = self.node(index)
        while node is not None and node.kind not in (PLAN, "root"):
            node = node.parent
        return node if node is not None and node.kind == PLAN else None

    # -- Qt model API -----------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        node = self.node(parent)
        if 0 <= row < len(node.children) and 0 <= column < len(self.COLUMNS):
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node: Node = index.internalPointer()
        return self.index_of(node.parent) if node.parent is not None else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt naming
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt naming
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node: Node = index.internalPointer()
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return (node.kind, node.id)
        if node.kind == PLAN:
            return self._plan_data(node.row, column, role)
        if node.kind == SECTION:
            if role == Qt.ItemDataRole.DisplayRole and column == "number":
                return node.row.label
            if role == Qt.ItemDataRole.FontRole and column == "number":
                return self._bold
            return None
        return self._measure_data(node.row, column, role)

    def _plan_data(self, row: PlanRow, column: str, role: int) -> Any:
        if column != "number":
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            name = f"{row.short_title} — {row.title}" if row.short_title else row.title
            period = f" ({row.period})" if row.period else ""
            # "measures: N" reads right for any N without plural rules per language.
            counts = translate("PlanTreeModel", "measures: %1").replace("%1", str(row.measures))
            if self.query.is_filtered:
                counts = translate("PlanTreeModel", "matching: %1").replace("%1", str(row.measures))
            if row.overdue:
                counts += ", " + translate("PlanTreeModel", "overdue: %1").replace("%1", str(row.overdue))
            return f"{name}{period} · {counts}"
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.title}\n{label(row.kind)}"
        return None

    def _measure_data(self, m: MeasureRow, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "number": m.number,
                "text": " ".join(m.text.split()),
                "lead": m.lead,
                "co_implementers": m.co_implementers,
                "partners": m.partners,
                "deadline": m.deadline_text,
                "status": label(m.status),
                "progress": (f"{fmt_date(m.progress_on)}: {' '.join(m.progress_text.split())}"
                             if m.progress_on else ""),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "deadline":
                return deadline_tooltip(m)
            if column == "text":
                return m.text
            if column == "progress" and m.progress_on:
                return f"{fmt_date(m.progress_on)} ({label(m.progress_status)})\n{m.progress_text}"
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == "deadline" and not m.deadline_understood:
            if self._warn_icon is None:
                self._warn_icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self._warn_icon
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "deadline" and not m.deadline_understood:
                return self._flagged
            if m.overdue and column in ("deadline", "status", "number"):
                return self._overdue
        return None


def deadline_tooltip(m: MeasureRow, today: date | None = None) -> str:
    if not m.deadline_understood:
        return translate("PlanTreeModel", "This deadline could not be understood, so it is kept exactly as written and is not "
                                          "counted as overdue. Edit the measure to write it as a year, quarter or date.")
    if m.deadline_end is None:
        return translate("PlanTreeModel", "Recurring, no dates") if m.deadline_recurring else translate("PlanTreeModel", "No deadline")
    span = fmt_date(m.deadline_start) if m.deadline_start == m.deadline_end \
        else f"{fmt_date(m.deadline_start)} – {fmt_date(m.deadline_end)}"
    text = (translate("PlanTreeModel", "Recurring within %1") if m.deadline_recurring else translate("PlanTreeModel", "Understood as %1")).replace("%1",
            span)
    if m.overdue:
        text += "\n" + translate("PlanTreeModel", "Overdue: the deadline has passed and the measure is not completed.")
    return text


__all__ = ["MEASURE", "PLAN", "SECTION", "Node", "PlanTreeModel", "SectionRow", "deadline_tooltip"]
