"""Counts at a glance beside a list: by position, status, SDG, theme and organization.

The numbers come from ``services.statistics`` (the same the PDF reports print) and are
computed off the UI thread, so filtering a large list never waits for them.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ....services.statistics import Count, RecommendationCounts
from ...core.formatting import fmt_int
from ...core.labels import label
from ...core.ops import Operation, QueryOp


class CountsPanel(QWidget):
    ready = Signal()
    chosen = Signal(str, object)  # group key, value: a count was double-clicked (filter on it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("Counts at a glance"))
        heading.setObjectName("sectionHeading")
        self.total = QLabel()
        self.total.setObjectName("countsTotal")
        self.total.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("counts")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Number")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.setToolTip(self.tr("Double-click a line to show only those recommendations."))
        self.tree.itemActivated.connect(self._activated)
        layout.addWidget(heading)
        layout.addWidget(self.total)
        layout.addWidget(self.tree, 1)
        self.counts: RecommendationCounts | None = None
        self._generation = 0
        self._operation: Operation[Any] | None = None
        self._expanded = {"position", "status"}
        self._pending: Callable[[], RecommendationCounts] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._start)
        self._alive = {"yes": True}
        alive = self._alive
        self.destroyed.connect(lambda *_: alive.update(yes=False))

    def load(self, work: Callable[[], RecommendationCounts], delay_ms: int = 0) -> None:
        """Compute in the background; a newer request makes an older answer stale.

        With *delay_ms*, counting starts only once the user has stopped changing the
        filter for that long, so the list is painted first.
        """
        self._generation += 1
        self.total.setText(self.tr("Counting…"))
        self._pending = work
        if delay_ms:
            self._timer.start(delay_ms)
        else:
            self._start()

    def _start(self) -> None:
        work, generation = self._pending, self._generation
        if work is None:
            return
        self._pending = None
        alive = self._alive

        def done(counts: RecommendationCounts) -> None:
            if alive["yes"] and generation == self._generation:
                self.show_counts(counts)

        def failed(error: BaseException) -> None:
            if alive["yes"] and generation == self._generation:
                self.total.setText(self.tr("The counts could not be made: %1").replace("%1", str(error)))

        # No parent: the job may outlive the panel (closed while counting); its answer is then dropped.
        self._operation = QueryOp(None, work).success(done).failure(failed).run_in_background()

    @property
    def busy(self) -> bool:
        return self._timer.isActive() or (self._operation is not None and self._operation.running)

    def _remember_expanded(self) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            key = item.data(0, Qt.ItemDataRole.UserRole)
            if item.isExpanded():
                self._expanded.add(key)
            else:
                self._expanded.discard(key)

    def show_counts(self, c: RecommendationCounts) -> None:
        self._remember_expanded()
        self.counts = c
        self.total.setText(self.tr("%n recommendations; %2 linked to plan measures; %3 without a responsible "
                                   "organization.", "", c.total)
                           .replace("%2", fmt_int(c.linked_to_measures)).replace("%3", fmt_int(c.without_responsible)))
        self.tree.clear()
        groups: list[tuple[str, str, list[Count], bool]] = [
            ("position", self.tr("By position"), c.by_position, True),
            ("status", self.tr("By implementation status"), c.by_status, True),
            ("sdg", self.tr("By SDG"), c.by_sdg, False),
            ("sdg_target", self.tr("By SDG target"), c.by_target, False),
            ("theme", self.tr("By theme"), c.by_theme, False),
            ("group", self.tr("By group of persons"), c.by_group, False),
            ("responsible", self.tr("By responsible organization"), c.by_responsible, False),
            ("body", self.tr("By body"), c.by_body, False),
        ]
        for key, title, rows, translate in groups:
            top = QTreeWidgetItem([title, ""])
            top.setData(0, Qt.ItemDataRole.UserRole, key)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for row in rows:
                child = QTreeWidgetItem([label(row.label) if translate else row.label, fmt_int(row.count)])
                child.setData(0, Qt.ItemDataRole.UserRole, row.key)
                child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                top.addChild(child)
            if not rows:
                top.addChild(QTreeWidgetItem([self.tr("(none)"), ""]))
            self.tree.addTopLevelItem(top)
            top.setExpanded(key in self._expanded)
        self.ready.emit()

    def number(self, group: str, key: Any) -> int | None:
        """The count shown for *key* in *group* (for tests and reports)."""
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            if top.data(0, Qt.ItemDataRole.UserRole) == group:
                for j in range(top.childCount()):
                    child = top.child(j)
                    if child.data(0, Qt.ItemDataRole.UserRole) == key:
                        return int(child.text(1).replace("\u00a0", "").replace(",", "").replace(" ", "") or 0)
        return None

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        parent = item.parent()
        if parent is not None:
            self.chosen.emit(parent.data(0, Qt.ItemDataRole.UserRole), item.data(0, Qt.ItemDataRole.UserRole))
