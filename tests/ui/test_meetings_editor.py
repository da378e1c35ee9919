"""The secretary's day, driven through the widgets: what lands in the database."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QModelIndex, Qt, QTime
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from meetings_ui_helpers import (  # noqa: F401 - close_meeting_editors is an autouse fixture
    click,
    close_meeting_editors,
    show_active,
    type_and_accept,
    type_text,
    when_dialog,
)
from secretariat.models import AuditEntry
from secretariat.services import directory, meetings
from secretariat.services.errors import LockedError
from secretariat.ui.meeting_editor import find_editor, open_meeting_editor
from secretariat.ui.pages.meetings import MeetingsPage

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def directory_entries(context):
    db = context.db
    return {
        "dim": directory.create_organization(db, "Türkmenistanyň Daşary işler ministrligi", "ministry",
                                             short_name="DIM"),
        "moj": directory.create_organization(db, "Министерство юстиции", "ministry", short_name="Минюст"),
        "mejlis": directory.create_organization(db, "Mejlis of Turkmenistan", "parliament", short_name="Mejlis"),
        "ayna": directory.create_person(db, "Aýna Orazowa", position="Secretary"),
    }


def _editor_for(context, title: str):
    with context.db.read() as s:
        from secretariat.models import Meeting

        meeting_id = s.scalar(select(Meeting.id).where(Meeting.title == title))
    editor = find_editor(context, meeting_id)
    assert editor is not None, "creating a meeting opens its editor"
    return editor


def test_create_meeting_with_attendance_agenda_minutes_decisions_and_actions(qtbot, context, directory_entries):
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    show_active(qtbot, page)

    # New meeting: the dialog asks for the date, kind and title.
    qtbot.mouseClick(page.new_button, LEFT)
    dialog = page.new_dialog
    dialog.starts.setDateTime(QDateTime(QDate(2025, 1, 27), QTime(10, 0)))
    dialog.kind.setCurrentIndex(dialog.kind.findData("commission_meeting"))
    type_text(qtbot, dialog.title, "Toparyň mejlisi — итоги 2024 года")
    type_text(qtbot, dialog.venue, "Aşgabat")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    editor = _editor_for(context, "Toparyň mejlisi — итоги 2024 года")
    show_active(qtbot, editor)
    assert editor.meeting.reference == "2025/1"
    assert page.model.rowCount() == 1

    # Attendance: completion as you type, in any script and case.
    editor.show_tab("attendance")
    tab = editor.attendance
    type_text(qtbot, tab.picker, "минюст")
    qtbot.keyClick(tab.picker, Qt.Key.Key_Return)
    type_text(qtbot, tab.picker, "AÝNA")
    qtbot.keyClick(tab.picker, Qt.Key.Key_Return)
    tab.new_role.setCurrentIndex(tab.new_role.findData("invited"))
    # Someone not in the directory yet is added on the spot.
    when_dialog(qtbot, click(qtbot, "New organization"))
    type_text(qtbot, tab.picker, "UNICEF Türkmenistan")
    qtbot.keyClick(tab.picker, Qt.Key.Key_Return)
    assert [(r.organization.name if r.organization else None, r.person.full_name if r.person else None, r.role)
            for r in editor.meeting.attendance] == [
        ("Министерство юстиции", None, "member"), (None, "Aýna Orazowa", "member"),
        ("UNICEF Türkmenistan", None, "invited")]
    # Mark the ministry as represented, through the dialog that asks by whom.
    tab.select_row_of(editor.meeting.attendance[0].id)
    when_dialog(qtbot, type_and_accept(qtbot, "Orunbasar A. Berdiýew"))
    qtbot.mouseClick(tab.represented_button, LEFT)
    tab.select_row_of(editor.meeting.attendance[2].id)
    qtbot.mouseClick(tab.absent_button, LEFT)

    # Agenda: type titles, Enter after each.
    editor.show_tab("agenda")
    for title in ("Hasabat barada", "О плане работы на 2025 год", "Other issues"):
        type_text(qtbot, editor.agenda.new_title, title)
        qtbot.keyClick(editor.agenda.new_title, Qt.Key.Key_Return)
    items = editor.meeting.agenda_items
    assert [(i.position, i.title) for i in items] == [
        (1, "Hasabat barada"), (2, "О плане работы на 2025 год"), (3, "Other issues")]

    # Minutes of item 1: rich text with bold and a numbered list, then decisions.
    editor.show_tab("minutes")
    editor.minutes.select(items[0].id)
    pane = editor.minutes.current_pane()
    heard = pane.editors["heard"].edit
    heard.setFocus()
    type_text(qtbot, heard, "A. Orazowa çykyş etdi: ")
    qtbot.keyClick(heard, Qt.Key.Key_B, CTRL)
    type_text(qtbot, heard, "möhüm")
    qtbot.keyClick(heard, Qt.Key.Key_B, CTRL)
    type_text(qtbot, heard, " meseleler.")
    qtbot.keyClick(heard, Qt.Key.Key_Return)
    qtbot.keyClick(heard, Qt.Key.Key_7, CTRL | Qt.KeyboardModifier.ShiftModifier)
    type_text(qtbot, heard, "Первый пункт")
    qtbot.keyClick(heard, Qt.Key.Key_Return)
    type_text(qtbot, heard, "Second point")
    assert editor.is_dirty() and editor.windowTitle().endswith("*")
    decisions = pane.decisions
    for text in ("Maglumat üçin kabul edilsin.", "Утвердить план работы."):
        type_text(qtbot, decisions.new_text, text)
        qtbot.keyClick(decisions.new_text, Qt.Key.Key_Return)
    qtbot.keyClick(heard, Qt.Key.Key_S, CTRL)
    assert not editor.is_dirty()

    # An action item under decision 1.2, with a responsible organization and a due date.
    editor.show_tab("actions")
    actions = editor.actions
    actions.decision.setCurrentIndex(actions.decision.findText("1.2", Qt.MatchFlag.MatchStartsWith))
    type_text(qtbot, actions.text, "Iş meýilnamasyny ministrliklere ibermek")
    type_text(qtbot, actions.responsible.picker, "dim")
    qtbot.keyClick(actions.responsible.picker, Qt.Key.Key_Return)
    type_text(qtbot, actions.responsible.picker, "mejlis")
    qtbot.keyClick(actions.responsible.picker, Qt.Key.Key_Return)
    actions.no_due.setChecked(False)
    actions.due.setDate(QDate(2025, 3, 1))
    qtbot.keyClick(actions.text, Qt.Key.Key_Return, CTRL)

    saved = meetings.get_meeting(context.db, editor.meeting_id)
    assert (saved.title, saved.venue, saved.kind, saved.starts_at) == (
        "Toparyň mejlisi — итоги 2024 года", "Aşgabat", "commission_meeting", datetime(2025, 1, 27, 10))
    assert [(a.presence, a.represented_by) for a in saved.attendance] == [
        ("represented", "Orunbasar A. Berdiýew"), ("present", ""), ("absent", "")]
    first = saved.agenda_items[0]
    assert first.heard == ("<p>A. Orazowa çykyş etdi: <b>möhüm</b> meseleler.</p>"
                           "<ol><li>Первый пункт</li><li>Second point</li></ol>")
    assert [(d.number, d.text, d.kind) for d in saved.decisions] == [
        ("1.1", "Maglumat üçin kabul edilsin.", "decision"), ("1.2", "Утвердить план работы.", "decision")]
    action = saved.action_items[0]
    assert (action.text, action.due_date, action.status, action.decision.number) == (
        "Iş meýilnamasyny ministrliklere ibermek", date(2025, 3, 1), "open", "1.2")
    assert sorted(o.short_name for o in action.responsible) == ["DIM", "Mejlis"]
    # The list found the minutes text as soon as it was saved.
    type_text(qtbot, page.search, "MÖHÜM")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.count_label.text().startswith("1"))
    page.search.clear()
    type_text(qtbot, page.search, "nothing like this")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    editor.close()


def _meeting_with_agenda(db, titles=("First", "Second", "Third"), status=None):
    m = meetings.create_meeting(db, datetime(2024, 5, 14, 10), "Working meeting")
    items = [meetings.add_agenda_item(db, m.id, t) for t in titles]
    meetings.add_decision(db, m.id, "Decision on the first", items[0].id)
    if status:
        meetings.set_status(db, m.id, status)
    return m, items


def _positions(db, meeting_id):
    return [(i.position, i.title) for i in meetings.get_meeting(db, meeting_id).agenda_items]


def test_agenda_reorders_by_keyboard_and_by_drop(qtbot, context):
    m, items = _meeting_with_agenda(context.db)
    editor = open_meeting_editor(context, m.id, tab="agenda")
    show_active(qtbot, editor)
    agenda = editor.agenda
    agenda.select(items[2].id)
    agenda.list.setFocus()
    qtbot.keyClick(agenda.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _positions(context.db, m.id) == [(1, "First"), (2, "Third"), (3, "Second")]
    assert agenda.current_id() == items[2].id  # the moved item stays selected
    qtbot.keyClick(agenda.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    agenda.select(items[0].id)
    qtbot.keyClick(agenda.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _positions(context.db, m.id) == [(1, "Third"), (2, "Second"), (3, "First")]
    # What a drop does: the dragged first item's data dropped below the last row.
    model = agenda.model
    dragged = model.mimeData([model.index(0)])
    assert model.dropMimeData(dragged, Qt.DropAction.MoveAction, model.rowCount(), 0, QModelIndex())
    assert _positions(context.db, m.id) == [(1, "Second"), (2, "First"), (3, "Third")]
    # Decisions follow their item's number.
    assert [d.number for d in meetings.get_meeting(context.db, m.id).decisions] == ["2.1"]
    agenda.select(items[0].id)
    qtbot.mouseClick(agenda.down_button, LEFT)
    assert [d.number for d in meetings.get_meeting(context.db, m.id).decisions] == ["3.1"]
    # The minutes tab shows the new order.
    assert [i.title for i in editor.minutes.model.items] == ["Second", "Third", "First"]
    editor.close()


def test_approving_locks_the_minutes_and_reopening_is_recorded(qtbot, context):
    m, items = _meeting_with_agenda(context.db, status="minutes_drafted")
    editor = open_meeting_editor(context, m.id, tab="minutes")
    show_active(qtbot, editor)
    editor.minutes.select(items[0].id)
    heard = editor.minutes.current_pane().editors["heard"].edit
    heard.setFocus()
    type_text(qtbot, heard, "Typed just before approval")
    # Approving saves what was typed, asks, then locks.
    assert editor.header.next_button.text().replace("&", "") == "Approve minutes…"
    said = when_dialog(qtbot, click(qtbot, "Approve and lock"))
    qtbot.mouseClick(editor.header.next_button, LEFT)
    assert "2024/1" in said[0]
    saved = meetings.get_meeting(context.db, m.id)
    assert saved.status == "minutes_approved"
    assert saved.agenda_items[0].heard == "<p>Typed just before approval</p>"
    # Locked: typing changes nothing, adding is not offered, the banner says why.
    assert editor.header.lock_banner.isVisible() and editor.header.reopen_button.isVisible()
    heard.setFocus()
    type_text(qtbot, heard, "more")
    assert heard.toPlainText() == "Typed just before approval" and not editor.is_dirty()
    assert not editor.agenda.new_title.isEnabled()
    assert not editor.minutes.current_pane().decisions.new_text.isEnabled()
    assert not editor.attendance.picker.isEnabled()
    assert not editor.actions.new_button.isEnabled()
    with pytest.raises(LockedError):
        meetings.update_agenda_item(context.db, items[0].id, heard="<p>changed</p>")
    # Reopening asks why, and the reason goes into the audit log.
    when_dialog(qtbot, type_and_accept(qtbot, "Опечатка в пункте 1"))
    qtbot.mouseClick(editor.header.reopen_button, LEFT)
    assert meetings.get_meeting(context.db, m.id).status == "minutes_drafted"
    with context.db.read() as s:
        reopen = s.scalars(select(AuditEntry).where(AuditEntry.action == "reopen",
                                                    AuditEntry.record_id == m.id)).one()
    assert "Опечатка в пункте 1" in reopen.summary
    assert editor.agenda.new_title.isEnabled() and not editor.header.lock_banner.isVisible()
    editor.show_tab("history")
    texts = [editor.history.table.item(r, 2).text() for r in range(editor.history.table.rowCount())]
    assert "minutes reopened" in texts
    editor.close()


def test_reopen_without_a_reason_is_refused_with_a_message(qtbot, context):
    m, _items = _meeting_with_agenda(context.db, status="minutes_approved")
    editor = open_meeting_editor(context, m.id)
    show_active(qtbot, editor)
    refusals = []

    def answer_blank(dialog):
        refusals.append(when_dialog(qtbot, click(qtbot, "OK")))
        type_and_accept(qtbot, "   ")(dialog)

    when_dialog(qtbot, answer_blank)
    qtbot.mouseClick(editor.header.reopen_button, LEFT)
    assert refusals and "Say why" in refusals[0][0]
    assert meetings.get_meeting(context.db, m.id).status == "minutes_approved"
    editor.close()


def test_status_steps_forward_and_back(qtbot, context):
    m, _items = _meeting_with_agenda(context.db)
    editor = open_meeting_editor(context, m.id)
    show_active(qtbot, editor)
    qtbot.mouseClick(editor.header.next_button, LEFT)
    assert meetings.get_meeting(context.db, m.id).status == "held"
    qtbot.mouseClick(editor.header.next_button, LEFT)
    assert meetings.get_meeting(context.db, m.id).status == "minutes_drafted"
    back = [a for a in editor.header.back_menu.actions() if a.text() == "Held"][0]
    back.trigger()
    assert meetings.get_meeting(context.db, m.id).status == "held"
    editor.close()


def test_details_are_saved_with_ctrl_s_and_bad_input_is_explained(qtbot, context, directory_entries):
    m, _items = _meeting_with_agenda(context.db)
    other = meetings.create_meeting(context.db, datetime(2024, 9, 1), "Another")
    editor = open_meeting_editor(context, m.id, tab="details")
    show_active(qtbot, editor)
    details = editor.details
    details.title.clear()
    type_text(qtbot, details.title, "Iş maslahaty: ýagdaý")
    type_text(qtbot, details.chair, "aýna")
    qtbot.keyClick(details.chair, Qt.Key.Key_Return)
    type_text(qtbot, details.organizer, "DIM")
    qtbot.keyClick(details.organizer, Qt.Key.Key_Return)
    details.number.setValue(other.number)  # already used in 2024
    said = when_dialog(qtbot, click(qtbot, "OK"))
    qtbot.keyClick(details.title, Qt.Key.Key_S, CTRL)
    assert "already used" in said[0]
    assert editor.is_dirty()
    details.number.setValue(7)
    show_active(qtbot, editor)  # offscreen Qt may leave the activation with the closed message
    qtbot.keyClick(details.title, Qt.Key.Key_S, CTRL)
    saved = meetings.get_meeting(context.db, m.id)
    assert (saved.title, saved.number, saved.chair.full_name, saved.organizer.short_name) == (
        "Iş maslahaty: ýagdaý", 7, "Aýna Orazowa", "DIM")
    assert not editor.is_dirty() and editor.meeting.reference == "2024/7"
    editor.close()


def test_closing_with_unsaved_text_asks(qtbot, context):
    m, items = _meeting_with_agenda(context.db)
    editor = open_meeting_editor(context, m.id, tab="minutes")
    show_active(qtbot, editor)
    editor.minutes.select(items[0].id)
    spoke = editor.minutes.current_pane().editors["spoke"].edit
    spoke.setFocus()
    type_text(qtbot, spoke, "Çykyş etdiler")
    when_dialog(qtbot, click(qtbot, "Cancel"))
    assert not editor.close()
    assert editor.isVisible()
    when_dialog(qtbot, click(qtbot, "Save"))
    assert editor.close()
    assert meetings.get_meeting(context.db, m.id).agenda_items[0].spoke == "<p>Çykyş etdiler</p>"
    QApplication.processEvents()


def test_agenda_item_is_linked_to_plan_measures_and_recommendations(qtbot, demo_context):
    meeting = meetings.find_meeting(demo_context.db, "2023/1")
    editor = open_meeting_editor(demo_context, meeting.id, tab="agenda")
    show_active(qtbot, editor)
    agenda = editor.agenda
    # A single match: Enter takes it.
    agenda.measures.picker.setFocus()
    type_text(qtbot, agenda.measures.picker, "regular meetings")
    qtbot.keyClick(agenda.measures.picker, Qt.Key.Key_Return)
    show_active(qtbot, editor)  # offscreen Qt leaves the activation with the closed popup
    # Several matches: the popup lists them; Down and Enter choose one, as with a mouse.
    picker = agenda.recommendations.picker
    picker.setFocus()
    type_text(qtbot, picker, "ratify")
    qtbot.waitUntil(lambda: picker.completer_.popup().isVisible())
    assert picker.completer_.popup().model().rowCount() == 2
    qtbot.keyClick(picker.completer_.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(picker.completer_.popup(), Qt.Key.Key_Return)
    measures, recommendations = meetings.agenda_links(demo_context.db, meeting.agenda_items[0].id)
    assert [m.label for m in measures] == ["Work Plan 2024 1 — Hold regular meetings of the Commission"]
    assert len(recommendations) == 1 and "ratify" in recommendations[0].label.casefold()
    assert agenda.recommendations.list.count() == 1
    # Removing a link: select it, press Delete.
    show_active(qtbot, editor)  # offscreen Qt leaves the activation with the closed popup
    agenda.measures.list.setCurrentRow(0)
    agenda.measures.list.setFocus()
    qtbot.keyClick(agenda.measures.list, Qt.Key.Key_Delete)
    assert meetings.agenda_links(demo_context.db, meeting.agenda_items[0].id)[0] == []
    editor.close()
