"""The import wizard driven as a clerk drives it: file, sheet, mapping, preview, import, cancel."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from secretariat.models import AuditEntry, ImportLayout, Measure, ProgressReport, Recommendation
from secretariat.ui.import_wizard import FILE, MAPPING, PREVIEW, RUN, ImportWizard

FIXTURES = Path(__file__).resolve().parent.parent / "io_excel" / "fixtures"
WAIT = 20_000


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def start(qtbot, context) -> ImportWizard:
    wizard = ImportWizard(context)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def choose_file(qtbot, wizard: ImportWizard, path: Path) -> None:
    page = wizard.file_page
    page.path_edit.setFocus()
    page.path_edit.clear()
    qtbot.keyClicks(page.path_edit, str(path))
    qtbot.keyClick(page.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)


def click(qtbot, wizard: ImportWizard, button: QWizard.WizardButton) -> None:
    widget = wizard.button(button)
    assert widget.isEnabled(), f"{button} is disabled"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def next_page(qtbot, wizard: ImportWizard) -> None:
    button = QWizard.WizardButton.CommitButton if wizard.currentPage().isCommitPage() \
        else QWizard.WizardButton.NextButton
    click(qtbot, wizard, button)


def wait_preview(qtbot, wizard: ImportWizard) -> None:
    qtbot.waitUntil(lambda: wizard.plan is not None and not wizard.preview_page.computing, timeout=WAIT)


def wait_run(qtbot, wizard: ImportWizard) -> None:
    qtbot.waitUntil(lambda: wizard.run_page.finished, timeout=WAIT)


def ministry_list(tmp_path: Path) -> Path:
    """A recommendation list whose position column has a title nobody foresaw."""
    path = tmp_path / "ministry list.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Answers"
    sheet.append(["Turkmenistan - 4th UPR cycle (2023)"])
    sheet.append([])
    sheet.append(["Recommendation and recommending State", "Reply of Turkmenistan", "Human rights themes"])
    sheet.append(["6.1 Ratify the Optional Protocol to the Convention against Torture (Maldives);", "Noted",
                  "- Torture"])
    sheet.append(["6.45 Continue to implement the National Action Plan on Gender Equality (Kazakhstan);",
                  "Supported", "- Gender equality"])
    workbook.create_sheet("Notes").append(["nothing to import here"])
    workbook.save(path)
    return path


def test_recommendations_with_a_corrected_mapping(qtbot, context, tmp_path):
    path = ministry_list(tmp_path)
    wizard = start(qtbot, context)
    assert wizard.currentId() == FILE
    choose_file(qtbot, wizard, path)
    page = wizard.file_page
    assert [page.sheet_combo.itemText(i) for i in range(page.sheet_combo.count())] == ["Answers", "Notes"]
    assert "Answers" in page.status.text()
    # The clerk looks at the other sheet, then comes back to the list.
    page.sheet_combo.setFocus()
    qtbot.keyClick(page.sheet_combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: not page.loading and wizard.sheet is not None and wizard.sheet.sheet == "Notes",
                    timeout=WAIT)
    assert "Notes" in page.status.text()
    qtbot.keyClick(page.sheet_combo, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: not page.loading and wizard.sheet is not None and wizard.sheet.sheet == "Answers",
                    timeout=WAIT)
    next_page(qtbot, wizard)

    assert wizard.currentId() == MAPPING
    mapping = wizard.mapping_page
    assert mapping.header_combo.currentText().startswith("Row 3:")
    assert mapping.combo(0).currentData() == "recommendation_with_states"
    assert mapping.combo(1).currentData() == ""  # "Reply of Turkmenistan": not recognised
    assert mapping.table.item(1, mapping.EXAMPLE).text() == "Noted"
    mapping.set_field(1, "position")  # the clerk corrects it
    next_page(qtbot, wizard)

    assert wizard.currentId() == PREVIEW
    wait_preview(qtbot, wizard)
    preview = wizard.preview_page
    assert "2 to create" in preview.summary.text()
    assert "cycle 4" in preview.notes.text()
    assert [preview.model.data(preview.model.index(r, 1)) for r in range(preview.model.rowCount())] == [
        "Create", "Create"]
    assert count(context.db, Recommendation) == 0  # nothing written before Import
    next_page(qtbot, wizard)

    assert wizard.currentId() == RUN
    wait_run(qtbot, wizard)
    assert "2 created" in wizard.run_page.label.text()
    with context.db.read() as s:
        positions = dict(s.execute(select(Recommendation.paragraph, Recommendation.position)).all())
    assert positions == {"6.1": "noted", "6.45": "supported"}
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)

    # The next file of that layout is mapped as corrected, and nothing changes on re-import.
    with context.db.read() as s:  # (the database's own identity is kept in that table too)
        assert s.scalar(select(func.count()).select_from(ImportLayout)
                        .where(ImportLayout.kind == "recommendations")) == 1
    again = start(qtbot, context)
    choose_file(qtbot, again, path)
    next_page(qtbot, again)
    assert again.mapping_page.combo(1).currentData() == "position"
    assert "seen before" in again.mapping_page.note.text()
    next_page(qtbot, again)
    wait_preview(qtbot, again)
    assert "nothing to import" in again.preview_page.summary.text()
    assert not again.button(QWizard.WizardButton.CommitButton).isEnabled()


def test_measures_into_a_new_plan_with_russian_title(qtbot, context, type_text):
    wizard = start(qtbot, context)
    page = wizard.file_page
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("measures"))
    choose_file(qtbot, wizard, FIXTURES / "plan_matrix_ru.xlsx")
    box = page.options_box
    assert box.new_plan.isChecked()  # the database has no plan yet
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # a plan is needed
    type_text(box.new_plan_title, "Национальный план действий по правам человека 2021-2025")
    next_page(qtbot, wizard)
    assert wizard.mapping_page.combo(4).currentData() == "deadline"
    next_page(qtbot, wizard)
    wait_preview(qtbot, wizard)
    assert "5 to create" in wizard.preview_page.summary.text()
    assert "new plan will be created" in wizard.preview_page.notes.text()
    next_page(qtbot, wizard)
    wait_run(qtbot, wizard)
    assert count(context.db, Measure) == 5


def test_rows_with_errors_are_shown_and_can_be_left_out(qtbot, context, tmp_path):
    path = tmp_path / "errors.xlsx"
    workbook = openpyxl.Workbook()
    for row in (["UPR 4th cycle"], ["Paragraph", "Recommendation", "Position"],
                ["140.1", "Ratify the CRPD (Chile)", "Supported"], ["140.2", None, "Noted"]):
        workbook.active.append(row)
    workbook.save(path)
    wizard = start(qtbot, context)
    choose_file(qtbot, wizard, path)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    wait_preview(qtbot, wizard)
    preview = wizard.preview_page
    assert preview.filter.currentData() == "error"
    assert preview.model.rowCount() == 1
    assert "empty" in preview.model.data(preview.model.index(0, 3))
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    preview.skip_invalid.click()
    next_page(qtbot, wizard)
    wait_run(qtbot, wizard)
    assert "1 row with errors was left out" in wizard.run_page.label.text()
    assert count(context.db, Recommendation) == 1


def test_bad_file_is_explained_and_blocks(qtbot, context, tmp_path):
    path = tmp_path / "matrix.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "WordDocument".encode("utf-16-le")
                     + b"\x00" * 1024)
    wizard = start(qtbot, context)
    choose_file(qtbot, wizard, path)
    assert ".docx" in wizard.file_page.status.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    choose_file(qtbot, wizard, FIXTURES / "ohchr_3rd_cycle_matrix.xlsx")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def big_list(tmp_path: Path, rows: int = 4000) -> Path:
    import xlsxwriter

    path = tmp_path / "big.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet()
    sheet.write_row(0, 0, ["UPR of Turkmenistan, 4th cycle"])
    sheet.write_row(1, 0, ["Recommendation and recommending State", "Position of the State under review",
                           "Human rights themes and groups of persons"])
    for number in range(rows):
        sheet.write_row(number + 2, 0, [f"{number // 100 + 1}.{number % 100 + 1} Strengthen measure {number} "
                                        f"(Portugal) (Maldives);", "Supported",
                                        f"- Theme {number % 40}\nAffected persons:\n- group {number % 7}"])
    workbook.close()
    return path


def test_cancel_writes_nothing(qtbot, context, tmp_path):
    wizard = start(qtbot, context)
    choose_file(qtbot, wizard, big_list(tmp_path))
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    wait_preview(qtbot, wizard)
    assert "4000 to create" in wizard.preview_page.summary.text()
    next_page(qtbot, wizard)
    assert wizard.run_page.running
    qtbot.mouseClick(wizard.run_page.cancel_button, Qt.MouseButton.LeftButton)  # at once
    wait_run(qtbot, wizard)
    assert "cancelled" in wizard.run_page.label.text()
    assert count(context.db, Recommendation) == 0 and count(context.db, AuditEntry) == 0


def test_returned_questionnaire_skips_the_mapping(qtbot, demo_context, tmp_path):
    from secretariat.io.excel.questionnaire import assignments, write_questionnaire
    from secretariat.models import Organization

    db = demo_context.db
    with db.read() as s:
        moj = s.scalar(select(Organization.id).where(Organization.short_name == "MoJ"))
    path = write_questionnaire(tmp_path / "q.xlsx", assignments(db, moj)[0])
    workbook = openpyxl.load_workbook(path)
    workbook["Measures"]["H5"] = "Seminar held for 30 lawyers"
    workbook.save(path)
    reports = count(db, ProgressReport)
    wizard = start(qtbot, demo_context)
    choose_file(qtbot, wizard, path)
    assert wizard.kind == "questionnaire"
    assert "questionnaire" in wizard.file_page.status.text()
    next_page(qtbot, wizard)
    assert wizard.currentId() == PREVIEW
    wait_preview(qtbot, wizard)
    assert "1 to create" in wizard.preview_page.summary.text()
    next_page(qtbot, wizard)
    wait_run(qtbot, wizard)
    assert count(db, ProgressReport) == reports + 1
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "import")).one()
        assert json.loads(entry.changes)["kind"] == "questionnaire"
        report = s.scalars(select(ProgressReport).order_by(ProgressReport.id.desc())).first()
        assert report.reported_on == date.today()


def test_word_document_offers_its_tables_and_takes_the_matrix(qtbot, context):
    wizard = start(qtbot, context)
    choose_file(qtbot, wizard, FIXTURES / "ohchr_matrix_writer.docx")
    combo = wizard.file_page.sheet_combo
    assert combo.count() == 2 and combo.currentText().startswith("Table 2")
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.file_page.options_box.state_under_review.text() == "Turkmenistan"


def test_state_under_review_is_the_commissions_setting_and_can_be_kept(qtbot, context):
    from secretariat.services import commission

    wizard = start(qtbot, context)
    choose_file(qtbot, wizard, FIXTURES / "upr_info_many_states.csv")
    box = wizard.file_page.options_box
    assert box.state_under_review.text() == "Turkmenistan" and not box.keep_state.isEnabled()
    box.state_under_review.setFocus()
    box.state_under_review.selectAll()
    qtbot.keyClicks(box.state_under_review, "Kazakhstan")
    assert box.keep_state.isEnabled()
    box.keep_state.setChecked(True)
    next_page(qtbot, wizard)
    if wizard.currentId() == MAPPING:
        next_page(qtbot, wizard)
    wait_preview(qtbot, wizard)
    assert "1 to create" in wizard.preview_page.summary.text()
    assert commission.state_under_review(context.db) == "Turkmenistan"  # nothing written before Import
    next_page(qtbot, wizard)
    wait_run(qtbot, wizard)
    assert count(context.db, Recommendation) == 1
    assert commission.state_under_review(context.db) == "Kazakhstan"
    again = start(qtbot, context)
    assert again.file_page.options_box.state_under_review.text() == "Kazakhstan"
