"""Indicators in the Plans view's measure detail, and missed reports on the Dashboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit

from meetings_ui_helpers import button, when_dialog  # noqa: F401
from secretariat.services import directory, indicators, plans
from secretariat.ui.pages.plans.measure_detail import MeasureDetail
from secretariat.ui.pages.dashboard.page import DashboardPage


def _measure(db):
    plan = plans.create_plan(db, "National Action Plan for Human Rights 2021-2025", period_start=2021,
                             period_end=2025, short_title="NAPHR")
    measure = plans.create_measure(db, plan.id, "2.3.1", "Train judges on the Convention")
    moj = directory.create_organization(db, "Adalat ministrligi", "ministry")
    return measure, moj


def test_add_an_indicator_and_report_on_a_due_date(qtbot, context):
    measure, moj = _measure(context.db)
    detail = MeasureDetail(context)
    qtbot.addWidget(detail)
    detail.show()
    detail.show_measure(measure.id)
    panel = detail.indicators_panel
    assert panel.add_button.isEnabled() and not panel.report_button.isEnabled()

    def fill(dialog: QDialog) -> None:
        dialog.name.setText("Judges trained")
        dialog.organization.setCurrentIndex(dialog.organization.findData(moj.id))
        dialog.frequency.setValue(6)
        dialog.starts.setDate(QDate(2020, 1, 1))
        dialog.ends.setDate(QDate(2020, 12, 31))
        dialog.accept()
    when_dialog(qtbot, fill)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.table.rowCount() == 1 and panel.table.item(0, 1).text() == moj.name
    assert "2 missed" in panel.table.item(0, 3).text()

    panel.table.selectRow(0)

    def report(dialog: QDialog) -> None:
        assert dialog.due.currentData() == date(2020, 7, 1)
        dialog.report_text.setPlainText("60 judges trained")
        dialog.accept()
    when_dialog(qtbot, report)
    qtbot.mouseClick(panel.report_button, Qt.MouseButton.LeftButton)
    assert "1 missed" in panel.table.item(0, 3).text()
    assert detail.history.rowCount() == 1 and detail.history.item(0, 3).text() == "60 judges trained"
    assert [(m.due_on, m.organization) for m in indicators.missed_reports(context.db, date.today())] == [
        (date(2020, 12, 31), moj.name)]
    page = DashboardPage(context)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.missed_reports.list.count() == 1, timeout=10000)  # read in the background
    assert "Adalat ministrligi: NAPHR 2.3.1, Judges trained" in page.missed_reports.list.item(0).text()
