"""Header rows are found below titles and matched to fields in English, Russian, Turkmen."""

from __future__ import annotations

import pytest

from secretariat.io.excel.errors import SpreadsheetError
from secretariat.io.excel.headers import (
    FIELD_SYNONYMS,
    find_header_row,
    guess_kind,
    is_column_number_row,
    is_totals_row,
    layout_signature,
    match_columns,
    normalise_header,
)
from secretariat.io.excel.sheet import SheetRow, build_rows, read_sheet

MEASURES = FIELD_SYNONYMS["measures"]
RECOMMENDATIONS = FIELD_SYNONYMS["recommendations"]


def row(*cells, number: int = 1) -> SheetRow:
    return SheetRow(number=number, cells=list(cells))


def test_every_kind_and_field_is_present():
    assert set(FIELD_SYNONYMS) == {"recommendations", "measures", "progress", "meetings", "organizations"}
    assert set(RECOMMENDATIONS) == {
        "paragraph", "text", "recommendation_with_states", "position", "themes", "sdgs",
        "assessment", "status", "responsible", "body", "cycle", "mechanism", "states",
        "groups", "source_of_position", "document", "session", "state_under_review",
    }
    assert set(MEASURES) == {
        "plan", "section", "number", "text", "lead", "co_implementers", "partners", "deadline",
        "indicators", "status", "sdgs",
    }
    assert set(FIELD_SYNONYMS["progress"]) == {"measure_number", "plan", "organization", "date", "text", "status"}
    assert set(FIELD_SYNONYMS["meetings"]) == {
        "number", "date", "kind", "title", "venue", "organization", "person", "role", "presence",
        "represented_by",
    }
    assert set(FIELD_SYNONYMS["organizations"]) == {"name", "short_name", "kind", "parent", "member"}


def test_normalise_header():
    assert normalise_header("  Срок\nисполнения: ") == "срок исполнения"
    assert normalise_header("№ п/п") == normalise_header("No. п/п") == "no п п"
    assert normalise_header("ÝERINE ÝETIRIŞ MÖHLETI") == "ýerine ýetiriş möhleti"
    assert normalise_header("Партнёры") == "партнеры"
    assert normalise_header("Assessment/comments on level of implementation") == (
        "assessment comments on level of implementation"
    )


def test_russian_plan_headers():
    header = ["№ п/п", "Наименование мероприятия", "Ответственные исполнители", "Соисполнители",
              "Партнёры", "Срок исполнения", "Ожидаемый результат", "Статус", "Источник финансирования"]
    assert match_columns(header, MEASURES) == {
        "number": 0, "text": 1, "lead": 2, "co_implementers": 3, "partners": 4,
        "deadline": 5, "indicators": 6, "status": 7,
    }


def test_turkmen_plan_headers():
    header = ["T/b", "Çäreleriň ady", "Jogapkär ýerine ýetirijiler", "Ýerine ýetiriş möhleti",
              "Görkezijiler", "Ýagdaýy"]
    assert match_columns(header, MEASURES) == {
        "number": 0, "text": 1, "lead": 2, "deadline": 3, "indicators": 4, "status": 5,
    }


def test_english_headers_with_case_punctuation_and_contains():
    header = ["NO.", "Measure / activity", "Lead agency:", "Time-frame", "Indicators of achievement"]
    assert match_columns(header, MEASURES) == {
        "number": 0, "text": 1, "lead": 2, "deadline": 3, "indicators": 4,
    }


def test_long_ohchr_headers_prefer_the_exact_field():
    third = ["Recommendation", "Position", "Full list of themes",
             "Assessment/comments on level of implementation"]
    assert match_columns(third, RECOMMENDATIONS) == {
        "text": 0, "position": 1, "themes": 2, "assessment": 3,
    }
    fourth = ["Recommendation and recommending State", "Position of the State under review",
              "Human rights themes and groups of persons", "Relevant SDGs"]
    assert match_columns(fourth, RECOMMENDATIONS) == {
        "recommendation_with_states": 0, "position": 1, "themes": 2, "sdgs": 3,
    }


def test_contains_match_for_unlisted_long_header():
    columns = match_columns(["Text of the recommendation as adopted", "Recommending State(s) or delegation"],
                            RECOMMENDATIONS)
    assert columns == {"text": 0, "states": 1}


def test_short_synonyms_only_match_exactly():
    assert match_columns(["Yes/No", "Notes"], MEASURES) == {}


def test_find_header_row_below_title_rows_and_skips_numbering_row(fixture_path):
    rows = read_sheet(fixture_path("plan_matrix_ru.xlsx"))
    header = find_header_row(rows, MEASURES)
    assert header.row_number == 4
    assert rows[header.data_start].number == 6  # after the "1 2 3 4 5 6 7" row
    assert header.columns["deadline"] == 4
    assert header.unmatched == []


def test_find_header_row_turkmen_fixture(fixture_path):
    rows = read_sheet(fixture_path("plan_matrix_tk.xlsx"))
    header = find_header_row(rows, MEASURES)
    assert header.row_number == 3
    assert set(header.columns) == {"number", "text", "lead", "partners", "deadline", "indicators", "status"}


def test_find_header_row_prefers_the_row_matching_most_fields():
    rows = build_rows([
        (1, ["Status report of the Ministry", None, None, None]),
        (2, ["Measure", "Status", None, None]),  # a sub-table caption row matching two fields
        (3, ["No.", "Measure", "Responsible agency", "Deadline"]),
        (4, ["1", "Train judges", "Supreme Court", "2025"]),
    ])
    assert find_header_row(rows, MEASURES).row_number == 3


def test_no_header_found_is_a_clear_error():
    rows = build_rows([(1, ["apples", "pears"]), (2, [1, 2])])
    with pytest.raises(SpreadsheetError, match="No header row was found") as caught:
        find_header_row(rows, MEASURES)
    assert "\"Section\"" in str(caught.value) or "\"No.\"" in str(caught.value)


def test_header_beyond_max_scan_is_not_found():
    rows = build_rows([(n, [f"title {n}", None]) for n in range(1, 41)] + [(41, ["Measure", "Deadline"])])
    with pytest.raises(SpreadsheetError):
        find_header_row(rows, MEASURES, max_scan=30)
    assert find_header_row(rows, MEASURES, max_scan=50).row_number == 41


def test_empty_sheet_has_no_header():
    with pytest.raises(SpreadsheetError, match="empty"):
        find_header_row([], MEASURES)


def test_sheet_without_recognisable_header(make_xlsx):
    rows = read_sheet(make_xlsx([["Fruit", "Price"], ["apple", 3], ["pear", 4]]))
    with pytest.raises(SpreadsheetError, match="No header row"):
        find_header_row(rows, MEASURES)


def test_layout_signature_is_stable_and_forgiving():
    signature = layout_signature(["№ п/п", "Наименование мероприятия", "Срок исполнения"])
    assert signature == layout_signature(["№ П/П", "Наименование  мероприятия", "Срок исполнения:", None])
    assert signature != layout_signature(["Наименование мероприятия", "№ п/п", "Срок исполнения"])
    assert len(signature) == 32 and int(signature, 16) >= 0
    # Pin the value: a remembered mapping must survive program upgrades.
    assert layout_signature(["A", "B"]) == layout_signature(["a", "b"])


@pytest.mark.parametrize(
    "cells, expected",
    [
        (["Итого", None, None, 25], True),
        (["Всего:", None, 12], True),
        (["Jemi", None, "4"], True),
        (["Total", "", 7], True),
        (["Итого по разделу 2", None, 3], True),
        ([None, "Grand total", 42], True),
        (["1.1", "Total ban on child labour in cotton harvesting",
          "Ministry of Labour and Social Protection of Population"], False),
        (["Total ban on labour", "Ministry of Labour and Social Protection of Population"], False),
        (["Totalitarian", None], False),
        (["1", "Итого"], True),
        ([5, 6], False),
    ],
)
def test_is_totals_row(cells, expected):
    assert is_totals_row(row(*cells)) is expected


def test_totals_row_in_fixtures(fixture_path):
    ru = read_sheet(fixture_path("plan_matrix_ru.xlsx"))
    assert [r.number for r in ru if is_totals_row(r)] == [15]
    tk = read_sheet(fixture_path("plan_matrix_tk.xlsx"))
    assert [r.number for r in tk if is_totals_row(r)] == [11]


def test_is_column_number_row():
    assert is_column_number_row(row(1, 2, 3, 4))
    assert is_column_number_row(row("1", "2", "3"))
    assert not is_column_number_row(row("1", "Ratify OP-CAT"))
    assert not is_column_number_row(row(2, 3))


def test_guess_kind(fixture_path):
    assert guess_kind(read_sheet(fixture_path("plan_matrix_ru.xlsx"))) == "measures"
    assert guess_kind(read_sheet(fixture_path("ohchr_4th_cycle_thematic.xlsx"))) == "recommendations"
    assert guess_kind(build_rows([(1, ["ФИО", "Должность", "Организация", "Присутствие"])])) == "meetings"
    assert guess_kind(build_rows([(1, ["Наименование организации", "Сокращение", "Вышестоящая организация"])])) == (
        "organizations"
    )
    assert guess_kind(build_rows([(1, ["apples", "pears"])])) is None


def test_progress_and_meetings_headers():
    assert match_columns(["№ мероприятия", "Организация", "Дата отчета", "Информация о ходе выполнения", "Статус"],
                         FIELD_SYNONYMS["progress"]) == {
        "measure_number": 0, "organization": 1, "date": 2, "text": 3, "status": 4,
    }
    assert match_columns(["№", "Sene", "Görnüşi", "Mowzugy", "Geçirilýän ýeri"], FIELD_SYNONYMS["meetings"]) == {
        "number": 0, "date": 1, "kind": 2, "title": 3, "venue": 4,
    }
