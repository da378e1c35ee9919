"""Columns fit the default window and stretch when it is maximised; no label is cut off."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTreeView,
)

from meetings_ui_helpers import show_active
from secretariat.ui.app.main_window import MainWindow
from secretariat.ui.pages.registry import AREAS


def _header(view) -> QHeaderView | None:
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    elif isinstance(view, QTreeView):
        header = view.header()
    else:
        return None
    return header if header.isVisible() and header.count() > 1 else None


@pytest.mark.parametrize("area", [a.key for a in AREAS])
def test_columns_fit_then_stretch_and_labels_are_whole(qtbot, demo_context, area):
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    page = window.show_area(area)
    QApplication.processEvents()
    headers = [(v, h) for v in page.findChildren(QAbstractItemView) if v.isVisible() for h in [_header(v)] if h]
    for view, header in headers:
        assert header.length() <= view.viewport().width() + 1, f"{area}: {view.objectName()} needs scrolling"
    window.resize(1900, 1060)
    QApplication.processEvents()
    for view, header in headers:
        assert header.length() >= view.viewport().width() - 1, f"{area}: {view.objectName()} does not stretch"
    window.resize(1200, 780)
    QApplication.processEvents()
    for widget in page.findChildren(QPushButton) + page.findChildren(QLabel):
        if widget.isVisible() and widget.text() and not (isinstance(widget, QLabel) and widget.wordWrap()):
            needed = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", ""))
            assert widget.width() >= min(needed, widget.sizeHint().width()), f"{area}: “{widget.text()}” is cut"


@pytest.mark.parametrize(("area", "main"), [("meetings", 3), ("action_items", 2), ("national_reports", 1)])
def test_short_columns_show_their_texts_whole_and_the_main_one_takes_the_rest(qtbot, demo_context, area, main):
    """At the default window the action items' meeting column read "2024/1 (27.0…" beside a
    wide text column; until the user sets widths, each other column is as wide as its texts."""
    window = MainWindow(demo_context)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    page = window.show_area(area)
    QApplication.processEvents()
    table = page.table
    header = table.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert table.model().rowCount() > 0
    for column in shown:
        if column != main:
            assert header.sectionSize(column) >= table.sizeHintForColumn(column), (area, column)
    assert header.sectionSize(main) >= max(header.sectionSize(c) for c in shown if c != main) // 2
    if area == "national_reports":  # room for every title: none is cut while the last column idles
        assert header.sectionSize(main) >= table.sizeHintForColumn(main)
    # A width set by hand stays when the window changes size.
    other = next(c for c in shown if c != main)
    table.setColumnWidth(other, 50)
    window.resize(window.width() + 200, window.height())
    QApplication.processEvents()
    assert header.sectionSize(other) == 50


def test_fitting_the_columns_reads_only_the_first_screen_of_a_long_list(qtbot):
    """Qt's own measure of a column reads every row of a view not yet shown: with 70,000
    recommendations that read the whole list, page by page, at every first open."""
    from secretariat.ui.core.lazy_model import Column, LazyTableModel
    from secretariat.ui.core.view_tools import fit_columns, setup_view

    fetched: list[int] = []

    def fetch(offset: int, limit: int) -> list[tuple[int, str, str]]:
        fetched.append(offset)
        return [(i, f"text {i} " * 5, "short") for i in range(offset, min(offset + limit, 20_000))]

    columns = [Column("id", "No.", lambda r: r[0]), Column("text", "Text", lambda r: r[1]),
               Column("short", "Short", lambda r: r[2])]
    model = LazyTableModel(columns, lambda: 20_000, fetch, lambda r: r[0])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    setup_view(view)
    fit_columns(view, 1)
    view.resize(700, 400)  # before it is shown, as a page is laid out
    view.show()
    qtbot.waitExposed(view)
    view.resize(900, 500)
    QApplication.processEvents()
    assert fetched == [0]  # the first page of rows, nothing more
    header = view.horizontalHeader()
    assert header.sectionSize(2) >= view.sizeHintForColumn(2)  # and the short column fits its texts
