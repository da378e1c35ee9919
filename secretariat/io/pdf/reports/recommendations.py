"""Recommendations: by position, implementation status, SDG and theme, and the
recommendations that no plan measure answers yet."""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable

from secretariat.i18n import translate
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
    report_styles,
    several_per_item_note,
    table,
    title_block,
    value_label,
)
from secretariat.services.report_data import RecommendationsData

TOP_THEMES = 25


def furniture(data: RecommendationsData) -> Furniture:
    title = translate("reports", "Recommendations report")
    return Furniture(title, f"{title} \u2014 {as_of_text(data.as_of)}")


def _breakdown(title: str, counts: list, total: int, styles: dict, kind: str = "bar",
               first_column: str = "", several_note: str = "",
               chart_labels: list[str] | None = None) -> list[Flowable]:
    """A count table (with a totals row when each recommendation counts once) and its chart.

    *chart_labels*: shorter names for the chart than the table's (SDG target codes).

    With *several_note* a recommendation may count under several lines (themes, goals):
    the shares can add up to more than 100 %, so no totals row and the note says why.
    """
    story: list[Flowable] = [CondPageBreak(150), para(title, styles["heading1"])]
    if not counts:
        return story + [empty_note(translate("reports", "No data"), styles)]
    story.append(table([first_column or translate("reports", "Category"), translate("reports", "Count"),
                        translate("reports", "Share")], counts_rows(counts, total),
                       (0.6, 0.2, 0.2), styles, numeric=(1, 2),
                       totals=None if several_note else counts_total(total)))
    if several_note:
        story.append(several_per_item_note(several_note, styles))
    labels = chart_labels if chart_labels is not None else [value_label(str(c.label)) for c in counts]
    story += chart(kind, title, labels, [c.count for c in counts],
                   height=170 if kind == "pie" else 210)
    return story


def story(data: RecommendationsData, checkpoint: Checkpoint | None = None) -> list[Flowable]:
    styles = report_styles()
    counts = data.counts
    lines = [translate("reports", "As of {date}").format(date=fmt_date(data.as_of))]
    if data.mechanism:
        lines.append(translate("reports", "Mechanism: {name}").format(name=value_label(data.mechanism)))
    if data.organization:
        lines.append(translate("reports", "Responsible organization: {name}").format(name=data.organization))
    result = title_block(translate("reports", "Recommendations report"), lines, styles)
    result.append(para(" \u00b7 ".join((
        translate("reports", "Recommendations: {count}").format(count=counts.total),
        translate("reports", "answered by at least one plan measure: {count}").format(count=counts.linked_to_measures),
        translate("reports", "not yet linked to any measure: {count}").format(count=len(data.unlinked)))), styles["body"]))
    result += _breakdown(translate("reports", "By position of the State"), counts.by_position, counts.total, styles, "pie",
                         translate("reports", "Position"))
    result += _breakdown(translate("reports", "By implementation status"), counts.by_status, counts.total, styles, "bar",
                         translate("reports", "Status"))
    sdgs = [c for c in counts.by_sdg if c.count] or list(counts.by_sdg)
    result += _breakdown(translate("reports", "By Sustainable Development Goal"), sdgs, counts.total, styles,
                         "bar", translate("reports", "SDG"),
                         translate("reports", "A recommendation may serve several goals and counts under each of "
                                              "them, so the shares may add up to more than 100%."))
    if counts.by_target:
        targets = list(counts.by_target[:TOP_THEMES])
        result += _breakdown(translate("reports", "By SDG target"), targets, counts.total,
                             styles, "bar", translate("reports", "Target"),
                             translate("reports", "Only the targets named at least once are listed; a recommendation "
                                                  "may serve several targets and counts under each of them."),
                             chart_labels=[str(c.key) for c in targets])
        if len(counts.by_target) > TOP_THEMES:
            result.append(para(translate("reports", "The {count} first of {all} targets named are shown.").format(
                count=TOP_THEMES, all=len(counts.by_target)), styles["note"]))
    themes = list(counts.by_theme[:TOP_THEMES])
    result += _breakdown(translate("reports", "By theme"), themes, counts.total, styles, "bar",
                         translate("reports", "Theme"),
                         translate("reports", "A recommendation with several themes counts under each of them, "
                                              "so the shares may add up to more than 100%."))
    if len(counts.by_theme) > TOP_THEMES:
        result.append(para(translate("reports", "The {count} most frequent of {all} themes are shown.").format(
            count=TOP_THEMES, all=len(counts.by_theme)), styles["note"]))

    result.append(CondPageBreak(120))
    result.append(para(translate("reports", "Recommendations not yet linked to any measure ({count})").format(
        count=len(data.unlinked)), styles["heading1"]))
    if data.unlinked:
        rows = [[r.reference, r.text, value_label(r.position), value_label(r.status), r.responsible]
                for r in data.unlinked]
        result.extend(chunked_table([translate("reports", "Reference"), translate("reports", "Recommendation"),
                                     translate("reports", "Position"), translate("reports", "Status"),
                                     translate("reports", "Responsible")], rows, (0.14, 0.46, 0.12, 0.13, 0.15), styles, checkpoint))
    else:
        result.append(empty_note(translate("reports", "Every recommendation is answered by at least one measure."), styles))
    return result
