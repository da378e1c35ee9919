"""The Organizations view: directory editing and merging duplicates without losing links."""

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from sqlalchemy import select

from plans_ui_helpers import CTRL, SHIFT, choose, click_ok, close_error, confirm_box, press, show, type_into
from secretariat.models import AuditEntry
from secretariat.services import directory, merge, plans
from secretariat.services.plans import MeasureQuery
from secretariat.ui.pages.organizations import OrganizationsPage


@pytest.fixture
def page(qtbot, demo_context):
    return show(qtbot, OrganizationsPage(demo_context))


def names(page):
    return [page.model.row(r).name for r in range(page.model.rowCount())]


def test_add_an_organization_and_a_person(qtbot, page, demo_context):
    db = demo_context.db
    press(qtbot, page.table, Qt.Key.Key_N, CTRL)
    dialog = page.dialog
    type_into(dialog.name, "Türkmenistanyň Sport ministrligi")
    choose(dialog.kind, "Ministry")
    click_ok(qtbot, dialog)
    org = directory.find_organization(db, "türkmenistanyň sport ministrligi")
    assert org is not None and org.kind == "ministry"
    type_into(page.search, "SPORT")
    qtbot.waitUntil(lambda: names(page) == ["Türkmenistanyň Sport ministrligi"])
    page.table.selectRow(0)
    press(qtbot, page.table, Qt.Key.Key_N, CTRL | SHIFT)
    person = page.dialog
    type_into(person.full_name, "Aman Amanow")
    type_into(person.email, "not an address")
    click_ok(qtbot, person)
    assert "e-mail" in close_error(qtbot, person.error_box)
    person.email.clear()
    type_into(person.email, "aman@example.tm")
    click_ok(qtbot, person)
    (saved,) = directory.list_people(db, organization_id=org.id)
    assert (saved.full_name, saved.email) == ("Aman Amanow", "aman@example.tm")
    assert page.people.rowCount() == 1 and page.people.item(0, 0).text() == "Aman Amanow"


def test_unknown_parent_typed_is_refused(qtbot, page):
    press(qtbot, page.table, Qt.Key.Key_N, CTRL)
    dialog = page.dialog
    type_into(dialog.name, "Legal department")
    type_into(dialog.parent_box.lineEdit(), "Ministry of Nowhere")
    click_ok(qtbot, dialog)
    assert "no organization called" in close_error(qtbot, dialog.error_box)


def test_merge_two_spellings(qtbot, page, demo_context):
    db = demo_context.db
    moj = directory.find_organization(db, "MoJ")
    dup = directory.create_organization(db, "Министерство юстиции Туркменистана", "ministry")
    nap = plans.find_plan(db, "NAP HR")
    plans.create_measure(db, nap.id, "5.1", "Linked to the duplicate", lead_ids=[dup.id, moj.id],
                         co_implementer_ids=[dup.id])
    measures_of_moj = plans.count_measures(db, MeasureQuery(organization_id=moj.id))
    page.refresh()
    sm = page.table.selectionModel()
    for name in (moj.name, dup.name):
        sm.select(page.model.index(names(page).index(name), 0),
                  QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    press(qtbot, page.table, Qt.Key.Key_M, CTRL)
    dialog = page.dialog
    assert dialog.objectName() == "mergeDialog"
    assert dialog.keep_id() == moj.id                        # the one used most is proposed
    click_ok(qtbot, dialog)
    # the duplicate is gone: its Russian name now finds the one kept (its own Russian form)
    assert directory.find_organization(db, "Министерство юстиции Туркменистана").id == moj.id
    assert plans.count_measures(db, MeasureQuery(organization_id=moj.id)) == measures_of_moj
    row = next(m for m in plans.list_measures(db, MeasureQuery(search="duplicate")))
    assert (row.lead, row.co_implementers) == ("MoJ", "MoJ")
    with db.read() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == merge.MERGE_ACTION)).one().record_id == moj.id
    assert dup.name not in names(page)


def test_delete_says_what_uses_it(qtbot, page, demo_context):
    db = demo_context.db
    eu = directory.find_organization(db, "EU Delegation")
    page.table.selectRow(names(page).index(eu.name))
    press(qtbot, page.table, Qt.Key.Key_Delete)
    assert "not used anywhere" in page.dialog.text()
    confirm_box(qtbot, page.dialog)
    qtbot.waitUntil(lambda: directory.find_organization(db, "EU Delegation") is None)
    qtbot.waitUntil(lambda: eu.name not in names(page))  # the list follows the write
    ombudsman = directory.find_organization(db, "Ombudsman")
    page.table.selectRow(names(page).index(ombudsman.name))
    press(qtbot, page.table, Qt.Key.Key_Delete)
    assert "plan measures" in page.dialog.text() and "Merge" in page.dialog.text()
    confirm_box(qtbot, page.dialog, yes=False)
    assert directory.find_organization(db, "Ombudsman") is not None


def test_sort_by_short_name(qtbot, page):
    page.model.sort(1, Qt.SortOrder.AscendingOrder)
    shorts = [page.model.row(r).short_name for r in range(page.model.rowCount())]
    assert shorts == sorted(shorts, key=lambda s: (s,))


def test_choosing_an_organization_deleted_in_another_window_reads_the_list_again(qtbot, page, demo_context):
    from secretariat.db import open_database

    other = open_database(demo_context.db.path)  # a second window on the same file
    try:
        org = directory.create_organization(other, "Commission on Temporary Matters")
        page.refresh()
        qtbot.waitUntil(lambda: page.model.find_row(org.id) is not None)
        row = page.model.find_row(org.id)
        directory.delete_organization(other, org.id)
        page.table.selectRow(row)  # the list still shows it: choosing it must not end in an error
        qtbot.waitUntil(lambda: page.model.find_row(org.id) is None)
        assert "Commission on Temporary Matters" not in names(page)
    finally:
        other.dispose()
