"""Deleting an organization used in attendance: said in words, Merge offered, or deleted cleanly."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from plans_ui_helpers import click_ok, confirm_box, press, show
from secretariat.models import Attendance
from secretariat.services import directory
from secretariat.ui.pages.organizations import OrganizationsPage

IOM = "International Organization for Migration"


@pytest.fixture
def page(qtbot, demo_context):
    return show(qtbot, OrganizationsPage(demo_context))


def _select(page, name: str) -> int:
    org = directory.find_organization(page.context.db, name)
    rows = [page.model.row(r).name for r in range(page.model.rowCount())]
    page.table.selectRow(rows.index(org.name))
    return org.id


def _attendance_of(db, org_id: int) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Attendance).where(Attendance.organization_id == org_id))


def test_deleting_an_organization_that_attended_deletes_cleanly(qtbot, page, demo_context):
    org_id = _select(page, IOM)
    assert _attendance_of(demo_context.db, org_id)
    press(qtbot, page.table, Qt.Key.Key_Delete)
    text = page.dialog.text()
    assert "attendance" in text and "Merge" in text
    confirm_box(qtbot, page.dialog)
    qtbot.waitUntil(lambda: directory.find_organization(demo_context.db, IOM) is None)
    assert not any(isinstance(w, QMessageBox) and w.objectName() == "errorMessage" and w.isVisible()
                   for w in page.findChildren(QMessageBox)), "no error after the confirmed delete"
    with demo_context.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Attendance).where(
            Attendance.person_id.is_(None), Attendance.organization_id.is_(None))) == 0


def test_deleting_an_organization_offers_merge_instead(qtbot, page, demo_context):
    db = demo_context.db
    org_id = _select(page, IOM)
    attended = _attendance_of(db, org_id)
    press(qtbot, page.table, Qt.Key.Key_Delete)
    box = page.dialog
    merge_button = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.ActionRole)
    qtbot.mouseClick(merge_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog.objectName() == "mergeIntoDialog"
    target = directory.find_organization(db, "UNDP")
    dialog.target.setCurrentIndex(dialog.target.findData(target.id))
    click_ok(qtbot, dialog)
    assert directory.find_organization(db, IOM) is None
    assert _attendance_of(db, target.id) >= attended
