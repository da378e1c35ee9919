"""Printing minutes from the meetings list and from the meeting editor."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from meetings_ui_helpers import close_meeting_editors, show_active  # noqa: F401 - autouse fixture
from secretariat.services import meetings
from secretariat.ui.meeting_editor import open_meeting_editor
from secretariat.ui.pages.meetings import MeetingsPage
from secretariat.ui.reports.pdf_preview import PdfPreviewDialog


def _previews() -> list[PdfPreviewDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PdfPreviewDialog) and w.isVisible()]


def _text(dialog: PdfPreviewDialog) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(dialog.pdf.data)).pages)


def test_print_button_previews_the_selected_meeting(qtbot, demo_context):
    page = MeetingsPage(demo_context)
    qtbot.addWidget(page)
    show_active(qtbot, page)
    target = meetings.find_meeting(demo_context.db, "2024/1")
    row = next(r for r in range(page.model.rowCount()) if page.model.row_id(r) == target.id)
    page.table.selectRow(row)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(_previews()), timeout=20000)
    dialog = _previews()[0]
    try:
        assert "MINUTES No. 1" in _text(dialog)
        assert dialog.suggested_name == "minutes-2024-1.pdf"
    finally:
        dialog.close()


def test_editor_saves_unsaved_minutes_before_printing(qtbot, demo_context, type_text):
    target = meetings.find_meeting(demo_context.db, "2023/1")
    editor = open_meeting_editor(demo_context, target.id)
    qtbot.addWidget(editor)
    show_active(qtbot, editor)
    editor.show_tab("minutes")
    pane = editor.minutes.current_pane()
    heard = pane.editors["heard"]
    heard.edit.setFocus()
    heard.edit.moveCursor(QTextCursor.MoveOperation.End)
    type_text(heard.edit, " Сказано перед печатью")
    assert editor.is_dirty()
    editor.print_action.trigger()
    qtbot.waitUntil(lambda: bool(_previews()), timeout=20000)
    dialog = _previews()[0]
    try:
        text = _text(dialog)
        assert "ПРОТОКОЛ № 1" in text
        assert "Сказано перед печатью" in text
        assert not editor.is_dirty()
    finally:
        dialog.close()
