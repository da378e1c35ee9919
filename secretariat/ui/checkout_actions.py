"""File → Check out a meeting to this computer… / Check in a checked-out copy…

Check-out writes the meeting into a new local file (and offers to open it, to work with
no network); check-in, from the database the copy came from, shows what the copy changed
and asks, record by record in the side-by-side conflict dialog, which version to keep of
what both sides changed. Cancelling any of those choices writes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from ..services import checkin as checkin_service
from ..services import checkout as checkout_service
from ..services.meetings import get_meeting
from .conflict import resolve_conflict
from .context import AppContext
from .widgets.messages import FAILED, call_service

class CheckoutActions(QObject):
    def __init__(self, window: Any, context: AppContext) -> None:
        super().__init__(window)
        self.window, self.context = window, context
        self.checkout_action = QAction(self.tr("Check &out a meeting to this computer…"), window)
        self.checkout_action.setToolTip(self.tr("Copy a meeting to a local file to work on it with no network"))
        self.checkout_action.triggered.connect(lambda: self.choose_and_check_out())
        self.checkin_action = QAction(self.tr("Check &in a checked-out copy…"), window)
        self.checkin_action.setToolTip(self.tr("Bring the changes made in a checked-out copy back"))
        self.checkin_action.triggered.connect(lambda: self.check_in())

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addAction(self.checkout_action)
        menu.addAction(self.checkin_action)

    # -- check-out ----------------------------------------------------------------------
    def choose_and_check_out(self) -> None:
        """Pick the meeting (the one selected in the meetings list first), then check it out."""
        from .dialogs.meeting_picker import pick_meeting

        current = ""
        page = getattr(self.window, "pages", {}).get("meetings")
        selected = page.selected_id() if page is not None and hasattr(page, "selected_id") else None
        if selected is not None:
            meeting = call_service(self.window, get_meeting, self.context.db, selected)
            current = meeting.reference if meeting is not FAILED else ""
        pick_meeting(self.window, self.context.db, current, lambda meeting_id, _ref: self.check_out(meeting_id),
                     title=self.tr("Check out a meeting"), ok_text=self.tr("Check &out…"))

    def check_out(self, meeting_id: int, path: str | Path | None = None,
                  open_now: bool | None = None) -> Path | None:
        """Check *meeting_id* out to *path* (asked when not given); the file written, or None."""
        db = self.context.db
        if path is None:
            meeting = call_service(self.window, get_meeting, db, meeting_id)
            if meeting is FAILED:
                return None
            start = str((db.path.parent if db.path else Path.home()) / f"meeting-{meeting.year}-{meeting.number}.sqlite")
            path, _filter = QFileDialog.getSaveFileName(self.window, self.tr("Check out to"), start, self.tr("Secretariat database (*.sqlite *.db);;All files (*)"))
            if not path:
                return None
        result = call_service(self.window, checkout_service.checkout, db, meeting_id, Path(path))
        if result is FAILED:
            return None
        if open_now is None:
            answer = QMessageBox.question(
                self.window, self.tr("Checked out"),
                self.tr("Meeting %1 is checked out to %2. Everyone else sees it as checked out until you check "
                        "it in.\n\nOpen the copy now, to work on it with no network?")
                .replace("%1", result.reference).replace("%2", str(result.path)))
            open_now = answer == QMessageBox.StandardButton.Yes
        if open_now:
            self.window.open_database_file(str(result.path))
        return result.path

    # -- check-in -----------------------------------------------------------------------
    def check_in(self, path: str | Path | None = None) -> bool:
        """Check the copy at *path* (asked when not given) back in; True when it was."""
        db = self.context.db
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(self.window, self.tr("Check in"), "", self.tr("Secretariat database (*.sqlite *.db);;All files (*)"))
            if not path:
                return False
        plan = call_service(self.window, checkin_service.plan_checkin, db, Path(path))
        if plan is FAILED:
            return False
        choices: dict[str, str] = {}
        for conflict in plan.conflicts:
            choice = resolve_conflict(self.window, conflict.what, conflict.mine, conflict.theirs)
            if choice == "cancel":
                QMessageBox.information(self.window, self.tr("Check in"),
                                        self.tr("Nothing was checked in; the meeting stays checked out."))
                return False
            choices[conflict.key] = choice
        done = call_service(self.window, checkin_service.checkin, db, Path(path), choices)
        if done is FAILED:
            return False
        lines = done.plan.summary()
        QMessageBox.information(
            self.window, self.tr("Checked in"),
            self.tr("Meeting %1 is checked in and no longer checked out.").replace("%1", done.plan.reference)
            + ("\n\n" + "\n".join(lines) if lines else ""))
        return True
