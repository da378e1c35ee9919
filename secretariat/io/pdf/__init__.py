"""Reusable PDF building blocks (reportlab) for minutes and reports.

Modules here take plain data only: no Qt, no database access.
"""

from secretariat.io.pdf.document import (
    CONTENT_WIDTH,
    LANDSCAPE_CONTENT_WIDTH,
    build_pdf,
    make_styles,
)
from secretariat.io.pdf.fonts import register_fonts
from secretariat.io.pdf.markup import clean_text, escape_text, rich_to_flowables
from secretariat.io.pdf.tables import (
    bar_chart,
    data_table,
    fit_column_widths,
    pie_chart,
    split_cell_text,
    worth_a_chart,
)

__all__ = [
    "CONTENT_WIDTH",
    "LANDSCAPE_CONTENT_WIDTH",
    "bar_chart",
    "build_pdf",
    "clean_text",
    "data_table",
    "escape_text",
    "fit_column_widths",
    "make_styles",
    "pie_chart",
    "register_fonts",
    "rich_to_flowables",
    "split_cell_text",
    "worth_a_chart",
]
