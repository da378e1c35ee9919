"""Minutes text: the stored HTML subset, pasting from other programs, list editing."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextDocument

from meetings_ui_helpers import show_active, type_text
from secretariat.ui.widgets.html_subset import clean_html, document_to_html, plain_text_html
from secretariat.ui.widgets.rich_text_editor import RichTextEditor

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_subset_round_trips_and_keeps_every_script(qapp):
    html = ("<p>Ýygnak <b>möhüm</b>, <i>важно</i>, <u>key</u> &lt;tag&gt; &amp; ä ç ň ö ş ü ý ž</p>"
            "<ol><li>Bir</li><li>Два<ul><li>three</li></ul></li><li>four</li></ol><p>end</p>")
    assert clean_html(html) == html
    document = QTextDocument()
    document.setHtml(clean_html(html))
    assert document_to_html(document) == html


def test_foreign_html_is_reduced_to_the_subset(qapp):
    pasted = ('<html><head><style>p{color:red}</style></head><body>'
              '<h1 style="font-size:30pt">Heading</h1><table><tr><td>cell</td></tr></table>'
              '<p><span style="font-weight:700;color:#f00">Bold red</span> <img src="x.png"> text</p>'
              '<script>alert(1)</script></body></html>')
    # (Qt keeps an empty paragraph after a table: spacing, like a blank line typed.)
    assert clean_html(pasted) == "<p><b>Heading</b></p><p>cell</p><p></p><p><b>Bold red</b>  text</p>"
    assert clean_html("") == "" and clean_html("<p>  </p><p></p>") == ""
    assert plain_text_html("a\nб <c>") == "<p>a</p><p>б &lt;c&gt;</p>"


def test_typing_with_shortcuts_and_pasting(qtbot):
    editor = RichTextEditor()
    qtbot.addWidget(editor)
    show_active(qtbot, editor)
    edit = editor.edit
    edit.setFocus()
    type_text(qtbot, edit, "Diňlenildi: ")
    qtbot.keyClick(edit, Qt.Key.Key_I, CTRL)
    type_text(qtbot, edit, "Ş. Öwezow")
    qtbot.keyClick(edit, Qt.Key.Key_I, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(edit, Qt.Key.Key_8, CTRL | SHIFT)
    type_text(qtbot, edit, "первое")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    type_text(qtbot, edit, "nested")
    qtbot.keyClick(edit, Qt.Key.Key_BracketRight, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.keyClick(edit, Qt.Key.Key_BracketLeft, CTRL)
    type_text(qtbot, edit, "second")
    assert editor.html() == ("<p>Diňlenildi: <i>Ş. Öwezow</i></p>"
                             "<ul><li>первое<ul><li>nested</li></ul></li><li>second</li></ul>")
    assert editor.is_modified()
    # A second Ctrl+Shift+8 on list paragraphs makes them paragraphs again.
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_8, CTRL | SHIFT)
    assert "<ul>" not in editor.html()
    # Pasting from a word processor keeps bold and drops the rest.
    editor.set_html("")
    data = QMimeData()
    data.setHtml('<p style="color:blue;font-family:Comic Sans MS">Kopiýa <b>qalyň</b></p>')
    data.setText("Kopiýa qalyň")
    edit.insertFromMimeData(data)
    assert editor.html() == "<p>Kopiýa <b>qalyň</b></p>"
    editor.set_html("<p>saved</p>")
    assert not editor.is_modified()
    editor.set_read_only(True)
    type_text(qtbot, edit, "x")
    assert editor.plain_text() == "saved"
