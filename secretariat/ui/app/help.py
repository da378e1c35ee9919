"""Help menu: the user guide, the keyboard shortcuts, About (version, database, licences)."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME, __version__
from ...db.reference_data import resource_path
from ..core.formatting import interface_language

#: The components the application is built from, each named with its licence in About.
COMPONENTS = ("PySide6-Essentials", "shiboken6", "SQLAlchemy", "alembic", "Mako", "openpyxl", "reportlab",
              "pypdfium2", "platformdirs", "defusedxml")


def resource(name: str) -> Path:
    """A file of the resources folder, installed or from the source tree."""
    return resource_path(name)


def application_icon() -> QIcon:
    return QIcon(str(resource("secretariat.svg")))


def _dialog(parent: QWidget | None, title: str, body: QWidget, name: str, size: tuple[int, int]) -> QDialog:
    dialog = QDialog(parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    layout = QVBoxLayout(dialog)
    layout.addWidget(body)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(*size)
    dialog.show()
    return dialog


def guide_file(language: str | None = None) -> Path:
    """The user guide in the interface language (guide_ru.html, guide_tk.html), else English."""
    code = language or interface_language()
    translated = resource(f"guide_{code}.html")
    return translated if code != "en" and translated.is_file() else resource("guide.html")


def show_user_guide(parent: QWidget | None) -> QDialog:
    browser = QTextBrowser()
    browser.setObjectName("guide")
    browser.setOpenExternalLinks(True)
    browser.setHtml(guide_file().read_text(encoding="utf-8"))
    return _dialog(parent, QCoreApplication.translate("help", "User guide"), browser, "userGuide", (720, 640))


def shortcuts_of(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every menu command that has a shortcut: always what the window does."""
    rows: list[tuple[str, str, str]] = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        menu.aboutToShow.emit()  # menus filled on first opening
        for action in menu.actions():
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
            if keys:
                rows.append((menu_action.text().replace("&", ""), action.text().replace("&", ""), keys))
    return rows


#: Keys that work inside the lists and the meeting editor (not menu commands).
LIST_KEYS = (
    (QT_TRANSLATE_NOOP("help", "Lists"), QT_TRANSLATE_NOOP("help", "Search the list"), "Ctrl+F"),
    (QT_TRANSLATE_NOOP("help", "Lists"), QT_TRANSLATE_NOOP("help", "Open the selected line"), "Enter"),
    (QT_TRANSLATE_NOOP("help", "Lists"), QT_TRANSLATE_NOOP("help", "New"), "Ctrl+N"),
    (QT_TRANSLATE_NOOP("help", "Lists"), QT_TRANSLATE_NOOP("help", "Delete the selected line"), "Del"),
    (QT_TRANSLATE_NOOP("help", "Lists"), QT_TRANSLATE_NOOP("help", "Export the list to Excel"), "Ctrl+E"),
    (QT_TRANSLATE_NOOP("help", "Meeting"), QT_TRANSLATE_NOOP("help", "Move the agenda item up / down"), "Alt+Up / Alt+Down"),
    (QT_TRANSLATE_NOOP("help", "Meeting"), QT_TRANSLATE_NOOP("help", "Save"), "Ctrl+S"),
    (QT_TRANSLATE_NOOP("help", "Forms"), QT_TRANSLATE_NOOP("help", "Save the form"), "Ctrl+Enter"),
)


def show_shortcuts(window: QMainWindow) -> QDialog:
    rows = shortcuts_of(window) + [(QCoreApplication.translate("help", a), QCoreApplication.translate("help", b), c)
                                 for a, b, c in LIST_KEYS]
    table = QTableWidget(len(rows), 3)
    table.setObjectName("shortcuts")
    table.setHorizontalHeaderLabels([QCoreApplication.translate("help", "Where"), QCoreApplication.translate("help", "Command"), QCoreApplication.translate("help", "Keys")])
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    table.resizeColumnToContents(0)
    table.resizeColumnToContents(2)
    return _dialog(window, QCoreApplication.translate("help", "Keyboard shortcuts"), table, "shortcutsDialog", (640, 560))


def licence_of(distribution: str) -> str:
    try:
        meta = metadata.metadata(distribution)
    except metadata.PackageNotFoundError:
        return ""
    expression = meta.get("License-Expression")
    if expression:
        return expression
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    licence = (meta.get("License") or "").strip()
    return ", ".join(classifiers) or (licence.splitlines()[0] if licence else "")


def components() -> list[tuple[str, str, str]]:
    """(name, version, licence) of Python, Qt and each library used."""
    rows = [("Python", ".".join(map(str, __import__("sys").version_info[:3])), "PSF-2.0"),
            ("Qt", qVersion(), "LGPL-3.0-only")]
    for name in COMPONENTS:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
        rows.append((name, version, licence_of(name) or QCoreApplication.translate("help", "see its documentation")))
    if not any(r[0].startswith("PySide6") for r in rows):
        rows.append(("PySide6", pyside_version, "LGPL-3.0-only"))
    return rows


def about_html(database: str) -> str:
    lines = "".join(f"<tr><td>{n}</td><td>{v}</td><td>{lic}</td></tr>" for n, v, lic in components())
    text = QCoreApplication.translate("help", "<h2>%1 %2</h2><p>Meetings and minutes, plans and measures, UN recommendations and national "
              "reports of the Interministerial Commission.</p><p><b>Database:</b> %3</p>"
              "<p><b>Licence:</b> %4</p><p>Built with:</p>")
    own = licence_of("secretariat") or "—"
    return (text.replace("%1", APP_NAME).replace("%2", __version__).replace("%3", database).replace("%4", own)
            + f"<table cellspacing='0' cellpadding='3'>{lines}</table>")


def show_about(parent: QWidget | None, database: str) -> QDialog:
    browser = QTextBrowser()
    browser.setObjectName("about")
    browser.setHtml(about_html(database))
    return _dialog(parent, QCoreApplication.translate("help", "About Secretariat"), browser, "aboutDialog", (560, 520))


def help_actions(window: QMainWindow) -> list[QAction]:
    guide = QAction(QCoreApplication.translate("help", "&User guide"), window)
    guide.setShortcut(QKeySequence.StandardKey.HelpContents)
    guide.triggered.connect(lambda: show_user_guide(window))
    keys = QAction(QCoreApplication.translate("help", "&Keyboard shortcuts"), window)
    keys.setShortcut(QKeySequence("Ctrl+/"))
    keys.triggered.connect(lambda: show_shortcuts(window))
    return [guide, keys]
