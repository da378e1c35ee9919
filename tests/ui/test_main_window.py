"""The main window opens on a database and shows what it holds."""

from __future__ import annotations

from PySide6.QtCore import Qt

from secretariat.services import directory
from secretariat.ui.app.main_window import MainWindow
from secretariat.ui.pages.dashboard.page import DashboardPage
from secretariat.ui.pages.registry import AREAS


def test_window_shows_dashboard_counts(qtbot, demo_context) -> None:
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    page = window.pages["dashboard"]
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: not page.loading)  # the counts are read off the GUI thread
    assert page.cards["meetings"].number.text() == "6"
    assert page.cards["national_reports"].number.text() == "7"
    assert page.cards["organizations"].number.text() == "32"
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [a.title() for a in AREAS]


def test_every_area_opens(qtbot, demo_context) -> None:
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    for area in AREAS:
        page = window.show_area(area.key)
        assert window.stack.currentWidget() is page
        assert page.title()


def test_keyboard_navigation_and_refresh(qtbot, context) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    # Keys go where a user's keys go: to the widget with the focus.
    window.nav.setFocus()
    organizations = Qt.Key(Qt.Key.Key_1.value + [a.key for a in AREAS].index("organizations"))
    qtbot.keyClick(window.nav, organizations, Qt.KeyboardModifier.ControlModifier)
    assert AREAS[window.nav.currentRow()].key == "organizations"
    qtbot.keyClick(window.nav, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    dashboard = window.pages["dashboard"]
    qtbot.waitUntil(lambda: not dashboard.loading)  # the counts are read off the GUI thread
    assert dashboard.cards["organizations"].number.text() == "0"
    directory.create_organization(context.db, "Mejlis", "parliament")
    context.notify("organizations")
    qtbot.waitUntil(lambda: dashboard.cards["organizations"].number.text() == "1")


def test_layout_is_remembered(qtbot, context) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.resize(780, 560)
    window.show_area("organizations")
    window.close()
    second = MainWindow(context)
    qtbot.addWidget(second)
    assert AREAS[second.nav.currentRow()].key == "organizations"
    assert (second.size().width(), second.size().height()) == (780, 560)


def test_organizations_search_in_any_case(qtbot, context, type_text) -> None:
    directory.create_organization(context.db, "Министерство юстиции")
    directory.create_organization(context.db, "Ministry of Health")
    window = MainWindow(context)
    qtbot.addWidget(window)
    page = window.show_area("organizations")
    type_text(page.search, "МИНИСТЕРСТВО")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 0).data() == "Министерство юстиции"


def test_empty_database_says_where_to_start(qtbot, context) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    dashboard = window.pages["dashboard"]
    qtbot.waitUntil(lambda: not dashboard.loading)  # the counts are read off the GUI thread
    assert dashboard.empty_hint.isVisible()
    directory.create_organization(context.db, "Mejlis", "parliament")
    context.notify("organizations")
    qtbot.waitUntil(lambda: not dashboard.empty_hint.isVisible())
