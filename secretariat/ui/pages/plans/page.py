"""Plans: a tree of plans, sections and measures, with filters, editing and progress."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ....models import MeasureStatus
from ....services import plans
from ....services.plans import MeasureQuery
from ...core.context import AppContext
from ...dialogs.link_dialog import link_recommendations_dialog
from ...dialogs.measure_dialog import MeasureDialog
from ...dialogs.org_checklist import organization_choices
from ...dialogs.plan_dialogs import PlanDialog, ProgressDialog, SectionDialog
from ...core.labels import label
from .measure_detail import MeasureDetail
from .plan_tree_model import MEASURE, PLAN, SECTION, PlanTreeModel
from ...widgets.undo_bar import UndoBar
from ...core.settings import PLANS_SPLITTER, PLANS_TREE_HEADER
from ...core.view_tools import action, attempt, fit_columns, confirm, debouncer, fill_combo, restore_state, save_state, setup_view
from ..base import Page

AUTO_EXPAND_LIMIT = 300


class PlansPage(Page):
    areas = frozenset({"plans", "organizations", "recommendations"})
    FILTERS = {
        "search": "search", "organization": "org_filter", "role": "role_filter", "status": "status_filter",
        "year": "year_filter", "overdue": "overdue", "not_understood": "flagged",
    }

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialog: Any = None
        self._select_after: tuple[str, int] | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Plans"))
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout.addWidget(self.toolbar)
        layout.addLayout(self._build_filters())
        self.undo_bar = UndoBar(self, history=context.undo)
        self.undo_bar.setObjectName("undoBar")
        layout.addWidget(self.undo_bar)

        self.model = PlanTreeModel(lambda: self.context.db, self)
        self.tree = QTreeView()
        self.tree.setObjectName("planTree")
        setup_view(self.tree)
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setExpandsOnDoubleClick(True)
        self.tree.activated.connect(self._activated)
        self._restoring = 0
        self._open_plan_after: int | None = None
        self.tree.expanded.connect(self._on_expanded)
        self.tree.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._span_rows)
        self.model.rowsInserted.connect(lambda parent, first, last: self._span_rows(parent))

        self.detail = MeasureDetail(context)
        self.detail.record_progress.connect(self.record_progress)
        self.detail.link_recommendations.connect(self.link_recommendations)
        self.detail.delete_progress.connect(self.delete_progress)
        self.detail.unlink_recommendation.connect(self.unlink_recommendation)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        self._build_actions()
        self._restore_layout()
        fit_columns(self.tree, 1)
        self.refresh()

    # -- building -----------------------------------------------------------------
    def _build_filters(self) -> QVBoxLayout:
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search measures (number, text, indicators; any language)…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        self.org_filter = QComboBox()
        self.org_filter.setObjectName("organizationFilter")
        self.org_filter.setMinimumContentsLength(14)
        self.role_filter = QComboBox()
        self.role_filter.setObjectName("roleFilter")
        fill_combo(self.role_filter, [(label(r), r) for r in ("lead", "co_implementer", "partner")],
                   self.tr("Any role"))
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        fill_combo(self.status_filter, [(label(s.value), s.value) for s in MeasureStatus], self.tr("Any status"))
        self.year_filter = QComboBox()
        self.year_filter.setObjectName("yearFilter")
        self.year_filter.setToolTip(self.tr("The year the deadline ends in"))
        self.overdue = QCheckBox(self.tr("&Overdue"))
        self.overdue.setObjectName("overdueFilter")
        self.overdue.setToolTip(self.tr("Deadline passed and the measure is not completed"))
        self.flagged = QCheckBox(self.tr("Deadline &not understood"))
        self.flagged.setObjectName("flaggedFilter")
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        # Two lines, so the filters fit the default window beside the navigation (and the
        # filters' words, a third longer in Russian and Turkmen than in English, are not cut off).
        for w in (self.search,):
            bar.addWidget(w, 2)
        for w in (self.org_filter, self.role_filter, self.status_filter, self.year_filter):
            bar.addWidget(w)
        second = QHBoxLayout()
        for w in (self.overdue, self.flagged):
            second.addWidget(w)
        second.addStretch(1)
        for w in (self.clear_button, self.count_label):
            second.addWidget(w)
        lines = QVBoxLayout()
        lines.addLayout(bar)
        lines.addLayout(second)
        self._debounce = debouncer(self, self.apply_filters, 250)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        for combo in (self.org_filter, self.role_filter, self.status_filter, self.year_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        for box in (self.overdue, self.flagged):
            box.toggled.connect(lambda _c: self.apply_filters())
        self.clear_button.clicked.connect(self.clear_filters)
        return lines

    def _build_actions(self) -> None:
        a = self.actions_by_name = {}
        a["new_plan"] = action(self, self.tr("New plan…"), self.new_plan, name="new_plan")
        a["new_section"] = action(self, self.tr("New section…"), self.new_section, "Ctrl+Shift+N", name="new_section")
        a["new_measure"] = action(self, self.tr("New measure…"), self.new_measure,
                                  [QKeySequence.StandardKey.New, "Ins"], name="new_measure")
        a["edit"] = action(self, self.tr("Edit…"), self.edit_current, "F2", name="edit")
        a["delete"] = action(self, self.tr("Delete…"), self.delete_current, QKeySequence.StandardKey.Delete,
                             name="delete")
        a["up"] = action(self, self.tr("Move up"), lambda: self.move_current(-1), "Alt+Up", name="up")
        a["down"] = action(self, self.tr("Move down"), lambda: self.move_current(+1), "Alt+Down", name="down")
        a["progress"] = action(self, self.tr("Record progress…"), self.record_progress, "Ctrl+Shift+P",
                               name="progress")
        a["link"] = action(self, self.tr("Link recommendations…"), self.link_recommendations, "Ctrl+L", name="link")
        action(self, self.tr("Find"), self._focus_search, QKeySequence.StandardKey.Find)
        a["undo"] = action(self, self.tr("Undo delete"), self.undo_bar.undo, QKeySequence.StandardKey.Undo,
                           name="undo")
        for key in ("new_plan", "new_section", "new_measure", "edit", "delete"):
            self.toolbar.addAction(a[key])
        self.toolbar.addSeparator()
        for key in ("up", "down", "progress", "link"):
            self.toolbar.addAction(a[key])
        a["export"] = action(self, self.tr("Export to Excel…"), self.export_to_excel, "Ctrl+E", name="export")
        self.toolbar.addAction(a["export"])
        self._update_actions()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def title(self) -> str:
        return self.tr("Plans")

    def export_to_excel(self, path: Any = None) -> Any:
        """The measures the filters select, in plan order, to an .xlsx file (Ctrl+E)."""
        from ...core.export_action import export_measures

        return export_measures(self, self.context, self.query(), self.tr("Plan measures"), path=path)

    # -- state --------------------------------------------------------------------
    def query(self) -> MeasureQuery:
        return MeasureQuery(search=self.search.text(), organization_id=self.org_filter.currentData(),
                            role=self.role_filter.currentData() if self.org_filter.currentData() else None,
                            status=self.status_filter.currentData(), deadline_year=self.year_filter.currentData(),
                            overdue=self.overdue.isChecked(), not_understood=self.flagged.isChecked(),
                            today=date.today())

    def current(self) -> tuple[str, int] | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return self.model.data(index.siblingAtColumn(0), Qt.ItemDataRole.UserRole)

    def current_plan_id(self) -> int | None:
        node = self.model.plan_of(self.tree.currentIndex())
        if node is not None:
            return node.id
        return self.model.root.children[0].id if len(self.model.root.children) == 1 else None

    def current_section_id(self) -> int | None:
        node = self.model.node(self.tree.currentIndex())
        while node is not None and node.kind == MEASURE:
            node = node.parent
        return node.id if node is not None and node.kind == SECTION else None

    def _update_actions(self) -> None:
        cur = self.current()
        kind = cur[0] if cur else None
        a = self.actions_by_name
        a["new_section"].setEnabled(self.current_plan_id() is not None)
        a["new_measure"].setEnabled(self.current_plan_id() is not None)
        a["edit"].setEnabled(kind is not None)
        a["delete"].setEnabled(kind is not None)
        a["up"].setEnabled(kind in (SECTION, MEASURE))
        a["down"].setEnabled(kind in (SECTION, MEASURE))
        a["progress"].setEnabled(kind == MEASURE)
        a["link"].setEnabled(kind == MEASURE)

    def _selection_changed(self) -> None:
        cur = self.current()
        self.detail.show_measure(cur[1] if cur and cur[0] == MEASURE else None)
        self._update_actions()

    def _span_rows(self, parent: QModelIndex = QModelIndex()) -> None:
        """Plan and section rows read across all columns."""
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            if self.model.node(index).kind in (PLAN, SECTION):
                self.tree.setFirstColumnSpanned(row, parent, True)
                if self.model.node(index).loaded:
                    self._span_rows(index)

    def _expanded(self) -> set[tuple[str, int]]:
        found = set()
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(self.model.rowCount(parent)):
                index = self.model.index(row, 0, parent)
                if self.tree.isExpanded(index):
                    found.add(self.model.data(index, Qt.ItemDataRole.UserRole))
                    stack.append(index)
        return found

    def _expand(self, index: QModelIndex) -> None:
        if self.model.canFetchMore(index):
            self.model.fetchMore(index)
        self.tree.expand(index)

    def refresh(self) -> None:
        """The data changed: re-read the filter lists and the tree."""
        self._reload_filter_lists()
        self.apply_filters()

    def apply_filters(self) -> None:
        """Re-read the tree with the current filters, keeping what was open and selected."""
        expanded = self._expanded()
        selected = self._select_after or self.current()
        self._select_after = None
        query = self.query()
        self.model.reload(query)
        total = sum(p.row.measures for p in self.model.root.children)
        expand_all = query.is_filtered and total <= AUTO_EXPAND_LIMIT
        if self._open_plan_after is not None:
            expanded.add((PLAN, self._open_plan_after))
            self._open_plan_after = None
        self.tree.setUpdatesEnabled(False)
        self._restoring += 1
        try:
            for plan_node in list(self.model.root.children):
                index = self.model.index_of(plan_node)
                if expand_all or (PLAN, plan_node.id) in expanded:
                    self._expand(index)
                    self._expand_sections(index, expanded, expand_all)
            if selected:
                self._select(*selected)
        finally:
            self._restoring -= 1
            self.tree.setUpdatesEnabled(True)
        self.count_label.setText(self.tr("%n measures", "", total) if not query.is_filtered
                                 else self.tr("%n matching", "", total))
        self._selection_changed()

    def _expand_sections(self, parent: QModelIndex, expanded: set[tuple[str, int]], expand_all: bool) -> None:
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            node = self.model.node(index)
            if node.kind == SECTION and (expand_all or (SECTION, node.id) in expanded):
                self.tree.expand(index)
                self._expand_sections(index, expanded, expand_all)

    def _on_expanded(self, index: QModelIndex) -> None:
        """Opening a plan of ordinary size opens its sections too."""
        node = self.model.node(index)
        if node.kind == PLAN and self._restoring == 0 and node.row.measures <= AUTO_EXPAND_LIMIT:
            self._expand_sections(index, set(), True)

    def _select(self, kind: str, record_id: int) -> None:
        index = self.model.find(kind, record_id)
        if not index.isValid() and kind in (MEASURE, SECTION):
            return
        if index.isValid():
            parent = index.parent()
            while parent.isValid():
                self.tree.expand(parent)
                parent = parent.parent()
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def select_measure(self, measure_id: int) -> None:
        """Show a measure (opening its plan), e.g. from a recommendation."""
        row = plans.measure_row(self.context.db, measure_id)
        plan_index = self.model.find(PLAN, row.plan_id)
        if plan_index.isValid():
            self._expand(plan_index)
        self._select(MEASURE, measure_id)

    def _reload_filter_lists(self) -> None:
        fill_combo(self.org_filter, [(text.split(" — ")[0], i) for text, i in organization_choices(self.context.db)],
                   self.tr("Any organization"))
        fill_combo(self.year_filter, [(str(y), y) for y in plans.deadline_years(self.context.db)],
                   self.tr("Any deadline year"))

    def clear_filters(self) -> None:
        for w in (self.org_filter, self.role_filter, self.status_filter, self.year_filter, self.overdue,
                  self.flagged, self.search):
            w.blockSignals(True)
        self.search.clear()
        for combo in (self.org_filter, self.role_filter, self.status_filter, self.year_filter):
            combo.setCurrentIndex(0)
        self.overdue.setChecked(False)
        self.flagged.setChecked(False)
        for w in (self.org_filter, self.role_filter, self.status_filter, self.year_filter, self.overdue,
                  self.flagged, self.search):
            w.blockSignals(False)
        self.apply_filters()

    # -- commands -----------------------------------------------------------------
    def _open(self, dialog: Any, select_kind: str | None = None) -> None:
        self.dialog = dialog

        def saved() -> None:
            result = dialog.result_value
            if select_kind and result is not None and getattr(result, "id", None) is not None:
                self._select_after = (select_kind, result.id)
                self._open_plan_after = getattr(result, "plan_id", None)
            self.refresh()  # the other views refresh from the tables changed

        dialog.accepted.connect(saved)
        dialog.open()

    def _activated(self, index: QModelIndex) -> None:
        if self.model.node(index).kind == MEASURE:
            self.edit_current()

    def new_plan(self) -> None:
        self._open(PlanDialog(self.context, parent=self), PLAN)

    def new_section(self) -> None:
        plan_id = self.current_plan_id()
        if plan_id is not None:
            self._open(SectionDialog(self.context, plan_id, parent_section_id=self.current_section_id(),
                                     parent=self), SECTION)

    def new_measure(self) -> None:
        plan_id = self.current_plan_id()
        if plan_id is not None:
            self._open(MeasureDialog(self.context, plan_id, section_id=self.current_section_id(), parent=self),
                       MEASURE)

    def edit_current(self) -> None:
        cur = self.current()
        if cur is None:
            return
        kind, record_id = cur
        if kind == PLAN:
            self._open(PlanDialog(self.context, record_id, parent=self), PLAN)
        elif kind == SECTION:
            self._open(SectionDialog(self.context, self.current_plan_id(), record_id, parent=self), SECTION)
        else:
            self._open(MeasureDialog(self.context, self.current_plan_id(), record_id, parent=self), MEASURE)

    def delete_current(self) -> None:
        cur = self.current()
        if cur is None:
            return
        kind, record_id = cur
        node = self.model.node(self.tree.currentIndex())
        db = self.context.db
        if kind == MEASURE:
            # No question asked: the deletion can be taken back (Undo, Ctrl+Z).
            here = self.tree.currentIndex()
            after = None
            for nearby in (here.siblingAtRow(here.row() + 1), here.siblingAtRow(here.row() - 1), here.parent()):
                if nearby.isValid():  # keep the user's place: the next row takes the selection
                    after = self.model.data(nearby.siblingAtColumn(0), Qt.ItemDataRole.UserRole)
                    break
            ok, deleted = attempt(self, lambda: plans.delete_measure_undoably(db, record_id))
            if ok:
                self._select_after = after
                self.refresh()
                state = {"deleted": deleted}
                self.undo_bar.offer(self.tr("Measure %1 deleted.").replace("%1", deleted.label),
                                    lambda: self._restore(state), lambda: self._delete_again(state))
            return
        if kind == SECTION:
            measures, subsections = plans.section_stats(db, record_id)
            text = self.tr("Delete section “%1”? Its %2 and %3 are kept: they move up one level.") \
                .replace("%1", node.row.label).replace("%2", self.tr("%n measures", "", measures)) \
                .replace("%3", self.tr("%n subsections", "", subsections))
            work = lambda: plans.delete_section_keeping_measures(db, record_id)  # noqa: E731
        else:
            count = plans.count_measures(db, MeasureQuery(plan_id=record_id))
            text = self.tr("Delete the whole plan “%1” with all its %n measures and their progress reports? "
                           "This cannot be undone.", "", count).replace("%1", node.row.title)
            work = lambda: plans.delete_plan(db, record_id)  # noqa: E731

        def go() -> None:
            ok, _ = attempt(self, work)
            if ok:
                self.refresh()

        self.dialog = confirm(self, self.tr("Delete"), text, go)

    def _restore(self, state: dict[str, Any]) -> bool:
        ok, measure = attempt(self, lambda: plans.restore_measure(self.context.db, state["deleted"]))
        if ok:
            state["id"] = measure.id
            self._select_after = (MEASURE, measure.id)
            self._open_plan_after = measure.plan_id
            self.refresh()
        return ok

    def _delete_again(self, state: dict[str, Any]) -> bool:
        ok, deleted = attempt(self, lambda: plans.delete_measure_undoably(self.context.db, state["id"]))
        if ok:
            state["deleted"] = deleted
            self.refresh()
        return ok

    def move_current(self, step: int) -> None:
        cur = self.current()
        if cur is None or cur[0] == PLAN:
            return
        kind, record_id = cur
        mover = plans.move_measure if kind == MEASURE else plans.move_section
        ok, moved = attempt(self, lambda: mover(self.context.db, record_id, step))
        if ok and moved:
            self._select_after = cur
            self.refresh()

    def record_progress(self) -> None:
        cur = self.current()
        if cur and cur[0] == MEASURE:
            self._open(ProgressDialog(self.context, cur[1], parent=self), None)

    def delete_progress(self, report_id: int) -> None:
        def go() -> None:
            ok, _ = attempt(self, lambda: plans.delete_progress_report(self.context.db, report_id))
            if ok:
                self.refresh()

        self.dialog = confirm(self, self.tr("Delete progress report"),
                              self.tr("Delete this progress report? The measure's status is not changed."), go)

    def link_recommendations(self) -> None:
        cur = self.current()
        if cur and cur[0] == MEASURE:
            row = self.model.node(self.tree.currentIndex()).row
            self._open(link_recommendations_dialog(self.context, cur[1], row.number, row.text, self), None)

    def unlink_recommendation(self, rec_id: int) -> None:
        cur = self.current()
        if cur and cur[0] == MEASURE:
            from ....services import recommendations

            ok, _ = attempt(self, lambda: recommendations.unlink_recommendation(self.context.db, cur[1], rec_id))
            if ok:
                self.refresh()

    # -- layout memory ------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = self.context.settings
        if not restore_state(settings, PLANS_TREE_HEADER, self.tree.header()):
            for column, width in enumerate((90, 400, 120, 120, 120, 110, 110)):
                self.tree.setColumnWidth(column, width)
        if not restore_state(settings, PLANS_SPLITTER, self.splitter):
            self.splitter.setSizes([480, 260])

    def save_layout(self, settings: QSettings) -> None:
        save_state(settings, PLANS_TREE_HEADER, self.tree.header())
        save_state(settings, PLANS_SPLITTER, self.splitter)
