"""The window shows before the database opens, then fills; what stops it is said in words."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from meetings_ui_helpers import click, when_dialog
from secretariat.db import open_database
from secretariat.ui.app.main_window import MainWindow
from secretariat.ui.app.single_instance import InstanceGuard
from secretariat.ui.app.startup import Startup

EDITORS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)


def _shown_frame(qtbot, settings) -> MainWindow:
    window = MainWindow(settings=settings)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_frame_shows_opening_with_nothing_to_type_into_then_the_page(qtbot, db_path, settings):
    window = _shown_frame(qtbot, settings)
    assert window.windowTitle() == "Secretariat" and not window.attached
    opening = window.stack.currentWidget().findChild(QLabel, "openingLabel")
    assert opening is not None and opening.isVisible() and opening.text() == "Opening the database…"
    assert window.db_label.text() == "Opening the database…"
    # Nothing typed can be lost: there is nothing to type into, and the menus that act on
    # the database are greyed; Quit and Help work.
    assert [w for w in window.findChildren(QWidget) if isinstance(w, EDITORS) and w.isVisible()] == []
    assert [m.isEnabled() for m in (window.edit_menu, window.go_menu, window.reports_menu)] == [False] * 3
    assert [a.text() for a in window.file_menu.actions()] == ["&Quit"]
    startup = Startup(window, settings, str(db_path))
    with qtbot.waitSignal(startup.ready, timeout=60_000):
        startup.begin()
    try:
        assert window.attached and window.context is startup.context
        assert window.windowTitle() == "Dashboard — Secretariat"
        assert window.stack.currentWidget() is window.pages["dashboard"]
        assert window.db_label.text() == startup.context.db.display_name
        assert window.edit_menu.isEnabled() and "&Open database…" in [a.text() for a in window.file_menu.actions()]
        assert window.file_menu.actions()[-1].text() == "&Quit"
        assert window.search_box.field.isVisible()  # put in the menu bar after it had shown
        assert db_path.exists() and startup.exit_code is None
        dashboard = window.pages["dashboard"]
        qtbot.waitUntil(lambda: not dashboard.loading)
        assert dashboard.empty_box.isVisible()  # a new database: the demo is offered once that is known
    finally:
        startup.context.db.dispose()


def test_a_database_of_a_newer_version_is_said_in_words_and_the_window_closes(qtbot, db_path, settings):
    open_database(db_path).dispose()
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    con.commit()
    con.close()
    window = _shown_frame(qtbot, settings)
    startup = Startup(window, settings, str(db_path))
    said = when_dialog(qtbot, click(qtbot, "Close"), timeout=60)
    with qtbot.waitSignal(startup.finished, timeout=60_000) as finished:
        startup.begin()
    assert finished.args == [2] and startup.context is None and not window.attached
    assert "newer version" in said[0]


def test_a_second_window_on_the_same_database_is_told_and_switches(qtbot, db_path, settings):
    open_database(db_path).dispose()
    first = InstanceGuard()
    assert first.claim(db_path)
    raised = []
    first.activate_requested.connect(lambda: raised.append(True))
    window = _shown_frame(qtbot, settings)
    startup = Startup(window, settings, str(db_path))
    said = when_dialog(qtbot, click(qtbot, "Switch to the open window"), timeout=60)
    try:
        with qtbot.waitSignal(startup.finished, timeout=60_000) as finished:
            startup.begin()
        assert finished.args == [0] and not window.attached
        assert "already open" in said[0]
        qtbot.waitUntil(lambda: raised == [True])
    finally:
        first.release()


def test_a_reader_started_on_a_shared_database_sees_no_writing_controls_on_the_first_page(qtbot, shared, settings):
    from secretariat.ui.core.settings import WINDOW_AREA

    WINDOW_AREA.set(settings, "meetings")  # the window opens where it was left
    window = _shown_frame(qtbot, settings)
    startup = Startup(window, settings, shared.url("reader"))
    with qtbot.waitSignal(startup.ready, timeout=60_000):
        startup.begin()
    try:
        page = window.pages["meetings"]
        assert window.stack.currentWidget() is page
        assert not page.new_button.isVisible() and page.print_button.isVisible()
        assert not window.spreadsheet_actions.import_action.isVisible()
    finally:
        startup.context.db.dispose()


def test_every_page_but_the_first_is_loaded_ahead_of_its_first_visit(qtbot, demo_context):
    """The modules the Startup imports in the background once the window is on its database
    are those of the pages: a page left out would stop the GUI thread at its first visit."""
    from secretariat.ui.app.startup import PAGES
    from secretariat.ui.pages.registry import AREAS

    built = set()
    for area in AREAS[1:]:  # the Dashboard is loaded with the database
        page = area.build(demo_context)
        qtbot.addWidget(page)
        built.add(type(page).__module__)
    assert built == set(PAGES)
