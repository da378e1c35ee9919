"""Plan implementation: per plan, measures by status and by lead organization, the
overdue measures, and the progress reported in the period."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable

from secretariat.io.pdf.reports.common import (
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
    t,
    table,
    title_block,
    value_label,
)
from secretariat.services.report_data import PlanImplementation, PlanImplementationData

TOP_ORGANIZATIONS_IN_CHART = 12
PLAN_SECTION_ROOM = 260  # points: a plan's heading, facts and status table


def furniture(data: PlanImplementationData) -> Furniture:
    title = t("Plan implementation report")
    return Furniture(title, f"{title} \u2014 {t('as of {date}').format(date=fmt_date(data.as_of))}")


def _plan_section(plan: PlanImplementation, data: PlanImplementationData, styles: dict,
                  checkpoint: Checkpoint | None) -> list[Flowable]:
    story: list[Flowable] = [para(plan.title, styles["heading1"])]
    facts = [t("Period: {period}").format(period=plan.period or "\u2014"), value_label(plan.kind)]
    if plan.adopted_on:
        facts.append(t("adopted {date}").format(date=fmt_date(plan.adopted_on)))
    facts.append(t("{count} measures").format(count=plan.total))
    story.append(para(" \u00b7 ".join(facts), styles["note"]))
    if not plan.total:
        return story + [empty_note(t("This plan has no measures."), styles)]

    story.append(para(t("Measures by status"), styles["heading2"]))
    shown = [c for c in plan.by_status if c.count]
    story.append(table([t("Status"), t("Measures"), t("Share")], counts_rows(shown, plan.total),
                       (0.5, 0.2, 0.3), styles, numeric=(1, 2), totals=counts_total(plan.total)))
    story += chart("pie", t("Measures by status"), [value_label(c.label) for c in shown],
                   [c.count for c in shown], height=170)

    story.append(CondPageBreak(120))
    story.append(para(t("Measures by lead organization"), styles["heading2"]))
    if plan.by_organization:
        orgs = plan.by_organization
        rows = [[o.organization, str(o.total), str(o.completed), str(o.in_progress), str(o.not_started),
                 str(o.overdue)] for o in orgs]
        totals = [t("Total")] + [str(sum(getattr(o, key) for o in orgs))
                                 for key in ("total", "completed", "in_progress", "not_started", "overdue")]
        story.append(table([t("Organization"), t("Measures"), t("Completed"), t("In progress"),
                            t("Not started"), t("Overdue")], rows, (0.34, 0.132, 0.132, 0.132, 0.132, 0.132),
                           styles, numeric=(1, 2, 3, 4, 5), totals=totals))
        if sum(o.total for o in orgs) > plan.total:
            story.append(several_per_item_note(t("A measure with several lead organizations counts under "
                                                 "each of them, so the totals exceed the plan's measures."),
                                               styles))
        top = orgs[:TOP_ORGANIZATIONS_IN_CHART]
        story += chart("bar", t("Overdue measures by lead organization"), [o.organization for o in top],
                       [o.overdue for o in top])
    else:
        story.append(empty_note(t("No lead organization is recorded for these measures."), styles))

    if plan.overdue:
        story.append(CondPageBreak(100))
        story.append(para(t("Overdue measures ({count})").format(count=len(plan.overdue)), styles["heading2"]))
        rows = [[m.number, m.text, m.deadline_text or fmt_date(m.deadline_end), m.lead, value_label(m.status)]
                for m in plan.overdue]
        story.extend(chunked_table([t("No."), t("Measure"), t("Deadline"), t("Lead"), t("Status")], rows,
                                   (0.08, 0.47, 0.13, 0.17, 0.15), styles, checkpoint))
    else:  # a line, not a heading of its own that may take a page
        story.append(empty_note(t("No measure of this plan is overdue."), styles))

    period = period_text(data.date_from, data.date_to)
    if plan.progress:
        story.append(CondPageBreak(100))
        story.append(para(t("Progress reported {period} ({count})").format(
            period=period, count=len(plan.progress)), styles["heading2"]))
        rows = [[p.measure_number, fmt_date(p.reported_on), p.organization, value_label(p.status), p.text]
                for p in plan.progress]
        story.extend(chunked_table([t("No."), t("Date"), t("Reported by"), t("Status"), t("Progress")], rows,
                                   (0.08, 0.13, 0.17, 0.15, 0.47), styles, checkpoint))
    else:
        story.append(empty_note(t("No progress was reported in the period {period}.").format(period=period), styles))
    return story


def story(data: PlanImplementationData, checkpoint: Checkpoint | None = None) -> list[Flowable]:
    styles = report_styles()
    lines = [t("As of {date}").format(date=fmt_date(data.as_of)),
             t("Progress reported: {period}").format(period=period_text(data.date_from, data.date_to))]
    if data.organization:
        lines.append(t("Organization: {name}").format(name=data.organization))
    result = title_block(t("Plan implementation report"), lines, styles)
    if not data.plans:
        return result + [empty_note(t("No plan matches the filters."), styles)]
    overview = [[p.title, str(p.total), str(_completed(p)), str(len(p.overdue)), str(len(p.progress))]
                for p in data.plans]
    totals = [t("Total"), str(sum(p.total for p in data.plans)), str(sum(_completed(p) for p in data.plans)),
              str(sum(len(p.overdue) for p in data.plans)), str(sum(len(p.progress) for p in data.plans))]
    result.append(para(t("Overview"), styles["heading1"]))
    result.append(table([t("Plan"), t("Measures"), t("Completed"), t("Overdue"), t("Progress reports")],
                        overview, (0.48, 0.13, 0.13, 0.13, 0.13), styles, numeric=(1, 2, 3, 4), totals=totals))
    for plan in data.plans:
        # a plan starts a new page only when little room is left: one-measure plans share pages
        result.append(CondPageBreak(PLAN_SECTION_ROOM))
        result.append(spacer(12))
        result.extend(_plan_section(plan, data, styles, checkpoint))
    return result


def _completed(plan: PlanImplementation) -> int:
    return next((c.count for c in plan.by_status if c.key == "completed"), 0)
