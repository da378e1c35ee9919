"""Preview, save and print of the PDFs, and the menus that lead to them."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from secretariat.io.documents import REPORTS, build_minutes
from secretariat.services.meetings import find_meeting
from secretariat.services.plans import find_plan
from secretariat.services.report_data import ReportFilters
from secretariat.ui.app.main_window import MainWindow
from secretariat.ui.reports.minutes_pdf_action import preview_minutes
from secretariat.ui.reports.pdf_preview import PdfPreviewDialog, RenderedPdf, print_pdf
from secretariat.ui.reports.report_dialog import ReportDialog, default_year, preview_report


@pytest.fixture
def minutes_bytes(demo_db) -> bytes:
    buffer = io.BytesIO()
    build_minutes(demo_db, find_meeting(demo_db, "2024/1").id, buffer)
    return buffer.getvalue()


def ink(image) -> int:
    """How many sampled pixels are not white: a blank render has none."""
    dark = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            if QColor(image.pixel(x, y)).lightness() < 200:
                dark += 1
    return dark


def test_pages_render_to_images(minutes_bytes):
    pdf = RenderedPdf(minutes_bytes)
    assert pdf.page_count == len(PdfReader(io.BytesIO(minutes_bytes)).pages)
    image = pdf.render(0, 1.0)
    width, height = pdf.sizes[0]
    assert abs(image.width() - width) <= 1 and abs(image.height() - height) <= 1
    assert ink(image) > 100  # the title, the attendance... drawn in black


def test_preview_dialog_pages_thumbnails_zoom_and_save(qtbot, minutes_bytes, tmp_path, settings):
    dialog = PdfPreviewDialog(None, minutes_bytes, "Minutes No. 1", "minutes-2024-1.pdf", settings)
    qtbot.addWidget(dialog)
    dialog.show()
    count = dialog.pdf.page_count
    assert len(dialog.view.labels) == dialog.thumbnails.count() == count
    qtbot.waitUntil(lambda: dialog.view.labels[0].pixmap() is not None and not dialog.view.labels[0].pixmap().isNull())
    qtbot.waitUntil(lambda: dialog.thumbnails_rendered == count)
    assert dialog.page_label.text() == f"Page 1 of {count}"

    dialog.zoom_box.setCurrentIndex(dialog.zoom_box.findData(1.0))
    actual = dialog.view.labels[0].width()
    dialog.step_zoom(1)
    assert dialog.zoom_box.currentData() == 1.25
    assert dialog.view.labels[0].width() == pytest.approx(actual * 1.25, abs=2)
    dialog.thumbnails.setCurrentRow(count - 1)
    qtbot.waitUntil(lambda: dialog.view.current_page() == count - 1 or
                    dialog.view.verticalScrollBar().value() == dialog.view.verticalScrollBar().maximum())
    qtbot.waitUntil(lambda: dialog.view.labels[-1].pixmap() is not None and not dialog.view.labels[-1].pixmap().isNull())

    saved = dialog.save_to(tmp_path / "out")  # the extension is added
    assert saved == tmp_path / "out.pdf" and saved.read_bytes() == minutes_bytes
    assert settings.value("pdf/last_folder") == str(tmp_path)


def test_save_to_an_unwritable_place_says_so(qtbot, minutes_bytes, tmp_path, monkeypatch):
    dialog = PdfPreviewDialog(None, minutes_bytes, "x", "x.pdf")
    qtbot.addWidget(dialog)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    assert dialog.save_to(tmp_path / "no such folder" / "x.pdf") is None
    assert warnings and "Cannot write" in warnings[0]


def test_printing_draws_every_page_or_a_range(qtbot, minutes_bytes, tmp_path):
    pdf = RenderedPdf(minutes_bytes)
    for name, pages, expected in (("all.pdf", None, pdf.page_count), ("range.pdf", [1], 1)):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setResolution(72)
        printer.setOutputFileName(str(tmp_path / name))
        assert print_pdf(pdf, printer, pages) == expected
        assert len(PdfReader(tmp_path / name).pages) == expected


def test_preview_minutes_builds_off_the_ui_thread(qtbot, demo_context):
    shown = []
    meeting = find_meeting(demo_context.db, "2023/1")
    operation = preview_minutes(None, demo_context, meeting.id, on_shown=shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    dialog = shown[0]
    qtbot.addWidget(dialog)
    assert not operation.running
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(dialog.pdf.data)).pages)
    assert "ПРОТОКОЛ № 1" in text and "ПРОЕКТ" in text
    assert dialog.suggested_name == "minutes-2023-1.pdf"
    dialog.close()


def test_cancelled_build_opens_nothing(qtbot, demo_context, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args))
    shown = []
    operation = preview_minutes(None, demo_context, find_meeting(demo_context.db, "2024/1").id,
                                on_shown=shown.append)
    operation.progress.cancel()
    qtbot.waitUntil(lambda: not operation.running, timeout=20000)
    assert shown == [] and warnings == []


def test_report_dialog_filters(qtbot, demo_context):
    dialog = ReportDialog(None, demo_context, "plan-implementation", today=date(2024, 2, 10))
    qtbot.addWidget(dialog)
    assert dialog.filters() == ReportFilters(today=date(2024, 2, 10))
    plan = find_plan(demo_context.db, "NAP Gender")
    dialog.plan.setCurrentIndex(dialog.plan.findData(plan.id))
    dialog.use_period.setChecked(True)
    f = dialog.filters()
    assert (f.plan_id, f.date_from, f.date_to) == (plan.id, date(2024, 1, 1), date(2024, 12, 31))
    assert dialog.year.isHidden() or "year" not in REPORTS["plan-implementation"].filters
    year = ReportDialog(None, demo_context, "commission-year", today=date(2024, 2, 10))
    qtbot.addWidget(year)
    assert year.filters().year == 2023 == default_year(date(2024, 2, 10))
    assert default_year(date(2024, 11, 1)) == 2024


def test_preview_report(qtbot, demo_context):
    shown = []
    preview_report(None, demo_context, "recommendations", ReportFilters(mechanism="treaty_body"),
                   on_shown=shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    qtbot.addWidget(shown[0])
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(shown[0].pdf.data)).pages)
    assert "Recommendations report" in text and "Recommendations: 2 ·" in text
    shown[0].close()


def test_menus_offer_every_report_and_print_minutes(qtbot, demo_context):
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    window.fill_reports_menu()
    names = [action.objectName() for action in window.reports_menu.actions()]
    assert names == [f"report_{name}" for name in REPORTS]
    assert window.print_minutes_action.text().replace("&", "") == "Print minutes…"
