"""One word of 100,000 characters in the minutes: laid out whole, in pieces that keep it linear.

reportlab re-breaks the rest of a paragraph at each page it spans and cuts long words
glyph by glyph, so a giant word cost time growing with its square. The minutes PDF
is built for real and read back with pdftotext (another program) to see nothing of
the word was lost.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle
from sqlalchemy import select

from secretariat.db import Database
from secretariat.io.documents import build_minutes
from secretariat.io.pdf.markup import GIANT_WORD, rich_to_flowables
from secretariat.models import Meeting, MeetingStatus
from secretariat.services import meetings

WORD = ("Türkmenistanyň" + "Министерство") * (100_000 // 26 + 1)
WORD = WORD[:100_000]


def test_a_giant_word_is_laid_out_in_bounded_pieces() -> None:
    flowables = rich_to_flowables(f"<p>Before {WORD} after</p>", ParagraphStyle("body"))
    texts = [flowable.getPlainText() for flowable in flowables]
    assert "".join(texts).replace(" ", "") == f"Before{WORD}after"
    assert max(len(text) for text in texts) <= GIANT_WORD + len("Before ")
    plain = rich_to_flowables(f"Line one\n{WORD}", ParagraphStyle("body"))
    assert "".join(f.getPlainText() for f in plain[1:]) == WORD


def test_minutes_with_a_giant_word_are_printed_whole(demo_db: Database, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    with demo_db.read() as s:
        meeting_id = s.scalar(select(Meeting.id).where(Meeting.status != MeetingStatus.MINUTES_APPROVED.value)
                              .order_by(Meeting.id))
    meetings.add_agenda_item(demo_db, meeting_id, "Hash pasted from a report", heard=f"<p>{WORD}</p>")
    out = tmp_path / "minutes.pdf"
    built = build_minutes(demo_db, meeting_id, out)
    assert built.pages > 10
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    joined = "".join(text.split())
    # Page headers and footers come between its pages; a page end may cut one repetition.
    for part in ("Türkmenistanyň", "Министерство"):
        assert joined.count(part) >= WORD.count(part) - 2 * built.pages
