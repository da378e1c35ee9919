"""SDG target codes in the SDG column of imported lists, and exports that carry them back."""

from __future__ import annotations

import pytest

from secretariat.io.excel import lists
from secretariat.io.excel.export import write_table
from secretariat.io.excel.importers import load_sheet, plan_import, prepare_header, run_import
from secretariat.io.excel.ohchr import parse_sdg_cell
from secretariat.io.excel.sdg_codes import parse_sdg_target_cell
from secretariat.services import recommendations as recs
from secretariat.services import sdg_targets


def import_file(db, path):
    sheet = load_sheet(path)
    header, _ = prepare_header(db, "recommendations", sheet)
    plan = plan_import(db, "recommendations", sheet, header)
    return plan, run_import(db, plan)


@pytest.mark.parametrize(("cell", "targets", "goals"), [
    ("5.2", ["5.2"], [5]),
    ("SDG 16.3", ["16.3"], [16]),
    ("Target 4.1", ["4.1"], [4]),
    ("Задача 5.а; 16.10", ["5.a", "16.10"], [5, 16]),
    ("- 5 - GENDER EQUALITY\n- 5.2\n- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS", ["5.2"], [5, 16]),
    ("1, 5.c, 16.3.1", ["5.c", "16.3"], [1, 5, 16]),  # an indicator code names its target
    ("5, 16", [], [5, 16]),
    ("16.13, 18.1", [], [16]),  # no such targets
])
def test_target_codes_are_read_from_an_sdg_cell(cell, targets, goals) -> None:
    assert parse_sdg_target_cell(cell) == targets
    assert sorted(set(parse_sdg_cell(cell)) | {int(t.split(".")[0]) for t in targets}) == goals


def test_a_thematic_list_keeps_its_target_links(db, make_xlsx) -> None:
    path = make_xlsx([
        ["UPR of Turkmenistan - 4th cycle"],
        ["Recommendation and recommending State", "Position of the State under review",
         "Human rights themes and groups of persons", "Relevant SDGs"],
        ["Theme: Women's rights"],
        ["6.45 Adopt a law on domestic violence (Iceland);", "Supported", "- Violence against women",
         "- 5 - GENDER EQUALITY\n- 5.2"],
        ["6.46 Ensure access to justice for victims of violence (Chile);", "Supported", "- Access to justice",
         "SDG 16.3, Target 5.2"],
        ["6.47 Ensure free primary education (Cuba);", "Supported", "- Right to education", "Target 4.1"],
    ], merges=[(0, 0, 0, 3), (2, 0, 2, 3)])
    plan, result = import_file(db, path)
    assert result.written and plan.counts()["create"] == 3
    found = {row.paragraph: row for row in recs.list_recommendations(db)}
    assert (found["6.45"].sdgs, found["6.45"].sdg_targets) == ("5", "5.2")
    assert (found["6.46"].sdgs, found["6.46"].sdg_targets) == ("5, 16", "5.2, 16.3")
    assert (found["6.47"].sdgs, found["6.47"].sdg_targets) == ("4", "4.1")

    # Where the file names targets, they are the record's targets again on re-import...
    sdg_targets.link_targets(db, "recommendation", found["6.47"].id, ["4.5"])
    plan, _ = import_file(db, path)
    assert plan.counts()["update"] == 1
    assert [t.code for t in sdg_targets.targets_of(db, "recommendation", found["6.47"].id)] == ["4.1"]
    # ... and a list naming no targets leaves them alone.
    sdg_targets.link_targets(db, "recommendation", found["6.47"].id, ["4.5"])
    plan, _ = import_file(db, make_xlsx([
        ["UPR of Turkmenistan - 4th cycle"],
        ["Recommendation and recommending State", "Position of the State under review", "Relevant SDGs"],
        ["6.47 Ensure free primary education (Cuba);", "Supported", "4"],
    ], merges=[(0, 0, 0, 2)], name="goals_only.xlsx"))
    assert plan.counts()["skip"] == 1, [(r.action, r.reason) for r in plan.rows]
    assert [t.code for t in sdg_targets.targets_of(db, "recommendation", found["6.47"].id)] == ["4.1", "4.5"]


def test_an_export_carries_target_codes_back(demo_db, tmp_path) -> None:
    table = lists.recommendations_table(demo_db)
    column = table.headers.index("SDGs")
    cells = [row[column] for row in table.rows]
    assert "5, 8, 16, 5.2, 8.7, 16.2" in cells
    path = tmp_path / "recommendations.xlsx"
    write_table(path, table.title, table.headers, table.rows, subtitle="Exported on 01.01.2025")

    [row] = [r for r in recs.list_recommendations(demo_db, limit=None) if r.paragraph == "140.95"]
    sdg_targets.set_targets(demo_db, "recommendation", row.id, [])
    plan, _ = import_file(demo_db, path)
    assert plan.counts()["update"] == 1 and plan.counts()["create"] == 0
    assert [t.code for t in sdg_targets.targets_of(demo_db, "recommendation", row.id)] == ["5.2", "8.7", "16.2"]
    plan, _ = import_file(demo_db, path)
    assert plan.counts()["update"] == 0 and plan.counts()["create"] == 0


def test_plan_measures_carry_their_targets_through_export_and_import(demo_db, tmp_path, make_xlsx) -> None:
    from secretariat.services import plans

    plan = plans.find_plan(demo_db, "NAP HR")
    [first] = [m for m in plans.list_measures(demo_db, plans.MeasureQuery(plan_id=plan.id)) if m.number == "1.1"]
    sdg_targets.set_targets(demo_db, "measure", first.id, ["16.3", "16.10"])
    table = lists.measures_table(demo_db, plan_id=plan.id)
    column = table.headers.index("SDG targets")
    assert [row[column] for row in table.rows if row[2] == "1.1"] == ["16.3, 16.10"]
    path = tmp_path / "measures.xlsx"
    write_table(path, table.title, table.headers, table.rows, subtitle="Exported on 01.01.2025")

    def reimport(file):
        sheet = load_sheet(file)
        header, _ = prepare_header(demo_db, "measures", sheet)
        plan_ = plan_import(demo_db, "measures", sheet, header)
        run_import(demo_db, plan_)
        return plan_.counts()

    assert reimport(path)["update"] == 0  # the round trip changes nothing
    sdg_targets.set_targets(demo_db, "measure", first.id, [])
    assert reimport(path)["update"] == 1
    assert [t.code for t in sdg_targets.targets_of(demo_db, "measure", first.id)] == ["16.3", "16.10"]
    # A ministry's plan matrix with a "Задачи ЦУР" column.
    counts = reimport(make_xlsx([
        ["План", "№", "Мероприятие", "Задачи ЦУР"],
        ["NAP HR", "1.1", first.text, "Задача 5.1; 16.3"],
    ], name="matrix.xlsx"))
    assert counts["update"] == 1
    assert [t.code for t in sdg_targets.targets_of(demo_db, "measure", first.id)] == ["5.1", "16.3"]
