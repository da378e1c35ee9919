"""Turning user text and editor HTML into safe reportlab flowables.

reportlab's Paragraph parses its text as XML-like markup, so raw user input
("<b>unclosed", "R&D", "<para>") either raises or silently changes the output.
Everything typed by a user must pass through ``escape_text`` or
``rich_to_flowables`` before it reaches a Paragraph.

Very long words (URLs, 500 characters without a space) are wrapped by
Paragraph itself: ``splitLongWords`` is on in ``make_styles``. We do not insert
U+200B, because reportlab treats it as an ordinary, visible-width space.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, ListFlowable, Paragraph

# C0/C1 controls except \t and \n, lone surrogates and non-characters:
# they either crash the font subsetter or render as garbage.
_CONTROL_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_WS_RE = re.compile(r"\s+")
_BLOCK_TAG_RE = re.compile(r"<\s*/?\s*(?:p|br|div|li|ul|ol|h[1-6]|table|tr|blockquote)\b", re.I)

_INLINE_TAGS = {"b": "b", "strong": "b", "i": "i", "em": "i", "u": "u", "ins": "u"}
_BLOCK_TAGS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
               "table", "tr", "td", "th", "section", "article", "hr"}
_SKIPPED_CONTENT = {"script", "style", "head", "title", "template"}
_MAX_LIST_DEPTH = 3  # deeper lists are flattened so the indent never eats the page
_BULLETS = ("\u2022", "\u25e6", "\u2013")  # •, ◦, –  (all present in DejaVu Sans)
_NUMBERING = ("1", "a", "i")


def clean_text(s: object) -> str:
    """Normalise line endings and drop characters that must never reach a PDF."""
    text = "" if s is None else str(s)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL_RE.sub("", text)


def _escape_xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def escape_text(s: object) -> str:
    """Make arbitrary user text safe for Paragraph markup, keeping line breaks."""
    return _escape_xml(clean_text(s)).replace("\n", "<br/>")


def safe_paragraph(markup: str, style: ParagraphStyle) -> Paragraph:
    """Build a Paragraph, falling back to plain text if the markup is rejected."""
    try:
        return Paragraph(markup, style)
    except ValueError:
        plain = re.sub(r"<[^>]*>", "", markup)
        return Paragraph(_escape_xml(plain), style)


#: Longer runs without a space are laid out as several paragraphs of this many characters.
GIANT_WORD = 1500
_GIANT_RE = re.compile(r"[^\s<>]{%d,}" % GIANT_WORD)


def _entity_safe(markup: str, cut: int) -> int:
    """Move *cut* back so it does not fall inside an entity such as ``&amp;``."""
    amp = markup.rfind("&", max(cut - 10, 0), cut)
    if amp != -1 and markup.find(";", amp, cut) == -1:
        return amp
    return cut


def safe_paragraphs(markup: str, style: ParagraphStyle) -> list[Paragraph]:
    """``safe_paragraph``, but a giant word (a pasted hash, a run of letters) costs linear time.

    reportlab re-breaks the rest of a paragraph at every page it spans, cutting long
    words glyph by glyph each time: one word of 100,000 characters took seconds, growing
    with its square. Cut into pieces, each is broken once and the pages follow each other.
    """
    if len(markup) < GIANT_WORD or not _GIANT_RE.search(markup):
        return [safe_paragraph(markup, style)]
    pieces: list[str] = []
    start = 0
    for match in _GIANT_RE.finditer(markup):
        cut = match.start() + GIANT_WORD
        while cut < match.end():
            cut = _entity_safe(markup, cut)
            if cut <= start:
                cut = start + GIANT_WORD
            pieces.append(markup[start:cut])
            start = cut
            cut += GIANT_WORD
    pieces.append(markup[start:])
    pieces = [piece for piece in pieces if piece]
    middle = ParagraphStyle(f"{style.name}-cont", parent=style, spaceBefore=0, spaceAfter=0, firstLineIndent=0)
    first = ParagraphStyle(f"{style.name}-first", parent=style, spaceAfter=0)
    last = ParagraphStyle(f"{style.name}-last", parent=style, spaceBefore=0, firstLineIndent=0)
    styles = [first] + [middle] * (len(pieces) - 2) + [last] if len(pieces) > 1 else [style]
    return [safe_paragraph(piece, piece_style) for piece, piece_style in zip(pieces, styles)]


@dataclass
class _OpenList:
    ordered: bool
    depth: int
    start: int = 1
    items: list[list[Flowable]] = field(default_factory=list)
    current: list[Flowable] | None = None

    def close_item(self) -> None:
        if self.current:
            self.items.append(self.current)
        self.current = None


class _RichTextParser(HTMLParser):
    """Tolerant converter: it never raises, unknown tags vanish, text stays."""

    def __init__(self, style: ParagraphStyle, newlines_break: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.style = style
        self.newlines_break = newlines_break
        self.root: list[Flowable] = []
        self.lists: list[_OpenList] = []
        self.flattened_lists = 0
        self.buffer: list[str] = []
        self.buffer_has_text = False
        self.formats = {"b": 0, "i": 0, "u": 0}
        self.span_formats: list[tuple[str, ...]] = []
        self.skip_depth = 0

    # -- output ---------------------------------------------------------
    def _target(self) -> list[Flowable]:
        if not self.lists:
            return self.root
        current = self.lists[-1]
        if current.current is None:
            current.current = []
        return current.current

    def _flush(self) -> None:
        if self.buffer_has_text:
            self._target().extend(safe_paragraphs("".join(self.buffer), self.style))
        self.buffer.clear()
        self.buffer_has_text = False

    def _add_text(self, text: str) -> None:
        if not text.strip() and not self.buffer_has_text:
            return  # whitespace between blocks must not create empty items
        markup = _escape_xml(text)
        for tag in ("b", "i", "u"):
            if self.formats[tag] > 0:
                markup = f"<{tag}>{markup}</{tag}>"
        self.buffer.append(markup)
        self.buffer_has_text = self.buffer_has_text or bool(text.strip())

    def _open_list(self, ordered: bool, attrs: list[tuple[str, str | None]]) -> None:
        self._flush()
        if len(self.lists) >= _MAX_LIST_DEPTH:
            self.flattened_lists += 1
            return
        start = 1
        value = dict(attrs).get("start") or ""
        if value.strip().isdigit() and len(value.strip()) < 7:
            start = max(1, int(value))
        if self.lists:
            self._target()  # a list inside <ul> without <li> gets an implicit item
        self.lists.append(_OpenList(ordered=ordered, depth=len(self.lists), start=start))

    def _close_list(self) -> None:
        self._flush()
        if self.flattened_lists:
            self.flattened_lists -= 1
            return
        if not self.lists:
            return
        open_list = self.lists.pop()
        open_list.close_item()
        if open_list.items:
            self._target().append(_make_list(open_list, self.style))

    # -- HTMLParser callbacks --------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_CONTENT:
            self.skip_depth += 1
        if self.skip_depth:
            return
        if tag in _INLINE_TAGS:
            self.formats[_INLINE_TAGS[tag]] += 1
        elif tag == "span":
            added = _span_formats(dict(attrs).get("style") or "")
            for name in added:
                self.formats[name] += 1
            self.span_formats.append(added)
        elif tag == "br":
            if self.buffer_has_text:
                self.buffer.append("<br/>")
        elif tag in ("ul", "ol"):
            self._open_list(tag == "ol", attrs)
        elif tag == "li":
            self._flush()
            if not self.lists:
                self.lists.append(_OpenList(ordered=False, depth=0))
            self.lists[-1].close_item()
            self.lists[-1].current = []
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_CONTENT:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if self.skip_depth:
            return
        if tag in _INLINE_TAGS:
            name = _INLINE_TAGS[tag]
            self.formats[name] = max(0, self.formats[name] - 1)
        elif tag == "span":
            for name in self.span_formats.pop() if self.span_formats else ():
                self.formats[name] = max(0, self.formats[name] - 1)
        elif tag in ("ul", "ol"):
            self._close_list()
        elif tag == "li":
            self._flush()
            if self.lists:
                self.lists[-1].close_item()
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        if not self.newlines_break:
            self._add_text(_WS_RE.sub(" ", data))
            return
        for index, line in enumerate(data.split("\n")):
            if index:
                self._flush()  # plain text: every line is its own paragraph
            self._add_text(line)

    def finish(self) -> list[Flowable]:
        self.close()
        self._flush()
        while self.lists:
            self._close_list()
        return self.root


def _span_formats(css: str) -> tuple[str, ...]:
    """Read the bold/italic/underline that Qt's rich-text editor writes as CSS."""
    css = css.lower().replace(" ", "")
    found = []
    if re.search(r"font-weight:(bold|[6-9]00)", css):
        found.append("b")
    if "font-style:italic" in css or "font-style:oblique" in css:
        found.append("i")
    if "text-decoration:underline" in css:
        found.append("u")
    return tuple(found)


def _make_list(open_list: _OpenList, style: ParagraphStyle) -> ListFlowable:
    level = open_list.depth % 3
    common = dict(
        bulletFontName=style.fontName,
        bulletFontSize=style.fontSize,
        leftIndent=style.fontSize * 1.8,
        spaceAfter=style.spaceAfter,
    )
    if open_list.ordered:
        return ListFlowable(open_list.items, bulletType=_NUMBERING[level],
                            start=open_list.start, bulletFormat="%s.", **common)
    return ListFlowable(open_list.items, bulletType="bullet", start=_BULLETS[level], **common)


def rich_to_flowables(html: str | None, style: ParagraphStyle) -> list[Flowable]:
    """Convert the minutes editor's HTML subset (or plain text) to flowables.

    One Paragraph per paragraph, so a 50-page agenda item can break between
    pages cheaply. Text without block tags is treated as plain text where
    every line is a paragraph (as in Qt's plain-text mode).
    """
    source = clean_text(html)
    parser = _RichTextParser(style, newlines_break=not _BLOCK_TAG_RE.search(source))
    try:
        parser.feed(source)
        return parser.finish()
    except Exception:  # noqa: BLE001 - html.parser may choke on odd input; never fail a report
        return [paragraph for line in source.split("\n") if line.strip()
                for paragraph in safe_paragraphs(escape_text(line), style)]
