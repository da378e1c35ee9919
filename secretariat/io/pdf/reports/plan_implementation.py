"""Plan implementation: per plan, measures by status and by lead organization, the
overdue measures, and the progress reported in the period."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable

from secretariat.i18n import PLURAL, translate
from secretariat.io.pdf.reports.common import (
    as_of_text,
    Checkpoint,
    Furniture,
    chart,
    chunked_table,
    counts_rows,
    counts_total,
    empty_note,
    fmt_date,
    para,
    period_text,
    report_styles,
    several_per_item_note,
    spacer,
    table,
    title_block,
    value_label,
)
from secretariat.services.report_data import PlanImplementation, PlanImplementationData

TOP_ORGANIZATIONS_IN_CHART = 12
PLAN_SECTION_ROOM = 260  # points: a plan's heading, facts and status table


def furniture(data: PlanImplementationData) -> Furniture:
    title = translate("reports", "Plan implementation report")
    return Furniture(title, f"{title} \u2014 {as_of_text(data.as_of)}")


def _plan_section(plan: PlanImplementation, data: PlanImplementationData, styles: dict,
                  checkpoint: Checkpoint | None) -> list[Flowable]:
    story: list[Flowable] = [para(plan.title, styles["heading1"])]
    facts = [translate("reports", "Period: {period}").format(period=plan.period or "\u2014"), value_label(plan.kind)]
    if plan.adopted_on:
        facts.append(translate("reports", "adopted {date}").format(date=fmt_date(plan.adopted_on)))
    total = plan.total  # a plain name: lupdate marks no plural whose count is an attribute
    facts.append(translate("reports", "%n measures", None, PLURAL, total))
    story.append(para(" \u00b7 ".join(facts), styles["note"]))
    if not plan.total:
        return story + [empty_note(translate("reports", "This plan has no measures."), styles)]

    story.append(para(translate("reports", "Measures by status"), styles["heading2"]))
    shown = [c for c in plan.by_status if c.count]
    story.append(table([translate("reports", "Status"), translate("reports", "Measures"),
                        translate("reports", "Share")], counts_rows(shown, plan.total),
                       (0.5, 0.2, 0.3), styles, numeric=(1, 2), totals=counts_total(plan.total)))
    story += chart("pie", translate("reports", "Measures by status"), [value_label(c.label) for c in shown],
                   [c.count for c in shown], height=170)

    story.append(CondPageBreak(120))
    story.append(para(translate("reports", "Measures by lead organization"), styles["heading2"]))
    if plan.by_organization:
        orgs = plan.by_organization
        rows = [[o.organization, str(o.total), str(o.completed), str(o.in_progress), str(o.not_started),
                 str(o.overdue)] for o in orgs]
        totals = [translate("reports", "Total")] + [str(sum(getattr(o, key) for o in orgs))
                                                    for key in ("total", "completed", "in_progress",
                                                                "not_started", "overdue")]
        story.append(table([translate("reports", "Organization"), translate("reports", "Measures"),
                            translate("reports", "Completed"), translate("reports", "In progress"),
                            translate("reports", "Not started"), translate("reports", "Overdue")], rows,
                           (0.34, 0.132, 0.132, 0.132, 0.132, 0.132),
                           styles, numeric=(1, 2, 3, 4, 5), totals=totals))
        if sum(o.total for o in orgs) > plan.total:
            story.append(several_per_item_note(translate("reports", "A measure with several lead organizations "
                                                                    "counts under each of them, so the totals "
                                                                    "exceed the plan's measures."),
                                               styles))
        top = orgs[:TOP_ORGANIZATIONS_IN_CHART]
        story += chart("bar", translate("reports", "Overdue measures by lead organization"),
                       [o.organization for o in top], [o.overdue for o in top])
    else:
        story.append(empty_note(translate("reports", "No lead organization is recorded for these measures."), styles))

    if plan.overdue:
        story.append(CondPageBreak(100))
        story.append(para(translate("reports", "Overdue measures ({count})").format(count=len(plan.overdue)),
                          styles["heading2"]))
        rows = [[m.number, m.text, m.deadline_text or fmt_date(m.deadline_end), m.lead, value_label(m.status)]
                for m in plan.overdue]
        story.extend(chunked_table([translate("reports", "No."), translate("reports", "Measure"),
                                    translate("reports", "Deadline"), translate("reports", "Lead"),
                                    translate("reports", "Status")], rows,
                                   (0.08, 0.47, 0.13, 0.17, 0.15), styles, checkpoint))
    else:  # a line, not a heading of its own that may take a page
        story.append(empty_note(translate("reports", "No measure of this plan is overdue."), styles))

    period = period_text(data.date_from, data.date_to)
    if plan.progress:
        story.append(CondPageBreak(100))
        story.append(para(translate("reports", "Progress reported {period} ({count})").format(
            period=period, count=len(plan.progress)), styles["heading2"]))
        rows = [[p.measure_number, fmt_date(p.reported_on), p.organization, value_label(p.status), p.text]
                for p in plan.progress]
        story.extend(chunked_table([translate("reports", "No."), translate("reports", "Date"),
                                    translate("reports", "Reported by"), translate("reports", "Status"),
                                    translate("reports", "Progress")], rows,
                                   (0.08, 0.13, 0.17, 0.15, 0.47), styles, checkpoint))
    else:
        story.append(empty_note(translate("reports", "No progress was reported in the period {period}.").format(
            period=period), styles))
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
    overview = [[p.title, str(p.total), str(_completed(p)), str(len(p.overdue)), str(len(p.progress))]
                for p in data.plans]
    totals = [translate("reports", "Total"), str(sum(p.total for p in data.plans)),
              str(sum(_completed(p) for p in data.plans)),
              str(sum(len(p.overdue) for p in data.plans)), str(sum(len(p.progress) for p in data.plans))]
    result.append(para(translate("reports", "Overview"), styles["heading1"]))
    result.append(table([translate("reports", "Plan"), translate("reports", "Measures"),
                         translate("reports", "Completed"), translate("reports", "Overdue"),
                         translate("reports", "Progress reports")],
                        overview, (0.48, 0.13, 0.13, 0.13, 0.13), styles, numeric=(1, 2, 3, 4), totals=totals))
    for plan in data.plans:
        # a plan starts a new page only when little room is left: one-measure plans share pages
        result.append(CondPageBreak(PLAN_SECTION_ROOM))
        result.append(spacer(12))
        result.extend(_plan_section(plan, data, styles, checkpoint))
    return result


def _completed(plan: PlanImplementation) -> int:
    return next((c.count for c in plan.by_status if c.key == "completed"), 0)
