"""Plan implementation: per plan, measures by status and by lead organization, the
overdue measures, and the progress reported in the period."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from secretariat.io.pdf.document import CONTENT_WIDTH
from secretariat.i18n import PLURAL, translate
from secretariat.io.pdf.reports.common import (
    as_of_text,
    Checkpoint,
    Furniture,
    chunked_table,
    counts_rows,
    empty_note,
    fmt_date,
    para,
    period_text,
    report_styles,
    spacer,
    title_block,
    value_label,
)
from secretariat.io.pdf.tables import bar_chart, data_table, pie_chart
from secretariat.services.report_data import PlanImplementation, PlanImplementationData

TOP_ORGANIZATIONS_IN_CHART = 12


def furniture(data: PlanImplementationData) -> Furniture:
    title = translate("reports", "Plan implementation report")
    return Furniture(title, f"{title} \u2014 {as_of_text(data.as_of)}")


def _plan_section(plan: PlanImplementation, data: PlanImplementationData, styles: dict,
                  checkpoint: Checkpoint | None) -> list[Flowable]:
    story: list[Flowable] = [para(plan.title, styles["heading1"])]
    facts = [translate("reports", "Period: {period}").format(period=plan.period or "\u2014"), value_label(plan.kind)]
    if plan.adopted_on:
        facts.append(translate("reports", "adopted {date}").format(date=fmt_date(plan.adopted_on)))
    facts.append(translate("reports", "%n measures", None, PLURAL, plan.total))
    story.append(para(" \u00b7 ".join(facts), styles["note"]))
    if not plan.total:
        return story + [empty_note(translate("reports", "This plan has no measures."), styles)]

    story.append(para(translate("reports", "Measures by status"), styles["heading2"]))
    shown = [c for c in plan.by_status if c.count]
    story.append(data_table([translate("reports", "Status"), translate("reports", "Measures"),
                             translate("reports", "Share")], counts_rows(shown, plan.total),
                            [CONTENT_WIDTH * f for f in (0.5, 0.2, 0.3)], styles))
    story.append(pie_chart(translate("reports", "Measures by status"), [value_label(c.label) for c in shown],
                           [c.count for c in shown], width=CONTENT_WIDTH, height=170,
                           empty_text=translate("reports", "No data")))

    story.append(CondPageBreak(120))
    story.append(para(translate("reports", "Measures by lead organization"), styles["heading2"]))
    if plan.by_organization:
        rows = [[o.organization, str(o.total), str(o.completed), str(o.in_progress), str(o.not_started),
                 str(o.overdue)] for o in plan.by_organization]
        story.append(data_table([translate("reports", "Organization"), translate("reports", "Measures"),
                                 translate("reports", "Completed"), translate("reports", "In progress"),
                                 translate("reports", "Not started"), translate("reports", "Overdue")], rows,
                                [CONTENT_WIDTH * f for f in (0.34, 0.132, 0.132, 0.132, 0.132, 0.132)], styles))
        top = plan.by_organization[:TOP_ORGANIZATIONS_IN_CHART]
        story.append(spacer())
        story.append(bar_chart(translate("reports", "Overdue measures by lead organization"), [o.organization for o in top],
                               [o.overdue for o in top], width=CONTENT_WIDTH, height=200,
                               empty_text=translate("reports", "No data")))
    else:
        story.append(empty_note(translate("reports", "No lead organization is recorded for these measures."), styles))

    story.append(CondPageBreak(100))
    story.append(para(translate("reports", "Overdue measures ({count})").format(count=len(plan.overdue)), styles["heading2"]))
    if plan.overdue:
        rows = [[m.number, m.text, m.deadline_text or fmt_date(m.deadline_end), m.lead, value_label(m.status)]
                for m in plan.overdue]
        story.extend(chunked_table([translate("reports", "No."), translate("reports", "Measure"),
                                    translate("reports", "Deadline"), translate("reports", "Lead"),
                                    translate("reports", "Status")], rows,
                                   (0.08, 0.47, 0.13, 0.17, 0.15), styles, checkpoint))
    else:
        story.append(empty_note(translate("reports", "No measure of this plan is overdue."), styles))

    story.append(CondPageBreak(100))
    story.append(para(translate("reports", "Progress reported {period} ({count})").format(
        period=period_text(data.date_from, data.date_to), count=len(plan.progress)), styles["heading2"]))
    if plan.progress:
        rows = [[p.measure_number, fmt_date(p.reported_on), p.organization, value_label(p.status), p.text]
                for p in plan.progress]
        story.extend(chunked_table([translate("reports", "No."), translate("reports", "Date"),
                                    translate("reports", "Reported by"), translate("reports", "Status"),
                                    translate("reports", "Progress")], rows,
                                   (0.08, 0.13, 0.17, 0.15, 0.47), styles, checkpoint))
    else:
        story.append(empty_note(translate("reports", "No progress was reported in this period."), styles))
    return story


def story(data: PlanImplementationData, checkpoint: Checkpoint | None = None) -> list[Flowable]:
    styles = report_styles()
    lines = [translate("reports", "As of {date}").format(date=fmt_date(data.as_of)),
             translate("reports", "Progress reported: {period}").format(period=period_text(data.date_from, data.date_to))]
    if data.organization:
        lines.append(translate("reports", "Organization: {name}").format(name=data.organization))
    result = title_block(translate("reports", "Plan implementation report"), lines, styles)
    if not data.plans:
        return result + [empty_note(translate("reports", "No plan matches the filters."), styles)]
    overview = [[p.title, str(p.total), str(next((c.count for c in p.by_status if c.key == "completed"), 0)),
                 str(len(p.overdue)), str(len(p.progress))] for p in data.plans]
    result.append(para(translate("reports", "Overview"), styles["heading1"]))
    result.append(data_table([translate("reports", "Plan"), translate("reports", "Measures"),
                              translate("reports", "Completed"), translate("reports", "Overdue"),
                              translate("reports", "Progress reports")],
                             overview, [CONTENT_WIDTH * f for f in (0.48, 0.13, 0.13, 0.13, 0.13)], styles))
    for plan in data.plans:
        result.append(PageBreak())
        result.extend(_plan_section(plan, data, styles, checkpoint))
    return result
