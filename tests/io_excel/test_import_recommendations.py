"""Importing recommendation lists as OHCHR publishes them, and re-importing updated ones."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from secretariat.io.excel.errors import SpreadsheetError
from secretariat.io.excel.importers import (
    ImportOptions,
    header_at,
    load_sheet,
    plan_import,
    prepare_header,
    run_import,
    remember_mapping,
    with_columns,
)
from secretariat.io.excel.importers.recommendations import detect_context
from secretariat.models import AuditEntry, Recommendation
from secretariat.services import recommendations as recs

FIELDS = "recommendations"


def import_file(db, path, options=None, *, skip_invalid=False, progress=None, kind=FIELDS):
    sheet = load_sheet(path)
    header, _ = prepare_header(db, kind, sheet)
    plan = plan_import(db, kind, sheet, header, options)
    return plan, run_import(db, plan, skip_invalid=skip_invalid, progress=progress)


def by_paragraph(db) -> dict[str, Recommendation]:
    result = {}
    for row in recs.list_recommendations(db, limit=None):
        result[row.paragraph] = recs.get_recommendation(db, row.id)
    return result


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_third_cycle_matrix_written_by_xlsxwriter(db, fixture_path):
    plan, result = import_file(db, fixture_path("ohchr_3rd_cycle_matrix.xlsx"))
    assert result.written
    assert plan.counts() == {"create": 8, "update": 0, "skip": 0, "error": 0}
    assert any("cycle 3" in note for note in plan.notes)
    found = by_paragraph(db)
    assert set(found) == {"114.1", "114.2", "114.3", "114.20", "114.21", "114.40", "114.41", "114.60"}
    first = found["114.1"]
    assert (first.mechanism, first.body, first.cycle, first.session) == ("upr", "UPR", 3, "30")
    assert first.document_symbol == "A/HRC/39/3"
    assert first.text.startswith("Ratify the Optional Protocol to the Convention against Torture (OP-CAT)")
    assert [c.name for c in first.states] == ["Maldives", "Portugal"]
    assert first.position == "noted"
    assert first.source_of_position == "A/HRC/39/3/Add.1 - Para.5"
    assert [t.name for t in first.themes][0] == "A12 Acceptance of international norms"
    assert "D25 Prohibition of torture and cruel, inhuman or degrading treatment" in [t.name for t in first.themes]
    assert [g.name for g in first.groups] == ["persons deprived of their liberty"]
    assert found["114.2"].assessment == "Under consideration by the Ministry of Foreign Affairs."
    assert [c.name for c in found["114.20"].states] == ["Bolivia (Plurinational State of)"]
    assert found["114.41"].position == "partially_supported"  # "Supported/Noted": a position of its own
    assert found["114.60"].natural_key == recs.natural_key("upr", "UPR", 3, "", "114.60", "")


def test_fourth_cycle_thematic_list_written_by_libreoffice(db, fixture_path):
    plan, result = import_file(db, fixture_path("ohchr_4th_cycle_thematic.xlsx"))
    assert result.written and plan.counts()["create"] == 7
    found = by_paragraph(db)
    rec = found["6.45"]
    assert rec.cycle == 4 and rec.position == "supported"
    assert [s.number for s in rec.sdgs] == [5, 10]
    assert [t.name for t in rec.themes] == ["Women's rights", "Gender equality", "Discrimination against women"]
    assert [g.name for g in rec.groups] == ["women", "girls"]
    assert [c.name for c in found["6.120"].states] == ["Bolivia (Plurinational State of)", "Egypt"]
    # The header repeated on a new printed page is not a recommendation.
    assert count(db, Recommendation) == 7


def test_one_summary_audit_entry_per_import(db, fixture_path):
    import_file(db, fixture_path("ohchr_4th_cycle_thematic.xlsx"))
    with db.read() as s:
        entries = list(s.scalars(select(AuditEntry)))
    assert len(entries) == 1
    entry = entries[0]
    assert entry.action == "import" and entry.table_name == "recommendation"
    changes = json.loads(entry.changes)
    assert changes["created"] == 7 and changes["file"] == "ohchr_4th_cycle_thematic.xlsx"
    assert len(changes["created_ids"]) == 7
    assert "7 created" in entry.summary


@pytest.mark.parametrize("scan_above", [5000, 0], ids=["by-chunks", "whole-tables"])
def test_reimport_changes_nothing_then_updates_what_changed(db, fixture_path, tmp_path, monkeypatch, scan_above):
    from secretariat.services.imports import recommendations as importer

    monkeypatch.setattr(importer, "SCAN_ABOVE", scan_above)  # how existing records are read
    source = fixture_path("ohchr_3rd_cycle_matrix.xlsx")
    import_file(db, source)
    plan, result = import_file(db, source)
    assert plan.counts() == {"create": 0, "update": 0, "skip": 8, "error": 0}
    assert count(db, Recommendation) == 8

    # OHCHR publishes an update; a clerk edits it in Excel (here: openpyxl).
    updated = tmp_path / "matrix-updated.xlsx"
    shutil.copy(source, updated)
    workbook = openpyxl.load_workbook(updated)
    sheet = workbook["Matrix"]
    for row in sheet.iter_rows(min_row=5):
        cell = row[0].value or ""
        if cell.startswith("114.2 "):
            row[1].value = "Supported"
            row[3].value = "Ratification is being prepared."
        if cell.startswith("114.60"):
            row[2].value = "- D22 Human rights education\n" + row[2].value
    workbook.save(updated)
    plan, result = import_file(db, updated)
    assert result.written
    assert plan.counts() == {"create": 0, "update": 2, "skip": 6, "error": 0}
    reasons = {row.label.split()[0]: row.reason for row in plan.rows if row.action == "update"}
    assert "position" in reasons["114.2"] and "assessment" in reasons["114.2"]
    assert "themes" in reasons["114.60"]
    found = by_paragraph(db)
    assert found["114.2"].position == "supported"
    assert found["114.2"].assessment == "Ratification is being prepared."
    assert found["114.2"].version == 2
    assert "D22 Human rights education" in [t.name for t in found["114.60"].themes]
    assert [g.name for g in found["114.60"].groups] == ["victims of trafficking", "migrants"]
    assert count(db, Recommendation) == 8


def test_reimport_keeps_what_the_file_does_not_say(db, fixture_path):
    import_file(db, fixture_path("ohchr_4th_cycle_thematic.xlsx"))
    rec_id = by_paragraph(db)["6.1"].id
    recs.update_recommendation(db, rec_id, status="in_progress", assessment="Reported by the MFA.")
    plan, _ = import_file(db, fixture_path("ohchr_4th_cycle_thematic.xlsx"))
    assert plan.counts()["skip"] == 7
    rec = recs.get_recommendation(db, rec_id)
    assert rec.status == "in_progress" and rec.assessment == "Reported by the MFA."


def test_same_recommendation_under_two_themes_is_merged(db, make_xlsx):
    path = make_xlsx([
        ["UPR of Turkmenistan - 4th cycle"],
        ["Recommendation and recommending State", "Position of the State under review",
         "Human rights themes and groups of persons", "Relevant SDGs"],
        ["Theme: Women's rights"],
        ["6.45 Continue to implement the National Action Plan on Gender Equality (Kazakhstan);", "Supported",
         "- Gender equality", "- 5 - GENDER EQUALITY"],
        ["Theme: Equality & non-discrimination"],
        ["6.45 Continue to implement the National Action Plan on Gender Equality (Kazakhstan);", "Supported",
         "- Discrimination against women", "- 10 - REDUCED INEQUALITIES"],
    ], merges=[(0, 0, 0, 3), (2, 0, 2, 3), (4, 0, 4, 3)])
    plan, result = import_file(db, path)
    assert plan.counts() == {"create": 1, "update": 0, "skip": 1, "error": 0}
    assert "row 4" in plan.rows[1].reason
    rec = recs.get_recommendation(db, recs.list_recommendations(db)[0].id)
    assert {t.name for t in rec.themes} == {"Women's rights", "Gender equality", "Equality & non-discrimination",
                                            "Discrimination against women"}
    assert [s.number for s in rec.sdgs] == [5, 10]


def test_unknown_cycle_stops_the_import_until_given(db, make_xlsx):
    path = make_xlsx([
        ["Recommendation", "Position"],
        ["140.7 Ratify the Optional Protocol to the Convention against Torture (Maldives)", "Supported"],
    ])
    plan, result = import_file(db, path)
    assert not result.written and plan.fatal and "cycle" in plan.fatal[0]
    assert count(db, Recommendation) == 0
    plan, result = import_file(db, path, ImportOptions(cycle=4))
    assert result.written and by_paragraph(db)["140.7"].cycle == 4


def test_rows_with_errors_block_the_import_unless_skipped(db, make_xlsx):
    path = make_xlsx([
        ["UPR 4th cycle"],
        ["Paragraph", "Recommendation", "Position"],
        ["140.1", "Ratify the Convention on the Rights of Persons with Disabilities", "Supported"],
        ["140.2", None, "Noted"],
        ["140.3", "Adopt a law on domestic violence", "Perhaps later"],
    ])
    plan, result = import_file(db, path)
    assert not result.written
    errors = result.as_json()["errors"]
    assert errors == [{"row": 4, "column": "Recommendation", "message": "The recommendation text is empty."}]
    assert any("Perhaps later" in w["message"] for w in result.as_json()["warnings"])
    assert count(db, Recommendation) == 0
    plan, result = import_file(db, path, skip_invalid=True)
    assert result.written and plan.counts() == {"create": 2, "update": 0, "skip": 0, "error": 1}
    assert by_paragraph(db)["140.3"].position == "pending"


def test_cancel_leaves_nothing(db, fixture_path):
    class CancelWhenWriting:
        def update(self, done, total=None, label=None):
            self.label = label or getattr(self, "label", "")

        def check(self):
            if "Writing" in getattr(self, "label", ""):
                raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_file(db, fixture_path("ohchr_3rd_cycle_matrix.xlsx"), progress=CancelWhenWriting())
    assert count(db, Recommendation) == 0 and count(db, AuditEntry) == 0


def test_treaty_body_list_with_russian_headers(db, make_xlsx):
    path = make_xlsx([
        ["Заключительные замечания КЛДЖ (CEDAW/C/TKM/CO/6)"],
        [],
        ["Орган", "Пункт", "Рекомендация", "Статус", "Ответственные органы", "Цели устойчивого развития"],
        ["CEDAW", "12(a)", "Принять всеобъемлющее определение дискриминации в отношении женщин",
         "Выполняется", "Меджлис Туркменистана;\nМинистерство юстиции", "5"],
        ["CEDAW", "36", "Обеспечить доступ девочек к высшему образованию", "Не начато",
         "Министерство образования", "4, 5"],
    ])
    plan, result = import_file(db, path)
    assert result.written, result.as_json()
    found = by_paragraph(db)
    rec = found["12(a)"]
    assert (rec.mechanism, rec.body, rec.document_symbol) == ("treaty_body", "CEDAW", "CEDAW/C/TKM/CO/6")
    assert rec.status == "in_progress" and found["36"].status == "not_started"
    assert [o.name for o in rec.responsible] == ["Меджлис Туркменистана", "Министерство юстиции"]
    assert [s.number for s in found["36"].sdgs] == [4, 5]
    assert any("New organizations" in note for note in plan.notes)


def test_openpyxl_made_file_and_corrected_mapping_is_remembered(db, tmp_path):
    path = tmp_path / "ministry.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Ref", "Wording", "Answer"])
    sheet.append(["140.9", "Strengthen the Ombudsperson's independence (Germany)", "Supported"])
    workbook.save(path)
    data = load_sheet(path)
    with pytest.raises(SpreadsheetError, match="No header row"):
        prepare_header(db, FIELDS, data)  # "Ref | Wording | Answer" is no known header
    # The clerk says which column is which (the wizard's mapping page does this).
    header = header_at(data.rows, 0, {}, {"paragraph": 0, "text": 1, "position": 2})
    remember_mapping(db, FIELDS, header)
    again, remembered = prepare_header(db, FIELDS, data)
    assert remembered and again.columns == {"paragraph": 0, "text": 1, "position": 2}
    plan = plan_import(db, FIELDS, data, again, ImportOptions(cycle=4))
    assert run_import(db, plan).written
    assert by_paragraph(db)["140.9"].position == "supported"
    assert with_columns(data.rows, again, {"text": 1}).columns == {"text": 1}


def test_context_read_from_title_rows():
    assert detect_context(["UPR of Turkmenistan (3rd Cycle - 30th session)", "A/HRC/39/3"]) == {
        "mechanism": "upr", "body": "UPR", "document_symbol": "A/HRC/39/3", "cycle": 3, "session": "30"}
    assert detect_context(["Универсальный периодический обзор, 4-й цикл"])["cycle"] == 4
    assert detect_context(["CRC/C/TKM/CO/2-4"])["body"] == "CRC"
    assert detect_context(["Plan of actions"]) == {}
