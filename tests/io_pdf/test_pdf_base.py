"""PDF base layer: fonts, escaping, rich text, page furniture, tables, charts."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import ListFlowable, Paragraph

from secretariat.io.pdf import (
    bar_chart,
    build_pdf,
    data_table,
    escape_text,
    make_styles,
    pie_chart,
    register_fonts,
    rich_to_flowables,
)

TURKMEN = "Adam hukuklary barada: ä ç ň ö ş ü ý ž Ä Ç Ň Ö Ş Ü Ý Ž — Türkmenistanyň Mejlisi ýygnandy."
RUSSIAN = "Права человека: съешь же ещё этих мягких французских булок, да выпей чаю. ЁЖ Щ Ъ Ы Э Ю Я"
ENGLISH = "Human rights and international humanitarian law: the quick brown fox jumps."


@pytest.fixture(scope="module")
def styles():
    return make_styles(register_fonts())


def pdf_text(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(path).pages]


def words(text: str) -> str:
    """Whitespace-normalised text, for comparing wrapped output with typed input."""
    return " ".join(text.split())


def squeeze(text: str) -> str:
    """All whitespace removed: long words get split across lines when wrapped."""
    return "".join(text.split())


def build(tmp_path: Path, story, name: str = "out.pdf", **kwargs) -> tuple[Path, int]:
    path = tmp_path / name
    kwargs.setdefault("title", "Test")
    return path, build_pdf(path, story, **kwargs)


def test_register_fonts_is_idempotent():
    assert register_fonts() == register_fonts() == "DejaVuSans"


def test_escape_text_neutralises_markup_and_controls():
    assert escape_text('a & b < c > "d"') == 'a &amp; b &lt; c &gt; "d"'
    assert escape_text("line1\nline2\r\nline3") == "line1<br/>line2<br/>line3"
    assert escape_text("bell\x07nul\x00tab\tend") == "bellnultab\tend"
    assert escape_text(None) == ""


def test_three_languages_round_trip(tmp_path, styles):
    story = [Paragraph(escape_text(t), styles[s]) for t, s in
             ((TURKMEN, "title"), (RUSSIAN, "body"), (ENGLISH, "small"))]
    story.append(Paragraph(f"<b>{escape_text(TURKMEN)}</b> <i>{escape_text(RUSSIAN)}</i>", styles["body"]))
    path, _ = build(tmp_path, story)
    text = words(" ".join(pdf_text(path)))
    for typed in (TURKMEN, RUSSIAN, ENGLISH, f"{TURKMEN} {RUSSIAN}"):
        assert words(typed) in text


def test_all_fonts_embedded(tmp_path, styles):
    story = [
        Paragraph(escape_text(TURKMEN), styles["heading1"]),
        *rich_to_flowables(f"<p><b>{RUSSIAN}</b> <i>{ENGLISH}</i> <b><i>{TURKMEN}</i></b></p>"
                           "<ul><li>one<ol><li>two</li></ol></li></ul>", styles["body"]),
        data_table(["Ady", "Статус"], [[TURKMEN, RUSSIAN]], None, styles),
        bar_chart("Teklipler", ["Ýanwar", "Февраль"], [3, 5]),
        pie_chart("Ýagdaý", ["Ýerine ýetirildi", "В работе"], [2, 1]),
    ]
    path, _ = build(tmp_path, story, header_text=TURKMEN, footer_text=RUSSIAN, watermark="ПРОЕКТ")
    fonts_seen = 0
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor, font["/BaseFont"]
            assert "DejaVuSans" in font["/BaseFont"]
            fonts_seen += 1
    assert fonts_seen >= 4  # regular, bold, oblique, bold-oblique


def test_page_x_of_y_matches_real_page_count(tmp_path, styles):
    story = [Paragraph(f"Paragraph {i}. {ENGLISH} " * 3, styles["body"]) for i in range(150)]
    path, count = build(tmp_path, story)
    pages = pdf_text(path)
    assert count == len(pages) > 2
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {count}" in text


def test_custom_page_label_header_footer_and_metadata(tmp_path, styles):
    buffer = io.BytesIO()
    count = build_pdf(buffer, [Paragraph("x", styles["body"])], title="Teswirnama № 3",
                      header_text="Pudagara topar", footer_text="Gizlin däl", author="Sekretariat",
                      page_label=lambda n, total: f"Sahypa {n} / {total}", language="tk")
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    text = reader.pages[0].extract_text()
    assert count == 1
    assert "Sahypa 1 / 1" in text and "Pudagara topar" in text and "Gizlin däl" in text
    assert reader.metadata.title == "Teswirnama № 3"
    assert reader.metadata.author == "Sekretariat"
    assert reader.trailer["/Root"]["/Lang"] == "tk"


def test_landscape_and_empty_story(tmp_path):
    path, count = build(tmp_path, [], landscape=True)
    box = PdfReader(path).pages[0].mediabox
    assert count == 1
    assert (float(box.width), float(box.height)) == pytest.approx((A4[1], A4[0]))


@pytest.mark.parametrize("word", ["TASLAMA", "ПРОЕКТ", "DRAFT"])
def test_watermark_present_when_given(tmp_path, styles, word):
    story = [Paragraph(f"Body {i}", styles["body"]) for i in range(120)]
    path, count = build(tmp_path, story, watermark=word)
    pages = pdf_text(path)
    assert count > 1
    assert all(word in text for text in pages)


def test_watermark_absent_when_not_given(tmp_path, styles):
    path, _ = build(tmp_path, [Paragraph("Body", styles["body"])])
    text = " ".join(pdf_text(path))
    assert "TASLAMA" not in text and "DRAFT" not in text and "ПРОЕКТ" not in text


HOSTILE = {
    "quotes": "He said \"yes\" and 'no' — «ýok»",
    "ampersand": "R&D && A&amp;B &nbsp; &#60;",
    "unclosed_bold": "<b>unclosed bold and <i>italic",
    "script": "<script>alert('x')</script> after",
    "para": "<para>not a para</para> <font size=99>big</font> <br/> <img src=x>",
    "control_chars": "null\x00bell\x07 escape\x1b end",
    "long_word": "Z" * 5000,
    "long_url": "https://example.org/" + "segment/" * 120 + "?q=" + "x" * 300,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_survives_everywhere(tmp_path, styles, name):
    raw = HOSTILE[name]
    expected = squeeze(raw.replace("\x00", "").replace("\x07", "").replace("\x1b", ""))

    def story():  # flowables keep layout state, so every build gets fresh ones
        return [
            Paragraph(escape_text(raw), styles["body"]),
            data_table(["Column"], [[raw], [raw]], [200], styles),  # one column: no interleaving
        ]

    path, count = build(tmp_path, story(), header_text="HEADER", footer_text="FOOTER")
    furniture = ["HEADER", "FOOTER", "Column"] + [f"Page {n} of {count}" for n in range(1, count + 1)]
    text = squeeze(" ".join(pdf_text(path)))
    for item in furniture:  # page furniture interrupts text that flows over a page break
        text = text.replace(squeeze(item), "")
    assert text.count(expected) == 3  # paragraph + two table rows

    # the same text as header, footer and watermark must not break the layout either
    build(tmp_path, story(), name="furniture.pdf", header_text=raw, footer_text=raw, watermark=raw[:30])


def test_fifty_pages_for_one_item_split_across_pages(tmp_path, styles):
    lines = [f"Paragraph {i:04d}. {TURKMEN} {RUSSIAN} {ENGLISH}" for i in range(1100)]
    flowables = rich_to_flowables("\n".join(lines), styles["body"])
    assert len(flowables) == len(lines)  # one Paragraph per paragraph, not one giant one
    path, count = build(tmp_path, flowables)
    assert count >= 50
    text = words(" ".join(pdf_text(path)))
    assert words(lines[0]) in text and words(lines[-1]) in text


def test_table_cell_with_twenty_thousand_words(tmp_path, styles):
    typed = [f"w{i}" for i in range(20000)]
    table = data_table(["№", "Text", "Note"], [["1", " ".join(typed), "short"], ["2", "next", "row"]],
                       [30, 300, 100], styles)
    path, count = build(tmp_path, [table])
    assert count > 3
    found = " ".join(pdf_text(path)).split()
    assert [w for w in found if w.startswith("w") and w[1:].isdigit()] == typed
    assert found.count("Text") == count  # header row repeated on every page


def test_giant_word_cell_becomes_continuation_rows(tmp_path, styles):
    giant = "Ş" * 60000
    path, count = build(tmp_path, [data_table(["A"], [[giant], ["after"]], [150], styles)])
    text = squeeze(" ".join(pdf_text(path)))
    for number in range(1, count + 1):
        text = text.replace(f"Page{number}of{count}", "").replace("A", "")
    assert giant + "after" in text


def test_oversized_cells_in_several_columns(tmp_path, styles):
    many_lines = "\n".join(f"line {i}" for i in range(800))
    table = data_table(["A", "B"], [["Ş" * 60000, many_lines], ["x", "y"]], [150, 150], styles)
    path, _ = build(tmp_path, [table])
    text = " ".join(pdf_text(path))  # the two columns interleave line by line
    assert text.count("Ş") == 60000
    assert text.count("line") == 800


def test_rich_text_nested_lists_and_inline_markup(tmp_path, styles):
    html = ("<p>Intro <b>bold</b> <i>italic</i> <u>under</u> <strong>strong</strong> <em>em</em></p>"
            "<ol><li>First<ul><li>Sub A</li><li>Sub B</li></ul></li><li>Second</li></ol>"
            "<ul><li>Bullet</li></ul><p>Outro<br>next line</p>")
    flowables = rich_to_flowables(html, styles["body"])
    assert [type(f) for f in flowables] == [Paragraph, ListFlowable, ListFlowable, Paragraph]
    path, _ = build(tmp_path, flowables)
    text = words(" ".join(pdf_text(path)))
    for fragment in ("Intro bold italic under strong em", "First", "Sub A", "Sub B", "Second",
                     "Bullet", "Outro", "next line"):
        assert fragment in text
    assert text.index("Sub B") < text.index("Second")


def test_rich_text_reads_qt_editor_html(styles):
    qt_html = ('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0//EN"><html><head><meta name="qrichtext" />'
               '<style type="text/css">p, li { white-space: pre-wrap; }</style></head>'
               '<body><p><span style=" font-weight:700;">Qararlar</span> kabul edildi</p></body></html>')
    [paragraph] = rich_to_flowables(qt_html, styles["body"])
    assert paragraph.text == "<b>Qararlar</b> kabul edildi"


MALFORMED = [
    "<p>unclosed <b>bold <i>and italic",
    "</li></ul></ol></p></b>stray closers",
    "<ul><li>a<ul><li>b</ul>",
    "<li>orphan item</li><li>another</li>",
    "<<<>>> < p > <p <b>broken attr",
    "<script>alert(1)</script>visible <style>p{}</style>text",
    "&nbsp;&amp;&bogus; &#x41; &#99999999;",
    "<font color=red>kept</font> <a href='x'>link</a> <table><tr><td>cell</td></tr></table>",
    "<ol start='abc'><li>x</li></ol><ol start='5'><li>five</li></ol>",
    "<ul>" * 60 + "<li>deep</li>" + "</ul>" * 60,
    "<b>" * 200 + "deep bold",
    "plain text\nsecond line\n\n\nafter blank lines",
    "<p></p><p>   </p><ul><li></li></ul>",
    "",
    "\x00\x07<p>\x1b</p>",
]


@pytest.mark.parametrize("html", MALFORMED)
def test_rich_text_never_raises_on_malformed_html(tmp_path, styles, html):
    flowables = rich_to_flowables(html, styles["body"])
    build(tmp_path, flowables)


def test_rich_text_keeps_text_of_unknown_tags_and_drops_scripts(tmp_path, styles):
    html = "".join(MALFORMED[:9])
    path, _ = build(tmp_path, rich_to_flowables(html, styles["body"]))
    text = words(" ".join(pdf_text(path)))
    for fragment in ("unclosed bold and italic", "stray closers", "orphan item", "kept link", "cell",
                     "visible text", "five"):
        assert fragment in text
    assert "alert" not in text


def test_plain_text_lines_become_paragraphs(styles):
    flowables = rich_to_flowables("first <b>bold</b>\nsecond\n\nthird", styles["body"])
    assert [p.text for p in flowables] == ["first <b>bold</b>", "second", "third"]


def test_charts_with_cyrillic_turkmen_and_degenerate_data(tmp_path):
    story = [
        bar_chart("Teklipler / Предложения", ["Ýanwar", "Февраль", "March"], [3, 0, 5]),
        bar_chart("Ählisi nol", ["a", "b"], [0, 0]),
        bar_chart("Boş", [], [], empty_text="Maglumat ýok"),
        pie_chart("Ýagdaý / Статус", ["Ýerine ýetirildi", "В работе"], [3, 1]),
        pie_chart("Nol", ["a"], [0], empty_text="Нет данных"),
        bar_chart("Many", [f"Uzyn at {i} — длинное название" for i in range(15)], list(range(15))),
    ]
    path, _ = build(tmp_path, story)
    text = words(" ".join(pdf_text(path)))
    for fragment in ("Ýanwar", "Февраль", "Ýerine ýetirildi", "Maglumat ýok", "Нет данных"):
        assert fragment in text
