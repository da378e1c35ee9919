"""Nothing typed is lost: drafts are kept while typing and offered again after a crash."""

from __future__ import annotations

from datetime import datetime

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from meetings_ui_helpers import (  # noqa: F401 - close_meeting_editors is an autouse fixture
    click,
    close_meeting_editors,
    show_active,
    type_text,
    when_dialog,
)
from secretariat.services import drafts, meetings
from secretariat.ui.meeting_editor import find_editor, open_meeting_editor
from secretariat.ui.meeting_editor.autosave import AUTOSAVE_DELAY_MS
from secretariat.ui.meeting_editor.recovery import offer_recovery
from secretariat.ui.pages.meetings import MeetingsPage

CTRL = Qt.KeyboardModifier.ControlModifier


def _meeting(db):
    m = meetings.create_meeting(db, datetime(2024, 3, 12, 10), "Ýygnak")
    first = meetings.add_agenda_item(db, m.id, "Hasabat", heard="<p>Öňki tekst</p>")
    second = meetings.add_agenda_item(db, m.id, "Beýleki meseleler")
    return m, first, second


def _crash(qtbot, editor) -> None:
    """The window disappears without any chance to save: no close event, no prompt."""
    meeting_id, context = editor.meeting_id, editor.context
    shiboken6.delete(editor)
    QApplication.processEvents()
    assert find_editor(context, meeting_id) is None


def test_typed_minutes_survive_a_crash_and_are_offered_on_the_next_start(qtbot, context):
    m, first, second = _meeting(context.db)
    editor = open_meeting_editor(context, m.id, tab="minutes")
    show_active(qtbot, editor)
    editor.minutes.select(first.id)
    heard = editor.minutes.current_pane().editors["heard"].edit
    heard.setFocus()
    heard.moveCursor(heard.textCursor().MoveOperation.End)
    type_text(qtbot, heard, " — täze: Прения отложены.")
    # A few seconds after typing stops the draft is in the database, though nothing was saved.
    qtbot.waitUntil(lambda: drafts.get_draft(context.db, "agenda_item", first.id, "heard") is not None,
                    timeout=AUTOSAVE_DELAY_MS + 3000)
    editor.minutes.select(second.id)
    spoke = editor.minutes.current_pane().editors["spoke"].edit
    spoke.setFocus()
    type_text(qtbot, spoke, "Çykyş etdiler: Ş. Öwezow.")
    heard.setFocus()  # leaving the field keeps its draft at once (the writer writes it)
    qtbot.waitUntil(lambda: getattr(drafts.get_draft(context.db, "agenda_item", second.id, "spoke"), "content", None)
                    == "<p>Çykyş etdiler: Ş. Öwezow.</p>")
    assert meetings.get_meeting(context.db, m.id).agenda_items[0].heard == "<p>Öňki tekst</p>"

    _crash(qtbot, editor)

    # Next start: the app says there is unsaved text, and where.
    pending = meetings.meetings_with_drafts(context.db)
    assert [(p.reference, p.fields) for p in pending] == [("2024/1", 2)]
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.show()
    assert page.drafts_bar.isVisible() and "2024/1" in page.drafts_bar.text()
    qtbot.mouseClick(page.drafts_bar, Qt.MouseButton.LeftButton)
    again = find_editor(context, m.id)
    assert again is not None and again.recovery_bar.isVisible()
    show_active(qtbot, again)
    recovered_heard = again.minutes.panes[first.id].editors["heard"]
    assert recovered_heard.plain_text() == "Öňki tekst — täze: Прения отложены."
    assert again.minutes.panes[second.id].editors["spoke"].plain_text() == "Çykyş etdiler: Ş. Öwezow."
    assert again.is_dirty()
    qtbot.keyClick(recovered_heard.edit, Qt.Key.Key_S, CTRL)
    saved = meetings.get_meeting(context.db, m.id)
    assert saved.agenda_items[0].heard == "<p>Öňki tekst — täze: Прения отложены.</p>"
    assert saved.agenda_items[1].spoke == "<p>Çykyş etdiler: Ş. Öwezow.</p>"
    qtbot.waitUntil(lambda: drafts.list_drafts(context.db) == [])
    assert not again.recovery_bar.isVisible()
    page.refresh()
    assert not page.drafts_bar.isVisible()
    again.close()


def test_recovered_text_can_be_discarded(qtbot, context):
    m, first, _second = _meeting(context.db)
    editor = open_meeting_editor(context, m.id, tab="minutes")
    show_active(qtbot, editor)
    editor.minutes.select(first.id)
    heard = editor.minutes.current_pane().editors["heard"].edit
    heard.setFocus()
    type_text(qtbot, heard, "Ýalňyş ")
    editor.keeper.flush()
    qtbot.waitUntil(lambda: not editor.keeper.writing)
    _crash(qtbot, editor)
    again = open_meeting_editor(context, m.id)
    assert again.minutes.panes[first.id].editors["heard"].plain_text().startswith("Ýalňyş")
    qtbot.mouseClick(again.recovery_bar.discard_button, Qt.MouseButton.LeftButton)
    assert again.minutes.panes[first.id].editors["heard"].plain_text() == "Öňki tekst"
    assert not again.is_dirty()
    qtbot.waitUntil(lambda: drafts.list_drafts(context.db) == [])
    again.close()


def test_details_typed_but_not_saved_are_recovered(qtbot, context):
    m, _first, _second = _meeting(context.db)
    editor = open_meeting_editor(context, m.id, tab="details")
    show_active(qtbot, editor)
    editor.details.venue.setFocus()
    type_text(qtbot, editor.details.venue, "Türkmenabat")
    editor.details.title.setFocus()
    qtbot.waitUntil(lambda: drafts.get_draft(context.db, "meeting", m.id, "details") is not None)
    _crash(qtbot, editor)
    again = open_meeting_editor(context, m.id)
    assert again.details.venue.text() == "Türkmenabat" and again.is_dirty()
    assert again.save()
    assert meetings.get_meeting(context.db, m.id).venue == "Türkmenabat"
    qtbot.waitUntil(lambda: drafts.list_drafts(context.db) == [])
    again.close()


def test_start_up_offers_unsaved_text_and_opens_it(qtbot, context):
    m, first, _second = _meeting(context.db)
    drafts.save_draft(context.db, "agenda_item", first.id, "heard", "<p>Galan tekst</p>")
    said = when_dialog(qtbot, click(qtbot, "Open them"))
    offer_recovery(context, None)
    assert "2024/1" in said[0]
    editor = find_editor(context, m.id)
    assert editor is not None
    assert editor.minutes.panes[first.id].editors["heard"].plain_text() == "Galan tekst"
    editor.discard_recovered()
    editor.close()
    qtbot.waitUntil(lambda: drafts.list_drafts(context.db) == [])
    offer_recovery(context, None)  # nothing left: no question asked


def test_closing_and_discarding_drops_the_drafts(qtbot, context):
    m, first, _second = _meeting(context.db)
    editor = open_meeting_editor(context, m.id, tab="minutes")
    show_active(qtbot, editor)
    editor.minutes.select(first.id)
    heard = editor.minutes.current_pane().editors["heard"].edit
    heard.setFocus()
    type_text(qtbot, heard, "Taslama")
    editor.keeper.flush()
    qtbot.waitUntil(lambda: drafts.list_drafts(context.db) != [])
    when_dialog(qtbot, click(qtbot, "Discard"))
    assert editor.close()
    qtbot.waitUntil(lambda: drafts.list_drafts(context.db) == [])
    assert meetings.get_meeting(context.db, m.id).agenda_items[0].heard == "<p>Öňki tekst</p>"


def test_quitting_the_main_window_asks_about_unsaved_minutes(qtbot, context):
    from secretariat.ui.app.main_window import MainWindow

    m, first, _second = _meeting(context.db)
    window = MainWindow(context)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    page = window.show_area("meetings")
    editor = page.open_meeting(m.id, tab="minutes")
    show_active(qtbot, editor)
    editor.minutes.select(first.id)
    heard = editor.minutes.current_pane().editors["heard"].edit
    heard.setFocus()
    type_text(qtbot, heard, "Soňky söz")
    when_dialog(qtbot, click(qtbot, "Cancel"))
    assert not window.close()  # the secretary changed her mind: nothing closes
    assert window.isVisible() and editor.isVisible()
    when_dialog(qtbot, click(qtbot, "Save"))
    assert window.close()
    assert meetings.get_meeting(context.db, m.id).agenda_items[0].heard == "<p>Soňky sözÖňki tekst</p>"
