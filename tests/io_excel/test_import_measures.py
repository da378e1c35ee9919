"""Importing ministries' plan matrices (Russian and Turkmen), progress tables, meetings, organizations."""

from __future__ import annotations

import shutil
from datetime import date, datetime

import openpyxl
from sqlalchemy import func, select

from secretariat.io.excel.importers import ImportOptions, load_sheet, plan_import, prepare_header, run_import
from secretariat.models import (
    Attendance,
    AuditEntry,
    Measure,
    Meeting,
    Organization,
    Person,
    Plan,
    PlanSection,
    ProgressReport,
)
from secretariat.services import directory, indicators, plans

RU_PLAN = "Национальный план действий по правам человека в Туркменистане на 2021-2025 годы"


def run(db, kind, path, options=None, *, skip_invalid=False):
    sheet = load_sheet(path)
    header, _ = prepare_header(db, kind, sheet)
    plan = plan_import(db, kind, sheet, header, options)
    return plan, run_import(db, plan, skip_invalid=skip_invalid)


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def measures(db) -> dict[str, Measure]:
    with db.read() as s:
        return {m.number: plans.get_measure(db, m.id) for m in s.scalars(select(Measure))}


def test_russian_plan_matrix_from_libreoffice(db, fixture_path):
    plan, result = run(db, "measures", fixture_path("plan_matrix_ru.xlsx"), ImportOptions(create_plan=RU_PLAN))
    assert result.written, result.as_json()
    assert plan.counts() == {"create": 5, "update": 0, "skip": 0, "error": 0}  # no totals row, no spacer
    with db.read() as s:
        created = s.scalar(select(Plan))
        assert (created.period_start, created.period_end) == (2021, 2025)
        sections = [(x.number, x.title) for x in s.scalars(select(PlanSection).order_by(PlanSection.position))]
    assert sections == [("1", "Совершенствование законодательства"), ("2", "Права женщин и гендерное равенство")]
    found = measures(db)
    first = found["1"]
    assert first.deadline_text == "31.12.2024" and first.deadline_end == date(2024, 12, 31)
    assert found["2"].deadline_text == "30.06.2025"  # a real Excel date, written the regional way
    assert found["3"].deadline_text == "2021-2025" and found["3"].deadline_end == date(2025, 12, 31)
    assert found["4"].deadline_recurring  # "ежегодно"
    assert first.status == "completed" and found["2"].status == "in_progress" and found["4"].status == "not_started"
    assert [o.name for o in first.organizations("lead")] == ["Меджлис Туркменистана", "Министерство юстиции"]
    # The agency merged down two rows applies to both measures.
    assert [o.name for o in found["4"].organizations("lead")] == ["Министерство труда и социальной защиты населения"]
    assert [o.name for o in found["4"].organizations("partner")] == ["МОМ", "УНП ООН"]
    assert found["5"].section.title == "Права женщин и гендерное равенство"


def test_reimport_of_an_updated_matrix(db, fixture_path, tmp_path):
    source = fixture_path("plan_matrix_ru.xlsx")
    run(db, "measures", source, ImportOptions(create_plan=RU_PLAN))
    plan, _ = run(db, "measures", source, ImportOptions(plan=RU_PLAN))
    assert plan.counts() == {"create": 0, "update": 0, "skip": 5, "error": 0}
    updated = tmp_path / "plan-updated.xlsx"
    shutil.copy(source, updated)
    workbook = openpyxl.load_workbook(updated)
    sheet = workbook.active
    for row in sheet.iter_rows(min_row=7):
        if str(row[0].value) == "2":
            row[6].value = "Выполнено"
        if str(row[0].value) == "5":
            row[4].value = "31.03.2025"
    sheet.cell(row=16, column=1, value="6")
    sheet.cell(row=16, column=2, value="Семинар для сотрудников органов внутренних дел")
    sheet.cell(row=16, column=3, value="Министерство внутренних дел")
    workbook.save(updated)
    plan, result = run(db, "measures", updated, ImportOptions(plan=RU_PLAN))
    assert result.written
    assert plan.counts() == {"create": 1, "update": 2, "skip": 3, "error": 0}
    found = measures(db)
    assert found["2"].status == "completed" and found["5"].deadline_end == date(2025, 3, 31)
    assert count(db, Measure) == 6 and count(db, Plan) == 1


def test_turkmen_matrix_from_csv_without_merges(db, fixture_path):
    existing = directory.create_organization(db, "Türkmenistanyň Mejlisi", "parliament", short_name="Mejlis")
    plan, result = run(db, "measures", fixture_path("plan_matrix_tk.xlsx"),
                       ImportOptions(create_plan="Milli hereketler meýilnamasy 2021-2025"))
    assert result.written and plan.counts()["create"] == 4
    found = measures(db)
    assert [o.id for o in found["1.1"].organizations("lead")][0] == existing.id
    assert found["1.1"].status == "completed" and found["2.1"].status == "in_progress"
    # the "Indicators" column's lines are indicator rows of the measure, over the measure's period
    rows = indicators.list_indicators(db, found["2.1"].id)
    assert [r.name for r in rows] == ["Ýyllyk hasabat", "Seminarlar geçirildi"]
    assert rows[0].frequency_months == 12 and rows[0].starts_on <= rows[0].ends_on
    leads = found["2.1"].organizations("lead")
    assert rows[0].organization_id == (leads[0].id if leads else None)
    again, result = run(db, "measures", fixture_path("plan_matrix_tk.xlsx"),
                        ImportOptions(plan="Milli hereketler meýilnamasy 2021-2025"))
    assert again.counts()["update"] == 0 and len(indicators.list_indicators(db, found["2.1"].id)) == 2
    assert found["2.2"].deadline_recurring  # "Her ýyl"
    assert found["1.2"].section.title == "Kanunçylygy kämilleşdirmek"


def test_plan_must_exist(db, fixture_path):
    plan, result = run(db, "measures", fixture_path("plan_matrix_ru.xlsx"), ImportOptions(plan="No such plan"))
    assert not result.written and "No such plan" in plan.fatal[0]
    plan, result = run(db, "measures", fixture_path("plan_matrix_ru.xlsx"))
    assert not result.written and "--plan" in plan.fatal[0]
    assert count(db, Measure) == 0 and count(db, AuditEntry) == 0


def test_progress_reports(db, make_xlsx):
    nap = plans.create_plan(db, "National Action Plan on Human Rights 2021-2025", short_title="NAP HR")
    plans.create_measure(db, nap.id, "1.1", "Train judges")
    plans.create_measure(db, nap.id, "1.2", "Draft a law")
    path = make_xlsx([
        ["Информация о ходе выполнения Национального плана"],
        ["План", "№ мероприятия", "Дата", "Организация", "Информация о выполнении", "Статус"],
        ["NAP HR", "1.1", "15.03.2024", "Верховный суд", "Обучено 40 судей", "Выполняется"],
        ["NAP HR", "1.2", datetime(2024, 6, 1), "Министерство юстиции", "Проект закона внесен", "Выполнено"],
        ["NAP HR", "9.9", "01.01.2024", "", "Нет такого мероприятия", ""],
    ])
    plan, result = run(db, "progress", path)
    assert not result.written
    assert [e["row"] for e in result.as_json()["errors"]] == [5]
    plan, result = run(db, "progress", path, skip_invalid=True)
    assert result.written and plan.counts() == {"create": 2, "update": 0, "skip": 0, "error": 1}
    found = measures(db)
    assert found["1.2"].status == "completed"
    report = found["1.1"].progress_reports[0]
    assert report.reported_on == date(2024, 3, 15) and report.organization.name == "Верховный суд"
    plan, result = run(db, "progress", path, skip_invalid=True)
    assert plan.counts()["skip"] == 2 and count(db, ProgressReport) == 2


def test_meetings_with_attendance_in_russian(db, make_xlsx):
    directory.create_organization(db, "Министерство иностранных дел Туркменистана", "ministry", short_name="МИД")
    path = make_xlsx([
        ["Заседания Межведомственной комиссии"],
        ["№", "Дата", "Вид", "Тема", "Место проведения", "Организация", "ФИО", "Роль", "Присутствие"],
        [1, "27.01.2024", "Заседание комиссии", "Итоги 2023 года", "Ашхабад, МИД", "МИД", "Мередов Р.",
         "Председатель", "+"],
        [None, None, None, None, None, "ПРООН", "Иванова А.", "Приглашенный", "присутствовал"],
        [None, None, None, None, None, "Министерство юстиции", None, "Член", "Отсутствовал"],
        [2, "12.06.2024", "Семинар", "Права ребенка", "Ашхабад", "ЮНИСЕФ", None, "Приглашенный", "да"],
    ], merges=[])
    plan, result = run(db, "meetings", path)
    assert result.written, result.as_json()
    assert plan.counts() == {"create": 4, "update": 0, "skip": 0, "error": 0}
    with db.read() as s:
        meetings = list(s.scalars(select(Meeting).order_by(Meeting.number)))
        assert [(m.year, m.number, m.kind) for m in meetings] == [(2024, 1, "commission_meeting"),
                                                                   (2024, 2, "seminar")]
        first = meetings[0]
        assert first.starts_at.date() == date(2024, 1, 27) and first.venue == "Ашхабад, МИД"
        rows = [(a.organization.name if a.organization else None, a.person.full_name if a.person else None,
                 a.role, a.presence) for a in first.attendance]
    assert rows == [("Министерство иностранных дел Туркменистана", "Мередов Р.", "chair", "present"),
                    ("ПРООН", "Иванова А.", "invited", "present"),
                    ("Министерство юстиции", None, "member", "absent")]
    assert count(db, Person) == 2
    plan, result = run(db, "meetings", path)
    assert plan.counts() == {"create": 0, "update": 0, "skip": 4, "error": 0}
    assert count(db, Attendance) == 4


def test_organizations_in_turkmen_with_parents(db, make_xlsx):
    directory.create_organization(db, "Adalat ministrligi", "ministry")
    path = make_xlsx([
        ["Guramanyň ady", "Gysga ady", "Görnüşi", "Ýokary gurama"],
        ["Adalat ministrligi", "AM", "Ministrlik", None],
        ["Kazyýet ekspertizasy merkezi", None, "Edara", "Adalat ministrligi"],
        ["BMG-niň Ösüş Maksatnamasy", "UNDP", "BMG", None],
    ])
    plan, result = run(db, "organizations", path)
    assert result.written and plan.counts() == {"create": 2, "update": 1, "skip": 0, "error": 0}
    with db.read() as s:
        orgs = {o.name: o for o in s.scalars(select(Organization))}
        assert orgs["Adalat ministrligi"].short_name == "AM"
        assert orgs["Kazyýet ekspertizasy merkezi"].parent_id == orgs["Adalat ministrligi"].id
        assert orgs["Kazyýet ekspertizasy merkezi"].kind == "department"
        assert orgs["BMG-niň Ösüş Maksatnamasy"].kind == "un_agency"
    plan, _ = run(db, "organizations", path)
    assert plan.counts()["skip"] == 3
