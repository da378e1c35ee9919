"""The one search box: Ctrl+K, type, see the hits grouped by kind, open one with the keyboard or the mouse."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from meetings_ui_helpers import close_meeting_editors, show_active  # noqa: F401 - autouse fixture
from secretariat.services import search
from secretariat.ui import meeting_editor
from secretariat.ui.app.main_window import MainWindow
from secretariat.ui.app.search_box import HIT_ROLE


@pytest.fixture
def window(qtbot, demo_context):
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.resize(1200, 780)
    show_active(qtbot, window)
    return window


def _search(qtbot, window, text: str):
    box = window.search_box
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert box.field.hasFocus()
    box.field.clear()
    QTest.keyClicks(box.field, text)
    qtbot.waitUntil(lambda: box.results.isVisible() and box.shown_query == text, timeout=5000)
    tree = box.results.tree
    return box, [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]


def _current_hit(box):
    return box.results.tree.currentItem().data(0, HIT_ROLE)


def test_type_see_groups_and_open_with_the_keyboard(qtbot, window, demo_context, tmp_path):
    box, headings = _search(qtbot, window, "ratif")
    assert headings == ["Plan measures (2)", "Recommendations (2)"]
    window.grab().save(str(tmp_path / "search.png"))
    assert _current_hit(box).kind == search.MEASURE  # the first hit is ready for Enter
    for _ in range(2):
        QTest.keyClick(box.field, Qt.Key.Key_Down)
    hit = _current_hit(box)
    assert hit.kind == search.RECOMMENDATION
    QTest.keyClick(box.field, Qt.Key.Key_Return)
    page = window.pages["recommendations"]
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    assert page.dialog.rec_id == hit.record_id
    assert not box.results.isVisible()
    page.dialog.reject()


def test_escape_closes_the_list_then_leaves_the_box(qtbot, window):
    box, headings = _search(qtbot, window, "minis")
    assert "Organizations (8)" in headings
    QTest.keyClick(box.field, Qt.Key.Key_Escape)
    assert not box.results.isVisible() and box.field.hasFocus()
    QTest.keyClick(box.field, Qt.Key.Key_Escape)
    assert not box.field.hasFocus()


def test_double_click_opens_a_meeting_and_a_measure(qtbot, window, demo_context):
    box, headings = _search(qtbot, window, "minis")
    assert headings[0].startswith("Meetings (")
    tree = box.results.tree
    first = tree.topLevelItem(0).child(0)
    meeting_id = first.data(0, HIT_ROLE).meeting_id
    tree.itemDoubleClicked.emit(first, 0)
    qtbot.waitUntil(lambda: meeting_editor.find_editor(demo_context, meeting_id) is not None)

    box, _headings = _search(qtbot, window, "ratif")
    measure_item = box.results.tree.topLevelItem(0).child(1)
    measure_id = measure_item.data(0, HIT_ROLE).measure_id
    box.results.tree.itemDoubleClicked.emit(measure_item, 0)
    plans_page = window.pages["plans"]
    assert window.stack.currentWidget() is plans_page
    assert plans_page.current() == ("measure", measure_id)


def test_show_all_opens_the_page_searched(qtbot, window):
    box, _headings = _search(qtbot, window, "minis")
    tree = box.results.tree
    organizations = next(tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
                         if tree.topLevelItem(i).text(0).startswith("Organizations"))
    assert organizations.childCount() == 6  # the five newest, then the way to the other three
    more = organizations.child(5)
    assert more.text(0) == "Show all 8…"
    box.open_item(more)
    page = window.pages["organizations"]
    assert window.stack.currentWidget() is page and page.search.text() == "minis"
    box.results.show_groups([search.HitGroup(search.RECOMMENDATION, "Recommendations", 100,
                                             [search.Hit(search.RECOMMENDATION, 1, "UPR-4 1")], more=True)], "r")
    heading = box.results.tree.topLevelItem(0)
    assert heading.text(0) == "Recommendations (100+)" and heading.child(1).text(0) == "Show all…"
