"""Reports to UN bodies: add, edit, delete, filter; the Dashboard shows what is due."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from plans_ui_helpers import CTRL, choose, click_ok, close_error, confirm_box, press, show, type_into
from secretariat.services import national_reports
from secretariat.services.national_reports import ReportQuery
from secretariat.ui.pages.dashboard.page import DashboardPage
from secretariat.ui.pages.national_reports.page import NationalReportsPage
from secretariat.ui.core.view_tools import qdate


@pytest.fixture
def page(qtbot, demo_context):
    return show(qtbot, NationalReportsPage(demo_context))


def bodies(page):
    return [page.model.row(r).body for r in range(page.model.rowCount())]


def test_add_edit_delete(qtbot, page, demo_context):
    db = demo_context.db
    dashboard = DashboardPage(demo_context)
    qtbot.addWidget(dashboard)
    press(qtbot, page.table, Qt.Key.Key_N, CTRL)
    dialog = page.dialog
    click_ok(qtbot, dialog)                                   # no body
    assert "UN body must not be empty" in close_error(qtbot, dialog.error_box)
    dialog.body.setCurrentText("")
    type_into(dialog.body.lineEdit(), "CAT")
    type_into(dialog.title_edit, "Third periodic report")
    due = date.today() + timedelta(days=60)
    dialog.due.setDate(qdate(due))
    choose(dialog.responsible, "MoJ — Ministry of Justice of Turkmenistan")
    click_ok(qtbot, dialog)
    (row,) = national_reports.list_report_rows(db, ReportQuery(body="CAT"))
    assert (row.title, row.due_date, row.responsible, row.due_soon) == ("Third periodic report", due, "MoJ", True)
    assert "CAT" in bodies(page)
    # The Dashboard lists it among the reports due in the next 6 months.
    dashboard.show()  # it reads off the GUI thread: the list fills a moment later
    qtbot.waitUntil(lambda: any("CAT" in dashboard.due_list.item(i).text()
                                for i in range(dashboard.due_list.count())))

    page.table.selectRow(bodies(page).index("CAT"))
    press(qtbot, page.table, Qt.Key.Key_F2)
    dialog = page.dialog
    dialog.submitted.setDate(qdate(date.today()))
    assert dialog.status.currentData() == "submitted"        # follows the submission date
    click_ok(qtbot, dialog)
    (row,) = national_reports.list_report_rows(db, ReportQuery(body="CAT"))
    assert row.submitted_on == date.today() and row.status == "submitted" and not row.due_soon

    page.table.selectRow(bodies(page).index("CAT"))
    press(qtbot, page.table, Qt.Key.Key_Delete)
    confirm_box(qtbot, page.dialog)
    qtbot.waitUntil(lambda: national_reports.count_reports(db, ReportQuery(body="CAT")) == 0)


def test_a_future_submission_date_is_refused(qtbot, page, demo_context):
    page.table.selectRow(0)
    press(qtbot, page.table, Qt.Key.Key_F2)
    dialog = page.dialog
    dialog.submitted.setDate(qdate(date.today() + timedelta(days=3)))
    click_ok(qtbot, dialog)
    assert "in the future" in close_error(qtbot, dialog.error_box)


def test_filters_overdue_and_due_soon(qtbot, page, demo_context):
    db = demo_context.db
    today = date.today()
    choose(page.due, "Overdue")
    assert page.model.rowCount() == national_reports.count_reports(db, ReportQuery(due="overdue", today=today))
    assert all(page.model.row(r).overdue for r in range(page.model.rowCount()))
    first = page.model.index(0, 4)
    assert page.model.data(first, Qt.ItemDataRole.ForegroundRole) is not None      # shown in red
    choose(page.due, "Due in the next 6 months")
    assert page.model.rowCount() == national_reports.count_reports(db, ReportQuery(due="soon", today=today))
    choose(page.due, "Any due date")
    choose(page.body, "CEDAW")
    assert bodies(page) == ["CEDAW"]
    choose(page.body, "Any body")
    type_into(page.search, "mid-term")
    qtbot.waitUntil(lambda: bodies(page) == ["UPR"])
