"""Action items across all meetings: open and overdue ones, by organization and due date."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...models import ActionStatus
from ...services import action_items, meetings
from ...services.action_items import ActionQuery, ActionRow
from ..core.context import AppContext
from ..core.formatting import fmt_date, fmt_int
from ..core.labels import label
from ..core.lazy_model import Column
from ..meeting_editor import open_meeting_editor
from ..core.settings import ACTION_ITEMS_HEADER
from ..widgets.messages import FAILED, call_service
from ..widgets.sortable_model import SortableLazyModel
from ..widgets.undo_bar import UndoBar
from ..core.ops import CollectionOp, report_refusal
from ..core.view_tools import fit_columns
from .base import Page


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


OVERDUE = QColor("#b02a37")


class ActionItemsPage(Page):
    areas = frozenset({"action_items", "meetings", "organizations"})
    FILTERS = {"search": "search", "state": "state", "organization": "organization"}

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.query = ActionQuery()
        self._labels = {s.value: label(s.value) for s in ActionStatus}  # formatted once, painted often
        self._dates: dict[Any, str] = {}
        self._counts: dict[str, int] | None = None
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Action items"))
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search actions, meetings, organizations (Ctrl+F)…"))
        self.search.setClearButtonEnabled(True)
        self.state = QComboBox()
        for key, text in (("open", self.tr("Open")), ("overdue", self.tr("Overdue")),
                          ("done", self.tr("Done or cancelled")), ("all", self.tr("All"))):
            self.state.addItem(text, key)
        self.organization = QComboBox()
        self.organization.setEditable(True)
        self.organization.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organization.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.organization.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.organization.setMinimumWidth(280)
        self.count_label = QLabel()
        self.search.setMinimumWidth(240)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.state)
        filters.addWidget(self.organization)
        layout.addLayout(filters)

        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open its meeting"))
        self.progress_button = QPushButton(self.tr("Mark &in progress"))
        self.done_button = QPushButton(self.tr("Mark &done"))
        for button in (self.open_button, self.progress_button, self.done_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count_label)  # beside the buttons: the filters keep their room
        layout.addLayout(buttons)
        self.undo_bar = UndoBar(self, history=context.undo)
        layout.addWidget(self.undo_bar)

        self.model: SortableLazyModel[ActionRow] = SortableLazyModel(
            [Column("due_date", self.tr("Due"), lambda r: self._date(r.due_date), "due_date"),
             Column("status", self.tr("Status"), self._status_text, "status"),
             Column("text", self.tr("Action"), lambda r: r.text, "text", tooltip=lambda r: r.text),
             Column("responsible", self.tr("Responsible"), lambda r: ", ".join(r.responsible), "responsible"),
             Column("meeting", self.tr("Meeting"), self._meeting_text, "meeting",
                    tooltip=lambda r: r.meeting_title)],
            count=self._count, fetch=self._fetch, row_id=lambda r: r.id, on_sort=self._sort,
            foreground=lambda r: QBrush(OVERDUE) if r.overdue else None, bold=lambda r: r.overdue, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        header.setSectionsMovable(True)
        for column, width in enumerate((100, 140, 480, 220, 260)):
            self.table.setColumnWidth(column, width)
        kept = self._restore_header()
        self.table.setSortingEnabled(True)
        fit_columns(self.table, 2, kept=kept)
        layout.addWidget(self.table, 1)

        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.state.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.organization.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.organization.lineEdit().editingFinished.connect(self._organization_typed)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.open_button.clicked.connect(self.open_selected)
        self.progress_button.clicked.connect(lambda: self.set_status(ActionStatus.IN_PROGRESS.value))
        self.done_button.clicked.connect(lambda: self.set_status(ActionStatus.DONE.value))
        for keys, slot in (("Return", self.open_selected), ("Enter", self.open_selected)):
            action = QAction(self.table)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.table.addAction(action)
        find = QAction(self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        self.addAction(find)
        self._fill_organizations()
        self._update_count()

    def title(self) -> str:
        return self.tr("Action items")

    def _date(self, value: Any) -> str:
        text = self._dates.get(value)
        if text is None:
            if len(self._dates) > 5000:
                self._dates.clear()
            text = self._dates[value] = fmt_date(value)
        return text

    def _status_text(self, row: ActionRow) -> str:
        status = self._labels.get(row.status) or label(row.status)
        return self.tr("%1 — overdue").replace("%1", status) if row.overdue else status

    def _meeting_text(self, row: ActionRow) -> str:
        text = f"{row.meeting_reference} ({self._date(row.meeting_starts_at)})"
        if not row.decision_number:
            return text
        return self.tr("%1, decision %2").replace("%1", text).replace("%2", str(row.decision_number))

    # -- data ---------------------------------------------------------------------
    def _count(self) -> int:
        return action_items.count_action_items(self.context.db, self.query)

    def _fetch(self, offset: int, limit: int) -> list[ActionRow]:
        return action_items.list_action_items(self.context.db, self.query, offset, limit)

    def _sort(self, key: str, descending: bool) -> None:
        if (key, descending) == (self.query.sort, self.query.descending):
            return  # the header restored or switched on sorting: the rows are already in this order
        self.query = ActionQuery(**{**self.query.__dict__, "sort": key, "descending": descending})
        self.model.reload()

    def _organization_typed(self) -> None:
        text = self.organization.currentText().strip()
        index = self.organization.findText(text, Qt.MatchFlag.MatchFixedString)
        self.organization.setCurrentIndex(index if index >= 0 and text else 0)
        self.apply_filters()

    def apply_filters(self) -> None:
        self._debounce.stop()
        self.query = ActionQuery(search=self.search.text(), state=self.state.currentData(),
                                 organization_id=self.organization.currentData(), sort=self.query.sort,
                                 descending=self.query.descending, today=date.today())
        self.model.reload()
        self._update_count()

    def _fill_organizations(self) -> None:
        current = self.organization.currentData()
        blocker = self.organization.blockSignals(True)
        try:
            self.organization.clear()
            self.organization.addItem(self.tr("All organizations"), None)
            for org_id, name in action_items.responsible_organizations(self.context.db):
                self.organization.addItem(name, org_id)
            self.organization.setCurrentIndex(max(0, self.organization.findData(current)))
        finally:
            self.organization.blockSignals(blocker)

    def _update_count(self) -> None:
        if self._counts is None:  # the totals do not depend on the filters: read again on refresh only
            self._counts = action_items.action_counts(self.context.db)
        counts = self._counts
        self.count_label.setText(self.tr("%n shown · %2 open, %3 overdue", "", self.model.rowCount())
                                 .replace("%2", fmt_int(counts["open"])).replace("%3", fmt_int(counts["overdue"])))

    def refresh(self) -> None:
        self._counts = None
        self._fill_organizations()
        selected = self.selected_row()
        self.apply_filters()
        if selected is not None:
            row = self.model.find_row(selected.id)
            if row is not None:
                self.table.selectRow(row)

    # -- actions ------------------------------------------------------------------
    def selected_row(self) -> ActionRow | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def open_selected(self) -> Any:
        row = self.selected_row()
        if row is None:
            return None
        return open_meeting_editor(self.context, row.meeting_id, self.window(), action_id=row.id)

    def set_status(self, status: str) -> None:
        row = self.selected_row()
        if row is None:
            return
        if row.status == status:
            return
        db, before = self.context.db, row.status

        def refused(error: BaseException) -> None:
            report_refusal(self, error)
            self.refresh()

        def done(_action: object) -> None:
            self.undo_bar.offer(self.tr("“%1” marked %2.").replace("%1", _short(row.text))
                                .replace("%2", self._labels.get(status, status)),
                                lambda: self._set_status_of(row.id, before), lambda: self._set_status_of(row.id, status))

        CollectionOp(self, lambda: meetings.update_action_item(db, row.id, expected_version=row.version, status=status)) \
            .success(done).failure(refused).run_in_background()

    def _set_status_of(self, action_id: int, status: str) -> bool:
        if call_service(self, meetings.update_action_item, self.context.db, action_id, status=status) is FAILED:
            return False
        return True

    # -- layout memory ------------------------------------------------------------
    def _restore_header(self) -> bool:
        """Put back the kept column layout and sort; False if none was kept."""
        state = ACTION_ITEMS_HEADER.get(self.context.settings)
        header = self.table.horizontalHeader()
        if not state.isEmpty() and header.restoreState(state):
            section = header.sortIndicatorSection()
            if 0 <= section < len(self.model.columns) and self.model.columns[section].sort_key:
                self.query = ActionQuery(sort=self.model.columns[section].sort_key,
                                         descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
            return True
        header.setSortIndicator(self.model.column_of("due_date"), Qt.SortOrder.AscendingOrder)
        return False

    def save_layout(self, settings: QSettings) -> None:
        ACTION_ITEMS_HEADER.set(settings, self.table.horizontalHeader().saveState())

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt naming
        self.save_layout(self.context.settings)
        super().hideEvent(event)
