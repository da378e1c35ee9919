"""Nothing typed is lost: a save on focus-out must not take the focus back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from meetings_ui_helpers import close_meeting_editors, show_active  # noqa: F401 - autouse fixture
from secretariat.services import meetings
from secretariat.ui.meeting_editor import open_meeting_editor
from test_meetings_editor import _meeting_with_agenda

LEFT = Qt.MouseButton.LeftButton


def _type_where_the_focus_is(text: str) -> None:
    """Type as a keyboard does: into whatever widget has the focus now."""
    for char in text:
        QTest.keyClick(QApplication.focusWidget(), char)


def _click_into(qtbot, widget) -> None:
    qtbot.mouseClick(widget, LEFT, pos=widget.rect().center())
    QApplication.processEvents()


def test_typing_after_editing_a_title_goes_into_new_agenda_item(qtbot, context):
    m, items = _meeting_with_agenda(context.db)
    editor = open_meeting_editor(context, m.id, tab="agenda")
    show_active(qtbot, editor)
    agenda = editor.agenda
    agenda.select(items[0].id)
    for attempt in range(5):
        _click_into(qtbot, agenda.title)
        assert QApplication.focusWidget() is agenda.title
        _type_where_the_focus_is(f" {attempt}")
        _click_into(qtbot, agenda.presenter)
        _type_where_the_focus_is("Aman")
        _click_into(qtbot, agenda.new_title)  # the presenter's save on focus-out runs here
        assert QApplication.focusWidget() is agenda.new_title
        _type_where_the_focus_is(f"Item {attempt}")
        assert agenda.new_title.text() == f"Item {attempt}"
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        agenda.select(items[0].id)
    titles = [i.title for i in meetings.get_meeting(context.db, m.id).agenda_items]
    assert titles[3:] == [f"Item {n}" for n in range(5)]
    assert titles[0] == "First 0 1 2 3 4"


def test_typing_after_editing_a_title_goes_into_the_measure_search(qtbot, context):
    m, items = _meeting_with_agenda(context.db)
    editor = open_meeting_editor(context, m.id, tab="agenda")
    show_active(qtbot, editor)
    agenda = editor.agenda
    agenda.select(items[1].id)
    _click_into(qtbot, agenda.title)
    _type_where_the_focus_is("X")
    search = agenda.measures.picker.edit if hasattr(agenda.measures.picker, "edit") else agenda.measures.picker
    _click_into(qtbot, search)
    assert QApplication.focusWidget() is search
    _type_where_the_focus_is("water")
    assert search.text() == "water"
    assert meetings.get_meeting(context.db, m.id).agenda_items[1].title == "SecondX"
