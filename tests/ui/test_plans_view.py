"""The Plans view driven as a user would: keyboard, typing, clicks; checked in the database."""

from datetime import date

import pytest
from PySide6.QtCore import Qt

from plans_ui_helpers import ALT, CTRL, SHIFT, check, choose, click_ok, close_error, confirm_box, press, show, \
    type_into
from secretariat.services import directory, plans, recommendations
from secretariat.services.plans import MeasureQuery
from secretariat.ui.pages.plans.page import PlansPage
from secretariat.ui.pages.plans.plan_tree_model import MEASURE, PLAN, SECTION


@pytest.fixture
def page(qtbot, demo_context):
    return show(qtbot, PlansPage(demo_context))


def nap(db):
    return plans.find_plan(db, "NAP HR")


def measure_id(db, plan_title, number):
    plan = plans.find_plan(db, plan_title)
    return next(m.id for m in plans.list_measures(db, MeasureQuery(plan_id=plan.id)) if m.number == number)


def select(page, kind, record_id):
    if kind == MEASURE:
        page.select_measure(record_id)
    else:
        page.tree.setCurrentIndex(page.model.find(kind, record_id))
    page.tree.setFocus()


def test_opens_with_plans_and_walks_into_a_plan_by_keyboard(qtbot, page, demo_context):
    db = demo_context.db
    assert page.model.rowCount() == 8
    plan_index = page.model.find(PLAN, nap(db).id)
    assert not page.model.node(plan_index).loaded  # nothing read until opened
    page.tree.setCurrentIndex(plan_index)
    press(qtbot, page.tree, Qt.Key.Key_Right)          # open the plan
    assert page.tree.isExpanded(plan_index)
    assert page.model.node(plan_index).loaded
    press(qtbot, page.tree, Qt.Key.Key_Down)           # its first section
    assert page.current()[0] == SECTION
    press(qtbot, page.tree, Qt.Key.Key_Down)           # the first measure
    assert page.current() == (MEASURE, measure_id(db, "NAP HR", "1.1"))
    assert "Analyse national legislation" in page.detail.info.text()
    assert page.detail.history.rowCount() == 2          # its progress history, newest first
    assert page.detail.history.item(0, 3).text() == "Completed as planned."


def test_add_a_measure_with_a_deadline_as_people_write_it(qtbot, page, demo_context):
    db = demo_context.db
    plan = nap(db)
    select(page, PLAN, plan.id)
    press(qtbot, page.tree, Qt.Key.Key_N, CTRL)
    dialog = page.dialog
    assert dialog.objectName() == "measureDialog" and dialog.isVisible()
    type_into(dialog.number, "4.1")
    type_into(dialog.text, "Провести обучение судей по правам человека")
    type_into(dialog.deadline, "IV quarter 2024")
    assert "31/12/2024" in dialog.deadline_hint.text() and dialog.deadline_understood
    choose(dialog.section, "3. The Ombudsman")
    check(dialog.orgs["lead"].list, "MoJ")
    check(dialog.orgs["partner"].list, "UNDP")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    new = measure_id(db, "NAP HR", "4.1")
    row = plans.measure_row(db, new)
    assert (row.deadline_text, row.deadline_start, row.deadline_end) == (
        "IV quarter 2024", date(2024, 10, 1), date(2024, 12, 31))
    assert (row.lead, row.partners) == ("MoJ", "UNDP")
    assert plans.get_measure(db, new).section.title == "The Ombudsman"
    assert page.current() == (MEASURE, new)            # the new measure is shown, selected
    assert "Провести обучение" in page.detail.info.text()


def test_a_deadline_not_understood_is_kept_and_flagged(qtbot, page, demo_context):
    db = demo_context.db
    select(page, PLAN, nap(db).id)
    press(qtbot, page.tree, Qt.Key.Key_N, CTRL)
    dialog = page.dialog
    type_into(dialog.number, "9")
    type_into(dialog.text, "Build a training centre")
    type_into(dialog.deadline, "when funds allow")
    assert not dialog.deadline_understood
    assert "Not understood" in dialog.deadline_hint.text()
    click_ok(qtbot, dialog)
    new = measure_id(db, "NAP HR", "9")
    row = plans.measure_row(db, new)
    assert row.deadline_text == "when funds allow" and not row.deadline_understood and row.deadline_end is None
    index = page.model.find(MEASURE, new).siblingAtColumn(page.model.COLUMNS.index("deadline"))
    assert page.model.data(index) == "when funds allow"
    assert page.model.data(index, Qt.ItemDataRole.DecorationRole) is not None       # the warning icon
    assert "could not be understood" in page.model.data(index, Qt.ItemDataRole.ToolTipRole)
    # The "not understood" filter finds it, and it is never counted as overdue.
    page.flagged.setChecked(True)
    assert plans.count_measures(db, MeasureQuery(not_understood=True)) == 2
    assert page.count_label.text() == "2 matching"
    assert page.model.find(MEASURE, new).isValid()


def test_bad_input_is_explained_and_nothing_typed_is_lost(qtbot, page, demo_context):
    db = demo_context.db
    select(page, PLAN, nap(db).id)
    press(qtbot, page.tree, Qt.Key.Key_N, CTRL)
    dialog = page.dialog
    type_into(dialog.number, "1.1")                     # already used in this plan
    type_into(dialog.text, "A second 1.1")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "already has a measure 1.1" in close_error(qtbot, dialog.error_box)
    assert dialog.text.toPlainText() == "A second 1.1"
    dialog.number.selectAll()
    type_into(dialog.number, "1.3")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert measure_id(db, "NAP HR", "1.3")


def test_edit_with_f2_and_record_progress(qtbot, page, demo_context):
    db = demo_context.db
    mid = measure_id(db, "NAP HR", "3.2")
    select(page, MEASURE, mid)
    press(qtbot, page.tree, Qt.Key.Key_F2)
    dialog = page.dialog
    dialog.deadline.selectAll()
    type_into(dialog.deadline, "2024 ýylyň IV çärýegi")
    click_ok(qtbot, dialog)
    assert plans.measure_row(db, mid).deadline_end == date(2024, 12, 31)

    press(qtbot, page.tree, Qt.Key.Key_P, CTRL | SHIFT)
    progress = page.dialog
    assert progress.objectName() == "progressDialog"
    type_into(progress.text, "Two regional offices opened")
    choose(progress.status, "Completed")
    choose(progress.organization, "Ombudsman — Ombudsman of Turkmenistan")
    press(qtbot, progress.text, Qt.Key.Key_Return, CTRL)   # Ctrl+Enter saves
    assert not progress.isVisible()
    history = plans.list_progress(db, mid)
    assert [h.text for h in history] == ["Two regional offices opened"]
    assert history[0].organization == "Ombudsman" and history[0].reported_on == date.today()
    assert plans.measure_row(db, mid).status == "completed"
    assert page.detail.history.rowCount() == 1
    assert page.detail.history.item(0, 3).text() == "Two regional offices opened"


def test_progress_without_text_is_refused(qtbot, page, demo_context):
    mid = measure_id(demo_context.db, "NAP HR", "3.2")
    select(page, MEASURE, mid)
    press(qtbot, page.tree, Qt.Key.Key_P, CTRL | SHIFT)
    click_ok(qtbot, page.dialog)
    assert "must not be empty" in close_error(qtbot, page.dialog.error_box)
    assert plans.list_progress(demo_context.db, mid) == []


def test_filters(qtbot, page, demo_context):
    db = demo_context.db
    today = date.today()
    page.overdue.setChecked(True)
    expected = plans.count_measures(db, MeasureQuery(overdue=True, today=today))
    assert page.count_label.text() == f"{expected} matching"
    shown = [n for p in page.model.root.children for n in _measures(p)]
    assert len(shown) == expected and all(n.row.overdue for n in shown)   # opened: few enough to show all
    page.clear_button.click()
    assert page.count_label.text() == f"{plans.count_measures(db)} measures"
    choose(page.org_filter, "Ombudsman")
    ombudsman = directory.find_organization(db, "Ombudsman").id
    assert page.count_label.text() == f"{plans.count_measures(db, MeasureQuery(organization_id=ombudsman))} matching"
    choose(page.role_filter, "Lead")
    choose(page.status_filter, "Not started")
    assert [n.row.number for p in page.model.root.children for n in _measures(p)] == ["3.2"]
    page.clear_button.click()
    choose(page.year_filter, "2023")
    numbers = sorted(n.row.number for p in page.model.root.children for n in _measures(p))
    assert len(numbers) == plans.count_measures(db, MeasureQuery(deadline_year=2023))
    page.clear_button.click()
    press(qtbot, page.tree, Qt.Key.Key_F, CTRL)         # Ctrl+F goes to the search box
    assert page.search.hasFocus()
    type_into(page.search, "семинары")
    qtbot.waitUntil(lambda: page.count_label.text() == "1 matching")
    assert [n.row.number for p in page.model.root.children for n in _measures(p)] == ["2.2"]


def _measures(node):
    for child in node.children:
        if child.kind == MEASURE:
            yield child
        else:
            yield from _measures(child)


def test_move_with_alt_arrows(qtbot, page, demo_context):
    db = demo_context.db
    second = measure_id(db, "NAP HR", "1.2")
    select(page, MEASURE, second)
    press(qtbot, page.tree, Qt.Key.Key_Up, ALT)
    outline = plans.plan_outline(db, nap(db).id)
    assert [m.number for m in outline.measures][:2] == ["1.2", "1.1"]
    assert page.current() == (MEASURE, second)          # still selected after the move
    press(qtbot, page.tree, Qt.Key.Key_Down, ALT)
    assert [m.number for m in plans.plan_outline(db, nap(db).id).measures][:2] == ["1.1", "1.2"]


def test_a_deleted_measure_can_be_undone(qtbot, page, demo_context):
    db = demo_context.db
    mid = measure_id(db, "NAP HR", "2.2")
    rec_links = [r.id for r in recommendations.recommendations_of(db, mid)]
    progress = [p.text for p in plans.list_progress(db, mid)]
    select(page, MEASURE, mid)
    press(qtbot, page.tree, Qt.Key.Key_Delete)
    assert plans.count_measures(db, MeasureQuery(plan_id=nap(db).id)) == 5
    assert not page.model.find(MEASURE, mid).isValid()
    assert page.undo_bar.isVisible() and "2.2" in page.undo_bar.label.text()
    assert page.current() == (MEASURE, measure_id(db, "NAP HR", "2.1"))   # the place is kept
    press(qtbot, page.tree, Qt.Key.Key_Z, CTRL)          # Ctrl+Z: it comes back, whole
    assert not page.undo_bar.isVisible()
    assert page.current() == (MEASURE, mid)
    assert [p.text for p in plans.list_progress(db, mid)] == progress
    assert [r.id for r in recommendations.recommendations_of(db, mid)] == rec_links
    assert plans.measure_row(db, mid).lead == "MIA, PGO"


def test_delete_asks_first_and_sections_keep_their_measures(qtbot, page, demo_context):
    db = demo_context.db
    mid = measure_id(db, "NAP HR", "2.1")
    select(page, MEASURE, mid)
    press(qtbot, page.tree, Qt.Key.Key_Delete)            # a measure: deleted, with Undo offered
    assert plans.count_measures(db, MeasureQuery(plan_id=nap(db).id)) == 5
    assert not page.model.find(MEASURE, mid).isValid()
    plan_index = page.model.find(PLAN, nap(db).id)
    page.tree.setCurrentIndex(plan_index)
    press(qtbot, page.tree, Qt.Key.Key_Delete)            # a whole plan: asked first
    assert "cannot be undone" in page.dialog.text()
    confirm_box(qtbot, page.dialog, yes=False)
    assert plans.count_measures(db, MeasureQuery(plan_id=nap(db).id)) == 5
    section = next(s for s in plans.list_sections(db, nap(db).id) if s.number == "3")
    select(page, SECTION, section.id)
    press(qtbot, page.tree, Qt.Key.Key_Delete)
    assert "2 measures" in page.dialog.text()
    confirm_box(qtbot, page.dialog)
    assert [s.number for s in plans.list_sections(db, nap(db).id)] == ["1", "2"]
    assert plans.count_measures(db, MeasureQuery(plan_id=nap(db).id)) == 5


def test_new_section_and_plan(qtbot, page, demo_context):
    db = demo_context.db
    select(page, PLAN, nap(db).id)
    press(qtbot, page.tree, Qt.Key.Key_N, CTRL | SHIFT)
    dialog = page.dialog
    type_into(dialog.number, "4")
    type_into(dialog.title_edit, "Ombudsmanyň işi")
    click_ok(qtbot, dialog)
    assert [s.title for s in plans.list_sections(db, nap(db).id)][-1] == "Ombudsmanyň işi"
    page.actions_by_name["new_plan"].trigger()
    dialog = page.dialog
    click_ok(qtbot, dialog)                               # no title
    assert "must not be empty" in close_error(qtbot, dialog.error_box)
    type_into(dialog.title_edit, "Work Plan of the Commission for 2027")
    dialog.start.setValue(2027)
    dialog.end.setValue(2026)
    click_ok(qtbot, dialog)
    assert "ends before it starts" in close_error(qtbot, dialog.error_box)
    dialog.end.setValue(2027)
    click_ok(qtbot, dialog)
    assert page.model.rowCount() == 9


def test_link_recommendations_from_a_measure(qtbot, page, demo_context):
    db = demo_context.db
    mid = measure_id(db, "NAP HR", "2.1")
    select(page, MEASURE, mid)
    press(qtbot, page.tree, Qt.Key.Key_L, CTRL)
    dialog = page.dialog
    type_into(dialog.query, "inclusive education")
    qtbot.waitUntil(lambda: dialog.results.count() == 1)
    check(dialog.results, "UPR (4) 140.110")
    click_ok(qtbot, dialog)
    assert [r.paragraph for r in recommendations.recommendations_of(db, mid)] == ["140.110"]
    assert "140.110" in page.detail.recs.item(0).text()
    page.detail.recs.setCurrentRow(0)
    page.detail.unlink_button.click()
    assert recommendations.recommendations_of(db, mid) == []


def test_layout_is_remembered(qtbot, demo_context):
    first = show(qtbot, PlansPage(demo_context))
    first.tree.setColumnWidth(1, 333)
    first.splitter.setSizes([500, 200])
    first.save_layout(demo_context.settings)
    second = show(qtbot, PlansPage(demo_context))
    assert second.tree.columnWidth(1) == 333
    assert second.splitter.sizes()[0] > second.splitter.sizes()[1]


def test_the_measure_text_keeps_a_readable_width_beside_its_lists(qtbot, demo_context):
    page = show(qtbot, PlansPage(demo_context))
    page.resize(1060, 760)
    page.select_measure(measure_id(demo_context.db, "NAP HR", "1.1"))
    qtbot.wait(50)
    # It was squeezed to a sliver by the lists' long (Russian) headings before.
    assert page.detail.info.parentWidget().parentWidget().width() >= 160
    assert page.detail.history.horizontalHeaderItem(1).toolTip() == "Organization"
    # A cut column title shows its beginning, not its middle.
    for table in (page.detail.history, page.detail.indicators_panel.table):
        assert table.horizontalHeader().defaultAlignment() & Qt.AlignmentFlag.AlignLeft


def test_latest_progress_column_is_filled_after_the_outline(qtbot, page, demo_context):
    db = demo_context.db
    mid = measure_id(db, "NAP HR", "1.1")
    page.select_measure(mid)
    index = page.model.find(MEASURE, mid).siblingAtColumn(page.model.COLUMNS.index("progress"))
    qtbot.waitUntil(lambda: "Completed as planned." in (page.model.data(index) or ""))
