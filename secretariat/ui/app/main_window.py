"""The main window: navigation on the left, the chosen area on the right.

It can show before the database is open (``MainWindow(settings=...)``, then
``attach(context)``): its frame, navigation and menus first, "Opening the database…"
where the page goes, and nothing to type into until the pages are built. This module
therefore imports nothing of SQLAlchemy, the models or the pages at its top.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...db.paths import log_dir
from ..core.context import AppContext
from ..pages.registry import AREAS
from ..core.settings import LAST_DATABASE, WINDOW_AREA, WINDOW_GEOMETRY, WINDOW_SPLITTER

if TYPE_CHECKING:
    from ..pages.base import Page


def _say_opening(holder: QWidget) -> None:
    """Where a page goes while the database opens."""
    layout = QVBoxLayout(holder)
    label = QLabel(QCoreApplication.translate("MainWindow", "Opening the database…"))
    label.setObjectName("openingLabel")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setEnabled(False)
    layout.addWidget(label)


def _leave_undo_to_the_edit_menu(page: QWidget) -> None:
    """A page's own Ctrl+Z (for when it stands alone) would make the Edit menu's ambiguous."""
    undo = QKeySequence(QKeySequence.StandardKey.Undo)
    for action in page.findChildren(QAction):
        if undo in action.shortcuts():
            action.setShortcuts([k for k in action.shortcuts() if k != undo])


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext | None = None, parent: QWidget | None = None, *,
                 settings: QSettings | None = None) -> None:
        """The window on *context*; without one, its frame only until ``attach`` (see the module)."""
        super().__init__(parent)
        self.context: AppContext = context  # type: ignore[assignment] - None only until attach()
        self._settings = context.settings if context is not None else settings or AppContext.default_settings()
        self.setWindowTitle(APP_NAME)
        self.setMinimumSize(QSize(720, 480))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setMaximumWidth(260)
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        for area in AREAS:
            item = QListWidgetItem(area.title())
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            self.nav.addItem(item)
            holder = QWidget()
            holder.setObjectName(f"holder_{area.key}")
            if context is None:
                _say_opening(holder)
            self.stack.addWidget(holder)
        # As wide as its longest entry (Russian and Turkmen names run a third longer), so
        # that no page name is cut off.
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setMaximumWidth(max(260, self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 24))
        self.nav.setMinimumWidth(min(self.nav.maximumWidth(), self.nav.sizeHintForColumn(0) + 24))
        self.splitter = QSplitter()
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.nav.currentRowChanged.connect(self.show_area_at)
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self._make_menus()
        if context is not None:
            self._attach_parts()
        else:
            self.db_label.setText(self.tr("Opening the database…"))
        self._restore_layout()
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def attach(self, context: AppContext) -> None:
        """The database is open: fill the menus and show the chosen page."""
        self.context = context
        self._settings = context.settings
        self._attach_parts()
        self.show_area_at(self.nav.currentRow())
        self.connection_actions.apply_rights()  # to the page just built, as a change of page does

    @property
    def attached(self) -> bool:
        return self.context is not None

    def _attach_parts(self) -> None:
        self._build_menus()
        self.context.database_replaced.connect(self._on_database_replaced)
        self._update_db_label()

    # -- navigation -------------------------------------------------------------
    def show_area(self, key: str) -> Page:
        index = [a.key for a in AREAS].index(key)
        self.nav.setCurrentRow(index)
        return self.pages[key]

    def show_filtered(self, key: str, filters: dict) -> Page:
        """Show a page with its filters set to *filters* (what a dashboard card counts)."""
        page = self.show_area(key)
        page.show_filtered(filters)
        return page

    def open_meeting(self, meeting_id: int, action_id: int | None = None) -> None:
        from ..meeting_editor import open_meeting_editor

        open_meeting_editor(self.context, meeting_id, self, action_id=action_id)

    def show_area_at(self, index: int) -> None:
        if index < 0:
            return
        area = AREAS[index]
        if self.context is None:  # still opening the database: the page is built by attach()
            self.stack.setCurrentIndex(index)
            return
        if area.key not in self.pages:
            from ..pages.dashboard.page import DashboardPage

            page = area.build(self.context)
            page.setObjectName(f"page_{area.key}")
            old = self.stack.widget(index)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.stack.insertWidget(index, page)
            self.pages[area.key] = page
            _leave_undo_to_the_edit_menu(page)
            if isinstance(page, DashboardPage):
                page.area_requested.connect(self.show_filtered)
                page.meeting_requested.connect(self.open_meeting)
        self.stack.setCurrentIndex(index)
        self.setWindowTitle(f"{self.pages[area.key].title()} — {APP_NAME}")

    # -- menus ------------------------------------------------------------------
    def _make_menus(self) -> None:
        """The menu bar as it stands while the database opens: Quit and Help; the rest greyed."""
        self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        # Filled on first opening: the report registry imports reportlab, which start-up need not pay for.
        self.reports_menu = self.menuBar().addMenu(self.tr("&Reports"))
        self.reports_menu.aboutToShow.connect(self.fill_reports_menu)
        for menu in (self.edit_menu, self.go_menu, self.reports_menu):
            menu.setEnabled(False)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        from .help import help_actions

        for help_action in help_actions(self):
            help_menu.addAction(help_action)
        help_menu.addSeparator()
        logs = QAction(self.tr("Open &log folder"), self)
        logs.triggered.connect(self.open_log_folder)
        help_menu.addAction(logs)
        about = QAction(self.tr("&About Secretariat"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def _build_menus(self) -> None:
        """The menus' entries that work on the database."""
        for menu in (self.edit_menu, self.go_menu, self.reports_menu):
            menu.setEnabled(True)
        file_menu = self.file_menu
        file_menu.clear()
        self.open_action = QAction(self.tr("&Open database…"), self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_database)
        file_menu.addAction(self.open_action)
        self.print_minutes_action = QAction(self.tr("Print &minutes…"), self)
        self.print_minutes_action.triggered.connect(self.print_minutes)
        file_menu.addAction(self.print_minutes_action)
        from .spreadsheet_actions import SpreadsheetActions  # File → Import from Excel… / questionnaires

        self.spreadsheet_actions = SpreadsheetActions(self, self.context)
        self.spreadsheet_actions.add_to_menu(file_menu)
        file_menu.addSeparator()
        from .backup_actions import BackupActions  # File → Back up now / Restore from backup…

        self.backup_actions = BackupActions(self, self.context)
        self.backup_actions.add_to_menu(file_menu)
        file_menu.addSeparator()
        from .checkout_actions import CheckoutActions  # Check out a meeting… / Check in a copy…
        from .connection_actions import ConnectionActions  # shared database, local file, Users…

        self.checkout_actions = CheckoutActions(self, self.context)  # before the rights are applied to it
        self.connection_actions = ConnectionActions(self, self.context)
        self.connection_actions.add_to_menu(file_menu)
        file_menu.addSeparator()
        self.checkout_actions.add_to_menu(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        edit_menu = self.edit_menu
        self.undo_action, self.redo_action = self.context.undo.actions(self)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        settings_action = QAction(self.tr("&Settings…"), self)
        settings_action.setObjectName("settingsAction")
        settings_action.setShortcut(QKeySequence("Ctrl+,"))
        settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        settings_action.triggered.connect(self.open_settings)
        edit_menu.addAction(settings_action)

        go_menu = self.go_menu
        for number, area in enumerate(AREAS, start=1):
            action = QAction(area.title(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=area.key: self.show_area(key))
            go_menu.addAction(action)
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(lambda: self.context.notify("all"))
        go_menu.addSeparator()
        go_menu.addAction(refresh)
        from .search_box import SearchBox  # the toolbar's search over everything (Ctrl+K)

        self.search_box = SearchBox.install(self, go_menu)

    def fill_reports_menu(self) -> None:
        if self.reports_menu.actions() or self.context is None:
            return
        from ...io.documents import REPORTS

        for name, spec in REPORTS.items():
            action = QAction(spec.title() + "…", self)
            action.setObjectName(f"report_{name}")
            action.setToolTip(spec.description())
            action.triggered.connect(lambda _checked=False, n=name: self.open_report(n))
            self.reports_menu.addAction(action)

    def open_report(self, name: str) -> None:
        from ..reports.report_dialog import open_report

        open_report(self, self.context, name)

    def open_settings(self) -> None:
        from ..dialogs.settings_dialog import open_settings

        open_settings(self, self.context.settings, self.close)

    def print_minutes(self) -> None:
        from ..reports.minutes_pdf_action import ask_and_preview_minutes

        ask_and_preview_minutes(self, self.context)

    def choose_database(self) -> None:
        start = str(self.context.db.path.parent) if self.context.db.path else ""
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), start, self.tr("Secretariat database (*.sqlite *.db);;All files (*)"))
        if path:
            self.open_database_file(path)

    def open_database_file(self, path: str) -> bool:
        from ...db import DatabaseError, open_database

        try:
            db = open_database(path)
        except DatabaseError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the database"), str(exc))
            return False
        self.context.replace_database(db)
        LAST_DATABASE.set(self.context.settings, path)
        return True

    def _on_database_replaced(self) -> None:
        self._update_db_label()

    def _update_db_label(self) -> None:
        db = self.context.db
        self.db_label.setText(db.display_name)

    def open_log_folder(self) -> None:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def about(self) -> None:
        from .help import show_about

        self.about_dialog = show_about(self, self.db_label.text())

    # -- layout memory ----------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = self._settings
        geometry = WINDOW_GEOMETRY.get(settings)
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 780)
        splitter = WINDOW_SPLITTER.get(settings)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([220, 980])
        area = WINDOW_AREA.get(settings)
        keys = [a.key for a in AREAS]
        self.nav.setCurrentRow(keys.index(area) if area in keys else 0)

    def save_layout(self) -> None:
        settings = self._settings
        WINDOW_GEOMETRY.set(settings, self.saveGeometry())
        WINDOW_SPLITTER.set(settings, self.splitter.saveState())
        current = self.nav.currentRow()
        if current >= 0:
            WINDOW_AREA.set(settings, AREAS[current].key)
        for page in self.pages.values():
            save = getattr(page, "save_layout", None)
            if callable(save):
                save(settings)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt naming
        for page in self.pages.values():
            can_close = getattr(page, "can_close", None)
            if callable(can_close) and not can_close():
                event.ignore()
                return
        self.save_layout()
        super().closeEvent(event)
