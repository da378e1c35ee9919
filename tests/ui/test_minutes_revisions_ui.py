"""Revisions of the minutes in the editor: saves keep them, two are compared, an earlier one restored."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from meetings_ui_helpers import button, close_meeting_editors, show_active, type_text, when_dialog  # noqa: F401
from secretariat.services import meetings, minutes_revisions
from secretariat.ui.dialogs.revisions_dialog import RevisionsDialog
from secretariat.ui.meeting_editor import open_meeting_editor
from secretariat.ui.meeting_editor.minutes_lifecycle import CirculateDialog


def _type_minutes(qtbot, editor, text: str) -> None:
    spoke = editor.minutes.current_pane().editors["spoke"]
    spoke.set_html(f"<p>{text}</p>", modified=True)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not editor.is_dirty())


def test_compare_two_revisions_and_restore_the_older(qtbot, context):
    m = meetings.create_meeting(context.db, datetime(2024, 1, 27, 10), "Mejlis", language="en")
    meetings.add_agenda_item(context.db, m.id, "Results of the year")
    editor = open_meeting_editor(context, m.id)
    show_active(qtbot, editor)
    editor.show_tab("minutes")
    _type_minutes(qtbot, editor, "The members proposed to approve the plan")
    _type_minutes(qtbot, editor, "The members proposed to postpone the plan")
    assert [r.number for r in minutes_revisions.list_revisions(context.db, m.id)] == [2, 1]

    editor.revisions_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, RevisionsDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    old_html, new_html = dialog.old_view.toHtml().lower(), dialog.new_view.toHtml().lower()
    assert "approve" in dialog.old_view.toPlainText() and "postpone" in dialog.new_view.toPlainText()
    assert "#f8d7da" in old_html and "#d1e7dd" in new_html  # the changed words are marked
    assert dialog.summary.text() == "1 part changed"  # English plural forms come from the catalogue

    when_dialog(qtbot, lambda box: qtbot.mouseClick(button(box, "Restore"), Qt.MouseButton.LeftButton))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 3 and dialog.table.item(0, 3).text() == "Restored from revision 1"
    assert "approve the plan" in meetings.get_meeting(context.db, m.id).agenda_items[0].spoke
    # the editor shows the restored text
    qtbot.waitUntil(lambda: "approve" in editor.minutes.current_pane().editors["spoke"].html())
    dialog.close()


def test_circulate_keeps_the_pdf_and_moves_the_status(qtbot, context):
    m = meetings.create_meeting(context.db, datetime(2024, 1, 27, 10), "Mejlis", language="tk")
    meetings.add_agenda_item(context.db, m.id, "Ýylyň netijeleri", heard="<p>Hasabat</p>")
    meetings.set_status(context.db, m.id, "minutes_drafted")
    editor = open_meeting_editor(context, m.id)
    show_active(qtbot, editor)
    dialog = CirculateDialog(editor)
    qtbot.addWidget(dialog)
    dialog.sent_on.setDate(QDate(2024, 2, 1))
    type_text(qtbot, dialog.findChild(QPlainTextEdit), "Toparyň agzalary")
    dialog.circulate()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert meetings.get_meeting(context.db, m.id).status == "minutes_circulated"
    sent = minutes_revisions.list_circulations(context.db, m.id)
    assert [(c.recipients, c.file_name) for c in sent] == [("Toparyň agzalary", "minutes-2024-1.pdf")]
    assert minutes_revisions.circulated_pdf(context.db, sent[0].id).startswith(b"%PDF")
    editor.refresh()
    assert editor.header.next_button.text().replace("&", "") == "Approve minutes…"
