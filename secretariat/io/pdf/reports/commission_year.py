"""The Commission's year: meetings held, decisions taken, reports submitted, plans,
and the plan of work for the next year ("results of the work for 2023 and the
tasks in 2024")."""

from __future__ import annotations

from collections import Counter

from reportlab.platypus import CondPageBreak, Flowable

from secretariat.io.pdf.document import CONTENT_WIDTH
from secretariat.i18n import translate
from secretariat.io.pdf.reports.common import (
    Checkpoint,
    CheckpointFlowable,
    Furniture,
    chart,
    chunked_table,
    empty_note,
    fmt_date,
    para,
    report_styles,
    table,
    title_block,
    value_label,
)
from secretariat.io.pdf.tables import data_table
from secretariat.services.report_data import YearData


def furniture(data: YearData) -> Furniture:
    title = translate("reports", "Results of the Commission's work for {year} and the tasks for {next}").format(
        year=data.year, next=data.year + 1)
    return Furniture(title, title)


def _origin(origin: str) -> str:
    if origin == "recorded":
        return translate("reports", "National reports page")
    if origin == "committee":
        return translate("reports", "Concluding observations")
    return translate("reports", "Treaty schedule")


def story(data: YearData, checkpoint: Checkpoint | None = None) -> list[Flowable]:
    styles = report_styles()
    result = title_block(furniture(data).title, [translate("reports", "As of {date}").format(date=fmt_date(data.as_of))], styles)
    submitted = len(data.reports_submitted)
    result.append(para(" \u00b7 ".join((
        translate("reports", "Meetings held: {count}").format(count=len(data.meetings)),
        translate("reports", "Decisions taken: {count}").format(count=data.decisions_total),
        translate("reports", "National reports submitted: {count}").format(count=submitted))), styles["body"]))

    result.append(para(translate("reports", "1. Meetings held"), styles["heading1"]))
    if data.meetings:
        kinds = Counter(m.kind for m in data.meetings)
        rows = [[m.reference, fmt_date(m.starts_at.date()), value_label(m.kind), m.title, str(len(m.decisions)),
                 f"{m.actions_open} / {m.actions_total}"] for m in data.meetings]
        result.extend(chunked_table([translate("reports", "No."), translate("reports", "Date"),
                                     translate("reports", "Kind"), translate("reports", "Title"),
                                     translate("reports", "Decisions"),
                                     translate("reports", "Actions open / all")], rows, (0.09, 0.14, 0.15, 0.34, 0.13, 0.15), styles,
                                    checkpoint, numeric=(4, 5)))
        drawn = chart("bar", translate("reports", "Meetings by kind"), [value_label(k) for k in kinds],
                      list(kinds.values()), height=180)
        # one kind of meeting: a sentence says it better than a single bar
        result += drawn or [para(translate("reports", "Meetings by kind: {counts}.").format(counts=", ".join(
            f"{value_label(k)} \u2014 {n}" for k, n in kinds.items())), styles["body"])]
    else:
        result.append(empty_note(translate("reports", "No meeting was held in this year."), styles))

    result.append(CondPageBreak(120))
    result.append(para(translate("reports", "2. Decisions taken"), styles["heading1"]))
    if data.decisions_total:
        for meeting in data.meetings:
            if not meeting.decisions:
                continue
            result.append(para(f"{meeting.reference} \u2014 {fmt_date(meeting.starts_at.date())} \u2014 "
                               f"{meeting.title}", styles["heading2"]))
            rows = [[d.number, d.text, value_label(d.kind)] for d in meeting.decisions]
            result.append(data_table([translate("reports", "No."), translate("reports", "Decision"),
                                      translate("reports", "Kind")], rows,
                                     [CONTENT_WIDTH * f for f in (0.1, 0.72, 0.18)], styles))
            if checkpoint is not None:
                result.append(CheckpointFlowable(checkpoint))
    else:
        result.append(empty_note(translate("reports", "No decision was recorded in this year."), styles))

    result.append(CondPageBreak(120))
    result.append(para(translate("reports", "3. National reports submitted"), styles["heading1"]))
    if data.reports_submitted:
        rows = [[r.body, r.title, fmt_date(r.due_date), fmt_date(r.submitted_on), r.responsible]
                for r in data.reports_submitted]
        result.append(data_table([translate("reports", "Body"), translate("reports", "Report"),
                                  translate("reports", "Due"), translate("reports", "Submitted"),
                                  translate("reports", "Responsible")], rows,
                                 [CONTENT_WIDTH * f for f in (0.12, 0.4, 0.14, 0.14, 0.2)], styles))
    else:
        result.append(empty_note(translate("reports", "No national report was submitted in this year."), styles))
    result.append(para(translate("reports", "Reports calendar for {year}").format(year=data.year + 1),
                       styles["heading2"]))
    if data.reports_calendar:
        rows = [[fmt_date(e.due_on), e.body, e.title, _origin(e.origin),
                 fmt_date(e.submitted_on) if e.submitted_on else value_label(e.status), e.responsible]
                for e in data.reports_calendar]
        result.append(data_table([translate("reports", "Due"), translate("reports", "Body"),
                                  translate("reports", "Report"), translate("reports", "Source of the date"),
                                  translate("reports", "Status"), translate("reports", "Responsible")], rows,
                                 [CONTENT_WIDTH * f for f in (0.13, 0.1, 0.3, 0.17, 0.13, 0.17)], styles))
        result.append(para(translate("reports", "Dates from the treaty follow the ratification dates and reporting "
                                                "cycles entered on the National reports page; a committee's own "
                                                "date in its concluding observations replaces them."),
                           styles["small"]))
    else:
        result.append(empty_note(translate("reports", "No report is due in {year}.").format(year=data.year + 1),
                                 styles))

    result.append(CondPageBreak(120))
    result.append(para(translate("reports", "4. Implementation of plans in {year}").format(year=data.year), styles["heading1"]))
    if data.plans:
        rows = [[p.title, p.period, str(p.measures), str(p.due_in_year), str(p.completed_due_in_year),
                 str(p.progress_reports)] for p in data.plans]
        totals = [translate("reports", "Total"), ""] + [str(sum(getattr(p, key) for p in data.plans))
                                                        for key in ("measures", "due_in_year", "completed_due_in_year",
                                                                    "progress_reports")]
        result.append(table([translate("reports", "Plan"), translate("reports", "Period"),
                             translate("reports", "Measures"), translate("reports", "Due in the year"),
                             translate("reports", "Of these completed"), translate("reports", "Progress reports")], rows,
                            (0.42, 0.12, 0.11, 0.12, 0.12, 0.11), styles, numeric=(2, 3, 4, 5), totals=totals))
    else:
        result.append(empty_note(translate("reports", "No plan covers this year."), styles))

    result.append(CondPageBreak(120))
    result.append(para(translate("reports", "5. Plan of work for {year}").format(year=data.year + 1), styles["heading1"]))
    if data.next_work_plans:
        for plan in data.next_work_plans:
            result.append(para(f"{plan.title} ({plan.period})", styles["heading2"]))
            rows = [[m.number, m.text, m.deadline_text or fmt_date(m.deadline_end), m.lead] for m in plan.measures]
            if rows:
                result.extend(chunked_table([translate("reports", "No."), translate("reports", "Task"),
                                             translate("reports", "Deadline"),
                                             translate("reports", "Responsible")], rows,
                                            (0.08, 0.57, 0.15, 0.2), styles, checkpoint))
            else:
                result.append(empty_note(translate("reports", "This plan has no measures."), styles))
    else:
        result.append(empty_note(translate("reports", "No work plan for {year} has been recorded.").format(year=data.year + 1),
                                 styles))
    return result
