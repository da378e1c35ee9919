"""Printed minutes, built from the demo database and read back with pypdf."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from secretariat.io.documents import build_minutes
from secretariat.io.pdf.headings import heading, long_date, turkmen_ordinal
from secretariat.services import directory, meetings
from secretariat.services.meetings import find_meeting


def read(path_or_bytes) -> list[str]:
    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    return [page.extract_text() or "" for page in PdfReader(source).pages]


def words(text: str) -> str:
    return " ".join(text.split())


def squeeze(text: str) -> str:
    return "".join(text.split())


def minutes_pdf(db, reference: str, tmp_path: Path, name: str = "minutes.pdf") -> tuple[Path, int]:
    path = tmp_path / name
    built = build_minutes(db, find_meeting(db, reference).id, path)
    return path, built.pages


def fonts_of(path: Path) -> list[tuple[str, bool]]:
    found = []
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font["/FontDescriptor"].get_object()
            found.append((str(font["/BaseFont"]), "/FontFile2" in descriptor))
    return found


def test_demo_minutes_follow_the_protocol_layout(demo_db, tmp_path):
    path, count = minutes_pdf(demo_db, "2024/1", tmp_path)
    pages = read(path)
    text = words(" ".join(pages))
    assert count == len(pages) >= 2
    order = ["MINUTES No. 1", "of the meeting of the Interministerial Commission", "27 January 2024, 10:00",
             "Ashgabat, Ministry of Foreign Affairs", "Chaired by: Raşid Meredow", "PRESENT:",
             "Members of the Commission:", "Parliament:", "Mejlis of Turkmenistan", "Ministries:",
             "ABSENT:", "Ministry of Culture of Turkmenistan", "Secretary of the meeting: Aýna Orazowa",
             "AGENDA:", "1. On the results of the work", "HEARD: Wepa Hajyýew", "W. Hajyýew reported",
             "SPOKE:", "DECIDED:", "1.1. Take note of the information", "(for information)",
             "1.2. Member bodies to submit", "2.1. Approve the Work Plan", "ACTION ITEMS",
             "Submit information on NAP implementation for 2023", "Chair", "Secretary"]
    position = 0
    for fragment in order:  # each in this order
        found = text.find(fragment, position)
        assert found >= 0, fragment
        position = found + len(fragment)
    assert "represented by Deputy Head of the Legal Department" in text
    # typed Turkmen and Russian come out as typed
    assert "Ombudsmanyň edarasynyň institusional mümkinçiliklerini güýçlendirmek barada." in text
    assert "Участники обсудили проект плана и предложили дополнения." in text
    assert "4.1. Ombudsmanyň edarasyna halkara hyzmatdaşlygy giňeltmek maslahat berilsin." in text
    # action items: responsible organizations, due dates, the decision they follow
    assert "01.03.2024" in text and "15.02.2024" in text and "30.06.2024" in text
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {count}" in page
        assert "Minutes No. 1 of 27.01.2024" in page  # header on every page
    assert "DRAFT" not in text  # approved minutes


def test_fonts_are_embedded_dejavu(demo_db, tmp_path):
    path, _ = minutes_pdf(demo_db, "2024/1", tmp_path)
    fonts = fonts_of(path)
    assert fonts and all(embedded for _, embedded in fonts)
    assert all("DejaVuSans" in name for name, _ in fonts)
    assert {name.split("+")[-1] for name, _ in fonts} >= {"DejaVuSans", "DejaVuSans-Bold"}


def test_watermark_until_approved_and_again_after_reopening(demo_db, tmp_path):
    meeting = find_meeting(demo_db, "2023/1")
    assert meeting.status == "minutes_drafted" and meeting.language == "ru"
    path, count = minutes_pdf(demo_db, "2023/1", tmp_path, "draft.pdf")
    assert all("ПРОЕКТ" in page for page in read(path))
    meetings.set_status(demo_db, meeting.id, "minutes_approved")
    path, _ = minutes_pdf(demo_db, "2023/1", tmp_path, "approved.pdf")
    assert "ПРОЕКТ" not in " ".join(read(path))
    meetings.reopen_minutes(demo_db, meeting.id, "correction of a name")
    path, _ = minutes_pdf(demo_db, "2023/1", tmp_path, "reopened.pdf")
    assert all("ПРОЕКТ" in page for page in read(path))


@pytest.mark.parametrize("language, expected", [
    ("tk", ["TESWIRNAMA № 1", "2023-nji ýylyň 16-njy noýabry", "Brifing", "Mejlisi alyp bardy:",
            "GÜN TERTIBI:", "KARAR EDILDI:", "(maglumat üçin)", "Başlyk", "Sekretar", "Sahypa 1 / 1", "TASLAMA"]),
    ("ru", ["ПРОТОКОЛ № 1", "16 ноября 2023 г.", "брифинга", "Председательствовал:",
            "ПОВЕСТКА ДНЯ:", "РЕШИЛИ:", "(к сведению)", "Председатель", "Секретарь", "Страница 1 из 1", "ПРОЕКТ"]),
    ("en", ["MINUTES No. 1", "16 November 2023", "of the briefing",
            "Chaired by:", "AGENDA:", "DECIDED:", "(for information)", "Chair", "Secretary", "Page 1 of 1",
            "DRAFT"]),
])
def test_headings_follow_the_meeting_language(demo_db, tmp_path, language, expected):
    """2023/1 is a briefing: its minutes say so instead of naming a Commission meeting."""
    meeting = find_meeting(demo_db, "2023/1")
    meetings.update_meeting(demo_db, meeting.id, language=language)
    path, count = minutes_pdf(demo_db, "2023/1", tmp_path)
    text = words(" ".join(read(path)))
    assert count == 1
    for fragment in expected:
        assert fragment in text, fragment
    others = {"tk": "TESWIRNAMA", "ru": "ПРОТОКОЛ", "en": "MINUTES"}
    assert not any(word in text for lang, word in others.items() if lang != language)
    assert PdfReader(path).trailer["/Root"]["/Lang"] == language


def test_turkmen_ordinals_and_long_dates():
    assert [turkmen_ordinal(n) for n in (1, 6, 9, 10, 16, 20, 27, 30, 40, 50, 100, 2024, 2026)] == [
        "1-nji", "6-njy", "9-njy", "10-njy", "16-njy", "20-nji", "27-nji", "30-njy", "40-njy", "50-nji",
        "100-nji", "2024-nji", "2026-njy"]
    assert long_date("tk", date(2024, 1, 27)) == "2024-nji ýylyň 27-nji ýanwary"
    assert long_date("ru", date(2024, 1, 27)) == "27 января 2024 г."
    assert long_date("en", datetime(2024, 1, 27, 10)) == "27 January 2024"
    assert heading("xx", "heard") == "HEARD:"  # unknown language: English


HOSTILE_TITLE = 'R&D <b>unclosed "quotes" \'single\' <script>alert(1)</script> & more'
LONG_WORD = "Ž" * 3000


def test_hostile_text_and_fifty_pages_for_one_item(db, tmp_path):
    org = directory.create_organization(db, "Ministry <of> R&D \"Türkmen\"", "ministry", short_name="R&D")
    guest = directory.create_organization(db, "<script>UN</script> & Co", "un_agency")
    person = directory.create_person(db, "Ataýew <Merdan> & Co", position="Director & <Head>")
    meeting = meetings.create_meeting(db, datetime(2025, 3, 4, 9, 30), title=HOSTILE_TITLE, venue="A&B <hall>",
                                      language="tk", chair_id=person.id)
    meetings.add_attendance(db, meeting.id, organization_id=org.id, role="member", represented_by="<i>X</i> & Y")
    meetings.add_attendance(db, meeting.id, organization_id=guest.id, role="invited")
    lines = [f"Paragraph {i:04d} Türkmen ýazgy ňňň, Министерство & <co>" for i in range(1700)]
    # the editor stores HTML: what was typed as "<co>" is kept as "&lt;co&gt;"; one line, one paragraph
    heard = "\n".join(line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") for line in lines)
    item = meetings.add_agenda_item(db, meeting.id, HOSTILE_TITLE, presenter="<b>Presenter</b>", heard=heard,
                                    spoke="<p>unclosed <b>bold <i>and <ul><li>" + LONG_WORD)
    meetings.add_decision(db, meeting.id, "<ol><li>first &amp; only</li></ol>", item.id)  # plain text
    meetings.add_decision(db, meeting.id, HOSTILE_TITLE, item.id)
    meetings.add_decision(db, meeting.id, "Decision without an agenda item & <tags>")
    meetings.add_action_item(db, meeting.id, LONG_WORD + " " + HOSTILE_TITLE, responsible_ids=[org.id, guest.id],
                             due_date=date(2025, 4, 1))

    buffer = io.BytesIO()
    built = build_minutes(db, meeting.id, buffer)
    pages = read(buffer.getvalue())
    assert built.pages == len(pages) >= 50
    for number, page in enumerate(pages, start=1):
        assert f"Sahypa {number} / {built.pages}" in page
        assert "TASLAMA" in page
    text = words(" ".join(pages))
    assert words(lines[0]) in text and words(lines[-1]) in text
    assert text.count(words(HOSTILE_TITLE)) >= 3  # title, agenda, decision: as typed, tags as text
    assert "Ministry <of> R&D \"Türkmen\"" in text and "<script>UN</script> & Co" in text
    assert "<ol><li>first &amp; only</li></ol>" in text and "Decision without an agenda item & <tags>" in text
    assert text.count("Ž") == 2 * len(LONG_WORD)  # in SPOKE and in the action items table, split not lost


def test_an_empty_meeting_still_prints(db, tmp_path):
    meeting = meetings.create_meeting(db, datetime(2025, 1, 1), title="")
    path = tmp_path / "empty.pdf"
    built = build_minutes(db, meeting.id, path)
    assert built.pages == 1
    text = words(read(path)[0])
    assert "ПРОТОКОЛ № 1" in text and "Председатель" in text  # the default language is Russian
