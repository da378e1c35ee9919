"""A comfortable editor for long minutes: paragraphs, bold, italic, underline, lists.

What it stores is the HTML subset of ``html_subset`` (p, b, i, u, ol, ul, li, br):
pasted text keeps its bold, italics and lists and loses everything else, so what
the secretary sees is what gets saved and printed.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QTextCharFormat, QTextCursor, QTextListFormat
from PySide6.QtWidgets import QTextEdit, QToolBar, QVBoxLayout, QWidget

from .html_subset import ORDERED_STYLES, clean_html, document_to_html

DOCUMENT_STYLE = "p, li { margin-top: 0px; margin-bottom: 6px; }"


class MinutesTextEdit(QTextEdit):
    """A QTextEdit whose paste brings only the stored subset of formatting."""

    focus_lost = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(False)
        self.document().setDefaultStyleSheet(DOCUMENT_STYLE)

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt naming
        return source.hasText() or source.hasHtml()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt naming
        if source.hasHtml():
            cleaned = clean_html(source.html())
            if cleaned:
                self.textCursor().insertHtml(cleaned)
                return
        if source.hasText():
            self.textCursor().insertText(source.text())

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt naming
        super().focusOutEvent(event)
        self.focus_lost.emit()


class RichTextEditor(QWidget):
    """Toolbar plus text area. ``html()`` gives the subset; ``changed`` on every edit."""

    changed = Signal()
    focus_lost = Signal()

    def __init__(self, parent: QWidget | None = None, placeholder: str = "") -> None:
        super().__init__(parent)
        self.edit = MinutesTextEdit(self)
        self.edit.setPlaceholderText(placeholder)
        self.toolbar = QToolBar(self)
        self.toolbar.setIconSize(self.toolbar.iconSize() * 0.8)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.edit, 1)
        self._actions: dict[str, QAction] = {}
        self._build_actions()
        self.edit.textChanged.connect(self.changed)
        self.edit.focus_lost.connect(self.focus_lost)
        self.edit.currentCharFormatChanged.connect(self._sync_buttons)
        self.edit.cursorPositionChanged.connect(self._sync_buttons)

    # -- toolbar ----------------------------------------------------------------
    def _action(self, key: str, text: str, shortcut: QKeySequence | str, tip: str,
                checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{tip} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.setCheckable(checkable)
        self.addAction(action)
        self.toolbar.addAction(action)
        self._actions[key] = action
        return action

    def _build_actions(self) -> None:
        bold = self._action("bold", self.tr("B"), QKeySequence.StandardKey.Bold, self.tr("Bold"), True)
        font = bold.font()
        font.setBold(True)
        bold.setFont(font)
        bold.triggered.connect(self.toggle_bold)
        italic = self._action("italic", self.tr("I"), QKeySequence.StandardKey.Italic, self.tr("Italic"), True)
        font = italic.font()
        font.setItalic(True)
        italic.setFont(font)
        italic.triggered.connect(self.toggle_italic)
        underline = self._action("underline", self.tr("U"), QKeySequence.StandardKey.Underline,
                                 self.tr("Underline"), True)
        font = underline.font()
        font.setUnderline(True)
        underline.setFont(font)
        underline.triggered.connect(self.toggle_underline)
        self.toolbar.addSeparator()
        self._action("numbered", self.tr("1. List"), "Ctrl+Shift+7", self.tr("Numbered list")).triggered.connect(
            lambda: self.toggle_list(QTextListFormat.Style.ListDecimal))
        self._action("bulleted", self.tr("• List"), "Ctrl+Shift+8", self.tr("Bulleted list")).triggered.connect(
            lambda: self.toggle_list(QTextListFormat.Style.ListDisc))
        self._action("indent", self.tr("→"), "Ctrl+]", self.tr("Indent the list item")).triggered.connect(
            lambda: self.change_indent(1))
        self._action("outdent", self.tr("←"), "Ctrl+[", self.tr("Outdent the list item")).triggered.connect(
            lambda: self.change_indent(-1))
        self.toolbar.addSeparator()
        self._action("plain", self.tr("Clear formatting"), "Ctrl+Space",
                     self.tr("Remove bold, italic and underline")).triggered.connect(self.clear_formatting)

    def action(self, key: str) -> QAction:
        return self._actions[key]

    def _sync_buttons(self, *_args: object) -> None:
        fmt = self.edit.currentCharFormat()
        self._actions["bold"].setChecked(fmt.fontWeight() >= QFont.Weight.DemiBold.value)
        self._actions["italic"].setChecked(fmt.fontItalic())
        self._actions["underline"].setChecked(fmt.fontUnderline())

    def _merge(self, fmt: QTextCharFormat) -> None:
        """Format the selection, or (without one) what is typed next."""
        self.edit.mergeCurrentCharFormat(fmt)

    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.edit.currentCharFormat().fontWeight() < QFont.Weight.DemiBold.value
        fmt.setFontWeight(QFont.Weight.Bold.value if bold else QFont.Weight.Normal.value)
        self._merge(fmt)
        self._sync_buttons()

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.edit.currentCharFormat().fontItalic())
        self._merge(fmt)
        self._sync_buttons()

    def toggle_underline(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontUnderline(not self.edit.currentCharFormat().fontUnderline())
        self._merge(fmt)
        self._sync_buttons()

    def clear_formatting(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Normal.value)
        fmt.setFontItalic(False)
        fmt.setFontUnderline(False)
        self._merge(fmt)
        self._sync_buttons()

    def _selected_blocks(self) -> list:
        cursor = self.edit.textCursor()
        document = self.edit.document()
        block, last = document.findBlock(cursor.selectionStart()), document.findBlock(cursor.selectionEnd())
        blocks = []
        while block.isValid():
            blocks.append(block)
            if block == last:
                break
            block = block.next()
        return blocks

    def toggle_list(self, style: QTextListFormat.Style) -> None:
        """Make the selected paragraphs a list of *style*, or plain paragraphs if they are one."""
        cursor = self.edit.textCursor()
        blocks = self._selected_blocks()
        current = cursor.currentList()
        ordered = style in ORDERED_STYLES
        cursor.beginEditBlock()
        if current is not None and (current.format().style() in ORDERED_STYLES) == ordered:
            for block in blocks:
                text_list = block.textList()
                if text_list is not None:
                    text_list.remove(block)
                    block_format = block.blockFormat()
                    block_format.setIndent(0)
                    QTextCursor(block).setBlockFormat(block_format)
        elif current is not None:
            fmt = current.format()
            fmt.setStyle(style)
            current.setFormat(fmt)
        else:
            fmt = QTextListFormat()
            fmt.setStyle(style)
            fmt.setIndent(1)
            first = QTextCursor(blocks[0])
            new_list = first.createList(fmt)
            for block in blocks[1:]:
                if block.textList() is not None:
                    block.textList().remove(block)
                new_list.add(block)
        cursor.endEditBlock()
        self.edit.setFocus()

    def change_indent(self, delta: int) -> None:
        """Move the current list item one level in (+1) or out (-1)."""
        cursor = self.edit.textCursor()
        block = cursor.block()
        current = block.textList()
        if current is None:
            return
        indent = current.format().indent()
        new_indent = max(1, indent + delta)
        if new_indent == indent:
            return
        cursor.beginEditBlock()
        target = None
        previous = block.previous()
        while previous.isValid() and previous.textList() is not None:
            level = previous.textList().format().indent()
            if level == new_indent:
                target = previous.textList()
                break
            if level < new_indent:
                break
            previous = previous.previous()
        current.remove(block)
        if target is not None:
            target.add(block)
        else:
            fmt = QTextListFormat(current.format())
            fmt.setIndent(new_indent)
            ordered = fmt.style() in ORDERED_STYLES
            if new_indent > 1:
                fmt.setStyle(QTextListFormat.Style.ListLowerAlpha if ordered else QTextListFormat.Style.ListCircle)
            cursor.createList(fmt)
        cursor.endEditBlock()

    # -- content ----------------------------------------------------------------
    def html(self) -> str:
        """The text in the stored subset."""
        return document_to_html(self.edit.document())

    def set_html(self, html: str, modified: bool = False) -> None:
        """Show *html*; the editor counts as unchanged unless *modified*."""
        blocker = self.edit.blockSignals(True)
        try:
            self.edit.setHtml(html or "")
        finally:
            self.edit.blockSignals(blocker)
        self.edit.document().setModified(modified)
        self._sync_buttons()

    def is_modified(self) -> bool:
        return self.edit.document().isModified()

    def set_modified(self, modified: bool) -> None:
        self.edit.document().setModified(modified)

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)
        self.toolbar.setEnabled(not read_only)

    def plain_text(self) -> str:
        return self.edit.toPlainText()
