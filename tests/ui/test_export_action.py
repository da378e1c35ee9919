"""Export to Excel from the list pages (Ctrl+E), and the File menu's import and questionnaire actions."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from secretariat.ui.app.main_window import MainWindow

WAIT = 20_000


def window_on(qtbot, context, area: str):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    return window, window.show_area(area)


def read(path: Path) -> tuple[list, list[list]]:
    sheet = openpyxl.load_workbook(path).active
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=3)]
    return rows[0], rows[1:]


def test_organizations_export_what_the_page_shows(qtbot, demo_context, tmp_path, type_text):
    window, page = window_on(qtbot, demo_context, "organizations")
    type_text(page.search, "ministry")
    qtbot.waitUntil(lambda: page.model.rowCount() < 20, timeout=WAIT)
    shown = page.model.rowCount()
    done = []
    operation = page.export_to_excel(tmp_path / "orgs.xlsx")
    operation.finished.connect(lambda *_: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=WAIT)
    header, rows = read(tmp_path / "orgs.xlsx")
    assert header == [c.title for c in page.model.columns]
    assert len(rows) == shown and all("Ministry" in row[0] for row in rows)
    sheet = openpyxl.load_workbook(tmp_path / "orgs.xlsx").active
    assert sheet.freeze_panes == "A4" and sheet.auto_filter.ref.startswith("A3")
    assert "exported" in window.statusBar().currentMessage()


def test_ctrl_e_asks_where_and_exports(qtbot, demo_context, tmp_path, monkeypatch):
    target = tmp_path / "chosen.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    page = window.show_area("organizations")
    page.table.setFocus()  # keys go where a user's keys go: to the widget with the focus
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(target.exists, timeout=WAIT)
    _header, rows = read(target)
    assert len(rows) == page.model.rowCount()


def test_recommendations_meetings_and_plans_pages_export(qtbot, demo_context, tmp_path):
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    for area in ("recommendations", "meetings", "plans"):
        page = window.show_area(area)
        done = []
        operation = page.export_to_excel(tmp_path / f"{area}.xlsx")
        operation.finished.connect(lambda *_: done.append(True))
        qtbot.waitUntil(lambda: bool(done), timeout=WAIT)
        header, rows = read(tmp_path / f"{area}.xlsx")
        assert rows, area
        if area == "plans":
            assert header[:3] == ["Plan", "No.", "Measure"]
        else:
            assert len(rows) == page.model.rowCount()


def test_file_menu_opens_the_wizard_and_writes_questionnaires(qtbot, demo_context, tmp_path):
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    actions = window.spreadsheet_actions
    assert actions.import_action.shortcut().toString() == "Ctrl+I"
    actions.import_action.trigger()
    assert actions.wizard is not None and actions.wizard.isVisible()
    actions.wizard.reject()
    actions.questionnaire_action.trigger()
    dialog = actions.dialog
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.organization.setCurrentIndex(dialog.organization.findText("MoJ", Qt.MatchFlag.MatchStartsWith))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.written), timeout=WAIT)
    assert [p.name for p in dialog.written] == ["Questionnaire - MoJ.xlsx"]
    assert "1 questionnaire" in dialog.status.text()
