"""Shared pieces of the reports: labels, title block, count tables, page furniture.

Report headings are in the language of the screens (``secretariat.i18n.translate``); stored
vocabulary values use the shared table of ``secretariat.labels``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from secretariat.i18n import translate
from secretariat.labels import label as value_label
from secretariat.io.pdf.document import CONTENT_WIDTH, build_pdf, make_styles
from secretariat.io.pdf.headings import short_date
from secretariat.io.pdf.markup import escape_text
from secretariat.io.pdf.tables import bar_chart, data_table, fit_column_widths, pie_chart, worth_a_chart

Checkpoint = Callable[[], None]


def fmt_date(value: date | None) -> str:
    return short_date(value)


def as_of_text(value: date | None) -> str:
    return translate("reports", "as of {date}").format(date=fmt_date(value))


def period_text(date_from: date | None, date_to: date | None) -> str:
    if date_from and date_to:
        return f"{fmt_date(date_from)} \u2013 {fmt_date(date_to)}"
    if date_from:
        return translate("reports", "from {date}").format(date=fmt_date(date_from))
    if date_to:
        return translate("reports", "until {date}").format(date=fmt_date(date_to))
    return translate("reports", "all dates")


def report_styles() -> dict[str, ParagraphStyle]:
    styles = make_styles()
    styles["note"] = ParagraphStyle("note", parent=styles["small"], textColor=styles["subtitle"].textColor)
    return styles


def title_block(title: str, lines: Sequence[str], styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(escape_text(title), styles["title"])]
    for line in lines:
        if line:
            story.append(Paragraph(escape_text(line), styles["subtitle"]))
    return story


def para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape_text(text), style)


def empty_note(text: str, styles: dict[str, ParagraphStyle]) -> Paragraph:
    return Paragraph(f"<i>{escape_text(text)}</i>", styles["body"])


def chunked_table(headers: list[str], rows: list[list[str]], fractions: Sequence[float],
                  styles: dict[str, ParagraphStyle], checkpoint: Checkpoint | None = None,
                  chunk: int = 400, width: float = CONTENT_WIDTH, *, numeric: Sequence[int] = (),
                  totals: Sequence[str] | None = None) -> list[Flowable]:
    """A long table as consecutive tables of *chunk* rows.

    reportlab re-measures the rest of a table at every page break, so one table of
    10,000 rows costs time quadratic in its pages; chunks keep it linear. Each chunk
    repeats the header, which a reader sees as the header at the top of a new page
    or, rarely, once within a page.
    """
    # widths fitted once over all rows, so every chunk has the same columns
    widths = fit_column_widths(headers, rows, [f * width for f in fractions], styles)
    story: list[Flowable] = []
    for start in range(0, len(rows), chunk):
        last = start + chunk >= len(rows)
        story.append(data_table(headers, rows[start:start + chunk], widths, styles, numeric=numeric,
                                totals=totals if last else None))
        if checkpoint is not None:
            story.append(CheckpointFlowable(checkpoint))
    return story


class CheckpointFlowable(Flowable):
    """Zero-size flowable: calls back when laid out, for progress and cancel."""

    def __init__(self, callback: Checkpoint) -> None:
        super().__init__()
        self.callback = callback

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.callback()


def counts_rows(counts: Sequence[object], total: int | None = None) -> list[list[str]]:
    """Rows "label | count | share" for a breakdown (``statistics.Count``-like objects)."""
    rows = []
    for c in counts:
        count = getattr(c, "count")
        share = f"{count / total:.0%}" if total else ""
        rows.append([value_label(str(getattr(c, "label"))), str(count), share])
    return rows


def table(headers: list[str], rows: list[list[str]], fractions: Sequence[float],
          styles: dict[str, ParagraphStyle], *, numeric: Sequence[int] = (),
          totals: Sequence[str] | None = None, width: float = CONTENT_WIDTH) -> Flowable:
    """A short table whose column widths are shares of the page width."""
    return data_table(headers, rows, [f * width for f in fractions], styles, numeric=numeric, totals=totals)


def counts_total(total: int) -> list[str]:
    """The totals row under ``counts_rows``: every item once, so 100 %."""
    return [translate("reports", "Total"), str(total), "100%" if total else ""]


def several_per_item_note(text: str, styles: dict[str, ParagraphStyle]) -> Paragraph:
    """Under a breakdown where one item may count under several lines (themes, SDGs...)."""
    return Paragraph(escape_text(text), styles["note"])


def chart(kind: str, title: str, labels: Sequence[str], values: Sequence[float], *,
          width: float = CONTENT_WIDTH, height: float = 200) -> list[Flowable]:
    """A bar or pie chart, or nothing when it would show a single bar or a 100 % pie.

    The table beside every chart already gives the numbers; a chart of one value
    only repeats them in a larger, emptier form.
    """
    if not worth_a_chart(values):
        return []
    draw = pie_chart if kind == "pie" else bar_chart
    return [spacer(), draw(title, labels, values, width=width, height=height, empty_text=translate("reports", "No data"))]


def spacer(height: float = 6) -> Spacer:
    return Spacer(1, height)


@dataclass(frozen=True)
class Furniture:
    title: str
    header: str
    landscape: bool = False


def build_report(target: str | os.PathLike[str] | BinaryIO, story: list[Flowable], furniture: Furniture,
                 *, author: str = "", printed_on: date | None = None, language: str = "en") -> int:
    printed = fmt_date(printed_on or date.today())
    return build_pdf(
        target, story, title=furniture.title, header_text=furniture.header,
        footer_text=translate("reports", "Secretariat of the Interministerial Commission \u2014 printed {date}").format(date=printed),
        page_label=lambda n, total: translate("reports", "Page {n} of {total}").format(n=n, total=total),
        landscape=furniture.landscape, author=author, language=language,
    )
