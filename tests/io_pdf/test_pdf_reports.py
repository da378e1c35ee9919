"""The five reports, built from the demo database and read back with pypdf."""

from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import event

from secretariat.io.documents import REPORTS, build_report
from secretariat.services import directory, meetings, plans, report_data
from secretariat.services.plans import find_plan
from secretariat.services.report_data import ReportFilters
from secretariat.services.statistics import measure_counts, recommendation_counts

AS_OF = date(2026, 1, 15)


def build(db, name: str, **filters) -> tuple[list[str], int]:
    buffer = io.BytesIO()
    built = build_report(db, name, ReportFilters(today=AS_OF, **filters), buffer)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    pages = [page.extract_text() or "" for page in reader.pages]
    assert built.pages == len(pages)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {built.pages}" in page
    for page in reader.pages:  # every font embedded, and only DejaVu
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            assert "/FontFile2" in font["/FontDescriptor"].get_object()
            assert "DejaVuSans" in str(font["/BaseFont"])
    return pages, built.pages


def words(text: str) -> str:
    return " ".join(text.split())


def text_of(pages: list[str]) -> str:
    return words(" ".join(pages))


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_every_report_builds_on_an_empty_database(db, name):
    pages, count = build(db, name)
    assert count >= 1


def test_plan_implementation(demo_db):
    pages, count = build(demo_db, "plan-implementation", date_from=date(2024, 1, 1), date_to=date(2024, 12, 31))
    text = text_of(pages)
    assert "Plan implementation report" in text and "As of 15.01.2026" in text
    assert "Progress reported: 01.01.2024 – 31.12.2024" in text
    for title in ("National Action Plan for Human Rights in Turkmenistan for 2021-2025",
                  "Plan of Actions for 2024-2028 for the implementation of international humanitarian law"):
        assert title in text
    # a Turkmen measure is overdue as of 2026 and is listed as typed
    assert "Zenanlaryň jemgyýetçilik-syýasy durmuşa gatnaşygyny giňeltmek" in text
    assert "Measures by lead organization" in text and "Overdue measures by lead organization" in text
    assert "Completed as planned." in text  # progress reported on 20.12.2024
    assert "Work under way" not in text  # reported on 20.12.2023: outside the period


def test_plan_implementation_numbers_agree_with_the_statistics(demo_db):
    data = report_data.plan_implementation(demo_db, ReportFilters(today=AS_OF))
    for plan in data.plans:
        counts = measure_counts(demo_db, plans.MeasureQuery(plan_id=plan.id), today=AS_OF)
        assert plan.total == counts.total
        assert len(plan.overdue) == counts.overdue
        assert {c.key: c.count for c in plan.by_status} == {c.key: c.count for c in counts.by_status}
        assert sum(o.total for o in plan.by_organization) == sum(c.count for c in counts.by_lead)


def test_plan_and_organization_filters(demo_db):
    plan = find_plan(demo_db, "NAP Gender")
    pages, _ = build(demo_db, "plan-implementation", plan_id=plan.id)
    text = text_of(pages)
    assert plan.title in text and "National Action Plan for Human Rights" not in text
    moj = directory.find_organization(demo_db, "MoJ")
    pages, _ = build(demo_db, "plan-implementation", organization_id=moj.id)
    text = text_of(pages)
    assert "Organization: Ministry of Justice of Turkmenistan" in text
    assert "Plan of Actions for 2024-2028" not in text  # the MoJ has no part in the IHL plan


def test_the_data_takes_the_same_queries_for_more_measures(demo_db):
    """Set-based: adding measures, organizations and progress must not add queries."""
    def statements(run) -> int:
        seen = []
        listener = lambda *args: seen.append(1)  # noqa: E731
        event.listen(demo_db.engine, "before_cursor_execute", listener)
        try:
            run()
        finally:
            event.remove(demo_db.engine, "before_cursor_execute", listener)
        return len(seen)

    filters = ReportFilters(today=AS_OF, date_from=date(2020, 1, 1))
    runs = {
        "plan": lambda: report_data.plan_implementation(demo_db, filters),
        "dues": lambda: report_data.organization_dues(demo_db, filters),
        "actions": lambda: report_data.action_items_report(demo_db, filters),
        "year": lambda: report_data.year_report(demo_db, ReportFilters(year=2024, today=AS_OF)),
    }
    before = {name: statements(run) for name, run in runs.items()}
    plan = find_plan(demo_db, "NAP HR")
    orgs = [directory.create_organization(demo_db, f"Agency {i}", "department").id for i in range(5)]
    for i in range(40):
        measure = plans.create_measure(demo_db, plan.id, f"9.{i}", f"Extra measure {i}", deadline="2022",
                                       lead_ids=[orgs[i % 5]], status="in_progress")
        plans.add_progress_report(demo_db, measure.id, date(2024, 5, 1), f"Progress {i}", organization_id=orgs[0])
    after = {name: statements(run) for name, run in runs.items()}
    assert after == before


def test_recommendations_report(demo_db):
    pages, _ = build(demo_db, "recommendations")
    text = text_of(pages)
    counts = recommendation_counts(demo_db)
    assert f"Recommendations: {counts.total}" in text
    for heading in ("By position of the State", "By implementation status", "By Sustainable Development Goal",
                    "By theme", "Recommendations not yet linked to any measure (4)"):
        assert heading in text
    # the four without a measure are listed, the linked ones are not
    assert "Extend a standing invitation to the special procedures" in text
    assert "Adopt a comprehensive definition of discrimination against women" in text
    assert "Ratification of & accession to international instruments" in text  # theme, ampersand intact


def test_recommendations_by_mechanism(demo_db):
    pages, _ = build(demo_db, "recommendations", mechanism="treaty_body")
    text = text_of(pages)
    assert "Mechanism: Treaty body" in text and "Recommendations: 2 ·" in text
    assert "Extend a standing invitation" not in text


def test_action_items_report(demo_db):
    pages, _ = build(demo_db, "action-items")
    text = text_of(pages)
    assert "Open action items: 2 · overdue: 2" in text
    for name in ("Ministry of Foreign Affairs of Turkmenistan", "Red Crescent Society of Turkmenistan",
                 "Ombudsman of Turkmenistan"):
        assert name in text
    assert "Send the revised IHL Plan of Actions to the members" in text
    assert "Submit information on NAP implementation" not in text  # done
    pages, _ = build(demo_db, "action-items", date_from=date(2024, 6, 1), date_to=date(2024, 12, 31))
    text = text_of(pages)
    assert "Open action items: 1 ·" in text and "Prepare proposals on the accreditation" in text


def test_commission_year_report(demo_db):
    pages, _ = build(demo_db, "commission-year", year=2024)
    text = text_of(pages)
    assert "Results of the Commission's work for 2024 and the tasks for 2025" in text
    assert "Regular meeting of the Interministerial Commission: results of 2023 and tasks for 2024" in text
    assert "Approve the Work Plan of the Commission for 2024." in text
    assert "Sixth periodic report" in text  # CEDAW, submitted 28.10.2024
    assert "No work plan for 2025 has been recorded." in text
    pages, _ = build(demo_db, "commission-year", year=2023)
    text = text_of(pages)
    # the seeds' "results of the work for 2023 and the tasks in 2024": the 2024 Work Plan
    assert "5. Plan of work for 2024" in text and "Work Plan of the Interministerial Commission for 2024" in text
    assert "Submit the national report to CEDAW" in text


def test_commission_year_report_carries_next_year_reports_calendar(demo_db):
    pages, _ = build(demo_db, "commission-year", year=2025)
    text = text_of(pages)
    assert "Reports calendar for 2026" in text
    assert "Third periodic report" in text and "National reports page" in text  # CCPR, recorded
    # CEDAW's date from the demo's accession (in force 31.05.1997, then every four years)
    assert "31.05.2026" in text and "Periodic report" in text and "Treaty schedule" in text
    data = report_data.year_report(demo_db, ReportFilters(year=2025, today=AS_OF))
    assert [e.due_on for e in data.reports_calendar] == sorted(e.due_on for e in data.reports_calendar)


def test_organization_dues_one_section_per_organization(demo_db):
    pages, count = build(demo_db, "organization-dues")
    data = report_data.organization_dues(demo_db, ReportFilters(today=AS_OF))
    assert len(data.organizations) >= 5
    starts = [i for i, page in enumerate(pages) if "Measures due by 31.12.2026" in page]
    assert starts[0] == 0 and "Summary" in pages[0]  # the first page sums up every organization
    starts = starts[1:]
    assert len(starts) == len(data.organizations)  # every organization starts its own page
    for org, start in zip(data.organizations, starts):
        assert words(org.name) in words(pages[start])
    ombudsman = directory.find_organization(demo_db, "Ombudsman")
    pages, count = build(demo_db, "organization-dues", organization_id=ombudsman.id)
    text = text_of(pages)
    assert "Ombudsman of Turkmenistan" in text and "Prepare proposals on the accreditation of the Ombudsman" in text
    assert "Open regional offices of the Ombudsman in the velayats" in text
    assert "Ministry of Justice" not in text


HOSTILE = 'Measure <b>unclosed & "quoted" <script>x</script> ' + "Ş" * 2500 + " end"


def test_hostile_text_in_reports(db):
    org = directory.create_organization(db, "Org <i>&</i> \"Co\"", "ministry")
    plan = plans.create_plan(db, "Plan & <Plan>", period_start=2020, period_end=2021)
    measure = plans.create_measure(db, plan.id, "1.<1>", HOSTILE, deadline="2021", lead_ids=[org.id])
    plans.add_progress_report(db, measure.id, date(2025, 6, 1), HOSTILE, organization_id=org.id)
    for name in ("plan-implementation", "organization-dues"):
        pages, _ = build(db, name)
        text = text_of(pages)
        assert "Org <i>&</i> \"Co\"" in text
        assert "Measure <b>unclosed & \"quoted\" <script>x</script>" in text
        assert text.count("Ş") >= 2500


class _Stop(Exception):
    pass


class _Progress:
    def __init__(self, stop_after: int | None = None) -> None:
        self.updates: list[tuple[int, int | None, str | None]] = []
        self.stop_after = stop_after

    def update(self, done, total=None, label=None):
        self.updates.append((done, total, label))

    def check(self):
        if self.stop_after is not None and len(self.updates) >= self.stop_after:
            raise _Stop()


def test_progress_is_reported_and_a_cancel_stops_the_build(demo_db):
    progress = _Progress()
    build_report(demo_db, "plan-implementation", ReportFilters(today=AS_OF), io.BytesIO(), progress=progress)
    steps = [(done, total) for done, total, _ in progress.updates if done]
    assert steps and steps[-1][0] == steps[-1][1]  # ends at 100 %
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)
    with pytest.raises(_Stop):
        build_report(demo_db, "plan-implementation", ReportFilters(today=AS_OF), io.BytesIO(),
                     progress=_Progress(stop_after=3))
