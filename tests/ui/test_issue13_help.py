"""Help: user guide, shortcuts, application icon and window class, About with versions and licences."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QTableWidget, QTextBrowser

from secretariat import __version__
from secretariat.ui.app.main_window import MainWindow


def _help_action(window, name):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "Help")
    return next(a for a in menu.actions() if a.text().replace("&", "") == name)


def test_help_menu_offers_guide_shortcuts_and_about(qtbot, demo_context):
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    app = QApplication.instance()
    assert app.applicationName() == "Secretariat" and app.desktopFileName() == "secretariat"
    assert not app.windowIcon().isNull() and not app.windowIcon().pixmap(32, 32).isNull()

    _help_action(window, "User guide").trigger()
    guide = window.findChild(QTextBrowser, "guide")
    assert "New agenda item" in guide.toPlainText()

    _help_action(window, "Keyboard shortcuts").trigger()
    table = window.findChild(QTableWidget, "shortcuts")
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    assert ("Edit", "Undo", "Ctrl+Z") in rows
    assert any(command == "Print minutes…" or keys == "Ctrl+1" for _menu, command, keys in rows)

    _help_action(window, "About Secretariat").trigger()
    about = window.about_dialog.findChild(QTextBrowser, "about").toPlainText()
    assert __version__ in about and str(demo_context.db.path) in about
    for component in ("Qt", "SQLAlchemy", "reportlab", "openpyxl"):
        assert component in about
    assert "MIT" in about and "LGPL" in about


def test_user_guide_comes_in_the_interface_language():
    import re

    from secretariat.ui.app.help import guide_file

    assert guide_file("en").name == "guide.html"
    russian = guide_file("ru").read_text(encoding="utf-8")
    turkmen = guide_file("tk").read_text(encoding="utf-8")
    assert guide_file("ru").name == "guide_ru.html" and re.search("Заседания", russian)
    assert guide_file("tk").name == "guide_tk.html" and re.search("[äçňöşüýž]", turkmen)
    assert "Ctrl+S" in russian and "Ctrl+S" in turkmen
