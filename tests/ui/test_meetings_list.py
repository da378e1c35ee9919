"""The meetings list: search as you type, filters, sorting, delete with undo, duplicate."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from meetings_ui_helpers import (  # noqa: F401 - close_meeting_editors is an autouse fixture
    click,
    close_meeting_editors,
    show_active,
    type_text,
    when_dialog,
)
from secretariat.services import meetings
from secretariat.ui.meeting_editor import find_editor
from secretariat.ui.pages.meetings import MeetingsPage

LEFT = Qt.MouseButton.LeftButton


def _references(page: MeetingsPage) -> list[str]:
    return [page.model.data(page.model.index(row, 0)) for row in range(page.model.rowCount())]


def _open_page(qtbot, context) -> MeetingsPage:
    page = MeetingsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    show_active(qtbot, page)
    return page


def _click_header(qtbot, page: MeetingsPage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))


def test_search_as_you_type_in_any_language_and_filters(qtbot, demo_context):
    page = _open_page(qtbot, demo_context)
    assert page.model.rowCount() == 6 and page.count_label.text() == "6 meetings"
    # Newest first by default.
    assert _references(page)[0] == "2026/1"
    type_text(qtbot, page.search, "ombudsman")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert sorted(_references(page)) == ["2024/1", "2024/2"]
    # The minutes text is searched too, in Russian and Turkmen, whatever the case.
    page.search.clear()
    type_text(qtbot, page.search, "УЧАСТНИКИ ОБСУДИЛИ")
    qtbot.waitUntil(lambda: _references(page) == ["2024/1"])
    page.search.clear()
    type_text(qtbot, page.search, "edarasynyň")
    qtbot.waitUntil(lambda: _references(page) == ["2024/1"])
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 6)
    page.year.setCurrentIndex(page.year.findData(2024))
    assert sorted(_references(page)) == ["2024/1", "2024/2"]
    page.kind.setCurrentIndex(page.kind.findData("consultation"))
    assert _references(page) == ["2024/2"]
    page.year.setCurrentIndex(0)
    page.kind.setCurrentIndex(0)
    page.status.setCurrentIndex(page.status.findData("minutes_approved"))
    assert sorted(_references(page)) == ["2021/1", "2024/1"]


def test_sorting_by_clicking_the_headers(qtbot, demo_context):
    page = _open_page(qtbot, demo_context)
    _click_header(qtbot, page, 3)  # title
    titles = [page.model.data(page.model.index(r, 3)) for r in range(page.model.rowCount())]
    first_order = list(titles)
    assert titles in (sorted(titles, key=str.casefold), sorted(titles, key=str.casefold, reverse=True))
    _click_header(qtbot, page, 3)
    titles = [page.model.data(page.model.index(r, 3)) for r in range(page.model.rowCount())]
    assert titles == list(reversed(first_order))
    _click_header(qtbot, page, 0)  # number: year then number
    refs = _references(page)
    assert refs in (["2021/1", "2022/1", "2023/1", "2024/1", "2024/2", "2026/1"],
                    ["2026/1", "2024/2", "2024/1", "2023/1", "2022/1", "2021/1"])


def test_column_widths_and_sort_are_remembered(qtbot, demo_context):
    page = _open_page(qtbot, demo_context)
    page.table.setColumnWidth(3, 333)
    _click_header(qtbot, page, 4)  # venue
    sort = (page.query.sort, page.query.descending)
    page.save_layout(demo_context.settings)
    again = MeetingsPage(demo_context)
    qtbot.addWidget(again)
    assert again.table.columnWidth(3) == 333
    assert (again.query.sort, again.query.descending) == sort


def test_delete_asks_then_offers_undo(qtbot, demo_context):
    page = _open_page(qtbot, demo_context)
    seminar = meetings.find_meeting(demo_context.db, "2022/1")
    attendance = len(seminar.attendance)
    page.table.selectRow(_references(page).index("2022/1"))
    page.table.setFocus()
    said = when_dialog(qtbot, click(qtbot, "Delete"))
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "2022/1" in said[0] and "1 agenda item," in said[0]
    qtbot.waitUntil(page.undo_bar.isVisible)  # the writer deleted it
    qtbot.waitUntil(lambda: "2022/1" not in _references(page))
    qtbot.mouseClick(page.undo_bar.undo_button, LEFT)
    assert "2022/1" in _references(page)
    restored = meetings.find_meeting(demo_context.db, "2022/1")
    assert restored.id == seminar.id and len(restored.attendance) == attendance
    # Cancelling deletes nothing.
    page.table.selectRow(_references(page).index("2022/1"))
    when_dialog(qtbot, click(qtbot, "Cancel"))
    qtbot.mouseClick(page.delete_button, LEFT)
    assert "2022/1" in _references(page)


def test_approved_meeting_is_not_deleted(qtbot, demo_context):
    page = _open_page(qtbot, demo_context)
    page.table.selectRow(_references(page).index("2024/1"))
    said = when_dialog(qtbot, click(qtbot, "OK"))
    qtbot.mouseClick(page.delete_button, LEFT)
    assert "approved" in said[0]
    assert meetings.find_meeting(demo_context.db, "2024/1").status == "minutes_approved"


def test_duplicate_carries_attendance_and_standing_agenda(qtbot, demo_context):
    page = _open_page(qtbot, demo_context)
    source = meetings.find_meeting(demo_context.db, "2024/1")
    page.table.selectRow(_references(page).index("2024/1"))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dialog = page.new_dialog
    assert dialog.source.currentData() == source.id and dialog.title.text() == source.title
    dialog.title.selectAll()
    type_text(qtbot, dialog.title, "Nobatdaky mejlis")
    qtbot.mouseClick(dialog.ok_button, LEFT)
    with demo_context.db.read() as s:
        from sqlalchemy import select

        from secretariat.models import Meeting

        new_id = s.scalar(select(Meeting.id).where(Meeting.title == "Nobatdaky mejlis"))
    copy = meetings.get_meeting(demo_context.db, new_id)
    assert copy.status == "planned" and len(copy.attendance) == len(source.attendance)
    assert {a.presence for a in copy.attendance} == {"present"}
    assert [i.title for i in copy.agenda_items] == ["On the Work Plan of the Commission for 2024"]
    assert find_editor(demo_context, new_id) is not None  # opened for editing right away
    assert page.model.rowCount() == 7


def test_same_as_last_meeting(qtbot, demo_context):
    page = _open_page(qtbot, demo_context)
    qtbot.mouseClick(page.like_last_button, LEFT)
    dialog = page.new_dialog
    latest = meetings.latest_meeting_id(demo_context.db)
    assert dialog.source.currentData() == latest
    dialog.reject()
    QApplication.processEvents()
    assert page.model.rowCount() == 6


def test_enter_opens_the_selected_meeting(qtbot, demo_context):
    page = _open_page(qtbot, demo_context)
    page.table.selectRow(_references(page).index("2023/1"))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    meeting = meetings.find_meeting(demo_context.db, "2023/1")
    editor = find_editor(demo_context, meeting.id)
    assert editor is not None and editor.meeting.title == meeting.title
    # Opening it again brings the same window forward.
    page.open_selected()
    assert find_editor(demo_context, meeting.id) is editor
