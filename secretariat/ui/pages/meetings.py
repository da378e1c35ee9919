"""Meetings: the list of all meetings, filtered and searched as you type; opens the editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...db import Database
from ...models import MeetingKind, MeetingStatus
from ...services import meetings
from ...services.errors import NotFoundError
from ...services.meetings import MeetingQuery, MeetingRow
from ..core.context import AppContext
from ..core.formatting import fmt_datetime
from ..core.labels import label
from ..core.lazy_model import Column
from ..meeting_editor import close_all, open_meeting_editor
from ..meeting_editor.new_meeting_dialog import NewMeetingDialog
from ..widgets.messages import FAILED, call_service, confirm
from ..widgets.sortable_model import SortableLazyModel
from ..widgets.undo_bar import UndoBar
from ..core.ops import CollectionOp
from ..core.view_tools import fit_columns
from .base import Page
from ..core.settings import MEETINGS_HEADER

SEARCH_DELAY_MS = 150


class MeetingsPage(Page):
    areas = frozenset({"meetings"})
    FILTERS = {"search": "search", "year": "year", "kind": "kind", "status": "status"}

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.query = MeetingQuery()
        self.new_dialog: NewMeetingDialog | None = None
        # Painting asks for every visible cell again and again: format each value once.
        self._labels = {v: label(v) for v in [*(k.value for k in MeetingKind), *(s.value for s in MeetingStatus)]}
        self._dates: dict[Any, str] = {}
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Meetings"))
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)

        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New meeting…"))
        self.new_button.setToolTip(self.tr("Ctrl+N"))
        self.like_last_button = QPushButton(self.tr("Same as &last meeting…"))
        self.like_last_button.setToolTip(self.tr("A new meeting with the attendance and standing agenda of the "
                                                 "latest one (Ctrl+Shift+N)"))
        self.duplicate_button = QPushButton(self.tr("D&uplicate…"))
        self.duplicate_button.setToolTip(self.tr("A new meeting like the selected one (Ctrl+D)"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Enter or double-click"))
        self.print_button = QPushButton(self.tr("&Print minutes…"))
        self.print_button.setToolTip(self.tr("Preview and print the minutes of the selected meeting (Ctrl+P)"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setToolTip(self.tr("Delete"))
        for button in (self.new_button, self.like_last_button, self.duplicate_button, self.open_button,
                       self.print_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.delete_button)
        layout.addLayout(actions)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles and minutes, in any language (Ctrl+F)…"))
        self.search.setClearButtonEnabled(True)
        self.year = QComboBox()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in MeetingKind:
            self.kind.addItem(label(kind.value), kind.value)
        self.status = QComboBox()
        self.status.addItem(self.tr("Any status"), None)
        for status in MeetingStatus:
            self.status.addItem(label(status.value), status.value)
        self.count_label = QLabel()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.year)
        filters.addWidget(self.kind)
        filters.addWidget(self.status)
        filters.addWidget(self.count_label)
        layout.addLayout(filters)
        self.undo_bar = UndoBar(self, history=context.undo)
        layout.addWidget(self.undo_bar)
        self.drafts_bar = QPushButton()
        self.drafts_bar.setObjectName("draftsBar")
        self.drafts_bar.setStyleSheet("QPushButton#draftsBar { background: #cff4fc; text-align: left; "
                                      "padding: 6px; border-radius: 4px; }")
        self.drafts_bar.hide()
        layout.addWidget(self.drafts_bar)

        self.model: SortableLazyModel[MeetingRow] = SortableLazyModel(
            [Column("number", self.tr("No."), lambda r: f"{r.year}/{r.number}" if r.number else "", "number"),
             Column("starts_at", self.tr("Date"), lambda r: self._date(r.starts_at), "starts_at"),
             Column("kind", self.tr("Kind"), lambda r: self._label(r.kind), "kind"),
             Column("title", self.tr("Title"), lambda r: r.title, "title", tooltip=lambda r: r.title),
             Column("venue", self.tr("Venue"), lambda r: r.venue, "venue"),
             Column("status", self.tr("Status"), self._status, "status", tooltip=self._status)],
            count=self._count, fetch=self._fetch, row_id=lambda r: r.id, on_sort=self._sort, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        header.setSectionsMovable(True)
        for column, width in enumerate((80, 140, 160, 520, 220, 130)):
            self.table.setColumnWidth(column, width)
        kept = self._restore_header()
        self.table.setSortingEnabled(True)
        fit_columns(self.table, 3, kept=kept)
        layout.addWidget(self.table, 1)

        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.apply_filters)
        for combo in (self.year, self.kind, self.status):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filters())
        self.table.doubleClicked.connect(lambda index: self.open_row(index.row()))
        self.new_button.clicked.connect(lambda: self.new_meeting())
        self.like_last_button.clicked.connect(self.new_like_last)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.drafts_bar.clicked.connect(self.open_drafts)
        self._shortcuts()
        self._fill_years()
        self._update_count()
        self._update_drafts_bar()

    def title(self) -> str:
        return self.tr("Meetings")

    def export_to_excel(self, path: Any = None) -> Any:
        """The meetings shown (filters and sort as on screen) to an .xlsx file (Ctrl+E)."""
        from ..core.export_action import export_model

        return export_model(self, self.model, self.tr("Meetings"), path=path)

    def print_selected(self) -> None:
        from ..reports.minutes_pdf_action import preview_minutes

        meeting_id = self.selected_id()
        if meeting_id is not None:
            preview_minutes(self, self.context, meeting_id)

    def _shortcuts(self) -> None:
        def add(keys: QKeySequence | str, slot: Any, widget: QWidget | None = None) -> None:
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            (widget or self).addAction(action)

        add(QKeySequence.StandardKey.New, lambda: self.new_meeting())
        add("Ctrl+Shift+N", self.new_like_last)
        add("Ctrl+D", self.duplicate_selected)
        add(QKeySequence.StandardKey.Print, self.print_selected)
        add(QKeySequence.StandardKey.Find, self._focus_search)
        add("Ctrl+E", lambda: self.export_to_excel())
        add(QKeySequence.StandardKey.Delete, self.delete_selected, self.table)
        add("Return", self.open_selected, self.table)
        add("Enter", self.open_selected, self.table)
        add(QKeySequence.StandardKey.Undo, self.undo_bar.undo, self.table)

    def _status(self, row: MeetingRow) -> str:
        if row.checked_out_to is None:
            return self._label(row.status)
        return self.tr("%1 · checked out to %2").replace("%1", self._label(row.status)) \
            .replace("%2", row.checked_out_to)

    def _label(self, value: str) -> str:
        return self._labels.get(value) or label(value)

    def _date(self, value: Any) -> str:
        text = self._dates.get(value)
        if text is None:
            if len(self._dates) > 5000:
                self._dates.clear()
            text = self._dates[value] = fmt_datetime(value)
        return text

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- data ---------------------------------------------------------------------
    def _count(self) -> int:
        return meetings.count_meetings(self.context.db, self.query)

    def _fetch(self, offset: int, limit: int) -> list[MeetingRow]:
        return meetings.list_meetings(self.context.db, self.query, offset, limit)

    def _sort(self, key: str, descending: bool) -> None:
        if (key, descending) == (self.query.sort, self.query.descending):
            return  # the header restored or switched on sorting: the rows are already in this order
        self.query = MeetingQuery(**{**self.query.__dict__, "sort": key, "descending": descending})
        self.model.reload()

    def apply_filters(self) -> None:
        self._debounce.stop()
        self.query = MeetingQuery(search=self.search.text(), year=self.year.currentData(),
                                  kind=self.kind.currentData(), status=self.status.currentData(),
                                  sort=self.query.sort, descending=self.query.descending)
        selected = self.selected_id()
        self.model.reload()
        self._update_count()
        self.select(selected)

    def _fill_years(self) -> None:
        current = self.year.currentData()
        blocker = self.year.blockSignals(True)
        try:
            self.year.clear()
            self.year.addItem(self.tr("All years"), None)
            for year in meetings.meeting_years(self.context.db):
                self.year.addItem(str(year), year)
            self.year.setCurrentIndex(max(0, self.year.findData(current)))
        finally:
            self.year.blockSignals(blocker)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("%n meetings", "", self.model.rowCount()))

    def _update_drafts_bar(self) -> None:
        pending = meetings.meetings_with_drafts(self.context.db)
        self.drafts_bar.setVisible(bool(pending))
        if pending:
            names = ", ".join(p.reference for p in pending[:5])
            self.drafts_bar.setText(self.tr("✎ Unsaved minutes from an earlier session in %n meetings: %1. "
                                            "Click to open them and check the text.", "", len(pending))
                                    .replace("%1", names))

    def refresh(self) -> None:
        self._fill_years()
        self.apply_filters()
        self._update_drafts_bar()

    # -- selection ------------------------------------------------------------------
    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def select(self, meeting_id: int | None) -> None:
        if meeting_id is None:
            return
        row = self.model.find_row(meeting_id)
        if row is not None:
            self.table.selectRow(row)

    def open_row(self, row: int) -> None:
        meeting_id = self.model.row_id(row)
        if meeting_id is not None:
            self.open_meeting(meeting_id)

    def open_selected(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is not None:
            self.open_meeting(meeting_id)

    def open_meeting(self, meeting_id: int, **kwargs: Any) -> Any:
        try:
            return open_meeting_editor(self.context, meeting_id, self.window(), **kwargs)
        except NotFoundError as error:
            QMessageBox.warning(self, self.tr("Meeting not found"), str(error))
            self.refresh()
            return None

    def open_drafts(self) -> None:
        for pending in meetings.meetings_with_drafts(self.context.db):
            self.open_meeting(pending.meeting_id)

    # -- creating ----------------------------------------------------------------------
    def new_meeting(self, source_id: int | None = None) -> NewMeetingDialog:
        dialog = NewMeetingDialog(self.context.db, self, source_id)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._create(dialog))
        self.new_dialog = dialog
        dialog.open()
        return dialog

    def new_like_last(self) -> None:
        latest = meetings.latest_meeting_id(self.context.db)
        self.new_meeting(latest)

    def duplicate_selected(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is None:
            self.new_like_last()
        else:
            self.new_meeting(meeting_id)

    def _create(self, dialog: NewMeetingDialog) -> None:
        value = dialog.value()
        db = self.context.db
        if value.source_id is not None:
            meeting = call_service(self, meetings.duplicate_meeting, db, value.source_id, value.starts_at,
                                   title=value.title, kind=value.kind, venue=value.venue)
        else:
            meeting = call_service(self, meetings.create_meeting, db, value.starts_at, value.title,
                                   kind=value.kind, venue=value.venue)
        if meeting is FAILED:
            return
        self.select(meeting.id)
        self.open_meeting(meeting.id)

    # -- deleting ------------------------------------------------------------------------
    def delete_selected(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is None:
            return
        try:
            meeting = meetings.get_meeting(self.context.db, meeting_id)
        except NotFoundError:
            self.refresh()
            return
        if meeting.is_locked:
            QMessageBox.information(self, self.tr("Approved minutes"), self.tr(
                "The minutes of meeting %1 are approved: it cannot be deleted. Open it and reopen the "
                "minutes first if it really has to go.").replace("%1", meeting.reference))
            return
        what = self.tr("%n agenda items", "", len(meeting.agenda_items)) + ", " + \
            self.tr("%n decisions", "", len(meeting.decisions)) + ", " + \
            self.tr("%n action items", "", len(meeting.action_items))
        if not confirm(self, self.tr("Delete meeting"),
                       self.tr("Delete meeting %1, “%2”, with its %3?").replace("%1", meeting.reference)
                       .replace("%2", meeting.title).replace("%3", what), self.tr("Delete")):
            return
        from ..meeting_editor import find_editor

        editor = find_editor(self.context, meeting_id)
        if editor is not None:
            editor.close_without_asking()
        reference = meeting.reference

        def deleted(snapshot: Any) -> None:
            state = {"snapshot": snapshot, "id": meeting_id}
            self.undo_bar.offer(self.tr("Meeting %1 deleted.").replace("%1", reference),
                                lambda: self._restore(state), lambda: self._delete_again(state))

        db = self.context.db
        CollectionOp(self, lambda: _snapshot_and_delete(db, meeting_id)).success(deleted).run_in_background()

    def _restore(self, state: dict[str, Any]) -> bool:
        meeting = call_service(self, meetings.restore_meeting, self.context.db, state["snapshot"])
        if meeting is FAILED:
            return False
        state["id"] = meeting.id
        self.select(meeting.id)
        return True

    def _delete_again(self, state: dict[str, Any]) -> bool:
        snapshot = call_service(self, _snapshot_and_delete, self.context.db, state["id"])
        if snapshot is FAILED:
            return False
        state["snapshot"] = snapshot
        return True

    # -- main window hooks -----------------------------------------------------------------
    def _restore_header(self) -> bool:
        """Put back the kept column layout and sort; False if none was kept."""
        state = MEETINGS_HEADER.get(self.context.settings)
        header = self.table.horizontalHeader()
        if not state.isEmpty() and header.restoreState(state):
            key = self.model.columns[header.sortIndicatorSection()].sort_key \
                if 0 <= header.sortIndicatorSection() < len(self.model.columns) else None
            descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
            if key:
                self.query = MeetingQuery(sort=key, descending=descending)
            return True
        header.setSortIndicator(self.model.column_of("starts_at"), Qt.SortOrder.DescendingOrder)
        return False

    def save_layout(self, settings: QSettings) -> None:
        MEETINGS_HEADER.set(settings, self.table.horizontalHeader().saveState())

    def can_close(self) -> bool:
        return close_all(self.context)

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt naming
        self.save_layout(self.context.settings)
        super().hideEvent(event)


def _snapshot_and_delete(db: Database, meeting_id: int) -> Any:
    """What undo needs to bring the meeting back, then the delete: one step for the writer."""
    snapshot = meetings.meeting_snapshot(db, meeting_id)
    meetings.delete_meeting(db, meeting_id)
    return snapshot
