"""Page layout shared by all official PDFs: margins, header, footer, watermark."""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape as landscape_size
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Spacer
from reportlab.platypus.flowables import _Container, _listWrapOn

from secretariat.db.atomic import atomic_write
from secretariat.io.pdf.fonts import register_fonts
from secretariat.io.pdf.markup import clean_text

PageLabel = Callable[[int, int], str]

# Margins close to the usual office standard (wide binding edge on the left).
MARGIN_LEFT = 25 * mm
MARGIN_RIGHT = 15 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = A4[0] - MARGIN_LEFT - MARGIN_RIGHT  # frame width, portrait
LANDSCAPE_CONTENT_WIDTH = A4[1] - MARGIN_LEFT - MARGIN_RIGHT
HEADER_FONT_SIZE = 8
FOOTER_FONT_SIZE = 8
RULE_COLOR = colors.Color(0.55, 0.55, 0.55)
MUTED_TEXT = colors.Color(0.35, 0.35, 0.35)
WATERMARK_COLOR = colors.Color(0.86, 0.86, 0.86)


def make_styles(family: str | None = None) -> dict[str, ParagraphStyle]:
    """Paragraph styles for official documents, all in the embedded DejaVu family."""
    family = family or register_fonts()
    bold = f"{family}-Bold"
    base = ParagraphStyle("body", fontName=family, fontSize=11, leading=14.5,
                          alignment=TA_JUSTIFY, spaceAfter=5, splitLongWords=1,
                          bulletFontName=family, allowWidows=0, allowOrphans=0)

    def derive(name: str, **overrides: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **overrides)

    return {
        "title": derive("title", fontName=bold, fontSize=16, leading=20, alignment=TA_CENTER,
                        spaceAfter=6, keepWithNext=1),
        "subtitle": derive("subtitle", fontSize=12, leading=15, alignment=TA_CENTER,
                           spaceAfter=12, textColor=MUTED_TEXT, keepWithNext=1),
        "heading1": derive("heading1", fontName=bold, fontSize=13, leading=16.5, alignment=TA_LEFT,
                           spaceBefore=12, spaceAfter=6, keepWithNext=1),
        "heading2": derive("heading2", fontName=bold, fontSize=11.5, leading=14.5, alignment=TA_LEFT,
                           spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "body": base,
        "small": derive("small", fontSize=8.5, leading=10.5, alignment=TA_LEFT, spaceAfter=3),
        "table_cell": derive("table_cell", fontSize=9, leading=11, alignment=TA_LEFT, spaceAfter=0),
        "table_header": derive("table_header", fontName=bold, fontSize=9, leading=11,
                               alignment=TA_LEFT, spaceAfter=0),
        "signature": derive("signature", alignment=TA_LEFT, spaceBefore=24, spaceAfter=2,
                            keepWithNext=0),
    }


class EndsWith(_Container, Flowable):
    """*body* followed by *tail*, the tail never alone at the top of a page.

    Like ``KeepTogether`` but for a body that may be long: when body and tail do not
    both fit, the body is split so that its last part (a line, a table row) moves on
    with the tail, instead of the whole body jumping to a new page.
    """

    def __init__(self, body: Flowable, tail: Sequence[Flowable]) -> None:
        super().__init__()
        self.body = body
        self.tail = list(tail)
        self._content = [body, *self.tail]

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab API
        return self.body.getSpaceBefore()

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab API
        return self._content[-1].getSpaceAfter()

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = _listWrapOn(self._content, avail_width, self.canv)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        at_top = bool(getattr(frame, "_atTop", False))
        if self.wrap(avail_width, avail_height)[1] <= avail_height:
            return list(self._content)
        body_height = self.body.wrap(avail_width, avail_height)[1]
        parts = self.body.split(avail_width, min(avail_height, body_height - 1))
        if len(parts) >= 2:
            return [*parts[:-1], EndsWith(parts[-1], self.tail)]
        return list(self._content) if at_top else []  # the body cannot be cut: both start the next page


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten a one-line header/footer so it never runs into the page number or edge."""
    text = " ".join(clean_text(text).split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "\u2026", font, size) > width:
        text = text[:-max(1, len(text) // 20)]
    return text + "\u2026"


def _draw_watermark(canvas: Canvas, word: str, font: str) -> None:
    """Large diagonal word, drawn before the flowables so it stays behind them."""
    page_w, page_h = canvas._pagesize
    angle = math.degrees(math.atan2(page_h, page_w))
    diagonal = math.hypot(page_w, page_h)
    size = min(140.0, 0.6 * diagonal / max(stringWidth(word, font, 1), 1e-6))
    canvas.saveState()
    canvas.setFillColor(WATERMARK_COLOR)
    canvas.setFont(font, size)
    canvas.translate(page_w / 2, page_h / 2)
    canvas.rotate(angle)
    canvas.drawCentredString(0, -size / 3, word)
    canvas.restoreState()


def _page_decorator(family: str, header_text: str, watermark: str | None
                    ) -> Callable[[Canvas, BaseDocTemplate], None]:
    """onPage callback: watermark and header (things that do not need the page total)."""
    word = " ".join(clean_text(watermark or "").split())

    def decorate(canvas: Canvas, doc: BaseDocTemplate) -> None:
        if word:
            _draw_watermark(canvas, word, f"{family}-Bold")
        if header_text:
            page_w, page_h = canvas._pagesize
            y = page_h - MARGIN_TOP + 5 * mm
            width = page_w - MARGIN_LEFT - MARGIN_RIGHT
            canvas.saveState()
            canvas.setFont(family, HEADER_FONT_SIZE)
            canvas.setFillColor(MUTED_TEXT)
            canvas.drawString(MARGIN_LEFT, y + 1.5 * mm,
                              _fit(header_text, family, HEADER_FONT_SIZE, width))
            canvas.setStrokeColor(RULE_COLOR)
            canvas.setLineWidth(0.5)
            canvas.line(MARGIN_LEFT, y, page_w - MARGIN_RIGHT, y)
            canvas.restoreState()

    return decorate


def _numbered_canvas(family: str, footer_text: str, page_label: PageLabel,
                     pages: list[int]) -> type[Canvas]:
    """Canvas class that holds pages back until save() so the footer can say "of Y"."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab API
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                self._draw_footer(number, total)
                super().showPage()
            pages.append(total)
            super().save()

        def _draw_footer(self, number: int, total: int) -> None:
            page_w, _ = self._pagesize
            y = MARGIN_BOTTOM - 8 * mm
            label = clean_text(page_label(number, total))
            label_w = stringWidth(label, family, FOOTER_FONT_SIZE)
            self.saveState()
            self.setStrokeColor(RULE_COLOR)
            self.setLineWidth(0.5)
            self.line(MARGIN_LEFT, y + 4 * mm, page_w - MARGIN_RIGHT, y + 4 * mm)
            self.setFont(family, FOOTER_FONT_SIZE)
            self.setFillColor(MUTED_TEXT)
            if footer_text:
                room = page_w - MARGIN_LEFT - MARGIN_RIGHT - label_w - 6 * mm
                self.drawString(MARGIN_LEFT, y, _fit(footer_text, family, FOOTER_FONT_SIZE, room))
            self.drawRightString(page_w - MARGIN_RIGHT, y, label)
            self.restoreState()

    return NumberedCanvas


class _PathName(str):
    """The temporary file ``build_pdf`` writes to (not re-wrapped in ``atomic_write``)."""


def build_pdf(
    path_or_buffer: str | os.PathLike[str] | BinaryIO,
    story: Sequence[Flowable],
    *,
    title: str,
    header_text: str = "",
    footer_text: str = "",
    watermark: str | None = None,
    page_label: PageLabel = lambda n, total: f"Page {n} of {total}",
    landscape: bool = False,
    author: str = "",
    language: str = "en",
) -> int:
    """Lay out ``story`` on A4 with header, "page X of Y" footer and optional watermark.

    Returns the number of pages written. Flowables keep layout state, so build
    a fresh story for every call instead of reusing one.
    """
    if isinstance(path_or_buffer, (str, os.PathLike)) and not isinstance(path_or_buffer, _PathName):
        # A file is written beside the target and renamed when whole (db.atomic).
        with atomic_write(Path(path_or_buffer)) as temporary:
            return build_pdf(_PathName(temporary), story, title=title, header_text=header_text,
                             footer_text=footer_text, watermark=watermark, page_label=page_label,
                             landscape=landscape, author=author, language=language)
    family = register_fonts()
    pagesize = landscape_size(A4) if landscape else A4
    target = str(path_or_buffer) if isinstance(path_or_buffer, _PathName) else path_or_buffer
    doc = BaseDocTemplate(
        target,
        pagesize=pagesize,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=clean_text(title),
        author=clean_text(author),
        creator="Secretariat",
        lang=language or None,
        displayDocTitle=True,
        initialFontName=family,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame],
                                       onPage=_page_decorator(family, header_text, watermark))])
    pages: list[int] = []
    flowables = list(story) or [Spacer(1, 1)]  # an empty story still yields one valid page
    doc.build(flowables, canvasmaker=_numbered_canvas(family, footer_text, page_label, pages))
    return pages[-1]
