"""Reports in a chosen language name organizations and plans in it (read back with pypdf)."""

from __future__ import annotations

import io
from datetime import date

import pypdf

from secretariat.i18n import in_language
from secretariat.io.documents import build_report
from secretariat.services.report_data import ReportFilters


def _text(db, name: str, language: str | None = None) -> str:
    buffer = io.BytesIO()
    build_report(db, name, ReportFilters(today=date(2024, 12, 31)), buffer, language=language)
    pages = pypdf.PdfReader(io.BytesIO(buffer.getvalue())).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def test_plan_implementation_in_russian(demo_db) -> None:
    text = _text(demo_db, "plan-implementation", "ru")
    assert "Национальный план действий Туркменистана в области прав человека на 2021–2025 годы" in text
    assert "Минюст" in text and "Omb" not in text
    assert "National Action Plan" not in text


def test_language_in_force_is_used_without_a_parameter(demo_db) -> None:
    with in_language("tk"):
        text = _text(demo_db, "organization-dues")
    assert "Türkmenistanyň Daşary işler ministrligi" in text
    assert "Ministry of Foreign Affairs" not in text


def test_english_report_keeps_the_english_names(demo_db) -> None:
    text = _text(demo_db, "plan-implementation", "en")
    assert "National Action Plan for Human Rights in Turkmenistan for 2021-2025" in text and "MoJ" in text
