"""Normalize loosely written deadlines of plan measures into date ranges.

Plans are drafted by many ministries in English, Russian and Turkmen, so the
deadline column holds free text ("IV кв. 2024", "2024 ýylyň birinji ýarymy",
"annually").  The app keeps that text verbatim and stores a normalized start
and end date beside it for sorting, filtering and overdue reports.  Whatever
the rules below cannot explain completely is flagged (``understood=False``)
for a human instead of being guessed.

Adding a form usually takes one line: a word in one of the tables, or a
``_rule(...)`` entry in ``RULES``.  Rules are tried in order against the
normalized text; the first whose regex matches the *whole* text decides, and
if its builder rejects the values (month 13, "Q5", a reversed range) the
deadline is flagged rather than handed to a later, looser rule.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable, Mapping

Span = tuple[date, date]
MIN_YEAR, MAX_YEAR = 1900, 2199  # anything outside is a typo, not a plan year

# ------------------------------------------------------------------ tables --


def _table(rows: list[str]) -> dict[str, int]:
    """Row N (1-based) lists every spelling that means N."""
    return {word: n for n, row in enumerate(rows, start=1) for word in row.split()}


MONTHS: dict[str, int] = _table([
    "january jan jan. январь января январе янв янв. ýanwar ýanwary ýanwaryna ýanwarynda yanwar",
    "february feb feb. февраль февраля феврале фев фев. февр февр. fewral fewraly fewralyna fewralynda",
    "march mar mar. март марта марте мар. mart marty martyna martynda",
    "april apr apr. апрель апреля апреле апр апр. aprel apreli apreline aprelinde",
    "may май мая мае maý maýy maýyna maýynda",
    "june jun jun. июнь июня июне iýun iýuny iýunyna iýunynda iyun",
    "july jul jul. июль июля июле iýul iýuly iýulyna iýulynda iyul",
    "august aug aug. август августа августе авг авг. awgust awgusty awgustyna awgustynda",
    "september sep sep. sept sept. сентябрь сентября сентябре сен сен. сент сент. sentýabr sentýabry sentýabryna sentýabrynda sentyabr",
    "october oct oct. октябрь октября октябре окт окт. oktýabr oktýabry oktýabryna oktýabrynda oktyabr",
    "november nov nov. ноябрь ноября ноябре ноя ноя. нояб нояб. noýabr noýabry noýabryna noýabrynda noyabr",
    "december dec dec. декабрь декабря декабре дек дек. dekabr dekabry dekabryna dekabrynda",
])

# Ordinal words for quarters and halves; plain digits are accepted as well.
ORDINALS: dict[str, int] = _table([
    "i first первый первого первом первое первая первой birinji",
    "ii second второй второго втором второе вторая ikinji",
    "iii third третий третьего третьем üçünji",
    "iv fourth четвертый четвертого четвертом dördünji",
])

QUARTER_WORDS = ["quarter", "qtr", "кв", "кв.", "квартал", "квартала", "квартале",
                 "çärýek", "çärýegi", "çärýeginde", "çärýegine", "çärýekde"]
HALF_WORDS = ["half", "half-year", "полугодие", "полугодия", "полугодии", "половина",
              "половине", "ýarym", "ýarymy", "ýarymynda", "ýarymyna", "ýarymýyllyk"]

# Words that carry no date information and are dropped before matching.
# Deliberately absent: "before", "from"/"с", "после" - they change the meaning.
FILLERS = [
    "not later than", "no later than", "by", "until", "till", "the", "of", "end",
    "in", "during", "year", "years", "yr", "yrs", "yy", "y",
    "не позднее", "до", "к", "в", "конца", "концу", "конец", "течение",
    "г", "гг", "год", "года", "году", "годы", "годов", "годах",
    "çenli", "ahyry", "ahyryna", "dowamynda", "ý", "ýý", "ýyl", "ýyly", "ýylyň",
    "ýyla", "ýylda", "ýylyna", "ýylynda", "ýyllar", "ýyllary", "ýyllarda", "aýy", "aýyna", "aýynda",
]

# Recurring phrases -> whether the work is open-ended (ongoing, no natural end)
# rather than repeated within the plan period.
RECURRING: dict[str, bool] = {
    **dict.fromkeys([
        "ongoing", "on an ongoing basis", "permanent", "permanently", "continuously",
        "constantly", "постоянно", "на постоянной основе", "yzygiderli", "hemişe",
        "hemişelik", "yzygiderli esasda",
    ], True),
    **dict.fromkeys([
        "annually", "every year", "each year", "yearly", "quarterly", "every quarter",
        "each quarter", "monthly", "every month", "semi-annually", "every six months",
        "regularly", "on a regular basis", "throughout the period",
        "throughout the plan period", "during the period", "within the plan period",
        "ежегодно", "ежеквартально", "ежемесячно", "раз в полгода", "регулярно",
        "в течение года", "в течение периода", "в течение всего периода",
        "her ýyl", "her ýylda", "her çärýek", "her çärýekde", "her aý", "her aýda",
        "döwrüň dowamynda", "meýilnamanyň dowamynda",
    ], False),
}

# ----------------------------------------------------------- normalizing --

_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
_LETTER = r"[^\W\d_]"


def _alt(words) -> str:
    """Regex alternation, longest first so "квартала" wins over "кв"."""
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


class _Pattern:
    """A regular expression compiled when first used: the rules' large alternations took
    a tenth of a second to compile, paid by every start of the application otherwise."""

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(self.pattern)
        return getattr(self._compiled, name)


# Fillers may touch a digit ("2024г") but not a letter or hyphen ("half-year").
_FILLER_RX = _Pattern(rf"(?<!{_LETTER})(?<!-){_alt(FILLERS)}\.?(?!{_LETTER})")
_ORDINAL_SUFFIX_RX = _Pattern(
    rf"(\d)(?:st|nd|rd|th|-(?:ый|ий|ой|ого|ом|ая|ое|й|го|м|е|я)|-?[uüyi]?n[jç][iy])(?!{_LETTER})"
)


def _normalize(text: str) -> str:
    """Lower case, one kind of dash, single spaces, commas for brackets."""
    s = text.lower().replace("ё", "е").translate(_DASHES)
    s = re.sub(r"[()\[\];:]", ",", s)
    s = re.sub(r"\s*-\s*", "-", s)
    s = re.sub(r"\s*,\s*", ", ", s)
    return re.sub(r"\s+", " ", s).strip(" .,")


def _clean(s: str) -> str:
    """Drop ordinal suffixes ("2nd", "1-й", "2024-nji") and filler words."""
    s = _ORDINAL_SUFFIX_RX.sub(r"\1", s)
    s = _FILLER_RX.sub(" ", s.replace(",", " "))
    return re.sub(r"\s+", " ", s).strip(" .")


def _split_recurring(s: str) -> tuple[str, str] | None:
    """Find a recurring phrase making up the whole text or its head or tail.

    Returns (phrase, rest) so "ежегодно, 2021-2025 гг." keeps its own range.
    """
    for phrase in sorted(RECURRING, key=len, reverse=True):
        if s == phrase:
            return phrase, ""
        if s.startswith(phrase) and s[len(phrase)] in " ,":
            return phrase, s[len(phrase):].strip(" ,")
        if s.endswith(phrase) and s[-len(phrase) - 1] in " ,":
            return phrase, s[: -len(phrase)].strip(" ,")
    return None


# -------------------------------------------------------------- builders --


def _year(g: Mapping[str, str], key: str = "y") -> int:
    y = int(g[key])
    y += 2000 if len(g[key]) == 2 else 0  # "31.12.24"
    if not MIN_YEAR <= y <= MAX_YEAR:
        raise ValueError(f"implausible year {y}")
    return y


def _months(y: int, first: int, last: int) -> Span:
    if not 1 <= first <= last <= 12:
        raise ValueError(f"bad month range {first}..{last}")
    return date(y, first, 1), date(y, last, calendar.monthrange(y, last)[1])


def _ordinal(token: str) -> int:
    return int(token) if token.isdigit() else ORDINALS[token]


def _month(token: str) -> int:
    return int(token) if token.isdigit() else MONTHS[token]


def _parts(size: int) -> Callable[[Mapping[str, str]], Span]:
    """Builder for quarters (size 3) and halves (size 6), also "I-II"."""
    def build(g: Mapping[str, str]) -> Span:
        a = _ordinal(g["a"])
        b = _ordinal(g["b"]) if g.get("b") else a
        if not 1 <= a <= b <= 12 // size:
            raise ValueError(f"no such part {a}..{b}")
        return _months(_year(g), (a - 1) * size + 1, b * size)
    return build


def _day(g: Mapping[str, str]) -> Span:
    d = date(_year(g), _month(g["m"]), int(g["d"]))
    return d, d


def _month_span(g: Mapping[str, str]) -> Span:
    return _months(_year(g), _month(g["m"]), _month(g.get("m2") or g["m"]))


def _years(g: Mapping[str, str]) -> Span:
    first = _year(g)
    last = _year(g, "y2") if g.get("y2") else first
    if first > last:
        raise ValueError("reversed year range")
    return date(first, 1, 1), date(last, 12, 31)


def _range(g: Mapping[str, str]) -> Span:
    """"01.03.2024-30.06.2025", "March 2024-June 2025": two full forms joined by a dash."""
    s = g["all"]
    for i in (i for i, ch in enumerate(s) if ch == "-"):
        try:
            a, b = _span(s[:i].strip(), ranges=False), _span(s[i + 1:].strip(), ranges=False)
        except ValueError:
            continue
        if a and b and a[0] <= b[0] and a[1] <= b[1]:
            return a[0], b[1]
    raise ValueError("no valid range")


# ----------------------------------------------------------------- rules --

_PARTS = {
    "Y": r"\d{4}", "YY": r"\d{2}", "D": r"\d{1,2}", "MON": _alt(MONTHS),
    "ORD": rf"(?:\d|{_alt(ORDINALS)})", "QW": _alt(QUARTER_WORDS), "HW": _alt(HALF_WORDS),
}
Rule = tuple[str, _Pattern, Callable[[Mapping[str, str]], Span]]


def _rule(name: str, pattern: str, build: Callable[[Mapping[str, str]], Span]) -> Rule:
    """Compile a rule; {Y}, {MON}, {ORD}... are the building blocks in _PARTS."""
    return name, _Pattern(pattern.format(**_PARTS)), build


def _year_either_side(name: str, body: str, build) -> list[Rule]:
    """English/Russian put the year last, Turkmen first ("2024 ýylyň IV çärýegi")."""
    return [_rule(name, body + " (?P<y>{Y})", build),
            _rule(name + "_year_first", "(?P<y>{Y}) " + body, build)]


RULES: list[Rule] = [
    _rule("iso_date", r"(?P<y>{Y})-(?P<m>{D})-(?P<d>{D})", _day),
    _rule("numeric_date", r"(?P<d>{D})[./](?P<m>{D})[./](?P<y>{Y}|{YY})", _day),
    _rule("year", r"(?P<y>{Y})", _years),
    _rule("year_range", r"(?P<y>{Y})-(?P<y2>{Y})", _years),
    *_year_either_side("q_quarter", r"q(?P<a>\d)(?:-q?(?P<b>\d))?", _parts(3)),
    *_year_either_side("quarter", r"(?P<a>{ORD})(?:-(?P<b>{ORD}))? {QW}", _parts(3)),
    *_year_either_side("h_half", r"h(?P<a>\d)(?:-h?(?P<b>\d))?", _parts(6)),
    *_year_either_side("half", r"(?P<a>{ORD})(?:-(?P<b>{ORD}))? {HW}", _parts(6)),
    *_year_either_side("month", r"(?P<m>{MON})(?:-(?P<m2>{MON}))?", _month_span),
    *_year_either_side("day_month", r"(?P<d>{D}) (?P<m>{MON})", _day),
    _rule("month_day", r"(?P<m>{MON}) (?P<d>{D}) (?P<y>{Y})", _day),
    _rule("range", r"(?P<all>.+-.+)", _range),  # keep last: it recurses into the others
]


def _span(s: str, ranges: bool = True) -> Span | None:
    """None when no rule fits; ValueError when a rule fits but the values are bad."""
    for name, rx, build in RULES:
        if name == "range" and not ranges:
            continue
        if m := rx.fullmatch(s):
            return build(m.groupdict())
    return None


# ------------------------------------------------------------------- API --


@dataclass(frozen=True)
class Deadline:
    """A deadline as written plus what it means in dates.

    ``understood=False`` means a human must look at it; start/end are then None.
    Understood with start/end None means "no deadline" or an undated recurring one.
    """

    text: str
    start: date | None
    end: date | None
    recurring: bool
    understood: bool

    @property
    def is_open_ended(self) -> bool:
        """Ongoing/permanent work ("постоянно") is never finished, only reported on."""
        if not self.understood or not self.recurring:
            return False
        split = _split_recurring(_normalize(self.text))
        return split is not None and RECURRING[split[0]] and not split[1]


def parse_deadline(text: str | None, period: tuple[int, int] | None = None) -> Deadline:
    """Parse a deadline; undated recurring phrases take the plan ``period`` (first, last year).

    Never raises for bad text (it is flagged instead); raises ValueError for a
    reversed ``period``, which is a caller error.
    """
    raw = (text or "").strip()
    if period is not None and period[0] > period[1]:
        raise ValueError(f"reversed plan period {period}")
    if not raw:
        return Deadline(raw, None, None, recurring=False, understood=True)
    s = _normalize(raw)
    recurring = _split_recurring(s)
    try:
        if recurring and not recurring[1]:
            if period is None:
                return Deadline(raw, None, None, recurring=True, understood=True)
            span: Span | None = (date(period[0], 1, 1), date(period[1], 12, 31))
        else:
            span = _span(_clean(recurring[1] if recurring else s))
    except ValueError:
        span = None
    if span is None:
        return Deadline(raw, None, None, recurring=False, understood=False)
    return Deadline(raw, span[0], span[1], recurring=recurring is not None, understood=True)


def is_overdue(deadline_end: date | None, status_completed: bool, today: date, *,
               recurring: bool = False) -> bool:
    """Overdue only after the last day has passed: work due today is still on time.

    Recurring work ("annually", "ежегодно", "her ýyl", "quarterly") is never overdue: its
    end date is only the end of the plan period it repeats in.
    """
    return deadline_end is not None and not status_completed and not recurring and today > deadline_end
