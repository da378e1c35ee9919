"""The meeting editor: one window per meeting, with tabs for each part of the record.

What is typed in the details form and in the minutes stays in the window until
Ctrl+S (kept as drafts meanwhile); attendance, agenda, decisions and actions are
saved as soon as they are entered. Approved minutes open read-only.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...models import MeetingStatus
from ...services import drafts, meetings, minutes_revisions
from ...services.drafts import DraftRow
from ...services.errors import NotFoundError
from ...services.meetings import DRAFT_AGENDA_ITEM, DRAFT_MEETING
from ..core.context import AppContext
from ..core.formatting import fmt_datetime
from ..core.settings import EDITOR_GEOMETRY, EDITOR_TAB
from ..widgets.messages import FAILED, call_service, confirm
from .actions_tab import ActionsTab
from .agenda_tab import AgendaTab
from .attendance_tab import AttendanceTab
from .autosave import DraftKeeper
from .checkout_bar import CheckoutBar
from .details_tab import DRAFT_FIELD, DetailsTab
from .history_tab import HistoryTab
from .minutes_lifecycle import add_minutes_actions
from .minutes_tab import MinutesTab
from .status_header import StatusHeader

TABS = ("details", "attendance", "agenda", "minutes", "actions", "history")


def _local(value: datetime) -> datetime:
    return value.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)


class RecoveryBar(QFrame):
    """Says that text from an earlier session was put back, and offers to drop it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryBar")
        self.setStyleSheet("QFrame#recoveryBar { background: #cff4fc; border-radius: 4px; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.discard_button = QPushButton(self.tr("Discard the recovered text"))
        self.dismiss_button = QPushButton(self.tr("Keep it"))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.discard_button)
        layout.addWidget(self.dismiss_button)
        self.dismiss_button.clicked.connect(self.hide)
        self.hide()


READ_ONLY_STYLE = ("QTextEdit[readOnly=\"true\"], QPlainTextEdit[readOnly=\"true\"], "
                   "QLineEdit[readOnly=\"true\"] { background: palette(window); }")


class MeetingEditor(QMainWindow):
    closed = Signal()

    def __init__(self, context: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context = context
        self.db = context.db  # this editor's database, even if the application opens another
        self.meeting_id = meeting_id
        self.meeting = meetings.get_meeting(self.db, meeting_id)
        self._refresh_soon = QTimer(self, singleShot=True, interval=0)
        self._refresh_soon.timeout.connect(self.refresh)
        self._closing_without_asking = False
        self._recovered: list[tuple[str, int, str]] = []
        self.keeper = DraftKeeper(self.db, self)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        self.header = StatusHeader(self)
        self.recovery_bar = RecoveryBar(self)
        self.checkout_bar = CheckoutBar(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.details = DetailsTab(self)
        self.attendance = AttendanceTab(self)
        self.agenda = AgendaTab(self)
        self.minutes = MinutesTab(self)
        self.actions = ActionsTab(self)
        self.history = HistoryTab(self)
        self.tabs.addTab(self.details, self.tr("&1 Details"))
        self.tabs.addTab(self.attendance, self.tr("&2 Attendance"))
        self.tabs.addTab(self.agenda, self.tr("&3 Agenda"))
        self.tabs.addTab(self.minutes, self.tr("&4 Minutes"))
        self.tabs.addTab(self.actions, self.tr("&5 Action items"))
        self.tabs.addTab(self.history, self.tr("&6 History"))
        layout.addWidget(self.header)
        layout.addWidget(self.recovery_bar)
        layout.addWidget(self.checkout_bar)
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        self._build_menu()

        self.keeper.watch((DRAFT_MEETING, meeting_id, DRAFT_FIELD), self.details.draft, self.details.is_dirty,
                          self.details.edited, self.details.focus_lost)
        self.keeper.kept.connect(lambda at: self.statusBar().showMessage(
            self.tr("Unsaved text kept safe at %1 (Ctrl+S saves it)").replace("%1", at.strftime("%H:%M:%S")), 8000))
        self.keeper.failed.connect(lambda message: self.statusBar().showMessage(
            self.tr("Could not keep a draft: %1").replace("%1", message), 10000))
        self.details.edited.connect(self.update_modified)
        self.recovery_bar.discard_button.clicked.connect(self.discard_recovered)
        context.data_changed.connect(self._on_data_changed)
        context.database_replaced.connect(self._on_database_replaced)

        self.load(self.meeting)
        self._restore_layout()
        self.recover_drafts()

    # -- menu -------------------------------------------------------------------
    def _build_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Meeting"))
        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        revert = QAction(self.tr("&Revert unsaved changes…"), self)
        revert.triggered.connect(self.revert)
        close = QAction(self.tr("&Close"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        self.print_action = QAction(self.tr("&Print minutes…"), self)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.triggered.connect(self.print_minutes)
        for action in (self.save_action, revert):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.print_action)
        add_minutes_actions(self, menu)
        menu.addSeparator()
        menu.addAction(close)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        for action in self.context.undo.actions(self):
            edit.addAction(action)
        view = self.menuBar().addMenu(self.tr("&View"))
        for index, key in enumerate(TABS):
            action = QAction(self.tabs.tabText(index).replace("&", ""), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _c=False, k=key: self.show_tab(k))
            view.addAction(action)

    def print_minutes(self) -> None:
        """Preview the minutes as printed; unsaved text is saved first so the page shows it."""
        from ..reports.minutes_pdf_action import preview_minutes

        if self.is_dirty() and not self.save():
            return
        preview_minutes(self, self.context, self.meeting.id)

    def show_tab(self, key: str) -> None:
        self.tabs.setCurrentIndex(TABS.index(key))

    # -- loading ----------------------------------------------------------------
    def load(self, meeting: Any) -> None:
        focused = QApplication.focusWidget()
        self.meeting = meeting
        self.header.load(meeting)
        self.checkout_bar.load(self.db, meeting.id)
        for tab in (self.details, self.attendance, self.agenda, self.minutes, self.actions, self.history):
            tab.load(meeting)
        self.set_read_only(meeting.is_locked)
        self.update_modified()
        # A reload after a save on focus-out must leave the focus where the user put it.
        if focused is not None and self.isAncestorOf(focused) and QApplication.focusWidget() is not focused \
                and focused.isVisible() and focused.isEnabled():
            focused.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self) -> bool:
        try:
            meeting = meetings.get_meeting(self.db, self.meeting_id)
        except NotFoundError:
            self.statusBar().showMessage(self.tr("This meeting was deleted."))
            self._closing_without_asking = True
            self.keeper.enabled = False
            self.close()
            return False
        self.load(meeting)
        return True

    def after_change(self) -> None:
        """A tab changed the record through a service: show it (the other views refresh from the
        tables the write changed)."""
        self._refresh_soon.stop()
        self.refresh()

    def _on_data_changed(self, areas: set[str]) -> None:
        if not areas & {"all", "meetings", "action_items"}:
            return
        if self.context.db is self.db:
            self._refresh_soon.start()  # once, after the change that caused it is finished

    def _on_database_replaced(self) -> None:
        """Another database was opened: keep the drafts where they belong and close."""
        self.keeper.flush()
        self._closing_without_asking = True
        self.close()

    def set_read_only(self, read_only: bool) -> None:
        for tab in (self.details, self.attendance, self.agenda, self.minutes, self.actions, self.history):
            tab.set_read_only(read_only)
        self.keeper.enabled = not read_only
        # Approved minutes look read-only: text boxes take the window's grey, not the paper white.
        self.setStyleSheet(READ_ONLY_STYLE)
        for edit in [w for kind in (QTextEdit, QPlainTextEdit, QLineEdit) for w in self.findChildren(kind)]:
            edit.style().unpolish(edit)
            edit.style().polish(edit)

    def update_modified(self) -> None:
        dirty = self.is_dirty()
        title = self.meeting.title or self.tr("(untitled meeting)")
        self.setWindowTitle(self.tr("Meeting %1 — %2").replace("%1", self.meeting.reference)
                            .replace("%2", title) + (" *" if dirty else ""))
        self.saved_label.setText(self.tr("Unsaved changes — Ctrl+S saves") if dirty else self.tr("All changes saved"))

    # -- saving -----------------------------------------------------------------
    def is_dirty(self) -> bool:
        return self.details.is_dirty() or self.minutes.is_dirty()

    def save(self) -> bool:
        """Save the details and the minutes typed; False (and a message) if refused."""
        if self.meeting.is_locked:
            return not self.is_dirty()
        saved_keys: list[tuple[str, int, str]] = []
        if self.details.is_dirty():
            if not self.details.save():
                return False
            saved_keys.append((DRAFT_MEETING, self.meeting_id, DRAFT_FIELD))
        dirty = self.minutes.dirty_items()  # saved together, kept as one revision of the minutes
        if dirty and call_service(self, minutes_revisions.save_minutes, self.db, self.meeting_id, dirty) is FAILED:
            self.keeper.forget(saved_keys)
            self.after_change()
            return False
        for item_id, values in dirty.items():
            self.minutes.mark_saved(item_id, values)
            saved_keys += [(DRAFT_AGENDA_ITEM, item_id, field) for field in values]
        self.keeper.forget(saved_keys + self._recovered)
        self._recovered = []
        self.recovery_bar.hide()
        if saved_keys:
            self.after_change()
            self.statusBar().showMessage(self.tr("Saved."), 4000)
        self.update_modified()
        return True

    def revert(self) -> None:
        if not self.is_dirty():
            return
        if not confirm(self, self.tr("Revert"), self.tr("Drop the changes typed since the last save?"),
                       self.tr("Drop my changes")):
            return
        self.keeper.forget_all()
        keys = [(DRAFT_AGENDA_ITEM, item_id, f) for item_id in self.minutes.panes for f in ("heard", "spoke")]
        self.minutes.revert(keys)
        self.details.revert()
        self.update_modified()

    def forget_item(self, item_id: int) -> None:
        """An agenda item was deleted: its pane and drafts go with it."""
        self.minutes.drop_pane(item_id)
        self._recovered = [k for k in self._recovered if not (k[0] == DRAFT_AGENDA_ITEM and k[1] == item_id)]

    # -- status -----------------------------------------------------------------
    def change_status(self, status: str) -> None:
        if self.is_dirty() and not self.save():
            return
        if status == MeetingStatus.MINUTES_APPROVED.value and not confirm(
                self, self.tr("Approve the minutes"),
                self.tr("Approve the minutes of meeting %1? They will be locked against changes; reopening "
                        "them later is recorded in the history.").replace("%1", self.meeting.reference),
                self.tr("Approve and lock")):
            return
        if call_service(self, meetings.set_status, self.db, self.meeting_id, status,
                        expected_version=self.meeting.version) is FAILED:
            self.refresh()
            return
        self.after_change()

    def reopen(self) -> None:
        reason, ok = QInputDialog.getText(
            self, self.tr("Reopen the approved minutes"),
            self.tr("Why are the approved minutes of meeting %1 reopened? (recorded in the history)")
            .replace("%1", self.meeting.reference))
        if not ok:
            return
        if call_service(self, meetings.reopen_minutes, self.db, self.meeting_id, reason) is FAILED:
            return
        self.after_change()
        self.statusBar().showMessage(self.tr("The minutes are reopened; approve them again when done."), 8000)

    # -- drafts from an earlier session ------------------------------------------
    def recover_drafts(self) -> None:
        """Put back text typed in an earlier session and never saved."""
        item_ids = [item.id for item in self.meeting.agenda_items]
        found: list[DraftRow] = drafts.drafts_for(self.db, DRAFT_AGENDA_ITEM, item_ids)
        found += drafts.drafts_for(self.db, DRAFT_MEETING, [self.meeting_id])
        if not found:
            return
        latest = _local(max(d.saved_at for d in found))
        self._recovered = [d.key for d in found]
        self.keeper.adopt(self._recovered)
        if self.meeting.is_locked:
            self.recovery_bar.label.setText(self.tr(
                "Text typed on %1 was never saved, but these minutes are now approved and locked. Reopen "
                "the minutes to use it, or discard it.").replace("%1", fmt_datetime(latest)))
            self.recovery_bar.dismiss_button.setText(self.tr("Later"))
            self.recovery_bar.show()
            return
        first_item = None
        for draft in found:
            if draft.entity == DRAFT_MEETING:
                self.details.apply_draft(draft.content)
            elif self.minutes.apply_draft(draft.entity_id, draft.field, draft.content) and first_item is None:
                first_item = draft.entity_id
        if first_item is not None:
            self.minutes.select(first_item)
            self.show_tab("minutes")
        self.recovery_bar.label.setText(self.tr(
            "Text typed on %1 had not been saved when Secretariat closed. It has been put back: check it "
            "and press Ctrl+S to save it.").replace("%1", fmt_datetime(latest)))
        self.recovery_bar.show()
        self.update_modified()

    def discard_recovered(self) -> None:
        keys, self._recovered = self._recovered, []
        self.keeper.forget(keys)
        self.minutes.revert(keys)
        if any(k[0] == DRAFT_MEETING for k in keys):
            self.details.revert()
        self.recovery_bar.hide()
        self.update_modified()

    # -- closing ----------------------------------------------------------------
    def close_without_asking(self) -> None:
        """Close even with unsaved text (its drafts stay in the database)."""
        self.keeper.flush()
        self._closing_without_asking = True
        self.close()

    def can_close(self) -> bool:
        return self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        if not self._closing_without_asking and self.is_dirty():
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved changes"),
                              self.tr("Save the changes to meeting %1 before closing?")
                              .replace("%1", self.meeting.reference),
                              QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                              | QMessageBox.StandardButton.Cancel, self)
            box.setDefaultButton(QMessageBox.StandardButton.Save)
            answer = box.exec()
            if answer == QMessageBox.StandardButton.Cancel or (
                    answer == QMessageBox.StandardButton.Save and not self.save()):
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Discard:
                self.keeper.forget_all()
        self.keeper.enabled = False
        self.save_layout()
        super().closeEvent(event)
        self.closed.emit()

    # -- layout memory ------------------------------------------------------------
    def save_layout(self) -> None:
        settings = self.context.settings
        EDITOR_GEOMETRY.set(settings, self.saveGeometry())
        EDITOR_TAB.set(settings, self.tabs.currentIndex())
        for tab in (self.attendance, self.agenda, self.minutes, self.actions):
            tab.save_layout(settings)

    def _restore_layout(self) -> None:
        settings = self.context.settings
        geometry = EDITOR_GEOMETRY.get(settings)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 780)
        try:
            index = EDITOR_TAB.get(settings)
        except (TypeError, ValueError):
            index = 0
        self.tabs.setCurrentIndex(index if 0 <= index < self.tabs.count() else 0)
        for tab in (self.attendance, self.agenda, self.minutes, self.actions):
            tab.restore_layout(settings)
