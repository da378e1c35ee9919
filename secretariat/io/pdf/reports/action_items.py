"""Action items from meetings: open and overdue, grouped by responsible organization."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable

from secretariat.i18n import translate
from secretariat.io.pdf.reports.common import (
    as_of_text,
    Checkpoint,
    Furniture,
    chart,
    chunked_table,
    empty_note,
    fmt_date,
    para,
    period_text,
    report_styles,
    several_per_item_note,
    table,
    title_block,
    value_label,
)
from secretariat.services.report_data import ActionItemsData

TOP_IN_CHART = 15


def furniture(data: ActionItemsData) -> Furniture:
    title = translate("reports", "Action items: open and overdue")
    return Furniture(title, f"{title} \u2014 {as_of_text(data.as_of)}")


def story(data: ActionItemsData, checkpoint: Checkpoint | None = None) -> list[Flowable]:
    styles = report_styles()
    lines = [translate("reports", "As of {date}").format(date=fmt_date(data.as_of))]
    if data.date_from or data.date_to:
        lines.append(translate("reports", "Due: {period}").format(period=period_text(data.date_from, data.date_to)))
    result = title_block(translate("reports", "Action items: open and overdue"), lines, styles)
    result.append(para(translate("reports", "Open action items: {open} \u00b7 overdue: {overdue}").format(
        open=data.total_open, overdue=data.total_overdue), styles["body"]))
    if not data.groups:
        return result + [empty_note(translate("reports", "No open action items."), styles)]
    rows = [[g.organization, str(len(g.actions)), str(g.overdue)] for g in data.groups]
    result.append(para(translate("reports", "By organization"), styles["heading1"]))
    # the totals count each action item once, even when several organizations share it
    result.append(table([translate("reports", "Organization"), translate("reports", "Open"),
                         translate("reports", "Overdue")], rows, (0.7, 0.15, 0.15), styles,
                        numeric=(1, 2), totals=[translate("reports", "Total"), str(data.total_open),
                                                str(data.total_overdue)]))
    if sum(len(g.actions) for g in data.groups) > data.total_open:
        result.append(several_per_item_note(translate("reports", "An action item shared by several organizations "
                                                      "is listed under each of them; the totals count it once."),
                                            styles))
    top = data.groups[:TOP_IN_CHART]
    result += chart("bar", translate("reports", "Overdue action items by organization"), [g.label for g in top],
                    [g.overdue for g in top], height=210)
    for group in data.groups:
        result.append(CondPageBreak(110))
        result.append(para(f"{group.organization} ({len(group.actions)})", styles["heading1"]))
        table_rows = []
        for a in group.actions:
            status = value_label(a.status)
            if a.overdue:
                status = status + " \u2014 " + translate("reports", "overdue")
            others = [name for name in a.responsible if name != group.organization]
            text = a.text + ("\n" + translate("reports", "With: {names}").format(names="; ".join(others)) if others else "")
            table_rows.append([f"{a.meeting_reference}\n{fmt_date(a.meeting_date)}", a.decision_number, text,
                               fmt_date(a.due_date), status])
        result.extend(chunked_table([translate("reports", "Meeting"), translate("reports", "Decision"),
                                     translate("reports", "Action"), translate("reports", "Due date"),
                                     translate("reports", "Status")],
                                    table_rows, (0.14, 0.12, 0.43, 0.14, 0.17), styles, checkpoint))
    return result
