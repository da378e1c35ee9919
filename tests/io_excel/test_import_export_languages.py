"""A Russian plan matrix finds organizations by their Russian names; exports in a language."""

from __future__ import annotations

from sqlalchemy import func, select

from secretariat.io.excel import lists
from secretariat.io.excel.importers import ImportOptions, load_sheet, plan_import, prepare_header, run_import
from secretariat.models import Organization
from secretariat.services import directory, plans

RU_PLAN = "Национальный план действий по правам человека в Туркменистане на 2021-2025 годы"


def _import(db, path, options):
    sheet = load_sheet(path)
    header, _ = prepare_header(db, "measures", sheet)
    plan = plan_import(db, "measures", sheet, header, options)
    return run_import(db, plan)


def test_russian_matrix_links_the_existing_organizations(db, fixture_path) -> None:
    moj = directory.create_organization(db, "Ministry of Justice of Turkmenistan", "ministry", short_name="MoJ",
                                        name_ru="Министерство юстиции Туркменистана", short_name_ru="Минюст")
    mejlis = directory.create_organization(db, "Mejlis of Turkmenistan", "parliament",
                                           name_ru="Меджлис Туркменистана")
    iom = directory.create_organization(db, "International Organization for Migration", "un_agency",
                                        short_name="IOM", short_name_ru="МОМ")
    plans.create_plan(db, "National Action Plan for Human Rights 2021-2025", short_title="NAP HR", title_ru=RU_PLAN)
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(Organization))
    result = _import(db, fixture_path("plan_matrix_ru.xlsx"), ImportOptions(plan=RU_PLAN))  # found by Russian title
    assert result.written, result.as_json()
    found = {m.number: plans.get_measure(db, m.id) for m in plans.list_measures(db, plans.MeasureQuery(), limit=None)}
    assert {o.id for o in found["1"].organizations("lead")} == {mejlis.id, moj.id}
    assert iom.id in [o.id for o in found["4"].organizations("partner")]
    with db.read() as s:
        names = set(s.scalars(select(Organization.name)))
        after = s.scalar(select(func.count()).select_from(Organization))
    # only the organizations nobody knew are new; no "Министерство юстиции" twin of MoJ
    assert "Министерство юстиции" not in names and "МОМ" not in names and "Меджлис Туркменистана" not in names
    assert "Министерство труда и социальной защиты населения" in names  # nobody knew it: new
    assert after - before == 7  # the matrix names ten bodies, three of them known by their Russian names


def test_measures_export_in_russian_names_plans_and_agencies_in_russian(demo_db) -> None:
    table = lists.measures_table(demo_db, language="ru")
    first = next(row for row in table.rows if row[2] == "1.1" and row[0] == "НПДПЧ")
    assert first[4] == "Минюст\nИГПД"
    english = lists.measures_table(demo_db, language="en")
    assert any(row[0] == "NAP HR" and row[4] == "MoJ\nISLD" for row in english.rows)


def test_russian_directory_list_keeps_the_name_typed_first(db, make_xlsx) -> None:
    moj = directory.create_organization(db, "Ministry of Justice of Turkmenistan", "ministry", short_name="MoJ",
                                        name_ru="Министерство юстиции Туркменистана", short_name_ru="Минюст")
    path = make_xlsx([
        ["Название", "Краткое название", "Тип", "Вышестоящая организация"],
        ["Министерство юстиции Туркменистана", "Минюст", "Министерство", None],
    ])
    sheet = load_sheet(path)
    header, _ = prepare_header(db, "organizations", sheet)
    plan = plan_import(db, "organizations", sheet, header, None)
    assert plan.counts() == {"create": 0, "update": 0, "skip": 1, "error": 0}
    run_import(db, plan)
    kept = directory.get_organization(db, moj.id)
    assert (kept.name, kept.short_name) == ("Ministry of Justice of Turkmenistan", "MoJ")
