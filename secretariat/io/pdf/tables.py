"""Data tables and simple charts for reports."""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from secretariat.io.pdf.document import CONTENT_WIDTH
from secretariat.io.pdf.fonts import register_fonts
from secretariat.io.pdf.markup import clean_text, escape_text

CELL_PAD_X = 4.0
CELL_PAD_Y = 3.0
# Taller cells become continuation rows. Rows cannot break across pages, so a
# small value wastes less paper at page ends; the cut lands on a line end, so
# the continuation is seamless.
MAX_ROW_HEIGHT = 150.0

# Words up to this long in a narrow column (dates, statuses, "ежеквартально") get a
# column wide enough to hold them whole; longer ones (a pasted URL) may still break.
LONGEST_WHOLE_WORD = 24
NARROW_COLUMN = 0.25  # share of the table width below which a column's cells are measured
MIN_HEADER_FONT_SIZE = 6.5

# Backgrounds are slightly translucent so a DRAFT watermark still shows through.
HEADER_BG = colors.Color(0.84, 0.87, 0.91, alpha=0.85)
STRIPE_BG = colors.Color(0.93, 0.94, 0.96, alpha=0.7)
GRID = colors.Color(0.6, 0.6, 0.6)
HEADER_RULE = colors.Color(0.3, 0.3, 0.3)
PALETTE = [colors.HexColor(c) for c in (
    "#3b5b82", "#c0843d", "#5b8c5a", "#a14a4a", "#7a6a9a", "#4a8c94", "#9a8a4a", "#7f7f7f")]

Token = tuple[str, str]  # (joiner placed before the token, token text)


def _paragraph_height(text: str, style: ParagraphStyle, width: float) -> float:
    return Paragraph(escape_text(text), style).wrap(width, 1e9)[1]


def _surely_fits(text: str, style: ParagraphStyle, width: float, max_height: float) -> bool:
    """A cheap upper bound on the wrapped height, so ordinary cells skip a trial wrap.

    Two bounds on the lines a paragraph of total width W takes: every line holds at
    least one word and a word wider than the column takes 1 + w/width lines, so at most
    words + W/width; and when no word is wider than a third of the width, greedy
    wrapping fills every line but the last beyond half the width, so at most
    1 + 2W/width. Anything that fails both is measured exactly.
    """
    if not text:
        return True
    max_lines = max_height / style.leading - 1  # one line of slack for rounding
    words = text.split()
    paragraphs = text.count("\n") + 1
    if len(words) + paragraphs > 2 * max_lines:
        return False  # a long text: measure it
    total = stringWidth(text, style.fontName, style.fontSize) / width
    if paragraphs + len(words) + total <= max_lines:
        return True
    face = getattr(pdfmetrics.getFont(style.fontName), "face", None)
    glyphs = getattr(face, "charWidths", None)
    if not glyphs or not words:
        return False
    default = getattr(face, "defaultWidth", 1000)
    widest_glyph = max(glyphs.get(ord(c), default) for c in set(text)) * style.fontSize / 1000
    if max(map(len, words)) * widest_glyph > width / 3:
        return False  # a long word: leave it to the exact measurement
    return paragraphs + 2 * total <= max_lines


def _tokens(text: str, piece: int) -> list[Token]:
    """Words and line breaks; giant words are cut so they can start a new row."""
    tokens: list[Token] = []
    for line_no, line in enumerate(text.split("\n")):
        if line_no:
            tokens.append(("", "\n"))
        for word_no, word in enumerate(line.split()):
            joiner = " " if word_no else ""
            for start in range(0, len(word), piece):
                tokens.append((joiner if start == 0 else "", word[start:start + piece]))
    return tokens


def _join(tokens: Sequence[Token]) -> str:
    return "".join(joiner + token for joiner, token in tokens).strip()


def _fitting_chunks(tokens: list[Token], style: ParagraphStyle, width: float,
                    max_height: float) -> list[str]:
    """Halve a chunk until Paragraph.wrap confirms it fits; estimates can be off."""
    text = _join(tokens)
    unsplittable = len(tokens) <= 1 and len(text) <= 1
    if unsplittable or _paragraph_height(text, style, width) <= max_height:
        return [text]
    if len(tokens) == 1:
        joiner, word = tokens[0]
        half = len(word) // 2
        tokens = [(joiner, word[:half]), ("", word[half:])]
    middle = len(tokens) // 2
    return (_fitting_chunks(tokens[:middle], style, width, max_height)
            + _fitting_chunks(tokens[middle:], style, width, max_height))


def split_cell_text(text: str, style: ParagraphStyle, width: float,
                    max_height: float = MAX_ROW_HEIGHT) -> list[str]:
    """Cut text that would make a row taller than a page into row-sized pieces.

    reportlab cannot split a table row across pages (it raises LayoutError),
    so a 20,000-word cell becomes several continuation rows instead.
    Pieces are cut where a simulated greedy wrap ends a line (so the text reads
    on without a gap) and each is checked with a real Paragraph.wrap.
    """
    text = clean_text(text)
    if _surely_fits(text, style, width, max_height) or _paragraph_height(text, style, width) <= max_height:
        return [text]
    lines_per_chunk = max(1, int(max_height / style.leading) - 2)  # margin for estimate error
    piece = max(8, int(width / style.fontSize))  # giant words move on in small pieces
    space = stringWidth(" ", style.fontName, style.fontSize)

    def advance(lines: int, line_width: float, joiner: str, token: str) -> tuple[int, float]:
        """Greedy line wrapping, simulated: cheap enough for 20,000 words."""
        if token == "\n":
            return lines + 1, 0.0
        word = stringWidth(token, style.fontName, style.fontSize)
        if joiner and line_width:  # a word boundary: wrap before the word or add a space
            if line_width + space + word > width:
                lines, line_width = lines + 1, 0.0
            else:
                line_width += space
        line_width += word
        while line_width > width:  # splitLongWords cuts at glyphs, wasting some width
            lines, line_width = lines + 1, line_width - 0.9 * width
        return lines, line_width

    chunks: list[str] = []
    current: list[Token] = []
    lines, line_width = 1, 0.0
    for joiner, token in _tokens(text, piece):
        lines, line_width = advance(lines, line_width, joiner, token)
        if current and lines > lines_per_chunk:
            chunks.extend(_fitting_chunks(current, style, width, max_height))
            current, joiner = [], ""
            if token == "\n":  # the new row already starts a new line
                lines, line_width = 1, 0.0
                continue
            lines, line_width = advance(1, 0.0, joiner, token)
        current.append((joiner, token))
    if current:
        chunks.extend(_fitting_chunks(current, style, width, max_height))
    return [chunk for chunk in chunks if chunk.strip()] or [""]


def _widest_word(texts: Sequence[str], font: str, size: float, longest: int | None = None) -> float:
    """The width of the widest word (of at most *longest* letters) in *texts*."""
    words = {word for text in texts for word in clean_text(text).split()
             if longest is None or len(word) <= longest}
    return max((stringWidth(word, font, size) for word in words), default=0.0)


def _header_style(headers: Sequence[str], total: float, style: ParagraphStyle) -> ParagraphStyle:
    """The header style, its words never cut, its font smaller only if the words cannot fit at all."""
    size = style.fontSize
    while size > MIN_HEADER_FONT_SIZE and sum(
            _widest_word([h], style.fontName, size) + 2 * CELL_PAD_X + 1 for h in headers) > total:
        size -= 0.5
    return ParagraphStyle(f"{style.name}_whole", parent=style, fontSize=size,
                          leading=style.leading * size / style.fontSize, splitLongWords=0)


def fit_column_widths(headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float],
                      styles: dict[str, ParagraphStyle]) -> list[float]:
    """Widen columns whose header word (or short cell word) would be cut, taking room from the others.

    A header wraps only at spaces: "Completed" must not come out as "Complete d". Narrow
    columns also hold their short words whole ("ежеквартально"). The table keeps its width;
    the room comes from columns with slack, in proportion to it.
    """
    total = sum(widths)
    header = _header_style(headers, total, styles["table_header"])
    cell = styles["table_cell"]
    need = []
    for index, (title, width) in enumerate(zip(headers, widths)):
        word = _widest_word([title], header.fontName, header.fontSize)
        if width < NARROW_COLUMN * total:
            column = [row[index] for row in rows if index < len(row)]
            word = max(word, _widest_word(column, cell.fontName, cell.fontSize, LONGEST_WHOLE_WORD))
        need.append(word + 2 * CELL_PAD_X + 1)  # a point of slack for rounding in wrap
    result = [max(w, n) for w, n in zip(widths, need)]
    deficit = sum(result) - total
    if deficit <= 0:
        return list(widths)
    slack = [max(0.0, w - n) for w, n in zip(widths, need)]
    room = sum(slack)
    if room <= 0:
        return list(widths)  # nothing to take from: the header font got smaller instead
    take = min(1.0, deficit / room)
    return [r - s * take for r, s in zip(result, slack)]


def data_table(
    headers: list[str],
    rows: list[list[str]],
    col_widths: list[float] | None,
    styles: dict[str, ParagraphStyle],
    *,
    available_width: float = CONTENT_WIDTH,
    max_row_height: float = MAX_ROW_HEIGHT,
    numeric: Sequence[int] = (),
    totals: Sequence[str] | None = None,
) -> Table:
    """A striped table of wrapped, escaped text whose header repeats on every page.

    *numeric* columns are right-aligned; *totals*, if given, is a last row in bold
    under a rule. Column widths grow where a header word would otherwise be cut.
    """
    columns = len(headers)
    if not columns:
        raise ValueError("a table needs at least one column")
    widths = list(col_widths) if col_widths else [available_width / max(columns, 1)] * columns
    if len(widths) != columns:
        raise ValueError(f"{len(widths)} column widths for {columns} columns")
    body = [list(row) for row in rows] + ([list(totals)] if totals is not None else [])
    widths = fit_column_widths(headers, body, widths, styles)
    cell_style = styles["table_cell"]
    header_style = _header_style(headers, sum(widths), styles["table_header"])
    right = set(numeric)
    cell_right = ParagraphStyle(f"{cell_style.name}_right", parent=cell_style, alignment=TA_RIGHT)
    header_right = ParagraphStyle(f"{header_style.name}_right", parent=header_style, alignment=TA_RIGHT)
    total_style = ParagraphStyle(f"{cell_style.name}_total", parent=cell_style, fontName=header_style.fontName)
    total_right = ParagraphStyle(f"{total_style.name}_right", parent=total_style, alignment=TA_RIGHT)
    inner = [max(w - 2 * CELL_PAD_X, 10.0) for w in widths]
    row_room = max_row_height - 2 * CELL_PAD_Y

    data: list[list[Paragraph]] = [[Paragraph(escape_text(h), header_right if i in right else header_style)
                                    for i, h in enumerate(headers)]]
    commands: list[tuple] = [
        ("FONT", (0, 0), (-1, -1), cell_style.fontName, cell_style.fontSize),  # no stray Helvetica
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), CELL_PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), CELL_PAD_Y),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, HEADER_RULE),
        ("BOX", (0, 0), (-1, -1), 0.5, GRID),
        ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), 0.5, GRID),  # close the box at page ends
        ("LINEAFTER", (0, 0), (-2, -1), 0.25, GRID),
    ]
    for index, row in enumerate(body):
        if len(row) > columns:
            raise ValueError(f"row {index} has {len(row)} cells for {columns} columns")
        is_total = totals is not None and index == len(body) - 1
        plain, aligned = (total_style, total_right) if is_total else (cell_style, cell_right)
        cells = [clean_text(value) for value in row] + [""] * (columns - len(row))
        pieces = [split_cell_text(text, cell_style, width, row_room) for text, width in zip(cells, inner)]
        first = len(data)
        for part in range(max(len(p) for p in pieces)):
            data.append([Paragraph(escape_text(p[part]) if part < len(p) else "",
                                   aligned if column in right else plain)
                         for column, p in enumerate(pieces)])
        last = len(data) - 1
        if last > first:  # continuation rows: no padding between pieces, text reads on
            commands.append(("BOTTOMPADDING", (0, first), (-1, last - 1), 0))
            commands.append(("TOPPADDING", (0, first + 1), (-1, last), 0))
        commands.append(("LINEBELOW", (0, last), (-1, last), 0.25, GRID))
        if is_total:
            commands.append(("LINEABOVE", (0, first), (-1, first), 0.8, HEADER_RULE))
        elif index % 2:
            commands.append(("BACKGROUND", (0, first), (-1, last), STRIPE_BG))
    return Table(data, colWidths=widths, repeatRows=1, style=TableStyle(commands), hAlign="LEFT")


def _short(label: object, limit: int = 28) -> str:
    text = " ".join(clean_text(label).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _number(value: float) -> str:
    """No thousands separator: comma (en) and space (ru/tk) conventions differ."""
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def _chart_canvas(title: str, width: float, height: float) -> tuple[Drawing, str]:
    family = register_fonts()
    drawing = Drawing(width, height, initialFontName=family)  # else Helvetica, not embedded
    drawing.add(String(width / 2, height - 14, _short(title, 90), fontName=f"{family}-Bold",
                       fontSize=11, textAnchor="middle"))
    return drawing, family


def _no_data(drawing: Drawing, family: str, text: str) -> Drawing:
    drawing.add(String(drawing.width / 2, drawing.height / 2, text, fontName=family,
                       fontSize=10, fillColor=colors.grey, textAnchor="middle"))
    return drawing


def worth_a_chart(values: Sequence[float]) -> bool:
    """A chart says something only with two or more non-zero values: one bar or a 100 % pie does not."""
    return sum(1 for value in values if value) >= 2


def count_step(top: float, ticks: int = 6) -> int:
    """A whole-number axis step (1, 2, 5, 10, 20, 50...) giving at most *ticks* steps up to *top*."""
    magnitude = 1
    while True:
        for step in (magnitude, 2 * magnitude, 5 * magnitude):
            if top / step <= ticks:
                return step
        magnitude *= 10


def _count_axis(axis: object, values: Sequence[float]) -> None:
    """Counts get whole-number ticks: no "0.5 measures" on the axis."""
    if not all(float(v).is_integer() for v in values):
        return
    top = max(max(values), 1)
    step = count_step(top)
    axis.valueMin = 0
    axis.valueStep = step
    axis.valueMax = step * math.ceil(top / step)
    axis.labelTextFormat = "%d"


LABEL_LIMIT = 22  # letters of a category label under a vertical bar
LONG_LABEL_LIMIT = 64  # letters of a category label beside a horizontal bar


def bar_chart(title: str, labels: Sequence[str], values: Sequence[float],
              width: float = 440, height: float = 240, *, empty_text: str = "No data") -> Drawing:
    """Bar chart; labels are drawn in DejaVu so Cyrillic/Turkmen render.

    Labels that would be cut under vertical bars (themes, full names) get horizontal
    bars instead, with the labels written out beside them.
    """
    names = [" ".join(clean_text(label).split()) for label in labels][: len(values)]
    names += [""] * (len(values) - len(names))
    if values and max(len(n) for n in names) > LABEL_LIMIT:
        return _horizontal_bar_chart(title, names, values, width, empty_text)
    drawing, family = _chart_canvas(title, width, height)
    if not values:
        return _no_data(drawing, family, empty_text)
    names = [_short(name, LABEL_LIMIT) for name in names]
    tilt = len(values) > 6 or max(len(n) for n in names) > 10
    chart = VerticalBarChart()
    chart.x, chart.y = 45, 70 if tilt else 35
    chart.width, chart.height = width - chart.x - 15, height - chart.y - 42  # room for title
    chart.data = [[float(v) for v in values]]
    _style_bars(chart, family)
    chart.categoryAxis.categoryNames = names
    if tilt:
        chart.categoryAxis.labels.angle = 35
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.valueMin = min(0.0, *chart.data[0])
    if max(chart.data[0]) <= 0:
        chart.valueAxis.valueMax = 1.0  # an all-zero series still gets a sane axis
    _count_axis(chart.valueAxis, values)
    drawing.add(chart)
    return drawing


def _style_bars(chart: VerticalBarChart | HorizontalBarChart, family: str) -> None:
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars.strokeColor = None
    chart.categoryAxis.labels.fontName = family
    chart.categoryAxis.labels.fontSize = 7
    chart.valueAxis.labels.fontName = family
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.barLabels.fontName = family
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    chart.barLabelFormat = _number


def _horizontal_bar_chart(title: str, names: Sequence[str], values: Sequence[float], width: float,
                          empty_text: str) -> Drawing:
    """One bar per line, the label in full (up to a long limit) to its left, first value on top."""
    bar_room = 13
    height = 50 + bar_room * len(values)
    drawing, family = _chart_canvas(title, width, height)
    names = [_short(name, LONG_LABEL_LIMIT) for name in names]
    label_width = min(width * 0.5, max(stringWidth(n, family, 7) for n in names) + 8)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width + 4, 22
    chart.width, chart.height = width - chart.x - 25, height - chart.y - 28
    chart.data = [[float(v) for v in reversed(values)]]  # drawn bottom-up: keep the list order
    _style_bars(chart, family)
    chart.categoryAxis.categoryNames = list(reversed(names))
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.nudge = 4
    chart.valueAxis.valueMin = 0
    if max(values) <= 0:
        chart.valueAxis.valueMax = 1.0
    _count_axis(chart.valueAxis, values)
    drawing.add(chart)
    return drawing


def pie_chart(title: str, labels: Sequence[str], values: Sequence[float],
              width: float = 440, height: float = 240, *, empty_text: str = "No data") -> Drawing:
    """Pie with a legend (label, value, share) instead of cramped slice labels."""
    drawing, family = _chart_canvas(title, width, height)
    pairs = [(_short(label, 34), float(value)) for label, value in zip(labels, values) if value > 0]
    if not pairs:
        return _no_data(drawing, family, empty_text)
    total = sum(value for _, value in pairs)
    size = min(height - 50, width * 0.4)
    pie = Pie()
    pie.x, pie.y = 15, (height - 20 - size) / 2
    pie.width = pie.height = size
    pie.data = [value for _, value in pairs]
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.75
    for index in range(len(pairs)):
        pie.slices[index].fillColor = PALETTE[index % len(PALETTE)]
    legend = Legend()
    legend.x, legend.y = pie.x + size + 20, height - 35
    legend.alignment = "right"
    legend.fontName = family
    legend.fontSize = 8
    legend.dy = legend.dx = 7
    legend.deltay = 11
    legend.columnMaximum = max(1, int((height - 45) // 11))
    legend.colorNamePairs = [
        (PALETTE[i % len(PALETTE)], f"{label} \u2014 {_number(value)} ({value / total:.0%})")
        for i, (label, value) in enumerate(pairs)
    ]
    drawing.add(pie)
    drawing.add(legend)
    return drawing
