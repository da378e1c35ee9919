"""The reports calendar of a year on the National reports page: months, filters, opening, cycles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from plans_ui_helpers import choose, click_ok, show
from secretariat.services import national_reports, reporting_calendar
from secretariat.ui.core.formatting import fmt_date
from secretariat.ui.pages.national_reports.page import NationalReportsPage


@pytest.fixture
def page(qtbot, demo_context):
    page = show(qtbot, NationalReportsPage(demo_context))
    page.resize(1300, 650)
    page.tabs.setCurrentWidget(page.calendar)
    return page


def rows(view):
    """(month, [(due, body, title, source)]) as shown."""
    tree = view.tree
    return [(tree.topLevelItem(m).text(0), [tuple(tree.topLevelItem(m).child(c).text(k) for k in range(4))
                                            for c in range(tree.topLevelItem(m).childCount())])
            for m in range(tree.topLevelItemCount())]


def test_a_year_by_month_filtered_and_opened(qtbot, page, demo_context, tmp_path: Path):
    view = page.calendar
    choose(view.year, "2026")
    shown = rows(view)
    assert [m for m, _ in shown] == ["May", "June", "July", "October"]
    assert shown[0][1] == [(fmt_date(date(2026, 5, 31)), "CEDAW", "Periodic report", "Treaty")]
    assert (fmt_date(date(2026, 7, 31)), "CCPR", "Third periodic report", "Recorded") in shown[2][1]
    page.grab().save(str(tmp_path / "calendar-2026.png"))
    # sorted by body, the months keep their order and the entries inside follow the column
    view.tree.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [m for m, _ in rows(view)] == ["October", "July", "June", "May"]
    choose(view.origin, "Not yet recorded")
    assert [r[1] for _m, entries in rows(view) for r in entries] == ["CEDAW"]
    choose(view.origin, "Recorded and computed")
    choose(view.body, "CCPR")
    assert [r[1] for _m, entries in rows(view) for r in entries] == ["CCPR"]
    choose(view.body, "Any body")
    view.next.click()
    assert view.year.currentText() == "2027"

    # a computed date opens a new report filled with it; saving records it, and the date is answered
    choose(view.year, "2026")
    view.tree.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    cedaw = view.tree.topLevelItem(0).child(0)
    view.tree.setCurrentItem(cedaw)
    view._activated(cedaw)
    dialog = page.dialog
    assert (dialog.body.currentText(), dialog.title_edit.text(), dialog.due.value()) == (
        "CEDAW", "Periodic report", date(2026, 5, 31))
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: rows(view)[0][1][0][3] == "Recorded")
    recorded = [r for r in national_reports.list_reports(demo_context.db) if r.title == "Periodic report"]
    assert len(recorded) == 1


def test_editing_a_cycle_moves_its_dates(qtbot, page, demo_context):
    view = page.calendar
    bodies = [view.cycle_table.item(r, 0).text() for r in range(view.cycle_table.rowCount())]
    assert "CMW" in view.hint.text() and "CED" in view.hint.text()  # no dates entered: nothing computed
    view.cycle_table.selectRow(bodies.index("CAT"))
    view.edit_button.click()
    dialog = view.dialog
    assert "art. 19" in dialog.findChild(type(view.hint), "cycleSource").text()
    dialog.next_due.set_value(date(2029, 5, 2))
    dialog.next_source.setText("CAT/C/TKM/CO/3, para. 40")
    click_ok(qtbot, dialog)
    choose(view.year, "2029")
    qtbot.waitUntil(lambda: any(r[1] == "CAT" and r[3] == "Committee"
                                for _m, entries in rows(view) for r in entries))
    cat = next(c for c in reporting_calendar.list_cycles(demo_context.db) if c.body == "CAT")
    assert cat.next_due_source == "CAT/C/TKM/CO/3, para. 40"


def test_the_calendar_is_read_when_its_tab_is_first_shown(qtbot, demo_context):
    page = show(qtbot, NationalReportsPage(demo_context))  # opens on the list: the calendar waits
    view = page.calendar
    assert view.year.count() == 0 and view.tree.topLevelItemCount() == 0 and view.cycles == []
    page.tabs.setCurrentWidget(view)
    assert view.year.count() > 0 and view.tree.topLevelItemCount() > 0 and view.cycles
