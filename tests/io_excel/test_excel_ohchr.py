"""OHCHR UPR layouts: cells are unpacked into paragraph, States, themes, groups, SDGs."""

from __future__ import annotations

import pytest

from secretariat.io.excel.errors import SpreadsheetError
from secretariat.io.excel.headers import FIELD_SYNONYMS, find_header_row
from secretariat.io.excel.ohchr import (
    parse_position,
    parse_recommendation_cell,
    parse_sdg_cell,
    parse_theme_cell,
    read_ohchr_sheet,
    split_source_of_position,
    theme_group_title,
)
from secretariat.io.excel.sheet import SheetRow, build_rows, read_sheet
from secretariat.io.excel.states import canonical_state, looks_like_state

# ---------------------------------------------------------------- recommendation cell


def test_recommendation_with_two_states_and_source():
    parsed = parse_recommendation_cell(
        "140.7 Ratify the Optional Protocol to the Convention against Torture (Maldives) (Portugal);\n"
        "Source of Position: A/HRC/59/15/Add.1 - Para.3"
    )
    assert parsed.paragraph == "140.7"
    assert parsed.text == "Ratify the Optional Protocol to the Convention against Torture"
    assert parsed.states == ["Maldives", "Portugal"]
    assert parsed.source_of_position == "A/HRC/59/15/Add.1 - Para.3"


def test_parentheses_inside_the_text_are_not_states():
    parsed = parse_recommendation_cell(
        "114.12 Ratify the Optional Protocol (OP-CAT) to the Convention against Torture (Denmark).")
    assert parsed.text == "Ratify the Optional Protocol (OP-CAT) to the Convention against Torture"
    assert parsed.states == ["Denmark"]


def test_trailing_acronym_or_treaty_before_states_stays_in_text():
    parsed = parse_recommendation_cell(
        "6.1 Ratify the Optional Protocol to the Convention against Torture (OP-CAT) (Maldives)")
    assert parsed.text.endswith("(OP-CAT)") and parsed.states == ["Maldives"]
    parsed = parse_recommendation_cell("6.9 Bring the Ombudsman in line with the principles (Paris Principles)")
    assert parsed.states == [] and parsed.text.endswith("(Paris Principles)")


@pytest.mark.parametrize(
    "state",
    [
        "United Kingdom of Great Britain and Northern Ireland",
        "Côte d'Ivoire",
        "Bolivia (Plurinational State of)",
        "Iran (Islamic Republic of)",
        "Democratic People's Republic of Korea",
        "Holy See",
        "Timor-Leste",
    ],
)
def test_long_and_nested_state_names(state):
    parsed = parse_recommendation_cell(f"6.3 Adopt a comprehensive anti-discrimination law ({state}) (Chile);")
    assert parsed.states == [state, "Chile"]
    assert parsed.text == "Adopt a comprehensive anti-discrimination law"


def test_state_spelling_is_canonicalised():
    parsed = parse_recommendation_cell("6.4 Combat trafficking (Cote d’Ivoire) (turkey)")
    assert parsed.states == ["Côte d'Ivoire", "Turkey"]
    assert canonical_state("Türkiye") == "Türkiye"


def test_unknown_but_state_like_name_is_accepted():
    assert parse_recommendation_cell("6.5 Do it (Atlantis)").states == ["Atlantis"]
    assert not looks_like_state("OP-CAT")
    assert not looks_like_state("Convention on the Rights of the Child")
    assert not looks_like_state("2030 Agenda")
    assert not looks_like_state("e.g. women")


def test_paragraph_forms_and_missing_paragraph():
    assert parse_recommendation_cell("114.12 Do (Chile)").paragraph == "114.12"
    assert parse_recommendation_cell("6.1. Do (Chile)").paragraph == "6.1"
    assert parse_recommendation_cell("124.1.3 Do (Chile)").paragraph == "124.1.3"
    no_number = parse_recommendation_cell("Continue to cooperate with special procedures (Chile)")
    assert no_number.paragraph is None
    assert no_number.text == "Continue to cooperate with special procedures"
    assert parse_recommendation_cell("2030 Agenda must be implemented").paragraph is None


def test_semicolon_separated_states_and_empty_cell():
    assert parse_recommendation_cell("6.7 Do (Chile; Peru)").states == ["Chile", "Peru"]
    empty = parse_recommendation_cell(None)
    assert (empty.paragraph, empty.text, empty.states, empty.source_of_position) == (None, "", [], None)


def test_multiline_text_is_joined_and_nbsp_removed():
    parsed = parse_recommendation_cell("6.8 Ensure access to\u00a0justice\r\nfor all women (Spain);")
    assert parsed.text == "Ensure access to justice for all women"


def test_unbalanced_parentheses_do_not_crash():
    parsed = parse_recommendation_cell("6.9 Do this) (Chile")
    assert parsed.paragraph == "6.9" and parsed.states == []


def test_split_source_of_position_variants():
    assert split_source_of_position("Supported\nSource of position: A/HRC/53/4/Add.1 - Para. 2") == (
        "Supported", "A/HRC/53/4/Add.1 - Para. 2")
    assert split_source_of_position("Noted") == ("Noted", None)


# ------------------------------------------------------------------- themes and SDGs


def test_theme_cell_with_groups_and_sdgs():
    parsed = parse_theme_cell(
        "- A41 Constitutional and legislative framework\n"
        "- Ratification of & accession to international instruments\n"
        "Affected persons:\n- women\n- children\n"
        "SDGs:\n- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS\n- 5 - GENDER EQUALITY"
    )
    assert parsed.themes == [
        "A41 Constitutional and legislative framework",
        "Ratification of & accession to international instruments",
    ]
    assert parsed.groups == ["women", "children"]
    assert parsed.sdgs == [16, 5]


def test_theme_cell_headings_variants():
    parsed = parse_theme_cell(
        "Human rights themes:\n- Rights of the child\nGroups of Persons:\n- children\n- Children\n"
        "- 4 - QUALITY EDUCATION"
    )
    assert parsed.themes == ["Rights of the child"]
    assert parsed.groups == ["children"]  # de-duplicated case-insensitively
    assert parsed.sdgs == [4]  # an SDG line without its heading is still an SDG


def test_theme_cell_russian_headings_and_plain_lines():
    parsed = parse_theme_cell("Торговля людьми\nЗатрагиваемые лица:\n• мигранты\nЦУР: 8, 16")
    assert parsed == parse_theme_cell("Торговля людьми\nЗатрагиваемые лица:\n• мигранты\nЦУР: 8, 16")
    assert parsed.themes == ["Торговля людьми"]
    assert parsed.groups == ["мигранты"]
    assert parsed.sdgs == [8, 16]


def test_theme_cell_empty():
    parsed = parse_theme_cell(None)
    assert (parsed.themes, parsed.groups, parsed.sdgs) == ([], [], [])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS", [16]),
        ("- 5 - GENDER EQUALITY\n- 16 - PEACE, JUSTICE AND STRONG INSTITUTIONS", [5, 16]),
        ("SDGs:\n- 4 - QUALITY EDUCATION", [4]),
        ("5, 16", [5, 16]),
        ("SDG 5; SDG 16", [5, 16]),
        ("Goal 10: Reduced inequalities", [10]),
        ("16.3 - Ensure equal access to justice for all", [16]),
        ("16.3, 16.9 and 5.2", [16, 5]),
        (16, [16]),
        ("- 18 - NOT A GOAL", []),
        ("Peace and justice", []),
        (None, []),
        ("5\n5", [5]),
    ],
)
def test_parse_sdg_cell(text, expected):
    assert parse_sdg_cell(text) == expected


# -------------------------------------------------------------------------- position


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Supported", "supported"),
        ("supported ", "supported"),
        ("Accepted", "supported"),
        ("Noted", "noted"),
        ("Supported/Noted", "partially_supported"),
        ("Supported in part", "partially_supported"),
        ("Partially supported", "partially_supported"),
        ("Not supported", "noted"),
        ("Rejected", "noted"),
        ("Поддержана", "supported"),
        ("Поддерживается", "supported"),
        ("Принята", "supported"),
        ("Принята к сведению", "noted"),
        ("Не поддержана", "noted"),
        ("Goldanyldy", "supported"),
        ("Bellige alyndy", "noted"),
        ("Pending", "pending"),
        ("Under consideration", "pending"),
        ("Supported\nSource of Position: A/HRC/53/4/Add.1 - Para.2", "supported"),
        ("", None),
        (None, None),
        ("see annex", None),
    ],
)
def test_parse_position(text, expected):
    assert parse_position(text) == expected


# ------------------------------------------------------------------------ group rows


def test_theme_group_title():
    assert theme_group_title(SheetRow(5, ["Theme: Ratification of & accession to international instruments", None, None],
                                      merged_across=True, merged_span=3)) == (
        "Ratification of & accession to international instruments")
    assert theme_group_title(SheetRow(5, ["Тема: Права ребенка", None])) == "Права ребенка"
    assert theme_group_title(SheetRow(5, ["A41 Constitutional and legislative framework", None, None],
                                      merged_across=True, merged_span=3)) == "A41 Constitutional and legislative framework"
    # Without a real merge or the prefix, a lone text is not a group row.
    assert theme_group_title(SheetRow(5, ["Combat trafficking (Chile)", None, None], merged_across=True)) is None
    assert theme_group_title(SheetRow(5, ["Theme: X", "Supported"])) is None
    assert theme_group_title(SheetRow(5, ["6.1 Ratify (Chile)", None], merged_across=True, merged_span=2)) is None
    assert theme_group_title(SheetRow(5, [None, None])) is None


# ---------------------------------------------------------------------------- sheets


def test_third_cycle_matrix_from_xlsxwriter(fixture_path):
    records = read_ohchr_sheet(read_sheet(fixture_path("ohchr_3rd_cycle_matrix.xlsx")))
    assert [r.paragraph for r in records] == [
        "114.1", "114.2", "114.3", "114.20", "114.21", "114.40", "114.41", "114.60"]
    first = records[0]
    assert first.row == 6
    assert first.states == ["Maldives", "Portugal"]
    assert first.position == "noted" and first.position_text == "Noted"
    assert first.source_of_position == "A/HRC/39/3/Add.1 - Para.5"
    assert first.theme_group == "A12 Acceptance of international norms"
    assert first.themes == [
        "A12 Acceptance of international norms",
        "D25 Prohibition of torture and cruel, inhuman or degrading treatment",
    ]
    assert first.groups == ["persons deprived of their liberty"]
    assert "(OP-CAT)" in first.text
    by_paragraph = {r.paragraph: r for r in records}
    assert by_paragraph["114.3"].states == ["United Kingdom of Great Britain and Northern Ireland"]
    assert by_paragraph["114.20"].states == ["Bolivia (Plurinational State of)"]
    assert by_paragraph["114.20"].themes[0] == "B31 Equality & non-discrimination"
    assert by_paragraph["114.41"].position == "partially_supported"  # "Supported/Noted"
    assert by_paragraph["114.2"].assessment == "Under consideration by the Ministry of Foreign Affairs."
    assert by_paragraph["114.60"].themes == ["D27 Prohibition of slavery, trafficking"]
    assert sum(r.position == "supported" for r in records) == 4
    assert all(r.problems == [] for r in records)


def test_fourth_cycle_thematic_list_from_libreoffice(fixture_path):
    records = read_ohchr_sheet(read_sheet(fixture_path("ohchr_4th_cycle_thematic.xlsx")))
    assert [r.paragraph for r in records] == ["6.1", "6.2", "6.45", "6.46", "6.80", "6.120", "6.121"]
    first = records[0]
    assert first.text == "Ratify the Optional Protocol to the Convention against Torture"
    assert first.states == ["Maldives", "Portugal"]
    assert first.sdgs == [16]
    assert first.source_of_position == "A/HRC/53/4/Add.1 - Para.3"
    women = records[2]
    assert women.theme_group == "Women's rights"
    assert women.themes == ["Women's rights", "Gender equality", "Discrimination against women"]
    assert women.groups == ["women", "girls"]
    assert women.sdgs == [5, 10]
    assert records[4].states == ["Côte d'Ivoire"] and records[4].theme_group == "Rights of the child"
    assert records[5].states == ["Bolivia (Plurinational State of)", "Egypt"]
    assert [r.position for r in records] == [
        "noted", "noted", "supported", "noted", "supported", "supported", "supported"]
    assert all(r.problems == [] for r in records)


def test_rows_with_problems_are_kept_and_explained():
    rows = build_rows([
        (1, ["Recommendation and recommending State", "Position of the State under review"]),
        (2, ["Theme: Women's rights", None]),
        (3, ["6.1 Do something (Chile)", "Maybe later"]),
        (4, [None, "Supported"]),
        (5, ["6.3 Do something without a State", "Noted"]),
        (6, ["6.1 Do it again (Peru)", "Supported"]),
        (7, ["Total", 4]),
    ])
    records = read_ohchr_sheet(rows)
    assert [r.row for r in records] == [3, 4, 5, 6]
    assert "not recognised" in records[0].problems[0]
    assert "text is empty" in records[1].problems[0]
    assert "No recommending State" in records[2].problems[0]
    assert "also appears in row 3" in records[3].problems[0]


def test_separate_paragraph_and_states_columns_and_extra_fields():
    rows = build_rows([
        (1, ["Paragraph", "Recommendation", "Recommending State", "Position", "Relevant SDGs",
             "Responsible agencies", "Implementation status"]),
        (2, ["140.7", "Ratify OP-CAT", "Maldives; Portugal", "Supported", "16", "Ministry of Foreign Affairs",
             "In progress"]),
    ])
    record = read_ohchr_sheet(rows)[0]
    assert record.paragraph == "140.7"
    assert record.states == ["Maldives", "Portugal"]
    assert record.sdgs == [16]
    assert record.extra == {"responsible": "Ministry of Foreign Affairs", "status": "In progress"}
    assert record.problems == []


def test_corrected_header_mapping_can_be_passed(fixture_path):
    from dataclasses import replace

    rows = read_sheet(fixture_path("ohchr_3rd_cycle_matrix.xlsx"))
    header = find_header_row(rows, FIELD_SYNONYMS["recommendations"])
    swapped = replace(header, columns={"text": 0, "position": 1, "assessment": 2})
    record = read_ohchr_sheet(rows, header=swapped)[0]
    assert record.themes == ["A12 Acceptance of international norms"]  # only the group theme
    assert record.assessment.startswith("- A12")


def test_sheet_without_recommendation_column():
    rows = build_rows([(1, ["Position", "Relevant SDGs"]), (2, ["Supported", "5"])])
    with pytest.raises(SpreadsheetError, match="no recommendation column"):
        read_ohchr_sheet(rows)


def test_empty_and_unrecognisable_sheets(make_xlsx):
    with pytest.raises(SpreadsheetError, match="empty"):
        read_ohchr_sheet(read_sheet(make_xlsx([])))
    with pytest.raises(SpreadsheetError, match="No header row"):
        read_ohchr_sheet(read_sheet(make_xlsx([["Fruit", "Price"], ["apple", 3]])))
