"""How long the plan implementation report takes on the large database, next to reportlab alone.

    python -m secretariat --db /tmp/large6.sqlite demo --size large   # once, ~10 s
    python benchmarks/bench_pdf_report.py [--db /tmp/large6.sqlite] [--repeat 1]

"Ours" is the whole job the CLI and the GUI run: the queries, the layout (escaping,
oversized-cell splitting, charts) and the page furniture (header, "page X of Y",
watermark support). "reportlab alone" lays out the same paragraphs, tables and
charts with a plain SimpleDocTemplate and plain Tables, from data already in memory.
Target: ours under 1.5 times reportlab alone.
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from reportlab.lib import colors  # noqa: E402
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table, TableStyle  # noqa: E402

from secretariat.db import open_database  # noqa: E402
from secretariat.io.documents import build_report  # noqa: E402
from secretariat.io.pdf import CONTENT_WIDTH, bar_chart, escape_text, make_styles, pie_chart  # noqa: E402
from secretariat.services.report_data import ReportFilters, plan_implementation  # noqa: E402

AS_OF = date(2026, 6, 30)  # fixed, so runs compare: ~13,000 overdue measures, ~10,000 progress reports
CHUNK = 400


def ours(db) -> tuple[float, int]:
    started = time.perf_counter()
    built = build_report(db, "plan-implementation", ReportFilters(today=AS_OF), io.BytesIO())
    return time.perf_counter() - started, built.pages


def reportlab_alone(data) -> tuple[float, int]:
    """The same content, from the gathered data, with reportlab's plain building blocks."""
    started = time.perf_counter()
    styles = make_styles()
    plain = TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4)])

    def table(headers, rows, fractions):
        out = []
        for start in range(0, max(len(rows), 1), CHUNK):
            cells = [[Paragraph(escape_text(h), styles["table_header"]) for h in headers]]
            cells += [[Paragraph(escape_text(c), styles["table_cell"]) for c in row] for row in rows[start:start + CHUNK]]
            out.append(Table(cells, colWidths=[f * CONTENT_WIDTH for f in fractions], repeatRows=1, style=plain))
        return out

    story = [Paragraph("Plan implementation report", styles["title"])]
    story += table(["Plan", "Measures", "Completed", "Overdue", "Progress"],
                   [[p.title, str(p.total), "", str(len(p.overdue)), str(len(p.progress))] for p in data.plans],
                   (0.52, 0.12, 0.12, 0.12, 0.12))
    for plan in data.plans:
        story.append(PageBreak())
        story.append(Paragraph(escape_text(plan.title), styles["heading1"]))
        shown = [c for c in plan.by_status if c.count]
        story += table(["Status", "Measures", "Share"], [[c.label, str(c.count), ""] for c in shown], (0.5, 0.2, 0.3))
        story.append(pie_chart("Measures by status", [c.label for c in shown], [c.count for c in shown],
                               width=CONTENT_WIDTH, height=170))
        story += table(["Organization", "Measures", "Completed", "In progress", "Not started", "Overdue"],
                       [[o.organization, str(o.total), str(o.completed), str(o.in_progress), str(o.not_started),
                         str(o.overdue)] for o in plan.by_organization], (0.4, 0.12, 0.12, 0.12, 0.12, 0.12))
        story.append(bar_chart("Overdue", [o.organization for o in plan.by_organization[:12]],
                               [o.overdue for o in plan.by_organization[:12]], width=CONTENT_WIDTH, height=200))
        story.append(Paragraph("Overdue measures", styles["heading2"]))
        story += table(["No.", "Measure", "Deadline", "Lead", "Status"],
                       [[m.number, m.text, m.deadline_text, m.lead, m.status] for m in plan.overdue],
                       (0.08, 0.47, 0.13, 0.17, 0.15))
        story.append(Paragraph("Progress reported", styles["heading2"]))
        story += table(["No.", "Date", "Reported by", "Status", "Progress"],
                       [[p.measure_number, p.reported_on.isoformat(), p.organization, p.status, p.text]
                        for p in plan.progress], (0.08, 0.13, 0.17, 0.15, 0.47))
    doc = SimpleDocTemplate(io.BytesIO())
    doc.build(story)
    return time.perf_counter() - started, doc.page


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", default="/tmp/large6.sqlite")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args(argv)
    if not Path(args.db).exists():
        print(f"{args.db} does not exist: python -m secretariat --db {args.db} demo --size large", file=sys.stderr)
        return 2
    db = open_database(args.db)
    try:
        started = time.perf_counter()
        data = plan_implementation(db, ReportFilters(today=AS_OF))
        query_time = time.perf_counter() - started
        rows = sum(len(p.overdue) + len(p.progress) for p in data.plans)
        print(f"data: {len(data.plans)} plans, {sum(p.total for p in data.plans)} measures, "
              f"{sum(len(p.overdue) for p in data.plans)} overdue, {sum(len(p.progress) for p in data.plans)} "
              f"progress reports; queries {query_time:.2f} s")
        best_ours = best_plain = float("inf")
        for _ in range(args.repeat):
            seconds, pages = ours(db)
            best_ours = min(best_ours, seconds)
            print(f"ours (queries + layout + furniture): {seconds:6.1f} s, {pages} pages, {rows} table rows")
            seconds, pages = reportlab_alone(data)
            best_plain = min(best_plain, seconds)
            print(f"reportlab alone (same content):      {seconds:6.1f} s, {pages} pages")
        ratio = best_ours / best_plain
        print(f"ratio: {ratio:.2f} (target < 1.5) {'OK' if ratio < 1.5 else 'OVER TARGET'}")
        return 0
    finally:
        db.dispose()


if __name__ == "__main__":
    raise SystemExit(main())
