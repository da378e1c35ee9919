"""The Recommendations view: filters, counts, editing, bulk changes, links to measures."""

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt

from plans_ui_helpers import CTRL, SHIFT, check, choose, click_ok, close_error, confirm_box, press, show, type_into
from secretariat.services import directory, recommendations, statistics
from secretariat.services.recommendations import RecommendationQuery as Q
from secretariat.ui.pages.recommendations.page import RecommendationsPage


@pytest.fixture
def page(qtbot, demo_context):
    p = show(qtbot, RecommendationsPage(demo_context))
    qtbot.waitUntil(lambda: p.counts.counts is not None)
    return p


def shown(page):
    return [page.model.row(r).paragraph for r in range(page.model.rowCount())]


def test_list_filters_and_search(qtbot, page, demo_context):
    db = demo_context.db
    assert page.model.rowCount() == recommendations.count_recommendations(db) == 12
    assert shown(page)[:2] == ["12(a)", "35"]            # CEDAW, CRC, then UPR in paragraph order
    assert shown(page)[2:5] == ["140.7", "140.12", "140.25"]
    choose(page.position, "Noted")
    assert shown(page) == ["140.12", "140.40", "140.130", "140.150"]
    choose(page.sdg, "16 - Peace, justice and strong institutions")
    assert shown(page) == ["140.12", "140.40"]
    page.clear_button.click()
    choose(page.theme, "Group: children")
    assert sorted(shown(page)) == sorted(["140.80", "140.95", "140.110"])
    page.clear_button.click()
    choose(page.state, "Portugal")
    assert shown(page) == ["140.7"]
    page.clear_button.click()
    choose(page.responsible, "Women's Union")
    assert shown(page) == ["140.40", "140.52"]
    page.clear_button.click()
    choose(page.body, "CEDAW")
    assert shown(page) == ["12(a)"]
    page.clear_button.click()
    choose(page.linked, "Not linked to a measure")
    assert shown(page) == ["12(a)", "35", "140.12", "140.150"]
    page.clear_button.click()
    type_into(page.paragraph, "140.1")
    qtbot.waitUntil(lambda: shown(page) == ["140.12", "140.110", "140.130", "140.150"])
    page.clear_button.click()
    press(qtbot, page.table, Qt.Key.Key_F, CTRL)
    type_into(page.search, "TRAFFICKING women")
    qtbot.waitUntil(lambda: shown(page) == ["140.95"])
    assert page.count_label.text() == "1 shown"


def test_counts_at_a_glance_are_the_report_numbers(qtbot, page, demo_context):
    db = demo_context.db
    c = statistics.recommendation_counts(db)
    assert page.counts.number("position", "supported") == 8 == {x.key: x.count for x in c.by_position}["supported"]
    assert page.counts.number("position", "noted") == 4
    assert page.counts.number("sdg", 16) == {x.key: x.count for x in c.by_sdg}[16]
    assert page.counts.number("status", "in_progress") == 5
    mfa = directory.find_organization(db, "MFA").id
    assert page.counts.number("responsible", mfa) == 3
    # The counts follow the filter.
    choose(page.position, "Noted")
    qtbot.waitUntil(lambda: page.counts.counts is not None and page.counts.counts.total == 4)
    assert page.counts.number("position", "supported") == 0
    # Double-clicking a count filters on it.
    page.clear_button.click()
    qtbot.waitUntil(lambda: page.counts.counts.total == 12)
    page.counts._activated(_child(page.counts.tree, "status", "implemented"), 0)
    assert shown(page) == ["140.95"]


def _child(tree, group, key):
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        if top.data(0, Qt.ItemDataRole.UserRole) == group:
            for j in range(top.childCount()):
                if top.child(j).data(0, Qt.ItemDataRole.UserRole) == key:
                    return top.child(j)
    raise AssertionError((group, key))


def test_add_a_recommendation(qtbot, page, demo_context):
    db = demo_context.db
    press(qtbot, page.table, Qt.Key.Key_N, CTRL)
    dialog = page.dialog
    type_into(dialog.paragraph, "140.200")
    type_into(dialog.text, "Ratify the Convention on the Rights of Persons with Disabilities' Optional Protocol")
    type_into(dialog.states, "Türkiye; Австрия")
    choose(dialog.position, "Supported")
    type_into(dialog.themes, "Rights of persons with disabilities")
    dialog.sdg_boxes[10].click()
    check(dialog.responsible.list, "MLSP")
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()
    (row,) = recommendations.list_recommendations(db, Q(paragraph="140.200"))
    assert (row.states, row.position, row.sdgs, row.responsible, row.themes) == (
        "Türkiye; Австрия", "supported", "10", "MLSP", "Rights of persons with disabilities")
    assert page.model.rowCount() == 13


def test_duplicate_paragraph_is_refused(qtbot, page):
    press(qtbot, page.table, Qt.Key.Key_N, CTRL)
    dialog = page.dialog
    type_into(dialog.paragraph, "140.7")
    type_into(dialog.text, "Again")
    click_ok(qtbot, dialog)
    assert "already recorded" in close_error(qtbot, dialog.error_box)
    assert dialog.isVisible() and dialog.text.toPlainText() == "Again"


def test_edit_with_enter_and_link_measures(qtbot, page, demo_context):
    db = demo_context.db
    row = shown(page).index("140.150")
    page.table.selectRow(row)
    press(qtbot, page.table, Qt.Key.Key_F2)
    dialog = page.dialog
    choose(dialog.status, "In progress")
    click_ok(qtbot, dialog)
    rec_id = recommendations.list_recommendations(db, Q(paragraph="140.150"))[0].id
    assert recommendations.get_recommendation(db, rec_id).status == "in_progress"
    page.table.selectRow(shown(page).index("140.150"))
    press(qtbot, page.table, Qt.Key.Key_L, CTRL)
    link = page.dialog
    type_into(link.query, "regular meetings")
    qtbot.waitUntil(lambda: link.results.count() == 1)
    check(link.results, "Work Plan 2024 1")
    click_ok(qtbot, link)
    assert [m.number for m in recommendations.measures_of(db, rec_id)] == ["1"]
    assert "Hold regular meetings" in page.measures.item(0).text()
    # ...and the measure knows which recommendation it answers.
    measure = recommendations.measures_of(db, rec_id)[0].id
    assert [r.paragraph for r in recommendations.recommendations_of(db, measure)] == ["140.150"]


def test_bulk_edit_of_a_selection(qtbot, page, demo_context):
    db = demo_context.db
    choose(page.position, "Noted")
    sm = page.table.selectionModel()
    page.table.selectRow(0)
    for r in (1, 2):
        sm.select(page.model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                  | QItemSelectionModel.SelectionFlag.Rows)
    chosen = shown(page)[:3]
    press(qtbot, page.table, Qt.Key.Key_E, CTRL | SHIFT)
    dialog = page.dialog
    assert dialog.objectName() == "bulkEditDialog"
    click_ok(qtbot, dialog)                                  # nothing chosen yet
    assert "Nothing to change" in close_error(qtbot, dialog.error_box)
    choose(dialog.status, "Implemented")
    dialog.findChild(type(dialog.mode.button(0)), "mode_add").click()
    check(dialog.orgs.list, "Ombudsman")
    click_ok(qtbot, dialog)
    for para in chosen:
        row = recommendations.list_recommendations(db, Q(paragraph=para, position="noted"))[0]
        assert row.status == "implemented" and "Ombudsman" in row.responsible
    fourth = recommendations.list_recommendations(db, Q(paragraph=shown(page)[3]))[0]
    assert fourth.status != "implemented"


def test_delete_after_confirmation(qtbot, page, demo_context):
    db = demo_context.db
    page.table.selectRow(shown(page).index("140.150"))
    press(qtbot, page.table, Qt.Key.Key_Delete)
    confirm_box(qtbot, page.dialog)
    qtbot.waitUntil(lambda: recommendations.list_recommendations(db, Q(paragraph="140.150")) == [])
    qtbot.waitUntil(lambda: page.model.rowCount() == 11)


def test_sorting_by_header_and_layout_memory(qtbot, page, demo_context):
    header = page.table.horizontalHeader()
    status_column = [c.key for c in page.model.columns].index("status")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.viewport().rect().topLeft() + _centre(header, status_column))
    statuses = [page.model.row(r).status for r in range(page.model.rowCount())]
    order = ["not_started", "in_progress", "partially_implemented", "implemented", "not_implemented"]
    assert sorted(statuses, key=order.index) in (statuses, statuses[::-1])
    page.table.setColumnWidth(1, 377)
    page.save_layout(demo_context.settings)
    again = show(qtbot, RecommendationsPage(demo_context))
    assert again.table.columnWidth(1) == 377


def _centre(header, logical):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(logical) + header.sectionSize(logical) // 2, header.height() // 2)


def test_a_linked_measure_opens_in_the_plans_view(qtbot, demo_context):
    from secretariat.ui.app.main_window import MainWindow

    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.show()
    page = window.show_area("recommendations")
    page.table.selectRow(shown(page).index("140.7"))
    page.measures.setCurrentRow(0)
    press(qtbot, page.measures, Qt.Key.Key_Return)
    plans_page = window.pages["plans"]
    assert window.stack.currentWidget() is plans_page
    kind, measure = plans_page.current()
    assert kind == "measure" and "Optional Protocol" in plans_page.detail.info.text()
