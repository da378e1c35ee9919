"""The window, every page and the dialogs, opened in Turkmen and in Russian with the real
catalogues: no English source text may be left in menus, window titles, buttons, tab
names, group titles, navigation and table headers. The texts are collected by walking
the widgets, not listed by hand, so a new screen is covered as soon as it is opened here.
(While a catalogue is unfinished these tests fail, naming what is left in English.)"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QListWidget,
    QMenu,
    QTabWidget,
    QWidget,
    QWizard,
)
from sqlalchemy import select

from secretariat.locale import LOCALE_DIR
from secretariat.models import Measure, Meeting, Organization, Plan, Recommendation

LANGUAGES = ["tk", "ru"]


def _normal(text: str) -> str:
    text = re.sub(r"&(?!&)", "", text).replace("&&", "&")
    return " ".join(text.split()).rstrip("…").rstrip(".").rstrip(":").strip()


def _catalogue(path) -> dict[str, set[str]]:
    """Source text → its finished translations (normalised)."""
    found: dict[str, set[str]] = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = _normal(message.findtext("source") or "")
        translation = message.find("translation")
        finished = translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")
        texts = [t.text or "" for t in translation.iter("numerusform")] if translation is not None else []
        if translation is not None and not texts:
            texts = [translation.text or ""]
        found.setdefault(source, set()).update(_normal(t) for t in texts if finished and t)
    return found


def english_left(texts: Iterator[tuple[str, str]], language: str) -> list[str]:
    """The texts that are an English source of the catalogues and not also their translation
    (a word spelled the same in both, like "OK", is no mistake)."""
    own = _catalogue(LOCALE_DIR / f"secretariat_{language}.ts")
    qt = _catalogue(LOCALE_DIR / "qtbase_tk.ts")  # the Qt texts the application shows
    left = []
    for where, text in texts:
        key = _normal(text)
        if len(key) < 2 or not re.search(r"[A-Za-z]{2}", key):
            continue
        for table in (own, qt):
            if key in table and key not in table[key]:
                if language == "ru" and table is qt and _qt_ru_translates(key):
                    continue
                left.append(f"{where}: {text!r}")
                break
    return sorted(set(left))


def _qt_ru_translates(key: str) -> bool:
    """Qt's own qtbase_ru has this standard text (the Russian interface uses Qt's catalogue;
    "OK" is "OK" there too)."""
    from secretariat.locale import CATALOGUES_BY_LANGUAGE

    contexts = ("QPlatformTheme", "QWizard", "QFileDialog", "QMessageBox", "QLineEdit", "QDialogButtonBox")
    return any(translator.translate(context, source)
               for translator in CATALOGUES_BY_LANGUAGE.translators("ru")
               for context in contexts for source in (key, "&" + key))


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every window title, menu, button, tab, group, navigation entry and
    column header under *root*."""
    name = type(root).__name__
    yield f"{name} title", root.windowTitle()
    for menu in root.findChildren(QMenu):
        yield f"{name} menu", menu.title()
        for action in menu.actions():
            if not action.isSeparator():
                yield f"{name} menu item", action.text()
    if hasattr(root, "menuBar") and root.menuBar() is not None:
        for action in root.menuBar().actions():
            yield f"{name} menu bar", action.text()
    for button in root.findChildren(QAbstractButton):
        if button.text():
            yield f"{name} button", button.text()
    for tabs in root.findChildren(QTabWidget):
        for i in range(tabs.count()):
            yield f"{name} tab", tabs.tabText(i)
    for group in root.findChildren(QGroupBox):
        yield f"{name} group", group.title()
    for listing in root.findChildren(QListWidget):
        for i in range(min(listing.count(), 50)):
            yield f"{name} list", listing.item(i).text()
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model: no columns to name
            continue
        for column in range(columns):
            header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
            if isinstance(header, str):
                yield f"{name} column header", header
    if isinstance(root, QWizard):
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
            yield f"{name} wizard button", root.buttonText(which)
        for page_id in root.pageIds():
            yield f"{name} wizard page", root.page(page_id).title()


@pytest.fixture(params=LANGUAGES)
def translated(request, demo_context):
    from secretariat.ui.app.application import create_application

    create_application(language=request.param)
    yield request.param, demo_context
    create_application(language="en")


def _first(db, model):
    with db.read() as s:
        return s.scalars(select(model.id).order_by(model.id).limit(2)).all()


def test_main_window_and_every_page(translated, qtbot):
    from secretariat.ui.app.main_window import MainWindow
    from secretariat.ui.pages.registry import AREAS

    language, context = translated
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.fill_reports_menu()
    texts = []
    for area in AREAS:
        window.show_area(area.key)
        texts += list(visible_texts(window))
    left = english_left(texts, language)
    assert not left, f"{len(left)} texts still in English in {language}:\n" + "\n".join(left[:60])


def _dialogs(context):
    """Every dialog that can be opened on the demo database without a user's click."""
    from secretariat.io.documents import REPORTS
    from secretariat.ui.app.backup_actions import RestoreDialog
    from secretariat.ui.widgets.conflict import ConflictDialog
    from secretariat.ui.dialogs.directory_dialogs import MergeDialog, OrganizationDialog, PersonDialog
    from secretariat.ui.dialogs.link_dialog import link_measures_dialog
    from secretariat.ui.dialogs.measure_dialog import MeasureDialog
    from secretariat.ui.dialogs.plan_dialogs import PlanDialog, ProgressDialog, SectionDialog
    from secretariat.ui.dialogs.recommendation_dialog import BulkEditDialog, RecommendationDialog
    from secretariat.ui.dialogs.national_report_dialog import NationalReportDialog
    from secretariat.ui.dialogs.settings_dialog import SettingsDialog, ask_restart
    from secretariat.ui.import_wizard.wizard import ImportWizard
    from secretariat.ui.meeting_editor.new_meeting_dialog import NewMeetingDialog
    from secretariat.ui.reports.report_dialog import ReportDialog
    from secretariat.ui.app.spreadsheet_actions import QuestionnaireDialog

    db = context.db
    plan_id, measure_id, meeting_id = _first(db, Plan)[0], _first(db, Measure)[0], _first(db, Meeting)[0]
    rec_ids, org_ids = _first(db, Recommendation), _first(db, Organization)
    yield SettingsDialog(context.settings)
    yield ask_restart(None, "en")
    for name in REPORTS:
        yield ReportDialog(None, context, name)
    yield RestoreDialog(None, [], LOCALE_DIR, keep=5, auto=True)
    yield ConflictDialog(None, "x", {"Title": "a"}, {"Title": "b"})
    yield OrganizationDialog(context)
    yield PersonDialog(context)
    yield MergeDialog(context, org_ids)
    yield PlanDialog(context)
    yield SectionDialog(context, plan_id)
    yield MeasureDialog(context, plan_id)
    yield ProgressDialog(context, measure_id)
    yield RecommendationDialog(context)
    yield BulkEditDialog(context, rec_ids)
    yield link_measures_dialog(context, rec_ids[0])
    yield NationalReportDialog(context)
    yield NewMeetingDialog(db)
    yield ImportWizard(context)
    yield QuestionnaireDialog(context)
    from secretariat.ui.meeting_editor import open_meeting_editor

    editor = open_meeting_editor(context, meeting_id)
    for key in ("details", "agenda", "attendance", "minutes", "actions", "history"):
        editor.show_tab(key)
        yield editor


def test_every_dialog(translated, qtbot):
    language, context = translated
    texts, opened = [], []
    for dialog in _dialogs(context):
        opened.append(dialog)
        texts += list(visible_texts(dialog))
    for dialog in opened:
        dialog.close()
    left = english_left(texts, language)
    assert not left, f"{len(left)} texts still in English in {language}:\n" + "\n".join(left[:60])


def test_the_check_itself_finds_english(demo_context, qtbot):
    """In English every text is a source text: the walk must find menus, buttons, tabs and
    headers (else the tests above would pass on an empty walk)."""
    from secretariat.ui.app.main_window import MainWindow

    from secretariat.ui.pages.registry import AREAS

    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    texts = []
    for area in AREAS:
        window.show_area(area.key)
        texts += list(visible_texts(window))
    kinds = {where.split(" ", 1)[1] for where, _ in texts}
    assert {"menu bar", "menu item", "button", "list", "column header"} <= kinds
    found = english_left(texts, "ru")
    assert any("&File" in t or "File" in t for t in found) or len(found) > 5


def test_the_dashboard_fits_the_default_window_in_each_language(translated, qtbot):
    """In Turkmen the heading "Indiki 6 aýda möhleti gelýän BMG-niň edaralaryna hasabatlar"
    was wider than its column: the whole dashboard scrolled sideways and the heading was cut."""
    from PySide6.QtWidgets import QApplication, QScrollArea

    from meetings_ui_helpers import show_active
    from secretariat.ui.app.main_window import MainWindow

    _language, context = translated
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1200, 780)
    show_active(qtbot, window)
    page = window.show_area("dashboard")
    QApplication.processEvents()
    area = page.findChild(QScrollArea)
    assert area is not None
    assert area.widget().minimumSizeHint().width() <= area.viewport().width()
    assert not area.horizontalScrollBar().isVisible()
