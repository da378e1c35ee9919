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
