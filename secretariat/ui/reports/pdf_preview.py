"""Preview a finished PDF inside the application, save it, print it.

PySide6-Essentials has no QtPdf, so pages are rendered to images with pypdfium2
(PDFium, the engine of Chromium's PDF viewer) and shown in a scroll area: only the
pages in view are rendered, so a 1,000-page report opens at once. Printing draws
the same page images at the printer's resolution through the system's print dialog.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QSize, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.settings import PDF_FOLDER

log = logging.getLogger(__name__)

POINTS_PER_INCH = 72.0
SCREEN_DPI = 96.0
ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0)
THUMB_WIDTH = 110
PAGE_GAP = 12
MAX_PRINT_DPI = 300  # enough for text on paper; keeps a page image under ~35 MB
_PDFIUM_LOCK = threading.Lock()  # PDFium is not thread-safe


class RenderedPdf:
    """A PDF held in memory, its pages rendered on request."""

    def __init__(self, data: bytes) -> None:
        self.data = bytes(data)
        with _PDFIUM_LOCK:
            self._doc = pdfium.PdfDocument(self.data)
            self.sizes = [self._doc.get_page_size(i) for i in range(len(self._doc))]  # no page loading

    @property
    def page_count(self) -> int:
        return len(self.sizes)

    def render(self, index: int, scale: float) -> QImage:
        """Page *index* at *scale* pixels per PDF point, as an RGB image."""
        with _PDFIUM_LOCK:
            page = self._doc[index]
            bitmap = page.render(scale=scale, rev_byteorder=True, draw_annots=True)
            try:
                image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                               QImage.Format.Format_RGB888).copy()  # copy: the bitmap's memory goes away
            finally:
                bitmap.close()
                page.close()
        return image

    def close(self) -> None:
        with _PDFIUM_LOCK:
            self._doc.close()


def print_pdf(pdf: RenderedPdf, printer: QPrinter, pages: list[int] | None = None) -> int:
    """Draw *pages* (0-based; default all) on *printer*; returns how many were printed."""
    indexes = list(range(pdf.page_count)) if pages is None else [i for i in pages if 0 <= i < pdf.page_count]
    if not indexes:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("The printer could not be started.")
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for number, index in enumerate(indexes):
            if number:
                printer.newPage()
            image = pdf.render(index, dpi / POINTS_PER_INCH)
            target = painter.viewport()
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.setViewport(target.x(), target.y(), size.width(), size.height())
            painter.setWindow(image.rect())
            painter.drawImage(0, 0, image)
            painter.setViewport(target)
            painter.setWindow(0, 0, target.width(), target.height())
    finally:
        painter.end()
    return len(indexes)


class _PageView(QScrollArea):
    """Pages one under the other; renders those in view, at the chosen zoom."""

    current_page_changed = Signal(int)

    def __init__(self, pdf: RenderedPdf, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = pdf
        self.zoom = 1.0
        self.fit_width = True
        self.setWidgetResizable(False)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setBackgroundRole(self.backgroundRole())
        self.container = QWidget()
        self.container.setObjectName("pages")
        self.container.setStyleSheet("QWidget#pages { background: #808080; }")
        self.labels: list[QLabel] = []
        for index in range(pdf.page_count):
            label = QLabel(self.container)
            label.setObjectName(f"page_{index + 1}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("background: white;")
            self.labels.append(label)
        self._rendered: dict[int, float] = {}
        self.setWidget(self.container)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._schedule())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self.render_visible)
        self._layout_pages()

    def scale(self) -> float:
        """Pixels per PDF point for the current zoom."""
        if self.fit_width and self.pdf.page_count:
            widest = max(w for w, _ in self.pdf.sizes)
            room = max(200, self.viewport().width() - 2 * PAGE_GAP)
            return room / widest
        return self.zoom * SCREEN_DPI / POINTS_PER_INCH

    def set_zoom(self, zoom: float | None) -> None:
        """A factor (1.0 = actual size) or None for "fit width"."""
        page = self.current_page()
        self.fit_width = zoom is None
        if zoom is not None:
            self.zoom = zoom
        self._layout_pages()
        self.go_to(page)

    def _layout_pages(self) -> None:
        scale = self.scale()
        y = PAGE_GAP
        width = 0
        for label, (w, h) in zip(self.labels, self.pdf.sizes):
            size = QSize(round(w * scale), round(h * scale))
            label.setGeometry(PAGE_GAP, y, size.width(), size.height())
            y += size.height() + PAGE_GAP
            width = max(width, size.width())
        self.container.resize(width + 2 * PAGE_GAP, y)
        self._rendered = {i: s for i, s in self._rendered.items() if abs(s - scale) < 1e-6}
        for index, label in enumerate(self.labels):
            if index not in self._rendered:
                label.clear()
        self._schedule()

    def _schedule(self) -> None:
        self._timer.start()
        self.current_page_changed.emit(self.current_page())

    def visible_pages(self) -> list[int]:
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        return [i for i, label in enumerate(self.labels)
                if label.geometry().bottom() >= top and label.geometry().top() <= bottom]

    def render_visible(self) -> None:
        scale = self.scale()
        for index in self.visible_pages():
            if self._rendered.get(index) == scale:
                continue
            ratio = self.devicePixelRatioF()
            image = self.pdf.render(index, scale * ratio)
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            self.labels[index].setPixmap(pixmap)
            self._rendered[index] = scale

    def current_page(self) -> int:
        middle = self.verticalScrollBar().value() + self.viewport().height() // 3
        for index, label in enumerate(self.labels):
            if label.geometry().bottom() + PAGE_GAP >= middle:
                return index
        return max(0, len(self.labels) - 1)

    def go_to(self, index: int) -> None:
        if 0 <= index < len(self.labels):
            self.verticalScrollBar().setValue(self.labels[index].geometry().top() - PAGE_GAP)
            self._schedule()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().resizeEvent(event)
        if self.fit_width:
            self._layout_pages()


class PdfPreviewDialog(QDialog):
    """Pages with thumbnails and zoom; Save as… and Print… once the user is satisfied."""

    def __init__(self, parent: QWidget | None, data: bytes, title: str, suggested_name: str,
                 settings=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preview: %1").replace("%1", title))
        self.setObjectName("pdf_preview")
        self.setModal(False)
        self.settings = settings
        self.suggested_name = suggested_name
        self.pdf = RenderedPdf(data)
        self.saved_path: Path | None = None

        self.view = _PageView(self.pdf, self)
        self.thumbnails = QListWidget()
        self.thumbnails.setObjectName("thumbnails")
        self.thumbnails.setViewMode(QListWidget.ViewMode.ListMode)
        self.thumbnails.setUniformItemSizes(True)  # a thousand pages stay cheap to lay out
        self.thumbnails.setIconSize(QSize(THUMB_WIDTH, round(THUMB_WIDTH * 1.42)))
        self.thumbnails.setSpacing(4)
        self.thumbnails.setMaximumWidth(THUMB_WIDTH + 70)
        blank = QPixmap(self.thumbnails.iconSize())
        blank.fill(Qt.GlobalColor.white)
        for index in range(self.pdf.page_count):
            item = QListWidgetItem(QIcon(blank), str(index + 1))
            self.thumbnails.addItem(item)
        self.thumbnails.currentRowChanged.connect(self.view.go_to)
        self._next_thumb = 0
        self._thumb_timer = QTimer(self)
        self._thumb_timer.setInterval(15)
        self._thumb_timer.timeout.connect(self._render_thumbnails)
        self._thumb_timer.start()

        self.save_button = QPushButton(self.tr("&Save as…"))
        self.save_button.setObjectName("save_pdf")
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("print_pdf")
        self.print_button.clicked.connect(self.print_document)
        self.zoom_box = QComboBox()
        self.zoom_box.setObjectName("zoom")
        self.zoom_box.addItem(self.tr("Fit width"), None)
        for zoom in ZOOMS:
            self.zoom_box.addItem(f"{zoom:.0%}", zoom)
        self.zoom_box.currentIndexChanged.connect(lambda _i: self.view.set_zoom(self.zoom_box.currentData()))
        zoom_out, zoom_in = QToolButton(), QToolButton()
        zoom_out.setText("\u2212")
        zoom_out.setToolTip(self.tr("Zoom out"))
        zoom_in.setText("+")
        zoom_in.setToolTip(self.tr("Zoom in"))
        zoom_out.clicked.connect(lambda: self.step_zoom(-1))
        zoom_in.clicked.connect(lambda: self.step_zoom(1))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, activated=lambda: self.step_zoom(1))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, activated=lambda: self.step_zoom(-1))
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_document)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save_as)
        self.page_label = QLabel()
        self.page_label.setObjectName("page_label")
        self.view.current_page_changed.connect(self._show_page_number)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)

        bar = QHBoxLayout()
        bar.addWidget(self.save_button)
        bar.addWidget(self.print_button)
        bar.addSpacing(16)
        bar.addWidget(zoom_out)
        bar.addWidget(self.zoom_box)
        bar.addWidget(zoom_in)
        bar.addSpacing(16)
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        bar.addWidget(close)
        splitter = QSplitter()
        splitter.addWidget(self.thumbnails)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.resize(1000, 800)
        self._show_page_number(0)

    # -- viewing ----------------------------------------------------------------
    def step_zoom(self, step: int) -> None:
        current = self.zoom_box.currentData()
        if current is None:
            scale = self.view.scale() * POINTS_PER_INCH / SCREEN_DPI
            options = [i for i, z in enumerate(ZOOMS) if (z > scale if step > 0 else z < scale)]
            target = (options[0] if step > 0 else options[-1]) if options else (len(ZOOMS) - 1 if step > 0 else 0)
        else:
            target = max(0, min(len(ZOOMS) - 1, ZOOMS.index(current) + step))
        self.zoom_box.setCurrentIndex(target + 1)

    def _show_page_number(self, index: int) -> None:
        self.page_label.setText(self.tr("Page %1 of %2").replace("%1", str(index + 1))
                                .replace("%2", str(self.pdf.page_count)))

    @property
    def thumbnails_rendered(self) -> int:
        return self._next_thumb

    def _render_thumbnails(self) -> None:
        for _ in range(4):
            if self._next_thumb >= self.pdf.page_count:
                self._thumb_timer.stop()
                return
            index = self._next_thumb
            self._next_thumb += 1
            width = self.pdf.sizes[index][0] or 1
            image = self.pdf.render(index, THUMB_WIDTH / width)
            self.thumbnails.item(index).setIcon(QIcon(QPixmap.fromImage(image)))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().showEvent(event)
        QTimer.singleShot(0, self.view.render_visible)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt naming
        self._thumb_timer.stop()
        super().closeEvent(event)

    # -- saving and printing ------------------------------------------------------
    def _start_folder(self) -> str:
        """The folder a PDF was last saved to, else the user's Documents folder."""
        folder = PDF_FOLDER.get(self.settings) if self.settings is not None else ""
        if not folder or not Path(str(folder)).is_dir():
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(Path(str(folder)) / self.suggested_name) if folder else self.suggested_name

    def save_as(self) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"), self._start_folder(),
                                                    self.tr("PDF documents (*.pdf)"))
        if not path:
            return None
        return self.save_to(path)

    def save_to(self, path: str | Path) -> Path | None:
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            target.write_bytes(self.pdf.data)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("The PDF was not saved"),
                                self.tr("Cannot write %1: %2").replace("%1", str(target))
                                .replace("%2", exc.strerror or str(exc)))
            return None
        if self.settings is not None:
            PDF_FOLDER.set(self.settings, str(target.parent))
        self.saved_path = target
        return target

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.pdf.page_count)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        pages = None
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            pages = list(range(printer.fromPage() - 1, printer.toPage()))
        elif printer.printRange() == QPrinter.PrintRange.CurrentPage:
            pages = [self.view.current_page()]
        try:
            print_pdf(self.pdf, printer, pages)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Printing failed"), str(exc))


# -- building off the UI thread, then previewing -----------------------------------------

_OPEN: set[PdfPreviewDialog] = set()


def show_preview(parent: QWidget | None, data: bytes, title: str, suggested_name: str,
                 settings=None) -> PdfPreviewDialog:
    """Open a (non-modal) preview; it stays alive until the user closes it."""
    dialog = PdfPreviewDialog(parent, data, title, suggested_name, settings)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    _OPEN.add(dialog)
    dialog.destroyed.connect(lambda _obj=None, d=dialog: _OPEN.discard(d))
    dialog.show()
    return dialog


def build_and_preview(parent: QWidget | None, context, build, title: str, on_shown=None):
    """Run ``build(progress) -> (pdf bytes, BuiltDocument)`` in a worker, then preview it.

    Returns the background ``Operation``; *on_shown* receives the preview dialog.
    """
    from ..core.ops import Cancelled, run_in_background
    from ..widgets.messages import show_error

    def done(result) -> None:
        data, built = result
        dialog = show_preview(parent, data, built.title, built.suggested_name, context.settings)
        if on_shown is not None:
            on_shown(dialog)

    def failed(error: BaseException) -> None:
        if not isinstance(error, Cancelled):
            show_error(parent, error, QCoreApplication.translate("pdf_preview", "The PDF could not be made"))

    return run_in_background(parent, build, title=title, on_done=done, on_error=failed)
