"""Reports to UN bodies: what is due, what is overdue, what was submitted."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QTableView, QTabWidget, QToolBar,
                               QVBoxLayout, QWidget)

from ....models import Mechanism, ReportStatus
from ....services import national_reports
from ....services.national_reports import ReportQuery, ReportRow
from ...core.context import AppContext
from ...dialogs.national_report_dialog import NationalReportDialog
from ...core.formatting import fmt_date
from ...core.labels import label
from ...core.lazy_model import Column
from ...core.settings import NATIONAL_REPORTS_HEADER
from ...core.ops import CollectionOp
from ...core.view_tools import SortableLazyModel, action, build_or_say, confirm, debouncer, fill_combo, fit_columns, reload_keeping_selection, restore_state, \
    save_state, setup_view
from ..base import Page
from .reports_calendar import ReportsCalendarView

OVERDUE = QColor("#c0392b")
SOON = QColor("#b35900")


class NationalReportsPage(Page):
    areas = frozenset({"national_reports", "organizations"})
    FILTERS = {"search": "search", "mechanism": "mechanism", "body": "body", "status": "status", "due": "due"}

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.dialog: Any = None
        self._ready = False
        self.sort = ("due_date", False)
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Reports to UN bodies"))
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout.addWidget(self.toolbar)
        # the list of recorded reports, and the calendar of a year
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        layout.addWidget(self.tabs, 1)
        list_tab = QWidget()
        page_layout, layout = layout, QVBoxLayout(list_tab)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(list_tab, self.tr("&List"))
        self.calendar = ReportsCalendarView(context, self)
        self.calendar.open_entry.connect(self.open_calendar_entry)
        self.tabs.addTab(self.calendar, self.tr("&Calendar of a year"))
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setMinimumWidth(220)  # kept readable beside the longer Russian and Turkmen filters
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search body, title, notes…"))
        self.search.setClearButtonEnabled(True)
        self.mechanism, self.body, self.status, self.due = (QComboBox(), QComboBox(), QComboBox(), QComboBox())
        for name, combo in (("mechanismFilter", self.mechanism), ("bodyFilter", self.body),
                            ("statusFilter", self.status), ("dueFilter", self.due)):
            combo.setObjectName(name)
            combo.currentIndexChanged.connect(lambda _i: self.reload_list())
        fill_combo(self.mechanism, [(label(m.value), m.value) for m in Mechanism], self.tr("Any mechanism"))
        fill_combo(self.status, [(label(s.value), s.value) for s in ReportStatus], self.tr("Any status"))
        fill_combo(self.due, [(self.tr("Overdue"), "overdue"), (self.tr("Due in the next 6 months"), "soon"),
                              (self.tr("Not yet submitted"), "pending")], self.tr("Any due date"))
        self.count_label = QLabel()
        bar.addWidget(self.search, 1)
        for w in (self.mechanism, self.body, self.status, self.due, self.count_label):
            bar.addWidget(w)
        layout.addLayout(bar)
        self._debounce = debouncer(self, self.reload_list, 250)
        self.search.textChanged.connect(lambda _t: self._debounce.start())

        columns: list[Column[ReportRow]] = [
            Column("body", self.tr("Body"), lambda r: r.body, "body"),
            Column("title", self.tr("Report"), lambda r: r.title, "title", tooltip=lambda r: r.notes or r.title),
            Column("cycle", self.tr("Cycle"), lambda r: r.cycle),
            Column("period", self.tr("Period"), lambda r: r.period),
            Column("due_date", self.tr("Due"), lambda r: fmt_date(r.due_date), "due_date", tooltip=self._due_tip),
            Column("submitted_on", self.tr("Submitted"), lambda r: fmt_date(r.submitted_on), "submitted_on"),
            Column("status", self.tr("Status"), lambda r: label(r.status), "status"),
            Column("responsible", self.tr("Responsible"), lambda r: r.responsible),
        ]
        self.model = SortableLazyModel(columns, count=self._count, fetch=self._fetch, row_id=lambda r: r.id,
                                       parent=self, on_sort=self._sort_by)
        self.model.decorate = self._decorate
        # Kept, not made per call: PySide6 mis-counts references of a QFont or QBrush
        # created inside data() and returned.
        self._brushes = (QBrush(OVERDUE), QBrush(SOON))
        self._bold = QFont()
        self._bold.setBold(True)
        self.table = QTableView()
        self.table.setObjectName("reportTable")
        setup_view(self.table)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(4, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(lambda _i: self.edit_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        layout.addWidget(self.table, 1)
        legend = QLabel(self.tr("Red: overdue (due date passed, not submitted). Orange: due in the next 6 months."))
        legend.setObjectName("legend")
        layout.addWidget(legend)
        layout = page_layout

        a = self.actions_by_name = {}
        a["new"] = action(self, self.tr("New report…"), self.new_report, [QKeySequence.StandardKey.New, "Ins"],
                          name="new")
        a["edit"] = action(self, self.tr("Edit…"), self.edit_current, "F2", name="edit")
        a["delete"] = action(self, self.tr("Delete…"), self.delete_current, QKeySequence.StandardKey.Delete,
                             name="delete")
        action(self, self.tr("Find"), lambda: (self.search.setFocus(), self.search.selectAll()),
               QKeySequence.StandardKey.Find)
        for key in ("new", "edit", "delete"):
            self.toolbar.addAction(a[key])
        kept = restore_state(context.settings, NATIONAL_REPORTS_HEADER, self.table.horizontalHeader())
        if not kept:
            for column, width in enumerate((80, 320, 70, 90, 100, 100, 120)):
                self.table.setColumnWidth(column, width)
        fit_columns(self.table, 1, kept=kept)
        self._ready = True
        self.refresh()

    def title(self) -> str:
        return self.tr("Reports to UN bodies")

    def query(self) -> ReportQuery:
        return ReportQuery(search=self.search.text(), mechanism=self.mechanism.currentData(),
                           body=self.body.currentData(), status=self.status.currentData(), due=self.due.currentData(),
                           today=date.today(), sort=self.sort[0], descending=self.sort[1])

    def _count(self) -> int:
        self._query = self.query()  # count and pages must answer the same question
        return national_reports.count_reports(self.context.db, self._query)

    def _fetch(self, offset: int, limit: int) -> list[ReportRow]:
        return national_reports.list_report_rows(self.context.db, self._query, offset, limit)

    def _due_tip(self, r: ReportRow) -> str:
        if r.overdue:
            return self.tr("Overdue: due %1 and not submitted").replace("%1", fmt_date(r.due_date))
        if r.due_soon:
            return self.tr("Due within 6 months")
        return ""

    def _decorate(self, r: ReportRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and (r.overdue or r.due_soon):
            return self._brushes[0 if r.overdue else 1]
        if role == Qt.ItemDataRole.FontRole and r.overdue and self.model.columns[column].key == "due_date":
            return self._bold
        return None

    def _sort_by(self, key: str, descending: bool) -> None:
        self.sort = (key, descending)
        if self._ready:
            self.reload_list()

    def refresh(self) -> None:
        self.calendar.refresh()
        fill_combo(self.body, [(b, b) for b in national_reports.report_bodies(self.context.db)], self.tr("Any body"))
        self.reload_list()

    def reload_list(self) -> None:
        reload_keeping_selection(self.table, self.model, self.current_id())
        self.count_label.setText(self.tr("%n shown", "", self.model.rowCount()))
        self._update_actions()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def _update_actions(self) -> None:
        has = self.current_id() is not None
        self.actions_by_name["edit"].setEnabled(has)
        self.actions_by_name["delete"].setEnabled(has)

    def _open(self, dialog: Any) -> None:
        self.dialog = dialog
        dialog.open()

    def new_report(self) -> None:
        self._open(NationalReportDialog(self.context, parent=self))

    def edit_current(self) -> None:
        report_id = self.current_id()
        if report_id is not None:
            ok, dialog = build_or_say(self, lambda: NationalReportDialog(self.context, report_id, parent=self))
            if ok:
                self._open(dialog)

    def open_calendar_entry(self, entry: Any) -> None:
        """A recorded report opens for editing; a date only the schedule gives opens a new report with it."""
        if entry.report_id is not None:
            ok, dialog = attempt(self, lambda: NationalReportDialog(self.context, entry.report_id, parent=self))
            if ok:
                self._open(dialog)
            return
        self._open(NationalReportDialog(self.context, parent=self, prefill={
            "mechanism": entry.mechanism, "body": entry.body, "title": entry.title, "due_date": entry.due_on}))

    def delete_current(self) -> None:
        report_id = self.current_id()
        if report_id is None:
            return
        row = self.model.row(self.table.currentIndex().row())

        def go() -> None:
            db = self.context.db
            CollectionOp(self, lambda: national_reports.delete_report(db, report_id)).run_in_background()

        self.dialog = confirm(self, self.tr("Delete"), self.tr("Delete the report “%1 — %2”?")
                              .replace("%1", row.body).replace("%2", row.title), go)

    def save_layout(self, settings: QSettings) -> None:
        save_state(settings, NATIONAL_REPORTS_HEADER, self.table.horizontalHeader())
        self.calendar.save_layout(settings)
