"""Minutes revisions (save, compare word by word, restore) and circulation with the PDF sent."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from secretariat.db import Database
from secretariat.io.pdf.minutes import build_minutes_pdf
from secretariat.services import meetings, minutes_revisions as revisions
from secretariat.services.errors import LockedError, ValidationError
from secretariat.services.report_data import minutes_data


def _meeting(db: Database):
    m = meetings.create_meeting(db, datetime(2024, 1, 27, 10), "Заседание", language="ru")
    item = meetings.add_agenda_item(db, m.id, "Итоги года", heard="<p>Доклад секретариата</p>")
    return m, item


def test_every_save_is_a_revision_and_unchanged_saves_are_not(db: Database) -> None:
    m, item = _meeting(db)
    first = revisions.save_minutes(db, m.id, {item.id: {"spoke": "<p>Выступили члены Комиссии</p>"}})
    # the text written before revisions were kept is revision 1, this save revision 2
    assert first.number == 2
    assert revisions.save_minutes(db, m.id, {item.id: {"spoke": "<p>Выступили члены Комиссии</p>"}}) is None
    meetings.add_decision(db, m.id, "Принять к сведению", item.id)
    second = revisions.save_minutes(db, m.id, {item.id: {"heard": "<p>Доклад секретариата Комиссии</p>"}})
    rows = revisions.list_revisions(db, m.id)
    assert [r.number for r in rows] == [3, 2, 1] and rows[0].id == second.id
    assert rows[-1].note == "As saved before"
    sections = {s.key: s for s in revisions.revision_sections(db, second.id)}
    assert sections[f"{item.id}:decisions"].text == "1.1. Принять к сведению"
    assert sections[f"{item.id}:heard"].text == "Доклад секретариата Комиссии"


def test_compare_highlights_the_changed_words() -> None:
    ops = revisions.word_diff("the Commission decided to approve", "the Commission decided to postpone it")
    assert [op for op in ops if op[0] != "equal"] == [("replace", "approve", "postpone it")]
    assert revisions.plain_text("<p>One <b>two</b></p><ul><li>three</li></ul>") == "One two\nthree"


def test_compare_two_revisions_and_restore_an_earlier_one(db: Database) -> None:
    m, item = _meeting(db)
    old = revisions.save_minutes(db, m.id, {item.id: {"spoke": "<p>Предложено утвердить план</p>"}})
    new = revisions.save_minutes(db, m.id, {item.id: {"spoke": "<p>Предложено отложить план</p>"}})
    diffs = {d.key: d for d in revisions.compare_revisions(db, old.id, new.id)}
    assert [op for op in diffs[f"{item.id}:spoke"].ops if op[0] != "equal"] == [
        ("replace", "утвердить", "отложить")]
    assert not diffs[f"{item.id}:heard"].changed
    result = revisions.restore_revision(db, old.id)
    assert result.missing_items == () and result.revision.number == new.number + 1
    assert result.revision.note == f"Restored from revision {old.number}"
    assert meetings.get_meeting(db, m.id).agenda_items[0].spoke == "<p>Предложено утвердить план</p>"
    assert len(revisions.list_revisions(db, m.id)) == 4  # nothing was overwritten


def test_restore_names_what_was_deleted_since(db: Database) -> None:
    m, item = _meeting(db)
    other = meetings.add_agenda_item(db, m.id, "Разное")
    old = revisions.save_minutes(db, m.id, {other.id: {"heard": "<p>Информация</p>"}})
    meetings.delete_agenda_item(db, other.id)
    result = revisions.restore_revision(db, old.id)
    assert result.missing_items == ("2. Разное",)


def test_approved_minutes_are_not_saved_or_restored(db: Database) -> None:
    m, item = _meeting(db)
    rev = revisions.save_minutes(db, m.id, {item.id: {"spoke": "<p>x</p>"}})
    meetings.set_status(db, m.id, "minutes_approved")
    with pytest.raises(LockedError):
        revisions.save_minutes(db, m.id, {item.id: {"spoke": "<p>y</p>"}})
    with pytest.raises(LockedError):
        revisions.restore_revision(db, rev.id)


def test_circulation_keeps_the_pdf_sent_and_moves_the_status(db: Database, tmp_path) -> None:
    m, item = _meeting(db)
    meetings.set_status(db, m.id, "minutes_drafted")
    target = tmp_path / "minutes.pdf"
    build_minutes_pdf(minutes_data(db, m.id), target)
    pdf = target.read_bytes()
    with pytest.raises(ValidationError, match="to whom"):
        revisions.circulate_minutes(db, m.id, date(2024, 2, 1), " ", pdf, "minutes.pdf")
    with pytest.raises(ValidationError, match="PDF"):
        revisions.circulate_minutes(db, m.id, date(2024, 2, 1), "Members", b"hello", "minutes.pdf")
    with pytest.raises(ValidationError, match="before the meeting"):
        revisions.circulate_minutes(db, m.id, date(2024, 1, 1), "Members", pdf, "minutes.pdf")
    row = revisions.circulate_minutes(db, m.id, date(2024, 2, 1), "Members of the Commission", pdf, "minutes.pdf")
    assert meetings.get_meeting(db, m.id).status == "minutes_circulated"
    listed = revisions.list_circulations(db, m.id)
    assert [(c.circulated_on, c.recipients, c.size, c.revision_number) for c in listed] == [
        (date(2024, 2, 1), "Members of the Commission", len(pdf), 1)]
    assert revisions.circulated_pdf(db, row.id) == pdf


def test_two_saves_at_once_get_consecutive_revisions(db: Database) -> None:
    """On a shared database two secretaries may save the same minutes at the same moment."""
    import threading

    m, item = _meeting(db)
    other = meetings.add_agenda_item(db, m.id, "Разное")
    revisions.save_minutes(db, m.id, {item.id: {"spoke": "<p>Выступили</p>"}})
    results: list = []

    def second_save() -> None:
        try:
            results.append(revisions.save_minutes(db, m.id, {other.id: {"heard": "<p>Информация</p>"}}))
        except Exception as exc:  # noqa: BLE001 - the test reports what the second save met
            results.append(exc)

    thread = threading.Thread(target=second_save)
    with db.write() as s:  # the first save's transaction is still open when the second starts
        from secretariat.models import AgendaItem

        s.get(AgendaItem, item.id).spoke = "<p>Выступили члены Комиссии</p>"
        first = revisions.keep_revision(s, m.id, "first")
        thread.start()
        thread.join(1.0)
        first_number = first.number
    thread.join(30)
    assert not thread.is_alive()
    [second] = results
    assert not isinstance(second, Exception), second
    assert (first_number, second.number) == (3, 4)
    latest = {s.key: s.text for s in revisions.revision_sections(db, second.id)}
    assert latest[f"{item.id}:spoke"] == "Выступили члены Комиссии"  # the second sees the first's words
    assert latest[f"{other.id}:heard"] == "Информация"
