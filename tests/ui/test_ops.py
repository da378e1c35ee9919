"""The one path from a widget to a service: writes by one writer, reads on a pool, errors in words."""

from __future__ import annotations

import threading
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from secretariat.services import directory, meetings
from secretariat.services.errors import ValidationError
from secretariat.ui.core.ops import CollectionOp, QueryOp, on_writer
from secretariat.ui.widgets.messages import FAILED, call_service


def _message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def test_a_write_runs_on_the_writer_and_its_result_comes_back_on_the_gui_thread(qtbot, context):
    seen: dict[str, object] = {}

    def work():
        seen["thread"], seen["writer"] = threading.current_thread(), on_writer()
        return meetings.create_meeting(context.db, datetime(2024, 5, 6, 10), "Ýygnak")

    def done(meeting):
        seen["result_thread"], seen["meeting"] = threading.current_thread(), meeting

    CollectionOp(None, work).success(done).run_in_background()
    qtbot.waitUntil(lambda: "meeting" in seen)
    assert seen["thread"] is not threading.main_thread() and seen["writer"] is True
    assert seen["result_thread"] is threading.main_thread()
    assert meetings.get_meeting(context.db, seen["meeting"].id).title == "Ýygnak"


def test_two_writes_never_overlap_and_run_in_the_order_asked(qtbot, context):
    running, order, overlaps = [0], [], []
    release = threading.Event()
    lock = threading.Lock()

    def work(n: int):
        with lock:
            running[0] += 1
            if running[0] > 1:
                overlaps.append(n)
        if n == 0:
            release.wait(5)  # the first write is slow: the others wait behind it
        directory.create_organization(context.db, f"Ministry {n}")
        with lock:
            order.append(n)
            running[0] -= 1

    for n in range(5):
        CollectionOp(None, lambda n=n: work(n)).run_in_background()
    qtbot.wait(50)
    assert order == []
    release.set()
    qtbot.waitUntil(lambda: len(order) == 5)
    assert order == [0, 1, 2, 3, 4] and overlaps == []


def test_a_read_runs_on_a_pool_thread(qtbot, context):
    found: list[object] = []
    threads: list[threading.Thread] = []

    def read():
        threads.append(threading.current_thread())
        return meetings.list_meetings(context.db)

    QueryOp(None, read).success(found.append).run_in_background()
    qtbot.waitUntil(lambda: bool(found))
    assert found == [[]] and threads[0] is not threading.main_thread()


def test_a_refusal_becomes_a_message_in_words(qtbot, context):
    parent = QWidget()
    qtbot.addWidget(parent)

    def refused():
        raise ValidationError("The title is missing.")

    CollectionOp(parent, refused).run_in_background()
    qtbot.waitUntil(lambda: bool(parent.findChildren(QMessageBox)))
    box = parent.findChildren(QMessageBox)[0]
    assert box.text() == "The title is missing." and box.windowTitle() == "Please check the input"
    box.close()


def test_a_failure_callback_replaces_the_message(qtbot, context):
    parent = QWidget()
    qtbot.addWidget(parent)
    errors: list[BaseException] = []

    def refused():
        raise ValidationError("No.")

    CollectionOp(parent, refused).failure(errors.append).run_in_background()
    qtbot.waitUntil(lambda: bool(errors))
    assert str(errors[0]) == "No." and not parent.findChildren(QMessageBox)


def test_buttons_are_disabled_while_the_write_runs(qtbot, context):
    parent = QWidget()
    qtbot.addWidget(parent)
    button = QPushButton("OK", parent)
    release = threading.Event()
    done: list[object] = []
    CollectionOp(parent, lambda: release.wait(5)).disabling(button).success(done.append).run_in_background()
    assert not button.isEnabled()
    release.set()
    qtbot.waitUntil(lambda: bool(done))
    assert button.isEnabled()


def test_no_callback_for_a_widget_closed_meanwhile(qtbot, context):
    parent = QWidget()
    release = threading.Event()
    called: list[object] = []
    finished: list[object] = []
    operation = CollectionOp(parent, lambda: release.wait(5)).success(called.append).run_in_background()
    operation.finished.connect(lambda *_a: finished.append(True))
    parent.deleteLater()
    qtbot.waitUntil(lambda: not _alive_widget(parent))
    release.set()
    qtbot.waitUntil(lambda: bool(finished))
    assert called == []


def _alive_widget(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_call_service_waits_for_the_writer_and_says_a_refusal(qtbot, context):
    org = call_service(None, directory.create_organization, context.db, "Ministry of Justice")
    assert org is not FAILED and directory.get_organization(context.db, org.id).name == "Ministry of Justice"
    said: list[str] = []
    result = call_service(None, directory.create_organization, context.db, "",
                          _show=lambda _parent, error: said.append(str(error)))
    assert result is FAILED and said and "Traceback" not in said[0]


def test_wait_keeps_the_window_painted_and_returns_the_result(qtbot, context):
    ticks: list[int] = []
    from PySide6.QtCore import QTimer

    timer = QTimer(interval=5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    release, cursors = threading.Event(), []

    def look() -> None:
        cursor = QApplication.overrideCursor()
        cursors.append(cursor.shape() if cursor is not None else None)
        release.set()

    QTimer.singleShot(600, look)
    assert CollectionOp(None, lambda: (release.wait(5), 42)[1]).wait() == 42
    timer.stop()
    assert ticks  # the GUI thread ran its timers while the writer worked
    assert cursors == [Qt.CursorShape.WaitCursor] and QApplication.overrideCursor() is None


def test_a_form_waits_behind_an_earlier_write_with_its_buttons_disabled(qtbot, context):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QLineEdit

    from secretariat.ui.dialogs.directory_dialogs import OrganizationDialog

    dialog = OrganizationDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.findChild(QLineEdit, "name").setText("Ministry of Education")
    release, seen = threading.Event(), []
    CollectionOp(None, lambda: release.wait(5)).run_in_background()  # the writer is busy

    def look() -> None:
        seen.append(dialog.buttons.isEnabled())
        release.set()

    QTimer.singleShot(200, look)
    dialog.accept()
    assert seen == [False] and dialog.buttons.isEnabled()
    assert dialog.result_value.name == "Ministry of Education"
    assert directory.find_organization(context.db, "Ministry of Education") is not None


def test_an_unexpected_error_is_said_in_words_not_as_a_traceback(qtbot, context):
    parent = QWidget()
    qtbot.addWidget(parent)

    def broken():
        raise KeyError("agenda")

    CollectionOp(parent, broken).run_in_background()
    qtbot.waitUntil(lambda: bool(parent.findChildren(QMessageBox)))
    box = parent.findChildren(QMessageBox)[0]
    assert box.windowTitle() == "Unexpected error"
    assert box.text().startswith("Something went wrong: 'agenda'") and "Traceback" not in box.text()
    box.close()



def test_read_service_reads_on_the_pool_not_behind_the_writes(qtbot, context):
    from secretariat.ui.widgets.messages import read_service

    release = threading.Event()
    CollectionOp(None, lambda: release.wait(5)).run_in_background()  # a long write is running
    where: list[tuple[bool, bool]] = []

    def read(db):
        where.append((threading.current_thread() is threading.main_thread(), on_writer()))
        return meetings.list_meetings(db)

    assert read_service(None, read, context.db) == []  # answered while the write still runs
    release.set()
    assert where == [(False, False)]


def test_progress_is_shown_only_when_asked_and_offers_no_cancel_for_a_service_call(qtbot, context):
    from PySide6.QtWidgets import QProgressDialog

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    quiet, shown = threading.Event(), threading.Event()
    done: list[str] = []
    CollectionOp(parent, lambda: quiet.wait(5)).success(lambda _r: done.append("quiet")).run_in_background()
    qtbot.wait(800)
    assert not parent.findChildren(QProgressDialog)  # not asked: none, however long it takes
    quiet.set()
    qtbot.waitUntil(lambda: done == ["quiet"])
    CollectionOp(parent, lambda: shown.wait(5)).with_progress("Merging…") \
        .success(lambda _r: done.append("shown")).run_in_background()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(QProgressDialog)))
    dialog = next(d for d in parent.findChildren(QProgressDialog) if d.isVisible())
    assert dialog.labelText() == "Merging…"
    assert not [b for b in dialog.findChildren(QPushButton) if b.isVisible()]  # nothing to cancel halfway
    shown.set()
    qtbot.waitUntil(lambda: done == ["quiet", "shown"])
