"""Tests for deadline parsing: every supported form, and what must be flagged."""

from datetime import date

import pytest

from secretariat.services.deadlines import Deadline, is_overdue, parse_deadline

D = date
YEAR_2024 = (D(2024, 1, 1), D(2024, 12, 31))
Q4_2024 = (D(2024, 10, 1), D(2024, 12, 31))
H1_2024 = (D(2024, 1, 1), D(2024, 6, 30))
DEC_2024 = (D(2024, 12, 1), D(2024, 12, 31))
NEW_YEARS_EVE = (D(2024, 12, 31), D(2024, 12, 31))
PLAN = (D(2021, 1, 1), D(2025, 12, 31))

DATED = [
    # years and year ranges
    ("2023", (D(2023, 1, 1), D(2023, 12, 31))),
    ("2024 year", YEAR_2024),
    ("2024г.", YEAR_2024),
    ("2024 ý.", YEAR_2024),
    ("2021-2025", PLAN),
    ("2021–2025", PLAN),
    ("2021 — 2025", PLAN),
    ("  2021-2025 years. ", PLAN),
    ("2024-2025 yy.", (D(2024, 1, 1), D(2025, 12, 31))),
    ("2024-2025 гг.", (D(2024, 1, 1), D(2025, 12, 31))),
    ("2021-2025 ýý.", PLAN),
    ("2021-2025-nji ýyllar", PLAN),
    ("by the end of 2024", YEAR_2024),
    ("until 2024", YEAR_2024),
    ("до конца 2024 года", YEAR_2024),
    ("не позднее 2024 г.", YEAR_2024),
    ("2024-nji ýylyň ahyryna çenli", YEAR_2024),
    # quarters
    ("Q2 2024", (D(2024, 4, 1), D(2024, 6, 30))),
    ("q1-q2 2024", H1_2024),
    ("2nd quarter 2024", (D(2024, 4, 1), D(2024, 6, 30))),
    ("II quarter 2024", (D(2024, 4, 1), D(2024, 6, 30))),
    ("IV quarter 2024", Q4_2024),
    ("fourth quarter of 2024", Q4_2024),
    ("IV кв. 2024", Q4_2024),
    ("IV квартал 2024 г.", Q4_2024),
    ("в IV квартале 2024 года", Q4_2024),
    ("4-й квартал 2024", Q4_2024),
    ("2024 ýylyň IV çärýegi", Q4_2024),
    ("2024-nji ýylyň dördünji çärýeginde", Q4_2024),
    ("2024 ýylyň üçünji çärýegi", (D(2024, 7, 1), D(2024, 9, 30))),
    ("I-II quarter 2024", H1_2024),
    ("I – II кв. 2024 г.", H1_2024),
    # halves
    ("first half of 2024", H1_2024),
    ("1st half 2024", H1_2024),
    ("H1 2024", H1_2024),
    ("h2 2024", (D(2024, 7, 1), D(2024, 12, 31))),
    ("I полугодие 2024", H1_2024),
    ("1-е полугодие 2024 г.", H1_2024),
    ("второе полугодие 2024 года", (D(2024, 7, 1), D(2024, 12, 31))),
    ("2024 ýylyň birinji ýarymy", H1_2024),
    ("second half-year 2024", (D(2024, 7, 1), D(2024, 12, 31))),
    # exact days
    ("31.12.2024", NEW_YEARS_EVE),
    ("31/12/2024", NEW_YEARS_EVE),
    ("2024-12-31", NEW_YEARS_EVE),
    ("31.12.24", NEW_YEARS_EVE),
    ("31.12.2024.", NEW_YEARS_EVE),
    ("not later than 31.12.2024", NEW_YEARS_EVE),
    ("29.02.2024", (D(2024, 2, 29), D(2024, 2, 29))),
    ("15 March 2024", (D(2024, 3, 15), D(2024, 3, 15))),
    ("by 15th of March 2024", (D(2024, 3, 15), D(2024, 3, 15))),
    ("December 31, 2024", NEW_YEARS_EVE),
    ("15 марта 2024 года", (D(2024, 3, 15), D(2024, 3, 15))),
    ("2024-nji ýylyň 15-nji marty", (D(2024, 3, 15), D(2024, 3, 15))),
    # months and month ranges
    ("December 2024", DEC_2024),
    ("DECEMBER  2024", DEC_2024),
    ("dec 2024", DEC_2024),
    ("декабрь 2024", DEC_2024),
    ("декабря 2024 г.", DEC_2024),
    ("в декабре 2024 года", DEC_2024),
    ("dekabr 2024", DEC_2024),
    ("2024 ýylyň dekabr aýy", DEC_2024),
    ("February 2024", (D(2024, 2, 1), D(2024, 2, 29))),
    ("March–June 2024", (D(2024, 3, 1), D(2024, 6, 30))),
    ("март - июнь 2024 г.", (D(2024, 3, 1), D(2024, 6, 30))),
    # two complete forms joined by a dash
    ("01.03.2024 - 30.06.2025", (D(2024, 3, 1), D(2025, 6, 30))),
    ("March 2024 – June 2025", (D(2024, 3, 1), D(2025, 6, 30))),
    ("Q4 2024 - Q1 2025", (D(2024, 10, 1), D(2025, 3, 31))),
]

RUSSIAN_MONTHS = ["январь", "февраль", "март", "апрель", "май", "июнь",
                  "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"]
RUSSIAN_MONTHS_GENITIVE = ["января", "февраля", "марта", "апреля", "мая", "июня",
                           "июля", "августа", "сентября", "октября", "ноября", "декабря"]
TURKMEN_MONTHS = ["ýanwar", "fewral", "mart", "aprel", "maý", "iýun",
                  "iýul", "awgust", "sentýabr", "oktýabr", "noýabr", "dekabr"]
MONTH_ENDS_2025 = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


@pytest.mark.parametrize(("text", "span"), DATED)
def test_dated_forms(text: str, span: tuple[date, date]) -> None:
    d = parse_deadline(text)
    assert (d.start, d.end) == span
    assert d.understood and not d.recurring and not d.is_open_ended
    assert d.text == text.strip()


@pytest.mark.parametrize("names", [RUSSIAN_MONTHS, RUSSIAN_MONTHS_GENITIVE, TURKMEN_MONTHS],
                         ids=["ru", "ru-genitive", "tk"])
@pytest.mark.parametrize("month", range(1, 13))
def test_every_month_name(names: list[str], month: int) -> None:
    whole = parse_deadline(f"{names[month - 1].capitalize()} 2025")
    assert (whole.start, whole.end) == (D(2025, month, 1), D(2025, month, MONTH_ENDS_2025[month - 1]))
    day = parse_deadline(f"10 {names[month - 1]} 2025")
    assert (day.start, day.end) == (D(2025, month, 10), D(2025, month, 10))


RECURRING = ["annually", "Annually.", "every year", "ежегодно", "Ежеквартально",
             "постоянно", "в течение года", "her ýyl", "yzygiderli", "ongoing",
             "permanently", "regularly", "throughout the period", "  Throughout the period. "]
OPEN_ENDED = {"постоянно", "yzygiderli", "ongoing", "permanently"}


@pytest.mark.parametrize("text", RECURRING)
def test_recurring_within_plan_period(text: str) -> None:
    d = parse_deadline(text, period=(2021, 2025))
    assert d == Deadline(text.strip(), *PLAN, recurring=True, understood=True)
    assert d.is_open_ended == (text in OPEN_ENDED)


@pytest.mark.parametrize("text", RECURRING)
def test_recurring_without_period_is_undated_and_never_overdue(text: str) -> None:
    d = parse_deadline(text)
    assert d == Deadline(text.strip(), None, None, recurring=True, understood=True)
    assert not is_overdue(d.end, False, D(2099, 1, 1))


@pytest.mark.parametrize(("text", "span"), [
    ("Ежегодно, 2021-2025 гг.", PLAN),
    ("annually (2021-2025)", PLAN),
    ("2021-2025, ongoing", PLAN),
    ("постоянно в течение 2024 года", YEAR_2024),
])
def test_recurring_with_its_own_dates_ignores_period(text: str, span) -> None:
    d = parse_deadline(text, period=(2019, 2030))
    assert (d.start, d.end, d.recurring, d.understood) == (*span, True, True)
    assert not d.is_open_ended


@pytest.mark.parametrize("text", [
    "when funds allow", "TBD", "2025-2021", "13.13.2024", "31.02.2024", "Q5 2024",
    "5th quarter 2024", "H3 2024", "III-II quarter 2024", "June-March 2024",
    "2024-12", "2024 or 2025", "before 2025", "from 2024", "end of the year",
    "до конца года", "half-year 2024", "12", "0999", "ежегодно до 1 марта",
    "March 2025 - June 2024", "2024 (subject to funding)", "annually-ish",
])
def test_not_understood_is_flagged_and_kept(text: str) -> None:
    d = parse_deadline(f"  {text} ", period=(2021, 2025))
    assert d == Deadline(text, None, None, recurring=False, understood=False)
    assert not d.is_open_ended


@pytest.mark.parametrize("text", [None, "", "   "])
def test_no_deadline(text) -> None:
    assert parse_deadline(text) == Deadline("", None, None, recurring=False, understood=True)


def test_reversed_period_is_a_caller_error() -> None:
    with pytest.raises(ValueError):
        parse_deadline("annually", period=(2025, 2021))


@pytest.mark.parametrize(("end", "completed", "today", "expected"), [
    (D(2024, 12, 31), False, D(2025, 1, 1), True),
    (D(2024, 12, 31), True, D(2025, 1, 1), False),
    (D(2024, 12, 31), False, D(2024, 12, 31), False),
    (D(2024, 12, 31), False, D(2024, 6, 1), False),
    (None, False, D(2025, 1, 1), False),
])
def test_is_overdue(end, completed: bool, today: date, expected: bool) -> None:
    assert is_overdue(end, completed, today) is expected
