"""Picking SDG targets under their goals in the recommendation dialog, and seeing them in the detail."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget

from plans_ui_helpers import CTRL, click_ok, press, show, type_into
from secretariat.services import recommendations, sdg_targets
from secretariat.services.recommendations import RecommendationQuery as Q
from secretariat.ui.pages.recommendations.page import RecommendationsPage


@pytest.fixture
def page(qtbot, demo_context):
    p = show(qtbot, RecommendationsPage(demo_context))
    qtbot.waitUntil(lambda: p.counts.counts is not None)
    return p


def _visible_codes(picker):
    return [code for code, item in picker.items.items() if not item.isHidden()]


def test_pick_a_target_by_code_or_words(qtbot, page, demo_context, tmp_path):
    db = demo_context.db
    rows = [page.model.row(r).paragraph for r in range(page.model.rowCount())]
    page.table.selectRow(rows.index("140.95"))
    assert "8.7 Take immediate and effective measures" in page.detail.text()
    press(qtbot, page.table, Qt.Key.Key_F2)
    dialog = page.dialog
    picker = dialog.targets
    assert picker.checked_codes() == ["5.2", "8.7", "16.2"]
    assert picker.goals[5].isExpanded() and not picker.goals[1].isExpanded()

    type_into(picker.filter, "rule of law")
    assert _visible_codes(picker) == ["16.3"]
    assert [g for g, item in picker.goals.items() if not item.isHidden()] == [16]
    picker.tree.setFocus()
    picker.tree.setCurrentItem(picker.items["16.3"])
    press(qtbot, picker.tree, Qt.Key.Key_Space)
    assert picker.checked_codes() == ["5.2", "8.7", "16.2", "16.3"]
    picker.filter.clear()
    type_into(picker.filter, "4.")
    assert _visible_codes(picker)[:2] == ["4.1", "4.2"] and "14.1" not in _visible_codes(picker)
    picker.set_checked("4.1")
    assert dialog.sdg_boxes[4].isChecked()  # the goal comes with its target
    dialog.findChild(QTabWidget).setCurrentIndex(1)
    dialog.grab().save(str(tmp_path / "sdg_targets_dialog.png"))
    click_ok(qtbot, dialog)
    assert not dialog.isVisible()

    [row] = recommendations.list_recommendations(db, Q(paragraph="140.95"))
    assert row.sdg_targets == "4.1, 5.2, 8.7, 16.2, 16.3" and row.sdgs == "4, 5, 8, 16"
    assert [r.paragraph for r in recommendations.list_recommendations(db, Q(sdg_target="16.3"))] == [
        "140.7", "140.95"]
    page.table.selectRow([page.model.row(r).paragraph for r in range(page.model.rowCount())].index("140.95"))
    assert "16.3 Promote the rule of law" in page.detail.text()


def test_a_new_recommendation_with_a_target(qtbot, page, demo_context):
    press(qtbot, page.table, Qt.Key.Key_N, CTRL)
    dialog = page.dialog
    type_into(dialog.paragraph, "140.201")
    type_into(dialog.text, "Guarantee free primary education")
    dialog.targets.set_checked("4.1")
    click_ok(qtbot, dialog)
    [row] = recommendations.list_recommendations(demo_context.db, Q(paragraph="140.201"))
    assert (row.sdgs, row.sdg_targets) == ("4", "4.1")
    assert [t.code for t in sdg_targets.targets_of(demo_context.db, "recommendation", row.id)] == ["4.1"]


def test_targets_of_a_measure_and_of_its_indicator(qtbot, context, tmp_path):
    from datetime import date

    from meetings_ui_helpers import when_dialog
    from secretariat.services import indicators, plans
    from secretariat.ui.dialogs.measure_dialog import MeasureDialog
    from secretariat.ui.pages.plans.measure_detail import MeasureDetail

    db = context.db
    plan = plans.create_plan(db, "National Plan on Combating Trafficking in Human Beings", period_start=2024,
                             period_end=2026, short_title="NPTHB")
    measure = plans.create_measure(db, plan.id, "1", "Train border guards to identify victims")
    dialog = MeasureDialog(context, plan.id, measure.id)
    qtbot.addWidget(dialog)
    dialog.show()
    type_into(dialog.targets.filter, "trafficking")
    assert {"5.2", "8.7", "16.2"} <= set(_visible_codes(dialog.targets))
    dialog.targets.set_checked("8.7")
    dialog.targets.set_checked("16.2")
    click_ok(qtbot, dialog)
    assert [t.code for t in sdg_targets.targets_of(db, "measure", measure.id)] == ["8.7", "16.2"]

    detail = MeasureDetail(context)
    qtbot.addWidget(detail)
    detail.resize(1100, 420)
    detail.show()
    detail.show_measure(measure.id)
    assert "8.7 Take immediate and effective measures" in detail.info.text()

    indicators.add_indicator(db, measure.id, "Border guards trained", date(2024, 1, 1), date(2024, 12, 31))
    detail.show_measure(measure.id)
    panel = detail.indicators_panel
    panel.table.selectRow(0)

    def pick(dialog) -> None:
        dialog.targets.set_checked("16.2")
        dialog.accept()
    when_dialog(qtbot, pick)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert [r.sdg_targets for r in indicators.list_indicators(db, measure.id)] == [("16.2",)]
    assert "SDG targets: 16.2" in panel.table.item(0, 0).toolTip()
    detail.grab().save(str(tmp_path / "measure_detail.png"))


def test_filter_the_list_by_a_target_and_from_its_count(qtbot, page):
    index = page.sdg.findData("8.7")
    assert page.sdg.itemText(index).strip().startswith("8.7 Take immediate and effective measures")
    assert page.sdg.itemData(index - 1) == "8.6" and page.sdg.itemData(page.sdg.findData(8)) == 8
    page.sdg.setCurrentIndex(index)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert sorted(page.model.row(r).paragraph for r in range(2)) == ["140.130", "140.95"]
    page.sdg.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.model.rowCount() == 12)
    qtbot.waitUntil(lambda: page.counts.number("sdg_target", "16.2") == 2)
    page._filter_on_count("sdg_target", "16.3")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row(0).paragraph == "140.7"
