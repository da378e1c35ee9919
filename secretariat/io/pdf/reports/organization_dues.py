"""What each organization owes: a first page summing up every organization, then one
section per organization, each starting on a new page so it can be sent out on its own."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from secretariat.io.pdf.reports.common import (
    Checkpoint,
    CheckpointFlowable,
    Furniture,
    chunked_table,
    empty_note,
    fmt_date,
    para,
    report_styles,
    spacer,
    t,
    title_block,
    value_label,
)
from secretariat.services.report_data import DuesData, OrganizationDues


def furniture(data: DuesData) -> Furniture:
    title = t("Outstanding tasks by organization")
    return Furniture(title, f"{title} \u2014 {t('as of {date}').format(date=fmt_date(data.as_of))}")


def _overdue_mark(overdue: bool) -> str:
    return f" \u2014 {t('overdue')}" if overdue else ""


def _pair(count: int, overdue: int) -> str:
    return f"{count} / {overdue}"


def _summary(data: DuesData, styles: dict) -> list[Flowable]:
    """The first page: every organization on one line, so the Commission sees who owes what."""
    orgs = data.organizations
    story = title_block(furniture(data).title, [t("As of {date}").format(date=fmt_date(data.as_of)),
                                                t("Measures due by {date}").format(date=fmt_date(data.horizon))],
                        styles)
    story.append(para(t("Summary"), styles["heading1"]))
    rows = [[org.label, str(len(org.measures)), str(org.overdue_measures),
             _pair(len(org.actions), org.overdue_actions), _pair(len(org.reports), org.overdue_reports)]
            for org in orgs]
    totals = [t("Total"), str(sum(len(o.measures) for o in orgs)), str(sum(o.overdue_measures for o in orgs)),
              _pair(sum(len(o.actions) for o in orgs), sum(o.overdue_actions for o in orgs)),
              _pair(sum(len(o.reports) for o in orgs), sum(o.overdue_reports for o in orgs))]
    story.extend(chunked_table([t("Organization"), t("Measures owed"), t("Overdue measures"),
                                t("Action items open / overdue"), t("Reports due / overdue")], rows,
                               (0.36, 0.14, 0.14, 0.18, 0.18), styles, numeric=(1, 2, 3, 4), totals=totals))
    story.append(para(t("A measure or action item shared by several organizations is counted under each "
                        "of them, so the totals may exceed the number of distinct tasks."), styles["note"]))
    return story


def _section(org: OrganizationDues, data: DuesData, styles: dict, checkpoint: Checkpoint | None) -> list[Flowable]:
    lines = [t("As of {date}").format(date=fmt_date(data.as_of)),
             t("Measures due by {date}").format(date=fmt_date(data.horizon))]
    story = title_block(org.name, lines, styles)
    overdue = org.overdue  # action items, measures and national reports alike
    story.append(para(" \u00b7 ".join((
        t("Open action items: {count}").format(count=len(org.actions)),
        t("Plan measures due: {count}").format(count=len(org.measures)),
        t("National reports not yet submitted: {count}").format(count=len(org.reports)),
        t("Overdue: {count}").format(count=overdue))), styles["body"]))

    story.append(para(t("Action items from meetings of the Commission"), styles["heading1"]))
    if org.actions:
        rows = [[f"{a.meeting_reference}\n{fmt_date(a.meeting_date)}", a.decision_number, a.text,
                 fmt_date(a.due_date), value_label(a.status) + _overdue_mark(a.overdue)]
                for a in org.actions]
        story.extend(chunked_table([t("Meeting"), t("Decision"), t("Action"), t("Due date"), t("Status")], rows,
                                   (0.14, 0.12, 0.43, 0.14, 0.17), styles, checkpoint))
    else:
        story.append(empty_note(t("None."), styles))

    story.append(para(t("Plan measures"), styles["heading1"]))
    if org.measures:
        rows = [[m.plan, m.number, m.text, m.deadline_text or fmt_date(m.deadline_end),
                 value_label(m.role), value_label(m.status) + _overdue_mark(m.overdue)]
                for m in org.measures]
        story.extend(chunked_table([t("Plan"), t("No."), t("Measure"), t("Deadline"), t("Role"), t("Status")],
                                   rows, (0.13, 0.07, 0.35, 0.17, 0.11, 0.17), styles, checkpoint))
    else:
        story.append(empty_note(t("None."), styles))

    if org.indicator_reports:
        story.append(para(t("Indicator reports"), styles["heading1"]))
        rows = [[r.plan, r.measure_number, r.indicator, fmt_date(r.due_on),
                 t("missed") if r.due_on < data.as_of else t("due")] for r in org.indicator_reports]
        story.extend(chunked_table([t("Plan"), t("No."), t("Indicator"), t("Due"), t("Status")], rows,
                                   (0.15, 0.08, 0.47, 0.15, 0.15), styles, checkpoint))

    if org.reports:
        story.append(para(t("National reports"), styles["heading1"]))
        rows = [[r.body, r.title, fmt_date(r.due_date), value_label(r.status) + _overdue_mark(r.overdue)]
                for r in org.reports]
        story.extend(chunked_table([t("Body"), t("Report"), t("Due"), t("Status")], rows,
                                   (0.15, 0.5, 0.15, 0.2), styles))
    if org.recommendations_open:
        story.append(spacer())
        story.append(para(t("The organization is also responsible for {count} UN recommendations that are not "
                            "yet implemented.").format(count=org.recommendations_open), styles["body"]))
    return story


def story(data: DuesData, checkpoint: Checkpoint | None = None) -> list[Flowable]:
    styles = report_styles()
    if not data.organizations:
        return title_block(furniture(data).title, [t("As of {date}").format(date=fmt_date(data.as_of))],
                           styles) + [empty_note(t("No organization has outstanding tasks."), styles)]
    # one organization asked for: its own page is the whole report
    result: list[Flowable] = _summary(data, styles) if len(data.organizations) > 1 else []
    for org in data.organizations:
        if result:
            result.append(PageBreak())
        result.extend(_section(org, data, styles, checkpoint))
        if checkpoint is not None:
            result.append(CheckpointFlowable(checkpoint))
    return result
