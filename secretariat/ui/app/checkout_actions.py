"""File → Check out a meeting to this computer… / Check in a checked-out copy…

Check-out writes the meeting into a new local file (and offers to open it, to work with
no network); check-in, from the database the copy came from, shows what the copy changed
and asks, record by record in the side-by-side conflict dialog, which version to keep of
what both sides changed. Cancelling any of those choices writes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from ...services import checkin as checkin_service
from ...services import checkout as checkout_service
from ...services.meetings import get_meeting
from ..widgets.conflict import resolve_conflict
from ..core.context import AppContext
from ..core.ops import Cancelled, Operation, Progress
from ..widgets.messages import FAILED, call_service, show_error

class CheckoutActions(QObject):
    def __init__(self, window: Any, context: AppContext) -> None:
        super().__init__(window)
        self.window, self.context = window, context
        self.checkout_action = QAction(self.tr("Chec&k out a meeting to this computer…"), window)
        self.checkout_action.setToolTip(self.tr("Copy a meeting to a local file to work on it with no network"))
        self.checkout_action.triggered.connect(lambda: self.choose_and_check_out())
        self.checkin_action = QAction(self.tr("Check i&n a checked-out copy…"), window)
        self.checkin_action.setToolTip(self.tr("Bring the changes made in a checked-out copy back"))
        self.checkin_action.triggered.connect(lambda: self.check_in())
        self.running: Operation[Any] | None = None
        self.last_copy: Path | None = None
        self.checked_in: bool | None = None

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addAction(self.checkout_action)
        menu.addAction(self.checkin_action)

    # -- check-out ----------------------------------------------------------------------
    def choose_and_check_out(self) -> None:
        """Pick the meeting (the one selected in the meetings list first), then check it out."""
        from ..dialogs.meeting_picker import pick_meeting

        current = ""
        page = getattr(self.window, "pages", {}).get("meetings")
        selected = page.selected_id() if page is not None and hasattr(page, "selected_id") else None
        if selected is not None:
            meeting = call_service(self.window, get_meeting, self.context.db, selected)
            current = meeting.reference if meeting is not FAILED else ""
        pick_meeting(self.window, self.context.db, current, lambda meeting_id, _ref: self.check_out(meeting_id),
                     title=self.tr("Check out a meeting"), ok_text=self.tr("Check &out…"))

    def check_out(self, meeting_id: int, path: str | Path | None = None,
                  open_now: bool | None = None) -> Operation[Any] | None:
        """Check *meeting_id* out to *path* (asked when not given), off the GUI thread.

        When it is written the person is asked whether to open the copy now (*open_now*
        answers for them); ``last_copy`` is the file written.
        """
        db = self.context.db
        if path is None:
            meeting = call_service(self.window, get_meeting, db, meeting_id)
            if meeting is FAILED:
                return None
            start = str((db.path.parent if db.path else Path.home()) / f"meeting-{meeting.year}-{meeting.number}.sqlite")
            path, _filter = QFileDialog.getSaveFileName(self.window, self.tr("Check out to"), start,
                                                        self.tr("Secretariat database (*.sqlite *.db);;All files (*)"))
            if not path:
                return None
        target = Path(path)

        def done(result: checkout_service.CheckoutResult) -> None:
            self.last_copy = result.path
            answer = open_now
            if answer is None:
                answer = QMessageBox.question(
                    self.window, self.tr("Checked out"),
                    self.tr("Meeting %1 is checked out to %2. Everyone else sees it as checked out until you "
                            "check it in.\n\nOpen the copy now, to work on it with no network?")
                    .replace("%1", result.reference).replace("%2", str(result.path))) == QMessageBox.StandardButton.Yes
            if answer:
                self.window.open_database_file(str(result.path))

        return self._run(lambda progress: checkout_service.checkout(db, meeting_id, target, _step(progress)),
                         self.tr("Checking the meeting out…"), done)

    # -- check-in -----------------------------------------------------------------------
    def check_in(self, path: str | Path | None = None) -> Operation[Any] | None:
        """Check the copy at *path* (asked when not given) back in; ``checked_in`` tells how it ended."""
        db = self.context.db
        if path is None:
            path, _filter = QFileDialog.getOpenFileName(self.window, self.tr("Check in"), "",
                                                        self.tr("Secretariat database (*.sqlite *.db);;All files (*)"))
            if not path:
                return None
        source = Path(path)
        self.checked_in = None

        def planned(plan: checkin_service.CheckinPlan) -> None:
            choices: dict[str, str] = {}
            for conflict in plan.conflicts:
                choice = resolve_conflict(self.window, conflict.what, conflict.mine, conflict.theirs)
                if choice == "cancel":
                    self.checked_in = False
                    QMessageBox.information(self.window, self.tr("Check in"),
                                            self.tr("Nothing was checked in; the meeting stays checked out."))
                    return
                choices[conflict.key] = choice
            self._run(lambda progress: checkin_service.checkin(db, source, choices, step=_step(progress)),
                      self.tr("Checking the copy in…"), finished)

        def finished(done: checkin_service.CheckinResult) -> None:
            self.checked_in = True
            lines = done.plan.summary()
            QMessageBox.information(
                self.window, self.tr("Checked in"),
                self.tr("Meeting %1 is checked in and no longer checked out.").replace("%1", done.plan.reference)
                + ("\n\n" + "\n".join(lines) if lines else ""))

        return self._run(lambda progress: checkin_service.plan_checkin(db, source, _step(progress)),
                         self.tr("Comparing the copy with the database…"), planned)

    def _run(self, work: Callable[[Progress], Any], title: str, done: Callable[[Any], None]) -> Operation[Any]:
        def failed(error: BaseException) -> None:
            if getattr(self, "checked_in", None) is None:
                self.checked_in = False
            if not isinstance(error, Cancelled):
                show_error(self.window, error)

        self.running = Operation(self.window, work, title=title, on_done=done, on_error=failed)
        return self.running.start()


def _step(progress: Progress) -> Callable[[str], None]:
    """A service's steps shown in the progress dialog; Cancel stops at the next one (nothing written)."""

    def step(label: str) -> None:
        progress.check()
        progress.update(0, 0, label)

    return step
