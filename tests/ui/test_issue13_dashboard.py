"""Dashboard cards and lists open the filtered page they summarise; an empty database offers the demo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from meetings_ui_helpers import close_meeting_editors, show_active  # noqa: F401 - autouse fixture
from secretariat.services import action_items, meetings
from secretariat.services.action_items import ActionQuery
from secretariat.ui.app.main_window import MainWindow

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, demo_context):
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    dashboard = window.show_area("dashboard")
    qtbot.waitUntil(lambda: not dashboard.loading)  # read off the GUI thread
    return window


def test_cards_open_their_page_filtered(qtbot, window, demo_context):
    dashboard = window.pages["dashboard"]
    page = window.show_filtered("action_items", {"state": "done"})
    assert page.state.currentData() == "done"
    window.show_area("dashboard")
    qtbot.mouseClick(dashboard.cards["action_items"], LEFT)
    assert window.stack.currentWidget() is page
    assert page.state.currentData() == "open"
    assert page.model.rowCount() == action_items.count_action_items(demo_context.db, ActionQuery(state="open"))
    window.show_area("dashboard")
    dashboard.cards["meetings"].setFocus()
    QTest.keyClick(dashboard.cards["meetings"], Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.pages["meetings"]


def test_lists_show_upcoming_meetings_and_what_is_overdue_and_open_it(qtbot, window, demo_context):
    dashboard = window.pages["dashboard"]
    overdue = dashboard.lists["measures"]
    assert overdue.count() >= 1
    item = overdue.item(0)
    if item.flags() & Qt.ItemFlag.ItemIsEnabled:
        overdue.itemActivated.emit(item)
        plans_page = window.pages["plans"]
        assert window.stack.currentWidget() is plans_page and plans_page.overdue.isChecked()
        window.show_area("dashboard")
    reports = dashboard.lists["overdue"]
    if reports.item(0).flags() & Qt.ItemFlag.ItemIsEnabled:
        reports.itemActivated.emit(reports.item(0))
        assert window.pages["national_reports"].due.currentData() == "overdue"
        window.show_area("dashboard")
    actions = dashboard.lists["action_items"]
    texts = [actions.item(i).text() for i in range(actions.count())]
    overdue_actions = action_items.list_action_items(demo_context.db, ActionQuery(state="overdue"), limit=8)
    assert len([t for t in texts if "—" in t]) == len(overdue_actions)
    upcoming = dashboard.lists["meetings"]
    assert upcoming.count() >= 1


def test_an_empty_database_offers_to_load_the_demo(qtbot, context):
    window = MainWindow(context)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    dashboard = window.show_area("dashboard")
    qtbot.waitUntil(lambda: not dashboard.loading)
    assert dashboard.empty_box.isVisible() and dashboard.demo_button.isVisible()
    qtbot.mouseClick(dashboard.demo_button, LEFT)
    qtbot.waitUntil(lambda: dashboard._demo_operation.running is False, timeout=60000)
    qtbot.waitUntil(lambda: not dashboard.loading and not dashboard.empty_box.isVisible())
    assert meetings.list_meetings(context.db)
    assert dashboard.cards["meetings"].number.text() != "0"
