"""The glossary of the field's terms is well-formed and agrees with the minutes' wording."""

from __future__ import annotations

import csv
from pathlib import Path

from secretariat.io.pdf.headings import heading

GLOSSARY = Path(__file__).parents[1] / "resources" / "glossary.tsv"


def _rows() -> list[dict[str, str]]:
    with GLOSSARY.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def test_every_row_has_three_languages_and_english_terms_are_unique() -> None:
    rows = _rows()
    assert rows and list(rows[0]) == ["en", "ru", "tk", "note"]
    seen: set[str] = set()
    for number, row in enumerate(rows, start=2):
        assert None not in row, f"line {number}: too many columns"
        for language in ("en", "ru", "tk"):
            assert (row[language] or "").strip(), f"line {number}: no {language} term"
            assert row[language] == row[language].strip(), f"line {number}: spaces around the {language} term"
        key = row["en"].casefold()
        assert key not in seen, f"line {number}: {row['en']!r} twice"
        seen.add(key)


def test_minutes_wording_matches_the_glossary() -> None:
    terms = {row["en"]: row for row in _rows()}
    for term, key in (("minutes (of a meeting)", "minutes_title"), ("agenda", "agenda"), ("draft", "watermark")):
        for language in ("ru", "tk"):
            assert terms[term][language].casefold() in heading(language, key, number=1).casefold(), (term, language)
    assert terms["secretary"]["tk"].casefold() in heading("tk", "secretary_sign").casefold()
    assert terms["heard (minutes)"]["ru"] + ":" == heading("ru", "heard")
