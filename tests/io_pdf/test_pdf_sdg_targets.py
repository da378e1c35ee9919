"""The recommendations report breaks the recommendations down by SDG target too."""

from __future__ import annotations

import io
from datetime import date

from pypdf import PdfReader

from secretariat.io.documents import build_report
from secretariat.services.report_data import ReportFilters


def test_recommendations_report_counts_by_target(demo_db, tmp_path):
    buffer = io.BytesIO()
    build_report(demo_db, "recommendations", ReportFilters(today=date(2026, 1, 15)), buffer)
    (tmp_path / "recommendations.pdf").write_bytes(buffer.getvalue())
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(buffer).pages)
    assert "By SDG target" in text
    assert "16.2 End abuse, exploitation, trafficking" in text
    assert text.index("By Sustainable Development Goal") < text.index("By SDG target") < text.index("By theme")
