"""What each organization owes: a first page summing up every organization, then one
section per organization, each starting on a new page so it can be sent out on its own."""

from __future__ import annotations

from reportlab.platypus import Flowable, PageBreak

from secretariat.i18n import PLURAL, translate
from secretariat.io.pdf.reports.common import (
    as_of_text,
    Checkpoint,
    CheckpointFlowable,
    Furniture,
    chunked_table,
    empty_note,
    fmt_date,
    para,
    report_styles,
    spacer,
    title_block,
    value_label,
)
from secretariat.services.report_data import DuesData, OrganizationDues


def furniture(data: DuesData) -> Furniture:
    title = translate("reports", "Outstanding tasks by organization")
    return Furniture(title, f"{title} \u2014 {as_of_text(data.as_of)}")


def _overdue_mark(overdue: bool) -> str:
    return " \u2014 " + translate("reports", "overdue") if overdue else ""


def _pair(count: int, overdue: int) -> str:
    return f"{count} / {overdue}"


def _summary(data: DuesData, styles: dict) -> list[Flowable]:
    """The first page: every organization on one line, so the Commission sees who owes what."""
    orgs = data.organizations
    story = title_block(furniture(data).title,
                        [translate("reports", "As of {date}").format(date=fmt_date(data.as_of)),
                         translate("reports", "Measures due by {date}").format(date=fmt_date(data.horizon))],
                        styles)
    story.append(para(translate("reports", "Summary"), styles["heading1"]))
    rows = [[org.label, str(len(org.measures)), str(org.overdue_measures),
             _pair(len(org.actions), org.overdue_actions), _pair(len(org.reports), org.overdue_reports)]
            for org in orgs]
    totals = [translate("reports", "Total"), str(sum(len(o.measures) for o in orgs)),
              str(sum(o.overdue_measures for o in orgs)),
              _pair(sum(len(o.actions) for o in orgs), sum(o.overdue_actions for o in orgs)),
              _pair(sum(len(o.reports) for o in orgs), sum(o.overdue_reports for o in orgs))]
    story.extend(chunked_table([translate("reports", "Organization"), translate("reports", "Measures owed"),
                                translate("reports", "Overdue measures"),
                                translate("reports", "Action items open / overdue"),
                                translate("reports", "Reports due / overdue")], rows,
                               (0.36, 0.14, 0.14, 0.18, 0.18), styles, numeric=(1, 2, 3, 4), totals=totals))
    story.append(para(translate("reports", "A measure or action item shared by several organizations is counted "
                                           "under each of them, so the totals may exceed the number of distinct "
                                           "tasks."), styles["note"]))
    return story


def _section(org: OrganizationDues, data: DuesData, styles: dict, checkpoint: Checkpoint | None) -> list[Flowable]:
    lines = [translate("reports", "As of {date}").format(date=fmt_date(data.as_of)),
             translate("reports", "Measures due by {date}").format(date=fmt_date(data.horizon))]
    story = title_block(org.name, lines, styles)
    overdue = org.overdue  # action items, measures and national reports alike
    story.append(para(" \u00b7 ".join((
        translate("reports", "Open action items: {count}").format(count=len(org.actions)),
        translate("reports", "Plan measures due: {count}").format(count=len(org.measures)),
        translate("reports", "National reports not yet submitted: {count}").format(count=len(org.reports)),
        translate("reports", "Overdue: {count}").format(count=overdue))), styles["body"]))

    story.append(para(translate("reports", "Action items from meetings of the Commission"), styles["heading1"]))
    if org.actions:
        rows = [[f"{a.meeting_reference}\n{fmt_date(a.meeting_date)}", a.decision_number, a.text,
                 fmt_date(a.due_date), value_label(a.status) + _overdue_mark(a.overdue)]
                for a in org.actions]
        story.extend(chunked_table([translate("reports", "Meeting"), translate("reports", "Decision"),
                                    translate("reports", "Action"), translate("reports", "Due date"),
                                    translate("reports", "Status")], rows,
                                   (0.14, 0.12, 0.43, 0.14, 0.17), styles, checkpoint))
    else:
        story.append(empty_note(translate("reports", "None."), styles))

    story.append(para(translate("reports", "Plan measures"), styles["heading1"]))
    if org.measures:
        rows = [[m.plan, m.number, m.text, m.deadline_text or fmt_date(m.deadline_end),
                 value_label(m.role), value_label(m.status) + _overdue_mark(m.overdue)]
                for m in org.measures]
        story.extend(chunked_table([translate("reports", "Plan"), translate("reports", "No."),
                                    translate("reports", "Measure"), translate("reports", "Deadline"),
                                    translate("reports", "Role"), translate("reports", "Status")],
                                   rows, (0.13, 0.07, 0.35, 0.17, 0.11, 0.17), styles, checkpoint))
    else:
        story.append(empty_note(translate("reports", "None."), styles))

    if org.indicator_reports:
        story.append(para(translate("reports", "Indicator reports"), styles["heading1"]))
        rows = [[r.plan, r.measure_number, r.indicator, fmt_date(r.due_on),
                 translate("reports", "missed") if r.due_on < data.as_of else translate("reports", "due")]
                for r in org.indicator_reports]
        story.extend(chunked_table([translate("reports", "Plan"), translate("reports", "No."),
                                    translate("reports", "Indicator"), translate("reports", "Due"),
                                    translate("reports", "Status")], rows,
                                   (0.15, 0.08, 0.47, 0.15, 0.15), styles, checkpoint))

    if org.reports:
        story.append(para(translate("reports", "National reports"), styles["heading1"]))
        rows = [[r.body, r.title, fmt_date(r.due_date), value_label(r.status) + _overdue_mark(r.overdue)]
                for r in org.reports]
        story.extend(chunked_table([translate("reports", "Body"), translate("reports", "Report"),
                                    translate("reports", "Due"), translate("reports", "Status")], rows,
                                   (0.15, 0.5, 0.15, 0.2), styles))
    if org.recommendations_open:
        story.append(spacer())
        open_count = org.recommendations_open  # a plain name: lupdate marks no plural whose count is an attribute
        story.append(para(translate("reports", "The organization is also responsible for %n UN recommendations that are "
                                               "not yet implemented.", None, PLURAL, open_count), styles["body"]))
    return story


def story(data: DuesData, checkpoint: Checkpoint | None = None) -> list[Flowable]:
    styles = report_styles()
    if not data.organizations:
        return title_block(furniture(data).title, [translate("reports", "As of {date}").format(date=fmt_date(data.as_of))],
                           styles) + [empty_note(translate("reports", "No organization has outstanding tasks."), styles)]
    # one organization asked for: its own page is the whole report
    result: list[Flowable] = _summary(data, styles) if len(data.organizations) > 1 else []
    for org in data.organizations:
        if result:
            result.append(PageBreak())
        result.extend(_section(org, data, styles, checkpoint))
        if checkpoint is not None:
            result.append(CheckpointFlowable(checkpoint))
    return result
