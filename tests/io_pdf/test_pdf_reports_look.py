"""Reports as an official reads them: counts that add up, no empty pages, whole words, no
one-bar charts, recurring work never overdue. Built from the demo database, read with pypdf."""

from __future__ import annotations

import io
import re
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.graphics import renderPDF
from reportlab.lib.enums import TA_RIGHT

from secretariat.io.documents import build_report
from secretariat.io.pdf import CONTENT_WIDTH, bar_chart, data_table, make_styles, worth_a_chart
from secretariat.io.pdf.reports.common import chart
from secretariat.services import directory, plans, report_data
from secretariat.services.deadlines import is_overdue, parse_deadline
from secretariat.services.plans import MeasureQuery
from secretariat.services.report_data import ReportFilters
from secretariat.services.statistics import measure_counts

AS_OF = date(2026, 1, 15)
LATE = date(2026, 12, 1)  # three national reports of the MFA are overdue by then


def build(db, name: str, **filters) -> list[str]:
    buffer = io.BytesIO()
    built = build_report(db, name, ReportFilters(**{"today": AS_OF, **filters}), buffer)
    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(buffer.getvalue())).pages]
    assert built.pages == len(pages)
    return pages


def words(text: str) -> str:
    return " ".join(text.split())


def body_lines(page: str) -> list[str]:
    """A page's text without the running header (first line) and footer (last two)."""
    lines = [line for line in page.splitlines() if line.strip()]
    return lines[1:-2]


# -- 4. what each organization owes -------------------------------------------------------

def test_overdue_national_reports_count_and_are_marked(demo_db):
    data = report_data.organization_dues(demo_db, ReportFilters(today=LATE))
    mfa = next(o for o in data.organizations if o.short_name == "MFA")
    late = {r.body for r in mfa.reports if r.overdue}
    assert late == {"CCPR", "CERD", "UPR"}
    assert mfa.overdue == mfa.overdue_actions + mfa.overdue_measures + 3
    pages = build(demo_db, "organization-dues", today=LATE, organization_id=mfa.organization_id)
    text = words(" ".join(pages))
    assert f"Overdue: {mfa.overdue}" in text
    assert text.count("Not yet submitted — overdue") + text.count("In preparation — overdue") >= 3 \
        or text.count("— overdue") >= 3 + mfa.overdue_actions + mfa.overdue_measures


def test_the_first_page_sums_up_every_organization(demo_db):
    data = report_data.organization_dues(demo_db, ReportFilters(today=LATE))
    pages = build(demo_db, "organization-dues", today=LATE)
    first = words(pages[0])
    assert "Summary" in first
    for header in ("Organization", "Measures owed", "Overdue measures", "Action items open / overdue",
                   "Reports due / overdue"):
        assert header in first, header
    for org in data.organizations:
        assert org.label in first, org.label
    mfa = next(o for o in data.organizations if o.short_name == "MFA")
    assert f"MFA {len(mfa.measures)} {mfa.overdue_measures} {len(mfa.actions)} / {mfa.overdue_actions} " \
           f"{len(mfa.reports)} / 3" in first
    total = sum(len(o.measures) for o in data.organizations)
    assert f"Total {total} " in first
    assert len(pages) == len(data.organizations) + 1  # then one page per organization


# -- 6. report PDFs -----------------------------------------------------------------------

def test_no_page_holds_only_that_no_progress_was_reported(demo_db):
    pages = build(demo_db, "plan-implementation")
    assert len(pages) <= 10  # 16 before, five of them holding one "no progress" line
    for number, page in enumerate(pages, start=1):
        lines = body_lines(page)
        assert len(lines) > 3, (number, lines)
    text = words(" ".join(pages))
    assert "No progress was reported in the period" in text


def test_recurring_deadlines_are_never_overdue(demo_db):
    """"ежегодно", "annually" and "ежеквартально" measures of finished plans are not late."""
    later = ReportFilters(today=date(2030, 1, 1))
    data = report_data.plan_implementation(demo_db, later)
    overdue = [m for p in data.plans for m in p.overdue]
    assert overdue  # dated measures of finished plans are overdue...
    assert not [m for m in overdue if m.deadline_text in ("annually", "ежегодно", "ежеквартально")]
    recurring = [m for p in plans.list_plans(demo_db)
                 for m in plans.list_measures(demo_db, MeasureQuery(plan_id=p.id)) if m.deadline_recurring]
    assert len(recurring) >= 3
    assert not any(m.overdue for m in recurring)
    counts = measure_counts(demo_db, today=date(2030, 1, 1))
    assert counts.overdue == len(overdue)  # the lists, the counts and the report agree
    dues = report_data.organization_dues(demo_db, later)
    assert not [m for o in dues.organizations for m in o.measures
                if m.overdue and m.deadline_text in ("annually", "ежегодно", "ежеквартально")]
    for text in ("annually", "ежегодно", "her ýyl", "quarterly", "ежеквартально"):
        deadline = parse_deadline(text, (2021, 2025))
        assert deadline.recurring and deadline.end == date(2025, 12, 31)
        assert not is_overdue(deadline.end, False, date(2030, 1, 1), recurring=True)
    assert is_overdue(date(2025, 12, 31), False, date(2030, 1, 1))


def test_shares_that_may_exceed_a_hundred_percent_say_so(demo_db):
    text = words(" ".join(build(demo_db, "recommendations")))
    assert "A recommendation with several themes counts under each of them" in text
    assert "may add up to more than 100%" in text
    assert "Total 12 100%" in text  # position and status: each recommendation once


def test_no_chart_of_one_bar_or_a_full_pie():
    assert not worth_a_chart([7])
    assert not worth_a_chart([0, 3, 0])  # one bar among zeros
    assert not worth_a_chart([])
    assert worth_a_chart([1, 2])
    assert chart("pie", "Status", ["In progress"], [2]) == []
    assert chart("bar", "Overdue", ["MFA", "MoJ"], [0, 1]) == []
    assert len(chart("bar", "Overdue", ["MFA", "MoJ"], [2, 1])) == 2  # a spacer and the chart


def test_the_plan_report_shows_no_full_pie(demo_db):
    """Plans whose measures all have one status get their status table, not a 100 % pie."""
    text = words(" ".join(build(demo_db, "plan-implementation")))
    data = report_data.plan_implementation(demo_db, ReportFilters(today=AS_OF))
    single = [p for p in data.plans if sum(1 for c in p.by_status if c.count) == 1]
    assert len(single) >= 2  # the IHL plan and the ILO roadmap: all measures in progress
    pies = len(data.plans) - len(single)
    assert text.count("Measures by status") == len(data.plans) + pies  # a heading each, a pie title some


def chart_text(drawing) -> list[str]:
    reader = PdfReader(io.BytesIO(renderPDF.drawToString(drawing)))
    return (reader.pages[0].extract_text() or "").split()


@pytest.mark.parametrize("values", [[1, 2, 3], [1, 1], [3, 7, 12, 2], [40, 3]])
def test_count_axes_have_whole_numbers(values):
    labels = [f"Org {i}" for i in range(len(values))]
    tokens = chart_text(bar_chart("Overdue", labels, values, width=CONTENT_WIDTH))
    numbers = [t for t in tokens if re.fullmatch(r"\d+(\.\d+)?", t)]
    assert numbers and all("." not in n for n in numbers), numbers


def test_long_names_in_charts_are_written_out_or_short(demo_db):
    for name in ("action-items", "recommendations"):
        text = " ".join(build(demo_db, name))
        assert "\u2026" not in text, name  # no label cut with an ellipsis
    text = words(" ".join(build(demo_db, "recommendations")))
    assert "Ratification of & accession to international instruments" in text


HEADERS = {
    "en": ["Organization", "Measures", "Completed", "In progress", "Not started", "Overdue"],
    "ru": ["Организация", "Мероприятия", "Выполнено", "Выполняется", "Не начато", "Просрочено"],
    "tk": ["Gurama", "Çäreler", "Ýerine ýetirildi", "Ýerine ýetirilýär", "Başlanmadyk", "Möhleti geçen"],
}


def paragraph(cell):
    return cell[0] if isinstance(cell, (list, tuple)) else cell


def header_lines(table, styles) -> list[list[str]]:
    table.wrap(CONTENT_WIDTH, 10_000)
    result = []
    for cell in table._cellvalues[0]:
        lines = paragraph(cell).blPara.lines
        result.append([" ".join(line[1]) if isinstance(line, tuple) else
                       "".join(getattr(w, "text", "") for w in line.words) for line in lines])
    return result


@pytest.mark.parametrize("language", sorted(HEADERS))
def test_table_headers_wrap_only_between_words(language):
    """The plan report's widths cut "Completed" into "Complete d"; no header word may break."""
    styles = make_styles()
    headers = HEADERS[language]
    rows = [["Ministry of Foreign Affairs", "12", "3", "4", "5", "6"]]
    table = data_table(headers, rows, [CONTENT_WIDTH * f for f in (0.34, 0.132, 0.132, 0.132, 0.132, 0.132)],
                       styles)
    for header, lines in zip(headers, header_lines(table, styles)):
        assert set(" ".join(lines).split()) == set(header.split()), (header, lines)
        for line in lines:
            assert all(word in header.split() for word in line.split()), (header, lines)
    assert abs(sum(table._colWidths) - CONTENT_WIDTH) < 0.5  # the table keeps its width


def test_short_words_in_narrow_columns_stay_whole():
    styles = make_styles()
    headers = ["No.", "Measure", "Deadline", "Lead", "Status"]
    rows = [["1", "Hold regular meetings of the Commission", "ежеквартально", "MFA", "Выполняется"]]
    table = data_table(headers, rows, [CONTENT_WIDTH * f for f in (0.08, 0.47, 0.13, 0.17, 0.15)], styles)
    table.wrap(CONTENT_WIDTH, 10_000)
    deadline = paragraph(table._cellvalues[1][2])
    assert len(deadline.blPara.lines) == 1


def test_numbers_are_right_aligned_with_a_totals_row():
    styles = make_styles()
    table = data_table(["Status", "Measures", "Share"], [["Done", "3", "60%"], ["Open", "2", "40%"]],
                       [CONTENT_WIDTH * f for f in (0.5, 0.2, 0.3)], styles, numeric=(1, 2),
                       totals=["Total", "5", "100%"])
    cells = [[paragraph(c) for c in row] for row in table._cellvalues]
    assert [c.style.alignment for c in cells[0][1:]] == [TA_RIGHT, TA_RIGHT]
    assert all(c.style.alignment == TA_RIGHT for row in cells[1:] for c in row[1:])
    assert cells[0][0].style.alignment != TA_RIGHT
    assert "Bold" in cells[-1][0].style.fontName and cells[-1][1].text == "5"


def test_report_tables_have_totals(demo_db):
    text = words(" ".join(build(demo_db, "plan-implementation")))
    data = report_data.plan_implementation(demo_db, ReportFilters(today=AS_OF))
    assert f"Total {sum(p.total for p in data.plans)} " in text
    text = words(" ".join(build(demo_db, "action-items")))
    assert "Total 2 2" in text


def test_one_organization_asked_for_gets_no_summary_page(demo_db):
    ombudsman = directory.find_organization(demo_db, "Ombudsman")
    pages = build(demo_db, "organization-dues", organization_id=ombudsman.id)
    assert len(pages) == 1 and "Summary" not in pages[0]
