"""File → Print minutes picks the meeting from a list; the PDF save dialog starts in Documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtTest import QTest

from secretariat.services import meetings
from secretariat.ui.dialogs.meeting_picker import MeetingPicker
from secretariat.ui.app.main_window import MainWindow
from secretariat.ui.reports.minutes_pdf_action import ask_and_preview_minutes
from secretariat.ui.reports.pdf_preview import PdfPreviewDialog


def test_print_minutes_picks_the_meeting_from_a_list(qtbot, demo_context):
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.print_minutes_action.trigger()
    picker = window.findChild(MeetingPicker)
    assert picker is not None and picker.isVisible()
    every = meetings.list_meetings(demo_context.db)
    assert picker.list.count() == len(every) > 1
    picker.reject()

    shown = []
    picker = ask_and_preview_minutes(window, demo_context, on_shown=shown.append)
    # QTest types Latin letters only (demo meetings are also titled in Russian and Turkmen).
    wanted = next(m for m in reversed(every) if m.title[:12].isascii())
    reference = f"{wanted.year}/{wanted.number}"
    QTest.keyClicks(picker.search, wanted.title[:12])
    visible = [picker.list.item(i) for i in range(picker.list.count()) if not picker.list.item(i).isHidden()]
    assert visible and all(wanted.title[:12].casefold() in i.text().casefold() for i in visible)
    picker.list.setCurrentItem(next(i for i in visible if i.data(Qt.ItemDataRole.UserRole) == wanted.id))
    QTest.keyClick(picker.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert shown[0].pdf.page_count >= 1
    assert demo_context.settings.value("pdf/last_minutes") == reference
    shown[0].close()
    # The next time, the meeting printed last is the one chosen.
    again = ask_and_preview_minutes(window, demo_context)
    assert again.chosen_id() == wanted.id
    again.reject()


def test_pdf_save_dialog_starts_in_documents_then_remembers(qtbot, demo_db, tmp_path, settings):
    from secretariat.io.documents import build_minutes
    import io

    buffer = io.BytesIO()
    build_minutes(demo_db, meetings.latest_meeting_id(demo_db), buffer)
    dialog = PdfPreviewDialog(None, buffer.getvalue(), "Minutes", "minutes.pdf", settings)
    qtbot.addWidget(dialog)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(dialog._start_folder()) == Path(documents) / "minutes.pdf"
    (tmp_path / "reports").mkdir()
    dialog.save_to(tmp_path / "reports" / "first.pdf")
    later = PdfPreviewDialog(None, buffer.getvalue(), "Minutes", "minutes.pdf", settings)
    qtbot.addWidget(later)
    assert Path(later._start_folder()) == tmp_path / "reports" / "minutes.pdf"
