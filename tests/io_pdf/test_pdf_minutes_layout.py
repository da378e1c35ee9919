"""The end of the minutes: signatures kept with the text, the approval line, the agenda's brackets."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from secretariat.io.documents import build_minutes
from secretariat.io.pdf.headings import heading, long_date
from secretariat.io.pdf.minutes import presenter_text
from secretariat.services import meetings, report_data
from secretariat.services.meetings import find_meeting


def pages_of(db, meeting_id: int) -> list[str]:
    buffer = io.BytesIO()
    built = build_minutes(db, meeting_id, buffer)
    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(buffer.getvalue())).pages]
    assert built.pages == len(pages)
    return pages


def signature_page(pages: list[str]) -> int:
    found = [i for i, page in enumerate(pages) if "Secretary" in page and "____" in page]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("with_actions", [False, True])
def test_the_signatures_never_stand_alone_on_the_last_page(db, with_actions):
    """However long the text, the last decision (or action row) shares the signatures' page."""
    meeting = meetings.create_meeting(db, datetime(2025, 3, 4, 10), title="Signature test", language="en")
    item = meetings.add_agenda_item(db, meeting.id, "The only item")
    last = ""
    alone = []
    for number in range(1, 28):  # the last lines of page one: 21 to 25 left the signatures alone
        last = f"Decision number {number:03d} of the meeting, written on one line."
        if with_actions:
            meetings.add_action_item(db, meeting.id, f"Action row {number:03d}", due_date=date(2025, 4, 1))
            last = f"Action row {number:03d}"
        else:
            meetings.add_decision(db, meeting.id, last, item.id)
        if number < 19:
            continue
        pages = pages_of(db, meeting.id)
        where = signature_page(pages)
        if last not in pages[where]:
            alone.append(number)
    assert alone == []


def test_approved_minutes_say_when_they_were_approved(demo_db):
    meeting = find_meeting(demo_db, "2023/1")  # drafted, in Russian
    text = " ".join(pages_of(demo_db, meeting.id))
    assert "утверждён" not in text
    meetings.set_status(demo_db, meeting.id, "minutes_approved")
    approved_on = report_data.minutes_data(demo_db, meeting.id).approved_on
    assert approved_on is not None and approved_on >= date(2025, 1, 1)  # the day it was done, from the log
    for language in ("ru", "tk", "en"):
        meetings.reopen_minutes(demo_db, meeting.id, "language of the print")
        meetings.update_meeting(demo_db, meeting.id, language=language)
        meetings.set_status(demo_db, meeting.id, "minutes_approved")
        text = " ".join(" ".join(pages_of(demo_db, meeting.id)).split())
        expected = heading(language, "approved_on", date=long_date(language, approved_on))
        assert expected in text, language
    meetings.reopen_minutes(demo_db, meeting.id, "correction")
    assert "approved on" not in " ".join(pages_of(demo_db, meeting.id))


def test_approval_words_exist_in_every_language():
    for language in ("tk", "ru", "en"):
        assert heading(language, "approved_on", date="X") != heading("en", "approved_on", date="X") \
            or language == "en"
        assert "X" in heading(language, "approved_on", date="X")


@pytest.mark.parametrize("typed, printed", [
    ("Ministry of Foreign Affairs (R. Meredow)", "Ministry of Foreign Affairs, R. Meredow"),
    ("R. Meredow (MFA (Legal Department))", "R. Meredow, MFA, Legal Department"),
    ("Wepa Hajyýew", "Wepa Hajyýew"),
    ("(MFA)", "MFA"),
    ("", ""),
])
def test_presenters_lose_their_inner_brackets(typed, printed):
    assert presenter_text(typed) == printed


def test_no_nested_brackets_in_the_agenda(demo_db):
    meeting = find_meeting(demo_db, "2024/1")
    meetings.reopen_minutes(demo_db, meeting.id, "presenter")
    item = meetings.add_agenda_item(demo_db, meeting.id, "On the accession to the Protocol",
                                    presenter="Ministry of Foreign Affairs (R. Meredow)")
    assert item.presenter == "Ministry of Foreign Affairs (R. Meredow)"  # kept as typed
    text = " ".join(" ".join(pages_of(demo_db, meeting.id)).split())
    assert "On the accession to the Protocol (Ministry of Foreign Affairs, R. Meredow)" in text
    assert "))" not in text
