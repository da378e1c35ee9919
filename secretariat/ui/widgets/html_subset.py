"""Rich text as the small HTML subset the database stores: p, b, i, u, ol, ul, li, br.

Qt's own ``toHtml()`` writes a full document with inline CSS for every paragraph;
stored minutes must stay small, searchable and printable by the PDF layer, so the
editor's document is walked block by block and written out in the subset only.
Colours, fonts, images and tables pasted from other programs are dropped; the text
is kept. Non-ASCII letters are written as themselves (not entities) so the search
column finds Turkmen and Russian words in the minutes.
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QTextBlock, QTextDocument, QTextList, QTextListFormat

ORDERED_STYLES = {
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
}
LINE_SEPARATOR = "\u2028"
OBJECT_REPLACEMENT = "\ufffc"  # an image or other object: not part of the subset


def _flags(fragment_format) -> tuple[bool, bool, bool]:
    return (fragment_format.fontWeight() >= 600, fragment_format.fontItalic(),
            fragment_format.fontUnderline())


def _escape(text: str) -> str:
    return escape(text.replace(OBJECT_REPLACEMENT, ""), quote=False).replace(LINE_SEPARATOR, "<br>")


def block_inline_html(block: QTextBlock) -> str:
    """The block's text with b/i/u around the runs that have them."""
    runs: list[tuple[tuple[bool, bool, bool], str]] = []
    for it in block:
        fragment = it.fragment()
        if not fragment.isValid():
            continue
        flags = _flags(fragment.charFormat())
        if runs and runs[-1][0] == flags:
            runs[-1] = (flags, runs[-1][1] + fragment.text())
        else:
            runs.append((flags, fragment.text()))
    out = []
    for (bold, italic, underline), text in runs:
        html = _escape(text)
        if not html:
            continue
        if underline:
            html = f"<u>{html}</u>"
        if italic:
            html = f"<i>{html}</i>"
        if bold:
            html = f"<b>{html}</b>"
        out.append(html)
    return "".join(out)


def _list_tag(text_list: QTextList) -> str:
    return "ol" if text_list.format().style() in ORDERED_STYLES else "ul"


def document_to_html(document: QTextDocument) -> str:
    """The document in the stored subset; "" for a document with no text."""
    if not document.toPlainText().strip():
        return ""
    parts: list[str] = []
    # Open lists, innermost last: (the QTextList, its indent, its tag).
    stack: list[tuple[QTextList, int, str]] = []

    def close_to(indent: int) -> None:
        while stack and stack[-1][1] > indent:
            parts.append(f"</li></{stack.pop()[2]}>")

    block = document.begin()
    while block.isValid():
        content = block_inline_html(block)
        text_list = block.textList()
        if text_list is None:
            close_to(0)
            parts.append(f"<p>{content}</p>")
        else:
            indent = max(1, text_list.format().indent())
            close_to(indent)
            if stack and stack[-1][1] == indent and stack[-1][0] != text_list:
                parts.append(f"</li></{stack.pop()[2]}>")
            if stack and stack[-1][0] == text_list:
                parts.append(f"</li><li>{content}")
            else:
                tag = _list_tag(text_list)
                stack.append((text_list, indent, tag))
                parts.append(f"<{tag}><li>{content}")
        block = block.next()
    close_to(0)
    # Blank paragraphs at the start and the end are noise; in the middle they are spacing.
    while parts and parts[0] == "<p></p>":
        parts.pop(0)
    while parts and parts[-1] == "<p></p>":
        parts.pop()
    return "".join(parts)


def clean_html(html: str) -> str:
    """Any HTML (pasted from Word, a browser, an old record) reduced to the subset."""
    document = QTextDocument()
    document.setHtml(html)
    return document_to_html(document)


def plain_text_html(text: str) -> str:
    """Plain text as subset HTML: one paragraph per line."""
    lines = text.replace("\r\n", "\n").split("\n")
    return "".join(f"<p>{escape(line, quote=False)}</p>" for line in lines) if text.strip() else ""
