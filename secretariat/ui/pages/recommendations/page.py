"""Recommendations of UN mechanisms: filter, read, edit, link to measures, change many."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ....models import SDG_TITLES, ImplementationStatus, Mechanism, Position
from ....labels import sdg_title
from ....services import recommendations, sdg_targets, statistics
from ....services.recommendations import RecommendationQuery, RecommendationRow
from ...core.context import AppContext
from .counts_panel import CountsPanel
from ...dialogs.link_dialog import link_measures_dialog, measure_caption
from ...dialogs.recommendation_dialog import BulkEditDialog, RecommendationDialog
from ...core.labels import label
from ...widgets.sdg_target_picker import target_caption
from ...core.lazy_model import Column
from ...core.settings import RECOMMENDATIONS_DETAIL_SPLITTER, RECOMMENDATIONS_HEADER, RECOMMENDATIONS_SPLITTER
from ...core.ops import CollectionOp
from ...core.view_tools import (
    SortableLazyModel,
    action,
    build_or_say,
    confirm,
    debouncer,
    fit_columns,
    fill_combo,
    reload_keeping_selection,
    restore_state,
    save_state,
    select_data,
    setup_view,
)
from ..base import Page

IMPLEMENTED = QColor("#1e8449")


class RecommendationsPage(Page):
    areas = frozenset({"recommendations", "plans", "organizations"})
    FILTERS = {
        "search": "search", "mechanism": "mechanism", "body": "body", "cycle": "cycle", "state": "state",
        "position": "position", "theme": "theme", "sdg": "sdg", "responsible": "responsible",
        "status": "status", "linked": "linked", "paragraph": "paragraph",
    }

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialog: Any = None
        self._ready = False
        self.sort = ("paragraph", False)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Recommendations"))
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout.addWidget(self.toolbar)
        layout.addLayout(self._build_filters())

        columns: list[Column[RecommendationRow]] = [
            Column("reference", self.tr("Reference"), lambda r: r.reference, "paragraph",
                   tooltip=lambda r: r.reference),
            Column("text", self.tr("Recommendation"), lambda r: " ".join(r.text.split()), "text",
                   tooltip=lambda r: r.text),
            Column("states", self.tr("Recommending states"), lambda r: r.states, tooltip=lambda r: r.states),
            Column("position", self.tr("Position"), lambda r: label(r.position), "position"),
            Column("themes", self.tr("Themes"), lambda r: r.themes,
                   tooltip=lambda r: "\n".join(x for x in (r.themes, r.groups) if x)),
            Column("sdgs", self.tr("SDGs"), lambda r: r.sdgs),
            Column("responsible", self.tr("Responsible"), lambda r: r.responsible),
            Column("status", self.tr("Implementation"), lambda r: label(r.status), "status"),
            Column("measures", self.tr("Measures"), lambda r: r.measures or "", align_right=True),
        ]
        self.model: SortableLazyModel = SortableLazyModel(
            columns, count=self._count, fetch=self._fetch, row_id=lambda r: r.id, parent=self,
            on_sort=self._sort_by)
        self.model.decorate = self._decorate
        self._implemented = QBrush(IMPLEMENTED)  # kept: see PlanTreeModel
        self.table = QTableView()
        self.table.setObjectName("recommendationTable")
        setup_view(self.table, multi=True)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(lambda _i: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())

        detail = QWidget()
        dl = QGridLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        self.detail = QLabel()
        self.detail.setObjectName("recommendationDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.measures = QListWidget()
        self.measures.setObjectName("linkedMeasures")
        self.measures.setWordWrap(True)
        self.measures.setToolTip(self.tr("Double-click (or Enter) to open the measure in its plan."))
        self.measures.itemActivated.connect(self._open_measure)
        measures_heading = QLabel(self.tr("Plan measures implementing it"))
        measures_heading.setObjectName("sectionHeading")
        self.link_button = QPushButton(self.tr("Link measures…"))
        self.link_button.clicked.connect(self.link_measures)
        dl.addWidget(self.detail, 0, 0, 3, 1)
        dl.addWidget(measures_heading, 0, 1)
        dl.addWidget(self.measures, 1, 1)
        dl.addWidget(self.link_button, 2, 1, Qt.AlignmentFlag.AlignLeft)
        dl.setColumnStretch(0, 3)
        dl.setColumnStretch(1, 2)

        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.addWidget(self.table)
        self.left.addWidget(detail)
        self.left.setStretchFactor(0, 3)
        self.counts = CountsPanel()
        self.counts.chosen.connect(self._filter_on_count)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.counts)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        layout.addWidget(self.splitter, 1)
        self._build_actions()
        kept = self._restore_layout()
        fit_columns(self.table, 1, kept=kept)
        self._ready = True
        self.refresh()

    # -- building -----------------------------------------------------------------
    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setMinimumContentsLength(10)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(lambda _i: self._filters_changed())
        return combo

    def _build_filters(self) -> QGridLayout:
        grid = QGridLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search the text, paragraph, assessment (any language)…"))
        self.search.setClearButtonEnabled(True)
        self.mechanism = self._combo("mechanismFilter")
        self.body = self._combo("bodyFilter")
        self.cycle = self._combo("cycleFilter")
        self.state = self._combo("stateFilter")
        self.position = self._combo("positionFilter")
        self.theme = self._combo("themeFilter")
        self.sdg = self._combo("sdgFilter")
        self.responsible = self._combo("responsibleFilter")
        self.status = self._combo("statusFilter")
        self.linked = self._combo("linkedFilter")
        fill_combo(self.mechanism, [(label(m.value), m.value) for m in Mechanism], self.tr("Any mechanism"))
        fill_combo(self.position, [(label(p.value), p.value) for p in Position], self.tr("Any position"))
        fill_combo(self.status, [(label(s.value), s.value) for s in ImplementationStatus],
                   self.tr("Any implementation status"))
        # The goals, each followed by its targets (their codes are the values: "16.3").
        targets_of_goal: dict[int, list[Any]] = {}
        for target in sdg_targets.list_targets(self.context.db):
            targets_of_goal.setdefault(target.goal, []).append(target)
        fill_combo(self.sdg, [item for n, t in SDG_TITLES.items() for item in [
            (f"{n} - {sdg_title(n)}", n), *((f"      {target_caption(x, 60)}", x.code) for x in targets_of_goal.get(n, []))]],
            self.tr("Any SDG"))
        fill_combo(self.linked, [(self.tr("Linked to measures"), True), (self.tr("Not linked to a measure"), False)],
                   self.tr("Linked or not"))
        self.paragraph = QLineEdit()
        self.paragraph.setObjectName("paragraphFilter")
        self.paragraph.setPlaceholderText(self.tr("Para. starts with…"))
        self.paragraph.setClearButtonEnabled(True)
        self.paragraph.setMaximumWidth(150)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        # Three lines, so that the filters' longer Russian and Turkmen words are not cut off.
        grid.addWidget(self.search, 0, 0, 1, 4)
        grid.addWidget(self.paragraph, 0, 4)
        grid.addWidget(self.count_label, 0, 5)
        for col, w in enumerate((self.mechanism, self.body, self.cycle, self.position, self.state)):
            grid.addWidget(w, 1, col)
        for col, w in enumerate((self.theme, self.sdg, self.responsible, self.status, self.linked,
                                 self.clear_button)):
            grid.addWidget(w, 2, col)
        for col in range(6):
            grid.setColumnStretch(col, 1)
        self._debounce = debouncer(self, self._filters_changed, 250)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.paragraph.textChanged.connect(lambda _t: self._debounce.start())
        return grid

    def _build_actions(self) -> None:
        a = self.actions_by_name = {}
        a["new"] = action(self, self.tr("New recommendation…"), self.new_recommendation,
                          [QKeySequence.StandardKey.New, "Ins"], name="new")
        a["edit"] = action(self, self.tr("Edit…"), self.edit_current, "F2", name="edit")
        a["delete"] = action(self, self.tr("Delete…"), self.delete_selected, QKeySequence.StandardKey.Delete,
                             name="delete")
        a["link"] = action(self, self.tr("Link measures…"), self.link_measures, "Ctrl+L", name="link")
        a["bulk"] = action(self, self.tr("Change selected…"), self.bulk_edit, "Ctrl+Shift+E", name="bulk",
                           tip=self.tr("Set the status or responsible organizations of all selected"))
        action(self, self.tr("Find"), lambda: (self.search.setFocus(), self.search.selectAll()),
               QKeySequence.StandardKey.Find)
        for key in ("new", "edit", "delete"):
            self.toolbar.addAction(a[key])
        self.toolbar.addSeparator()
        self.toolbar.addAction(a["link"])
        self.toolbar.addAction(a["bulk"])
        a["export"] = action(self, self.tr("Export to Excel…"), self.export_to_excel, "Ctrl+E", name="export")
        self.toolbar.addAction(a["export"])

    def export_to_excel(self, path: Any = None) -> Any:
        """The recommendations shown (filters and sort as on screen) to an .xlsx file."""
        from ...core.export_action import export_model

        return export_model(self, self.model, self.tr("Recommendations"), path=path)

    def title(self) -> str:
        return self.tr("Recommendations")

    # -- data ---------------------------------------------------------------------
    def query(self) -> RecommendationQuery:
        sdg = self.sdg.currentData()  # a goal (16) or a target ("16.3")
        return RecommendationQuery(
            search=self.search.text(), paragraph=self.paragraph.text(), mechanism=self.mechanism.currentData(),
            body=self.body.currentData(),
            cycle=self.cycle.currentData(), state_id=self.state.currentData(), position=self.position.currentData(),
            tag_id=self.theme.currentData(), responsible_id=self.responsible.currentData(),
            sdg=sdg if isinstance(sdg, int) else None,
            sdg_target=sdg if isinstance(sdg, str) else None,
            status=self.status.currentData(), linked=self.linked.currentData(), sort=self.sort[0],
            descending=self.sort[1])

    def _count(self) -> int:
        self._query = self.query()  # count and pages must answer the same question
        return recommendations.count_recommendations(self.context.db, self._query)

    def _fetch(self, offset: int, limit: int) -> list[RecommendationRow]:
        return recommendations.list_recommendations(self.context.db, self._query, offset, limit)

    def _decorate(self, row: RecommendationRow, column: int, role: int) -> Any:
        key = self.model.columns[column].key
        if role == Qt.ItemDataRole.ForegroundRole and key == "status" and row.status == "implemented":
            return self._implemented
        return None

    def _sort_by(self, key: str, descending: bool) -> None:
        self.sort = (key, descending)
        if self._ready:
            self.reload_list()

    def _load_vocabularies(self) -> None:
        v = recommendations.vocabularies(self.context.db)
        fill_combo(self.body, [(b, b) for b in v.bodies], self.tr("Any body"))
        fill_combo(self.cycle, [(self.tr("Cycle %1").replace("%1", str(c)), c) for c in v.cycles], self.tr("Any cycle"))
        fill_combo(self.state, [(c.label, c.value) for c in v.states], self.tr("Any recommending state"))
        fill_combo(self.theme, [(c.label, c.value) for c in v.themes]
                   + [(self.tr("Group: %1").replace("%1", c.label), c.value) for c in v.groups],
                   self.tr("Any theme or group"))
        fill_combo(self.responsible, [(c.label, c.value) for c in v.responsible], self.tr("Any responsible"))

    def refresh(self) -> None:
        self._load_vocabularies()
        self.reload_list()

    def _filters_changed(self) -> None:
        self.reload_list()

    def reload_list(self) -> None:
        reload_keeping_selection(self.table, self.model, self.current_id())
        q = self._query
        self.count_label.setText(self.tr("%n shown", "", self.model.rowCount()))
        self.counts.load(lambda: statistics.recommendation_counts(self.context.db, q), delay_ms=300)
        self._selection_changed()

    def clear_filters(self) -> None:
        combos = (self.mechanism, self.body, self.cycle, self.state, self.position, self.theme, self.sdg,
                  self.responsible, self.status, self.linked)
        for w in (*combos, self.search, self.paragraph):
            w.blockSignals(True)
        self.search.clear()
        self.paragraph.clear()
        for c in combos:
            c.setCurrentIndex(0)
        for w in (*combos, self.search, self.paragraph):
            w.blockSignals(False)
        self.reload_list()

    def _filter_on_count(self, group: str, value: Any) -> None:
        combo = {"position": self.position, "status": self.status, "sdg": self.sdg, "sdg_target": self.sdg,
                 "theme": self.theme,
                 "group": self.theme, "responsible": self.responsible, "body": self.body}.get(group)
        if combo is not None:
            select_data(combo, value)

    # -- selection ----------------------------------------------------------------
    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def selected_ids(self) -> list[int]:
        rows = self.selected_rows()
        if rows and len(rows) == self.model.rowCount() and len(rows) > self.model.PAGE:
            return recommendations.recommendation_ids(self.context.db, self._query)
        return self.model.selected_ids(rows)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row(), index.parent()):
            return self.model.row_id(index.row())
        rows = self.selected_rows()
        return self.model.row_id(rows[0]) if rows else None

    def _selection_changed(self) -> None:
        n = len(self.selected_rows())
        rec_id = self.current_id()
        a = self.actions_by_name
        a["edit"].setEnabled(rec_id is not None)
        a["link"].setEnabled(rec_id is not None)
        a["delete"].setEnabled(n > 0)
        a["bulk"].setEnabled(n > 0)
        self.link_button.setEnabled(rec_id is not None)
        self._show_detail(rec_id)

    def _show_detail(self, rec_id: int | None) -> None:
        self.measures.clear()
        if rec_id is None:
            self.detail.setText("<i>" + html.escape(self.tr("Choose a recommendation to read it in full.")) + "</i>")
            return
        row = self.model.row(self.model.find_row(rec_id) or 0)
        if row is None or row.id != rec_id:
            return
        e = html.escape
        parts = [f"<b>{e(row.reference)}</b> ({e(label(row.position))}, {e(label(row.status))})",
                 e(row.text)]
        for title, value in ((self.tr("Recommending states"), row.states), (self.tr("Themes"), row.themes),
                             (self.tr("Groups of persons"), row.groups), (self.tr("SDGs"), row.sdgs),
                             (self.tr("Responsible"), row.responsible)):
            if value:
                parts.append(f"<b>{e(title)}:</b> {e(value)}")
        if row.sdg_targets:
            parts.append(f"<b>{e(self.tr('SDG targets'))}:</b> " + "<br>".join(
                e(target_caption(t)) for t in sdg_targets.targets_of(self.context.db, "recommendation", rec_id)))
        self.detail.setText("<br>".join(parts))
        for m in recommendations.measures_of(self.context.db, rec_id):
            item = QListWidgetItem(measure_caption(m))
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            self.measures.addItem(item)
        if not self.measures.count():
            item = QListWidgetItem(self.tr("No measure linked yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.measures.addItem(item)

    def _open_measure(self, item: QListWidgetItem) -> None:
        """Show the measure in the Plans view (when inside the main window)."""
        measure_id = item.data(Qt.ItemDataRole.UserRole)
        window = self.window()
        if measure_id is not None and hasattr(window, "show_area"):
            window.show_area("plans").select_measure(measure_id)

    # -- commands -----------------------------------------------------------------
    def _open(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.open()

    def new_recommendation(self) -> None:
        self._open(RecommendationDialog(self.context, parent=self))

    def edit_current(self) -> None:
        rec_id = self.current_id()
        if rec_id is not None:
            ok, dialog = build_or_say(self, lambda: RecommendationDialog(self.context, rec_id, parent=self))
            if ok:
                self._open(dialog)

    def link_measures(self) -> None:
        rec_id = self.current_id()
        if rec_id is not None:
            ok, dialog = build_or_say(self, lambda: link_measures_dialog(self.context, rec_id, self))
            if ok:
                self._open(dialog)

    def bulk_edit(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._open(BulkEditDialog(self.context, ids, parent=self))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        text = self.tr("Delete %n recommendations with their links to measures, themes and organizations? "
                       "This cannot be undone.", "", len(ids))

        def go() -> None:
            db = self.context.db
            CollectionOp(self, lambda: recommendations.delete_recommendations(db, ids)).run_in_background()

        self.dialog = confirm(self, self.tr("Delete"), text, go)

    # -- layout memory ------------------------------------------------------------
    def _restore_layout(self) -> bool:
        """Put back the kept column layout and panes; False if no column layout was kept."""
        s = self.context.settings
        kept = restore_state(s, RECOMMENDATIONS_HEADER, self.table.horizontalHeader())
        if not kept:
            for column, width in enumerate((120, 420, 150, 80, 160, 60, 120, 120)):
                self.table.setColumnWidth(column, width)
            # Shown below the list for the chosen one; the header's menu brings them back as columns.
            for key in ("states", "themes"):
                self.table.setColumnHidden([c.key for c in self.model.columns].index(key), True)
        if not restore_state(s, RECOMMENDATIONS_SPLITTER, self.splitter):
            self.splitter.setSizes([1000, 300])
        if not restore_state(s, RECOMMENDATIONS_DETAIL_SPLITTER, self.left):
            self.left.setSizes([460, 200])
        return kept

    def save_layout(self, settings: QSettings) -> None:
        save_state(settings, RECOMMENDATIONS_HEADER, self.table.horizontalHeader())
        save_state(settings, RECOMMENDATIONS_SPLITTER, self.splitter)
        save_state(settings, RECOMMENDATIONS_DETAIL_SPLITTER, self.left)
